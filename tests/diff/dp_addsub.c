/*
 * Differential test: add/subtract (immediate, shifted, extended), with carry, flags.
 * Each case is one instruction template swept by ft_sweep2
 * (edge values, every starting NZCV, random operands).
 */
#include "ferry_test.h"

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

int test_main(void)
{
    ft_sweep_table(cases, FT_COUNT(cases), 60);
    return 0;
}
