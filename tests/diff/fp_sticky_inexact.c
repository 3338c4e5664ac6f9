/*
 * Differential test: floating-point arithmetic with FPSR.IXC already set,
 * as it is in a program after its first inexact operation (ferry then
 * computes without reading the host's flags; every other flag must still
 * come out exactly). Add, subtract, multiply, divide, FNMUL and FMADD/FMSUB
 * in single and double precision, scalar and vector (2S, 4S, 2D, lanes from
 * different operands), over extreme values (results that
 * overflow, underflow, land on the smallest normal, cancel to signed zeros)
 * and random ones, under the default FPCR and with flush-to-zero; per
 * operation a hash of the result bits and FPSR, and the union of the flags
 * seen, are compared.
 */
// USES-FP-REGS
#include <stdbool.h>

#include "ferry_test.h"

#define FPSR_IXC 0x10ull
#define FPCR_FZ (1ull << 24)

#define IN_D "fmov d1, %x2\n\tfmov d2, %x4\n\tfmov d3, %x5\n\t"
#define IN_S "fmov s1, %w2\n\tfmov s2, %w4\n\tfmov s3, %w5\n\t"
#define OP(name, in, body, out)                                                                    \
    static uint64_t name(uint64_t a, uint64_t b, uint64_t c, uint64_t fpcr, uint64_t *fpsr)        \
    {                                                                                              \
        uint64_t r = 0;                                                                            \
        __asm__ volatile("msr fpcr, %3\n\tmsr fpsr, %6\n\t" in body "\n\t" out                     \
                         "\n\tmrs %1, fpsr\n\tmsr fpcr, xzr"                                       \
                         : "=&r"(r), "=&r"(*fpsr)                                                  \
                         : "r"(a), "r"(fpcr), "r"(b), "r"(c), "r"(FPSR_IXC)                        \
                         : "v0", "v1", "v2", "v3", "x9", "cc");                                    \
        return r;                                                                                  \
    }
#define OP_D(name, body) OP(name, IN_D, body, "fmov %x0, d0")
#define OP_S(name, body) OP(name, IN_S, body, "fmov %w0, s0")
/* vectors: V1 = {a, c}, V2 = {b, a} by 64-bit halves; the result's halves folded into one value */
#define IN_V "fmov d1, %x2\n\tmov v1.d[1], %x5\n\tfmov d2, %x4\n\tmov v2.d[1], %x2\n\t"
#define OUT_V "fmov %x0, d0\n\tmov x9, v0.d[1]\n\teor %x0, %x0, x9, ror #17"
#define OP_V(name, body) OP(name, IN_V, body, OUT_V)

OP_D(fadd_d, "fadd d0, d1, d2")
OP_D(fsub_d, "fsub d0, d1, d2")
OP_D(fmul_d, "fmul d0, d1, d2")
OP_D(fdiv_d, "fdiv d0, d1, d2")
OP_D(fnmul_d, "fnmul d0, d1, d2")
OP_D(fmadd_d, "fmadd d0, d1, d2, d3")
OP_D(fmsub_d, "fmsub d0, d1, d2, d3")
OP_S(fadd_s, "fadd s0, s1, s2")
OP_S(fsub_s, "fsub s0, s1, s2")
OP_S(fmul_s, "fmul s0, s1, s2")
OP_S(fdiv_s, "fdiv s0, s1, s2")
OP_S(fnmul_s, "fnmul s0, s1, s2")
OP_S(fmadd_s, "fmadd s0, s1, s2, s3")
OP_S(fmsub_s, "fmsub s0, s1, s2, s3")
OP_V(fadd_2d, "fadd v0.2d, v1.2d, v2.2d")
OP_V(fsub_2d, "fsub v0.2d, v1.2d, v2.2d")
OP_V(fmul_2d, "fmul v0.2d, v1.2d, v2.2d")
OP_V(fdiv_2d, "fdiv v0.2d, v1.2d, v2.2d")
OP_V(fadd_4s, "fadd v0.4s, v1.4s, v2.4s")
OP_V(fmul_4s, "fmul v0.4s, v1.4s, v2.4s")
OP_V(fsub_2s, "fsub v0.2s, v1.2s, v2.2s")
OP_V(fdiv_2s, "fdiv v0.2s, v1.2s, v2.2s")

typedef uint64_t op_fn(uint64_t a, uint64_t b, uint64_t c, uint64_t fpcr, uint64_t *fpsr);

static const struct {
    const char *name;
    op_fn *fn;
    bool single;
} ops[] = {
    {"fadd d", fadd_d, false},   {"fsub d", fsub_d, false},   {"fmul d", fmul_d, false},
    {"fdiv d", fdiv_d, false},   {"fnmul d", fnmul_d, false}, {"fmadd d", fmadd_d, false},
    {"fmsub d", fmsub_d, false}, {"fadd s", fadd_s, true},    {"fsub s", fsub_s, true},
    {"fmul s", fmul_s, true},    {"fdiv s", fdiv_s, true},    {"fnmul s", fnmul_s, true},
    {"fmadd s", fmadd_s, true},  {"fmsub s", fmsub_s, true},
    {"fadd 2d", fadd_2d, false}, {"fsub 2d", fsub_2d, false}, {"fmul 2d", fmul_2d, false},
    {"fdiv 2d", fdiv_2d, false}, {"fadd 4s", fadd_4s, true},  {"fmul 4s", fmul_4s, true},
    {"fsub 2s", fsub_2s, true},  {"fdiv 2s", fdiv_2s, true},
};

/* Zeros, ones, thirds, the extremes, the smallest normal and values around it, a denormal. */
static const uint64_t doubles[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xbff0000000000000ull,
    0x3fd5555555555555ull, 0x4008000000000000ull, 0x7fefffffffffffffull, 0xffefffffffffffffull,
    0x0010000000000000ull, 0x8010000000000000ull, 0x0010000000000001ull, 0x001fffffffffffffull,
    0x3fe0000000000000ull, 0x4000000000000000ull, 0x7fe0000000000000ull, 0x2000000000000000ull,
    0x1ff0000000000000ull, 0x000fffffffffffffull, 0x3ff0000000000001ull, 0x43e0000000000000ull,
};
static const uint64_t singles[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x3eaaaaab, 0x40400000, 0x7f7fffff,
    0xff7fffff, 0x00800000, 0x80800000, 0x00800001, 0x00ffffff, 0x3f000000, 0x40000000,
    0x7f000000, 0x20000000, 0x1f800000, 0x007fffff, 0x3f800001, 0x5f000000,
};
#define VALUES 20

static uint64_t hash, seen;

static void run(op_fn *fn, uint64_t a, uint64_t b, uint64_t c, uint64_t fpcr)
{
    uint64_t fpsr = 0, r = fn(a, b, c, fpcr, &fpsr);
    hash = (hash ^ r) * 0x100000001b3ull;
    hash = (hash ^ fpsr) * 0x100000001b3ull;
    seen |= fpsr;
}

int test_main(void)
{
    static const uint64_t fpcrs[] = {0, FPCR_FZ};
    for (unsigned f = 0; f < 2; f++) {
        for (unsigned o = 0; o < sizeof(ops) / sizeof(ops[0]); o++) {
            const uint64_t *v = ops[o].single ? singles : doubles;
            hash = 0xcbf29ce484222325ull;
            seen = 0;
            /* singles: another value in the upper half, for the vector forms' odd lanes */
            uint64_t up = ops[o].single ? 32 : 0;
            for (unsigned i = 0; i < VALUES; i++)
                for (unsigned j = 0; j < VALUES; j++) {
                    uint64_t k = v[(i * 7 + j) % VALUES];
                    run(ops[o].fn, v[i] | (up ? v[j] << up : 0), v[j] | (up ? k << up : 0),
                        k | (up ? v[i] << up : 0), fpcrs[f]);
                }
            ft_srand(o + 100 * f);
            for (unsigned k = 0; k < 20000; k++) {
                /* random numbers of moderate exponent, so most results are normal and inexact */
                uint64_t x = ft_rand(), y = ft_rand(), z = ft_rand();
                if (ops[o].single) {
                    x = (x & 0x807fffff) | (uint64_t)(0x30 + (x >> 40) % 0x60) << 23;
                    y = (y & 0x807fffff) | (uint64_t)(0x30 + (y >> 40) % 0x60) << 23;
                    z = (z & 0x807fffff) | (uint64_t)(0x30 + (z >> 40) % 0x60) << 23;
                    x = (x & 0xffffffff) | y << 32;
                    y = (y & 0xffffffff) | z << 32;
                    z = (z & 0xffffffff) | x << 32;
                } else {
                    x = (x & 0x800fffffffffffffull) | (uint64_t)(0x200 + (x >> 40) % 0x400) << 52;
                    y = (y & 0x800fffffffffffffull) | (uint64_t)(0x200 + (y >> 40) % 0x400) << 52;
                    z = (z & 0x800fffffffffffffull) | (uint64_t)(0x200 + (z >> 40) % 0x400) << 52;
                }
                run(ops[o].fn, x, y, z, fpcrs[f]);
            }
            ft_puts(ops[o].name);
            ft_puts(f ? " fz: " : ": ");
            ft_put_hex(hash);
            ft_puts(" flags ");
            ft_put_hex(seen);
            ft_puts("\n");
        }
    }
    return 0;
}
