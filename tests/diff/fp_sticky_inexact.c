/*
 * Differential test: floating-point arithmetic with FPSR.IXC already set,
 * as it is in a program after its first inexact operation (ferry then
 * computes without reading the host's flags; every other flag must still
 * come out exactly). Add, subtract, multiply, divide, FNMUL and FMADD/FMSUB
 * in single and double precision, scalar and vector (2S, 4S, 2D, lanes from
 * different operands), over extreme values (results that
 * overflow, underflow, land on the smallest normal, cancel to signed zeros)
 * and random ones; then the conversions between integers and FP (SCVTF,
 * UCVTF, FCVTZS/ZU, FCVTNS/NU, FCVTMS, FCVTAS), FSQRT, FCVT between single
 * and double and the FRINTs, over the values at the edges of each integer
 * range (2^31, 2^32, 2^63, 2^64, ties, negative fractions, NaNs, infinities,
 * denormals) and random ones. All under the default FPCR, with
 * flush-to-zero and rounding toward minus infinity; per operation a hash of
 * the result bits and FPSR, and the union of the flags seen, are compared.
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

/* conversions: from an integer in X/W(%2), or from the FP value in D1/S1 to X0-like %0 */
#define OP_I(name, body) OP(name, "", body, "fmov %x0, d0")
#define OP_TO_INT(name, in, body) OP(name, in, body, "")
OP_I(scvtf_dx, "scvtf d0, %x2")
OP_I(scvtf_dw, "scvtf d0, %w2")
OP_I(ucvtf_dx, "ucvtf d0, %x2")
OP_I(ucvtf_dw, "ucvtf d0, %w2")
OP_I(scvtf_sx, "scvtf s0, %x2")
OP_I(scvtf_sw, "scvtf s0, %w2")
OP_I(ucvtf_sx, "ucvtf s0, %x2")
OP_I(ucvtf_sw, "ucvtf s0, %w2")
OP_TO_INT(fcvtzs_xd, IN_D, "fcvtzs %x0, d1")
OP_TO_INT(fcvtzs_wd, IN_D, "fcvtzs %w0, d1")
OP_TO_INT(fcvtzu_xd, IN_D, "fcvtzu %x0, d1")
OP_TO_INT(fcvtzu_wd, IN_D, "fcvtzu %w0, d1")
OP_TO_INT(fcvtns_xd, IN_D, "fcvtns %x0, d1")
OP_TO_INT(fcvtns_wd, IN_D, "fcvtns %w0, d1")
OP_TO_INT(fcvtnu_xd, IN_D, "fcvtnu %x0, d1")
OP_TO_INT(fcvtnu_wd, IN_D, "fcvtnu %w0, d1")
OP_TO_INT(fcvtms_xd, IN_D, "fcvtms %x0, d1")
OP_TO_INT(fcvtas_wd, IN_D, "fcvtas %w0, d1")
OP_TO_INT(fcvtzs_xs, IN_S, "fcvtzs %x0, s1")
OP_TO_INT(fcvtzs_ws, IN_S, "fcvtzs %w0, s1")
OP_TO_INT(fcvtzu_xs, IN_S, "fcvtzu %x0, s1")
OP_TO_INT(fcvtzu_ws, IN_S, "fcvtzu %w0, s1")
OP_TO_INT(fcvtns_xs, IN_S, "fcvtns %x0, s1")
OP_TO_INT(fcvtns_ws, IN_S, "fcvtns %w0, s1")
OP_TO_INT(fcvtnu_xs, IN_S, "fcvtnu %x0, s1")
OP_TO_INT(fcvtnu_ws, IN_S, "fcvtnu %w0, s1")
/* one source */
OP_D(fsqrt_d, "fsqrt d0, d1")
OP_S(fsqrt_s, "fsqrt s0, s1")
OP(fcvt_sd, IN_D, "fcvt s0, d1", "fmov %w0, s0")
OP(fcvt_ds, IN_S, "fcvt d0, s1", "fmov %x0, d0")
OP_D(frintn_d, "frintn d0, d1")
OP_D(frintp_d, "frintp d0, d1")
OP_D(frintm_d, "frintm d0, d1")
OP_D(frintz_d, "frintz d0, d1")
OP_D(frinta_d, "frinta d0, d1")
OP_D(frintx_d, "frintx d0, d1")
OP_D(frinti_d, "frinti d0, d1")
OP_S(frintn_s, "frintn s0, s1")
OP_S(frintp_s, "frintp s0, s1")
OP_S(frintm_s, "frintm s0, s1")
OP_S(frintz_s, "frintz s0, s1")
OP_S(frintx_s, "frintx s0, s1")
OP_S(frinti_s, "frinti s0, s1")

typedef uint64_t op_fn(uint64_t a, uint64_t b, uint64_t c, uint64_t fpcr, uint64_t *fpsr);

/* Which values an operation is tried on: arithmetic's, integer-sized FP values, or integers. */
enum operands { ARITH_D, ARITH_S, NEAR_INT_D, NEAR_INT_S, INTEGERS };

static const struct {
    const char *name;
    op_fn *fn;
    enum operands operands;
} ops[] = {
    {"fadd d", fadd_d, ARITH_D},     {"fsub d", fsub_d, ARITH_D},     {"fmul d", fmul_d, ARITH_D},
    {"fdiv d", fdiv_d, ARITH_D},     {"fnmul d", fnmul_d, ARITH_D},   {"fmadd d", fmadd_d, ARITH_D},
    {"fmsub d", fmsub_d, ARITH_D},   {"fadd s", fadd_s, ARITH_S},     {"fsub s", fsub_s, ARITH_S},
    {"fmul s", fmul_s, ARITH_S},     {"fdiv s", fdiv_s, ARITH_S},     {"fnmul s", fnmul_s, ARITH_S},
    {"fmadd s", fmadd_s, ARITH_S},   {"fmsub s", fmsub_s, ARITH_S},
    {"fadd 2d", fadd_2d, ARITH_D},   {"fsub 2d", fsub_2d, ARITH_D},   {"fmul 2d", fmul_2d, ARITH_D},
    {"fdiv 2d", fdiv_2d, ARITH_D},   {"fadd 4s", fadd_4s, ARITH_S},   {"fmul 4s", fmul_4s, ARITH_S},
    {"fsub 2s", fsub_2s, ARITH_S},   {"fdiv 2s", fdiv_2s, ARITH_S},
    {"scvtf d x", scvtf_dx, INTEGERS}, {"scvtf d w", scvtf_dw, INTEGERS},
    {"ucvtf d x", ucvtf_dx, INTEGERS}, {"ucvtf d w", ucvtf_dw, INTEGERS},
    {"scvtf s x", scvtf_sx, INTEGERS}, {"scvtf s w", scvtf_sw, INTEGERS},
    {"ucvtf s x", ucvtf_sx, INTEGERS}, {"ucvtf s w", ucvtf_sw, INTEGERS},
    {"fcvtzs x d", fcvtzs_xd, NEAR_INT_D}, {"fcvtzs w d", fcvtzs_wd, NEAR_INT_D},
    {"fcvtzu x d", fcvtzu_xd, NEAR_INT_D}, {"fcvtzu w d", fcvtzu_wd, NEAR_INT_D},
    {"fcvtns x d", fcvtns_xd, NEAR_INT_D}, {"fcvtns w d", fcvtns_wd, NEAR_INT_D},
    {"fcvtnu x d", fcvtnu_xd, NEAR_INT_D}, {"fcvtnu w d", fcvtnu_wd, NEAR_INT_D},
    {"fcvtms x d", fcvtms_xd, NEAR_INT_D}, {"fcvtas w d", fcvtas_wd, NEAR_INT_D},
    {"fcvtzs x s", fcvtzs_xs, NEAR_INT_S}, {"fcvtzs w s", fcvtzs_ws, NEAR_INT_S},
    {"fcvtzu x s", fcvtzu_xs, NEAR_INT_S}, {"fcvtzu w s", fcvtzu_ws, NEAR_INT_S},
    {"fcvtns x s", fcvtns_xs, NEAR_INT_S}, {"fcvtns w s", fcvtns_ws, NEAR_INT_S},
    {"fcvtnu x s", fcvtnu_xs, NEAR_INT_S}, {"fcvtnu w s", fcvtnu_ws, NEAR_INT_S},
    {"fsqrt d", fsqrt_d, ARITH_D},   {"fsqrt s", fsqrt_s, ARITH_S},
    {"fcvt s d", fcvt_sd, ARITH_D},  {"fcvt d s", fcvt_ds, ARITH_S},
    {"frintn d", frintn_d, NEAR_INT_D}, {"frintp d", frintp_d, NEAR_INT_D},
    {"frintm d", frintm_d, NEAR_INT_D}, {"frintz d", frintz_d, NEAR_INT_D},
    {"frinta d", frinta_d, NEAR_INT_D}, {"frintx d", frintx_d, NEAR_INT_D},
    {"frinti d", frinti_d, NEAR_INT_D}, {"frintn s", frintn_s, NEAR_INT_S},
    {"frintp s", frintp_s, NEAR_INT_S}, {"frintm s", frintm_s, NEAR_INT_S},
    {"frintz s", frintz_s, NEAR_INT_S}, {"frintx s", frintx_s, NEAR_INT_S},
    {"frinti s", frinti_s, NEAR_INT_S},
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

/*
 * Around the integer ranges: zeros, ties and other halves, negative
 * fractions (an unsigned result of 0, or below 0 once rounded), 2^31,
 * 2^32, 2^63 and 2^64 and their neighbours, infinities, quiet and
 * signalling NaNs, denormals, the largest finite, 2^52 + 1.
 */
static const uint64_t near_int_doubles[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x3fe0000000000000ull, 0xbfe0000000000000ull,
    0x3ff8000000000000ull, 0x4004000000000000ull, 0xbff0000000000000ull, 0xc004000000000000ull,
    0x3fdfffffffffffffull, 0xbfe8000000000000ull, 0x41dfffffffc00000ull, 0x41dfffffffe00000ull,
    0x41e0000000000000ull, 0xc1e0000000000000ull, 0xc1e0000000100000ull, 0xc1e0000000200000ull,
    0x41efffffffe00000ull, 0x41efffffffffffffull, 0x41f0000000000000ull, 0x43dfffffffffffffull,
    0x43e0000000000000ull, 0xc3e0000000000000ull, 0xc3e0000000000001ull, 0x43efffffffffffffull,
    0x43f0000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull,
    0x7ff0000000000001ull, 0xfff8000000000123ull, 0x0000000000000001ull, 0x800fffffffffffffull,
    0x7fefffffffffffffull, 0x4330000000000001ull, 0x4330000000000000ull, 0x432fffffffffffffull,
};
static const uint64_t near_int_singles[] = {
    0x00000000, 0x80000000, 0x3f000000, 0xbf000000, 0x3fc00000, 0x40200000, 0xbf800000,
    0xc0200000, 0x3effffff, 0xbf400000, 0x4effffff, 0x4f000000, 0xcf000000, 0xcf000001,
    0x4f7fffff, 0x4f800000, 0x5effffff, 0x5f000000, 0xdf000000, 0xdf000001, 0x5f7fffff,
    0x5f800000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffc00123, 0x00000001,
    0x807fffff, 0x7f7fffff, 0x4b000001, 0x4b000000, 0x4affffff,
};
/* integers: the signed and unsigned extremes of both widths, values just past a float's precision */
static const uint64_t integers[] = {
    0, 1, ~0ull, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull, 0x7fffffffffffffffull,
    0x8000000000000000ull, 0x8000000000000001ull, 0x20000000000001ull, 0x1000001, 0xfffffffffffffffeull,
    0xffffffff80000000ull, 0x1fffffffffffffull, 0x8000000100000000ull, 0xffffff81, 0x7fffff80,
};

static const struct {
    const uint64_t *v;
    unsigned count;
} values[] = {
    [ARITH_D] = {doubles, sizeof(doubles) / sizeof(doubles[0])},
    [ARITH_S] = {singles, sizeof(singles) / sizeof(singles[0])},
    [NEAR_INT_D] = {near_int_doubles, sizeof(near_int_doubles) / sizeof(near_int_doubles[0])},
    [NEAR_INT_S] = {near_int_singles, sizeof(near_int_singles) / sizeof(near_int_singles[0])},
    [INTEGERS] = {integers, sizeof(integers) / sizeof(integers[0])},
};

/* A random operand: arithmetic's of moderate exponent, so most results are normal and inexact;
   near integers, magnitudes from 1/8 to 2^66; integers of any width. */
static uint64_t random_operand(enum operands kind)
{
    uint64_t x = ft_rand();
    switch (kind) {
    case ARITH_D: return (x & 0x800fffffffffffffull) | (uint64_t)(0x200 + (x >> 40) % 0x400) << 52;
    case ARITH_S: return (x & 0x807fffff) | (uint64_t)(0x30 + (x >> 40) % 0x60) << 23;
    case NEAR_INT_D: return (x & 0x800fffffffffffffull) | (uint64_t)(0x3fc + (x >> 40) % 70) << 52;
    case NEAR_INT_S: return (x & 0x807fffff) | (uint64_t)(0x7c + (x >> 40) % 70) << 23;
    default: return x >> (x & 63);
    }
}

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
    /* default, flush-to-zero, round toward minus infinity */
    static const uint64_t fpcrs[] = {0, FPCR_FZ, 2ull << 22};
    for (unsigned f = 0; f < 3; f++) {
        for (unsigned o = 0; o < sizeof(ops) / sizeof(ops[0]); o++) {
            enum operands kind = ops[o].operands;
            const uint64_t *v = values[kind].v;
            unsigned n = values[kind].count;
            hash = 0xcbf29ce484222325ull;
            seen = 0;
            /* singles: another value in the upper half, for the vector forms' odd lanes */
            uint64_t up = kind == ARITH_S ? 32 : 0;
            for (unsigned i = 0; i < n; i++)
                for (unsigned j = 0; j < n; j++) {
                    uint64_t k = v[(i * 7 + j) % n];
                    run(ops[o].fn, v[i] | (up ? v[j] << up : 0), v[j] | (up ? k << up : 0),
                        k | (up ? v[i] << up : 0), fpcrs[f]);
                }
            ft_srand(o + 100 * f);
            for (unsigned k = 0; k < 20000; k++) {
                uint64_t x = random_operand(kind), y = random_operand(kind), z = random_operand(kind);
                if (up) {
                    uint64_t x0 = x;
                    x = (x & 0xffffffff) | y << 32;
                    y = (y & 0xffffffff) | z << 32;
                    z = (z & 0xffffffff) | x0 << 32;
                }
                run(ops[o].fn, x, y, z, fpcrs[f]);
            }
            ft_puts(ops[o].name);
            ft_puts(f == 1 ? " fz: " : f == 2 ? " rm: " : ": ");
            ft_put_hex(hash);
            ft_puts(" flags ");
            ft_put_hex(seen);
            ft_puts("\n");
        }
    }
    return 0;
}
