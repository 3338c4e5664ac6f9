/* The Advanced SIMD differential tests' harness; see ferry_simd.h. */
#include "ferry_simd.h"

uint64_t ft_vin[6][2] __attribute__((aligned(16)));
uint64_t ft_vout[4] __attribute__((aligned(16)));
uint64_t ft_gin;
uint64_t ft_fpcr;

static const uint64_t byte_edges[] = {
    0x0000000000000000ull, 0xffffffffffffffffull, 0x7f80ff0001fe817eull, 0x8000000080000000ull,
    0x7fffffffffffffffull, 0x0001000200030004ull, 0xfffefdfc80817f7eull, 0x3f3f4040c0c0bfbfull,
};
#define N_BYTE_EDGES (sizeof(byte_edges) / sizeof(byte_edges[0]))

static void fill_edge(unsigned k)
{
    for (unsigned j = 0; j < 6; j++)
        for (unsigned h = 0; h < 2; h++) {
            unsigned i = k * 7 + j * 3 + h;
            ft_vin[j][h] = (k & 1) ? byte_edges[i % N_BYTE_EDGES] : ft_edge_values[i % ft_edge_count];
        }
    ft_gin = ft_edge_values[k % ft_edge_count];
}

static void fill_random(unsigned k)
{
    for (unsigned j = 0; j < 6; j++)
        for (unsigned h = 0; h < 2; h++) {
            uint64_t r = ft_rand();
            /* every third vector has small bytes: in-range table indices, small shifts */
            ft_vin[j][h] = (k % 3 == 2) ? r & 0x1f1f1f1f1f1f1f1full : r;
        }
    ft_gin = ft_rand();
}

void ft_run_simd_case(const struct ft_simd_case *c)
{
    for (unsigned k = 0; k < 10; k++) {
        fill_edge(k);
        c->fn();
        ft_puts(c->name);
        ft_write(" ", 1);
        ft_put_hex(k);
        for (int i = 0; i < 4; i++) {
            ft_write(" ", 1);
            ft_put_hex(ft_vout[i]);
        }
        ft_write("\n", 1);
    }
    uint64_t sum = 0xcbf29ce484222325ull;
    for (unsigned k = 0; k < 200; k++) {
        fill_random(k);
        c->fn();
        for (int i = 0; i < 4; i++)
            sum = (sum ^ ft_vout[i]) * 0x100000001b3ull;
        if (k < 3)
            check3(c->name, ft_vout[0], ft_vout[1], ft_vout[2] ^ ft_vout[3]);
    }
    check1(c->name, sum);
}

void ft_run_simd_fp_case(const struct ft_simd_case *c)
{
    static const uint64_t fpcrs[] = {
        0, 1u << 22, 2u << 22, 3u << 22,             /* RN, RP, RM, RZ */
        1u << 24, 1u << 25, 3u << 24 | 2u << 22, /* FZ, DN, FZ+DN+RM */
        1u << 26,                                    /* AHP */
    };
    for (unsigned i = 0; i < FT_COUNT(fpcrs); i++) {
        ft_fpcr = fpcrs[i];
        ft_puts("fpcr ");
        ft_put_hex(ft_fpcr);
        ft_write("\n", 1);
        ft_run_simd_case(c);
    }
    ft_fpcr = 0;
}
