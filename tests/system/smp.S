// FERRY-ARGS: -smp 2
/*
 * Two CPUs: PSCI CPU_ON / AFFINITY_INFO / CPU_OFF, the secondary's entry
 * state, and an SGI from one CPU to the other through the GICv2.
 *
 * Expected values: PSCI (Arm DEN 0022, 1.0): CPU_ON, AFFINITY_INFO, CPU_OFF
 * function descriptions, return codes, and the CPU_ON entry state (the
 * caller's EL, MMU off, D/A/I/F masked, x0 = context_id); Arm ARM MPIDR_EL1;
 * GICv2 (IHI 0048B) 4.3.12 GICD_ITARGETSR, 4.3.15 GICD_SGIR, 4.4.4 GICC_IAR.
 * The board numbers CPUs by MPIDR_EL1.Aff0 = 0, 1, ...
 *
 * Only CPU 0 prints. CPU 1 records what it saw in `sec` and waits for
 * flags; every wait on either side is bounded (wait.S).
 */
#include "test.h"

#define CONTEXT_ID 0x1234abcd5678ef00
#define SGI_ID 3
#define AFFINITY_ON 0
#define AFFINITY_OFF 1
#define MPIDR_AFF_MASK 0xff00ffffff

/* struct sec: what CPU 1 saw and flags between the CPUs (word-sized flags for POLL) */
#define SEC_X0 0        /* x0 at the entry point */
#define SEC_EL 8        /* CurrentEL */
#define SEC_DAIF 16
#define SEC_SCTLR 24
#define SEC_MPIDR 32
#define SEC_TARGETS 40  /* its GICD_ITARGETSR0 byte 0 */
#define SEC_IAR 48      /* GICC_IAR of the SGI it took */
#define SEC_OFF_RET 56  /* x0 if CPU_OFF ever returned */
#define SEC_STARTS 64   /* word: times it entered */
#define SEC_READY 68    /* word: its GIC CPU interface is set up */
#define SEC_IRQS 72     /* word: IRQs taken */
#define SEC_GO_OFF 76   /* word, from CPU 0: call CPU_OFF */
#define SEC_SIZE 80

.macro PSCI fn, a1=0, a2=0, a3=0
    ldr x0, =\fn
    ldr x1, =\a1
    ldr x2, =\a2
    ldr x3, =\a3
    bl psci_call
.endm

    .text
    .globl test_main
test_main:
    ENTER
    mrs x0, mpidr_el1
    ldr x1, =MPIDR_AFF_MASK
    and x0, x0, x1
    CHECK x0, 0, "CPU 0 boots: MPIDR_EL1 affinity 0.0.0.0"
    PSCI PSCI_FEATURES, PSCI_CPU_ON_64
    CHECK x0, PSCI_SUCCESS, "PSCI_FEATURES(CPU_ON) = SUCCESS"
    PSCI PSCI_AFFINITY_INFO_64, 1, 0
    CHECK x0, AFFINITY_OFF, "AFFINITY_INFO(CPU 1) before CPU_ON: OFF"
    PSCI PSCI_CPU_ON_64, 0xff, 0, 0
    CHECK x0, PSCI_INVALID_PARAMETERS, "CPU_ON of a CPU that does not exist: INVALID_PARAMETERS"
    PSCI PSCI_CPU_ON_64, 0, 0, 0
    CHECK x0, PSCI_ALREADY_ON, "CPU_ON of the caller: ALREADY_ON"

    LA x19, sec
    ldr x0, =PSCI_CPU_ON_64
    mov x1, #1
    adr x2, secondary_entry
    ldr x3, =CONTEXT_ID
    bl psci_call
    CHECK x0, PSCI_SUCCESS, "CPU_ON(CPU 1): SUCCESS"
    LA x0, sec + SEC_STARTS
    mov x1, #0xffffffff
    mov x2, #1
    mov x3, #2000
    bl poll_word
    CHECK x0, 1, "CPU 1 runs its entry point"
    ldr x0, [x19, #SEC_X0]
    CHECK x0, CONTEXT_ID, "CPU 1 entry: x0 = context_id"
    ldr x0, [x19, #SEC_EL]
    CHECK x0, (1 << 2), "CPU 1 entry: at EL1, the caller's EL"
    ldr x0, [x19, #SEC_DAIF]
    CHECK x0, DAIF_ALL, "CPU 1 entry: D, A, I, F masked"
    ldr x0, [x19, #SEC_SCTLR]
    CHECK_MASKED x0, 1, 0, "CPU 1 entry: MMU off"
    ldr x0, [x19, #SEC_MPIDR]
    ldr x1, =(MPIDR_AFF_MASK | (1 << 31))
    and x0, x0, x1
    CHECK x0, ((1 << 31) | 1), "CPU 1 MPIDR_EL1: Aff0 = 1 (bit 31 RES1)"
    PSCI PSCI_AFFINITY_INFO_64, 1, 0
    CHECK x0, AFFINITY_ON, "AFFINITY_INFO(CPU 1) while it runs: ON"
    PSCI PSCI_CPU_ON_64, 1, 0, 0
    CHECK x0, PSCI_ALREADY_ON, "CPU_ON(CPU 1) again: ALREADY_ON"

    /* With two CPUs the GIC is multiprocessor: GICD_ITARGETSR0-7 read, to each CPU, its
       own interface's bit. An SGI to CPU 1's bit arrives there with CPU 0's number in
       GICC_IAR bits 12:10 */
    LA x0, sec + SEC_READY
    mov x1, #1
    mov x2, #1
    mov x3, #2000
    bl poll_word
    CHECK x0, 1, "CPU 1 set up its GIC CPU interface"
    mov x20, #GICD_BASE
    ldrb w21, [x20, #GICD_ITARGETSR]
    ldr x22, [x19, #SEC_TARGETS]
    cmp w21, #0
    ccmp w22, #0, #4, ne /* Z = 1 if either is 0 */
    ccmp w21, w22, #4, ne
    cset x0, ne
    CHECK x0, 1, "GICD_ITARGETSR0: each CPU reads its own, nonzero, different bit"
    mov w0, #1
    str w0, [x20, #GICD_CTLR]
    lsl w0, w22, #16
    orr w0, w0, #SGI_ID /* TargetListFilter 0: CPUTargetList = CPU 1's bit */
    str w0, [x20, #GICD_SGIR]
    LA x0, sec + SEC_IRQS
    mov x1, #0xffffffff
    mov x2, #1
    mov x3, #2000
    bl poll_word
    CHECK x0, 1, "SGI from CPU 0 taken on CPU 1"
    rbit w0, w21
    clz w0, w0
    lsl x1, x0, #10
    orr x1, x1, #SGI_ID
    ldr x0, [x19, #SEC_IAR]
    CHECKR x0, x1, "CPU 1's GICC_IAR: SGI 3, source = CPU 0's interface number"

    /* CPU_OFF: the caller powers down and never returns; AFFINITY_INFO then says OFF */
    mov w0, #1
    add x1, x19, #SEC_GO_OFF
    stlr w0, [x1]
    bl wait_cpu1_off
    CHECK x0, AFFINITY_OFF, "CPU_OFF on CPU 1: AFFINITY_INFO = OFF"
    ldr x0, [x19, #SEC_OFF_RET]
    CHECK x0, 0, "CPU_OFF did not return"
    /* a CPU that is off can be turned on again */
    ldr x0, =PSCI_CPU_ON_64
    mov x1, #1
    adr x2, secondary_entry
    ldr x3, =CONTEXT_ID
    bl psci_call
    CHECK x0, PSCI_SUCCESS, "CPU_ON(CPU 1) after CPU_OFF: SUCCESS"
    LA x0, sec + SEC_STARTS
    mov x1, #0xffffffff
    mov x2, #2
    mov x3, #2000
    bl poll_word
    CHECK x0, 2, "CPU 1 enters again"
    bl wait_cpu1_off
    CHECK x0, AFFINITY_OFF, "and turns itself off again"
    LEAVE

/* AFFINITY_INFO(CPU 1) until it says OFF, for up to 2 s; x0 = the last answer */
wait_cpu1_off:
    stp x29, x30, [sp, #-32]!
    mov x29, sp
    str x19, [sp, #16]
    mov x0, #2000
    bl ms_ticks
    mrs x1, cntvct_el0
    add x19, x0, x1
1:  PSCI PSCI_AFFINITY_INFO_64, 1, 0
    cmp x0, #AFFINITY_OFF
    b.eq 2f
    mrs x1, cntvct_el0
    cmp x1, x19
    b.lo 1b
2:  ldr x19, [sp, #16]
    ldp x29, x30, [sp], #32
    ret

/* CPU 1 starts here (PSCI CPU_ON): record the entry state, take one SGI, power off. */
secondary_entry:
    mov x19, x0
    mrs x20, CurrentEL
    mrs x21, daif
    mrs x22, sctlr_el1
    mrs x23, mpidr_el1
    and x0, x23, #0xff
    bl cpu_stack_top /* no stack use: safe before SP is set */
    mov sp, x0
    LA x0, vectors
    msr vbar_el1, x0
    isb
    LA x24, sec
    stp x19, x20, [x24, #SEC_X0]
    stp x21, x22, [x24, #SEC_DAIF]
    str x23, [x24, #SEC_MPIDR]
    ldr w0, [x24, #SEC_GO_OFF]
    cbnz w0, 3f /* second time round: straight off */
    mov x1, #GICC_BASE
    mov w0, #0xf0
    str w0, [x1, #GICC_PMR]
    mov w0, #1
    str w0, [x1, #GICC_CTLR]
    mov x1, #GICD_BASE
    mov w0, #0x80
    strb w0, [x1, #(GICD_IPRIORITYR + SGI_ID)] /* SGI/PPI registers are banked per CPU */
    mov w0, #(1 << SGI_ID)
    str w0, [x1, #GICD_ISENABLER]
    ldrb w0, [x1, #GICD_ITARGETSR]
    str x0, [x24, #SEC_TARGETS]
    mov w0, #1
    add x1, x24, #SEC_READY
    stlr w0, [x1]
3:  ldr w0, [x24, #SEC_STARTS] /* counted last: CPU 0 reads the record after this */
    add w0, w0, #1
    add x1, x24, #SEC_STARTS
    stlr w0, [x1]
1:  msr daifclr, #2 /* let the SGI in, if it is there */
    isb
    msr daifset, #2
    add x1, x24, #SEC_GO_OFF
    ldar w0, [x1]
    cbz w0, 1b
    ldr x0, =PSCI_CPU_OFF
    bl psci_call
    orr x0, x0, #(1 << 63) /* never reached if CPU_OFF works */
    str x0, [x24, #SEC_OFF_RET]
2:  wfi
    b 2b

/* IRQs are only unmasked on CPU 1: acknowledge the SGI, record it, end it. */
    .globl irq_handler
irq_handler:
    mov x1, #GICC_BASE
    ldr w2, [x1, #GICC_IAR]
    LA x3, sec
    str x2, [x3, #SEC_IAR]
    str w2, [x1, #GICC_EOIR]
    ldr w0, [x3, #SEC_IRQS]
    add w0, w0, #1
    add x1, x3, #SEC_IRQS
    stlr w0, [x1]
    ret

    .bss
    .balign 8
sec: .skip SEC_SIZE
