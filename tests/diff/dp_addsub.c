/*
 * Differential test: add/subtract (immediate, shifted, extended), with carry, flags.
 * Each case is one instruction template swept by ft_sweep2
 * (edge values, every starting NZCV, random operands).
 * Then exhaustive encoding sweeps (see "Exhaustive encoding sweeps" below)
 * over every shift/imm6, extend option/imm3, and a spread of imm12, plus
 * the register-31 (SP vs XZR) forms with SP holding test values.
 */
#include "ferry_sweep.h"

FT_OP2(op_add_x_imm_0, "add %0, %2, #0")
FT_OP2(op_add_w_imm_0, "add %w0, %w2, #0")
FT_OP2(op_add_x_imm_1, "add %0, %2, #1")
FT_OP2(op_add_w_imm_1, "add %w0, %w2, #1")
FT_OP2(op_add_x_imm_0xfff, "add %0, %2, #0xfff")
FT_OP2(op_add_w_imm_0xfff, "add %w0, %w2, #0xfff")
FT_OP2(op_add_x_imm_1_lsl_12, "add %0, %2, #1, lsl #12")
FT_OP2(op_add_w_imm_1_lsl_12, "add %w0, %w2, #1, lsl #12")
FT_OP2(op_add_x_imm_0xfff_lsl_12, "add %0, %2, #0xfff, lsl #12")
FT_OP2(op_add_w_imm_0xfff_lsl_12, "add %w0, %w2, #0xfff, lsl #12")
FT_OP2(op_add_w_lsl_0, "add %w0, %w2, %w4, lsl #0")
FT_OP2(op_add_w_lsl_1, "add %w0, %w2, %w4, lsl #1")
FT_OP2(op_add_w_lsl_31, "add %w0, %w2, %w4, lsl #31")
FT_OP2(op_add_w_lsr_1, "add %w0, %w2, %w4, lsr #1")
FT_OP2(op_add_w_lsr_31, "add %w0, %w2, %w4, lsr #31")
FT_OP2(op_add_w_asr_1, "add %w0, %w2, %w4, asr #1")
FT_OP2(op_add_w_asr_31, "add %w0, %w2, %w4, asr #31")
FT_OP2(op_add_x_lsl_0, "add %0, %2, %4, lsl #0")
FT_OP2(op_add_x_lsl_17, "add %0, %2, %4, lsl #17")
FT_OP2(op_add_x_lsl_63, "add %0, %2, %4, lsl #63")
FT_OP2(op_add_x_lsr_3, "add %0, %2, %4, lsr #3")
FT_OP2(op_add_x_lsr_63, "add %0, %2, %4, lsr #63")
FT_OP2(op_add_x_asr_7, "add %0, %2, %4, asr #7")
FT_OP2(op_add_x_asr_63, "add %0, %2, %4, asr #63")
FT_OP2(op_add_x_ext_uxtb_0, "add %0, %2, %w4, uxtb #0")
FT_OP2(op_add_w_ext_uxtb_0, "add %w0, %w2, %w4, uxtb #0")
FT_OP2(op_add_x_ext_uxtb_2, "add %0, %2, %w4, uxtb #2")
FT_OP2(op_add_w_ext_uxtb_2, "add %w0, %w2, %w4, uxtb #2")
FT_OP2(op_add_x_ext_uxtb_4, "add %0, %2, %w4, uxtb #4")
FT_OP2(op_add_w_ext_uxtb_4, "add %w0, %w2, %w4, uxtb #4")
FT_OP2(op_add_x_ext_uxth_0, "add %0, %2, %w4, uxth #0")
FT_OP2(op_add_w_ext_uxth_0, "add %w0, %w2, %w4, uxth #0")
FT_OP2(op_add_x_ext_uxth_2, "add %0, %2, %w4, uxth #2")
FT_OP2(op_add_w_ext_uxth_2, "add %w0, %w2, %w4, uxth #2")
FT_OP2(op_add_x_ext_uxth_4, "add %0, %2, %w4, uxth #4")
FT_OP2(op_add_w_ext_uxth_4, "add %w0, %w2, %w4, uxth #4")
FT_OP2(op_add_x_ext_uxtw_0, "add %0, %2, %w4, uxtw #0")
FT_OP2(op_add_w_ext_uxtw_0, "add %w0, %w2, %w4, uxtw #0")
FT_OP2(op_add_x_ext_uxtw_2, "add %0, %2, %w4, uxtw #2")
FT_OP2(op_add_w_ext_uxtw_2, "add %w0, %w2, %w4, uxtw #2")
FT_OP2(op_add_x_ext_uxtw_4, "add %0, %2, %w4, uxtw #4")
FT_OP2(op_add_w_ext_uxtw_4, "add %w0, %w2, %w4, uxtw #4")
FT_OP2(op_add_x_ext_sxtb_0, "add %0, %2, %w4, sxtb #0")
FT_OP2(op_add_w_ext_sxtb_0, "add %w0, %w2, %w4, sxtb #0")
FT_OP2(op_add_x_ext_sxtb_2, "add %0, %2, %w4, sxtb #2")
FT_OP2(op_add_w_ext_sxtb_2, "add %w0, %w2, %w4, sxtb #2")
FT_OP2(op_add_x_ext_sxtb_4, "add %0, %2, %w4, sxtb #4")
FT_OP2(op_add_w_ext_sxtb_4, "add %w0, %w2, %w4, sxtb #4")
FT_OP2(op_add_x_ext_sxth_0, "add %0, %2, %w4, sxth #0")
FT_OP2(op_add_w_ext_sxth_0, "add %w0, %w2, %w4, sxth #0")
FT_OP2(op_add_x_ext_sxth_2, "add %0, %2, %w4, sxth #2")
FT_OP2(op_add_w_ext_sxth_2, "add %w0, %w2, %w4, sxth #2")
FT_OP2(op_add_x_ext_sxth_4, "add %0, %2, %w4, sxth #4")
FT_OP2(op_add_w_ext_sxth_4, "add %w0, %w2, %w4, sxth #4")
FT_OP2(op_add_x_ext_sxtw_0, "add %0, %2, %w4, sxtw #0")
FT_OP2(op_add_w_ext_sxtw_0, "add %w0, %w2, %w4, sxtw #0")
FT_OP2(op_add_x_ext_sxtw_2, "add %0, %2, %w4, sxtw #2")
FT_OP2(op_add_w_ext_sxtw_2, "add %w0, %w2, %w4, sxtw #2")
FT_OP2(op_add_x_ext_sxtw_4, "add %0, %2, %w4, sxtw #4")
FT_OP2(op_add_w_ext_sxtw_4, "add %w0, %w2, %w4, sxtw #4")
FT_OP2(op_add_x_ext_uxtx_0, "add %0, %2, %4, uxtx #0")
FT_OP2(op_add_x_ext_uxtx_3, "add %0, %2, %4, uxtx #3")
FT_OP2(op_add_x_ext_sxtx_0, "add %0, %2, %4, sxtx #0")
FT_OP2(op_add_x_ext_sxtx_3, "add %0, %2, %4, sxtx #3")
FT_OP2(op_adds_x_imm_0, "adds %0, %2, #0")
FT_OP2(op_adds_w_imm_0, "adds %w0, %w2, #0")
FT_OP2(op_adds_x_imm_1, "adds %0, %2, #1")
FT_OP2(op_adds_w_imm_1, "adds %w0, %w2, #1")
FT_OP2(op_adds_x_imm_0xfff, "adds %0, %2, #0xfff")
FT_OP2(op_adds_w_imm_0xfff, "adds %w0, %w2, #0xfff")
FT_OP2(op_adds_x_imm_1_lsl_12, "adds %0, %2, #1, lsl #12")
FT_OP2(op_adds_w_imm_1_lsl_12, "adds %w0, %w2, #1, lsl #12")
FT_OP2(op_adds_x_imm_0xfff_lsl_12, "adds %0, %2, #0xfff, lsl #12")
FT_OP2(op_adds_w_imm_0xfff_lsl_12, "adds %w0, %w2, #0xfff, lsl #12")
FT_OP2(op_adds_w_lsl_0, "adds %w0, %w2, %w4, lsl #0")
FT_OP2(op_adds_w_lsl_1, "adds %w0, %w2, %w4, lsl #1")
FT_OP2(op_adds_w_lsl_31, "adds %w0, %w2, %w4, lsl #31")
FT_OP2(op_adds_w_lsr_1, "adds %w0, %w2, %w4, lsr #1")
FT_OP2(op_adds_w_lsr_31, "adds %w0, %w2, %w4, lsr #31")
FT_OP2(op_adds_w_asr_1, "adds %w0, %w2, %w4, asr #1")
FT_OP2(op_adds_w_asr_31, "adds %w0, %w2, %w4, asr #31")
FT_OP2(op_adds_x_lsl_0, "adds %0, %2, %4, lsl #0")
FT_OP2(op_adds_x_lsl_17, "adds %0, %2, %4, lsl #17")
FT_OP2(op_adds_x_lsl_63, "adds %0, %2, %4, lsl #63")
FT_OP2(op_adds_x_lsr_3, "adds %0, %2, %4, lsr #3")
FT_OP2(op_adds_x_lsr_63, "adds %0, %2, %4, lsr #63")
FT_OP2(op_adds_x_asr_7, "adds %0, %2, %4, asr #7")
FT_OP2(op_adds_x_asr_63, "adds %0, %2, %4, asr #63")
FT_OP2(op_adds_x_ext_uxtb_0, "adds %0, %2, %w4, uxtb #0")
FT_OP2(op_adds_w_ext_uxtb_0, "adds %w0, %w2, %w4, uxtb #0")
FT_OP2(op_adds_x_ext_uxtb_2, "adds %0, %2, %w4, uxtb #2")
FT_OP2(op_adds_w_ext_uxtb_2, "adds %w0, %w2, %w4, uxtb #2")
FT_OP2(op_adds_x_ext_uxtb_4, "adds %0, %2, %w4, uxtb #4")
FT_OP2(op_adds_w_ext_uxtb_4, "adds %w0, %w2, %w4, uxtb #4")
FT_OP2(op_adds_x_ext_uxth_0, "adds %0, %2, %w4, uxth #0")
FT_OP2(op_adds_w_ext_uxth_0, "adds %w0, %w2, %w4, uxth #0")
FT_OP2(op_adds_x_ext_uxth_2, "adds %0, %2, %w4, uxth #2")
FT_OP2(op_adds_w_ext_uxth_2, "adds %w0, %w2, %w4, uxth #2")
FT_OP2(op_adds_x_ext_uxth_4, "adds %0, %2, %w4, uxth #4")
FT_OP2(op_adds_w_ext_uxth_4, "adds %w0, %w2, %w4, uxth #4")
FT_OP2(op_adds_x_ext_uxtw_0, "adds %0, %2, %w4, uxtw #0")
FT_OP2(op_adds_w_ext_uxtw_0, "adds %w0, %w2, %w4, uxtw #0")
FT_OP2(op_adds_x_ext_uxtw_2, "adds %0, %2, %w4, uxtw #2")
FT_OP2(op_adds_w_ext_uxtw_2, "adds %w0, %w2, %w4, uxtw #2")
FT_OP2(op_adds_x_ext_uxtw_4, "adds %0, %2, %w4, uxtw #4")
FT_OP2(op_adds_w_ext_uxtw_4, "adds %w0, %w2, %w4, uxtw #4")
FT_OP2(op_adds_x_ext_sxtb_0, "adds %0, %2, %w4, sxtb #0")
FT_OP2(op_adds_w_ext_sxtb_0, "adds %w0, %w2, %w4, sxtb #0")
FT_OP2(op_adds_x_ext_sxtb_2, "adds %0, %2, %w4, sxtb #2")
FT_OP2(op_adds_w_ext_sxtb_2, "adds %w0, %w2, %w4, sxtb #2")
FT_OP2(op_adds_x_ext_sxtb_4, "adds %0, %2, %w4, sxtb #4")
FT_OP2(op_adds_w_ext_sxtb_4, "adds %w0, %w2, %w4, sxtb #4")
FT_OP2(op_adds_x_ext_sxth_0, "adds %0, %2, %w4, sxth #0")
FT_OP2(op_adds_w_ext_sxth_0, "adds %w0, %w2, %w4, sxth #0")
FT_OP2(op_adds_x_ext_sxth_2, "adds %0, %2, %w4, sxth #2")
FT_OP2(op_adds_w_ext_sxth_2, "adds %w0, %w2, %w4, sxth #2")
FT_OP2(op_adds_x_ext_sxth_4, "adds %0, %2, %w4, sxth #4")
FT_OP2(op_adds_w_ext_sxth_4, "adds %w0, %w2, %w4, sxth #4")
FT_OP2(op_adds_x_ext_sxtw_0, "adds %0, %2, %w4, sxtw #0")
FT_OP2(op_adds_w_ext_sxtw_0, "adds %w0, %w2, %w4, sxtw #0")
FT_OP2(op_adds_x_ext_sxtw_2, "adds %0, %2, %w4, sxtw #2")
FT_OP2(op_adds_w_ext_sxtw_2, "adds %w0, %w2, %w4, sxtw #2")
FT_OP2(op_adds_x_ext_sxtw_4, "adds %0, %2, %w4, sxtw #4")
FT_OP2(op_adds_w_ext_sxtw_4, "adds %w0, %w2, %w4, sxtw #4")
FT_OP2(op_adds_x_ext_uxtx_0, "adds %0, %2, %4, uxtx #0")
FT_OP2(op_adds_x_ext_uxtx_3, "adds %0, %2, %4, uxtx #3")
FT_OP2(op_adds_x_ext_sxtx_0, "adds %0, %2, %4, sxtx #0")
FT_OP2(op_adds_x_ext_sxtx_3, "adds %0, %2, %4, sxtx #3")
FT_OP2(op_sub_x_imm_0, "sub %0, %2, #0")
FT_OP2(op_sub_w_imm_0, "sub %w0, %w2, #0")
FT_OP2(op_sub_x_imm_1, "sub %0, %2, #1")
FT_OP2(op_sub_w_imm_1, "sub %w0, %w2, #1")
FT_OP2(op_sub_x_imm_0xfff, "sub %0, %2, #0xfff")
FT_OP2(op_sub_w_imm_0xfff, "sub %w0, %w2, #0xfff")
FT_OP2(op_sub_x_imm_1_lsl_12, "sub %0, %2, #1, lsl #12")
FT_OP2(op_sub_w_imm_1_lsl_12, "sub %w0, %w2, #1, lsl #12")
FT_OP2(op_sub_x_imm_0xfff_lsl_12, "sub %0, %2, #0xfff, lsl #12")
FT_OP2(op_sub_w_imm_0xfff_lsl_12, "sub %w0, %w2, #0xfff, lsl #12")
FT_OP2(op_sub_w_lsl_0, "sub %w0, %w2, %w4, lsl #0")
FT_OP2(op_sub_w_lsl_1, "sub %w0, %w2, %w4, lsl #1")
FT_OP2(op_sub_w_lsl_31, "sub %w0, %w2, %w4, lsl #31")
FT_OP2(op_sub_w_lsr_1, "sub %w0, %w2, %w4, lsr #1")
FT_OP2(op_sub_w_lsr_31, "sub %w0, %w2, %w4, lsr #31")
FT_OP2(op_sub_w_asr_1, "sub %w0, %w2, %w4, asr #1")
FT_OP2(op_sub_w_asr_31, "sub %w0, %w2, %w4, asr #31")
FT_OP2(op_sub_x_lsl_0, "sub %0, %2, %4, lsl #0")
FT_OP2(op_sub_x_lsl_17, "sub %0, %2, %4, lsl #17")
FT_OP2(op_sub_x_lsl_63, "sub %0, %2, %4, lsl #63")
FT_OP2(op_sub_x_lsr_3, "sub %0, %2, %4, lsr #3")
FT_OP2(op_sub_x_lsr_63, "sub %0, %2, %4, lsr #63")
FT_OP2(op_sub_x_asr_7, "sub %0, %2, %4, asr #7")
FT_OP2(op_sub_x_asr_63, "sub %0, %2, %4, asr #63")
FT_OP2(op_sub_x_ext_uxtb_0, "sub %0, %2, %w4, uxtb #0")
FT_OP2(op_sub_w_ext_uxtb_0, "sub %w0, %w2, %w4, uxtb #0")
FT_OP2(op_sub_x_ext_uxtb_2, "sub %0, %2, %w4, uxtb #2")
FT_OP2(op_sub_w_ext_uxtb_2, "sub %w0, %w2, %w4, uxtb #2")
FT_OP2(op_sub_x_ext_uxtb_4, "sub %0, %2, %w4, uxtb #4")
FT_OP2(op_sub_w_ext_uxtb_4, "sub %w0, %w2, %w4, uxtb #4")
FT_OP2(op_sub_x_ext_uxth_0, "sub %0, %2, %w4, uxth #0")
FT_OP2(op_sub_w_ext_uxth_0, "sub %w0, %w2, %w4, uxth #0")
FT_OP2(op_sub_x_ext_uxth_2, "sub %0, %2, %w4, uxth #2")
FT_OP2(op_sub_w_ext_uxth_2, "sub %w0, %w2, %w4, uxth #2")
FT_OP2(op_sub_x_ext_uxth_4, "sub %0, %2, %w4, uxth #4")
FT_OP2(op_sub_w_ext_uxth_4, "sub %w0, %w2, %w4, uxth #4")
FT_OP2(op_sub_x_ext_uxtw_0, "sub %0, %2, %w4, uxtw #0")
FT_OP2(op_sub_w_ext_uxtw_0, "sub %w0, %w2, %w4, uxtw #0")
FT_OP2(op_sub_x_ext_uxtw_2, "sub %0, %2, %w4, uxtw #2")
FT_OP2(op_sub_w_ext_uxtw_2, "sub %w0, %w2, %w4, uxtw #2")
FT_OP2(op_sub_x_ext_uxtw_4, "sub %0, %2, %w4, uxtw #4")
FT_OP2(op_sub_w_ext_uxtw_4, "sub %w0, %w2, %w4, uxtw #4")
FT_OP2(op_sub_x_ext_sxtb_0, "sub %0, %2, %w4, sxtb #0")
FT_OP2(op_sub_w_ext_sxtb_0, "sub %w0, %w2, %w4, sxtb #0")
FT_OP2(op_sub_x_ext_sxtb_2, "sub %0, %2, %w4, sxtb #2")
FT_OP2(op_sub_w_ext_sxtb_2, "sub %w0, %w2, %w4, sxtb #2")
FT_OP2(op_sub_x_ext_sxtb_4, "sub %0, %2, %w4, sxtb #4")
FT_OP2(op_sub_w_ext_sxtb_4, "sub %w0, %w2, %w4, sxtb #4")
FT_OP2(op_sub_x_ext_sxth_0, "sub %0, %2, %w4, sxth #0")
FT_OP2(op_sub_w_ext_sxth_0, "sub %w0, %w2, %w4, sxth #0")
FT_OP2(op_sub_x_ext_sxth_2, "sub %0, %2, %w4, sxth #2")
FT_OP2(op_sub_w_ext_sxth_2, "sub %w0, %w2, %w4, sxth #2")
FT_OP2(op_sub_x_ext_sxth_4, "sub %0, %2, %w4, sxth #4")
FT_OP2(op_sub_w_ext_sxth_4, "sub %w0, %w2, %w4, sxth #4")
FT_OP2(op_sub_x_ext_sxtw_0, "sub %0, %2, %w4, sxtw #0")
FT_OP2(op_sub_w_ext_sxtw_0, "sub %w0, %w2, %w4, sxtw #0")
FT_OP2(op_sub_x_ext_sxtw_2, "sub %0, %2, %w4, sxtw #2")
FT_OP2(op_sub_w_ext_sxtw_2, "sub %w0, %w2, %w4, sxtw #2")
FT_OP2(op_sub_x_ext_sxtw_4, "sub %0, %2, %w4, sxtw #4")
FT_OP2(op_sub_w_ext_sxtw_4, "sub %w0, %w2, %w4, sxtw #4")
FT_OP2(op_sub_x_ext_uxtx_0, "sub %0, %2, %4, uxtx #0")
FT_OP2(op_sub_x_ext_uxtx_3, "sub %0, %2, %4, uxtx #3")
FT_OP2(op_sub_x_ext_sxtx_0, "sub %0, %2, %4, sxtx #0")
FT_OP2(op_sub_x_ext_sxtx_3, "sub %0, %2, %4, sxtx #3")
FT_OP2(op_subs_x_imm_0, "subs %0, %2, #0")
FT_OP2(op_subs_w_imm_0, "subs %w0, %w2, #0")
FT_OP2(op_subs_x_imm_1, "subs %0, %2, #1")
FT_OP2(op_subs_w_imm_1, "subs %w0, %w2, #1")
FT_OP2(op_subs_x_imm_0xfff, "subs %0, %2, #0xfff")
FT_OP2(op_subs_w_imm_0xfff, "subs %w0, %w2, #0xfff")
FT_OP2(op_subs_x_imm_1_lsl_12, "subs %0, %2, #1, lsl #12")
FT_OP2(op_subs_w_imm_1_lsl_12, "subs %w0, %w2, #1, lsl #12")
FT_OP2(op_subs_x_imm_0xfff_lsl_12, "subs %0, %2, #0xfff, lsl #12")
FT_OP2(op_subs_w_imm_0xfff_lsl_12, "subs %w0, %w2, #0xfff, lsl #12")
FT_OP2(op_subs_w_lsl_0, "subs %w0, %w2, %w4, lsl #0")
FT_OP2(op_subs_w_lsl_1, "subs %w0, %w2, %w4, lsl #1")
FT_OP2(op_subs_w_lsl_31, "subs %w0, %w2, %w4, lsl #31")
FT_OP2(op_subs_w_lsr_1, "subs %w0, %w2, %w4, lsr #1")
FT_OP2(op_subs_w_lsr_31, "subs %w0, %w2, %w4, lsr #31")
FT_OP2(op_subs_w_asr_1, "subs %w0, %w2, %w4, asr #1")
FT_OP2(op_subs_w_asr_31, "subs %w0, %w2, %w4, asr #31")
FT_OP2(op_subs_x_lsl_0, "subs %0, %2, %4, lsl #0")
FT_OP2(op_subs_x_lsl_17, "subs %0, %2, %4, lsl #17")
FT_OP2(op_subs_x_lsl_63, "subs %0, %2, %4, lsl #63")
FT_OP2(op_subs_x_lsr_3, "subs %0, %2, %4, lsr #3")
FT_OP2(op_subs_x_lsr_63, "subs %0, %2, %4, lsr #63")
FT_OP2(op_subs_x_asr_7, "subs %0, %2, %4, asr #7")
FT_OP2(op_subs_x_asr_63, "subs %0, %2, %4, asr #63")
FT_OP2(op_subs_x_ext_uxtb_0, "subs %0, %2, %w4, uxtb #0")
FT_OP2(op_subs_w_ext_uxtb_0, "subs %w0, %w2, %w4, uxtb #0")
FT_OP2(op_subs_x_ext_uxtb_2, "subs %0, %2, %w4, uxtb #2")
FT_OP2(op_subs_w_ext_uxtb_2, "subs %w0, %w2, %w4, uxtb #2")
FT_OP2(op_subs_x_ext_uxtb_4, "subs %0, %2, %w4, uxtb #4")
FT_OP2(op_subs_w_ext_uxtb_4, "subs %w0, %w2, %w4, uxtb #4")
FT_OP2(op_subs_x_ext_uxth_0, "subs %0, %2, %w4, uxth #0")
FT_OP2(op_subs_w_ext_uxth_0, "subs %w0, %w2, %w4, uxth #0")
FT_OP2(op_subs_x_ext_uxth_2, "subs %0, %2, %w4, uxth #2")
FT_OP2(op_subs_w_ext_uxth_2, "subs %w0, %w2, %w4, uxth #2")
FT_OP2(op_subs_x_ext_uxth_4, "subs %0, %2, %w4, uxth #4")
FT_OP2(op_subs_w_ext_uxth_4, "subs %w0, %w2, %w4, uxth #4")
FT_OP2(op_subs_x_ext_uxtw_0, "subs %0, %2, %w4, uxtw #0")
FT_OP2(op_subs_w_ext_uxtw_0, "subs %w0, %w2, %w4, uxtw #0")
FT_OP2(op_subs_x_ext_uxtw_2, "subs %0, %2, %w4, uxtw #2")
FT_OP2(op_subs_w_ext_uxtw_2, "subs %w0, %w2, %w4, uxtw #2")
FT_OP2(op_subs_x_ext_uxtw_4, "subs %0, %2, %w4, uxtw #4")
FT_OP2(op_subs_w_ext_uxtw_4, "subs %w0, %w2, %w4, uxtw #4")
FT_OP2(op_subs_x_ext_sxtb_0, "subs %0, %2, %w4, sxtb #0")
FT_OP2(op_subs_w_ext_sxtb_0, "subs %w0, %w2, %w4, sxtb #0")
FT_OP2(op_subs_x_ext_sxtb_2, "subs %0, %2, %w4, sxtb #2")
FT_OP2(op_subs_w_ext_sxtb_2, "subs %w0, %w2, %w4, sxtb #2")
FT_OP2(op_subs_x_ext_sxtb_4, "subs %0, %2, %w4, sxtb #4")
FT_OP2(op_subs_w_ext_sxtb_4, "subs %w0, %w2, %w4, sxtb #4")
FT_OP2(op_subs_x_ext_sxth_0, "subs %0, %2, %w4, sxth #0")
FT_OP2(op_subs_w_ext_sxth_0, "subs %w0, %w2, %w4, sxth #0")
FT_OP2(op_subs_x_ext_sxth_2, "subs %0, %2, %w4, sxth #2")
FT_OP2(op_subs_w_ext_sxth_2, "subs %w0, %w2, %w4, sxth #2")
FT_OP2(op_subs_x_ext_sxth_4, "subs %0, %2, %w4, sxth #4")
FT_OP2(op_subs_w_ext_sxth_4, "subs %w0, %w2, %w4, sxth #4")
FT_OP2(op_subs_x_ext_sxtw_0, "subs %0, %2, %w4, sxtw #0")
FT_OP2(op_subs_w_ext_sxtw_0, "subs %w0, %w2, %w4, sxtw #0")
FT_OP2(op_subs_x_ext_sxtw_2, "subs %0, %2, %w4, sxtw #2")
FT_OP2(op_subs_w_ext_sxtw_2, "subs %w0, %w2, %w4, sxtw #2")
FT_OP2(op_subs_x_ext_sxtw_4, "subs %0, %2, %w4, sxtw #4")
FT_OP2(op_subs_w_ext_sxtw_4, "subs %w0, %w2, %w4, sxtw #4")
FT_OP2(op_subs_x_ext_uxtx_0, "subs %0, %2, %4, uxtx #0")
FT_OP2(op_subs_x_ext_uxtx_3, "subs %0, %2, %4, uxtx #3")
FT_OP2(op_subs_x_ext_sxtx_0, "subs %0, %2, %4, sxtx #0")
FT_OP2(op_subs_x_ext_sxtx_3, "subs %0, %2, %4, sxtx #3")
FT_OP2(op_adc_x, "adc %0, %2, %4")
FT_OP2(op_adc_w, "adc %w0, %w2, %w4")
FT_OP2(op_adcs_x, "adcs %0, %2, %4")
FT_OP2(op_adcs_w, "adcs %w0, %w2, %w4")
FT_OP2(op_sbc_x, "sbc %0, %2, %4")
FT_OP2(op_sbc_w, "sbc %w0, %w2, %w4")
FT_OP2(op_sbcs_x, "sbcs %0, %2, %4")
FT_OP2(op_sbcs_w, "sbcs %w0, %w2, %w4")
FT_OP2(op_ngc_x, "ngc %0, %4")
FT_OP2(op_ngc_w, "ngc %w0, %w4")
FT_OP2(op_ngcs_x, "ngcs %0, %4")
FT_OP2(op_ngcs_w, "ngcs %w0, %w4")
FT_OP2(op_neg_x_asr_5, "neg %0, %4, asr #5")
FT_OP2(op_neg_w, "neg %w0, %w4")
FT_OP2(op_negs_x_asr_5, "negs %0, %4, asr #5")
FT_OP2(op_negs_w, "negs %w0, %w4")
FT_OP2(op_cmp_x, "cmp %2, %4\n\tmov %0, #0")
FT_OP2(op_cmn_w, "cmn %w2, %w4\n\tmov %0, #0")
FT_OP2(op_cmp_w_imm, "cmp %w2, #0x7ff\n\tmov %0, #0")

static const struct ft_op2_case cases[] = {
    {"add x imm #0", op_add_x_imm_0},
    {"add w imm #0", op_add_w_imm_0},
    {"add x imm #1", op_add_x_imm_1},
    {"add w imm #1", op_add_w_imm_1},
    {"add x imm #0xfff", op_add_x_imm_0xfff},
    {"add w imm #0xfff", op_add_w_imm_0xfff},
    {"add x imm #1, lsl #12", op_add_x_imm_1_lsl_12},
    {"add w imm #1, lsl #12", op_add_w_imm_1_lsl_12},
    {"add x imm #0xfff, lsl #12", op_add_x_imm_0xfff_lsl_12},
    {"add w imm #0xfff, lsl #12", op_add_w_imm_0xfff_lsl_12},
    {"add w lsl #0", op_add_w_lsl_0},
    {"add w lsl #1", op_add_w_lsl_1},
    {"add w lsl #31", op_add_w_lsl_31},
    {"add w lsr #1", op_add_w_lsr_1},
    {"add w lsr #31", op_add_w_lsr_31},
    {"add w asr #1", op_add_w_asr_1},
    {"add w asr #31", op_add_w_asr_31},
    {"add x lsl #0", op_add_x_lsl_0},
    {"add x lsl #17", op_add_x_lsl_17},
    {"add x lsl #63", op_add_x_lsl_63},
    {"add x lsr #3", op_add_x_lsr_3},
    {"add x lsr #63", op_add_x_lsr_63},
    {"add x asr #7", op_add_x_asr_7},
    {"add x asr #63", op_add_x_asr_63},
    {"add x ext uxtb #0", op_add_x_ext_uxtb_0},
    {"add w ext uxtb #0", op_add_w_ext_uxtb_0},
    {"add x ext uxtb #2", op_add_x_ext_uxtb_2},
    {"add w ext uxtb #2", op_add_w_ext_uxtb_2},
    {"add x ext uxtb #4", op_add_x_ext_uxtb_4},
    {"add w ext uxtb #4", op_add_w_ext_uxtb_4},
    {"add x ext uxth #0", op_add_x_ext_uxth_0},
    {"add w ext uxth #0", op_add_w_ext_uxth_0},
    {"add x ext uxth #2", op_add_x_ext_uxth_2},
    {"add w ext uxth #2", op_add_w_ext_uxth_2},
    {"add x ext uxth #4", op_add_x_ext_uxth_4},
    {"add w ext uxth #4", op_add_w_ext_uxth_4},
    {"add x ext uxtw #0", op_add_x_ext_uxtw_0},
    {"add w ext uxtw #0", op_add_w_ext_uxtw_0},
    {"add x ext uxtw #2", op_add_x_ext_uxtw_2},
    {"add w ext uxtw #2", op_add_w_ext_uxtw_2},
    {"add x ext uxtw #4", op_add_x_ext_uxtw_4},
    {"add w ext uxtw #4", op_add_w_ext_uxtw_4},
    {"add x ext sxtb #0", op_add_x_ext_sxtb_0},
    {"add w ext sxtb #0", op_add_w_ext_sxtb_0},
    {"add x ext sxtb #2", op_add_x_ext_sxtb_2},
    {"add w ext sxtb #2", op_add_w_ext_sxtb_2},
    {"add x ext sxtb #4", op_add_x_ext_sxtb_4},
    {"add w ext sxtb #4", op_add_w_ext_sxtb_4},
    {"add x ext sxth #0", op_add_x_ext_sxth_0},
    {"add w ext sxth #0", op_add_w_ext_sxth_0},
    {"add x ext sxth #2", op_add_x_ext_sxth_2},
    {"add w ext sxth #2", op_add_w_ext_sxth_2},
    {"add x ext sxth #4", op_add_x_ext_sxth_4},
    {"add w ext sxth #4", op_add_w_ext_sxth_4},
    {"add x ext sxtw #0", op_add_x_ext_sxtw_0},
    {"add w ext sxtw #0", op_add_w_ext_sxtw_0},
    {"add x ext sxtw #2", op_add_x_ext_sxtw_2},
    {"add w ext sxtw #2", op_add_w_ext_sxtw_2},
    {"add x ext sxtw #4", op_add_x_ext_sxtw_4},
    {"add w ext sxtw #4", op_add_w_ext_sxtw_4},
    {"add x ext uxtx #0", op_add_x_ext_uxtx_0},
    {"add x ext uxtx #3", op_add_x_ext_uxtx_3},
    {"add x ext sxtx #0", op_add_x_ext_sxtx_0},
    {"add x ext sxtx #3", op_add_x_ext_sxtx_3},
    {"adds x imm #0", op_adds_x_imm_0},
    {"adds w imm #0", op_adds_w_imm_0},
    {"adds x imm #1", op_adds_x_imm_1},
    {"adds w imm #1", op_adds_w_imm_1},
    {"adds x imm #0xfff", op_adds_x_imm_0xfff},
    {"adds w imm #0xfff", op_adds_w_imm_0xfff},
    {"adds x imm #1, lsl #12", op_adds_x_imm_1_lsl_12},
    {"adds w imm #1, lsl #12", op_adds_w_imm_1_lsl_12},
    {"adds x imm #0xfff, lsl #12", op_adds_x_imm_0xfff_lsl_12},
    {"adds w imm #0xfff, lsl #12", op_adds_w_imm_0xfff_lsl_12},
    {"adds w lsl #0", op_adds_w_lsl_0},
    {"adds w lsl #1", op_adds_w_lsl_1},
    {"adds w lsl #31", op_adds_w_lsl_31},
    {"adds w lsr #1", op_adds_w_lsr_1},
    {"adds w lsr #31", op_adds_w_lsr_31},
    {"adds w asr #1", op_adds_w_asr_1},
    {"adds w asr #31", op_adds_w_asr_31},
    {"adds x lsl #0", op_adds_x_lsl_0},
    {"adds x lsl #17", op_adds_x_lsl_17},
    {"adds x lsl #63", op_adds_x_lsl_63},
    {"adds x lsr #3", op_adds_x_lsr_3},
    {"adds x lsr #63", op_adds_x_lsr_63},
    {"adds x asr #7", op_adds_x_asr_7},
    {"adds x asr #63", op_adds_x_asr_63},
    {"adds x ext uxtb #0", op_adds_x_ext_uxtb_0},
    {"adds w ext uxtb #0", op_adds_w_ext_uxtb_0},
    {"adds x ext uxtb #2", op_adds_x_ext_uxtb_2},
    {"adds w ext uxtb #2", op_adds_w_ext_uxtb_2},
    {"adds x ext uxtb #4", op_adds_x_ext_uxtb_4},
    {"adds w ext uxtb #4", op_adds_w_ext_uxtb_4},
    {"adds x ext uxth #0", op_adds_x_ext_uxth_0},
    {"adds w ext uxth #0", op_adds_w_ext_uxth_0},
    {"adds x ext uxth #2", op_adds_x_ext_uxth_2},
    {"adds w ext uxth #2", op_adds_w_ext_uxth_2},
    {"adds x ext uxth #4", op_adds_x_ext_uxth_4},
    {"adds w ext uxth #4", op_adds_w_ext_uxth_4},
    {"adds x ext uxtw #0", op_adds_x_ext_uxtw_0},
    {"adds w ext uxtw #0", op_adds_w_ext_uxtw_0},
    {"adds x ext uxtw #2", op_adds_x_ext_uxtw_2},
    {"adds w ext uxtw #2", op_adds_w_ext_uxtw_2},
    {"adds x ext uxtw #4", op_adds_x_ext_uxtw_4},
    {"adds w ext uxtw #4", op_adds_w_ext_uxtw_4},
    {"adds x ext sxtb #0", op_adds_x_ext_sxtb_0},
    {"adds w ext sxtb #0", op_adds_w_ext_sxtb_0},
    {"adds x ext sxtb #2", op_adds_x_ext_sxtb_2},
    {"adds w ext sxtb #2", op_adds_w_ext_sxtb_2},
    {"adds x ext sxtb #4", op_adds_x_ext_sxtb_4},
    {"adds w ext sxtb #4", op_adds_w_ext_sxtb_4},
    {"adds x ext sxth #0", op_adds_x_ext_sxth_0},
    {"adds w ext sxth #0", op_adds_w_ext_sxth_0},
    {"adds x ext sxth #2", op_adds_x_ext_sxth_2},
    {"adds w ext sxth #2", op_adds_w_ext_sxth_2},
    {"adds x ext sxth #4", op_adds_x_ext_sxth_4},
    {"adds w ext sxth #4", op_adds_w_ext_sxth_4},
    {"adds x ext sxtw #0", op_adds_x_ext_sxtw_0},
    {"adds w ext sxtw #0", op_adds_w_ext_sxtw_0},
    {"adds x ext sxtw #2", op_adds_x_ext_sxtw_2},
    {"adds w ext sxtw #2", op_adds_w_ext_sxtw_2},
    {"adds x ext sxtw #4", op_adds_x_ext_sxtw_4},
    {"adds w ext sxtw #4", op_adds_w_ext_sxtw_4},
    {"adds x ext uxtx #0", op_adds_x_ext_uxtx_0},
    {"adds x ext uxtx #3", op_adds_x_ext_uxtx_3},
    {"adds x ext sxtx #0", op_adds_x_ext_sxtx_0},
    {"adds x ext sxtx #3", op_adds_x_ext_sxtx_3},
    {"sub x imm #0", op_sub_x_imm_0},
    {"sub w imm #0", op_sub_w_imm_0},
    {"sub x imm #1", op_sub_x_imm_1},
    {"sub w imm #1", op_sub_w_imm_1},
    {"sub x imm #0xfff", op_sub_x_imm_0xfff},
    {"sub w imm #0xfff", op_sub_w_imm_0xfff},
    {"sub x imm #1, lsl #12", op_sub_x_imm_1_lsl_12},
    {"sub w imm #1, lsl #12", op_sub_w_imm_1_lsl_12},
    {"sub x imm #0xfff, lsl #12", op_sub_x_imm_0xfff_lsl_12},
    {"sub w imm #0xfff, lsl #12", op_sub_w_imm_0xfff_lsl_12},
    {"sub w lsl #0", op_sub_w_lsl_0},
    {"sub w lsl #1", op_sub_w_lsl_1},
    {"sub w lsl #31", op_sub_w_lsl_31},
    {"sub w lsr #1", op_sub_w_lsr_1},
    {"sub w lsr #31", op_sub_w_lsr_31},
    {"sub w asr #1", op_sub_w_asr_1},
    {"sub w asr #31", op_sub_w_asr_31},
    {"sub x lsl #0", op_sub_x_lsl_0},
    {"sub x lsl #17", op_sub_x_lsl_17},
    {"sub x lsl #63", op_sub_x_lsl_63},
    {"sub x lsr #3", op_sub_x_lsr_3},
    {"sub x lsr #63", op_sub_x_lsr_63},
    {"sub x asr #7", op_sub_x_asr_7},
    {"sub x asr #63", op_sub_x_asr_63},
    {"sub x ext uxtb #0", op_sub_x_ext_uxtb_0},
    {"sub w ext uxtb #0", op_sub_w_ext_uxtb_0},
    {"sub x ext uxtb #2", op_sub_x_ext_uxtb_2},
    {"sub w ext uxtb #2", op_sub_w_ext_uxtb_2},
    {"sub x ext uxtb #4", op_sub_x_ext_uxtb_4},
    {"sub w ext uxtb #4", op_sub_w_ext_uxtb_4},
    {"sub x ext uxth #0", op_sub_x_ext_uxth_0},
    {"sub w ext uxth #0", op_sub_w_ext_uxth_0},
    {"sub x ext uxth #2", op_sub_x_ext_uxth_2},
    {"sub w ext uxth #2", op_sub_w_ext_uxth_2},
    {"sub x ext uxth #4", op_sub_x_ext_uxth_4},
    {"sub w ext uxth #4", op_sub_w_ext_uxth_4},
    {"sub x ext uxtw #0", op_sub_x_ext_uxtw_0},
    {"sub w ext uxtw #0", op_sub_w_ext_uxtw_0},
    {"sub x ext uxtw #2", op_sub_x_ext_uxtw_2},
    {"sub w ext uxtw #2", op_sub_w_ext_uxtw_2},
    {"sub x ext uxtw #4", op_sub_x_ext_uxtw_4},
    {"sub w ext uxtw #4", op_sub_w_ext_uxtw_4},
    {"sub x ext sxtb #0", op_sub_x_ext_sxtb_0},
    {"sub w ext sxtb #0", op_sub_w_ext_sxtb_0},
    {"sub x ext sxtb #2", op_sub_x_ext_sxtb_2},
    {"sub w ext sxtb #2", op_sub_w_ext_sxtb_2},
    {"sub x ext sxtb #4", op_sub_x_ext_sxtb_4},
    {"sub w ext sxtb #4", op_sub_w_ext_sxtb_4},
    {"sub x ext sxth #0", op_sub_x_ext_sxth_0},
    {"sub w ext sxth #0", op_sub_w_ext_sxth_0},
    {"sub x ext sxth #2", op_sub_x_ext_sxth_2},
    {"sub w ext sxth #2", op_sub_w_ext_sxth_2},
    {"sub x ext sxth #4", op_sub_x_ext_sxth_4},
    {"sub w ext sxth #4", op_sub_w_ext_sxth_4},
    {"sub x ext sxtw #0", op_sub_x_ext_sxtw_0},
    {"sub w ext sxtw #0", op_sub_w_ext_sxtw_0},
    {"sub x ext sxtw #2", op_sub_x_ext_sxtw_2},
    {"sub w ext sxtw #2", op_sub_w_ext_sxtw_2},
    {"sub x ext sxtw #4", op_sub_x_ext_sxtw_4},
    {"sub w ext sxtw #4", op_sub_w_ext_sxtw_4},
    {"sub x ext uxtx #0", op_sub_x_ext_uxtx_0},
    {"sub x ext uxtx #3", op_sub_x_ext_uxtx_3},
    {"sub x ext sxtx #0", op_sub_x_ext_sxtx_0},
    {"sub x ext sxtx #3", op_sub_x_ext_sxtx_3},
    {"subs x imm #0", op_subs_x_imm_0},
    {"subs w imm #0", op_subs_w_imm_0},
    {"subs x imm #1", op_subs_x_imm_1},
    {"subs w imm #1", op_subs_w_imm_1},
    {"subs x imm #0xfff", op_subs_x_imm_0xfff},
    {"subs w imm #0xfff", op_subs_w_imm_0xfff},
    {"subs x imm #1, lsl #12", op_subs_x_imm_1_lsl_12},
    {"subs w imm #1, lsl #12", op_subs_w_imm_1_lsl_12},
    {"subs x imm #0xfff, lsl #12", op_subs_x_imm_0xfff_lsl_12},
    {"subs w imm #0xfff, lsl #12", op_subs_w_imm_0xfff_lsl_12},
    {"subs w lsl #0", op_subs_w_lsl_0},
    {"subs w lsl #1", op_subs_w_lsl_1},
    {"subs w lsl #31", op_subs_w_lsl_31},
    {"subs w lsr #1", op_subs_w_lsr_1},
    {"subs w lsr #31", op_subs_w_lsr_31},
    {"subs w asr #1", op_subs_w_asr_1},
    {"subs w asr #31", op_subs_w_asr_31},
    {"subs x lsl #0", op_subs_x_lsl_0},
    {"subs x lsl #17", op_subs_x_lsl_17},
    {"subs x lsl #63", op_subs_x_lsl_63},
    {"subs x lsr #3", op_subs_x_lsr_3},
    {"subs x lsr #63", op_subs_x_lsr_63},
    {"subs x asr #7", op_subs_x_asr_7},
    {"subs x asr #63", op_subs_x_asr_63},
    {"subs x ext uxtb #0", op_subs_x_ext_uxtb_0},
    {"subs w ext uxtb #0", op_subs_w_ext_uxtb_0},
    {"subs x ext uxtb #2", op_subs_x_ext_uxtb_2},
    {"subs w ext uxtb #2", op_subs_w_ext_uxtb_2},
    {"subs x ext uxtb #4", op_subs_x_ext_uxtb_4},
    {"subs w ext uxtb #4", op_subs_w_ext_uxtb_4},
    {"subs x ext uxth #0", op_subs_x_ext_uxth_0},
    {"subs w ext uxth #0", op_subs_w_ext_uxth_0},
    {"subs x ext uxth #2", op_subs_x_ext_uxth_2},
    {"subs w ext uxth #2", op_subs_w_ext_uxth_2},
    {"subs x ext uxth #4", op_subs_x_ext_uxth_4},
    {"subs w ext uxth #4", op_subs_w_ext_uxth_4},
    {"subs x ext uxtw #0", op_subs_x_ext_uxtw_0},
    {"subs w ext uxtw #0", op_subs_w_ext_uxtw_0},
    {"subs x ext uxtw #2", op_subs_x_ext_uxtw_2},
    {"subs w ext uxtw #2", op_subs_w_ext_uxtw_2},
    {"subs x ext uxtw #4", op_subs_x_ext_uxtw_4},
    {"subs w ext uxtw #4", op_subs_w_ext_uxtw_4},
    {"subs x ext sxtb #0", op_subs_x_ext_sxtb_0},
    {"subs w ext sxtb #0", op_subs_w_ext_sxtb_0},
    {"subs x ext sxtb #2", op_subs_x_ext_sxtb_2},
    {"subs w ext sxtb #2", op_subs_w_ext_sxtb_2},
    {"subs x ext sxtb #4", op_subs_x_ext_sxtb_4},
    {"subs w ext sxtb #4", op_subs_w_ext_sxtb_4},
    {"subs x ext sxth #0", op_subs_x_ext_sxth_0},
    {"subs w ext sxth #0", op_subs_w_ext_sxth_0},
    {"subs x ext sxth #2", op_subs_x_ext_sxth_2},
    {"subs w ext sxth #2", op_subs_w_ext_sxth_2},
    {"subs x ext sxth #4", op_subs_x_ext_sxth_4},
    {"subs w ext sxth #4", op_subs_w_ext_sxth_4},
    {"subs x ext sxtw #0", op_subs_x_ext_sxtw_0},
    {"subs w ext sxtw #0", op_subs_w_ext_sxtw_0},
    {"subs x ext sxtw #2", op_subs_x_ext_sxtw_2},
    {"subs w ext sxtw #2", op_subs_w_ext_sxtw_2},
    {"subs x ext sxtw #4", op_subs_x_ext_sxtw_4},
    {"subs w ext sxtw #4", op_subs_w_ext_sxtw_4},
    {"subs x ext uxtx #0", op_subs_x_ext_uxtx_0},
    {"subs x ext uxtx #3", op_subs_x_ext_uxtx_3},
    {"subs x ext sxtx #0", op_subs_x_ext_sxtx_0},
    {"subs x ext sxtx #3", op_subs_x_ext_sxtx_3},
    {"adc x", op_adc_x},
    {"adc w", op_adc_w},
    {"adcs x", op_adcs_x},
    {"adcs w", op_adcs_w},
    {"sbc x", op_sbc_x},
    {"sbc w", op_sbc_w},
    {"sbcs x", op_sbcs_x},
    {"sbcs w", op_sbcs_w},
    {"ngc x", op_ngc_x},
    {"ngc w", op_ngc_w},
    {"ngcs x", op_ngcs_x},
    {"ngcs w", op_ngcs_w},
    {"neg x asr #5", op_neg_x_asr_5},
    {"neg w", op_neg_w},
    {"negs x asr #5", op_negs_x_asr_5},
    {"negs w", op_negs_w},
    {"cmp x", op_cmp_x},
    {"cmn w", op_cmn_w},
    {"cmp w imm", op_cmp_w_imm},
};

/* Results of the largest sweep below. */
static uint64_t sweep_out[2 * 768];


/*
 * Add/subtract (shifted register): every op, S, shift type (LSL, LSR, ASR)
 * and imm6 < datasize. Order: op, S, shift, imm6.
 * Add/subtract (extended register): every op, S, option (UXTB..SXTX) and
 * imm3 0..4. Order: op, S, option, imm3.
 * Add/subtract (immediate): every op, S, sh, and imm12 = 0, 195, ... 4095.
 * Add/subtract with carry: every op and S (the sweeps run under all 16
 * starting NZCV values, so both carry inputs are seen).
 */
__asm__(".macro addsub_shifted_all sf\n"
        "    .irp op, 0, 1\n"
        "    .irp s, 0, 1\n"
        "    .irp shift, 0, 1, 2\n"
        "        .set imm6, 0\n"
        "        .rept 32 + 32 * \\sf\n"
        "            .set word, (\\sf << 31) | (\\op << 30) | (\\s << 29) | (0xb << 24) "
        "| (\\shift << 22) | (4 << 16) | (imm6 << 10) | (3 << 5) | 2\n"
        "            sweep_step\n"
        "            .set imm6, imm6 + 1\n"
        "        .endr\n"
        "    .endr\n"
        "    .endr\n"
        "    .endr\n"
        ".endm\n"
        ".macro addsub_other_all sf\n"
        "    .irp op, 0, 1\n"
        "    .irp s, 0, 1\n"
        "        .irp option, 0, 1, 2, 3, 4, 5, 6, 7\n"
        "        .irp imm3, 0, 1, 2, 3, 4\n"
        "            .set word, (\\sf << 31) | (\\op << 30) | (\\s << 29) | (0xb << 24) | (1 << 21) "
        "| (4 << 16) | (\\option << 13) | (\\imm3 << 10) | (3 << 5) | 2\n"
        "            sweep_step\n"
        "        .endr\n"
        "        .endr\n"
        "        .irp sh, 0, 1\n"
        "        .set imm12, 0\n"
        "        .rept 22\n"
        "            .set word, (\\sf << 31) | (\\op << 30) | (\\s << 29) | (0x22 << 23) "
        "| (\\sh << 22) | (imm12 << 10) | (3 << 5) | 2\n"
        "            sweep_step\n"
        "            .set imm12, imm12 + 195\n"
        "        .endr\n"
        "        .endr\n"
        "        .set word, (\\sf << 31) | (\\op << 30) | (\\s << 29) | (0xd0 << 21) | (4 << 16) "
        "| (3 << 5) | 2\n"
        "        sweep_step\n"
        "    .endr\n"
        "    .endr\n"
        ".endm\n"
        ".text\n"
        "sweep_begin sweep_addsub_shifted_x\n"
        "    addsub_shifted_all 1\n"
        "sweep_end\n"
        "sweep_begin sweep_addsub_shifted_w\n"
        "    addsub_shifted_all 0\n"
        "sweep_end\n"
        "sweep_begin sweep_addsub_other_x\n"
        "    addsub_other_all 1\n"
        "sweep_end\n"
        "sweep_begin sweep_addsub_other_w\n"
        "    addsub_other_all 0\n"
        "sweep_end\n");

ft_sweep_fn sweep_addsub_shifted_x;
ft_sweep_fn sweep_addsub_shifted_w;
ft_sweep_fn sweep_addsub_other_x;
ft_sweep_fn sweep_addsub_other_w;

/*
 * Register 31 as SP: ADD/SUB (immediate) read and write SP, ADDS/SUBS
 * (immediate) read SP and write XZR, the extended-register forms read SP
 * as Rn and write it as Rd unless S = 1; the shifted-register forms read
 * and write XZR. Each step sets SP = x3 first; SP is parked in x16 for the
 * duration. Stores (x2, NZCV, SP) per step.
 */
__asm__(".text\n"
        ".global sweep_sp_forms\n"
        ".p2align 2\n"
        "sweep_sp_forms:\n"
        "    ldp x3, x4, [x0]\n"
        "    ldp x5, x6, [x0, #16]\n"
        "    mov x8, x1\n"
        "    mov x16, sp\n"
        "    .irp word, 0x910043ff, 0xd17fffff, 0x910007e2, 0xf1048fff, 0xb14007ff, 0xb11fffe2, "
        "0x8b24487f, 0x8b24e7e2, 0xcb246fff, 0xab24c3e2, 0xeb2463ff, 0x0b24207f, 0xcb2493e2, "
        "0xeb246be2, 0x8b0407e2, 0x8b04007f, 0xab04007f, 0x110007ff, 0x110003e2, 0x710007ff\n"
        /* add sp, sp, #0x10; sub sp, sp, #0xfff, lsl #12; add x2, sp, #1; cmp sp, #0x123;
           cmn sp, #1, lsl #12; adds x2, sp, #0x7ff; add sp, x3, w4, uxtw #2;
           add x2, sp, x4, sxtx #1; sub sp, sp, x4, uxtx #3; adds x2, sp, w4, sxtw;
           cmp sp, x4 (uxtx); add wsp, w3, w4, uxth; sub x2, sp, w4, sxtb #4;
           subs x2, sp, x4, uxtx #2; add x2, xzr, x4, lsl #1; add xzr, x3, x4;
           cmn x3, x4; add wsp, wsp, #1; mov w2, wsp; cmp wsp, #1 */
        "        mov sp, x3\n"
        "        mov x2, x6\n"
        "        msr nzcv, x5\n"
        "        .inst \\word\n"
        "        mrs x7, nzcv\n"
        "        mov x9, sp\n"
        "        stp x2, x7, [x1], #16\n"
        "        str x9, [x1], #8\n"
        "    .endr\n"
        "    mov sp, x16\n"
        "    sub x0, x1, x8\n"
        "    mov x9, #24\n"
        "    udiv x0, x0, x9\n"
        "    ret\n");

ft_sweep_fn sweep_sp_forms;

static const struct ft_sweep_in sweep_inputs[] = {
    {0x0123456789abcdef, 0xfedcba9876543210, 0xf0000000, 0x5a5a5a5a5a5a5a5a},
    {0x7fffffffffffffff, 0x0000000000000001, 0x00000000, 0},
    {0x8000000000000000, 0xffffffffffffffff, 0x20000000, 0},
    {0x000000007fffffff, 0x0000000080000000, 0x60000000, 0},
    {0xffffffffffffffff, 0x0000000000000001, 0x90000000, 0},
    {0x0000000000000000, 0x8000000000000000, 0x30000000, 0},
};

static void print_sp_forms(const struct ft_sweep_in *in)
{
    uint64_t n = sweep_sp_forms(in, sweep_out);
    check3("sp forms in", in->a, in->b, in->nzcv);
    for (uint64_t i = 0; i < n; i++)
        check3("sp forms", sweep_out[3 * i], sweep_out[3 * i + 1], sweep_out[3 * i + 2]);
}

/*
 * Multi-word arithmetic: the carry of one instruction feeds the next within a
 * block (ADDS then ADCS, SUBS then SBCS, CMP then ADC, ADCS then CSET), the
 * way compilers write 128-bit and bignum code.
 */
static void multiword(uint64_t a0, uint64_t a1, uint64_t b0, uint64_t b1)
{
    uint64_t r0, r1, r2, flags;
    __asm__ volatile("adds %0, %4, %6\n\tadcs %1, %5, %7\n\tadc %2, xzr, xzr\n\tmrs %3, nzcv"
                     : "=&r"(r0), "=&r"(r1), "=&r"(r2), "=&r"(flags)
                     : "r"(a0), "r"(a1), "r"(b0), "r"(b1) : "cc");
    check1("add128 lo", r0);
    check1("add128 hi", r1);
    check1("add128 carry", r2);
    check1("add128 nzcv", flags);
    __asm__ volatile("subs %0, %4, %6\n\tsbcs %1, %5, %7\n\tsbc %w2, wzr, wzr\n\tmrs %3, nzcv"
                     : "=&r"(r0), "=&r"(r1), "=&r"(r2), "=&r"(flags)
                     : "r"(a0), "r"(a1), "r"(b0), "r"(b1) : "cc");
    check1("sub128 lo", r0);
    check1("sub128 hi", r1);
    check1("sub128 borrow", r2);
    check1("sub128 nzcv", flags);
    __asm__ volatile("cmp %w4, %w6\n\tadc %w0, %w5, %w7\n\tadcs %w1, %w4, %w5\n\tcset %2, vs\n\t"
                     "mrs %3, nzcv"
                     : "=&r"(r0), "=&r"(r1), "=&r"(r2), "=&r"(flags)
                     : "r"(a0), "r"(a1), "r"(b0), "r"(b1) : "cc");
    check1("cmp adc w", r0);
    check1("adcs w", r1);
    check1("adcs w vs", r2);
    check1("adcs w nzcv", flags);
}

int test_main(void)
{
    static const uint64_t words[] = {0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x7fffffffffffffff,
                                     0x8000000000000000, 0xffffffffffffffff, 0x123456789abcdef0};
    for (size_t i = 0; i < FT_COUNT(words); i++)
        for (size_t j = 0; j < FT_COUNT(words); j++)
            multiword(words[i], words[j], words[(i + j) % FT_COUNT(words)], words[(i * 3 + j) % FT_COUNT(words)]);
    ft_sweep_table(cases, FT_COUNT(cases), 60);
    for (size_t i = 0; i < FT_COUNT(sweep_inputs); i++) {
        ft_print_sweep("addsub shifted x", sweep_addsub_shifted_x, &sweep_inputs[i], 64, sweep_out);
        ft_print_sweep("addsub shifted w", sweep_addsub_shifted_w, &sweep_inputs[i], 32, sweep_out);
        ft_print_sweep("addsub ext/imm/carry x", sweep_addsub_other_x, &sweep_inputs[i], 5, sweep_out);
        ft_print_sweep("addsub ext/imm/carry w", sweep_addsub_other_w, &sweep_inputs[i], 5, sweep_out);
        print_sp_forms(&sweep_inputs[i]);
    }
    /* Carry-in matters for ADC/SBC: every starting NZCV on one operand pair. */
    for (uint64_t nzcv = 0; nzcv < 16; nzcv++) {
        struct ft_sweep_in in = {0xffffffffffffffff, 0x0000000000000000, nzcv << 28, 0};
        ft_print_sweep("addsub ext/imm/carry x", sweep_addsub_other_x, &in, 100, sweep_out);
        ft_print_sweep("addsub ext/imm/carry w", sweep_addsub_other_w, &in, 100, sweep_out);
    }
    return 0;
}
