/*
 * The PL011 on a chardev (-serial): what the guest writes to UARTDR goes to
 * the chardev; input comes with flow control, as the virtio ports take it:
 * the chardev passes only what the receive FIFO has room for and holds the
 * rest (uart_chardev_poll, between the vCPUs' turns, hands it on as the
 * guest reads). A mux's C-a b reaches the UART as a break.
 *
 *     uart_chardev_attach(&link, &board->uart, chardevs_find(set, "serial0"));
 *     ... each round: uart_chardev_poll(&link);
 *     uart_chardev_detach(&link);          (the board goes; the chardev stays)
 */
#ifndef FERRY_FRONTENDS_SYSTEM_UART_CHARDEV_H
#define FERRY_FRONTENDS_SYSTEM_UART_CHARDEV_H

#include <stdbool.h>

#include "devices/pl011.h"
#include "frontends/system/chardev.h"

struct uart_chardev {
    struct pl011 *uart;
    struct chardev *chr; /* NULL: -serial none, output dropped */
};

/* Wires uart->output to chr and chr's input to the UART. False if chr takes no more frontends. */
bool uart_chardev_attach(struct uart_chardev *u, struct pl011 *uart, struct chardev *chr);
void uart_chardev_detach(struct uart_chardev *u);
/* The guest may have read from the FIFO: held input moves on. */
void uart_chardev_poll(struct uart_chardev *u);

#endif
