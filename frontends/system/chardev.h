/*
 * Host character devices, QEMU's -chardev BACKEND,id=ID[,...][,mux=on]:
 * byte streams the PL011, virtio-serial ports and monitors read and write,
 * all of their I/O done by the host's main loop. They are made once
 * (backends.c) and outlive the board: a rebuilt device attaches again.
 *
 *     null                        output dropped, no input
 *     file,path=F[,append=on]     output to F (truncated unless append), no input
 *     pipe,path=P                 input from P.in and output to P.out, or both on P itself
 *     pty                         a new pseudo-terminal ("char device redirected to /dev/pts/N")
 *     socket,path=S | host=H,port=N [,server=on[,wait=on|off]]
 *                                 a Unix or TCP stream: listening for one client at a time
 *                                 (wait=on, the default with server=on: the guest starts only
 *                                 once a client came), or connected to a listener at start-up
 *     stdio[,signal=on|off]       the emulator's stdin and stdout, the terminal raw
 *                                 (terminal.c; only one stdio chardev, as in QEMU)
 *
 * mux=on: up to MUX_MAX_FRONTENDS frontends share the stream, with QEMU's
 * escape keys and focus (mux.h).
 *
 * Output (chardev_write) never blocks the vCPU: what the host side cannot
 * take now is queued up to CHARDEV_OUT_MAX bytes and the rest is dropped
 * (a serial line without flow control). Input goes to the chardev's one
 * frontend (a mux: to its focused one) with flow control: the chardev asks the frontend how much it can
 * take, holds what it read beyond that and stops reading its descriptor
 * until the frontend says it has room again (chardev_accept_input).
 *
 *     struct chardevs *set;
 *     if (chardevs_create(&set, options, loop, &vm, err, sizeof(err))) ... "ferry: " err
 *     struct chardev *c = chardevs_find(set, "c0");
 *     chardev_attach(c, &(struct chardev_frontend){can_receive, receive, connected, dev, 0});
 *     chardev_write(c, "hello", 5);
 */
#ifndef FERRY_FRONTENDS_SYSTEM_CHARDEV_H
#define FERRY_FRONTENDS_SYSTEM_CHARDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontends/system/main_loop.h"
#include "frontends/system/options.h"
#include "frontends/system/vm_control.h"

/* Output queued while the host side is slow; beyond it, bytes are dropped. */
#define CHARDEV_OUT_MAX 65536
/* Input read ahead of the frontend. */
#define CHARDEV_IN_MAX 4096

struct chardev;
struct chardevs;

/* What a frontend hears of besides data (optional: chardev_frontend.event may be NULL). */
enum chardev_event {
    CHARDEV_EVENT_BREAK,     /* a mux's C-a b: a serial line's break condition */
    CHARDEV_EVENT_FOCUS_IN,  /* a mux's input now goes to this frontend */
    CHARDEV_EVENT_FOCUS_OUT, /* ... and no longer */
};

/* A device a chardev feeds: one per chardev, or up to MUX_MAX_FRONTENDS on a mux=on chardev. */
struct chardev_frontend {
    /* How many bytes the frontend can take now (0: hold them, stop reading). */
    size_t (*can_receive)(void *opaque);
    /* len <= what can_receive said. */
    void (*receive)(void *opaque, const uint8_t *buf, size_t len);
    /* Optional: a peer came or went (a socket's client); other backends are always connected. */
    void (*connected)(void *opaque, bool up);
    void *opaque;
    /* Optional: see enum chardev_event. */
    void (*event)(void *opaque, enum chardev_event ev);
};

/*
 * Opens every -chardev of o->chardevs (sockets bound, clients connected,
 * wait=on listeners accepted). 0, or -1 with one line (no "ferry: ") in err.
 */
int chardevs_create(struct chardevs **out, const struct system_options *o, struct main_loop *loop,
                    struct vm_control *vm, char *err, size_t err_cap);
/* Closes them all (NULL is fine). Frontends must have detached. */
void chardevs_free(struct chardevs *set);

/* The chardev called `id`, or NULL. */
struct chardev *chardevs_find(struct chardevs *set, const char *id);

/*
 * The machine is built: muxes give their focus (mux.h), a plain chardev's
 * one frontend hears FOCUS_IN (a monitor prints its banner then).
 */
void chardevs_settle(struct chardevs *set);
/* info chardev: "ID: filename=F\n" per chardev into buf (NUL-terminated, cut at cap). */
void chardevs_describe(struct chardevs *set, char *buf, size_t cap);

/*
 * A frontend from now on. False if the chardev has one already (a mux:
 * MUX_MAX_FRONTENDS already).
 */
bool chardev_attach(struct chardev *c, const struct chardev_frontend *fe);
/* The frontend whose opaque this is leaves. */
void chardev_detach(struct chardev *c, void *opaque);
/* mux=on (several frontends may attach; escape keys). */
bool chardev_is_mux(const struct chardev *c);
/* Whether a peer is there now (a socket without a client: false). */
bool chardev_connected(const struct chardev *c);

/* Output from the device: never blocks; queued or dropped as above. */
void chardev_write(struct chardev *c, const void *buf, size_t len);

/* The frontend has room again: held input is passed on, reading resumes when none is left. */
void chardev_accept_input(struct chardev *c);

#endif
