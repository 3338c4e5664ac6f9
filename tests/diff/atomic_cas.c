/*
 * Differential test: CAS and CASP corners the sweep in atomic_lse.c does
 * not reach. CAS compares only the access size (compare values that differ
 * from memory only above it still match) and returns the old value
 * zero-extended; CASP in all four orderings for W and X pairs, with the
 * mismatch in either half (either one stops the store); memory either side
 * of the target must not change.
 */
// CFLAGS: -march=armv8.1-a+lse
#include "ferry_test.h"

static uint64_t mem[6] __attribute__((aligned(16)));

static void reset(uint64_t a, uint64_t b)
{
    mem[0] = mem[1] = 0x5a5a5a5a5a5a5a5aull;
    mem[2] = a;
    mem[3] = b;
    mem[4] = mem[5] = 0xa5a5a5a5a5a5a5a5ull;
}

static void report(const char *name, uint64_t a, uint64_t b)
{
    ft_puts(name);
    ft_write(" ", 1);
    check3("", a, b, mem[2]);
    ft_puts("  ");
    check3("mem", mem[3], mem[1] ^ mem[4], mem[0] ^ mem[5]);
}

static void cas_width(void)
{
    for (int i = 0; i < 6; i++) {
        uint64_t start = i < 2 ? 0x80000000000000ffull : ft_rand();
        /* Same low bits as memory, different high bits: matches at every width below 64. */
        uint64_t compare = start ^ 0xffffffff00000000ull;
        uint64_t c, n = ft_rand();
        reset(start, 0);
        c = compare;
        __asm__ volatile("casb %w0, %w2, [%1]" : "+r"(c) : "r"(&mem[2]), "r"(n) : "memory");
        report("casb high bits ignored", compare, c);
        reset(start, 0);
        c = compare ^ 0xff00;
        __asm__ volatile("casah %w0, %w2, [%1]" : "+r"(c) : "r"(&mem[2]), "r"(n) : "memory");
        report("casah", compare ^ 0xff00, c);
        reset(start, 0);
        c = compare;
        __asm__ volatile("casl %w0, %w2, [%1]" : "+r"(c) : "r"(&mem[2]), "r"(n) : "memory");
        report("casl w", compare, c);
        reset(start, 0);
        c = compare;
        __asm__ volatile("casal %0, %2, [%1]" : "+r"(c) : "r"(&mem[2]), "r"(n) : "memory");
        report("casal x mismatch", compare, c);
        reset(start, 0);
        c = start;
        __asm__ volatile("casa %0, xzr, [%1]" : "+r"(c) : "r"(&mem[2]) : "memory");
        report("casa x store xzr", start, c);
        /* Rs == Rt: compare with and store the same register. */
        reset(start, 0);
        c = start;
        __asm__ volatile("cas %0, %0, [%1]" : "+r"(c) : "r"(&mem[2]) : "memory");
        report("cas same register", start, c);
    }
}

/* One CASP: expected (e0, e1), new (n0, n1); returns the old pair through *o0, *o1. */
#define CASP(insn, e0, e1, n0, n1, o0, o1)                                                     \
    do {                                                                                       \
        register uint64_t s0 __asm__("x4") = (e0);                                             \
        register uint64_t s1 __asm__("x5") = (e1);                                             \
        register uint64_t t0 __asm__("x6") = (n0);                                             \
        register uint64_t t1 __asm__("x7") = (n1);                                             \
        __asm__ volatile(insn : "+r"(s0), "+r"(s1) : "r"(&mem[2]), "r"(t0), "r"(t1) : "memory"); \
        *(o0) = s0;                                                                            \
        *(o1) = s1;                                                                            \
    } while (0)

static void casp_orderings(void)
{
    for (int i = 0; i < 6; i++) {
        uint64_t a = ft_rand(), b = ft_rand(), n0 = ft_rand(), n1 = ft_rand(), o0, o1;
        /* i % 3: 0 = match, 1 = mismatch in the low half, 2 = in the high half */
        uint64_t ex = a ^ (i % 3 == 1 ? 1ull << 63 : 0), ey = b ^ (i % 3 == 2 ? 1 : 0);
        reset(a, b);
        CASP("casp x4, x5, x6, x7, [%2]", ex, ey, n0, n1, &o0, &o1);
        report("casp x", o0, o1);
        reset(a, b);
        CASP("caspa x4, x5, x6, x7, [%2]", ex, ey, n0, n1, &o0, &o1);
        report("caspa x", o0, o1);
        reset(a, b);
        CASP("caspl x4, x5, x6, x7, [%2]", ex, ey, n0, n1, &o0, &o1);
        report("caspl x", o0, o1);
        reset(a, b);
        CASP("caspal x4, x5, x6, x7, [%2]", ex, ey, n0, n1, &o0, &o1);
        report("caspal x", o0, o1);
        /* W pairs: the pair is the 8 bytes at mem[2]; high register bits are ignored. */
        uint64_t wlo = (uint32_t)a, whi = a >> 32;
        uint64_t wex = (wlo ^ (i % 3 == 1 ? 0x80000000u : 0)) | 0xdead000000000000ull;
        uint64_t wey = whi ^ (i % 3 == 2 ? 1 : 0);
        reset(a, b);
        CASP("casp w4, w5, w6, w7, [%2]", wex, wey, n0, n1, &o0, &o1);
        report("casp w", o0, o1);
        reset(a, b);
        CASP("caspa w4, w5, w6, w7, [%2]", wex, wey, n0, n1, &o0, &o1);
        report("caspa w", o0, o1);
        reset(a, b);
        CASP("caspl w4, w5, w6, w7, [%2]", wex, wey, n0, n1, &o0, &o1);
        report("caspl w", o0, o1);
        reset(a, b);
        CASP("caspal w4, w5, w6, w7, [%2]", wex, wey, n0, n1, &o0, &o1);
        report("caspal w", o0, o1);
    }
}

int test_main(void)
{
    ft_srand(0xca5);
    cas_width();
    casp_orderings();
    return 0;
}
