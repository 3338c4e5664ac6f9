/*
 * Guest memory access for instruction semantics.
 *
 * Every function returns false after recording a data abort in
 * cpu->exception when the access faults; the semantics function then returns
 * A64_EXCEPTION and the run loop reports the faulting instruction's PC.
 *
 * Unaligned accesses are allowed (normal memory); one that crosses a page is
 * split into two page-local halves, each checked, and a fault in the second
 * half leaves memory untouched for writes (both pages are checked before any
 * byte is written).
 */
#ifndef FERRY_CPU_MEMORY_H
#define FERRY_CPU_MEMORY_H

#include <string.h>

#include "cpu/cpu.h"

bool mem_fault(struct cpu_state *cpu, const struct tlb_fault *fault, bool is_write);

/* Host pointer for `size` bytes at va, all in one page, or NULL after recording the fault. */
static inline uint8_t *mem_host_page(struct cpu_state *cpu, uint64_t va, enum tlb_access access)
{
    uint8_t *p = tlb_lookup(&cpu->tlb, va, access);
    if (__builtin_expect(p != 0, 1))
        return p;
    struct tlb_fault fault;
    p = tlb_fill(&cpu->tlb, va, access, &fault);
    if (!p)
        mem_fault(cpu, &fault, access == TLB_WRITE);
    return p;
}

static inline bool mem_crosses_page(uint64_t va, unsigned size)
{
    return ((va & ~TLB_PAGE_MASK) + size) > TLB_PAGE_SIZE;
}

bool mem_read_slow(struct cpu_state *cpu, uint64_t va, void *dst, unsigned size);
bool mem_write_slow(struct cpu_state *cpu, uint64_t va, const void *src, unsigned size);

/* Read `size` bytes (1..32: up to a Q-register pair) into dst. */
static inline bool mem_read(struct cpu_state *cpu, uint64_t va, void *dst, unsigned size)
{
    if (__builtin_expect(mem_crosses_page(va, size), 0))
        return mem_read_slow(cpu, va, dst, size);
    uint8_t *p = mem_host_page(cpu, va, TLB_READ);
    if (!p)
        return false;
    memcpy(dst, p, size);
    return true;
}

static inline bool mem_write(struct cpu_state *cpu, uint64_t va, const void *src, unsigned size)
{
    if (__builtin_expect(mem_crosses_page(va, size), 0))
        return mem_write_slow(cpu, va, src, size);
    uint8_t *p = mem_host_page(cpu, va, TLB_WRITE);
    if (!p)
        return false;
    memcpy(p, src, size);
    return true;
}

/*
 * Zero-extended integer load of 1, 2, 4 or 8 bytes. The switch gives each
 * size a fixed-size copy, which compiles to one host load instead of a
 * memcpy call (host and guest are both little-endian).
 */
static inline bool mem_read_uint(struct cpu_state *cpu, uint64_t va, unsigned size, uint64_t *out)
{
    if (__builtin_expect(mem_crosses_page(va, size), 0)) {
        uint64_t v = 0;
        if (!mem_read_slow(cpu, va, &v, size))
            return false;
        *out = v;
        return true;
    }
    const uint8_t *p = mem_host_page(cpu, va, TLB_READ);
    if (!p)
        return false;
    switch (size) {
    case 1: *out = *p; break;
    case 2: { uint16_t v; memcpy(&v, p, 2); *out = v; break; }
    case 4: { uint32_t v; memcpy(&v, p, 4); *out = v; break; }
    default: { uint64_t v; memcpy(&v, p, 8); *out = v; break; }
    }
    return true;
}

static inline bool mem_write_uint(struct cpu_state *cpu, uint64_t va, unsigned size, uint64_t value)
{
    if (__builtin_expect(mem_crosses_page(va, size), 0))
        return mem_write_slow(cpu, va, &value, size);
    uint8_t *p = mem_host_page(cpu, va, TLB_WRITE);
    if (!p)
        return false;
    switch (size) {
    case 1: *p = (uint8_t)value; break;
    case 2: { uint16_t v = (uint16_t)value; memcpy(p, &v, 2); break; }
    case 4: { uint32_t v = (uint32_t)value; memcpy(p, &v, 4); break; }
    default: memcpy(p, &value, 8); break;
    }
    return true;
}

/*
 * Host pointer for an aligned atomic access of `size` bytes needing both read
 * and write permission (LSE atomics, CAS, exclusives). NULL after recording a
 * fault.
 */
uint8_t *mem_host_rmw(struct cpu_state *cpu, uint64_t va, unsigned size);

#endif
