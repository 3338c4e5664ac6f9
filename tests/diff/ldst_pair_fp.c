/*
 * Differential test: register pairs (LDP/STP/LDNP/STNP/LDPSW in offset,
 * pre- and post-index forms), loads and stores of SIMD&FP registers
 * (B/H/S/D/Q, single and pairs, every addressing mode, zeroing of the upper
 * bits on a narrow load), and PC-relative literal loads and PRFM.
 * Values leave the vector registers only through stores, so no FP or SIMD
 * arithmetic is involved.
 */
// USES-FP-REGS
#include "ferry_test.h"

static uint8_t buf[4 * 4096] __attribute__((aligned(4096)));
static uint8_t out[64] __attribute__((aligned(16)));

static void fill(void)
{
    for (unsigned i = 0; i < sizeof(buf); i++)
        buf[i] = (uint8_t)(i * 131u + 7u);
}

static void print_out(const char *name, unsigned offset)
{
    const uint64_t *o = (const uint64_t *)out;
    ft_puts(name);
    ft_write(" ", 1);
    ft_put_hex(offset);
    for (int i = 0; i < 6; i++) {
        ft_write(" ", 1);
        ft_put_hex(o[i]);
    }
    ft_write("\n", 1);
}

static uint64_t buffer_checksum(void)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned i = 0; i < sizeof(buf); i++)
        h = (h ^ buf[i]) * 0x100000001b3ull;
    return h;
}

/* Integer pairs: results stored to out[] by plain STR so only the pair forms vary. */
static void int_pairs(uint8_t *base, unsigned offset)
{
    uint64_t a, b, wb;
    __asm__ volatile("ldp %0, %1, [%2, #-16]" : "=&r"(a), "=&r"(b) : "r"(base) : "memory");
    check3("ldp x off", offset, a, b);
    __asm__ volatile("ldp %w0, %w1, [%2, #252]" : "=&r"(a), "=&r"(b) : "r"(base) : "memory");
    check3("ldp w off", offset, a, b);
    __asm__ volatile("ldpsw %0, %1, [%2, #8]" : "=&r"(a), "=&r"(b) : "r"(base) : "memory");
    check3("ldpsw off", offset, a, b);
    __asm__ volatile("mov x10, %3\n ldpsw %0, %1, [x10, #-256]!\n sub %2, x10, %3"
                     : "=&r"(a), "=&r"(b), "=&r"(wb) : "r"(base) : "x10", "memory");
    check3("ldpsw pre", a, b, wb);
    __asm__ volatile("mov x10, %3\n ldp %0, %1, [x10], #504\n sub %2, x10, %3"
                     : "=&r"(a), "=&r"(b), "=&r"(wb) : "r"(base) : "x10", "memory");
    check3("ldp x post", a, b, wb);
    __asm__ volatile("mov x10, %3\n ldp %w0, %w1, [x10, #-8]!\n sub %2, x10, %3"
                     : "=&r"(a), "=&r"(b), "=&r"(wb) : "r"(base) : "x10", "memory");
    check3("ldp w pre", a, b, wb);
    __asm__ volatile("ldnp %0, %1, [%2, #64]" : "=&r"(a), "=&r"(b) : "r"(base) : "memory");
    check3("ldnp x", offset, a, b);
    __asm__ volatile("ldnp %w0, %w1, [%2, #-4]" : "=&r"(a), "=&r"(b) : "r"(base) : "memory");
    check3("ldnp w", offset, a, b);
    /* Load pair into the same base register it writes back? unpredictable; not tested. */
    uint64_t x = 0x1122334455667788ull ^ offset, y = 0x99aabbccddeeff00ull;
    fill();
    __asm__ volatile("stp %0, %1, [%2, #-24]" ::"r"(x), "r"(y), "r"(base) : "memory");
    check2("stp x off", offset, buffer_checksum());
    fill();
    __asm__ volatile("mov x10, %2\n stp %w0, %w1, [x10, #-12]!\n sub x10, x10, %2\n str x10, [%3]"
                     ::"r"(x), "r"(y), "r"(base), "r"(out) : "x10", "memory");
    check3("stp w pre", offset, buffer_checksum(), *(uint64_t *)out);
    fill();
    __asm__ volatile("mov x10, %2\n stp %0, xzr, [x10], #-512\n sub x10, x10, %2\n str x10, [%3]"
                     ::"r"(x), "r"(y), "r"(base), "r"(out) : "x10", "memory");
    check3("stp x post xzr", offset, buffer_checksum(), *(uint64_t *)out);
    fill();
    __asm__ volatile("stnp %w0, %w1, [%2, #4]" ::"r"(x), "r"(y), "r"(base) : "memory");
    check2("stnp w", offset, buffer_checksum());
}

/* SIMD&FP registers: load with one form, store the whole Q register to out[]. */
static void fp_regs(uint8_t *base, unsigned offset)
{
    static const uint8_t ones[16] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
#define FP_LOAD(name, text)                                                                    \
    __asm__ volatile("ldr q0, [%1]\n ldr q1, [%1]\n " text "\n str q0, [%0]\n str q1, [%0, #16]" \
                     ::"r"(out), "r"(ones), "r"(base) : "v0", "v1", "x10", "memory");          \
    print_out(name, offset)
    FP_LOAD("ldr b", "ldr b0, [%2, #3]");
    FP_LOAD("ldr h", "ldr h0, [%2, #6]");
    FP_LOAD("ldr s", "ldr s0, [%2, #12]");
    FP_LOAD("ldr d", "ldr d0, [%2, #24]");
    FP_LOAD("ldr q", "ldr q0, [%2, #48]");
    FP_LOAD("ldur b", "ldur b0, [%2, #-1]");
    FP_LOAD("ldur h", "ldur h0, [%2, #-3]");
    FP_LOAD("ldur s", "ldur s0, [%2, #5]");
    FP_LOAD("ldur d", "ldur d0, [%2, #-7]");
    FP_LOAD("ldur q", "ldur q0, [%2, #-9]");
    FP_LOAD("ldr q pre", "mov x10, %2\n ldr q0, [x10, #-32]!");
    FP_LOAD("ldr d post", "mov x10, %2\n ldr d0, [x10], #8");
    FP_LOAD("ldr s reg", "mov x10, #3\n ldr s0, [%2, x10, lsl #2]");
    FP_LOAD("ldr q reg", "mov w10, #-2\n ldr q0, [%2, w10, sxtw #4]");
    FP_LOAD("ldr h reg", "mov w10, #9\n ldr h0, [%2, w10, uxtw]");
    FP_LOAD("ldp s", "ldp s0, s1, [%2, #-8]");
    FP_LOAD("ldp d", "ldp d0, d1, [%2, #16]");
    FP_LOAD("ldp q", "ldp q0, q1, [%2, #-64]");
    FP_LOAD("ldp q post", "mov x10, %2\n ldp q0, q1, [x10], #32");
    FP_LOAD("ldnp d", "ldnp d0, d1, [%2, #8]");
#undef FP_LOAD
#define FP_STORE(name, text)                                                                   \
    fill();                                                                                    \
    __asm__ volatile("ldr q0, [%0, #100]\n ldr q1, [%0, #200]\n " text                         \
                     ::"r"(buf), "r"(base) : "v0", "v1", "x10", "memory");                     \
    check2(name, offset, buffer_checksum())
    FP_STORE("str b", "str b0, [%1, #1]");
    FP_STORE("str h", "str h0, [%1, #2]");
    FP_STORE("str s", "str s0, [%1, #-4]");
    FP_STORE("str d", "str d0, [%1, #8]");
    FP_STORE("str q", "str q0, [%1, #16]");
    FP_STORE("stur q", "stur q1, [%1, #-3]");
    FP_STORE("str q pre", "mov x10, %1\n str q0, [x10, #-16]!");
    FP_STORE("str s post", "mov x10, %1\n str s1, [x10], #4");
    FP_STORE("str d reg", "mov x10, #-1\n str d1, [%1, x10, lsl #3]");
    FP_STORE("stp s", "stp s0, s1, [%1, #4]");
    FP_STORE("stp d pre", "mov x10, %1\n stp d0, d1, [x10, #-16]!");
    FP_STORE("stp q", "stp q0, q1, [%1, #32]");
    FP_STORE("stnp q", "stnp q1, q0, [%1, #-32]");
#undef FP_STORE
}

static void literals(void)
{
    uint64_t x, w, sw;
    __asm__ volatile("ldr %0, 1f\n ldr %w1, 2f\n ldrsw %2, 2f\n prfm pldl1keep, 1f\n b 3f\n"
                     ".balign 8\n"
                     "1: .quad 0x8123456789abcdef\n"
                     "2: .word 0x87654321\n"
                     ".word 0\n"
                     "3:\n"
                     : "=&r"(x), "=&r"(w), "=&r"(sw));
    check3("ldr literal", x, w, sw);
    __asm__ volatile("ldr q0, 1f\n ldr d1, 2f\n ldr s2, 3f\n"
                     "str q0, [%0]\n str q1, [%0, #16]\n str q2, [%0, #32]\n b 4f\n"
                     ".balign 16\n"
                     "1: .quad 0x0102030405060708, 0x1112131415161718\n"
                     "2: .quad 0xa1a2a3a4a5a6a7a8\n"
                     "3: .word 0xb1b2b3b4\n"
                     ".word 0\n"
                     "4:\n" ::"r"(out)
                     : "v0", "v1", "v2", "memory");
    print_out("ldr literal fp", 0);
}

int test_main(void)
{
    static const unsigned offsets[] = {4096, 4097, 4100, 4104, 8184, 8185, 8188, 8190, 8191, 8192};
    for (size_t i = 0; i < FT_COUNT(offsets); i++) {
        fill();
        int_pairs(buf + offsets[i], offsets[i]);
        fill();
        fp_regs(buf + offsets[i], offsets[i]);
    }
    literals();
    return 0;
}
