/* Slow paths of guest memory access: faults and page-crossing accesses. */
#include "cpu/memory.h"

bool mem_fault(struct cpu_state *cpu, const struct tlb_fault *fault, bool is_write)
{
    cpu->exception.kind = fault->access == TLB_EXEC ? CPU_EXC_INSN_ABORT : CPU_EXC_DATA_ABORT;
    cpu->exception.address = fault->address;
    cpu->exception.is_write = is_write;
    cpu->exception.page_mapped = fault->mapped;
    return false;
}

bool mem_read_slow(struct cpu_state *cpu, uint64_t va, void *dst, unsigned size)
{
    unsigned first = (unsigned)(TLB_PAGE_SIZE - (va & ~TLB_PAGE_MASK));
    uint8_t *a = mem_host_page(cpu, va, TLB_READ);
    if (!a)
        return false;
    uint8_t *b = mem_host_page(cpu, va + first, TLB_READ);
    if (!b)
        return false;
    memcpy(dst, a, first);
    memcpy((uint8_t *)dst + first, b, size - first);
    return true;
}

bool mem_write_slow(struct cpu_state *cpu, uint64_t va, const void *src, unsigned size)
{
    unsigned first = (unsigned)(TLB_PAGE_SIZE - (va & ~TLB_PAGE_MASK));
    uint8_t *a = mem_host_page(cpu, va, TLB_WRITE);
    if (!a)
        return false;
    uint8_t *b = mem_host_page(cpu, va + first, TLB_WRITE);
    if (!b)
        return false;
    memcpy(a, src, first);
    memcpy(b, (const uint8_t *)src + first, size - first);
    return true;
}

uint8_t *mem_host_rmw(struct cpu_state *cpu, uint64_t va, unsigned size)
{
    if (va & (size - 1)) {
        cpu->exception.kind = CPU_EXC_ALIGNMENT;
        cpu->exception.address = va;
        cpu->exception.is_write = true;
        cpu->exception.page_mapped = true;
        return 0;
    }
    /* Check read first so a read-only page reports a write fault only when readable. */
    if (!mem_host_page(cpu, va, TLB_READ))
        return 0;
    return mem_host_page(cpu, va, TLB_WRITE);
}

uint8_t *mem_host_aligned(struct cpu_state *cpu, uint64_t va, unsigned size,
                          enum tlb_access access)
{
    if (va & (size - 1)) {
        cpu->exception.kind = CPU_EXC_ALIGNMENT;
        cpu->exception.address = va;
        cpu->exception.is_write = access == TLB_WRITE;
        cpu->exception.page_mapped = true;
        return 0;
    }
    return mem_host_page(cpu, va, access);
}
