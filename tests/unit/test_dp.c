/*
 * Data-processing semantics against values worked out by hand from the Arm
 * ARM pseudocode (AddWithCarry, DecodeBitMasks, the DIV and CLS/CLZ
 * definitions, CRC32's reflected polynomial division). Encodings come from
 * binutils (disassembly in the comments). Registers: x1, x2 inputs, x0
 * result, unless a comment says otherwise.
 */
#include <check.h>

#include "cpu/a64/bits.h"
#include "tests/unit/harness.h"

static struct harness h;

static void setup(void) { harness_init(&h); }
static void teardown(void) { harness_free(&h); }

/* Runs one instruction with x1, x2 and NZCV preset; returns x0. */
static uint64_t run(uint32_t word, uint64_t x1, uint64_t x2, uint32_t nzcv)
{
    h.cpu.x[0] = 0xdeadbeefdeadbeefull;
    h.cpu.x[1] = x1;
    h.cpu.x[2] = x2;
    h.cpu.nzcv = nzcv;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    return h.cpu.x[0];
}

#define N NZCV_N
#define Z NZCV_Z
#define C NZCV_C
#define V NZCV_V

START_TEST(adds_subs_flags_edge_cases)
{
    /* ab020020 adds x0, x1, x2 */
    ck_assert_uint_eq(run(0xab020020, 0x7fffffffffffffff, 1, 0), 0x8000000000000000);
    ck_assert_uint_eq(h.cpu.nzcv, N | V); /* signed overflow, no carry */
    ck_assert_uint_eq(run(0xab020020, ~0ull, 1, 0), 0);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C); /* unsigned carry out, result zero */
    ck_assert_uint_eq(run(0xab020020, 0x8000000000000000, 0x8000000000000000, 0), 0);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C | V);
    /* 2b020020 adds w0, w1, w2: flags from bit 31, result zero-extended */
    ck_assert_uint_eq(run(0x2b020020, 0xffffffff7fffffff, 1, 0), 0x80000000);
    ck_assert_uint_eq(h.cpu.nzcv, N | V);
    ck_assert_uint_eq(run(0x2b020020, 0xffffffff, 1, 0), 0);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C);
    /* eb020020 subs x0, x1, x2: C means "no borrow" */
    ck_assert_uint_eq(run(0xeb020020, 0, 1, 0), ~0ull);
    ck_assert_uint_eq(h.cpu.nzcv, N);
    ck_assert_uint_eq(run(0xeb020020, 5, 5, 0), 0);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C);
    ck_assert_uint_eq(run(0xeb020020, 0x8000000000000000, 1, 0), 0x7fffffffffffffff);
    ck_assert_uint_eq(h.cpu.nzcv, C | V);
    /* 6b02003f cmp w1, w2 with 0x80000000 - 0x7fffffff */
    run(0x6b02003f, 0x80000000, 0x7fffffff, 0);
    ck_assert_uint_eq(h.cpu.nzcv, C | V);
}
END_TEST

START_TEST(adc_sbc_use_the_carry)
{
    /* ba020020 adcs x0, x1, x2 */
    ck_assert_uint_eq(run(0xba020020, ~0ull, 0, C), 0);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C);
    ck_assert_uint_eq(run(0xba020020, 0x7fffffffffffffff, 0, C), 0x8000000000000000);
    ck_assert_uint_eq(h.cpu.nzcv, N | V);
    /* fa020020 sbcs x0, x1, x2 = x1 + ~x2 + C: 0 - 0 - borrow = -1 */
    ck_assert_uint_eq(run(0xfa020020, 0, 0, 0), ~0ull);
    ck_assert_uint_eq(h.cpu.nzcv, N);
    ck_assert_uint_eq(run(0xfa020020, 0, 0, C), 0);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C);
    /* 1a020020 adc w0, w1, w2 leaves flags alone */
    ck_assert_uint_eq(run(0x1a020020, 0xffffffff, 0, C | N), 0);
    ck_assert_uint_eq(h.cpu.nzcv, C | N);
}
END_TEST

START_TEST(register_31_is_sp_or_zr_by_form)
{
    h.cpu.x[31] = 0x1000;
    /* 910043e0 add x0, sp, #0x10 */
    ck_assert_uint_eq(run(0x910043e0, 0, 0, 0), 0x1010);
    /* 910007ff add sp, sp, #1 */
    run(0x910007ff, 0, 0, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0x1001);
    /* b10007ff cmn sp, #1 (adds xzr, sp, #1): reads SP, writes nothing */
    run(0xb10007ff, 0, 0, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0x1001);
    /* 8b1f0020 add x0, x1, xzr */
    ck_assert_uint_eq(run(0x8b1f0020, 7, 0, 0), 7);
    /* 8b2263e0 add x0, sp, x2, uxtx (extended form reads SP) */
    ck_assert_uint_eq(run(0x8b2263e0, 0, 3, 0), 0x1004);
    /* b2400fff orr sp, xzr, #0xf (logical immediate writes SP) */
    run(0xb2400fff, 0, 0, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0xf);
    /* f2400c3f tst x1, #0xf (ands xzr): SP untouched */
    run(0xf2400c3f, 0, 0, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0xf);
    ck_assert_uint_eq(h.cpu.nzcv, Z);
}
END_TEST

START_TEST(bitmask_immediates)
{
    uint64_t w, t;
    /* N=1 immr=0 imms=0: one set bit, 64-bit element */
    ck_assert(decode_bit_masks(1, 0, 0, true, 64, &w, &t));
    ck_assert_uint_eq(w, 1);
    /* N=0 imms=0b111100 (2-bit element, one bit set) immr=0: 0x5555... */
    ck_assert(decode_bit_masks(0, 0x3c, 0, true, 64, &w, &t));
    ck_assert_uint_eq(w, 0x5555555555555555ull);
    /* N=0 imms=0b100111 (16-bit element, 8 ones) immr=8: 0xff00 repeated */
    ck_assert(decode_bit_masks(0, 0x27, 8, true, 64, &w, &t));
    ck_assert_uint_eq(w, 0xff00ff00ff00ff00ull);
    /* 32-bit: N=0 imms=0b011110 (31 ones) immr=1: 0x80000000 | 0x3fffffff rotated */
    ck_assert(decode_bit_masks(0, 0x1e, 1, true, 32, &w, &t));
    ck_assert_uint_eq(w, 0xbfffffff);
    /* Reserved: all-ones element, N=1 with 32-bit data, N=0 imms=0b111111 */
    ck_assert(!decode_bit_masks(1, 0x3f, 0, true, 64, &w, &t));
    ck_assert(!decode_bit_masks(1, 0, 0, true, 32, &w, &t));
    ck_assert(!decode_bit_masks(0, 0x3f, 0, true, 64, &w, &t));
    /* Through the instruction: b2400020 orr x0, x1, #0x1 */
    ck_assert_uint_eq(run(0xb2400020, 0x10, 0, 0), 0x11);
    /* 92400c20 and x0, x1, #0xf */
    ck_assert_uint_eq(run(0x92400c20, 0xabcd, 0, 0), 0xd);
    /* b27ffc20: N=1 immr=0x3f imms=0x3f is reserved -> UNDEF */
    uint32_t reserved = 0xb27ffc20;
    ck_assert_int_eq(harness_run(&h, &reserved, 1), CPU_EXC_UNDEF);
    /* 32-bit with N=1: 0x32400020 -> UNDEF */
    reserved = 0x32400020;
    ck_assert_int_eq(harness_run(&h, &reserved, 1), CPU_EXC_UNDEF);
}
END_TEST

START_TEST(divide_by_zero_and_overflow)
{
    /* 9ac20c20 sdiv x0, x1, x2 */
    ck_assert_uint_eq(run(0x9ac20c20, 100, 0, 0), 0);
    ck_assert_uint_eq(run(0x9ac20c20, 0x8000000000000000, ~0ull, 0), 0x8000000000000000);
    ck_assert_uint_eq(run(0x9ac20c20, (uint64_t)-7, 2, 0), (uint64_t)-3); /* rounds to zero */
    /* 1ac20c20 sdiv w0, w1, w2 */
    ck_assert_uint_eq(run(0x1ac20c20, 0x80000000, 0xffffffff, 0), 0x80000000);
    ck_assert_uint_eq(run(0x1ac20c20, 5, 0, 0), 0);
    /* 9ac20820 udiv x0, x1, x2 */
    ck_assert_uint_eq(run(0x9ac20820, ~0ull, 0, 0), 0);
    ck_assert_uint_eq(run(0x9ac20820, ~0ull, 2, 0), 0x7fffffffffffffff);
}
END_TEST

START_TEST(count_leading_bits)
{
    /* dac01020 clz x0, x1; 5ac01020 clz w0, w1 */
    ck_assert_uint_eq(run(0xdac01020, 0, 0, 0), 64);
    ck_assert_uint_eq(run(0x5ac01020, 0, 0, 0), 32);
    ck_assert_uint_eq(run(0x5ac01020, 0xffffffff00000001, 0, 0), 31);
    ck_assert_uint_eq(run(0xdac01020, 1ull << 63, 0, 0), 0);
    /* dac01420 cls x0, x1; 5ac01420 cls w0, w1: sign bits after the top one */
    ck_assert_uint_eq(run(0xdac01420, 0, 0, 0), 63);
    ck_assert_uint_eq(run(0xdac01420, ~0ull, 0, 0), 63);
    ck_assert_uint_eq(run(0xdac01420, 1, 0, 0), 62);
    ck_assert_uint_eq(run(0x5ac01420, 0, 0, 0), 31);
    ck_assert_uint_eq(run(0x5ac01420, 0xc0000000, 0, 0), 1);
}
END_TEST

START_TEST(crc32_known_vectors)
{
    /* CRC-32 and CRC-32C of "123456789" with the usual ~ before and after. */
    static const char text[] = "123456789";
    uint32_t crc = 0xffffffff, crcc = 0xffffffff;
    for (int i = 0; i < 9; i++) {
        /* 1ac24020 crc32b w0, w1, w2; 1ac25020 crc32cb w0, w1, w2 */
        crc = (uint32_t)run(0x1ac24020, crc, (uint8_t)text[i], 0);
        crcc = (uint32_t)run(0x1ac25020, crcc, (uint8_t)text[i], 0);
    }
    ck_assert_uint_eq(~crc, 0xCBF43926u);
    ck_assert_uint_eq(~crcc, 0xE3069283u);
    /* The doubleword form equals eight byte steps: 9ac24c20 crc32x w0, w1, x2 */
    uint64_t data = 0x0807060504030201ull;
    uint32_t bytewise = 0x12345678;
    for (int i = 0; i < 8; i++)
        bytewise = (uint32_t)run(0x1ac24020, bytewise, (data >> (8 * i)) & 0xff, 0);
    ck_assert_uint_eq(run(0x9ac24c20, 0x12345678, data, 0), bytewise);
    /* crc32x with sf=0 (0x1ac24c20) is unallocated */
    uint32_t bad = 0x1ac24c20;
    ck_assert_int_eq(harness_run(&h, &bad, 1), CPU_EXC_UNDEF);
}
END_TEST

START_TEST(bitfield_aliases)
{
    /* d3441c20 ubfx x0, x1, #4, #4 */
    ck_assert_uint_eq(run(0xd3441c20, 0xabcd, 0, 0), 0xc);
    /* 93441c20 sbfx x0, x1, #4, #4: field 0xc is negative */
    ck_assert_uint_eq(run(0x93441c20, 0xabcd, 0, 0), (uint64_t)-4);
    /* d37df020 lsl x0, x1, #3 (ubfm x0, x1, #61, #60) */
    ck_assert_uint_eq(run(0xd37df020, 0x8000000000000001, 0, 0), 8);
    /* 93407c20 sxtw x0, w1 */
    ck_assert_uint_eq(run(0x93407c20, 0x80000000, 0, 0), 0xffffffff80000000);
    /* b37c0c40 bfi x0, x2, #4, #4 with x0 preset by run() to 0xdeadbeefdeadbeef */
    ck_assert_uint_eq(run(0xb37c0c40, 0, 0x5, 0), 0xdeadbeefdeadbe5f);
    /* 13017c20 asr w0, w1, #1 */
    ck_assert_uint_eq(run(0x13017c20, 0x80000000, 0, 0), 0xc0000000);
    /* EXTR 93c21020 extr x0, x1, x2, #4 */
    ck_assert_uint_eq(run(0x93c21020, 0xf, 0x10, 0), 0xf000000000000001);
}
END_TEST

START_TEST(conditional_select_and_compare)
{
    /* 9a821020 csel x0, x1, x2, ne */
    ck_assert_uint_eq(run(0x9a821020, 1, 2, Z), 2);
    ck_assert_uint_eq(run(0x9a821020, 1, 2, 0), 1);
    /* 9a9f17e0 cset x0, eq (csinc x0, xzr, xzr, ne) */
    ck_assert_uint_eq(run(0x9a9f17e0, 0, 0, Z), 1);
    /* da822420 csneg x0, x1, x2, cs */
    ck_assert_uint_eq(run(0xda822420, 1, 5, 0), (uint64_t)-5);
    /* fa421024 ccmp x1, x2, #4, ne: condition false -> NZCV = 0b0100 */
    run(0xfa421024, 1, 1, Z);
    ck_assert_uint_eq(h.cpu.nzcv, Z);
    /* condition true -> flags of x1 - x2 */
    run(0xfa421024, 1, 2, 0);
    ck_assert_uint_eq(h.cpu.nzcv, N);
    /* condition codes AL and NV both hold */
    ck_assert(condition_holds(14, 0) && condition_holds(15, 0));
    ck_assert(condition_holds(12, 0) && !condition_holds(12, Z)); /* GT */
    ck_assert(condition_holds(11, N) && !condition_holds(11, N | V)); /* LT */
}
END_TEST

START_TEST(multiply_high_and_long)
{
    /* 9bc27c20 umulh x0, x1, x2 */
    ck_assert_uint_eq(run(0x9bc27c20, ~0ull, ~0ull, 0), 0xfffffffffffffffe);
    /* 9b427c20 smulh x0, x1, x2: (-1) * (-1) = 1, high half 0 */
    ck_assert_uint_eq(run(0x9b427c20, ~0ull, ~0ull, 0), 0);
    /* 9b227c20 smull x0, w1, w2 */
    ck_assert_uint_eq(run(0x9b227c20, 0xffffffff, 2, 0), (uint64_t)-2);
    /* 9ba27c20 umull x0, w1, w2 */
    ck_assert_uint_eq(run(0x9ba27c20, 0xffffffff, 2, 0), 0x1fffffffe);
}
END_TEST

START_TEST(move_wide)
{
    /* d2a00020 mov x0, #0x10000 (movz hw=1) */
    ck_assert_uint_eq(run(0xd2a00020, 0, 0, 0), 0x10000);
    /* 12800000 mov w0, #-1 (movn w) */
    ck_assert_uint_eq(run(0x12800000, 0, 0, 0), 0xffffffff);
    /* f2e00020 movk x0, #0x1, lsl #48 on 0xdeadbeefdeadbeef */
    ck_assert_uint_eq(run(0xf2e00020, 0, 0, 0), 0x0001beefdeadbeef);
    /* 52c00020: movz w0 with hw=2 is unallocated */
    uint32_t bad = 0x52c00020;
    ck_assert_int_eq(harness_run(&h, &bad, 1), CPU_EXC_UNDEF);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("dp");
    TCase *tc = tcase_create("semantics");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, adds_subs_flags_edge_cases);
    tcase_add_test(tc, adc_sbc_use_the_carry);
    tcase_add_test(tc, register_31_is_sp_or_zr_by_form);
    tcase_add_test(tc, bitmask_immediates);
    tcase_add_test(tc, divide_by_zero_and_overflow);
    tcase_add_test(tc, count_leading_bits);
    tcase_add_test(tc, crc32_known_vectors);
    tcase_add_test(tc, bitfield_aliases);
    tcase_add_test(tc, conditional_select_and_compare);
    tcase_add_test(tc, multiply_high_and_long);
    tcase_add_test(tc, move_wide);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
