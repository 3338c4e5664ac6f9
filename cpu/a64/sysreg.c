/*
 * The system register table, the ID register values that describe ferry,
 * and the Linux user-mode view of them.
 *
 * Each row names one register by its MRS/MSR encoding and says who may read
 * or write it. Rows exist only for registers ferry implements; any other
 * encoding is UNDEFINED, which is what Linux gives EL0 for registers it does
 * not emulate.
 *
 * ID registers: `id_registers` holds what ferry implements (full system
 * sees these values). A user-mode program's MRS of the ID space traps on
 * real hardware and the kernel answers with the sanitised, user-visible
 * fields only (Documentation/arch/arm64/cpu-feature-registers.rst); hidden
 * fields read as the kernel's safe values. ferry-user answers the same way,
 * and derives AT_HWCAP from the same values (hwcap_rules).
 */
#include <pthread.h>
#include "cpu/a64/sysreg.h"

#include "cpu/a64/debug.h"
#include "cpu/a64/exception.h"

#include <stddef.h>
#include <time.h>

enum sysreg_access {
    SR_EL0_READ = 1u << 0,
    SR_EL0_WRITE = 1u << 1,
    SR_EL1_READ = 1u << 2,
    SR_EL1_WRITE = 1u << 3,
};

struct sysreg_def {
    const char *name;
    uint32_t key;
    unsigned access;
    uint64_t (*read)(struct cpu_state *cpu);
    void (*write)(struct cpu_state *cpu, uint64_t value);
    uint32_t el0_gate; /* nonzero: EL0 access also needs one of these CNTKCTL_EL1 bits */
};

/* ---- ID registers ---- */

#define KEY_MIDR SYSREG_KEY(3, 0, 0, 0, 0)
#define KEY_MPIDR SYSREG_KEY(3, 0, 0, 0, 5)
#define KEY_REVIDR SYSREG_KEY(3, 0, 0, 0, 6)
#define KEY_PFR0 SYSREG_KEY(3, 0, 0, 4, 0)
#define KEY_PFR1 SYSREG_KEY(3, 0, 0, 4, 1)
#define KEY_ISAR0 SYSREG_KEY(3, 0, 0, 6, 0)
#define KEY_ISAR1 SYSREG_KEY(3, 0, 0, 6, 1)
#define KEY_MMFR2 SYSREG_KEY(3, 0, 0, 7, 2)
#define KEY_MMFR0 SYSREG_KEY(3, 0, 0, 7, 0)
#define KEY_MMFR1 SYSREG_KEY(3, 0, 0, 7, 1)
#define KEY_DFR0 SYSREG_KEY(3, 0, 0, 5, 0)

/*
 * MIDR: implementer 0x00 is reserved for software use, so no kernel erratum
 * list matches ferry; architecture 0xF (ID registers describe features),
 * part number 0xF00.
 */
#define FERRY_MIDR 0x000FF000ull
/* MPIDR: RES1 bit 31, uniprocessor affinity 0. Also Linux's EL0 answer. */
#define FERRY_MPIDR 0x80000000ull

struct id_register {
    uint32_t key;
    uint64_t value;       /* what ferry implements */
    uint64_t user_mask;   /* fields Linux shows to EL0 */
    uint64_t user_hidden; /* what Linux shows in the hidden fields */
};

static const struct id_register id_registers[] = {
    /*
     * PFR0: EL0 and EL1 AArch64-only (1), FP and AdvSIMD implemented (0:
     * ARMv8.0, no half-precision arithmetic), CSV2=3 and CSV3=1 so guests
     * skip Spectre mitigations that an emulator has no use for.
     */
    {KEY_PFR0, 0x1300000000000011ull, 0x000F000F00FF0000ull, 0x11},
    {KEY_PFR1, 0, 0x0F000FFFull, 0},
    /* ISAR0: ATOMIC=2 (LSE), CRC32=1, SHA2=1 (SHA-256 only), SHA1=1, AES=2 (with PMULL). */
    {KEY_ISAR0, 0x0000000000211120ull, 0xF0FFFFFFF0FFFFF0ull, 0},
    /* ISAR1: LRCPC=1 (LDAPR). */
    {KEY_ISAR1, 0x0000000000100000ull, 0x00FFFFFFFFFFFFFFull, 0},
    {KEY_MMFR2, 0, 0x0000000F00000000ull, 0},
    /*
     * MMFR0: 48-bit PAs (PARange 5), 16-bit ASIDs (ASIDBits 2), 4K and 64K
     * granules (TGran4 = TGran64 = 0) and 16K (TGran16 = 1): what the walker does.
     * Linux hides all of it from EL0.
     */
    {KEY_MMFR0, 0x0000000000100025ull, 0, 0},
    /*
     * MMFR1: PAN = 1 (FEAT_PAN: PSTATE.PAN, SCTLR_EL1.SPAN; not PAN2's AT
     * S1E1RP/WP). Without it Linux emulates PAN by switching TTBR0_EL1 on
     * every kernel entry and exit, and each TTBR write flushes ferry's TLB.
     * Nothing else: no hardware AF/dirty update, 8/16-bit VMID fields unused
     * without EL2. Hidden from EL0.
     */
    {KEY_MMFR1, 0x0000000000100000ull, 0, 0},
    /*
     * DFR0: Armv8.0 debug (DebugVer 6), 2 breakpoints and 2 watchpoints (the
     * architectural minimum), one of the breakpoints context-aware (CTX_CMPs 0),
     * OS double lock implemented (DoubleLock 0); all in debug.c,
     * no PMU (PMUVer 0), so the kernel leaves PMU registers alone. Linux shows
     * EL0 only DebugVer's safe value.
     */
    {KEY_DFR0, 0x0000000000101006ull, 0, 0x6},
};

static const struct id_register *find_id_register(uint32_t key)
{
    for (size_t i = 0; i < sizeof(id_registers) / sizeof(id_registers[0]); i++)
        if (id_registers[i].key == key)
            return &id_registers[i];
    return 0;
}

static uint64_t id_register_value(uint32_t key)
{
    const struct id_register *r = find_id_register(key);
    return r ? r->value : 0;
}

/* The ID space Linux emulates for EL0: op0=3, op1=0, CRn=0, CRm=0..7. */
static bool in_user_id_space(uint32_t key)
{
    return (key & ~(uint32_t)SYSREG_KEY(0, 0, 0, 7, 7)) == SYSREG_KEY(3, 0, 0, 0, 0);
}

uint64_t a64_user_id_register(uint32_t key)
{
    if (key == KEY_MIDR)
        return FERRY_MIDR;
    if (key == KEY_MPIDR)
        return FERRY_MPIDR;
    const struct id_register *r = find_id_register(key);
    if (!r)
        return 0; /* REVIDR and every unallocated ID register read as zero */
    return (r->value & r->user_mask) | r->user_hidden;
}

struct hwcap_rule {
    uint32_t key;
    unsigned shift;
    unsigned min;      /* field value at or above which the feature is present */
    bool not_f;        /* signed "0xF = absent" fields (FP, AdvSIMD) instead of min */
    unsigned bit;
};

/* Linux's HWCAP bits (arch/arm64/include/uapi/asm/hwcap.h), from the ID fields. */
static const struct hwcap_rule hwcap_rules[] = {
    {KEY_PFR0, 16, 0, true, 0},   /* HWCAP_FP */
    {KEY_PFR0, 20, 0, true, 1},   /* HWCAP_ASIMD */
    {KEY_ISAR0, 4, 1, false, 3},  /* HWCAP_AES */
    {KEY_ISAR0, 4, 2, false, 4},  /* HWCAP_PMULL */
    {KEY_ISAR0, 8, 1, false, 5},  /* HWCAP_SHA1 */
    {KEY_ISAR0, 12, 1, false, 6}, /* HWCAP_SHA2 */
    {KEY_ISAR0, 16, 1, false, 7}, /* HWCAP_CRC32 */
    {KEY_ISAR0, 20, 2, false, 8}, /* HWCAP_ATOMICS */
    {KEY_ISAR1, 20, 1, false, 15}, /* HWCAP_LRCPC */
    {KEY_ISAR1, 0, 1, false, 16}, /* HWCAP_DCPOP */
    {KEY_ISAR0, 12, 2, false, 21}, /* HWCAP_SHA512 */
    {KEY_ISAR1, 20, 2, false, 26}, /* HWCAP_ILRCPC */
};

#define HWCAP_CPUID (1ull << 11) /* EL0 ID register reads are emulated */

uint64_t a64_user_hwcap(void)
{
    uint64_t hwcap = HWCAP_CPUID;
    for (size_t i = 0; i < sizeof(hwcap_rules) / sizeof(hwcap_rules[0]); i++) {
        const struct hwcap_rule *r = &hwcap_rules[i];
        unsigned field = (unsigned)(id_register_value(r->key) >> r->shift) & 0xF;
        bool present = r->not_f ? field != 0xF : field >= r->min;
        if (present)
            hwcap |= 1ull << r->bit;
    }
    return hwcap;
}

uint64_t a64_user_hwcap2(void) { return 0; }

/* ---- Registers with behaviour ---- */

static uint64_t read_nzcv(struct cpu_state *cpu) { return cpu->nzcv; }
static void write_nzcv(struct cpu_state *cpu, uint64_t v) { cpu->nzcv = (uint32_t)v & 0xF0000000u; }
static uint64_t read_daif(struct cpu_state *cpu) { return cpu->daif; }
static void write_daif(struct cpu_state *cpu, uint64_t v)
{
    cpu->daif = (uint32_t)v & 0x3C0u;
    cpu_irq_unmasked(cpu);
}

/* FPCR bits of ARMv8.0 without FP16: AHP, DN, FZ, RMode. Trap enables are RAZ/WI. */
#define FPCR_MASK 0x07C00000u
/* FPSR: QC and the cumulative exception flags. */
#define FPSR_MASK 0x0800009Fu
static uint64_t read_fpcr(struct cpu_state *cpu) { return cpu->fpcr; }
static void write_fpcr(struct cpu_state *cpu, uint64_t v) { cpu->fpcr = (uint32_t)v & FPCR_MASK; }
static uint64_t read_fpsr(struct cpu_state *cpu) { return cpu->fpsr; }
static void write_fpsr(struct cpu_state *cpu, uint64_t v) { cpu->fpsr = (uint32_t)v & FPSR_MASK; }

static uint64_t read_tpidr_el0(struct cpu_state *cpu) { return cpu->tpidr_el0; }
static void write_tpidr_el0(struct cpu_state *cpu, uint64_t v) { cpu->tpidr_el0 = v; }
static uint64_t read_tpidrro_el0(struct cpu_state *cpu) { return cpu->tpidrro_el0; }
static void write_tpidrro_el0(struct cpu_state *cpu, uint64_t v) { cpu->tpidrro_el0 = v; }

/*
 * CTR_EL0: 64-byte lines (DminLine = IminLine = 4), PIPT I-cache, and
 * IDC = DIC = 0 so software issues DC CVAU / IC IVAU after writing code:
 * ferry uses IC IVAU as its signal to drop translated code.
 */
static uint64_t read_ctr(struct cpu_state *cpu)
{
    (void)cpu;
    return 0x8444C004ull;
}

/* DCZID_EL0: DC ZVA permitted, block of 2^4 words = 64 bytes. */
static uint64_t read_dczid(struct cpu_state *cpu)
{
    (void)cpu;
    return 0x4;
}

static uint64_t read_cntfrq(struct cpu_state *cpu)
{
    (void)cpu;
    return A64_TIMER_HZ;
}

/* The system count: host monotonic time at A64_TIMER_HZ (16 ns ticks); no EL2, so CNTVOFF is 0. */
uint64_t a64_system_count(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t ns = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
    return ns / (1000000000ull / A64_TIMER_HZ);
}

static uint64_t read_count(struct cpu_state *cpu)
{
    (void)cpu;
    return a64_system_count();
}

static uint64_t read_cntkctl(struct cpu_state *cpu) { return cpu->timer.cntkctl; }
/* EVNTI/EVNTDIR/EVNTEN are kept (no event stream is generated: WFE does not wait for one). */
static void write_cntkctl(struct cpu_state *cpu, uint64_t v) { cpu->timer.cntkctl = (uint32_t)v & 0x3ffu; }

/* The accessors of one timer channel (CTL, CVAL, TVAL), physical or virtual. */
#define TIMER_REGISTERS(ch, field)                                                             \
    static uint64_t read_##ch##_ctl(struct cpu_state *cpu)                                     \
    {                                                                                          \
        return timer_ctl_read(&cpu->timer.field, a64_system_count());                              \
    }                                                                                          \
    static void write_##ch##_ctl(struct cpu_state *cpu, uint64_t v)                            \
    {                                                                                          \
        timer_ctl_write(&cpu->timer.field, v);                                                 \
    }                                                                                          \
    static uint64_t read_##ch##_cval(struct cpu_state *cpu) { return cpu->timer.field.cval; } \
    static void write_##ch##_cval(struct cpu_state *cpu, uint64_t v)                           \
    {                                                                                          \
        cpu->timer.field.cval = v;                                                             \
    }                                                                                          \
    static uint64_t read_##ch##_tval(struct cpu_state *cpu)                                    \
    {                                                                                          \
        return timer_tval_read(&cpu->timer.field, a64_system_count());                             \
    }                                                                                          \
    static void write_##ch##_tval(struct cpu_state *cpu, uint64_t v)                           \
    {                                                                                          \
        timer_tval_write(&cpu->timer.field, a64_system_count(), v);                                \
    }
TIMER_REGISTERS(cntp, phys)
TIMER_REGISTERS(cntv, virt)

/* ---- EL1 registers (full system; at EL0 every one is UNDEFINED) ---- */

/* SCTLR_EL1 bits that are RES1 while their features are absent: LSMAOE, nTLSMD, EIS, TSCXT, EOS (SPAN is FEAT_PAN's control) */
#define SCTLR_RES1 0x30500800ull

/* Plain storage with a mask of the bits that hold a value (and bits that always read as one). */
#define EL1_STORAGE(name, field, keep, ones)                                                   \
    static uint64_t read_##name(struct cpu_state *cpu) { return cpu->el1.field; }              \
    static void write_##name(struct cpu_state *cpu, uint64_t v)                                \
    {                                                                                          \
        cpu->el1.field = (v & (keep)) | (ones);                                                \
    }
/* SCTLR_EL1 and TCR_EL1 change every translation: a write drops the TLB and decoded code. */
#define EL1_TRANSLATION(name, field, ones)                                                     \
    static uint64_t read_##name(struct cpu_state *cpu) { return cpu->el1.field; }              \
    static void write_##name(struct cpu_state *cpu, uint64_t v)                                \
    {                                                                                          \
        cpu->el1.field = v | (ones);                                                           \
        cpu_request_tlb_flush(cpu);                                                            \
    }
EL1_TRANSLATION(sctlr, sctlr, SCTLR_RES1)
EL1_TRANSLATION(tcr, tcr, 0)

#define TTBR_ASID (0xffffull << 48)
#define TCR_A1 (1ull << 22) /* the ASID comes from TTBR1_EL1 (else TTBR0_EL1) */

/*
 * A TTBR write changes the translations of its half of the address space
 * when the table base (or CnP) changes, and every non-global translation
 * when it holds the ASID (TCR_EL1.A1) and that changes; nothing else. So a
 * Linux context switch (new TTBR0 table, new ASID in TTBR1) keeps the
 * kernel's global TLB entries and decoded code, and every process's code
 * (CPU_FLUSH_SWITCH_SPACE: cpu_switch_space).
 */
static void write_ttbr(struct cpu_state *cpu, uint64_t *ttbr, uint64_t v, bool is_ttbr1)
{
    uint64_t changed = *ttbr ^ v;
    *ttbr = v;
    unsigned scope = 0;
    if (changed & ~TTBR_ASID)
        scope |= is_ttbr1 ? TLB_SCOPE_UPPER : TLB_SCOPE_LOWER;
    if ((changed & TTBR_ASID) && !(cpu->el1.tcr & TCR_A1) == !is_ttbr1)
        scope |= TLB_SCOPE_NONGLOBAL;
    if (scope)
        cpu_maintain_local(cpu, (struct cpu_flush){.kind = CPU_FLUSH_SWITCH_SPACE, .scope = scope});
}
static uint64_t read_ttbr0(struct cpu_state *cpu) { return cpu->el1.ttbr0; }
static uint64_t read_ttbr1(struct cpu_state *cpu) { return cpu->el1.ttbr1; }
static void write_ttbr0(struct cpu_state *cpu, uint64_t v) { write_ttbr(cpu, &cpu->el1.ttbr0, v, false); }
static void write_ttbr1(struct cpu_state *cpu, uint64_t v) { write_ttbr(cpu, &cpu->el1.ttbr1, v, true); }
EL1_STORAGE(cpacr, cpacr, 3ull << 20, 0) /* FPEN only: no SVE, no trace */
EL1_STORAGE(mair, mair, ~0ull, 0)
EL1_STORAGE(amair, amair, ~0ull, 0)
EL1_STORAGE(vbar, vbar, ~0x7ffull, 0) /* bits 10:0 RES0: 2 KiB-aligned vectors */
EL1_STORAGE(contextidr, contextidr, 0xffffffffull, 0)
EL1_STORAGE(tpidr_el1, tpidr, ~0ull, 0)
EL1_STORAGE(spsr, spsr, 0xf07003dfull, 0) /* NZCV, PAN, SS, IL, DAIF, M[4:0] */
EL1_STORAGE(elr, elr, ~0ull, 0)
EL1_STORAGE(esr, esr, 0xffffffffull, 0)
EL1_STORAGE(far, far, ~0ull, 0)
EL1_STORAGE(par, par, ~0ull, 0)
EL1_STORAGE(afsr0, afsr0, 0, 0) /* IMPLEMENTATION DEFINED: nothing to report */
EL1_STORAGE(afsr1, afsr1, 0, 0)
/* MDSCR_EL1: SS, TDCC, KDE, HDE, MDE (what self-hosted debug uses); the rest RES0 or external */
static uint64_t read_mdscr(struct cpu_state *cpu) { return cpu->el1.mdscr; }
static void write_mdscr(struct cpu_state *cpu, uint64_t v)
{
    cpu->el1.mdscr = v & 0xf001ull;
    a64_debug_update(cpu);
}
EL1_STORAGE(csselr, csselr, 0xfull, 0)

/*
 * Cache description for cacheinfo and set/way loops: separate 32 KiB L1 I and D
 * caches and a unified 2 MiB L2, 64-byte lines as CTR_EL0 says. Nothing is
 * cached really; these only have to be a consistent description.
 * CLIDR: Ctype1 = I+D, Ctype2 = unified, LoUIS = 1, LoC = 2, LoUU = 1.
 */
static uint64_t read_clidr(struct cpu_state *cpu)
{
    (void)cpu;
    return 0x0a200023ull;
}

/* CCSIDR (32-bit format): (NumSets-1) << 13 | (Associativity-1) << 3 | log2(line words) - 2, by CSSELR. */
static uint64_t read_ccsidr(struct cpu_state *cpu)
{
    switch (cpu->el1.csselr & 0xf) {
    case 0: return (255u << 13) | (1u << 3) | 2u;  /* L1 D: 256 sets x 2 ways x 64 B */
    case 1: return (255u << 13) | (1u << 3) | 2u;  /* L1 I: the same geometry */
    case 2: return (2047u << 13) | (15u << 3) | 2u; /* L2: 2048 sets x 16 ways x 64 B */
    default: return 0; /* no such cache: UNKNOWN, zero here */
    }
}

/* OSLSR_EL1: OSLM = 0b10 (bits 3 and 0: the OS lock is implemented), OSLK bit 1. */
static uint64_t read_oslsr(struct cpu_state *cpu) { return 0x8 | (cpu->debug.os_lock ? 2u : 0u); }
static void write_oslar(struct cpu_state *cpu, uint64_t v)
{
    cpu->debug.os_lock = v & 1;
    a64_debug_update(cpu);
}
/* DBGPRCR_EL1.CORENPDRQ (bit 0): a request to keep the core powered; ferry never powers down */
static uint64_t read_dbgprcr(struct cpu_state *cpu) { return cpu->debug.core_no_powerdown; }
static void write_dbgprcr(struct cpu_state *cpu, uint64_t v) { cpu->debug.core_no_powerdown = v & 1; }
/* OSDLR_EL1.DLK (bit 0): the OS double lock (FEAT_DoubleLock, DFR0.DoubleLock = 0) */
static uint64_t read_osdlr(struct cpu_state *cpu) { return cpu->debug.double_lock; }
static void write_osdlr(struct cpu_state *cpu, uint64_t v)
{
    cpu->debug.double_lock = v & 1;
    a64_debug_update(cpu);
}

static uint64_t read_zero(struct cpu_state *cpu)
{
    (void)cpu;
    return 0;
}

/* Breakpoint and watchpoint registers n = 0, 1 (debug.c matches them); a write may arm or disarm. */
#define DEBUG_REGISTER(name, field, keep)                                                      \
    static uint64_t read_##name(struct cpu_state *cpu) { return cpu->el1.field; }              \
    static void write_##name(struct cpu_state *cpu, uint64_t v)                                \
    {                                                                                          \
        cpu->el1.field = v & (keep);                                                           \
        a64_debug_update(cpu);                                                                 \
    }
/* BCR: BT, LBN, SSC, HMC, BAS, PMC, E; WCR: MASK, WT, LBN, SSC, HMC, BAS, LSC, PAC, E */
#define DEBUG_PAIR(n)                                                                          \
    DEBUG_REGISTER(dbgbvr##n, dbgbvr[n], ~0ull)                                                \
    DEBUG_REGISTER(dbgbcr##n, dbgbcr[n], 0x00ffe1e7ull)                                        \
    DEBUG_REGISTER(dbgwvr##n, dbgwvr[n], ~0ull)                                                \
    DEBUG_REGISTER(dbgwcr##n, dbgwcr[n], 0x1f1fffffull)
DEBUG_PAIR(0)
DEBUG_PAIR(1)

static uint64_t read_current_el(struct cpu_state *cpu) { return (uint64_t)cpu->el << 2; }
/* PAN: PSTATE.PAN in bit 22 */
static uint64_t read_pan(struct cpu_state *cpu) { return cpu->pan ? 1ull << 22 : 0; }
static void write_pan(struct cpu_state *cpu, uint64_t v) { cpu_set_el_pan(cpu, cpu->el, (v >> 22) & 1); }
static uint64_t read_spsel(struct cpu_state *cpu) { return cpu->spsel; }
static void write_spsel(struct cpu_state *cpu, uint64_t v)
{
    a64_bank_sp(cpu);
    cpu->spsel = v & 1;
    a64_unbank_sp(cpu);
}

/* SP_EL0 from EL1 only while register 31 is SP_EL1 (otherwise it is UNDEFINED: see sp_el0_ok). */
static uint64_t read_sp_el0(struct cpu_state *cpu) { return cpu->sp_el[0]; }
static void write_sp_el0(struct cpu_state *cpu, uint64_t v) { cpu->sp_el[0] = v; }

#define EL0_RW (SR_EL0_READ | SR_EL0_WRITE | SR_EL1_READ | SR_EL1_WRITE)
#define EL0_RO_EL1_RW (SR_EL0_READ | SR_EL1_READ | SR_EL1_WRITE)
#define EL0_RO (SR_EL0_READ | SR_EL1_READ)
#define EL1_RW (SR_EL1_READ | SR_EL1_WRITE)

static const struct sysreg_def sysregs[] = {
    {"NZCV", SYSREG_KEY(3, 3, 4, 2, 0), EL0_RW, read_nzcv, write_nzcv},
    /* Linux leaves SCTLR_EL1.UMA clear: EL0 DAIF access is UNDEFINED. */
    {"DAIF", SYSREG_KEY(3, 3, 4, 2, 1), EL1_RW, read_daif, write_daif},
    {"FPCR", SYSREG_KEY(3, 3, 4, 4, 0), EL0_RW, read_fpcr, write_fpcr},
    {"FPSR", SYSREG_KEY(3, 3, 4, 4, 1), EL0_RW, read_fpsr, write_fpsr},
    {"TPIDR_EL0", SYSREG_KEY(3, 3, 13, 0, 2), EL0_RW, read_tpidr_el0, write_tpidr_el0},
    {"TPIDRRO_EL0", SYSREG_KEY(3, 3, 13, 0, 3), EL0_RO_EL1_RW, read_tpidrro_el0,
     write_tpidrro_el0},
    {"CTR_EL0", SYSREG_KEY(3, 3, 0, 0, 1), EL0_RO, read_ctr, 0},
    {"DCZID_EL0", SYSREG_KEY(3, 3, 0, 0, 7), EL0_RO, read_dczid, 0},
    {"CNTFRQ_EL0", SYSREG_KEY(3, 3, 14, 0, 0), EL0_RO, read_cntfrq, 0,
     CNTKCTL_EL0PCTEN | CNTKCTL_EL0VCTEN},
    /*
     * The counters and timers at EL0 answer to CNTKCTL_EL1 (el0_gate). Linux sets
     * EL0VCTEN only, so for its processes CNTPCT_EL0 and the timers are UNDEFINED.
     */
    {"CNTVCT_EL0", SYSREG_KEY(3, 3, 14, 0, 2), EL0_RO, read_count, 0, CNTKCTL_EL0VCTEN},
    {"CNTPCT_EL0", SYSREG_KEY(3, 3, 14, 0, 1), EL0_RO, read_count, 0, CNTKCTL_EL0PCTEN},
    {"CNTKCTL_EL1", SYSREG_KEY(3, 0, 14, 1, 0), EL1_RW, read_cntkctl, write_cntkctl},
    {"CNTP_TVAL_EL0", SYSREG_KEY(3, 3, 14, 2, 0), EL0_RW, read_cntp_tval, write_cntp_tval, CNTKCTL_EL0PTEN},
    {"CNTP_CTL_EL0", SYSREG_KEY(3, 3, 14, 2, 1), EL0_RW, read_cntp_ctl, write_cntp_ctl, CNTKCTL_EL0PTEN},
    {"CNTP_CVAL_EL0", SYSREG_KEY(3, 3, 14, 2, 2), EL0_RW, read_cntp_cval, write_cntp_cval, CNTKCTL_EL0PTEN},
    {"CNTV_TVAL_EL0", SYSREG_KEY(3, 3, 14, 3, 0), EL0_RW, read_cntv_tval, write_cntv_tval, CNTKCTL_EL0VTEN},
    {"CNTV_CTL_EL0", SYSREG_KEY(3, 3, 14, 3, 1), EL0_RW, read_cntv_ctl, write_cntv_ctl, CNTKCTL_EL0VTEN},
    {"CNTV_CVAL_EL0", SYSREG_KEY(3, 3, 14, 3, 2), EL0_RW, read_cntv_cval, write_cntv_cval, CNTKCTL_EL0VTEN},
    {"SCTLR_EL1", SYSREG_KEY(3, 0, 1, 0, 0), EL1_RW, read_sctlr, write_sctlr},
    {"CPACR_EL1", SYSREG_KEY(3, 0, 1, 0, 2), EL1_RW, read_cpacr, write_cpacr},
    {"TTBR0_EL1", SYSREG_KEY(3, 0, 2, 0, 0), EL1_RW, read_ttbr0, write_ttbr0},
    {"TTBR1_EL1", SYSREG_KEY(3, 0, 2, 0, 1), EL1_RW, read_ttbr1, write_ttbr1},
    {"TCR_EL1", SYSREG_KEY(3, 0, 2, 0, 2), EL1_RW, read_tcr, write_tcr},
    {"SPSR_EL1", SYSREG_KEY(3, 0, 4, 0, 0), EL1_RW, read_spsr, write_spsr},
    {"ELR_EL1", SYSREG_KEY(3, 0, 4, 0, 1), EL1_RW, read_elr, write_elr},
    {"SP_EL0", SYSREG_KEY(3, 0, 4, 1, 0), EL1_RW, read_sp_el0, write_sp_el0},
    {"SPSel", SYSREG_KEY(3, 0, 4, 2, 0), EL1_RW, read_spsel, write_spsel},
    {"PAN", SYSREG_KEY(3, 0, 4, 2, 3), EL1_RW, read_pan, write_pan},
    {"CurrentEL", SYSREG_KEY(3, 0, 4, 2, 2), SR_EL1_READ, read_current_el, 0},
    {"AFSR0_EL1", SYSREG_KEY(3, 0, 5, 1, 0), EL1_RW, read_afsr0, write_afsr0},
    {"AFSR1_EL1", SYSREG_KEY(3, 0, 5, 1, 1), EL1_RW, read_afsr1, write_afsr1},
    {"ESR_EL1", SYSREG_KEY(3, 0, 5, 2, 0), EL1_RW, read_esr, write_esr},
    {"FAR_EL1", SYSREG_KEY(3, 0, 6, 0, 0), EL1_RW, read_far, write_far},
    {"PAR_EL1", SYSREG_KEY(3, 0, 7, 4, 0), EL1_RW, read_par, write_par},
    {"MAIR_EL1", SYSREG_KEY(3, 0, 10, 2, 0), EL1_RW, read_mair, write_mair},
    {"AMAIR_EL1", SYSREG_KEY(3, 0, 10, 3, 0), EL1_RW, read_amair, write_amair},
    {"VBAR_EL1", SYSREG_KEY(3, 0, 12, 0, 0), EL1_RW, read_vbar, write_vbar},
    {"CONTEXTIDR_EL1", SYSREG_KEY(3, 0, 13, 0, 1), EL1_RW, read_contextidr, write_contextidr},
    {"TPIDR_EL1", SYSREG_KEY(3, 0, 13, 0, 4), EL1_RW, read_tpidr_el1, write_tpidr_el1},
    {"MDSCR_EL1", SYSREG_KEY(2, 0, 0, 2, 2), EL1_RW, read_mdscr, write_mdscr},
    {"CSSELR_EL1", SYSREG_KEY(3, 2, 0, 0, 0), EL1_RW, read_csselr, write_csselr},
    {"CCSIDR_EL1", SYSREG_KEY(3, 1, 0, 0, 0), SR_EL1_READ, read_ccsidr, 0},
    {"CLIDR_EL1", SYSREG_KEY(3, 1, 0, 0, 1), SR_EL1_READ, read_clidr, 0},
    {"AIDR_EL1", SYSREG_KEY(3, 1, 0, 0, 7), SR_EL1_READ, read_zero, 0},
    /* OS lock (set out of reset) and OS double lock: Linux clears both at boot */
    {"OSLAR_EL1", SYSREG_KEY(2, 0, 1, 0, 4), SR_EL1_WRITE, 0, write_oslar},
    {"OSLSR_EL1", SYSREG_KEY(2, 0, 1, 1, 4), SR_EL1_READ, read_oslsr, 0},
    {"OSDLR_EL1", SYSREG_KEY(2, 0, 1, 3, 4), EL1_RW, read_osdlr, write_osdlr},
    {"DBGPRCR_EL1", SYSREG_KEY(2, 0, 1, 4, 4), EL1_RW, read_dbgprcr, write_dbgprcr},
    {"DBGBVR0_EL1", SYSREG_KEY(2, 0, 0, 0, 4), EL1_RW, read_dbgbvr0, write_dbgbvr0},
    {"DBGBCR0_EL1", SYSREG_KEY(2, 0, 0, 0, 5), EL1_RW, read_dbgbcr0, write_dbgbcr0},
    {"DBGWVR0_EL1", SYSREG_KEY(2, 0, 0, 0, 6), EL1_RW, read_dbgwvr0, write_dbgwvr0},
    {"DBGWCR0_EL1", SYSREG_KEY(2, 0, 0, 0, 7), EL1_RW, read_dbgwcr0, write_dbgwcr0},
    {"DBGBVR1_EL1", SYSREG_KEY(2, 0, 0, 1, 4), EL1_RW, read_dbgbvr1, write_dbgbvr1},
    {"DBGBCR1_EL1", SYSREG_KEY(2, 0, 0, 1, 5), EL1_RW, read_dbgbcr1, write_dbgbcr1},
    {"DBGWVR1_EL1", SYSREG_KEY(2, 0, 0, 1, 6), EL1_RW, read_dbgwvr1, write_dbgwvr1},
    {"DBGWCR1_EL1", SYSREG_KEY(2, 0, 0, 1, 7), EL1_RW, read_dbgwcr1, write_dbgwcr1},
};

/* SP_EL0 is UNDEFINED at EL1 while it is the stack pointer in use (PSTATE.SPSel = 0). */
static bool sp_el0_ok(const struct cpu_state *cpu, uint32_t key)
{
    return key != SYSREG_KEY(3, 0, 4, 1, 0) || cpu->spsel;
}

/* At EL0, a register with an el0_gate is accessible only while CNTKCTL_EL1 has one of its bits. */
static bool el0_gate_open(const struct cpu_state *cpu, const struct sysreg_def *r)
{
    return cpu->el != 0 || !r->el0_gate || (cpu->timer.cntkctl & r->el0_gate);
}

/* The table by key: an open-addressing hash made once (MRS and MSR look up on every execution). */
#define SYSREG_HASH_SIZE 512
static const struct sysreg_def *sysreg_hash[SYSREG_HASH_SIZE];
static pthread_once_t sysreg_hash_once = PTHREAD_ONCE_INIT;

static unsigned sysreg_slot(uint32_t key) { return (key * 0x9e3779b1u) >> (32 - 9); }

static void build_sysreg_hash(void)
{
    _Static_assert(sizeof(sysregs) / sizeof(sysregs[0]) < SYSREG_HASH_SIZE / 2, "hash half full at most");
    for (size_t i = 0; i < sizeof(sysregs) / sizeof(sysregs[0]); i++) {
        unsigned s = sysreg_slot(sysregs[i].key);
        while (sysreg_hash[s])
            s = (s + 1) & (SYSREG_HASH_SIZE - 1);
        sysreg_hash[s] = &sysregs[i];
    }
}

static const struct sysreg_def *find_sysreg(uint32_t key)
{
    pthread_once(&sysreg_hash_once, build_sysreg_hash);
    for (unsigned s = sysreg_slot(key); sysreg_hash[s]; s = (s + 1) & (SYSREG_HASH_SIZE - 1))
        if (sysreg_hash[s]->key == key)
            return sysreg_hash[s];
    return 0;
}

const char *sysreg_name(uint32_t key)
{
    const struct sysreg_def *r = find_sysreg(key);
    return r ? r->name : 0;
}

bool sysreg_constant(uint32_t key, uint64_t *value)
{
    if (key == SYSREG_KEY(3, 3, 0, 0, 1))
        *value = read_ctr(0);
    else if (key == SYSREG_KEY(3, 3, 0, 0, 7))
        *value = read_dczid(0);
    else
        return false;
    return true;
}

bool sysreg_read(struct cpu_state *cpu, uint32_t key, uint64_t *value)
{
    if (in_user_id_space(key)) {
        if (cpu->el == 0 && !cpu->user_mode)
            return false; /* no kernel to emulate the trap */
        if (cpu->el == 0) {
            *value = a64_user_id_register(key);
            return true;
        }
        *value = key == KEY_MIDR ? FERRY_MIDR
                 : key == KEY_MPIDR ? FERRY_MPIDR | cpu->mpidr_affinity
                                    : id_register_value(key);
        /* PFR0.GIC = 1: a GICv3 CPU interface answers the ICC_* registers */
        if (key == KEY_PFR0 && cpu->external_sysreg)
            *value |= 1ull << 24;
        return true;
    }
    const struct sysreg_def *r = find_sysreg(key);
    unsigned need = cpu->el == 0 ? SR_EL0_READ : SR_EL1_READ;
    if (!r && cpu->el == 1 && cpu->external_sysreg)
        return cpu->external_sysreg(cpu->external_sysreg_ctx, cpu, key, false, value);
    if (!r || !(r->access & need) || !r->read || !el0_gate_open(cpu, r) || !sp_el0_ok(cpu, key))
        return false;
    *value = r->read(cpu);
    return true;
}

bool sysreg_el0_trapped(const struct cpu_state *cpu, uint32_t key)
{
    const struct sysreg_def *r = find_sysreg(key);
    return r && cpu->el == 0 && !el0_gate_open(cpu, r);
}

bool sysreg_write(struct cpu_state *cpu, uint32_t key, uint64_t value)
{
    const struct sysreg_def *r = find_sysreg(key);
    unsigned need = cpu->el == 0 ? SR_EL0_WRITE : SR_EL1_WRITE;
    if (!r && cpu->el == 1 && cpu->external_sysreg)
        return cpu->external_sysreg(cpu->external_sysreg_ctx, cpu, key, true, &value);
    if (!r || !(r->access & need) || !r->write || !el0_gate_open(cpu, r) || !sp_el0_ok(cpu, key))
        return false;
    r->write(cpu, value);
    return true;
}
