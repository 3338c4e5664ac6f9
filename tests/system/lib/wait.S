/*
 * Time-bounded waiting for the bare-metal tests, on the generic timer's
 * virtual counter (CNTVCT_EL0 at CNTFRQ_EL0 ticks per second): nothing
 * waits forever, so a device or CPU that never answers fails a check
 * instead of hanging the run.
 */
#include "test.h"

    .text

/* ms_ticks(x0 = milliseconds) -> x0 = counter ticks */
    .globl ms_ticks
ms_ticks:
    mrs x1, cntfrq_el0
    mov x2, #1000
    udiv x1, x1, x2
    mul x0, x0, x1
    ret

/* delay(x0 = counter ticks): busy-wait on CNTVCT_EL0 */
    .globl delay
delay:
    isb
    mrs x1, cntvct_el0
1:  isb
    mrs x2, cntvct_el0
    sub x2, x2, x1
    cmp x2, x0
    b.lo 1b
    ret

/*
 * poll_word(x0 = address, x1 = mask, x2 = wanted value, x3 = milliseconds):
 * reads the 32-bit word until (word & mask) == wanted or the time is up.
 * Returns x0 = the last (word & mask), for the caller's check.
 */
    .globl poll_word
poll_word:
    stp x29, x30, [sp, #-48]!
    mov x29, sp
    stp x19, x20, [sp, #16]
    stp x21, x22, [sp, #32]
    mov x19, x0
    mov x20, x1
    mov x21, x2
    mov x0, x3
    bl ms_ticks
    mrs x1, cntvct_el0
    add x22, x0, x1
1:  ldr w0, [x19]
    dmb ish /* later reads see what the poller saw */
    and x0, x0, x20
    cmp x0, x21
    b.eq 2f
    isb
    mrs x1, cntvct_el0
    cmp x1, x22
    b.lo 1b
2:  ldp x21, x22, [sp, #32]
    ldp x19, x20, [sp, #16]
    ldp x29, x30, [sp], #48
    ret
