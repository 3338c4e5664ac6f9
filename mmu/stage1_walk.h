/*
 * The VMSAv8-64 stage-1 translation table walker for the EL1&0 regime
 * (Arm ARM DDI0487, chapter D8).
 *
 * A pure function: the caller passes the translation-regime registers as
 * plain values and a function that fetches descriptors from guest physical
 * memory, and gets back either the output address with the permissions the
 * TLB needs, or the fault the CPU turns into an Instruction/Data Abort. The
 * walker knows nothing about the CPU struct or the bus (DESIGN.md: mmu/
 * depends on nothing); whether the MMU is on (SCTLR_EL1.M) is the caller's
 * business.
 *
 * What the walker implements: 4K/16K/64K granules in both halves, VA sizes
 * 25..48 bits, TBI, EPD, IPS up to 48 bits, hierarchical APTable/UXNTable/
 * PXNTable, AP/UXN/PXN, WXN, PAN (FEAT_PAN), 8/16-bit ASIDs. What it does
 * not: hardware Access flag/dirty state (HA/HD; AF=0 always faults),
 * FEAT_HPDS (HPD0/1), FEAT_LPA/LPA2 (52-bit addresses), FEAT_TTST, FEAT_E0PD,
 * FEAT_PAuth's TBID0/1, FEAT_EPAN, permission indirection. ferry advertises
 * none of them, so their TCR bits are RES0 here and ignored.
 *
 * Usage:
 *     struct stage1_result res;
 *     stage1_walk(&regime, va, STAGE1_READ, 1, false, bus_read_desc, bus, &res);
 *     if (res.fault != STAGE1_OK)
 *         esr_iss = stage1_fault_status(&res);  // DFSC, plus level
 */
#ifndef FERRY_MMU_STAGE1_WALK_H
#define FERRY_MMU_STAGE1_WALK_H

#include <stdbool.h>
#include <stdint.h>

/* The translation-regime registers, as plain values. */
struct stage1_regime {
    uint64_t sctlr;        /* SCTLR_EL1: only WXN (bit 19) matters here */
    uint64_t tcr;          /* TCR_EL1 */
    uint64_t ttbr0, ttbr1; /* TTBRn_EL1: BADDR in 47:1, ASID in 63:48 */
    bool pan;              /* PSTATE.PAN */
};

enum stage1_access { STAGE1_READ, STAGE1_WRITE, STAGE1_EXEC };

enum stage1_fault {
    STAGE1_OK,
    STAGE1_ADDRESS_SIZE,
    STAGE1_TRANSLATION,
    STAGE1_ACCESS_FLAG,
    STAGE1_PERMISSION,
    STAGE1_WALK_ABORT, /* synchronous external abort on a descriptor fetch */
};

/* Permission bits in stage1_result.perms_el0/perms_el1. */
enum { STAGE1_PERM_R = 1, STAGE1_PERM_W = 2, STAGE1_PERM_X = 4 };

struct stage1_result {
    uint64_t pa;         /* output address of va (on success) */
    unsigned page_shift; /* log2 of the mapped block/page size, for the TLB */
    uint8_t attr_index;  /* AttrIndx: which MAIR_EL1 byte */
    uint8_t shareability; /* SH[1:0] of the leaf descriptor */
    bool global;         /* !nG */
    uint16_t asid;       /* the ASID the walk used (TCR.A1 picks the TTBR, TCR.AS its width) */
    /*
     * What EL0 and EL1 may do after AP/APTable/UXN/PXN/WXN. PAN is not folded
     * in (it depends on PSTATE, not on the tables): an EL1 data access with
     * PSTATE.PAN=1 to a page with perms_el0 & STAGE1_PERM_R faults.
     * Valid on success and on a permission fault; zero for other faults.
     */
    uint8_t perms_el0, perms_el1;
    enum stage1_fault fault;
    int level; /* level of the fault, or of the final descriptor */
};

/* Reads the 8-byte little-endian descriptor at physical `pa`; false = external abort. */
typedef bool stage1_read_fn(void *opaque, uint64_t pa, uint64_t *value);

/*
 * Translates `va` for an access of kind `access` made at exception level `el`
 * (0 or 1). `unprivileged` marks an LDTR/STTR-style access at EL1, which is
 * checked against EL0's permissions and is exempt from PAN.
 */
void stage1_walk(const struct stage1_regime *r, uint64_t va, enum stage1_access access, unsigned el,
                 bool unprivileged, stage1_read_fn *read, void *opaque, struct stage1_result *out);

/*
 * The ESR_ELx DFSC/IFSC code for a failed walk: the fault kind in bits 5:2
 * (address size 0b0000, translation 0b0001, access flag 0b0010, permission
 * 0b0011, external abort on a table walk 0b0101) and the level in bits 1:0.
 * Meaningless (returns 0) when res->fault is STAGE1_OK.
 */
unsigned stage1_fault_status(const struct stage1_result *res);

#endif
