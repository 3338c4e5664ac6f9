/*
 * PL061 GPIO registers. Expected values from the PrimeCell General Purpose
 * Input/Output (PL061) Technical Reference Manual (DDI 0190): reset values
 * (all pins inputs, interrupts masked), GPIODATA's address mask, direction,
 * edge (single and both) and level sensing, GPIORIS/GPIOMIS/GPIOIC and the
 * identification registers.
 */
#include <check.h>

#include "devices/pl061.h"
#include "tests/unit/harness.h"

enum { DIR = 0x400, IS = 0x404, IBE = 0x408, IEV = 0x40c, IE = 0x410, RIS = 0x414, MIS = 0x418,
       IC = 0x41c };

static struct pl061 gpio;
static bool irq_level;

static void record_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    ck_assert_uint_eq(line, 39); /* SPI 7 */
    irq_level = level;
}

static uint32_t rd(uint64_t offset)
{
    uint64_t v;
    ck_assert(pl061_mmio_ops.read(&gpio, offset, 4, &v));
    return (uint32_t)v;
}

static void wr(uint64_t offset, uint32_t value) { ck_assert(pl061_mmio_ops.write(&gpio, offset, 4, value)); }

/* GPIODATA with every pin in the address mask (bits [9:2] all set). */
#define DATA_ALL 0x3fc

static void setup(void)
{
    gpio = (struct pl061){.irq = {record_irq, 0, 39}};
    irq_level = true;
    pl061_reset(&gpio);
}

START_TEST(reset_values_and_identification)
{
    ck_assert(!irq_level);
    ck_assert_uint_eq(rd(DIR), 0);
    ck_assert_uint_eq(rd(IS), 0);
    ck_assert_uint_eq(rd(IE), 0);
    ck_assert_uint_eq(rd(RIS), 0);
    static const uint32_t ids[8] = {0x61, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1};
    for (unsigned i = 0; i < 8; i++)
        ck_assert_uint_eq(rd(0xfe0 + 4 * i), ids[i]);
}
END_TEST

START_TEST(data_reads_and_writes_through_the_address_mask)
{
    wr(DIR, 0x0f); /* pins 0-3 outputs, 4-7 inputs */
    wr(DATA_ALL, 0xff);
    ck_assert_uint_eq(rd(DATA_ALL), 0x0f); /* inputs read what the outside drives: low */
    wr(0x004 << 2, 0x00); /* mask 0x04: only pin 2 changes */
    ck_assert_uint_eq(rd(DATA_ALL), 0x0b);
    ck_assert_uint_eq(rd(0x003 << 2), 0x03); /* a read sees only the masked pins */
    pl061_set_input(&gpio, 5, true);
    pl061_set_input(&gpio, 1, false); /* an output pin ignores the outside */
    ck_assert_uint_eq(rd(DATA_ALL), 0x2b);
}
END_TEST

START_TEST(rising_edge_latches_until_cleared)
{
    wr(IEV, 1u << 3); /* pin 3: rising edge */
    wr(IE, 1u << 3);
    pl061_set_input(&gpio, 3, true);
    ck_assert_uint_eq(rd(RIS), 1u << 3);
    ck_assert_uint_eq(rd(MIS), 1u << 3);
    ck_assert(irq_level);
    pl061_set_input(&gpio, 3, false); /* the falling edge is not an event, the latch stays */
    ck_assert(irq_level);
    wr(IC, 1u << 3);
    ck_assert_uint_eq(rd(RIS), 0);
    ck_assert(!irq_level);
}
END_TEST

START_TEST(falling_and_both_edges)
{
    wr(IE, 0x03);
    wr(IBE, 0x02); /* pin 1: both edges; pin 0: falling (IEV 0) */
    pl061_set_input(&gpio, 0, true);
    pl061_set_input(&gpio, 1, true);
    ck_assert_uint_eq(rd(RIS), 0x02);
    wr(IC, 0xff);
    pl061_set_input(&gpio, 0, false);
    pl061_set_input(&gpio, 1, false);
    ck_assert_uint_eq(rd(RIS), 0x03);
}
END_TEST

START_TEST(level_sensing_follows_the_pin)
{
    wr(IS, 1u << 6);
    wr(IEV, 1u << 6); /* high level */
    wr(IE, 1u << 6);
    ck_assert(!irq_level);
    pl061_set_input(&gpio, 6, true);
    ck_assert(irq_level);
    wr(IC, 1u << 6); /* GPIOIC clears edges only: the level still holds */
    ck_assert(irq_level);
    pl061_set_input(&gpio, 6, false);
    ck_assert(!irq_level);
    wr(IEV, 0); /* low level: active now */
    ck_assert_uint_eq(rd(RIS), 1u << 6);
    wr(IE, 0); /* masked: raw status stays, the line drops */
    ck_assert_uint_eq(rd(MIS), 0);
    ck_assert(!irq_level);
}
END_TEST

START_TEST(an_output_pin_written_by_the_guest_makes_edges_too)
{
    wr(DIR, 0x01);
    wr(IEV, 0x01);
    wr(IE, 0x01);
    wr(0x001 << 2, 1);
    ck_assert(irq_level);
    pl061_set_input(&gpio, 9, true); /* no such pin: ignored */
    ck_assert_uint_eq(rd(DATA_ALL), 0x01);
}
END_TEST

static Suite *pl061_suite(void)
{
    Suite *s = suite_create("pl061");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, 0);
    tcase_add_test(tc, reset_values_and_identification);
    tcase_add_test(tc, data_reads_and_writes_through_the_address_mask);
    tcase_add_test(tc, rising_edge_latches_until_cleared);
    tcase_add_test(tc, falling_and_both_edges);
    tcase_add_test(tc, level_sensing_follows_the_pin);
    tcase_add_test(tc, an_output_pin_written_by_the_guest_makes_edges_too);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(pl061_suite()); }
