/*
 * mmu_flat_on(): stage 1 translation on for the EL1&0 regime with a flat map
 * of three 1 GiB level 1 blocks, for programs that need Normal memory
 * (exclusives, atomics, DC ZVA: with the MMU off every data access is
 * Device-nGnRnE) and EL0 code that can touch its own data:
 *
 *   VA 0x0000_0000  devices (UART, GIC): Device-nGnRnE, execute-never
 *   VA 0x4000_0000  RAM, identity: Normal Write-Back, EL1 read/write/execute, no EL0 access
 *   VA 0x8000_0000  the same RAM again: EL0 read/write/execute; EL1 may read and write but
 *                   not execute it (EL0_VA in test.h turns an image address into this alias)
 *
 * Arm ARM (DDI 0487), VMSAv8-64: "Translation table descriptor formats" (level 1 block:
 * bits 1:0 = 0b01, AttrIndx 4:2, AP[2:1] 7:6, SH 9:8, AF 10, PXN 53, UXN 54), "Memory
 * access control" (AP[2:1] = 0b00 EL1 only, 0b01 EL1 and EL0 read/write; EL0-writable
 * memory is never executable at EL1). TCR_EL1: T0SZ = 25 (39-bit VAs: the 4 KiB granule
 * walk starts at level 1), TG0 = 4 KiB, walks Write-Back Inner Shareable, EPD1 = 1, IPS =
 * 36 bits. MAIR_EL1: Attr0 = 0xff (Normal Write-Back), Attr1 = 0x00 (Device-nGnRnE).
 */
#include "test.h"

#define BLOCK 0x1
#define ATTR_NORMAL (0 << 2)
#define ATTR_DEVICE (1 << 2)
#define AP_EL0_RW (1 << 6)
#define SH_INNER (3 << 8)
#define AF (1 << 10)
#define PXN (1 << 53)
#define UXN (1 << 54)
#define DEVICE_BLOCK (BLOCK | ATTR_DEVICE | AF | PXN | UXN)
#define RAM_EL1_BLOCK (BLOCK | ATTR_NORMAL | SH_INNER | AF | UXN)
#define RAM_EL0_BLOCK (BLOCK | ATTR_NORMAL | SH_INNER | AF | AP_EL0_RW | PXN)
#define MAIR_VALUE 0x00ff
#define TCR_VALUE (25 | (1 << 8) | (1 << 10) | (3 << 12) | (1 << 23) | (1 << 32))
#define SCTLR_M 1
#define SCTLR_C (1 << 2)
#define SCTLR_I (1 << 12)

    .text
    .globl mmu_flat_on
mmu_flat_on:
    LA x0, flat_l1
    ldr x1, =DEVICE_BLOCK
    str x1, [x0, #0]
    ldr x1, =(RAM_BASE | RAM_EL1_BLOCK)
    str x1, [x0, #8]
    ldr x1, =(RAM_BASE | RAM_EL0_BLOCK)
    str x1, [x0, #16]
    dsb ish
    ldr x1, =MAIR_VALUE
    msr mair_el1, x1
    ldr x1, =TCR_VALUE
    msr tcr_el1, x1
    msr ttbr0_el1, x0
    isb
    tlbi vmalle1
    dsb nsh
    isb
    mrs x1, sctlr_el1
    mov x2, #(SCTLR_M | SCTLR_C)
    orr x2, x2, #SCTLR_I
    orr x1, x1, x2
    msr sctlr_el1, x1
    isb
    ret

    .bss
    .balign 4096
flat_l1: .skip 4096
