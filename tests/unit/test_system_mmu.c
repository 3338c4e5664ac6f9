/*
 * The full-system TLB fill: the stage-1 walk over page tables in guest RAM,
 * RAM pages installed with the current EL's rights, device pages handed to
 * the slow path, and aborts carrying their ESR fault status codes (Arm ARM
 * ESR_ELx.DFSC: translation 0b0001LL, access flag 0b0010LL, permission
 * 0b0011LL, address size 0b0000LL, external abort on a walk 0b0101LL).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/exec/block_cache.h"
#include "cpu/a64/sysreg.h"
#include "cpu/a64/system_mmu.h"
#include "tests/unit/harness.h"

#define RAM 0x40000000ull
#define L1 0x40100000ull
#define L2 0x40101000ull
#define L3 0x40102000ull
/* 4 KiB granule, 39-bit VAs in both halves (start at level 1), 48-bit IPS */
#define TCR ((25ull << 0) | (25ull << 16) | (2ull << 30) | (5ull << 32))

#define VALID 1ull
#define TABLE 2ull /* also "page" at level 3 */
#define AF (1ull << 10)
#define AP_EL0_RW (1ull << 6)
#define PXN (1ull << 53)
#define UXN (1ull << 54)

static struct phys_space ps;
static struct cpu_state cpu;
static struct system_mmu mmu;

static void put(uint64_t pa, uint64_t desc) { ck_assert(phys_dma_write(&ps, pa, &desc, 8)); }

static void setup(void)
{
    ck_assert_int_eq(phys_space_init(&ps, RAM, 16ull << 20), 0);
    cpu = (struct cpu_state){0};
    system_mmu_attach(&mmu, &cpu, &ps);
    put(L1 + 0 * 8, L2 | TABLE | VALID);
    put(L2 + 0 * 8, L3 | TABLE | VALID);
    put(L3 + 0x10 * 8, 0x40200000ull | AF | (3ull << 8) | TABLE | VALID);     /* EL1 only, inner shareable */
    put(L3 + 0x11 * 8, 0x40201000ull | AF | AP_EL0_RW | PXN | TABLE | VALID); /* EL0 data */
    put(L3 + 0x12 * 8, 0x09000000ull | AF | PXN | UXN | TABLE | VALID);       /* a device */
    put(L3 + 0x14 * 8, 0x40203000ull | TABLE | VALID);                        /* AF = 0 */
    cpu.el1.tcr = TCR;
    cpu.el1.ttbr0 = L1;
    cpu.el1.mair = 0x04ff; /* Attr0 Normal write-back (the descriptors' AttrIndx 0), Attr1 Device-nGnRE */
    cpu.el1.sctlr = 1; /* M */
    cpu.el = 1;
}

static void teardown(void) { phys_space_free(&ps); }

static bool fill(uint64_t va, enum tlb_access access, struct tlb_entry *e, struct tlb_fault *f)
{
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        e->tag[k] = TLB_TAG_INVALID;
    return system_mmu_fill(&mmu, va, access, e, f);
}

/* ---- loads and stores reaching a device through the interpreter ---- */

struct recorder {
    uint64_t last_offset, last_value;
    unsigned last_size;
    int reads, writes;
};

static bool recorder_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    struct recorder *r = opaque;
    r->reads++;
    r->last_offset = offset;
    r->last_size = size;
    *value = 0x1122334455667788ull >> (8 * (8 - size) % 64) ^ offset;
    return true;
}

static bool recorder_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    struct recorder *r = opaque;
    r->writes++;
    r->last_offset = offset;
    r->last_size = size;
    r->last_value = value;
    return true;
}

static const struct mmio_ops recorder_ops = {recorder_read, recorder_write};

START_TEST(ram_pages_carry_the_current_els_rights)
{
    struct tlb_entry e;
    struct tlb_fault f;
    ck_assert(fill(0x10008, TLB_READ, &e, &f));
    ck_assert_uint_eq(e.tag[TLB_READ], 0x10000);
    ck_assert_uint_eq(e.tag[TLB_WRITE], 0x10000);
    ck_assert_uint_eq(e.tag[TLB_EXEC], 0x10000);
    ck_assert_ptr_eq((uint8_t *)(uintptr_t)(0x10008 + e.addend),
                     (uint8_t *)phys_ram_range(&ps, 0x40200008, 1));

    cpu.el = 0; /* AP = 00: no EL0 access at all */
    ck_assert(!fill(0x10008, TLB_READ, &e, &f));
    ck_assert_uint_eq(f.status, 0x0f);
    ck_assert(f.mapped);
    ck_assert(!f.device);

    ck_assert(fill(0x11000, TLB_WRITE, &e, &f)); /* EL0 read/write, EL0-executable (UXN = 0) */
    ck_assert_uint_eq(e.tag[TLB_READ], 0x11000);
    ck_assert_uint_eq(e.tag[TLB_WRITE], 0x11000);
    ck_assert_uint_eq(e.tag[TLB_EXEC], 0x11000);
    cpu.el = 1; /* PXN, and EL0-writable memory is never EL1-executable */
    ck_assert(!fill(0x11000, TLB_EXEC, &e, &f));
    ck_assert_uint_eq(f.status, 0x0f);
    ck_assert(fill(0x11000, TLB_READ, &e, &f));
    ck_assert_uint_eq(e.tag[TLB_EXEC], TLB_TAG_INVALID);
}
END_TEST

START_TEST(devices_and_faults)
{
    struct tlb_entry e;
    struct tlb_fault f;
    ck_assert(!fill(0x12010, TLB_READ, &e, &f));
    ck_assert(f.device);
    ck_assert_uint_eq(f.pa, 0x09000010);
    ck_assert(!fill(0x13000, TLB_READ, &e, &f)); /* invalid level-3 descriptor */
    ck_assert(!f.device);
    ck_assert_uint_eq(f.status, 0x07);
    ck_assert_uint_eq(f.address, 0x13000);
    ck_assert(!fill(0x14000, TLB_WRITE, &e, &f)); /* AF = 0 */
    ck_assert_uint_eq(f.status, 0x0b);
    ck_assert(!fill(0x40000000, TLB_READ, &e, &f)); /* level-1 entry 1: invalid */
    ck_assert_uint_eq(f.status, 0x05);
    /* tables outside RAM: external abort on the walk, at level 1, without reading the device there */
    struct recorder dev = {0};
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x09000000, 0x1000, &recorder_ops, &dev, "dev"), 0);
    cpu.el1.ttbr0 = 0x09000000;
    ck_assert(!fill(0x10000, TLB_READ, &e, &f));
    ck_assert_uint_eq(f.status, 0x15);
    ck_assert_int_eq(dev.reads, 0);
}
END_TEST

/*
 * Stage 1 off (Arm ARM D8, "The effects of disabling an address translation
 * stage"): VA = PA; instruction fetches are Normal memory, data accesses
 * Device-nGnRnE, so loads and stores take the slow path that checks alignment.
 */
START_TEST(mmu_off_is_flat)
{
    struct tlb_entry e;
    struct tlb_fault f;
    cpu.el1.sctlr = 0;
    ck_assert(fill(0x40200010, TLB_EXEC, &e, &f));
    ck_assert_uint_eq(e.tag[TLB_EXEC], 0x40200000);
    ck_assert_uint_eq(e.tag[TLB_WRITE], TLB_TAG_INVALID);
    ck_assert_uint_eq(e.tag[TLB_READ], TLB_TAG_INVALID);
    ck_assert_ptr_eq((uint8_t *)(uintptr_t)(0x40200010 + e.addend),
                     (uint8_t *)phys_ram_range(&ps, 0x40200010, 1));
    ck_assert(!fill(0x40200010, TLB_WRITE, &e, &f));
    ck_assert(f.device);
    ck_assert(f.device_type);
    ck_assert_uint_eq(f.pa, 0x40200010);
    ck_assert(!fill(0x09000000, TLB_READ, &e, &f));
    ck_assert(f.device);
    ck_assert(!fill(1ull << 48, TLB_READ, &e, &f)); /* beyond the 48-bit PA space */
    ck_assert(!f.device);
    ck_assert_uint_eq(f.status, 0x00);
}
END_TEST

/*
 * Translation register writes: SCTLR_EL1 and TCR_EL1 change every
 * translation (whole flush); a TTBR write changes its half of the address
 * space when its table base changes, and the non-global translations when it
 * holds the ASID (TCR_EL1.A1 picks which TTBR does) and the ASID changes.
 * MAIR_EL1 changes no translation.
 */
START_TEST(translation_changes_request_a_flush)
{
    put(L3 + 0x16 * 8, 0x40205000ull | AF | (1ull << 11) | TABLE | VALID); /* nG */
    struct tlb_fault f;
    struct tlb *tlb = &cpu.tlb;
    cpu_set_el_pan(&cpu, 1, false);
    cpu.flush_request = 0;
    ck_assert(sysreg_write(&cpu, SYSREG_KEY(3, 0, 10, 2, 0), 0x04ff)); /* MAIR_EL1 */
    ck_assert_uint_eq(cpu.flush_request, 0);

    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x10000, TLB_READ, &f));
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x16000, TLB_READ, &f));
    ck_assert(tlb_nonglobal(tlb, 0x16000));
    ck_assert(!tlb_nonglobal(tlb, 0x10000));
    /* the ASID field of TTBR1 changes, but TCR_EL1.A1 = 0: TTBR0 holds the ASID */
    ck_assert(sysreg_write(&cpu, SYSREG_KEY(3, 0, 2, 0, 1), 5ull << 48));
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x16000, TLB_READ));
    /* with A1 = 1 it is the ASID: non-global entries go, global ones stay */
    cpu.el1.tcr |= 1ull << 22;
    ck_assert(sysreg_write(&cpu, SYSREG_KEY(3, 0, 2, 0, 1), 6ull << 48));
    ck_assert_ptr_null(tlb_lookup(tlb, 0x16000, TLB_READ));
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x10000, TLB_READ));
    /* the same TTBR0 value again: nothing; another table: the TTBR0 half goes, no whole flush */
    ck_assert(sysreg_write(&cpu, SYSREG_KEY(3, 0, 2, 0, 0), L1));
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x10000, TLB_READ));
    ck_assert(sysreg_write(&cpu, SYSREG_KEY(3, 0, 2, 0, 0), L1 + 0x10000));
    ck_assert_ptr_null(tlb_lookup(tlb, 0x10000, TLB_READ));
    ck_assert_uint_eq(cpu.flush_request, 0);

    /* the whole TLB; decoded code is rechecked against the new translations, not dropped */
    ck_assert(sysreg_write(&cpu, SYSREG_KEY(3, 0, 1, 0, 0), 1)); /* SCTLR_EL1 */
    ck_assert_uint_eq(cpu.flush_request, CPU_FLUSH_REQUEST_TLB);
    cpu.flush_request = 0;
    ck_assert(sysreg_write(&cpu, SYSREG_KEY(3, 0, 2, 0, 2), TCR)); /* TCR_EL1 */
    ck_assert_uint_eq(cpu.flush_request, CPU_FLUSH_REQUEST_TLB);
}
END_TEST

/* ---- a full-system CPU running code through the interpreter, over the fixture's page tables ---- */

static struct a64_decoder *decoder;
static struct cpu_state sys;
static struct system_mmu sys_mmu;

/* `sys` at EL1 (PAN clear), MMU off until a test gives it the fixture's EL1 registers. */
static void sys_start(void)
{
    char err[200];
    decoder = a64_decoder_build(a64_decode_table, a64_decode_table_size, err, sizeof(err));
    ck_assert_ptr_nonnull(decoder);
    cpu_init(&sys, decoder, 0, 0);
    system_mmu_attach(&sys_mmu, &sys, &ps);
    sys.user_mode = false;
    sys.phys = &ps;
    cpu_set_el_pan(&sys, 1, false);
}

static void sys_end(void)
{
    cpu_destroy(&sys);
    a64_decoder_free(decoder);
}

START_TEST(loads_and_stores_reach_devices)
{
    sys_start();
    struct recorder dev = {0};
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x09000000, 0x1000, &recorder_ops, &dev, "dev"), 0);
    /* ldr w0,[x1]; str w2,[x1,#4]; strb w2,[x1,#8]; ldr q5,[x1]; at s1e1r,x1; mrs x5,par_el1;
       ldr x3,[x4]; svc #0 (MMU off) */
    static const uint32_t code[] = {0xb9400020, 0xb9000422, 0x39002022, 0x3dc00025, 0xd5087801,
                                    0xd5387405, 0xf9400083, 0xd4000001};
    ck_assert(phys_dma_write(&ps, RAM, code, sizeof(code)));
    sys.x[1] = 0x09000000;
    sys.x[2] = 0xabcdef01;
    sys.x[4] = 0x0c000000; /* nothing there */
    sys.pc = RAM;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(sys.pc, RAM + 24); /* the load from unassigned space */
    ck_assert_uint_eq(sys.x[5], 0x09000900); /* AT with stage 1 off: flat, Device, outer shareable */
    ck_assert_uint_eq(sys.exception.fault_status, 0x10); /* synchronous external abort */
    ck_assert_uint_eq(sys.exception.address, 0x0c000000);
    ck_assert_uint_eq(sys.x[0], 0x11223344u); /* 4-byte read at offset 0 */
    ck_assert_int_eq(dev.writes, 2);
    ck_assert_int_eq(dev.reads, 3); /* the word, then the Q register as two 8-byte pieces */
    ck_assert_uint_eq(sys.v[5].d[0], 0x1122334455667788ull);
    ck_assert_uint_eq(sys.v[5].d[1], 0x1122334455667788ull ^ 8);
    ck_assert_uint_eq(dev.last_offset, 8);
    sys_end();
}
END_TEST

/* A new TTBR0 table (another process) maps other code at the same VA: the old decoded block goes. */
START_TEST(ttbr0_switch_drops_lower_half_code)
{
    sys_start();
    sys.el1 = cpu.el1;
    /* second table: VA 0x10000 -> PA 0x40206000 */
    put(0x40103000, 0x40104000ull | TABLE | VALID);
    put(0x40104000, 0x40105000ull | TABLE | VALID);
    put(0x40105000 + 0x10 * 8, 0x40206000ull | AF | (3ull << 8) | TABLE | VALID);
    static const uint32_t one[] = {0xd2800020, 0xd4000001}, two[] = {0xd2800040, 0xd4000001};
    ck_assert(phys_dma_write(&ps, 0x40200000, one, sizeof(one))); /* mov x0, #1; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40206000, two, sizeof(two))); /* mov x0, #2; svc #0 */
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 1);
    ck_assert(sysreg_write(&sys, SYSREG_KEY(3, 0, 2, 0, 0), 0x40103000));
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 2);
    sys_end();
}
END_TEST

static unsigned block_count(const struct block_cache *bc)
{
    unsigned n = 0;
    for (const struct block *b = bc->all; b; b = b->all_next)
        n += !b->doomed;
    return n;
}

/*
 * The blocks of the address space of TTBR0 value `ttbr` (TCR_EL1.A1 clear:
 * its ASID) that lookups find, or all that are kept.
 */
static unsigned blocks_in(const struct block_cache *bc, uint64_t ttbr, bool found)
{
    unsigned n = 0;
    for (const struct block *b = bc->all; b; b = b->all_next)
        n += !b->doomed && b->nonglobal && b->space == ttbr &&
             (!found || b->generation == block_generation(bc, ttbr));
    return n;
}

/*
 * Non-global translations belong to an address space (Arm ARM D8.14: TLB
 * entries are tagged with the ASID): two tables with their own ASIDs map
 * VA 0x10000 to different code through nG pages, and VA 0x13000 to the
 * same "br x5" to it. Switching TTBR0 back and forth runs each one's code,
 * called directly and through the indirect branch, and the code decoded in
 * each stays (two blocks per address space, not more per switch). TLBI by
 * ASID drops that ASID's code only.
 */
START_TEST(address_spaces_keep_their_code)
{
    sys_start();
    sys.el1 = cpu.el1;
    const uint64_t nG = 1ull << 11;
    put(L3 + 0x10 * 8, 0x40200000ull | AF | (3ull << 8) | nG | TABLE | VALID);
    put(0x40103000, 0x40104000ull | TABLE | VALID);
    put(0x40104000, 0x40105000ull | TABLE | VALID);
    put(0x40105000 + 0x10 * 8, 0x40206000ull | AF | (3ull << 8) | nG | TABLE | VALID);
    put(L3 + 0x13 * 8, 0x40207000ull | AF | (3ull << 8) | nG | TABLE | VALID);
    put(0x40105000 + 0x13 * 8, 0x40207000ull | AF | (3ull << 8) | nG | TABLE | VALID);
    static const uint32_t one[] = {0xd2800020, 0xd4000001}, two[] = {0xd2800040, 0xd4000001};
    static const uint32_t branch[] = {0xd61f00a0}; /* br x5 */
    ck_assert(phys_dma_write(&ps, 0x40200000, one, sizeof(one))); /* mov x0, #1; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40206000, two, sizeof(two))); /* mov x0, #2; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40207000, branch, sizeof(branch)));
    const uint64_t ttbr[2] = {L1 | 1ull << 48, 0x40103000ull | 2ull << 48};
    sys.x[5] = 0x10000;
    for (unsigned round = 0; round < 6; round++) {
        ck_assert(sysreg_write(&sys, SYSREG_KEY(3, 0, 2, 0, 0), ttbr[round & 1]));
        sys.pc = round < 2 ? 0x10000 : 0x13000;
        sys.x[0] = 0;
        ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
        ck_assert_uint_eq(sys.x[0], 1 + (round & 1));
    }
    ck_assert_uint_eq(block_count(sys.blocks), 4);

    /*
     * TLBI ASIDE1 of A's ASID, issued in B (where its code is at VA 0x14000):
     * A's code is found no more (its page now maps other code, with no TLBI
     * by address), B's still is.
     */
    static const uint32_t three[] = {0xd2800060, 0xd4000001};   /* mov x0, #3; svc #0 */
    static const uint32_t by_asid[] = {0xd5088741, 0xd4000001}; /* tlbi aside1, x1; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40208000, three, sizeof(three)));
    ck_assert(phys_dma_write(&ps, 0x40209000, by_asid, sizeof(by_asid)));
    put(0x40105000 + 0x14 * 8, 0x40209000ull | AF | (3ull << 8) | nG | TABLE | VALID);
    put(L3 + 0x10 * 8, 0x40208000ull | AF | (3ull << 8) | nG | TABLE | VALID);
    sys.x[1] = 1ull << 48;
    sys.pc = 0x14000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert(sysreg_write(&sys, SYSREG_KEY(3, 0, 2, 0, 0), ttbr[0]));
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 3);
    ck_assert_uint_eq(blocks_in(sys.blocks, ttbr[0], true), 1);
    ck_assert_uint_ge(blocks_in(sys.blocks, ttbr[1], true), 3); /* the translator ends one after the TLBI */
    /* the blocks no longer found are freed with those of the next STALE_ASIDS_MAX TLBIs by ASID */
    ck_assert(sysreg_write(&sys, SYSREG_KEY(3, 0, 2, 0, 0), ttbr[1]));
    for (unsigned asid = 100; asid < 100 + STALE_ASIDS_MAX; asid++) {
        sys.x[1] = (uint64_t)asid << 48;
        sys.pc = 0x14000;
        ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    }
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 2);
    ck_assert_uint_eq(blocks_in(sys.blocks, ttbr[0], false), 1);
    ck_assert_uint_ge(blocks_in(sys.blocks, ttbr[1], true), 3);
    sys_end();
}
END_TEST

/*
 * Links between blocks across a change of every translation (TLBI
 * VMALLE1): kernel code in the upper half branches to lower-half code (the
 * interpreter keeps that as a successor); after the change the lower half's
 * table is switched, which drops its blocks. The kernel block still runs,
 * and to the new lower-half code (never through a link into freed code:
 * the sanitizer build would see it).
 */
START_TEST(links_into_the_lower_half_survive_a_recheck)
{
    sys_start();
    sys.el1 = cpu.el1;
    /* TTBR1: VA 0xffffff8000010000 (T1SZ 25) -> PA 0x4020a000, global */
    put(0x40106000, 0x40107000ull | TABLE | VALID);
    put(0x40107000, 0x40108000ull | TABLE | VALID);
    put(0x40108000 + 0x10 * 8, 0x4020a000ull | AF | (3ull << 8) | TABLE | VALID);
    sys.el1.ttbr1 = 0x40106000;
    /* the second lower-half table: VA 0x10000 -> PA 0x40206000 */
    put(0x40103000, 0x40104000ull | TABLE | VALID);
    put(0x40104000, 0x40105000ull | TABLE | VALID);
    put(0x40105000 + 0x10 * 8, 0x40206000ull | AF | (3ull << 8) | TABLE | VALID);
    static const uint32_t branch[] = {0xd61f00a0}; /* br x5 */
    static const uint32_t one[] = {0xd2800020, 0xd4000001}, two[] = {0xd2800040, 0xd4000001};
    ck_assert(phys_dma_write(&ps, 0x4020a000, branch, sizeof(branch)));
    ck_assert(phys_dma_write(&ps, 0x40200000, one, sizeof(one))); /* mov x0, #1; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40206000, two, sizeof(two))); /* mov x0, #2; svc #0 */
    const uint64_t kernel = 0xffffff8000010000ull;
    sys.x[5] = 0x10000;
    for (unsigned run = 0; run < 3; run++) { /* decoded, then translated */
        sys.pc = kernel;
        ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
        ck_assert_uint_eq(sys.x[0], 1);
    }
    struct cpu_flush all = {.kind = CPU_FLUSH_ALL}; /* both at the next block boundary */
    cpu_flush_apply(&sys, &all);
    ck_assert(sysreg_write(&sys, SYSREG_KEY(3, 0, 2, 0, 0), 0x40103000));
    for (unsigned run = 0; run < 2; run++) {
        sys.pc = kernel;
        ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
        ck_assert_uint_eq(sys.x[0], 2);
    }
    sys_end();
}
END_TEST

/*
 * IC IVAU after writing code (Arm ARM B2, "Concurrent modification and
 * execution of instructions"): the invalidation is by VA but reaches the
 * physical location, so code decoded through one VA goes when the page is
 * invalidated through an alias.
 */
START_TEST(ic_ivau_through_an_alias_drops_the_code)
{
    sys_start();
    sys.el1 = cpu.el1;
    put(L3 + 0x17 * 8, 0x40200000ull | AF | (3ull << 8) | PXN | TABLE | VALID); /* data alias of the code */
    static const uint32_t one[] = {0xd2800020, 0xd4000001}, two[] = {0xd2800040, 0xd4000001};
    static const uint32_t ic[] = {0xd50b7521, 0xd4000001}; /* ic ivau, x1; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40200000, one, sizeof(one))); /* mov x0, #1; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40200200, ic, sizeof(ic)));
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 1);
    ck_assert(phys_dma_write(&ps, 0x40200000, two, sizeof(two))); /* mov x0, #2 */
    sys.x[1] = 0x17004; /* the alias, any line of the page */
    sys.pc = 0x10200;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 2);
    sys_end();
}
END_TEST

/*
 * A store into a page code was decoded from drops that code, with no IC
 * maintenance, through any alias (DESIGN.md: writes to a physical page that
 * holds translated code invalidate its blocks; QEMU does the same). The
 * alias's TLB entry was filled for writing before the code was decoded, so
 * decoding must take that right away; the page is watched again once its
 * code is decoded anew. With the MMU off stores go the Device-memory way.
 */
START_TEST(stores_to_a_code_page_drop_its_code)
{
    sys_start();
    sys.el1 = cpu.el1;
    put(L3 + 0x17 * 8, 0x40200000ull | AF | (3ull << 8) | PXN | TABLE | VALID); /* data alias of the code */
    static const uint32_t one[] = {0xd2800020, 0xd4000001};   /* mov x0, #1; svc #0 */
    static const uint32_t store[] = {0xb9000083, 0xd4000001}; /* str w3, [x4]; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40200000, one, sizeof(one)));
    ck_assert(phys_dma_write(&ps, 0x40200100, store, sizeof(store)));
    struct tlb_fault f;
    ck_assert_ptr_nonnull(tlb_fill(&sys.tlb, 0x17000, TLB_WRITE, &f));
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 1);
    ck_assert_ptr_null(tlb_lookup(&sys.tlb, 0x17000, TLB_WRITE));
    static const uint32_t next[] = {0xd2800040, 0xd2800060}; /* mov x0, #2; mov x0, #3 */
    for (unsigned i = 0; i < 2; i++) {
        sys.x[3] = next[i];
        sys.x[4] = 0x17000;
        sys.pc = 0x10100;
        ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
        sys.pc = 0x10000;
        ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
        ck_assert_uint_eq(sys.x[0], 2 + i);
    }
    /* MMU off: the same page at its physical address, stored to through the slow path */
    sys.el1.sctlr = 0;
    cpu_request_tlb_flush(&sys);
    sys.pc = 0x40200000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 3);
    sys.x[3] = 0xd2800080; /* mov x0, #4 */
    sys.x[4] = 0x40200000;
    sys.pc = 0x40200100;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    sys.pc = 0x40200000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 4);
    sys_end();
}
END_TEST

/*
 * Device memory (stage 1 off, or a Device attribute): an unaligned access is
 * an alignment fault (Arm ARM B2, "Alignment of data accesses"; D8 for the
 * Device-nGnRnE type of data accesses with stage 1 off), and so is DC ZVA;
 * aligned accesses, exclusives on the RAM there and DC CIVAC of an MMIO
 * address work.
 */
START_TEST(device_memory_alignment)
{
    sys_start();
    struct recorder dev = {0};
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x09000000, 0x1000, &recorder_ops, &dev, "dev"), 0);
    uint64_t data = 0x1122334455667788ull;
    ck_assert(phys_dma_write(&ps, 0x40310000, &data, 8));
    /* MMU off: ldr x0,[x1]; ldxr x3,[x1]; stxr w4,x3,[x1]; dc civac,x5; svc */
    static const uint32_t ok[] = {0xf9400020, 0xc85f7c23, 0xc8047c23, 0xd50b7e25, 0xd4000001};
    ck_assert(phys_dma_write(&ps, 0x40300000, ok, sizeof(ok)));
    sys.x[1] = 0x40310000;
    sys.x[5] = 0x09000040;
    sys.x[4] = 7;
    sys.pc = 0x40300000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], data);
    ck_assert_uint_eq(sys.x[4], 0); /* the exclusive store succeeded */
    ck_assert_int_eq(dev.reads + dev.writes, 0);
    /* ldur x0,[x1,#1]; dc zva,x1; ldr x2,[x8] across a page: each an alignment fault */
    static const uint32_t unaligned[] = {0xf8401020, 0xd50b7421, 0xf9400102};
    ck_assert(phys_dma_write(&ps, 0x40300100, unaligned, sizeof(unaligned)));
    sys.x[8] = 0x40310ffc;
    for (unsigned i = 0; i < 3; i++) {
        sys.pc = 0x40300100 + 4 * i;
        ck_assert_int_eq(cpu_run(&sys), CPU_EXC_ALIGNMENT);
        ck_assert_uint_eq(sys.pc, 0x40300100 + 4 * i);
    }
    ck_assert_uint_eq(sys.exception.address, 0x40310ffc);
    /* MMU on, RAM mapped with AttrIndx 1 (Device-nGnRE): ldur w6,[x7,#2] faults; ldr x2,[x8] reads */
    put(L3 + 0x15 * 8, 0x40310000ull | AF | (1ull << 2) | (3ull << 8) | TABLE | VALID);
    static const uint32_t mapped[] = {0xb84020e6, 0xf9400102, 0xd4000001};
    ck_assert(phys_dma_write(&ps, 0x40200000, mapped, sizeof(mapped)));
    sys.el1 = cpu.el1;
    cpu_request_flush(&sys);
    sys.x[7] = 0x15000;
    sys.x[8] = 0x15000;
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_ALIGNMENT);
    ck_assert_uint_eq(sys.exception.address, 0x15002);
    sys.pc = 0x10004;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[2], data);
    sys_end();
}
END_TEST

/*
 * TLBI by address (Arm ARM D8, "TLB maintenance instructions": an entry is
 * invalidated if it was made by a translation that covers the address, so
 * one TLBI VA inside a 2 MiB block drops the whole block): every 4 KiB entry
 * the block produced goes, in every EL's context, and nothing else does.
 */
START_TEST(tlbi_by_address_drops_what_translates_it)
{
    put(L2 + 1 * 8, 0x40400000ull | AF | AP_EL0_RW | VALID); /* VA 0x200000: 2 MiB block */
    struct tlb_fault f;
    struct tlb *tlb = &cpu.tlb;
    cpu_set_el_pan(&cpu, 1, false);
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x200000, TLB_READ, &f));
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x3ff000, TLB_READ, &f));
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x10000, TLB_READ, &f));
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x11000, TLB_READ, &f));
    cpu_set_el_pan(&cpu, 0, false);
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x11000, TLB_READ, &f));
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x201000, TLB_READ, &f));
    ck_assert_uint_eq(tlb_map_shift(tlb, 0x201000), 21);

    tlb_flush_va(tlb, 0x250000); /* inside the block: all of its entries, at EL0 and EL1 */
    ck_assert_ptr_null(tlb_lookup(tlb, 0x201000, TLB_READ));
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x11000, TLB_READ));
    cpu_set_el_pan(&cpu, 1, false);
    ck_assert_ptr_null(tlb_lookup(tlb, 0x200000, TLB_READ));
    ck_assert_ptr_null(tlb_lookup(tlb, 0x3ff000, TLB_READ));
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x10000, TLB_READ));
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x11000, TLB_READ));

    /* a 4 KiB page: only that page, in both contexts; the top byte is not compared */
    tlb_flush_va(tlb, 0xff00000000011000ull);
    ck_assert_ptr_null(tlb_lookup(tlb, 0x11000, TLB_READ));
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x10000, TLB_READ));
    cpu_set_el_pan(&cpu, 0, false);
    ck_assert_ptr_null(tlb_lookup(tlb, 0x11000, TLB_READ));

    /* pages only (no larger translation since the flush): the same, in every context */
    tlb_flush(tlb);
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x11000, TLB_READ, &f));
    cpu_set_el_pan(&cpu, 1, true); /* context 3: the slot in the other half of the table */
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x10000, TLB_READ, &f));
    cpu_set_el_pan(&cpu, 1, false);
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x10000, TLB_READ, &f));
    ck_assert_ptr_nonnull(tlb_fill(tlb, 0x11000, TLB_READ, &f));
    tlb_flush_va(tlb, 0x10000);
    ck_assert_ptr_null(tlb_lookup(tlb, 0x10000, TLB_READ));
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x11000, TLB_READ));
    cpu_set_el_pan(&cpu, 1, true);
    ck_assert_ptr_null(tlb_lookup(tlb, 0x10000, TLB_READ));
    cpu_set_el_pan(&cpu, 0, false);
    ck_assert_ptr_nonnull(tlb_lookup(tlb, 0x11000, TLB_READ));
}
END_TEST

/*
 * A TLBI runs before the instructions after it (Arm ARM D8.13: completed by
 * the DSB, seen by the fetches after the ISB): in one run, a loop calls a
 * function, rewrites its page's descriptor (the same one the first time
 * round, then one mapping other code) and TLBIs an address (a page without
 * code the first time, so the way round is chained, then the function's),
 * or everything. The third call runs the new code.
 */
START_TEST(tlbi_takes_effect_before_the_next_instruction)
{
    /* _i = 0: TLBI VAAE1 (by address); _i = 1: TLBI VMALLE1 (everything: the code is rechecked) */
    sys_start();
    sys.el1 = cpu.el1;
    uint64_t old_desc = 0x40205000ull | AF | (3ull << 8) | TABLE | VALID;
    put(L3 + 0x16 * 8, old_desc);                                          /* the function */
    put(L3 + 0x18 * 8, L3 | AF | (3ull << 8) | PXN | UXN | TABLE | VALID); /* the L3 table */
    uint32_t loop[] = {
        0xd2800067, /* mov x7, #3 */
        0x940017ff, /* loop: bl 0x16000 */
        0x8b0000c6, /* add x6, x6, x0 */
        0xf10004e7, /* subs x7, x7, #1 */
        0x54000120, /* b.eq done */
        0xf9000062, /* str x2, [x3]: the function's descriptor */
        0xaa0803e2, /* mov x2, x8: the new one from the second time round */
        0xd5033b9f, /* dsb ish */
        0xd5088761, /* tlbi vaae1, x1 */
        0xaa0903e1, /* mov x1, x9: the function's page from the second time round */
        0xd5033b9f, /* dsb ish */
        0xd5033fdf, /* isb */
        0x17fffff5, /* b loop */
        0xd4000001, /* done: svc #0 */
    };
    if (_i == 1)
        loop[8] = 0xd508871f; /* tlbi vmalle1 */
    static const uint32_t old_function[] = {0xd28000a0, 0xd65f03c0}; /* mov x0, #5; ret */
    static const uint32_t new_function[] = {0xd28000e0, 0xd65f03c0}; /* mov x0, #7; ret */
    ck_assert(phys_dma_write(&ps, 0x40200000, loop, sizeof(loop)));
    ck_assert(phys_dma_write(&ps, 0x40205000, old_function, sizeof(old_function)));
    ck_assert(phys_dma_write(&ps, 0x40206000, new_function, sizeof(new_function)));
    sys.x[1] = 0x17; /* VA[55:12] of 0x17000 */
    sys.x[2] = old_desc;
    sys.x[3] = 0x18000 + 0x16 * 8;
    sys.x[6] = 0;
    sys.x[8] = 0x40206000ull | AF | (3ull << 8) | TABLE | VALID;
    sys.x[9] = 0x16; /* VA[55:12] of 0x16000 */
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[6], 5 + 5 + 7);
    sys_end();
}
END_TEST

/* TLBI VAALE1IS through the interpreter: the entry goes, but no whole flush is asked for. */
START_TEST(tlbi_instruction_by_address)
{
    sys_start();
    sys.el1 = cpu.el1;
    /* ldr x0,[x2]; tlbi vaale1is, x1; svc #0 */
    static const uint32_t code[] = {0xf9400040, 0xd50883e1, 0xd4000001};
    ck_assert(phys_dma_write(&ps, 0x40200000, code, sizeof(code)));
    sys.x[1] = 0x11;     /* VA[55:12] of 0x11000 */
    sys.x[2] = 0x11000;
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_ptr_null(tlb_lookup(&sys.tlb, 0x11000, TLB_READ));
    ck_assert_ptr_nonnull(tlb_lookup(&sys.tlb, 0x10000, TLB_EXEC));
    ck_assert_uint_eq(sys.flush_request, 0);
    /* TLBI ASIDE1IS: the non-global entries go (ASIDs are not recorded), the global ones stay */
    put(L3 + 0x16 * 8, 0x40205000ull | AF | (1ull << 11) | TABLE | VALID); /* nG */
    struct tlb_fault f;
    ck_assert_ptr_nonnull(tlb_fill(&sys.tlb, 0x16000, TLB_READ, &f));
    static const uint32_t by_asid[] = {0xd5088341, 0xd4000001}; /* tlbi aside1is, x1; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40200100, by_asid, sizeof(by_asid)));
    sys.pc = 0x10100;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_ptr_null(tlb_lookup(&sys.tlb, 0x16000, TLB_READ));
    ck_assert_ptr_nonnull(tlb_lookup(&sys.tlb, 0x10000, TLB_EXEC));
    ck_assert_uint_eq(sys.flush_request, 0);
    /* remap the code page to other code: after the TLBI of its address the new code runs */
    static const uint32_t other[] = {0xd2800120, 0xd4000001}; /* mov x0, #9; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40205000, other, sizeof(other)));
    put(L3 + 0x10 * 8, 0x40205000ull | AF | (3ull << 8) | TABLE | VALID);
    cpu_invalidate_va(&sys, 0x10000);
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 9);
    /*
     * TLBI VMALLE1 keeps decoded code, but rechecks it: the same mapping
     * runs the same code; after the page is remapped again (no TLBI by
     * address this time), the code of the page it now maps to runs.
     */
    static const uint32_t third[] = {0xd2800160, 0xd4000001}; /* mov x0, #11; svc #0 */
    ck_assert(phys_dma_write(&ps, 0x40206000, third, sizeof(third)));
    struct cpu_flush all = {.kind = CPU_FLUSH_ALL};
    cpu_flush_apply(&sys, &all);
    ck_assert_uint_eq(sys.flush_request, CPU_FLUSH_REQUEST_TLB);
    sys.pc = 0x10000;
    sys.x[0] = 0;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 9);
    put(L3 + 0x10 * 8, 0x40206000ull | AF | (3ull << 8) | TABLE | VALID);
    cpu_flush_apply(&sys, &all);
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_SVC);
    ck_assert_uint_eq(sys.x[0], 11);
    sys_end();
}
END_TEST

/*
 * FEAT_PAN (Arm ARM D8, "Privileged access never"): with PSTATE.PAN = 1 an
 * EL1 load or store to a page EL0 can read is a permission fault, while
 * LDTR/STTR (unprivileged, checked with EL0's rights) and instruction
 * fetches are exempt. PAN switching back and forth must not let a TLB entry
 * filled under one setting answer an access made under the other.
 */
START_TEST(pan_blocks_el1_data_access_to_user_pages)
{
    sys_start();
    sys.el1 = cpu.el1; /* MMU on: VA 0x10000 EL1-only code, 0x11000 EL0 data */
    cpu_set_el_pan(&sys, 1, false);
    /* msr pan,#0; ldr x0,[x1]; msr pan,#1; ldtr x3,[x1]; sttr x2,[x1,#8]; mrs x4,pan; ldr x5,[x1] */
    static const uint32_t code[] = {0xd500409f, 0xf9400020, 0xd500419f, 0xf8400823,
                                    0xf8008822, 0xd5384264, 0xf9400025, 0xd4000001};
    ck_assert(phys_dma_write(&ps, 0x40200000, code, sizeof(code)));
    uint64_t data = 0x1234;
    ck_assert(phys_dma_write(&ps, 0x40201000, &data, 8));
    sys.x[1] = 0x11000;
    sys.x[2] = 0x5678;
    sys.pc = 0x10000;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(sys.pc, 0x10018);              /* the last ldr, under PAN */
    ck_assert_uint_eq(sys.exception.fault_status, 0x0f); /* permission fault, level 3 */
    ck_assert_uint_eq(sys.x[0], 0x1234);             /* allowed with PAN = 0 */
    ck_assert_uint_eq(sys.x[3], 0x1234);             /* LDTR ignores PAN */
    ck_assert_uint_eq(sys.x[4], 1ull << 22);         /* MRS PAN: bit 22 */
    ck_assert(phys_dma_read(&ps, 0x40201008, &data, 8));
    ck_assert_uint_eq(data, 0x5678);                 /* STTR wrote */
    ck_assert_uint_eq(sys.el, 1);
    /* LDTR at EL1 is checked with EL0's rights: the EL1-only page faults */
    cpu_set_el_pan(&sys, 1, false);
    sys.x[1] = 0x10000;
    sys.pc = 0x1000c;
    ck_assert_int_eq(cpu_run(&sys), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(sys.pc, 0x1000c);
    ck_assert_uint_eq(sys.exception.fault_status, 0x0f);
    ck_assert_uint_eq(sys.el, 1);
    sys_end();
}
END_TEST

/* PAR_EL1 64-bit format: ATTR 63:56, PA 47:12, RES1 11, SH 8:7, F 0; on a fault FST 6:1 and F. */
START_TEST(address_translation_into_par)
{
    cpu.phys = &ps;
    cpu.el1.mair = 0x04ff; /* Attr0 Normal write-back, Attr1 Device-nGnRE */
    ck_assert_uint_eq(system_mmu_address_translate(&cpu, 0x10008, TLB_READ, 1), 0xff00000040200980ull);
    ck_assert_uint_eq(system_mmu_address_translate(&cpu, 0x10008, TLB_READ, 0), 0x81f);  /* permission L3 */
    ck_assert_uint_eq(system_mmu_address_translate(&cpu, 0x11000, TLB_WRITE, 0), 0xff00000040201800ull);
    ck_assert_uint_eq(system_mmu_address_translate(&cpu, 0x13000, TLB_READ, 1), 0x80f);  /* translation L3 */
    put(L3 + 0x15 * 8, 0x40204000ull | AF | (1ull << 2) | (3ull << 8) | TABLE | VALID); /* Attr1: device */
    ck_assert_uint_eq(system_mmu_address_translate(&cpu, 0x15000, TLB_READ, 1), 0x0400000040204900ull);
    cpu.el1.sctlr = 0;
    ck_assert_uint_eq(system_mmu_address_translate(&cpu, 0x40200010, TLB_READ, 1), 0x40200900);
    ck_assert_uint_eq(system_mmu_address_translate(&cpu, 1ull << 48, TLB_READ, 1), 0x801);
}
END_TEST

START_TEST(mmu_trace_lines)
{
    char *text = 0;
    size_t size = 0;
    FILE *log = open_memstream(&text, &size);
    cpu.log = log;
    cpu.trace_flags = TRACE_MMU;
    struct tlb_entry e;
    struct tlb_fault f;
    ck_assert(fill(0x10008, TLB_READ, &e, &f));
    ck_assert(!fill(0x13000, TLB_WRITE, &e, &f));
    ck_assert(!fill(0x12000, TLB_READ, &e, &f));
    fclose(log);
    ck_assert_str_eq(text, "mmu: EL1 read 0x0000000000010008 -> 0x40200008 rwx\n"
                           "mmu: EL1 write 0x0000000000013000: fault, status 0x7\n"
                           "mmu: EL1 read 0x0000000000012000: device at 0x9000000\n");
    free(text);
}
END_TEST

static Suite *system_mmu_suite(void)
{
    Suite *s = suite_create("system_mmu");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, ram_pages_carry_the_current_els_rights);
    tcase_add_test(tc, devices_and_faults);
    tcase_add_test(tc, mmu_off_is_flat);
    tcase_add_test(tc, translation_changes_request_a_flush);
    tcase_add_test(tc, loads_and_stores_reach_devices);
    tcase_add_test(tc, pan_blocks_el1_data_access_to_user_pages);
    tcase_add_test(tc, tlbi_by_address_drops_what_translates_it);
    tcase_add_test(tc, device_memory_alignment);
    tcase_add_test(tc, ttbr0_switch_drops_lower_half_code);
    tcase_add_test(tc, address_spaces_keep_their_code);
    tcase_add_test(tc, links_into_the_lower_half_survive_a_recheck);
    tcase_add_test(tc, ic_ivau_through_an_alias_drops_the_code);
    tcase_add_test(tc, stores_to_a_code_page_drop_its_code);
    tcase_add_test(tc, tlbi_instruction_by_address);
    tcase_add_loop_test(tc, tlbi_takes_effect_before_the_next_instruction, 0, 2);
    tcase_add_test(tc, address_translation_into_par);
    tcase_add_test(tc, mmu_trace_lines);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(system_mmu_suite()); }
