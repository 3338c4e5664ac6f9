/*
 * The host terminal under a stdio chardev: raw mode (no echo, no line
 * editing, no signals: the guest's tty does all that, and Ctrl-C is the
 * guest's) from the first stdio chardev until ferry exits, restored on every
 * exit path including fatal signals. Nothing happens if stdin is no terminal.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_TERMINAL_H
#define FERRY_FRONTENDS_SYSTEM_TERMINAL_H

/* Idempotent: the state saved the first time is what is restored. */
void terminal_raw_mode(void);

#endif
