/*
 * A multiplexed chardev (-chardev ...,mux=on; -serial mon:stdio), as QEMU's
 * mux behaves: up to MUX_MAX_FRONTENDS frontends share one host stream.
 * Every frontend's output goes out; input goes to the focused frontend only,
 * after the escape keys (mux_escape.h) are taken out. C-a c moves the focus
 * to the next frontend (FOCUS_OUT to the old one, FOCUS_IN to the new).
 *
 * Focus: while the machine is being built, the frontend attached last takes
 * it (QEMU: the last to set its handlers, so `-serial mon:stdio` starts on
 * the serial port, the monitor being set up first). Once mux_settle has run,
 * a frontend attaching again (a device rebuilt after a guest reboot) goes
 * back into the slot it left and the focus stays where the user put it.
 *
 * Input is read whenever it comes (so C-a x works while the guest reads
 * nothing) and held per frontend, up to MUX_HELD bytes each, until the
 * frontend has room; what overflows is dropped, as on a serial line.
 *
 * No descriptors here: the host stream is the `out` callback and
 * mux_input, so the fuzz target (tests/fuzz/fuzz_chardev_mux.c) drives it
 * without any.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_MUX_H
#define FERRY_FRONTENDS_SYSTEM_MUX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontends/system/chardev.h"
#include "frontends/system/mux_escape.h"
#include "frontends/system/vm_control.h"

#define MUX_MAX_FRONTENDS 4 /* QEMU's MAX_MUX */
#define MUX_HELD 256

struct mux_slot {
    bool used, was_used; /* was_used: taken before (a rebuilt device comes back to it) */
    struct chardev_frontend fe;
    uint8_t held[MUX_HELD]; /* a ring: len bytes from head */
    unsigned head, len;
};

struct mux {
    struct mux_escape escape;
    struct mux_slot slot[MUX_MAX_FRONTENDS];
    int focus; /* a used slot, or -1 */
    bool settled;
    bool timestamps, line_start;
    int64_t timestamps_start_ms; /* -1: from the next line on */
    /* the host stream's output */
    void (*out)(void *opaque, const void *buf, size_t len);
    void *out_opaque;
    /* C-a x sets vm->quit, C-a s vm->commit_disks (NULL: neither does anything) */
    struct vm_control *vm;
};

void mux_init(struct mux *m, void (*out)(void *opaque, const void *buf, size_t len),
              void *out_opaque, struct vm_control *vm);

/* A frontend joins. False when all MUX_MAX_FRONTENDS slots are taken. */
bool mux_attach(struct mux *m, const struct chardev_frontend *fe);
/* The frontend whose opaque this is leaves (its held input is dropped). */
void mux_detach(struct mux *m, void *opaque);
/* The machine is built: the focused frontend hears FOCUS_IN; from now on focus moves by C-a c only. */
void mux_settle(struct mux *m);

/* Bytes from the host stream. */
void mux_input(struct mux *m, const uint8_t *buf, size_t len);
/* The focused frontend may have room: held input is passed on. */
void mux_accept_input(struct mux *m);
/* A frontend's output (with C-a t: each line starts with [HH:MM:SS.mmm], time since C-a t). */
void mux_write(struct mux *m, const void *buf, size_t len);

#endif
