/*
 * PL011 UART. Register offsets, bit positions and reset values are those of
 * the PrimeCell UART (PL011) Technical Reference Manual (Arm DDI 0183), r1p5.
 */
#include "devices/pl011.h"

#include <string.h>

enum {
    UARTDR = 0x000, UARTRSR = 0x004, UARTFR = 0x018, UARTILPR = 0x020, UARTIBRD = 0x024,
    UARTFBRD = 0x028, UARTLCR_H = 0x02c, UARTCR = 0x030, UARTIFLS = 0x034, UARTIMSC = 0x038,
    UARTRIS = 0x03c, UARTMIS = 0x040, UARTICR = 0x044, UARTDMACR = 0x048, PERIPH_ID = 0xfe0,
};

/* UARTFR */
#define FR_RXFE (1u << 4)
#define FR_TXFF (1u << 5)
#define FR_RXFF (1u << 6)
#define FR_TXFE (1u << 7)
/* interrupt bits of UARTIMSC/RIS/MIS/ICR */
#define INT_RX (1u << 4)
#define INT_TX (1u << 5)
#define INT_RT (1u << 6)
#define INT_OE (1u << 10)
#define INT_ALL 0x7ffu
/* UARTLCR_H, UARTCR */
#define LCR_FEN (1u << 4)
#define CR_UARTEN (1u << 0)
#define CR_RXE (1u << 9)
/* UARTDR / UARTRSR overrun error, break error */
#define DR_OE (1u << 11)
#define DR_BE (1u << 10)

/* PeriphID0-3 then PCellID0-3 at 0xfe0-0xffc: part 0x011, designer Arm, revision r1p5 */
static const uint8_t pl011_ids[8] = {0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1};

static unsigned fifo_depth(const struct pl011 *uart)
{
    return (uart->lcr_h & LCR_FEN) ? PL011_FIFO_DEPTH : 1;
}

/* Receive interrupt level: UARTIFLS.RXIFLSEL = 1/8, 1/4, 1/2, 3/4, 7/8 full. */
static unsigned rx_trigger(const struct pl011 *uart)
{
    static const unsigned eighths[8] = {1, 2, 4, 6, 7, 4, 4, 4}; /* reserved values: half */
    if (!(uart->lcr_h & LCR_FEN))
        return 1;
    return PL011_FIFO_DEPTH * eighths[(uart->ifls >> 3) & 7] / 8;
}

static void update_irq(struct pl011 *uart)
{
    irq_set_level(&uart->irq, (uart->ris & uart->imsc) != 0);
}

/* The receive interrupts follow the FIFO level; RT stands for "data waiting, none arriving". */
static void update_rx_status(struct pl011 *uart)
{
    uart->ris &= ~(INT_RX | INT_RT);
    if (uart->rx_count >= rx_trigger(uart))
        uart->ris |= INT_RX;
    if (uart->rx_count)
        uart->ris |= INT_RT;
    update_irq(uart);
}

void pl011_reset(struct pl011 *uart)
{
    uart->ibrd = uart->fbrd = uart->lcr_h = uart->imsc = uart->ris = uart->dmacr = uart->ilpr = 0;
    uart->cr = 0x300;  /* TXE | RXE */
    uart->ifls = 0x12; /* both triggers at half full */
    uart->rsr = 0;
    uart->rx_head = uart->rx_count = 0;
    update_irq(uart);
}

unsigned pl011_can_receive(const struct pl011 *uart)
{
    if (!(uart->cr & CR_UARTEN) || !(uart->cr & CR_RXE))
        return 0;
    return fifo_depth(uart) - uart->rx_count;
}

/* An entry for the receive FIFO: a byte with its error bits (11:8). */
static void receive_entry(struct pl011 *uart, uint16_t entry)
{
    if (uart->rx_count >= fifo_depth(uart)) {
        /* Overrun: the byte is lost and the error rides on the newest entry. */
        unsigned last = (uart->rx_head + uart->rx_count - 1) % PL011_FIFO_DEPTH;
        uart->rx_fifo[last] |= DR_OE;
        uart->ris |= INT_OE;
        update_irq(uart);
        return;
    }
    uart->rx_fifo[(uart->rx_head + uart->rx_count) % PL011_FIFO_DEPTH] = entry;
    uart->rx_count++;
    update_rx_status(uart);
}

void pl011_receive(struct pl011 *uart, uint8_t byte) { receive_entry(uart, byte); }

/* TRM: a break is received as a NUL character with UARTDR.BE set (Linux: the sysrq key). */
void pl011_receive_break(struct pl011 *uart) { receive_entry(uart, DR_BE); }

static uint32_t read_data(struct pl011 *uart)
{
    if (!uart->rx_count)
        return 0;
    uint16_t entry = uart->rx_fifo[uart->rx_head];
    uart->rx_head = (uart->rx_head + 1) % PL011_FIFO_DEPTH;
    uart->rx_count--;
    uart->rsr = (uint8_t)(entry >> 8); /* UARTRSR holds the errors of the byte just read */
    update_rx_status(uart);
    return entry;
}

static uint32_t flags(const struct pl011 *uart)
{
    uint32_t fr = FR_TXFE; /* transmission is immediate: the TX FIFO is always empty */
    if (!uart->rx_count)
        fr |= FR_RXFE;
    if (uart->rx_count >= fifo_depth(uart))
        fr |= FR_RXFF;
    return fr;
}

static bool pl011_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    struct pl011 *uart = opaque;
    (void)size;
    if (offset >= PERIPH_ID && offset < PERIPH_ID + 32) {
        *value = (offset & 3) ? 0 : pl011_ids[(offset - PERIPH_ID) / 4];
        return true;
    }
    switch (offset) {
    case UARTDR: *value = read_data(uart); break;
    case UARTRSR: *value = uart->rsr; break;
    case UARTFR: *value = flags(uart); break;
    case UARTILPR: *value = uart->ilpr; break;
    case UARTIBRD: *value = uart->ibrd; break;
    case UARTFBRD: *value = uart->fbrd; break;
    case UARTLCR_H: *value = uart->lcr_h; break;
    case UARTCR: *value = uart->cr; break;
    case UARTIFLS: *value = uart->ifls; break;
    case UARTIMSC: *value = uart->imsc; break;
    case UARTRIS: *value = uart->ris; break;
    case UARTMIS: *value = uart->ris & uart->imsc; break;
    case UARTDMACR: *value = uart->dmacr; break;
    default: *value = 0; break; /* reserved and write-only (UARTICR) registers read as zero */
    }
    return true;
}

static bool pl011_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    struct pl011 *uart = opaque;
    (void)size;
    uint32_t v = (uint32_t)value;
    switch (offset) {
    case UARTDR:
        if (uart->output)
            uart->output(uart->output_opaque, (uint8_t)v);
        uart->ris |= INT_TX; /* sent at once: the FIFO is back below its trigger level */
        update_irq(uart);
        break;
    case UARTRSR: uart->rsr = 0; break; /* UARTECR: any write clears the errors */
    case UARTILPR: uart->ilpr = v & 0xff; break;
    case UARTIBRD: uart->ibrd = v & 0xffff; break;
    case UARTFBRD: uart->fbrd = v & 0x3f; break;
    case UARTLCR_H:
        /* Switching the FIFOs on or off flushes them (TRM: LCR_H.FEN). */
        if ((v ^ uart->lcr_h) & LCR_FEN)
            uart->rx_count = 0;
        uart->lcr_h = v & 0xff;
        update_rx_status(uart);
        break;
    case UARTCR: uart->cr = v & 0xff87; break;
    case UARTIFLS: uart->ifls = v & 0x3f; update_rx_status(uart); break;
    case UARTIMSC: uart->imsc = v & INT_ALL; update_irq(uart); break;
    case UARTICR:
        uart->ris &= ~(v & INT_ALL);
        update_irq(uart);
        break;
    case UARTDMACR: uart->dmacr = v & 7; break;
    default: break; /* read-only and reserved registers ignore writes */
    }
    return true;
}

const struct mmio_ops pl011_mmio_ops = {pl011_read, pl011_write};
