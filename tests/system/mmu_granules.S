/*
 * Stage 1 translation with the 64 KiB and 16 KiB granules (mmu.S covers
 * 4 KiB in depth): for each granule ID_AA64MMFR0_EL1 says is implemented,
 * build an identity map with blocks, map test pages through a level 3
 * table, turn the MMU on and check aliasing, faults by level and AT.
 *
 * Arm ARM (DDI 0487), VMSAv8-64: "Translation granule size" and the
 * lookup-level tables for a 39-bit input address (T0SZ = 25):
 *   64 KiB: walk starts at level 2 (VA bits 38:29, 1024 entries, 512 MiB
 *           blocks), level 3 resolves VA bits 28:16;
 *   16 KiB: walk starts at level 1 (VA bits 38:36, 8 entries), level 2
 *           resolves bits 35:25 (32 MiB blocks), level 3 bits 24:14.
 * TCR_EL1.TG0: 00 = 4K, 01 = 64K, 10 = 16K. ID_AA64MMFR0_EL1.TGran64
 * (27:24) = 0 and TGran16 (23:20) != 0 mean implemented.
 *
 * SCTLR_EL1.C stays 0 and the walks are Non-cacheable, so the MMU can be
 * turned off and on between granules without cache maintenance.
 */
#include "test.h"

#define D_BLOCK 0x1
#define D_TABLE 0x3
#define D_PAGE 0x3
#define AP_RO (2 << 6)
#define AF (1 << 10)
#define UXN (1 << 54)
#define PXN (1 << 53)
#define NORMAL ((0 << 2) | (3 << 8) | AF)        /* MAIR Attr0, inner shareable */
#define DEVICE ((1 << 2) | AF | PXN | UXN)       /* MAIR Attr1 */
#define MAIR_VALUE 0x0044                        /* Attr0 Normal Non-cacheable, Attr1 Device-nGnRnE */
#define TCR_COMMON (25 | (1 << 23) | (1 << 32))  /* T0SZ 25, EPD1, IPS 36 bits, NC walks */
#define TG0_64K (1 << 14)
#define TG0_16K (2 << 14)

#define TEST_VA 0x80000000
#define MAGIC 0x0123456789abcdef

.macro DESC table, index, oa, attrs
    ldr x9, =(\attrs)
    orr x9, x9, \oa
    str x9, [\table, #((\index) * 8)]
.endm

/*
 * The checks, once the MMU runs on a granule's tables: x22 = the test page's PA, mapped
 * read/write at TEST_VA and read-only at TEST_VA + stride; TEST_VA + 2 * stride has an
 * invalid level 3 entry, l2_invalid an invalid level 2 entry.
 */
.macro GRANULE_CHECKS name, stride, l2_invalid
    mrs x0, sctlr_el1
    CHECK_MASKED x0, 1, 1, "\name: MMU on, running on the identity map"
    ldr x20, =TEST_VA
    ldr x0, [x20]
    CHECK x0, MAGIC, "\name: the alias reads the page"
    ldr x0, =0x7766554433221100
    str x0, [x20, #8]
    ldr x1, [x22, #8]
    CHECK x1, 0x7766554433221100, "\name: a store through the alias reaches the PA"
    ldr x0, =(TEST_VA + \stride + 8)
    ldr x0, [x0]
    CHECK x0, 0x7766554433221100, "\name: read-only alias reads the page"
    DATA_ABORT (TEST_VA + \stride), "str xzr, [x21]", ESR(0x25, ISS_WNR | 0x0f), "\name: store to the read-only alias: permission fault, level 3"
    DATA_ABORT (TEST_VA + 2 * \stride), "ldr x0, [x21]", ESR(0x25, 0x07), "\name: invalid level 3 entry: translation fault, level 3"
    DATA_ABORT \l2_invalid, "ldr x0, [x21]", ESR(0x25, 0x06), "\name: invalid level 2 entry: translation fault, level 2"
    ldr x0, =(TEST_VA + \stride - 8)
    at s1e1r, x0
    isb
    mrs x0, par_el1
    ldr x1, =0xfffffffff001
    and x0, x0, x1
    ldr x1, =(\stride - 8) /* PAR_EL1.PA[47:12]: the page's PA plus the VA's bits below the granule */
    add x1, x22, x1
    and x1, x1, #~0xfff
    CHECKR x0, x1, "\name: AT S1E1R at the page's end: PAR_EL1.F = 0, PA = page + offset"
.endm

    .text
    .globl test_main
test_main:
    ENTER
    mrs x19, id_aa64mmfr0_el1
    and x0, x19, #0xf
    cmp x0, #1
    cset x0, hs
    CHECK x0, 1, "ID_AA64MMFR0_EL1.PARange >= 36 bits (the IPS used here)"
    ldr x0, =MAIR_VALUE
    msr mair_el1, x0
    ubfx x0, x19, #24, #4
    cbnz x0, 1f
    bl test_64k
    b 2f
1:  TAP_SKIP "64K granule", "ID_AA64MMFR0_EL1.TGran64 says not implemented"
2:  ubfx x0, x19, #20, #4
    cbz x0, 1f
    bl test_16k
    b 2f
1:  TAP_SKIP "16K granule", "ID_AA64MMFR0_EL1.TGran16 says not implemented"
2:  LEAVE

/* mmu_on(x0 = TCR_EL1, x1 = TTBR0_EL1) */
mmu_on:
    msr tcr_el1, x0
    msr ttbr0_el1, x1
    isb
    tlbi vmalle1
    dsb nsh
    isb
    mrs x0, sctlr_el1
    bic x0, x0, #(1 << 2) /* C = 0: data accesses Non-cacheable */
    orr x0, x0, #1
    msr sctlr_el1, x0
    isb
    ret

mmu_off:
    mrs x0, sctlr_el1
    bic x0, x0, #1
    msr sctlr_el1, x0
    isb
    ret

test_64k:
    ENTER
    LA x20, t64_l2
    LA x21, t64_l3
    LA x22, page64
    mov x0, #0
    DESC x20, 0, x0, (DEVICE | D_BLOCK) /* 0-512 MiB: GIC, UART */
    mov x0, #RAM_BASE
    DESC x20, 2, x0, (NORMAL | D_BLOCK) /* 1 GiB-1.5 GiB: RAM */
    DESC x20, 4, x21, D_TABLE           /* TEST_VA -> level 3 */
    DESC x21, 0, x22, (NORMAL | UXN | D_PAGE)
    DESC x21, 1, x22, (NORMAL | AP_RO | UXN | D_PAGE)
    ldr x0, =MAGIC
    str x0, [x22]
    dsb ish
    ldr x0, =(TCR_COMMON | TG0_64K)
    mov x1, x20
    bl mmu_on
    GRANULE_CHECKS "64K", 0x10000, (TEST_VA + 0x20000000)
    bl mmu_off
    LEAVE

test_16k:
    ENTER
    LA x19, t16_l1
    LA x20, t16_l2
    LA x21, t16_l3
    LA x22, page16
    DESC x19, 0, x20, D_TABLE           /* VA 0-64 GiB -> level 2 */
    mov x0, #0x08000000
    DESC x20, 4, x0, (DEVICE | D_BLOCK) /* 128-160 MiB: GIC, UART */
    mov x0, #RAM_BASE
    mov x1, #0x2000000
    DESC x20, 32, x0, (NORMAL | D_BLOCK) /* RAM: 4 blocks of 32 MiB */
    add x0, x0, x1
    DESC x20, 33, x0, (NORMAL | D_BLOCK)
    add x0, x0, x1
    DESC x20, 34, x0, (NORMAL | D_BLOCK)
    add x0, x0, x1
    DESC x20, 35, x0, (NORMAL | D_BLOCK)
    DESC x20, 64, x21, D_TABLE          /* TEST_VA -> level 3 */
    DESC x21, 0, x22, (NORMAL | UXN | D_PAGE)
    DESC x21, 1, x22, (NORMAL | AP_RO | UXN | D_PAGE)
    ldr x0, =MAGIC
    str x0, [x22]
    dsb ish
    ldr x0, =(TCR_COMMON | TG0_16K)
    mov x1, x19
    bl mmu_on
    GRANULE_CHECKS "16K", 0x4000, (TEST_VA + 0x2000000)
    /* 16K starts at level 1: an invalid level 1 entry (VA 64 GiB) is a level 1 fault */
    DATA_ABORT 0x1000000000, "ldr x0, [x21]", ESR(0x25, 0x05), "16K: invalid level 1 entry: translation fault, level 1"
    bl mmu_off
    LEAVE

    .bss
    .balign 65536
t64_l2: .skip 65536
t64_l3: .skip 65536
page64: .skip 65536
t16_l1: .skip 16384
t16_l2: .skip 16384
t16_l3: .skip 16384
page16: .skip 16384
