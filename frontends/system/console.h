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
};

/* Puts the terminal (if stdin is one) in raw mode until exit. */
void console_init(struct console *c);

/* Guest output. */
void console_write(uint8_t byte);

/*
 * Reads what is available without waiting: guest bytes go to `deliver`,
 * escape keys are handled here. At most `room` guest bytes are taken.
 */
void console_poll(struct console *c, unsigned room, void (*deliver)(void *opaque, uint8_t byte),
                  void *opaque);

/* Sleeps until console input is ready or `ns` pass (a signal also ends it). */
void console_wait(const struct console *c, uint64_t ns);

#endif
