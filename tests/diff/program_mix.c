/*
 * Differential test: an ordinary C program, optimised by the compiler, so
 * the instruction mix is what gcc emits for real code rather than what a
 * test author chose: recursion, a hash table, sorting, string handling,
 * 128-bit arithmetic, a switch-dispatched bytecode loop, bit tricks.
 */
// CFLAGS: -O2
#include "ferry_test.h"

static uint64_t fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

struct entry {
    uint64_t key, value;
    struct entry *next;
};

static struct entry pool[4096];
static struct entry *buckets[257];

static void table_put(unsigned *used, uint64_t key, uint64_t value)
{
    unsigned b = (unsigned)(key % 257);
    for (struct entry *e = buckets[b]; e; e = e->next) {
        if (e->key == key) {
            e->value += value;
            return;
        }
    }
    struct entry *e = &pool[(*used)++];
    e->key = key;
    e->value = value;
    e->next = buckets[b];
    buckets[b] = e;
}

static int compare_desc(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x < y) - (x > y);
}

/* A small shell sort through a comparison callback (indirect calls). */
static void sort(int64_t *v, long n, int (*cmp)(const void *, const void *))
{
    for (long gap = n / 2; gap > 0; gap /= 2)
        for (long i = gap; i < n; i++)
            for (long j = i; j >= gap && cmp(&v[j - gap], &v[j]) > 0; j -= gap) {
                int64_t t = v[j];
                v[j] = v[j - gap];
                v[j - gap] = t;
            }
}

static size_t str_len(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static void reverse_words(char *s)
{
    size_t n = str_len(s);
    for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
        char t = s[i];
        s[i] = s[j];
        s[j] = t;
    }
}

static uint64_t run_bytecode(const uint8_t *code, uint64_t input)
{
    uint64_t acc = input, r1 = 0;
    for (unsigned pc = 0;;) {
        switch (code[pc++]) {
        case 0: return acc;
        case 1: acc += code[pc++]; break;
        case 2: acc *= 3; break;
        case 3: acc ^= acc >> 7; break;
        case 4: r1 = acc; break;
        case 5: acc = (acc << 13) | (r1 >> 51); break;
        case 6: if (acc & 1) pc = code[pc]; else pc++; break;
        default: acc = ~acc; break;
        }
    }
}

int test_main(void)
{
    check1("fib(24)", fib(24));

    unsigned used = 0;
    ft_srand(7);
    for (int i = 0; i < 3000; i++)
        table_put(&used, ft_rand() % 1000, (uint64_t)i);
    uint64_t sum = 0;
    for (int b = 0; b < 257; b++)
        for (struct entry *e = buckets[b]; e; e = e->next)
            sum = sum * 1000003 + e->key * 7 + e->value;
    check2("hash table", used, sum);

    static int64_t values[1500];
    for (int i = 0; i < 1500; i++)
        values[i] = (int64_t)(ft_rand() % 2000001) - 1000000;
    sort(values, 1500, compare_desc);
    int ordered = 1;
    for (int i = 1; i < 1500; i++)
        ordered &= values[i - 1] >= values[i];
    check3("sorted", (uint64_t)ordered, (uint64_t)values[0], (uint64_t)values[1499]);

    char text[] = "ferry runs arm64 code on x86-64 hosts";
    reverse_words(text);
    ft_puts(text);
    ft_puts("\n");

    unsigned __int128 big = 1;
    for (int i = 0; i < 40; i++)
        big = big * 0x9e3779b97f4a7c15ull + (unsigned)i;
    check2("u128", (uint64_t)(big >> 64), (uint64_t)big);
    __int128 sbig = -(__int128)0x123456789abcdefll * 0x7edcba987654321ll;
    check2("s128", (uint64_t)((unsigned __int128)sbig >> 64), (uint64_t)sbig);
    check2("s128 div", (uint64_t)(sbig / 1000003), (uint64_t)(sbig % 1000003));

    static const uint8_t program[] = {1, 5, 2, 3, 4, 5, 7, 6, 12, 1, 9, 3, 0};
    uint64_t h = 0;
    for (uint64_t i = 0; i < 2000; i++)
        h = h * 31 + run_bytecode(program, i);
    check1("bytecode", h);

    uint64_t bits = 0;
    for (uint64_t x = 1; x < 100000; x = x * 3 + 1)
        /* (No __builtin_popcount: libgcc implements it with SIMD instructions.) */
        bits += (uint64_t)__builtin_clzll(x) +
                (uint64_t)__builtin_ctzll(x) + __builtin_bswap32((uint32_t)x);
    check1("bit tricks", bits);
    return 0;
}
