/*
 * Decoder tests: the real table builds (so it has no undeclared overlaps),
 * every row is reachable by a sample encoding of its own, the overlap rule
 * and pattern errors behave as decode.h promises, and hand-encoded words
 * (disassembly from binutils in the comments) decode to the right rows.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/a64/decode.h"
#include "cpu/a64/exec.h"
#include "tests/unit/harness.h"

static struct a64_decoder *real_decoder(void)
{
    char err[256] = "";
    struct a64_decoder *dec = a64_decoder_build(a64_decode_table, a64_decode_table_size, err,
                                                sizeof(err));
    ck_assert_msg(dec != NULL, "real table does not build: %s", err);
    return dec;
}

START_TEST(real_table_builds)
{
    struct a64_decoder *dec = real_decoder();
    ck_assert_uint_gt(a64_decode_table_size, 90);
    a64_decoder_free(dec);
}
END_TEST

/* xorshift: deterministic don't-care bits for samples */
static uint32_t next_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return (uint32_t)(*state >> 11);
}

START_TEST(every_row_decodes_a_sample_to_itself)
{
    struct a64_decoder *dec = real_decoder();
    uint64_t state = 0x1234567887654321ull;
    for (size_t i = 0; i < a64_decode_table_size; i++) {
        const struct a64_row *row = &a64_decode_table[i];
        uint32_t mask, value;
        ck_assert(a64_row_mask(dec, row, &mask, &value));
        /* The all-zero filling first, then random ones: a more specific row may own some. */
        bool hit = a64_decode_row(dec, value) == row;
        for (int tries = 0; !hit && tries < 4096; tries++) {
            uint32_t word = value | (next_random(&state) & ~mask);
            hit = a64_decode_row(dec, word) == row;
        }
        ck_assert_msg(hit, "row %s never wins for its own encodings", row->name);
    }
    a64_decoder_free(dec);
}
END_TEST

START_TEST(every_implemented_row_has_semantics)
{
    for (size_t i = 0; i < a64_decode_table_size; i++) {
        const struct a64_row *row = &a64_decode_table[i];
        bool unimplemented = row->flags & A64_UNIMPLEMENTED;
        ck_assert_msg(unimplemented == (row->exec == NULL),
                      "row %s: exec must be set exactly when implemented", row->name);
    }
}
END_TEST

START_TEST(row_names_are_unique)
{
    for (size_t i = 0; i < a64_decode_table_size; i++)
        for (size_t j = i + 1; j < a64_decode_table_size; j++)
            ck_assert_msg(strcmp(a64_decode_table[i].name, a64_decode_table[j].name) != 0,
                          "duplicate row name %s", a64_decode_table[i].name);
}
END_TEST

struct known_word {
    uint32_t word;
    const char *row; /* NULL: undefined */
};

/* Words and disassembly from aarch64-linux-gnu-as/objdump. */
static const struct known_word known_words[] = {
    {0x91000820, "ADD_imm"},    /* add x0, x1, #0x2 */
    {0x910003fd, "ADD_imm"},    /* mov x29, sp */
    {0xb1000420, "ADDS_imm"},   /* adds x0, x1, #0x1 */
    {0xf100041f, "SUBS_imm"},   /* cmp x0, #0x1 */
    {0xaa0103e0, "ORR_reg"},    /* mov x0, x1 */
    {0x8a220020, "AND_reg"},    /* bic x0, x1, x2 */
    {0xb2400020, "ORR_imm"},    /* orr x0, x1, #0x1 */
    {0xd2800020, "MOVZ"},       /* mov x0, #0x1 */
    {0x92800000, "MOVN"},       /* mov x0, #0xffffffffffffffff */
    {0xf2a00020, "MOVK"},       /* movk x0, #0x1, lsl #16 */
    {0xd3441c20, "UBFM"},       /* ubfx x0, x1, #4, #4 */
    {0x93407c20, "SBFM"},       /* sxtw x0, w1 */
    {0x33001c20, "BFM"},        /* bfxil w0, w1, #0, #8 */
    {0x93c21020, "EXTR"},       /* extr x0, x1, x2, #4 */
    {0x10000000, "ADR"},        /* adr x0, . */
    {0x90000000, "ADRP"},       /* adrp x0, . */
    {0x8b220c20, "ADDSUB_ext"}, /* add x0, x1, w2, uxtb #3 */
    {0x9a020020, "ADC_SBC"},    /* adc x0, x1, x2 */
    {0xfa421024, "CCMP_reg"},   /* ccmp x1, x2, #0x4, ne */
    {0xfa421824, "CCMP_imm"},   /* ccmp x1, #0x2, #0x4, ne */
    {0xba41b820, "CCMP_imm"},   /* ccmn x1, #0x1, #0x0, lt */
    {0x9a9f17e0, "CSINC"},      /* cset x0, eq */
    {0x9b027c20, "MADD"},       /* mul x0, x1, x2 */
    {0x9b427c20, "SMULH"},      /* smulh x0, x1, x2 */
    {0x9ac20c20, "SDIV"},       /* sdiv x0, x1, x2 */
    {0x9ac22020, "SHIFTV"},     /* lsl x0, x1, x2 */
    {0x1ac24020, "CRC32"},      /* crc32b w0, w1, w2 */
    {0xdac01020, "CLZ"},        /* clz x0, x1 */
    {0xdac00c20, "REV64"},      /* rev x0, x1 */
    {0x54000040, "B_cond"},     /* b.eq .+8 */
    {0x14000001, "B"},          /* b .+4 */
    {0x94000001, "BL"},         /* bl .+4 */
    {0xd63f0020, "BLR"},        /* blr x1 */
    {0xd65f03c0, "RET"},        /* ret */
    {0xb4000040, "CBZ"},        /* cbz x0, .+8 */
    {0x37080040, "TBNZ"},       /* tbnz w0, #1, .+8 */
    {0xd4000001, "SVC"},        /* svc #0x0 */
    {0xd4200000, "BRK"},        /* brk #0x0 */
    {0xd503201f, "HINT"},       /* nop */
    {0xd503233f, "HINT"},       /* paciasp */
    {0xd503245f, "HINT"},       /* bti c */
    {0xd5033bbf, "DMB"},        /* dmb ish */
    {0xd5033fdf, "ISB"},        /* isb */
    {0xd503305f, "CLREX"},      /* clrex */
    {0xd53bd040, "MRS"},        /* mrs x0, tpidr_el0 */
    {0xd51b4200, "MSR_reg"},    /* msr nzcv, x0 */
    {0xd50b7420, "SYS"},        /* dc zva, x0 */
    {0xd50b7520, "SYS"},        /* ic ivau, x0 */
    {0xf9400020, "LDST_uimm"},  /* ldr x0, [x1] */
    {0x39c00020, "LDST_uimm"},  /* ldrsb w0, [x1] */
    {0xf8408420, "LDST_post"},  /* ldr x0, [x1], #8 */
    {0xf8408c20, "LDST_pre"},   /* ldr x0, [x1, #8]! */
    {0xf85f8020, "LDST_unscaled"}, /* ldur x0, [x1, #-8] */
    {0xf8627820, "LDST_reg"},   /* ldr x0, [x1, x2, lsl #3] */
    {0xa9407be0, "LDSTP_off"},  /* ldp x0, x30, [sp] */
    {0xa9bf7bfd, "LDSTP_pre"},  /* stp x29, x30, [sp, #-16]! */
    {0xa8c17bfd, "LDSTP_post"}, /* ldp x29, x30, [sp], #16 */
    {0x69400820, "LDSTP_off"},  /* ldpsw x0, x2, [x1] */
    {0xad400420, "LDSTP_off"},  /* ldp q0, q1, [x1] */
    {0x3dc00020, "LDST_uimm"},  /* ldr q0, [x1] */
    {0x58000000, "LDR_lit"},    /* ldr x0, . */
    {0xd8000000, "PRFM_lit"},   /* prfm pldl1keep, . */
    {0x9c000000, "LDR_lit_fp"}, /* ldr q0, . */
    {0xc85f7c20, "LDXR"},       /* ldxr x0, [x1] */
    {0xc802fc20, "STXR"},       /* stlxr w2, x0, [x1] */
    {0xc87f0820, "LDXP"},       /* ldxp x0, x2, [x1] */
    {0xc8dffc20, "LDAR"},       /* ldar x0, [x1] */
    {0xc89ffc20, "STLR"},       /* stlr x0, [x1] */
    {0xc8a27c20, "CAS"},        /* cas x2, x0, [x1] */
    {0x48207c22, "CASP"},       /* casp x0, x1, x2, x3, [x1] */
    {0xf8220020, "LSE_LDop"},   /* ldadd x2, x0, [x1] */
    {0xf8e28020, "SWP"},        /* swpal x2, x0, [x1] */
    {0xf8bfc020, "LDAPR"},      /* ldapr x0, [x1] */
    {0x4c407020, "SIMD_LDST_multi"},  /* ld1 {v0.16b}, [x1] */
    {0x4e208420, "SIMD_ADD_SUB"},     /* add v0.16b, v1.16b, v0.16b */
    {0x0e200020, "SIMD_3diff"},       /* saddl v0.8h, v1.8b, v0.8b */
    {0x0e216820, "SIMD_FCVTN_FCVTL"}, /* fcvtn v0.4h, v1.4s */
    {0x7e616820, "SIMD_scalar_2misc"}, /* fcvtxn s0, d1 */
    {0x4f3de420, "SIMD_cvt_fixed_S"}, /* scvtf v0.4s, v1.4s, #3 */
    {0x6f40fc20, "SIMD_cvt_fixed_D"}, /* fcvtzu v0.2d, v1.2d, #64 */
    {0x4f828020, "SIMD_by_element"},  /* mul v0.4s, v1.4s, v2.s[0] */
    {0x5ee28420, "SIMD_scalar_3same"}, /* add d0, d1, d2 */
    {0x5e21a820, "SIMD_scalar_2misc"}, /* fcvtns s0, s1 */
    {0x5e203820, "SIMD_scalar_2misc"}, /* suqadd b0, b1 */
    {0x5f82c020, "SIMD_scalar_by_element"}, /* sqdmulh s0, s1, v2.s[0] */
    {0xd69f03e0, "ERET"},                   /* eret */
    {0x5ef1b820, "SIMD_ADDP_scalar"},       /* addp d0, v1.2d */
    {0x5e0f0420, "SIMD_copy_scalar"},       /* mov b0, v1.b[7] */
    {0x1e220820, "FP_2src"},    /* fmul s0, s1, s2 */
    {0x1f420c20, "FP_3src"},    /* fmadd d0, d1, d2, d3 */
    {0x1e21c020, "FP_1src"},    /* fsqrt s0, s1 */
    {0x1e622020, "FCMP"},       /* fcmp d1, d2 */
    {0x1e260020, "FP_int"},     /* fmov w0, s1 */
    {0x9e220020, "FP_int"},     /* scvtf s0, x1 */
    {0x9e020420, "FP_fixed"},   /* scvtf s0, x1, #63 */
    {0x00000000, NULL},         /* udf #0 */
    {0xd503247f, "HINT"},       /* hint #0x23: any HINT number is a NOP */
    {0xd65f0bff, NULL},         /* retaa: FEAT_PAuth not implemented */
    {0x8b400020, "ADD_sreg"},   /* add x0, x1, x0, lsr #0: shifted-register row */
};

START_TEST(known_words_decode_to_their_rows)
{
    struct a64_decoder *dec = real_decoder();
    for (size_t i = 0; i < sizeof(known_words) / sizeof(known_words[0]); i++) {
        const struct a64_row *row = a64_decode_row(dec, known_words[i].word);
        const char *got = row ? row->name : "(undefined)";
        const char *want = known_words[i].row ? known_words[i].row : "(undefined)";
        ck_assert_msg(strcmp(got, want) == 0, "0x%08x decodes to %s, expected %s",
                      known_words[i].word, got, want);
    }
    a64_decoder_free(dec);
}
END_TEST

START_TEST(fields_are_extracted)
{
    struct a64_decoder *dec = real_decoder();
    struct a64_insn in;
    /* 0xa9bf7bfd stp x29, x30, [sp, #-16]!: Rt=29 Rt2=30 Rn=31 imm7=-2 (0x7e) */
    ck_assert(a64_decode(dec, 0xa9bf7bfd, 0x1000, &in));
    ck_assert_uint_eq(in.Rt, 29);
    ck_assert_uint_eq(in.Rt2, 30);
    ck_assert_uint_eq(in.Rn, 31);
    ck_assert_uint_eq(in.imm7, 0x7e);
    ck_assert_uint_eq(in.opc, 2);
    ck_assert_uint_eq(in.L, 0);
    ck_assert_uint_eq(in.pc, 0x1000);
    ck_assert_uint_eq(in.word, 0xa9bf7bfd);
    ck_assert_ptr_eq(in.exec, exec_LDSTP_pre);
    /* 0xf2a00020 movk x0, #0x1, lsl #16: sf=1 hw=1 imm16=1 Rd=0 */
    ck_assert(a64_decode(dec, 0xf2a00020, 0, &in));
    ck_assert_uint_eq(in.sf, 1);
    ck_assert_uint_eq(in.hw, 1);
    ck_assert_uint_eq(in.imm16, 1);
    /* undefined: exec is still callable and says UNDEF */
    ck_assert(!a64_decode(dec, 0, 0, &in));
    ck_assert_ptr_null(in.row);
    ck_assert_int_eq(in.exec(NULL, &in), A64_UNDEF);
    a64_decoder_free(dec);
}
END_TEST

static enum a64_result exec_dummy(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_NEXT;
}

static void expect_build_error(const struct a64_row *rows, size_t n, const char *fragment)
{
    char err[256] = "";
    struct a64_decoder *dec = a64_decoder_build(rows, n, err, sizeof(err));
    ck_assert_msg(dec == NULL, "table should be refused (%s)", fragment);
    ck_assert_msg(strstr(err, fragment) != NULL, "error '%s' lacks '%s'", err, fragment);
}

START_TEST(undeclared_overlap_is_refused)
{
    /* Neither mask contains the other, and both match 0x00000000. */
    const struct a64_row rows[] = {
        {"A", "0 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0},
        {"B", "x 0 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0},
    };
    expect_build_error(rows, 2, "overlap");
    /* Identical encodings are an overlap too. */
    const struct a64_row same[] = {
        {"A", "0 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0},
        {"B", "0 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0},
    };
    expect_build_error(same, 2, "overlap");
}
END_TEST

START_TEST(declared_override_wins)
{
    const struct a64_row rows[] = {
        {"A", "0 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0},
        {"B", "x 0 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, "A", 0},
    };
    char err[256] = "";
    struct a64_decoder *dec = a64_decoder_build(rows, 2, err, sizeof(err));
    ck_assert_msg(dec != NULL, "%s", err);
    ck_assert_str_eq(a64_decode_row(dec, 0x00000000)->name, "B");
    ck_assert_str_eq(a64_decode_row(dec, 0x40000000)->name, "A");
    ck_assert_str_eq(a64_decode_row(dec, 0x80000000)->name, "B");
    ck_assert_ptr_null(a64_decode_row(dec, 0xC0000000));
    a64_decoder_free(dec);
}
END_TEST

START_TEST(contained_rows_still_need_a_declaration)
{
    /* B fixes every bit A fixes, plus bit 0: still refused until B declares it. */
    const struct a64_row undeclared[] = {
        {"A", "1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0},
        {"B", "1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 1", exec_dummy, 0, 0, 0},
    };
    expect_build_error(undeclared, 2, "overlap");
    const struct a64_row rows[] = {
        {"A", "1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0},
        {"B", "1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 1", exec_dummy, 0, "A", 0},
    };
    char err[256] = "";
    struct a64_decoder *dec = a64_decoder_build(rows, 2, err, sizeof(err));
    ck_assert_msg(dec != NULL, "%s", err);
    ck_assert_str_eq(a64_decode_row(dec, 0x80000001)->name, "B");
    ck_assert_str_eq(a64_decode_row(dec, 0x80000000)->name, "A");
    a64_decoder_free(dec);
}
END_TEST

START_TEST(bad_patterns_are_refused)
{
    const struct a64_row short_row[] = {{"S", "0101", exec_dummy, 0, 0, 0}};
    expect_build_error(short_row, 1, "not 32");
    const struct a64_row long_row[] = {
        {"L", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 1", exec_dummy, 0, 0, 0}};
    expect_build_error(long_row, 1, "longer than 32");
    const struct a64_row unknown[] = {
        {"U", "Bogus:5 xxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0}};
    expect_build_error(unknown, 1, "unknown field 'Bogus'");
    const struct a64_row literal[] = {
        {"T", "2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0}};
    expect_build_error(literal, 1, "bad literal");
    const struct a64_row width[] = {
        {"W", "Rd:9 xxxxxxxxxxxxxxxxxxxxxxx", exec_dummy, 0, 0, 0}};
    expect_build_error(width, 1, "bad width");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("decode");
    TCase *tc = tcase_create("table");
    tcase_add_test(tc, real_table_builds);
    tcase_add_test(tc, every_row_decodes_a_sample_to_itself);
    tcase_add_test(tc, every_implemented_row_has_semantics);
    tcase_add_test(tc, row_names_are_unique);
    tcase_add_test(tc, known_words_decode_to_their_rows);
    tcase_add_test(tc, fields_are_extracted);
    tcase_add_test(tc, undeclared_overlap_is_refused);
    tcase_add_test(tc, declared_override_wins);
    tcase_add_test(tc, contained_rows_still_need_a_declaration);
    tcase_add_test(tc, bad_patterns_are_refused);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
