/*
 * Self-hosted debug, part 3: software step. EL0 code entered by an ERET with
 * SPSR_EL1.SS = 1 runs one instruction and takes a Software Step exception;
 * with SPSR_EL1.SS = 0 it takes it before any. Stepped LDXR (EX), SVC (which
 * completes: SPSR.SS = 0) and UDF (which does not: SPSR.SS = 1), stepping at
 * EL1 (KDE = 1), and when nothing may be stepped. MMU on (mmu_flat.S), so
 * LDXR works on Normal memory and EL0 runs on its alias.
 *
 * Expected values: Arm ARM (DDI 0487) chapter D2 "AArch64 Self-hosted Debug",
 * "Software Step exceptions" (the state machine: inactive, active-not-pending
 * = PSTATE.SS 1, active-pending = PSTATE.SS 0; "Entering the active-pending
 * state"; the syndrome); ESR_EL1 "ISS encoding for an exception from a
 * Software Step exception" (ISV bit 24: EX is valid, i.e. an instruction was
 * stepped; EX bit 6: it was a Load-Exclusive; IFSC 0b100010); SPSR_EL1.SS
 * (bit 21, PSTATE.SS on exception entry); the shared pseudocode
 * DebugExceptionReturnSS (ERET copies SPSR.SS to PSTATE.SS only when debug
 * exceptions are disabled at the source and enabled at the destination),
 * SSAdvance (a completed instruction, SVC included, clears PSTATE.SS),
 * CheckSoftwareStep, AArch64.SoftwareStepException (preferred return = the
 * next instruction to run), SoftwareStep_DidNotStep, SoftwareStep_SteppedEX.
 */
#include "test.h"
#include "debug_regs.h"

#define EL0_SS (SPSR_SS | DAIF_ALL | M_EL0T)
#define EL0_NOSS (DAIF_ALL | M_EL0T)
#define STEPPED ESR(EC_STEP_LOWER, ISS_STEP_ISV | FSC_DEBUG)
#define NOT_STEPPED ESR(EC_STEP_LOWER, FSC_DEBUG)
/* the known ferry gap these checks meet */

    .text
    .globl test_main
test_main:
    ENTER
    msr oslar_el1, xzr
    isb
    bl mmu_flat_on
    bl check_spsr_ss
    bl check_step_el0
    bl check_step_ldxr
    bl check_step_exceptions
    bl check_step_el1
    bl check_step_quiet
    LEAVE

check_spsr_ss:
    ENTER
    /* SPSR_EL1.SS, bit 21: read/write */
    mrs x19, spsr_el1
    ldr x0, =(SPSR_SS | DAIF_ALL | M_EL1H)
    msr spsr_el1, x0
    mrs x20, spsr_el1
    msr spsr_el1, x19
    CHECK_MASKED x20, SPSR_SS, SPSR_SS, "SPSR_EL1.SS (bit 21) reads back 1"
    LEAVE

/* EL0 code, run on its alias. x0 = the argument. */
step_add:
    add x0, x0, #1
step_add2:
    add x0, x0, #1
    svc #0
step_ldxr: /* x0 = the EL0 address of a doubleword */
    ldxr x1, [x0]
step_ldxr2:
    clrex
    svc #0
step_svc:
    svc #0x77
step_svc2:
    add x0, x0, #1
    svc #0
step_udf:
    udf #0

/* run `entry` (a label, x1 = argument) at EL0 with SPSR_EL1 = spsr under MDSCR_EL1 = mdscr;
   x0 = its x0 at the first exception */
.macro STEP_EL0 entry, spsr, mdscr=MDSCR_SS
    ldr x0, =\mdscr
    msr mdscr_el1, x0
    isb
    adr x0, \entry
    EL0_VA x0
    ldr x2, =\spsr
    bl run_el0_spsr
    mov x19, x0
    DEBUG_RESET
    mov x0, x19
.endm

/* x0 = the EL0 alias of label */
.macro EL0_ADR label
    adr x0, \label
    EL0_VA x0
.endm

check_step_el0:
    ENTER
    /* MDSCR_EL1.SS = 1, KDE = 0: EL1 is never stepped (debug exceptions disabled there), so
       the ERET to EL0 copies SPSR.SS = 1 to PSTATE.SS (active-not-pending): one instruction
       runs, completes (PSTATE.SS = 0, active-pending) and the next takes the exception */
    mov x1, #0
    STEP_EL0 step_add, EL0_SS
    mov x20, x0
    CHECK_EXC EXC_ESR, STEPPED, "step at EL0: ESR_EL1 EC 0x32 (lower EL), ISV 1, EX 0, IFSC 0x22"
    EL0_ADR step_add2
    CHECK_EXCR EXC_ELR, x0, "step at EL0: ELR_EL1 = the instruction after the stepped one"
    CHECK x20, 1, "step at EL0: exactly one instruction ran"
    CHECK_EXC EXC_VEC, 0x400, "step at EL0: vector VBAR_EL1 + 0x400"
    CHECK_EXC_MASKED EXC_SPSR, (SPSR_SS | 0xf), M_EL0T, "step exception: SPSR_EL1.SS = 0 (taken active-pending), M = EL0t"
    /* SPSR.SS = 0: active-pending from the start, the exception comes before any instruction;
       nothing was stepped, so ISV = 0 (SoftwareStep_DidNotStep: the last instruction, the
       ERET, ran in the inactive state) */
    mov x1, #0
    STEP_EL0 step_add, EL0_NOSS
    mov x20, x0
    CHECK_EXC EXC_ESR, NOT_STEPPED, "ERET with SPSR.SS = 0: step exception at once, ISV 0"
    EL0_ADR step_add
    CHECK_EXCR EXC_ELR, x0, "ERET with SPSR.SS = 0: ELR_EL1 = the ERET target"
    CHECK x20, 0, "ERET with SPSR.SS = 0: no instruction ran"
    /* a pending step exception comes before a breakpoint on the same instruction ("Synchronous
       exception prioritization": Software Step above Breakpoint) */
    adr x0, step_add
    EL0_VA x0
    msr dbgbvr0_el1, x0
    ldr x0, =(BCR_E | BCR_PMC_EL0 | BCR_BAS_ALL)
    msr dbgbcr0_el1, x0
    mov x1, #0
    STEP_EL0 step_add, EL0_NOSS, (MDSCR_SS | MDSCR_MDE)
    CHECK_EXC EXC_ESR, NOT_STEPPED, "SPSR.SS = 0 and a breakpoint on the target: the step exception first"
    LEAVE

check_step_ldxr:
    ENTER
    /* stepping a Load-Exclusive: EX = 1, so a debugger knows to step the exclusive
       sequence as a whole (SoftwareStep_SteppedEX) */
    LA x1, svar
    EL0_VA x1
    STEP_EL0 step_ldxr, EL0_SS
    CHECK_EXC EXC_ESR, ESR(EC_STEP_LOWER, ISS_STEP_ISV | ISS_STEP_EX | FSC_DEBUG), "stepped LDXR: ISV 1, EX 1"
    EL0_ADR step_ldxr2
    CHECK_EXCR EXC_ELR, x0, "stepped LDXR: ELR_EL1 = the next instruction"
    LEAVE

check_step_exceptions:
    ENTER
    /* a stepped SVC completes (SSAdvance before the exception): the SVC exception is taken
       with SPSR_EL1.SS = 0, ELR = the next instruction */
    mov x1, #0
    STEP_EL0 step_svc, EL0_SS
    CHECK_EXC EXC_ESR, ESR(0x15, 0x77), "stepped SVC #0x77: the SVC exception (EC 0x15)"
    EL0_ADR step_svc2
    CHECK_EXCR EXC_ELR, x0, "stepped SVC: ELR_EL1 = the next instruction"
    CHECK_EXC_MASKED EXC_SPSR, SPSR_SS, 0, "stepped SVC: SPSR_EL1.SS = 0 (the SVC completed)"
    /* returning with that SPSR: active-pending, the step exception comes at once, ISV 0 */
    LA x16, exc_rec
    ldr x0, [x16, #EXC_ELR]
    ldr x2, [x16, #EXC_SPSR]
    mov x19, x0
    ldr x1, =MDSCR_SS
    msr mdscr_el1, x1
    isb
    mov x1, #0
    bl run_el0_spsr
    mov x20, x0
    DEBUG_RESET
    CHECK_EXC EXC_ESR, NOT_STEPPED, "ERET with the SVC's SPSR: step exception at once, ISV 0"
    CHECK_EXCR EXC_ELR, x19, "ERET with the SVC's SPSR: ELR_EL1 = the instruction after the SVC"
    CHECK x20, 0, "ERET with the SVC's SPSR: no instruction ran"
    /* a stepped instruction that takes another exception did not complete: PSTATE.SS is still
       1 and goes to SPSR_EL1.SS; an ERET with it steps again */
    mov x1, #0
    STEP_EL0 step_udf, EL0_SS
    CHECK_EXC EXC_ESR, ESR(0x00, 0), "stepped UDF: the Undefined Instruction exception"
    CHECK_EXC_MASKED EXC_SPSR, SPSR_SS, SPSR_SS, "stepped UDF: SPSR_EL1.SS = 1 (it did not complete)"
    LA x16, exc_rec
    ldr x2, [x16, #EXC_SPSR]
    ldr x1, =MDSCR_SS
    msr mdscr_el1, x1
    isb
    EL0_ADR step_add
    mov x1, #0
    bl run_el0_spsr
    mov x20, x0
    DEBUG_RESET
    CHECK_EXC EXC_ESR, STEPPED, "ERET with the UDF's SPSR (SS = 1): one instruction stepped, ISV 1"
    CHECK x20, 1, "ERET with SPSR.SS = 1: exactly one instruction ran"
    LEAVE

/*
 * step_el1(x0 MDSCR_EL1, x1 SPSR_EL1): ERET from EL1 (PSTATE.D set, so debug
 * exceptions are disabled at the source) to el1_step at EL1h; a step
 * exception resumes after it with PSTATE.D masked. x0 = exceptions taken,
 * x1 = instructions run (0-2).
 */
step_el1:
    ENTER
    msr mdscr_el1, x0
    adr x0, el1_step
    msr elr_el1, x0
    msr spsr_el1, x1
    isb
    mov x20, #0
    EXPECT_EXC 1f, SPSR_D
    eret
el1_step:
    add x20, x20, #1
el1_step2:
    add x20, x20, #1
1:  msr daifset, #8
    EXPECT_NONE
    DEBUG_RESET
    LA x0, exc_rec
    ldr x0, [x0, #EXC_COUNT]
    mov x1, x20
    LEAVE

check_step_el1:
    ENTER
    /* KDE = 1 and an ERET to EL1 with SPSR.D = 0: debug exceptions enabled at the destination
       only, so SPSR.SS = 1 is copied: EL1 code is stepped, EC 0x33 (same EL) */
    ldr x0, =(MDSCR_SS | MDSCR_KDE)
    ldr x1, =(SPSR_SS | DAIF_AIF | M_EL1H)
    bl step_el1
    mov x19, x0
    mov x20, x1
    CHECK x19, 1, "step at EL1 (KDE = 1, SPSR.D = 0): one exception"
    CHECK_EXC EXC_ESR, ESR(EC_STEP_SAME, ISS_STEP_ISV | FSC_DEBUG), "step at EL1: ESR_EL1 EC 0x33 (same EL), ISV 1"
    adr x0, el1_step2
    CHECK_EXCR EXC_ELR, x0, "step at EL1: ELR_EL1 = the next instruction"
    CHECK x20, 1, "step at EL1: exactly one instruction ran"
    CHECK_EXC EXC_VEC, 0x200, "step at EL1: vector VBAR_EL1 + 0x200"
    LEAVE

check_step_quiet:
    ENTER
    /* KDE = 0: no debug exceptions from EL1, so no stepping there (and PSTATE.SS = 0 after
       the ERET: DebugExceptionReturnSS needs them enabled at the destination) */
    ldr x0, =MDSCR_SS
    ldr x1, =(SPSR_SS | DAIF_AIF | M_EL1H)
    bl step_el1
    mov x20, x1
    CHECK x0, 0, "MDSCR_EL1.SS = 1, KDE = 0: EL1 code is not stepped"
    CHECK x20, 2, "KDE = 0: the EL1 code ran on"
    ldr x0, =(MDSCR_SS | MDSCR_KDE)
    ldr x1, =(SPSR_SS | DAIF_ALL | M_EL1H)
    bl step_el1
    CHECK x0, 0, "KDE = 1 but SPSR.D = 1: EL1 code is not stepped"
    /* MDSCR_EL1.SS = 0: SPSR.SS is ignored, nothing is stepped */
    mov x1, #0
    STEP_EL0 step_add, EL0_SS, 0
    mov x20, x0
    CHECK_EXC EXC_ESR, ESR(0x15, 0), "MDSCR_EL1.SS = 0 with SPSR.SS = 1: the EL0 code runs to its SVC"
    CHECK x20, 2, "MDSCR_EL1.SS = 0: both instructions ran"
    /* and the ERET left PSTATE.SS = 0 (DebugExceptionReturnSS: MDSCR_EL1.SS = 0), so the SVC
       saved SPSR_EL1.SS = 0 */
    CHECK_EXC_MASKED EXC_SPSR, SPSR_SS, 0, "MDSCR_EL1.SS = 0: ERET sets PSTATE.SS = 0, the SVC saves SPSR.SS = 0"
    /* the OS lock disables software step too */
    mov x0, #1
    msr oslar_el1, x0
    isb
    mov x1, #0
    STEP_EL0 step_add, EL0_SS
    msr oslar_el1, xzr
    isb
    CHECK_EXC EXC_ESR, ESR(0x15, 0), "OS lock set: EL0 code is not stepped"
    CHECK_EXC_MASKED EXC_SPSR, SPSR_SS, 0, "OS lock set: ERET sets PSTATE.SS = 0 (stepping disabled at EL0), SPSR.SS = 0"
    LEAVE

    .bss
    .balign 16
svar: .skip 16
