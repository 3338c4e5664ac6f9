/* Self-hosted debug: breakpoints, watchpoints, software step; see debug.h. */
#include "cpu/a64/debug.h"

#include "cpu/a64/exception.h"

/* MDSCR_EL1 */
#define MDSCR_SS (1ull << 0)
#define MDSCR_KDE (1ull << 13)
#define MDSCR_MDE (1ull << 15)
#define DAIF_D 0x200u

/* DBGBCR<n>_EL1 / DBGWCR<n>_EL1 fields */
#define CTRL_E 1u
#define CTRL_PRIV(c) (((c) >> 1) & 3) /* PMC / PAC: bit 0 = EL1, bit 1 = EL0 */
#define BCR_BT(c) (((c) >> 20) & 15)
#define CTRL_LBN(c) (((c) >> 16) & 15)
#define WCR_LSC(c) (((c) >> 3) & 3) /* bit 0 = loads, bit 1 = stores */
#define WCR_BAS(c) (((c) >> 5) & 0xff)
#define WCR_WT (1u << 20)
#define WCR_MASK(c) (((c) >> 24) & 31)

/* Breakpoint types (DBGBCR.BT) ferry implements; the rest (VMID, EL2 context) never match. */
enum { BT_ADDRESS = 0, BT_LINKED_ADDRESS = 1, BT_CONTEXT = 2, BT_LINKED_CONTEXT = 3 };

#define BREAKPOINTS 2
#define WATCHPOINTS 2
#define CONTEXT_BREAKPOINT 1 /* DFR0.CTX_CMPs = 0: one, the highest-numbered */

/* ESR ISS of debug exceptions: IFSC/DFSC "debug exception" */
#define FSC_DEBUG 0x22u
#define ISS_WNR (1u << 6)
#define ISS_STEP_EX (1u << 6)
#define ISS_STEP_ISV (1u << 24)

/*
 * Address comparison: DBGxVR holds VA[48:2] with bits 63:49 a sign extension
 * of bit 48; compared over VA[55:0] so a tagged pointer (TBI) still matches.
 */
#define COMPARE_BITS 0x00ffffffffffffffull

static uint64_t value_register_address(uint64_t vr)
{
    uint64_t va = vr & 0x0001fffffffffffcull;
    if (va & (1ull << 48))
        va |= ~0x0001ffffffffffffull;
    return va & COMPARE_BITS;
}

/* The EL debug exceptions would be taken from: an LDTR/STTR at EL1 still counts as EL1. */
static unsigned debug_from_el(const struct cpu_state *cpu)
{
    return cpu->debug.unprivileged ? 1 : cpu->el;
}

/* DoubleLockStatus: OSDLR_EL1.DLK, unless DBGPRCR_EL1.CORENPDRQ asks to keep the core powered. */
static bool double_locked(const struct cpu_state *cpu)
{
    return cpu->debug.double_lock && !cpu->debug.core_no_powerdown;
}

/*
 * AArch64.GenerateDebugExceptionsFrom with EL2 and EL3 absent: never under
 * the OS lock or OS double lock; from EL0 always; from EL1 only with
 * MDSCR_EL1.KDE set and PSTATE.D clear.
 */
static bool debug_enabled_from(const struct cpu_state *cpu, unsigned el, bool d_masked)
{
    if (cpu->debug.os_lock || double_locked(cpu))
        return false;
    return el == 0 || ((cpu->el1.mdscr & MDSCR_KDE) && !d_masked);
}

static bool debug_exceptions_enabled(const struct cpu_state *cpu)
{
    return debug_enabled_from(cpu, debug_from_el(cpu), cpu->daif & DAIF_D);
}

bool a64_step_state_after_return(const struct cpu_state *cpu, uint64_t spsr, unsigned target_el)
{
    /* DebugExceptionReturnSS: SPSR.SS is copied only into a state where stepping becomes active */
    bool ss = (spsr >> 21) & 1;
    return ss && (cpu->el1.mdscr & MDSCR_SS) && !debug_enabled_from(cpu, cpu->el, cpu->daif & DAIF_D) &&
           debug_enabled_from(cpu, target_el, spsr & DAIF_D);
}

/* PMC/PAC against the EL the access or fetch is made at (EL0 for LDTR/STTR). */
static bool privilege_matches(uint64_t ctrl, unsigned el)
{
    return CTRL_PRIV(ctrl) & (el == 0 ? 2u : 1u);
}

/*
 * A context-aware breakpoint's CONTEXTIDR_EL1 comparison (BT = 0010 or
 * 0011). Only an unlinked one checks its own PMC: a linked one is matched on
 * behalf of the breakpoint or watchpoint that links to it, whose privilege
 * rules apply (AArch64.BreakpointValueMatch evaluates no state match).
 */
static bool context_matches(const struct cpu_state *cpu, unsigned n, unsigned el, bool linked)
{
    uint64_t ctrl = cpu->el1.dbgbcr[n];
    return n == CONTEXT_BREAKPOINT && (ctrl & CTRL_E) && (linked || privilege_matches(ctrl, el)) &&
           (uint32_t)cpu->el1.contextidr == (uint32_t)cpu->el1.dbgbvr[n];
}

/* The breakpoint a linked address breakpoint or watchpoint names must be a linked context one. */
static bool link_matches(const struct cpu_state *cpu, uint64_t ctrl, unsigned el)
{
    unsigned lbn = CTRL_LBN(ctrl);
    return lbn < BREAKPOINTS && BCR_BT(cpu->el1.dbgbcr[lbn]) == BT_LINKED_CONTEXT &&
           context_matches(cpu, lbn, el, true);
}

static bool breakpoint_matches(const struct cpu_state *cpu, unsigned n, uint64_t pc)
{
    uint64_t ctrl = cpu->el1.dbgbcr[n];
    if (!(ctrl & CTRL_E) || !privilege_matches(ctrl, cpu->el))
        return false;
    bool address = value_register_address(cpu->el1.dbgbvr[n]) == (pc & COMPARE_BITS & ~3ull);
    switch (BCR_BT(ctrl)) {
    case BT_ADDRESS: return address;
    case BT_LINKED_ADDRESS: return address && link_matches(cpu, ctrl, cpu->el);
    case BT_CONTEXT: return context_matches(cpu, n, cpu->el, false);
    default: return false; /* linked context ones only serve links; VMID/EL2 types do not exist */
    }
}

/* Software step is active: MDSCR_EL1.SS and debug exceptions enabled at the current EL. */
static bool step_active(const struct cpu_state *cpu)
{
    return (cpu->el1.mdscr & MDSCR_SS) && debug_exceptions_enabled(cpu);
}

static void raise_debug(struct cpu_state *cpu, unsigned ec_lower, uint32_t iss, uint64_t far)
{
    unsigned ec = debug_from_el(cpu) == 0 ? ec_lower : ec_lower + 1; /* +1: same EL */
    cpu->exception.kind = CPU_EXC_DEBUG;
    cpu->exception.syndrome = (uint32_t)ec << 26 | iss;
    cpu->exception.address = far;
}

void a64_debug_update(struct cpu_state *cpu)
{
    bool usable = !cpu->debug.os_lock && !double_locked(cpu) && (cpu->el1.mdscr & MDSCR_MDE);
    bool breaking = false, by_context = false, watching = false;
    for (unsigned n = 0; n < BREAKPOINTS; n++) {
        uint64_t ctrl = cpu->el1.dbgbcr[n];
        if (!usable || !(ctrl & CTRL_E))
            continue;
        breaking |= BCR_BT(ctrl) == BT_ADDRESS || BCR_BT(ctrl) == BT_LINKED_ADDRESS;
        by_context |= BCR_BT(ctrl) == BT_CONTEXT; /* may match any instruction */
    }
    for (unsigned n = 0; n < WATCHPOINTS; n++)
        watching |= usable && (cpu->el1.dbgwcr[n] & CTRL_E);
    cpu->debug.armed = by_context || (cpu->el1.mdscr & MDSCR_SS);
    cpu->debug.breaking = breaking;
    /* which pages are watched may have changed: refill the TLB (rare: a debugger at work) */
    if (watching || cpu->debug.watching)
        cpu_request_flush(cpu);
    cpu->debug.watching = watching;
}

bool a64_breakpoint_in(const struct cpu_state *cpu, uint64_t start, uint64_t end)
{
    for (unsigned n = 0; n < BREAKPOINTS; n++) {
        uint64_t ctrl = cpu->el1.dbgbcr[n], bt = BCR_BT(ctrl);
        uint64_t address = value_register_address(cpu->el1.dbgbvr[n]);
        if ((ctrl & CTRL_E) && (bt == BT_ADDRESS || bt == BT_LINKED_ADDRESS) &&
            address >= (start & COMPARE_BITS) && address < (end & COMPARE_BITS))
            return true;
    }
    return false;
}

bool a64_debug_before(struct cpu_state *cpu)
{
    /*
     * Software step: active-pending takes the step exception before anything
     * else; active-not-pending steps this instruction (decided now: the
     * instruction may change the EL, as ERET does).
     */
    bool active = step_active(cpu);
    cpu->debug.stepping = active && cpu->debug.pstate_ss;
    if (active && !cpu->debug.pstate_ss) {
        raise_debug(cpu, EC_SOFTWARE_STEP_LOWER,
                    (cpu->debug.step_isv ? ISS_STEP_ISV : 0) | (cpu->debug.step_ex ? ISS_STEP_EX : 0) |
                        FSC_DEBUG,
                    0);
        return true;
    }
    if (!(cpu->el1.mdscr & MDSCR_MDE) || !debug_exceptions_enabled(cpu))
        return false;
    for (unsigned n = 0; n < BREAKPOINTS; n++) {
        if (breakpoint_matches(cpu, n, cpu->pc)) {
            raise_debug(cpu, EC_BREAKPOINT_LOWER, FSC_DEBUG, 0);
            return true;
        }
    }
    return false;
}

/* LDXR, LDAXR, LDXP, LDAXP: the EX bit of the step syndrome. */
static bool is_load_exclusive(uint32_t word)
{
    return (word & 0x3fc00000u) == 0x08400000u;
}

void a64_debug_after(struct cpu_state *cpu, const struct a64_insn *in, enum a64_result r)
{
    if (!cpu->debug.stepping)
        return;
    cpu->debug.stepping = false;
    /*
     * The stepped instruction completed (SVC, HVC and SMC complete too: the
     * exception they take saves SPSR.SS = 0): active-pending now. One that
     * faulted did not complete and will be stepped again.
     */
    bool completed = r == A64_NEXT || r == A64_BRANCH ||
                     (r == A64_EXCEPTION && (cpu->exception.kind == CPU_EXC_SVC ||
                                             cpu->exception.kind == CPU_EXC_FIRMWARE_CALL));
    if (!completed)
        return;
    cpu->debug.pstate_ss = false;
    cpu->debug.step_isv = true;
    cpu->debug.step_ex = is_load_exclusive(in->word);
}

/* The bytes watchpoint n watches: [*lo, *hi). False if it watches none. */
static bool watched_range(uint64_t ctrl, uint64_t vr, uint64_t *lo, uint64_t *hi)
{
    uint64_t base = value_register_address(vr);
    unsigned mask = WCR_MASK(ctrl), bas = WCR_BAS(ctrl);
    if (mask >= 3) { /* a 2^MASK-byte aligned region (BAS all ones) */
        *lo = base & ~((1ull << mask) - 1);
        *hi = *lo + (1ull << mask);
        return true;
    }
    /* BAS selects bytes of the doubleword at VR[48:3]; with VR[2] set, of the word at VR[48:2] */
    if (base & 4)
        bas &= 0xf;
    if (!bas)
        return false;
    unsigned first = (unsigned)__builtin_ctz(bas), last = 31u - (unsigned)__builtin_clz(bas);
    *lo = base + first; /* base keeps bit 2 when set, so bytes count from the word */
    *hi = base + last + 1;
    return true;
}

static bool watchpoint_usable(const struct cpu_state *cpu, unsigned n, unsigned el)
{
    uint64_t ctrl = cpu->el1.dbgwcr[n];
    return (ctrl & CTRL_E) && privilege_matches(ctrl, el) &&
           (!(ctrl & WCR_WT) || link_matches(cpu, ctrl, el));
}

bool a64_watch_page(const struct cpu_state *cpu, uint64_t page_va)
{
    if (!cpu->debug.watching)
        return false;
    uint64_t page = page_va & COMPARE_BITS & TLB_PAGE_MASK, lo, hi;
    for (unsigned n = 0; n < WATCHPOINTS; n++)
        if (watchpoint_usable(cpu, n, cpu->el) &&
            watched_range(cpu->el1.dbgwcr[n], cpu->el1.dbgwvr[n], &lo, &hi) && lo < page + TLB_PAGE_SIZE &&
            hi > page)
            return true;
    return false;
}

bool a64_watchpoint_check(struct cpu_state *cpu, uint64_t va, unsigned size, bool load, bool store)
{
    if (!cpu->debug.watching || !debug_exceptions_enabled(cpu))
        return false;
    uint64_t start = va & COMPARE_BITS, lo, hi;
    for (unsigned n = 0; n < WATCHPOINTS; n++) {
        uint64_t ctrl = cpu->el1.dbgwcr[n];
        unsigned lsc = WCR_LSC(ctrl);
        if (!watchpoint_usable(cpu, n, cpu->el) || !((load && (lsc & 1)) || (store && (lsc & 2))) ||
            !watched_range(ctrl, cpu->el1.dbgwvr[n], &lo, &hi) || start >= hi || start + size <= lo)
            continue;
        /* AArch64.CheckWatchpoint: a read that the watchpoint watches makes it a read (WnR 0),
           even for an atomic read-modify-write */
        bool wnr = store && !(load && (lsc & 1));
        raise_debug(cpu, EC_WATCHPOINT_LOWER, (wnr ? ISS_WNR : 0) | FSC_DEBUG, va);
        return true;
    }
    return false;
}
