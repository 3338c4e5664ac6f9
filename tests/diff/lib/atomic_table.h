/*
 * The harness of the LSE atomics differential tests (atomic_ldop.c,
 * atomic_lse.c): each operation runs against memory holding edge and
 * random values; the test prints the returned old value, the new memory
 * contents and the neighbouring bytes (which must not change).
 */
#ifndef FERRY_TEST_ATOMIC_TABLE_H
#define FERRY_TEST_ATOMIC_TABLE_H

#include "ferry_test.h"

static uint64_t mem[4] __attribute__((aligned(16)));

/* One atomic on *slot with `operand`: returns the old value it loaded. */
typedef uint64_t atomic_fn(uint64_t *slot, uint64_t operand);

struct atomic_case {
    const char *name;
    atomic_fn *fn;
};

static void atomic_table_run(const struct atomic_case *ops, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        ft_srand(1000 + i);
        for (size_t j = 0; j < ft_edge_count + 8; j++) {
            uint64_t start = j < ft_edge_count ? ft_edge_values[j] : ft_rand();
            uint64_t operand = j < ft_edge_count ? ft_edge_values[(j * 7 + 3) % ft_edge_count]
                                                 : ft_rand();
            mem[0] = 0x5151515151515151ull;
            mem[1] = start;
            mem[2] = 0xa2a2a2a2a2a2a2a2ull;
            uint64_t old = ops[i].fn(&mem[1], operand);
            ft_puts(ops[i].name);
            ft_write(" ", 1);
            check3("", old, mem[1], mem[0] ^ mem[2]);
        }
    }
}

#endif
