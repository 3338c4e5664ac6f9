/*
 * PSCI 1.0 as ferry's firmware answers it. Expected values from the PSCI
 * specification (Arm DEN 0022D): function IDs, return codes (NOT_SUPPORTED
 * -1, INVALID_PARAMETERS -2, ALREADY_ON -4), AFFINITY_INFO states (ON 0,
 * OFF 1), VERSION 1.0 = 0x10000, MIGRATE_INFO_TYPE 2 for "no Trusted OS".
 */
#include <check.h>

#include "firmware/psci.h"
#include "tests/unit/harness.h"

struct fake_board {
    bool on[4];
    uint64_t entry[4], context[4];
    int stopped, offs, resets;
};

static bool fake_is_on(void *opaque, unsigned cpu) { return ((struct fake_board *)opaque)->on[cpu]; }

static void fake_start(void *opaque, unsigned cpu, uint64_t entry, uint64_t context)
{
    struct fake_board *b = opaque;
    b->on[cpu] = true;
    b->entry[cpu] = entry;
    b->context[cpu] = context;
}

static void fake_stop(void *opaque, unsigned cpu)
{
    struct fake_board *b = opaque;
    b->on[cpu] = false;
    b->stopped = (int)cpu;
}

static void fake_off(void *opaque) { ((struct fake_board *)opaque)->offs++; }
static void fake_reset(void *opaque) { ((struct fake_board *)opaque)->resets++; }

static struct fake_board fb;
static struct psci_board board = {4, &fb, fake_is_on, fake_start, fake_stop, fake_off, fake_reset, 0};

static int64_t call(unsigned caller, uint64_t function, uint64_t a1, uint64_t a2, uint64_t a3)
{
    struct psci_call c = {function, a1, a2, a3};
    return (int64_t)psci_handle(&board, caller, &c);
}

static void setup(void) { fb = (struct fake_board){.on = {true}, .stopped = -1}; }

START_TEST(version_and_features)
{
    ck_assert_int_eq(call(0, 0x84000000, 0, 0, 0), 0x10000);
    ck_assert_int_eq(call(0, 0x8400000a, 0xc4000003, 0, 0), 0);  /* CPU_ON */
    ck_assert_int_eq(call(0, 0x8400000a, 0x84000008, 0, 0), 0);  /* SYSTEM_OFF */
    ck_assert_int_eq(call(0, 0x8400000a, 0xc4000001, 0, 0), -1); /* CPU_SUSPEND: not offered */
    ck_assert_int_eq(call(0, 0x8400000a, 0x12345678, 0, 0), -1);
    ck_assert_int_eq(call(0, 0x84000006, 0, 0, 0), 2);
    ck_assert_int_eq(call(0, 0xc4000001, 0, 0, 0), -1);
    ck_assert_int_eq(call(0, 0x8400001f, 0, 0, 0), -1);
}
END_TEST

START_TEST(cpu_on_off_and_affinity)
{
    ck_assert_int_eq(call(0, 0xc4000004, 2, 0, 0), 1); /* AFFINITY_INFO: CPU 2 is off */
    ck_assert_int_eq(call(0, 0xc4000003, 2, 0x40080000, 0x1234), 0);
    ck_assert(fb.on[2]);
    ck_assert_uint_eq(fb.entry[2], 0x40080000);
    ck_assert_uint_eq(fb.context[2], 0x1234);
    ck_assert_int_eq(call(0, 0xc4000004, 2, 0, 0), 0);
    ck_assert_int_eq(call(0, 0xc4000003, 2, 0x40080000, 0), -4); /* ALREADY_ON */
    ck_assert_int_eq(call(0, 0xc4000003, 4, 0x40080000, 0), -2); /* no such CPU */
    ck_assert_int_eq(call(0, 0xc4000003, 0x100 | 1, 0x40080000, 0), -2); /* Aff1 != 0 */
    ck_assert_int_eq(call(0, 0xc4000004, 2, 1, 0), -2); /* affinity level 1 */
    /* the SMC32 form takes 32-bit arguments */
    ck_assert_int_eq(call(0, 0x84000003, 3, 0xffffffff40000000ull, 0xffffffff00000005ull), 0);
    ck_assert_uint_eq(fb.entry[3], 0x40000000);
    ck_assert_uint_eq(fb.context[3], 5);
    call(2, 0x84000002, 0, 0, 0); /* CPU_OFF from CPU 2 */
    ck_assert_int_eq(fb.stopped, 2);
    ck_assert_int_eq(call(0, 0x84000004, 2, 0, 0), 1);
}
END_TEST

/* With the board's affinity table, CPUs are named by Aff1.Aff0 (PSCI 1.0, 5.1.4: target_cpu is an MPIDR) */
START_TEST(cpus_named_by_their_affinity)
{
    static const uint64_t clusters_of_two[4] = {0x000, 0x001, 0x100, 0x101};
    board.cpu_affinity = clusters_of_two;
    ck_assert_int_eq(call(0, 0xc4000003, 0x101, 0x40080000, 7), 0);
    ck_assert(fb.on[3]);
    ck_assert_uint_eq(fb.context[3], 7);
    ck_assert_int_eq(call(0, 0xc4000004, 0x100, 0, 0), 1);        /* CPU 2 is still off */
    ck_assert_int_eq(call(0, 0xc4000003, 2, 0x40080000, 0), -2);  /* Aff0 = 2: no such CPU */
    ck_assert_int_eq(call(0, 0xc4000003, 0x80000100, 0x40080000, 0), 0); /* bit 31 (RES1) ignored */
    ck_assert(fb.on[2]);
    board.cpu_affinity = 0;
}
END_TEST

START_TEST(system_off_and_reset)
{
    call(0, 0x84000008, 0, 0, 0);
    ck_assert_int_eq(fb.offs, 1);
    call(1, 0x84000009, 0, 0, 0);
    ck_assert_int_eq(fb.resets, 1);
}
END_TEST

static Suite *psci_suite(void)
{
    Suite *s = suite_create("psci");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, 0);
    tcase_add_test(tc, version_and_features);
    tcase_add_test(tc, cpu_on_off_and_affinity);
    tcase_add_test(tc, cpus_named_by_their_affinity);
    tcase_add_test(tc, system_off_and_reset);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(psci_suite()); }
