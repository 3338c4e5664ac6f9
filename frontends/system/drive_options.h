/*
 * -drive (and -hda..-hdd, which options.c turns into -drive) parsed into
 * what each drive is, without opening anything: QEMU's keys and values,
 * index and id given out as QEMU does. drive.c opens what the devices use.
 *
 *     struct drive_specs *all = drive_specs_parse(options, err, sizeof(err));
 *     ... all->spec[i].id, .iface, .index, .image (the file and how to open it)
 *     free(all);
 */
#ifndef FERRY_FRONTENDS_SYSTEM_DRIVE_OPTIONS_H
#define FERRY_FRONTENDS_SYSTEM_DRIVE_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "frontends/system/drive_image.h"
#include "frontends/system/keyval.h"
#include "frontends/system/options.h"

enum drive_if { DRIVE_IF_NONE, DRIVE_IF_VIRTIO };
extern const char *const drive_if_name[]; /* "none", "virtio" */

struct drive_spec {
    struct keyval kv;       /* the strings below point into it */
    const char *arg;        /* the option as given, for messages */
    const char *id;         /* id=, else auto_id */
    char auto_id[32];
    enum drive_if iface;
    int index;              /* index=, else the first free one of its interface */
    bool explicit_index;
    bool discard;           /* discard=unmap */
    struct drive_image_options image;
};

struct drive_specs {
    struct drive_spec spec[SYSTEM_MAX_OPTION_ARGS];
    unsigned count;
};

/* One -drive into *s: false (err set, no "ferry: ") if it asks for something ferry cannot do. */
bool drive_spec_parse(struct drive_spec *s, const char *arg, char *err, size_t cap);

/*
 * Every -drive of o, with indexes and ids given out as QEMU does: explicit
 * indexes first, then each drive without one takes the first free index
 * of its interface; a drive without id= is "<if><index>". malloc'd (free
 * it), or NULL with err set.
 */
struct drive_specs *drive_specs_parse(const struct system_options *o, char *err, size_t cap);

#endif
