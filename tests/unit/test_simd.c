/*
 * Integer Advanced SIMD semantics against values worked out by hand from
 * the Arm ARM pseudocode. Encodings come from binutils (disassembly in the
 * comments); v1, v2, v3 are inputs and v0 the result unless a comment says
 * otherwise. Lane 0 is the least significant.
 */
#include <check.h>
#include <string.h>

#include "tests/unit/harness.h"

static struct harness h;

static void setup(void)
{
    harness_init(&h);
}
static void teardown(void)
{
    harness_free(&h);
}

static void set_v(unsigned n, uint64_t lo, uint64_t hi)
{
    h.cpu.v[n].d[0] = lo;
    h.cpu.v[n].d[1] = hi;
}

static void run1(uint32_t word)
{
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
}

START_TEST(q0_forms_zero_the_upper_half)
{
    set_v(0, 0x1111111111111111ull, 0x2222222222222222ull);
    set_v(1, 0x0102030405060708ull, 0xffffffffffffffffull);
    set_v(2, 0x10203040506070ffull, 0xffffffffffffffffull);
    run1(0x0e228420); /* add v0.8b, v1.8b, v2.8b: bytes wrap, bits 127:64 cleared */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x1122334455667707ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
}
END_TEST

START_TEST(dup_from_general_replicates_the_low_bits)
{
    h.cpu.x[1] = 0xdeadbeef12345678ull;
    run1(0x4e020c20); /* dup v0.8h, w1 */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x5678567856785678ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x5678567856785678ull);
}
END_TEST

START_TEST(umov_zero_extends_and_smov_sign_extends)
{
    set_v(1, 0x1234800055667788ull, 0x80ffeeddccbbaa99ull);
    h.cpu.x[0] = ~0ull;
    run1(0x0e1f3c20); /* umov w0, v1.b[15] */
    ck_assert_uint_eq(h.cpu.x[0], 0x80);
    run1(0x4e0e2c20); /* smov x0, v1.h[3] = 0x1234 */
    ck_assert_uint_eq(h.cpu.x[0], 0x1234);
    set_v(1, 0x1234800055667788ull, 0);
    run1(0x0e012c20); /* smov w0, v1.b[0] = 0x88 -> 0xffffff88, zero-extended into X0 */
    ck_assert_uint_eq(h.cpu.x[0], 0xffffff88ull);
}
END_TEST

START_TEST(ins_keeps_the_other_lanes)
{
    set_v(0, 0x0000000011111111ull, 0x2222222233333333ull);
    set_v(1, 0, 0xaaaaaaaa00000000ull);
    run1(0x6e0c6420); /* mov v0.s[1], v1.s[3] */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0xaaaaaaaa11111111ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x2222222233333333ull);
    h.cpu.x[1] = 0xffffffffffffbeefull;
    run1(0x4e0a1c20); /* mov v0.h[2], w1 */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0xaaaabeef11111111ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x2222222233333333ull);
}
END_TEST

START_TEST(movi_byte_mask)
{
    set_v(0, 1, 1);
    /* 6f05e4c0 movi v0.2d, #0xff00ff0000ffff00: cmode 1110, op 1, abcdefgh = 10100110 */
    run1(0x6f05e4c0);
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0xff00ff0000ffff00ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0xff00ff0000ffff00ull);
}
END_TEST

START_TEST(cmeq_gives_all_ones_lanes)
{
    set_v(1, 0x0000000500000007ull, 0x8000000000000000ull);
    set_v(2, 0x0000000500000006ull, 0x8000000000000001ull);
    run1(0x6ea28c20); /* cmeq v0.4s, v1.4s, v2.4s */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0xffffffff00000000ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0xffffffff00000000ull);
}
END_TEST

START_TEST(shrn_narrows_into_either_half)
{
    set_v(0, 0x1111111111111111ull, 0x2222222222222222ull);
    /* halfwords (lane 0 first): fff0 0ff0 abcd 1234 ffff 8001 0010 000f */
    set_v(1, 0x1234abcd0ff0fff0ull, 0x000f00108001ffffull);
    /* 0f0c8420 shrn v0.8b, v1.8h, #4: low byte of each halfword >> 4; upper half cleared */
    run1(0x0f0c8420);
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x000100ff23bcffffull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
    /* 4f0c8420 shrn2 v0.16b, v1.8h, #4: the upper half, the lower one kept */
    set_v(0, 0x1111111111111111ull, 0x2222222222222222ull);
    run1(0x4f0c8420);
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x1111111111111111ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x000100ff23bcffffull);
}
END_TEST

START_TEST(addp_adds_adjacent_pairs_of_the_concatenation)
{
    set_v(1, 0x0000000200000001ull, 0x00000003ffffffffull); /* 1, 2, 0xffffffff, 3 */
    set_v(2, 0x000000140000000aull, 0x000000280000001eull); /* 10, 20, 30, 40 */
    run1(0x4ea2bc20); /* addp v0.4s, v1.4s, v2.4s: 1+2, 0xffffffff+3 (wraps), 10+20, 30+40 */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0000000200000003ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x000000460000001eull);
}
END_TEST

START_TEST(tbl_zeroes_and_tbx_keeps_out_of_range_lanes)
{
    /* table {v1, v2}: byte i is 0x40 + i for i = 0..31 */
    set_v(1, 0x4746454443424140ull, 0x4f4e4d4c4b4a4948ull);
    set_v(2, 0x5756555453525150ull, 0x5f5e5d5c5b5a5958ull);
    /* indices 0, 31, 32, 255, 16, 5, then 32 */
    set_v(3, 0x20200510ff201f00ull, 0x2020202020202020ull);
    set_v(0, 0x9999999999999999ull, 0x9999999999999999ull);
    run1(0x4e032020); /* tbl v0.16b, {v1.16b, v2.16b}, v3.16b */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0000455000005f40ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
    set_v(0, 0x9999999999999999ull, 0x9999999999999999ull);
    run1(0x4e033020); /* tbx v0.16b, {v1.16b, v2.16b}, v3.16b */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x9999455099995f40ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x9999999999999999ull);
}
END_TEST

START_TEST(ld1_four_registers_post_indexed_by_register)
{
    uint8_t *data = harness_data(&h, 0);
    for (unsigned i = 0; i < 64; i++)
        data[i] = (uint8_t)i;
    h.cpu.x[1] = HARNESS_DATA;
    h.cpu.x[2] = 100;
    run1(0x4cc22020); /* ld1 {v0.16b-v3.16b}, [x1], x2 */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0706050403020100ull);
    ck_assert_uint_eq(h.cpu.v[1].d[1], 0x1f1e1d1c1b1a1918ull);
    ck_assert_uint_eq(h.cpu.v[2].d[0], 0x2726252423222120ull);
    ck_assert_uint_eq(h.cpu.v[3].d[1], 0x3f3e3d3c3b3a3938ull);
    ck_assert_uint_eq(h.cpu.x[1], HARNESS_DATA + 100);
}
END_TEST

START_TEST(ld1r_replicates_and_st1_lane_stores_one_element)
{
    uint8_t *data = harness_data(&h, 0);
    data[0] = 0x00;
    data[1] = 0x01;
    h.cpu.x[1] = HARNESS_DATA;
    set_v(0, ~0ull, ~0ull);
    run1(0x0d40c420); /* ld1r {v0.4h}, [x1] */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0100010001000100ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
    set_v(1, 0, 0xcafef00d00000000ull);
    h.cpu.x[1] = HARNESS_DATA + 8;
    run1(0x4d9f9021); /* st1 {v1.s}[3], [x1], #4 */
    uint32_t word;
    memcpy(&word, data + 8, 4);
    ck_assert_uint_eq(word, 0xcafef00d);
    ck_assert_uint_eq(h.cpu.x[1], HARNESS_DATA + 12);
}
END_TEST

START_TEST(sqshl_saturates_and_sets_qc)
{
    set_v(1, 0x0000000200000001ull, 0x00000000ffffffffull); /* 1, 2, -1, 0 */
    h.cpu.fpsr = 0;
    run1(0x4f3f7420); /* sqshl v0.4s, v1.4s, #31 */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x7fffffff7fffffffull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x0000000080000000ull);
    ck_assert_uint_eq(h.cpu.fpsr, 1u << 27);
}
END_TEST

START_TEST(bit_ext_uzp1_addv)
{
    set_v(0, 0x00000000ffffffffull, 0x0123456789abcdefull);
    set_v(1, 0xaaaaaaaaaaaaaaaaull, 0x5555555555555555ull);
    set_v(2, 0xff00ff00ff00ff00ull, 0x0000000000000000ull);
    run1(0x6ea21c20); /* bit v0.16b, v1.16b, v2.16b: v1's bits where v2 is 1 */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0xaa00aa00aaffaaffull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x0123456789abcdefull);
    set_v(1, 0x1111111111111111ull, 0x2222222222222222ull);
    set_v(2, 0x3333333333333333ull, 0x4444444444444444ull);
    run1(0x6e024020); /* ext v0.16b, v1.16b, v2.16b, #8 */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x2222222222222222ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x3333333333333333ull);
    set_v(1, 0x0000000100000000ull, 0x0000000300000002ull);
    set_v(2, 0x0000000500000004ull, 0x0000000700000006ull);
    run1(0x4e821820); /* uzp1 v0.4s, v1.4s, v2.4s: even lanes 0, 2, 4, 6 */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0000000200000000ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x0000000600000004ull);
    set_v(1, 0xffffffffffffffffull, 0x0102030405060708ull); /* 8 * 0xff + 36 = 0x81c */
    run1(0x4e31b820); /* addv b0, v1.16b: the byte sum, rest of v0 zeroed */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x1c);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
}
END_TEST

START_TEST(reserved_arrangements_are_undefined)
{
    static const uint32_t words[] = {
        0x0ee28420, /* add v0.1d, v1.1d, v2.1d (size 11, Q 0) */
        0x0c408c20, /* ld2 {v0.1d, v1.1d}, [x1] */
        0x2e024020, /* ext v0.8b, v1.8b, v2.8b, #8 */
        0x0e083c20, /* umov w0, v1.d[0] (a D lane needs X) */
        0x0eb1b820, /* addv s0, v1.2s */
        0x0e080c20, /* dup v0.1d, x1 */
        0x4ee2a420, /* smaxp v0.2d, v1.2d, v2.2d */
        0x2f03f400, /* fmov v0.2d, #0.5 with Q=0: the 1D form is reserved */
        0x0ee00020, /* saddl with size 11 */
        0x0e22d020, /* sqdmull with size 00 */
        0x2e62d020, /* sqdmull with U=1 */
        0x2e216820, /* fcvtxn with sz=0 (a single source) */
        0x0f40e420, /* scvtf v0.1d, v1.1d, #64 (Q=0) */
        0x4f028020, /* mul by element, size 00 */
        0x4fc28020, /* mul by element, size 11 */
        0x4fe29020, /* fmul v0.2d by element with L=1 */
        0x0fc29020, /* fmul v0.1d by element (Q=0) */
        0x5ea28420, /* add s0, s1, s2: scalar ADD is D only */
        0x5e22b420, /* sqdmulh b0, b1, b2 */
        0x7e22d420, /* fabd with A=0 */
        0x5ea2dc20, /* fmulx with A=1 */
        0x5ea0b820, /* abs s0, s1: scalar ABS is D only */
        0x5ee14820, /* sqxtn with size 11 */
        0x7ee16820, /* fcvtxn with A=1 */
        0x5ea1c820, /* fcvtas with A=1 */
        0x5f3f0420, /* sshr on an S element: scalar SSHR is D only */
        0x5f7f9420, /* sqshrn with immh 1xxx */
        0x5f070420, /* scalar shift with immh 0000 */
        0x5e22d020, /* scalar sqdmull with size 00 */
        0x7e62d020, /* scalar sqdmull with U=1 */
        0x5f02c020, /* scalar sqdmulh by element, size 00 */
        0x5fc2c020, /* scalar sqdmulh by element, size 11 */
        0x5f429020, /* scalar fmul by element, size 01 */
        0x5fe29020, /* fmul d0, d1, v2.d[1] with L=1 */
        0x5eb1b820, /* scalar addp with size 10: only 2D is allocated */
        0x5e100420, /* scalar dup with imm5 x0000 */
        0x5e010c20, /* scalar copy with imm4 0001 */
        /* defined, but by features ferry does not implement nor advertise */
        0x7f82d020, /* sqrdmlah s0, s1, v2.s[0] (FEAT_RDM) */
        0x5f029020, /* fmul h0, h1, v2.h[0] (FEAT_FP16) */
    };
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        ck_assert_msg(harness_run(&h, &words[i], 1) == CPU_EXC_UNDEF, "0x%08x", words[i]);
        harness_free(&h);
        harness_init(&h);
    }
}
END_TEST

START_TEST(rev_reverses_elements_in_their_containers)
{
    set_v(1, 0x0706050403020100ull, 0x0f0e0d0c0b0a0908ull);
    run1(0x4e200820); /* rev64 v0.16b, v1.16b */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0001020304050607ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x08090a0b0c0d0e0full);
    run1(0x6e600820); /* rev32 v0.8h, v1.8h */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0504070601000302ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x0d0c0f0e09080b0aull);
    run1(0x0e201820); /* rev16 v0.8b, v1.8b: bits 127:64 cleared */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0607040502030001ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
    run1(0x4ea00820); /* rev64 v0.4s, v1.4s */
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0302010007060504ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0x0b0a09080f0e0d0cull);
}
END_TEST

START_TEST(ld1_st1_post_indexed_by_register)
{
    uint8_t *data = harness_data(&h, 0);
    for (unsigned i = 0; i < 64; i++)
        data[i] = (uint8_t)i;
    h.cpu.x[9] = HARNESS_DATA + 16;
    h.cpu.x[10] = 32;
    run1(0x4cca7123); /* ld1 {v3.16b}, [x9], x10 */
    ck_assert_uint_eq(h.cpu.v[3].d[0], 0x1716151413121110ull);
    ck_assert_uint_eq(h.cpu.v[3].d[1], 0x1f1e1d1c1b1a1918ull);
    ck_assert_uint_eq(h.cpu.x[9], HARNESS_DATA + 48);
    set_v(4, 0xa0a0a0a0a0a0a0a0ull, 0xb0b0b0b0b0b0b0b0ull);
    h.cpu.x[9] = HARNESS_DATA;
    run1(0x4c8aa123); /* st1 {v3.16b, v4.16b}, [x9], x10 */
    ck_assert_uint_eq(data[0], 0x10);
    ck_assert_uint_eq(data[31], 0xb0);
    ck_assert_uint_eq(h.cpu.x[9], HARNESS_DATA + 32);
    h.cpu.x[9] = HARNESS_DATA + 32;
    run1(0x4cc97123); /* ld1 {v3.16b}, [x9], x9: the base doubles */
    ck_assert_uint_eq(h.cpu.v[3].d[0], 0x2726252423222120ull);
    ck_assert_uint_eq(h.cpu.x[9], 2 * (HARNESS_DATA + 32));
}
END_TEST

static Suite *simd_suite(void)
{
    Suite *s = suite_create("simd");
    TCase *tc = tcase_create("integer");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, q0_forms_zero_the_upper_half);
    tcase_add_test(tc, dup_from_general_replicates_the_low_bits);
    tcase_add_test(tc, umov_zero_extends_and_smov_sign_extends);
    tcase_add_test(tc, ins_keeps_the_other_lanes);
    tcase_add_test(tc, movi_byte_mask);
    tcase_add_test(tc, cmeq_gives_all_ones_lanes);
    tcase_add_test(tc, shrn_narrows_into_either_half);
    tcase_add_test(tc, addp_adds_adjacent_pairs_of_the_concatenation);
    tcase_add_test(tc, tbl_zeroes_and_tbx_keeps_out_of_range_lanes);
    tcase_add_test(tc, ld1_four_registers_post_indexed_by_register);
    tcase_add_test(tc, ld1r_replicates_and_st1_lane_stores_one_element);
    tcase_add_test(tc, sqshl_saturates_and_sets_qc);
    tcase_add_test(tc, bit_ext_uzp1_addv);
    tcase_add_test(tc, reserved_arrangements_are_undefined);
    tcase_add_test(tc, rev_reverses_elements_in_their_containers);
    tcase_add_test(tc, ld1_st1_post_indexed_by_register);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(simd_suite());
}
