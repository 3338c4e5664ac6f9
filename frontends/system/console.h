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

struct console {
    bool escape;    /* the previous key was Ctrl-A */
    bool quit;      /* Ctrl-A x */
    bool input_eof; /* stdin closed: nothing more will come */
    /* keys read but not yet taken by the guest (its UART may be off or full) */
    uint8_t held[256];
    unsigned held_count;
};

/* Puts the terminal (if stdin is one) in raw mode until exit. */
void console_init(struct console *c);

/* Guest output. */
void console_write(uint8_t byte);

/*
 * Reads what is available without waiting; escape keys are handled at
 * once, other bytes are held until the guest has room: at most `room` are
 * passed to `deliver` per call.
 */
void console_poll(struct console *c, unsigned room, void (*deliver)(void *opaque, uint8_t byte),
                  void *opaque);

/* Sleeps until console input is ready or `ns` pass (a signal also ends it). */
void console_wait(const struct console *c, uint64_t ns);

#endif
