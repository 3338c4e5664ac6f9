/*
 * The generic timer, the GICv2 and the board's devices behind it.
 *
 * Expected values: Arm ARM (DDI 0487) "The Generic Timer in AArch64 state"
 * and the CNTV_CTL_EL0/CNTV_TVAL_EL0/CNTV_CVAL_EL0/CNTKCTL_EL1 register
 * descriptions; the GICv2 specification (IHI 0048B) register descriptions
 * (GICD_* 4.3, GICC_* 4.4) and "Interrupt handling and prioritization"
 * (chapter 3); the PrimeCell PL011 (DDI 0183) and PL031 (DDI 0224) TRMs.
 * The board facts (virtual timer = PPI 11 = INTID 27, UART = SPI 1 =
 * INTID 33, CNTFRQ 62.5 MHz) are the virt board's, as QEMU documents it.
 */
#include "test.h"

#define INTID_VTIMER 27
#define INTID_UART 33
#define PRIO 0x80

#define CTL_ENABLE 1
#define CTL_IMASK 2
#define CTL_ISTATUS 4

#define UARTRIS 0x03c
#define UARTMIS 0x040
#define UARTIMSC 0x038
#define UARTICR 0x044
#define UART_TXI (1 << 5)
#define RTCDR 0x000
#define SECONDS_2020 1577836800 /* 2020-01-01T00:00:00Z */

    .text
    .globl test_main
test_main:
    ENTER
    bl check_counter
    bl gic_init
    bl check_timer_status
    bl check_timer_irq
    bl check_sgi
    bl check_wfi_trap
    bl check_rtc
    bl check_uart_irq
    LEAVE

/*
 * Opens PSTATE.I for an instant again and again until an IRQ was handled or `ms` are up.
 * With wait = wfi, sleeps in between (WFI wakes on a pending interrupt even while PSTATE.I
 * masks it, so none is missed); uses x19.
 */
.macro TAKE_IRQS ms, wait
    mov x0, #\ms
    bl ms_ticks
    mrs x1, cntvct_el0
    add x19, x0, x1
1:  LA x0, irq_rec
    ldr x0, [x0]
    cbnz x0, 2f
    mrs x1, cntvct_el0
    cmp x1, x19
    b.hs 2f
    \wait
    msr daifclr, #2
    isb
    msr daifset, #2
    b 1b
2:
.endm

/* The IRQ hook (vectors.S): acknowledge, record, silence the source, end of interrupt. */
    .globl irq_handler
irq_handler:
    LA x9, irq_rec
    mov x10, #GICC_BASE
    ldr w11, [x10, #GICC_IAR]
    ldr w12, [x10, #GICC_RPR]
    mrs x13, cntv_ctl_el0
    mrs x14, cntvct_el0
    stp x11, x12, [x9, #8]
    stp x13, x14, [x9, #24]
    str x0, [x9, #40]
    ldr x1, [x9]
    add x1, x1, #1
    str x1, [x9]
    and w1, w11, #0x3ff
    cmp w1, #SPURIOUS
    b.eq 9f
    cmp w1, #INTID_VTIMER
    b.ne 1f
    msr cntv_ctl_el0, xzr /* the timer's output falls: the level interrupt is no longer pending */
1:  cmp w1, #INTID_UART
    b.ne 2f
    mov x2, #UART_BASE
    str wzr, [x2, #UARTIMSC]
2:  str w11, [x10, #GICC_EOIR]
9:  ret

check_counter:
    ENTER
    mrs x0, cntfrq_el0
    CHECK x0, 62500000, "CNTFRQ_EL0 = 62.5 MHz (the virt board's counter)"
    /* CNTVCT = CNTPCT - CNTVOFF, and the virtual offset is 0 without EL2 */
    isb
    mrs x20, cntpct_el0
    isb
    mrs x21, cntvct_el0
    isb
    mrs x22, cntpct_el0
    ORDERED x20, x21, x22
    CHECK x0, 1, "CNTVCT_EL0 lies between two CNTPCT_EL0 reads (no virtual offset without EL2)"
    /* the counter is monotonic: 1000 reads in a row never go back, and it moves */
    mov x20, #0 /* reads that went backwards */
    isb
    mrs x21, cntvct_el0
    mov x23, x21
    mov x22, #1000
1:  isb
    mrs x0, cntvct_el0
    cmp x0, x21
    cinc x20, x20, lo
    mov x21, x0
    subs x22, x22, #1
    b.ne 1b
    CHECK x20, 0, "CNTVCT_EL0 never decreases over 1000 reads"
    mov x0, #1
    bl ms_ticks
    bl delay
    isb
    mrs x0, cntvct_el0
    cmp x0, x23
    cset x0, hi
    CHECK x0, 1, "CNTVCT_EL0 advances"
    LEAVE

gic_init:
    ENTER
    mov x20, #GICD_BASE
    mov x21, #GICC_BASE
    /* GICD_TYPER: ITLinesNumber (4:0) = N gives 32(N+1) interrupt IDs; CPUNumber (7:5) =
       CPUs - 1. The UART's INTID 33 needs N >= 1; this runs with one CPU */
    ldr w22, [x20, #GICD_TYPER]
    and x0, x22, #0x1f
    cmp x0, #1
    cset x0, hs
    CHECK x0, 1, "GICD_TYPER.ITLinesNumber >= 1 (SPIs up to at least INTID 63)"
    ubfx x0, x22, #5, #3
    CHECK x0, 0, "GICD_TYPER.CPUNumber = 0 (one CPU)"
    /* GICC_IIDR bits 19:16: the GIC architecture version, 2 */
    ldr w0, [x21, #GICC_IIDR]
    ubfx x0, x0, #16, #4
    CHECK x0, 2, "GICC_IIDR.ArchitectureVersion = 2"
    str wzr, [x20, #GICD_CTLR]
    mov w0, #PRIO
    strb w0, [x20, #(GICD_IPRIORITYR + INTID_VTIMER)] /* byte-accessible (4.3.11) */
    strb w0, [x20, #(GICD_IPRIORITYR + 5)]
    strb w0, [x20, #(GICD_IPRIORITYR + 6)]
    strb w0, [x20, #(GICD_IPRIORITYR + 7)]
    ldr w0, =((1 << INTID_VTIMER) | (1 << 5) | (1 << 6) | (1 << 7))
    str w0, [x20, #GICD_ISENABLER]
    mov w0, #1
    str w0, [x20, #GICD_CTLR] /* forward interrupts to the CPU interfaces */
    mov w0, #0xf0
    str w0, [x21, #GICC_PMR] /* priorities 0x00-0xef get through */
    mov w0, #1
    str w0, [x21, #GICC_CTLR]
    ldr w0, [x21, #GICC_PMR]
    CHECK x0, 0xf0, "GICC_PMR reads back 0xf0 (at least 4 priority bits)"
    /* Load-acquire/store-release are plain single-copy-atomic accesses plus ordering, for
       any memory type: Device registers included (only exclusives and atomics on Device
       memory are IMPLEMENTATION DEFINED) */
    add x22, x21, #GICC_PMR
    mov w23, #0xe0
    mov w24, #0
    EXPECT_EXC 1f
    stlr w23, [x22]
    ldar w24, [x22]
1:  EXPECT_NONE
    CHECK_EXC EXC_COUNT, 0, "STLR/LDAR on a GIC register: no abort"
    CHECK x24, 0xe0, "LDAR reads back what STLR wrote to GICC_PMR"
    mov w0, #0xf0
    str w0, [x21, #GICC_PMR]
    LEAVE

check_timer_status:
    ENTER
    /* CNTV_CTL_EL0.ISTATUS = (CNTVCT - CVAL >= 0) while ENABLE = 1, whatever IMASK says;
       TVAL reads (CVAL - CNTVCT)<31:0> and a write sets CVAL = CNTVCT + SignExtend(TVAL) */
    msr cntv_ctl_el0, xzr
    isb
    mrs x20, cntvct_el0
    ldr x0, =1000000000
    add x20, x20, x0
    msr cntv_cval_el0, x20
    mrs x0, cntv_cval_el0
    CHECKR x0, x20, "CNTV_CVAL_EL0 reads back"
    mov x0, #(CTL_ENABLE | CTL_IMASK)
    msr cntv_ctl_el0, x0
    isb
    mrs x0, cntv_ctl_el0
    CHECK x0, (CTL_ENABLE | CTL_IMASK), "CVAL in the future: ISTATUS = 0"
    mrs x0, cntv_tval_el0
    sxtw x0, w0
    ldr x1, =1000000000
    cmp x0, #0
    ccmp x0, x1, #2, gt /* 0 < TVAL <= 1e9 */
    cset x0, ls
    CHECK x0, 1, "CNTV_TVAL_EL0 = CVAL - CNTVCT, positive"
    msr cntv_tval_el0, xzr
    isb
    mrs x0, cntv_ctl_el0
    CHECK x0, (CTL_ENABLE | CTL_IMASK | CTL_ISTATUS), "TVAL := 0: condition met, ISTATUS = 1 with IMASK = 1"
    mov x0, #-1000
    isb
    mrs x20, cntvct_el0
    msr cntv_tval_el0, x0
    isb
    mrs x0, cntv_tval_el0
    sxtw x0, w0
    cmn x0, #1000
    cset x0, le
    CHECK x0, 1, "TVAL := -1000: reads back <= -1000 (signed 32 bits)"
    mrs x0, cntv_cval_el0
    sub x1, x20, #1000
    cmp x0, x1
    cset x0, hs
    CHECK x0, 1, "TVAL := -1000: CVAL = CNTVCT at the write - 1000"
    /* IMASK = 1: the timer's interrupt is not asserted, so the PPI is not pending */
    mov x0, #2
    bl ms_ticks
    bl delay
    mov x0, #GICD_BASE
    ldr w0, [x0, #GICD_ISPENDR]
    ubfx x0, x0, #INTID_VTIMER, #1
    CHECK x0, 0, "ISTATUS = 1, IMASK = 1: INTID 27 not pending at the GIC"
    /* IMASK = 0: asserted; INTID 27 pending and, being enabled, GICC_HPPIR shows it */
    mov x0, #CTL_ENABLE
    msr cntv_ctl_el0, x0
    isb
    POLL (GICD_BASE + GICD_ISPENDR), (1 << INTID_VTIMER), (1 << INTID_VTIMER)
    CHECK x0, (1 << INTID_VTIMER), "IMASK = 0: the virtual timer PPI (INTID 27) is pending"
    mov x0, #GICC_BASE
    ldr w0, [x0, #GICC_HPPIR]
    CHECK x0, INTID_VTIMER, "GICC_HPPIR = 27"
    msr cntv_ctl_el0, xzr
    isb
    POLL (GICD_BASE + GICD_ISPENDR), (1 << INTID_VTIMER), 0
    CHECK x0, 0, "timer disabled: the level-sensitive PPI is no longer pending"
    LEAVE

check_timer_irq:
    ENTER
    LA x0, irq_rec
    str xzr, [x0]
    mov x0, #1
    bl ms_ticks
    msr cntv_tval_el0, x0
    mov x0, #CTL_ENABLE
    msr cntv_ctl_el0, x0
    isb
    mrs x20, cntv_cval_el0
    TAKE_IRQS 2000, wfi
    LA x21, irq_rec
    ldr x0, [x21]
    CHECK x0, 1, "timer interrupt taken from WFI"
    ldr x0, [x21, #8]
    CHECK x0, INTID_VTIMER, "GICC_IAR = 27 (CPUID 0: not an SGI)"
    ldr x0, [x21, #40]
    CHECK x0, 0x280, "IRQ at EL1h: vector VBAR_EL1 + 0x280"
    ldr x0, [x21, #16]
    CHECK x0, PRIO, "GICC_RPR in the handler = the interrupt's priority"
    ldr x0, [x21, #24]
    CHECK x0, (CTL_ENABLE | CTL_ISTATUS), "CNTV_CTL_EL0 in the handler: ENABLE, ISTATUS"
    ldr x0, [x21, #32]
    cmp x0, x20
    cset x0, hs
    CHECK x0, 1, "the interrupt came no earlier than CVAL"
    /* after EOI: nothing active (RPR = idle priority 0xff), nothing pending (IAR = 1023) */
    mov x22, #GICC_BASE
    ldr w0, [x22, #GICC_RPR]
    CHECK x0, 0xff, "after EOI: GICC_RPR = 0xff (idle)"
    ldr w0, [x22, #GICC_IAR]
    CHECK x0, SPURIOUS, "nothing pending: GICC_IAR = 1023 (spurious)"
    mov x0, #GICD_BASE
    ldr w0, [x0, #GICD_ISACTIVER]
    CHECK x0, 0, "no interrupt active after EOI"
    LEAVE

/* SGI `id` through GICD_SGIR value `sgir`; take it and check GICC_IAR */
.macro SGI_TO_SELF sgir, id, what
    LA x0, irq_rec
    str xzr, [x0]
    ldr w0, =\sgir
    mov x1, #GICD_BASE
    str w0, [x1, #GICD_SGIR]
    TAKE_IRQS 100, nop
    LA x0, irq_rec
    ldr x0, [x0]
    CHECK x0, 1, "\what: taken"
    LA x0, irq_rec
    ldr x0, [x0, #8]
    add x1, x20, #\id /* IAR bits 12:10 = the source CPU */
    CHECKR x0, x1, "\what: GICC_IAR = SGI \id from this CPU"
.endm

check_sgi:
    ENTER
    /* With one CPU (GICD_TYPER.CPUNumber = 0, checked above) the GIC is a uniprocessor
       implementation: its CPU interface is number 0 and GICD_ITARGETSRs are RAZ/WI (4.3.12).
       GICC_IAR of an SGI carries the source CPU in bits 12:10, so 0 here */
    mov x0, #GICD_BASE
    ldr w0, [x0, #GICD_ITARGETSR]
    CHECK x0, 0, "uniprocessor GIC: GICD_ITARGETSR0 is RAZ"
    mov x20, #(0 << 10) /* the source field of our own SGIs */
    mov x21, #(1 << 0)  /* our bit in a CPUTargetList */
    /* GICD_SGIR TargetListFilter (25:24) = 2: to the requesting CPU only */
    SGI_TO_SELF ((2 << 24) | 5), 5, "SGI 5 to self (TargetListFilter 2)"
    /* TargetListFilter 0 with CPUTargetList (23:16) = our own bit */
    lsl w0, w21, #16
    ldr w1, =6
    orr w0, w0, w1
    LA x1, irq_rec
    str xzr, [x1]
    mov x1, #GICD_BASE
    str w0, [x1, #GICD_SGIR]
    TAKE_IRQS 100, nop
    LA x0, irq_rec
    ldr x0, [x0, #8]
    add x1, x20, #6
    CHECKR x0, x1, "SGI 6 by target list: GICC_IAR = 6 from this CPU"
    /* TargetListFilter 1: every CPU but the requester, and there is no other one */
    LA x0, irq_rec
    str xzr, [x0]
    ldr w0, =((1 << 24) | 7)
    mov x1, #GICD_BASE
    str w0, [x1, #GICD_SGIR]
    TAKE_IRQS 5, nop
    LA x0, irq_rec
    ldr x0, [x0]
    CHECK x0, 0, "SGI to all but self with one CPU: nothing arrives"
    LEAVE

el0_wfi:
    wfi
    svc #1

check_wfi_trap:
    ENTER
    /* SCTLR_EL1.nTWI = 0: a WFI at EL0 that would put the PE in a low-power state traps to
       EL1: EC 0x01, ISS CV = 1, COND = 0b1110 (from AArch64: ConditionSyndrome), TI = 0
       (WFI); ELR = the WFI. ferry's WFI does sleep, so the trap applies. The virtual timer
       is armed 20 ms out so that an untrapped WFI still wakes up (masked: no IRQ at EL0) */
    mov x0, #20
    bl ms_ticks
    msr cntv_tval_el0, x0
    mov x0, #CTL_ENABLE
    msr cntv_ctl_el0, x0
    mrs x20, sctlr_el1
    bic x0, x20, #(1 << 16)
    msr sctlr_el1, x0
    isb
    adr x0, el0_wfi
    mov x1, #0
    bl run_el0
    msr sctlr_el1, x20
    msr cntv_ctl_el0, xzr
    isb
    POLL (GICD_BASE + GICD_ISPENDR), (1 << INTID_VTIMER), 0 /* the timer's level interrupt drains before anything else unmasks IRQs */
    CHECK_EXC EXC_ESR, ESR(0x01, (1 << 24) | (0xe << 20)), "WFI at EL0 with SCTLR_EL1.nTWI = 0: trapped, EC 0x01"
    adr x0, el0_wfi
    CHECK_EXCR EXC_ELR, x0, "WFI trap: ELR_EL1 = the WFI"
    LEAVE

/* wait_rtc_tick(x0 = the RTCDR value seen) -> x0 = CNTVCT when RTCDR moved on (<= 1.5 s) */
wait_rtc_tick:
    stp x29, x30, [sp, #-32]!
    mov x29, sp
    stp x19, x20, [sp, #16]
    mov x19, x0
    mov x0, #1500
    bl ms_ticks
    mrs x1, cntvct_el0
    add x20, x0, x1
    mov x2, #RTC_BASE
1:  ldr w1, [x2, #RTCDR]
    isb
    mrs x0, cntvct_el0
    cmp x1, x19
    b.ne 2f
    cmp x0, x20
    b.lo 1b
2:  ldp x19, x20, [sp, #16]
    ldp x29, x30, [sp], #32
    ret

check_rtc:
    ENTER
    /* PL031: RTCDR counts seconds (the board starts it at the host's time of day) */
    mov x20, #RTC_BASE
    ldr w21, [x20, #RTCDR]
    ldr x0, =SECONDS_2020
    cmp x21, x0
    cset x0, hi
    CHECK x0, 1, "PL031 RTCDR is after 2020-01-01 (seconds since the epoch)"
    /* PL031 TRM, identification registers: peripheral ID 0x00041031 (part 0x031, designer
       0x41, revision bits 23:20 not checked), PrimeCell ID 0xb105f00d */
    mov x0, #0
    mov x1, #0xffc
1:  ldr w2, [x20, x1] /* PCellID3 first: byte i of the result is the register at 0xfe0 + 4i */
    orr x0, x2, x0, lsl #8
    sub x1, x1, #4
    cmp x1, #0xfe0
    b.hs 1b
    CHECK_MASKED x0, 0xffffffffff0fffff, 0xb105f00d00041031, "PL031 PCellID = 0xb105f00d, PeriphID = 0x00?41031"
    /* one RTC second is CNTFRQ_EL0 counter ticks (within 20 %: both follow host clocks,
       and a busy host may delay noticing an RTC edge) */
    ldr w0, [x20, #RTCDR]
    bl wait_rtc_tick
    mov x22, x0
    ldr w0, [x20, #RTCDR]
    bl wait_rtc_tick
    sub x0, x0, x22
    mrs x1, cntfrq_el0
    mov x2, #5
    udiv x2, x1, x2
    sub x3, x1, x2 /* 0.8 s */
    add x4, x1, x2 /* 1.2 s */
    cmp x0, x3
    ccmp x0, x4, #2, hs
    cset x0, ls
    CHECK x0, 1, "one PL031 second is one second of CNTVCT_EL0 (+-20 %)"
    LEAVE

check_uart_irq:
    ENTER
    /* PL011 TRM, "Interrupts" (UARTTXINTR): with the FIFO disabled the transmit interrupt is
       asserted when the single transmit location empties; UARTMIS = UARTRIS & UARTIMSC;
       UARTICR clears. The board wires it to SPI 1 = INTID 33 */
    mov x20, #UART_BASE
    mov w0, #0x7ff
    str w0, [x20, #UARTICR]
    mov w0, #UART_TXI
    str w0, [x20, #UARTIMSC]
    NOTE "PL011 TX interrupt: this line is sent with UARTIMSC.TXIM = 1"
    POLL (UART_BASE + UARTRIS), UART_TXI, UART_TXI
    CHECK x0, UART_TXI, "PL011 UARTRIS.TXRIS = 1 once the transmitter has emptied"
    ldr w0, [x20, #UARTMIS]
    CHECK_MASKED x0, UART_TXI, UART_TXI, "PL011 UARTMIS.TXMIS = 1 (unmasked)"
    mov x21, #GICD_BASE
    mov w0, #PRIO
    strb w0, [x21, #(GICD_IPRIORITYR + INTID_UART)]
    mov w0, #1 /* CPU interface 0 (RAZ/WI with one CPU, but that is the GIC's business) */
    strb w0, [x21, #(GICD_ITARGETSR + INTID_UART)]
    mov w0, #(1 << (INTID_UART - 32))
    str w0, [x21, #(GICD_ISENABLER + 4)]
    POLL (GICD_BASE + GICD_ISPENDR + 4), (1 << (INTID_UART - 32)), (1 << (INTID_UART - 32))
    CHECK x0, (1 << (INTID_UART - 32)), "the UART's SPI 1 (INTID 33) is pending at the GIC"
    LA x0, irq_rec
    str xzr, [x0]
    TAKE_IRQS 100, nop
    LA x22, irq_rec
    ldr x0, [x22]
    CHECK x0, 1, "UART interrupt taken"
    ldr x0, [x22, #8]
    CHECK x0, INTID_UART, "GICC_IAR = 33"
    ldr w0, [x20, #UARTMIS]
    CHECK x0, 0, "UARTIMSC = 0 in the handler: UARTMIS = 0"
    mov w0, #(1 << (INTID_UART - 32))
    str w0, [x21, #(GICD_ICENABLER + 4)]
    mov w0, #UART_TXI
    str w0, [x20, #UARTICR]
    LEAVE

    .bss
    .balign 8
/* the last IRQ: count, GICC_IAR, GICC_RPR, CNTV_CTL_EL0, CNTVCT_EL0, vector offset */
irq_rec: .skip 48
