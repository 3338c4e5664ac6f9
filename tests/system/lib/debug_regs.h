/*
 * Self-hosted debug definitions for the debug*.S programs. Field layouts from
 * the Arm ARM (DDI 0487) register descriptions MDSCR_EL1, DBGBCR<n>_EL1,
 * DBGWCR<n>_EL1, SPSR_EL1 and ESR_EL1 (the ISS encodings for EC 0x30-0x35),
 * as the shared pseudocode reads them (AArch64.BreakpointMatch,
 * AArch64.WatchpointMatch, AArch64.StateMatch).
 */
#ifndef FERRY_TESTS_SYSTEM_DEBUG_REGS_H
#define FERRY_TESTS_SYSTEM_DEBUG_REGS_H

/* MDSCR_EL1: SS bit 0, KDE bit 13, MDE bit 15 */
#define MDSCR_SS (1 << 0)
#define MDSCR_KDE (1 << 13)
#define MDSCR_MDE (1 << 15)
#define MDE_KDE (MDSCR_MDE | MDSCR_KDE)

/* SPSR_EL1: D bit 9, SS bit 21 */
#define SPSR_D (1 << 9)
#define SPSR_SS (1 << 21)
#define DAIF_AIF 0x1c0 /* D clear, A I F masked */

/* DBGBCR<n>_EL1: E 0, PMC 2:1, BAS 8:5, HMC 13, SSC 15:14, LBN 19:16, BT 23:20 */
#define BCR_E 1
#define BCR_PMC_EL1 (1 << 1)
#define BCR_PMC_EL0 (2 << 1)
#define BCR_PMC_BOTH (3 << 1)
#define BCR_BAS_ALL (0xf << 5)
#define BCR_LBN(n) ((n) << 16)
#define BCR_BT_LINKED_ADDR (1 << 20)
#define BCR_BT_CONTEXT (2 << 20)
#define BCR_BT_LINKED_CONTEXT (3 << 20)

/* DBGWCR<n>_EL1: E 0, PAC 2:1, LSC 4:3 (bit 3 loads, bit 4 stores), BAS 12:5, HMC 13,
   SSC 15:14, LBN 19:16, WT 20, MASK 28:24 */
#define WCR_E 1
#define WCR_PAC_EL1 (1 << 1)
#define WCR_PAC_EL0 (2 << 1)
#define WCR_PAC_BOTH (3 << 1)
#define WCR_LOAD (1 << 3)
#define WCR_STORE (2 << 3)
#define WCR_BAS(b) ((b) << 5)
#define WCR_LBN(n) ((n) << 16)
#define WCR_WT (1 << 20)
#define WCR_MASK(m) ((m) << 24)

/* ESR_EL1 exception classes (lower EL / same EL) and the debug fault status code 0b100010 */
#define EC_BKPT_LOWER 0x30
#define EC_BKPT_SAME 0x31
#define EC_STEP_LOWER 0x32
#define EC_STEP_SAME 0x33
#define EC_WATCH_LOWER 0x34
#define EC_WATCH_SAME 0x35
#define FSC_DEBUG 0x22
/* Software Step ISS: ISV bit 24 (EX valid), EX bit 6 (a Load-Exclusive was stepped) */
#define ISS_STEP_ISV (1 << 24)
#define ISS_STEP_EX (1 << 6)

#ifdef __ASSEMBLER__

/* Every breakpoint, watchpoint and MDSCR_EL1 control off, PSTATE.D set, CONTEXTIDR_EL1 = 0. */
.macro DEBUG_RESET
    msr daifset, #8
    msr mdscr_el1, xzr
    msr dbgbcr0_el1, xzr
    msr dbgbcr1_el1, xzr
    msr dbgwcr0_el1, xzr
    msr dbgwcr1_el1, xzr
    msr dbgbvr0_el1, xzr
    msr dbgbvr1_el1, xzr
    msr dbgwvr0_el1, xzr
    msr dbgwvr1_el1, xzr
    msr contextidr_el1, xzr
    isb
.endm

#endif /* __ASSEMBLER__ */
#endif
