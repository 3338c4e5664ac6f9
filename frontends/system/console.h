/*
 * The serial console on the host terminal: raw mode while the guest runs
 * (restored on every exit path, including fatal signals), input polled
 * without blocking, and QEMU's escape keys: Ctrl-A x quits, Ctrl-A h lists
 * the keys, Ctrl-A Ctrl-A sends a Ctrl-A to the guest.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_CONSOLE_H
#define FERRY_FRONTENDS_SYSTEM_CONSOLE_H

#include <stdbool.h>
#include <stdint.h>

#include "frontends/system/main_loop.h"

struct console {
    bool escape;    /* the previous key was Ctrl-A */
    bool quit;      /* Ctrl-A x */
    bool input_eof; /* stdin closed: nothing more will come */
    /* keys read but not yet taken by the guest (its UART may be off or full) */
    uint8_t held[256];
    unsigned held_count;
    struct main_loop *loop;
};

/*
 * Puts the terminal (if stdin is one) in raw mode until exit, and has the
 * loop read stdin whenever it has input.
 */
void console_init(struct console *c, struct main_loop *loop);

/* Guest output. */
void console_write(uint8_t byte);

/*
 * Passes what was typed to the guest: escape keys were handled as they
 * were read, other bytes are held until the guest has room: at most
 * `room` are passed to `deliver` per call.
 */
void console_poll(struct console *c, unsigned room, void (*deliver)(void *opaque, uint8_t byte),
                  void *opaque);


#endif
