/* The Advanced SIMD differential tests' harness; see ferry_simd.h. */
#include "ferry_simd.h"

#include <stdbool.h>

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

/* FP special values: zeros, ones, infinities, quiet and signalling NaNs with payloads, denormals, extremes. */
static const uint64_t special_doubles[16] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xbff8000000000000ull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000123ull, 0xfff8000000000456ull,
    0x7ff0000000000789ull, 0x0000000000000001ull, 0x800fffffffffffffull, 0x0010000000000000ull,
    0x7fefffffffffffffull, 0x3fd5555555555555ull, 0x4004000000000000ull, 0xc00c000000000000ull,
};
static const uint32_t special_singles[16] = {
    0x00000000u, 0x80000000u, 0x3f800000u, 0xbfc00000u, 0x7f800000u, 0xff800000u,
    0x7fc00123u, 0xffc00456u, 0x7f800789u, 0x00000001u, 0x807fffffu, 0x00800000u,
    0x7f7fffffu, 0x3eaaaaabu, 0x40200000u, 0xc0600000u,
};

/* Lane (register j, half h) for special-value pair (a, b): doubles or single pairs by `singles`. */
static uint64_t special_lane(bool singles, unsigned a, unsigned b, unsigned j, unsigned h)
{
    unsigned x = a + 5 * j + 3 * h, y = b + 7 * j + h;
    if (singles)
        return (uint64_t)special_singles[y % 16] << 32 | special_singles[x % 16];
    return special_doubles[(h ? y : x) % 16];
}

/* Every pair of special values meets in each lane position, as doubles and as singles. */
static void run_fp_specials(const struct ft_simd_case *c)
{
    uint64_t sum = 0xcbf29ce484222325ull;
    for (unsigned layout = 0; layout < 2; layout++)
        for (unsigned a = 0; a < 16; a++)
            for (unsigned b = 0; b < 16; b++) {
                for (unsigned j = 0; j < 6; j++)
                    for (unsigned h = 0; h < 2; h++)
                        ft_vin[j][h] = special_lane(layout, a, b, j, h);
                c->fn();
                for (int i = 0; i < 4; i++)
                    sum = (sum ^ ft_vout[i]) * 0x100000001b3ull;
                if (a % 5 == 0 && b % 5 == 1)
                    check3(c->name, ft_vout[0], ft_vout[1], ft_vout[3]);
            }
    ft_puts("specials ");
    check1(c->name, sum);
}

void ft_run_simd_fp_case(const struct ft_simd_case *c)
{
    static const uint64_t fpcrs[] = {
        0, 1u << 22, 2u << 22, 3u << 22,         /* RN, RP, RM, RZ */
        1u << 24, 1u << 25, 3u << 24 | 2u << 22, /* FZ, DN, FZ+DN+RM */
        1u << 26,                                /* AHP */
    };
    for (unsigned i = 0; i < FT_COUNT(fpcrs); i++) {
        ft_fpcr = fpcrs[i];
        ft_puts("fpcr ");
        ft_put_hex(ft_fpcr);
        ft_write("\n", 1);
        run_fp_specials(c);
        ft_run_simd_case(c);
    }
    ft_fpcr = 0;
}

/* FP operations are the ones whose mnemonic starts with "f", and the integer-to-FP conversions. */
static bool is_fp_operation(const char *name)
{
    return name[0] == 'f' || ((name[0] == 's' || name[0] == 'u') && name[1] == 'c' && name[2] == 'v');
}

void ft_run_simd_cases(const struct ft_simd_case *cases, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (is_fp_operation(cases[i].name))
            ft_run_simd_fp_case(&cases[i]);
        else
            ft_run_simd_case(&cases[i]);
    }
}
