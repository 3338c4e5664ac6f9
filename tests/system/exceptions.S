/*
 * Synchronous exceptions at EL1 and from EL0, with the MMU off. Each check
 * names where its expected value comes from: the Arm ARM (DDI 0487; register
 * descriptions and the shared pseudocode functions named in the comments),
 * the PSCI/SMCCC specifications, or Linux's arm64 booting.rst.
 */
#include "test.h"

#define UNASSIGNED_PA 0x10000000 /* nothing here in ferry's virt map (no PCIe window) */
#define SCTLR_SA (1 << 3)
#define SPSR_IL (1 << 20)
#define ESR_FNV (1 << 10)

    .text
    .globl test_main
test_main:
    ENTER
    mov x19, x0
    /* booting.rst, "Call the kernel image": x0 = the device tree, which starts with the
       big-endian magic 0xd00dfeed (Devicetree Specification 5.2) */
    ldr w0, [x19]
    CHECK x0, 0xedfe0dd0, "boot: x0 points at the device tree (FDT magic)"
    mrs x0, CurrentEL
    CHECK x0, (1 << 2), "boot: CurrentEL is EL1"
    mrs x0, daif
    CHECK x0, DAIF_ALL, "boot: DAIF all masked"
    mrs x0, sctlr_el1
    CHECK_MASKED x0, 1, 0, "boot: SCTLR_EL1.M = 0 (MMU off)"
    mrs x0, vbar_el1
    LA x1, vectors
    CHECKR x0, x1, "VBAR_EL1 reads back the 2 KiB aligned vector table"
    bl check_svc_brk_udf
    bl check_calls
    bl check_aborts
    bl check_pstate
    bl check_el0
    bl check_illegal_return /* last: a CPU that keeps PSTATE.IL set poisons later checks */
    LEAVE

check_svc_brk_udf:
    ENTER
    /* SVC: AArch64.CallSupervisor. ESR EC 0x15, IL 1, ISS = imm16; preferred return = next insn */
    mov x0, #0
    cmp x0, #1 /* NZCV = 1000 */
    EXPECT_EXC 1f
    svc #0x1234
1:  cset x20, mi
    CHECK_EXC EXC_COUNT, 1, "SVC: one exception"
    CHECK_EXC EXC_ESR, ESR(0x15, 0x1234), "SVC #0x1234: ESR_EL1 EC 0x15, IL 1, ISS imm16"
    adr x0, 1b
    CHECK_EXCR EXC_ELR, x0, "SVC: ELR_EL1 = the next instruction"
    /* "Exception vectors": current EL with SP_ELx, synchronous = +0x200 */
    CHECK_EXC EXC_VEC, 0x200, "SVC from EL1h: vector VBAR_EL1 + 0x200"
    /* AArch64.TakeException: SPSR = PSTATE (NZCV, DAIF, M = EL1h); DAIF all masked on entry */
    CHECK_EXC EXC_SPSR, (0x80000000 | DAIF_ALL | M_EL1H), "SVC: SPSR_EL1 = NZCV 1000, DAIF, EL1h"
    CHECK_EXC EXC_DAIF, DAIF_ALL, "exception entry masks D, A, I, F"
    CHECK x20, 1, "ERET restores NZCV from SPSR_EL1"

    /* BRK: AArch64.SoftwareBreakpoint. EC 0x3C, ISS = imm16, preferred return = the BRK */
    EXPECT_EXC 1f
0:  brk #0x42
1:  adr x20, 0b
    CHECK_EXC EXC_ESR, ESR(0x3c, 0x42), "BRK #0x42: ESR_EL1 EC 0x3C, ISS imm16"
    CHECK_EXCR EXC_ELR, x20, "BRK: ELR_EL1 = the BRK itself"

    /* UDF (permanently undefined): AArch64.UndefinedFault, EC 0x00, ISS 0, return = the insn */
    EXPECT_EXC 1f
0:  udf #0x5a
1:  adr x20, 0b
    CHECK_EXC EXC_ESR, ESR(0x00, 0), "UDF: ESR_EL1 EC 0x00 (unknown reason), IL 1"
    CHECK_EXCR EXC_ELR, x20, "UDF: ELR_EL1 = the undefined instruction"
    LEAVE

check_calls:
    ENTER
    /* HVC is the board's PSCI conduit. PSCI (DEN 0022) PSCI_VERSION: major << 16 | minor */
    ldr x0, =PSCI_VERSION
    bl psci_call
    lsr x0, x0, #16
    CHECK x0, 1, "PSCI_VERSION: major version 1"
    /* PSCI_FEATURES: SUCCESS for an implemented function, NOT_SUPPORTED if not */
    ldr x0, =PSCI_FEATURES
    ldr x1, =PSCI_SYSTEM_OFF
    bl psci_call
    CHECK x0, PSCI_SUCCESS, "PSCI_FEATURES(SYSTEM_OFF) = SUCCESS"
    /* SMC Calling Convention (DEN 0028) "Unknown Function Identifier": 0xFFFFFFFF in w0,
       returned like any call: no exception */
    EXPECT_EXC 1f
    ldr x0, =0x8400001f /* in the PSCI range, unallocated */
    hvc #0
1:  mov w20, w0
    CHECK_EXC EXC_COUNT, 0, "HVC with an unknown function ID: no exception"
    EXPECT_NONE
    CHECK x20, 0xffffffff, "HVC with an unknown function ID: w0 = NOT_SUPPORTED (-1)"

    /* SMC with no EL3: UNDEFINED (SMC pseudocode: !HaveEL(EL3) -> UNDEFINED) */
    mrs x0, id_aa64pfr0_el1
    ubfx x0, x0, #12, #4 /* EL3 field */
    cbnz x0, 2f
    EXPECT_EXC 1f
0:  smc #0
1:  adr x20, 0b
    CHECK_EXC EXC_ESR, ESR(0x00, 0), "SMC without EL3 (ID_AA64PFR0_EL1.EL3 = 0): UNDEFINED"
    CHECK_EXCR EXC_ELR, x20, "SMC without EL3: ELR_EL1 = the SMC"
    LEAVE
2:  TAP_SKIP "SMC without EL3 is UNDEFINED", "ID_AA64PFR0_EL1 says EL3 is implemented"
    LEAVE

check_aborts:
    ENTER
    /* A load from an address with nothing behind it: synchronous external abort.
       ESR "ISS encoding for an exception from a Data Abort": EC 0x25 (same EL), DFSC 0x10,
       WnR 0 for a load, 1 for a store; FAR_EL1 = the address unless FnV (bit 10) is 1 */
    mov x21, #UNASSIGNED_PA
    EXPECT_EXC 1f
0:  ldr x1, [x21]
1:  adr x20, 0b
    CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x25, 0x10), "load from unassigned PA: data abort, DFSC 0x10 (external), WnR 0"
    CHECK_EXCR EXC_ELR, x20, "external abort: ELR_EL1 = the load"
    LA x0, exc_rec
    ldr x1, [x0, #EXC_ESR]
    ldr x2, [x0, #EXC_FAR]
    tst x1, #ESR_FNV
    csel x0, x21, x2, ne /* FnV = 1 allows an unknown FAR */
    CHECKR x0, x21, "external abort: FAR_EL1 = the address (or ESR.FnV = 1)"
    EXPECT_EXC 1f
    str x1, [x21, #8]
1:  CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x25, ISS_WNR | 0x10), "store to unassigned PA: data abort, DFSC 0x10, WnR 1"
    /* Instruction fetch from it: EC 0x21 (instruction abort, same EL), IFSC 0x10,
       ELR_EL1 = FAR_EL1 = the address */
    EXPECT_EXC 1f
    blr x21
1:  CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x21, 0x10), "branch to unassigned PA: instruction abort, IFSC 0x10"
    CHECK_EXCR EXC_ELR, x21, "instruction abort: ELR_EL1 = the target"

    /* Exclusives need natural alignment whatever SCTLR_EL1.A says (SCTLR_EL1.A
       description; AArch64.CheckAlignment): alignment fault, DFSC 0x21 */
    LA x22, scratch
    add x21, x22, #4
    EXPECT_EXC 1f
0:  ldxr x1, [x21]
1:  adr x20, 0b
    CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x25, 0x21), "LDXR from a 4-byte aligned address: alignment fault, DFSC 0x21"
    CHECK_EXCR EXC_FAR, x21, "alignment fault: FAR_EL1 = the address"
    CHECK_EXCR EXC_ELR, x20, "alignment fault: ELR_EL1 = the LDXR"
    /* MMU off: data accesses are Device-nGnRnE ("The effects of disabling an address
       translation stage"), and any unaligned access to Device memory is an alignment
       fault ("Alignment of data accesses"), even with SCTLR_EL1.A = 0 */
    EXPECT_EXC 1f
    ldr x1, [x21]
1:  CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x25, 0x21), "MMU off: unaligned LDR (Device memory) is an alignment fault"
    EXPECT_NONE
    EXPECT_EXC 1f
    str w1, [x22, #2]
1:  CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x25, ISS_WNR | 0x21), "MMU off: unaligned STR is an alignment fault, WnR 1"
    EXPECT_NONE

    /* SCTLR_EL1.SA = 1: a load/store with SP as base and SP not 16-byte aligned takes an
       SP alignment fault, EC 0x26 (ESR_EL1 EC table; AArch64.SPAlignmentFault) */
    mrs x23, sctlr_el1
    orr x0, x23, #SCTLR_SA
    msr sctlr_el1, x0
    isb
    mov x0, sp
    sub x0, x0, #8
    msr sp_el0, x0
    msr spsel, #0 /* the handler keeps an aligned SP_EL1 */
    EXPECT_EXC 1f
0:  ldr x1, [sp]
1:  msr spsel, #1
    msr sctlr_el1, x23
    isb
    adr x20, 0b
    CHECK_EXC_MASKED EXC_ESR, ESR_EC_IL_MASK, ESR(0x26, 0), "SCTLR_EL1.SA and SP = 8 mod 16: SP alignment fault, EC 0x26"
    CHECK_EXCR EXC_ELR, x20, "SP alignment fault: ELR_EL1 = the load"
    EXPECT_NONE
    LEAVE

check_pstate:
    ENTER
    /* MSR DAIFSet/DAIFClr: imm4 = D A I F onto PSTATE bits 9:6 (MSR (immediate)) */
    msr daifclr, #0x1
    mrs x20, daif
    msr daifclr, #0x6
    mrs x21, daif
    msr daifset, #0x4
    mrs x22, daif
    CHECK x20, 0x380, "MSR DAIFClr, #1 clears F only"
    CHECK x21, 0x200, "MSR DAIFClr, #6 clears A and I"
    CHECK x22, 0x300, "MSR DAIFSet, #4 sets A"
    EXPECT_EXC 1f
    svc #0
1:  mrs x20, daif
    CHECK_EXC_MASKED EXC_SPSR, DAIF_ALL, 0x300, "exception entry saves DAIF in SPSR_EL1"
    CHECK_EXC EXC_DAIF, DAIF_ALL, "and masks all four in the handler"
    CHECK x20, 0x300, "ERET restores DAIF from SPSR_EL1"
    msr daifset, #0xf

    /* SPSel: 0 selects SP_EL0 at EL1, 1 selects SP_EL1 (register SPSel; "Stack pointer
       register selection"). An exception taken with SPSel = 0 uses the "current EL with
       SP_EL0" vector group (+0x000) and SPSR.M = EL1t; ERET returns to SP_EL0 */
    LA x20, el0_stack_top
    sub x20, x20, #512
    msr sp_el0, x20
    mrs x21, sp_el0
    mov x22, sp
    msr spsel, #0
    mov x23, sp
    mrs x24, spsel
    EXPECT_EXC 1f
    svc #0
1:  mov x25, sp
    /* MSR SP_EL0 while SP_EL0 is the stack pointer: UNDEFINED (SP_EL0 accessibility) */
    EXPECT_EXC 1f
0:  msr sp_el0, x0
1:  adr x27, 0b
    mov x26, sp
    msr spsel, #1
    mov x28, sp
    CHECKR x21, x20, "MSR/MRS SP_EL0 at EL1h"
    CHECKR x23, x20, "MSR SPSel, #0: SP is SP_EL0"
    CHECK x24, 0, "MRS SPSel reads 0"
    CHECK_EXC EXC_ESR, ESR(0x00, 0), "MSR SP_EL0 with SPSel = 0: UNDEFINED"
    CHECK_EXCR EXC_ELR, x27, "MSR SP_EL0 with SPSel = 0: ELR_EL1 = the MSR"
    CHECK_EXC EXC_VEC, 0x000, "exception at EL1t: vector VBAR_EL1 + 0x000"
    CHECK_EXC_MASKED EXC_SPSR, 0xf, M_EL1T, "exception at EL1t: SPSR_EL1.M = EL1t"
    CHECKR x25, x20, "ERET to EL1t: SP is SP_EL0 again"
    CHECKR x26, x20, "SP_EL0 unchanged by the UNDEFINED MSR"
    CHECKR x28, x22, "MSR SPSel, #1: SP is SP_EL1 again"
    LEAVE

/* EL0 snippets for run_el0: each ends at its first exception. */
el0_svc:
    mov x0, #0x5a
    svc #0x99
el0_svc_next:
el0_midr:
    mrs x0, midr_el1
    svc #1
el0_pfr0:
    mrs x0, id_aa64pfr0_el1
    svc #1
el0_sctlr:
    mrs x0, sctlr_el1
    svc #1
el0_cntvct:
    mrs x0, cntvct_el0
    svc #1
el0_cntfrq:
    mrs x0, cntfrq_el0
    svc #1
el0_hvc:
    hvc #0
    svc #1

/* run x0 at EL0 and check it trapped at its first instruction with ESR `esr` */
.macro EL0_TRAP entry, esr, what, todo_esr=0, todo_elr=0
    adr x0, \entry
    mov x1, #0
    bl run_el0
    CHECK_EXC EXC_ESR, \esr, "\what", "\todo_esr"
    adr x0, \entry
    CHECK_EXCR EXC_ELR, x0, "\what: ELR_EL1 = the instruction", "\todo_elr"
.endm

check_el0:
    ENTER
    /* ERET to EL0 (SPSR.M = EL0t) then SVC: taken to EL1 through the "lower EL using
       AArch64" group, +0x400; SPSR_EL1.M = EL0t; ELR = after the SVC */
    adr x0, el0_svc
    mov x1, #0
    bl run_el0
    mov x20, x0
    CHECK_EXC EXC_COUNT, 1, "EL0: one exception"
    CHECK_EXC EXC_VEC, 0x400, "SVC from EL0: vector VBAR_EL1 + 0x400"
    CHECK_EXC EXC_ESR, ESR(0x15, 0x99), "SVC #0x99 from EL0: ESR_EL1 EC 0x15, ISS imm16"
    adr x0, el0_svc_next
    CHECK_EXCR EXC_ELR, x0, "SVC from EL0: ELR_EL1 = the next instruction"
    CHECK_EXC_MASKED EXC_SPSR, 0x3cf, (DAIF_ALL | M_EL0T), "SVC from EL0: SPSR_EL1 = EL0t, DAIF as entered"
    CHECK x20, 0x5a, "EL0 code ran (x0 written at EL0)"

    /* ID registers at EL0: UNDEFINED, or with FEAT_IDST (ID_AA64MMFR2_EL1.IDS = 1) trapped
       with EC 0x18 (register ID_AA64MMFR2_EL1, field IDS) */
    mrs x0, id_aa64mmfr2_el1
    ubfx x0, x0, #36, #4
    cbnz x0, 1f
    EL0_TRAP el0_midr, ESR(0x00, 0), "MRS MIDR_EL1 at EL0: UNDEFINED"
    EL0_TRAP el0_pfr0, ESR(0x00, 0), "MRS ID_AA64PFR0_EL1 at EL0: UNDEFINED"
    b 2f
1:  EL0_TRAP el0_midr, ESR(0x18, ISS_SYSREG(3, 0, 0, 0, 0, 0, 1)), "MRS MIDR_EL1 at EL0: FEAT_IDST trap"
    EL0_TRAP el0_pfr0, ESR(0x18, ISS_SYSREG(3, 0, 0, 4, 0, 0, 1)), "MRS ID_AA64PFR0_EL1 at EL0: FEAT_IDST trap"
2:  EL0_TRAP el0_sctlr, ESR(0x00, 0), "MRS SCTLR_EL1 at EL0: UNDEFINED"
    /* HVC at EL0: UNDEFINED (HVC pseudocode: PSTATE.EL == EL0 -> UNDEFINED) */
    EL0_TRAP el0_hvc, ESR(0x00, 0), "HVC at EL0: UNDEFINED"
    /* CNTKCTL_EL1.EL0VCTEN = 0: EL0 reads of CNTVCT_EL0 trap to EL1 with EC 0x18; with
       EL0PCTEN and EL0VCTEN both 0 so do reads of CNTFRQ_EL0 (CNTVCT_EL0, CNTFRQ_EL0
       accessibility pseudocode). CNTVCT_EL0 = S3_3_C14_C0_2, CNTFRQ_EL0 = S3_3_C14_C0_0 */
    mrs x24, cntkctl_el1
    msr cntkctl_el1, xzr
    isb
    EL0_TRAP el0_cntvct, ESR(0x18, ISS_SYSREG(3, 3, 14, 0, 2, 0, 1)), "CNTKCTL_EL1 = 0: MRS CNTVCT_EL0 at EL0 traps, EC 0x18"
    EL0_TRAP el0_cntfrq, ESR(0x18, ISS_SYSREG(3, 3, 14, 0, 0, 0, 1)), "CNTKCTL_EL1 = 0: MRS CNTFRQ_EL0 at EL0 traps, EC 0x18"
    mov x0, #1 /* EL0PCTEN alone does not open CNTVCT_EL0 */
    msr cntkctl_el1, x0
    isb
    EL0_TRAP el0_cntvct, ESR(0x18, ISS_SYSREG(3, 3, 14, 0, 2, 0, 1)), "CNTKCTL_EL1.EL0PCTEN only: CNTVCT_EL0 still traps"
    mov x0, #2 /* EL0VCTEN */
    msr cntkctl_el1, x0
    isb
    mrs x20, cntvct_el0
    adr x0, el0_cntvct
    bl run_el0
    mov x21, x0
    mrs x22, cntvct_el0
    msr cntkctl_el1, x24
    isb
    CHECK_EXC_MASKED EXC_ESR, ESR_EC_IL_MASK, ESR(0x15, 0), "CNTKCTL_EL1.EL0VCTEN = 1: CNTVCT_EL0 readable at EL0"
    ORDERED x20, x21, x22
    CHECK x0, 1, "CNTVCT_EL0 read at EL0 lies between two EL1 reads"
    LEAVE

check_illegal_return:
    ENTER
    /* ERET with SPSR.M = EL2h on a CPU at EL1 (and without EL2) is an illegal exception
       return ("Illegal return events from AArch64 state"): PSTATE.EL and SP stay, PSTATE.IL
       is set, PC = ELR. The next instruction then takes an Illegal Execution state exception
       (AArch64.CheckIllegalState): EC 0x0E, ISS 0, ELR = that instruction, SPSR.IL = 1 */
    mov x0, #(DAIF_ALL | 0x9)
    msr spsr_el1, x0
    adr x0, 0f
    msr elr_el1, x0
    EXPECT_EXC 1f
    eret
0:  nop
1:  EXPECT_NONE
    adr x20, 0b
    CHECK_EXC EXC_ESR, ESR(0x0e, 0), "illegal ERET to EL2: next instruction takes EC 0x0E"
    CHECK_EXCR EXC_ELR, x20, "Illegal Execution state: ELR_EL1 = the instruction at ELR"
    CHECK_EXC_MASKED EXC_SPSR, (SPSR_IL | 0xf), (SPSR_IL | M_EL1H), "Illegal Execution state: SPSR_EL1.IL = 1, M = EL1h (EL and SP kept)"
    LEAVE

    .bss
    .balign 16
scratch: .skip 64
