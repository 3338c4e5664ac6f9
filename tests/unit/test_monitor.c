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
#define ADD_X1_X1_1 0x91000421u  /* add x1, x1, #0x1 */
#define LDXP_X0_X4_X1 0xc87f1020u /* ldxp x0, x4, [x1] */
#define STXP_W3_X2_X5_X1 0xc8231422u /* stxp w3, x2, x5, [x1] */
#define LDAXR_W0_X1 0x885ffc20u  /* ldaxr w0, [x1] */
#define STLXR_W3_W2_X1 0x8803fc22u /* stlxr w3, w2, [x1] */
#define LDXRB_W0_X1 0x085f7c20u  /* ldxrb w0, [x1] */
#define STXRB_W3_W2_X1 0x08037c22u /* stxrb w3, w2, [x1] */
#define LDXRH_W0_X1 0x485f7c20u  /* ldxrh w0, [x1] */
#define STXRH_W3_W2_X1 0x48037c22u /* stxrh w3, w2, [x1] */
#define LDXP_W0_W4_X1 0x887f1020u /* ldxp w0, w4, [x1] */
#define STXP_W3_W2_W5_X1 0x88231422u /* stxp w3, w2, w5, [x1] */

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
    ck_assert(h.cpu.monitor.valid);      /* and the reservation: a retry may succeed */
}
END_TEST

START_TEST(failing_stxr_does_not_touch_the_page)
{
    /* With no reservation the store-exclusive fails before any access: no fault. */
    ck_assert_int_eq(user_space_protect(&h.space, HARNESS_DATA, 0x1000, USER_PROT_READ), 0);
    const uint32_t store = STXR_W3_X2_X1;
    run(&store, 1);
    ck_assert_uint_eq(h.cpu.x[3], 1);
    ck_assert_uint_eq(data[0], 0x1111);
    /* Alignment is still checked first. */
    h.cpu.x[1] = HARNESS_DATA + 4;
    ck_assert_int_eq(harness_run(&h, &store, 1), CPU_EXC_ALIGNMENT);
}
END_TEST

START_TEST(every_size_and_ordering_pairs_up)
{
    /* The status write zero-extends into X3, and each size stores only its bytes. */
    h.cpu.x[3] = ~0ull;
    h.cpu.x[2] = 0xa1b2c3d4e5f60718ull;
    const uint32_t word[] = {LDAXR_W0_X1, STLXR_W3_W2_X1};
    run(word, 2);
    ck_assert_uint_eq(h.cpu.x[0], 0x1111);
    ck_assert_uint_eq(h.cpu.x[3], 0);
    ck_assert_uint_eq(data[0], 0xe5f60718ull);
    h.cpu.x[3] = 7;
    const uint32_t half[] = {LDXRH_W0_X1, STXRH_W3_W2_X1};
    h.cpu.x[1] = HARNESS_DATA + 6;
    run(half, 2);
    ck_assert_uint_eq(h.cpu.x[0], 0);
    ck_assert_uint_eq(h.cpu.x[3], 0);
    ck_assert_uint_eq(data[0], 0x07180000e5f60718ull);
    const uint32_t byte[] = {LDXRB_W0_X1, STXRB_W3_W2_X1};
    h.cpu.x[1] = HARNESS_DATA + 9;
    h.cpu.x[3] = 7;
    run(byte, 2);
    ck_assert_uint_eq(h.cpu.x[0], 0x22);
    ck_assert_uint_eq(h.cpu.x[3], 0);
    ck_assert_uint_eq(data[1], 0x1822);
}
END_TEST

START_TEST(word_pairs)
{
    h.cpu.x[0] = h.cpu.x[4] = ~0ull;
    h.cpu.x[2] = 0xffffffff01234567ull;
    h.cpu.x[5] = 0xffffffff89abcdefull;
    const uint32_t code[] = {LDXP_W0_W4_X1, STXP_W3_W2_W5_X1};
    data[0] = 0x8000000170000002ull;
    run(code, 2);
    ck_assert_uint_eq(h.cpu.x[0], 0x70000002);
    ck_assert_uint_eq(h.cpu.x[4], 0x80000001);
    ck_assert_uint_eq(h.cpu.x[3], 0);
    ck_assert_uint_eq(data[0], 0x89abcdef01234567ull);
    ck_assert_uint_eq(data[1], 0x2222);
    /* A word pair needs 8-byte alignment. */
    h.cpu.x[1] = HARNESS_DATA + 4;
    const uint32_t load = LDXP_W0_W4_X1;
    ck_assert_int_eq(harness_run(&h, &load, 1), CPU_EXC_ALIGNMENT);
}
END_TEST

START_TEST(ldxr_records_the_monitor)
{
    const uint32_t load = LDXR_W0_X1;
    h.cpu.x[1] = HARNESS_DATA + 8;
    run(&load, 1);
    ck_assert(h.cpu.monitor.valid);
    ck_assert_uint_eq(h.cpu.monitor.address, HARNESS_DATA + 8);
    ck_assert_uint_eq(h.cpu.monitor.size, 4);
    ck_assert_uint_eq(h.cpu.monitor.value[0], 0x2222);
    /* A failed (misaligned) load-exclusive leaves the monitor as it was. */
    h.cpu.x[1] = HARNESS_DATA + 2;
    ck_assert_int_eq(harness_run(&h, &load, 1), CPU_EXC_ALIGNMENT);
    ck_assert(h.cpu.monitor.valid);
    ck_assert_uint_eq(h.cpu.monitor.address, HARNESS_DATA + 8);
}
END_TEST

START_TEST(misaligned_stxr_faults_before_anything)
{
    const uint32_t code[] = {LDXR_X0_X1, ADD_X1_X1_1, STXR_W3_X2_X1};
    ck_assert_int_eq(harness_run(&h, code, 3), CPU_EXC_ALIGNMENT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + 1);
    ck_assert_uint_eq(h.cpu.x[3], 0x55);
    ck_assert_uint_eq(data[0], 0x1111);
}
END_TEST

START_TEST(ldxr_from_a_read_only_page_works)
{
    ck_assert_int_eq(user_space_protect(&h.space, HARNESS_DATA, 0x1000, USER_PROT_READ), 0);
    const uint32_t load = LDXR_X0_X1;
    run(&load, 1);
    ck_assert_uint_eq(h.cpu.x[0], 0x1111);
    ck_assert(h.cpu.monitor.valid);
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
    tcase_add_test(tc, failing_stxr_does_not_touch_the_page);
    tcase_add_test(tc, every_size_and_ordering_pairs_up);
    tcase_add_test(tc, word_pairs);
    tcase_add_test(tc, ldxr_records_the_monitor);
    tcase_add_test(tc, misaligned_stxr_faults_before_anything);
    tcase_add_test(tc, ldxr_from_a_read_only_page_works);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
