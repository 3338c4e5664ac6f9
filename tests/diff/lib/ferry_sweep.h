/*
 * Exhaustive encoding sweeps for the differential tests. The assembler
 * generates every encoding of a family (nested .rept/.irp over its fields,
 * emitted with .inst) inside one function; each step presets Rd = x2 from
 * x6 and NZCV from x5, runs the word with Rn = x3 and Rm = x4, and stores
 * the pair (x2, NZCV). Flags are stored for every form, so a form that must
 * not touch them is checked too.
 *
 * A sweep function starts with `sweep_begin NAME`, repeats `sweep_step`
 * with the assembler symbol `word` set to each encoding, and ends with
 * `sweep_end`; the macros are defined in every file that includes this.
 */
#ifndef FERRY_SWEEP_H
#define FERRY_SWEEP_H

#include "ferry_test.h"

struct ft_sweep_in {
    uint64_t a, b, nzcv, preset; /* x3, x4, x5, x6 */
};

/* Stores (result, NZCV) per encoding at out; returns the number of encodings. */
typedef uint64_t ft_sweep_fn(const struct ft_sweep_in *in, uint64_t *out);

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

/*
 * Runs a sweep into `buffer` (two words per encoding) and prints a header
 * line with the inputs, then one line per `group` consecutive encodings:
 * index of the first, its result, and a hash of the whole group's results
 * and flags.
 */
void ft_print_sweep(const char *name, ft_sweep_fn *fn, const struct ft_sweep_in *in,
                    uint64_t group, uint64_t *buffer);

#endif
