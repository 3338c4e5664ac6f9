/*
 * Differential test: Advanced SIMD scalar three-same (saturating add/sub
 * and shifts on every size, the D-only compares, shifts, ADD/SUB/CMTST/
 * CMEQ, SQDMULH/SQRDMULH on H and S, and the FP FMULX, compares, absolute
 * compares, FABD, FRECPS, FRSQRTS), plus register aliasing, on edge and
 * random vectors whose upper lanes would saturate or raise FP flags if
 * they were (wrongly) computed; Vd, FPSR.QC and the FP flags are compared.
 */
// USES-FP-REGS
#include "ferry_simd.h"

FT_SIMD_OP(op0, "sqadd b0, b1, b2")
FT_SIMD_OP(op1, "sqadd h0, h1, h2")
FT_SIMD_OP(op2, "sqadd s0, s1, s2")
FT_SIMD_OP(op3, "sqadd d0, d1, d2")
FT_SIMD_OP(op4, "uqadd b0, b1, b2")
FT_SIMD_OP(op5, "uqadd h0, h1, h2")
FT_SIMD_OP(op6, "uqadd s0, s1, s2")
FT_SIMD_OP(op7, "uqadd d0, d1, d2")
FT_SIMD_OP(op8, "sqsub b0, b1, b2")
FT_SIMD_OP(op9, "sqsub h0, h1, h2")
FT_SIMD_OP(op10, "sqsub s0, s1, s2")
FT_SIMD_OP(op11, "sqsub d0, d1, d2")
FT_SIMD_OP(op12, "uqsub b0, b1, b2")
FT_SIMD_OP(op13, "uqsub h0, h1, h2")
FT_SIMD_OP(op14, "uqsub s0, s1, s2")
FT_SIMD_OP(op15, "uqsub d0, d1, d2")
FT_SIMD_OP(op16, "sqshl b0, b1, b2")
FT_SIMD_OP(op17, "sqshl h0, h1, h2")
FT_SIMD_OP(op18, "sqshl s0, s1, s2")
FT_SIMD_OP(op19, "sqshl d0, d1, d2")
FT_SIMD_OP(op20, "uqshl b0, b1, b2")
FT_SIMD_OP(op21, "uqshl h0, h1, h2")
FT_SIMD_OP(op22, "uqshl s0, s1, s2")
FT_SIMD_OP(op23, "uqshl d0, d1, d2")
FT_SIMD_OP(op24, "sqrshl b0, b1, b2")
FT_SIMD_OP(op25, "sqrshl h0, h1, h2")
FT_SIMD_OP(op26, "sqrshl s0, s1, s2")
FT_SIMD_OP(op27, "sqrshl d0, d1, d2")
FT_SIMD_OP(op28, "uqrshl b0, b1, b2")
FT_SIMD_OP(op29, "uqrshl h0, h1, h2")
FT_SIMD_OP(op30, "uqrshl s0, s1, s2")
FT_SIMD_OP(op31, "uqrshl d0, d1, d2")
FT_SIMD_OP(op32, "cmgt d0, d1, d2")
FT_SIMD_OP(op33, "cmge d0, d1, d2")
FT_SIMD_OP(op34, "cmhi d0, d1, d2")
FT_SIMD_OP(op35, "cmhs d0, d1, d2")
FT_SIMD_OP(op36, "sshl d0, d1, d2")
FT_SIMD_OP(op37, "ushl d0, d1, d2")
FT_SIMD_OP(op38, "srshl d0, d1, d2")
FT_SIMD_OP(op39, "urshl d0, d1, d2")
FT_SIMD_OP(op40, "add d0, d1, d2")
FT_SIMD_OP(op41, "sub d0, d1, d2")
FT_SIMD_OP(op42, "cmtst d0, d1, d2")
FT_SIMD_OP(op43, "cmeq d0, d1, d2")
FT_SIMD_OP(op44, "sqdmulh h0, h1, h2")
FT_SIMD_OP(op45, "sqdmulh s0, s1, s2")
FT_SIMD_OP(op46, "sqrdmulh h0, h1, h2")
FT_SIMD_OP(op47, "sqrdmulh s0, s1, s2")
FT_SIMD_OP(op48, "fmulx s0, s1, s2")
FT_SIMD_OP(op49, "fmulx d0, d1, d2")
FT_SIMD_OP(op50, "fcmeq s0, s1, s2")
FT_SIMD_OP(op51, "fcmeq d0, d1, d2")
FT_SIMD_OP(op52, "fcmge s0, s1, s2")
FT_SIMD_OP(op53, "fcmge d0, d1, d2")
FT_SIMD_OP(op54, "fcmgt s0, s1, s2")
FT_SIMD_OP(op55, "fcmgt d0, d1, d2")
FT_SIMD_OP(op56, "facge s0, s1, s2")
FT_SIMD_OP(op57, "facge d0, d1, d2")
FT_SIMD_OP(op58, "facgt s0, s1, s2")
FT_SIMD_OP(op59, "facgt d0, d1, d2")
FT_SIMD_OP(op60, "fabd s0, s1, s2")
FT_SIMD_OP(op61, "fabd d0, d1, d2")
FT_SIMD_OP(op62, "frecps s0, s1, s2")
FT_SIMD_OP(op63, "frecps d0, d1, d2")
FT_SIMD_OP(op64, "frsqrts s0, s1, s2")
FT_SIMD_OP(op65, "frsqrts d0, d1, d2")
FT_SIMD_OP(op66, "sqadd b0, b1, b1")
FT_SIMD_OP(op67, "add d0, d0, d1")
FT_SIMD_OP(op68, "sqdmulh s0, s1, s0")
FT_SIMD_OP(op69, "fabd d0, d0, d0")
FT_SIMD_OP(op70, "uqshl h0, h3, h4")

static const struct ft_simd_case cases[] = {
    {"sqadd b0, b1, b2", op0},
    {"sqadd h0, h1, h2", op1},
    {"sqadd s0, s1, s2", op2},
    {"sqadd d0, d1, d2", op3},
    {"uqadd b0, b1, b2", op4},
    {"uqadd h0, h1, h2", op5},
    {"uqadd s0, s1, s2", op6},
    {"uqadd d0, d1, d2", op7},
    {"sqsub b0, b1, b2", op8},
    {"sqsub h0, h1, h2", op9},
    {"sqsub s0, s1, s2", op10},
    {"sqsub d0, d1, d2", op11},
    {"uqsub b0, b1, b2", op12},
    {"uqsub h0, h1, h2", op13},
    {"uqsub s0, s1, s2", op14},
    {"uqsub d0, d1, d2", op15},
    {"sqshl b0, b1, b2", op16},
    {"sqshl h0, h1, h2", op17},
    {"sqshl s0, s1, s2", op18},
    {"sqshl d0, d1, d2", op19},
    {"uqshl b0, b1, b2", op20},
    {"uqshl h0, h1, h2", op21},
    {"uqshl s0, s1, s2", op22},
    {"uqshl d0, d1, d2", op23},
    {"sqrshl b0, b1, b2", op24},
    {"sqrshl h0, h1, h2", op25},
    {"sqrshl s0, s1, s2", op26},
    {"sqrshl d0, d1, d2", op27},
    {"uqrshl b0, b1, b2", op28},
    {"uqrshl h0, h1, h2", op29},
    {"uqrshl s0, s1, s2", op30},
    {"uqrshl d0, d1, d2", op31},
    {"cmgt d0, d1, d2", op32},
    {"cmge d0, d1, d2", op33},
    {"cmhi d0, d1, d2", op34},
    {"cmhs d0, d1, d2", op35},
    {"sshl d0, d1, d2", op36},
    {"ushl d0, d1, d2", op37},
    {"srshl d0, d1, d2", op38},
    {"urshl d0, d1, d2", op39},
    {"add d0, d1, d2", op40},
    {"sub d0, d1, d2", op41},
    {"cmtst d0, d1, d2", op42},
    {"cmeq d0, d1, d2", op43},
    {"sqdmulh h0, h1, h2", op44},
    {"sqdmulh s0, s1, s2", op45},
    {"sqrdmulh h0, h1, h2", op46},
    {"sqrdmulh s0, s1, s2", op47},
    {"fmulx s0, s1, s2", op48},
    {"fmulx d0, d1, d2", op49},
    {"fcmeq s0, s1, s2", op50},
    {"fcmeq d0, d1, d2", op51},
    {"fcmge s0, s1, s2", op52},
    {"fcmge d0, d1, d2", op53},
    {"fcmgt s0, s1, s2", op54},
    {"fcmgt d0, d1, d2", op55},
    {"facge s0, s1, s2", op56},
    {"facge d0, d1, d2", op57},
    {"facgt s0, s1, s2", op58},
    {"facgt d0, d1, d2", op59},
    {"fabd s0, s1, s2", op60},
    {"fabd d0, d1, d2", op61},
    {"frecps s0, s1, s2", op62},
    {"frecps d0, d1, d2", op63},
    {"frsqrts s0, s1, s2", op64},
    {"frsqrts d0, d1, d2", op65},
    {"sqadd b0, b1, b1", op66},
    {"add d0, d0, d1", op67},
    {"sqdmulh s0, s1, s0", op68},
    {"fabd d0, d0, d0", op69},
    {"uqshl h0, h3, h4", op70},
};
#define SEED 0x5ca1au

int test_main(void)
{
    ft_srand(SEED);
    for (unsigned i = 0; i < FT_COUNT(cases); i++)
        ft_run_simd_case(&cases[i]);
    return 0;
}
