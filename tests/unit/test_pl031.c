/*
 * PL031 RTC registers. Expected values from the PrimeCell Real Time Clock
 * (PL031) Technical Reference Manual (DDI 0224): the counter, load and match
 * registers, the match interrupt (bit 0 of IMSC/RIS/MIS/ICR) and the
 * identification registers; the clock is a fake one the test moves.
 */
#include <check.h>

#include "devices/pl031.h"
#include "tests/unit/harness.h"

static struct pl031 rtc;
static uint64_t host_seconds;
static bool irq_level;

static uint64_t fake_now(void *opaque)
{
    (void)opaque;
    return host_seconds;
}

static void record_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    irq_level = level;
}

static uint32_t rd(uint64_t offset)
{
    uint64_t v;
    ck_assert(pl031_mmio_ops.read(&rtc, offset, 4, &v));
    return (uint32_t)v;
}

static void wr(uint64_t offset, uint32_t value) { ck_assert(pl031_mmio_ops.write(&rtc, offset, 4, value)); }

static void setup(void)
{
    host_seconds = 1700000000;
    rtc = (struct pl031){.irq = {record_irq, 0, 34}, .now = fake_now};
    pl031_reset(&rtc);
}

START_TEST(counter_follows_the_host_clock_and_load)
{
    ck_assert_uint_eq(rd(0x000), 1700000000);
    host_seconds += 5;
    ck_assert_uint_eq(rd(0x000), 1700000005);
    ck_assert_uint_eq(rd(0x00c), 1); /* RTCCR: the counter runs */
    wr(0x008, 1000);                  /* RTCLR */
    ck_assert_uint_eq(rd(0x000), 1000);
    ck_assert_uint_eq(rd(0x008), 1000);
    host_seconds += 3;
    ck_assert_uint_eq(rd(0x000), 1003);
    wr(0x008, 0xfffffffe); /* the 32-bit counter wraps */
    host_seconds += 3;
    ck_assert_uint_eq(rd(0x000), 1);
    wr(0x000, 7); /* RTCDR is read-only */
    ck_assert_uint_eq(rd(0x000), 1);
    static const uint32_t ids[8] = {0x31, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1};
    for (unsigned i = 0; i < 8; i++)
        ck_assert_uint_eq(rd(0xfe0 + 4 * i), ids[i]);
}
END_TEST

START_TEST(match_raises_the_interrupt_once)
{
    wr(0x008, 100);
    wr(0x004, 102); /* RTCMR */
    wr(0x010, 1);   /* RTCIMSC */
    ck_assert_uint_eq(pl031_seconds_to_match(&rtc), 2);
    host_seconds += 1;
    pl031_update(&rtc);
    ck_assert_uint_eq(rd(0x014), 0);
    ck_assert(!irq_level);
    host_seconds += 1;
    pl031_update(&rtc);
    ck_assert_uint_eq(rd(0x014), 1); /* RTCRIS */
    ck_assert_uint_eq(rd(0x018), 1); /* RTCMIS */
    ck_assert(irq_level);
    wr(0x01c, 1); /* RTCICR: cleared, and not raised again within the same second */
    ck_assert_uint_eq(rd(0x014), 0);
    ck_assert(!irq_level);
    wr(0x010, 0);
    host_seconds += 1;
    wr(0x004, 103); /* matches now: RIS rises, but the masked line stays low */
    ck_assert_uint_eq(rd(0x014), 1);
    ck_assert_uint_eq(rd(0x018), 0);
    ck_assert(!irq_level);
}
END_TEST

static Suite *pl031_suite(void)
{
    Suite *s = suite_create("pl031");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, 0);
    tcase_add_test(tc, counter_follows_the_host_clock_and_load);
    tcase_add_test(tc, match_raises_the_interrupt_once);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(pl031_suite()); }
