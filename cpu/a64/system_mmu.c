/* Full-system TLB fill: stage-1 walk, then RAM or device; see system_mmu.h. */
#include "cpu/a64/system_mmu.h"

#include "mmu/stage1_walk.h"

#define SCTLR_M (1ull << 0)
/* With the MMU off the output address is the VA, which must fit the 48-bit PA space. */
#define PA_BITS 48

static bool read_descriptor(void *opaque, uint64_t pa, uint64_t *value)
{
    /* Tables live in RAM: a descriptor anywhere else is an external abort on the walk. */
    return phys_read(opaque, pa, 8, value) == PHYS_OK && phys_ram_range(opaque, pa, 8);
}

static enum stage1_access walk_access(enum tlb_access access)
{
    return access == TLB_WRITE ? STAGE1_WRITE : access == TLB_EXEC ? STAGE1_EXEC : STAGE1_READ;
}

void system_mmu_attach(struct system_mmu *mmu, struct cpu_state *cpu, const struct phys_space *phys)
{
    mmu->cpu = cpu;
    mmu->phys = phys;
    tlb_init(&cpu->tlb, system_mmu_fill, mmu);
}

bool system_mmu_fill(void *owner, uint64_t va, enum tlb_access access, struct tlb_entry *entry,
                     struct tlb_fault *fault)
{
    struct system_mmu *mmu = owner;
    const struct cpu_state *cpu = mmu->cpu;
    uint64_t pa;
    uint8_t perms = STAGE1_PERM_R | STAGE1_PERM_W | STAGE1_PERM_X;
    *fault = (struct tlb_fault){.address = va, .access = access};
    if (!(cpu->el1.sctlr & SCTLR_M)) {
        if (va >> PA_BITS) {
            fault->status = 0x00; /* address size fault, level 0 */
            return false;
        }
        pa = va;
    } else {
        struct stage1_regime regime = {cpu->el1.sctlr, cpu->el1.tcr, cpu->el1.ttbr0, cpu->el1.ttbr1,
                                       false /* PSTATE.PAN: FEAT_PAN is not advertised */};
        struct stage1_result res;
        stage1_walk(&regime, va, walk_access(access), cpu->el, false, read_descriptor,
                    (void *)mmu->phys, &res);
        if (res.fault != STAGE1_OK) {
            fault->status = (uint8_t)stage1_fault_status(&res);
            fault->mapped = res.fault == STAGE1_PERMISSION;
            return false;
        }
        pa = res.pa;
        perms = cpu->el == 0 ? res.perms_el0 : res.perms_el1;
    }
    uint64_t page_va = va & TLB_PAGE_MASK, page_pa = pa & TLB_PAGE_MASK;
    uint8_t *host = phys_ram_range(mmu->phys, page_pa, TLB_PAGE_SIZE);
    if (!host) {
        fault->device = true;
        fault->pa = pa;
        return false;
    }
    static const uint8_t needs[TLB_ACCESS_KINDS] = {STAGE1_PERM_R, STAGE1_PERM_W, STAGE1_PERM_X};
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        entry->tag[k] = (perms & needs[k]) ? page_va : TLB_TAG_INVALID;
    entry->addend = (uintptr_t)host - page_va;
    return true;
}
