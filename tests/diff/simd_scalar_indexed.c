/*
 * Differential test: Advanced SIMD scalar x indexed element (FMUL, FMLA,
 * FMLS, FMULX on S and D under every FPCR setting that matters; SQDMULH,
 * SQRDMULH, SQDMLAL, SQDMLSL, SQDMULL on H and S), the scalar pairwise ADDP
 * and the scalar copy DUP/MOV (element), at the lowest and highest indices,
 * with high-numbered index registers and with Vd/Vn aliasing the indexed
 * register; Vd, FPSR.QC and the FP flags are compared.
 */
// USES-FP-REGS
#include "ferry_simd.h"

FT_SIMD_OP(op0, "fmul s0, s1, v2.s[0]")
FT_SIMD_OP(op1, "fmul s0, s1, v2.s[3]")
FT_SIMD_OP(op2, "fmul d0, d1, v2.d[1]")
FT_SIMD_OP(op3, "fmul d0, d1, v2.d[0]")
FT_SIMD_OP(op4, "fmla s0, s1, v2.s[2]")
FT_SIMD_OP(op5, "fmla d0, d1, v2.d[1]")
FT_SIMD_OP(op6, "fmls s0, s1, v2.s[1]")
FT_SIMD_OP(op7, "fmls d0, d1, v2.d[0]")
FT_SIMD_OP(op8, "fmulx s0, s1, v2.s[3]")
FT_SIMD_OP(op9, "fmulx d0, d1, v2.d[1]")
FT_SIMD_OP(op10, "fmul s0, s0, v0.s[1]")
FT_SIMD_OP(op11, "fmla d0, d0, v0.d[1]")
FT_SIMD_OP(op12, "mov v17.16b, v2.16b\n fmul s0, s1, v17.s[1]")
FT_SIMD_OP(op13, "sqdmulh h0, h1, v2.h[0]")
FT_SIMD_OP(op14, "sqdmulh h0, h1, v2.h[7]")
FT_SIMD_OP(op15, "mov v15.16b, v2.16b\n sqdmulh h0, h1, v15.h[5]")
FT_SIMD_OP(op16, "sqdmulh s0, s1, v2.s[0]")
FT_SIMD_OP(op17, "sqdmulh s0, s1, v2.s[3]")
FT_SIMD_OP(op18, "sqrdmulh h0, h1, v2.h[3]")
FT_SIMD_OP(op19, "sqrdmulh s0, s1, v2.s[2]")
FT_SIMD_OP(op20, "mov v20.16b, v2.16b\n sqrdmulh s0, s1, v20.s[1]")
FT_SIMD_OP(op21, "sqdmlal s0, h1, v2.h[6]")
FT_SIMD_OP(op22, "sqdmlal d0, s1, v2.s[1]")
FT_SIMD_OP(op23, "sqdmlsl s0, h1, v2.h[1]")
FT_SIMD_OP(op24, "sqdmlsl d0, s1, v2.s[3]")
FT_SIMD_OP(op25, "sqdmull s0, h1, v2.h[4]")
FT_SIMD_OP(op26, "sqdmull d0, s1, v2.s[2]")
FT_SIMD_OP(op27, "sqdmulh s0, s0, v0.s[0]")
FT_SIMD_OP(op28, "sqdmlal d0, s0, v0.s[1]")
FT_SIMD_OP(op29, "addp d0, v1.2d")
FT_SIMD_OP(op30, "addp d0, v0.2d")
FT_SIMD_OP(op31, "mov b0, v1.b[0]")
FT_SIMD_OP(op32, "mov b0, v1.b[15]")
FT_SIMD_OP(op33, "mov h0, v1.h[5]")
FT_SIMD_OP(op34, "mov s0, v1.s[3]")
FT_SIMD_OP(op35, "mov d0, v1.d[1]")
FT_SIMD_OP(op36, "mov d0, v0.d[1]")
FT_SIMD_OP(op37, "mov s0, v0.s[2]")
FT_SIMD_OP(op38, "dup h0, v2.h[7]")

static const struct ft_simd_case fp_cases[] = {
    {"fmul s0, s1, v2.s[0]", op0},
    {"fmul s0, s1, v2.s[3]", op1},
    {"fmul d0, d1, v2.d[1]", op2},
    {"fmul d0, d1, v2.d[0]", op3},
    {"fmla s0, s1, v2.s[2]", op4},
    {"fmla d0, d1, v2.d[1]", op5},
    {"fmls s0, s1, v2.s[1]", op6},
    {"fmls d0, d1, v2.d[0]", op7},
    {"fmulx s0, s1, v2.s[3]", op8},
    {"fmulx d0, d1, v2.d[1]", op9},
    {"fmul s0, s0, v0.s[1]", op10},
    {"fmla d0, d0, v0.d[1]", op11},
    {"fmul s0, s1, v17.s[1]", op12},
};

static const struct ft_simd_case cases[] = {
    {"sqdmulh h0, h1, v2.h[0]", op13},
    {"sqdmulh h0, h1, v2.h[7]", op14},
    {"sqdmulh h0, h1, v15.h[5]", op15},
    {"sqdmulh s0, s1, v2.s[0]", op16},
    {"sqdmulh s0, s1, v2.s[3]", op17},
    {"sqrdmulh h0, h1, v2.h[3]", op18},
    {"sqrdmulh s0, s1, v2.s[2]", op19},
    {"sqrdmulh s0, s1, v20.s[1]", op20},
    {"sqdmlal s0, h1, v2.h[6]", op21},
    {"sqdmlal d0, s1, v2.s[1]", op22},
    {"sqdmlsl s0, h1, v2.h[1]", op23},
    {"sqdmlsl d0, s1, v2.s[3]", op24},
    {"sqdmull s0, h1, v2.h[4]", op25},
    {"sqdmull d0, s1, v2.s[2]", op26},
    {"sqdmulh s0, s0, v0.s[0]", op27},
    {"sqdmlal d0, s0, v0.s[1]", op28},
    {"addp d0, v1.2d", op29},
    {"addp d0, v0.2d", op30},
    {"mov b0, v1.b[0]", op31},
    {"mov b0, v1.b[15]", op32},
    {"mov h0, v1.h[5]", op33},
    {"mov s0, v1.s[3]", op34},
    {"mov d0, v1.d[1]", op35},
    {"mov d0, v0.d[1]", op36},
    {"mov s0, v0.s[2]", op37},
    {"dup h0, v2.h[7]", op38},
};
#define SEED 0x1dec5u

int test_main(void)
{
    ft_srand(SEED);
    ft_run_simd_cases(fp_cases, FT_COUNT(fp_cases));
    ft_run_simd_cases(cases, FT_COUNT(cases));
    return 0;
}
