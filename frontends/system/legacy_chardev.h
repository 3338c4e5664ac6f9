/*
 * QEMU's legacy chardev spellings, as -serial and -monitor take them, turned
 * into the -chardev they stand for (QEMU's qemu_chr_parse_compat):
 *
 *     stdio                  stdio
 *     mon:SPEC               SPEC with mux=on, and a monitor on it (-serial only)
 *     null                   null
 *     none                   nothing at all (no serial port / no monitor)
 *     file:PATH              file,path=PATH (PATH taken literally, commas included)
 *     pipe:PATH              pipe,path=PATH
 *     pty                    pty
 *     chardev:ID             the -chardev called ID (checked when the board is built)
 *     unix:PATH[,OPTS]       socket,path=PATH[,OPTS]   (OPTS: server=on, wait=off, ...)
 *     tcp:[HOST]:PORT[,OPTS] socket,host=HOST,port=PORT[,OPTS]
 *
 *     struct legacy_chardev l;
 *     if (!legacy_chardev_parse("file:/tmp/log", "serial0", true, &l, err, sizeof(err))) ...
 *     l.kind == LEGACY_NEW: l.chardev = "file,id=serial0,path=/tmp/log" (a -chardev argument)
 */
#ifndef FERRY_FRONTENDS_SYSTEM_LEGACY_CHARDEV_H
#define FERRY_FRONTENDS_SYSTEM_LEGACY_CHARDEV_H

#include <stdbool.h>
#include <stddef.h>

#define LEGACY_CHARDEV_MAX 4200

enum legacy_kind {
    LEGACY_NEW,      /* a new chardev: `chardev` is its -chardev argument, called `id` */
    LEGACY_EXISTING, /* chardev:ID: `id` names a -chardev */
    LEGACY_NONE,     /* none */
};

struct legacy_chardev {
    enum legacy_kind kind;
    bool monitor; /* mon:: a monitor shares it (mux=on) */
    char id[64];
    char chardev[LEGACY_CHARDEV_MAX];
};

/*
 * Parses `spec` for a chardev to be called `id` (QEMU's labels: serial0,
 * compat_monitor0). allow_mon: whether mon: is accepted (-serial yes,
 * -monitor no). False with one line in err (no "ferry: " prefix, no option name).
 */
bool legacy_chardev_parse(const char *spec, const char *id, bool allow_mon,
                          struct legacy_chardev *out, char *err, size_t cap);

#endif
