/*
 * Differential test: scalar floating point, single and double. Every
 * operation runs on Arm's special values (signed zeros, infinities, quiet
 * and signalling NaNs with payloads, denormals, extreme normals, halfway
 * cases) and random bits, under all four FPCR rounding modes, with
 * flush-to-zero and default-NaN on and off, and with the alternative half
 * format (AHP) for the half-precision conversions; the result bits and
 * FPSR's cumulative flags are compared.
 */
// USES-FP-REGS
#include <stdbool.h>

#include "ferry_test.h"

typedef uint64_t fp_op(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr);

static uint64_t op_fadd_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfadd d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fsub_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfsub d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmul_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfmul d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fdiv_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfdiv d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmax_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfmax d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmin_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfmin d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmaxnm_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfmaxnm d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fminnm_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfminnm d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fnmul_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfnmul d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fsqrt_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfsqrt d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fabs_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfabs d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fneg_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfneg d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintn_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfrintn d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintp_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfrintp d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintm_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfrintm d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintz_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfrintz d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frinta_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfrinta d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintx_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfrintx d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frinti_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfrinti d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmadd_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfmov d3, %x4\n\tfneg d3, d3\n\tfmadd d0, d1, d2, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmsub_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfmov d3, %x4\n\tfneg d3, d3\n\tfmsub d0, d1, d2, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fnmadd_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfmov d3, %x4\n\tfneg d3, d3\n\tfnmadd d0, d1, d2, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fnmsub_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfmov d3, %x4\n\tfneg d3, d3\n\tfnmsub d0, d1, d2, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcmp_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfcmp d1, d2\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcmp_d_zero(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcmp d1, #0.0\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcmpe_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfcmpe d1, d2\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcmpe_d_zero(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcmpe d1, #0.0\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fccmp_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tcmp %2, %4\n\tfccmp d1, d2, #5, hi\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcsel_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tcmp %2, %4\n\tfcsel d0, d1, d2, lt\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtns_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtns %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtns_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtns %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtnu_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtnu %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtnu_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtnu %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtps_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtps %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtps_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtps %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtpu_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtpu %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtpu_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtpu %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtms_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtms %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtms_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtms %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtmu_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtmu %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtmu_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtmu %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzs_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtzs %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzs_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtzs %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzu_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtzu %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzu_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtzu %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtas_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtas %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtas_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtas %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtau_x_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtau %0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtau_w_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtau %w0, d1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzs_x_fixed_10_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtzs %0, d1, #10\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzu_w_fixed_31_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfcvtzu %w0, d1, #31\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_scvtf_d_x(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tscvtf d0, %4\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_scvtf_d_w(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tscvtf d0, %w4\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_scvtf_d_x_fixed_17(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tscvtf d0, %4, #17\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_ucvtf_d_x(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tucvtf d0, %4\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_ucvtf_d_w(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tucvtf d0, %w4\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_ucvtf_d_x_fixed_17(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tucvtf d0, %4, #17\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmov_imm_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d0, #-1.25\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fadd_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfadd s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fsub_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfsub s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmul_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfmul s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fdiv_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfdiv s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmax_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfmax s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmin_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfmin s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmaxnm_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfmaxnm s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fminnm_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfminnm s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fnmul_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfnmul s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fsqrt_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfsqrt s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fabs_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfabs s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fneg_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfneg s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintn_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfrintn s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintp_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfrintp s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintm_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfrintm s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintz_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfrintz s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frinta_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfrinta s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frintx_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfrintx s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_frinti_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfrinti s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmadd_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfmov s3, %w4\n\tfneg s3, s3\n\tfmadd s0, s1, s2, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmsub_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfmov s3, %w4\n\tfneg s3, s3\n\tfmsub s0, s1, s2, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fnmadd_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfmov s3, %w4\n\tfneg s3, s3\n\tfnmadd s0, s1, s2, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fnmsub_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfmov s3, %w4\n\tfneg s3, s3\n\tfnmsub s0, s1, s2, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcmp_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfcmp s1, s2\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcmp_s_zero(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcmp s1, #0.0\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcmpe_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfcmpe s1, s2\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcmpe_s_zero(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcmpe s1, #0.0\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fccmp_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tcmp %2, %4\n\tfccmp s1, s2, #5, hi\n\tmrs %0, nzcv\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcsel_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tcmp %2, %4\n\tfcsel s0, s1, s2, lt\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtns_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtns %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtns_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtns %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtnu_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtnu %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtnu_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtnu %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtps_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtps %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtps_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtps %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtpu_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtpu %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtpu_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtpu %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtms_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtms %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtms_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtms %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtmu_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtmu %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtmu_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtmu %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzs_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtzs %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzs_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtzs %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzu_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtzu %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzu_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtzu %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtas_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtas %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtas_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtas %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtau_x_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtau %0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtau_w_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtau %w0, s1\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzs_x_fixed_10_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtzs %0, s1, #10\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvtzu_w_fixed_31_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvtzu %w0, s1, #31\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_scvtf_s_x(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tscvtf s0, %4\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_scvtf_s_w(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tscvtf s0, %w4\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_scvtf_s_x_fixed_17(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tscvtf s0, %4, #17\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_ucvtf_s_x(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tucvtf s0, %4\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_ucvtf_s_w(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tucvtf s0, %w4\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_ucvtf_s_x_fixed_17(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tucvtf s0, %4, #17\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmov_imm_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s0, #-1.25\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvt_s_from_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %2\n\tfcvt s0, d1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fcvt_d_from_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvt d0, s1\n\tfmov %0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_fmov_v_d_1(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov v0.d[1], %2\n\tfmov %0, v0.d[1]\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr)
                     : "r"(a), "r"(fpcr), "r"(b)
                     : "v0", "v1", "v2", "v3", "cc");
    return r;
}

static uint64_t op_est_frecpe_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfrecpe s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frecpe_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfrecpe d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frsqrte_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfrsqrte s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frsqrte_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfrsqrte d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frecpx_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfrecpx s0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frecpx_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfrecpx d0, d1\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frecps_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfrecps s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frecps_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfrecps d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frsqrts_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfmov s2, %w4\n\tfrsqrts s0, s1, s2\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_est_frsqrts_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %x2\n\tfmov d2, %x4\n\tfrsqrts d0, d1, d2\n\tfmov %x0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr), "r"(b) : "v0", "v1", "v2", "cc");
    return r;
}

static uint64_t op_fcvt_h_from_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    (void)b;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvt h0, s1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr) : "v0", "v1", "cc");
    return r;
}

static uint64_t op_fcvt_h_from_d(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    (void)b;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov d1, %2\n\tfcvt h0, d1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(a), "r"(fpcr) : "v0", "v1", "cc");
    return r;
}

/* The half source is the low 16 bits of a (and, shifted, of b: more half patterns). */
static uint64_t op_fcvt_s_from_h(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    uint64_t h = (a ^ (b >> 16)) & 0xffff;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvt s0, h1\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(h), "r"(fpcr) : "v0", "v1", "cc");
    return r;
}

static uint64_t op_fcvt_d_from_h(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    uint64_t h = (a ^ (b >> 16)) & 0xffff;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s1, %w2\n\tfcvt d0, h1\n\tfmov %0, d0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
                     : "=&r"(r), "=&r"(*fpsr) : "r"(h), "r"(fpcr) : "v0", "v1", "cc");
    return r;
}

static const struct { const char *name; fp_op *fn; bool single; } ops[] = {
    {"fadd d", op_fadd_d, false},
    {"fsub d", op_fsub_d, false},
    {"fmul d", op_fmul_d, false},
    {"fdiv d", op_fdiv_d, false},
    {"fmax d", op_fmax_d, false},
    {"fmin d", op_fmin_d, false},
    {"fmaxnm d", op_fmaxnm_d, false},
    {"fminnm d", op_fminnm_d, false},
    {"fnmul d", op_fnmul_d, false},
    {"fsqrt d", op_fsqrt_d, false},
    {"fabs d", op_fabs_d, false},
    {"fneg d", op_fneg_d, false},
    {"frintn d", op_frintn_d, false},
    {"frintp d", op_frintp_d, false},
    {"frintm d", op_frintm_d, false},
    {"frintz d", op_frintz_d, false},
    {"frinta d", op_frinta_d, false},
    {"frintx d", op_frintx_d, false},
    {"frinti d", op_frinti_d, false},
    {"fmadd d", op_fmadd_d, false},
    {"fmsub d", op_fmsub_d, false},
    {"fnmadd d", op_fnmadd_d, false},
    {"fnmsub d", op_fnmsub_d, false},
    {"fcmp d", op_fcmp_d, false},
    {"fcmp d zero", op_fcmp_d_zero, false},
    {"fcmpe d", op_fcmpe_d, false},
    {"fcmpe d zero", op_fcmpe_d_zero, false},
    {"fccmp d", op_fccmp_d, false},
    {"fcsel d", op_fcsel_d, false},
    {"fcvtns x d", op_fcvtns_x_d, false},
    {"fcvtns w d", op_fcvtns_w_d, false},
    {"fcvtnu x d", op_fcvtnu_x_d, false},
    {"fcvtnu w d", op_fcvtnu_w_d, false},
    {"fcvtps x d", op_fcvtps_x_d, false},
    {"fcvtps w d", op_fcvtps_w_d, false},
    {"fcvtpu x d", op_fcvtpu_x_d, false},
    {"fcvtpu w d", op_fcvtpu_w_d, false},
    {"fcvtms x d", op_fcvtms_x_d, false},
    {"fcvtms w d", op_fcvtms_w_d, false},
    {"fcvtmu x d", op_fcvtmu_x_d, false},
    {"fcvtmu w d", op_fcvtmu_w_d, false},
    {"fcvtzs x d", op_fcvtzs_x_d, false},
    {"fcvtzs w d", op_fcvtzs_w_d, false},
    {"fcvtzu x d", op_fcvtzu_x_d, false},
    {"fcvtzu w d", op_fcvtzu_w_d, false},
    {"fcvtas x d", op_fcvtas_x_d, false},
    {"fcvtas w d", op_fcvtas_w_d, false},
    {"fcvtau x d", op_fcvtau_x_d, false},
    {"fcvtau w d", op_fcvtau_w_d, false},
    {"fcvtzs x fixed #10 d", op_fcvtzs_x_fixed_10_d, false},
    {"fcvtzu w fixed #31 d", op_fcvtzu_w_fixed_31_d, false},
    {"scvtf d x", op_scvtf_d_x, false},
    {"scvtf d w", op_scvtf_d_w, false},
    {"scvtf d x fixed #17", op_scvtf_d_x_fixed_17, false},
    {"ucvtf d x", op_ucvtf_d_x, false},
    {"ucvtf d w", op_ucvtf_d_w, false},
    {"ucvtf d x fixed #17", op_ucvtf_d_x_fixed_17, false},
    {"fmov imm d", op_fmov_imm_d, false},
    {"fadd s", op_fadd_s, true},
    {"fsub s", op_fsub_s, true},
    {"fmul s", op_fmul_s, true},
    {"fdiv s", op_fdiv_s, true},
    {"fmax s", op_fmax_s, true},
    {"fmin s", op_fmin_s, true},
    {"fmaxnm s", op_fmaxnm_s, true},
    {"fminnm s", op_fminnm_s, true},
    {"fnmul s", op_fnmul_s, true},
    {"fsqrt s", op_fsqrt_s, true},
    {"fabs s", op_fabs_s, true},
    {"fneg s", op_fneg_s, true},
    {"frintn s", op_frintn_s, true},
    {"frintp s", op_frintp_s, true},
    {"frintm s", op_frintm_s, true},
    {"frintz s", op_frintz_s, true},
    {"frinta s", op_frinta_s, true},
    {"frintx s", op_frintx_s, true},
    {"frinti s", op_frinti_s, true},
    {"fmadd s", op_fmadd_s, true},
    {"fmsub s", op_fmsub_s, true},
    {"fnmadd s", op_fnmadd_s, true},
    {"fnmsub s", op_fnmsub_s, true},
    {"fcmp s", op_fcmp_s, true},
    {"fcmp s zero", op_fcmp_s_zero, true},
    {"fcmpe s", op_fcmpe_s, true},
    {"fcmpe s zero", op_fcmpe_s_zero, true},
    {"fccmp s", op_fccmp_s, true},
    {"fcsel s", op_fcsel_s, true},
    {"fcvtns x s", op_fcvtns_x_s, true},
    {"fcvtns w s", op_fcvtns_w_s, true},
    {"fcvtnu x s", op_fcvtnu_x_s, true},
    {"fcvtnu w s", op_fcvtnu_w_s, true},
    {"fcvtps x s", op_fcvtps_x_s, true},
    {"fcvtps w s", op_fcvtps_w_s, true},
    {"fcvtpu x s", op_fcvtpu_x_s, true},
    {"fcvtpu w s", op_fcvtpu_w_s, true},
    {"fcvtms x s", op_fcvtms_x_s, true},
    {"fcvtms w s", op_fcvtms_w_s, true},
    {"fcvtmu x s", op_fcvtmu_x_s, true},
    {"fcvtmu w s", op_fcvtmu_w_s, true},
    {"fcvtzs x s", op_fcvtzs_x_s, true},
    {"fcvtzs w s", op_fcvtzs_w_s, true},
    {"fcvtzu x s", op_fcvtzu_x_s, true},
    {"fcvtzu w s", op_fcvtzu_w_s, true},
    {"fcvtas x s", op_fcvtas_x_s, true},
    {"fcvtas w s", op_fcvtas_w_s, true},
    {"fcvtau x s", op_fcvtau_x_s, true},
    {"fcvtau w s", op_fcvtau_w_s, true},
    {"fcvtzs x fixed #10 s", op_fcvtzs_x_fixed_10_s, true},
    {"fcvtzu w fixed #31 s", op_fcvtzu_w_fixed_31_s, true},
    {"scvtf s x", op_scvtf_s_x, true},
    {"scvtf s w", op_scvtf_s_w, true},
    {"scvtf s x fixed #17", op_scvtf_s_x_fixed_17, true},
    {"ucvtf s x", op_ucvtf_s_x, true},
    {"ucvtf s w", op_ucvtf_s_w, true},
    {"ucvtf s x fixed #17", op_ucvtf_s_x_fixed_17, true},
    {"fmov imm s", op_fmov_imm_s, true},
    {"fcvt s from d", op_fcvt_s_from_d, true},
    {"fcvt d from s", op_fcvt_d_from_s, true},
    {"fmov v.d[1]", op_fmov_v_d_1, false},
    {"fcvt h from s", op_fcvt_h_from_s, true},
    {"fcvt h from d", op_fcvt_h_from_d, false},
    {"fcvt s from h", op_fcvt_s_from_h, true},
    {"fcvt d from h", op_fcvt_d_from_h, true},
    {"frsqrts d", op_est_frsqrts_d, false},
    {"frsqrts s", op_est_frsqrts_s, true},
    {"frecps d", op_est_frecps_d, false},
    {"frecps s", op_est_frecps_s, true},
    {"frecpx d", op_est_frecpx_d, false},
    {"frecpx s", op_est_frecpx_s, true},
    {"frsqrte d", op_est_frsqrte_d, false},
    {"frsqrte s", op_est_frsqrte_s, true},
    {"frecpe d", op_est_frecpe_d, false},
    {"frecpe s", op_est_frecpe_s, true},
};

static const uint64_t doubles[] = {
    0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff8000000000000,
    0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000123, 0xfff8000000000456,
    0x7ff0000000000789, 0xfff4000000000001, 0x0000000000000001, 0x800fffffffffffff,
    0x0010000000000000, 0x7fefffffffffffff, 0x3fd5555555555555, 0x4004000000000000,
    0xc00c000000000000, 0x43e0000000000000, 0xc3e0000000000001, 0x41efffffffe00000,
    0x3ff0000000000001, 0x3fe0000000000000,
};

static const uint64_t singles[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbfc00000, 0x7f800000, 0xff800000, 0x7fc00123,
    0xffc00456, 0x7f800789, 0xffa00001, 0x00000001, 0x807fffff, 0x00800000, 0x7f7fffff,
    0x3eaaaaab, 0x40200000, 0xc0600000, 0x5f000000, 0xdf000001, 0x4f7fffff, 0x3f800001,
    0x3f000000,
};

/* RMode 0-3, with FZ (bit 24) and DN (bit 25) combinations. */
static const uint64_t fpcrs[] = {0, 1u << 22, 2u << 22, 3u << 22, 1u << 24, 1u << 25,
                                 (1u << 24) | (1u << 25) | (2u << 22), 1u << 26 /* AHP */,
                                 (1u << 26) | (3u << 22)};

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ull;
    return h ^ (h >> 31);
}

int test_main(void)
{
    const size_t n = FT_COUNT(doubles);
    for (size_t k = 0; k < FT_COUNT(ops); k++) {
        const uint64_t *values = ops[k].single ? singles : doubles;
        for (size_t c = 0; c < FT_COUNT(fpcrs); c++) {
            uint64_t h = 0xcbf29ce484222325ull, fpsr;
            for (size_t i = 0; i < n; i++) {
                for (size_t j = 0; j < n; j++) {
                    uint64_t r = ops[k].fn(values[i], values[j], fpcrs[c], &fpsr);
                    /* The first configuration prints a readable sample. */
                    if (c == 0 && i % 3 == 0 && j % 5 == 0) {
                        ft_puts(ops[k].name);
                        ft_write(" ", 1);
                        check3("", values[i] ^ (values[j] << 1), r, fpsr);
                    }
                    h = mix(mix(h, r), fpsr);
                }
            }
            ft_srand(77 + k * 16 + c);
            for (int i = 0; i < 64; i++) {
                uint64_t a = ft_rand(), b = ft_rand();
                if (ops[k].single) {
                    a &= 0xffffffff;
                    b &= 0xffffffff;
                }
                uint64_t r = ops[k].fn(a, b, fpcrs[c], &fpsr);
                h = mix(mix(h, r), fpsr);
            }
            ft_puts(ops[k].name);
            ft_puts(" fpcr ");
            check1("", fpcrs[c] ^ h);
        }
    }
    return 0;
}
