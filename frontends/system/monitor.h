/*
 * The human monitor (QEMU's HMP) on a chardev: -serial mon:stdio (C-a c
 * reaches it), -monitor stdio|unix:...|none, -mon chardev=ID[,mode=readline].
 * A line editor (echo, backspace, Enter) and one sorted command table
 * (monitor_cmds.c) holding the commands that are real today: help, info
 * status, info chardev, quit, system_reset, stop, cont. QEMU's
 * system_powerdown is missing: QEMU's virt presses a PL061 GPIO power key,
 * and ferry's board has no PL061 yet.
 *
 * Prompt and messages are QEMU's, except the banner, which says who answers
 * ("ferry 0.1.0 monitor - type 'help' for more information"). The prompt
 * stays "(qemu) ": it is what scripts and tools driving a QEMU monitor wait
 * for, and ferry's command line is QEMU's so those scripts carry over.
 *
 * The monitor writes through `host.write` and lists chardevs through
 * `host.describe_chardevs`; the machine is reached through struct
 * vm_control only, so the monitor outlives a rebuilt board.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_MONITOR_H
#define FERRY_FRONTENDS_SYSTEM_MONITOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontends/system/chardev.h"
#include "frontends/system/vm_control.h"

#define MONITOR_LINE_MAX 256
#define MONITOR_PROMPT "(qemu) "

struct monitor_host {
    void (*write)(void *opaque, const void *buf, size_t len);
    /* "ID: filename=F\n" per chardev, into buf (NUL-terminated, cut at cap) */
    void (*describe_chardevs)(void *opaque, char *buf, size_t cap);
    void *opaque;
};

struct monitor {
    struct monitor_host host;
    struct vm_control *vm;
    char line[MONITOR_LINE_MAX];
    unsigned len;
    unsigned escape; /* inside a terminal escape sequence (arrow keys): bytes seen */
    bool greeted;    /* the banner was printed (at the first focus) */
    bool focused;    /* input comes to it (a mux's focus, or a plain chardev's one frontend) */
};

void monitor_init(struct monitor *m, const struct monitor_host *host, struct vm_control *vm);

/* The monitor as a chardev frontend (it takes any amount of input). */
struct chardev_frontend monitor_frontend(struct monitor *m);

/* Typed bytes (what the chardev's frontend receive gets). */
void monitor_input(struct monitor *m, const uint8_t *buf, size_t len);
/*
 * Focus came: the banner the first time, then the prompt and the line so
 * far. A new peer on the chardev (a socket's client) is greeted anew, as
 * QEMU greets each one.
 */
void monitor_focus_in(struct monitor *m);

/* printf to the monitor's chardev ("\n" becomes "\r\n": the terminal is raw). */
__attribute__((format(printf, 2, 3))) void monitor_printf(struct monitor *m, const char *format,
                                                         ...);

/* One command line, as if typed and Enter pressed. */
void monitor_execute(struct monitor *m, const char *line);

/* The command table (monitor_cmds.c), sorted by name (a test checks). */
struct monitor_cmd {
    const char *name;
    const char *alias;     /* a short name (QEMU's "c" for cont), or NULL */
    const char *args_help; /* "" or e.g. "[subcommand]" */
    const char *help;
    void (*run)(struct monitor *m, const char *args);
};
extern const struct monitor_cmd monitor_cmds[];
extern const unsigned monitor_cmd_count;
extern const struct monitor_cmd monitor_info_cmds[];
extern const unsigned monitor_info_cmd_count;

#endif
