/*
 * Entry of every bare-metal test program: the arm64 Image header that
 * ferry's -kernel loader asks for (Linux Documentation/arm64/booting.rst,
 * "Call the kernel image": 64-byte header, magic "ARM\x64" at byte 56),
 * then a minimal start: stack, zeroed bss, VBAR_EL1, test_main, the TAP
 * plan and "done", PSCI SYSTEM_OFF.
 *
 * booting.rst also gives the entry state this relies on: EL1 (or EL2, which
 * this board never uses), MMU off, DAIF masked, x0 = the device tree.
 */
#include "test.h"

#define STACK_SIZE 16384
#define MAX_CPUS 4

    .section .text.head, "ax"
    .globl _start
_start:
    b entry           /* code0 */
    .long 0           /* code1 */
    .quad TEXT_OFFSET /* text_offset (image.ld) */
    .quad image_size  /* image_size: text, data and bss */
    .quad 0           /* flags: little-endian, page size unspecified, 2 MiB aligned base */
    .quad 0, 0, 0     /* res2-res4 */
    .ascii "ARM\x64"  /* magic */
    .long 0           /* res5: no PE header */

entry:
    mov x19, x0 /* the device tree, for test_main */
    LA x1, __bss_start
    LA x2, __bss_end
1:  stp xzr, xzr, [x1], #16
    cmp x1, x2
    b.lo 1b
    mov x0, #0
    bl cpu_stack_top
    mov sp, x0
    LA x0, vectors
    msr vbar_el1, x0
    isb
    mov x0, x19
    bl test_main
    bl tap_done
    b system_off

/* cpu_stack_top(x0 = CPU index) -> x0 = the top of that CPU's 16 KiB stack. */
    .globl cpu_stack_top
cpu_stack_top:
    LA x1, cpu_stacks
    add x0, x0, #1
    mov x2, #STACK_SIZE
    madd x0, x0, x2, x1
    ret

    .bss
    .balign 16
cpu_stacks: .skip STACK_SIZE * MAX_CPUS
