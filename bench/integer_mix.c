/*
 * An integer benchmark for ferry-user: hashing, sorting, a bytecode
 * interpreter loop (indirect branches), memory copies and CRC32. Prints one
 * checksum per kernel so a run doubles as a correctness check against the
 * reference emulator. Built -nostdlib with the differential tests' runtime.
 */
#include "ferry_test.h"

#define N_SORT 200000
#define N_BUF (1 << 20)

static uint32_t sort_data[N_SORT];
static uint8_t buf_a[N_BUF], buf_b[N_BUF];

static uint64_t kernel_hash(int rounds)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < N_BUF; i++)
            h = (h ^ buf_a[i]) * 0x100000001b3ull;
    return h;
}

static void sort_range(uint32_t *a, long lo, long hi)
{
    while (hi - lo > 16) {
        uint32_t pivot = a[(lo + hi) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                uint32_t t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        if (j - lo < hi - i) {
            sort_range(a, lo, j);
            lo = i;
        } else {
            sort_range(a, i, hi);
            hi = j;
        }
    }
    for (long i = lo + 1; i <= hi; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static uint64_t kernel_sort(void)
{
    ft_srand(42);
    for (int i = 0; i < N_SORT; i++)
        sort_data[i] = (uint32_t)ft_rand();
    sort_range(sort_data, 0, N_SORT - 1);
    uint64_t sum = 0;
    for (int i = 0; i < N_SORT; i += 997)
        sum = sum * 31 + sort_data[i];
    return sum;
}

enum op { OP_PUSH, OP_ADD, OP_MUL, OP_DUP, OP_OVER, OP_SWAP, OP_DEC, OP_JNZ, OP_POP, OP_HALT };

static uint64_t kernel_interpreter(uint64_t iterations)
{
    /* acc = acc * 3 + counter, counter-- until zero */
    static const uint8_t program[] = {OP_SWAP, OP_PUSH, 3,   OP_MUL, OP_OVER, OP_ADD, OP_SWAP,
                                      OP_DEC,  OP_DUP,  OP_JNZ, 0,     OP_POP,  OP_HALT};
    uint64_t stack[16];
    int sp = 0;
    stack[sp++] = 1;          /* acc */
    stack[sp++] = iterations; /* counter */
    unsigned pc = 0;
    for (;;) {
        switch (program[pc++]) {
        case OP_PUSH: stack[sp++] = program[pc++]; break;
        case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case OP_OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case OP_SWAP: {
            uint64_t t = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = t;
            break;
        }
        case OP_DEC: stack[sp - 1]--; break;
        case OP_JNZ: {
            uint8_t target = program[pc++];
            if (stack[--sp])
                pc = target;
            break;
        }
        case OP_POP: sp--; break;
        case OP_HALT: return stack[0] + (uint64_t)sp;
        }
    }
}

static uint64_t kernel_copy(int rounds)
{
    uint64_t sum = 0;
    for (int r = 0; r < rounds; r++) {
        const uint64_t *src = (const uint64_t *)(r & 1 ? buf_b : buf_a);
        uint64_t *dst = (uint64_t *)(r & 1 ? buf_a : buf_b);
        for (int i = 0; i < N_BUF / 8; i++)
            dst[i] = src[i] + (uint64_t)r;
        sum += dst[r & 1023];
    }
    return sum;
}

static uint64_t kernel_crc(int rounds)
{
    uint32_t crc = 0xffffffff;
    for (int r = 0; r < rounds; r++) {
        const uint64_t *p = (const uint64_t *)buf_a;
        for (int i = 0; i < N_BUF / 8; i++)
            __asm__("crc32cx %w0, %w0, %1" : "+r"(crc) : "r"(p[i]));
    }
    return crc;
}

int test_main(void)
{
    for (int i = 0; i < N_BUF; i++)
        buf_a[i] = (uint8_t)ft_rand();
    check1("hash", kernel_hash(32));
    check1("sort", kernel_sort());
    check1("interpreter", kernel_interpreter(15000000));
    check1("copy", kernel_copy(96));
    check1("crc32c", kernel_crc(96));
    return 0;
}
