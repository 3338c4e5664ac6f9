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

START_TEST(post_index_fault_skips_writeback)
{
    /* f8408420 ldr x0, [x1], #8: the access is at the old base, which is unmapped */
    h.cpu.x[0] = 0x77;
    h.cpu.x[1] = 0x30000ff8;
    uint32_t word = 0xf8408420;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    ck_assert_uint_eq(h.cpu.exception.address, 0x30000ff8);
    ck_assert_uint_eq(h.cpu.x[0], 0x77);
    ck_assert_uint_eq(h.cpu.x[1], 0x30000ff8);
}
END_TEST

START_TEST(store_to_read_only_page_faults_without_writeback)
{
    ck_assert_int_eq(user_space_protect(&h.space, HARNESS_DATA, 0x1000, USER_PROT_READ), 0);
    /* f8008c22 str x2, [x1, #8]! */
    h.cpu.x[1] = HARNESS_DATA + 0x100;
    h.cpu.x[2] = 0x1122334455667788ull;
    uint32_t word = 0xf8008c22;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert(h.cpu.exception.is_write);
    ck_assert(h.cpu.exception.page_mapped);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + 0x108);
    ck_assert_uint_eq(h.cpu.x[1], HARNESS_DATA + 0x100);
    for (int i = 0x108; i < 0x110; i++)
        ck_assert_uint_eq(data[i], (uint8_t)i);
    /* 3d800421 str q1, [x1, #16]: SIMD&FP stores fault the same way */
    word = 0x3d800421;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + 0x110);
    /* Loads from the read-only page still work: f9400020 ldr x0, [x1] */
    word = 0xf9400020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x0706050403020100ull);
}
END_TEST

START_TEST(prefetches_never_fault)
{
    h.cpu.x[1] = 0x30000000; /* unmapped */
    h.cpu.x[2] = 0x123;
    const uint32_t code[] = {
        0xf9800020, /* prfm pldl1keep, [x1] */
        0xf89ff020, /* prfum pldl1keep, [x1, #-1] */
        0xf8a27833, /* prfm pstl2strm, [x1, x2, lsl #3] */
        0xf8a2c82c, /* prfm plil3keep, [x1, w2, sxtw] */
        0xd8100000, /* prfm pldl1keep, .+0x20000 (past the code pages) */
    };
    ck_assert_int_eq(harness_run(&h, code, 5), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[1], 0x30000000);
    /* The same literal offset as a load does fault: 58100000 ldr x0, .+0x20000 */
    uint32_t word = 0x58100000;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_CODE + 0x20000);
}
END_TEST

START_TEST(literal_loads)
{
    const uint32_t code[] = {
        0x580000c0, /* ldr x0, lit */
        0x980000a1, /* ldrsw x1, lit */
        0x180000a2, /* ldr w2, lit+4 */
        0x9c000063, /* ldr q3, lit */
        0x5cffff84, /* ldr d4, start (backwards) */
        0x14000005, /* b end (the terminator) */
        0x80000001, 0x90000002, 0xa0000003, 0xb0000004, /* lit: */
    };
    memset(&h.cpu.v[4], 0xff, 16);
    h.cpu.x[2] = ~0ull;
    ck_assert_int_eq(harness_run(&h, code, 10), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x9000000280000001ull);
    ck_assert_uint_eq(h.cpu.x[1], 0xffffffff80000001ull);
    ck_assert_uint_eq(h.cpu.x[2], 0x90000002ull);
    ck_assert_uint_eq(h.cpu.v[3].d[0], 0x9000000280000001ull);
    ck_assert_uint_eq(h.cpu.v[3].d[1], 0xb0000004a0000003ull);
    ck_assert_uint_eq(h.cpu.v[4].d[0], 0x980000a1580000c0ull);
    ck_assert_uint_eq(h.cpu.v[4].d[1], 0);
}
END_TEST

/* Encodings the Arm ARM leaves unallocated in the load/store classes. */
START_TEST(reserved_encodings_are_undefined)
{
    static const struct {
        uint32_t word;
        const char *what;
    } cases[] = {
        {0x7dc00020, "ldr q with size 01 (3dc00020 ldr q0, [x1] with size=01)"},
        {0xb9c00020, "ldrsw to W (b9800020 ldrsw x0, [x1] with opc=11)"},
        {0xf9c00020, "size 11 opc 11, unsigned offset"},
        {0xf8808c20, "prfm pre-index (size 11 opc 10, pre-index)"},
        {0xf8808420, "prfm post-index"},
        {0xf8800820, "prfm unprivileged"},
        {0x3c400820, "ldtr of a SIMD&FP register (V=1, unprivileged)"},
        {0x69000440, "stgp x0, x1, [x2] (memory tagging, not implemented)"},
        {0x68400820, "ldnp with opc 01 (no LDNPSW)"},
        {0xed400420, "ldp with V=1 opc 11"},
        {0xe9400440, "ldp with V=0 opc 11"},
        {0xf8620820, "ldr x0, [x1, w2, uxtb] (option<1> = 0)"},
        {0xf862b820, "ldr x0, [x1, w2, sxth #3] (option 101)"},
        {0xdc000000, "ldr literal of SIMD&FP with opc 11"},
        {0x48217c82, "casp x1, x2, x2, x3, [x4] (odd Rs)"},
        {0x48207c83, "casp x0, x1, x3, x4, [x4] (odd Rt)"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        h.cpu.x[1] = HARNESS_DATA;
        h.cpu.x[2] = HARNESS_DATA;
        h.cpu.x[4] = HARNESS_DATA;
        ck_assert_msg(harness_run(&h, &cases[i].word, 1) == CPU_EXC_UNDEF, "%s", cases[i].what);
        ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
        ck_assert_uint_eq(h.cpu.x[1], HARNESS_DATA);
    }
}
END_TEST

START_TEST(sp_base_and_zero_register)
{
    /* f81f0fe2 str x2, [sp, #-16]!; f94007e0 ldr x0, [sp, #8]; f940003f ldr xzr, [x1] */
    h.cpu.x[2] = 0xfeedfacecafebeefull;
    h.cpu.x[1] = HARNESS_DATA;
    uint64_t *stack = user_space_host(&h.space, HARNESS_STACK_TOP - 16, 16, USER_PROT_READ);
    stack[1] = 0x5555;
    const uint32_t code[] = {0xf81f0fe2, 0xf94007e0, 0xf940003f};
    ck_assert_int_eq(harness_run(&h, code, 3), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[31], HARNESS_STACK_TOP - 16);
    ck_assert_uint_eq(stack[0], 0xfeedfacecafebeefull);
    ck_assert_uint_eq(h.cpu.x[0], 0x5555);
    ck_assert_uint_eq(h.cpu.x[31], HARNESS_STACK_TOP - 16); /* ldr xzr did not write SP */
    /* f900003f str xzr, [x1]: stores zero */
    uint32_t word = 0xf900003f;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(*(uint64_t *)data, 0);
}
END_TEST

START_TEST(register_offset_scaling)
{
    h.cpu.x[1] = HARNESS_DATA + 0x100;
    h.cpu.x[2] = 3;
    /* f8627820 ldr x0, [x1, x2, lsl #3]: 0x118 */
    uint32_t word = 0xf8627820;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x1f1e1d1c1b1a1918ull);
    /* f862e820 ldr x0, [x1, x2, sxtx]: unscaled, -8 */
    h.cpu.x[2] = (uint64_t)-8;
    word = 0xf862e820;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0xfffefdfcfbfaf9f8ull);
    /* 38627820 ldrb w0, [x1, x2, lsl #0]: S=1 scales a byte by 1 */
    h.cpu.x[2] = 5;
    word = 0x38627820;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x05);
    /* fc627820 ldr d0, [x1, x2, lsl #3] */
    memset(&h.cpu.v[0], 0xff, 16);
    word = 0xfc627820;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x2f2e2d2c2b2a2928ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
}
END_TEST

START_TEST(pairs)
{
    h.cpu.x[1] = HARNESS_DATA + 0x108;
    /* 297f0820 ldp w0, w2, [x1, #-8] */
    h.cpu.x[0] = h.cpu.x[2] = ~0ull;
    uint32_t word = 0x297f0820;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x03020100);
    ck_assert_uint_eq(h.cpu.x[2], 0x07060504);
    /* 69400820 ldpsw x0, x2, [x1] with the sign bits set in the second word */
    data[0x10f] = 0x80;
    word = 0x69400820;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x0b0a0908);
    ck_assert_uint_eq(h.cpu.x[2], 0xffffffff800e0d0cull);
    /* 29008c22 stp w2, w3, [x1, #4] */
    h.cpu.x[2] = 0xaaaaaaaa11111111ull;
    h.cpu.x[3] = 0xbbbbbbbb22222222ull;
    word = 0x29008c22;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    static const uint8_t want[10] = {0x0b, 0x11, 0x11, 0x11, 0x11, 0x22, 0x22, 0x22, 0x22, 0x14};
    ck_assert_mem_eq(data + 0x10b, want, 10);
    /* 2d400420 ldp s0, s1, [x1]: both registers zeroed above 32 bits */
    memset(&h.cpu.v[0], 0xff, 32);
    word = 0x2d400420;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.v[0].d[0], 0x0b0a0908ull);
    ck_assert_uint_eq(h.cpu.v[1].d[0], 0x11111111ull);
    ck_assert_uint_eq(h.cpu.v[0].d[1] | h.cpu.v[1].d[1], 0);
    /* ad400420 ldp q0, q1, [x1] across the page at 0x1000 */
    h.cpu.x[1] = HARNESS_DATA + 0xff0;
    word = 0xad400420;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.v[0].d[1], 0xfffefdfcfbfaf9f8ull);
    ck_assert_uint_eq(h.cpu.v[1].d[0], 0x0706050403020100ull);
}
END_TEST

/*
 * Writeback onto the transfer register is CONSTRAINED UNPREDICTABLE; ferry
 * makes qemu-aarch64's choice (tests/diff/ldst_writeback.c compares them):
 * a load writes Rt and then the base, a store stores the old register.
 */
START_TEST(writeback_overlapping_the_transfer_register)
{
    h.cpu.x[1] = HARNESS_DATA + 0x200;
    /* f8408c21 ldr x1, [x1, #8]! */
    uint32_t word = 0xf8408c21;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[1], HARNESS_DATA + 0x208);
    /* f8008c21 str x1, [x1, #8]!: stores the base before writeback */
    word = 0xf8008c21;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[1], HARNESS_DATA + 0x210);
    uint64_t stored;
    memcpy(&stored, data + 0x210, 8);
    ck_assert_uint_eq(stored, HARNESS_DATA + 0x208);
}
END_TEST

START_TEST(acquire_release_and_cas_alignment)
{
    uint32_t word;
    h.cpu.x[1] = HARNESS_DATA + 4;
    h.cpu.x[2] = 0x42;
    /* c8dffc20 ldar x0, [x1]; c89ffc22 stlr x2, [x1]; 88a27c20 cas w2, w0, [x1] is aligned */
    word = 0xc8dffc20;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_ALIGNMENT);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + 4);
    word = 0xc89ffc22;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_ALIGNMENT);
    ck_assert_uint_eq(data[4], 4);
    word = 0x88a27c20;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    /* b8bfc020 ldapr w0, [x1] at +2 */
    h.cpu.x[1] = HARNESS_DATA + 2;
    word = 0xb8bfc020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_ALIGNMENT);
    /* 48207c82 casp x0, x1, x2, x3, [x4]: 16-byte alignment */
    h.cpu.x[4] = HARNESS_DATA + 8;
    word = 0x48207c82;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_ALIGNMENT);
    /* Aligned LDAR from an unmapped page is a data abort, not an alignment fault. */
    h.cpu.x[1] = 0x30000000;
    h.cpu.x[0] = 9;
    word = 0xc8dffc20;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.x[0], 9);
}
END_TEST

START_TEST(lse_results)
{
    uint64_t *slot = (uint64_t *)(data + 0x40);
    h.cpu.x[1] = HARNESS_DATA + 0x40;
    /* 78224020 ldsmaxh w2, w0, [x1]: 0x8000 (-32768) vs 0x0005 -> 5; old zero-extended */
    *slot = 0x1111111111118000ull;
    h.cpu.x[2] = 0xffffffffffff0005ull;
    uint32_t word = 0x78224020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x8000);
    ck_assert_uint_eq(*slot, 0x1111111111110005ull);
    /* b822703f stumin w2, [x1]: unsigned 32-bit min of 0x11110005 and 0xffff0005 */
    word = 0xb822703f;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(*slot, 0x1111111111110005ull);
    /* f8e28020 swpal x2, x0, [x1] */
    h.cpu.x[2] = 0xabcdef;
    word = 0xf8e28020;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x1111111111110005ull);
    ck_assert_uint_eq(*slot, 0xabcdef);
    /* 08a27c20 casb w2, w0, [x1]: compares the low byte of w2 only */
    h.cpu.x[2] = 0x7700ef;
    h.cpu.x[0] = 0x99;
    word = 0x08a27c20;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[2], 0xef);
    ck_assert_uint_eq(*slot, 0xabcd99);
    /* 0860fc82 caspal w0, w1, w2, w3, [x4] */
    h.cpu.x[4] = HARNESS_DATA + 0x40;
    h.cpu.x[0] = 0xabcd99;
    h.cpu.x[1] = 0;
    h.cpu.x[2] = 0x01234567;
    h.cpu.x[3] = 0x89abcdef;
    word = 0x0860fc82;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(*slot, 0x89abcdef01234567ull);
    ck_assert_uint_eq(h.cpu.x[0], 0xabcd99);
    ck_assert_uint_eq(h.cpu.x[1], 0);
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
    tcase_add_test(tc, post_index_fault_skips_writeback);
    tcase_add_test(tc, store_to_read_only_page_faults_without_writeback);
    tcase_add_test(tc, prefetches_never_fault);
    tcase_add_test(tc, literal_loads);
    tcase_add_test(tc, reserved_encodings_are_undefined);
    tcase_add_test(tc, sp_base_and_zero_register);
    tcase_add_test(tc, register_offset_scaling);
    tcase_add_test(tc, pairs);
    tcase_add_test(tc, writeback_overlapping_the_transfer_register);
    tcase_add_test(tc, acquire_release_and_cas_alignment);
    tcase_add_test(tc, lse_results);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
