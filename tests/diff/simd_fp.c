/*
 * Differential test: Advanced SIMD floating point, three-same class, every
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

static const struct { const char *name; vec_op *fn; bool single; } ops[] = {
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
