/*
 * The shared EL1 vector table. Arm ARM (DDI 0487), "Exception vectors"
 * in the AArch64 exception model chapter: VBAR_EL1 is 2 KiB aligned; four groups of four 0x80-byte
 * entries (synchronous, IRQ, FIQ, SError): current EL with SP_EL0 at
 * +0x000, current EL with SP_ELx at +0x200, lower EL using AArch64 at
 * +0x400, lower EL using AArch32 at +0x600.
 *
 * Every entry saves x0-x30, ELR_EL1 and SPSR_EL1 on SP_EL1 (exception entry
 * always selects SP_EL1) and restores them all before ERET, so test code
 * keeps its registers across an exception.
 *
 * A synchronous exception is recorded in exc_rec (test.h: count, vector
 * offset, ESR, ELR, FAR, SPSR and the DAIF seen by the handler). If a test
 * armed exc_rec.resume (EXPECT_EXC) the handler returns there, one shot; a
 * return from a lower EL goes to EL1h with DAIF masked, so run_el0 regains
 * control. An exception nobody expected prints a "not ok" line with its
 * syndrome and powers off without "done".
 *
 * IRQs call irq_handler(x0 = vector offset), which a program defines if it
 * wants interrupts; the default treats them as unexpected.
 */
#include "test.h"

#define FRAME 272 /* x0-x30, ELR, SPSR, 16-byte aligned */
#define FRAME_ELR 248
#define FRAME_SPSR 256

.macro VENTRY offset
    .balign 0x80
    sub sp, sp, #FRAME
    stp x0, x1, [sp, #0]
    mov x0, #\offset
    b exc_entry
.endm

    .text
    .balign 0x800
    .globl vectors
vectors:
    VENTRY 0x000
    VENTRY 0x080
    VENTRY 0x100
    VENTRY 0x180
    VENTRY 0x200
    VENTRY 0x280
    VENTRY 0x300
    VENTRY 0x380
    VENTRY 0x400
    VENTRY 0x480
    VENTRY 0x500
    VENTRY 0x580
    VENTRY 0x600
    VENTRY 0x680
    VENTRY 0x700
    VENTRY 0x780

exc_entry:
    stp x2, x3, [sp, #16]
    stp x4, x5, [sp, #32]
    stp x6, x7, [sp, #48]
    stp x8, x9, [sp, #64]
    stp x10, x11, [sp, #80]
    stp x12, x13, [sp, #96]
    stp x14, x15, [sp, #112]
    stp x16, x17, [sp, #128]
    stp x18, x19, [sp, #144]
    stp x20, x21, [sp, #160]
    stp x22, x23, [sp, #176]
    stp x24, x25, [sp, #192]
    stp x26, x27, [sp, #208]
    stp x28, x29, [sp, #224]
    str x30, [sp, #240]
    mrs x1, elr_el1
    mrs x2, spsr_el1
    stp x1, x2, [sp, #FRAME_ELR]
    and x1, x0, #0x180 /* type within the group: 0 sync, 0x80 IRQ, 0x100 FIQ, 0x180 SError */
    cbz x1, exc_sync
    cmp x1, #0x80
    b.ne exc_unexpected
    cmp x0, #0x600
    b.hs exc_unexpected /* nothing runs in AArch32 */
    bl irq_handler
    b exc_return

exc_sync:
    LA x9, exc_rec
    ldr x1, [x9, #EXC_COUNT]
    add x1, x1, #1
    str x1, [x9, #EXC_COUNT]
    str x0, [x9, #EXC_VEC]
    mrs x1, esr_el1
    mrs x2, elr_el1
    stp x1, x2, [x9, #EXC_ESR]
    mrs x1, far_el1
    mrs x2, spsr_el1
    stp x1, x2, [x9, #EXC_FAR]
    mrs x1, daif
    str x1, [x9, #EXC_DAIF]
    ldr x1, [x9, #EXC_RESUME]
    cbz x1, exc_unexpected
    str xzr, [x9, #EXC_RESUME]
    str x1, [sp, #FRAME_ELR]
    /* resume with PSTATE.IL clear: ERET restores IL from SPSR, and an Illegal Execution state
       exception leaves SPSR.IL = 1, which would take it again at the resume address */
    ldr x2, [sp, #FRAME_SPSR]
    bic x2, x2, #(1 << 20)
    ldr x3, [x9, #EXC_RESUME_SPSR] /* what EXPECT_EXC asked to set, e.g. PSTATE.D */
    orr x2, x2, x3
    str x2, [sp, #FRAME_SPSR]
    cmp x0, #0x400
    b.lo exc_return
    mov x1, #(DAIF_ALL | M_EL1H) /* from EL0: back to the EL1 code that ran it */
    str x1, [sp, #FRAME_SPSR]

exc_return:
    ldp x1, x2, [sp, #FRAME_ELR]
    msr elr_el1, x1
    msr spsr_el1, x2
    ldp x2, x3, [sp, #16]
    ldp x4, x5, [sp, #32]
    ldp x6, x7, [sp, #48]
    ldp x8, x9, [sp, #64]
    ldp x10, x11, [sp, #80]
    ldp x12, x13, [sp, #96]
    ldp x14, x15, [sp, #112]
    ldp x16, x17, [sp, #128]
    ldp x18, x19, [sp, #144]
    ldp x20, x21, [sp, #160]
    ldp x22, x23, [sp, #176]
    ldp x24, x25, [sp, #192]
    ldp x26, x27, [sp, #208]
    ldp x28, x29, [sp, #224]
    ldr x30, [sp, #240]
    ldp x0, x1, [sp, #0]
    add sp, sp, #FRAME
    eret

/* x0 = vector offset: print what happened and stop. */
exc_unexpected:
    mov x19, x0
    adr x0, s_unexpected
    bl puts
    mov x0, x19
    bl put_hex
    adr x0, s_esr
    bl puts
    mrs x0, esr_el1
    bl put_hex
    adr x0, s_elr
    bl puts
    mrs x0, elr_el1
    bl put_hex
    adr x0, s_far
    bl puts
    mrs x0, far_el1
    bl put_hex
    adr x0, s_spsr
    bl puts
    mrs x0, spsr_el1
    bl put_hex
    mov w0, #'\n'
    bl uart_putc
    adr x0, s_none
    b bail_out

/* The default IRQ hook: no interrupt was expected. */
    .weak irq_handler
irq_handler:
    b exc_unexpected

/*
 * run_el0(x0 entry, x1 argument): runs entry at EL0 (EL0t, DAIF masked,
 * SP_EL0 = the EL0 stack, x0 = argument) until its first exception, which
 * is recorded in exc_rec as usual. Returns x0 and x1 as the EL0 code left
 * them; x19-x30 are restored.
 * run_el0_spsr(x0 entry, x1 argument, x2 SPSR_EL1): the same with the given
 * PSTATE for EL0 (M must be EL0t), e.g. with SPSR.SS set for software step.
 */
    .globl run_el0
    .globl run_el0_spsr
run_el0:
    mov x2, #(DAIF_ALL | M_EL0T)
run_el0_spsr:
    stp x29, x30, [sp, #-96]!
    mov x29, sp
    stp x19, x20, [sp, #16]
    stp x21, x22, [sp, #32]
    stp x23, x24, [sp, #48]
    stp x25, x26, [sp, #64]
    stp x27, x28, [sp, #80]
    msr elr_el1, x0
    msr spsr_el1, x2
    LA x0, el0_stack_top
    msr sp_el0, x0
    EXPECT_EXC 1f
    mov x0, x1
    eret
1:  ldp x27, x28, [sp, #80]
    ldp x25, x26, [sp, #64]
    ldp x23, x24, [sp, #48]
    ldp x21, x22, [sp, #32]
    ldp x19, x20, [sp, #16]
    ldp x29, x30, [sp], #96
    ret

s_unexpected: .asciz "not ok - unexpected exception at vector offset "
s_esr: .asciz ", ESR "
s_elr: .asciz ", ELR "
s_far: .asciz ", FAR "
s_spsr: .asciz ", SPSR "
s_none: .asciz "unexpected exception"
    .balign 4

    .bss
    .balign 16
    .globl exc_rec
exc_rec: .skip EXC_RECORD_SIZE
    .balign 16
el0_stack: .skip 4096
    .globl el0_stack_top
el0_stack_top:
