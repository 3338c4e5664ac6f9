/*
 * Differential fuzz of the whole scalar FP and Advanced SIMD data-processing
 * space (op0 = x111: bits 28:25 = 0111 or 1111) against qemu-aarch64 as an
 * ARMv8.0 Cortex-A53 (FP, AdvSIMD, AES, PMULL, SHA1, SHA2; no FP16, RDM,
 * dot product or later additions: exactly what ferry advertises).
 *
 * Each random instruction word runs once from a code page rewritten in place
 * (with the cache maintenance the architecture asks for). Every V register,
 * x0-x7, NZCV, FPSR and FPCR are set from the same pseudo-random stream on
 * both emulators, with FP special values (zeros, infinities, NaNs with
 * payloads, denormals, extremes) mixed into the lanes; afterwards all of
 * them are hashed. A word that is UNDEFINED raises SIGILL, whose handler
 * skips it. The output line per word is its encoding and either "undef" or
 * the state hash, so a difference names the instruction.
 *
 * Bits 4:0 (Rd) and 9:5 (Rn) are limited to 0-7, so an instruction writing
 * a general register only ever writes x0-x7, which the harness treats as
 * scratch, and one reading a general register reads a value both emulators
 * share (x8 and up hold addresses that differ between them).
 */
// USES-FP-REGS
// ORACLE-CPU: cortex-a53
#include "ferry_test.h"

enum {
    SYS_rt_sigaction = 134, SYS_mmap = 222,
    SIGILL_ = 4, SA_SIGINFO_ = 4,
    PROT_RWX = 7, MAP_PRIVATE_ANONYMOUS = 0x22,
};

struct kernel_sigaction {
    uint64_t handler, flags, restorer, mask;
};

/* The saved PC in the ucontext (uapi asm/ucontext.h): after 176 bytes, fault_address then x0-x30, sp, pc. */
static uint64_t *saved_pc(void *uc) { return (uint64_t *)((char *)uc + 176 + 8 + 31 * 8 + 8); }

static volatile int undefined;

static void on_sigill(int sig, void *info, void *uc)
{
    (void)sig;
    (void)info;
    undefined = 1;
    *saved_pc(uc) += 4;
}

struct machine_state {
    uint64_t v[32][2];
    uint64_t x[8];
    uint64_t nzcv, fpsr, fpcr;
};

static struct machine_state state __attribute__((aligned(16)));

/* Lane values that make FP and saturating arithmetic interesting, as 16/32/64-bit patterns. */
static const uint64_t special_doubles[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
    0x7ff8000000000000ull, 0x7ff4000000000001ull, 0xfff8dead0000beefull, 0x0000000000000001ull,
    0x000fffffffffffffull, 0x0010000000000000ull, 0x7fefffffffffffffull, 0x3ff0000000000000ull,
    0x3fefffffffffffffull, 0xc00921fb54442d18ull, 0x43e0000000000000ull, 0x41dfffffffc00000ull,
};
static const uint32_t special_singles[] = {
    0x00000000u, 0x80000000u, 0x7f800000u, 0xff800000u, 0x7fc00000u, 0x7fa00001u, 0xffc0beefu,
    0x00000001u, 0x007fffffu, 0x00800000u, 0x7f7fffffu, 0x3f800000u, 0x3f7fffffu, 0xc0490fdbu,
    0x4f000000u, 0x5f000000u,
};

static uint64_t random_half(void)
{
    uint64_t r = ft_rand();
    switch (r & 7) {
    case 0: return special_doubles[(r >> 8) & 15];
    case 1: return (uint64_t)special_singles[(r >> 8) & 15] << 32 | special_singles[(r >> 12) & 15];
    case 2: return r & 0x1f1f1f1f1f1f1f1full; /* small bytes: table indices, shift counts */
    default: return ft_rand();
    }
}

static void randomize_state(void)
{
    static const uint64_t fpcrs[] = {0, 1u << 22, 2u << 22, 3u << 22, 1u << 24, 1u << 25, 1u << 26,
                                     3u << 24 | 1u << 22};
    for (unsigned i = 0; i < 32; i++) {
        state.v[i][0] = random_half();
        state.v[i][1] = random_half();
    }
    for (unsigned i = 0; i < 8; i++)
        state.x[i] = random_half();
    uint64_t r = ft_rand();
    state.nzcv = (r & 0xf) << 28;
    state.fpsr = 0;
    state.fpcr = fpcrs[(r >> 4) & 7];
}

/* Load every register from `state`, call the code page, store every register back. */
static void run_page(void (*page)(void))
{
    __asm__ volatile(
        "mov x9, %0\n"
        "ldp q0, q1, [x9, #0]\n ldp q2, q3, [x9, #32]\n ldp q4, q5, [x9, #64]\n"
        "ldp q6, q7, [x9, #96]\n ldp q8, q9, [x9, #128]\n ldp q10, q11, [x9, #160]\n"
        "ldp q12, q13, [x9, #192]\n ldp q14, q15, [x9, #224]\n ldp q16, q17, [x9, #256]\n"
        "ldp q18, q19, [x9, #288]\n ldp q20, q21, [x9, #320]\n ldp q22, q23, [x9, #352]\n"
        "ldp q24, q25, [x9, #384]\n ldp q26, q27, [x9, #416]\n ldp q28, q29, [x9, #448]\n"
        "ldp q30, q31, [x9, #480]\n"
        "ldr x10, [x9, #576]\n msr nzcv, x10\n ldr x10, [x9, #584]\n msr fpsr, x10\n"
        "ldr x10, [x9, #592]\n msr fpcr, x10\n"
        "add x11, x9, #512\n ldp x0, x1, [x11, #0]\n ldp x2, x3, [x11, #16]\n ldp x4, x5, [x11, #32]\n"
        "ldp x6, x7, [x11, #48]\n"
        "blr %1\n"
        "stp q0, q1, [x9, #0]\n stp q2, q3, [x9, #32]\n stp q4, q5, [x9, #64]\n"
        "stp q6, q7, [x9, #96]\n stp q8, q9, [x9, #128]\n stp q10, q11, [x9, #160]\n"
        "stp q12, q13, [x9, #192]\n stp q14, q15, [x9, #224]\n stp q16, q17, [x9, #256]\n"
        "stp q18, q19, [x9, #288]\n stp q20, q21, [x9, #320]\n stp q22, q23, [x9, #352]\n"
        "stp q24, q25, [x9, #384]\n stp q26, q27, [x9, #416]\n stp q28, q29, [x9, #448]\n"
        "stp q30, q31, [x9, #480]\n"
        "stp x0, x1, [x11, #0]\n stp x2, x3, [x11, #16]\n stp x4, x5, [x11, #32]\n"
        "stp x6, x7, [x11, #48]\n"
        "mrs x10, nzcv\n str x10, [x9, #576]\n mrs x10, fpsr\n str x10, [x9, #584]\n"
        "mrs x10, fpcr\n str x10, [x9, #592]\n msr fpcr, xzr"
        :
        : "r"(&state), "r"(page)
        : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x9", "x10", "x11", "x30", "v0", "v1", "v2",
          "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15",
          "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27",
          "v28", "v29", "v30", "v31", "cc", "memory");
}

/* Put `word` in the code page and make it visible to instruction fetch. */
static void write_code(uint32_t *page, uint32_t word)
{
    page[0] = word;
    __asm__ volatile("dc cvau, %0\n dsb ish\n ic ivau, %0\n dsb ish\n isb" ::"r"(page) : "memory");
}

static uint64_t state_hash(void)
{
    const uint64_t *words = (const uint64_t *)&state;
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned i = 0; i < sizeof(state) / 8; i++) {
        h ^= words[i];
        h *= 0x100000001b3ull;
        h ^= h >> 31;
    }
    return h;
}

/* Decimal value of environment variable `name`, or `otherwise`. */
static uint64_t env_number(const char *name, uint64_t otherwise)
{
    const char *text = ft_getenv(name);
    if (!text || !*text)
        return otherwise;
    uint64_t value = 0;
    for (; *text >= '0' && *text <= '9'; text++)
        value = value * 10 + (uint64_t)(*text - '0');
    return value;
}

int test_main(void)
{
    struct kernel_sigaction act = {(uint64_t)on_sigill, SA_SIGINFO_, 0, 0};
    if (ft_syscall(SYS_rt_sigaction, SIGILL_, (long)&act, 0, 8, 0, 0) != 0)
        return 1;
    long page = ft_syscall(SYS_mmap, 0, 4096, PROT_RWX, MAP_PRIVATE_ANONYMOUS, -1, 0);
    if (page < 0)
        return 2;
    uint32_t *code = (uint32_t *)page;
    code[1] = 0xd65f03c0u; /* ret */

    /* CI's fixed corpus; a longer run: FERRY_FUZZ_SEED=n FERRY_FUZZ_WORDS=m (see tests/README). */
    uint64_t words = env_number("FERRY_FUZZ_WORDS", 150000);
    ft_srand(env_number("FERRY_FUZZ_SEED", 0x51df));
    uint64_t undefined_count = 0;
    for (uint64_t i = 0; i < words; i++) {
        uint32_t word = (uint32_t)ft_rand();
        word = (word & ~(0xfu << 25) & ~0x318u) | 0x7u << 25; /* op0 = x111, Rd and Rn < 8 */
        randomize_state();
        write_code(code, word);
        undefined = 0;
        run_page((void (*)(void))code);
        ft_put_hex(word);
        if (undefined) {
            undefined_count++;
            ft_puts(" undef\n");
        } else {
            ft_write(" ", 1);
            ft_put_hex(state_hash());
            ft_write("\n", 1);
        }
    }
    check2("words, undefined", words, undefined_count);
    return 0;
}
