/*
 * The stage-1 EL1&0 walker against hand-built translation tables in a fake
 * physical memory. Expected values come from the Arm ARM (DDI0487 D8): the
 * lookup-level tables per granule, the AP permission table, the fault
 * status encodings; comments name the rule where it is not obvious.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "mmu/stage1_walk.h"
#include "tests/unit/harness.h"

/* TCR_EL1 fields. TG0 and TG1 encode granules differently (D8, TCR_EL1). */
#define T0SZ(n) ((uint64_t)(n))
#define T1SZ(n) ((uint64_t)(n) << 16)
#define TG0_4K 0ull
#define TG0_64K (1ull << 14)
#define TG0_16K (2ull << 14)
#define TG1_16K (1ull << 30)
#define TG1_4K (2ull << 30)
#define TG1_64K (3ull << 30)
#define EPD0 (1ull << 7)
#define EPD1 (1ull << 23)
#define A1 (1ull << 22)
#define IPS(n) ((uint64_t)(n) << 32)
#define AS16 (1ull << 36)
#define TBI0 (1ull << 37)
#define TBI1 (1ull << 38)
#define SCTLR_WXN (1ull << 19)

/* Descriptor fields. */
#define VALID 1ull
#define TABLE_OR_PAGE 2ull
#define ATTR(i) ((uint64_t)(i) << 2)
#define AP(x) ((uint64_t)(x) << 6) /* AP[2:1]: 0 EL1 RW, 1 all RW, 2 EL1 RO, 3 all RO */
#define AF (1ull << 10)
#define NG (1ull << 11)
#define CONTIG (1ull << 52)
#define PXN (1ull << 53)
#define UXN (1ull << 54)
#define PXNTABLE (1ull << 59)
#define UXNTABLE (1ull << 60)
#define APTABLE(x) ((uint64_t)(x) << 61)

enum { R = STAGE1_PERM_R, W = STAGE1_PERM_W, X = STAGE1_PERM_X };
enum { G4K, G16K, G64K };

/* Lowest VA bit each level resolves (D8, "Translation table lookup levels"). */
static const unsigned level_shift[3][4] = {
    {39, 30, 21, 12}, /* 4KB: 512 entries per table */
    {47, 36, 25, 14}, /* 16KB: 2048 entries; a 48-bit L0 has 2 */
    {0, 42, 29, 16},  /* 64KB: 8192 entries; walks start at L1 or below */
};

#define RAM_BASE 0x80000000ull /* the fake RAM: below 2^32, so every IPS reaches it */
#define RAM_SIZE (32 * 0x10000ull)
#define LEAF_OA 0x40000000ull /* output address of test mappings: 1GB aligned, below 2^32 */

struct fx {
    uint8_t *ram;
    uint64_t gsize, next_table;
    uint64_t abort_pa;   /* a descriptor fetch here fails; 0 = none */
    unsigned reads;      /* descriptor fetches during the last walk */
    uint64_t desc_pa[4]; /* where map() put each level's descriptor */
    struct stage1_regime r;
};

/* One TTBR half: its root table, initial level and VA size. */
struct half {
    unsigned granule;
    unsigned va_bits;
    int start;
    uint64_t root;
};

static bool ram_read(void *opaque, uint64_t pa, uint64_t *value)
{
    struct fx *f = opaque;
    f->reads++;
    if (pa == f->abort_pa || pa < RAM_BASE || pa - RAM_BASE > RAM_SIZE - 8 || (pa & 7))
        return false;
    memcpy(value, f->ram + (pa - RAM_BASE), 8);
    return true;
}

static uint64_t ram_get(struct fx *f, uint64_t pa)
{
    uint64_t v;
    memcpy(&v, f->ram + (pa - RAM_BASE), 8);
    return v;
}

static void ram_put(struct fx *f, uint64_t pa, uint64_t v)
{
    memcpy(f->ram + (pa - RAM_BASE), &v, 8);
}

static void fx_init(struct fx *f, unsigned granule)
{
    memset(f, 0, sizeof(*f));
    f->ram = calloc(1, RAM_SIZE);
    ck_assert_ptr_nonnull(f->ram);
    f->gsize = 1ull << level_shift[granule][3];
    f->next_table = RAM_BASE;
}

static void fx_free(struct fx *f)
{
    free(f->ram);
}

static uint64_t new_table(struct fx *f)
{
    uint64_t pa = f->next_table;
    f->next_table += f->gsize;
    ck_assert_uint_le(f->next_table, RAM_BASE + RAM_SIZE);
    return pa;
}

/*
 * Maps `va` through h's tables down to `leaf_level`, whose descriptor becomes
 * `leaf`; missing tables are created with `table_bits` in their descriptors.
 */
static void map(struct fx *f, const struct half *h, uint64_t va, int leaf_level, uint64_t leaf,
                uint64_t table_bits)
{
    const unsigned *shift = level_shift[h->granule];
    uint64_t table = h->root;
    for (int level = h->start;; level++) {
        unsigned bits = level == h->start ? h->va_bits - shift[level] : shift[3] - 3;
        uint64_t pa = table + ((va >> shift[level]) & ((1ull << bits) - 1)) * 8;
        f->desc_pa[level] = pa;
        if (level == leaf_level) {
            ram_put(f, pa, leaf);
            return;
        }
        uint64_t d = ram_get(f, pa);
        if (!d) {
            d = new_table(f) | table_bits | TABLE_OR_PAGE | VALID;
            ram_put(f, pa, d);
        }
        table = d & ((1ull << 48) - 1) & ~(f->gsize - 1);
    }
}

/* A block (levels 1-2) or page (level 3) descriptor with AF set. */
static uint64_t leaf(int level, uint64_t oa, uint64_t attrs)
{
    return oa | attrs | AF | (level == 3 ? TABLE_OR_PAGE : 0) | VALID;
}

static struct stage1_result walk(struct fx *f, uint64_t va, enum stage1_access access, unsigned el,
                                 bool unprivileged)
{
    struct stage1_result res;
    f->reads = 0;
    stage1_walk(&f->r, va, access, el, unprivileged, ram_read, f, &res);
    return res;
}

/* The common setup: 4KB granule, 48-bit VAs in both halves, IPS 48 bits. */
static void fx_4k(struct fx *f, struct half *lo, struct half *hi)
{
    fx_init(f, G4K);
    *lo = (struct half){G4K, 48, 0, new_table(f)};
    *hi = (struct half){G4K, 48, 0, new_table(f)};
    f->r.tcr = T0SZ(16) | T1SZ(16) | TG0_4K | TG1_4K | IPS(5);
    f->r.ttbr0 = lo->root;
    f->r.ttbr1 = hi->root;
}

START_TEST(every_granule_both_halves_every_block_level)
{
    /* `start` is the initial lookup level the Arm ARM gives for the granule and VA size. */
    static const struct {
        const char *what;
        uint64_t tg;
        bool upper;
        unsigned tsz, va_bits, granule;
        int start, leaf;
    } rows[] = {
        {"4K TTBR0 48-bit: 4-level walk to a page", TG0_4K, false, 16, 48, G4K, 0, 3},
        {"4K TTBR0 39-bit: 3-level walk to a page", TG0_4K, false, 25, 39, G4K, 1, 3},
        {"4K TTBR1 48-bit: 1GB block at L1", TG1_4K, true, 16, 48, G4K, 0, 1},
        {"4K TTBR1 39-bit: 2MB block at L2", TG1_4K, true, 25, 39, G4K, 1, 2},
        {"4K TTBR0 25-bit starts at L2", TG0_4K, false, 39, 25, G4K, 2, 3},
        {"16K TTBR0 48-bit: 2-entry L0, page", TG0_16K, false, 16, 48, G16K, 0, 3},
        {"16K TTBR1 47-bit starts at L1: 32MB block at L2", TG1_16K, true, 17, 47, G16K, 1, 2},
        {"16K TTBR1 36-bit starts at L2", TG1_16K, true, 28, 36, G16K, 2, 3},
        {"16K TTBR0 25-bit starts at L3", TG0_16K, false, 39, 25, G16K, 3, 3},
        {"64K TTBR0 48-bit starts at L1: 512MB block at L2", TG0_64K, false, 16, 48, G64K, 1, 2},
        {"64K TTBR1 42-bit starts at L2, page", TG1_64K, true, 22, 42, G64K, 2, 3},
        {"64K TTBR0 25-bit starts at L3", TG0_64K, false, 39, 25, G64K, 3, 3},
        /* ferry's IMPLEMENTATION DEFINED choices: reserved TG = 4KB, T*SZ clamps to 16..39. */
        {"reserved TG0=0b11 is 4K", 3ull << 14, false, 16, 48, G4K, 0, 3},
        {"reserved TG1=0b00 is 4K", 0, true, 16, 48, G4K, 0, 3},
        {"T0SZ=10 acts as 16", TG0_4K, false, 10, 48, G4K, 0, 3},
        {"T1SZ=45 acts as 39", TG1_4K, true, 45, 25, G4K, 2, 3},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct fx f;
        fx_init(&f, rows[i].granule);
        struct half h = {rows[i].granule, rows[i].va_bits, rows[i].start, new_table(&f)};
        uint64_t low = 0x0123456789abcdefull & ((1ull << h.va_bits) - 1);
        uint64_t va = rows[i].upper ? ~0ull << h.va_bits | low : low;
        /* The contiguous bit is only a TLB hint: the walk must not change. */
        map(&f, &h, va, rows[i].leaf, leaf(rows[i].leaf, LEAF_OA, ATTR(5) | CONTIG), 0);
        f.r.tcr = rows[i].tg | IPS(5) | (rows[i].upper ? T1SZ(rows[i].tsz) : T0SZ(rows[i].tsz));
        /* The other TTBR points at PA 0, outside the fake RAM: using it would abort. */
        f.r.ttbr0 = rows[i].upper ? 0 : h.root;
        f.r.ttbr1 = rows[i].upper ? h.root : 0;
        struct stage1_result res = walk(&f, va, STAGE1_READ, 1, false);
        unsigned size_shift = level_shift[h.granule][rows[i].leaf];
        ck_assert_msg(res.fault == STAGE1_OK, "%s: fault %d at L%d", rows[i].what, res.fault,
                      res.level);
        ck_assert_msg(res.pa == (LEAF_OA | (va & ((1ull << size_shift) - 1))), "%s: pa %#llx",
                      rows[i].what, (unsigned long long)res.pa);
        ck_assert_msg(res.page_shift == size_shift && res.level == rows[i].leaf &&
                          f.reads == (unsigned)(rows[i].leaf - rows[i].start + 1),
                      "%s: shift %u level %d reads %u", rows[i].what, res.page_shift, res.level,
                      f.reads);
        ck_assert_msg(res.attr_index == 5 && res.global, "%s: attributes", rows[i].what);
        fx_free(&f);
    }
}
END_TEST

START_TEST(blocks_only_where_the_granule_allows)
{
    /*
     * Without 52-bit addresses a block sits at L1/L2 (4K) or L2 only (16K,
     * 64K); elsewhere, and a block encoding at L3, is a Translation fault at
     * that level. All 48-bit TTBR0 walks: 4K/16K start at L0, 64K at L1.
     */
    static const struct {
        unsigned granule;
        uint64_t tg;
        int start, level;
        bool ok;
    } rows[] = {
        {G4K, TG0_4K, 0, 0, false},  {G4K, TG0_4K, 0, 1, true},    {G4K, TG0_4K, 0, 2, true},
        {G4K, TG0_4K, 0, 3, false},  {G16K, TG0_16K, 0, 0, false}, {G16K, TG0_16K, 0, 1, false},
        {G16K, TG0_16K, 0, 2, true}, {G16K, TG0_16K, 0, 3, false}, {G64K, TG0_64K, 1, 1, false},
        {G64K, TG0_64K, 1, 2, true}, {G64K, TG0_64K, 1, 3, false},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct fx f;
        fx_init(&f, rows[i].granule);
        struct half h = {rows[i].granule, 48, rows[i].start, new_table(&f)};
        uint64_t va = 0x00004abcdef01234ull;
        /* A block descriptor (bits 1:0 = 01) even at L3, where it is reserved. */
        map(&f, &h, va, rows[i].level, leaf(1, LEAF_OA, 0), 0);
        f.r.tcr = rows[i].tg | T0SZ(16) | IPS(5);
        f.r.ttbr0 = h.root;
        struct stage1_result res = walk(&f, va, STAGE1_READ, 1, false);
        if (rows[i].ok)
            ck_assert_msg(res.fault == STAGE1_OK &&
                              res.page_shift == level_shift[rows[i].granule][rows[i].level],
                          "row %zu: fault %d", i, res.fault);
        else
            ck_assert_msg(res.fault == STAGE1_TRANSLATION && res.level == rows[i].level,
                          "row %zu: fault %d level %d", i, res.fault, res.level);
        fx_free(&f);
    }
}
END_TEST

START_TEST(va_range_check_tbi_and_epd)
{
    static const struct {
        const char *what;
        uint64_t va, tcr;
        unsigned tsz;
        enum stage1_access access;
        bool ok;
    } rows[] = {
        {"lower, clean", 0x1000, 0, 16, STAGE1_READ, true},
        {"lower, tagged, no TBI", 0x5a00000000001000, 0, 16, STAGE1_READ, false},
        {"lower, tagged, TBI0", 0x5a00000000001000, TBI0, 16, STAGE1_READ, true},
        /* AArch64.AddrTop: TBI covers fetches too unless TBID0 (FEAT_PAuth, not in ferry). */
        {"lower, tagged fetch, TBI0", 0x5a00000000001000, TBI0, 16, STAGE1_EXEC, true},
        {"lower, tagged, only TBI1", 0x5a00000000001000, TBI1, 16, STAGE1_READ, false},
        {"lower, bit 48 set", 0x0001000000001000, TBI0, 16, STAGE1_READ, false},
        {"upper, clean", 0xfffffffffffff000, 0, 16, STAGE1_READ, true},
        {"upper, tagged, TBI1", 0x00fffffffffff000, TBI1, 16, STAGE1_READ, true},
        {"upper, tagged, no TBI1", 0x00fffffffffff000, TBI0, 16, STAGE1_READ, false},
        {"upper, bit 48 clear", 0xfffefffffffff000, 0, 16, STAGE1_READ, false},
        /* Bit 55 picks the half even under TBI: 0 here, so bits 54:48 must be 0. */
        {"bit 55 clear, 54:48 set", 0xff7ffffffffff000, TBI0 | TBI1, 16, STAGE1_READ, false},
        {"39-bit lower, bit 39 set", 0x0000008000001000, 0, 25, STAGE1_READ, false},
        {"39-bit upper, bit 39 clear", 0xffffff7ffffff000, 0, 25, STAGE1_READ, false},
        /* EPDn=1: a TLB miss in that half faults like an out-of-range VA, without a walk. */
        {"EPD0, lower", 0x1000, EPD0, 16, STAGE1_READ, false},
        {"EPD0, upper walks", 0xfffffffffffff000, EPD0, 16, STAGE1_READ, true},
        {"EPD1, upper", 0xfffffffffffff000, EPD1, 16, STAGE1_READ, false},
        {"EPD1, lower walks", 0x1000, EPD1, 16, STAGE1_READ, true},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct fx f;
        struct half lo, hi;
        fx_4k(&f, &lo, &hi);
        map(&f, &lo, 0x1000, 3, leaf(3, LEAF_OA, 0), 0);
        map(&f, &hi, 0xfffffffffffff000, 3, leaf(3, LEAF_OA + 0x1000, 0), 0);
        f.r.tcr = T0SZ(rows[i].tsz) | T1SZ(rows[i].tsz) | TG1_4K | IPS(5) | rows[i].tcr;
        struct stage1_result res = walk(&f, rows[i].va | 0x123, rows[i].access, 1, false);
        if (rows[i].ok) {
            uint64_t want = (rows[i].va >> 55 & 1 ? LEAF_OA + 0x1000 : LEAF_OA) | 0x123;
            ck_assert_msg(res.fault == STAGE1_OK && res.pa == want, "%s: fault %d pa %#llx",
                          rows[i].what, res.fault, (unsigned long long)res.pa);
        } else {
            /* Translation fault at level 0, before any fetch (AArch64.S1Translate, S1Walk). */
            ck_assert_msg(res.fault == STAGE1_TRANSLATION && res.level == 0 && f.reads == 0 &&
                              stage1_fault_status(&res) == 0x04,
                          "%s: fault %d level %d reads %u", rows[i].what, res.fault, res.level,
                          f.reads);
        }
        fx_free(&f);
    }
}
END_TEST

START_TEST(each_fault_at_its_level)
{
    /* Status codes: ESR_ELx DFSC, kind in bits 5:2 and level in 1:0. */
    static const struct {
        const char *what;
        int leaf, at; /* mapping ends at `leaf`; the descriptor at `at` (-1: TTBR0) is altered */
        uint64_t clear, set;
        unsigned ips;
        bool abort;
        enum stage1_access access;
        enum stage1_fault fault;
        unsigned status;
    } rows[] = {
        {"invalid L1 descriptor", 3, 1, VALID, 0, 5, false, STAGE1_READ, STAGE1_TRANSLATION, 0x05},
        {"block at L0 (4K)", 3, 0, TABLE_OR_PAGE, 0, 5, false, STAGE1_READ, STAGE1_TRANSLATION,
         0x04},
        {"block encoding at L3 is reserved", 3, 3, TABLE_OR_PAGE, 0, 5, false, STAGE1_READ,
         STAGE1_TRANSLATION, 0x07},
        /* Invalid wins over an out-of-range address in the same descriptor. */
        {"invalid with OA above IPS", 3, 2, VALID, 1ull << 40, 0, false, STAGE1_READ,
         STAGE1_TRANSLATION, 0x06},
        {"TTBR0 above 36-bit IPS", 3, -1, 0, 1ull << 36, 1, false, STAGE1_READ, STAGE1_ADDRESS_SIZE,
         0x00},
        {"L1 table address above 32-bit IPS", 3, 1, 0, 1ull << 40, 0, false, STAGE1_READ,
         STAGE1_ADDRESS_SIZE, 0x01},
        {"L2 block OA above 36-bit IPS", 2, 2, 0, 1ull << 36, 1, false, STAGE1_READ,
         STAGE1_ADDRESS_SIZE, 0x02},
        {"page OA above 40-bit IPS", 3, 3, 0, 1ull << 44, 2, false, STAGE1_READ,
         STAGE1_ADDRESS_SIZE, 0x03},
        {"IPS=6 (52-bit) acts as 48", 3, 3, 0, 1ull << 47, 6, false, STAGE1_READ, STAGE1_OK, 0},
        {"address size before AF", 3, 3, AF, 1ull << 46, 4, false, STAGE1_READ, STAGE1_ADDRESS_SIZE,
         0x03},
        {"AF=0 on L1 block", 1, 1, AF, 0, 5, false, STAGE1_READ, STAGE1_ACCESS_FLAG, 0x09},
        {"AF=0 on L2 block", 2, 2, AF, 0, 5, false, STAGE1_READ, STAGE1_ACCESS_FLAG, 0x0a},
        {"AF=0 on page", 3, 3, AF, 0, 5, false, STAGE1_READ, STAGE1_ACCESS_FLAG, 0x0b},
        {"AF before permission", 3, 3, AF, AP(2), 5, false, STAGE1_WRITE, STAGE1_ACCESS_FLAG, 0x0b},
        {"write to read-only L1 block", 1, 1, 0, AP(2), 5, false, STAGE1_WRITE, STAGE1_PERMISSION,
         0x0d},
        {"fetch from PXN L2 block", 2, 2, 0, PXN, 5, false, STAGE1_EXEC, STAGE1_PERMISSION, 0x0e},
        {"write to read-only page", 3, 3, 0, AP(3), 5, false, STAGE1_WRITE, STAGE1_PERMISSION,
         0x0f},
        /* Table limits accumulate down the walk and report at the leaf's level. */
        {"APTable=10 in L0 only, write", 3, 0, 0, APTABLE(2), 5, false, STAGE1_WRITE,
         STAGE1_PERMISSION, 0x0f},
        {"PXNTable in L1 only, fetch", 3, 1, 0, PXNTABLE, 5, false, STAGE1_EXEC, STAGE1_PERMISSION,
         0x0f},
        {"abort fetching L0", 3, 0, 0, 0, 5, true, STAGE1_READ, STAGE1_WALK_ABORT, 0x14},
        {"abort fetching L2", 2, 2, 0, 0, 5, true, STAGE1_READ, STAGE1_WALK_ABORT, 0x16},
        {"abort fetching L3", 3, 3, 0, 0, 5, true, STAGE1_READ, STAGE1_WALK_ABORT, 0x17},
    };
    const uint64_t va = 0x0000004040203456ull; /* fits 39 bits too */
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct fx f;
        struct half lo, hi;
        fx_4k(&f, &lo, &hi);
        map(&f, &lo, va, rows[i].leaf, leaf(rows[i].leaf, LEAF_OA, 0), 0);
        f.r.tcr = (f.r.tcr & ~IPS(7)) | IPS(rows[i].ips);
        if (rows[i].at < 0) {
            f.r.ttbr0 |= rows[i].set;
        } else if (rows[i].abort) {
            f.abort_pa = f.desc_pa[rows[i].at];
        } else {
            uint64_t pa = f.desc_pa[rows[i].at];
            ram_put(&f, pa, (ram_get(&f, pa) & ~rows[i].clear) | rows[i].set);
        }
        struct stage1_result res = walk(&f, va, rows[i].access, 1, false);
        ck_assert_msg(res.fault == rows[i].fault, "%s: fault %d, want %d", rows[i].what, res.fault,
                      rows[i].fault);
        if (rows[i].fault != STAGE1_OK)
            ck_assert_msg(res.level == (int)(rows[i].status & 3) &&
                              stage1_fault_status(&res) == rows[i].status,
                          "%s: level %d status %#x", rows[i].what, res.level,
                          stage1_fault_status(&res));
        if (rows[i].at < 0) {
            /* Still level 0 when a 39-bit VA makes the walk start at L1 (AArch64.S1Walk). */
            f.r.tcr = (f.r.tcr & ~T0SZ(0x3f)) | T0SZ(25);
            res = walk(&f, va, rows[i].access, 1, false);
            ck_assert_uint_eq(stage1_fault_status(&res), rows[i].status);
        }
        fx_free(&f);
    }
}
END_TEST

/*
 * Maps 0x1000 (4K, lower half) with the given leaf and table attributes and
 * walks it; the leaf at L3, so permission faults report level 3.
 */
static struct stage1_result perm_walk(uint64_t table_bits, uint64_t attrs, uint64_t sctlr, bool pan,
                                      unsigned el, bool unpriv, enum stage1_access access)
{
    struct fx f;
    struct half lo, hi;
    fx_4k(&f, &lo, &hi);
    map(&f, &lo, 0x1000, 3, leaf(3, LEAF_OA, attrs), table_bits);
    f.r.sctlr = sctlr;
    f.r.pan = pan;
    struct stage1_result res = walk(&f, 0x1000, access, el, unpriv);
    fx_free(&f);
    if (res.fault != STAGE1_OK)
        ck_assert_msg(res.fault == STAGE1_PERMISSION && res.level == 3, "fault %d level %d",
                      res.fault, res.level);
    return res;
}

START_TEST(ap_permission_matrix)
{
    /* D8 "Data access permissions": AP[2:1] -> EL1 and EL0 data rights. */
    static const uint8_t el1[4] = {R | W, R | W, R, R};
    static const uint8_t el0[4] = {0, R | W, 0, R};
    static const enum stage1_access data[2] = {STAGE1_READ, STAGE1_WRITE};
    for (unsigned ap = 0; ap < 4; ap++) {
        /* PXN/UXN set so execute rights stay out of this table. */
        struct stage1_result res =
            perm_walk(0, AP(ap) | PXN | UXN, 0, false, 1, false, STAGE1_READ);
        ck_assert_uint_eq(res.perms_el1, el1[ap]);
        ck_assert_uint_eq(res.perms_el0, el0[ap]);
        /* EL0, EL1, and EL1 unprivileged (LDTR/STTR: EL0's rights). */
        for (unsigned who = 0; who < 3; who++) {
            uint8_t have = who == 1 ? el1[ap] : el0[ap];
            for (unsigned k = 0; k < 2; k++) {
                res = perm_walk(0, AP(ap) | PXN | UXN, 0, false, who ? 1 : 0, who == 2, data[k]);
                bool allowed = have & (k ? W : R);
                ck_assert_msg((res.fault == STAGE1_OK) == allowed, "AP=%u who=%u %s", ap, who,
                              k ? "write" : "read");
            }
        }
    }
}
END_TEST

START_TEST(execute_never_wxn_and_table_limits)
{
    static const struct {
        const char *what;
        uint64_t table_bits, attrs, sctlr;
        uint8_t el1, el0; /* expected perms */
    } rows[] = {
        /* Execute rights need no read right: EL0 may execute an AP=00 page. */
        {"AP=00", 0, AP(0), 0, R | W | X, X},
        {"AP=00 UXN", 0, AP(0) | UXN, 0, R | W | X, 0},
        {"AP=00 PXN", 0, AP(0) | PXN, 0, R | W, X},
        /* Writable at EL0 => never executable at EL1, whatever PXN says. */
        {"AP=01 EL0-writable", 0, AP(1), 0, R | W, R | W | X},
        {"AP=11 EL0 read-only", 0, AP(3), 0, R | X, R | X},
        {"UXNTable", UXNTABLE, AP(3), 0, R | X, R},
        {"PXNTable", PXNTABLE, AP(3), 0, R, R | X},
        /* APTable[1]: no writes below; APTable[0]: no EL0 access below. */
        {"APTable=10 over AP=01", APTABLE(2), AP(1), 0, R | X, R | X},
        {"APTable=01 over AP=01: EL0 loses writes, EL1 may execute", APTABLE(1), AP(1), 0,
         R | W | X, X},
        {"APTable=11 over AP=00", APTABLE(3), AP(0), 0, R | X, X},
        /* SCTLR.WXN: writable at an EL => not executable there. */
        {"WXN AP=00", 0, AP(0), SCTLR_WXN, R | W, X},
        {"WXN AP=10", 0, AP(2), SCTLR_WXN, R | X, X},
        {"WXN AP=01", 0, AP(1), SCTLR_WXN, R | W, R | W},
        {"WXN AP=11", 0, AP(3), SCTLR_WXN, R | X, R | X},
        {"WXN under APTable=10", APTABLE(2), AP(0), SCTLR_WXN, R | X, X},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct stage1_result res = perm_walk(rows[i].table_bits, rows[i].attrs, rows[i].sctlr,
                                             false, 1, false, STAGE1_READ);
        ck_assert_msg(res.perms_el1 == rows[i].el1 && res.perms_el0 == rows[i].el0,
                      "%s: el1 %u el0 %u", rows[i].what, res.perms_el1, res.perms_el0);
        for (unsigned el = 0; el <= 1; el++) {
            res = perm_walk(rows[i].table_bits, rows[i].attrs, rows[i].sctlr, false, el, false,
                            STAGE1_EXEC);
            bool allowed = (el ? rows[i].el1 : rows[i].el0) & X;
            ck_assert_msg((res.fault == STAGE1_OK) == allowed, "%s: fetch at EL%u", rows[i].what,
                          el);
        }
    }
}
END_TEST

START_TEST(pan_and_unprivileged_accesses)
{
    static const struct {
        const char *what;
        uint64_t table_bits, attrs;
        bool pan;
        unsigned el;
        bool unpriv;
        enum stage1_access access;
        bool ok;
    } rows[] = {
        {"PAN: EL1 read of EL0 RW page", 0, AP(1), true, 1, false, STAGE1_READ, false},
        {"PAN: EL1 write of EL0 RW page", 0, AP(1), true, 1, false, STAGE1_WRITE, false},
        {"PAN: EL1 read of EL0 RO page", 0, AP(3), true, 1, false, STAGE1_READ, false},
        {"PAN off: EL1 read of EL0 RW page", 0, AP(1), false, 1, false, STAGE1_READ, true},
        {"PAN: EL1-only page", 0, AP(0), true, 1, false, STAGE1_READ, true},
        /* APTable[0] already took EL0's access away, so PAN has nothing to guard. */
        {"PAN: APTable=01 over AP=01", APTABLE(1), AP(1), true, 1, false, STAGE1_READ, true},
        {"PAN: fetches are exempt", 0, AP(3), true, 1, false, STAGE1_EXEC, true},
        {"PAN: LDTR is exempt", 0, AP(1), true, 1, true, STAGE1_READ, true},
        {"PAN does not apply at EL0", 0, AP(1), true, 0, false, STAGE1_WRITE, true},
        {"LDTR to EL1-only page", 0, AP(0), false, 1, true, STAGE1_READ, false},
        {"STTR to EL0 read-only page", 0, AP(3), false, 1, true, STAGE1_WRITE, false},
        {"STTR to EL0 RW page", 0, AP(1), false, 1, true, STAGE1_WRITE, true},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct stage1_result res = perm_walk(rows[i].table_bits, rows[i].attrs, 0, rows[i].pan,
                                             rows[i].el, rows[i].unpriv, rows[i].access);
        ck_assert_msg((res.fault == STAGE1_OK) == rows[i].ok, "%s: fault %d", rows[i].what,
                      res.fault);
        if (!rows[i].ok)
            ck_assert_uint_eq(stage1_fault_status(&res), 0x0f);
    }
}
END_TEST

START_TEST(asid_selection_and_global)
{
    static const struct {
        const char *what;
        uint64_t tcr;
        bool upper, ng;
        uint16_t asid;
    } rows[] = {
        {"A1=0 AS=1: TTBR0's 16 bits", AS16, false, true, 0xabcd},
        {"A1=1 AS=1: TTBR1's 16 bits", A1 | AS16, false, true, 0x1234},
        {"A1=0 AS=0: 8 bits, upper ones zero", 0, false, true, 0x00cd},
        {"A1=1 AS=0", A1, false, false, 0x0034},
        {"TTBR1 walk still uses TTBR0's ASID when A1=0", AS16, true, true, 0xabcd},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct fx f;
        struct half lo, hi;
        fx_4k(&f, &lo, &hi);
        uint64_t va = rows[i].upper ? 0xffffffffc0000000 : 0x40000000;
        map(&f, rows[i].upper ? &hi : &lo, va, 1, leaf(1, LEAF_OA, rows[i].ng ? NG : 0), 0);
        /* ASIDs in TTBR 63:48 and CnP (bit 0) are not part of the table address. */
        f.r.ttbr0 |= 0xabcdull << 48 | 1;
        f.r.ttbr1 |= 0x1234ull << 48 | 1;
        f.r.tcr |= rows[i].tcr;
        struct stage1_result res = walk(&f, va, STAGE1_READ, 1, false);
        ck_assert_msg(res.fault == STAGE1_OK && res.asid == rows[i].asid &&
                          res.global == !rows[i].ng,
                      "%s: fault %d asid %#x", rows[i].what, res.fault, res.asid);
        fx_free(&f);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("stage1_walk");
    TCase *tc = tcase_create("walk");
    tcase_add_test(tc, every_granule_both_halves_every_block_level);
    tcase_add_test(tc, blocks_only_where_the_granule_allows);
    tcase_add_test(tc, va_range_check_tbi_and_epd);
    tcase_add_test(tc, each_fault_at_its_level);
    tcase_add_test(tc, ap_permission_matrix);
    tcase_add_test(tc, execute_never_wxn_and_table_limits);
    tcase_add_test(tc, pan_and_unprivileged_accesses);
    tcase_add_test(tc, asid_selection_and_global);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
