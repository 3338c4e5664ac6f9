/*
 * Loads and stores against the address space: unaligned and page-crossing
 * accesses work, faults are precise (the faulting instruction's PC, no
 * register or memory change, no writeback), stores to read-only pages
 * write nothing, narrow SIMD&FP loads clear the rest of the register, and
 * atomics fault on misalignment. Encodings from binutils.
 */
#include <check.h>
#include <string.h>

#include "tests/unit/harness.h"

static struct harness h;
static uint8_t *data;

static void setup(void)
{
    harness_init(&h);
    data = harness_data(&h, 0);
    for (int i = 0; i < 0x4000; i++)
        data[i] = (uint8_t)i;
}

static void teardown(void) { harness_free(&h); }

START_TEST(unaligned_access_crossing_a_page)
{
    /* f9400020 ldr x0, [x1] at 0x...ffd: bytes fd fe ff 00 01 02 03 04 */
    h.cpu.x[1] = HARNESS_DATA + 0xffd;
    uint32_t word = 0xf9400020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x0403020100fffefdull);
    /* f9000022 str x2, [x1] across the same boundary */
    h.cpu.x[2] = 0x8877665544332211ull;
    word = 0xf9000022;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    static const uint8_t want[8] = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88};
    ck_assert_mem_eq(data + 0xffd, want, 8);
}
END_TEST

START_TEST(fault_is_precise_and_skips_writeback)
{
    /* f8408c20 ldr x0, [x1, #8]! into an unmapped page */
    h.cpu.x[0] = 0x1234;
    h.cpu.x[1] = 0x30000000;
    const uint32_t code[] = {0xd503201f /* nop */, 0xf8408c20};
    ck_assert_int_eq(harness_run(&h, code, 2), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    ck_assert_uint_eq(h.cpu.exception.address, 0x30000008);
    ck_assert(!h.cpu.exception.is_write);
    ck_assert(!h.cpu.exception.page_mapped);
    ck_assert_uint_eq(h.cpu.x[0], 0x1234);
    ck_assert_uint_eq(h.cpu.x[1], 0x30000000);
}
END_TEST

START_TEST(page_crossing_store_into_read_only_page_writes_nothing)
{
    ck_assert_int_eq(user_space_protect(&h.space, HARNESS_DATA + 0x1000, 0x1000, USER_PROT_READ),
                     0);
    /* a9000c22 stp x2, x3, [x1]: 16 bytes, the last 4 on the read-only page */
    h.cpu.x[1] = HARNESS_DATA + 0xff4;
    h.cpu.x[2] = ~0ull;
    h.cpu.x[3] = ~0ull;
    uint32_t word = 0xa9000c22;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert(h.cpu.exception.is_write);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + 0x1000);
    for (int i = 0xff4; i < 0x1004; i++)
        ck_assert_uint_eq(data[i], (uint8_t)i);
}
END_TEST

START_TEST(pair_load_fault_changes_no_register)
{
    /* a8c10c22 ldp x2, x3, [x1], #16: second half unmapped (past HARNESS_DATA_SIZE) */
    h.cpu.x[1] = HARNESS_DATA + HARNESS_DATA_SIZE - 8;
    h.cpu.x[2] = 2;
    h.cpu.x[3] = 3;
    uint32_t word = 0xa8c10c22;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.x[1], HARNESS_DATA + HARNESS_DATA_SIZE - 8);
    ck_assert_uint_eq(h.cpu.x[2], 2);
    ck_assert_uint_eq(h.cpu.x[3], 3);
}
END_TEST

START_TEST(register_offset_extends)
{
    /* f8625820 ldr x0, [x1, w2, uxtw #3]; f862d820 ldr x0, [x1, w2, sxtw #3] */
    memset(data + 0x100, 0xaa, 8);
    h.cpu.x[1] = HARNESS_DATA + 0x108;
    h.cpu.x[2] = 0xffffffff; /* -1 as SXTW, 4 Gi as UXTW */
    uint32_t word = 0xf862d820;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0xaaaaaaaaaaaaaaaaull);
    word = 0xf8625820;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + 0x108 + (0xffffffffull << 3));
}
END_TEST

START_TEST(signed_loads_extend_to_the_right_width)
{
    data[0] = 0x80;
    h.cpu.x[1] = HARNESS_DATA;
    /* 39c00020 ldrsb w0, [x1] -> 0xffffff80 zero-extended into x0 */
    uint32_t word = 0x39c00020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0xffffff80);
    /* 39800020 ldrsb x0, [x1] */
    word = 0x39800020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0xffffffffffffff80ull);
}
END_TEST

START_TEST(narrow_vector_load_clears_the_register)
{
    memset(&h.cpu.v[0], 0xff, 16);
    h.cpu.x[1] = HARNESS_DATA + 0x10;
    /* 7d400020 ldr h0, [x1] */
    uint32_t word = 0x7d400020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x1110);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
    /* 3dc00021 ldr q1, [x1] */
    word = 0x3dc00021;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.v[1].d[0], 0x1716151413121110ull);
    ck_assert_uint_eq(h.cpu.v[1].d[1], 0x1f1e1d1c1b1a1918ull);
}
END_TEST

START_TEST(atomics)
{
    uint64_t *word64 = (uint64_t *)data;
    word64[0] = 5;
    h.cpu.x[1] = HARNESS_DATA;
    h.cpu.x[2] = 3;
    /* f8220020 ldadd x2, x0, [x1] */
    uint32_t word = 0xf8220020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 5);
    ck_assert_uint_eq(word64[0], 8);
    /* c8a27c20 cas x2, x0, [x1]: x2 (3) != 8, so no store; x2 <- 8 */
    h.cpu.x[0] = 99;
    word = 0xc8a27c20;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[2], 8);
    ck_assert_uint_eq(word64[0], 8);
    /* again, now matching: store 99 */
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(word64[0], 99);
    /* ldadd of a doubleword at +4 is misaligned */
    h.cpu.x[1] = HARNESS_DATA + 4;
    word = 0xf8220020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_ALIGNMENT);
    /* a byte SWP at an odd address is naturally aligned */
    h.cpu.x[1] = HARNESS_DATA + 3;
    h.cpu.x[2] = 0x5a;
    word = 0x38228020; /* swpb w2, w0, [x1] */
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(data[3], 0x5a);
    /* Atomics need write permission even to read. */
    ck_assert_int_eq(user_space_protect(&h.space, HARNESS_DATA, 0x1000, USER_PROT_READ), 0);
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert(h.cpu.exception.is_write);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("memory");
    TCase *tc = tcase_create("access");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, unaligned_access_crossing_a_page);
    tcase_add_test(tc, fault_is_precise_and_skips_writeback);
    tcase_add_test(tc, page_crossing_store_into_read_only_page_writes_nothing);
    tcase_add_test(tc, pair_load_fault_changes_no_register);
    tcase_add_test(tc, register_offset_extends);
    tcase_add_test(tc, signed_loads_extend_to_the_right_width);
    tcase_add_test(tc, narrow_vector_load_clears_the_register);
    tcase_add_test(tc, atomics);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
