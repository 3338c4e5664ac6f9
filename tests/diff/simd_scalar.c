/*
 * Differential test: Advanced SIMD scalar three-same (saturating add/sub
 * and shifts on every size, the D-only compares, shifts, ADD/SUB/CMTST/
 * CMEQ, SQDMULH/SQRDMULH on H and S, and the FP FMULX, compares, absolute
 * compares, FABD, FRECPS, FRSQRTS) and two-register misc (SUQADD/USQADD,
 * SQABS/SQNEG, ABS/NEG, compares with zero, SQXTN/UQXTN/SQXTUN, FCVT*
 * to integer, SCVTF/UCVTF, FRECPE/FRSQRTE/FRECPX, FP compares with zero)
 * and shift by immediate (every D shift and insert, saturating shifts on
 * every size, the narrowing shifts, fixed-point conversions at extreme
 * shifts) and three-different (SQDMLAL/SQDMLSL/SQDMULL), plus register
 * aliasing, on edge and
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
FT_SIMD_OP(op71, "suqadd b0, b1")
FT_SIMD_OP(op72, "suqadd h0, h1")
FT_SIMD_OP(op73, "suqadd s0, s1")
FT_SIMD_OP(op74, "suqadd d0, d1")
FT_SIMD_OP(op75, "usqadd b0, b1")
FT_SIMD_OP(op76, "usqadd h0, h1")
FT_SIMD_OP(op77, "usqadd s0, s1")
FT_SIMD_OP(op78, "usqadd d0, d1")
FT_SIMD_OP(op79, "sqabs b0, b1")
FT_SIMD_OP(op80, "sqabs h0, h1")
FT_SIMD_OP(op81, "sqabs s0, s1")
FT_SIMD_OP(op82, "sqabs d0, d1")
FT_SIMD_OP(op83, "sqneg b0, b1")
FT_SIMD_OP(op84, "sqneg h0, h1")
FT_SIMD_OP(op85, "sqneg s0, s1")
FT_SIMD_OP(op86, "sqneg d0, d1")
FT_SIMD_OP(op87, "abs d0, d1")
FT_SIMD_OP(op88, "neg d0, d1")
FT_SIMD_OP(op89, "cmgt d0, d1, #0")
FT_SIMD_OP(op90, "cmeq d0, d1, #0")
FT_SIMD_OP(op91, "cmlt d0, d1, #0")
FT_SIMD_OP(op92, "cmge d0, d1, #0")
FT_SIMD_OP(op93, "cmle d0, d1, #0")
FT_SIMD_OP(op94, "sqxtn b0, h1")
FT_SIMD_OP(op95, "sqxtn h0, s1")
FT_SIMD_OP(op96, "sqxtn s0, d1")
FT_SIMD_OP(op97, "uqxtn b0, h1")
FT_SIMD_OP(op98, "uqxtn h0, s1")
FT_SIMD_OP(op99, "uqxtn s0, d1")
FT_SIMD_OP(op100, "sqxtun b0, h1")
FT_SIMD_OP(op101, "sqxtun h0, s1")
FT_SIMD_OP(op102, "sqxtun s0, d1")
FT_SIMD_OP(op103, "fcvtns s0, s1")
FT_SIMD_OP(op104, "fcvtns d0, d1")
FT_SIMD_OP(op105, "fcvtms s0, s1")
FT_SIMD_OP(op106, "fcvtms d0, d1")
FT_SIMD_OP(op107, "fcvtas s0, s1")
FT_SIMD_OP(op108, "fcvtas d0, d1")
FT_SIMD_OP(op109, "fcvtps s0, s1")
FT_SIMD_OP(op110, "fcvtps d0, d1")
FT_SIMD_OP(op111, "fcvtzs s0, s1")
FT_SIMD_OP(op112, "fcvtzs d0, d1")
FT_SIMD_OP(op113, "fcvtnu s0, s1")
FT_SIMD_OP(op114, "fcvtnu d0, d1")
FT_SIMD_OP(op115, "fcvtmu s0, s1")
FT_SIMD_OP(op116, "fcvtmu d0, d1")
FT_SIMD_OP(op117, "fcvtau s0, s1")
FT_SIMD_OP(op118, "fcvtau d0, d1")
FT_SIMD_OP(op119, "fcvtpu s0, s1")
FT_SIMD_OP(op120, "fcvtpu d0, d1")
FT_SIMD_OP(op121, "fcvtzu s0, s1")
FT_SIMD_OP(op122, "fcvtzu d0, d1")
FT_SIMD_OP(op123, "scvtf s0, s1")
FT_SIMD_OP(op124, "scvtf d0, d1")
FT_SIMD_OP(op125, "ucvtf s0, s1")
FT_SIMD_OP(op126, "ucvtf d0, d1")
FT_SIMD_OP(op127, "frecpe s0, s1")
FT_SIMD_OP(op128, "frecpe d0, d1")
FT_SIMD_OP(op129, "frsqrte s0, s1")
FT_SIMD_OP(op130, "frsqrte d0, d1")
FT_SIMD_OP(op131, "frecpx s0, s1")
FT_SIMD_OP(op132, "frecpx d0, d1")
FT_SIMD_OP(op133, "fcmgt s0, s1, #0.0")
FT_SIMD_OP(op134, "fcmgt d0, d1, #0.0")
FT_SIMD_OP(op135, "fcmeq s0, s1, #0.0")
FT_SIMD_OP(op136, "fcmeq d0, d1, #0.0")
FT_SIMD_OP(op137, "fcmlt s0, s1, #0.0")
FT_SIMD_OP(op138, "fcmlt d0, d1, #0.0")
FT_SIMD_OP(op139, "fcmge s0, s1, #0.0")
FT_SIMD_OP(op140, "fcmge d0, d1, #0.0")
FT_SIMD_OP(op141, "fcmle s0, s1, #0.0")
FT_SIMD_OP(op142, "fcmle d0, d1, #0.0")
FT_SIMD_OP(op143, "suqadd s0, s0")
FT_SIMD_OP(op144, "sqxtn h0, s0")
FT_SIMD_OP(op145, "fcvtzs d0, d0")
FT_SIMD_OP(op146, "sshr d0, d1, #1")
FT_SIMD_OP(op147, "sshr d0, d1, #64")
FT_SIMD_OP(op148, "sshr d0, d1, #37")
FT_SIMD_OP(op149, "ushr d0, d1, #1")
FT_SIMD_OP(op150, "ushr d0, d1, #64")
FT_SIMD_OP(op151, "ushr d0, d1, #37")
FT_SIMD_OP(op152, "ssra d0, d1, #1")
FT_SIMD_OP(op153, "ssra d0, d1, #64")
FT_SIMD_OP(op154, "ssra d0, d1, #37")
FT_SIMD_OP(op155, "usra d0, d1, #1")
FT_SIMD_OP(op156, "usra d0, d1, #64")
FT_SIMD_OP(op157, "usra d0, d1, #37")
FT_SIMD_OP(op158, "srshr d0, d1, #1")
FT_SIMD_OP(op159, "srshr d0, d1, #64")
FT_SIMD_OP(op160, "srshr d0, d1, #37")
FT_SIMD_OP(op161, "urshr d0, d1, #1")
FT_SIMD_OP(op162, "urshr d0, d1, #64")
FT_SIMD_OP(op163, "urshr d0, d1, #37")
FT_SIMD_OP(op164, "srsra d0, d1, #1")
FT_SIMD_OP(op165, "srsra d0, d1, #64")
FT_SIMD_OP(op166, "srsra d0, d1, #37")
FT_SIMD_OP(op167, "ursra d0, d1, #1")
FT_SIMD_OP(op168, "ursra d0, d1, #64")
FT_SIMD_OP(op169, "ursra d0, d1, #37")
FT_SIMD_OP(op170, "sri d0, d1, #1")
FT_SIMD_OP(op171, "sri d0, d1, #64")
FT_SIMD_OP(op172, "sri d0, d1, #37")
FT_SIMD_OP(op173, "shl d0, d1, #0")
FT_SIMD_OP(op174, "shl d0, d1, #63")
FT_SIMD_OP(op175, "shl d0, d1, #12")
FT_SIMD_OP(op176, "sli d0, d1, #0")
FT_SIMD_OP(op177, "sli d0, d1, #63")
FT_SIMD_OP(op178, "sli d0, d1, #12")
FT_SIMD_OP(op179, "sqshl b0, b1, #3")
FT_SIMD_OP(op180, "sqshl h0, h1, #15")
FT_SIMD_OP(op181, "sqshl s0, s1, #9")
FT_SIMD_OP(op182, "sqshl d0, d1, #40")
FT_SIMD_OP(op183, "uqshl b0, b1, #3")
FT_SIMD_OP(op184, "uqshl h0, h1, #15")
FT_SIMD_OP(op185, "uqshl s0, s1, #9")
FT_SIMD_OP(op186, "uqshl d0, d1, #40")
FT_SIMD_OP(op187, "sqshlu b0, b1, #3")
FT_SIMD_OP(op188, "sqshlu h0, h1, #15")
FT_SIMD_OP(op189, "sqshlu s0, s1, #9")
FT_SIMD_OP(op190, "sqshlu d0, d1, #40")
FT_SIMD_OP(op191, "sqshrn b0, h1, #3")
FT_SIMD_OP(op192, "sqshrn h0, s1, #16")
FT_SIMD_OP(op193, "sqshrn s0, d1, #1")
FT_SIMD_OP(op194, "sqshrn s0, d1, #32")
FT_SIMD_OP(op195, "sqrshrn b0, h1, #3")
FT_SIMD_OP(op196, "sqrshrn h0, s1, #16")
FT_SIMD_OP(op197, "sqrshrn s0, d1, #1")
FT_SIMD_OP(op198, "sqrshrn s0, d1, #32")
FT_SIMD_OP(op199, "uqshrn b0, h1, #3")
FT_SIMD_OP(op200, "uqshrn h0, s1, #16")
FT_SIMD_OP(op201, "uqshrn s0, d1, #1")
FT_SIMD_OP(op202, "uqshrn s0, d1, #32")
FT_SIMD_OP(op203, "uqrshrn b0, h1, #3")
FT_SIMD_OP(op204, "uqrshrn h0, s1, #16")
FT_SIMD_OP(op205, "uqrshrn s0, d1, #1")
FT_SIMD_OP(op206, "uqrshrn s0, d1, #32")
FT_SIMD_OP(op207, "sqshrun b0, h1, #3")
FT_SIMD_OP(op208, "sqshrun h0, s1, #16")
FT_SIMD_OP(op209, "sqshrun s0, d1, #1")
FT_SIMD_OP(op210, "sqshrun s0, d1, #32")
FT_SIMD_OP(op211, "sqrshrun b0, h1, #3")
FT_SIMD_OP(op212, "sqrshrun h0, s1, #16")
FT_SIMD_OP(op213, "sqrshrun s0, d1, #1")
FT_SIMD_OP(op214, "sqrshrun s0, d1, #32")
FT_SIMD_OP(op215, "scvtf s0, s1, #1")
FT_SIMD_OP(op216, "scvtf s0, s1, #32")
FT_SIMD_OP(op217, "scvtf d0, d1, #64")
FT_SIMD_OP(op218, "scvtf d0, d1, #13")
FT_SIMD_OP(op219, "ucvtf s0, s1, #1")
FT_SIMD_OP(op220, "ucvtf s0, s1, #32")
FT_SIMD_OP(op221, "ucvtf d0, d1, #64")
FT_SIMD_OP(op222, "ucvtf d0, d1, #13")
FT_SIMD_OP(op223, "fcvtzs s0, s1, #1")
FT_SIMD_OP(op224, "fcvtzs s0, s1, #32")
FT_SIMD_OP(op225, "fcvtzs d0, d1, #64")
FT_SIMD_OP(op226, "fcvtzs d0, d1, #13")
FT_SIMD_OP(op227, "fcvtzu s0, s1, #1")
FT_SIMD_OP(op228, "fcvtzu s0, s1, #32")
FT_SIMD_OP(op229, "fcvtzu d0, d1, #64")
FT_SIMD_OP(op230, "fcvtzu d0, d1, #13")
FT_SIMD_OP(op231, "ssra d0, d0, #5")
FT_SIMD_OP(op232, "sqshrn s0, d0, #7")
FT_SIMD_OP(op233, "sqdmlal s0, h1, h2")
FT_SIMD_OP(op234, "sqdmlal d0, s1, s2")
FT_SIMD_OP(op235, "sqdmlal s0, h1, h1")
FT_SIMD_OP(op236, "sqdmlal d0, s3, s3")
FT_SIMD_OP(op237, "sqdmlsl s0, h1, h2")
FT_SIMD_OP(op238, "sqdmlsl d0, s1, s2")
FT_SIMD_OP(op239, "sqdmlsl s0, h1, h1")
FT_SIMD_OP(op240, "sqdmlsl d0, s3, s3")
FT_SIMD_OP(op241, "sqdmull s0, h1, h2")
FT_SIMD_OP(op242, "sqdmull d0, s1, s2")
FT_SIMD_OP(op243, "sqdmull s0, h1, h1")
FT_SIMD_OP(op244, "sqdmull d0, s3, s3")

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
    {"suqadd b0, b1", op71},
    {"suqadd h0, h1", op72},
    {"suqadd s0, s1", op73},
    {"suqadd d0, d1", op74},
    {"usqadd b0, b1", op75},
    {"usqadd h0, h1", op76},
    {"usqadd s0, s1", op77},
    {"usqadd d0, d1", op78},
    {"sqabs b0, b1", op79},
    {"sqabs h0, h1", op80},
    {"sqabs s0, s1", op81},
    {"sqabs d0, d1", op82},
    {"sqneg b0, b1", op83},
    {"sqneg h0, h1", op84},
    {"sqneg s0, s1", op85},
    {"sqneg d0, d1", op86},
    {"abs d0, d1", op87},
    {"neg d0, d1", op88},
    {"cmgt d0, d1, #0", op89},
    {"cmeq d0, d1, #0", op90},
    {"cmlt d0, d1, #0", op91},
    {"cmge d0, d1, #0", op92},
    {"cmle d0, d1, #0", op93},
    {"sqxtn b0, h1", op94},
    {"sqxtn h0, s1", op95},
    {"sqxtn s0, d1", op96},
    {"uqxtn b0, h1", op97},
    {"uqxtn h0, s1", op98},
    {"uqxtn s0, d1", op99},
    {"sqxtun b0, h1", op100},
    {"sqxtun h0, s1", op101},
    {"sqxtun s0, d1", op102},
    {"fcvtns s0, s1", op103},
    {"fcvtns d0, d1", op104},
    {"fcvtms s0, s1", op105},
    {"fcvtms d0, d1", op106},
    {"fcvtas s0, s1", op107},
    {"fcvtas d0, d1", op108},
    {"fcvtps s0, s1", op109},
    {"fcvtps d0, d1", op110},
    {"fcvtzs s0, s1", op111},
    {"fcvtzs d0, d1", op112},
    {"fcvtnu s0, s1", op113},
    {"fcvtnu d0, d1", op114},
    {"fcvtmu s0, s1", op115},
    {"fcvtmu d0, d1", op116},
    {"fcvtau s0, s1", op117},
    {"fcvtau d0, d1", op118},
    {"fcvtpu s0, s1", op119},
    {"fcvtpu d0, d1", op120},
    {"fcvtzu s0, s1", op121},
    {"fcvtzu d0, d1", op122},
    {"scvtf s0, s1", op123},
    {"scvtf d0, d1", op124},
    {"ucvtf s0, s1", op125},
    {"ucvtf d0, d1", op126},
    {"frecpe s0, s1", op127},
    {"frecpe d0, d1", op128},
    {"frsqrte s0, s1", op129},
    {"frsqrte d0, d1", op130},
    {"frecpx s0, s1", op131},
    {"frecpx d0, d1", op132},
    {"fcmgt s0, s1, #0.0", op133},
    {"fcmgt d0, d1, #0.0", op134},
    {"fcmeq s0, s1, #0.0", op135},
    {"fcmeq d0, d1, #0.0", op136},
    {"fcmlt s0, s1, #0.0", op137},
    {"fcmlt d0, d1, #0.0", op138},
    {"fcmge s0, s1, #0.0", op139},
    {"fcmge d0, d1, #0.0", op140},
    {"fcmle s0, s1, #0.0", op141},
    {"fcmle d0, d1, #0.0", op142},
    {"suqadd s0, s0", op143},
    {"sqxtn h0, s0", op144},
    {"fcvtzs d0, d0", op145},
    {"sshr d0, d1, #1", op146},
    {"sshr d0, d1, #64", op147},
    {"sshr d0, d1, #37", op148},
    {"ushr d0, d1, #1", op149},
    {"ushr d0, d1, #64", op150},
    {"ushr d0, d1, #37", op151},
    {"ssra d0, d1, #1", op152},
    {"ssra d0, d1, #64", op153},
    {"ssra d0, d1, #37", op154},
    {"usra d0, d1, #1", op155},
    {"usra d0, d1, #64", op156},
    {"usra d0, d1, #37", op157},
    {"srshr d0, d1, #1", op158},
    {"srshr d0, d1, #64", op159},
    {"srshr d0, d1, #37", op160},
    {"urshr d0, d1, #1", op161},
    {"urshr d0, d1, #64", op162},
    {"urshr d0, d1, #37", op163},
    {"srsra d0, d1, #1", op164},
    {"srsra d0, d1, #64", op165},
    {"srsra d0, d1, #37", op166},
    {"ursra d0, d1, #1", op167},
    {"ursra d0, d1, #64", op168},
    {"ursra d0, d1, #37", op169},
    {"sri d0, d1, #1", op170},
    {"sri d0, d1, #64", op171},
    {"sri d0, d1, #37", op172},
    {"shl d0, d1, #0", op173},
    {"shl d0, d1, #63", op174},
    {"shl d0, d1, #12", op175},
    {"sli d0, d1, #0", op176},
    {"sli d0, d1, #63", op177},
    {"sli d0, d1, #12", op178},
    {"sqshl b0, b1, #3", op179},
    {"sqshl h0, h1, #15", op180},
    {"sqshl s0, s1, #9", op181},
    {"sqshl d0, d1, #40", op182},
    {"uqshl b0, b1, #3", op183},
    {"uqshl h0, h1, #15", op184},
    {"uqshl s0, s1, #9", op185},
    {"uqshl d0, d1, #40", op186},
    {"sqshlu b0, b1, #3", op187},
    {"sqshlu h0, h1, #15", op188},
    {"sqshlu s0, s1, #9", op189},
    {"sqshlu d0, d1, #40", op190},
    {"sqshrn b0, h1, #3", op191},
    {"sqshrn h0, s1, #16", op192},
    {"sqshrn s0, d1, #1", op193},
    {"sqshrn s0, d1, #32", op194},
    {"sqrshrn b0, h1, #3", op195},
    {"sqrshrn h0, s1, #16", op196},
    {"sqrshrn s0, d1, #1", op197},
    {"sqrshrn s0, d1, #32", op198},
    {"uqshrn b0, h1, #3", op199},
    {"uqshrn h0, s1, #16", op200},
    {"uqshrn s0, d1, #1", op201},
    {"uqshrn s0, d1, #32", op202},
    {"uqrshrn b0, h1, #3", op203},
    {"uqrshrn h0, s1, #16", op204},
    {"uqrshrn s0, d1, #1", op205},
    {"uqrshrn s0, d1, #32", op206},
    {"sqshrun b0, h1, #3", op207},
    {"sqshrun h0, s1, #16", op208},
    {"sqshrun s0, d1, #1", op209},
    {"sqshrun s0, d1, #32", op210},
    {"sqrshrun b0, h1, #3", op211},
    {"sqrshrun h0, s1, #16", op212},
    {"sqrshrun s0, d1, #1", op213},
    {"sqrshrun s0, d1, #32", op214},
    {"scvtf s0, s1, #1", op215},
    {"scvtf s0, s1, #32", op216},
    {"scvtf d0, d1, #64", op217},
    {"scvtf d0, d1, #13", op218},
    {"ucvtf s0, s1, #1", op219},
    {"ucvtf s0, s1, #32", op220},
    {"ucvtf d0, d1, #64", op221},
    {"ucvtf d0, d1, #13", op222},
    {"fcvtzs s0, s1, #1", op223},
    {"fcvtzs s0, s1, #32", op224},
    {"fcvtzs d0, d1, #64", op225},
    {"fcvtzs d0, d1, #13", op226},
    {"fcvtzu s0, s1, #1", op227},
    {"fcvtzu s0, s1, #32", op228},
    {"fcvtzu d0, d1, #64", op229},
    {"fcvtzu d0, d1, #13", op230},
    {"ssra d0, d0, #5", op231},
    {"sqshrn s0, d0, #7", op232},
    {"sqdmlal s0, h1, h2", op233},
    {"sqdmlal d0, s1, s2", op234},
    {"sqdmlal s0, h1, h1", op235},
    {"sqdmlal d0, s3, s3", op236},
    {"sqdmlsl s0, h1, h2", op237},
    {"sqdmlsl d0, s1, s2", op238},
    {"sqdmlsl s0, h1, h1", op239},
    {"sqdmlsl d0, s3, s3", op240},
    {"sqdmull s0, h1, h2", op241},
    {"sqdmull d0, s1, s2", op242},
    {"sqdmull s0, h1, h1", op243},
    {"sqdmull d0, s3, s3", op244},
};
#define SEED 0x5ca1au

int test_main(void)
{
    ft_srand(SEED);
    ft_run_simd_cases(cases, FT_COUNT(cases));
    return 0;
}
