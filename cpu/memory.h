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

/*
 * After mem_host_page failed: if the page was a device page (full system),
 * performs the access on the bus and returns true; otherwise (a real fault,
 * or a device that refused) returns false with the data abort recorded.
 */
bool mem_device_access(struct cpu_state *cpu, void *buf, unsigned size, bool is_write);

/* Host pointer for `size` bytes at va, all in one page, or NULL after recording the fault. */
static inline uint8_t *mem_host_page(struct cpu_state *cpu, uint64_t va, enum tlb_access access)
{
    uint8_t *p = tlb_lookup(&cpu->tlb, va, access);
    if (__builtin_expect(p != 0, 1))
        return p;
    struct tlb_fault fault = {0};
    p = tlb_fill(&cpu->tlb, va, access, &fault);
    if (!p)
        mem_fault(cpu, &fault, access == TLB_WRITE);
    return p;
}

#define SCTLR_SA (1ull << 3)  /* SP alignment check at EL1 */
#define SCTLR_SA0 (1ull << 4) /* ... at EL0 */

/*
 * The base address of a load or store from register rn (31 = SP). With SP
 * as the base, not 16-byte aligned, and SCTLR_EL1.SA (EL1) or SA0 (EL0) set,
 * records an SP alignment fault (ESR EC 0x26) instead and returns false. User
 * mode leaves SCTLR_EL1 zero, so it never checks, as qemu-aarch64 does not.
 */
static inline bool mem_base(struct cpu_state *cpu, unsigned rn, uint64_t *base)
{
    uint64_t v = cpu->x[rn];
    if (__builtin_expect(rn == 31 && (v & 15) != 0, 0) &&
        (cpu->el1.sctlr & (cpu->el ? SCTLR_SA : SCTLR_SA0))) {
        cpu->exception.kind = CPU_EXC_SP_ALIGNMENT;
        cpu->exception.address = v;
        return false;
    }
    *base = v;
    return true;
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
        return mem_device_access(cpu, dst, size, false);
    memcpy(dst, p, size);
    return true;
}

static inline bool mem_write(struct cpu_state *cpu, uint64_t va, const void *src, unsigned size)
{
    if (__builtin_expect(mem_crosses_page(va, size), 0))
        return mem_write_slow(cpu, va, src, size);
    uint8_t *p = mem_host_page(cpu, va, TLB_WRITE);
    if (!p)
        return mem_device_access(cpu, (void *)src, size, true);
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
    if (!p) {
        uint64_t v = 0;
        if (!mem_device_access(cpu, &v, size, false))
            return false;
        *out = v;
        return true;
    }
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
        return mem_device_access(cpu, &value, size, true);
    switch (size) {
    case 1: *p = (uint8_t)value; break;
    case 2: { uint16_t v = (uint16_t)value; memcpy(p, &v, 2); break; }
    case 4: { uint32_t v = (uint32_t)value; memcpy(p, &v, 4); break; }
    default: memcpy(p, &value, 8); break;
    }
    return true;
}

/*
 * After mem_host_page failed on a device page that is RAM (of Device type:
 * MMU off or mapped Device; or holding a watched byte): the host pointer for
 * va, for the callers that need memory rather than the bus (atomics,
 * exclusives, page-crossing accesses, DC ZVA), after the watchpoint check of
 * the access (load and/or store of `size` bytes). NULL for MMIO, real faults
 * and watchpoint hits, with the exception recorded.
 */
uint8_t *mem_ram_behind(struct cpu_state *cpu, uint64_t va, unsigned size, bool load, bool store);

/*
 * Host pointer for an aligned atomic access of `size` bytes needing both read
 * and write permission (LSE atomics, CAS, exclusives). NULL after recording a
 * fault.
 */
uint8_t *mem_host_rmw(struct cpu_state *cpu, uint64_t va, unsigned size);

/*
 * Host pointer for a naturally aligned access of `size` bytes (a power of
 * two) with one kind of permission: load-acquire/store-release and the
 * exclusives. A misaligned va records CPU_EXC_ALIGNMENT; NULL after any fault.
 */
uint8_t *mem_host_aligned(struct cpu_state *cpu, uint64_t va, unsigned size,
                          enum tlb_access access);

/*
 * The host memory order for an access with Arm acquire and/or release
 * semantics. Arm's acquire and release are RCsc: a store-release followed
 * by a load-acquire (LDAR, LDAXR, or the read of an LSE atomic with A) stays
 * in order, and C11 promises that only between seq_cst operations, so either
 * bit gives seq_cst. Accesses with neither (LDXR, STXR, LDADD) are relaxed.
 * LDAPR (RCpc, which lacks the store-release rule) asks for acquire itself.
 * On x86-64 the generated code differs only for stores (xchg vs mov) and in
 * what the compiler may move across the access.
 */
static inline int mem_order_arm(bool acquire, bool release)
{
    return acquire || release ? __ATOMIC_SEQ_CST : __ATOMIC_RELAXED;
}

/*
 * Host atomics on an aligned pointer from mem_host_rmw/mem_host_aligned, of
 * 1, 2, 4 or 8 bytes. `order` is an __ATOMIC_* constant; when it is only
 * known at run time GCC uses seq_cst, which is never weaker.
 */
static inline uint64_t mem_atomic_load(const uint8_t *p, unsigned size, int order)
{
    switch (size) {
    case 1: return __atomic_load_n(p, order);
    case 2: return __atomic_load_n((const uint16_t *)p, order);
    case 4: return __atomic_load_n((const uint32_t *)p, order);
    default: return __atomic_load_n((const uint64_t *)p, order);
    }
}

static inline void mem_atomic_store(uint8_t *p, unsigned size, uint64_t value, int order)
{
    switch (size) {
    case 1: __atomic_store_n(p, (uint8_t)value, order); break;
    case 2: __atomic_store_n((uint16_t *)p, (uint16_t)value, order); break;
    case 4: __atomic_store_n((uint32_t *)p, (uint32_t)value, order); break;
    default: __atomic_store_n((uint64_t *)p, value, order); break;
    }
}

/*
 * Compare-and-swap of the low `size` bytes of *expected and desired; true if
 * it stored. *expected always receives what memory held (zero-extended).
 * `order` must be relaxed, acquire or seq_cst (it is also the failure order).
 */
static inline bool mem_atomic_cas(uint8_t *p, unsigned size, uint64_t *expected,
                                  uint64_t desired, int order)
{
    bool ok;
    switch (size) {
    case 1: {
        uint8_t e = (uint8_t)*expected;
        ok = __atomic_compare_exchange_n(p, &e, (uint8_t)desired, false, order, order);
        *expected = e;
        break;
    }
    case 2: {
        uint16_t e = (uint16_t)*expected;
        ok = __atomic_compare_exchange_n((uint16_t *)p, &e, (uint16_t)desired, false, order,
                                         order);
        *expected = e;
        break;
    }
    case 4: {
        uint32_t e = (uint32_t)*expected;
        ok = __atomic_compare_exchange_n((uint32_t *)p, &e, (uint32_t)desired, false, order,
                                         order);
        *expected = e;
        break;
    }
    default:
        ok = __atomic_compare_exchange_n((uint64_t *)p, expected, desired, false, order, order);
        break;
    }
    return ok;
}

/*
 * 16-byte compare-and-swap (CASP and STXP of X pairs); value[0] is the low
 * doubleword. Uses __sync (cmpxchg16b with -mcx16, a full barrier) because
 * GCC sends 16-byte __atomic builtins to libatomic.
 */
static inline bool mem_atomic_cas16(uint8_t *p, uint64_t expected[2], const uint64_t desired[2])
{
    unsigned __int128 e = ((unsigned __int128)expected[1] << 64) | expected[0];
    unsigned __int128 d = ((unsigned __int128)desired[1] << 64) | desired[0];
    unsigned __int128 old = __sync_val_compare_and_swap((unsigned __int128 *)p, e, d);
    expected[0] = (uint64_t)old;
    expected[1] = (uint64_t)(old >> 64);
    return old == e;
}

#endif
