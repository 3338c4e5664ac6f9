/*
 * Differential test: Advanced SIMD integer three-same (ADD/SUB, compares,
 * max/min and their pairwise forms, ADDP, MUL/MLA/MLS/PMUL, SABD/SABA,
 * halving and saturating add/sub, shifts by register, SQ(R)DMULH),
 * two-register misc (REV, CLS/CLZ, CNT/NOT/RBIT, compares with zero,
 * ABS/NEG, pairwise long adds, SUQADD/USQADD, SQABS/SQNEG, the narrowing
 * XTN family, SHLL; FPSR.QC compared) and across-lanes (ADDV, [SU]MAXV, [SU]MINV, [SU]ADDLV), every
 * arrangement the Arm ARM allows, on edge and random vectors.
 */
// USES-FP-REGS
#include "ferry_simd.h"

FT_SIMD_OP(op0, "add v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op1, "add v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op2, "add v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op3, "add v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op4, "add v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op5, "add v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op6, "add v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op7, "sub v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op8, "sub v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op9, "sub v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op10, "sub v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op11, "sub v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op12, "sub v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op13, "sub v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op14, "cmeq v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op15, "cmeq v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op16, "cmeq v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op17, "cmeq v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op18, "cmeq v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op19, "cmeq v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op20, "cmeq v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op21, "cmtst v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op22, "cmtst v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op23, "cmtst v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op24, "cmtst v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op25, "cmtst v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op26, "cmtst v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op27, "cmtst v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op28, "cmgt v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op29, "cmgt v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op30, "cmgt v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op31, "cmgt v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op32, "cmgt v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op33, "cmgt v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op34, "cmgt v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op35, "cmge v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op36, "cmge v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op37, "cmge v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op38, "cmge v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op39, "cmge v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op40, "cmge v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op41, "cmge v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op42, "cmhi v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op43, "cmhi v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op44, "cmhi v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op45, "cmhi v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op46, "cmhi v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op47, "cmhi v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op48, "cmhi v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op49, "cmhs v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op50, "cmhs v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op51, "cmhs v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op52, "cmhs v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op53, "cmhs v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op54, "cmhs v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op55, "cmhs v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op56, "addp v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op57, "addp v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op58, "addp v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op59, "addp v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op60, "addp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op61, "addp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op62, "addp v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op63, "smax v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op64, "smax v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op65, "smax v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op66, "smax v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op67, "smax v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op68, "smax v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op69, "smin v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op70, "smin v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op71, "smin v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op72, "smin v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op73, "smin v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op74, "smin v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op75, "umax v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op76, "umax v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op77, "umax v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op78, "umax v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op79, "umax v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op80, "umax v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op81, "umin v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op82, "umin v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op83, "umin v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op84, "umin v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op85, "umin v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op86, "umin v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op87, "smaxp v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op88, "smaxp v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op89, "smaxp v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op90, "smaxp v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op91, "smaxp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op92, "smaxp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op93, "sminp v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op94, "sminp v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op95, "sminp v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op96, "sminp v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op97, "sminp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op98, "sminp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op99, "umaxp v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op100, "umaxp v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op101, "umaxp v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op102, "umaxp v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op103, "umaxp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op104, "umaxp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op105, "uminp v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op106, "uminp v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op107, "uminp v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op108, "uminp v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op109, "uminp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op110, "uminp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op111, "sabd v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op112, "sabd v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op113, "sabd v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op114, "sabd v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op115, "sabd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op116, "sabd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op117, "uabd v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op118, "uabd v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op119, "uabd v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op120, "uabd v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op121, "uabd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op122, "uabd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op123, "saba v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op124, "saba v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op125, "saba v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op126, "saba v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op127, "saba v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op128, "saba v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op129, "uaba v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op130, "uaba v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op131, "uaba v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op132, "uaba v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op133, "uaba v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op134, "uaba v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op135, "mul v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op136, "mul v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op137, "mul v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op138, "mul v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op139, "mul v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op140, "mul v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op141, "mla v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op142, "mla v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op143, "mla v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op144, "mla v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op145, "mla v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op146, "mla v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op147, "mls v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op148, "mls v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op149, "mls v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op150, "mls v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op151, "mls v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op152, "mls v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op153, "pmul v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op154, "pmul v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op155, "shadd v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op156, "shadd v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op157, "shadd v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op158, "shadd v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op159, "shadd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op160, "shadd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op161, "uhadd v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op162, "uhadd v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op163, "uhadd v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op164, "uhadd v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op165, "uhadd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op166, "uhadd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op167, "srhadd v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op168, "srhadd v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op169, "srhadd v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op170, "srhadd v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op171, "srhadd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op172, "srhadd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op173, "urhadd v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op174, "urhadd v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op175, "urhadd v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op176, "urhadd v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op177, "urhadd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op178, "urhadd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op179, "shsub v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op180, "shsub v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op181, "shsub v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op182, "shsub v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op183, "shsub v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op184, "shsub v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op185, "uhsub v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op186, "uhsub v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op187, "uhsub v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op188, "uhsub v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op189, "uhsub v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op190, "uhsub v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op191, "sqadd v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op192, "sqadd v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op193, "sqadd v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op194, "sqadd v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op195, "sqadd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op196, "sqadd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op197, "sqadd v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op198, "uqadd v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op199, "uqadd v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op200, "uqadd v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op201, "uqadd v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op202, "uqadd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op203, "uqadd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op204, "uqadd v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op205, "sqsub v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op206, "sqsub v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op207, "sqsub v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op208, "sqsub v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op209, "sqsub v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op210, "sqsub v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op211, "sqsub v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op212, "uqsub v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op213, "uqsub v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op214, "uqsub v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op215, "uqsub v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op216, "uqsub v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op217, "uqsub v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op218, "uqsub v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op219, "sshl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op220, "sshl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op221, "sshl v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op222, "sshl v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op223, "sshl v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op224, "sshl v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op225, "sshl v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op226, "ushl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op227, "ushl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op228, "ushl v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op229, "ushl v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op230, "ushl v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op231, "ushl v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op232, "ushl v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op233, "sqshl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op234, "sqshl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op235, "sqshl v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op236, "sqshl v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op237, "sqshl v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op238, "sqshl v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op239, "sqshl v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op240, "uqshl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op241, "uqshl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op242, "uqshl v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op243, "uqshl v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op244, "uqshl v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op245, "uqshl v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op246, "uqshl v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op247, "srshl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op248, "srshl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op249, "srshl v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op250, "srshl v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op251, "srshl v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op252, "srshl v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op253, "srshl v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op254, "urshl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op255, "urshl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op256, "urshl v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op257, "urshl v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op258, "urshl v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op259, "urshl v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op260, "urshl v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op261, "sqrshl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op262, "sqrshl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op263, "sqrshl v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op264, "sqrshl v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op265, "sqrshl v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op266, "sqrshl v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op267, "sqrshl v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op268, "uqrshl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op269, "uqrshl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op270, "uqrshl v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op271, "uqrshl v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op272, "uqrshl v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op273, "uqrshl v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op274, "uqrshl v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op275, "sqdmulh v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op276, "sqdmulh v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op277, "sqdmulh v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op278, "sqdmulh v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op279, "sqrdmulh v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op280, "sqrdmulh v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op281, "sqrdmulh v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op282, "sqrdmulh v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op283, "saddlp v0.4h, v1.8b")
FT_SIMD_OP(op284, "saddlp v0.8h, v1.16b")
FT_SIMD_OP(op285, "saddlp v0.2s, v1.4h")
FT_SIMD_OP(op286, "saddlp v0.4s, v1.8h")
FT_SIMD_OP(op287, "saddlp v0.1d, v1.2s")
FT_SIMD_OP(op288, "saddlp v0.2d, v1.4s")
FT_SIMD_OP(op289, "uaddlp v0.4h, v1.8b")
FT_SIMD_OP(op290, "uaddlp v0.8h, v1.16b")
FT_SIMD_OP(op291, "uaddlp v0.2s, v1.4h")
FT_SIMD_OP(op292, "uaddlp v0.4s, v1.8h")
FT_SIMD_OP(op293, "uaddlp v0.1d, v1.2s")
FT_SIMD_OP(op294, "uaddlp v0.2d, v1.4s")
FT_SIMD_OP(op295, "sadalp v0.4h, v1.8b")
FT_SIMD_OP(op296, "sadalp v0.8h, v1.16b")
FT_SIMD_OP(op297, "sadalp v0.2s, v1.4h")
FT_SIMD_OP(op298, "sadalp v0.4s, v1.8h")
FT_SIMD_OP(op299, "sadalp v0.1d, v1.2s")
FT_SIMD_OP(op300, "sadalp v0.2d, v1.4s")
FT_SIMD_OP(op301, "uadalp v0.4h, v1.8b")
FT_SIMD_OP(op302, "uadalp v0.8h, v1.16b")
FT_SIMD_OP(op303, "uadalp v0.2s, v1.4h")
FT_SIMD_OP(op304, "uadalp v0.4s, v1.8h")
FT_SIMD_OP(op305, "uadalp v0.1d, v1.2s")
FT_SIMD_OP(op306, "uadalp v0.2d, v1.4s")
FT_SIMD_OP(op307, "suqadd v0.8b, v1.8b")
FT_SIMD_OP(op308, "suqadd v0.16b, v1.16b")
FT_SIMD_OP(op309, "suqadd v0.4h, v1.4h")
FT_SIMD_OP(op310, "suqadd v0.8h, v1.8h")
FT_SIMD_OP(op311, "suqadd v0.2s, v1.2s")
FT_SIMD_OP(op312, "suqadd v0.4s, v1.4s")
FT_SIMD_OP(op313, "suqadd v0.2d, v1.2d")
FT_SIMD_OP(op314, "usqadd v0.8b, v1.8b")
FT_SIMD_OP(op315, "usqadd v0.16b, v1.16b")
FT_SIMD_OP(op316, "usqadd v0.4h, v1.4h")
FT_SIMD_OP(op317, "usqadd v0.8h, v1.8h")
FT_SIMD_OP(op318, "usqadd v0.2s, v1.2s")
FT_SIMD_OP(op319, "usqadd v0.4s, v1.4s")
FT_SIMD_OP(op320, "usqadd v0.2d, v1.2d")
FT_SIMD_OP(op321, "sqabs v0.8b, v1.8b")
FT_SIMD_OP(op322, "sqabs v0.16b, v1.16b")
FT_SIMD_OP(op323, "sqabs v0.4h, v1.4h")
FT_SIMD_OP(op324, "sqabs v0.8h, v1.8h")
FT_SIMD_OP(op325, "sqabs v0.2s, v1.2s")
FT_SIMD_OP(op326, "sqabs v0.4s, v1.4s")
FT_SIMD_OP(op327, "sqabs v0.2d, v1.2d")
FT_SIMD_OP(op328, "sqneg v0.8b, v1.8b")
FT_SIMD_OP(op329, "sqneg v0.16b, v1.16b")
FT_SIMD_OP(op330, "sqneg v0.4h, v1.4h")
FT_SIMD_OP(op331, "sqneg v0.8h, v1.8h")
FT_SIMD_OP(op332, "sqneg v0.2s, v1.2s")
FT_SIMD_OP(op333, "sqneg v0.4s, v1.4s")
FT_SIMD_OP(op334, "sqneg v0.2d, v1.2d")
FT_SIMD_OP(op335, "xtn v0.8b, v1.8h")
FT_SIMD_OP(op336, "xtn2 v0.16b, v1.8h")
FT_SIMD_OP(op337, "xtn v0.4h, v1.4s")
FT_SIMD_OP(op338, "xtn2 v0.8h, v1.4s")
FT_SIMD_OP(op339, "xtn v0.2s, v1.2d")
FT_SIMD_OP(op340, "xtn2 v0.4s, v1.2d")
FT_SIMD_OP(op341, "sqxtun v0.8b, v1.8h")
FT_SIMD_OP(op342, "sqxtun2 v0.16b, v1.8h")
FT_SIMD_OP(op343, "sqxtun v0.4h, v1.4s")
FT_SIMD_OP(op344, "sqxtun2 v0.8h, v1.4s")
FT_SIMD_OP(op345, "sqxtun v0.2s, v1.2d")
FT_SIMD_OP(op346, "sqxtun2 v0.4s, v1.2d")
FT_SIMD_OP(op347, "sqxtn v0.8b, v1.8h")
FT_SIMD_OP(op348, "sqxtn2 v0.16b, v1.8h")
FT_SIMD_OP(op349, "sqxtn v0.4h, v1.4s")
FT_SIMD_OP(op350, "sqxtn2 v0.8h, v1.4s")
FT_SIMD_OP(op351, "sqxtn v0.2s, v1.2d")
FT_SIMD_OP(op352, "sqxtn2 v0.4s, v1.2d")
FT_SIMD_OP(op353, "uqxtn v0.8b, v1.8h")
FT_SIMD_OP(op354, "uqxtn2 v0.16b, v1.8h")
FT_SIMD_OP(op355, "uqxtn v0.4h, v1.4s")
FT_SIMD_OP(op356, "uqxtn2 v0.8h, v1.4s")
FT_SIMD_OP(op357, "uqxtn v0.2s, v1.2d")
FT_SIMD_OP(op358, "uqxtn2 v0.4s, v1.2d")
FT_SIMD_OP(op359, "shll v0.8h, v1.8b, #8")
FT_SIMD_OP(op360, "shll2 v0.8h, v1.16b, #8")
FT_SIMD_OP(op361, "shll v0.4s, v1.4h, #16")
FT_SIMD_OP(op362, "shll2 v0.4s, v1.8h, #16")
FT_SIMD_OP(op363, "shll v0.2d, v1.2s, #32")
FT_SIMD_OP(op364, "shll2 v0.2d, v1.4s, #32")
FT_SIMD_OP(op365, "rev64 v0.8b, v1.8b")
FT_SIMD_OP(op366, "rev64 v0.16b, v1.16b")
FT_SIMD_OP(op367, "rev64 v0.4h, v1.4h")
FT_SIMD_OP(op368, "rev64 v0.8h, v1.8h")
FT_SIMD_OP(op369, "rev64 v0.2s, v1.2s")
FT_SIMD_OP(op370, "rev64 v0.4s, v1.4s")
FT_SIMD_OP(op371, "rev32 v0.8b, v1.8b")
FT_SIMD_OP(op372, "rev32 v0.16b, v1.16b")
FT_SIMD_OP(op373, "rev32 v0.4h, v1.4h")
FT_SIMD_OP(op374, "rev32 v0.8h, v1.8h")
FT_SIMD_OP(op375, "rev16 v0.8b, v1.8b")
FT_SIMD_OP(op376, "rev16 v0.16b, v1.16b")
FT_SIMD_OP(op377, "cls v0.8b, v1.8b")
FT_SIMD_OP(op378, "cls v0.16b, v1.16b")
FT_SIMD_OP(op379, "cls v0.4h, v1.4h")
FT_SIMD_OP(op380, "cls v0.8h, v1.8h")
FT_SIMD_OP(op381, "cls v0.2s, v1.2s")
FT_SIMD_OP(op382, "cls v0.4s, v1.4s")
FT_SIMD_OP(op383, "clz v0.8b, v1.8b")
FT_SIMD_OP(op384, "clz v0.16b, v1.16b")
FT_SIMD_OP(op385, "clz v0.4h, v1.4h")
FT_SIMD_OP(op386, "clz v0.8h, v1.8h")
FT_SIMD_OP(op387, "clz v0.2s, v1.2s")
FT_SIMD_OP(op388, "clz v0.4s, v1.4s")
FT_SIMD_OP(op389, "cnt v0.8b, v1.8b")
FT_SIMD_OP(op390, "cnt v0.16b, v1.16b")
FT_SIMD_OP(op391, "not v0.8b, v1.8b")
FT_SIMD_OP(op392, "not v0.16b, v1.16b")
FT_SIMD_OP(op393, "rbit v0.8b, v1.8b")
FT_SIMD_OP(op394, "rbit v0.16b, v1.16b")
FT_SIMD_OP(op395, "cmgt v0.8b, v1.8b, #0")
FT_SIMD_OP(op396, "cmgt v0.16b, v1.16b, #0")
FT_SIMD_OP(op397, "cmgt v0.4h, v1.4h, #0")
FT_SIMD_OP(op398, "cmgt v0.8h, v1.8h, #0")
FT_SIMD_OP(op399, "cmgt v0.2s, v1.2s, #0")
FT_SIMD_OP(op400, "cmgt v0.4s, v1.4s, #0")
FT_SIMD_OP(op401, "cmgt v0.2d, v1.2d, #0")
FT_SIMD_OP(op402, "cmge v0.8b, v1.8b, #0")
FT_SIMD_OP(op403, "cmge v0.16b, v1.16b, #0")
FT_SIMD_OP(op404, "cmge v0.4h, v1.4h, #0")
FT_SIMD_OP(op405, "cmge v0.8h, v1.8h, #0")
FT_SIMD_OP(op406, "cmge v0.2s, v1.2s, #0")
FT_SIMD_OP(op407, "cmge v0.4s, v1.4s, #0")
FT_SIMD_OP(op408, "cmge v0.2d, v1.2d, #0")
FT_SIMD_OP(op409, "cmeq v0.8b, v1.8b, #0")
FT_SIMD_OP(op410, "cmeq v0.16b, v1.16b, #0")
FT_SIMD_OP(op411, "cmeq v0.4h, v1.4h, #0")
FT_SIMD_OP(op412, "cmeq v0.8h, v1.8h, #0")
FT_SIMD_OP(op413, "cmeq v0.2s, v1.2s, #0")
FT_SIMD_OP(op414, "cmeq v0.4s, v1.4s, #0")
FT_SIMD_OP(op415, "cmeq v0.2d, v1.2d, #0")
FT_SIMD_OP(op416, "cmle v0.8b, v1.8b, #0")
FT_SIMD_OP(op417, "cmle v0.16b, v1.16b, #0")
FT_SIMD_OP(op418, "cmle v0.4h, v1.4h, #0")
FT_SIMD_OP(op419, "cmle v0.8h, v1.8h, #0")
FT_SIMD_OP(op420, "cmle v0.2s, v1.2s, #0")
FT_SIMD_OP(op421, "cmle v0.4s, v1.4s, #0")
FT_SIMD_OP(op422, "cmle v0.2d, v1.2d, #0")
FT_SIMD_OP(op423, "cmlt v0.8b, v1.8b, #0")
FT_SIMD_OP(op424, "cmlt v0.16b, v1.16b, #0")
FT_SIMD_OP(op425, "cmlt v0.4h, v1.4h, #0")
FT_SIMD_OP(op426, "cmlt v0.8h, v1.8h, #0")
FT_SIMD_OP(op427, "cmlt v0.2s, v1.2s, #0")
FT_SIMD_OP(op428, "cmlt v0.4s, v1.4s, #0")
FT_SIMD_OP(op429, "cmlt v0.2d, v1.2d, #0")
FT_SIMD_OP(op430, "abs v0.8b, v1.8b")
FT_SIMD_OP(op431, "abs v0.16b, v1.16b")
FT_SIMD_OP(op432, "abs v0.4h, v1.4h")
FT_SIMD_OP(op433, "abs v0.8h, v1.8h")
FT_SIMD_OP(op434, "abs v0.2s, v1.2s")
FT_SIMD_OP(op435, "abs v0.4s, v1.4s")
FT_SIMD_OP(op436, "abs v0.2d, v1.2d")
FT_SIMD_OP(op437, "neg v0.8b, v1.8b")
FT_SIMD_OP(op438, "neg v0.16b, v1.16b")
FT_SIMD_OP(op439, "neg v0.4h, v1.4h")
FT_SIMD_OP(op440, "neg v0.8h, v1.8h")
FT_SIMD_OP(op441, "neg v0.2s, v1.2s")
FT_SIMD_OP(op442, "neg v0.4s, v1.4s")
FT_SIMD_OP(op443, "neg v0.2d, v1.2d")
FT_SIMD_OP(op444, "addv b0, v1.8b")
FT_SIMD_OP(op445, "addv b0, v1.16b")
FT_SIMD_OP(op446, "addv h0, v1.4h")
FT_SIMD_OP(op447, "addv h0, v1.8h")
FT_SIMD_OP(op448, "addv s0, v1.4s")
FT_SIMD_OP(op449, "smaxv b0, v1.8b")
FT_SIMD_OP(op450, "smaxv b0, v1.16b")
FT_SIMD_OP(op451, "smaxv h0, v1.4h")
FT_SIMD_OP(op452, "smaxv h0, v1.8h")
FT_SIMD_OP(op453, "smaxv s0, v1.4s")
FT_SIMD_OP(op454, "sminv b0, v1.8b")
FT_SIMD_OP(op455, "sminv b0, v1.16b")
FT_SIMD_OP(op456, "sminv h0, v1.4h")
FT_SIMD_OP(op457, "sminv h0, v1.8h")
FT_SIMD_OP(op458, "sminv s0, v1.4s")
FT_SIMD_OP(op459, "umaxv b0, v1.8b")
FT_SIMD_OP(op460, "umaxv b0, v1.16b")
FT_SIMD_OP(op461, "umaxv h0, v1.4h")
FT_SIMD_OP(op462, "umaxv h0, v1.8h")
FT_SIMD_OP(op463, "umaxv s0, v1.4s")
FT_SIMD_OP(op464, "uminv b0, v1.8b")
FT_SIMD_OP(op465, "uminv b0, v1.16b")
FT_SIMD_OP(op466, "uminv h0, v1.4h")
FT_SIMD_OP(op467, "uminv h0, v1.8h")
FT_SIMD_OP(op468, "uminv s0, v1.4s")
FT_SIMD_OP(op469, "saddlv h0, v1.8b")
FT_SIMD_OP(op470, "saddlv h0, v1.16b")
FT_SIMD_OP(op471, "saddlv s0, v1.4h")
FT_SIMD_OP(op472, "saddlv s0, v1.8h")
FT_SIMD_OP(op473, "saddlv d0, v1.4s")
FT_SIMD_OP(op474, "uaddlv h0, v1.8b")
FT_SIMD_OP(op475, "uaddlv h0, v1.16b")
FT_SIMD_OP(op476, "uaddlv s0, v1.4h")
FT_SIMD_OP(op477, "uaddlv s0, v1.8h")
FT_SIMD_OP(op478, "uaddlv d0, v1.4s")

static const struct ft_simd_case cases[] = {
    {"add v0.8b, v1.8b, v2.8b", op0},
    {"add v0.16b, v1.16b, v2.16b", op1},
    {"add v0.4h, v1.4h, v2.4h", op2},
    {"add v0.8h, v1.8h, v2.8h", op3},
    {"add v0.2s, v1.2s, v2.2s", op4},
    {"add v0.4s, v1.4s, v2.4s", op5},
    {"add v0.2d, v1.2d, v2.2d", op6},
    {"sub v0.8b, v1.8b, v2.8b", op7},
    {"sub v0.16b, v1.16b, v2.16b", op8},
    {"sub v0.4h, v1.4h, v2.4h", op9},
    {"sub v0.8h, v1.8h, v2.8h", op10},
    {"sub v0.2s, v1.2s, v2.2s", op11},
    {"sub v0.4s, v1.4s, v2.4s", op12},
    {"sub v0.2d, v1.2d, v2.2d", op13},
    {"cmeq v0.8b, v1.8b, v2.8b", op14},
    {"cmeq v0.16b, v1.16b, v2.16b", op15},
    {"cmeq v0.4h, v1.4h, v2.4h", op16},
    {"cmeq v0.8h, v1.8h, v2.8h", op17},
    {"cmeq v0.2s, v1.2s, v2.2s", op18},
    {"cmeq v0.4s, v1.4s, v2.4s", op19},
    {"cmeq v0.2d, v1.2d, v2.2d", op20},
    {"cmtst v0.8b, v1.8b, v2.8b", op21},
    {"cmtst v0.16b, v1.16b, v2.16b", op22},
    {"cmtst v0.4h, v1.4h, v2.4h", op23},
    {"cmtst v0.8h, v1.8h, v2.8h", op24},
    {"cmtst v0.2s, v1.2s, v2.2s", op25},
    {"cmtst v0.4s, v1.4s, v2.4s", op26},
    {"cmtst v0.2d, v1.2d, v2.2d", op27},
    {"cmgt v0.8b, v1.8b, v2.8b", op28},
    {"cmgt v0.16b, v1.16b, v2.16b", op29},
    {"cmgt v0.4h, v1.4h, v2.4h", op30},
    {"cmgt v0.8h, v1.8h, v2.8h", op31},
    {"cmgt v0.2s, v1.2s, v2.2s", op32},
    {"cmgt v0.4s, v1.4s, v2.4s", op33},
    {"cmgt v0.2d, v1.2d, v2.2d", op34},
    {"cmge v0.8b, v1.8b, v2.8b", op35},
    {"cmge v0.16b, v1.16b, v2.16b", op36},
    {"cmge v0.4h, v1.4h, v2.4h", op37},
    {"cmge v0.8h, v1.8h, v2.8h", op38},
    {"cmge v0.2s, v1.2s, v2.2s", op39},
    {"cmge v0.4s, v1.4s, v2.4s", op40},
    {"cmge v0.2d, v1.2d, v2.2d", op41},
    {"cmhi v0.8b, v1.8b, v2.8b", op42},
    {"cmhi v0.16b, v1.16b, v2.16b", op43},
    {"cmhi v0.4h, v1.4h, v2.4h", op44},
    {"cmhi v0.8h, v1.8h, v2.8h", op45},
    {"cmhi v0.2s, v1.2s, v2.2s", op46},
    {"cmhi v0.4s, v1.4s, v2.4s", op47},
    {"cmhi v0.2d, v1.2d, v2.2d", op48},
    {"cmhs v0.8b, v1.8b, v2.8b", op49},
    {"cmhs v0.16b, v1.16b, v2.16b", op50},
    {"cmhs v0.4h, v1.4h, v2.4h", op51},
    {"cmhs v0.8h, v1.8h, v2.8h", op52},
    {"cmhs v0.2s, v1.2s, v2.2s", op53},
    {"cmhs v0.4s, v1.4s, v2.4s", op54},
    {"cmhs v0.2d, v1.2d, v2.2d", op55},
    {"addp v0.8b, v1.8b, v2.8b", op56},
    {"addp v0.16b, v1.16b, v2.16b", op57},
    {"addp v0.4h, v1.4h, v2.4h", op58},
    {"addp v0.8h, v1.8h, v2.8h", op59},
    {"addp v0.2s, v1.2s, v2.2s", op60},
    {"addp v0.4s, v1.4s, v2.4s", op61},
    {"addp v0.2d, v1.2d, v2.2d", op62},
    {"smax v0.8b, v1.8b, v2.8b", op63},
    {"smax v0.16b, v1.16b, v2.16b", op64},
    {"smax v0.4h, v1.4h, v2.4h", op65},
    {"smax v0.8h, v1.8h, v2.8h", op66},
    {"smax v0.2s, v1.2s, v2.2s", op67},
    {"smax v0.4s, v1.4s, v2.4s", op68},
    {"smin v0.8b, v1.8b, v2.8b", op69},
    {"smin v0.16b, v1.16b, v2.16b", op70},
    {"smin v0.4h, v1.4h, v2.4h", op71},
    {"smin v0.8h, v1.8h, v2.8h", op72},
    {"smin v0.2s, v1.2s, v2.2s", op73},
    {"smin v0.4s, v1.4s, v2.4s", op74},
    {"umax v0.8b, v1.8b, v2.8b", op75},
    {"umax v0.16b, v1.16b, v2.16b", op76},
    {"umax v0.4h, v1.4h, v2.4h", op77},
    {"umax v0.8h, v1.8h, v2.8h", op78},
    {"umax v0.2s, v1.2s, v2.2s", op79},
    {"umax v0.4s, v1.4s, v2.4s", op80},
    {"umin v0.8b, v1.8b, v2.8b", op81},
    {"umin v0.16b, v1.16b, v2.16b", op82},
    {"umin v0.4h, v1.4h, v2.4h", op83},
    {"umin v0.8h, v1.8h, v2.8h", op84},
    {"umin v0.2s, v1.2s, v2.2s", op85},
    {"umin v0.4s, v1.4s, v2.4s", op86},
    {"smaxp v0.8b, v1.8b, v2.8b", op87},
    {"smaxp v0.16b, v1.16b, v2.16b", op88},
    {"smaxp v0.4h, v1.4h, v2.4h", op89},
    {"smaxp v0.8h, v1.8h, v2.8h", op90},
    {"smaxp v0.2s, v1.2s, v2.2s", op91},
    {"smaxp v0.4s, v1.4s, v2.4s", op92},
    {"sminp v0.8b, v1.8b, v2.8b", op93},
    {"sminp v0.16b, v1.16b, v2.16b", op94},
    {"sminp v0.4h, v1.4h, v2.4h", op95},
    {"sminp v0.8h, v1.8h, v2.8h", op96},
    {"sminp v0.2s, v1.2s, v2.2s", op97},
    {"sminp v0.4s, v1.4s, v2.4s", op98},
    {"umaxp v0.8b, v1.8b, v2.8b", op99},
    {"umaxp v0.16b, v1.16b, v2.16b", op100},
    {"umaxp v0.4h, v1.4h, v2.4h", op101},
    {"umaxp v0.8h, v1.8h, v2.8h", op102},
    {"umaxp v0.2s, v1.2s, v2.2s", op103},
    {"umaxp v0.4s, v1.4s, v2.4s", op104},
    {"uminp v0.8b, v1.8b, v2.8b", op105},
    {"uminp v0.16b, v1.16b, v2.16b", op106},
    {"uminp v0.4h, v1.4h, v2.4h", op107},
    {"uminp v0.8h, v1.8h, v2.8h", op108},
    {"uminp v0.2s, v1.2s, v2.2s", op109},
    {"uminp v0.4s, v1.4s, v2.4s", op110},
    {"sabd v0.8b, v1.8b, v2.8b", op111},
    {"sabd v0.16b, v1.16b, v2.16b", op112},
    {"sabd v0.4h, v1.4h, v2.4h", op113},
    {"sabd v0.8h, v1.8h, v2.8h", op114},
    {"sabd v0.2s, v1.2s, v2.2s", op115},
    {"sabd v0.4s, v1.4s, v2.4s", op116},
    {"uabd v0.8b, v1.8b, v2.8b", op117},
    {"uabd v0.16b, v1.16b, v2.16b", op118},
    {"uabd v0.4h, v1.4h, v2.4h", op119},
    {"uabd v0.8h, v1.8h, v2.8h", op120},
    {"uabd v0.2s, v1.2s, v2.2s", op121},
    {"uabd v0.4s, v1.4s, v2.4s", op122},
    {"saba v0.8b, v1.8b, v2.8b", op123},
    {"saba v0.16b, v1.16b, v2.16b", op124},
    {"saba v0.4h, v1.4h, v2.4h", op125},
    {"saba v0.8h, v1.8h, v2.8h", op126},
    {"saba v0.2s, v1.2s, v2.2s", op127},
    {"saba v0.4s, v1.4s, v2.4s", op128},
    {"uaba v0.8b, v1.8b, v2.8b", op129},
    {"uaba v0.16b, v1.16b, v2.16b", op130},
    {"uaba v0.4h, v1.4h, v2.4h", op131},
    {"uaba v0.8h, v1.8h, v2.8h", op132},
    {"uaba v0.2s, v1.2s, v2.2s", op133},
    {"uaba v0.4s, v1.4s, v2.4s", op134},
    {"mul v0.8b, v1.8b, v2.8b", op135},
    {"mul v0.16b, v1.16b, v2.16b", op136},
    {"mul v0.4h, v1.4h, v2.4h", op137},
    {"mul v0.8h, v1.8h, v2.8h", op138},
    {"mul v0.2s, v1.2s, v2.2s", op139},
    {"mul v0.4s, v1.4s, v2.4s", op140},
    {"mla v0.8b, v1.8b, v2.8b", op141},
    {"mla v0.16b, v1.16b, v2.16b", op142},
    {"mla v0.4h, v1.4h, v2.4h", op143},
    {"mla v0.8h, v1.8h, v2.8h", op144},
    {"mla v0.2s, v1.2s, v2.2s", op145},
    {"mla v0.4s, v1.4s, v2.4s", op146},
    {"mls v0.8b, v1.8b, v2.8b", op147},
    {"mls v0.16b, v1.16b, v2.16b", op148},
    {"mls v0.4h, v1.4h, v2.4h", op149},
    {"mls v0.8h, v1.8h, v2.8h", op150},
    {"mls v0.2s, v1.2s, v2.2s", op151},
    {"mls v0.4s, v1.4s, v2.4s", op152},
    {"pmul v0.8b, v1.8b, v2.8b", op153},
    {"pmul v0.16b, v1.16b, v2.16b", op154},
    {"shadd v0.8b, v1.8b, v2.8b", op155},
    {"shadd v0.16b, v1.16b, v2.16b", op156},
    {"shadd v0.4h, v1.4h, v2.4h", op157},
    {"shadd v0.8h, v1.8h, v2.8h", op158},
    {"shadd v0.2s, v1.2s, v2.2s", op159},
    {"shadd v0.4s, v1.4s, v2.4s", op160},
    {"uhadd v0.8b, v1.8b, v2.8b", op161},
    {"uhadd v0.16b, v1.16b, v2.16b", op162},
    {"uhadd v0.4h, v1.4h, v2.4h", op163},
    {"uhadd v0.8h, v1.8h, v2.8h", op164},
    {"uhadd v0.2s, v1.2s, v2.2s", op165},
    {"uhadd v0.4s, v1.4s, v2.4s", op166},
    {"srhadd v0.8b, v1.8b, v2.8b", op167},
    {"srhadd v0.16b, v1.16b, v2.16b", op168},
    {"srhadd v0.4h, v1.4h, v2.4h", op169},
    {"srhadd v0.8h, v1.8h, v2.8h", op170},
    {"srhadd v0.2s, v1.2s, v2.2s", op171},
    {"srhadd v0.4s, v1.4s, v2.4s", op172},
    {"urhadd v0.8b, v1.8b, v2.8b", op173},
    {"urhadd v0.16b, v1.16b, v2.16b", op174},
    {"urhadd v0.4h, v1.4h, v2.4h", op175},
    {"urhadd v0.8h, v1.8h, v2.8h", op176},
    {"urhadd v0.2s, v1.2s, v2.2s", op177},
    {"urhadd v0.4s, v1.4s, v2.4s", op178},
    {"shsub v0.8b, v1.8b, v2.8b", op179},
    {"shsub v0.16b, v1.16b, v2.16b", op180},
    {"shsub v0.4h, v1.4h, v2.4h", op181},
    {"shsub v0.8h, v1.8h, v2.8h", op182},
    {"shsub v0.2s, v1.2s, v2.2s", op183},
    {"shsub v0.4s, v1.4s, v2.4s", op184},
    {"uhsub v0.8b, v1.8b, v2.8b", op185},
    {"uhsub v0.16b, v1.16b, v2.16b", op186},
    {"uhsub v0.4h, v1.4h, v2.4h", op187},
    {"uhsub v0.8h, v1.8h, v2.8h", op188},
    {"uhsub v0.2s, v1.2s, v2.2s", op189},
    {"uhsub v0.4s, v1.4s, v2.4s", op190},
    {"sqadd v0.8b, v1.8b, v2.8b", op191},
    {"sqadd v0.16b, v1.16b, v2.16b", op192},
    {"sqadd v0.4h, v1.4h, v2.4h", op193},
    {"sqadd v0.8h, v1.8h, v2.8h", op194},
    {"sqadd v0.2s, v1.2s, v2.2s", op195},
    {"sqadd v0.4s, v1.4s, v2.4s", op196},
    {"sqadd v0.2d, v1.2d, v2.2d", op197},
    {"uqadd v0.8b, v1.8b, v2.8b", op198},
    {"uqadd v0.16b, v1.16b, v2.16b", op199},
    {"uqadd v0.4h, v1.4h, v2.4h", op200},
    {"uqadd v0.8h, v1.8h, v2.8h", op201},
    {"uqadd v0.2s, v1.2s, v2.2s", op202},
    {"uqadd v0.4s, v1.4s, v2.4s", op203},
    {"uqadd v0.2d, v1.2d, v2.2d", op204},
    {"sqsub v0.8b, v1.8b, v2.8b", op205},
    {"sqsub v0.16b, v1.16b, v2.16b", op206},
    {"sqsub v0.4h, v1.4h, v2.4h", op207},
    {"sqsub v0.8h, v1.8h, v2.8h", op208},
    {"sqsub v0.2s, v1.2s, v2.2s", op209},
    {"sqsub v0.4s, v1.4s, v2.4s", op210},
    {"sqsub v0.2d, v1.2d, v2.2d", op211},
    {"uqsub v0.8b, v1.8b, v2.8b", op212},
    {"uqsub v0.16b, v1.16b, v2.16b", op213},
    {"uqsub v0.4h, v1.4h, v2.4h", op214},
    {"uqsub v0.8h, v1.8h, v2.8h", op215},
    {"uqsub v0.2s, v1.2s, v2.2s", op216},
    {"uqsub v0.4s, v1.4s, v2.4s", op217},
    {"uqsub v0.2d, v1.2d, v2.2d", op218},
    {"sshl v0.8b, v1.8b, v2.8b", op219},
    {"sshl v0.16b, v1.16b, v2.16b", op220},
    {"sshl v0.4h, v1.4h, v2.4h", op221},
    {"sshl v0.8h, v1.8h, v2.8h", op222},
    {"sshl v0.2s, v1.2s, v2.2s", op223},
    {"sshl v0.4s, v1.4s, v2.4s", op224},
    {"sshl v0.2d, v1.2d, v2.2d", op225},
    {"ushl v0.8b, v1.8b, v2.8b", op226},
    {"ushl v0.16b, v1.16b, v2.16b", op227},
    {"ushl v0.4h, v1.4h, v2.4h", op228},
    {"ushl v0.8h, v1.8h, v2.8h", op229},
    {"ushl v0.2s, v1.2s, v2.2s", op230},
    {"ushl v0.4s, v1.4s, v2.4s", op231},
    {"ushl v0.2d, v1.2d, v2.2d", op232},
    {"sqshl v0.8b, v1.8b, v2.8b", op233},
    {"sqshl v0.16b, v1.16b, v2.16b", op234},
    {"sqshl v0.4h, v1.4h, v2.4h", op235},
    {"sqshl v0.8h, v1.8h, v2.8h", op236},
    {"sqshl v0.2s, v1.2s, v2.2s", op237},
    {"sqshl v0.4s, v1.4s, v2.4s", op238},
    {"sqshl v0.2d, v1.2d, v2.2d", op239},
    {"uqshl v0.8b, v1.8b, v2.8b", op240},
    {"uqshl v0.16b, v1.16b, v2.16b", op241},
    {"uqshl v0.4h, v1.4h, v2.4h", op242},
    {"uqshl v0.8h, v1.8h, v2.8h", op243},
    {"uqshl v0.2s, v1.2s, v2.2s", op244},
    {"uqshl v0.4s, v1.4s, v2.4s", op245},
    {"uqshl v0.2d, v1.2d, v2.2d", op246},
    {"srshl v0.8b, v1.8b, v2.8b", op247},
    {"srshl v0.16b, v1.16b, v2.16b", op248},
    {"srshl v0.4h, v1.4h, v2.4h", op249},
    {"srshl v0.8h, v1.8h, v2.8h", op250},
    {"srshl v0.2s, v1.2s, v2.2s", op251},
    {"srshl v0.4s, v1.4s, v2.4s", op252},
    {"srshl v0.2d, v1.2d, v2.2d", op253},
    {"urshl v0.8b, v1.8b, v2.8b", op254},
    {"urshl v0.16b, v1.16b, v2.16b", op255},
    {"urshl v0.4h, v1.4h, v2.4h", op256},
    {"urshl v0.8h, v1.8h, v2.8h", op257},
    {"urshl v0.2s, v1.2s, v2.2s", op258},
    {"urshl v0.4s, v1.4s, v2.4s", op259},
    {"urshl v0.2d, v1.2d, v2.2d", op260},
    {"sqrshl v0.8b, v1.8b, v2.8b", op261},
    {"sqrshl v0.16b, v1.16b, v2.16b", op262},
    {"sqrshl v0.4h, v1.4h, v2.4h", op263},
    {"sqrshl v0.8h, v1.8h, v2.8h", op264},
    {"sqrshl v0.2s, v1.2s, v2.2s", op265},
    {"sqrshl v0.4s, v1.4s, v2.4s", op266},
    {"sqrshl v0.2d, v1.2d, v2.2d", op267},
    {"uqrshl v0.8b, v1.8b, v2.8b", op268},
    {"uqrshl v0.16b, v1.16b, v2.16b", op269},
    {"uqrshl v0.4h, v1.4h, v2.4h", op270},
    {"uqrshl v0.8h, v1.8h, v2.8h", op271},
    {"uqrshl v0.2s, v1.2s, v2.2s", op272},
    {"uqrshl v0.4s, v1.4s, v2.4s", op273},
    {"uqrshl v0.2d, v1.2d, v2.2d", op274},
    {"sqdmulh v0.4h, v1.4h, v2.4h", op275},
    {"sqdmulh v0.8h, v1.8h, v2.8h", op276},
    {"sqdmulh v0.2s, v1.2s, v2.2s", op277},
    {"sqdmulh v0.4s, v1.4s, v2.4s", op278},
    {"sqrdmulh v0.4h, v1.4h, v2.4h", op279},
    {"sqrdmulh v0.8h, v1.8h, v2.8h", op280},
    {"sqrdmulh v0.2s, v1.2s, v2.2s", op281},
    {"sqrdmulh v0.4s, v1.4s, v2.4s", op282},
    {"saddlp v0.4h, v1.8b", op283},
    {"saddlp v0.8h, v1.16b", op284},
    {"saddlp v0.2s, v1.4h", op285},
    {"saddlp v0.4s, v1.8h", op286},
    {"saddlp v0.1d, v1.2s", op287},
    {"saddlp v0.2d, v1.4s", op288},
    {"uaddlp v0.4h, v1.8b", op289},
    {"uaddlp v0.8h, v1.16b", op290},
    {"uaddlp v0.2s, v1.4h", op291},
    {"uaddlp v0.4s, v1.8h", op292},
    {"uaddlp v0.1d, v1.2s", op293},
    {"uaddlp v0.2d, v1.4s", op294},
    {"sadalp v0.4h, v1.8b", op295},
    {"sadalp v0.8h, v1.16b", op296},
    {"sadalp v0.2s, v1.4h", op297},
    {"sadalp v0.4s, v1.8h", op298},
    {"sadalp v0.1d, v1.2s", op299},
    {"sadalp v0.2d, v1.4s", op300},
    {"uadalp v0.4h, v1.8b", op301},
    {"uadalp v0.8h, v1.16b", op302},
    {"uadalp v0.2s, v1.4h", op303},
    {"uadalp v0.4s, v1.8h", op304},
    {"uadalp v0.1d, v1.2s", op305},
    {"uadalp v0.2d, v1.4s", op306},
    {"suqadd v0.8b, v1.8b", op307},
    {"suqadd v0.16b, v1.16b", op308},
    {"suqadd v0.4h, v1.4h", op309},
    {"suqadd v0.8h, v1.8h", op310},
    {"suqadd v0.2s, v1.2s", op311},
    {"suqadd v0.4s, v1.4s", op312},
    {"suqadd v0.2d, v1.2d", op313},
    {"usqadd v0.8b, v1.8b", op314},
    {"usqadd v0.16b, v1.16b", op315},
    {"usqadd v0.4h, v1.4h", op316},
    {"usqadd v0.8h, v1.8h", op317},
    {"usqadd v0.2s, v1.2s", op318},
    {"usqadd v0.4s, v1.4s", op319},
    {"usqadd v0.2d, v1.2d", op320},
    {"sqabs v0.8b, v1.8b", op321},
    {"sqabs v0.16b, v1.16b", op322},
    {"sqabs v0.4h, v1.4h", op323},
    {"sqabs v0.8h, v1.8h", op324},
    {"sqabs v0.2s, v1.2s", op325},
    {"sqabs v0.4s, v1.4s", op326},
    {"sqabs v0.2d, v1.2d", op327},
    {"sqneg v0.8b, v1.8b", op328},
    {"sqneg v0.16b, v1.16b", op329},
    {"sqneg v0.4h, v1.4h", op330},
    {"sqneg v0.8h, v1.8h", op331},
    {"sqneg v0.2s, v1.2s", op332},
    {"sqneg v0.4s, v1.4s", op333},
    {"sqneg v0.2d, v1.2d", op334},
    {"xtn v0.8b, v1.8h", op335},
    {"xtn2 v0.16b, v1.8h", op336},
    {"xtn v0.4h, v1.4s", op337},
    {"xtn2 v0.8h, v1.4s", op338},
    {"xtn v0.2s, v1.2d", op339},
    {"xtn2 v0.4s, v1.2d", op340},
    {"sqxtun v0.8b, v1.8h", op341},
    {"sqxtun2 v0.16b, v1.8h", op342},
    {"sqxtun v0.4h, v1.4s", op343},
    {"sqxtun2 v0.8h, v1.4s", op344},
    {"sqxtun v0.2s, v1.2d", op345},
    {"sqxtun2 v0.4s, v1.2d", op346},
    {"sqxtn v0.8b, v1.8h", op347},
    {"sqxtn2 v0.16b, v1.8h", op348},
    {"sqxtn v0.4h, v1.4s", op349},
    {"sqxtn2 v0.8h, v1.4s", op350},
    {"sqxtn v0.2s, v1.2d", op351},
    {"sqxtn2 v0.4s, v1.2d", op352},
    {"uqxtn v0.8b, v1.8h", op353},
    {"uqxtn2 v0.16b, v1.8h", op354},
    {"uqxtn v0.4h, v1.4s", op355},
    {"uqxtn2 v0.8h, v1.4s", op356},
    {"uqxtn v0.2s, v1.2d", op357},
    {"uqxtn2 v0.4s, v1.2d", op358},
    {"shll v0.8h, v1.8b, #8", op359},
    {"shll2 v0.8h, v1.16b, #8", op360},
    {"shll v0.4s, v1.4h, #16", op361},
    {"shll2 v0.4s, v1.8h, #16", op362},
    {"shll v0.2d, v1.2s, #32", op363},
    {"shll2 v0.2d, v1.4s, #32", op364},
    {"rev64 v0.8b, v1.8b", op365},
    {"rev64 v0.16b, v1.16b", op366},
    {"rev64 v0.4h, v1.4h", op367},
    {"rev64 v0.8h, v1.8h", op368},
    {"rev64 v0.2s, v1.2s", op369},
    {"rev64 v0.4s, v1.4s", op370},
    {"rev32 v0.8b, v1.8b", op371},
    {"rev32 v0.16b, v1.16b", op372},
    {"rev32 v0.4h, v1.4h", op373},
    {"rev32 v0.8h, v1.8h", op374},
    {"rev16 v0.8b, v1.8b", op375},
    {"rev16 v0.16b, v1.16b", op376},
    {"cls v0.8b, v1.8b", op377},
    {"cls v0.16b, v1.16b", op378},
    {"cls v0.4h, v1.4h", op379},
    {"cls v0.8h, v1.8h", op380},
    {"cls v0.2s, v1.2s", op381},
    {"cls v0.4s, v1.4s", op382},
    {"clz v0.8b, v1.8b", op383},
    {"clz v0.16b, v1.16b", op384},
    {"clz v0.4h, v1.4h", op385},
    {"clz v0.8h, v1.8h", op386},
    {"clz v0.2s, v1.2s", op387},
    {"clz v0.4s, v1.4s", op388},
    {"cnt v0.8b, v1.8b", op389},
    {"cnt v0.16b, v1.16b", op390},
    {"not v0.8b, v1.8b", op391},
    {"not v0.16b, v1.16b", op392},
    {"rbit v0.8b, v1.8b", op393},
    {"rbit v0.16b, v1.16b", op394},
    {"cmgt v0.8b, v1.8b, #0", op395},
    {"cmgt v0.16b, v1.16b, #0", op396},
    {"cmgt v0.4h, v1.4h, #0", op397},
    {"cmgt v0.8h, v1.8h, #0", op398},
    {"cmgt v0.2s, v1.2s, #0", op399},
    {"cmgt v0.4s, v1.4s, #0", op400},
    {"cmgt v0.2d, v1.2d, #0", op401},
    {"cmge v0.8b, v1.8b, #0", op402},
    {"cmge v0.16b, v1.16b, #0", op403},
    {"cmge v0.4h, v1.4h, #0", op404},
    {"cmge v0.8h, v1.8h, #0", op405},
    {"cmge v0.2s, v1.2s, #0", op406},
    {"cmge v0.4s, v1.4s, #0", op407},
    {"cmge v0.2d, v1.2d, #0", op408},
    {"cmeq v0.8b, v1.8b, #0", op409},
    {"cmeq v0.16b, v1.16b, #0", op410},
    {"cmeq v0.4h, v1.4h, #0", op411},
    {"cmeq v0.8h, v1.8h, #0", op412},
    {"cmeq v0.2s, v1.2s, #0", op413},
    {"cmeq v0.4s, v1.4s, #0", op414},
    {"cmeq v0.2d, v1.2d, #0", op415},
    {"cmle v0.8b, v1.8b, #0", op416},
    {"cmle v0.16b, v1.16b, #0", op417},
    {"cmle v0.4h, v1.4h, #0", op418},
    {"cmle v0.8h, v1.8h, #0", op419},
    {"cmle v0.2s, v1.2s, #0", op420},
    {"cmle v0.4s, v1.4s, #0", op421},
    {"cmle v0.2d, v1.2d, #0", op422},
    {"cmlt v0.8b, v1.8b, #0", op423},
    {"cmlt v0.16b, v1.16b, #0", op424},
    {"cmlt v0.4h, v1.4h, #0", op425},
    {"cmlt v0.8h, v1.8h, #0", op426},
    {"cmlt v0.2s, v1.2s, #0", op427},
    {"cmlt v0.4s, v1.4s, #0", op428},
    {"cmlt v0.2d, v1.2d, #0", op429},
    {"abs v0.8b, v1.8b", op430},
    {"abs v0.16b, v1.16b", op431},
    {"abs v0.4h, v1.4h", op432},
    {"abs v0.8h, v1.8h", op433},
    {"abs v0.2s, v1.2s", op434},
    {"abs v0.4s, v1.4s", op435},
    {"abs v0.2d, v1.2d", op436},
    {"neg v0.8b, v1.8b", op437},
    {"neg v0.16b, v1.16b", op438},
    {"neg v0.4h, v1.4h", op439},
    {"neg v0.8h, v1.8h", op440},
    {"neg v0.2s, v1.2s", op441},
    {"neg v0.4s, v1.4s", op442},
    {"neg v0.2d, v1.2d", op443},
    {"addv b0, v1.8b", op444},
    {"addv b0, v1.16b", op445},
    {"addv h0, v1.4h", op446},
    {"addv h0, v1.8h", op447},
    {"addv s0, v1.4s", op448},
    {"smaxv b0, v1.8b", op449},
    {"smaxv b0, v1.16b", op450},
    {"smaxv h0, v1.4h", op451},
    {"smaxv h0, v1.8h", op452},
    {"smaxv s0, v1.4s", op453},
    {"sminv b0, v1.8b", op454},
    {"sminv b0, v1.16b", op455},
    {"sminv h0, v1.4h", op456},
    {"sminv h0, v1.8h", op457},
    {"sminv s0, v1.4s", op458},
    {"umaxv b0, v1.8b", op459},
    {"umaxv b0, v1.16b", op460},
    {"umaxv h0, v1.4h", op461},
    {"umaxv h0, v1.8h", op462},
    {"umaxv s0, v1.4s", op463},
    {"uminv b0, v1.8b", op464},
    {"uminv b0, v1.16b", op465},
    {"uminv h0, v1.4h", op466},
    {"uminv h0, v1.8h", op467},
    {"uminv s0, v1.4s", op468},
    {"saddlv h0, v1.8b", op469},
    {"saddlv h0, v1.16b", op470},
    {"saddlv s0, v1.4h", op471},
    {"saddlv s0, v1.8h", op472},
    {"saddlv d0, v1.4s", op473},
    {"uaddlv h0, v1.8b", op474},
    {"uaddlv h0, v1.16b", op475},
    {"uaddlv s0, v1.4h", op476},
    {"uaddlv s0, v1.8h", op477},
    {"uaddlv d0, v1.4s", op478},
};
#define SEED 0x5eed1u

int test_main(void)
{
    ft_srand(SEED);
    ft_run_simd_cases(cases, FT_COUNT(cases));
    return 0;
}
