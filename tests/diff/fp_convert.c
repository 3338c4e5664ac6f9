/*
 * Differential test: scalar floating-point conversions: to integers
 * (FCVTNS/NU, PS/PU, MS/MU, ZS/ZU, AS/AU, fixed point), from integers
 * (SCVTF/UCVTF, fixed point), and between half, single and double (FCVT,
 * with the alternative half format, AHP), under every FPCR configuration of
 * fp_table.h; the result bits and FPSR's cumulative flags are compared.
 */
// USES-FP-REGS
#include "fp_table.h"

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

static const struct fp_case ops[] = {
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
    {"fcvt s from d", op_fcvt_s_from_d, true},
    {"fcvt d from s", op_fcvt_d_from_s, true},
    {"fcvt h from s", op_fcvt_h_from_s, true},
    {"fcvt h from d", op_fcvt_h_from_d, false},
    {"fcvt s from h", op_fcvt_s_from_h, true},
    {"fcvt d from h", op_fcvt_d_from_h, true},
};

int test_main(void) { return fp_table_run(ops, FT_COUNT(ops)); }
