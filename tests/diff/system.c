/*
 * Differential test: the system instructions a Linux program may execute at
 * EL0. NZCV and TPIDR_EL0 round trips, FPCR/FPSR bits every ARMv8.0 FPU
 * has, DC ZVA at the block size DCZID_EL0 announces, the counter, hints,
 * barriers, cache maintenance, CLREX, and ID register facts that hold for
 * any Linux-visible arm64 CPU. Values that legitimately differ between CPU
 * models (CTR_EL0 layout, exact ID register contents) are not printed.
 */
#include "ferry_test.h"

static uint8_t zva_buf[4096 * 2] __attribute__((aligned(4096)));

static void test_nzcv(void)
{
    for (uint64_t flags = 0; flags < 16; flags++) {
        /* Low bits written to NZCV are RES0 and must read back as zero. */
        ft_set_nzcv((flags << 28) | 0x0fffffff);
        check2("nzcv", flags, ft_nzcv());
    }
}

static void test_tpidr(void)
{
    uint64_t old, back;
    __asm__ volatile("mrs %0, tpidr_el0" : "=r"(old));
    for (size_t i = 0; i < ft_edge_count; i++) {
        __asm__ volatile("msr tpidr_el0, %1\n mrs %0, tpidr_el0" : "=r"(back) : "r"(ft_edge_values[i]));
        check1("tpidr_el0", back);
    }
    __asm__ volatile("msr tpidr_el0, %0" ::"r"(old));
}

static void test_fpcr_fpsr(void)
{
    /* AHP, DN, FZ and RMode exist on every ARMv8.0 FPU; the cumulative flags in FPSR too. */
    static const uint64_t fpcr_values[] = {0, 1ull << 26, 1ull << 25, 1ull << 24, 3ull << 22,
                                           0x07C00000};
    uint64_t back;
    for (size_t i = 0; i < sizeof(fpcr_values) / sizeof(fpcr_values[0]); i++) {
        __asm__ volatile("msr fpcr, %1\n mrs %0, fpcr" : "=r"(back) : "r"(fpcr_values[i]));
        check2("fpcr", fpcr_values[i], back);
    }
    __asm__ volatile("msr fpcr, xzr");
    static const uint64_t fpsr_values[] = {0, 1, 2, 4, 8, 0x10, 0x80, 0x08000000, 0x0800009f};
    for (size_t i = 0; i < sizeof(fpsr_values) / sizeof(fpsr_values[0]); i++) {
        __asm__ volatile("msr fpsr, %1\n mrs %0, fpsr" : "=r"(back) : "r"(fpsr_values[i]));
        check2("fpsr", fpsr_values[i], back);
    }
    __asm__ volatile("msr fpsr, xzr");
}

static void test_dc_zva(void)
{
    uint64_t dczid;
    __asm__ volatile("mrs %0, dczid_el0" : "=r"(dczid));
    check1("dczid.dzp", (dczid >> 4) & 1);
    uint64_t block = 4ull << (dczid & 0xf);
    for (size_t i = 0; i < sizeof(zva_buf); i++)
        zva_buf[i] = 0xAA;
    /* Any address inside the second block zeroes exactly that block. */
    uint8_t *target = zva_buf + block + 13;
    __asm__ volatile("dc zva, %0" ::"r"(target) : "memory");
    uint64_t wrong = 0;
    for (size_t i = 0; i < sizeof(zva_buf); i++) {
        uint8_t want = (i >= block && i < 2 * block) ? 0 : 0xAA;
        wrong += zva_buf[i] != want;
    }
    check1("dc zva wrong bytes", wrong);
}

static void test_counter(void)
{
    uint64_t freq, a, b;
    __asm__ volatile("mrs %0, cntfrq_el0" : "=r"(freq));
    __asm__ volatile("isb\n mrs %0, cntvct_el0" : "=r"(a));
    for (volatile int i = 0; i < 100000; i++)
        ;
    __asm__ volatile("isb\n mrs %0, cntvct_el0" : "=r"(b));
    check1("cntfrq nonzero", freq != 0);
    check1("cntvct advances", b > a);
}

static void test_hints_barriers_cache(void)
{
    uint64_t r = 0;
    __asm__ volatile("nop\n yield\n"
                     "hint #0x22\n" /* bti c */
                     "hint #0x19\n" /* paciasp */
                     "hint #0x1d\n" /* autiasp */
                     "hint #0x7\n"  /* xpaclri */
                     "hint #0x14\n" /* csdb */
                     "dmb ish\n dmb ishld\n dmb ishst\n dsb sy\n dsb ish\n isb\n"
                     "dc cvau, %1\n dc civac, %1\n dc cvac, %1\n ic ivau, %1\n dsb ish\n isb\n"
                     "clrex\n"
                     "add %0, %0, #1\n"
                     : "+r"(r)
                     : "r"(zva_buf)
                     : "memory", "x30");
    check1("hints", r);
}

static void test_id_registers(void)
{
    uint64_t midr, mpidr, pfr0;
    __asm__ volatile("mrs %0, midr_el1" : "=r"(midr));
    __asm__ volatile("mrs %0, mpidr_el1" : "=r"(mpidr));
    __asm__ volatile("mrs %0, id_aa64pfr0_el1" : "=r"(pfr0));
    check1("midr.architecture", (midr >> 16) & 0xf);
    check1("mpidr bit31", (mpidr >> 31) & 1);
    check1("pfr0.el0", pfr0 & 0xf);
}

int test_main(void)
{
    test_nzcv();
    test_tpidr();
    test_fpcr_fpsr();
    test_dc_zva();
    test_counter();
    test_hints_barriers_cache();
    test_id_registers();
    return 0;
}
