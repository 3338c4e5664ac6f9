/*
 * Differential test: Advanced SIMD precision conversions FCVTN/FCVTN2
 * (4S->4H, 2D->2S), FCVTL/FCVTL2 (4H->4S, 2S->2D) and FCVTXN/FCVTXN2 and
 * scalar FCVTXN (2D->2S rounding to odd), and the fixed-point vector
 * SCVTF/UCVTF/FCVTZS/FCVTZU (smallest, largest and middle fbits), on lanes
 * drawn from each source format's special values (zeros, infinities, quiet and
 * signalling NaNs with payloads, denormals, extremes, halfway cases) and
 * random bits, under FPCR rounding modes, FZ, DN and AHP. Vd is preloaded
 * so the kept and cleared halves are checked; result and FPSR are compared.
 */
// USES-FP-REGS
#include "ferry_test.h"

#define FCVT_OP(fn, insn)                                                                      \
    static void fn(uint64_t *d, const uint64_t *n, uint64_t fpcr, uint64_t *fpsr)             \
    {                                                                                          \
        uint64_t flags;                                                                        \
        __asm__ volatile("msr fpcr, %3\n msr fpsr, xzr\n ldr q0, [%1]\n ldr q1, [%2]\n" insn  \
                         "\n str q0, [%1]\n mrs %0, fpsr\n msr fpcr, xzr"                      \
                         : "=&r"(flags)                                                        \
                         : "r"(d), "r"(n), "r"(fpcr)                                           \
                         : "v0", "v1", "memory");                                              \
        *fpsr = flags;                                                                         \
    }

FCVT_OP(op_fcvtn_4h, "fcvtn v0.4h, v1.4s")
FCVT_OP(op_fcvtn2_8h, "fcvtn2 v0.8h, v1.4s")
FCVT_OP(op_fcvtn_2s, "fcvtn v0.2s, v1.2d")
FCVT_OP(op_fcvtn2_4s, "fcvtn2 v0.4s, v1.2d")
FCVT_OP(op_fcvtl_4s, "fcvtl v0.4s, v1.4h")
FCVT_OP(op_fcvtl2_4s, "fcvtl2 v0.4s, v1.8h")
FCVT_OP(op_fcvtl_2d, "fcvtl v0.2d, v1.2s")
FCVT_OP(op_fcvtl2_2d, "fcvtl2 v0.2d, v1.4s")
FCVT_OP(op_fcvtxn_2s, "fcvtxn v0.2s, v1.2d")
FCVT_OP(op_fcvtxn2_4s, "fcvtxn2 v0.4s, v1.2d")
FCVT_OP(op_fcvtxn_scalar, "fcvtxn s0, d1")
FCVT_OP(op_scvtf_2s_1, "scvtf v0.2s, v1.2s, #1")
FCVT_OP(op_scvtf_4s_32, "scvtf v0.4s, v1.4s, #32")
FCVT_OP(op_scvtf_2d_64, "scvtf v0.2d, v1.2d, #64")
FCVT_OP(op_scvtf_2d_7, "scvtf v0.2d, v1.2d, #7")
FCVT_OP(op_ucvtf_2s_1, "ucvtf v0.2s, v1.2s, #1")
FCVT_OP(op_ucvtf_4s_17, "ucvtf v0.4s, v1.4s, #17")
FCVT_OP(op_ucvtf_2d_64, "ucvtf v0.2d, v1.2d, #64")
FCVT_OP(op_ucvtf_2d_33, "ucvtf v0.2d, v1.2d, #33")
FCVT_OP(op_fcvtzs_2s_1, "fcvtzs v0.2s, v1.2s, #1")
FCVT_OP(op_fcvtzs_4s_32, "fcvtzs v0.4s, v1.4s, #32")
FCVT_OP(op_fcvtzs_4s_8, "fcvtzs v0.4s, v1.4s, #8")
FCVT_OP(op_fcvtzs_2d_64, "fcvtzs v0.2d, v1.2d, #64")
FCVT_OP(op_fcvtzs_2d_20, "fcvtzs v0.2d, v1.2d, #20")
FCVT_OP(op_fcvtzu_2s_3, "fcvtzu v0.2s, v1.2s, #3")
FCVT_OP(op_fcvtzu_4s_32, "fcvtzu v0.4s, v1.4s, #32")
FCVT_OP(op_fcvtzu_2d_1, "fcvtzu v0.2d, v1.2d, #1")
FCVT_OP(op_fcvtzu_2d_64, "fcvtzu v0.2d, v1.2d, #64")

static const uint64_t half_specials[] = {
    0x0000, 0x8000, 0x7c00, 0xfc00, 0x7e00, 0x7c01, 0xfdff, 0x7fff, 0x0001, 0x03ff,
    0x0400, 0x7bff, 0x3c00, 0xbc01, 0x3555, 0x8200,
};
static const uint64_t single_specials[] = {
    0x00000000, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffbfffff,
    0x7fc12345, 0x00000001, 0x007fffff, 0x00800000, 0x7f7fffff, 0x477fe000, 0x477ff000,
    0x477fefff, 0x33800000, 0x33000000, 0x38800000, 0x387fc000, 0x3f800001, 0xc7800000,
    0x3eaaaaab, 0x38000001, 0x00400000,
};
static const uint64_t double_specials[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
    0x7ff8000000000000ull, 0x7ff0000000000001ull, 0xfff7ffffffffffffull, 0x7ff8123456789abcull,
    0x0000000000000001ull, 0x000fffffffffffffull, 0x0010000000000000ull, 0x7fefffffffffffffull,
    0x47efffffe0000000ull, 0x47effffff0000000ull, 0x47efffffefffffffull, 0x3810000000000000ull,
    0x380fffffffffffffull, 0x36a0000000000000ull, 0x3690000000000000ull, 0x3ff0000010000000ull,
    0x3ff0000030000000ull, 0xbfd5555555555555ull, 0x36a8000000000000ull, 0x3e7ffffffc000000ull,
};

static const struct {
    const char *name;
    void (*fn)(uint64_t *d, const uint64_t *n, uint64_t fpcr, uint64_t *fpsr);
    unsigned source_bits; /* element size of Vn */
} ops[] = {
    {"fcvtn 4h", op_fcvtn_4h, 32},   {"fcvtn2 8h", op_fcvtn2_8h, 32},
    {"fcvtn 2s", op_fcvtn_2s, 64},   {"fcvtn2 4s", op_fcvtn2_4s, 64},
    {"fcvtl 4s", op_fcvtl_4s, 16},   {"fcvtl2 4s", op_fcvtl2_4s, 16},
    {"fcvtl 2d", op_fcvtl_2d, 32},   {"fcvtl2 2d", op_fcvtl2_2d, 32},
    {"fcvtxn 2s", op_fcvtxn_2s, 64}, {"fcvtxn2 4s", op_fcvtxn2_4s, 64},
    {"fcvtxn s", op_fcvtxn_scalar, 64},
    {"scvtf 2s #1", op_scvtf_2s_1, 32},
    {"scvtf 4s #32", op_scvtf_4s_32, 32},
    {"scvtf 2d #64", op_scvtf_2d_64, 64},
    {"scvtf 2d #7", op_scvtf_2d_7, 64},
    {"ucvtf 2s #1", op_ucvtf_2s_1, 32},
    {"ucvtf 4s #17", op_ucvtf_4s_17, 32},
    {"ucvtf 2d #64", op_ucvtf_2d_64, 64},
    {"ucvtf 2d #33", op_ucvtf_2d_33, 64},
    {"fcvtzs 2s #1", op_fcvtzs_2s_1, 32},
    {"fcvtzs 4s #32", op_fcvtzs_4s_32, 32},
    {"fcvtzs 4s #8", op_fcvtzs_4s_8, 32},
    {"fcvtzs 2d #64", op_fcvtzs_2d_64, 64},
    {"fcvtzs 2d #20", op_fcvtzs_2d_20, 64},
    {"fcvtzu 2s #3", op_fcvtzu_2s_3, 32},
    {"fcvtzu 4s #32", op_fcvtzu_4s_32, 32},
    {"fcvtzu 2d #1", op_fcvtzu_2d_1, 64},
    {"fcvtzu 2d #64", op_fcvtzu_2d_64, 64},
};

/* Rounding modes, FZ, DN, AHP, and AHP with DN and round towards zero. */
static const uint64_t fpcrs[] = {0,       1u << 22, 2u << 22, 3u << 22, 1u << 24,
                                 1u << 25, 1u << 26, (1u << 26) | (1u << 25) | (3u << 22)};

/* Fill a 128-bit vector with `bits`-wide lanes taken from `values`, starting at index k. */
static void fill(uint64_t *v, unsigned bits, const uint64_t *values, unsigned count, unsigned k)
{
    v[0] = v[1] = 0;
    for (unsigned lane = 0; lane < 128 / bits; lane++) {
        uint64_t x = values[(k + lane * 5) % count];
        unsigned bit = lane * bits;
        v[bit / 64] |= x << (bit % 64);
    }
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ull;
    return h ^ (h >> 31);
}

int test_main(void)
{
    uint64_t d[2] __attribute__((aligned(16))), n[2] __attribute__((aligned(16))), fpsr;
    for (unsigned k = 0; k < FT_COUNT(ops); k++) {
        unsigned bits = ops[k].source_bits;
        const uint64_t *values = bits == 16 ? half_specials : bits == 32 ? single_specials : double_specials;
        unsigned count = bits == 16   ? FT_COUNT(half_specials)
                         : bits == 32 ? FT_COUNT(single_specials)
                                      : FT_COUNT(double_specials);
        for (unsigned c = 0; c < FT_COUNT(fpcrs); c++) {
            uint64_t h = 0xcbf29ce484222325ull;
            for (unsigned i = 0; i < count; i++) {
                fill(n, bits, values, count, i);
                d[0] = 0x0123456789abcdefull;
                d[1] = 0xfedcba9876543210ull;
                ops[k].fn(d, n, fpcrs[c], &fpsr);
                if (c == 0 || c == 6) { /* one line per special vector, default and AHP */
                    ft_puts(ops[k].name);
                    ft_write(" ", 1);
                    check3("", d[0], d[1], fpsr);
                }
                h = mix(mix(mix(h, d[0]), d[1]), fpsr);
            }
            ft_srand(700 + k * 8 + c);
            for (unsigned i = 0; i < 64; i++) {
                n[0] = ft_rand();
                n[1] = ft_rand();
                d[0] = ft_rand();
                d[1] = ft_rand();
                ops[k].fn(d, n, fpcrs[c], &fpsr);
                h = mix(mix(mix(h, d[0]), d[1]), fpsr);
            }
            ft_puts(ops[k].name);
            ft_puts(" fpcr ");
            check1("", fpcrs[c] ^ h);
        }
    }
    return 0;
}
