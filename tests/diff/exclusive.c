/*
 * Differential test: load/store exclusive (byte to doubleword, pairs, with
 * and without acquire/release), the monitor's failure cases whose outcome
 * the architecture fixes (no LDXR, CLREX in between, a second STXR, a
 * different address), an LDXR/STXR atomic-increment loop, and
 * LDAR/STLR/LDAPR of every size.
 */
// CFLAGS: -march=armv8.2-a+rcpc
#include "ferry_test.h"

static uint64_t mem[4] __attribute__((aligned(16)));

static void reset(void)
{
    mem[0] = 0x0123456789abcdefull;
    mem[1] = 0xfedcba9876543210ull;
    mem[2] = 0x5555aaaa5555aaaaull;
    mem[3] = 0;
}

static void sizes(void)
{
    uint64_t old, status;
    reset();
    __asm__ volatile("ldxrb %w0, [%2]\n stxrb %w1, %w3, [%2]"
                     : "=&r"(old), "=&r"(status) : "r"(mem), "r"(0x1ff) : "memory");
    check3("ldxrb/stxrb", old, status, mem[0]);
    __asm__ volatile("ldaxrh %w0, [%2]\n stlxrh %w1, %w3, [%2]"
                     : "=&r"(old), "=&r"(status) : "r"(mem), "r"(0x12345) : "memory");
    check3("ldaxrh/stlxrh", old, status, mem[0]);
    __asm__ volatile("ldxr %w0, [%2]\n stlxr %w1, %w3, [%2]"
                     : "=&r"(old), "=&r"(status) : "r"(mem + 1), "r"(0x87654321) : "memory");
    check3("ldxr w/stlxr w", old, status, mem[1]);
    __asm__ volatile("ldaxr %0, [%2]\n stxr %w1, %3, [%2]"
                     : "=&r"(old), "=&r"(status) : "r"(mem + 2), "r"(~0ull) : "memory");
    check3("ldaxr x/stxr x", old, status, mem[2]);
}

static void pairs(void)
{
    uint64_t a, b, status;
    reset();
    __asm__ volatile("ldxp %0, %1, [%3]\n stxp %w2, %1, %0, [%3]"
                     : "=&r"(a), "=&r"(b), "=&r"(status) : "r"(mem) : "memory");
    check3("ldxp x", a, b, status);
    check2("stxp x mem", mem[0], mem[1]);
    __asm__ volatile("ldaxp %w0, %w1, [%3]\n stlxp %w2, %w1, %w0, [%3]"
                     : "=&r"(a), "=&r"(b), "=&r"(status) : "r"(mem + 2) : "memory");
    check3("ldaxp w", a, b, status);
    check1("stlxp w mem", mem[2]);
}

static void failures(void)
{
    uint64_t status, old;
    reset();
    /* No LDXR since the last STXR: the monitor is open, the store fails. */
    __asm__ volatile("ldxr %1, [%2]\n stxr %w0, %1, [%2]\n stxr %w0, xzr, [%2]"
                     : "=&r"(status), "=&r"(old) : "r"(mem) : "memory");
    check2("second stxr", status, mem[0]);
    __asm__ volatile("ldxr %1, [%2]\n clrex\n stxr %w0, xzr, [%2]"
                     : "=&r"(status), "=&r"(old) : "r"(mem) : "memory");
    check2("stxr after clrex", status, mem[0]);
    __asm__ volatile("ldxr %1, [%2]\n stxr %w0, xzr, [%3]"
                     : "=&r"(status), "=&r"(old) : "r"(mem), "r"(mem + 1) : "memory");
    check3("stxr other address", status, mem[0], mem[1]);
}

static void increment_loop(void)
{
    mem[3] = 0;
    for (int i = 0; i < 1000; i++) {
        uint64_t tmp, status;
        __asm__ volatile("1: ldaxr %0, [%2]\n add %0, %0, #3\n stlxr %w1, %0, [%2]\n cbnz %w1, 1b"
                         : "=&r"(tmp), "=&r"(status) : "r"(mem + 3) : "memory");
    }
    check1("ldaxr/stlxr loop", mem[3]);
}

static void acquire_release(void)
{
    uint64_t b, h, w, x, pb, pw, px;
    reset();
    __asm__ volatile("ldarb %w0, [%4]\n ldarh %w1, [%4]\n ldar %w2, [%4]\n ldar %3, [%4]"
                     : "=&r"(b), "=&r"(h), "=&r"(w), "=&r"(x) : "r"(mem + 1) : "memory");
    check3("ldar b h w", b, h, w);
    check1("ldar x", x);
    __asm__ volatile("ldaprb %w0, [%3]\n ldapr %w1, [%3]\n ldapr %2, [%3]"
                     : "=&r"(pb), "=&r"(pw), "=&r"(px) : "r"(mem + 2) : "memory");
    check3("ldapr b w x", pb, pw, px);
    __asm__ volatile("stlrb %w0, [%1]\n stlrh %w0, [%2]" ::"r"(0xabcd), "r"(mem),
                     "r"((uint8_t *)mem + 2) : "memory");
    check1("stlrb/stlrh", mem[0]);
    __asm__ volatile("stlr %w0, [%1]\n stlr %0, [%2]" ::"r"(0x1122334455667788ull),
                     "r"(mem + 2), "r"(mem + 3) : "memory");
    check2("stlr w x", mem[2], mem[3]);
}

int test_main(void)
{
    sizes();
    pairs();
    failures();
    increment_loop();
    acquire_release();
    return 0;
}
