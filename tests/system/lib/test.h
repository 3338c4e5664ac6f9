/*
 * Shared definitions for the bare-metal guest tests in tests/system/: the
 * virt board's addresses, PSCI function IDs, the exception record that the
 * vector table (vectors.S) fills, and the TAP check macros (report.S).
 *
 * A test program defines `test_main` (called at EL1, MMU off, SP_EL1 set,
 * VBAR_EL1 = the shared vector table, DAIF masked) and returns to let
 * start.S print the plan and "done" and power off. Calls into lib/ follow
 * the AAPCS: x19-x29 survive, x0-x18 do not. The macros below use x0-x3
 * and x16-x17. wait.S has counter-based delays and bounded polling;
 * mmu_flat.S turns the MMU on with a flat map (Normal RAM, an EL0 alias).
 *
 *     CHECK   x0, 0x15, "what is checked (spec section)"
 *     CHECKR  x0, x20, "compared with a register"
 *     CHECK_TODO x0, 1, "...", "what ferry gets wrong"   -> "# TODO ferry: ..."
 *
 *     EXPECT_EXC 1f          // the next synchronous exception resumes at 1f
 *     svc #0x1234
 * 1:  CHECK_EXC EXC_ESR, 0x56001234, "SVC: ESR_EL1"
 */
#ifndef FERRY_TESTS_SYSTEM_TEST_H
#define FERRY_TESTS_SYSTEM_TEST_H

/* ferry's virt board (the same map as QEMU's virt) */
#define RAM_BASE 0x40000000
#define GICD_BASE 0x08000000
#define GICC_BASE 0x08010000
#define UART_BASE 0x09000000
#define RTC_BASE 0x09010000

/* GICv2 registers (IHI 0048B, chapter 4: distributor and CPU interface register maps) */
#define GICD_CTLR 0x000
#define GICD_TYPER 0x004
#define GICD_ISENABLER 0x100
#define GICD_ICENABLER 0x180
#define GICD_ISPENDR 0x200
#define GICD_ISACTIVER 0x300
#define GICD_IPRIORITYR 0x400
#define GICD_ITARGETSR 0x800
#define GICD_SGIR 0xf00
#define GICC_CTLR 0x00
#define GICC_PMR 0x04
#define GICC_IAR 0x0c
#define GICC_EOIR 0x10
#define GICC_RPR 0x14
#define GICC_HPPIR 0x18
#define GICC_IIDR 0xfc
#define SPURIOUS 1023

/* PSCI function IDs and return codes (Arm DEN 0022, PSCI 1.0: function IDs and return codes tables) */
#define PSCI_VERSION 0x84000000
#define PSCI_CPU_OFF 0x84000002
#define PSCI_CPU_ON_64 0xc4000003
#define PSCI_AFFINITY_INFO_64 0xc4000004
#define PSCI_SYSTEM_OFF 0x84000008
#define PSCI_FEATURES 0x8400000a
#define PSCI_SUCCESS 0
#define PSCI_NOT_SUPPORTED -1
#define PSCI_INVALID_PARAMETERS -2
#define PSCI_ALREADY_ON -4

/* SPSR_EL1.M[3:0] and the DAIF bits (Arm ARM DDI 0487, register SPSR_EL1) */
#define M_EL0T 0x0
#define M_EL1T 0x4
#define M_EL1H 0x5
#define DAIF_ALL 0x3c0

/* ESR_EL1 (Arm ARM DDI 0487, register ESR_EL1): EC in 31:26, IL in 25, ISS in 24:0 */
#define ESR_IL (1 << 25)
#define ESR(ec, iss) (((ec) << 26) | ESR_IL | (iss))
#define ESR_EC_IL_MASK 0xfe000000
/* data/instruction abort ISS: WnR bit 6, FSC bits 5:0 */
#define ESR_ABORT_MASK (ESR_EC_IL_MASK | 0x7f)
#define ISS_WNR (1 << 6)
/* ISS for EC 0x18, a trapped MSR/MRS/system instruction (ESR_EL1, "ISS encoding for an
   exception from MSR, MRS, or System instruction execution in AArch64 state") */
#define ISS_SYSREG(op0, op1, crn, crm, op2, rt, is_read) \
    (((op0) << 20) | ((op2) << 17) | ((op1) << 14) | ((crn) << 10) | ((rt) << 5) | ((crm) << 1) | (is_read))

/* The exception record, filled by the vector table for each synchronous exception. */
#define EXC_COUNT 0   /* exceptions taken since EXPECT_EXC */
#define EXC_VEC 8     /* vector offset from VBAR_EL1: 0x000 .. 0x780 */
#define EXC_ESR 16
#define EXC_ELR 24
#define EXC_FAR 32
#define EXC_SPSR 40
#define EXC_DAIF 48   /* PSTATE.DAIF inside the handler */
#define EXC_RESUME 56 /* where the handler returns to; 0 = no exception expected */
#define EXC_RESUME_SPSR 64 /* bits ORed into SPSR_EL1 when resuming at the same EL */
#define EXC_RECORD_SIZE 80

#ifdef __ASSEMBLER__

/* reg = the address of sym (PC-relative, so the image may run anywhere) */
.macro LA reg, sym
    adrp \reg, \sym
    add \reg, \reg, :lo12:\sym
.endm

/* reg: a RAM address -> its EL0-accessible alias in mmu_flat.S's map (0x4xxx_xxxx -> 0x8xxx_xxxx) */
.macro EL0_VA reg
    eor \reg, \reg, #0xc0000000
.endm

/* A test function's frame: x29, x30 and x19-x28 saved, so the body may use them freely. */
.macro ENTER
    stp x29, x30, [sp, #-96]!
    mov x29, sp
    stp x19, x20, [sp, #16]
    stp x21, x22, [sp, #32]
    stp x23, x24, [sp, #48]
    stp x25, x26, [sp, #64]
    stp x27, x28, [sp, #80]
.endm

.macro LEAVE
    ldp x27, x28, [sp, #80]
    ldp x25, x26, [sp, #64]
    ldp x23, x24, [sp, #48]
    ldp x21, x22, [sp, #32]
    ldp x19, x20, [sp, #16]
    ldp x29, x30, [sp], #96
    ret
.endm

/* x3 = the TODO reason string, or 0 */
.macro _TAP_TODO todo
.ifnc "\todo","0"
    .pushsection .rodata.str, "aMS", %progbits, 1
.Ltodo\@: .asciz "\todo"
    .popsection
    adr x3, .Ltodo\@
.else
    mov x3, #0
.endif
.endm

/* x2 = a description string */
.macro _TAP_DESC desc
    .pushsection .rodata.str, "aMS", %progbits, 1
.Ldesc\@: .asciz "\desc"
    .popsection
    adr x2, .Ldesc\@
.endm

/* ok N - desc / not ok N - desc: got X want Y; want is a constant */
.macro CHECK got, want, desc, todo=0
    mov x0, \got
    ldr x1, =\want
    _TAP_DESC "\desc"
    _TAP_TODO "\todo"
    bl tap_check
.endm

.macro CHECK_TODO got, want, desc, todo
    CHECK \got, \want, "\desc", "\todo"
.endm

/* want is a register */
.macro CHECKR got, want, desc, todo=0
    mov x16, \want
    mov x0, \got
    mov x1, x16
    _TAP_DESC "\desc"
    _TAP_TODO "\todo"
    bl tap_check
.endm

/* (got & mask) == want */
.macro CHECK_MASKED got, mask, want, desc, todo=0
    ldr x16, =\mask
    and x0, \got, x16
    ldr x1, =\want
    _TAP_DESC "\desc"
    _TAP_TODO "\todo"
    bl tap_check
.endm

/* a field of the exception record against a constant */
.macro CHECK_EXC field, want, desc, todo=0
    LA x16, exc_rec
    ldr x0, [x16, #\field]
    ldr x1, =\want
    _TAP_DESC "\desc"
    _TAP_TODO "\todo"
    bl tap_check
.endm

/* a field of the exception record, masked, against a constant */
.macro CHECK_EXC_MASKED field, mask, want, desc, todo=0
    LA x16, exc_rec
    ldr x0, [x16, #\field]
    ldr x17, =\mask
    and x0, x0, x17
    ldr x1, =\want
    _TAP_DESC "\desc"
    _TAP_TODO "\todo"
    bl tap_check
.endm

/* a field of the exception record against a register */
.macro CHECK_EXCR field, want, desc, todo=0
    mov x17, \want
    LA x16, exc_rec
    ldr x0, [x16, #\field]
    mov x1, x17
    _TAP_DESC "\desc"
    _TAP_TODO "\todo"
    bl tap_check
.endm

/* x0 = (the word at addr & mask) once it equals want, or when ms are up (wait.S) */
.macro POLL addr, mask, want, ms=100
    ldr x0, =\addr
    ldr x1, =\mask
    ldr x2, =\want
    mov x3, #\ms
    bl poll_word
.endm

/* x0 = 1 if a <= b <= c (unsigned), else 0 */
.macro ORDERED a, b, c
    cmp \b, \a
    ccmp \c, \b, #0, hs
    cset x0, hs
.endm

/* A data access `insn` to va (in x21) that must abort: ESR (EC, IL, WnR, DFSC) and FAR_EL1. */
.macro DATA_ABORT va, insn, esr, what, todo=0
    ldr x21, =\va
    EXPECT_EXC 1f
    \insn
1:  EXPECT_NONE
    CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, \esr, "\what", "\todo"
    CHECK_EXCR EXC_FAR, x21, "\what: FAR_EL1 = the VA", "\todo"
.endm

/* ok N - desc # SKIP reason */
.macro TAP_SKIP desc, reason
    _TAP_DESC "\desc"
    mov x0, x2
    _TAP_DESC "\reason"
    mov x1, x2
    bl tap_skip
.endm

/* "# text" */
.macro NOTE text
    _TAP_DESC "\text"
    mov x0, x2
    bl tap_note
.endm

/*
 * The next synchronous exception is expected: the handler records it and resumes at `resume`.
 * spsr_set: SPSR_EL1 bits set for that return when it stays at EL1, e.g. 0x200 to resume with
 * PSTATE.D masked after a debug exception that would otherwise be taken again at once.
 */
.macro EXPECT_EXC resume, spsr_set=0
    LA x16, exc_rec
    stp xzr, xzr, [x16, #EXC_COUNT]
    stp xzr, xzr, [x16, #EXC_ESR]
    stp xzr, xzr, [x16, #EXC_FAR]
    mov x17, #\spsr_set
    str x17, [x16, #EXC_RESUME_SPSR]
    adr x17, \resume
    stp xzr, x17, [x16, #EXC_DAIF]
.endm

/* No exception is expected any more (after one that may not have come). */
.macro EXPECT_NONE
    LA x16, exc_rec
    str xzr, [x16, #EXC_RESUME]
.endm

#endif /* __ASSEMBLER__ */
#endif
