/* Slow paths of guest memory access: faults, device pages and page-crossing accesses. */
#include "cpu/memory.h"

#include <inttypes.h>

#include "cpu/a64/debug.h"
#include "mmu/phys_space.h"

/* ESR DFSC: synchronous external abort, not on a table walk. */
#define FSC_EXTERNAL_ABORT 0x10

bool mem_fault(struct cpu_state *cpu, const struct tlb_fault *fault, bool is_write)
{
    /*
     * A device page is recorded as an external abort too, so a caller that
     * does not go to the bus (exclusives, atomics, page-crossing accesses,
     * instruction fetch) reports exactly that.
     */
    cpu->exception.kind = fault->access == TLB_EXEC ? CPU_EXC_INSN_ABORT : CPU_EXC_DATA_ABORT;
    cpu->exception.address = fault->address;
    cpu->exception.is_write = is_write;
    cpu->exception.page_mapped = fault->mapped;
    cpu->exception.fault_status = fault->device ? FSC_EXTERNAL_ABORT : fault->status;
    cpu->exception.device = fault->device;
    cpu->exception.device_pa = fault->pa;
    cpu->exception.device_type = fault->device_type;
    return false;
}

/* An unaligned access to Device memory: an alignment fault instead of the access. */
static bool device_alignment_fault(struct cpu_state *cpu, uint64_t va, bool is_write)
{
    cpu->exception.kind = CPU_EXC_ALIGNMENT;
    cpu->exception.address = va;
    cpu->exception.is_write = is_write;
    cpu->exception.page_mapped = true;
    cpu->exception.device = false;
    return false;
}

/* A store reached RAM past the TLB (Device-type or debug-watched page): code decoded there goes. */
static void note_ram_store(struct cpu_state *cpu, const uint8_t *host)
{
    const uint8_t *page = (const uint8_t *)((uintptr_t)host & ~(uintptr_t)(TLB_PAGE_SIZE - 1));
    if (phys_code_unwatch(cpu->phys, page))
        cpu_code_written(cpu, page);
}

uint8_t *mem_ram_behind(struct cpu_state *cpu, uint64_t va, unsigned size, bool load, bool store)
{
    if (!cpu->exception.device || !cpu->phys)
        return 0;
    if (a64_watchpoint_check(cpu, va, size, load, store)) {
        cpu->exception.device = false;
        return 0;
    }
    uint8_t *page = phys_ram_range(cpu->phys, cpu->exception.device_pa & TLB_PAGE_MASK, TLB_PAGE_SIZE);
    if (!page)
        return 0;
    cpu->exception.kind = CPU_EXC_NONE;
    cpu->exception.device = false;
    if (store)
        note_ram_store(cpu, page);
    return page + (va & ~TLB_PAGE_MASK);
}

bool mem_device_access(struct cpu_state *cpu, void *buf, unsigned size, bool is_write)
{
    if (!cpu->exception.device || !cpu->phys)
        return false;
    uint64_t pa = cpu->exception.device_pa;
    /*
     * Device memory: a 2-, 4- or 8-byte access must be aligned to its size.
     * Wider (SIMD) accesses are not checked: an LD1 of byte elements needs
     * no alignment and this path does not know the element size.
     */
    if (cpu->exception.device_type && size <= 8 && (pa & (size - 1)))
        return device_alignment_fault(cpu, cpu->exception.address, is_write);
    if (a64_watchpoint_check(cpu, cpu->exception.address, size, !is_write, is_write)) {
        cpu->exception.device = false;
        return false;
    }
    /* Devices take 1, 2, 4 or 8 bytes at a time; wider SIMD accesses go as 8-byte pieces. */
    unsigned piece = size > 8 ? 8 : size;
    for (unsigned done = 0; done < size; done += piece) {
        uint64_t value = 0;
        enum phys_status st;
        if (is_write) {
            memcpy(&value, (uint8_t *)buf + done, piece);
            st = phys_write(cpu->phys, pa + done, piece, value);
            const uint8_t *ram = phys_ram_range(cpu->phys, pa + done, piece);
            if (ram)
                note_ram_store(cpu, ram);
        } else {
            st = phys_read(cpu->phys, pa + done, piece, &value);
            memcpy((uint8_t *)buf + done, &value, piece);
        }
        if (st != PHYS_OK) {
            if (cpu->trace_flags & TRACE_GUEST_ERRORS)
                fprintf(cpu->log, "guest_errors: %s of %u bytes at physical 0x%" PRIx64 ": %s\n",
                        is_write ? "write" : "read", piece, pa + done,
                        st == PHYS_UNASSIGNED ? "nothing there" : "refused by the device");
            cpu->exception.device = false; /* stays the external abort mem_fault recorded */
            return false;
        }
    }
    cpu->exception.kind = CPU_EXC_NONE;
    cpu->exception.device = false;
    return true;
}

/*
 * One page of a page-crossing access: its host pointer, RAM behind a
 * Device-type page included. Such an access of 8 bytes or fewer is
 * unaligned by definition, so on Device memory it is an alignment fault.
 */
static uint8_t *crossing_page(struct cpu_state *cpu, uint64_t start, uint64_t va, unsigned size,
                              enum tlb_access access)
{
    uint8_t *p = mem_host_page(cpu, va, access);
    if (p)
        return p;
    if (cpu->exception.device && cpu->exception.device_type && size <= 8) {
        device_alignment_fault(cpu, start, access == TLB_WRITE);
        return 0;
    }
    return mem_ram_behind(cpu, start, size, access == TLB_READ, access == TLB_WRITE);
}

bool mem_read_slow(struct cpu_state *cpu, uint64_t va, void *dst, unsigned size)
{
    unsigned first = (unsigned)(TLB_PAGE_SIZE - (va & ~TLB_PAGE_MASK));
    uint8_t *a = crossing_page(cpu, va, va, size, TLB_READ);
    if (!a)
        return false;
    uint8_t *b = crossing_page(cpu, va, va + first, size, TLB_READ);
    if (!b)
        return false;
    memcpy(dst, a, first);
    memcpy((uint8_t *)dst + first, b, size - first);
    return true;
}

bool mem_write_slow(struct cpu_state *cpu, uint64_t va, const void *src, unsigned size)
{
    unsigned first = (unsigned)(TLB_PAGE_SIZE - (va & ~TLB_PAGE_MASK));
    uint8_t *a = crossing_page(cpu, va, va, size, TLB_WRITE);
    if (!a)
        return false;
    uint8_t *b = crossing_page(cpu, va, va + first, size, TLB_WRITE);
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
    if (!mem_host_page(cpu, va, TLB_READ) && !mem_ram_behind(cpu, va, size, true, true))
        return 0;
    uint8_t *p = mem_host_page(cpu, va, TLB_WRITE);
    return p ? p : mem_ram_behind(cpu, va, size, true, true);
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
    uint8_t *p = mem_host_page(cpu, va, access);
    return p ? p : mem_ram_behind(cpu, va, size, access == TLB_READ, access == TLB_WRITE);
}
