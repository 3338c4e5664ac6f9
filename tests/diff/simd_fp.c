/*
 * Differential test: Advanced SIMD floating point, three-same and
 * two-register-misc classes and the pairwise/across-lanes reductions, every
 * operation on 2S, 4S and 2D, through the SIMD harness's FP runs: every
 * pairing of the special values (zeros, infinities, NaNs with payloads,
 * denormals, extremes) as doubles and as singles, edge and random bits, each
 * under every FPCR setting that matters (rounding modes, FZ, DN, AHP); v0 is
 * also an input (accumulating forms), and v0 and FPSR are compared.
 */
// USES-FP-REGS
#include "ferry_simd.h"

FT_SIMD_OP(op0, "faddp s0, v1.2s")
FT_SIMD_OP(op1, "faddp d0, v1.2d")
FT_SIMD_OP(op2, "fmaxp s0, v1.2s")
FT_SIMD_OP(op3, "fminp d0, v1.2d")
FT_SIMD_OP(op4, "fmaxnmp s0, v1.2s")
FT_SIMD_OP(op5, "fminnmp d0, v1.2d")
FT_SIMD_OP(op6, "fmaxv s0, v1.4s")
FT_SIMD_OP(op7, "fminv s0, v1.4s")
FT_SIMD_OP(op8, "fmaxnmv s0, v1.4s")
FT_SIMD_OP(op9, "fminnmv s0, v1.4s")
FT_SIMD_OP(op10, "fabs v0.2s, v1.2s")
FT_SIMD_OP(op11, "fabs v0.4s, v1.4s")
FT_SIMD_OP(op12, "fabs v0.2d, v1.2d")
FT_SIMD_OP(op13, "fneg v0.2s, v1.2s")
FT_SIMD_OP(op14, "fneg v0.4s, v1.4s")
FT_SIMD_OP(op15, "fneg v0.2d, v1.2d")
FT_SIMD_OP(op16, "fsqrt v0.2s, v1.2s")
FT_SIMD_OP(op17, "fsqrt v0.4s, v1.4s")
FT_SIMD_OP(op18, "fsqrt v0.2d, v1.2d")
FT_SIMD_OP(op19, "frintn v0.2s, v1.2s")
FT_SIMD_OP(op20, "frintn v0.4s, v1.4s")
FT_SIMD_OP(op21, "frintn v0.2d, v1.2d")
FT_SIMD_OP(op22, "frintm v0.2s, v1.2s")
FT_SIMD_OP(op23, "frintm v0.4s, v1.4s")
FT_SIMD_OP(op24, "frintm v0.2d, v1.2d")
FT_SIMD_OP(op25, "frintp v0.2s, v1.2s")
FT_SIMD_OP(op26, "frintp v0.4s, v1.4s")
FT_SIMD_OP(op27, "frintp v0.2d, v1.2d")
FT_SIMD_OP(op28, "frintz v0.2s, v1.2s")
FT_SIMD_OP(op29, "frintz v0.4s, v1.4s")
FT_SIMD_OP(op30, "frintz v0.2d, v1.2d")
FT_SIMD_OP(op31, "frinta v0.2s, v1.2s")
FT_SIMD_OP(op32, "frinta v0.4s, v1.4s")
FT_SIMD_OP(op33, "frinta v0.2d, v1.2d")
FT_SIMD_OP(op34, "frintx v0.2s, v1.2s")
FT_SIMD_OP(op35, "frintx v0.4s, v1.4s")
FT_SIMD_OP(op36, "frintx v0.2d, v1.2d")
FT_SIMD_OP(op37, "frinti v0.2s, v1.2s")
FT_SIMD_OP(op38, "frinti v0.4s, v1.4s")
FT_SIMD_OP(op39, "frinti v0.2d, v1.2d")
FT_SIMD_OP(op40, "fcvtns v0.2s, v1.2s")
FT_SIMD_OP(op41, "fcvtns v0.4s, v1.4s")
FT_SIMD_OP(op42, "fcvtns v0.2d, v1.2d")
FT_SIMD_OP(op43, "fcvtms v0.2s, v1.2s")
FT_SIMD_OP(op44, "fcvtms v0.4s, v1.4s")
FT_SIMD_OP(op45, "fcvtms v0.2d, v1.2d")
FT_SIMD_OP(op46, "fcvtas v0.2s, v1.2s")
FT_SIMD_OP(op47, "fcvtas v0.4s, v1.4s")
FT_SIMD_OP(op48, "fcvtas v0.2d, v1.2d")
FT_SIMD_OP(op49, "fcvtps v0.2s, v1.2s")
FT_SIMD_OP(op50, "fcvtps v0.4s, v1.4s")
FT_SIMD_OP(op51, "fcvtps v0.2d, v1.2d")
FT_SIMD_OP(op52, "fcvtzs v0.2s, v1.2s")
FT_SIMD_OP(op53, "fcvtzs v0.4s, v1.4s")
FT_SIMD_OP(op54, "fcvtzs v0.2d, v1.2d")
FT_SIMD_OP(op55, "fcvtnu v0.2s, v1.2s")
FT_SIMD_OP(op56, "fcvtnu v0.4s, v1.4s")
FT_SIMD_OP(op57, "fcvtnu v0.2d, v1.2d")
FT_SIMD_OP(op58, "fcvtmu v0.2s, v1.2s")
FT_SIMD_OP(op59, "fcvtmu v0.4s, v1.4s")
FT_SIMD_OP(op60, "fcvtmu v0.2d, v1.2d")
FT_SIMD_OP(op61, "fcvtau v0.2s, v1.2s")
FT_SIMD_OP(op62, "fcvtau v0.4s, v1.4s")
FT_SIMD_OP(op63, "fcvtau v0.2d, v1.2d")
FT_SIMD_OP(op64, "fcvtpu v0.2s, v1.2s")
FT_SIMD_OP(op65, "fcvtpu v0.4s, v1.4s")
FT_SIMD_OP(op66, "fcvtpu v0.2d, v1.2d")
FT_SIMD_OP(op67, "fcvtzu v0.2s, v1.2s")
FT_SIMD_OP(op68, "fcvtzu v0.4s, v1.4s")
FT_SIMD_OP(op69, "fcvtzu v0.2d, v1.2d")
FT_SIMD_OP(op70, "scvtf v0.2s, v1.2s")
FT_SIMD_OP(op71, "scvtf v0.4s, v1.4s")
FT_SIMD_OP(op72, "scvtf v0.2d, v1.2d")
FT_SIMD_OP(op73, "ucvtf v0.2s, v1.2s")
FT_SIMD_OP(op74, "ucvtf v0.4s, v1.4s")
FT_SIMD_OP(op75, "ucvtf v0.2d, v1.2d")
FT_SIMD_OP(op76, "frecpe v0.2s, v1.2s")
FT_SIMD_OP(op77, "frecpe v0.4s, v1.4s")
FT_SIMD_OP(op78, "frecpe v0.2d, v1.2d")
FT_SIMD_OP(op79, "frsqrte v0.2s, v1.2s")
FT_SIMD_OP(op80, "frsqrte v0.4s, v1.4s")
FT_SIMD_OP(op81, "frsqrte v0.2d, v1.2d")
FT_SIMD_OP(op82, "fcmgt v0.2s, v1.2s, #0.0")
FT_SIMD_OP(op83, "fcmgt v0.4s, v1.4s, #0.0")
FT_SIMD_OP(op84, "fcmgt v0.2d, v1.2d, #0.0")
FT_SIMD_OP(op85, "fcmge v0.2s, v1.2s, #0.0")
FT_SIMD_OP(op86, "fcmge v0.4s, v1.4s, #0.0")
FT_SIMD_OP(op87, "fcmge v0.2d, v1.2d, #0.0")
FT_SIMD_OP(op88, "fcmeq v0.2s, v1.2s, #0.0")
FT_SIMD_OP(op89, "fcmeq v0.4s, v1.4s, #0.0")
FT_SIMD_OP(op90, "fcmeq v0.2d, v1.2d, #0.0")
FT_SIMD_OP(op91, "fcmle v0.2s, v1.2s, #0.0")
FT_SIMD_OP(op92, "fcmle v0.4s, v1.4s, #0.0")
FT_SIMD_OP(op93, "fcmle v0.2d, v1.2d, #0.0")
FT_SIMD_OP(op94, "fcmlt v0.2s, v1.2s, #0.0")
FT_SIMD_OP(op95, "fcmlt v0.4s, v1.4s, #0.0")
FT_SIMD_OP(op96, "fcmlt v0.2d, v1.2d, #0.0")
FT_SIMD_OP(op97, "fmaxnm v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op98, "fmaxnm v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op99, "fmaxnm v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op100, "fmla v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op101, "fmla v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op102, "fmla v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op103, "fadd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op104, "fadd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op105, "fadd v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op106, "fmulx v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op107, "fmulx v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op108, "fmulx v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op109, "fcmeq v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op110, "fcmeq v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op111, "fcmeq v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op112, "fmax v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op113, "fmax v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op114, "fmax v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op115, "frecps v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op116, "frecps v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op117, "frecps v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op118, "fminnm v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op119, "fminnm v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op120, "fminnm v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op121, "fmls v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op122, "fmls v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op123, "fmls v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op124, "fsub v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op125, "fsub v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op126, "fsub v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op127, "fmin v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op128, "fmin v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op129, "fmin v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op130, "frsqrts v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op131, "frsqrts v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op132, "frsqrts v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op133, "fmul v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op134, "fmul v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op135, "fmul v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op136, "fcmge v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op137, "fcmge v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op138, "fcmge v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op139, "facge v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op140, "facge v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op141, "facge v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op142, "fdiv v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op143, "fdiv v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op144, "fdiv v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op145, "fabd v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op146, "fabd v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op147, "fabd v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op148, "fcmgt v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op149, "fcmgt v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op150, "fcmgt v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op151, "facgt v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op152, "facgt v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op153, "facgt v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op154, "fmaxnmp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op155, "fmaxnmp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op156, "fmaxnmp v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op157, "faddp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op158, "faddp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op159, "faddp v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op160, "fmaxp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op161, "fmaxp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op162, "fmaxp v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op163, "fminnmp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op164, "fminnmp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op165, "fminnmp v0.2d, v1.2d, v2.2d")
FT_SIMD_OP(op166, "fminp v0.2s, v1.2s, v2.2s")
FT_SIMD_OP(op167, "fminp v0.4s, v1.4s, v2.4s")
FT_SIMD_OP(op168, "fminp v0.2d, v1.2d, v2.2d")

static const struct ft_simd_case cases[] = {
    {"faddp s0, v1.2s", op0},
    {"faddp d0, v1.2d", op1},
    {"fmaxp s0, v1.2s", op2},
    {"fminp d0, v1.2d", op3},
    {"fmaxnmp s0, v1.2s", op4},
    {"fminnmp d0, v1.2d", op5},
    {"fmaxv s0, v1.4s", op6},
    {"fminv s0, v1.4s", op7},
    {"fmaxnmv s0, v1.4s", op8},
    {"fminnmv s0, v1.4s", op9},
    {"fabs v0.2s, v1.2s", op10},
    {"fabs v0.4s, v1.4s", op11},
    {"fabs v0.2d, v1.2d", op12},
    {"fneg v0.2s, v1.2s", op13},
    {"fneg v0.4s, v1.4s", op14},
    {"fneg v0.2d, v1.2d", op15},
    {"fsqrt v0.2s, v1.2s", op16},
    {"fsqrt v0.4s, v1.4s", op17},
    {"fsqrt v0.2d, v1.2d", op18},
    {"frintn v0.2s, v1.2s", op19},
    {"frintn v0.4s, v1.4s", op20},
    {"frintn v0.2d, v1.2d", op21},
    {"frintm v0.2s, v1.2s", op22},
    {"frintm v0.4s, v1.4s", op23},
    {"frintm v0.2d, v1.2d", op24},
    {"frintp v0.2s, v1.2s", op25},
    {"frintp v0.4s, v1.4s", op26},
    {"frintp v0.2d, v1.2d", op27},
    {"frintz v0.2s, v1.2s", op28},
    {"frintz v0.4s, v1.4s", op29},
    {"frintz v0.2d, v1.2d", op30},
    {"frinta v0.2s, v1.2s", op31},
    {"frinta v0.4s, v1.4s", op32},
    {"frinta v0.2d, v1.2d", op33},
    {"frintx v0.2s, v1.2s", op34},
    {"frintx v0.4s, v1.4s", op35},
    {"frintx v0.2d, v1.2d", op36},
    {"frinti v0.2s, v1.2s", op37},
    {"frinti v0.4s, v1.4s", op38},
    {"frinti v0.2d, v1.2d", op39},
    {"fcvtns v0.2s, v1.2s", op40},
    {"fcvtns v0.4s, v1.4s", op41},
    {"fcvtns v0.2d, v1.2d", op42},
    {"fcvtms v0.2s, v1.2s", op43},
    {"fcvtms v0.4s, v1.4s", op44},
    {"fcvtms v0.2d, v1.2d", op45},
    {"fcvtas v0.2s, v1.2s", op46},
    {"fcvtas v0.4s, v1.4s", op47},
    {"fcvtas v0.2d, v1.2d", op48},
    {"fcvtps v0.2s, v1.2s", op49},
    {"fcvtps v0.4s, v1.4s", op50},
    {"fcvtps v0.2d, v1.2d", op51},
    {"fcvtzs v0.2s, v1.2s", op52},
    {"fcvtzs v0.4s, v1.4s", op53},
    {"fcvtzs v0.2d, v1.2d", op54},
    {"fcvtnu v0.2s, v1.2s", op55},
    {"fcvtnu v0.4s, v1.4s", op56},
    {"fcvtnu v0.2d, v1.2d", op57},
    {"fcvtmu v0.2s, v1.2s", op58},
    {"fcvtmu v0.4s, v1.4s", op59},
    {"fcvtmu v0.2d, v1.2d", op60},
    {"fcvtau v0.2s, v1.2s", op61},
    {"fcvtau v0.4s, v1.4s", op62},
    {"fcvtau v0.2d, v1.2d", op63},
    {"fcvtpu v0.2s, v1.2s", op64},
    {"fcvtpu v0.4s, v1.4s", op65},
    {"fcvtpu v0.2d, v1.2d", op66},
    {"fcvtzu v0.2s, v1.2s", op67},
    {"fcvtzu v0.4s, v1.4s", op68},
    {"fcvtzu v0.2d, v1.2d", op69},
    {"scvtf v0.2s, v1.2s", op70},
    {"scvtf v0.4s, v1.4s", op71},
    {"scvtf v0.2d, v1.2d", op72},
    {"ucvtf v0.2s, v1.2s", op73},
    {"ucvtf v0.4s, v1.4s", op74},
    {"ucvtf v0.2d, v1.2d", op75},
    {"frecpe v0.2s, v1.2s", op76},
    {"frecpe v0.4s, v1.4s", op77},
    {"frecpe v0.2d, v1.2d", op78},
    {"frsqrte v0.2s, v1.2s", op79},
    {"frsqrte v0.4s, v1.4s", op80},
    {"frsqrte v0.2d, v1.2d", op81},
    {"fcmgt v0.2s, v1.2s, #0.0", op82},
    {"fcmgt v0.4s, v1.4s, #0.0", op83},
    {"fcmgt v0.2d, v1.2d, #0.0", op84},
    {"fcmge v0.2s, v1.2s, #0.0", op85},
    {"fcmge v0.4s, v1.4s, #0.0", op86},
    {"fcmge v0.2d, v1.2d, #0.0", op87},
    {"fcmeq v0.2s, v1.2s, #0.0", op88},
    {"fcmeq v0.4s, v1.4s, #0.0", op89},
    {"fcmeq v0.2d, v1.2d, #0.0", op90},
    {"fcmle v0.2s, v1.2s, #0.0", op91},
    {"fcmle v0.4s, v1.4s, #0.0", op92},
    {"fcmle v0.2d, v1.2d, #0.0", op93},
    {"fcmlt v0.2s, v1.2s, #0.0", op94},
    {"fcmlt v0.4s, v1.4s, #0.0", op95},
    {"fcmlt v0.2d, v1.2d, #0.0", op96},
    {"fmaxnm v0.2s, v1.2s, v2.2s", op97},
    {"fmaxnm v0.4s, v1.4s, v2.4s", op98},
    {"fmaxnm v0.2d, v1.2d, v2.2d", op99},
    {"fmla v0.2s, v1.2s, v2.2s", op100},
    {"fmla v0.4s, v1.4s, v2.4s", op101},
    {"fmla v0.2d, v1.2d, v2.2d", op102},
    {"fadd v0.2s, v1.2s, v2.2s", op103},
    {"fadd v0.4s, v1.4s, v2.4s", op104},
    {"fadd v0.2d, v1.2d, v2.2d", op105},
    {"fmulx v0.2s, v1.2s, v2.2s", op106},
    {"fmulx v0.4s, v1.4s, v2.4s", op107},
    {"fmulx v0.2d, v1.2d, v2.2d", op108},
    {"fcmeq v0.2s, v1.2s, v2.2s", op109},
    {"fcmeq v0.4s, v1.4s, v2.4s", op110},
    {"fcmeq v0.2d, v1.2d, v2.2d", op111},
    {"fmax v0.2s, v1.2s, v2.2s", op112},
    {"fmax v0.4s, v1.4s, v2.4s", op113},
    {"fmax v0.2d, v1.2d, v2.2d", op114},
    {"frecps v0.2s, v1.2s, v2.2s", op115},
    {"frecps v0.4s, v1.4s, v2.4s", op116},
    {"frecps v0.2d, v1.2d, v2.2d", op117},
    {"fminnm v0.2s, v1.2s, v2.2s", op118},
    {"fminnm v0.4s, v1.4s, v2.4s", op119},
    {"fminnm v0.2d, v1.2d, v2.2d", op120},
    {"fmls v0.2s, v1.2s, v2.2s", op121},
    {"fmls v0.4s, v1.4s, v2.4s", op122},
    {"fmls v0.2d, v1.2d, v2.2d", op123},
    {"fsub v0.2s, v1.2s, v2.2s", op124},
    {"fsub v0.4s, v1.4s, v2.4s", op125},
    {"fsub v0.2d, v1.2d, v2.2d", op126},
    {"fmin v0.2s, v1.2s, v2.2s", op127},
    {"fmin v0.4s, v1.4s, v2.4s", op128},
    {"fmin v0.2d, v1.2d, v2.2d", op129},
    {"frsqrts v0.2s, v1.2s, v2.2s", op130},
    {"frsqrts v0.4s, v1.4s, v2.4s", op131},
    {"frsqrts v0.2d, v1.2d, v2.2d", op132},
    {"fmul v0.2s, v1.2s, v2.2s", op133},
    {"fmul v0.4s, v1.4s, v2.4s", op134},
    {"fmul v0.2d, v1.2d, v2.2d", op135},
    {"fcmge v0.2s, v1.2s, v2.2s", op136},
    {"fcmge v0.4s, v1.4s, v2.4s", op137},
    {"fcmge v0.2d, v1.2d, v2.2d", op138},
    {"facge v0.2s, v1.2s, v2.2s", op139},
    {"facge v0.4s, v1.4s, v2.4s", op140},
    {"facge v0.2d, v1.2d, v2.2d", op141},
    {"fdiv v0.2s, v1.2s, v2.2s", op142},
    {"fdiv v0.4s, v1.4s, v2.4s", op143},
    {"fdiv v0.2d, v1.2d, v2.2d", op144},
    {"fabd v0.2s, v1.2s, v2.2s", op145},
    {"fabd v0.4s, v1.4s, v2.4s", op146},
    {"fabd v0.2d, v1.2d, v2.2d", op147},
    {"fcmgt v0.2s, v1.2s, v2.2s", op148},
    {"fcmgt v0.4s, v1.4s, v2.4s", op149},
    {"fcmgt v0.2d, v1.2d, v2.2d", op150},
    {"facgt v0.2s, v1.2s, v2.2s", op151},
    {"facgt v0.4s, v1.4s, v2.4s", op152},
    {"facgt v0.2d, v1.2d, v2.2d", op153},
    {"fmaxnmp v0.2s, v1.2s, v2.2s", op154},
    {"fmaxnmp v0.4s, v1.4s, v2.4s", op155},
    {"fmaxnmp v0.2d, v1.2d, v2.2d", op156},
    {"faddp v0.2s, v1.2s, v2.2s", op157},
    {"faddp v0.4s, v1.4s, v2.4s", op158},
    {"faddp v0.2d, v1.2d, v2.2d", op159},
    {"fmaxp v0.2s, v1.2s, v2.2s", op160},
    {"fmaxp v0.4s, v1.4s, v2.4s", op161},
    {"fmaxp v0.2d, v1.2d, v2.2d", op162},
    {"fminnmp v0.2s, v1.2s, v2.2s", op163},
    {"fminnmp v0.4s, v1.4s, v2.4s", op164},
    {"fminnmp v0.2d, v1.2d, v2.2d", op165},
    {"fminp v0.2s, v1.2s, v2.2s", op166},
    {"fminp v0.4s, v1.4s, v2.4s", op167},
    {"fminp v0.2d, v1.2d, v2.2d", op168},
};
#define SEED 0xf10a7u

int test_main(void)
{
    ft_srand(SEED);
    ft_run_simd_cases(cases, FT_COUNT(cases));
    return 0;
}
