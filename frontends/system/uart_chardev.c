/* The PL011 on a chardev; see uart_chardev.h. */
#include "frontends/system/uart_chardev.h"

static void uart_output(void *opaque, uint8_t byte)
{
    struct uart_chardev *u = opaque;
    if (u->chr)
        chardev_write(u->chr, &byte, 1);
}

static size_t can_receive(void *opaque)
{
    struct uart_chardev *u = opaque;
    return pl011_can_receive(u->uart);
}

static void receive(void *opaque, const uint8_t *buf, size_t len)
{
    struct uart_chardev *u = opaque;
    for (size_t i = 0; i < len; i++)
        pl011_receive(u->uart, buf[i]);
}

static void event(void *opaque, enum chardev_event ev)
{
    struct uart_chardev *u = opaque;
    if (ev == CHARDEV_EVENT_BREAK)
        pl011_receive_break(u->uart);
}

bool uart_chardev_attach(struct uart_chardev *u, struct pl011 *uart, struct chardev *chr)
{
    u->uart = uart;
    u->chr = 0;
    uart->output = uart_output;
    uart->output_opaque = u;
    struct chardev_frontend fe = {.can_receive = can_receive, .receive = receive, .opaque = u,
                                  .event = event};
    if (chr && !chardev_attach(chr, &fe))
        return false;
    u->chr = chr;
    return true;
}

void uart_chardev_detach(struct uart_chardev *u)
{
    if (u->chr)
        chardev_detach(u->chr, u);
    u->chr = 0;
}

void uart_chardev_poll(struct uart_chardev *u)
{
    if (u->chr && pl011_can_receive(u->uart))
        chardev_accept_input(u->chr);
}
