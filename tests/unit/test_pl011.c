/*
 * PL011 UART registers. Expected values from the PrimeCell UART (PL011)
 * Technical Reference Manual (DDI 0183): reset values (UARTFR 0b1001_0000
 * with no modem lines, UARTCR 0x300, UARTIFLS 0x12), the identification
 * registers, FIFO levels and the interrupt bits (RX 4, TX 5, RT 6, OE 10).
 */
#include <check.h>

#include "devices/pl011.h"
#include "tests/unit/harness.h"

static struct pl011 uart;
static uint8_t sent[64];
static unsigned sent_count;
static bool irq_level;

static void record_output(void *opaque, uint8_t byte)
{
    (void)opaque;
    sent[sent_count++ % 64] = byte;
}

static void record_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    ck_assert_uint_eq(line, 33);
    irq_level = level;
}

static uint32_t rd(uint64_t offset)
{
    uint64_t v = 0xdead;
    ck_assert(pl011_mmio_ops.read(&uart, offset, 4, &v));
    return (uint32_t)v;
}

static void wr(uint64_t offset, uint32_t value) { ck_assert(pl011_mmio_ops.write(&uart, offset, 4, value)); }

static void setup(void)
{
    uart = (struct pl011){.irq = {record_irq, 0, 33}, .output = record_output};
    sent_count = 0;
    irq_level = true;
    pl011_reset(&uart);
}

START_TEST(reset_values_and_identification)
{
    ck_assert(!irq_level);
    ck_assert_uint_eq(rd(0x018), 0x90); /* UARTFR: TXFE | RXFE */
    ck_assert_uint_eq(rd(0x030), 0x300); /* UARTCR: TXE | RXE, UART disabled */
    ck_assert_uint_eq(rd(0x034), 0x12);  /* UARTIFLS: half-way triggers */
    ck_assert_uint_eq(rd(0x02c), 0);
    ck_assert_uint_eq(rd(0x03c), 0);
    static const uint32_t ids[8] = {0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1};
    for (unsigned i = 0; i < 8; i++)
        ck_assert_uint_eq(rd(0xfe0 + 4 * i), ids[i]);
    /* a disabled receiver takes nothing */
    ck_assert_uint_eq(pl011_can_receive(&uart), 0);
}
END_TEST

START_TEST(registers_keep_their_implemented_bits)
{
    wr(0x024, 0xffffffff);
    wr(0x028, 0xffffffff);
    wr(0x02c, 0xffffffff);
    wr(0x034, 0xffffffff);
    wr(0x038, 0xffffffff);
    wr(0x048, 0xffffffff);
    ck_assert_uint_eq(rd(0x024), 0xffff); /* IBRD: 16 bits */
    ck_assert_uint_eq(rd(0x028), 0x3f);   /* FBRD: 6 bits */
    ck_assert_uint_eq(rd(0x02c), 0xff);   /* LCR_H: 8 bits */
    ck_assert_uint_eq(rd(0x034), 0x3f);   /* IFLS: two 3-bit fields */
    ck_assert_uint_eq(rd(0x038), 0x7ff);  /* IMSC: 11 interrupt bits */
    ck_assert_uint_eq(rd(0x048), 0x7);    /* DMACR: 3 bits */
    wr(0x018, 0);                         /* UARTFR is read-only */
    ck_assert_uint_eq(rd(0x018), 0x90);
}
END_TEST

START_TEST(transmit_goes_out_and_raises_tx)
{
    wr(0x030, 0x301); /* UARTEN | TXE | RXE */
    wr(0x038, 1u << 5);
    ck_assert(!irq_level);
    wr(0x000, 'h');
    wr(0x000, 'i');
    ck_assert_uint_eq(sent_count, 2);
    ck_assert_uint_eq(sent[0], 'h');
    ck_assert_uint_eq(sent[1], 'i');
    ck_assert_uint_eq(rd(0x03c) & (1u << 5), 1u << 5); /* TXRIS */
    ck_assert_uint_eq(rd(0x040), 1u << 5);             /* MIS */
    ck_assert(irq_level);
    wr(0x044, 1u << 5); /* UARTICR clears it */
    ck_assert_uint_eq(rd(0x03c) & (1u << 5), 0);
    ck_assert(!irq_level);
    ck_assert_uint_eq(rd(0x018) & 0xa0, 0x80); /* TXFE, never TXFF */
}
END_TEST

START_TEST(receive_without_fifo_holds_one_byte)
{
    wr(0x030, 0x301);
    wr(0x038, 1u << 4); /* RXIM */
    ck_assert_uint_eq(pl011_can_receive(&uart), 1);
    pl011_receive(&uart, 'a');
    ck_assert_uint_eq(pl011_can_receive(&uart), 0);
    ck_assert_uint_eq(rd(0x018) & 0x50, 0x40); /* RXFF, not RXFE */
    ck_assert_uint_eq(rd(0x03c) & 0x50, 0x50); /* RXRIS and RTRIS */
    ck_assert(irq_level);
    ck_assert_uint_eq(rd(0x000), 'a');
    ck_assert_uint_eq(rd(0x018) & 0x50, 0x10); /* RXFE again */
    ck_assert_uint_eq(rd(0x03c) & 0x50, 0);
    ck_assert(!irq_level);
    ck_assert_uint_eq(rd(0x000), 0); /* reading an empty FIFO gives nothing */
}
END_TEST

/* TRM: a break is received as an all-zero character with UARTDR.BE (bit 10), UARTRSR.BE (bit 2). */
START_TEST(a_break_is_a_nul_with_the_break_error)
{
    wr(0x030, 0x301);
    wr(0x038, 1u << 4); /* RXIM */
    pl011_receive_break(&uart);
    ck_assert(irq_level);
    ck_assert_uint_eq(rd(0x000), 0x400);
    ck_assert_uint_eq(rd(0x004), 0x4);
    wr(0x004, 0); /* UARTECR clears it */
    ck_assert_uint_eq(rd(0x004), 0);
}
END_TEST

START_TEST(fifo_trigger_levels_and_overrun)
{
    wr(0x030, 0x301);
    wr(0x02c, 1u << 4);          /* FEN */
    wr(0x038, (1u << 4) | (1u << 10)); /* RXIM, OEIM */
    for (unsigned i = 0; i < 15; i++)
        pl011_receive(&uart, (uint8_t)('A' + i));
    ck_assert_uint_eq(rd(0x03c) & 0x50, 0x40); /* below half of 32: timeout only */
    ck_assert(!irq_level);
    pl011_receive(&uart, 'P');
    ck_assert_uint_eq(rd(0x03c) & 0x10, 0x10); /* 16 = 1/2 of 32 */
    ck_assert(irq_level);
    ck_assert_uint_eq(rd(0x000), 'A');
    ck_assert_uint_eq(rd(0x03c) & 0x10, 0);
    wr(0x034, 0x00); /* RXIFLSEL 1/8: 4 entries */
    ck_assert_uint_eq(rd(0x03c) & 0x10, 0x10);
    ck_assert_uint_eq(pl011_can_receive(&uart), 17);
    for (unsigned i = 0; i < 17; i++)
        pl011_receive(&uart, 'x');
    ck_assert_uint_eq(rd(0x018) & 0x40, 0x40); /* RXFF */
    pl011_receive(&uart, 'y'); /* lost: overrun */
    ck_assert_uint_eq(rd(0x03c) & (1u << 10), 1u << 10);
    for (unsigned i = 0; i < 31; i++)
        ck_assert_uint_eq(rd(0x000) & 0x800, 0);
    ck_assert_uint_eq(rd(0x000), 0x800 | 'x'); /* the newest byte carries OE (UARTDR bit 11) */
    ck_assert_uint_eq(rd(0x004), 0x8);           /* UARTRSR.OE is bit 3 */
    wr(0x004, 0);                                 /* UARTECR clears it */
    ck_assert_uint_eq(rd(0x004), 0);
    wr(0x044, 0x7ff);
    ck_assert(!irq_level);
}
END_TEST

static Suite *pl011_suite(void)
{
    Suite *s = suite_create("pl011");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, 0);
    tcase_add_test(tc, reset_values_and_identification);
    tcase_add_test(tc, registers_keep_their_implemented_bits);
    tcase_add_test(tc, transmit_goes_out_and_raises_tx);
    tcase_add_test(tc, receive_without_fifo_holds_one_byte);
    tcase_add_test(tc, fifo_trigger_levels_and_overrun);
    tcase_add_test(tc, a_break_is_a_nul_with_the_break_error);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(pl011_suite()); }
