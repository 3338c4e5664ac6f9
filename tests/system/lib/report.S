/*
 * TAP output over the PL011 for the bare-metal tests: one line per check,
 * "ok N - what" or "not ok N - what: got X want Y", with " # TODO ferry:
 * why" on a check marked as a known ferry gap. Only CPU 0 prints.
 * PL011 registers: PrimeCell UART (PL011) TRM, Arm DDI 0183, 3.3.
 */
#include "test.h"

#define UARTDR 0x000
#define UARTFR 0x018
#define FR_TXFF (1 << 5)

    .text

/* uart_putc(w0): wait while the transmit FIFO is full, then write the byte. */
    .globl uart_putc
uart_putc:
    mov x9, #UART_BASE
1:  ldr w10, [x9, #UARTFR]
    tbnz w10, #5, 1b /* FR_TXFF */
    strb w0, [x9, #UARTDR]
    ret

/* puts(x0): a NUL-terminated string, no newline added. */
    .globl puts
puts:
    stp x29, x30, [sp, #-32]!
    mov x29, sp
    str x19, [sp, #16]
    mov x19, x0
1:  ldrb w0, [x19], #1
    cbz w0, 2f
    bl uart_putc
    b 1b
2:  ldr x19, [sp, #16]
    ldp x29, x30, [sp], #32
    ret

/* put_hex(x0): 0x followed by the value's hex digits, no leading zeros. */
    .globl put_hex
put_hex:
    stp x29, x30, [sp, #-32]!
    mov x29, sp
    stp x19, x20, [sp, #16]
    mov x19, x0
    mov w0, #'0'
    bl uart_putc
    mov w0, #'x'
    bl uart_putc
    mov x20, #60 /* shift of the current digit */
1:  lsr x0, x19, x20 /* skip leading zero digits, keep the last */
    cbnz x0, 2f
    cbz x20, 2f
    sub x20, x20, #4
    b 1b
2:  lsr x0, x19, x20
    and x0, x0, #0xf
    cmp x0, #10
    add x1, x0, #'0'
    add x2, x0, #('a' - 10)
    csel x0, x1, x2, lo
    bl uart_putc
    cbz x20, 3f
    sub x20, x20, #4
    b 2b
3:  ldp x19, x20, [sp, #16]
    ldp x29, x30, [sp], #32
    ret

/* put_dec(x0): unsigned decimal. */
    .globl put_dec
put_dec:
    stp x29, x30, [sp, #-48]!
    mov x29, sp
    add x1, sp, #47 /* digits are built backwards in a 24-byte buffer at sp+24 */
    strb wzr, [x1]
    mov x3, #10
1:  udiv x2, x0, x3
    msub x4, x2, x3, x0
    add x4, x4, #'0'
    strb w4, [x1, #-1]!
    mov x0, x2
    cbnz x0, 1b
    mov x0, x1
    bl puts
    ldp x29, x30, [sp], #48
    ret

/* "ok N - " or "not ok N - " with N the next check number; x0 = nonzero for ok. */
tap_begin:
    stp x29, x30, [sp, #-16]!
    mov x29, sp
    cbnz x0, 1f
    adr x0, s_not
    bl puts
1:  adr x0, s_ok
    bl puts
    LA x1, tap_count
    ldr x0, [x1]
    add x0, x0, #1
    str x0, [x1]
    bl put_dec
    adr x0, s_dash
    bl puts
    ldp x29, x30, [sp], #16
    ret

/*
 * tap_check(x0 got, x1 want, x2 description, x3 TODO reason or 0): one TAP
 * line. A failure without a TODO reason is counted in tap_failures.
 */
    .globl tap_check
tap_check:
    stp x29, x30, [sp, #-48]!
    mov x29, sp
    stp x19, x20, [sp, #16]
    stp x21, x22, [sp, #32]
    mov x19, x0
    mov x20, x1
    mov x21, x2
    mov x22, x3
    cmp x19, x20
    cset x0, eq
    bl tap_begin
    mov x0, x21
    bl puts
    cmp x19, x20
    b.eq 1f
    adr x0, s_got
    bl puts
    mov x0, x19
    bl put_hex
    adr x0, s_want
    bl puts
    mov x0, x20
    bl put_hex
    cbnz x22, 1f
    LA x1, tap_failures
    ldr x0, [x1]
    add x0, x0, #1
    str x0, [x1]
1:  cbz x22, 2f
    adr x0, s_todo
    bl puts
    mov x0, x22
    bl puts
2:  mov w0, #'\n'
    bl uart_putc
    ldp x21, x22, [sp, #32]
    ldp x19, x20, [sp, #16]
    ldp x29, x30, [sp], #48
    ret

/* tap_skip(x0 description, x1 reason): "ok N - description # SKIP reason". */
    .globl tap_skip
tap_skip:
    stp x29, x30, [sp, #-32]!
    mov x29, sp
    stp x19, x20, [sp, #16]
    mov x19, x0
    mov x20, x1
    mov x0, #1
    bl tap_begin
    mov x0, x19
    bl puts
    adr x0, s_skip
    bl puts
    mov x0, x20
    bl puts
    mov w0, #'\n'
    bl uart_putc
    ldp x19, x20, [sp, #16]
    ldp x29, x30, [sp], #32
    ret

/* tap_note(x0 text): a "# text" diagnostic line. */
    .globl tap_note
tap_note:
    stp x29, x30, [sp, #-32]!
    mov x29, sp
    str x19, [sp, #16]
    mov x19, x0
    adr x0, s_hash
    bl puts
    mov x0, x19
    bl puts
    mov w0, #'\n'
    bl uart_putc
    ldr x19, [sp, #16]
    ldp x29, x30, [sp], #32
    ret

/* tap_done: the plan line "1..N", then "done" (the runner's sign of a complete run). */
    .globl tap_done
tap_done:
    stp x29, x30, [sp, #-16]!
    mov x29, sp
    adr x0, s_plan
    bl puts
    LA x1, tap_count
    ldr x0, [x1]
    bl put_dec
    adr x0, s_done
    bl puts
    ldp x29, x30, [sp], #16
    ret

/* bail_out(x0 reason): "Bail out! reason", then power off (no "done": the run fails). */
    .globl bail_out
bail_out:
    mov x19, x0
    adr x0, s_bail
    bl puts
    mov x0, x19
    bl puts
    mov w0, #'\n'
    bl uart_putc
    b system_off

/* psci_call(x0 function, x1-x3 arguments) -> x0, through HVC (the board's conduit). */
    .globl psci_call
psci_call:
    hvc #0
    ret

/* PSCI SYSTEM_OFF: ferry exits with status 0. Never returns. */
    .globl system_off
system_off:
    ldr x0, =PSCI_SYSTEM_OFF
    hvc #0
1:  wfi
    b 1b

s_not: .asciz "not "
s_ok: .asciz "ok "
s_dash: .asciz " - "
s_got: .asciz ": got "
s_want: .asciz " want "
s_todo: .asciz " # TODO ferry: "
s_skip: .asciz " # SKIP "
s_hash: .asciz "# "
s_plan: .asciz "1.."
s_done: .asciz "\ndone\n"
s_bail: .asciz "Bail out! "
    .balign 4

    .bss
    .balign 8
tap_count: .quad 0
    .globl tap_failures
tap_failures: .quad 0
