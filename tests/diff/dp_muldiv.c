/*
 * Differential test: multiply (incl. long and high) and divide (incl. by zero and INT_MIN/-1).
 * Each case is one instruction template swept by ft_sweep2
 * (edge values, every starting NZCV, random operands).
 * Then every three-source form with a separate accumulator, over all
 * pairs of edge values.
 */
#include "ferry_test.h"

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
 * Exhaustive encoding sweeps. The assembler generates every encoding of a
 * family (nested .rept/.irp over its fields, emitted with .inst) inside one
 * function; each step presets Rd = x2 from x6 and NZCV from x5, runs the
 * word with Rn = x3 and Rm = x4, and stores the pair (x2, NZCV). Flags are
 * stored for every form, so a form that must not touch them is checked too.
 */
struct sweep_in {
    uint64_t a, b, nzcv, preset; /* x3, x4, x5, x6 */
};
/* Stores (result, NZCV) per encoding at out; returns the number of encodings. */
typedef uint64_t sweep_fn(const struct sweep_in *in, uint64_t *out);

__asm__(".macro sweep_begin name\n"
        "    .global \\name\n"
        "    .p2align 2\n"
        "\\name:\n"
        "    ldp x3, x4, [x0]\n"
        "    ldp x5, x6, [x0, #16]\n"
        "    mov x8, x1\n"
        ".endm\n"
        ".macro sweep_end\n"
        "    sub x0, x1, x8\n"
        "    lsr x0, x0, #4\n"
        "    ret\n"
        ".endm\n"
        /* Runs the instruction word held in the assembler symbol `word`. */
        ".macro sweep_step\n"
        "    mov x2, x6\n"
        "    msr nzcv, x5\n"
        "    .inst word\n"
        "    mrs x7, nzcv\n"
        "    stp x2, x7, [x1], #16\n"
        ".endm\n");

static uint64_t sweep_mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ull;
    return h ^ (h >> 29);
}

/*
 * Runs a sweep and prints a header line with the inputs, then one line per
 * `group` consecutive encodings: index of the first, its result, and a hash
 * of the whole group's results and flags.
 */
static void print_sweep(const char *name, sweep_fn *fn, const struct sweep_in *in, uint64_t group)
{
    uint64_t n = fn(in, sweep_out);
    check3(name, in->a, in->b, in->nzcv);
    for (uint64_t g = 0; g < n; g += group) {
        uint64_t h = 0xcbf29ce484222325ull;
        for (uint64_t i = g; i < n && i < g + group; i++)
            h = sweep_mix(sweep_mix(h, sweep_out[2 * i]), sweep_out[2 * i + 1]);
        check3(name, g, sweep_out[2 * g], h);
    }
}

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

sweep_fn sweep_muladd;

int test_main(void)
{
    ft_sweep_table(cases, FT_COUNT(cases), 100);
    /* Every pair of edge values, with the accumulator walking the edge values too. */
    for (size_t i = 0; i < ft_edge_count; i++) {
        for (size_t j = 0; j < ft_edge_count; j++) {
            uint64_t ra = ft_edge_values[(i + 3 * j) % ft_edge_count];
            struct sweep_in in = {ft_edge_values[i], ft_edge_values[j], 0x60000000, ra};
            print_sweep("muladd", sweep_muladd, &in, 10);
        }
    }
    return 0;
}
