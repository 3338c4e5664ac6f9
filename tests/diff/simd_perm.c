/*
 * Differential test: Advanced SIMD permutes (EXT, ZIP/UZP/TRN, TBL/TBX with
 * one to four table registers, in and out of range indices), copies (DUP,
 * INS, UMOV, SMOV), modified immediates (MOVI, MVNI, ORR, BIC, FMOV) and
 * the three-same logical operations, every arrangement.
 */
// USES-FP-REGS
#include "ferry_simd.h"

FT_SIMD_OP(op0, "ext v0.8b, v1.8b, v2.8b, #0")
FT_SIMD_OP(op1, "ext v0.8b, v1.8b, v2.8b, #1")
FT_SIMD_OP(op2, "ext v0.8b, v1.8b, v2.8b, #2")
FT_SIMD_OP(op3, "ext v0.8b, v1.8b, v2.8b, #3")
FT_SIMD_OP(op4, "ext v0.8b, v1.8b, v2.8b, #4")
FT_SIMD_OP(op5, "ext v0.8b, v1.8b, v2.8b, #5")
FT_SIMD_OP(op6, "ext v0.8b, v1.8b, v2.8b, #6")
FT_SIMD_OP(op7, "ext v0.8b, v1.8b, v2.8b, #7")
FT_SIMD_OP(op8, "ext v0.16b, v1.16b, v2.16b, #0")
FT_SIMD_OP(op9, "ext v0.16b, v1.16b, v2.16b, #1")
FT_SIMD_OP(op10, "ext v0.16b, v1.16b, v2.16b, #2")
FT_SIMD_OP(op11, "ext v0.16b, v1.16b, v2.16b, #3")
FT_SIMD_OP(op12, "ext v0.16b, v1.16b, v2.16b, #4")
FT_SIMD_OP(op13, "ext v0.16b, v1.16b, v2.16b, #5")
FT_SIMD_OP(op14, "ext v0.16b, v1.16b, v2.16b, #6")
FT_SIMD_OP(op15, "ext v0.16b, v1.16b, v2.16b, #7")
FT_SIMD_OP(op16, "ext v0.16b, v1.16b, v2.16b, #8")
FT_SIMD_OP(op17, "ext v0.16b, v1.16b, v2.16b, #9")
FT_SIMD_OP(op18, "ext v0.16b, v1.16b, v2.16b, #10")
FT_SIMD_OP(op19, "ext v0.16b, v1.16b, v2.16b, #11")
FT_SIMD_OP(op20, "ext v0.16b, v1.16b, v2.16b, #12")
FT_SIMD_OP(op21, "ext v0.16b, v1.16b, v2.16b, #13")
FT_SIMD_OP(op22, "ext v0.16b, v1.16b, v2.16b, #14")
FT_SIMD_OP(op23, "ext v0.16b, v1.16b, v2.16b, #15")
FT_SIMD_OP(op24, "zip1 v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op25, "zip1 v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op26, "zip1 v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op27, "zip1 v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op28, "zip1 v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op29, "zip1 v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op30, "zip1 v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op31, "zip2 v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op32, "zip2 v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op33, "zip2 v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op34, "zip2 v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op35, "zip2 v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op36, "zip2 v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op37, "zip2 v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op38, "uzp1 v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op39, "uzp1 v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op40, "uzp1 v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op41, "uzp1 v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op42, "uzp1 v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op43, "uzp1 v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op44, "uzp1 v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op45, "uzp2 v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op46, "uzp2 v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op47, "uzp2 v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op48, "uzp2 v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op49, "uzp2 v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op50, "uzp2 v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op51, "uzp2 v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op52, "trn1 v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op53, "trn1 v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op54, "trn1 v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op55, "trn1 v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op56, "trn1 v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op57, "trn1 v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op58, "trn1 v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op59, "trn2 v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op60, "trn2 v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op61, "trn2 v0.4h, v1.4h, v2.4h")
FT_SIMD_OP(op62, "trn2 v0.8h, v1.8h, v2.8h")
FT_SIMD_OP(op63, "trn2 v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op64, "trn2 v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op65, "trn2 v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op66, "tbl v0.8b, {v1.16b}, v5.8b")
FT_SIMD_OP(op67, "tbl v0.8b, {v1.16b, v2.16b}, v5.8b")
FT_SIMD_OP(op68, "tbl v0.8b, {v1.16b, v2.16b, v3.16b}, v5.8b")
FT_SIMD_OP(op69, "tbl v0.8b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.8b")
FT_SIMD_OP(op70, "tbl v0.16b, {v1.16b}, v5.16b")
FT_SIMD_OP(op71, "tbl v0.16b, {v1.16b, v2.16b}, v5.16b")
FT_SIMD_OP(op72, "tbl v0.16b, {v1.16b, v2.16b, v3.16b}, v5.16b")
FT_SIMD_OP(op73, "tbl v0.16b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.16b")
FT_SIMD_OP(op74, "tbx v0.8b, {v1.16b}, v5.8b")
FT_SIMD_OP(op75, "tbx v0.8b, {v1.16b, v2.16b}, v5.8b")
FT_SIMD_OP(op76, "tbx v0.8b, {v1.16b, v2.16b, v3.16b}, v5.8b")
FT_SIMD_OP(op77, "tbx v0.8b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.8b")
FT_SIMD_OP(op78, "tbx v0.16b, {v1.16b}, v5.16b")
FT_SIMD_OP(op79, "tbx v0.16b, {v1.16b, v2.16b}, v5.16b")
FT_SIMD_OP(op80, "tbx v0.16b, {v1.16b, v2.16b, v3.16b}, v5.16b")
FT_SIMD_OP(op81, "tbx v0.16b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.16b")
FT_SIMD_OP(op82, "tbl v0.16b, {v31.16b, v0.16b}, v5.16b")
FT_SIMD_OP(op83, "and v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op84, "and v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op85, "bic v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op86, "bic v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op87, "orr v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op88, "orr v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op89, "orn v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op90, "orn v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op91, "eor v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op92, "eor v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op93, "bsl v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op94, "bsl v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op95, "bit v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op96, "bit v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op97, "bif v0.8b, v1.8b, v2.8b")
FT_SIMD_OP(op98, "bif v0.16b, v1.16b, v2.16b")
FT_SIMD_OP(op99, "dup v0.8b, v1.b[0]")
FT_SIMD_OP(op100, "dup v0.8b, v1.b[1]")
FT_SIMD_OP(op101, "dup v0.8b, v1.b[15]")
FT_SIMD_OP(op102, "dup v0.8b, w0")
FT_SIMD_OP(op103, "dup v0.16b, v1.b[0]")
FT_SIMD_OP(op104, "dup v0.16b, v1.b[1]")
FT_SIMD_OP(op105, "dup v0.16b, v1.b[15]")
FT_SIMD_OP(op106, "dup v0.16b, w0")
FT_SIMD_OP(op107, "dup v0.4h, v1.h[0]")
FT_SIMD_OP(op108, "dup v0.4h, v1.h[1]")
FT_SIMD_OP(op109, "dup v0.4h, v1.h[7]")
FT_SIMD_OP(op110, "dup v0.4h, w0")
FT_SIMD_OP(op111, "dup v0.8h, v1.h[0]")
FT_SIMD_OP(op112, "dup v0.8h, v1.h[1]")
FT_SIMD_OP(op113, "dup v0.8h, v1.h[7]")
FT_SIMD_OP(op114, "dup v0.8h, w0")
FT_SIMD_OP(op115, "dup v0.2s, v1.s[0]")
FT_SIMD_OP(op116, "dup v0.2s, v1.s[1]")
FT_SIMD_OP(op117, "dup v0.2s, v1.s[3]")
FT_SIMD_OP(op118, "dup v0.2s, w0")
FT_SIMD_OP(op119, "dup v0.4s, v1.s[0]")
FT_SIMD_OP(op120, "dup v0.4s, v1.s[1]")
FT_SIMD_OP(op121, "dup v0.4s, v1.s[3]")
FT_SIMD_OP(op122, "dup v0.4s, w0")
FT_SIMD_OP(op123, "dup v0.2d, v1.d[0]")
FT_SIMD_OP(op124, "dup v0.2d, v1.d[1]")
FT_SIMD_OP(op125, "dup v0.2d, x0")
FT_SIMD_OP(op126, "mov v0.b[0], w0")
FT_SIMD_OP(op127, "mov v0.b[0], v1.b[15]")
FT_SIMD_OP(op128, "umov w0, v1.b[0]")
FT_SIMD_OP(op129, "smov w0, v1.b[0]")
FT_SIMD_OP(op130, "smov x0, v1.b[0]")
FT_SIMD_OP(op131, "mov v0.b[1], w0")
FT_SIMD_OP(op132, "mov v0.b[1], v1.b[14]")
FT_SIMD_OP(op133, "umov w0, v1.b[1]")
FT_SIMD_OP(op134, "smov w0, v1.b[1]")
FT_SIMD_OP(op135, "smov x0, v1.b[1]")
FT_SIMD_OP(op136, "mov v0.b[15], w0")
FT_SIMD_OP(op137, "mov v0.b[15], v1.b[0]")
FT_SIMD_OP(op138, "umov w0, v1.b[15]")
FT_SIMD_OP(op139, "smov w0, v1.b[15]")
FT_SIMD_OP(op140, "smov x0, v1.b[15]")
FT_SIMD_OP(op141, "mov v0.h[0], w0")
FT_SIMD_OP(op142, "mov v0.h[0], v1.h[7]")
FT_SIMD_OP(op143, "umov w0, v1.h[0]")
FT_SIMD_OP(op144, "smov w0, v1.h[0]")
FT_SIMD_OP(op145, "smov x0, v1.h[0]")
FT_SIMD_OP(op146, "mov v0.h[1], w0")
FT_SIMD_OP(op147, "mov v0.h[1], v1.h[6]")
FT_SIMD_OP(op148, "umov w0, v1.h[1]")
FT_SIMD_OP(op149, "smov w0, v1.h[1]")
FT_SIMD_OP(op150, "smov x0, v1.h[1]")
FT_SIMD_OP(op151, "mov v0.h[7], w0")
FT_SIMD_OP(op152, "mov v0.h[7], v1.h[0]")
FT_SIMD_OP(op153, "umov w0, v1.h[7]")
FT_SIMD_OP(op154, "smov w0, v1.h[7]")
FT_SIMD_OP(op155, "smov x0, v1.h[7]")
FT_SIMD_OP(op156, "mov v0.s[0], w0")
FT_SIMD_OP(op157, "mov v0.s[0], v1.s[3]")
FT_SIMD_OP(op158, "umov w0, v1.s[0]")
FT_SIMD_OP(op159, "smov x0, v1.s[0]")
FT_SIMD_OP(op160, "mov v0.s[1], w0")
FT_SIMD_OP(op161, "mov v0.s[1], v1.s[2]")
FT_SIMD_OP(op162, "umov w0, v1.s[1]")
FT_SIMD_OP(op163, "smov x0, v1.s[1]")
FT_SIMD_OP(op164, "mov v0.s[3], w0")
FT_SIMD_OP(op165, "mov v0.s[3], v1.s[0]")
FT_SIMD_OP(op166, "umov w0, v1.s[3]")
FT_SIMD_OP(op167, "smov x0, v1.s[3]")
FT_SIMD_OP(op168, "mov v0.d[0], x0")
FT_SIMD_OP(op169, "mov v0.d[0], v1.d[1]")
FT_SIMD_OP(op170, "umov x0, v1.d[0]")
FT_SIMD_OP(op171, "mov v0.d[1], x0")
FT_SIMD_OP(op172, "mov v0.d[1], v1.d[0]")
FT_SIMD_OP(op173, "umov x0, v1.d[1]")
FT_SIMD_OP(op174, "movi v0.8b, #0")
FT_SIMD_OP(op175, "movi v0.16b, #0")
FT_SIMD_OP(op176, "movi v0.4h, #0, lsl #0")
FT_SIMD_OP(op177, "mvni v0.4h, #0, lsl #0")
FT_SIMD_OP(op178, "orr v0.4h, #0, lsl #0")
FT_SIMD_OP(op179, "bic v0.4h, #0, lsl #0")
FT_SIMD_OP(op180, "movi v0.4h, #0, lsl #8")
FT_SIMD_OP(op181, "mvni v0.4h, #0, lsl #8")
FT_SIMD_OP(op182, "orr v0.4h, #0, lsl #8")
FT_SIMD_OP(op183, "bic v0.4h, #0, lsl #8")
FT_SIMD_OP(op184, "movi v0.8h, #0, lsl #0")
FT_SIMD_OP(op185, "mvni v0.8h, #0, lsl #0")
FT_SIMD_OP(op186, "orr v0.8h, #0, lsl #0")
FT_SIMD_OP(op187, "bic v0.8h, #0, lsl #0")
FT_SIMD_OP(op188, "movi v0.8h, #0, lsl #8")
FT_SIMD_OP(op189, "mvni v0.8h, #0, lsl #8")
FT_SIMD_OP(op190, "orr v0.8h, #0, lsl #8")
FT_SIMD_OP(op191, "bic v0.8h, #0, lsl #8")
FT_SIMD_OP(op192, "movi v0.2s, #0, lsl #0")
FT_SIMD_OP(op193, "mvni v0.2s, #0, lsl #0")
FT_SIMD_OP(op194, "orr v0.2s, #0, lsl #0")
FT_SIMD_OP(op195, "bic v0.2s, #0, lsl #0")
FT_SIMD_OP(op196, "movi v0.2s, #0, lsl #8")
FT_SIMD_OP(op197, "mvni v0.2s, #0, lsl #8")
FT_SIMD_OP(op198, "orr v0.2s, #0, lsl #8")
FT_SIMD_OP(op199, "bic v0.2s, #0, lsl #8")
FT_SIMD_OP(op200, "movi v0.2s, #0, lsl #16")
FT_SIMD_OP(op201, "mvni v0.2s, #0, lsl #16")
FT_SIMD_OP(op202, "orr v0.2s, #0, lsl #16")
FT_SIMD_OP(op203, "bic v0.2s, #0, lsl #16")
FT_SIMD_OP(op204, "movi v0.2s, #0, lsl #24")
FT_SIMD_OP(op205, "mvni v0.2s, #0, lsl #24")
FT_SIMD_OP(op206, "orr v0.2s, #0, lsl #24")
FT_SIMD_OP(op207, "bic v0.2s, #0, lsl #24")
FT_SIMD_OP(op208, "movi v0.2s, #0, msl #8")
FT_SIMD_OP(op209, "mvni v0.2s, #0, msl #8")
FT_SIMD_OP(op210, "movi v0.2s, #0, msl #16")
FT_SIMD_OP(op211, "mvni v0.2s, #0, msl #16")
FT_SIMD_OP(op212, "movi v0.4s, #0, lsl #0")
FT_SIMD_OP(op213, "mvni v0.4s, #0, lsl #0")
FT_SIMD_OP(op214, "orr v0.4s, #0, lsl #0")
FT_SIMD_OP(op215, "bic v0.4s, #0, lsl #0")
FT_SIMD_OP(op216, "movi v0.4s, #0, lsl #8")
FT_SIMD_OP(op217, "mvni v0.4s, #0, lsl #8")
FT_SIMD_OP(op218, "orr v0.4s, #0, lsl #8")
FT_SIMD_OP(op219, "bic v0.4s, #0, lsl #8")
FT_SIMD_OP(op220, "movi v0.4s, #0, lsl #16")
FT_SIMD_OP(op221, "mvni v0.4s, #0, lsl #16")
FT_SIMD_OP(op222, "orr v0.4s, #0, lsl #16")
FT_SIMD_OP(op223, "bic v0.4s, #0, lsl #16")
FT_SIMD_OP(op224, "movi v0.4s, #0, lsl #24")
FT_SIMD_OP(op225, "mvni v0.4s, #0, lsl #24")
FT_SIMD_OP(op226, "orr v0.4s, #0, lsl #24")
FT_SIMD_OP(op227, "bic v0.4s, #0, lsl #24")
FT_SIMD_OP(op228, "movi v0.4s, #0, msl #8")
FT_SIMD_OP(op229, "mvni v0.4s, #0, msl #8")
FT_SIMD_OP(op230, "movi v0.4s, #0, msl #16")
FT_SIMD_OP(op231, "mvni v0.4s, #0, msl #16")
FT_SIMD_OP(op232, "movi v0.8b, #0xab")
FT_SIMD_OP(op233, "movi v0.16b, #0xab")
FT_SIMD_OP(op234, "movi v0.4h, #0xab, lsl #0")
FT_SIMD_OP(op235, "mvni v0.4h, #0xab, lsl #0")
FT_SIMD_OP(op236, "orr v0.4h, #0xab, lsl #0")
FT_SIMD_OP(op237, "bic v0.4h, #0xab, lsl #0")
FT_SIMD_OP(op238, "movi v0.4h, #0xab, lsl #8")
FT_SIMD_OP(op239, "mvni v0.4h, #0xab, lsl #8")
FT_SIMD_OP(op240, "orr v0.4h, #0xab, lsl #8")
FT_SIMD_OP(op241, "bic v0.4h, #0xab, lsl #8")
FT_SIMD_OP(op242, "movi v0.8h, #0xab, lsl #0")
FT_SIMD_OP(op243, "mvni v0.8h, #0xab, lsl #0")
FT_SIMD_OP(op244, "orr v0.8h, #0xab, lsl #0")
FT_SIMD_OP(op245, "bic v0.8h, #0xab, lsl #0")
FT_SIMD_OP(op246, "movi v0.8h, #0xab, lsl #8")
FT_SIMD_OP(op247, "mvni v0.8h, #0xab, lsl #8")
FT_SIMD_OP(op248, "orr v0.8h, #0xab, lsl #8")
FT_SIMD_OP(op249, "bic v0.8h, #0xab, lsl #8")
FT_SIMD_OP(op250, "movi v0.2s, #0xab, lsl #0")
FT_SIMD_OP(op251, "mvni v0.2s, #0xab, lsl #0")
FT_SIMD_OP(op252, "orr v0.2s, #0xab, lsl #0")
FT_SIMD_OP(op253, "bic v0.2s, #0xab, lsl #0")
FT_SIMD_OP(op254, "movi v0.2s, #0xab, lsl #8")
FT_SIMD_OP(op255, "mvni v0.2s, #0xab, lsl #8")
FT_SIMD_OP(op256, "orr v0.2s, #0xab, lsl #8")
FT_SIMD_OP(op257, "bic v0.2s, #0xab, lsl #8")
FT_SIMD_OP(op258, "movi v0.2s, #0xab, lsl #16")
FT_SIMD_OP(op259, "mvni v0.2s, #0xab, lsl #16")
FT_SIMD_OP(op260, "orr v0.2s, #0xab, lsl #16")
FT_SIMD_OP(op261, "bic v0.2s, #0xab, lsl #16")
FT_SIMD_OP(op262, "movi v0.2s, #0xab, lsl #24")
FT_SIMD_OP(op263, "mvni v0.2s, #0xab, lsl #24")
FT_SIMD_OP(op264, "orr v0.2s, #0xab, lsl #24")
FT_SIMD_OP(op265, "bic v0.2s, #0xab, lsl #24")
FT_SIMD_OP(op266, "movi v0.2s, #0xab, msl #8")
FT_SIMD_OP(op267, "mvni v0.2s, #0xab, msl #8")
FT_SIMD_OP(op268, "movi v0.2s, #0xab, msl #16")
FT_SIMD_OP(op269, "mvni v0.2s, #0xab, msl #16")
FT_SIMD_OP(op270, "movi v0.4s, #0xab, lsl #0")
FT_SIMD_OP(op271, "mvni v0.4s, #0xab, lsl #0")
FT_SIMD_OP(op272, "orr v0.4s, #0xab, lsl #0")
FT_SIMD_OP(op273, "bic v0.4s, #0xab, lsl #0")
FT_SIMD_OP(op274, "movi v0.4s, #0xab, lsl #8")
FT_SIMD_OP(op275, "mvni v0.4s, #0xab, lsl #8")
FT_SIMD_OP(op276, "orr v0.4s, #0xab, lsl #8")
FT_SIMD_OP(op277, "bic v0.4s, #0xab, lsl #8")
FT_SIMD_OP(op278, "movi v0.4s, #0xab, lsl #16")
FT_SIMD_OP(op279, "mvni v0.4s, #0xab, lsl #16")
FT_SIMD_OP(op280, "orr v0.4s, #0xab, lsl #16")
FT_SIMD_OP(op281, "bic v0.4s, #0xab, lsl #16")
FT_SIMD_OP(op282, "movi v0.4s, #0xab, lsl #24")
FT_SIMD_OP(op283, "mvni v0.4s, #0xab, lsl #24")
FT_SIMD_OP(op284, "orr v0.4s, #0xab, lsl #24")
FT_SIMD_OP(op285, "bic v0.4s, #0xab, lsl #24")
FT_SIMD_OP(op286, "movi v0.4s, #0xab, msl #8")
FT_SIMD_OP(op287, "mvni v0.4s, #0xab, msl #8")
FT_SIMD_OP(op288, "movi v0.4s, #0xab, msl #16")
FT_SIMD_OP(op289, "mvni v0.4s, #0xab, msl #16")
FT_SIMD_OP(op290, "movi v0.8b, #0xff")
FT_SIMD_OP(op291, "movi v0.16b, #0xff")
FT_SIMD_OP(op292, "movi v0.4h, #0xff, lsl #0")
FT_SIMD_OP(op293, "mvni v0.4h, #0xff, lsl #0")
FT_SIMD_OP(op294, "orr v0.4h, #0xff, lsl #0")
FT_SIMD_OP(op295, "bic v0.4h, #0xff, lsl #0")
FT_SIMD_OP(op296, "movi v0.4h, #0xff, lsl #8")
FT_SIMD_OP(op297, "mvni v0.4h, #0xff, lsl #8")
FT_SIMD_OP(op298, "orr v0.4h, #0xff, lsl #8")
FT_SIMD_OP(op299, "bic v0.4h, #0xff, lsl #8")
FT_SIMD_OP(op300, "movi v0.8h, #0xff, lsl #0")
FT_SIMD_OP(op301, "mvni v0.8h, #0xff, lsl #0")
FT_SIMD_OP(op302, "orr v0.8h, #0xff, lsl #0")
FT_SIMD_OP(op303, "bic v0.8h, #0xff, lsl #0")
FT_SIMD_OP(op304, "movi v0.8h, #0xff, lsl #8")
FT_SIMD_OP(op305, "mvni v0.8h, #0xff, lsl #8")
FT_SIMD_OP(op306, "orr v0.8h, #0xff, lsl #8")
FT_SIMD_OP(op307, "bic v0.8h, #0xff, lsl #8")
FT_SIMD_OP(op308, "movi v0.2s, #0xff, lsl #0")
FT_SIMD_OP(op309, "mvni v0.2s, #0xff, lsl #0")
FT_SIMD_OP(op310, "orr v0.2s, #0xff, lsl #0")
FT_SIMD_OP(op311, "bic v0.2s, #0xff, lsl #0")
FT_SIMD_OP(op312, "movi v0.2s, #0xff, lsl #8")
FT_SIMD_OP(op313, "mvni v0.2s, #0xff, lsl #8")
FT_SIMD_OP(op314, "orr v0.2s, #0xff, lsl #8")
FT_SIMD_OP(op315, "bic v0.2s, #0xff, lsl #8")
FT_SIMD_OP(op316, "movi v0.2s, #0xff, lsl #16")
FT_SIMD_OP(op317, "mvni v0.2s, #0xff, lsl #16")
FT_SIMD_OP(op318, "orr v0.2s, #0xff, lsl #16")
FT_SIMD_OP(op319, "bic v0.2s, #0xff, lsl #16")
FT_SIMD_OP(op320, "movi v0.2s, #0xff, lsl #24")
FT_SIMD_OP(op321, "mvni v0.2s, #0xff, lsl #24")
FT_SIMD_OP(op322, "orr v0.2s, #0xff, lsl #24")
FT_SIMD_OP(op323, "bic v0.2s, #0xff, lsl #24")
FT_SIMD_OP(op324, "movi v0.2s, #0xff, msl #8")
FT_SIMD_OP(op325, "mvni v0.2s, #0xff, msl #8")
FT_SIMD_OP(op326, "movi v0.2s, #0xff, msl #16")
FT_SIMD_OP(op327, "mvni v0.2s, #0xff, msl #16")
FT_SIMD_OP(op328, "movi v0.4s, #0xff, lsl #0")
FT_SIMD_OP(op329, "mvni v0.4s, #0xff, lsl #0")
FT_SIMD_OP(op330, "orr v0.4s, #0xff, lsl #0")
FT_SIMD_OP(op331, "bic v0.4s, #0xff, lsl #0")
FT_SIMD_OP(op332, "movi v0.4s, #0xff, lsl #8")
FT_SIMD_OP(op333, "mvni v0.4s, #0xff, lsl #8")
FT_SIMD_OP(op334, "orr v0.4s, #0xff, lsl #8")
FT_SIMD_OP(op335, "bic v0.4s, #0xff, lsl #8")
FT_SIMD_OP(op336, "movi v0.4s, #0xff, lsl #16")
FT_SIMD_OP(op337, "mvni v0.4s, #0xff, lsl #16")
FT_SIMD_OP(op338, "orr v0.4s, #0xff, lsl #16")
FT_SIMD_OP(op339, "bic v0.4s, #0xff, lsl #16")
FT_SIMD_OP(op340, "movi v0.4s, #0xff, lsl #24")
FT_SIMD_OP(op341, "mvni v0.4s, #0xff, lsl #24")
FT_SIMD_OP(op342, "orr v0.4s, #0xff, lsl #24")
FT_SIMD_OP(op343, "bic v0.4s, #0xff, lsl #24")
FT_SIMD_OP(op344, "movi v0.4s, #0xff, msl #8")
FT_SIMD_OP(op345, "mvni v0.4s, #0xff, msl #8")
FT_SIMD_OP(op346, "movi v0.4s, #0xff, msl #16")
FT_SIMD_OP(op347, "mvni v0.4s, #0xff, msl #16")
FT_SIMD_OP(op348, "movi d0, #0xff00ff0000ffff00")
FT_SIMD_OP(op349, "movi v0.2d, #0x00ff00ffff0000ff")
FT_SIMD_OP(op350, "movi d0, #0")
FT_SIMD_OP(op351, "movi v0.2d, #0xffffffffffffffff")
FT_SIMD_OP(op352, "fmov v0.2s, #1.5")
FT_SIMD_OP(op353, "fmov v0.4s, #-2.0")
FT_SIMD_OP(op354, "fmov v0.2d, #0.125")
FT_SIMD_OP(op355, "fmov v0.4s, #31.0")
FT_SIMD_OP(op356, "fmov v0.2d, #-0.1875")
FT_SIMD_OP(op357, "fmov v0.2s, #0.5")
/* a destination that is also a source, and the lanes at the ends */
FT_SIMD_OP(op_alias0, "bsl v0.16b, v0.16b, v1.16b")
FT_SIMD_OP(op_alias1, "bit v0.8b, v1.8b, v0.8b")
FT_SIMD_OP(op_alias2, "bif v0.16b, v0.16b, v0.16b")
FT_SIMD_OP(op_alias3, "orn v0.8b, v0.8b, v0.8b")
FT_SIMD_OP(op_alias4, "bic v0.16b, v1.16b, v0.16b")
FT_SIMD_OP(op_alias5, "dup v0.4s, v0.s[3]")
FT_SIMD_OP(op_alias6, "mov v0.s[1], v0.s[0]")
FT_SIMD_OP(op_alias7, "mov v0.h[7], v0.h[0]")
FT_SIMD_OP(op_alias8, "mov v0.d[1], x0")
FT_SIMD_OP(op_alias9, "smov x0, v1.h[7]")
FT_SIMD_OP(op_alias10, "smov w0, v1.b[9]")
FT_SIMD_OP(op_alias11, "umov w0, v1.h[5]")
FT_SIMD_OP(op_alias12, "mov x0, v1.d[1]")
FT_SIMD_OP(op_alias13, "dup h0, v1.h[6]")
FT_SIMD_OP(op_alias14, "dup b0, v1.b[13]")
FT_SIMD_OP(op_alias15, "orr v0.8h, #0x55, lsl #8")
FT_SIMD_OP(op_alias16, "bic v0.2s, #0xff, lsl #24")
FT_SIMD_OP(op_alias17, "movi v0.2d, #0xff00ff0000ffff00")
FT_SIMD_OP(op_alias18, "mvni v0.4s, #0x12, msl #16")

static const struct ft_simd_case cases[] = {
    {"ext v0.8b, v1.8b, v2.8b, #0", op0},
    {"ext v0.8b, v1.8b, v2.8b, #1", op1},
    {"ext v0.8b, v1.8b, v2.8b, #2", op2},
    {"ext v0.8b, v1.8b, v2.8b, #3", op3},
    {"ext v0.8b, v1.8b, v2.8b, #4", op4},
    {"ext v0.8b, v1.8b, v2.8b, #5", op5},
    {"ext v0.8b, v1.8b, v2.8b, #6", op6},
    {"ext v0.8b, v1.8b, v2.8b, #7", op7},
    {"ext v0.16b, v1.16b, v2.16b, #0", op8},
    {"ext v0.16b, v1.16b, v2.16b, #1", op9},
    {"ext v0.16b, v1.16b, v2.16b, #2", op10},
    {"ext v0.16b, v1.16b, v2.16b, #3", op11},
    {"ext v0.16b, v1.16b, v2.16b, #4", op12},
    {"ext v0.16b, v1.16b, v2.16b, #5", op13},
    {"ext v0.16b, v1.16b, v2.16b, #6", op14},
    {"ext v0.16b, v1.16b, v2.16b, #7", op15},
    {"ext v0.16b, v1.16b, v2.16b, #8", op16},
    {"ext v0.16b, v1.16b, v2.16b, #9", op17},
    {"ext v0.16b, v1.16b, v2.16b, #10", op18},
    {"ext v0.16b, v1.16b, v2.16b, #11", op19},
    {"ext v0.16b, v1.16b, v2.16b, #12", op20},
    {"ext v0.16b, v1.16b, v2.16b, #13", op21},
    {"ext v0.16b, v1.16b, v2.16b, #14", op22},
    {"ext v0.16b, v1.16b, v2.16b, #15", op23},
    {"zip1 v0.8b, v1.8b, v2.8b", op24},
    {"zip1 v0.16b, v1.16b, v2.16b", op25},
    {"zip1 v0.4h, v1.4h, v2.4h", op26},
    {"zip1 v0.8h, v1.8h, v2.8h", op27},
    {"zip1 v0.2s, v1.2s, v2.2s", op28},
    {"zip1 v0.4s, v1.4s, v2.4s", op29},
    {"zip1 v0.2d, v1.2d, v2.2d", op30},
    {"zip2 v0.8b, v1.8b, v2.8b", op31},
    {"zip2 v0.16b, v1.16b, v2.16b", op32},
    {"zip2 v0.4h, v1.4h, v2.4h", op33},
    {"zip2 v0.8h, v1.8h, v2.8h", op34},
    {"zip2 v0.2s, v1.2s, v2.2s", op35},
    {"zip2 v0.4s, v1.4s, v2.4s", op36},
    {"zip2 v0.2d, v1.2d, v2.2d", op37},
    {"uzp1 v0.8b, v1.8b, v2.8b", op38},
    {"uzp1 v0.16b, v1.16b, v2.16b", op39},
    {"uzp1 v0.4h, v1.4h, v2.4h", op40},
    {"uzp1 v0.8h, v1.8h, v2.8h", op41},
    {"uzp1 v0.2s, v1.2s, v2.2s", op42},
    {"uzp1 v0.4s, v1.4s, v2.4s", op43},
    {"uzp1 v0.2d, v1.2d, v2.2d", op44},
    {"uzp2 v0.8b, v1.8b, v2.8b", op45},
    {"uzp2 v0.16b, v1.16b, v2.16b", op46},
    {"uzp2 v0.4h, v1.4h, v2.4h", op47},
    {"uzp2 v0.8h, v1.8h, v2.8h", op48},
    {"uzp2 v0.2s, v1.2s, v2.2s", op49},
    {"uzp2 v0.4s, v1.4s, v2.4s", op50},
    {"uzp2 v0.2d, v1.2d, v2.2d", op51},
    {"trn1 v0.8b, v1.8b, v2.8b", op52},
    {"trn1 v0.16b, v1.16b, v2.16b", op53},
    {"trn1 v0.4h, v1.4h, v2.4h", op54},
    {"trn1 v0.8h, v1.8h, v2.8h", op55},
    {"trn1 v0.2s, v1.2s, v2.2s", op56},
    {"trn1 v0.4s, v1.4s, v2.4s", op57},
    {"trn1 v0.2d, v1.2d, v2.2d", op58},
    {"trn2 v0.8b, v1.8b, v2.8b", op59},
    {"trn2 v0.16b, v1.16b, v2.16b", op60},
    {"trn2 v0.4h, v1.4h, v2.4h", op61},
    {"trn2 v0.8h, v1.8h, v2.8h", op62},
    {"trn2 v0.2s, v1.2s, v2.2s", op63},
    {"trn2 v0.4s, v1.4s, v2.4s", op64},
    {"trn2 v0.2d, v1.2d, v2.2d", op65},
    {"tbl v0.8b, {v1.16b}, v5.8b", op66},
    {"tbl v0.8b, {v1.16b, v2.16b}, v5.8b", op67},
    {"tbl v0.8b, {v1.16b, v2.16b, v3.16b}, v5.8b", op68},
    {"tbl v0.8b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.8b", op69},
    {"tbl v0.16b, {v1.16b}, v5.16b", op70},
    {"tbl v0.16b, {v1.16b, v2.16b}, v5.16b", op71},
    {"tbl v0.16b, {v1.16b, v2.16b, v3.16b}, v5.16b", op72},
    {"tbl v0.16b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.16b", op73},
    {"tbx v0.8b, {v1.16b}, v5.8b", op74},
    {"tbx v0.8b, {v1.16b, v2.16b}, v5.8b", op75},
    {"tbx v0.8b, {v1.16b, v2.16b, v3.16b}, v5.8b", op76},
    {"tbx v0.8b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.8b", op77},
    {"tbx v0.16b, {v1.16b}, v5.16b", op78},
    {"tbx v0.16b, {v1.16b, v2.16b}, v5.16b", op79},
    {"tbx v0.16b, {v1.16b, v2.16b, v3.16b}, v5.16b", op80},
    {"tbx v0.16b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.16b", op81},
    {"tbl v0.16b, {v31.16b, v0.16b}, v5.16b", op82},
    {"and v0.8b, v1.8b, v2.8b", op83},
    {"and v0.16b, v1.16b, v2.16b", op84},
    {"bic v0.8b, v1.8b, v2.8b", op85},
    {"bic v0.16b, v1.16b, v2.16b", op86},
    {"orr v0.8b, v1.8b, v2.8b", op87},
    {"orr v0.16b, v1.16b, v2.16b", op88},
    {"orn v0.8b, v1.8b, v2.8b", op89},
    {"orn v0.16b, v1.16b, v2.16b", op90},
    {"eor v0.8b, v1.8b, v2.8b", op91},
    {"eor v0.16b, v1.16b, v2.16b", op92},
    {"bsl v0.8b, v1.8b, v2.8b", op93},
    {"bsl v0.16b, v1.16b, v2.16b", op94},
    {"bit v0.8b, v1.8b, v2.8b", op95},
    {"bit v0.16b, v1.16b, v2.16b", op96},
    {"bif v0.8b, v1.8b, v2.8b", op97},
    {"bif v0.16b, v1.16b, v2.16b", op98},
    {"dup v0.8b, v1.b[0]", op99},
    {"dup v0.8b, v1.b[1]", op100},
    {"dup v0.8b, v1.b[15]", op101},
    {"dup v0.8b, w0", op102},
    {"dup v0.16b, v1.b[0]", op103},
    {"dup v0.16b, v1.b[1]", op104},
    {"dup v0.16b, v1.b[15]", op105},
    {"dup v0.16b, w0", op106},
    {"dup v0.4h, v1.h[0]", op107},
    {"dup v0.4h, v1.h[1]", op108},
    {"dup v0.4h, v1.h[7]", op109},
    {"dup v0.4h, w0", op110},
    {"dup v0.8h, v1.h[0]", op111},
    {"dup v0.8h, v1.h[1]", op112},
    {"dup v0.8h, v1.h[7]", op113},
    {"dup v0.8h, w0", op114},
    {"dup v0.2s, v1.s[0]", op115},
    {"dup v0.2s, v1.s[1]", op116},
    {"dup v0.2s, v1.s[3]", op117},
    {"dup v0.2s, w0", op118},
    {"dup v0.4s, v1.s[0]", op119},
    {"dup v0.4s, v1.s[1]", op120},
    {"dup v0.4s, v1.s[3]", op121},
    {"dup v0.4s, w0", op122},
    {"dup v0.2d, v1.d[0]", op123},
    {"dup v0.2d, v1.d[1]", op124},
    {"dup v0.2d, x0", op125},
    {"mov v0.b[0], w0", op126},
    {"mov v0.b[0], v1.b[15]", op127},
    {"umov w0, v1.b[0]", op128},
    {"smov w0, v1.b[0]", op129},
    {"smov x0, v1.b[0]", op130},
    {"mov v0.b[1], w0", op131},
    {"mov v0.b[1], v1.b[14]", op132},
    {"umov w0, v1.b[1]", op133},
    {"smov w0, v1.b[1]", op134},
    {"smov x0, v1.b[1]", op135},
    {"mov v0.b[15], w0", op136},
    {"mov v0.b[15], v1.b[0]", op137},
    {"umov w0, v1.b[15]", op138},
    {"smov w0, v1.b[15]", op139},
    {"smov x0, v1.b[15]", op140},
    {"mov v0.h[0], w0", op141},
    {"mov v0.h[0], v1.h[7]", op142},
    {"umov w0, v1.h[0]", op143},
    {"smov w0, v1.h[0]", op144},
    {"smov x0, v1.h[0]", op145},
    {"mov v0.h[1], w0", op146},
    {"mov v0.h[1], v1.h[6]", op147},
    {"umov w0, v1.h[1]", op148},
    {"smov w0, v1.h[1]", op149},
    {"smov x0, v1.h[1]", op150},
    {"mov v0.h[7], w0", op151},
    {"mov v0.h[7], v1.h[0]", op152},
    {"umov w0, v1.h[7]", op153},
    {"smov w0, v1.h[7]", op154},
    {"smov x0, v1.h[7]", op155},
    {"mov v0.s[0], w0", op156},
    {"mov v0.s[0], v1.s[3]", op157},
    {"umov w0, v1.s[0]", op158},
    {"smov x0, v1.s[0]", op159},
    {"mov v0.s[1], w0", op160},
    {"mov v0.s[1], v1.s[2]", op161},
    {"umov w0, v1.s[1]", op162},
    {"smov x0, v1.s[1]", op163},
    {"mov v0.s[3], w0", op164},
    {"mov v0.s[3], v1.s[0]", op165},
    {"umov w0, v1.s[3]", op166},
    {"smov x0, v1.s[3]", op167},
    {"mov v0.d[0], x0", op168},
    {"mov v0.d[0], v1.d[1]", op169},
    {"umov x0, v1.d[0]", op170},
    {"mov v0.d[1], x0", op171},
    {"mov v0.d[1], v1.d[0]", op172},
    {"umov x0, v1.d[1]", op173},
    {"movi v0.8b, #0", op174},
    {"movi v0.16b, #0", op175},
    {"movi v0.4h, #0, lsl #0", op176},
    {"mvni v0.4h, #0, lsl #0", op177},
    {"orr v0.4h, #0, lsl #0", op178},
    {"bic v0.4h, #0, lsl #0", op179},
    {"movi v0.4h, #0, lsl #8", op180},
    {"mvni v0.4h, #0, lsl #8", op181},
    {"orr v0.4h, #0, lsl #8", op182},
    {"bic v0.4h, #0, lsl #8", op183},
    {"movi v0.8h, #0, lsl #0", op184},
    {"mvni v0.8h, #0, lsl #0", op185},
    {"orr v0.8h, #0, lsl #0", op186},
    {"bic v0.8h, #0, lsl #0", op187},
    {"movi v0.8h, #0, lsl #8", op188},
    {"mvni v0.8h, #0, lsl #8", op189},
    {"orr v0.8h, #0, lsl #8", op190},
    {"bic v0.8h, #0, lsl #8", op191},
    {"movi v0.2s, #0, lsl #0", op192},
    {"mvni v0.2s, #0, lsl #0", op193},
    {"orr v0.2s, #0, lsl #0", op194},
    {"bic v0.2s, #0, lsl #0", op195},
    {"movi v0.2s, #0, lsl #8", op196},
    {"mvni v0.2s, #0, lsl #8", op197},
    {"orr v0.2s, #0, lsl #8", op198},
    {"bic v0.2s, #0, lsl #8", op199},
    {"movi v0.2s, #0, lsl #16", op200},
    {"mvni v0.2s, #0, lsl #16", op201},
    {"orr v0.2s, #0, lsl #16", op202},
    {"bic v0.2s, #0, lsl #16", op203},
    {"movi v0.2s, #0, lsl #24", op204},
    {"mvni v0.2s, #0, lsl #24", op205},
    {"orr v0.2s, #0, lsl #24", op206},
    {"bic v0.2s, #0, lsl #24", op207},
    {"movi v0.2s, #0, msl #8", op208},
    {"mvni v0.2s, #0, msl #8", op209},
    {"movi v0.2s, #0, msl #16", op210},
    {"mvni v0.2s, #0, msl #16", op211},
    {"movi v0.4s, #0, lsl #0", op212},
    {"mvni v0.4s, #0, lsl #0", op213},
    {"orr v0.4s, #0, lsl #0", op214},
    {"bic v0.4s, #0, lsl #0", op215},
    {"movi v0.4s, #0, lsl #8", op216},
    {"mvni v0.4s, #0, lsl #8", op217},
    {"orr v0.4s, #0, lsl #8", op218},
    {"bic v0.4s, #0, lsl #8", op219},
    {"movi v0.4s, #0, lsl #16", op220},
    {"mvni v0.4s, #0, lsl #16", op221},
    {"orr v0.4s, #0, lsl #16", op222},
    {"bic v0.4s, #0, lsl #16", op223},
    {"movi v0.4s, #0, lsl #24", op224},
    {"mvni v0.4s, #0, lsl #24", op225},
    {"orr v0.4s, #0, lsl #24", op226},
    {"bic v0.4s, #0, lsl #24", op227},
    {"movi v0.4s, #0, msl #8", op228},
    {"mvni v0.4s, #0, msl #8", op229},
    {"movi v0.4s, #0, msl #16", op230},
    {"mvni v0.4s, #0, msl #16", op231},
    {"movi v0.8b, #0xab", op232},
    {"movi v0.16b, #0xab", op233},
    {"movi v0.4h, #0xab, lsl #0", op234},
    {"mvni v0.4h, #0xab, lsl #0", op235},
    {"orr v0.4h, #0xab, lsl #0", op236},
    {"bic v0.4h, #0xab, lsl #0", op237},
    {"movi v0.4h, #0xab, lsl #8", op238},
    {"mvni v0.4h, #0xab, lsl #8", op239},
    {"orr v0.4h, #0xab, lsl #8", op240},
    {"bic v0.4h, #0xab, lsl #8", op241},
    {"movi v0.8h, #0xab, lsl #0", op242},
    {"mvni v0.8h, #0xab, lsl #0", op243},
    {"orr v0.8h, #0xab, lsl #0", op244},
    {"bic v0.8h, #0xab, lsl #0", op245},
    {"movi v0.8h, #0xab, lsl #8", op246},
    {"mvni v0.8h, #0xab, lsl #8", op247},
    {"orr v0.8h, #0xab, lsl #8", op248},
    {"bic v0.8h, #0xab, lsl #8", op249},
    {"movi v0.2s, #0xab, lsl #0", op250},
    {"mvni v0.2s, #0xab, lsl #0", op251},
    {"orr v0.2s, #0xab, lsl #0", op252},
    {"bic v0.2s, #0xab, lsl #0", op253},
    {"movi v0.2s, #0xab, lsl #8", op254},
    {"mvni v0.2s, #0xab, lsl #8", op255},
    {"orr v0.2s, #0xab, lsl #8", op256},
    {"bic v0.2s, #0xab, lsl #8", op257},
    {"movi v0.2s, #0xab, lsl #16", op258},
    {"mvni v0.2s, #0xab, lsl #16", op259},
    {"orr v0.2s, #0xab, lsl #16", op260},
    {"bic v0.2s, #0xab, lsl #16", op261},
    {"movi v0.2s, #0xab, lsl #24", op262},
    {"mvni v0.2s, #0xab, lsl #24", op263},
    {"orr v0.2s, #0xab, lsl #24", op264},
    {"bic v0.2s, #0xab, lsl #24", op265},
    {"movi v0.2s, #0xab, msl #8", op266},
    {"mvni v0.2s, #0xab, msl #8", op267},
    {"movi v0.2s, #0xab, msl #16", op268},
    {"mvni v0.2s, #0xab, msl #16", op269},
    {"movi v0.4s, #0xab, lsl #0", op270},
    {"mvni v0.4s, #0xab, lsl #0", op271},
    {"orr v0.4s, #0xab, lsl #0", op272},
    {"bic v0.4s, #0xab, lsl #0", op273},
    {"movi v0.4s, #0xab, lsl #8", op274},
    {"mvni v0.4s, #0xab, lsl #8", op275},
    {"orr v0.4s, #0xab, lsl #8", op276},
    {"bic v0.4s, #0xab, lsl #8", op277},
    {"movi v0.4s, #0xab, lsl #16", op278},
    {"mvni v0.4s, #0xab, lsl #16", op279},
    {"orr v0.4s, #0xab, lsl #16", op280},
    {"bic v0.4s, #0xab, lsl #16", op281},
    {"movi v0.4s, #0xab, lsl #24", op282},
    {"mvni v0.4s, #0xab, lsl #24", op283},
    {"orr v0.4s, #0xab, lsl #24", op284},
    {"bic v0.4s, #0xab, lsl #24", op285},
    {"movi v0.4s, #0xab, msl #8", op286},
    {"mvni v0.4s, #0xab, msl #8", op287},
    {"movi v0.4s, #0xab, msl #16", op288},
    {"mvni v0.4s, #0xab, msl #16", op289},
    {"movi v0.8b, #0xff", op290},
    {"movi v0.16b, #0xff", op291},
    {"movi v0.4h, #0xff, lsl #0", op292},
    {"mvni v0.4h, #0xff, lsl #0", op293},
    {"orr v0.4h, #0xff, lsl #0", op294},
    {"bic v0.4h, #0xff, lsl #0", op295},
    {"movi v0.4h, #0xff, lsl #8", op296},
    {"mvni v0.4h, #0xff, lsl #8", op297},
    {"orr v0.4h, #0xff, lsl #8", op298},
    {"bic v0.4h, #0xff, lsl #8", op299},
    {"movi v0.8h, #0xff, lsl #0", op300},
    {"mvni v0.8h, #0xff, lsl #0", op301},
    {"orr v0.8h, #0xff, lsl #0", op302},
    {"bic v0.8h, #0xff, lsl #0", op303},
    {"movi v0.8h, #0xff, lsl #8", op304},
    {"mvni v0.8h, #0xff, lsl #8", op305},
    {"orr v0.8h, #0xff, lsl #8", op306},
    {"bic v0.8h, #0xff, lsl #8", op307},
    {"movi v0.2s, #0xff, lsl #0", op308},
    {"mvni v0.2s, #0xff, lsl #0", op309},
    {"orr v0.2s, #0xff, lsl #0", op310},
    {"bic v0.2s, #0xff, lsl #0", op311},
    {"movi v0.2s, #0xff, lsl #8", op312},
    {"mvni v0.2s, #0xff, lsl #8", op313},
    {"orr v0.2s, #0xff, lsl #8", op314},
    {"bic v0.2s, #0xff, lsl #8", op315},
    {"movi v0.2s, #0xff, lsl #16", op316},
    {"mvni v0.2s, #0xff, lsl #16", op317},
    {"orr v0.2s, #0xff, lsl #16", op318},
    {"bic v0.2s, #0xff, lsl #16", op319},
    {"movi v0.2s, #0xff, lsl #24", op320},
    {"mvni v0.2s, #0xff, lsl #24", op321},
    {"orr v0.2s, #0xff, lsl #24", op322},
    {"bic v0.2s, #0xff, lsl #24", op323},
    {"movi v0.2s, #0xff, msl #8", op324},
    {"mvni v0.2s, #0xff, msl #8", op325},
    {"movi v0.2s, #0xff, msl #16", op326},
    {"mvni v0.2s, #0xff, msl #16", op327},
    {"movi v0.4s, #0xff, lsl #0", op328},
    {"mvni v0.4s, #0xff, lsl #0", op329},
    {"orr v0.4s, #0xff, lsl #0", op330},
    {"bic v0.4s, #0xff, lsl #0", op331},
    {"movi v0.4s, #0xff, lsl #8", op332},
    {"mvni v0.4s, #0xff, lsl #8", op333},
    {"orr v0.4s, #0xff, lsl #8", op334},
    {"bic v0.4s, #0xff, lsl #8", op335},
    {"movi v0.4s, #0xff, lsl #16", op336},
    {"mvni v0.4s, #0xff, lsl #16", op337},
    {"orr v0.4s, #0xff, lsl #16", op338},
    {"bic v0.4s, #0xff, lsl #16", op339},
    {"movi v0.4s, #0xff, lsl #24", op340},
    {"mvni v0.4s, #0xff, lsl #24", op341},
    {"orr v0.4s, #0xff, lsl #24", op342},
    {"bic v0.4s, #0xff, lsl #24", op343},
    {"movi v0.4s, #0xff, msl #8", op344},
    {"mvni v0.4s, #0xff, msl #8", op345},
    {"movi v0.4s, #0xff, msl #16", op346},
    {"mvni v0.4s, #0xff, msl #16", op347},
    {"movi d0, #0xff00ff0000ffff00", op348},
    {"movi v0.2d, #0x00ff00ffff0000ff", op349},
    {"movi d0, #0", op350},
    {"movi v0.2d, #0xffffffffffffffff", op351},
    {"fmov v0.2s, #1.5", op352},
    {"fmov v0.4s, #-2.0", op353},
    {"fmov v0.2d, #0.125", op354},
    {"fmov v0.4s, #31.0", op355},
    {"fmov v0.2d, #-0.1875", op356},
    {"fmov v0.2s, #0.5", op357},
    {"bsl v0.16b, v0.16b, v1.16b", op_alias0},
    {"bit v0.8b, v1.8b, v0.8b", op_alias1},
    {"bif v0.16b, v0.16b, v0.16b", op_alias2},
    {"orn v0.8b, v0.8b, v0.8b", op_alias3},
    {"bic v0.16b, v1.16b, v0.16b", op_alias4},
    {"dup v0.4s, v0.s[3]", op_alias5},
    {"mov v0.s[1], v0.s[0]", op_alias6},
    {"mov v0.h[7], v0.h[0]", op_alias7},
    {"mov v0.d[1], x0", op_alias8},
    {"smov x0, v1.h[7]", op_alias9},
    {"smov w0, v1.b[9]", op_alias10},
    {"umov w0, v1.h[5]", op_alias11},
    {"mov x0, v1.d[1]", op_alias12},
    {"dup h0, v1.h[6]", op_alias13},
    {"dup b0, v1.b[13]", op_alias14},
    {"orr v0.8h, #0x55, lsl #8", op_alias15},
    {"bic v0.2s, #0xff, lsl #24", op_alias16},
    {"movi v0.2d, #0xff00ff0000ffff00", op_alias17},
    {"mvni v0.4s, #0x12, msl #16", op_alias18},
};
#define SEED 0x5eed3u

int test_main(void)
{
    ft_srand(SEED);
    ft_run_simd_cases(cases, FT_COUNT(cases));
    return 0;
}
