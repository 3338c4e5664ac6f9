/*
 * Self-hosted debug, part 2: watchpoints. Byte selection (BAS), address
 * masks (MASK), load/store control (LSC), privilege control (PAC, and
 * unprivileged LDTR/STTR), at EL1 and EL0, and the access kinds beyond
 * LDR/STR: pairs, exclusives, LSE atomics, DC ZVA. The MMU is on with
 * mmu_flat.S's map, so data is Normal memory and EL0 reaches its own alias.
 *
 * Expected values: Arm ARM (DDI 0487) chapter D2 "AArch64 Self-hosted Debug"
 * ("Watchpoint exceptions", "Determining the memory location that caused a
 * Watchpoint exception": FAR_EL1 holds an address from the lowest address
 * the access touched up to the highest watched address it touched); the
 * register descriptions DBGWCR<n>_EL1, DBGWVR<n>_EL1 and ESR_EL1 ("ISS
 * encoding for an exception from a Watchpoint exception": WnR bit 6, CM bit
 * 8, DFSC 0b100010, the rest RES0 here); the shared pseudocode
 * AArch64.CheckWatchpoint, AArch64.WatchpointMatch (ls_match from LSC;
 * WnR = 0 when a load-watching watchpoint matched a read), AArch64.StateMatch
 * (an unprivileged access matches PAC as EL0), AArch64.WatchpointByteMatch
 * and AArch64.WatchpointException (preferred return = the access, which does
 * not happen).
 */
#include "test.h"
#include "debug_regs.h"

    .arch_extension lse

#define WP (WCR_E | WCR_PAC_BOTH | WCR_BAS(0xff))
#define WP_STORE (WP | WCR_STORE)
#define WP_LOAD (WP | WCR_LOAD)
#define WATCH_W ESR(EC_WATCH_SAME, ISS_WNR | FSC_DEBUG)
#define WATCH_R ESR(EC_WATCH_SAME, FSC_DEBUG)
#define MAGIC 0x0123456789abcdef
#define OTHER 0x5a5a5a5a5a5a5a5a
#define VAR_OFFSET 0x100 /* the watched doubleword: wpage + 0x100 */
#define CONTEXT_A 0x5a17
#define CONTEXT_B 0x5a18

    .text
    .globl test_main
test_main:
    ENTER
    msr oslar_el1, xzr
    isb
    bl mmu_flat_on
    bl check_store_load
    bl check_bas_mask
    bl check_privilege
    bl check_linked
    bl check_pair_exclusive
    bl check_atomic
    bl check_dc_zva
    bl check_hot
    LEAVE

/*
 * Watchpoint 0 = (wcr, DBGWVR0_EL1 = x22), MDSCR_EL1 = mdscr, PSTATE.D cleared
 * (then an ISB), and `insn` runs at EL1; x25 = its address. A watchpoint
 * exception resumes after it with PSTATE.D masked. All debug state is reset
 * afterwards; x0 = exceptions taken.
 */
.macro WATCH wcr, insn, mdscr=MDE_KDE
    ldr x0, =\wcr
    msr dbgwcr0_el1, x0
    msr dbgwvr0_el1, x22
    mov x0, #\mdscr
    msr mdscr_el1, x0
    isb
    adr x25, 0f
    EXPECT_EXC 1f, SPSR_D
    msr daifclr, #8
    isb
0:  \insn
1:  msr daifset, #8
    EXPECT_NONE
    DEBUG_RESET
    LA x0, exc_rec
    ldr x0, [x0, #EXC_COUNT]
.endm

/* The last exception: ESR `esr`, ELR_EL1 = `elr`, lo <= FAR_EL1 <= hi (registers). */
.macro WATCH_HIT esr, elr, lo, hi, what, todo=0
    CHECK_EXC EXC_ESR, \esr, "\what: ESR_EL1", "\todo"
    CHECK_EXCR EXC_ELR, \elr, "\what: ELR_EL1 = the access", "\todo"
    LA x16, exc_rec
    ldr x1, [x16, #EXC_FAR]
    ORDERED \lo, x1, \hi
    CHECK x0, 1, "\what: FAR_EL1 within [lowest byte accessed, highest watched byte accessed]", "\todo"
.endm

/* [addr] = value */
.macro SET addr, value
    ldr x0, =\value
    str x0, [\addr]
.endm

/* x23 = the watched doubleword, x26 = x23 + 7 */
.macro VAR
    LA x23, wpage
    add x23, x23, #VAR_OFFSET
    add x26, x23, #7
.endm

check_store_load:
    ENTER
    VAR
    mov x22, x23
    SET x23, MAGIC
    ldr x21, =OTHER
    WATCH WP_STORE, "str x21, [x23]"
    CHECK x0, 1, "STR to a watched doubleword (LSC = stores, BAS = 0xFF, PAC = 0b11): one exception"
    WATCH_HIT WATCH_W, x25, x23, x26, "watchpoint on a store"
    CHECK_EXC EXC_VEC, 0x200, "watchpoint at EL1: vector VBAR_EL1 + 0x200"
    ldr x0, [x23]
    CHECK x0, MAGIC, "watchpoint on a store: memory unchanged"
    WATCH WP_STORE, "ldr x21, [x23]"
    CHECK x0, 0, "LDR of it with LSC = stores only: no exception"
    CHECK x21, MAGIC, "and the load happened"
    /* LSC = loads: the load does not happen, its destination keeps its value */
    ldr x21, =OTHER
    WATCH WP_LOAD, "ldr x21, [x23]"
    CHECK x0, 1, "LDR of a doubleword watched for loads (LSC = 0b01): one exception"
    WATCH_HIT WATCH_R, x25, x23, x26, "watchpoint on a load"
    CHECK x21, OTHER, "watchpoint on a load: destination register unchanged"
    WATCH WP_LOAD, "str x21, [x23]"
    CHECK x0, 0, "STR with LSC = loads only: no exception"
    ldr x0, [x23]
    CHECK x0, OTHER, "and the store happened"
    /* the enables of AArch64.CheckWatchpoint / AArch64.GenerateDebugExceptionsFrom */
    WATCH WP_STORE, "str x21, [x23]", MDSCR_MDE
    CHECK x0, 0, "watchpoint at EL1 with MDSCR_EL1.KDE = 0: no exception"
    WATCH WP_STORE, "str x21, [x23]", MDSCR_KDE
    CHECK x0, 0, "watchpoint at EL1 with MDSCR_EL1.MDE = 0: no exception"
    mov x0, #1
    msr oslar_el1, x0
    isb
    WATCH WP_STORE, "str x21, [x23]"
    msr oslar_el1, xzr
    isb
    CHECK x0, 0, "watchpoint at EL1 with the OS lock set: no exception"
    LEAVE

check_bas_mask:
    ENTER
    VAR
    mov x22, x23
    SET x23, MAGIC
    ldr x21, =OTHER
    /* BAS = 0b00001111: the first 4 bytes of the doubleword at DBGWVR (bits 2:0 zero) */
    add x24, x23, #2
    add x27, x23, #3
    WATCH (WP_STORE & ~WCR_BAS(0xf0)), "strh w21, [x24]"
    CHECK x0, 1, "BAS = 0x0F: a 2-byte store to bytes 2-3 hits"
    WATCH_HIT WATCH_W, x25, x24, x27, "BAS = 0x0F, STRH to bytes 2-3"
    ldr x0, [x23]
    CHECK x0, MAGIC, "BAS = 0x0F, STRH to bytes 2-3: memory unchanged"
    WATCH (WP_STORE & ~WCR_BAS(0xf0)), "str w21, [x23, #4]"
    CHECK x0, 0, "BAS = 0x0F: a 4-byte store to bytes 4-7: no exception"
    /* DBGWVR bit 2 set: BAS[3:0] select bytes of the word at DBGWVR (bits 1:0 zero) */
    SET x23, MAGIC
    add x22, x23, #4
    add x24, x23, #4
    WATCH (WP_STORE & ~WCR_BAS(0xf0)), "str w21, [x24]"
    CHECK x0, 1, "DBGWVR = doubleword + 4, BAS = 0x0F: a store to that word hits"
    ldr x0, [x23]
    CHECK x0, MAGIC, "DBGWVR = doubleword + 4: memory unchanged"
    WATCH (WP_STORE & ~WCR_BAS(0xf0)), "str w21, [x23]"
    CHECK x0, 0, "DBGWVR = doubleword + 4, BAS = 0x0F: a store to the word below does not"
    /* MASK = 12: DBGWVR[11:0] are not compared, the whole 4 KiB page is watched (BAS = 0xFF) */
    LA x22, wpage
    ldr x0, =0xff8
    add x24, x22, x0
    add x27, x24, #7
    WATCH (WP_STORE | WCR_MASK(12)), "str x21, [x24]"
    CHECK x0, 1, "MASK = 12: a store to the last doubleword of the page hits"
    WATCH_HIT WATCH_W, x25, x24, x27, "MASK = 12"
    add x24, x22, #4096
    WATCH (WP_STORE | WCR_MASK(12)), "str x21, [x24]"
    CHECK x0, 0, "MASK = 12: a store to the next page does not"
    LEAVE

el0_store:
    str x0, [x0]
    svc #0

/* run el0_store at EL0 on the EL0 alias of the watched doubleword, watchpoint 0 = (wcr, x22) */
.macro EL0_WATCH wcr
    ldr x0, =\wcr
    msr dbgwcr0_el1, x0
    msr dbgwvr0_el1, x22
    mov x0, #MDSCR_MDE
    msr mdscr_el1, x0
    isb
    adr x0, el0_store
    EL0_VA x0
    mov x1, x22
    bl run_el0
    DEBUG_RESET
.endm

check_privilege:
    ENTER
    VAR
    mov x22, x23
    SET x23, MAGIC
    /* PAC = 0b10: EL0 accesses only (AArch64.StateMatch) */
    WATCH (WP_STORE & ~WCR_PAC_EL1), "str x21, [x23]"
    CHECK x0, 0, "PAC = 0b10 (EL0 only): an EL1 store does not hit"
    SET x23, MAGIC
    /* at EL0, on the EL0 alias: EC 0x34 (lower EL), taken whatever KDE and PSTATE.D say */
    EL0_VA x22
    EL0_WATCH (WP_STORE & ~WCR_PAC_EL1)
    mov x24, x22
    add x27, x22, #7
    adr x25, el0_store
    EL0_VA x25
    CHECK_EXC EXC_VEC, 0x400, "EL0 store, PAC = 0b10: vector VBAR_EL1 + 0x400"
    WATCH_HIT ESR(EC_WATCH_LOWER, ISS_WNR | FSC_DEBUG), x25, x24, x27, "EL0 store, PAC = 0b10 (EC 0x34)"
    ldr x0, [x23]
    CHECK x0, MAGIC, "EL0 watchpoint: memory unchanged"
    EL0_WATCH (WP_STORE & ~WCR_PAC_EL0)
    CHECK_EXC EXC_ESR, ESR(0x15, 0), "PAC = 0b01 (EL1 only): the EL0 store does not hit, the SVC comes"
    /* STTR at EL1 is an unprivileged access: it matches PAC as an EL0 access would
       (AArch64.StateMatch: !ispriv && !isbreakpnt -> EL0_match); the exception comes from
       EL1, so EC 0x35 */
    SET x23, MAGIC
    WATCH (WP_STORE & ~WCR_PAC_EL1), "sttr x21, [x22]"
    CHECK x0, 1, "STTR at EL1, PAC = 0b10 (EL0 only): hits"
    WATCH (WP_STORE & ~WCR_PAC_EL0), "sttr x21, [x22]"
    CHECK x0, 0, "STTR at EL1, PAC = 0b01 (EL1 only): no exception"
    LEAVE

/* CONTEXTIDR_EL1 = contextidr; breakpoint 1 = Linked Context ID match (BT = 0b0011) on
   CONTEXT_A, with PMC pmc */
.macro LINKED_CONTEXT contextidr, pmc=BCR_PMC_EL1
    ldr x0, =\contextidr
    msr contextidr_el1, x0
    ldr x0, =CONTEXT_A
    msr dbgbvr1_el1, x0
    ldr x0, =(BCR_E | \pmc | BCR_BAS_ALL | BCR_BT_LINKED_CONTEXT)
    msr dbgbcr1_el1, x0
.endm

check_linked:
    ENTER
    /* WT = 1: the watchpoint also needs the Linked Context breakpoint LBN names to match
       (AArch64.WatchpointMatch -> AArch64.StateMatch: linked_match) */
    VAR
    mov x22, x23
    LINKED_CONTEXT CONTEXT_A
    WATCH (WP_STORE | WCR_WT | WCR_LBN(1)), "str x21, [x23]"
    CHECK x0, 1, "watchpoint linked (WT = 1, LBN = 1) to a matching context breakpoint: hits"
    LINKED_CONTEXT CONTEXT_B
    WATCH (WP_STORE | WCR_WT | WCR_LBN(1)), "str x21, [x23]"
    CHECK x0, 0, "linked watchpoint, CONTEXTIDR_EL1 differs: no exception"
    /* the linked breakpoint's PMC is not looked at (AArch64.StateMatch ->
       AArch64.BreakpointValueMatch(LBN, linked_to = TRUE): E, BT and DBGBVR only) */
    LINKED_CONTEXT CONTEXT_A, BCR_PMC_EL0
    WATCH (WP_STORE | WCR_WT | WCR_LBN(1)), "str x21, [x23]"
    CHECK x0, 1, "EL1 store, watchpoint linked to a context breakpoint with PMC = EL0: hits"
    LEAVE

check_pair_exclusive:
    ENTER
    VAR
    mov x22, x23
    sub x24, x23, #8
    SET x24, MAGIC
    SET x23, MAGIC
    /* STP of 16 bytes whose upper half is the watched doubleword: nothing is written */
    WATCH WP_STORE, "stp x21, x21, [x24]"
    CHECK x0, 1, "STP covering the watched doubleword: one exception"
    WATCH_HIT WATCH_W, x25, x24, x26, "STP"
    ldp x0, x1, [x24]
    and x0, x0, x1
    CHECK x0, MAGIC, "STP: neither doubleword written"
    ldr x19, =OTHER
    mov x20, x19
    WATCH WP_LOAD, "ldp x19, x20, [x24]"
    CHECK x0, 1, "LDP covering the watched doubleword, LSC = loads: one exception"
    and x19, x19, x20
    CHECK x19, OTHER, "LDP: neither destination register written"
    /* LDXR (not watched: LSC = stores) then STXR: the store-exclusive hits; status register
       unwritten */
    mov x20, #7
    WATCH WP_STORE, "ldxr x19, [x23]; stxr w20, x21, [x23]"
    add x25, x25, #4
    CHECK x0, 1, "LDXR then STXR, LSC = stores: one exception"
    WATCH_HIT WATCH_W, x25, x23, x26, "STXR"
    CHECK x20, 7, "STXR: status register not written"
    clrex
    ldr x0, [x23]
    CHECK x0, MAGIC, "STXR: memory unchanged"
    WATCH WP_LOAD, "ldxr x19, [x23]"
    CHECK x0, 1, "LDXR, LSC = loads: one exception"
    WATCH_HIT WATCH_R, x25, x23, x26, "LDXR"
    clrex
    LEAVE

check_atomic:
    ENTER
    /* ID_AA64ISAR0_EL1.Atomic (bits 23:20) = 0b0010: FEAT_LSE */
    mrs x0, id_aa64isar0_el1
    ubfx x0, x0, #20, #4
    cmp x0, #2
    b.ne 2f
    VAR
    mov x22, x23
    SET x23, MAGIC
    ldr x19, =OTHER
    mov x21, #1
    /* an atomic reads and writes: LSC = stores matches it as a write, LSC = loads as a read
       (AArch64.CheckWatchpoint: WnR = 0 if LSC[0] = 1 and the access reads) */
    WATCH WP_STORE, "ldadd x21, x19, [x23]"
    CHECK x0, 1, "LDADD, LSC = stores: one exception"
    WATCH_HIT WATCH_W, x25, x23, x26, "LDADD, LSC = stores (WnR 1)"
    CHECK x19, OTHER, "LDADD: destination register unchanged"
    ldr x0, [x23]
    CHECK x0, MAGIC, "LDADD: memory unchanged"
    WATCH WP_LOAD, "ldadd x21, x19, [x23]"
    CHECK x0, 1, "LDADD, LSC = loads: one exception"
    CHECK_EXC EXC_ESR, WATCH_R, "LDADD, LSC = loads: ESR_EL1 WnR 0 (the read matched)"
    LEAVE
2:  TAP_SKIP "watchpoints on LSE atomics", "FEAT_LSE not implemented"
    LEAVE

check_dc_zva:
    ENTER
    /* DCZID_EL0: DZP bit 4 = 0 permits DC ZVA; BS bits 3:0 = log2(block size in words) */
    mrs x0, dczid_el0
    tbnz x0, #4, 2f
    and x0, x0, #0xf
    mov x1, #4
    lsl x19, x1, x0
    VAR
    mov x22, x23
    SET x23, MAGIC
    /* DC ZVA is a write of the whole block for watchpoints; FAR_EL1 lies between the block's
       first byte (the lowest address accessed) and the watched doubleword's last */
    sub x0, x19, #1
    bic x24, x23, x0
    WATCH WP_STORE, "dc zva, x23"
    CHECK x0, 1, "DC ZVA on a block holding a watched doubleword, LSC = stores: one exception"
    WATCH_HIT WATCH_W, x25, x24, x26, "DC ZVA (WnR 1, CM 0)"
    ldr x0, [x23]
    CHECK x0, MAGIC, "DC ZVA: memory unchanged"
    WATCH WP_LOAD, "dc zva, x23"
    CHECK x0, 0, "DC ZVA with LSC = loads only: no exception"
    ldr x0, [x23]
    CHECK x0, 0, "and the block was zeroed"
    LEAVE
2:  TAP_SKIP "watchpoints on DC ZVA", "DCZID_EL0.DZP = 1: DC ZVA prohibited"
    LEAVE

/* hot_store(x24 = address, x1 = n > 0): stores n, n-1, ... 1 there. */
hot_store:
    str x1, [x24]
    subs x1, x1, #1
    b.ne hot_store
    ret

check_hot:
    ENTER
    /* a watchpoint on data a hot (translated) loop has been storing to hits on its next store */
    VAR
    mov x22, x23
    mov x24, x23
    ldr x1, =100000
    bl hot_store
    ldr x1, =100000
    WATCH WP_STORE, "bl hot_store"
    mov x19, x1
    CHECK x0, 1, "watchpoint on a hot store loop: one exception"
    adr x25, hot_store
    WATCH_HIT WATCH_W, x25, x23, x26, "watchpoint on a hot store loop"
    CHECK x19, 100000, "watchpoint on a hot store loop: taken at the first store"
    ldr x0, [x23]
    CHECK x0, 1, "watchpoint on a hot store loop: memory keeps the warm-up's last value"
    LEAVE

    .bss
    .balign 4096
wpage: .skip 4096 /* MASK = 12 watches this page */
wnext: .skip 4096
