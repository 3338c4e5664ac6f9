/*
 * Stage 1 translation for the EL1&0 regime with the 4 KiB granule: page
 * tables built here, the MMU turned on, then aliases, faults by kind and
 * level, AT, TLB maintenance and a TTBR1 upper-half mapping.
 *
 * Expected values: Arm ARM (DDI 0487), VMSAv8-64 chapter ("Translation table
 * descriptor formats", "Memory access control", "The Access flag", "Address
 * size configuration"), the ESR_EL1 data/instruction abort ISS encodings
 * (DFSC: 0b0000LL address size, 0b0001LL translation, 0b0010LL access flag,
 * 0b0011LL permission, LL = level), PAR_EL1, and the pseudocode
 * AArch64.TranslationTableWalk.
 *
 * VA map (TTBR0, T0SZ = 25: 39-bit VAs, the walk starts at level 1):
 *   0x0000_0000-0x3fff_ffff  l1[0] -> l2_dev: the PL011/PL031 2 MiB block, Device-nGnRnE
 *   0x4000_0000-0x47ff_ffff  l1[1] -> l2_ram: RAM identity mapped, 2 MiB blocks, Normal WB
 *   0x8000_0000-             l1[2] -> l2_test[0] -> l3_test: the test pages below
 *   0xc000_0000-             l1[3] invalid
 * TTBR1 (T1SZ = 25): 0xffff_ff80_0000_0000 is a 1 GiB level 1 block onto RAM.
 */
#include "test.h"

/* descriptor bits */
#define D_BLOCK 0x1
#define D_TABLE 0x3
#define D_PAGE 0x3
#define ATTR_NORMAL (0 << 2) /* AttrIndx -> MAIR_EL1.Attr0 */
#define ATTR_DEVICE (1 << 2) /* AttrIndx -> MAIR_EL1.Attr1 */
#define AP_EL0_RW (1 << 6)   /* AP[2:1] = 01: EL1 and EL0 read/write */
#define AP_RO (2 << 6)       /* AP[2:1] = 10: EL1 read-only, no EL0 access */
#define SH_INNER (3 << 8)
#define AF (1 << 10)
#define PXN (1 << 53)
#define UXN (1 << 54)
#define NORMAL (ATTR_NORMAL | SH_INNER | AF)
#define DEVICE (ATTR_DEVICE | AF | PXN | UXN)
/* MAIR_EL1: Attr0 = 0xff Normal Write-Back RW-allocate, Attr1 = 0x00 Device-nGnRnE */
#define MAIR_VALUE 0x00ff
/* TCR_EL1: T0SZ = T1SZ = 25, walks inner/outer WB inner shareable, TG0 = 4K (00),
   TG1 = 4K (10), EPD1 = 1 (no TTBR1 walks yet), IPS = 001 (36-bit PA) */
#define TCR_EPD1 (1 << 23)
#define TCR_VALUE (25 | (1 << 8) | (1 << 10) | (3 << 12) | (25 << 16) | TCR_EPD1 | \
                   (1 << 24) | (1 << 26) | (3 << 28) | (2 << 30) | (1 << 32))
#define SCTLR_M 1
#define SCTLR_C (1 << 2)
#define SCTLR_I (1 << 12)

#define TEST_VA 0x80000000
#define VA_RW (TEST_VA + 0x0000)        /* page_a */
#define VA_RO (TEST_VA + 0x1000)        /* page_a, AP_RO */
#define VA_NOAF (TEST_VA + 0x2000)      /* page_a, AF = 0 */
#define VA_L3_INVALID (TEST_VA + 0x3000)
#define VA_CODE_PXN (TEST_VA + 0x4000)  /* code_page, PXN */
#define VA_CODE (TEST_VA + 0x5000)      /* code_page */
#define VA_SWAP (TEST_VA + 0x6000)      /* page_a, later page_b */
#define VA_CODE_EL0W (TEST_VA + 0x7000) /* code_page, writable at EL0 */
#define VA_BIG_OA (TEST_VA + 0x8000)    /* output address 2^36, beyond IPS */
#define VA_L2_INVALID (TEST_VA + 0x200000)
#define VA_L1_INVALID 0xc0000000
#define VA_OUT_OF_RANGE (1 << 39)       /* above the TTBR0 range, below the TTBR1 one */
#define VA_TTBR1 0xffffff8000000000

#define MAGIC_A 0x1111aaaa2222bbbb
#define MAGIC_B 0x3333cccc4444dddd

.macro L3_PAGE index, oa_reg, attrs
    ldr x9, =(\attrs)
    orr x9, x9, \oa_reg
    str x9, [x20, #(\index * 8)]
.endm

/* PAR_EL1 after a failed AT: F (bit 0) = 1, FST (bits 6:1) = the fault status code. */
.macro AT_FAULT op, va, fst, what
    ldr x0, =\va
    at \op, x0
    isb
    mrs x0, par_el1
    CHECK_MASKED x0, 0x7f, ((\fst << 1) | 1), "\what"
.endm

    .text
    .globl test_main
test_main:
    ENTER
    bl build_tables
    ldr x0, =MAIR_VALUE
    msr mair_el1, x0
    mrs x0, id_aa64mmfr0_el1
    and x0, x0, #0xf
    cmp x0, #1
    cset x0, hs
    CHECK x0, 1, "ID_AA64MMFR0_EL1.PARange >= 36 bits (the IPS used here)"
    ldr x0, =TCR_VALUE
    msr tcr_el1, x0
    LA x0, l1_lo
    msr ttbr0_el1, x0
    isb
    tlbi vmalle1
    dsb nsh
    isb
    mrs x0, sctlr_el1
    mov x1, #(SCTLR_M | SCTLR_C)
    orr x1, x1, #SCTLR_I
    orr x0, x0, x1
    msr sctlr_el1, x0
    isb
    mrs x0, sctlr_el1
    CHECK_MASKED x0, SCTLR_M, SCTLR_M, "SCTLR_EL1.M = 1: running on the identity map, UART through a Device block"
    bl check_aliases
    bl check_faults
    bl check_exec
    bl check_at
    bl check_tlbi
    bl check_ttbr1
    LEAVE

build_tables:
    LA x0, l1_lo
    LA x1, l2_dev
    orr x1, x1, #D_TABLE
    str x1, [x0, #0]
    LA x1, l2_ram
    orr x1, x1, #D_TABLE
    str x1, [x0, #8]
    LA x1, l2_test
    orr x1, x1, #D_TABLE
    str x1, [x0, #16]
    LA x0, l2_dev
    mov x1, #UART_BASE
    ldr x2, =(DEVICE | D_BLOCK)
    orr x1, x1, x2
    str x1, [x0, #((UART_BASE >> 21) * 8)]
    LA x0, l2_ram
    mov x1, #RAM_BASE
    ldr x2, =(NORMAL | D_BLOCK)
    mov x3, #64
1:  orr x4, x1, x2
    str x4, [x0], #8
    add x1, x1, #0x200000
    subs x3, x3, #1
    b.ne 1b
    LA x0, l2_test
    LA x1, l3_test
    orr x1, x1, #D_TABLE
    str x1, [x0]
    LA x20, l3_test
    LA x21, page_a
    LA x22, code_page
    L3_PAGE 0, x21, (NORMAL | UXN | D_PAGE)
    L3_PAGE 1, x21, (NORMAL | AP_RO | UXN | D_PAGE)
    L3_PAGE 2, x21, (ATTR_NORMAL | SH_INNER | UXN | D_PAGE) /* AF = 0 */
    L3_PAGE 4, x22, (NORMAL | AP_RO | PXN | UXN | D_PAGE)
    L3_PAGE 5, x22, (NORMAL | AP_RO | UXN | D_PAGE)
    L3_PAGE 6, x21, (NORMAL | UXN | D_PAGE)
    L3_PAGE 7, x22, (NORMAL | AP_EL0_RW | D_PAGE)
    mov x1, #(1 << 36)
    L3_PAGE 8, x1, (NORMAL | UXN | D_PAGE)
    LA x0, page_a
    ldr x1, =MAGIC_A
    str x1, [x0]
    LA x0, page_b
    ldr x1, =MAGIC_B
    str x1, [x0]
    dsb ish
    ret

check_aliases:
    ENTER
    /* One physical page at two VAs: a store through the alias is a store to the PA */
    ldr x20, =VA_RW
    LA x21, page_a
    ldr x0, [x20]
    CHECK x0, MAGIC_A, "alias VA reads the physical page"
    ldr x0, =0x5566778899aabbcc
    str x0, [x20, #16]
    ldr x1, [x21, #16]
    CHECK x1, 0x5566778899aabbcc, "store through the alias is seen at the physical address"
    ldr x0, =VA_RO
    ldr x0, [x0, #16]
    CHECK x0, 0x5566778899aabbcc, "read-only alias (AP[2:1] = 10) is readable at EL1"
    LEAVE

/* EL0: load from x0, then SVC */
el0_load:
    ldr x0, [x0]
    svc #0

check_faults:
    ENTER
    /* AP[2:1] = 10: EL1 stores fault with a level 3 permission fault, WnR = 1 */
    DATA_ABORT VA_RO, "str xzr, [x21]", ESR(0x25, ISS_WNR | 0x0f), "store to a read-only page: permission fault, level 3, WnR 1"
    LA x0, page_a
    ldr x0, [x0]
    CHECK x0, MAGIC_A, "the faulting store wrote nothing"
    /* AF = 0 and no hardware AF update (TCR_EL1.HA = 0): access flag fault, level 3 */
    DATA_ABORT VA_NOAF, "ldr x0, [x21]", ESR(0x25, 0x0b), "load from a page with AF = 0: access flag fault, level 3"
    /* invalid descriptors: translation fault at the level of the invalid entry */
    DATA_ABORT VA_L3_INVALID, "ldr x0, [x21]", ESR(0x25, 0x07), "invalid level 3 entry: translation fault, level 3"
    DATA_ABORT VA_L2_INVALID, "ldr x0, [x21]", ESR(0x25, 0x06), "invalid level 2 entry: translation fault, level 2"
    DATA_ABORT VA_L1_INVALID, "str x0, [x21]", ESR(0x25, ISS_WNR | 0x05), "invalid level 1 entry: translation fault, level 1, WnR 1"
    /* a VA in neither TTBR range, or in TTBR1's with TCR_EL1.EPD1 = 1: translation fault,
       level 0 (AArch64.TranslationTableWalk: no base found / walk disabled -> level 0) */
    DATA_ABORT VA_OUT_OF_RANGE, "ldr x0, [x21]", ESR(0x25, 0x04), "VA outside both TTBR ranges: translation fault, level 0"
    DATA_ABORT VA_TTBR1, "ldr x0, [x21]", ESR(0x25, 0x04), "TTBR1 VA with TCR_EL1.EPD1 = 1: translation fault, level 0"
    /* output address 2^36 with TCR_EL1.IPS = 36 bits: address size fault, level 3 */
    DATA_ABORT VA_BIG_OA, "ldr x0, [x21]", ESR(0x25, 0x03), "output address beyond TCR_EL1.IPS: address size fault, level 3"
    /* EL0 load from a page without EL0 access (AP[2:1] = 00): permission fault, EC 0x24
       (data abort from a lower EL), vector +0x400 */
    adr x0, el0_load
    ldr x1, =VA_RW
    bl run_el0
    CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x24, 0x0f), "EL0 load from an EL1-only page: EC 0x24, permission fault, level 3"
    ldr x1, =VA_RW
    CHECK_EXCR EXC_FAR, x1, "EL0 permission fault: FAR_EL1 = the VA"
    CHECK_EXC EXC_VEC, 0x400, "EL0 data abort: vector VBAR_EL1 + 0x400"
    adr x0, el0_load
    ldr x1, =VA_CODE_EL0W
    bl run_el0
    mov x20, x0
    CHECK_EXC_MASKED EXC_ESR, ESR_EC_IL_MASK, ESR(0x15, 0), "EL0 load from an AP[2:1] = 01 page works (ends in its SVC)"
    LA x0, code_page
    ldr x0, [x0]
    CHECKR x20, x0, "EL0 load through the AP[2:1] = 01 alias reads the page"
    LEAVE

check_exec:
    ENTER
    /* Execution through an alias: PXN = 0 runs, PXN = 1 takes a level 3 permission fault
       reported as an instruction abort (EC 0x21), ELR = FAR = the branch target */
    ldr x21, =VA_CODE
    blr x21
    CHECK x0, 0x77, "code page executes through its alias"
    ldr x21, =VA_CODE_PXN
    EXPECT_EXC 1f
    blr x21
1:  EXPECT_NONE
    CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x21, 0x0f), "branch to a PXN page: instruction abort, permission fault, level 3"
    CHECK_EXCR EXC_ELR, x21, "instruction abort: ELR_EL1 = the target"
    CHECK_EXCR EXC_FAR, x21, "instruction abort: FAR_EL1 = the target"
    /* EL1 never executes from memory writable at EL0 ("Memory access control": a region
       with AP[2:1] = 01 is treated as PXN) */
    ldr x21, =VA_CODE_EL0W
    EXPECT_EXC 1f
    blr x21
1:  EXPECT_NONE
    CHECK_EXC_MASKED EXC_ESR, ESR_ABORT_MASK, ESR(0x21, 0x0f), "EL1 branch to an EL0-writable page: permission fault"
    LEAVE

check_at:
    ENTER
    /* AT S1E1R success: PAR_EL1.F = 0, PA[47:12], ATTR = the MAIR attribute, SH */
    ldr x0, =(VA_RW + 0x123)
    at s1e1r, x0
    isb
    mrs x20, par_el1
    ldr x1, =0xfffffffff001
    and x0, x20, x1
    LA x1, page_a
    CHECKR x0, x1, "AT S1E1R on a mapped VA: PAR_EL1.F = 0, PA = the page"
    lsr x0, x20, #56
    CHECK x0, 0xff, "AT S1E1R: PAR_EL1.ATTR = MAIR Attr0 (0xff)"
    ubfx x0, x20, #7, #2
    CHECK x0, 3, "AT S1E1R: PAR_EL1.SH = inner shareable"
    AT_FAULT s1e1r, VA_L3_INVALID, 0x07, "AT S1E1R on an invalid level 3 entry: F = 1, FST = 0x07"
    AT_FAULT s1e1r, VA_L2_INVALID, 0x06, "AT S1E1R on an invalid level 2 entry: FST = 0x06"
    AT_FAULT s1e1w, VA_RO, 0x0f, "AT S1E1W on a read-only page: FST = 0x0F (permission)"
    AT_FAULT s1e1r, VA_NOAF, 0x0b, "AT S1E1R on AF = 0: FST = 0x0B (access flag)"
    AT_FAULT s1e0r, VA_RW, 0x0f, "AT S1E0R on an EL1-only page: FST = 0x0F"
    AT_FAULT s1e1r, VA_OUT_OF_RANGE, 0x04, "AT S1E1R outside the TTBR ranges: FST = 0x04"
    LEAVE

check_tlbi:
    ENTER
    /* A descriptor change is only guaranteed to be seen after TLB maintenance ("TLB
       maintenance requirements and the TLB maintenance instructions"): break (invalid +
       TLBI VAE1), the VA faults; make (page_b), it reads page_b; back with TLBI VMALLE1 */
    ldr x21, =VA_SWAP
    ldr x0, [x21] /* the old translation is now likely in the TLB */
    CHECK x0, MAGIC_A, "swap VA first reads page_a"
    LA x20, l3_test
    str xzr, [x20, #(6 * 8)]
    dsb ishst
    lsr x0, x21, #12
    tlbi vae1is, x0
    dsb ish
    isb
    DATA_ABORT VA_SWAP, "ldr x0, [x21]", ESR(0x25, 0x07), "after invalidating the entry and TLBI VAE1IS: translation fault"
    LA x22, page_b
    L3_PAGE 6, x22, (NORMAL | UXN | D_PAGE)
    dsb ishst
    isb
    ldr x0, [x21]
    CHECK x0, MAGIC_B, "new descriptor for the VA: reads page_b"
    str xzr, [x20, #(6 * 8)]
    dsb ishst
    tlbi vmalle1is
    dsb ish
    LA x22, page_a
    L3_PAGE 6, x22, (NORMAL | UXN | D_PAGE)
    dsb ishst
    isb
    ldr x0, [x21]
    CHECK x0, MAGIC_A, "after TLBI VMALLE1IS and a new descriptor: reads page_a again"
    LEAVE

check_ttbr1:
    ENTER
    /* TTBR1_EL1 translates the top 2^(64-T1SZ) bytes; a level 1 block maps 1 GiB */
    LA x0, l1_hi
    mov x1, #RAM_BASE
    ldr x2, =(NORMAL | UXN | D_BLOCK)
    orr x1, x1, x2
    str x1, [x0]
    dsb ishst
    msr ttbr1_el1, x0
    mrs x0, tcr_el1
    bic x0, x0, #TCR_EPD1
    msr tcr_el1, x0
    isb
    tlbi vmalle1
    dsb nsh
    isb
    LA x20, page_a
    ldr x0, =(VA_TTBR1 - RAM_BASE)
    add x21, x20, x0
    ldr x0, [x21]
    CHECK x0, MAGIC_A, "TTBR1 1 GiB block: the upper-half VA reads page_a"
    at s1e1r, x21
    isb
    mrs x0, par_el1
    ldr x1, =0xfffffffff001
    and x0, x0, x1
    CHECKR x0, x20, "AT S1E1R on the TTBR1 VA: PA = page_a"
    LEAVE

    /* runs through its aliases: returns 0x77 */
    .balign 4096
code_page:
    mov x0, #0x77
    ret
    .balign 4096

    .bss
    .balign 4096
l1_lo: .skip 4096
l1_hi: .skip 4096
l2_dev: .skip 4096
l2_ram: .skip 4096
l2_test: .skip 4096
l3_test: .skip 4096
page_a: .skip 4096
page_b: .skip 4096
