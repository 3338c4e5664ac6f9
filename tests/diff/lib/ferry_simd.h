/*
 * Harness for the Advanced SIMD differential tests: v0-v5 are loaded from
 * ft_vin[] and x0 from ft_gin, the instruction runs with FPSR cleared, then
 * v0, x0 and FPSR are stored to ft_vout[]. ft_run_simd_case runs an op on
 * edge-value vectors (one line each) and on random vectors (one checksum
 * line).
 *
 *     FT_SIMD_OP(op0, "add v0.8b, v1.8b, v2.8b")
 *     static const struct ft_simd_case cases[] = {{"add 8b", op0}};
 *     ft_run_simd_case(&cases[0]);
 */
#ifndef FERRY_SIMD_TEST_H
#define FERRY_SIMD_TEST_H

#include "ferry_test.h"

extern uint64_t ft_vin[6][2];
extern uint64_t ft_vout[4];
extern uint64_t ft_gin;

#define FT_SIMD_OP(fn, insn)                                                                   \
    static void fn(void)                                                                       \
    {                                                                                          \
        __asm__ volatile("ldp q0, q1, [%0]\n ldp q2, q3, [%0, #32]\n ldp q4, q5, [%0, #64]\n"  \
                         "mov x0, %2\n msr fpsr, xzr\n " insn "\n"                            \
                         "str q0, [%1]\n str x0, [%1, #16]\n mrs x1, fpsr\n str x1, [%1, #24]" \
                         ::"r"(ft_vin), "r"(ft_vout), "r"(ft_gin)                              \
                         : "v0", "v1", "v2", "v3", "v4", "v5", "x0", "x1", "memory");          \
    }

struct ft_simd_case {
    const char *name;
    void (*fn)(void);
};

void ft_run_simd_case(const struct ft_simd_case *c);

#endif
