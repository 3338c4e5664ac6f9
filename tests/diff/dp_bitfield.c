/*
 * Differential test: bitfield moves (SBFM/BFM/UBFM and aliases) and EXTR.
 * Each case is one instruction template swept by ft_sweep2
 * (edge values, every starting NZCV, random operands).
 * Then exhaustive encoding sweeps over every (immr, imms) of SBFM/BFM/UBFM
 * and every EXTR lsb, at both widths.
 */
#include "ferry_sweep.h"

FT_OP2(op_ubfx_w_0_1, "ubfx %w0, %w2, #0, #1")
FT_OP2(op_sbfx_w_0_1, "sbfx %w0, %w2, #0, #1")
FT_OP2(op_bfxil_w_0_1, "mov %w0, %w4\n\tbfxil %w0, %w2, #0, #1")
FT_OP2(op_ubfx_w_0_8, "ubfx %w0, %w2, #0, #8")
FT_OP2(op_sbfx_w_0_8, "sbfx %w0, %w2, #0, #8")
FT_OP2(op_bfxil_w_0_8, "mov %w0, %w4\n\tbfxil %w0, %w2, #0, #8")
FT_OP2(op_ubfx_w_3_5, "ubfx %w0, %w2, #3, #5")
FT_OP2(op_sbfx_w_3_5, "sbfx %w0, %w2, #3, #5")
FT_OP2(op_bfxil_w_3_5, "mov %w0, %w4\n\tbfxil %w0, %w2, #3, #5")
FT_OP2(op_ubfx_w_31_1, "ubfx %w0, %w2, #31, #1")
FT_OP2(op_sbfx_w_31_1, "sbfx %w0, %w2, #31, #1")
FT_OP2(op_bfxil_w_31_1, "mov %w0, %w4\n\tbfxil %w0, %w2, #31, #1")
FT_OP2(op_ubfx_w_0_32, "ubfx %w0, %w2, #0, #32")
FT_OP2(op_sbfx_w_0_32, "sbfx %w0, %w2, #0, #32")
FT_OP2(op_bfxil_w_0_32, "mov %w0, %w4\n\tbfxil %w0, %w2, #0, #32")
FT_OP2(op_ubfx_w_7_25, "ubfx %w0, %w2, #7, #25")
FT_OP2(op_sbfx_w_7_25, "sbfx %w0, %w2, #7, #25")
FT_OP2(op_bfxil_w_7_25, "mov %w0, %w4\n\tbfxil %w0, %w2, #7, #25")
FT_OP2(op_ubfx_x_0_1, "ubfx %0, %2, #0, #1")
FT_OP2(op_sbfx_x_0_1, "sbfx %0, %2, #0, #1")
FT_OP2(op_bfxil_x_0_1, "mov %0, %4\n\tbfxil %0, %2, #0, #1")
FT_OP2(op_ubfx_x_0_16, "ubfx %0, %2, #0, #16")
FT_OP2(op_sbfx_x_0_16, "sbfx %0, %2, #0, #16")
FT_OP2(op_bfxil_x_0_16, "mov %0, %4\n\tbfxil %0, %2, #0, #16")
FT_OP2(op_ubfx_x_5_11, "ubfx %0, %2, #5, #11")
FT_OP2(op_sbfx_x_5_11, "sbfx %0, %2, #5, #11")
FT_OP2(op_bfxil_x_5_11, "mov %0, %4\n\tbfxil %0, %2, #5, #11")
FT_OP2(op_ubfx_x_63_1, "ubfx %0, %2, #63, #1")
FT_OP2(op_sbfx_x_63_1, "sbfx %0, %2, #63, #1")
FT_OP2(op_bfxil_x_63_1, "mov %0, %4\n\tbfxil %0, %2, #63, #1")
FT_OP2(op_ubfx_x_0_64, "ubfx %0, %2, #0, #64")
FT_OP2(op_sbfx_x_0_64, "sbfx %0, %2, #0, #64")
FT_OP2(op_bfxil_x_0_64, "mov %0, %4\n\tbfxil %0, %2, #0, #64")
FT_OP2(op_ubfx_x_32_32, "ubfx %0, %2, #32, #32")
FT_OP2(op_sbfx_x_32_32, "sbfx %0, %2, #32, #32")
FT_OP2(op_bfxil_x_32_32, "mov %0, %4\n\tbfxil %0, %2, #32, #32")
FT_OP2(op_ubfx_x_13_40, "ubfx %0, %2, #13, #40")
FT_OP2(op_sbfx_x_13_40, "sbfx %0, %2, #13, #40")
FT_OP2(op_bfxil_x_13_40, "mov %0, %4\n\tbfxil %0, %2, #13, #40")
FT_OP2(op_ubfiz_w_1_1, "ubfiz %w0, %w2, #1, #1")
FT_OP2(op_sbfiz_w_1_1, "sbfiz %w0, %w2, #1, #1")
FT_OP2(op_bfi_w_1_1, "mov %w0, %w4\n\tbfi %w0, %w2, #1, #1")
FT_OP2(op_ubfiz_w_4_8, "ubfiz %w0, %w2, #4, #8")
FT_OP2(op_sbfiz_w_4_8, "sbfiz %w0, %w2, #4, #8")
FT_OP2(op_bfi_w_4_8, "mov %w0, %w4\n\tbfi %w0, %w2, #4, #8")
FT_OP2(op_ubfiz_w_31_1, "ubfiz %w0, %w2, #31, #1")
FT_OP2(op_sbfiz_w_31_1, "sbfiz %w0, %w2, #31, #1")
FT_OP2(op_bfi_w_31_1, "mov %w0, %w4\n\tbfi %w0, %w2, #31, #1")
FT_OP2(op_ubfiz_w_16_16, "ubfiz %w0, %w2, #16, #16")
FT_OP2(op_sbfiz_w_16_16, "sbfiz %w0, %w2, #16, #16")
FT_OP2(op_bfi_w_16_16, "mov %w0, %w4\n\tbfi %w0, %w2, #16, #16")
FT_OP2(op_ubfiz_x_1_1, "ubfiz %0, %2, #1, #1")
FT_OP2(op_sbfiz_x_1_1, "sbfiz %0, %2, #1, #1")
FT_OP2(op_bfi_x_1_1, "mov %0, %4\n\tbfi %0, %2, #1, #1")
FT_OP2(op_ubfiz_x_12_20, "ubfiz %0, %2, #12, #20")
FT_OP2(op_sbfiz_x_12_20, "sbfiz %0, %2, #12, #20")
FT_OP2(op_bfi_x_12_20, "mov %0, %4\n\tbfi %0, %2, #12, #20")
FT_OP2(op_ubfiz_x_63_1, "ubfiz %0, %2, #63, #1")
FT_OP2(op_sbfiz_x_63_1, "sbfiz %0, %2, #63, #1")
FT_OP2(op_bfi_x_63_1, "mov %0, %4\n\tbfi %0, %2, #63, #1")
FT_OP2(op_ubfiz_x_32_32, "ubfiz %0, %2, #32, #32")
FT_OP2(op_sbfiz_x_32_32, "sbfiz %0, %2, #32, #32")
FT_OP2(op_bfi_x_32_32, "mov %0, %4\n\tbfi %0, %2, #32, #32")
FT_OP2(op_ubfiz_x_8_50, "ubfiz %0, %2, #8, #50")
FT_OP2(op_sbfiz_x_8_50, "sbfiz %0, %2, #8, #50")
FT_OP2(op_bfi_x_8_50, "mov %0, %4\n\tbfi %0, %2, #8, #50")
FT_OP2(op_bfc_x, "mov %0, %4\n\tbfi %0, xzr, #8, #16")
FT_OP2(op_lsl_w_1, "lsl %w0, %w2, #1")
FT_OP2(op_lsr_w_1, "lsr %w0, %w2, #1")
FT_OP2(op_asr_w_1, "asr %w0, %w2, #1")
FT_OP2(op_ror_w_1, "ror %w0, %w2, #1")
FT_OP2(op_lsl_w_13, "lsl %w0, %w2, #13")
FT_OP2(op_lsr_w_13, "lsr %w0, %w2, #13")
FT_OP2(op_asr_w_13, "asr %w0, %w2, #13")
FT_OP2(op_ror_w_13, "ror %w0, %w2, #13")
FT_OP2(op_lsl_w_31, "lsl %w0, %w2, #31")
FT_OP2(op_lsr_w_31, "lsr %w0, %w2, #31")
FT_OP2(op_asr_w_31, "asr %w0, %w2, #31")
FT_OP2(op_ror_w_31, "ror %w0, %w2, #31")
FT_OP2(op_lsl_x_1, "lsl %0, %2, #1")
FT_OP2(op_lsr_x_1, "lsr %0, %2, #1")
FT_OP2(op_asr_x_1, "asr %0, %2, #1")
FT_OP2(op_ror_x_1, "ror %0, %2, #1")
FT_OP2(op_lsl_x_32, "lsl %0, %2, #32")
FT_OP2(op_lsr_x_32, "lsr %0, %2, #32")
FT_OP2(op_asr_x_32, "asr %0, %2, #32")
FT_OP2(op_ror_x_32, "ror %0, %2, #32")
FT_OP2(op_lsl_x_63, "lsl %0, %2, #63")
FT_OP2(op_lsr_x_63, "lsr %0, %2, #63")
FT_OP2(op_asr_x_63, "asr %0, %2, #63")
FT_OP2(op_ror_x_63, "ror %0, %2, #63")
FT_OP2(op_sxtb_w, "sxtb %w0, %w2")
FT_OP2(op_sxth_w, "sxth %w0, %w2")
FT_OP2(op_uxtb_w, "uxtb %w0, %w2")
FT_OP2(op_uxth_w, "uxth %w0, %w2")
FT_OP2(op_sxtb_x, "sxtb %0, %w2")
FT_OP2(op_sxth_x, "sxth %0, %w2")
FT_OP2(op_sxtw_x, "sxtw %0, %w2")
FT_OP2(op_extr_w_0, "extr %w0, %w2, %w4, #0")
FT_OP2(op_extr_w_1, "extr %w0, %w2, %w4, #1")
FT_OP2(op_extr_w_17, "extr %w0, %w2, %w4, #17")
FT_OP2(op_extr_w_31, "extr %w0, %w2, %w4, #31")
FT_OP2(op_extr_x_0, "extr %0, %2, %4, #0")
FT_OP2(op_extr_x_1, "extr %0, %2, %4, #1")
FT_OP2(op_extr_x_32, "extr %0, %2, %4, #32")
FT_OP2(op_extr_x_63, "extr %0, %2, %4, #63")

static const struct ft_op2_case cases[] = {
    {"ubfx w #0 #1", op_ubfx_w_0_1},
    {"sbfx w #0 #1", op_sbfx_w_0_1},
    {"bfxil w #0 #1", op_bfxil_w_0_1},
    {"ubfx w #0 #8", op_ubfx_w_0_8},
    {"sbfx w #0 #8", op_sbfx_w_0_8},
    {"bfxil w #0 #8", op_bfxil_w_0_8},
    {"ubfx w #3 #5", op_ubfx_w_3_5},
    {"sbfx w #3 #5", op_sbfx_w_3_5},
    {"bfxil w #3 #5", op_bfxil_w_3_5},
    {"ubfx w #31 #1", op_ubfx_w_31_1},
    {"sbfx w #31 #1", op_sbfx_w_31_1},
    {"bfxil w #31 #1", op_bfxil_w_31_1},
    {"ubfx w #0 #32", op_ubfx_w_0_32},
    {"sbfx w #0 #32", op_sbfx_w_0_32},
    {"bfxil w #0 #32", op_bfxil_w_0_32},
    {"ubfx w #7 #25", op_ubfx_w_7_25},
    {"sbfx w #7 #25", op_sbfx_w_7_25},
    {"bfxil w #7 #25", op_bfxil_w_7_25},
    {"ubfx x #0 #1", op_ubfx_x_0_1},
    {"sbfx x #0 #1", op_sbfx_x_0_1},
    {"bfxil x #0 #1", op_bfxil_x_0_1},
    {"ubfx x #0 #16", op_ubfx_x_0_16},
    {"sbfx x #0 #16", op_sbfx_x_0_16},
    {"bfxil x #0 #16", op_bfxil_x_0_16},
    {"ubfx x #5 #11", op_ubfx_x_5_11},
    {"sbfx x #5 #11", op_sbfx_x_5_11},
    {"bfxil x #5 #11", op_bfxil_x_5_11},
    {"ubfx x #63 #1", op_ubfx_x_63_1},
    {"sbfx x #63 #1", op_sbfx_x_63_1},
    {"bfxil x #63 #1", op_bfxil_x_63_1},
    {"ubfx x #0 #64", op_ubfx_x_0_64},
    {"sbfx x #0 #64", op_sbfx_x_0_64},
    {"bfxil x #0 #64", op_bfxil_x_0_64},
    {"ubfx x #32 #32", op_ubfx_x_32_32},
    {"sbfx x #32 #32", op_sbfx_x_32_32},
    {"bfxil x #32 #32", op_bfxil_x_32_32},
    {"ubfx x #13 #40", op_ubfx_x_13_40},
    {"sbfx x #13 #40", op_sbfx_x_13_40},
    {"bfxil x #13 #40", op_bfxil_x_13_40},
    {"ubfiz w #1 #1", op_ubfiz_w_1_1},
    {"sbfiz w #1 #1", op_sbfiz_w_1_1},
    {"bfi w #1 #1", op_bfi_w_1_1},
    {"ubfiz w #4 #8", op_ubfiz_w_4_8},
    {"sbfiz w #4 #8", op_sbfiz_w_4_8},
    {"bfi w #4 #8", op_bfi_w_4_8},
    {"ubfiz w #31 #1", op_ubfiz_w_31_1},
    {"sbfiz w #31 #1", op_sbfiz_w_31_1},
    {"bfi w #31 #1", op_bfi_w_31_1},
    {"ubfiz w #16 #16", op_ubfiz_w_16_16},
    {"sbfiz w #16 #16", op_sbfiz_w_16_16},
    {"bfi w #16 #16", op_bfi_w_16_16},
    {"ubfiz x #1 #1", op_ubfiz_x_1_1},
    {"sbfiz x #1 #1", op_sbfiz_x_1_1},
    {"bfi x #1 #1", op_bfi_x_1_1},
    {"ubfiz x #12 #20", op_ubfiz_x_12_20},
    {"sbfiz x #12 #20", op_sbfiz_x_12_20},
    {"bfi x #12 #20", op_bfi_x_12_20},
    {"ubfiz x #63 #1", op_ubfiz_x_63_1},
    {"sbfiz x #63 #1", op_sbfiz_x_63_1},
    {"bfi x #63 #1", op_bfi_x_63_1},
    {"ubfiz x #32 #32", op_ubfiz_x_32_32},
    {"sbfiz x #32 #32", op_sbfiz_x_32_32},
    {"bfi x #32 #32", op_bfi_x_32_32},
    {"ubfiz x #8 #50", op_ubfiz_x_8_50},
    {"sbfiz x #8 #50", op_sbfiz_x_8_50},
    {"bfi x #8 #50", op_bfi_x_8_50},
    {"bfi x xzr (bfc)", op_bfc_x},
    {"lsl w #1", op_lsl_w_1},
    {"lsr w #1", op_lsr_w_1},
    {"asr w #1", op_asr_w_1},
    {"ror w #1", op_ror_w_1},
    {"lsl w #13", op_lsl_w_13},
    {"lsr w #13", op_lsr_w_13},
    {"asr w #13", op_asr_w_13},
    {"ror w #13", op_ror_w_13},
    {"lsl w #31", op_lsl_w_31},
    {"lsr w #31", op_lsr_w_31},
    {"asr w #31", op_asr_w_31},
    {"ror w #31", op_ror_w_31},
    {"lsl x #1", op_lsl_x_1},
    {"lsr x #1", op_lsr_x_1},
    {"asr x #1", op_asr_x_1},
    {"ror x #1", op_ror_x_1},
    {"lsl x #32", op_lsl_x_32},
    {"lsr x #32", op_lsr_x_32},
    {"asr x #32", op_asr_x_32},
    {"ror x #32", op_ror_x_32},
    {"lsl x #63", op_lsl_x_63},
    {"lsr x #63", op_lsr_x_63},
    {"asr x #63", op_asr_x_63},
    {"ror x #63", op_ror_x_63},
    {"sxtb w", op_sxtb_w},
    {"sxth w", op_sxth_w},
    {"uxtb w", op_uxtb_w},
    {"uxth w", op_uxth_w},
    {"sxtb x", op_sxtb_x},
    {"sxth x", op_sxth_x},
    {"sxtw x", op_sxtw_x},
    {"extr w #0", op_extr_w_0},
    {"extr w #1", op_extr_w_1},
    {"extr w #17", op_extr_w_17},
    {"extr w #31", op_extr_w_31},
    {"extr x #0", op_extr_x_0},
    {"extr x #1", op_extr_x_1},
    {"extr x #32", op_extr_x_32},
    {"extr x #63", op_extr_x_63},
};

/* Results of the largest sweep below. */
static uint64_t sweep_out[2 * 3 * 4096];


/*
 * Bitfield moves: every (immr, imms) of SBFM, BFM and UBFM, for X (N = 1,
 * 64 x 64) and W (N = 0, 32 x 32); BFM merges into the preset. Order: opc,
 * immr, imms. EXTR: every lsb for X and W, with Rn != Rm and with Rn = Rm
 * (the ROR alias). Order: Rm, lsb.
 */
__asm__(".macro bitfield_all sf\n"
        "    .irp opc, 0, 1, 2\n"
        "    .set immr, 0\n"
        "    .rept 32 + 32 * \\sf\n"
        "        .set imms, 0\n"
        "        .rept 32 + 32 * \\sf\n"
        "            .set word, (\\sf << 31) | (\\opc << 29) | (0x26 << 23) | (\\sf << 22) "
        "| (immr << 16) | (imms << 10) | (3 << 5) | 2\n"
        "            sweep_step\n"
        "            .set imms, imms + 1\n"
        "        .endr\n"
        "        .set immr, immr + 1\n"
        "    .endr\n"
        "    .endr\n"
        ".endm\n"
        ".macro extr_all sf\n"
        "    .irp rm, 4, 3\n"
        "    .set lsb, 0\n"
        "    .rept 32 + 32 * \\sf\n"
        "        .set word, (\\sf << 31) | (0x27 << 23) | (\\sf << 22) | (\\rm << 16) "
        "| (lsb << 10) | (3 << 5) | 2\n"
        "        sweep_step\n"
        "        .set lsb, lsb + 1\n"
        "    .endr\n"
        "    .endr\n"
        ".endm\n"
        ".text\n"
        "sweep_begin sweep_bitfield_x\n"
        "    bitfield_all 1\n"
        "sweep_end\n"
        "sweep_begin sweep_bitfield_w\n"
        "    bitfield_all 0\n"
        "sweep_end\n"
        "sweep_begin sweep_extr_x\n"
        "    extr_all 1\n"
        "sweep_end\n"
        "sweep_begin sweep_extr_w\n"
        "    extr_all 0\n"
        "sweep_end\n");

ft_sweep_fn sweep_bitfield_x;
ft_sweep_fn sweep_bitfield_w;
ft_sweep_fn sweep_extr_x;
ft_sweep_fn sweep_extr_w;

static const struct ft_sweep_in sweep_inputs[] = {
    {0x0123456789abcdef, 0xfedcba9876543210, 0xf0000000, 0xaaaaaaaaaaaaaaaa},
    {0x8000000000000001, 0x7ffffffffffffffe, 0x00000000, 0x0000000000000000},
    {0xffffffff80000000, 0x000000007fffffff, 0x60000000, 0xffffffffffffffff},
    {0x5555555555555555, 0xffffffffffffffff, 0x90000000, 0x0f0f0f0f0f0f0f0f},
};

int test_main(void)
{
    ft_sweep_table(cases, FT_COUNT(cases), 40);
    for (size_t i = 0; i < FT_COUNT(sweep_inputs); i++) {
        ft_print_sweep("bitfield x", sweep_bitfield_x, &sweep_inputs[i], 64, sweep_out);
        ft_print_sweep("bitfield w", sweep_bitfield_w, &sweep_inputs[i], 32, sweep_out);
        ft_print_sweep("extr x", sweep_extr_x, &sweep_inputs[i], 8, sweep_out);
        ft_print_sweep("extr w", sweep_extr_w, &sweep_inputs[i], 8, sweep_out);
    }
    return 0;
}
