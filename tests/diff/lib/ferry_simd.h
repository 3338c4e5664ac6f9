/*
 * Harness for the Advanced SIMD differential tests: v0-v5 are loaded from
 * ft_vin[] and x0 from ft_gin, the instruction runs with FPSR cleared and
 * FPCR = ft_fpcr, then v0, x0 and FPSR are stored to ft_vout[]. An op may
 * also use v15-v20 as scratch (to reach the high register numbers an
 * encoding allows). ft_run_simd_case runs an op on edge-value vectors (one
 * line each) and on random vectors (one checksum line);
 * ft_run_simd_fp_case does so under each FPCR setting that matters, adding
 * every pairing of FP special values, laid out as doubles and as singles.
 *
 *     FT_SIMD_OP(op0, "add v0.8b, v1.8b, v2.8b")
 *     static const struct ft_simd_case cases[] = {{"add 8b", op0}};
 *     ft_run_simd_cases(cases, FT_COUNT(cases));
 */
#ifndef FERRY_SIMD_TEST_H
#define FERRY_SIMD_TEST_H

#include "ferry_test.h"

extern uint64_t ft_vin[6][2];
extern uint64_t ft_vout[4];
extern uint64_t ft_gin;
extern uint64_t ft_fpcr; /* FPCR while the instruction runs; 0 unless a case sets it */

#define FT_SIMD_OP(fn, insn)                                                                   \
    static void fn(void)                                                                       \
    {                                                                                          \
        __asm__ volatile("ldp q0, q1, [%0]\n ldp q2, q3, [%0, #32]\n ldp q4, q5, [%0, #64]\n"  \
                         "mov x0, %2\n msr fpcr, %3\n msr fpsr, xzr\n " insn "\n"             \
                         "str q0, [%1]\n str x0, [%1, #16]\n mrs x1, fpsr\n str x1, [%1, #24]\n"  \
                         "msr fpcr, xzr" ::"r"(ft_vin),                                        \
                         "r"(ft_vout), "r"(ft_gin), "r"(ft_fpcr)                               \
                         : "v0", "v1", "v2", "v3", "v4", "v5", "v15", "v16", "v17", "v18", "v19", \
                           "v20", "x0", "x1", "memory");                                      \
    }

struct ft_simd_case {
    const char *name;
    void (*fn)(void);
};

void ft_run_simd_case(const struct ft_simd_case *c);

/* ft_run_simd_case under each FPCR setting that matters: every rounding mode, FZ, DN, both, AHP. */
void ft_run_simd_fp_case(const struct ft_simd_case *c);

/* Each case: the FP ones (FP mnemonics, SCVTF/UCVTF) with ft_run_simd_fp_case, the rest once. */
void ft_run_simd_cases(const struct ft_simd_case *cases, size_t count);

#endif
