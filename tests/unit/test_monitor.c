/*
 * The exclusive monitor, by the Arm ARM's rules for LDXR/STXR/CLREX:
 * a store-exclusive succeeds (status 0) only when this CPU's monitor holds
 * the same address and size from a load-exclusive, and the memory still
 * holds what was loaded; every store-exclusive and every CLREX clears the
 * monitor. Exclusives need natural alignment.
 *
 * x1 = address, x2 = value to store, x0 = loaded value, w3 = status.
 */
#include <check.h>
#include <string.h>

#include "tests/unit/harness.h"

#define LDXR_X0_X1 0xc85f7c20u   /* ldxr x0, [x1] */
#define STXR_W3_X2_X1 0xc8037c22u /* stxr w3, x2, [x1] */
#define LDXR_W0_X1 0x885f7c20u   /* ldxr w0, [x1] */
#define CLREX 0xd503305fu        /* clrex */
#define ADD_X1_X1_8 0x91002021u  /* add x1, x1, #0x8 */
#define LDXP_X0_X4_X1 0xc87f1020u /* ldxp x0, x4, [x1] */
#define STXP_W3_X2_X5_X1 0xc8231422u /* stxp w3, x2, x5, [x1] */

static struct harness h;
static uint64_t *data;

static void setup(void)
{
    harness_init(&h);
    data = harness_data(&h, 0);
    data[0] = 0x1111;
    data[1] = 0x2222;
    h.cpu.x[1] = HARNESS_DATA;
    h.cpu.x[2] = 0xabcd;
    h.cpu.x[3] = 0x55;
}

static void teardown(void) { harness_free(&h); }

static void run(const uint32_t *code, size_t n)
{
    ck_assert_int_eq(harness_run(&h, code, n), CPU_EXC_SVC);
}

START_TEST(ldxr_then_stxr_succeeds)
{
    const uint32_t code[] = {LDXR_X0_X1, STXR_W3_X2_X1};
    run(code, 2);
    ck_assert_uint_eq(h.cpu.x[0], 0x1111);
    ck_assert_uint_eq(h.cpu.x[3], 0);
    ck_assert_uint_eq(data[0], 0xabcd);
    ck_assert(!h.cpu.monitor.valid);
}
END_TEST

START_TEST(stxr_without_ldxr_fails)
{
    const uint32_t code[] = {STXR_W3_X2_X1};
    run(code, 1);
    ck_assert_uint_eq(h.cpu.x[3], 1);
    ck_assert_uint_eq(data[0], 0x1111);
}
END_TEST

START_TEST(clrex_clears_the_monitor)
{
    const uint32_t code[] = {LDXR_X0_X1, CLREX, STXR_W3_X2_X1};
    run(code, 3);
    ck_assert_uint_eq(h.cpu.x[3], 1);
    ck_assert_uint_eq(data[0], 0x1111);
}
END_TEST

START_TEST(second_stxr_fails)
{
    const uint32_t code[] = {LDXR_X0_X1, STXR_W3_X2_X1, STXR_W3_X2_X1};
    h.cpu.x[2] = 0x7777;
    data[0] = 0x1111;
    run(code, 3);
    ck_assert_uint_eq(h.cpu.x[3], 1);
    ck_assert_uint_eq(data[0], 0x7777); /* from the first, successful store */
}
END_TEST

START_TEST(stxr_to_another_address_fails)
{
    const uint32_t code[] = {LDXR_X0_X1, ADD_X1_X1_8, STXR_W3_X2_X1};
    run(code, 3);
    ck_assert_uint_eq(h.cpu.x[3], 1);
    ck_assert_uint_eq(data[0], 0x1111);
    ck_assert_uint_eq(data[1], 0x2222);
}
END_TEST

START_TEST(stxr_of_another_size_fails)
{
    const uint32_t code[] = {LDXR_W0_X1, STXR_W3_X2_X1};
    run(code, 2);
    ck_assert_uint_eq(h.cpu.x[3], 1);
    ck_assert_uint_eq(data[0], 0x1111);
}
END_TEST

START_TEST(a_store_by_someone_else_breaks_the_reservation)
{
    const uint32_t load = LDXR_X0_X1, store = STXR_W3_X2_X1;
    run(&load, 1);
    /* Another agent writes the location between the two instructions. */
    data[0] = 0x9999;
    h.cpu.x[1] = HARNESS_DATA;
    run(&store, 1);
    ck_assert_uint_eq(h.cpu.x[3], 1);
    ck_assert_uint_eq(data[0], 0x9999);
}
END_TEST

START_TEST(pairs_follow_the_same_rules)
{
    h.cpu.x[5] = 0xeeee;
    const uint32_t code[] = {LDXP_X0_X4_X1, STXP_W3_X2_X5_X1};
    run(code, 2);
    ck_assert_uint_eq(h.cpu.x[0], 0x1111);
    ck_assert_uint_eq(h.cpu.x[4], 0x2222);
    ck_assert_uint_eq(h.cpu.x[3], 0);
    ck_assert_uint_eq(data[0], 0xabcd);
    ck_assert_uint_eq(data[1], 0xeeee);
    const uint32_t again[] = {STXP_W3_X2_X5_X1};
    run(again, 1);
    ck_assert_uint_eq(h.cpu.x[3], 1);
}
END_TEST

START_TEST(misaligned_exclusives_fault)
{
    h.cpu.x[1] = HARNESS_DATA + 4;
    const uint32_t load = LDXR_X0_X1;
    ck_assert_int_eq(harness_run(&h, &load, 1), CPU_EXC_ALIGNMENT);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + 4);
    ck_assert_uint_eq(h.cpu.x[0], 0); /* harness_init zeroes registers; nothing loaded */
    /* LDXP of X registers needs 16-byte alignment. */
    h.cpu.x[1] = HARNESS_DATA + 8;
    const uint32_t pair = LDXP_X0_X4_X1;
    ck_assert_int_eq(harness_run(&h, &pair, 1), CPU_EXC_ALIGNMENT);
}
END_TEST

START_TEST(stxr_to_a_read_only_page_faults)
{
    ck_assert_int_eq(user_space_protect(&h.space, HARNESS_DATA, 0x1000, USER_PROT_READ), 0);
    const uint32_t code[] = {LDXR_X0_X1, STXR_W3_X2_X1};
    ck_assert_int_eq(harness_run(&h, code, 2), CPU_EXC_DATA_ABORT);
    ck_assert(h.cpu.exception.is_write);
    ck_assert(h.cpu.exception.page_mapped);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    ck_assert_uint_eq(h.cpu.x[3], 0x55); /* status register untouched */
}
END_TEST

int main(void)
{
    Suite *s = suite_create("monitor");
    TCase *tc = tcase_create("exclusives");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, ldxr_then_stxr_succeeds);
    tcase_add_test(tc, stxr_without_ldxr_fails);
    tcase_add_test(tc, clrex_clears_the_monitor);
    tcase_add_test(tc, second_stxr_fails);
    tcase_add_test(tc, stxr_to_another_address_fails);
    tcase_add_test(tc, stxr_of_another_size_fails);
    tcase_add_test(tc, a_store_by_someone_else_breaks_the_reservation);
    tcase_add_test(tc, pairs_follow_the_same_rules);
    tcase_add_test(tc, misaligned_exclusives_fault);
    tcase_add_test(tc, stxr_to_a_read_only_page_faults);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
