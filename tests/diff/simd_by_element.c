/*
 * Differential test: Advanced SIMD vector x indexed element (MUL, MLA,
 * MLS, SQDMULH, SQRDMULH, the widening [SU]MLAL/[SU]MLSL/[SU]MULL and
 * SQDMLAL/SQDMLSL/SQDMULL with their "2" forms, FMUL, FMLA, FMLS, FMULX),
 * every arrangement, lowest and highest indices, and register aliasing
 * (Rn == Rm, Rd == Rm, Rd == Rn), on edge and random vectors; v0 is also an
 * input so accumulation is checked, and FPSR (QC, FP flags) is compared.
 */
// USES-FP-REGS
#include "ferry_simd.h"

FT_SIMD_OP(op0, "mul v0.4h, v1.4h, v2.h[0]")
FT_SIMD_OP(op1, "mul v0.4h, v1.4h, v2.h[7]")
FT_SIMD_OP(op2, "mul v0.8h, v1.8h, v2.h[3]")
FT_SIMD_OP(op3, "mul v0.2s, v1.2s, v2.s[1]")
FT_SIMD_OP(op4, "mul v0.4s, v1.4s, v2.s[0]")
FT_SIMD_OP(op5, "mul v0.4s, v1.4s, v2.s[3]")
FT_SIMD_OP(op6, "mla v0.4h, v1.4h, v2.h[0]")
FT_SIMD_OP(op7, "mla v0.4h, v1.4h, v2.h[7]")
FT_SIMD_OP(op8, "mla v0.8h, v1.8h, v2.h[3]")
FT_SIMD_OP(op9, "mla v0.2s, v1.2s, v2.s[1]")
FT_SIMD_OP(op10, "mla v0.4s, v1.4s, v2.s[0]")
FT_SIMD_OP(op11, "mla v0.4s, v1.4s, v2.s[3]")
FT_SIMD_OP(op12, "mls v0.4h, v1.4h, v2.h[0]")
FT_SIMD_OP(op13, "mls v0.4h, v1.4h, v2.h[7]")
FT_SIMD_OP(op14, "mls v0.8h, v1.8h, v2.h[3]")
FT_SIMD_OP(op15, "mls v0.2s, v1.2s, v2.s[1]")
FT_SIMD_OP(op16, "mls v0.4s, v1.4s, v2.s[0]")
FT_SIMD_OP(op17, "mls v0.4s, v1.4s, v2.s[3]")
FT_SIMD_OP(op18, "sqdmulh v0.4h, v1.4h, v2.h[0]")
FT_SIMD_OP(op19, "sqdmulh v0.4h, v1.4h, v2.h[7]")
FT_SIMD_OP(op20, "sqdmulh v0.8h, v1.8h, v2.h[3]")
FT_SIMD_OP(op21, "sqdmulh v0.2s, v1.2s, v2.s[1]")
FT_SIMD_OP(op22, "sqdmulh v0.4s, v1.4s, v2.s[0]")
FT_SIMD_OP(op23, "sqdmulh v0.4s, v1.4s, v2.s[3]")
FT_SIMD_OP(op24, "sqrdmulh v0.4h, v1.4h, v2.h[0]")
FT_SIMD_OP(op25, "sqrdmulh v0.4h, v1.4h, v2.h[7]")
FT_SIMD_OP(op26, "sqrdmulh v0.8h, v1.8h, v2.h[3]")
FT_SIMD_OP(op27, "sqrdmulh v0.2s, v1.2s, v2.s[1]")
FT_SIMD_OP(op28, "sqrdmulh v0.4s, v1.4s, v2.s[0]")
FT_SIMD_OP(op29, "sqrdmulh v0.4s, v1.4s, v2.s[3]")
FT_SIMD_OP(op30, "smlal v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op31, "smlal2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op32, "smlal v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op33, "smlal2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op34, "smlsl v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op35, "smlsl2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op36, "smlsl v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op37, "smlsl2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op38, "smull v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op39, "smull2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op40, "smull v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op41, "smull2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op42, "umlal v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op43, "umlal2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op44, "umlal v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op45, "umlal2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op46, "umlsl v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op47, "umlsl2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op48, "umlsl v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op49, "umlsl2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op50, "umull v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op51, "umull2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op52, "umull v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op53, "umull2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op54, "sqdmlal v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op55, "sqdmlal2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op56, "sqdmlal v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op57, "sqdmlal2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op58, "sqdmlsl v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op59, "sqdmlsl2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op60, "sqdmlsl v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op61, "sqdmlsl2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op62, "sqdmull v0.4s, v1.4h, v2.h[5]")
FT_SIMD_OP(op63, "sqdmull2 v0.4s, v1.8h, v2.h[2]")
FT_SIMD_OP(op64, "sqdmull v0.2d, v1.2s, v2.s[2]")
FT_SIMD_OP(op65, "sqdmull2 v0.2d, v1.4s, v2.s[1]")
FT_SIMD_OP(op66, "fmul v0.2s, v1.2s, v2.s[3]")
FT_SIMD_OP(op67, "fmul v0.4s, v1.4s, v2.s[1]")
FT_SIMD_OP(op68, "fmul v0.2d, v1.2d, v2.d[1]")
FT_SIMD_OP(op69, "fmul v0.2d, v1.2d, v2.d[0]")
FT_SIMD_OP(op70, "fmla v0.2s, v1.2s, v2.s[3]")
FT_SIMD_OP(op71, "fmla v0.4s, v1.4s, v2.s[1]")
FT_SIMD_OP(op72, "fmla v0.2d, v1.2d, v2.d[1]")
FT_SIMD_OP(op73, "fmla v0.2d, v1.2d, v2.d[0]")
FT_SIMD_OP(op74, "fmls v0.2s, v1.2s, v2.s[3]")
FT_SIMD_OP(op75, "fmls v0.4s, v1.4s, v2.s[1]")
FT_SIMD_OP(op76, "fmls v0.2d, v1.2d, v2.d[1]")
FT_SIMD_OP(op77, "fmls v0.2d, v1.2d, v2.d[0]")
FT_SIMD_OP(op78, "fmulx v0.2s, v1.2s, v2.s[3]")
FT_SIMD_OP(op79, "fmulx v0.4s, v1.4s, v2.s[1]")
FT_SIMD_OP(op80, "fmulx v0.2d, v1.2d, v2.d[1]")
FT_SIMD_OP(op81, "fmulx v0.2d, v1.2d, v2.d[0]")
FT_SIMD_OP(op82, "mul v0.4s, v1.4s, v1.s[2]")
FT_SIMD_OP(op83, "mla v0.8h, v0.8h, v0.h[1]")
FT_SIMD_OP(op84, "sqdmull v0.4s, v1.4h, v1.h[3]")
FT_SIMD_OP(op85, "fmla v0.4s, v0.4s, v0.s[2]")
FT_SIMD_OP(op86, "umlal2 v0.2d, v0.4s, v0.s[1]")
FT_SIMD_OP(op87, "mul v0.4h, v1.4h, v5.h[7]")

static const struct ft_simd_case cases[] = {
    {"mul v0.4h, v1.4h, v2.h[0]", op0},
    {"mul v0.4h, v1.4h, v2.h[7]", op1},
    {"mul v0.8h, v1.8h, v2.h[3]", op2},
    {"mul v0.2s, v1.2s, v2.s[1]", op3},
    {"mul v0.4s, v1.4s, v2.s[0]", op4},
    {"mul v0.4s, v1.4s, v2.s[3]", op5},
    {"mla v0.4h, v1.4h, v2.h[0]", op6},
    {"mla v0.4h, v1.4h, v2.h[7]", op7},
    {"mla v0.8h, v1.8h, v2.h[3]", op8},
    {"mla v0.2s, v1.2s, v2.s[1]", op9},
    {"mla v0.4s, v1.4s, v2.s[0]", op10},
    {"mla v0.4s, v1.4s, v2.s[3]", op11},
    {"mls v0.4h, v1.4h, v2.h[0]", op12},
    {"mls v0.4h, v1.4h, v2.h[7]", op13},
    {"mls v0.8h, v1.8h, v2.h[3]", op14},
    {"mls v0.2s, v1.2s, v2.s[1]", op15},
    {"mls v0.4s, v1.4s, v2.s[0]", op16},
    {"mls v0.4s, v1.4s, v2.s[3]", op17},
    {"sqdmulh v0.4h, v1.4h, v2.h[0]", op18},
    {"sqdmulh v0.4h, v1.4h, v2.h[7]", op19},
    {"sqdmulh v0.8h, v1.8h, v2.h[3]", op20},
    {"sqdmulh v0.2s, v1.2s, v2.s[1]", op21},
    {"sqdmulh v0.4s, v1.4s, v2.s[0]", op22},
    {"sqdmulh v0.4s, v1.4s, v2.s[3]", op23},
    {"sqrdmulh v0.4h, v1.4h, v2.h[0]", op24},
    {"sqrdmulh v0.4h, v1.4h, v2.h[7]", op25},
    {"sqrdmulh v0.8h, v1.8h, v2.h[3]", op26},
    {"sqrdmulh v0.2s, v1.2s, v2.s[1]", op27},
    {"sqrdmulh v0.4s, v1.4s, v2.s[0]", op28},
    {"sqrdmulh v0.4s, v1.4s, v2.s[3]", op29},
    {"smlal v0.4s, v1.4h, v2.h[5]", op30},
    {"smlal2 v0.4s, v1.8h, v2.h[2]", op31},
    {"smlal v0.2d, v1.2s, v2.s[2]", op32},
    {"smlal2 v0.2d, v1.4s, v2.s[1]", op33},
    {"smlsl v0.4s, v1.4h, v2.h[5]", op34},
    {"smlsl2 v0.4s, v1.8h, v2.h[2]", op35},
    {"smlsl v0.2d, v1.2s, v2.s[2]", op36},
    {"smlsl2 v0.2d, v1.4s, v2.s[1]", op37},
    {"smull v0.4s, v1.4h, v2.h[5]", op38},
    {"smull2 v0.4s, v1.8h, v2.h[2]", op39},
    {"smull v0.2d, v1.2s, v2.s[2]", op40},
    {"smull2 v0.2d, v1.4s, v2.s[1]", op41},
    {"umlal v0.4s, v1.4h, v2.h[5]", op42},
    {"umlal2 v0.4s, v1.8h, v2.h[2]", op43},
    {"umlal v0.2d, v1.2s, v2.s[2]", op44},
    {"umlal2 v0.2d, v1.4s, v2.s[1]", op45},
    {"umlsl v0.4s, v1.4h, v2.h[5]", op46},
    {"umlsl2 v0.4s, v1.8h, v2.h[2]", op47},
    {"umlsl v0.2d, v1.2s, v2.s[2]", op48},
    {"umlsl2 v0.2d, v1.4s, v2.s[1]", op49},
    {"umull v0.4s, v1.4h, v2.h[5]", op50},
    {"umull2 v0.4s, v1.8h, v2.h[2]", op51},
    {"umull v0.2d, v1.2s, v2.s[2]", op52},
    {"umull2 v0.2d, v1.4s, v2.s[1]", op53},
    {"sqdmlal v0.4s, v1.4h, v2.h[5]", op54},
    {"sqdmlal2 v0.4s, v1.8h, v2.h[2]", op55},
    {"sqdmlal v0.2d, v1.2s, v2.s[2]", op56},
    {"sqdmlal2 v0.2d, v1.4s, v2.s[1]", op57},
    {"sqdmlsl v0.4s, v1.4h, v2.h[5]", op58},
    {"sqdmlsl2 v0.4s, v1.8h, v2.h[2]", op59},
    {"sqdmlsl v0.2d, v1.2s, v2.s[2]", op60},
    {"sqdmlsl2 v0.2d, v1.4s, v2.s[1]", op61},
    {"sqdmull v0.4s, v1.4h, v2.h[5]", op62},
    {"sqdmull2 v0.4s, v1.8h, v2.h[2]", op63},
    {"sqdmull v0.2d, v1.2s, v2.s[2]", op64},
    {"sqdmull2 v0.2d, v1.4s, v2.s[1]", op65},
    {"fmul v0.2s, v1.2s, v2.s[3]", op66},
    {"fmul v0.4s, v1.4s, v2.s[1]", op67},
    {"fmul v0.2d, v1.2d, v2.d[1]", op68},
    {"fmul v0.2d, v1.2d, v2.d[0]", op69},
    {"fmla v0.2s, v1.2s, v2.s[3]", op70},
    {"fmla v0.4s, v1.4s, v2.s[1]", op71},
    {"fmla v0.2d, v1.2d, v2.d[1]", op72},
    {"fmla v0.2d, v1.2d, v2.d[0]", op73},
    {"fmls v0.2s, v1.2s, v2.s[3]", op74},
    {"fmls v0.4s, v1.4s, v2.s[1]", op75},
    {"fmls v0.2d, v1.2d, v2.d[1]", op76},
    {"fmls v0.2d, v1.2d, v2.d[0]", op77},
    {"fmulx v0.2s, v1.2s, v2.s[3]", op78},
    {"fmulx v0.4s, v1.4s, v2.s[1]", op79},
    {"fmulx v0.2d, v1.2d, v2.d[1]", op80},
    {"fmulx v0.2d, v1.2d, v2.d[0]", op81},
    {"mul v0.4s, v1.4s, v1.s[2]", op82},
    {"mla v0.8h, v0.8h, v0.h[1]", op83},
    {"sqdmull v0.4s, v1.4h, v1.h[3]", op84},
    {"fmla v0.4s, v0.4s, v0.s[2]", op85},
    {"umlal2 v0.2d, v0.4s, v0.s[1]", op86},
    {"mul v0.4h, v1.4h, v5.h[7]", op87},
};
#define SEED 0xb1e1eu

int test_main(void)
{
    ft_srand(SEED);
    ft_run_simd_cases(cases, FT_COUNT(cases));
    return 0;
}
