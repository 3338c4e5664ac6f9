/*
 * Differential test: Advanced SIMD floating point, three-same and
 * two-register-misc classes and the pairwise/across-lanes reductions, every
 * operation on 2S, 4S and 2D with lanes drawn from the special values
 * (zeros, infinities, NaNs with payloads, denormals, extremes) and random
 * bits, under several FPCR settings (rounding modes, FZ, DN); result lanes
 * and FPSR are compared.
 */
// USES-FP-REGS
#include <stdbool.h>

#include "ferry_test.h"

typedef void vec_op(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr);

static void v_fmaxnm_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxnm v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmaxnm_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxnm v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmaxnm_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxnm v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmla_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmla v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmla_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmla v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmla_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmla v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fadd_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fadd v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fadd_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fadd v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fadd_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fadd v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmulx_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmulx v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmulx_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmulx v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmulx_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmulx v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmeq_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmeq v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmeq_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmeq v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmeq_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmeq v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmax_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmax v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmax_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmax v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmax_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmax v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_frecps_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "frecps v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_frecps_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "frecps v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_frecps_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "frecps v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminnm_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminnm v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminnm_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminnm v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminnm_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminnm v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmls_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmls v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmls_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmls v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmls_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmls v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fsub_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fsub v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fsub_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fsub v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fsub_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fsub v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmin_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmin v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmin_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmin v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmin_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmin v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_frsqrts_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "frsqrts v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_frsqrts_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "frsqrts v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_frsqrts_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "frsqrts v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmul_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmul v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmul_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmul v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmul_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmul v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmge_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmge v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmge_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmge v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmge_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmge v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_facge_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "facge v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_facge_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "facge v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_facge_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "facge v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fdiv_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fdiv v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fdiv_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fdiv v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fdiv_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fdiv v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fabd_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fabd v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fabd_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fabd v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fabd_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fabd v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmgt_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmgt v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmgt_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmgt v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fcmgt_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fcmgt v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_facgt_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "facgt v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_facgt_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "facgt v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_facgt_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "facgt v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmaxnmp_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxnmp v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmaxnmp_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxnmp v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmaxnmp_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxnmp v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_faddp_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "faddp v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_faddp_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "faddp v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_faddp_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "faddp v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmaxp_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxp v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmaxp_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxp v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fmaxp_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fmaxp v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminnmp_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminnmp v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminnmp_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminnmp v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminnmp_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminnmp v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminp_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminp v0.2s, v1.2s, v2.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminp_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminp v0.4s, v1.4s, v2.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void v_fminp_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n ldr q2, [%3]\n"
                     "fminp v0.2d, v1.2d, v2.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "v2", "memory");
    *fpsr = flags;
}

static void m_fabs_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fabs v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fabs_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fabs v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fabs_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fabs v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fneg_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fneg v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fneg_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fneg v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fneg_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fneg v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fsqrt_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fsqrt v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fsqrt_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fsqrt v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fsqrt_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fsqrt v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintn_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintn v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintn_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintn v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintn_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintn v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintm_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintm v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintm_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintm v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintm_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintm v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintp_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintp v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintp_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintp v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintp_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintp v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintz_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintz v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintz_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintz v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintz_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintz v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frinta_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frinta v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frinta_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frinta v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frinta_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frinta v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintx_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintx v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintx_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintx v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frintx_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frintx v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frinti_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frinti v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frinti_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frinti v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frinti_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frinti v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtns_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtns v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtns_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtns v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtns_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtns v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtms_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtms v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtms_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtms v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtms_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtms v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtas_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtas v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtas_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtas v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtas_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtas v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtps_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtps v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtps_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtps v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtps_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtps v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtzs_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtzs v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtzs_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtzs v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtzs_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtzs v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtnu_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtnu v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtnu_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtnu v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtnu_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtnu v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtmu_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtmu v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtmu_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtmu v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtmu_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtmu v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtau_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtau v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtau_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtau v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtau_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtau v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtpu_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtpu v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtpu_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtpu v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtpu_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtpu v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtzu_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtzu v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtzu_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtzu v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcvtzu_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcvtzu v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_scvtf_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "scvtf v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_scvtf_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "scvtf v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_scvtf_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "scvtf v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_ucvtf_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "ucvtf v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_ucvtf_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "ucvtf v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_ucvtf_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "ucvtf v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frecpe_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frecpe v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frecpe_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frecpe v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frecpe_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frecpe v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frsqrte_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frsqrte v0.2s, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frsqrte_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frsqrte v0.4s, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_frsqrte_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "frsqrte v0.2d, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmgt0_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmgt v0.2s, v1.2s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmgt0_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmgt v0.4s, v1.4s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmgt0_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmgt v0.2d, v1.2d, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmge0_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmge v0.2s, v1.2s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmge0_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmge v0.4s, v1.4s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmge0_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmge v0.2d, v1.2d, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmeq0_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmeq v0.2s, v1.2s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmeq0_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmeq v0.4s, v1.4s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmeq0_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmeq v0.2d, v1.2d, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmle0_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmle v0.2s, v1.2s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmle0_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmle v0.4s, v1.4s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmle0_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmle v0.2d, v1.2d, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmlt0_2s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmlt v0.2s, v1.2s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmlt0_4s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmlt v0.4s, v1.4s, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void m_fcmlt0_2d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fcmlt v0.2d, v1.2d, #0.0\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_faddp_s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "faddp s0, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_faddp_d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "faddp d0, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_fmaxp_s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fmaxp s0, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_fminp_d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fminp d0, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_fmaxnmp_s(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fmaxnmp s0, v1.2s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_fminnmp_d(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fminnmp d0, v1.2d\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_fmaxv(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fmaxv s0, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_fminv(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fminv s0, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_fmaxnmv(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fmaxnmv s0, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static void r_fminnmv(uint64_t *d, const uint64_t *n, const uint64_t *m, uint64_t fpcr, uint64_t *fpsr)
{
    uint64_t flags;
    (void)m;
    __asm__ volatile("msr fpcr, %4\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n"
                     "fminnmv s0, v1.4s\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"
                     : "=&r"(flags)
                     : "r"(d), "r"(n), "r"(m), "r"(fpcr)
                     : "v0", "v1", "memory");
    *fpsr = flags;
}

static const struct { const char *name; vec_op *fn; bool single; } ops[] = {
    {"faddp s", r_faddp_s, true},
    {"faddp d", r_faddp_d, false},
    {"fmaxp s", r_fmaxp_s, true},
    {"fminp d", r_fminp_d, false},
    {"fmaxnmp s", r_fmaxnmp_s, true},
    {"fminnmp d", r_fminnmp_d, false},
    {"fmaxv", r_fmaxv, true},
    {"fminv", r_fminv, true},
    {"fmaxnmv", r_fmaxnmv, true},
    {"fminnmv", r_fminnmv, true},
    {"fabs 2s", m_fabs_2s, true},
    {"fabs 4s", m_fabs_4s, true},
    {"fabs 2d", m_fabs_2d, false},
    {"fneg 2s", m_fneg_2s, true},
    {"fneg 4s", m_fneg_4s, true},
    {"fneg 2d", m_fneg_2d, false},
    {"fsqrt 2s", m_fsqrt_2s, true},
    {"fsqrt 4s", m_fsqrt_4s, true},
    {"fsqrt 2d", m_fsqrt_2d, false},
    {"frintn 2s", m_frintn_2s, true},
    {"frintn 4s", m_frintn_4s, true},
    {"frintn 2d", m_frintn_2d, false},
    {"frintm 2s", m_frintm_2s, true},
    {"frintm 4s", m_frintm_4s, true},
    {"frintm 2d", m_frintm_2d, false},
    {"frintp 2s", m_frintp_2s, true},
    {"frintp 4s", m_frintp_4s, true},
    {"frintp 2d", m_frintp_2d, false},
    {"frintz 2s", m_frintz_2s, true},
    {"frintz 4s", m_frintz_4s, true},
    {"frintz 2d", m_frintz_2d, false},
    {"frinta 2s", m_frinta_2s, true},
    {"frinta 4s", m_frinta_4s, true},
    {"frinta 2d", m_frinta_2d, false},
    {"frintx 2s", m_frintx_2s, true},
    {"frintx 4s", m_frintx_4s, true},
    {"frintx 2d", m_frintx_2d, false},
    {"frinti 2s", m_frinti_2s, true},
    {"frinti 4s", m_frinti_4s, true},
    {"frinti 2d", m_frinti_2d, false},
    {"fcvtns 2s", m_fcvtns_2s, true},
    {"fcvtns 4s", m_fcvtns_4s, true},
    {"fcvtns 2d", m_fcvtns_2d, false},
    {"fcvtms 2s", m_fcvtms_2s, true},
    {"fcvtms 4s", m_fcvtms_4s, true},
    {"fcvtms 2d", m_fcvtms_2d, false},
    {"fcvtas 2s", m_fcvtas_2s, true},
    {"fcvtas 4s", m_fcvtas_4s, true},
    {"fcvtas 2d", m_fcvtas_2d, false},
    {"fcvtps 2s", m_fcvtps_2s, true},
    {"fcvtps 4s", m_fcvtps_4s, true},
    {"fcvtps 2d", m_fcvtps_2d, false},
    {"fcvtzs 2s", m_fcvtzs_2s, true},
    {"fcvtzs 4s", m_fcvtzs_4s, true},
    {"fcvtzs 2d", m_fcvtzs_2d, false},
    {"fcvtnu 2s", m_fcvtnu_2s, true},
    {"fcvtnu 4s", m_fcvtnu_4s, true},
    {"fcvtnu 2d", m_fcvtnu_2d, false},
    {"fcvtmu 2s", m_fcvtmu_2s, true},
    {"fcvtmu 4s", m_fcvtmu_4s, true},
    {"fcvtmu 2d", m_fcvtmu_2d, false},
    {"fcvtau 2s", m_fcvtau_2s, true},
    {"fcvtau 4s", m_fcvtau_4s, true},
    {"fcvtau 2d", m_fcvtau_2d, false},
    {"fcvtpu 2s", m_fcvtpu_2s, true},
    {"fcvtpu 4s", m_fcvtpu_4s, true},
    {"fcvtpu 2d", m_fcvtpu_2d, false},
    {"fcvtzu 2s", m_fcvtzu_2s, true},
    {"fcvtzu 4s", m_fcvtzu_4s, true},
    {"fcvtzu 2d", m_fcvtzu_2d, false},
    {"scvtf 2s", m_scvtf_2s, true},
    {"scvtf 4s", m_scvtf_4s, true},
    {"scvtf 2d", m_scvtf_2d, false},
    {"ucvtf 2s", m_ucvtf_2s, true},
    {"ucvtf 4s", m_ucvtf_4s, true},
    {"ucvtf 2d", m_ucvtf_2d, false},
    {"frecpe 2s", m_frecpe_2s, true},
    {"frecpe 4s", m_frecpe_4s, true},
    {"frecpe 2d", m_frecpe_2d, false},
    {"frsqrte 2s", m_frsqrte_2s, true},
    {"frsqrte 4s", m_frsqrte_4s, true},
    {"frsqrte 2d", m_frsqrte_2d, false},
    {"fcmgt0 2s", m_fcmgt0_2s, true},
    {"fcmgt0 4s", m_fcmgt0_4s, true},
    {"fcmgt0 2d", m_fcmgt0_2d, false},
    {"fcmge0 2s", m_fcmge0_2s, true},
    {"fcmge0 4s", m_fcmge0_4s, true},
    {"fcmge0 2d", m_fcmge0_2d, false},
    {"fcmeq0 2s", m_fcmeq0_2s, true},
    {"fcmeq0 4s", m_fcmeq0_4s, true},
    {"fcmeq0 2d", m_fcmeq0_2d, false},
    {"fcmle0 2s", m_fcmle0_2s, true},
    {"fcmle0 4s", m_fcmle0_4s, true},
    {"fcmle0 2d", m_fcmle0_2d, false},
    {"fcmlt0 2s", m_fcmlt0_2s, true},
    {"fcmlt0 4s", m_fcmlt0_4s, true},
    {"fcmlt0 2d", m_fcmlt0_2d, false},
    {"fmaxnm 2s", v_fmaxnm_2s, true},
    {"fmaxnm 4s", v_fmaxnm_4s, true},
    {"fmaxnm 2d", v_fmaxnm_2d, false},
    {"fmla 2s", v_fmla_2s, true},
    {"fmla 4s", v_fmla_4s, true},
    {"fmla 2d", v_fmla_2d, false},
    {"fadd 2s", v_fadd_2s, true},
    {"fadd 4s", v_fadd_4s, true},
    {"fadd 2d", v_fadd_2d, false},
    {"fmulx 2s", v_fmulx_2s, true},
    {"fmulx 4s", v_fmulx_4s, true},
    {"fmulx 2d", v_fmulx_2d, false},
    {"fcmeq 2s", v_fcmeq_2s, true},
    {"fcmeq 4s", v_fcmeq_4s, true},
    {"fcmeq 2d", v_fcmeq_2d, false},
    {"fmax 2s", v_fmax_2s, true},
    {"fmax 4s", v_fmax_4s, true},
    {"fmax 2d", v_fmax_2d, false},
    {"frecps 2s", v_frecps_2s, true},
    {"frecps 4s", v_frecps_4s, true},
    {"frecps 2d", v_frecps_2d, false},
    {"fminnm 2s", v_fminnm_2s, true},
    {"fminnm 4s", v_fminnm_4s, true},
    {"fminnm 2d", v_fminnm_2d, false},
    {"fmls 2s", v_fmls_2s, true},
    {"fmls 4s", v_fmls_4s, true},
    {"fmls 2d", v_fmls_2d, false},
    {"fsub 2s", v_fsub_2s, true},
    {"fsub 4s", v_fsub_4s, true},
    {"fsub 2d", v_fsub_2d, false},
    {"fmin 2s", v_fmin_2s, true},
    {"fmin 4s", v_fmin_4s, true},
    {"fmin 2d", v_fmin_2d, false},
    {"frsqrts 2s", v_frsqrts_2s, true},
    {"frsqrts 4s", v_frsqrts_4s, true},
    {"frsqrts 2d", v_frsqrts_2d, false},
    {"fmul 2s", v_fmul_2s, true},
    {"fmul 4s", v_fmul_4s, true},
    {"fmul 2d", v_fmul_2d, false},
    {"fcmge 2s", v_fcmge_2s, true},
    {"fcmge 4s", v_fcmge_4s, true},
    {"fcmge 2d", v_fcmge_2d, false},
    {"facge 2s", v_facge_2s, true},
    {"facge 4s", v_facge_4s, true},
    {"facge 2d", v_facge_2d, false},
    {"fdiv 2s", v_fdiv_2s, true},
    {"fdiv 4s", v_fdiv_4s, true},
    {"fdiv 2d", v_fdiv_2d, false},
    {"fabd 2s", v_fabd_2s, true},
    {"fabd 4s", v_fabd_4s, true},
    {"fabd 2d", v_fabd_2d, false},
    {"fcmgt 2s", v_fcmgt_2s, true},
    {"fcmgt 4s", v_fcmgt_4s, true},
    {"fcmgt 2d", v_fcmgt_2d, false},
    {"facgt 2s", v_facgt_2s, true},
    {"facgt 4s", v_facgt_4s, true},
    {"facgt 2d", v_facgt_2d, false},
    {"fmaxnmp 2s", v_fmaxnmp_2s, true},
    {"fmaxnmp 4s", v_fmaxnmp_4s, true},
    {"fmaxnmp 2d", v_fmaxnmp_2d, false},
    {"faddp 2s", v_faddp_2s, true},
    {"faddp 4s", v_faddp_4s, true},
    {"faddp 2d", v_faddp_2d, false},
    {"fmaxp 2s", v_fmaxp_2s, true},
    {"fmaxp 4s", v_fmaxp_4s, true},
    {"fmaxp 2d", v_fmaxp_2d, false},
    {"fminnmp 2s", v_fminnmp_2s, true},
    {"fminnmp 4s", v_fminnmp_4s, true},
    {"fminnmp 2d", v_fminnmp_2d, false},
    {"fminp 2s", v_fminp_2s, true},
    {"fminp 4s", v_fminp_4s, true},
    {"fminp 2d", v_fminp_2d, false},
};

static const uint64_t doubles[] = {
    0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff8000000000000,
    0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000123, 0xfff8000000000456,
    0x7ff0000000000789, 0x0000000000000001, 0x800fffffffffffff, 0x0010000000000000,
    0x7fefffffffffffff, 0x3fd5555555555555, 0x4004000000000000, 0xc00c000000000000,
};

static const uint64_t singles[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbfc00000, 0x7f800000, 0xff800000, 0x7fc00123,
    0xffc00456, 0x7f800789, 0x00000001, 0x807fffff, 0x00800000, 0x7f7fffff, 0x3eaaaaab,
    0x40200000, 0xc0600000,
};

static const uint64_t fpcrs[] = {0, 1u << 22, 2u << 22, 3u << 22, 1u << 24, 1u << 25};

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ull;
    return h ^ (h >> 31);
}

/* Two lanes of `single` values packed into one doubleword, or one double. */
static uint64_t pick(bool single, size_t i, size_t j)
{
    if (single)
        return singles[i % 16] | (singles[j % 16] << 32);
    return doubles[(i + j) % 16];
}

int test_main(void)
{
    static uint64_t d[2] __attribute__((aligned(16))), n[2] __attribute__((aligned(16))),
        m[2] __attribute__((aligned(16)));
    for (size_t k = 0; k < FT_COUNT(ops); k++) {
        for (size_t c = 0; c < FT_COUNT(fpcrs); c++) {
            uint64_t h = 0xcbf29ce484222325ull, fpsr;
            for (size_t i = 0; i < 16; i++) {
                for (size_t j = 0; j < 16; j++) {
                    n[0] = pick(ops[k].single, i, j);
                    n[1] = pick(ops[k].single, j, i + 3);
                    m[0] = pick(ops[k].single, j, i + 1);
                    m[1] = pick(ops[k].single, i + 5, j);
                    d[0] = pick(ops[k].single, i + 2, j + 7);
                    d[1] = pick(ops[k].single, j + 4, i);
                    ops[k].fn(d, n, m, fpcrs[c], &fpsr);
                    if (c == 0 && i % 4 == 0 && j % 4 == 1) {
                        ft_puts(ops[k].name);
                        ft_write(" ", 1);
                        check3("", d[0], d[1], fpsr);
                    }
                    h = mix(mix(mix(h, d[0]), d[1]), fpsr);
                }
            }
            ft_srand(900 + k * 8 + c);
            for (int i = 0; i < 48; i++) {
                n[0] = ft_rand();
                n[1] = ft_rand();
                m[0] = ft_rand();
                m[1] = ft_rand();
                d[0] = ft_rand();
                d[1] = ft_rand();
                ops[k].fn(d, n, m, fpcrs[c], &fpsr);
                h = mix(mix(mix(h, d[0]), d[1]), fpsr);
            }
            ft_puts(ops[k].name);
            ft_puts(" fpcr ");
            check1("", fpcrs[c] ^ h);
        }
    }
    return 0;
}
