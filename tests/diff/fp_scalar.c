/*
 * Differential test: scalar floating-point arithmetic, single and double:
 * add, subtract, multiply, divide, the min/max family, FNMUL, FSQRT,
 * FABS/FNEG, the FRINT roundings, fused multiply-add, compares and
 * conditional select, FMOV (immediate, vector element) and the reciprocal
 * and square-root estimates and steps, under all four FPCR rounding modes
 * and with flush-to-zero and default-NaN on and off (fp_table.h); the
 * result bits and FPSR's cumulative flags are compared. Conversions are
 * fp_convert.c's.
 */
// USES-FP-REGS
#include "fp_table.h"

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

static uint64_t op_fmov_imm_s(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t r = 0;
    __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfmov s0, #-1.25\n\tfmov %w0, s0\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"
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

static const struct fp_case ops[] = {
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
    {"fmov imm s", op_fmov_imm_s, true},
    {"fmov v.d[1]", op_fmov_v_d_1, false},
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

int test_main(void) { return fp_table_run(ops, FT_COUNT(ops)); }
