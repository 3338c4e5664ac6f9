/*
 * Differential test: logical (immediate and shifted register).
 * Each case is one instruction template swept by ft_sweep2
 * (edge values, every starting NZCV, random operands).
 * Then exhaustive encoding sweeps over every valid bitmask immediate and
 * every shifted-register opc/N/shift/imm6, plus the register-31 forms
 * (AND/ORR/EOR immediate write SP; everything else uses XZR).
 */
#include "ferry_sweep.h"

FT_OP2(op_and_x_0x1, "and %0, %2, #0x1")
FT_OP2(op_and_x_0xff, "and %0, %2, #0xff")
FT_OP2(op_and_x_0xffff0000ffff0000, "and %0, %2, #0xffff0000ffff0000")
FT_OP2(op_and_x_0x5555555555555555, "and %0, %2, #0x5555555555555555")
FT_OP2(op_and_x_0x7ffffffffffffffe, "and %0, %2, #0x7ffffffffffffffe")
FT_OP2(op_and_x_0x8000000000000000, "and %0, %2, #0x8000000000000000")
FT_OP2(op_and_x_0xfffffffffffffff0, "and %0, %2, #0xfffffffffffffff0")
FT_OP2(op_and_x_0x3c3c3c3c3c3c3c3c, "and %0, %2, #0x3c3c3c3c3c3c3c3c")
FT_OP2(op_and_x_0x0000ffffffffffff, "and %0, %2, #0x0000ffffffffffff")
FT_OP2(op_and_w_0x1, "and %w0, %w2, #0x1")
FT_OP2(op_and_w_0xff, "and %w0, %w2, #0xff")
FT_OP2(op_and_w_0x55555555, "and %w0, %w2, #0x55555555")
FT_OP2(op_and_w_0x7ffffffe, "and %w0, %w2, #0x7ffffffe")
FT_OP2(op_and_w_0x80000000, "and %w0, %w2, #0x80000000")
FT_OP2(op_and_w_0xfffff00f, "and %w0, %w2, #0xfffff00f")
FT_OP2(op_and_w_0x0f0f0f0f, "and %w0, %w2, #0x0f0f0f0f")
FT_OP2(op_orr_x_0x1, "orr %0, %2, #0x1")
FT_OP2(op_orr_x_0xff, "orr %0, %2, #0xff")
FT_OP2(op_orr_x_0xffff0000ffff0000, "orr %0, %2, #0xffff0000ffff0000")
FT_OP2(op_orr_x_0x5555555555555555, "orr %0, %2, #0x5555555555555555")
FT_OP2(op_orr_x_0x7ffffffffffffffe, "orr %0, %2, #0x7ffffffffffffffe")
FT_OP2(op_orr_x_0x8000000000000000, "orr %0, %2, #0x8000000000000000")
FT_OP2(op_orr_x_0xfffffffffffffff0, "orr %0, %2, #0xfffffffffffffff0")
FT_OP2(op_orr_x_0x3c3c3c3c3c3c3c3c, "orr %0, %2, #0x3c3c3c3c3c3c3c3c")
FT_OP2(op_orr_x_0x0000ffffffffffff, "orr %0, %2, #0x0000ffffffffffff")
FT_OP2(op_orr_w_0x1, "orr %w0, %w2, #0x1")
FT_OP2(op_orr_w_0xff, "orr %w0, %w2, #0xff")
FT_OP2(op_orr_w_0x55555555, "orr %w0, %w2, #0x55555555")
FT_OP2(op_orr_w_0x7ffffffe, "orr %w0, %w2, #0x7ffffffe")
FT_OP2(op_orr_w_0x80000000, "orr %w0, %w2, #0x80000000")
FT_OP2(op_orr_w_0xfffff00f, "orr %w0, %w2, #0xfffff00f")
FT_OP2(op_orr_w_0x0f0f0f0f, "orr %w0, %w2, #0x0f0f0f0f")
FT_OP2(op_eor_x_0x1, "eor %0, %2, #0x1")
FT_OP2(op_eor_x_0xff, "eor %0, %2, #0xff")
FT_OP2(op_eor_x_0xffff0000ffff0000, "eor %0, %2, #0xffff0000ffff0000")
FT_OP2(op_eor_x_0x5555555555555555, "eor %0, %2, #0x5555555555555555")
FT_OP2(op_eor_x_0x7ffffffffffffffe, "eor %0, %2, #0x7ffffffffffffffe")
FT_OP2(op_eor_x_0x8000000000000000, "eor %0, %2, #0x8000000000000000")
FT_OP2(op_eor_x_0xfffffffffffffff0, "eor %0, %2, #0xfffffffffffffff0")
FT_OP2(op_eor_x_0x3c3c3c3c3c3c3c3c, "eor %0, %2, #0x3c3c3c3c3c3c3c3c")
FT_OP2(op_eor_x_0x0000ffffffffffff, "eor %0, %2, #0x0000ffffffffffff")
FT_OP2(op_eor_w_0x1, "eor %w0, %w2, #0x1")
FT_OP2(op_eor_w_0xff, "eor %w0, %w2, #0xff")
FT_OP2(op_eor_w_0x55555555, "eor %w0, %w2, #0x55555555")
FT_OP2(op_eor_w_0x7ffffffe, "eor %w0, %w2, #0x7ffffffe")
FT_OP2(op_eor_w_0x80000000, "eor %w0, %w2, #0x80000000")
FT_OP2(op_eor_w_0xfffff00f, "eor %w0, %w2, #0xfffff00f")
FT_OP2(op_eor_w_0x0f0f0f0f, "eor %w0, %w2, #0x0f0f0f0f")
FT_OP2(op_ands_x_0x1, "ands %0, %2, #0x1")
FT_OP2(op_ands_x_0xff, "ands %0, %2, #0xff")
FT_OP2(op_ands_x_0xffff0000ffff0000, "ands %0, %2, #0xffff0000ffff0000")
FT_OP2(op_ands_x_0x5555555555555555, "ands %0, %2, #0x5555555555555555")
FT_OP2(op_ands_x_0x7ffffffffffffffe, "ands %0, %2, #0x7ffffffffffffffe")
FT_OP2(op_ands_x_0x8000000000000000, "ands %0, %2, #0x8000000000000000")
FT_OP2(op_ands_x_0xfffffffffffffff0, "ands %0, %2, #0xfffffffffffffff0")
FT_OP2(op_ands_x_0x3c3c3c3c3c3c3c3c, "ands %0, %2, #0x3c3c3c3c3c3c3c3c")
FT_OP2(op_ands_x_0x0000ffffffffffff, "ands %0, %2, #0x0000ffffffffffff")
FT_OP2(op_ands_w_0x1, "ands %w0, %w2, #0x1")
FT_OP2(op_ands_w_0xff, "ands %w0, %w2, #0xff")
FT_OP2(op_ands_w_0x55555555, "ands %w0, %w2, #0x55555555")
FT_OP2(op_ands_w_0x7ffffffe, "ands %w0, %w2, #0x7ffffffe")
FT_OP2(op_ands_w_0x80000000, "ands %w0, %w2, #0x80000000")
FT_OP2(op_ands_w_0xfffff00f, "ands %w0, %w2, #0xfffff00f")
FT_OP2(op_ands_w_0x0f0f0f0f, "ands %w0, %w2, #0x0f0f0f0f")
FT_OP2(op_and_x_lsl_0, "and %0, %2, %4, lsl #0")
FT_OP2(op_and_x_lsl_5, "and %0, %2, %4, lsl #5")
FT_OP2(op_and_x_lsr_63, "and %0, %2, %4, lsr #63")
FT_OP2(op_and_x_asr_33, "and %0, %2, %4, asr #33")
FT_OP2(op_and_x_ror_1, "and %0, %2, %4, ror #1")
FT_OP2(op_and_x_ror_63, "and %0, %2, %4, ror #63")
FT_OP2(op_and_w_lsl_0, "and %w0, %w2, %w4, lsl #0")
FT_OP2(op_and_w_lsr_31, "and %w0, %w2, %w4, lsr #31")
FT_OP2(op_and_w_asr_9, "and %w0, %w2, %w4, asr #9")
FT_OP2(op_and_w_ror_13, "and %w0, %w2, %w4, ror #13")
FT_OP2(op_bic_x_lsl_0, "bic %0, %2, %4, lsl #0")
FT_OP2(op_bic_x_lsl_5, "bic %0, %2, %4, lsl #5")
FT_OP2(op_bic_x_lsr_63, "bic %0, %2, %4, lsr #63")
FT_OP2(op_bic_x_asr_33, "bic %0, %2, %4, asr #33")
FT_OP2(op_bic_x_ror_1, "bic %0, %2, %4, ror #1")
FT_OP2(op_bic_x_ror_63, "bic %0, %2, %4, ror #63")
FT_OP2(op_bic_w_lsl_0, "bic %w0, %w2, %w4, lsl #0")
FT_OP2(op_bic_w_lsr_31, "bic %w0, %w2, %w4, lsr #31")
FT_OP2(op_bic_w_asr_9, "bic %w0, %w2, %w4, asr #9")
FT_OP2(op_bic_w_ror_13, "bic %w0, %w2, %w4, ror #13")
FT_OP2(op_orr_x_lsl_0, "orr %0, %2, %4, lsl #0")
FT_OP2(op_orr_x_lsl_5, "orr %0, %2, %4, lsl #5")
FT_OP2(op_orr_x_lsr_63, "orr %0, %2, %4, lsr #63")
FT_OP2(op_orr_x_asr_33, "orr %0, %2, %4, asr #33")
FT_OP2(op_orr_x_ror_1, "orr %0, %2, %4, ror #1")
FT_OP2(op_orr_x_ror_63, "orr %0, %2, %4, ror #63")
FT_OP2(op_orr_w_lsl_0, "orr %w0, %w2, %w4, lsl #0")
FT_OP2(op_orr_w_lsr_31, "orr %w0, %w2, %w4, lsr #31")
FT_OP2(op_orr_w_asr_9, "orr %w0, %w2, %w4, asr #9")
FT_OP2(op_orr_w_ror_13, "orr %w0, %w2, %w4, ror #13")
FT_OP2(op_orn_x_lsl_0, "orn %0, %2, %4, lsl #0")
FT_OP2(op_orn_x_lsl_5, "orn %0, %2, %4, lsl #5")
FT_OP2(op_orn_x_lsr_63, "orn %0, %2, %4, lsr #63")
FT_OP2(op_orn_x_asr_33, "orn %0, %2, %4, asr #33")
FT_OP2(op_orn_x_ror_1, "orn %0, %2, %4, ror #1")
FT_OP2(op_orn_x_ror_63, "orn %0, %2, %4, ror #63")
FT_OP2(op_orn_w_lsl_0, "orn %w0, %w2, %w4, lsl #0")
FT_OP2(op_orn_w_lsr_31, "orn %w0, %w2, %w4, lsr #31")
FT_OP2(op_orn_w_asr_9, "orn %w0, %w2, %w4, asr #9")
FT_OP2(op_orn_w_ror_13, "orn %w0, %w2, %w4, ror #13")
FT_OP2(op_eor_x_lsl_0, "eor %0, %2, %4, lsl #0")
FT_OP2(op_eor_x_lsl_5, "eor %0, %2, %4, lsl #5")
FT_OP2(op_eor_x_lsr_63, "eor %0, %2, %4, lsr #63")
FT_OP2(op_eor_x_asr_33, "eor %0, %2, %4, asr #33")
FT_OP2(op_eor_x_ror_1, "eor %0, %2, %4, ror #1")
FT_OP2(op_eor_x_ror_63, "eor %0, %2, %4, ror #63")
FT_OP2(op_eor_w_lsl_0, "eor %w0, %w2, %w4, lsl #0")
FT_OP2(op_eor_w_lsr_31, "eor %w0, %w2, %w4, lsr #31")
FT_OP2(op_eor_w_asr_9, "eor %w0, %w2, %w4, asr #9")
FT_OP2(op_eor_w_ror_13, "eor %w0, %w2, %w4, ror #13")
FT_OP2(op_eon_x_lsl_0, "eon %0, %2, %4, lsl #0")
FT_OP2(op_eon_x_lsl_5, "eon %0, %2, %4, lsl #5")
FT_OP2(op_eon_x_lsr_63, "eon %0, %2, %4, lsr #63")
FT_OP2(op_eon_x_asr_33, "eon %0, %2, %4, asr #33")
FT_OP2(op_eon_x_ror_1, "eon %0, %2, %4, ror #1")
FT_OP2(op_eon_x_ror_63, "eon %0, %2, %4, ror #63")
FT_OP2(op_eon_w_lsl_0, "eon %w0, %w2, %w4, lsl #0")
FT_OP2(op_eon_w_lsr_31, "eon %w0, %w2, %w4, lsr #31")
FT_OP2(op_eon_w_asr_9, "eon %w0, %w2, %w4, asr #9")
FT_OP2(op_eon_w_ror_13, "eon %w0, %w2, %w4, ror #13")
FT_OP2(op_ands_x_lsl_0, "ands %0, %2, %4, lsl #0")
FT_OP2(op_ands_x_lsl_5, "ands %0, %2, %4, lsl #5")
FT_OP2(op_ands_x_lsr_63, "ands %0, %2, %4, lsr #63")
FT_OP2(op_ands_x_asr_33, "ands %0, %2, %4, asr #33")
FT_OP2(op_ands_x_ror_1, "ands %0, %2, %4, ror #1")
FT_OP2(op_ands_x_ror_63, "ands %0, %2, %4, ror #63")
FT_OP2(op_ands_w_lsl_0, "ands %w0, %w2, %w4, lsl #0")
FT_OP2(op_ands_w_lsr_31, "ands %w0, %w2, %w4, lsr #31")
FT_OP2(op_ands_w_asr_9, "ands %w0, %w2, %w4, asr #9")
FT_OP2(op_ands_w_ror_13, "ands %w0, %w2, %w4, ror #13")
FT_OP2(op_bics_x_lsl_0, "bics %0, %2, %4, lsl #0")
FT_OP2(op_bics_x_lsl_5, "bics %0, %2, %4, lsl #5")
FT_OP2(op_bics_x_lsr_63, "bics %0, %2, %4, lsr #63")
FT_OP2(op_bics_x_asr_33, "bics %0, %2, %4, asr #33")
FT_OP2(op_bics_x_ror_1, "bics %0, %2, %4, ror #1")
FT_OP2(op_bics_x_ror_63, "bics %0, %2, %4, ror #63")
FT_OP2(op_bics_w_lsl_0, "bics %w0, %w2, %w4, lsl #0")
FT_OP2(op_bics_w_lsr_31, "bics %w0, %w2, %w4, lsr #31")
FT_OP2(op_bics_w_asr_9, "bics %w0, %w2, %w4, asr #9")
FT_OP2(op_bics_w_ror_13, "bics %w0, %w2, %w4, ror #13")
FT_OP2(op_mvn_x, "mvn %0, %4")
FT_OP2(op_mvn_w_ror, "mvn %w0, %w4, ror #3")
FT_OP2(op_tst_x, "tst %2, %4\n\tmov %0, #1")
FT_OP2(op_tst_w_imm, "tst %w2, #0x80000001\n\tmov %0, #1")
FT_OP2(op_mov_x, "mov %0, %4")
FT_OP2(op_mov_w, "mov %w0, %w4")

static const struct ft_op2_case cases[] = {
    {"and x #0x1", op_and_x_0x1},
    {"and x #0xff", op_and_x_0xff},
    {"and x #0xffff0000ffff0000", op_and_x_0xffff0000ffff0000},
    {"and x #0x5555555555555555", op_and_x_0x5555555555555555},
    {"and x #0x7ffffffffffffffe", op_and_x_0x7ffffffffffffffe},
    {"and x #0x8000000000000000", op_and_x_0x8000000000000000},
    {"and x #0xfffffffffffffff0", op_and_x_0xfffffffffffffff0},
    {"and x #0x3c3c3c3c3c3c3c3c", op_and_x_0x3c3c3c3c3c3c3c3c},
    {"and x #0x0000ffffffffffff", op_and_x_0x0000ffffffffffff},
    {"and w #0x1", op_and_w_0x1},
    {"and w #0xff", op_and_w_0xff},
    {"and w #0x55555555", op_and_w_0x55555555},
    {"and w #0x7ffffffe", op_and_w_0x7ffffffe},
    {"and w #0x80000000", op_and_w_0x80000000},
    {"and w #0xfffff00f", op_and_w_0xfffff00f},
    {"and w #0x0f0f0f0f", op_and_w_0x0f0f0f0f},
    {"orr x #0x1", op_orr_x_0x1},
    {"orr x #0xff", op_orr_x_0xff},
    {"orr x #0xffff0000ffff0000", op_orr_x_0xffff0000ffff0000},
    {"orr x #0x5555555555555555", op_orr_x_0x5555555555555555},
    {"orr x #0x7ffffffffffffffe", op_orr_x_0x7ffffffffffffffe},
    {"orr x #0x8000000000000000", op_orr_x_0x8000000000000000},
    {"orr x #0xfffffffffffffff0", op_orr_x_0xfffffffffffffff0},
    {"orr x #0x3c3c3c3c3c3c3c3c", op_orr_x_0x3c3c3c3c3c3c3c3c},
    {"orr x #0x0000ffffffffffff", op_orr_x_0x0000ffffffffffff},
    {"orr w #0x1", op_orr_w_0x1},
    {"orr w #0xff", op_orr_w_0xff},
    {"orr w #0x55555555", op_orr_w_0x55555555},
    {"orr w #0x7ffffffe", op_orr_w_0x7ffffffe},
    {"orr w #0x80000000", op_orr_w_0x80000000},
    {"orr w #0xfffff00f", op_orr_w_0xfffff00f},
    {"orr w #0x0f0f0f0f", op_orr_w_0x0f0f0f0f},
    {"eor x #0x1", op_eor_x_0x1},
    {"eor x #0xff", op_eor_x_0xff},
    {"eor x #0xffff0000ffff0000", op_eor_x_0xffff0000ffff0000},
    {"eor x #0x5555555555555555", op_eor_x_0x5555555555555555},
    {"eor x #0x7ffffffffffffffe", op_eor_x_0x7ffffffffffffffe},
    {"eor x #0x8000000000000000", op_eor_x_0x8000000000000000},
    {"eor x #0xfffffffffffffff0", op_eor_x_0xfffffffffffffff0},
    {"eor x #0x3c3c3c3c3c3c3c3c", op_eor_x_0x3c3c3c3c3c3c3c3c},
    {"eor x #0x0000ffffffffffff", op_eor_x_0x0000ffffffffffff},
    {"eor w #0x1", op_eor_w_0x1},
    {"eor w #0xff", op_eor_w_0xff},
    {"eor w #0x55555555", op_eor_w_0x55555555},
    {"eor w #0x7ffffffe", op_eor_w_0x7ffffffe},
    {"eor w #0x80000000", op_eor_w_0x80000000},
    {"eor w #0xfffff00f", op_eor_w_0xfffff00f},
    {"eor w #0x0f0f0f0f", op_eor_w_0x0f0f0f0f},
    {"ands x #0x1", op_ands_x_0x1},
    {"ands x #0xff", op_ands_x_0xff},
    {"ands x #0xffff0000ffff0000", op_ands_x_0xffff0000ffff0000},
    {"ands x #0x5555555555555555", op_ands_x_0x5555555555555555},
    {"ands x #0x7ffffffffffffffe", op_ands_x_0x7ffffffffffffffe},
    {"ands x #0x8000000000000000", op_ands_x_0x8000000000000000},
    {"ands x #0xfffffffffffffff0", op_ands_x_0xfffffffffffffff0},
    {"ands x #0x3c3c3c3c3c3c3c3c", op_ands_x_0x3c3c3c3c3c3c3c3c},
    {"ands x #0x0000ffffffffffff", op_ands_x_0x0000ffffffffffff},
    {"ands w #0x1", op_ands_w_0x1},
    {"ands w #0xff", op_ands_w_0xff},
    {"ands w #0x55555555", op_ands_w_0x55555555},
    {"ands w #0x7ffffffe", op_ands_w_0x7ffffffe},
    {"ands w #0x80000000", op_ands_w_0x80000000},
    {"ands w #0xfffff00f", op_ands_w_0xfffff00f},
    {"ands w #0x0f0f0f0f", op_ands_w_0x0f0f0f0f},
    {"and x lsl #0", op_and_x_lsl_0},
    {"and x lsl #5", op_and_x_lsl_5},
    {"and x lsr #63", op_and_x_lsr_63},
    {"and x asr #33", op_and_x_asr_33},
    {"and x ror #1", op_and_x_ror_1},
    {"and x ror #63", op_and_x_ror_63},
    {"and w lsl #0", op_and_w_lsl_0},
    {"and w lsr #31", op_and_w_lsr_31},
    {"and w asr #9", op_and_w_asr_9},
    {"and w ror #13", op_and_w_ror_13},
    {"bic x lsl #0", op_bic_x_lsl_0},
    {"bic x lsl #5", op_bic_x_lsl_5},
    {"bic x lsr #63", op_bic_x_lsr_63},
    {"bic x asr #33", op_bic_x_asr_33},
    {"bic x ror #1", op_bic_x_ror_1},
    {"bic x ror #63", op_bic_x_ror_63},
    {"bic w lsl #0", op_bic_w_lsl_0},
    {"bic w lsr #31", op_bic_w_lsr_31},
    {"bic w asr #9", op_bic_w_asr_9},
    {"bic w ror #13", op_bic_w_ror_13},
    {"orr x lsl #0", op_orr_x_lsl_0},
    {"orr x lsl #5", op_orr_x_lsl_5},
    {"orr x lsr #63", op_orr_x_lsr_63},
    {"orr x asr #33", op_orr_x_asr_33},
    {"orr x ror #1", op_orr_x_ror_1},
    {"orr x ror #63", op_orr_x_ror_63},
    {"orr w lsl #0", op_orr_w_lsl_0},
    {"orr w lsr #31", op_orr_w_lsr_31},
    {"orr w asr #9", op_orr_w_asr_9},
    {"orr w ror #13", op_orr_w_ror_13},
    {"orn x lsl #0", op_orn_x_lsl_0},
    {"orn x lsl #5", op_orn_x_lsl_5},
    {"orn x lsr #63", op_orn_x_lsr_63},
    {"orn x asr #33", op_orn_x_asr_33},
    {"orn x ror #1", op_orn_x_ror_1},
    {"orn x ror #63", op_orn_x_ror_63},
    {"orn w lsl #0", op_orn_w_lsl_0},
    {"orn w lsr #31", op_orn_w_lsr_31},
    {"orn w asr #9", op_orn_w_asr_9},
    {"orn w ror #13", op_orn_w_ror_13},
    {"eor x lsl #0", op_eor_x_lsl_0},
    {"eor x lsl #5", op_eor_x_lsl_5},
    {"eor x lsr #63", op_eor_x_lsr_63},
    {"eor x asr #33", op_eor_x_asr_33},
    {"eor x ror #1", op_eor_x_ror_1},
    {"eor x ror #63", op_eor_x_ror_63},
    {"eor w lsl #0", op_eor_w_lsl_0},
    {"eor w lsr #31", op_eor_w_lsr_31},
    {"eor w asr #9", op_eor_w_asr_9},
    {"eor w ror #13", op_eor_w_ror_13},
    {"eon x lsl #0", op_eon_x_lsl_0},
    {"eon x lsl #5", op_eon_x_lsl_5},
    {"eon x lsr #63", op_eon_x_lsr_63},
    {"eon x asr #33", op_eon_x_asr_33},
    {"eon x ror #1", op_eon_x_ror_1},
    {"eon x ror #63", op_eon_x_ror_63},
    {"eon w lsl #0", op_eon_w_lsl_0},
    {"eon w lsr #31", op_eon_w_lsr_31},
    {"eon w asr #9", op_eon_w_asr_9},
    {"eon w ror #13", op_eon_w_ror_13},
    {"ands x lsl #0", op_ands_x_lsl_0},
    {"ands x lsl #5", op_ands_x_lsl_5},
    {"ands x lsr #63", op_ands_x_lsr_63},
    {"ands x asr #33", op_ands_x_asr_33},
    {"ands x ror #1", op_ands_x_ror_1},
    {"ands x ror #63", op_ands_x_ror_63},
    {"ands w lsl #0", op_ands_w_lsl_0},
    {"ands w lsr #31", op_ands_w_lsr_31},
    {"ands w asr #9", op_ands_w_asr_9},
    {"ands w ror #13", op_ands_w_ror_13},
    {"bics x lsl #0", op_bics_x_lsl_0},
    {"bics x lsl #5", op_bics_x_lsl_5},
    {"bics x lsr #63", op_bics_x_lsr_63},
    {"bics x asr #33", op_bics_x_asr_33},
    {"bics x ror #1", op_bics_x_ror_1},
    {"bics x ror #63", op_bics_x_ror_63},
    {"bics w lsl #0", op_bics_w_lsl_0},
    {"bics w lsr #31", op_bics_w_lsr_31},
    {"bics w asr #9", op_bics_w_asr_9},
    {"bics w ror #13", op_bics_w_ror_13},
    {"mvn x", op_mvn_x},
    {"mvn w ror", op_mvn_w_ror},
    {"tst x", op_tst_x},
    {"tst w imm", op_tst_w_imm},
    {"mov x", op_mov_x},
    {"mov w", op_mov_w},
};

/* Results of the largest sweep: 4 opcodes x 5334 bitmask encodings. */
static uint64_t sweep_out[2 * 4 * 5334];


/*
 * Logical (immediate): every valid (N, immr, imms) for each element size
 * (2..32 for W, 2..64 for X) and each opc (AND, ORR, EOR, ANDS). immr also
 * carries bits above the element size (esize * s), which DecodeBitMasks
 * ignores. Order: opc, esize, s (ones - 1), r.
 *
 * Logical (shifted register): every opc, N (BIC/ORN/EON/BICS), shift type
 * including ROR, and imm6 < datasize. Order: opc, N, shift, imm6.
 */
__asm__(".macro logical_imm_all sf\n"
        "    .irp opc, 0, 1, 2, 3\n"
        "    .set esize, 2\n"
        "    .rept 5 + \\sf\n"
        "        .set s, 0\n"
        "        .rept esize - 1\n"
        "            .set r, 0\n"
        "            .rept esize\n"
        "                .set word, (\\sf << 31) | (\\opc << 29) | (0x24 << 23) | ((esize >> 6) << 22) "
        "| (((r | (esize * s)) & 63) << 16) | (((~(2 * esize - 1) & 0x3f) | s) << 10) | (3 << 5) | 2\n"
        "                sweep_step\n"
        "                .set r, r + 1\n"
        "            .endr\n"
        "            .set s, s + 1\n"
        "        .endr\n"
        "        .set esize, esize * 2\n"
        "    .endr\n"
        "    .endr\n"
        ".endm\n"
        ".macro logical_reg_all sf\n"
        "    .irp opc, 0, 1, 2, 3\n"
        "    .irp inv, 0, 1\n"
        "    .irp shift, 0, 1, 2, 3\n"
        "        .set imm6, 0\n"
        "        .rept 32 + 32 * \\sf\n"
        "            .set word, (\\sf << 31) | (\\opc << 29) | (0xa << 24) | (\\shift << 22) "
        "| (\\inv << 21) | (4 << 16) | (imm6 << 10) | (3 << 5) | 2\n"
        "            sweep_step\n"
        "            .set imm6, imm6 + 1\n"
        "        .endr\n"
        "    .endr\n"
        "    .endr\n"
        "    .endr\n"
        ".endm\n"
        ".text\n"
        "sweep_begin sweep_logical_imm_x\n"
        "    logical_imm_all 1\n"
        "sweep_end\n"
        "sweep_begin sweep_logical_imm_w\n"
        "    logical_imm_all 0\n"
        "sweep_end\n"
        "sweep_begin sweep_logical_reg_x\n"
        "    logical_reg_all 1\n"
        "sweep_end\n"
        "sweep_begin sweep_logical_reg_w\n"
        "    logical_reg_all 0\n"
        "sweep_end\n");

ft_sweep_fn sweep_logical_imm_x;
ft_sweep_fn sweep_logical_imm_w;
ft_sweep_fn sweep_logical_reg_x;
ft_sweep_fn sweep_logical_reg_w;

static const struct ft_sweep_in sweep_inputs[] = {
    {0x0123456789abcdef, 0xfedcba9876543210, 0xf0000000, 0},
    {0xffffffffffffffff, 0x8000000000000001, 0x00000000, 0},
    {0x0000000000000000, 0xffffffffffffffff, 0x30000000, 0},
    {0x8000000000000001, 0x00000000ffffffff, 0x90000000, 0},
    {0xaaaaaaaaaaaaaaaa, 0x5555555555555555, 0x60000000, 0},
};

/*
 * Register 31: AND/ORR/EOR (immediate) write SP, ANDS (immediate) and every
 * shifted-register form write XZR, and Rn = 31 reads XZR in all of them.
 * SP is parked in x16 while it holds test values (no memory access then).
 * Results: x2 and the distance SP moved (must be 0 unless SP was the target).
 */
static void sp_target(const char *name, uint64_t x3)
{
    uint64_t sp_val[3];
    __asm__ volatile("mov x3, %3\n\t"
                     "mov x16, sp\n\t"
                     "orr sp, x3, #0xf0\n\t"
                     "mov %0, sp\n\t"
                     "eor sp, x3, #0xff00000000000000\n\t"
                     "mov %1, sp\n\t"
                     "and sp, x3, #0xfffffffffffffff0\n\t"
                     "mov %2, sp\n\t"
                     "mov sp, x16"
                     : "=&r"(sp_val[0]), "=&r"(sp_val[1]), "=&r"(sp_val[2])
                     : "r"(x3)
                     : "x3", "x16");
    check3(name, sp_val[0], sp_val[1], sp_val[2]);
}

static void zr_forms(const char *name, uint64_t x3, uint64_t x4)
{
    uint64_t out[6];
    __asm__ volatile("mov x3, %1\n\t"
                     "mov x4, %2\n\t"
                     "mov x16, sp\n\t"
                     "msr nzcv, xzr\n\t"
                     ".inst 0xf241007f\n\t" /* tst x3, #0x8000000000000000 */
                     "mrs x5, nzcv\n\t"
                     ".inst 0xaa04007f\n\t" /* orr xzr, x3, x4 */
                     ".inst 0xeae40c7f\n\t" /* bics xzr, x3, x4, ror #3 */
                     "mrs x6, nzcv\n\t"
                     ".inst 0x8a0403e2\n\t" /* and x2, xzr, x4 */
                     ".inst 0xb27c0fe7\n\t" /* orr x7, xzr, #0xf0 */
                     ".inst 0x520003e8\n\t" /* eor w8, wzr, #0x1 */
                     "mov x9, sp\n\t"
                     "sub x9, x9, x16\n\t"
                     "stp x5, x6, [%0]\n\t"
                     "stp x2, x7, [%0, #16]\n\t"
                     "stp x8, x9, [%0, #32]"
                     :
                     : "r"(out), "r"(x3), "r"(x4)
                     : "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x16", "cc", "memory");
    check3(name, out[0], out[1], out[2]);
    check3(name, out[3], out[4], out[5]);
}

static void register_31(void)
{
    sp_target("sp = logical imm", 0x0123456789abcdef);
    sp_target("sp = logical imm", 0xfffffffffffffff7);
    zr_forms("zr forms", 0x8000000000000000, 0x1234);
    zr_forms("zr forms", 0x7fffffffffffffff, 0xffffffffffffffff);
}

int test_main(void)
{
    ft_sweep_table(cases, FT_COUNT(cases), 40);
    for (size_t i = 0; i < FT_COUNT(sweep_inputs); i++) {
        ft_print_sweep("logical imm x", sweep_logical_imm_x, &sweep_inputs[i], 64, sweep_out);
        ft_print_sweep("logical imm w", sweep_logical_imm_w, &sweep_inputs[i], 64, sweep_out);
        ft_print_sweep("logical reg x", sweep_logical_reg_x, &sweep_inputs[i], 64, sweep_out);
        ft_print_sweep("logical reg w", sweep_logical_reg_w, &sweep_inputs[i], 32, sweep_out);
    }
    register_31();
    return 0;
}
