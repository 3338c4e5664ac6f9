/*
 * The stage-1 EL1&0 table walker; see stage1_walk.h for what it covers.
 *
 * Rule references are to the Arm ARM (DDI0487) chapter D8 and to its
 * AArch64 translation pseudocode (AArch64.S1Translate, AArch64.S1Walk and the
 * permission functions), whose order of checks the walk follows:
 * VA range -> EPD -> TTBR address size -> per level {external abort,
 * translation, address size} -> Access flag -> permission.
 */
#include "mmu/stage1_walk.h"

#include <string.h>

/* TCR_EL1 fields. */
#define TCR_T0SZ 0
#define TCR_EPD0 7
#define TCR_TG0 14
#define TCR_T1SZ 16
#define TCR_A1 22
#define TCR_EPD1 23
#define TCR_TG1 30
#define TCR_IPS 32
#define TCR_AS 36
#define TCR_TBI0 37
#define TCR_TBI1 38

#define SCTLR_WXN 19

/* Descriptor fields. */
#define DESC_VALID (1ull << 0)
#define DESC_TABLE (1ull << 1) /* table at levels 0-2, page at level 3; 0 = block */
#define DESC_ATTRINDX 2
#define DESC_AP 6 /* AP[2:1] */
#define DESC_AF (1ull << 10)
#define DESC_NG (1ull << 11)
#define DESC_PXN (1ull << 53)
#define DESC_UXN (1ull << 54)
#define DESC_PXNTABLE (1ull << 59)
#define DESC_UXNTABLE (1ull << 60)
#define DESC_APTABLE 61 /* APTable[1:0] */

/* Output addresses live in descriptor and TTBR bits 47:0 (no FEAT_LPA). */
#define OA_MASK ((1ull << 48) - 1)

static inline uint64_t field(uint64_t x, unsigned lo, unsigned width)
{
    return (x >> lo) & ((1ull << width) - 1);
}

/*
 * TG0 and TG1 encode the granule differently. A reserved encoding (TG0=3,
 * TG1=0) behaves as an IMPLEMENTATION DEFINED choice among the implemented
 * granules (TCR_EL1.TG0/TG1 field descriptions); ferry picks 4KB for both.
 */
static unsigned granule_shift(bool upper, unsigned tg)
{
    static const unsigned tg0_shift[4] = {12, 16, 14, 12};
    static const unsigned tg1_shift[4] = {12, 14, 12, 16};
    return upper ? tg1_shift[tg] : tg0_shift[tg];
}

/*
 * IPS -> output address bits. ferry's PAMax is 48 bits (PARange 0b0101): an
 * IPS above the implemented PA size behaves as that size (TCR_EL1.IPS), so
 * 0b110 (52 bits, FEAT_LPA) means 48; so does the reserved 0b111, a choice.
 */
static unsigned output_bits(uint64_t tcr)
{
    static const unsigned bits[8] = {32, 36, 40, 42, 44, 48, 48, 48};
    return bits[field(tcr, TCR_IPS, 3)];
}

/*
 * Where a block may sit: 4KB at levels 1 (1GB) and 2 (2MB); 16KB and 64KB
 * only at level 2 (32MB, 512MB): their level-1 blocks need 52-bit addresses
 * (FEAT_LPA2 / FEAT_LPA). Level 0 never holds a block without FEAT_LPA2.
 */
static bool block_allowed(unsigned gshift, int level)
{
    return level == 2 || (gshift == 12 && level == 1);
}

/*
 * AArch64.S1DirectBasePermissions for EL1&0: the leaf's AP[2:1] restricted by
 * the accumulated APTable (bit 1 = no writes below, bit 0 = no EL0 access
 * below), then execute rights.
 */
static void compute_perms(const struct stage1_regime *r, uint64_t desc, unsigned ap_table,
                          bool uxn_table, bool pxn_table, struct stage1_result *out)
{
    unsigned ap = field(desc, DESC_AP, 2);
    bool ur = (ap & 1) && !(ap_table & 1);
    bool uw = ap == 1 && ap_table == 0;
    bool pw = !(ap & 2) && !(ap_table & 2);
    /*
     * A location writable at EL0 is never executable at EL1, whatever PXN
     * says (D8 "Instruction execution permissions"; the pseudocode's
     * px = NOT(pxn OR pxn_table OR uw)).
     */
    bool px = !(desc & DESC_PXN) && !pxn_table && !uw;
    bool ux = !(desc & DESC_UXN) && !uxn_table;
    /* SCTLR_EL1.WXN: writable at an EL means not executable at that EL. */
    if (field(r->sctlr, SCTLR_WXN, 1)) {
        px = px && !pw;
        ux = ux && !uw;
    }
    out->perms_el1 = STAGE1_PERM_R | (pw ? STAGE1_PERM_W : 0) | (px ? STAGE1_PERM_X : 0);
    out->perms_el0 = (ur ? STAGE1_PERM_R : 0) | (uw ? STAGE1_PERM_W : 0) | (ux ? STAGE1_PERM_X : 0);
}

static bool access_allowed(const struct stage1_regime *r, enum stage1_access access, unsigned el,
                           bool unprivileged, const struct stage1_result *res)
{
    bool as_el0 = el == 0 || (unprivileged && access != STAGE1_EXEC);
    uint8_t perms = as_el0 ? res->perms_el0 : res->perms_el1;
    /*
     * PAN (FEAT_PAN): a privileged data access to a location EL0 can read
     * faults. Instruction fetches and LDTR/STTR-style accesses are exempt.
     * Without FEAT_EPAN the test is EL0 read access only, not EL0 execute.
     */
    if (!as_el0 && r->pan && access != STAGE1_EXEC && (res->perms_el0 & STAGE1_PERM_R))
        return false;
    static const uint8_t need[3] = {STAGE1_PERM_R, STAGE1_PERM_W, STAGE1_PERM_X};
    return (perms & need[access]) != 0;
}

static void fail(struct stage1_result *out, enum stage1_fault fault, int level)
{
    out->fault = fault;
    out->level = level;
}

void stage1_walk(const struct stage1_regime *r, uint64_t va, enum stage1_access access, unsigned el,
                 bool unprivileged, stage1_read_fn *read, void *opaque, struct stage1_result *out)
{
    memset(out, 0, sizeof(*out));
    uint64_t tcr = r->tcr;

    /* VA bit 55 picks the half, whatever TBI says (AArch64.GetVARange). */
    bool upper = field(va, 55, 1);
    uint64_t ttbr = upper ? r->ttbr1 : r->ttbr0;
    unsigned tsz = field(tcr, upper ? TCR_T1SZ : TCR_T0SZ, 6);
    bool tbi = field(tcr, upper ? TCR_TBI1 : TCR_TBI0, 1);
    bool epd = field(tcr, upper ? TCR_EPD1 : TCR_EPD0, 1);
    unsigned gshift = granule_shift(upper, field(tcr, upper ? TCR_TG1 : TCR_TG0, 2));

    /* TCR.A1 picks the TTBR whose ASID is current; TCR.AS=0 means 8-bit ASIDs. */
    uint64_t asid_ttbr = field(tcr, TCR_A1, 1) ? r->ttbr1 : r->ttbr0;
    out->asid = field(asid_ttbr, 48, field(tcr, TCR_AS, 1) ? 16 : 8);

    /*
     * Without FEAT_TTST/FEAT_LVA, T*SZ outside 16..39 is IMPLEMENTATION
     * DEFINED: either a Translation fault or treated as the nearest legal
     * value. ferry clamps (VA sizes 25..48 bits).
     */
    if (tsz < 16)
        tsz = 16;
    if (tsz > 39)
        tsz = 39;
    unsigned va_bits = 64 - tsz;

    /*
     * VA range check (AArch64.VAIsOutOfRange): bits [top:va_bits] must all
     * equal bit 55, i.e. be 0 for TTBR0 and 1 for TTBR1. With TBI the top is
     * bit 55, otherwise 63. AArch64.AddrTop applies TBI to instruction
     * fetches too unless TBIDx is set, and TBIDx exists only with FEAT_PAuth,
     * which ferry lacks. Reported as a Translation fault at level 0.
     */
    unsigned top = tbi ? 55 : 63;
    uint64_t high = field(va, va_bits, top - va_bits + 1);
    uint64_t want = upper ? (1ull << (top - va_bits + 1)) - 1 : 0;
    if (high != want) {
        fail(out, STAGE1_TRANSLATION, 0);
        return;
    }
    /* A disabled half (EPDn=1) faults without a walk, at level 0 (AArch64.S1Walk). */
    if (epd) {
        fail(out, STAGE1_TRANSLATION, 0);
        return;
    }

    /*
     * Each level resolves `stride` bits of the VA, the granule's offset
     * bits below them; the walk starts as low as still covers va_bits:
     * level = 4 - ceil((va_bits - gshift) / stride).
     */
    unsigned stride = gshift - 3;
    int level = 4 - (int)((va_bits - gshift + stride - 1) / stride);
    unsigned pa_bits = output_bits(tcr);

    /* A TTBR base above the output size is an Address size fault at level 0. */
    uint64_t table = ttbr & OA_MASK;
    if (table >> pa_bits) {
        fail(out, STAGE1_ADDRESS_SIZE, 0);
        return;
    }
    /*
     * The start table holds 2^index_bits entries and is aligned to its size;
     * BADDR bits below that (and CnP, bit 0) are RES0 and ignored here.
     */
    unsigned index_bits = va_bits - (gshift + stride * (3 - level));
    table &= ~((8ull << index_bits) - 1);

    unsigned ap_table = 0;
    bool uxn_table = false, pxn_table = false;
    uint64_t desc;
    for (;;) {
        unsigned shift = gshift + stride * (3 - level);
        if (!read(opaque, table + field(va, shift, index_bits) * 8, &desc)) {
            fail(out, STAGE1_WALK_ABORT, level);
            return;
        }
        /* Invalid, a block at level 3 (reserved), or a block where none may sit. */
        bool is_table = desc & DESC_TABLE; /* at level 3: a page */
        if (!(desc & DESC_VALID) || (!is_table && (level == 3 || !block_allowed(gshift, level)))) {
            fail(out, STAGE1_TRANSLATION, level);
            return;
        }
        /*
         * The next table's or the leaf's address (a page's is granule-aligned,
         * shift == gshift at level 3), checked against IPS at this level.
         */
        uint64_t oa = desc & OA_MASK & ~((1ull << (is_table ? gshift : shift)) - 1);
        if (oa >> pa_bits) {
            fail(out, STAGE1_ADDRESS_SIZE, level);
            return;
        }
        if (level == 3 || !is_table) {
            out->level = level;
            out->page_shift = shift;
            out->pa = oa | field(va, 0, shift);
            break;
        }
        /* Table attributes only ever restrict, so they accumulate by OR. */
        ap_table |= field(desc, DESC_APTABLE, 2);
        uxn_table = uxn_table || (desc & DESC_UXNTABLE);
        pxn_table = pxn_table || (desc & DESC_PXNTABLE);
        table = oa;
        index_bits = stride;
        level++;
    }

    /* Hardware Access flag update (TCR.HA) is not implemented: AF=0 always faults. */
    if (!(desc & DESC_AF)) {
        fail(out, STAGE1_ACCESS_FLAG, level);
        return;
    }
    /* The contiguous hint (bit 52) is ignored: each walk resolves one entry. */
    out->attr_index = field(desc, DESC_ATTRINDX, 3);
    out->shareability = field(desc, 8, 2);
    out->global = !(desc & DESC_NG);
    compute_perms(r, desc, ap_table, uxn_table, pxn_table, out);
    /* Permission faults are reported at the leaf's level. */
    if (!access_allowed(r, access, el, unprivileged, out))
        fail(out, STAGE1_PERMISSION, level);
}

unsigned stage1_fault_status(const struct stage1_result *res)
{
    static const unsigned kind[] = {
        [STAGE1_ADDRESS_SIZE] = 0x00, [STAGE1_TRANSLATION] = 0x04, [STAGE1_ACCESS_FLAG] = 0x08,
        [STAGE1_PERMISSION] = 0x0c,   [STAGE1_WALK_ABORT] = 0x14,
    };
    if (res->fault == STAGE1_OK)
        return 0;
    return kind[res->fault] | (unsigned)(res->level & 3);
}
