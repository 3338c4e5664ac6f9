/*
 * The harness of the scalar floating-point differential tests (fp_scalar.c,
 * fp_convert.c): each operation runs on Arm's special values (signed
 * zeros, infinities, quiet and signalling NaNs with payloads, denormals,
 * extreme normals, halfway cases) against each other and on random bits,
 * under every FPCR configuration below; a readable sample and a hash of
 * the result bits and FPSR per configuration are printed for the oracle.
 */
#ifndef FERRY_TEST_FP_TABLE_H
#define FERRY_TEST_FP_TABLE_H

#include <stdbool.h>

#include "ferry_test.h"

/* One operation: result bits from operands a and b under `fpcr`; *fpsr gets the flags raised. */
typedef uint64_t fp_op(uint64_t a, uint64_t b, uint64_t fpcr, uint64_t *fpsr);

struct fp_case {
    const char *name;
    fp_op *fn;
    bool single; /* operands are singles (else doubles) */
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

/* Runs every case of `ops` and prints what the oracle's run must print too. */
static int fp_table_run(const struct fp_case *ops, size_t count)
{
    const size_t n = FT_COUNT(doubles);
    for (size_t k = 0; k < count; k++) {
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

#endif
