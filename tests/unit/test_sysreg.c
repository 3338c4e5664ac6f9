/*
 * System instructions at EL0 as Linux presents them, and the ID register /
 * HWCAP view of what ferry implements.
 *
 * Expected values: HWCAP bit numbers from Linux's uapi hwcap.h; EL0 access
 * rules from the Arm ARM with Linux's SCTLR_EL1/CNTKCTL_EL1 settings (UMA=0,
 * UCI=DZE=UCT=1, EL0VCTEN=1, EL0PCTEN=0); the ID register EL0 view from
 * Documentation/arch/arm64/cpu-feature-registers.rst.
 */
#include <check.h>
#include <string.h>
#include <time.h>

#include "cpu/a64/sysreg.h"
#include "tests/unit/harness.h"

/* Linux uapi HWCAP bits. */
#define HWCAP_FP (1u << 0)
#define HWCAP_ASIMD (1u << 1)
#define HWCAP_AES (1u << 3)
#define HWCAP_PMULL (1u << 4)
#define HWCAP_SHA1 (1u << 5)
#define HWCAP_SHA2 (1u << 6)
#define HWCAP_CRC32 (1u << 7)
#define HWCAP_ATOMICS (1u << 8)
#define HWCAP_CPUID (1u << 11)
#define HWCAP_LRCPC (1u << 15)

START_TEST(hwcap_says_exactly_what_is_implemented)
{
    /*
     * ARMv8.0 FP and AdvSIMD, the v8.0 crypto (AES, PMULL, SHA-1, SHA-256), CRC32,
     * LSE atomics, LDAPR, emulated ID registers; nothing else (no FP16, RDM,
     * SHA-512/SHA-3, dot product, SVE).
     */
    ck_assert_uint_eq(a64_user_hwcap(), HWCAP_FP | HWCAP_ASIMD | HWCAP_AES | HWCAP_PMULL |
                                            HWCAP_SHA1 | HWCAP_SHA2 | HWCAP_CRC32 |
                                            HWCAP_ATOMICS | HWCAP_CPUID | HWCAP_LRCPC);
    ck_assert_uint_eq(a64_user_hwcap2(), 0);
}
END_TEST

START_TEST(user_id_registers_follow_linux)
{
    /* ID_AA64ISAR0: ATOMIC (23:20) = 2, CRC32 (19:16) = 1, SHA2 = SHA1 = 1, AES (7:4) = 2. */
    ck_assert_uint_eq(a64_user_id_register(SYSREG_KEY(3, 0, 0, 6, 0)), 0x211120);
    /* ID_AA64ISAR1: LRCPC (23:20) = 1. */
    ck_assert_uint_eq(a64_user_id_register(SYSREG_KEY(3, 0, 0, 6, 1)), 0x100000);
    /*
     * ID_AA64PFR0: FP and AdvSIMD visible (0: implemented, no FP16), EL0/EL1
     * hidden at their safe value 1 (AArch64 only), CSV2/CSV3 hidden (0).
     */
    ck_assert_uint_eq(a64_user_id_register(SYSREG_KEY(3, 0, 0, 4, 0)), 0x11);
    /* MPIDR_EL1 reads as Linux's safe value, bit 31 only. */
    ck_assert_uint_eq(a64_user_id_register(SYSREG_KEY(3, 0, 0, 0, 5)), 0x80000000);
    /* REVIDR and unallocated ID registers read as zero. */
    ck_assert_uint_eq(a64_user_id_register(SYSREG_KEY(3, 0, 0, 0, 6)), 0);
    ck_assert_uint_eq(a64_user_id_register(SYSREG_KEY(3, 0, 0, 7, 7)), 0);
    /* MIDR: implementer 0 (software use), architecture 0xF. */
    uint64_t midr = a64_user_id_register(SYSREG_KEY(3, 0, 0, 0, 0));
    ck_assert_uint_eq(midr >> 24, 0);
    ck_assert_uint_eq((midr >> 16) & 0xF, 0xF);
}
END_TEST

static uint64_t run_one(struct harness *h, uint32_t word, enum cpu_exception_kind expect)
{
    ck_assert_int_eq(harness_run(h, &word, 1), expect);
    return h->cpu.x[0];
}

START_TEST(mrs_of_id_registers_at_el0)
{
    struct harness h;
    harness_init(&h);
    /* d5380600 mrs x0, id_aa64isar0_el1 */
    ck_assert_uint_eq(run_one(&h, 0xd5380600, CPU_EXC_SVC), 0x211120);
    /* d53800a0 mrs x0, mpidr_el1 */
    ck_assert_uint_eq(run_one(&h, 0xd53800a0, CPU_EXC_SVC), 0x80000000);
    /* d5380000 mrs x0, midr_el1 */
    ck_assert_uint_eq((run_one(&h, 0xd5380000, CPU_EXC_SVC) >> 16) & 0xF, 0xF);
    harness_free(&h);
}
END_TEST

START_TEST(el0_registers_read_and_write)
{
    struct harness h;
    harness_init(&h);
    h.cpu.x[1] = 0x1122334455667788ull;
    h.cpu.x[2] = 0xF0000000u | 0x0FFFFFFF; /* NZCV write: only bits 31:28 stick */
    const uint32_t code[] = {
        0xd51bd041, /* msr tpidr_el0, x1 */
        0xd53bd040, /* mrs x0, tpidr_el0 */
        0xd51b4202, /* msr nzcv, x2 */
        0xd53b4203, /* mrs x3, nzcv */
        0xd53bd064, /* mrs x4, tpidrro_el0 */
        0xd53b0025, /* mrs x5, ctr_el0 */
        0xd53b00e6, /* mrs x6, dczid_el0 */
        0xd53be007, /* mrs x7, cntfrq_el0 */
    };
    h.cpu.tpidrro_el0 = 0xabc;
    ck_assert_int_eq(harness_run(&h, code, 8), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x1122334455667788ull);
    ck_assert_uint_eq(h.cpu.x[3], 0xF0000000u);
    ck_assert_uint_eq(h.cpu.x[4], 0xabc);
    /* CTR_EL0: DminLine (19:16) and IminLine (3:0) = log2(64 bytes / 4) = 4; IDC=DIC=0. */
    ck_assert_uint_eq((h.cpu.x[5] >> 16) & 0xF, 4);
    ck_assert_uint_eq(h.cpu.x[5] & 0xF, 4);
    ck_assert_uint_eq((h.cpu.x[5] >> 28) & 3, 0);
    /* DCZID_EL0: DZP=0, BS=4 (64-byte DC ZVA blocks). */
    ck_assert_uint_eq(h.cpu.x[6], 4);
    ck_assert_uint_eq(h.cpu.x[7], A64_TIMER_HZ);
    harness_free(&h);
}
END_TEST

START_TEST(el0_forbidden_accesses_are_undefined)
{
    struct harness h;
    harness_init(&h);
    static const uint32_t forbidden[] = {
        0xd53b4220, /* mrs x0, daif: SCTLR_EL1.UMA=0 under Linux */
        0xd50342ff, /* msr daifclr, #2 */
        0xd53be020, /* mrs x0, cntpct_el0: CNTKCTL_EL1.EL0PCTEN=0 */
        0xd51bd060, /* msr tpidrro_el0, x0: read-only at EL0 */
        0xd5384100, /* mrs x0, sp_el0: EL1 register */
        0xd5181000, /* msr sctlr_el1, x0 */
        0xd4000002, /* hvc #0 */
        0xd4000003, /* smc #0 */
        0xd4400000, /* hlt #0 */
        0xd508871f, /* tlbi vmalle1 */
        0xd5381000, /* mrs x0, sctlr_el1 (outside the emulated ID space) */
    };
    for (size_t i = 0; i < sizeof(forbidden) / sizeof(forbidden[0]); i++) {
        ck_assert_msg(harness_run(&h, &forbidden[i], 1) == CPU_EXC_UNDEF, "0x%08x", forbidden[i]);
        ck_assert_uint_eq(h.cpu.exception.syndrome, forbidden[i]);
        ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    }
    harness_free(&h);
}
END_TEST

START_TEST(cntvct_counts_host_time)
{
    struct harness h;
    harness_init(&h);
    const uint32_t word = 0xd53be040; /* mrs x0, cntvct_el0 */
    uint64_t a = run_one(&h, word, CPU_EXC_SVC);
    struct timespec pause = {0, 20 * 1000 * 1000};
    nanosleep(&pause, 0);
    uint64_t b = run_one(&h, word, CPU_EXC_SVC);
    /* 20 ms at 62.5 MHz is 1,250,000 ticks; allow generous scheduling slack above. */
    ck_assert_uint_ge(b - a, 1250000);
    ck_assert_uint_lt(b - a, 1250000ull * 500);
    harness_free(&h);
}
END_TEST

START_TEST(dc_zva_zeroes_an_aligned_64_byte_block)
{
    struct harness h;
    harness_init(&h);
    uint8_t *data = harness_data(&h, 0);
    memset(data, 0xAA, 256);
    h.cpu.x[0] = HARNESS_DATA + 64 + 13; /* anywhere inside the second block */
    const uint32_t word = 0xd50b7420;    /* dc zva, x0 */
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
    for (int i = 0; i < 256; i++)
        ck_assert_uint_eq(data[i], (i >= 64 && i < 128) ? 0 : 0xAA);
    /* Unmapped: a write data abort at the block address. */
    h.cpu.x[0] = 0x10000040;
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.exception.address, 0x10000040);
    ck_assert(h.cpu.exception.is_write);
    harness_free(&h);
}
END_TEST

START_TEST(hints_barriers_and_cache_ops_are_harmless)
{
    struct harness h;
    harness_init(&h);
    h.cpu.x[0] = HARNESS_DATA;
    h.cpu.x[1] = 0x77;
    const uint32_t code[] = {
        0xd503201f, /* nop */
        0xd503203f, /* yield */
        0xd503233f, /* paciasp */
        0xd50323bf, /* autiasp */
        0xd50320ff, /* xpaclri */
        0xd503245f, /* bti c */
        0xd5033bbf, /* dmb ish */
        0xd5033f9f, /* dsb sy */
        0xd5033fdf, /* isb */
        0xd50b7b20, /* dc cvau, x0 */
        0xd50b7520, /* ic ivau, x0 */
        0xd50b7e20, /* dc civac, x0 */
        0xaa0103e2, /* mov x2, x1 */
    };
    uint64_t lr = h.cpu.x[30] = 0x1234;
    ck_assert_int_eq(harness_run(&h, code, 13), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[2], 0x77);
    ck_assert_uint_eq(h.cpu.x[30], lr); /* PAC hints leave LR alone without FEAT_PAuth */
    harness_free(&h);
}
END_TEST

START_TEST(brk_stops_at_itself)
{
    struct harness h;
    harness_init(&h);
    const uint32_t word = 0xd4200020; /* brk #0x1 */
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_BRK);
    ck_assert_uint_eq(h.cpu.exception.syndrome, 1);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    harness_free(&h);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sysreg");
    TCase *tc = tcase_create("el0");
    tcase_add_test(tc, hwcap_says_exactly_what_is_implemented);
    tcase_add_test(tc, user_id_registers_follow_linux);
    tcase_add_test(tc, mrs_of_id_registers_at_el0);
    tcase_add_test(tc, el0_registers_read_and_write);
    tcase_add_test(tc, el0_forbidden_accesses_are_undefined);
    tcase_add_test(tc, cntvct_counts_host_time);
    tcase_add_test(tc, dc_zva_zeroes_an_aligned_64_byte_block);
    tcase_add_test(tc, hints_barriers_and_cache_ops_are_harmless);
    tcase_add_test(tc, brk_stops_at_itself);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
