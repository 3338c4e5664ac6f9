/* Full-system TLB fill: stage-1 walk, then RAM or device; see system_mmu.h. */
#include "cpu/a64/system_mmu.h"

#include "cpu/a64/debug.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "mmu/stage1_walk.h"

#define SCTLR_M (1ull << 0)
/* With the MMU off the output address is the VA, which must fit the 48-bit PA space. */
#define PA_BITS 48

static bool read_descriptor(void *opaque, uint64_t pa, uint64_t *value)
{
    /*
     * Tables live in RAM: a descriptor anywhere else is an external abort on
     * the walk, and the device there is never read (its reads have effects).
     */
    const uint8_t *ram = phys_ram_range(opaque, pa, 8);
    if (!ram)
        return false;
    memcpy(value, ram, 8);
    return true;
}

static enum stage1_access walk_access(enum tlb_access access)
{
    return access == TLB_WRITE ? STAGE1_WRITE : access == TLB_EXEC ? STAGE1_EXEC : STAGE1_READ;
}

/*
 * tlb.watch_code: a block is being decoded from va's page (its fetch just
 * filled the TLB). The first time since its last store, every CPU's TLB
 * forgets it may write there, so the next store takes system_mmu_fill,
 * which drops the page's code.
 */
static void watch_code(void *owner, uint64_t va)
{
    struct system_mmu *mmu = owner;
    const uint8_t *host = tlb_lookup(&mmu->cpu->tlb, va, TLB_EXEC);
    if (!host)
        return;
    host -= va & ~TLB_PAGE_MASK;
    if (phys_code_watch(mmu->phys, host))
        cpu_maintain(mmu->cpu, (struct cpu_flush){.kind = CPU_FLUSH_CODE_WATCH, .page = host});
}

void system_mmu_attach(struct system_mmu *mmu, struct cpu_state *cpu, const struct phys_space *phys)
{
    mmu->cpu = cpu;
    mmu->phys = phys;
    tlb_init(&cpu->tlb, system_mmu_fill, mmu);
    cpu->tlb.watch_code = watch_code;
}

static const char *const access_names[TLB_ACCESS_KINDS] = {"read", "write", "exec"};

/* -d mmu: one line per fill, as the TLB sees it. */
static void trace_fill(const struct cpu_state *cpu, uint64_t va, enum tlb_access access,
                       const struct tlb_fault *fault, uint64_t pa, uint8_t perms)
{
    if (!(cpu->trace_flags & TRACE_MMU))
        return;
    if (fault)
        fprintf(cpu->log, "mmu: EL%u %s 0x%016" PRIx64 ": %s 0x%" PRIx64 "\n", cpu->el,
                access_names[access], va, fault->device ? "device at" : "fault, status",
                fault->device ? fault->pa : fault->status);
    else
        fprintf(cpu->log, "mmu: EL%u %s 0x%016" PRIx64 " -> 0x%" PRIx64 " %c%c%c\n", cpu->el,
                access_names[access], va, pa, (perms & STAGE1_PERM_R) ? 'r' : '-',
                (perms & STAGE1_PERM_W) ? 'w' : '-', (perms & STAGE1_PERM_X) ? 'x' : '-');
}

bool system_mmu_fill(void *owner, uint64_t va, enum tlb_access access, struct tlb_entry *entry,
                     struct tlb_fault *fault)
{
    struct system_mmu *mmu = owner;
    const struct cpu_state *cpu = mmu->cpu;
    uint64_t pa;
    uint8_t perms = STAGE1_PERM_R | STAGE1_PERM_W | STAGE1_PERM_X;
    /* With stage 1 off, data accesses are Device-nGnRnE and instruction fetches Normal. */
    bool device_type = true;
    *fault = (struct tlb_fault){.address = va, .access = access};
    if (!(cpu->el1.sctlr & SCTLR_M)) {
        if (va >> PA_BITS) {
            fault->status = 0x00; /* address size fault, level 0 */
            trace_fill(cpu, va, access, fault, 0, 0);
            return false;
        }
        pa = va;
    } else {
        struct stage1_regime regime = {cpu->el1.sctlr, cpu->el1.tcr, cpu->el1.ttbr0, cpu->el1.ttbr1,
                                       cpu->pan};
        struct stage1_result res;
        stage1_walk(&regime, va, walk_access(access), cpu->el, false, read_descriptor,
                    (void *)mmu->phys, &res);
        if (res.fault != STAGE1_OK) {
            fault->status = (uint8_t)stage1_fault_status(&res);
            fault->mapped = res.fault == STAGE1_PERMISSION;
            trace_fill(cpu, va, access, fault, 0, 0);
            return false;
        }
        pa = res.pa;
        fault->map_shift = (uint8_t)res.page_shift;
        fault->nonglobal = !res.global;
        /* MAIR_EL1 Attr<n> with bits 7:4 = 0000 is a Device memory type */
        device_type = ((cpu->el1.mair >> (8 * res.attr_index)) & 0xf0) == 0;
        perms = cpu->el == 0 ? res.perms_el0 : res.perms_el1;
        /* PAN: EL1 may still execute there, but its loads and stores fault (the walk said so for this one) */
        if (cpu->el == 1 && cpu->pan && (res.perms_el0 & STAGE1_PERM_R))
            perms &= STAGE1_PERM_X;
    }
    uint64_t page_va = va & TLB_PAGE_MASK, page_pa = pa & TLB_PAGE_MASK;
    uint8_t *host = phys_ram_range(mmu->phys, page_pa, TLB_PAGE_SIZE);
    /*
     * Device-type RAM: loads and stores take the slow path, which checks
     * alignment; so do those of a page with a watched byte, which checks
     * watchpoints (debug.h).
     */
    if (!host || (access != TLB_EXEC && (device_type || a64_watch_page(cpu, page_va)))) {
        fault->device = true;
        fault->device_type = device_type;
        fault->pa = pa;
        trace_fill(cpu, va, access, fault, 0, 0);
        return false;
    }
    if (device_type || a64_watch_page(cpu, page_va))
        perms &= STAGE1_PERM_X;
    if (phys_code_watched(mmu->phys, host)) {
        /* code was decoded from this page: the first store drops it, later ones hit the TLB */
        if (access == TLB_WRITE) {
            phys_code_unwatch(mmu->phys, host);
            cpu_code_written(mmu->cpu, host);
        } else {
            perms &= (uint8_t)~STAGE1_PERM_W;
        }
    }
    static const uint8_t needs[TLB_ACCESS_KINDS] = {STAGE1_PERM_R, STAGE1_PERM_W, STAGE1_PERM_X};
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        entry->tag[k] = (perms & needs[k]) ? page_va : TLB_TAG_INVALID;
    entry->addend = (uintptr_t)host - page_va;
    trace_fill(cpu, va, access, 0, pa, perms);
    return true;
}

/* PAR_EL1 (64-bit format): bit 0 F, bits 6:1 FST on failure; ATTR 63:56, PA 47:12, SH 8:7 on success. */
#define PAR_F 1ull
#define PAR_RES1 (1ull << 11)
#define SH_OUTER 2u

uint64_t system_mmu_address_translate(const struct cpu_state *cpu, uint64_t va,
                                      enum tlb_access access, unsigned el)
{
    if (!(cpu->el1.sctlr & SCTLR_M)) {
        /* Stage 1 off: flat, and data accesses are Device-nGnRnE (ATTR 0x00, outer shareable). */
        if (va >> PA_BITS)
            return PAR_RES1 | PAR_F; /* FST 0: address size fault, level 0 */
        return PAR_RES1 | (va & 0xfffffffff000ull) | (uint64_t)SH_OUTER << 7;
    }
    struct stage1_regime regime = {cpu->el1.sctlr, cpu->el1.tcr, cpu->el1.ttbr0, cpu->el1.ttbr1, false};
    struct stage1_result res;
    stage1_walk(&regime, va, walk_access(access), el, false, read_descriptor, (void *)cpu->phys,
                &res);
    if (res.fault != STAGE1_OK)
        return PAR_RES1 | (uint64_t)stage1_fault_status(&res) << 1 | PAR_F;
    uint64_t attr = (cpu->el1.mair >> (8 * res.attr_index)) & 0xff;
    /* Device memory (MAIR Attr<7:4> = 0) is always reported outer shareable. */
    unsigned sh = (attr >> 4) == 0 ? SH_OUTER : res.shareability;
    return attr << 56 | PAR_RES1 | (res.pa & 0xfffffffff000ull) | (uint64_t)sh << 7;
}
