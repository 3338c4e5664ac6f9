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

/* Runs one word that must be UNDEFINED: the run stops at it with CPU_EXC_UNDEF, PC on it. */
static void expect_undef(uint32_t word)
{
    h.cpu.x[0] = 0x1111;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_UNDEF);
    ck_assert_uint_eq(h.cpu.exception.syndrome, word);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    ck_assert_uint_eq(h.cpu.x[0], 0x1111); /* nothing written */
}

START_TEST(reserved_encodings_are_undefined)
{
    expect_undef(0x8bc20020); /* add x0, x1, x2 with shift = 11 */
    expect_undef(0x4bc20020); /* sub w0, w1, w2 with shift = 11 */
    expect_undef(0x0b028020); /* add w0, w1, w2, lsl #32 */
    expect_undef(0x0a028020); /* and w0, w1, w2, lsl #32 */
    expect_undef(0x8b227420); /* add x0, x1, x2, sxtx #5 (imm3 > 4) */
    expect_undef(0xd3000020); /* ubfm x0, x1 with N = 0 */
    expect_undef(0x53400020); /* ubfm w0, w1 with N = 1 */
    expect_undef(0x53008020); /* ubfm w0, w1, #0, #32 */
    expect_undef(0x93820020); /* extr x0, x1, x2 with N = 0 */
    expect_undef(0x13828020); /* extr w0, w1, w2, #32 */
    expect_undef(0x9ac24020); /* crc32b with sf = 1 */
    expect_undef(0x12c00020); /* movn w0, #1, lsl #32 */
    expect_undef(0x72c00020); /* movk w0, #1, lsl #32 */
    expect_undef(0x1ac24c20); /* crc32x with sf = 0 */
}
END_TEST

START_TEST(add_with_carry_pseudocode)
{
    uint32_t nzcv;
    /* 32 bits: 0x7fffffff + 1 overflows signed only */
    ck_assert_uint_eq(add_with_carry(0, 0x7fffffff, 1, 0, &nzcv), 0x80000000);
    ck_assert_uint_eq(nzcv, N | V);
    /* 0 - 1 as 0 + NOT(1) + 1: negative, borrow (C clear) */
    ck_assert_uint_eq(add_with_carry(0, 0, ~1ull, 1, &nzcv), 0xffffffff);
    ck_assert_uint_eq(nzcv, N);
    ck_assert_uint_eq(add_with_carry(1, 0, ~1ull, 1, &nzcv), ~0ull);
    ck_assert_uint_eq(nzcv, N);
    /* carry-in alone produces the carry out: 0xffffffff + 0 + 1 */
    ck_assert_uint_eq(add_with_carry(0, 0xffffffff, 0, 1, &nzcv), 0);
    ck_assert_uint_eq(nzcv, Z | C);
    ck_assert_uint_eq(add_with_carry(1, ~0ull, 0, 1, &nzcv), 0);
    ck_assert_uint_eq(nzcv, Z | C);
    /* 32-bit operation ignores the upper halves of its inputs */
    ck_assert_uint_eq(add_with_carry(0, 0xffffffff00000002, 0x1234567800000003, 0, &nzcv), 5);
    ck_assert_uint_eq(nzcv, 0);
    /* INT64_MIN + INT64_MIN + 1: carry and overflow, result 1 */
    ck_assert_uint_eq(add_with_carry(1, 1ull << 63, 1ull << 63, 1, &nzcv), 1);
    ck_assert_uint_eq(nzcv, C | V);
    /* -1 + -1 at 32 bits: negative with carry, no overflow */
    ck_assert_uint_eq(add_with_carry(0, 0xffffffff, 0xffffffff, 0, &nzcv), 0xfffffffe);
    ck_assert_uint_eq(nzcv, N | C);
}
END_TEST

/* ConditionHolds() written out as the Arm ARM's case statement, for all 16 x 16 inputs. */
START_TEST(condition_holds_every_code_and_flags)
{
    for (unsigned flags = 0; flags < 16; flags++) {
        bool n = flags & 8, z = flags & 4, c = flags & 2, v = flags & 1;
        for (unsigned cond = 0; cond < 16; cond++) {
            bool result;
            switch (cond >> 1) {
            case 0: result = z; break;
            case 1: result = c; break;
            case 2: result = n; break;
            case 3: result = v; break;
            case 4: result = c && !z; break;
            case 5: result = n == v; break;
            case 6: result = n == v && !z; break;
            default: result = true; break;
            }
            if ((cond & 1) && cond != 15)
                result = !result;
            ck_assert_msg(condition_holds(cond, flags << 28) == result, "cond %u flags %x", cond,
                          flags);
        }
    }
}
END_TEST

START_TEST(bitfield_masks_tmask)
{
    uint64_t w, t;
    /* UBFM x, #4, #63 (lsr #4): wmask all ones rotated, tmask = ones(60); all-ones is fine here */
    ck_assert(decode_bit_masks(1, 63, 4, false, 64, &w, &t));
    ck_assert_uint_eq(w, ~0ull);
    ck_assert_uint_eq(t, (1ull << 60) - 1);
    /* UBFM x, #61, #60 (lsl #3): wmask = ROR(ones(61), 61), tmask = ones(64) */
    ck_assert(decode_bit_masks(1, 60, 61, false, 64, &w, &t));
    ck_assert_uint_eq(w, ~0ull << 3);
    ck_assert_uint_eq(t, ~0ull);
    /* 32-bit UBFM w, #8, #15 (ubfx #8, #8): tmask = ones(8) */
    ck_assert(decode_bit_masks(0, 15, 8, false, 32, &w, &t));
    ck_assert_uint_eq(w, 0xff0000ff);
    ck_assert_uint_eq(t, 0xff);
    /* Logical immediate: immr bits above the element size are ignored (esize 2, immr 0b111110) */
    ck_assert(decode_bit_masks(0, 0x3c, 0x3e, true, 64, &w, &t));
    ck_assert_uint_eq(w, 0x5555555555555555ull);
    ck_assert(decode_bit_masks(0, 0x3c, 0x3f, true, 64, &w, &t));
    ck_assert_uint_eq(w, 0xaaaaaaaaaaaaaaaaull);
}
END_TEST

START_TEST(register_31_in_register_forms)
{
    h.cpu.x[31] = 0x8000;
    /* 8b02003f add xzr, x1, x2: result discarded, SP untouched */
    run(0x8b02003f, 1, 2, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0x8000);
    /* cb0203e0 neg x0, x2 (sub x0, xzr, x2) */
    ck_assert_uint_eq(run(0xcb0203e0, 0, 5, 0), (uint64_t)-5);
    /* cb8207e0 neg x0, x2, asr #1 */
    ck_assert_uint_eq(run(0xcb8207e0, 0, (uint64_t)-8, 0), 4);
    /* ea02003f tst x1, x2 */
    run(0xea02003f, 0x8000000000000000, 0x8000000000000001, C | V);
    ck_assert_uint_eq(h.cpu.nzcv, N);
    ck_assert_uint_eq(h.cpu.x[31], 0x8000);
    /* d2401c3f eor sp, x1, #0xff */
    run(0xd2401c3f, 0x1234, 0, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0x12cb);
    /* 927cec3f and sp, x1, #0xfffffffffffffff0 */
    run(0x927cec3f, 0x7777, 0, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0x7770);
    /* eb2263ff cmp sp, x2 (subs xzr, sp, x2, uxtx): SP read, not written */
    run(0xeb2263ff, 0, 0x7770, 0);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C);
    ck_assert_uint_eq(h.cpu.x[31], 0x7770);
    /* d10007ff sub sp, sp, #1 */
    run(0xd10007ff, 0, 0, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0x776f);
    /* 1000001f adr xzr, .: discarded */
    run(0x1000001f, 0, 0, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0x776f);
}
END_TEST

START_TEST(w_forms_zero_extend_and_wrap)
{
    /* 0b020020 add w0, w1, w2: upper input bits ignored, result zero-extended */
    ck_assert_uint_eq(run(0x0b020020, 0xffffffff00000001, 0xffffffff00000002, 0), 3);
    /* 31000420 adds w0, w1, #1 on 0x7fffffff */
    ck_assert_uint_eq(run(0x31000420, 0x7fffffff, 0, 0), 0x80000000);
    ck_assert_uint_eq(h.cpu.nzcv, N | V);
    /* 71000420 subs w0, w1, #1 on 0 */
    ck_assert_uint_eq(run(0x71000420, 0xffffffff00000000, 0, 0), 0xffffffff);
    ck_assert_uint_eq(h.cpu.nzcv, N);
    /* 1ac20820 udiv w0, w1, w2 uses only the low words */
    ck_assert_uint_eq(run(0x1ac20820, 0x1000000064, 0xff0000000a, 0), 10);
    /* 1ac22020 lsl w0, w1, w2: amount is w2 mod 32 */
    ck_assert_uint_eq(run(0x1ac22020, 0x80000001, 33, 0), 2);
    /* 1ac22820 asr w0, w1, w2 */
    ck_assert_uint_eq(run(0x1ac22820, 0x80000000, 31 + 64, 0), 0xffffffff);
    /* 9ac22c20 ror x0, x1, x2: amount mod 64 */
    ck_assert_uint_eq(run(0x9ac22c20, 0x1, 65, 0), 0x8000000000000000);
}
END_TEST

START_TEST(bit_and_byte_reversal)
{
    /* 5ac00020 rbit w0, w1; dac00020 rbit x0, x1 */
    ck_assert_uint_eq(run(0x5ac00020, 0xffffffff00000001, 0, 0), 0x80000000);
    ck_assert_uint_eq(run(0xdac00020, 0x3, 0, 0), 0xc000000000000000);
    /* dac00420 rev16 x0, x1 */
    ck_assert_uint_eq(run(0xdac00420, 0x0011223344556677, 0, 0), 0x1100332255447766);
    /* dac00820 rev32 x0, x1 */
    ck_assert_uint_eq(run(0xdac00820, 0x0011223344556677, 0, 0), 0x3322110077665544);
    /* 5ac00820 rev w0, w1 */
    ck_assert_uint_eq(run(0x5ac00820, 0x0011223344556677, 0, 0), 0x77665544);
    /* dac00c20 rev x0, x1 */
    ck_assert_uint_eq(run(0xdac00c20, 0x0011223344556677, 0, 0), 0x7766554433221100);
    /* clz/cls of all ones: dac01020 clz x0, x1 -> 0; 5ac01420 cls w0, w1 -> 31 */
    ck_assert_uint_eq(run(0xdac01020, ~0ull, 0, 0), 0);
    ck_assert_uint_eq(run(0x5ac01420, 0xffffffff, 0, 0), 31);
}
END_TEST

START_TEST(more_select_compare_multiply)
{
    /* da820020 csinv x0, x1, x2, eq */
    ck_assert_uint_eq(run(0xda820020, 7, 0, 0), ~0ull);
    ck_assert_uint_eq(run(0xda820020, 7, 0, Z), 7);
    /* ba421020 ccmn x1, x2, #0, ne: true -> flags of x1 + x2 */
    run(0xba421020, ~0ull, 1, 0);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C);
    run(0xba421020, ~0ull, 1, Z | V);
    ck_assert_uint_eq(h.cpu.nzcv, 0);
    /* 7a5f2822 ccmp w1, #31, #2, cs: true -> flags of w1 - 31; false -> 0b0010 */
    run(0x7a5f2822, 31, 0, C);
    ck_assert_uint_eq(h.cpu.nzcv, Z | C);
    run(0x7a5f2822, 31, 0, N);
    ck_assert_uint_eq(h.cpu.nzcv, C);
    /* 9b220c20 smaddl x0, w1, w2, x3 */
    h.cpu.x[3] = 100;
    ck_assert_uint_eq(run(0x9b220c20, 0xfffffffe, 3, 0), 94);
    /* 9ba28c20 umsubl x0, w1, w2, x3 */
    h.cpu.x[3] = 0;
    ck_assert_uint_eq(run(0x9ba28c20, 0xffffffff, 0xffffffff, 0), (uint64_t)-0xfffffffe00000001);
}
END_TEST

START_TEST(pc_relative_addresses)
{
    /* 10ffffe0 adr x0, .-4 */
    ck_assert_uint_eq(run(0x10ffffe0, 0, 0, 0), HARNESS_CODE - 4);
    /* 707fffe0 adr x0, .+0xfffff (largest positive offset) */
    ck_assert_uint_eq(run(0x707fffe0, 0, 0, 0), HARNESS_CODE + 0xfffff);
    /* b0000000 adrp x0, .+0x1000 (immlo = 1) */
    ck_assert_uint_eq(run(0xb0000000, 0, 0, 0), HARNESS_CODE + 0x1000);
    /* 90800000 adrp x0 with immhi:immlo = -0x100000 pages (-4 GiB) */
    ck_assert_uint_eq(run(0x90800000, 0, 0, 0), HARNESS_CODE - 0x100000000ull);
}
END_TEST

START_TEST(bitfield_corner_cases)
{
    /* 937ff820 sbfiz x0, x1, #1, #63 */
    ck_assert_uint_eq(run(0x937ff820, 0x4000000000000001, 0, 0), 0x8000000000000002);
    /* 331f7c20 bfxil w0, w1, #31, #1 onto 0xdeadbeef (x0 preset by run) */
    ck_assert_uint_eq(run(0x331f7c20, 0x80000000, 0, 0), 0xdeadbeef);
    ck_assert_uint_eq(run(0x331f7c20, 0, 0, 0), 0xdeadbeee);
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
    tcase_add_test(tc, reserved_encodings_are_undefined);
    tcase_add_test(tc, add_with_carry_pseudocode);
    tcase_add_test(tc, condition_holds_every_code_and_flags);
    tcase_add_test(tc, bitfield_masks_tmask);
    tcase_add_test(tc, register_31_in_register_forms);
    tcase_add_test(tc, w_forms_zero_extend_and_wrap);
    tcase_add_test(tc, bit_and_byte_reversal);
    tcase_add_test(tc, more_select_compare_multiply);
    tcase_add_test(tc, pc_relative_addresses);
    tcase_add_test(tc, bitfield_corner_cases);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
