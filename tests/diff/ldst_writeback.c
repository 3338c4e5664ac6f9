/*
 * Differential test: the register-overlap corners of loads and stores, where
 * the Arm ARM is CONSTRAINED UNPREDICTABLE and ferry promises to answer as
 * qemu-aarch64 does (cpu/a64/ldst.c lists the choices): writeback onto the
 * transfer register for loads and stores, single and pair; LDP/LDPSW with
 * Rt == Rt2; a store-exclusive whose status register is its data or base
 * register. Also the plain but easily-mistaken cases: SP as the base with
 * pre/post-index, XZR as data, a register offset equal to the base.
 *
 * GAS warns about (or refuses) the unpredictable forms, so they are .inst
 * words with their disassembly beside them. Every result is printed
 * relative to the buffer, so the output does not depend on where it lies.
 */
// USES-FP-REGS
#include "ferry_test.h"

static uint8_t buf[256] __attribute__((aligned(16)));
static uint8_t stack_area[256] __attribute__((aligned(16)));
static uint64_t out[4] __attribute__((aligned(16)));

static void fill(void)
{
    ft_srand(0x5eed);
    for (unsigned i = 0; i < sizeof(buf); i += 8) {
        uint64_t v = ft_rand() | 0x8080808080808080ull; /* sign bits set for the signed loads */
        for (unsigned j = 0; j < 8; j++)
            buf[i + j] = (uint8_t)(v >> (8 * j));
    }
}

static uint64_t checksum(const uint8_t *p, unsigned len)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned i = 0; i < len; i++)
        h = (h ^ p[i]) * 0x100000001b3ull;
    return h;
}

/* Runs `text` with x10 = buf + 64 and x11 = 0x1111; prints x10 and x11 relative to buf. */
#define OVERLAP(name, text)                                                                    \
    do {                                                                                       \
        uint64_t r10, r11;                                                                     \
        fill();                                                                                \
        __asm__ volatile("mov x10, %2\n mov x11, #0x1111\n " text "\n mov %0, x10\n mov %1, x11" \
                         : "=&r"(r10), "=&r"(r11) : "r"(buf + 64) : "x10", "x11", "memory");  \
        check3(name, r10 - (uint64_t)buf, r11 - (uint64_t)buf, checksum(buf, sizeof(buf)));   \
    } while (0)

static void writeback_overlaps(void)
{
    OVERLAP("ldr x10, [x10, #8]!", ".inst 0xf8408d4a");
    OVERLAP("ldr x10, [x10], #8", ".inst 0xf840854a");
    OVERLAP("ldrb w10, [x10, #1]!", ".inst 0x38401d4a");
    OVERLAP("ldrsh x10, [x10], #-2", ".inst 0x789fe54a");
    OVERLAP("str x10, [x10, #8]!", ".inst 0xf8008d4a");
    OVERLAP("str x10, [x10], #-8", ".inst 0xf81f854a");
    OVERLAP("strh w10, [x10, #2]!", ".inst 0x78002d4a");
    OVERLAP("ldp x10, x11, [x10, #16]!", ".inst 0xa9c12d4a");
    OVERLAP("ldp x11, x10, [x10], #16", ".inst 0xa8c1294b");
    OVERLAP("stp x10, x11, [x10, #-16]!", ".inst 0xa9bf2d4a");
    OVERLAP("stp x11, x10, [x10], #16", ".inst 0xa881294b");
    OVERLAP("ldpsw x10, x11, [x10, #8]!", ".inst 0x69c12d4a");
}

static void pair_same_register(void)
{
    OVERLAP("ldp x11, x11, [x10]", ".inst 0xa9402d4b");
    OVERLAP("ldp w11, w11, [x10, #8]", ".inst 0x29412d4b");
    OVERLAP("ldpsw x11, x11, [x10]", ".inst 0x69402d4b");
    /* SIMD&FP: ldp d1, d1, [x10]; ldp q1, q1, [x10, #16] */
    fill();
    __asm__ volatile("movi v1.2d, #0\n mov x10, %0\n .inst 0x6d400541\n str q1, [%1]\n"
                     ".inst 0xad408541\n str q1, [%1, #16]"
                     ::"r"(buf + 64), "r"(out) : "x10", "v1", "memory");
    check2("ldp d1, d1", out[0], out[1]);
    check2("ldp q1, q1", out[2], out[3]);
}

static void exclusive_overlaps(void)
{
    static uint64_t word[2] __attribute__((aligned(16)));
    uint64_t r10, r11;
    word[0] = 0x0123456789abcdefull;
    /* ldxr x12, [x10]; stxr w11, x11, [x10]: status and data are the same register */
    __asm__ volatile("mov x10, %2\n mov x11, #0x7777\n ldxr x12, [x10]\n .inst 0xc80b7d4b\n"
                     "mov %0, x10\n mov %1, x11"
                     : "=&r"(r10), "=&r"(r11) : "r"(word) : "x10", "x11", "x12", "memory");
    check3("stxr w11, x11, [x10]", r10 - (uint64_t)word, r11, word[0]);
    /* ldxr x12, [x10]; stlxr w10, x11, [x10]: status and base are the same register */
    __asm__ volatile("mov x10, %2\n mov x11, #0x5555\n ldxr x12, [x10]\n .inst 0xc80afd4b\n"
                     "mov %0, x10\n mov %1, x11"
                     : "=&r"(r10), "=&r"(r11) : "r"(word) : "x10", "x11", "x12", "memory");
    check3("stlxr w10, x11, [x10]", r10, r11, word[0]);
}

/* SP as the base register, with writeback, on a private stack area. */
static void sp_base(void)
{
    uint64_t a, b, c, d, e, sp_end;
    fill();
    for (unsigned i = 0; i < sizeof(stack_area); i++)
        stack_area[i] = buf[i];
    __asm__ volatile("mov x9, sp\n mov sp, %6\n"
                     "str %7, [sp, #-16]!\n"
                     "ldr %0, [sp], #16\n"
                     "ldp %1, %2, [sp, #-48]!\n"
                     "stp %7, xzr, [sp, #8]\n"
                     "ldr %3, [sp, #16]\n"
                     "ldrsb %w4, [sp, #-1]\n"
                     "mov x10, sp\n mov sp, x9\n sub %5, x10, %6\n"
                     : "=&r"(a), "=&r"(b), "=&r"(c), "=&r"(d), "=&r"(e), "=&r"(sp_end)
                     : "r"(stack_area + 128), "r"(0xfedcba9876543210ull)
                     : "x9", "x10", "memory");
    check3("sp pre/post", a, b, c);
    check3("sp stp/ldrsb", d, e, sp_end);
    check1("sp area", checksum(stack_area, sizeof(stack_area)));
}

static void zero_register_and_offsets(void)
{
    uint64_t a, b;
    fill();
    /* ldr x10, [x10, x10]: offset register equal to base and destination */
    __asm__ volatile("mov x10, #32\n add x11, %2, #0\n sub x11, x11, #32\n"
                     "ldr x10, [x11, x10]\n mov %0, x10\n"
                     "ldr xzr, [x11, #8]\n ldp xzr, %1, [x11]"
                     : "=&r"(a), "=&r"(b) : "r"(buf + 64) : "x10", "x11", "memory");
    check2("ldr [x, x] / ldp xzr", a, b);
    __asm__ volatile("str xzr, [%0]\n stp wzr, wzr, [%0, #8]\n strb wzr, [%0, #19]\n"
                     "sturh wzr, [%0, #-3]" ::"r"(buf + 64) : "memory");
    check1("xzr stores", checksum(buf, sizeof(buf)));
}

int test_main(void)
{
    writeback_overlaps();
    pair_same_register();
    exclusive_overlaps();
    sp_base();
    zero_register_and_offsets();
    return 0;
}
