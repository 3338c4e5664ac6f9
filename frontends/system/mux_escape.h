/*
 * The escape keys of a multiplexed chardev (QEMU's mux, chardev/char-mux.c
 * in QEMU): Ctrl-A followed by a key is a command, anything else is input
 * for the focused frontend. Pure state, no I/O: mux.c acts on the result.
 *
 *     C-a h, C-a ?   help          C-a x   quit           C-a s   commit snapshot=on disks
 *     C-a b          send break    C-a c   next frontend  C-a t   toggle timestamps
 *     C-a C-a        a literal C-a (an input byte)
 *
 * An unknown key after C-a is dropped, as QEMU drops it.
 *
 *     struct mux_escape e = {0};
 *     uint8_t byte = ...;
 *     switch (mux_escape_feed(&e, &byte)) { case MUX_KEY_INPUT: deliver(byte); ... }
 */
#ifndef FERRY_FRONTENDS_SYSTEM_MUX_ESCAPE_H
#define FERRY_FRONTENDS_SYSTEM_MUX_ESCAPE_H

#include <stdbool.h>
#include <stdint.h>

#define MUX_ESCAPE_CHAR 0x01 /* Ctrl-A */

enum mux_key {
    MUX_KEY_NONE,       /* consumed: the C-a itself, or an unknown key after it */
    MUX_KEY_INPUT,      /* *byte is input for the focused frontend */
    MUX_KEY_HELP,       /* C-a h or C-a ? */
    MUX_KEY_QUIT,       /* C-a x */
    MUX_KEY_SYNC,       /* C-a s */
    MUX_KEY_BREAK,      /* C-a b */
    MUX_KEY_SWITCH,     /* C-a c */
    MUX_KEY_TIMESTAMPS, /* C-a t */
};

struct mux_escape {
    bool pending; /* the previous byte was C-a */
};

/* One byte typed: what it means. *byte is left as is (it is the input byte for MUX_KEY_INPUT). */
enum mux_key mux_escape_feed(struct mux_escape *e, const uint8_t *byte);

#endif
