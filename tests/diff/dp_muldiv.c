/*
 * Differential test: multiply (incl. long and high) and divide (incl. by zero and INT_MIN/-1).
 * Each case is one instruction template swept by ft_sweep2
 * (edge values, every starting NZCV, random operands).
 * Then every three-source form with a separate accumulator, over all
 * pairs of edge values.
 */
#include "ferry_sweep.h"

FT_OP2(op_mul_x, "mul %0, %2, %4")
FT_OP2(op_madd_x, "madd %0, %2, %4, %2")
FT_OP2(op_msub_x, "msub %0, %2, %4, %4")
FT_OP2(op_mneg_x, "mneg %0, %2, %4")
FT_OP2(op_udiv_x, "udiv %0, %2, %4")
FT_OP2(op_sdiv_x, "sdiv %0, %2, %4")
FT_OP2(op_mul_w, "mul %w0, %w2, %w4")
FT_OP2(op_madd_w, "madd %w0, %w2, %w4, %w2")
FT_OP2(op_msub_w, "msub %w0, %w2, %w4, %w4")
FT_OP2(op_mneg_w, "mneg %w0, %w2, %w4")
FT_OP2(op_udiv_w, "udiv %w0, %w2, %w4")
FT_OP2(op_sdiv_w, "sdiv %w0, %w2, %w4")
FT_OP2(op_smaddl, "smaddl %0, %w2, %w4, %2")
FT_OP2(op_smsubl, "smsubl %0, %w2, %w4, %2")
FT_OP2(op_umaddl, "umaddl %0, %w2, %w4, %2")
FT_OP2(op_umsubl, "umsubl %0, %w2, %w4, %2")
FT_OP2(op_smull, "smull %0, %w2, %w4")
FT_OP2(op_umull, "umull %0, %w2, %w4")
FT_OP2(op_smnegl, "smnegl %0, %w2, %w4")
FT_OP2(op_umnegl, "umnegl %0, %w2, %w4")
FT_OP2(op_smulh, "smulh %0, %2, %4")
FT_OP2(op_umulh, "umulh %0, %2, %4")

static const struct ft_op2_case cases[] = {
    {"mul x", op_mul_x},
    {"madd x", op_madd_x},
    {"msub x", op_msub_x},
    {"mneg x", op_mneg_x},
    {"udiv x", op_udiv_x},
    {"sdiv x", op_sdiv_x},
    {"mul w", op_mul_w},
    {"madd w", op_madd_w},
    {"msub w", op_msub_w},
    {"mneg w", op_mneg_w},
    {"udiv w", op_udiv_w},
    {"sdiv w", op_sdiv_w},
    {"smaddl", op_smaddl},
    {"smsubl", op_smsubl},
    {"umaddl", op_umaddl},
    {"umsubl", op_umsubl},
    {"smull", op_smull},
    {"umull", op_umull},
    {"smnegl", op_smnegl},
    {"umnegl", op_umnegl},
    {"smulh", op_smulh},
    {"umulh", op_umulh},
};

/* Results of the largest sweep below. */
static uint64_t sweep_out[2 * 10];


/*
 * Multiply with a separate accumulator Ra = x6: MADD, MSUB (W and X),
 * SMADDL, SMSUBL, UMADDL, UMSUBL, then SMULH and UMULH (whose Ra field is
 * fixed at 31).
 */
__asm__(".macro muladd sf, op31, o0, ra\n"
        "    .set word, (\\sf << 31) | (0x1b << 24) | (\\op31 << 21) | (4 << 16) | (\\o0 << 15) "
        "| (\\ra << 10) | (3 << 5) | 2\n"
        "    sweep_step\n"
        ".endm\n"
        ".text\n"
        "sweep_begin sweep_muladd\n"
        "    muladd 0, 0, 0, 6\n"
        "    muladd 0, 0, 1, 6\n"
        "    muladd 1, 0, 0, 6\n"
        "    muladd 1, 0, 1, 6\n"
        "    muladd 1, 1, 0, 6\n"
        "    muladd 1, 1, 1, 6\n"
        "    muladd 1, 5, 0, 6\n"
        "    muladd 1, 5, 1, 6\n"
        "    muladd 1, 2, 0, 31\n"
        "    muladd 1, 6, 0, 31\n"
        "sweep_end\n");

ft_sweep_fn sweep_muladd;

int test_main(void)
{
    ft_sweep_table(cases, FT_COUNT(cases), 100);
    /* Every pair of edge values, with the accumulator walking the edge values too. */
    for (size_t i = 0; i < ft_edge_count; i++) {
        for (size_t j = 0; j < ft_edge_count; j++) {
            uint64_t ra = ft_edge_values[(i + 3 * j) % ft_edge_count];
            struct ft_sweep_in in = {ft_edge_values[i], ft_edge_values[j], 0x60000000, ra};
            ft_print_sweep("muladd", sweep_muladd, &in, 10, sweep_out);
        }
    }
    return 0;
}
