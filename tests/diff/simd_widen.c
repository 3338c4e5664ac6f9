/*
 * Differential test: Advanced SIMD three-different (widening, wide and
 * narrowing-high-half arithmetic: [SU]ADDL/W, [SU]SUBL/W, [SU]ABAL, [SU]ABDL,
 * [SU]MLAL, [SU]MLSL, [SU]MULL, [R]ADDHN, [R]SUBHN, SQDMLAL/SQDMLSL/SQDMULL
 * with FPSR.QC, and PMULL on 8-bit lanes), every arrangement and "2" form,
 * on edge and random vectors. v0 is also an input, so accumulating forms and
 * the narrowing "2" forms (which keep Vd's low half) are checked against it.
 */
// USES-FP-REGS
#include "ferry_simd.h"

FT_SIMD_OP(op0, "saddl v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op1, "saddl2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op2, "saddl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op3, "saddl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op4, "saddl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op5, "saddl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op6, "saddw v0.8h, v1.8h, v2.8b")
FT_SIMD_OP(op7, "saddw2 v0.8h, v1.8h, v2.16b")
FT_SIMD_OP(op8, "saddw v0.4s, v1.4s, v2.4h")
FT_SIMD_OP(op9, "saddw2 v0.4s, v1.4s, v2.8h")
FT_SIMD_OP(op10, "saddw v0.2d, v1.2d, v2.2s")
FT_SIMD_OP(op11, "saddw2 v0.2d, v1.2d, v2.4s")
FT_SIMD_OP(op12, "ssubl v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op13, "ssubl2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op14, "ssubl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op15, "ssubl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op16, "ssubl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op17, "ssubl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op18, "ssubw v0.8h, v1.8h, v2.8b")
FT_SIMD_OP(op19, "ssubw2 v0.8h, v1.8h, v2.16b")
FT_SIMD_OP(op20, "ssubw v0.4s, v1.4s, v2.4h")
FT_SIMD_OP(op21, "ssubw2 v0.4s, v1.4s, v2.8h")
FT_SIMD_OP(op22, "ssubw v0.2d, v1.2d, v2.2s")
FT_SIMD_OP(op23, "ssubw2 v0.2d, v1.2d, v2.4s")
FT_SIMD_OP(op24, "sabal v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op25, "sabal2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op26, "sabal v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op27, "sabal2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op28, "sabal v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op29, "sabal2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op30, "sabdl v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op31, "sabdl2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op32, "sabdl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op33, "sabdl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op34, "sabdl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op35, "sabdl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op36, "smlal v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op37, "smlal2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op38, "smlal v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op39, "smlal2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op40, "smlal v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op41, "smlal2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op42, "smlsl v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op43, "smlsl2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op44, "smlsl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op45, "smlsl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op46, "smlsl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op47, "smlsl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op48, "smull v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op49, "smull2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op50, "smull v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op51, "smull2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op52, "smull v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op53, "smull2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op54, "uaddl v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op55, "uaddl2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op56, "uaddl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op57, "uaddl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op58, "uaddl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op59, "uaddl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op60, "uaddw v0.8h, v1.8h, v2.8b")
FT_SIMD_OP(op61, "uaddw2 v0.8h, v1.8h, v2.16b")
FT_SIMD_OP(op62, "uaddw v0.4s, v1.4s, v2.4h")
FT_SIMD_OP(op63, "uaddw2 v0.4s, v1.4s, v2.8h")
FT_SIMD_OP(op64, "uaddw v0.2d, v1.2d, v2.2s")
FT_SIMD_OP(op65, "uaddw2 v0.2d, v1.2d, v2.4s")
FT_SIMD_OP(op66, "usubl v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op67, "usubl2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op68, "usubl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op69, "usubl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op70, "usubl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op71, "usubl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op72, "usubw v0.8h, v1.8h, v2.8b")
FT_SIMD_OP(op73, "usubw2 v0.8h, v1.8h, v2.16b")
FT_SIMD_OP(op74, "usubw v0.4s, v1.4s, v2.4h")
FT_SIMD_OP(op75, "usubw2 v0.4s, v1.4s, v2.8h")
FT_SIMD_OP(op76, "usubw v0.2d, v1.2d, v2.2s")
FT_SIMD_OP(op77, "usubw2 v0.2d, v1.2d, v2.4s")
FT_SIMD_OP(op78, "uabal v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op79, "uabal2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op80, "uabal v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op81, "uabal2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op82, "uabal v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op83, "uabal2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op84, "uabdl v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op85, "uabdl2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op86, "uabdl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op87, "uabdl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op88, "uabdl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op89, "uabdl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op90, "umlal v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op91, "umlal2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op92, "umlal v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op93, "umlal2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op94, "umlal v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op95, "umlal2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op96, "umlsl v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op97, "umlsl2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op98, "umlsl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op99, "umlsl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op100, "umlsl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op101, "umlsl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op102, "umull v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op103, "umull2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op104, "umull v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op105, "umull2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op106, "umull v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op107, "umull2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op108, "addhn v0.8b, v1.8h, v2.8h")
FT_SIMD_OP(op109, "addhn2 v0.16b, v1.8h, v2.8h")
FT_SIMD_OP(op110, "addhn v0.4h, v1.4s, v2.4s")
FT_SIMD_OP(op111, "addhn2 v0.8h, v1.4s, v2.4s")
FT_SIMD_OP(op112, "addhn v0.2s, v1.2d, v2.2d")
FT_SIMD_OP(op113, "addhn2 v0.4s, v1.2d, v2.2d")
FT_SIMD_OP(op114, "raddhn v0.8b, v1.8h, v2.8h")
FT_SIMD_OP(op115, "raddhn2 v0.16b, v1.8h, v2.8h")
FT_SIMD_OP(op116, "raddhn v0.4h, v1.4s, v2.4s")
FT_SIMD_OP(op117, "raddhn2 v0.8h, v1.4s, v2.4s")
FT_SIMD_OP(op118, "raddhn v0.2s, v1.2d, v2.2d")
FT_SIMD_OP(op119, "raddhn2 v0.4s, v1.2d, v2.2d")
FT_SIMD_OP(op120, "subhn v0.8b, v1.8h, v2.8h")
FT_SIMD_OP(op121, "subhn2 v0.16b, v1.8h, v2.8h")
FT_SIMD_OP(op122, "subhn v0.4h, v1.4s, v2.4s")
FT_SIMD_OP(op123, "subhn2 v0.8h, v1.4s, v2.4s")
FT_SIMD_OP(op124, "subhn v0.2s, v1.2d, v2.2d")
FT_SIMD_OP(op125, "subhn2 v0.4s, v1.2d, v2.2d")
FT_SIMD_OP(op126, "rsubhn v0.8b, v1.8h, v2.8h")
FT_SIMD_OP(op127, "rsubhn2 v0.16b, v1.8h, v2.8h")
FT_SIMD_OP(op128, "rsubhn v0.4h, v1.4s, v2.4s")
FT_SIMD_OP(op129, "rsubhn2 v0.8h, v1.4s, v2.4s")
FT_SIMD_OP(op130, "rsubhn v0.2s, v1.2d, v2.2d")
FT_SIMD_OP(op131, "rsubhn2 v0.4s, v1.2d, v2.2d")
FT_SIMD_OP(op132, "sqdmlal v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op133, "sqdmlal2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op134, "sqdmlal v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op135, "sqdmlal2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op136, "sqdmlsl v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op137, "sqdmlsl2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op138, "sqdmlsl v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op139, "sqdmlsl2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op140, "sqdmull v0.4s, v1.4h, v2.4h")
FT_SIMD_OP(op141, "sqdmull2 v0.4s, v1.8h, v2.8h")
FT_SIMD_OP(op142, "sqdmull v0.2d, v1.2s, v2.2s")
FT_SIMD_OP(op143, "sqdmull2 v0.2d, v1.4s, v2.4s")
FT_SIMD_OP(op144, "pmull v0.8h, v1.8b, v2.8b")
FT_SIMD_OP(op145, "pmull2 v0.8h, v1.16b, v2.16b")
FT_SIMD_OP(op146, "sqdmull v0.4s, v1.4h, v1.4h") /* Rn == Rm: squares of the most negative lane saturate */
FT_SIMD_OP(op147, "sqdmull2 v0.2d, v1.4s, v1.4s") /* Rn == Rm: squares of the most negative lane saturate */
FT_SIMD_OP(op148, "sqdmlal v0.4s, v1.4h, v1.4h") /* Rn == Rm: squares of the most negative lane saturate */
FT_SIMD_OP(op149, "sqdmlsl2 v0.2d, v1.4s, v1.4s") /* Rn == Rm: squares of the most negative lane saturate */
FT_SIMD_OP(op150, "umull2 v0.2d, v1.4s, v1.4s") /* Rn == Rm: squares of the most negative lane saturate */

static const struct ft_simd_case cases[] = {
    {"saddl v0.8h, v1.8b, v2.8b", op0},
    {"saddl2 v0.8h, v1.16b, v2.16b", op1},
    {"saddl v0.4s, v1.4h, v2.4h", op2},
    {"saddl2 v0.4s, v1.8h, v2.8h", op3},
    {"saddl v0.2d, v1.2s, v2.2s", op4},
    {"saddl2 v0.2d, v1.4s, v2.4s", op5},
    {"saddw v0.8h, v1.8h, v2.8b", op6},
    {"saddw2 v0.8h, v1.8h, v2.16b", op7},
    {"saddw v0.4s, v1.4s, v2.4h", op8},
    {"saddw2 v0.4s, v1.4s, v2.8h", op9},
    {"saddw v0.2d, v1.2d, v2.2s", op10},
    {"saddw2 v0.2d, v1.2d, v2.4s", op11},
    {"ssubl v0.8h, v1.8b, v2.8b", op12},
    {"ssubl2 v0.8h, v1.16b, v2.16b", op13},
    {"ssubl v0.4s, v1.4h, v2.4h", op14},
    {"ssubl2 v0.4s, v1.8h, v2.8h", op15},
    {"ssubl v0.2d, v1.2s, v2.2s", op16},
    {"ssubl2 v0.2d, v1.4s, v2.4s", op17},
    {"ssubw v0.8h, v1.8h, v2.8b", op18},
    {"ssubw2 v0.8h, v1.8h, v2.16b", op19},
    {"ssubw v0.4s, v1.4s, v2.4h", op20},
    {"ssubw2 v0.4s, v1.4s, v2.8h", op21},
    {"ssubw v0.2d, v1.2d, v2.2s", op22},
    {"ssubw2 v0.2d, v1.2d, v2.4s", op23},
    {"sabal v0.8h, v1.8b, v2.8b", op24},
    {"sabal2 v0.8h, v1.16b, v2.16b", op25},
    {"sabal v0.4s, v1.4h, v2.4h", op26},
    {"sabal2 v0.4s, v1.8h, v2.8h", op27},
    {"sabal v0.2d, v1.2s, v2.2s", op28},
    {"sabal2 v0.2d, v1.4s, v2.4s", op29},
    {"sabdl v0.8h, v1.8b, v2.8b", op30},
    {"sabdl2 v0.8h, v1.16b, v2.16b", op31},
    {"sabdl v0.4s, v1.4h, v2.4h", op32},
    {"sabdl2 v0.4s, v1.8h, v2.8h", op33},
    {"sabdl v0.2d, v1.2s, v2.2s", op34},
    {"sabdl2 v0.2d, v1.4s, v2.4s", op35},
    {"smlal v0.8h, v1.8b, v2.8b", op36},
    {"smlal2 v0.8h, v1.16b, v2.16b", op37},
    {"smlal v0.4s, v1.4h, v2.4h", op38},
    {"smlal2 v0.4s, v1.8h, v2.8h", op39},
    {"smlal v0.2d, v1.2s, v2.2s", op40},
    {"smlal2 v0.2d, v1.4s, v2.4s", op41},
    {"smlsl v0.8h, v1.8b, v2.8b", op42},
    {"smlsl2 v0.8h, v1.16b, v2.16b", op43},
    {"smlsl v0.4s, v1.4h, v2.4h", op44},
    {"smlsl2 v0.4s, v1.8h, v2.8h", op45},
    {"smlsl v0.2d, v1.2s, v2.2s", op46},
    {"smlsl2 v0.2d, v1.4s, v2.4s", op47},
    {"smull v0.8h, v1.8b, v2.8b", op48},
    {"smull2 v0.8h, v1.16b, v2.16b", op49},
    {"smull v0.4s, v1.4h, v2.4h", op50},
    {"smull2 v0.4s, v1.8h, v2.8h", op51},
    {"smull v0.2d, v1.2s, v2.2s", op52},
    {"smull2 v0.2d, v1.4s, v2.4s", op53},
    {"uaddl v0.8h, v1.8b, v2.8b", op54},
    {"uaddl2 v0.8h, v1.16b, v2.16b", op55},
    {"uaddl v0.4s, v1.4h, v2.4h", op56},
    {"uaddl2 v0.4s, v1.8h, v2.8h", op57},
    {"uaddl v0.2d, v1.2s, v2.2s", op58},
    {"uaddl2 v0.2d, v1.4s, v2.4s", op59},
    {"uaddw v0.8h, v1.8h, v2.8b", op60},
    {"uaddw2 v0.8h, v1.8h, v2.16b", op61},
    {"uaddw v0.4s, v1.4s, v2.4h", op62},
    {"uaddw2 v0.4s, v1.4s, v2.8h", op63},
    {"uaddw v0.2d, v1.2d, v2.2s", op64},
    {"uaddw2 v0.2d, v1.2d, v2.4s", op65},
    {"usubl v0.8h, v1.8b, v2.8b", op66},
    {"usubl2 v0.8h, v1.16b, v2.16b", op67},
    {"usubl v0.4s, v1.4h, v2.4h", op68},
    {"usubl2 v0.4s, v1.8h, v2.8h", op69},
    {"usubl v0.2d, v1.2s, v2.2s", op70},
    {"usubl2 v0.2d, v1.4s, v2.4s", op71},
    {"usubw v0.8h, v1.8h, v2.8b", op72},
    {"usubw2 v0.8h, v1.8h, v2.16b", op73},
    {"usubw v0.4s, v1.4s, v2.4h", op74},
    {"usubw2 v0.4s, v1.4s, v2.8h", op75},
    {"usubw v0.2d, v1.2d, v2.2s", op76},
    {"usubw2 v0.2d, v1.2d, v2.4s", op77},
    {"uabal v0.8h, v1.8b, v2.8b", op78},
    {"uabal2 v0.8h, v1.16b, v2.16b", op79},
    {"uabal v0.4s, v1.4h, v2.4h", op80},
    {"uabal2 v0.4s, v1.8h, v2.8h", op81},
    {"uabal v0.2d, v1.2s, v2.2s", op82},
    {"uabal2 v0.2d, v1.4s, v2.4s", op83},
    {"uabdl v0.8h, v1.8b, v2.8b", op84},
    {"uabdl2 v0.8h, v1.16b, v2.16b", op85},
    {"uabdl v0.4s, v1.4h, v2.4h", op86},
    {"uabdl2 v0.4s, v1.8h, v2.8h", op87},
    {"uabdl v0.2d, v1.2s, v2.2s", op88},
    {"uabdl2 v0.2d, v1.4s, v2.4s", op89},
    {"umlal v0.8h, v1.8b, v2.8b", op90},
    {"umlal2 v0.8h, v1.16b, v2.16b", op91},
    {"umlal v0.4s, v1.4h, v2.4h", op92},
    {"umlal2 v0.4s, v1.8h, v2.8h", op93},
    {"umlal v0.2d, v1.2s, v2.2s", op94},
    {"umlal2 v0.2d, v1.4s, v2.4s", op95},
    {"umlsl v0.8h, v1.8b, v2.8b", op96},
    {"umlsl2 v0.8h, v1.16b, v2.16b", op97},
    {"umlsl v0.4s, v1.4h, v2.4h", op98},
    {"umlsl2 v0.4s, v1.8h, v2.8h", op99},
    {"umlsl v0.2d, v1.2s, v2.2s", op100},
    {"umlsl2 v0.2d, v1.4s, v2.4s", op101},
    {"umull v0.8h, v1.8b, v2.8b", op102},
    {"umull2 v0.8h, v1.16b, v2.16b", op103},
    {"umull v0.4s, v1.4h, v2.4h", op104},
    {"umull2 v0.4s, v1.8h, v2.8h", op105},
    {"umull v0.2d, v1.2s, v2.2s", op106},
    {"umull2 v0.2d, v1.4s, v2.4s", op107},
    {"addhn v0.8b, v1.8h, v2.8h", op108},
    {"addhn2 v0.16b, v1.8h, v2.8h", op109},
    {"addhn v0.4h, v1.4s, v2.4s", op110},
    {"addhn2 v0.8h, v1.4s, v2.4s", op111},
    {"addhn v0.2s, v1.2d, v2.2d", op112},
    {"addhn2 v0.4s, v1.2d, v2.2d", op113},
    {"raddhn v0.8b, v1.8h, v2.8h", op114},
    {"raddhn2 v0.16b, v1.8h, v2.8h", op115},
    {"raddhn v0.4h, v1.4s, v2.4s", op116},
    {"raddhn2 v0.8h, v1.4s, v2.4s", op117},
    {"raddhn v0.2s, v1.2d, v2.2d", op118},
    {"raddhn2 v0.4s, v1.2d, v2.2d", op119},
    {"subhn v0.8b, v1.8h, v2.8h", op120},
    {"subhn2 v0.16b, v1.8h, v2.8h", op121},
    {"subhn v0.4h, v1.4s, v2.4s", op122},
    {"subhn2 v0.8h, v1.4s, v2.4s", op123},
    {"subhn v0.2s, v1.2d, v2.2d", op124},
    {"subhn2 v0.4s, v1.2d, v2.2d", op125},
    {"rsubhn v0.8b, v1.8h, v2.8h", op126},
    {"rsubhn2 v0.16b, v1.8h, v2.8h", op127},
    {"rsubhn v0.4h, v1.4s, v2.4s", op128},
    {"rsubhn2 v0.8h, v1.4s, v2.4s", op129},
    {"rsubhn v0.2s, v1.2d, v2.2d", op130},
    {"rsubhn2 v0.4s, v1.2d, v2.2d", op131},
    {"sqdmlal v0.4s, v1.4h, v2.4h", op132},
    {"sqdmlal2 v0.4s, v1.8h, v2.8h", op133},
    {"sqdmlal v0.2d, v1.2s, v2.2s", op134},
    {"sqdmlal2 v0.2d, v1.4s, v2.4s", op135},
    {"sqdmlsl v0.4s, v1.4h, v2.4h", op136},
    {"sqdmlsl2 v0.4s, v1.8h, v2.8h", op137},
    {"sqdmlsl v0.2d, v1.2s, v2.2s", op138},
    {"sqdmlsl2 v0.2d, v1.4s, v2.4s", op139},
    {"sqdmull v0.4s, v1.4h, v2.4h", op140},
    {"sqdmull2 v0.4s, v1.8h, v2.8h", op141},
    {"sqdmull v0.2d, v1.2s, v2.2s", op142},
    {"sqdmull2 v0.2d, v1.4s, v2.4s", op143},
    {"pmull v0.8h, v1.8b, v2.8b", op144},
    {"pmull2 v0.8h, v1.16b, v2.16b", op145},
    {"sqdmull v0.4s, v1.4h, v1.4h (same)", op146},
    {"sqdmull2 v0.2d, v1.4s, v1.4s (same)", op147},
    {"sqdmlal v0.4s, v1.4h, v1.4h (same)", op148},
    {"sqdmlsl2 v0.2d, v1.4s, v1.4s (same)", op149},
    {"umull2 v0.2d, v1.4s, v1.4s (same)", op150},
};
#define SEED 0x3d1ffu

int test_main(void)
{
    ft_srand(SEED);
    ft_run_simd_cases(cases, FT_COUNT(cases));
    return 0;
}
