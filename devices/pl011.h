/*
 * Arm PrimeCell UART (PL011), as on QEMU's virt board at 0x0900_0000: the
 * registers Linux's amba-pl011 driver and firmware consoles use, 32-entry
 * receive FIFO (1 entry with FIFOs disabled), interrupts (receive, receive
 * timeout, transmit) on one level-triggered line.
 *
 * Transmission is immediate: a byte written to UARTDR goes to the `output`
 * callback at once, so the transmit FIFO always reads as empty. Received
 * bytes come from the host side through pl011_receive; pl011_can_receive
 * says how many fit.
 */
#ifndef FERRY_DEVICES_PL011_H
#define FERRY_DEVICES_PL011_H

#include <stdint.h>

#include "devices/irq.h"
#include "mmu/phys_space.h"

#define PL011_MMIO_SIZE 0x1000
#define PL011_FIFO_DEPTH 32

struct pl011 {
    /* wiring */
    struct irq_line irq;
    void (*output)(void *opaque, uint8_t byte);
    void *output_opaque;
    /* registers */
    uint32_t ibrd, fbrd, lcr_h, cr, ifls, imsc, ris, dmacr, ilpr;
    uint8_t rsr; /* receive status (errors of the last byte read) */
    /* receive FIFO (entries carry the error bits 11:8 of UARTDR) */
    uint16_t rx_fifo[PL011_FIFO_DEPTH];
    unsigned rx_head, rx_count;
};

extern const struct mmio_ops pl011_mmio_ops;

/* Reset state (TRM: UARTFR TXFE|RXFE, UARTCR TXE|RXE, UARTIFLS half-way triggers). */
void pl011_reset(struct pl011 *uart);

/* How many more bytes the receive FIFO takes now (0 when the receiver is off or full). */
unsigned pl011_can_receive(const struct pl011 *uart);

/* A byte from the host side; dropped (with an overrun) if the FIFO is full. */
void pl011_receive(struct pl011 *uart, uint8_t byte);

/* A break condition on the line (the host's C-a b): a NUL entry with the break error bit. */
void pl011_receive_break(struct pl011 *uart);

#endif
