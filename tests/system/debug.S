/*
 * Self-hosted debug, part 1: the OS lock and OS double lock, hardware
 * breakpoints at EL1 and EL0 (address, context ID, linked address + context
 * ID), and every condition that must keep them quiet. MMU off. Watchpoints
 * are in debug_watch.S, software step in debug_step.S.
 *
 * Expected values: Arm ARM (DDI 0487) chapter D2 "AArch64 Self-hosted Debug";
 * the register descriptions OSLSR_EL1, OSLAR_EL1, OSDLR_EL1, DBGPRCR_EL1,
 * MDSCR_EL1, DBGBCR<n>_EL1, DBGBVR<n>_EL1, ID_AA64DFR0_EL1 and ESR_EL1 ("ISS
 * encoding for an exception from a Breakpoint or Vector Catch debug
 * exception": IFSC 0b100010, the rest RES0; IL is 1 for every debug exception
 * but BRK); the shared pseudocode AArch64.GenerateDebugExceptionsFrom,
 * AArch64.CheckBreakpoint, AArch64.BreakpointMatch, AArch64.StateMatch,
 * AArch64.BreakpointValueMatch and AArch64.BreakpointException.
 */
#include "test.h"
#include "debug_regs.h"

#define BP_EL1 (BCR_E | BCR_PMC_EL1 | BCR_BAS_ALL)
#define BP_EL0 (BCR_E | BCR_PMC_EL0 | BCR_BAS_ALL)
#define BP_BOTH (BCR_E | BCR_PMC_BOTH | BCR_BAS_ALL)
#define BKPT_SAME ESR(EC_BKPT_SAME, FSC_DEBUG)
#define BKPT_LOWER ESR(EC_BKPT_LOWER, FSC_DEBUG)
#define SVC0 ESR(0x15, 0)
#define CONTEXT_A 0x5a17
#define CONTEXT_B 0x5a18

    .text
    .globl test_main
test_main:
    ENTER
    bl check_id
    bl check_os_lock /* leaves the OS lock clear, as the rest needs */
    bl check_bp_el1
    bl check_bp_el1_quiet
    bl check_bp_el0
    bl check_context
    bl check_linked
    bl check_hot
    LEAVE

check_id:
    ENTER
    /* ID_AA64DFR0_EL1: DebugVer bits 3:0 (0b0110 = Armv8.0 debug, later versions above);
       BRPs 15:12 = breakpoints - 1; CTX_CMPs 31:28 = context-aware breakpoints - 1, and those
       are the highest-numbered (AArch64.BreakpointValueMatch: context_aware = n >= BRPs -
       CTX_CMPs). The checks below use breakpoints 0 and 1, 1 as the context-aware one. */
    mrs x19, id_aa64dfr0_el1
    ubfx x0, x19, #0, #4
    cmp x0, #6
    cset x0, hs
    CHECK x0, 1, "ID_AA64DFR0_EL1.DebugVer >= 0b0110 (Armv8 debug)"
    ubfx x0, x19, #12, #4
    ubfx x1, x19, #28, #4
    sub x0, x0, x1
    cmp x0, #1
    cset x0, ls
    CHECK x0, 1, "ID_AA64DFR0_EL1: breakpoint 1 is context-aware (BRPs - CTX_CMPs <= 1)"
    LEAVE

check_os_lock:
    ENTER
    /* OSLSR_EL1: OSLM[1] bit 3, nTT bit 2 (RAZ), OSLK bit 1, OSLM[0] bit 0. OSLM = 0b10: the
       OS lock is implemented, with OSLAR_EL1 (Armv8). OSLK: "On a Cold reset, this field
       resets to 1": debug exceptions are off until software unlocks */
    mrs x0, oslsr_el1
    CHECK x0, 0xa, "OSLSR_EL1 out of reset: OSLM = 0b10, OSLK = 1 (0xA)"
    /* OSLAR_EL1: bit 0 (OSLK) is copied to the OS lock */
    msr oslar_el1, xzr
    isb
    mrs x0, oslsr_el1
    CHECK x0, 0x8, "OSLAR_EL1 = 0 unlocks: OSLSR_EL1 = 0x8"
    mov x0, #1
    msr oslar_el1, x0
    isb
    mrs x0, oslsr_el1
    CHECK x0, 0xa, "OSLAR_EL1 = 1 locks again: OSLSR_EL1 = 0xA"
    msr oslar_el1, xzr
    isb
    /* OSDLR_EL1.DLK (bit 0): read/write with FEAT_DoubleLock (ID_AA64DFR0_EL1.DoubleLock,
       bits 39:36, = 0b0000), RAZ/WI without it (0b1111) */
    mrs x0, id_aa64dfr0_el1
    ubfx x19, x0, #36, #4
    mov x0, #1
    msr osdlr_el1, x0
    isb
    mrs x20, osdlr_el1
    msr osdlr_el1, xzr
    isb
    mrs x21, osdlr_el1
    cmp x19, #0
    cset x0, eq
    CHECKR x20, x0, "OSDLR_EL1.DLK = 1 reads back 1 (FEAT_DoubleLock implemented)"
    CHECK x21, 0, "OSDLR_EL1.DLK = 0 reads back 0"
    /* DBGPRCR_EL1 (S2_0_C1_C4_4) is in every AArch64 implementation; its CORENPDRQ (bit 0)
       is part of the double lock: DoubleLockStatus() = DLK == 1 && CORENPDRQ == 0 && !Halted() */
    mov x20, #-1
    EXPECT_EXC 1f
    msr dbgprcr_el1, xzr
    isb
    mrs x20, dbgprcr_el1
1:  EXPECT_NONE
    CHECK_EXC EXC_COUNT, 0, "DBGPRCR_EL1 is accessible at EL1 (MSR/MRS do not trap)"
    CHECK x20, 0, "DBGPRCR_EL1.CORENPDRQ = 0 reads back 0"
    LEAVE

/*
 * bp_el1(x0 DBGBCR0_EL1, x1 MDSCR_EL1, x2 PSTATE.DAIF): breakpoint 0 on
 * bp_target, then ERET (which synchronizes the debug registers) to bp_target
 * at EL1h with that DAIF. An exception resumes after it with PSTATE.D masked.
 * Returns x0 = exceptions taken, x1 = 1 if the instruction at bp_target ran.
 * Leaves the debug registers reset (the caller may set breakpoint 1 first).
 */
bp_el1:
    ENTER
    adr x3, bp_target
    msr dbgbvr0_el1, x3
    msr dbgbcr0_el1, x0
    msr mdscr_el1, x1
    msr elr_el1, x3
    add x2, x2, #M_EL1H
    msr spsr_el1, x2
    isb
    mov x20, #0
    EXPECT_EXC 1f, SPSR_D
    eret
bp_target:
    add x20, x20, #1
1:  msr daifset, #8
    EXPECT_NONE
    DEBUG_RESET
    LA x0, exc_rec
    ldr x0, [x0, #EXC_COUNT]
    mov x1, x20
    LEAVE

check_bp_el1:
    ENTER
    /* AArch64.CheckBreakpoint: a match raises a Breakpoint exception when MDSCR_EL1.MDE = 1 and
       debug exceptions are enabled; at EL1 that needs the OS lock clear, MDSCR_EL1.KDE = 1 and
       PSTATE.D = 0 (AArch64.GenerateDebugExceptionsFrom). PMC = 0b01 with HMC = 0, SSC = 0b00
       matches at EL1 (AArch64.StateMatch). The exception comes before the instruction executes
       and its preferred return is that instruction (AArch64.BreakpointException) */
    ldr x0, =BP_EL1
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    mov x19, x0
    mov x20, x1
    CHECK x19, 1, "breakpoint at EL1 (MDE, KDE, PSTATE.D clear, PMC = EL1): one exception"
    CHECK_EXC EXC_ESR, BKPT_SAME, "EL1 breakpoint: ESR_EL1 EC 0x31 (same EL), IL 1, IFSC 0x22"
    adr x0, bp_target
    CHECK_EXCR EXC_ELR, x0, "EL1 breakpoint: ELR_EL1 = the breakpointed instruction"
    CHECK x20, 0, "EL1 breakpoint: the instruction did not execute"
    CHECK_EXC EXC_VEC, 0x200, "EL1 breakpoint: vector VBAR_EL1 + 0x200 (current EL, SP_ELx)"
    CHECK_EXC_MASKED EXC_SPSR, (SPSR_D | 0xf), M_EL1H, "EL1 breakpoint: SPSR_EL1 = EL1h, D clear as it was"
    /* PMC = 0b11: EL1 and EL0 */
    ldr x0, =BP_BOTH
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    CHECK x0, 1, "breakpoint with PMC = 0b11 (EL0 and EL1) hits at EL1"
    LEAVE

/* bp_el1 with these settings must take no exception */
.macro BP_QUIET bcr, mdscr, daif, what, todo=0
    ldr x0, =\bcr
    ldr x1, =\mdscr
    mov x2, #\daif
    bl bp_el1
    CHECK x0, 0, "\what", "\todo"
.endm

check_bp_el1_quiet:
    ENTER
    ldr x0, =BP_EL1
    mov x1, #MDE_KDE
    mov x2, #DAIF_ALL
    bl bp_el1
    mov x19, x1
    CHECK x0, 0, "EL1 breakpoint with PSTATE.D = 1: no exception"
    CHECK x19, 1, "EL1 breakpoint with PSTATE.D = 1: the instruction ran"
    BP_QUIET BP_EL1, MDSCR_MDE, DAIF_AIF, "EL1 breakpoint with MDSCR_EL1.KDE = 0: no exception"
    BP_QUIET BP_EL1, MDSCR_KDE, DAIF_AIF, "EL1 breakpoint with MDSCR_EL1.MDE = 0: no exception"
    BP_QUIET BP_EL0, MDE_KDE, DAIF_AIF, "breakpoint with PMC = 0b10 (EL0 only): no exception at EL1"
    BP_QUIET (BP_EL1 & ~BCR_E), MDE_KDE, DAIF_AIF, "breakpoint with DBGBCR0_EL1.E = 0: no exception"
    /* the OS lock disables all debug exceptions but BRK (AArch64.GenerateDebugExceptionsFrom) */
    mov x0, #1
    msr oslar_el1, x0
    isb
    BP_QUIET BP_EL1, MDE_KDE, DAIF_AIF, "EL1 breakpoint with the OS lock set: no exception"
    msr oslar_el1, xzr
    isb
    /* so does the OS double lock: OSDLR_EL1.DLK = 1 with DBGPRCR_EL1.CORENPDRQ = 0 */
    mrs x0, id_aa64dfr0_el1
    ubfx x0, x0, #36, #4
    cbnz x0, 2f
    EXPECT_EXC 1f
    msr dbgprcr_el1, xzr
1:  EXPECT_NONE
    mov x0, #1
    msr osdlr_el1, x0
    isb
    BP_QUIET BP_EL1, MDE_KDE, DAIF_AIF, "EL1 breakpoint under the OS double lock: no exception"
    /* DLK = 1 with CORENPDRQ = 1 (powerdown not allowed) is no double lock */
    EXPECT_EXC 1f
    mov x0, #1
    msr dbgprcr_el1, x0
1:  EXPECT_NONE
    ldr x0, =BP_EL1
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    CHECK x0, 1, "OSDLR_EL1.DLK = 1 with DBGPRCR_EL1.CORENPDRQ = 1: the breakpoint still fires"
    msr osdlr_el1, xzr
    EXPECT_EXC 1f
    msr dbgprcr_el1, xzr
1:  EXPECT_NONE
    isb
    LEAVE
2:  TAP_SKIP "EL1 breakpoint under the OS double lock", "FEAT_DoubleLock not implemented"
    LEAVE

/*
 * bp_el0(x0 DBGBCR0_EL1, x1 MDSCR_EL1): breakpoint 0 on el0_target, which
 * then runs at EL0 (with PSTATE.D set, as run_el0 leaves it) until its SVC or
 * a debug exception. Returns x0 = 1 if the instruction at el0_target ran.
 */
bp_el0:
    ENTER
    adr x2, el0_target
    msr dbgbvr0_el1, x2
    msr dbgbcr0_el1, x0
    msr mdscr_el1, x1
    isb
    adr x0, el0_target
    mov x1, #0
    bl run_el0
    mov x19, x0
    DEBUG_RESET
    mov x0, x19
    LEAVE

el0_target:
    add x0, x0, #1
    svc #0

check_bp_el0:
    ENTER
    /* From EL0 debug exceptions go to EL1, a higher EL: enabled whatever MDSCR_EL1.KDE and
       PSTATE.D say (AArch64.GenerateDebugExceptionsFrom: from != target). EC 0x30: lower EL */
    ldr x0, =BP_EL0
    mov x1, #MDSCR_MDE
    bl bp_el0
    mov x19, x0
    CHECK_EXC EXC_ESR, BKPT_LOWER, "EL0 breakpoint (PMC = EL0, KDE = 0, PSTATE.D = 1): ESR_EL1 EC 0x30, IFSC 0x22"
    CHECK_EXC EXC_VEC, 0x400, "EL0 breakpoint: vector VBAR_EL1 + 0x400 (lower EL, AArch64)"
    adr x0, el0_target
    CHECK_EXCR EXC_ELR, x0, "EL0 breakpoint: ELR_EL1 = the EL0 instruction"
    CHECK x19, 0, "EL0 breakpoint: the instruction did not execute"
    CHECK_EXC_MASKED EXC_SPSR, 0xf, M_EL0T, "EL0 breakpoint: SPSR_EL1.M = EL0t"
    ldr x0, =BP_BOTH
    mov x1, #MDSCR_MDE
    bl bp_el0
    CHECK_EXC EXC_ESR, BKPT_LOWER, "breakpoint with PMC = 0b11 hits at EL0: EC 0x30"
    /* quiet cases: the EL0 code runs on to its SVC */
    ldr x0, =BP_EL1
    mov x1, #MDSCR_MDE
    bl bp_el0
    CHECK_EXC EXC_ESR, SVC0, "breakpoint with PMC = 0b01 (EL1 only) at EL0: no breakpoint, the SVC comes"
    ldr x0, =BP_EL0
    mov x1, #MDSCR_KDE
    bl bp_el0
    CHECK_EXC EXC_ESR, SVC0, "EL0 breakpoint with MDSCR_EL1.MDE = 0: no breakpoint"
    mov x0, #1
    msr oslar_el1, x0
    isb
    ldr x0, =BP_EL0
    mov x1, #MDSCR_MDE
    bl bp_el0
    msr oslar_el1, xzr
    isb
    CHECK_EXC EXC_ESR, SVC0, "EL0 breakpoint with the OS lock set: no breakpoint"
    LEAVE

check_context:
    ENTER
    /* BT = 0b0010, unlinked Context ID match (context-aware breakpoints only): DBGBVR<n>_EL1
       bits 31:0 against CONTEXTIDR_EL1 at EL0 and EL1, so every instruction executed at a
       privilege PMC selects matches (AArch64.BreakpointValueMatch: match_cid) */
    ldr x0, =CONTEXT_A
    msr contextidr_el1, x0
    msr dbgbvr1_el1, x0
    ldr x0, =(BCR_E | BCR_PMC_EL1 | BCR_BAS_ALL | BCR_BT_CONTEXT)
    msr dbgbcr1_el1, x0
    mov x0, #0 /* breakpoint 0 off */
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    mov x19, x0
    CHECK x19, 1, "context ID breakpoint (BT = 0b0010, DBGBVR1 = CONTEXTIDR_EL1) at EL1: one exception"
    CHECK_EXC EXC_ESR, BKPT_SAME, "context ID breakpoint at EL1: EC 0x31, IFSC 0x22"
    adr x0, bp_target
    CHECK_EXCR EXC_ELR, x0, "context ID breakpoint: ELR_EL1 = the first instruction with debug exceptions enabled"
    ldr x0, =CONTEXT_B
    msr contextidr_el1, x0
    ldr x0, =CONTEXT_A
    msr dbgbvr1_el1, x0
    ldr x0, =(BCR_E | BCR_PMC_EL1 | BCR_BAS_ALL | BCR_BT_CONTEXT)
    msr dbgbcr1_el1, x0
    mov x0, #0
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    CHECK x0, 0, "context ID breakpoint with another CONTEXTIDR_EL1: no exception"
    /* at EL0, PMC = 0b10: the first EL0 instruction */
    ldr x0, =CONTEXT_A
    msr contextidr_el1, x0
    msr dbgbvr1_el1, x0
    ldr x0, =(BCR_E | BCR_PMC_EL0 | BCR_BAS_ALL | BCR_BT_CONTEXT)
    msr dbgbcr1_el1, x0
    mov x0, #0
    mov x1, #MDSCR_MDE
    bl bp_el0
    mov x19, x0
    CHECK_EXC EXC_ESR, BKPT_LOWER, "context ID breakpoint with PMC = EL0: EC 0x30 at EL0"
    adr x0, el0_target
    CHECK_EXCR EXC_ELR, x0, "context ID breakpoint at EL0: ELR_EL1 = the first EL0 instruction"
    CHECK x19, 0, "context ID breakpoint at EL0: that instruction did not execute"
    LEAVE

/* breakpoint 1 = Linked Context ID match (BT = 0b0011) on CONTEXTIDR `bvr`, with PMC `pmc` */
.macro LINKED_CONTEXT bvr, pmc
    ldr x0, =\bvr
    msr dbgbvr1_el1, x0
    ldr x0, =(BCR_E | \pmc | BCR_BAS_ALL | BCR_BT_LINKED_CONTEXT)
    msr dbgbcr1_el1, x0
.endm

#define BP_LINKED (BP_EL1 | BCR_BT_LINKED_ADDR | BCR_LBN(1))

check_linked:
    ENTER
    /* BT = 0b0001, linked address match: the address must match and so must the Linked
       Context ID breakpoint LBN names (AArch64.StateMatch: linked_match) */
    ldr x0, =CONTEXT_A
    msr contextidr_el1, x0
    LINKED_CONTEXT CONTEXT_A, BCR_PMC_EL1
    ldr x0, =BP_LINKED
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    mov x19, x0
    mov x20, x1
    CHECK x19, 1, "linked address breakpoint (BT = 0b0001, LBN = 1), context matches: one exception"
    CHECK_EXC EXC_ESR, BKPT_SAME, "linked address breakpoint: EC 0x31, IFSC 0x22"
    adr x0, bp_target
    CHECK_EXCR EXC_ELR, x0, "linked address breakpoint: ELR_EL1 = the address"
    CHECK x20, 0, "linked address breakpoint: the instruction did not execute"
    ldr x0, =CONTEXT_B
    msr contextidr_el1, x0
    LINKED_CONTEXT CONTEXT_A, BCR_PMC_EL1
    ldr x0, =BP_LINKED
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    CHECK x0, 0, "linked address breakpoint, CONTEXTIDR_EL1 differs: no exception"
    /* A Linked Context breakpoint generates nothing on its own (AArch64.BreakpointValueMatch
       with linked_to = FALSE returns FALSE for a linking type that is not an address match) */
    ldr x0, =CONTEXT_A
    msr contextidr_el1, x0
    LINKED_CONTEXT CONTEXT_A, BCR_PMC_EL1
    mov x0, #0
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    CHECK x0, 0, "Linked Context ID breakpoint (BT = 0b0011) alone: no exception"
    /* Only the linking breakpoint's PMC/HMC/SSC count: AArch64.StateMatch calls
       AArch64.BreakpointValueMatch(LBN, linked_to = TRUE), which looks at the linked
       breakpoint's E, BT and DBGBVR, not at its PMC */
    ldr x0, =CONTEXT_A
    msr contextidr_el1, x0
    LINKED_CONTEXT CONTEXT_A, BCR_PMC_EL0
    ldr x0, =BP_LINKED
    mov x1, #MDE_KDE
    mov x2, #DAIF_AIF
    bl bp_el1
    CHECK x0, 1, "linked address breakpoint at EL1 hits when the linked context breakpoint has PMC = EL0"
    LEAVE

/* hot_loop(x0 = n > 0): counts x1 up to n; returns x0 = n. Run often enough to be translated. */
hot_loop:
    mov x1, #0
1:  add x1, x1, #1
hot_bp:
    cmp x1, x0
    b.ne 1b
    mov x0, x1
    ret

check_hot:
    ENTER
    /* a breakpoint set on code that has already run many times still hits, on the first pass */
    ldr x0, =100000
    bl hot_loop
    mov x19, x0
    adr x0, hot_bp
    msr dbgbvr0_el1, x0
    ldr x0, =BP_EL1
    msr dbgbcr0_el1, x0
    mov x0, #MDE_KDE
    msr mdscr_el1, x0
    isb
    ldr x0, =100000
    mov x1, #0
    EXPECT_EXC 1f, SPSR_D
    msr daifclr, #8
    isb
    bl hot_loop
1:  msr daifset, #8
    EXPECT_NONE
    mov x20, x1
    DEBUG_RESET
    CHECK x19, 100000, "hot loop without breakpoints runs to the end"
    adr x0, hot_bp
    CHECK_EXCR EXC_ELR, x0, "breakpoint on a hot loop: ELR_EL1 = the breakpointed instruction"
    CHECK x20, 1, "breakpoint on a hot loop: taken on the first pass"
    LEAVE
