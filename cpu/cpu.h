/*
 * The AArch64 CPU state: one struct, fixed layout.
 *
 * Generated code (the translator, cpu/dbt) reaches this struct through one
 * pinned host register, so the offsets of the fields before `tlb` are an ABI
 * between C and emitted code. Hot fields come first so they sit within a
 * one-byte displacement; the _Static_asserts at the bottom guard the layout.
 *
 * Register 31: x[31] holds the *current* stack pointer. Instructions that
 * name register 31 as XZR read 0 and discard writes (cpu_x / cpu_set_x);
 * instructions that name it as SP use cpu_xsp / cpu_set_xsp. The banked
 * SP_ELn values live in sp_el[] and are swapped in on an exception-level
 * change (full system).
 *
 * NZCV is kept exactly as the NZCV system register reads: N=bit 31, Z=30,
 * C=29, V=28, other bits zero.
 */
#ifndef FERRY_CPU_CPU_H
#define FERRY_CPU_CPU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu/a64/generic_timer.h"
#include "mmu/tlb.h"

#define NZCV_N (1u << 31)
#define NZCV_Z (1u << 30)
#define NZCV_C (1u << 29)
#define NZCV_V (1u << 28)

/* One 128-bit SIMD&FP register, little-endian lane order as in the Arm ARM. */
typedef union {
    uint8_t b[16];
    uint16_t h[8];
    uint32_t s[4];
    uint64_t d[2];
} __attribute__((aligned(16))) vreg;

/* What stopped execution: the run loop returns to its caller with one of these. */
enum cpu_exception_kind {
    CPU_EXC_NONE = 0,
    CPU_EXC_SVC,        /* supervisor call; pc = instruction after SVC */
    CPU_EXC_FIRMWARE_CALL, /* full system: HVC (or SMC, per firmware_smc) at EL1 for the board's
                              firmware (PSCI); pc = the instruction after it */
    CPU_EXC_WFI,        /* full system: wait for interrupt; pc = instruction after WFI */
    CPU_EXC_UNDEF,      /* undefined/unimplemented instruction; pc = it */
    CPU_EXC_DATA_ABORT, /* load/store fault; pc = faulting instruction */
    CPU_EXC_INSN_ABORT, /* instruction fetch fault; pc = that address */
    CPU_EXC_ALIGNMENT,  /* alignment fault (exclusives, atomics); pc = instruction */
    CPU_EXC_SP_ALIGNMENT, /* full system: a load/store based on a misaligned SP (SCTLR_EL1.SA/SA0) */
    CPU_EXC_BRK,        /* BRK #imm; pc = the BRK */
    CPU_EXC_ILLEGAL_STATE, /* full system: an instruction fetched with PSTATE.IL set; pc = it */
    CPU_EXC_TRAP,          /* full system: an instruction trapped to EL1 (MRS/MSR, WFI/WFE);
                              syndrome = ESR_EL1's EC << 26 | ISS; pc = it */
    CPU_EXC_DEBUG,         /* full system: breakpoint, watchpoint or software step; syndrome =
                              EC << 26 | ISS; address = FAR for a watchpoint; pc = the instruction */
    CPU_EXC_EXIT,       /* the frontend asked the loop to stop (exit_request) */
};

struct cpu_exception {
    enum cpu_exception_kind kind;
    uint32_t syndrome;   /* SVC/BRK immediate; for UNDEF the instruction word */
    uint64_t address;    /* faulting data/instruction address */
    bool is_write;
    bool page_mapped;    /* fault on a mapped page (permission) vs unmapped */
    /* full system: */
    uint8_t fault_status; /* ESR DFSC/IFSC of an abort */
    bool device;          /* the "fault" is a device page: device_pa is where to go (memory.c) */
    uint64_t device_pa;
    bool device_type;     /* ... of Device memory type: unaligned accesses fault (tlb_fault) */
};

/* The exclusive monitor of LDXR/STXR (one per CPU; global monitor emulated by value compare). */
struct exclusive_monitor {
    bool valid;
    uint64_t address;
    unsigned size;       /* bytes covered: 1..16 */
    uint64_t value[2];   /* what was loaded, for the compare-and-swap at STXR */
};

/* Trace flags (-d in_asm,exec,unimp,...). */
enum {
    TRACE_IN_ASM = 1u << 0,
    TRACE_EXEC = 1u << 1,
    TRACE_UNIMP = 1u << 2,
    TRACE_GUEST_ERRORS = 1u << 3,
    TRACE_STRACE = 1u << 4,
    TRACE_INT = 1u << 5, /* full system: every exception taken */
    TRACE_MMU = 1u << 6, /* full system: every TLB fill (translation or fault) */
    TRACE_OUT_ASM = 1u << 7, /* translator: each block's x86-64 code when translated */
    TRACE_STATS = 1u << 8,   /* translator: counters printed when the CPU is destroyed */
    TRACE_NOCHAIN = 1u << 9, /* translator: every block returns to the run loop (no chaining,
                                no indirect-branch cache) */
};

struct a64_decoder;
struct block_cache;

/* What runs guest code: the translator (the default) or the interpreter (its reference). */
enum cpu_engine { CPU_ENGINE_DBT = 0, CPU_ENGINE_INTERP = 1 };

/* One piece of TLB / decoded-code maintenance (TLBI, IC), as each CPU applies it. */
enum cpu_flush_kind {
    CPU_FLUSH_ALL,       /* the whole TLB and all decoded code (TLBI VMALLE1) */
    CPU_FLUSH_CODE,      /* all decoded code (IC IALLU) */
    CPU_FLUSH_VA,        /* what translates `va` (TLBI by address) */
    CPU_FLUSH_SCOPE,     /* translations within `scope`, tlb.h's tlb_scope bits */
    CPU_FLUSH_ASID,      /* the non-global translations of `asid` (TLBI by ASID) */
    CPU_FLUSH_CODE_PAGE, /* code decoded from the guest page at host address `page` (IC IVAU) */
    CPU_FLUSH_CODE_WATCH, /* code is decoded from `page`: stores there must miss the TLB */
    CPU_FLUSH_SWITCH_SPACE, /* a TTBR write changed the address space within `scope`
                               (cpu_switch_space; this CPU only) */
};
struct cpu_flush {
    enum cpu_flush_kind kind;
    uint64_t va;
    unsigned scope;
    uint16_t asid;
    const uint8_t *page;
};
struct phys_space;
struct disassembler;

#define CPU_WRITTEN_PAGES_MAX 8
#define CPU_RANGE_REQUESTS_MAX 16

/* A change of guest virtual [start, end) another thread made (cpu_request_range). */
struct cpu_range_request {
    uint64_t start, end;
    bool code; /* decoded code there goes too, not only the TLB entries */
};

struct cpu_state {
    /* ---- ABI with generated code: hot fields first ---- */
    uint64_t x[32];          /* X0..X30, x[31] = current SP */
    uint64_t pc;
    uint32_t nzcv;           /* NZCV register format */
    uint32_t exit_request;   /* nonzero: leave the run loop at the next block boundary */
    uint32_t flush_request;  /* nonzero: drop TLB and decoded code at the next block boundary
                                (set by another thread that changed the address space); next to
                                exit_request so translated code tests both with one compare */
    uint32_t nzcv_raw;       /* translator: NZCV as x86 "lahf; seto al" left it in AX, where
                                translated code keeps it between its flag writes and its exits */
    vreg v[32];
    uint32_t fpcr;
    uint32_t fpsr;
    uint64_t tpidr_el0;
    uint64_t tpidrro_el0;
    uint64_t sp_el[4];       /* banked stack pointers (inactive ones) */
    uint32_t el;             /* current exception level */
    uint32_t daif;           /* PSTATE.DAIF in DAIF register format (bits 9:6) */
    struct exclusive_monitor monitor;
    struct cpu_exception exception;
    struct tlb tlb;
    /* ---- C-only fields below ---- */
    bool user_mode;          /* ferry-user: EL0 only, ID registers answered as Linux does */
    /*
     * ferry-user: guest address A < 2^guest_space_bits lives at host
     * guest_base + A, with host protections that fault exactly where the
     * guest's access would (mmu/user_space.h), so translated code accesses
     * memory there directly. NULL: every access goes through the TLB.
     */
    uint8_t *guest_base;
    unsigned guest_space_bits;
    uint64_t guest_space_outside; /* translator (dbt_new sets it): the address bits above the space */
    struct generic_timer timer; /* CNTP_*, CNTV_*, CNTKCTL_EL1 (cpu/a64/generic_timer.h) */
    const struct phys_space *phys; /* full system: the bus device accesses go to (else NULL) */
    unsigned cpu_index;            /* full system: the board's CPU number */
    uint64_t mpidr_affinity;       /* full system: MPIDR_EL1's Aff3..Aff0 fields for this CPU */
    /*
     * Full system with a GICv3: ID_AA64PFR0_EL1.GIC = 1, and the system
     * registers the table does not hold (the ICC_* CPU interface) go to the
     * board at EL1; false = UNDEFINED. NULL: no such registers.
     */
    bool (*external_sysreg)(void *ctx, struct cpu_state *cpu, uint32_t key, bool write,
                            uint64_t *value);
    void *external_sysreg_ctx;
    bool irq_line;                 /* full system: the interrupt controller's IRQ output to this CPU */
    bool fiq_line;                 /* ... and its FIQ output (GICv3 Group 0) */
    bool firmware_smc;             /* full system: firmware calls are SMC (HVC is UNDEFINED), not HVC */
    /*
     * Full system with several CPUs: TLBI and IC maintenance reach every CPU,
     * the board applying `f` to each (cpu_flush_apply, this one included);
     * NULL = only this one.
     */
    void (*broadcast_flush)(void *ctx, const struct cpu_flush *f);
    void *broadcast_ctx;
    /*
     * The engine's cpu_flush_apply (cpu/exec), set by cpu_init: how the
     * architecture (cpu/a64, which cannot call cpu/exec) hands TLB and
     * decoded-code maintenance to the engine (cpu_maintain).
     */
    void (*flush_apply)(struct cpu_state *cpu, const struct cpu_flush *f);
    /*
     * Guest pages that held decoded code and were written since
     * (cpu_code_written), waiting for the next block boundary; a count past
     * CPU_WRITTEN_PAGES_MAX means too many to list: all code goes.
     */
    const uint8_t *written_code[CPU_WRITTEN_PAGES_MAX];
    unsigned written_code_count;
    /*
     * ferry-user: address-space changes waiting for the next block boundary
     * (cpu_request_range), under range_lock (any thread adds, the CPU's own
     * takes); a count past CPU_RANGE_REQUESTS_MAX: too many, all go.
     */
    uint32_t range_lock;
    unsigned range_count;
    struct cpu_range_request ranges[CPU_RANGE_REQUESTS_MAX];
    /* ---- full system: the rest of PSTATE and the EL1 system registers ---- */
    bool spsel;              /* PSTATE.SPSel: at EL1, register 31 is SP_EL1 (else SP_EL0) */
    bool illegal_state;      /* PSTATE.IL, set by an illegal exception return */
    bool pan;                /* PSTATE.PAN (FEAT_PAN): EL1 data accesses to EL0-readable pages fault */
    struct {
        uint64_t sctlr, cpacr, tcr, ttbr0, ttbr1, mair, amair, vbar, contextidr, tpidr;
        uint64_t spsr, elr, esr, far, par, afsr0, afsr1, mdscr, csselr;
        uint64_t dbgbvr[2], dbgbcr[2], dbgwvr[2], dbgwcr[2]; /* the 2+2 debug registers DFR0 promises */
    } el1;
    /* Self-hosted debug (cpu/a64/debug.h): PSTATE.SS, the OS locks, and what is armed. */
    struct {
        bool os_lock;          /* OSLSR_EL1.OSLK: set out of reset, Linux clears it at boot */
        bool double_lock;      /* OSDLR_EL1.DLK */
        bool core_no_powerdown; /* DBGPRCR_EL1.CORENPDRQ */
        bool pstate_ss;        /* PSTATE.SS */
        bool step_isv, step_ex; /* software step syndrome: an instruction was stepped; it was LDXR-like */
        bool stepping;         /* the instruction running now is being stepped (a64_debug_before) */
        bool armed;            /* MDSCR_EL1.SS or a context-ID breakpoint: one instruction at a time */
        bool breaking;         /* an address breakpoint enabled: blocks holding one run one by one */
        bool watching;         /* a watchpoint enabled: the TLB keeps watched pages out */
        bool unprivileged;     /* an LDTR/STTR at EL1 is running: debug exceptions come from EL1 */
    } debug;
    size_t code_cache_size;  /* translator: bytes of executable memory (0: the default, 64 MiB) */
    unsigned interpret_first; /* translator: a block runs interpreted this many times before it is
                                 translated (ferry-user 1, ferry 4: run-few code is never
                                 translated; 0 from cpu_init, so unit tests translate at once) */
    enum cpu_engine engine;  /* set by cpu_init (cpu_engine_from_env); frontends may change it before
                                the first cpu_run */
    uint64_t insn_count;     /* interpreter: retired instructions (approximate at block granularity) */
    unsigned trace_flags;
    FILE *log;
    const struct a64_decoder *decoder;
    struct block_cache *blocks; /* the engine's (cpu/exec/block_cache.h): decoded blocks */
    struct disassembler *disas;
};

_Static_assert(offsetof(struct cpu_state, x) == 0, "x[] must be first");
_Static_assert(offsetof(struct cpu_state, pc) == 256, "pc follows x[]");
_Static_assert(offsetof(struct cpu_state, nzcv) == 264, "nzcv after pc");
_Static_assert(offsetof(struct cpu_state, flush_request) == offsetof(struct cpu_state, exit_request) + 4,
               "translated code tests exit_request and flush_request as one 64-bit word");
_Static_assert(offsetof(struct cpu_state, v) % 16 == 0, "vregs are 16-byte aligned");

static inline uint64_t cpu_x(const struct cpu_state *cpu, unsigned n)
{
    return n == 31 ? 0 : cpu->x[n];
}

static inline uint32_t cpu_w(const struct cpu_state *cpu, unsigned n)
{
    return (uint32_t)cpu_x(cpu, n);
}

static inline void cpu_set_x(struct cpu_state *cpu, unsigned n, uint64_t value)
{
    if (n != 31)
        cpu->x[n] = value;
}

/* W-register write: zero-extends into the X register, as every A64 W write does. */
static inline void cpu_set_w(struct cpu_state *cpu, unsigned n, uint32_t value)
{
    cpu_set_x(cpu, n, value);
}

/* Register 31 read as SP. */
static inline uint64_t cpu_xsp(const struct cpu_state *cpu, unsigned n) { return cpu->x[n]; }

static inline void cpu_set_xsp(struct cpu_state *cpu, unsigned n, uint64_t value)
{
    cpu->x[n] = value;
}

/* Write X or W by `sf` (1 = 64-bit), for instructions with an sf bit. */
static inline void cpu_set_reg(struct cpu_state *cpu, unsigned sf, unsigned n, uint64_t value)
{
    cpu_set_x(cpu, n, sf ? value : (uint32_t)value);
}

static inline uint64_t cpu_reg(const struct cpu_state *cpu, unsigned sf, unsigned n)
{
    return sf ? cpu_x(cpu, n) : cpu_w(cpu, n);
}

/*
 * The engine's API, for the frontends: defined in cpu/exec (cpu_run in
 * cpu/cpu_run.c). cpu/a64 includes this header but calls none of these
 * (the ferry_cpu_a64_arrows link in meson.build fails if it does): the
 * inline cpu_maintain below and cpu->flush_apply are its way in.
 */

/* Sets up an EL0 user-mode CPU bound to a TLB owner. Decoder built by the caller. */
void cpu_init(struct cpu_state *cpu, const struct a64_decoder *decoder, tlb_fill_fn *fill,
              void *owner);
void cpu_destroy(struct cpu_state *cpu);

/*
 * Around a host fork(), in the process that forks and then in both: the
 * child's translated code becomes its own (a copy made before the fork).
 */
void cpu_before_fork(struct cpu_state *cpu);
void cpu_after_fork(struct cpu_state *cpu, bool child);

/*
 * ferry-user: `watch` sees every host fault first (SIGSEGV/SIGBUS, any
 * thread, in the signal handler): true when the fault was a store into a
 * page write-protected to notice stores to decoded code, now writable again
 * so the store is retried; false passes the fault on (cpu/dbt/dbt_fault.c).
 */
void cpu_host_fault_watch_stores(bool (*watch)(void *address));

/* CPU_ENGINE_INTERP when the environment has FERRY_ACCEL=interp, else CPU_ENGINE_DBT. */
enum cpu_engine cpu_engine_from_env(void);

/* --accel's names: "dbt" (or QEMU's "tcg") and "interp"; false for anything else. */
bool cpu_engine_from_name(const char *name, enum cpu_engine *engine);

/* Runs until something needs the caller: returns the exception kind (also in cpu->exception). */
enum cpu_exception_kind cpu_run(struct cpu_state *cpu);

/* Drop all translated/pre-decoded code (self-modifying code, unmap, mprotect). */
void cpu_invalidate_code(struct cpu_state *cpu);

/* Applies one piece of maintenance to `cpu`, on its own thread (round-robin SMP: one thread). */
void cpu_flush_apply(struct cpu_state *cpu, const struct cpu_flush *f);

/* Maintenance by `cpu`: applied to it, or to every CPU through broadcast_flush (below). */
static inline void cpu_maintain(struct cpu_state *cpu, struct cpu_flush f);
/* Maintenance of `cpu` alone, whatever broadcast_flush says (cpu_switch_space). */
static inline void cpu_maintain_local(struct cpu_state *cpu, struct cpu_flush f);

/*
 * ferry-user: guest virtual [start, end) changed: its TLB entries go now,
 * and with `code` the blocks decoded from there at the next block boundary
 * (all code only when too much of it is waiting to go). On the CPU's own
 * thread; other threads ask with cpu_request_range.
 */
void cpu_invalidate_range(struct cpu_state *cpu, uint64_t start, uint64_t end, bool code);

/*
 * IC IVAU and the like: the blocks decoded from the guest page whose host
 * address is `page` (wherever they were mapped) go at the next block
 * boundary.
 */
void cpu_invalidate_code_page(struct cpu_state *cpu, const uint8_t *page);

/*
 * A TTBR write or ASID change (full system): TLB entries within `scope`
 * (tlb.h's tlb_scope bits) go now, decoded blocks fetched through such
 * translations at the next block boundary. Kernel code survives a user
 * context switch.
 */
void cpu_invalidate_scope(struct cpu_state *cpu, unsigned scope);
/*
 * A TTBR write changed the address space (translations within `scope`):
 * the TLB loses them as cpu_invalidate_scope says, but blocks fetched
 * through non-global translations stay, keyed by their address space
 * (block_space), unless global blocks could lead into them (then as
 * cpu_invalidate_scope).
 */
void cpu_switch_space(struct cpu_state *cpu, unsigned scope);
/*
 * TLBI by ASID: every non-global TLB entry goes now (they carry no ASID),
 * the blocks of that ASID's address spaces at the next block boundary.
 */
void cpu_invalidate_asid(struct cpu_state *cpu, uint16_t asid);

/*
 * TLBI by address: the TLB entries whose translation covers `va` go now (in
 * every EL's context); decoded code goes too (at the next block boundary) if
 * any was fetched through such a translation. Must run on the CPU's own
 * thread (round-robin SMP runs every CPU on one).
 */
void cpu_invalidate_va(struct cpu_state *cpu, uint64_t va);

/*
 * After PSTATE.I or F was cleared (MSR DAIFClr/DAIF, ERET): an IRQ or FIQ
 * that is already pending must be taken now, so the run loop is asked to
 * look at the next block boundary.
 */
static inline void cpu_irq_unmasked(struct cpu_state *cpu)
{
    if ((cpu->irq_line && !(cpu->daif & 0x80u)) || (cpu->fiq_line && !(cpu->daif & 0x40u)))
        __atomic_store_n(&cpu->exit_request, 1, __ATOMIC_RELAXED);
}

/*
 * Full system: PSTATE.EL or PSTATE.PAN changes (exception entry, ERET, MSR
 * PAN, reset). TLB entries are kept per (EL, PAN at EL1) and decoded blocks
 * per EL, so nothing is flushed.
 */
static inline void cpu_set_el_pan(struct cpu_state *cpu, unsigned el, bool pan)
{
    cpu->el = el;
    cpu->pan = pan;
    cpu->tlb.context = el | (el == 1 && pan ? 2u : 0u);
}

/*
 * flush_request bits: the TLB always goes; decoded code too, or it is only
 * rechecked. WRITTEN alone flushes nothing: written_code has pages to drop.
 */
#define CPU_FLUSH_REQUEST_CODE 1u
#define CPU_FLUSH_REQUEST_TLB 2u
#define CPU_FLUSH_REQUEST_WRITTEN 4u
#define CPU_FLUSH_REQUEST_RANGES 8u /* cpu->ranges has address-space changes */

/*
 * From any thread: make `cpu` drop its TLB and decoded code before it runs
 * another block (the address space changed under it).
 */
static inline void cpu_request_flush(struct cpu_state *cpu)
{
    __atomic_fetch_or(&cpu->flush_request, CPU_FLUSH_REQUEST_CODE, __ATOMIC_RELEASE);
}

/*
 * From any thread (ferry-user's memory-management system calls): before
 * `cpu` runs another block, its TLB entries of guest virtual [start, end)
 * go, and with `code` the code decoded from there (cpu_invalidate_range).
 */
static inline void cpu_request_range(struct cpu_state *cpu, uint64_t start, uint64_t end, bool code)
{
    while (__atomic_exchange_n(&cpu->range_lock, 1, __ATOMIC_ACQUIRE))
        __builtin_ia32_pause();
    if (cpu->range_count < CPU_RANGE_REQUESTS_MAX)
        cpu->ranges[cpu->range_count] = (struct cpu_range_request){start, end, code};
    if (cpu->range_count <= CPU_RANGE_REQUESTS_MAX)
        cpu->range_count++;
    __atomic_store_n(&cpu->range_lock, 0, __ATOMIC_RELEASE);
    __atomic_fetch_or(&cpu->flush_request, CPU_FLUSH_REQUEST_RANGES, __ATOMIC_RELEASE);
}

/*
 * From any thread: make `cpu` drop its TLB before it runs another block;
 * its decoded code is kept where it still translates to the same guest
 * pages (block_cache_recheck). For the full system's TLBI of everything
 * and MMU control changes: its code pages change only with IC maintenance.
 */
static inline void cpu_request_tlb_flush(struct cpu_state *cpu)
{
    __atomic_fetch_or(&cpu->flush_request, CPU_FLUSH_REQUEST_TLB, __ATOMIC_RELEASE);
}

/*
 * The TLB's part of `f` alone: what maintenance does to a CPU no engine
 * runs (no cpu_init: a unit test of the architecture), which has no
 * decoded code. cpu_flush_apply (cpu/exec) does the same and the code's part.
 */
static inline void cpu_flush_tlb_only(struct cpu_state *cpu, const struct cpu_flush *f)
{
    switch (f->kind) {
    case CPU_FLUSH_ALL: cpu_request_tlb_flush(cpu); break;
    case CPU_FLUSH_CODE:
    case CPU_FLUSH_CODE_PAGE: break;
    case CPU_FLUSH_VA: tlb_flush_va(&cpu->tlb, f->va); break;
    case CPU_FLUSH_SCOPE:
    case CPU_FLUSH_SWITCH_SPACE: tlb_flush_scope(&cpu->tlb, f->scope); break;
    case CPU_FLUSH_ASID: tlb_flush_scope(&cpu->tlb, TLB_SCOPE_NONGLOBAL); break;
    case CPU_FLUSH_CODE_WATCH: tlb_drop_writes_to(&cpu->tlb, f->page); break;
    }
}

static inline void cpu_maintain_local(struct cpu_state *cpu, struct cpu_flush f)
{
    if (cpu->flush_apply)
        cpu->flush_apply(cpu, &f);
    else
        cpu_flush_tlb_only(cpu, &f);
}

static inline void cpu_maintain(struct cpu_state *cpu, struct cpu_flush f)
{
    if (cpu->broadcast_flush)
        cpu->broadcast_flush(cpu->broadcast_ctx, &f);
    else
        cpu_maintain_local(cpu, f);
}

/*
 * A store reached the guest page at host address `page`, from which code
 * was decoded (the TLB owner's watch, tlb.h): at the next block boundary
 * that page's blocks go, on every CPU (cpu_maintain). From this CPU's own
 * thread only, but async-signal-safe: ferry-user calls it from the host
 * fault handler of the store.
 */
static inline void cpu_code_written(struct cpu_state *cpu, const uint8_t *page)
{
    if (cpu->written_code_count < CPU_WRITTEN_PAGES_MAX)
        cpu->written_code[cpu->written_code_count] = page;
    if (cpu->written_code_count <= CPU_WRITTEN_PAGES_MAX)
        cpu->written_code_count++;
    __atomic_fetch_or(&cpu->flush_request, CPU_FLUSH_REQUEST_WRITTEN, __ATOMIC_RELEASE);
}

#endif
