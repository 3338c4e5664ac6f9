/*
 * Load/store exclusive (LDXR/STXR and pairs, with acquire/release forms),
 * load-acquire/store-release (LDAR/STLR, LDLAR/STLLR) and LDAPR.
 *
 * The exclusive monitor (cpu->monitor) remembers the address, size and the
 * value LDXR read. STXR succeeds only if the monitor covers exactly that
 * address and size, and then stores with a host compare-and-swap against the
 * remembered value: if anything else changed the memory in between, the
 * store fails as the global monitor would make it fail. Every STXR, and
 * CLREX, clears the monitor.
 *
 * All of these need natural alignment (of the whole pair for LDXP/STXP):
 * a misaligned address is an alignment fault.
 */
#include <string.h>

#include "cpu/a64/exec.h"
#include "cpu/cpu.h"
#include "cpu/memory.h"

/* Host pointer for an aligned access, or NULL after recording the fault. */
static uint8_t *aligned_host(struct cpu_state *cpu, uint64_t va, unsigned bytes,
                             enum tlb_access access)
{
    if (va & (bytes - 1)) {
        cpu->exception.kind = CPU_EXC_ALIGNMENT;
        cpu->exception.address = va;
        cpu->exception.is_write = access == TLB_WRITE;
        cpu->exception.page_mapped = true;
        return 0;
    }
    return mem_host_page(cpu, va, access);
}

static uint64_t atomic_load(const uint8_t *p, unsigned bytes)
{
    switch (bytes) {
    case 1: return __atomic_load_n(p, __ATOMIC_SEQ_CST);
    case 2: return __atomic_load_n((const uint16_t *)p, __ATOMIC_SEQ_CST);
    case 4: return __atomic_load_n((const uint32_t *)p, __ATOMIC_SEQ_CST);
    default: return __atomic_load_n((const uint64_t *)p, __ATOMIC_SEQ_CST);
    }
}

static void atomic_store(uint8_t *p, unsigned bytes, uint64_t v)
{
    switch (bytes) {
    case 1: __atomic_store_n(p, (uint8_t)v, __ATOMIC_SEQ_CST); break;
    case 2: __atomic_store_n((uint16_t *)p, (uint16_t)v, __ATOMIC_SEQ_CST); break;
    case 4: __atomic_store_n((uint32_t *)p, (uint32_t)v, __ATOMIC_SEQ_CST); break;
    default: __atomic_store_n((uint64_t *)p, v, __ATOMIC_SEQ_CST); break;
    }
}

/* Compare-and-swap of 1..16 aligned bytes; true if memory held `expected`. */
static bool atomic_cas(uint8_t *p, unsigned bytes, const uint64_t expected[2],
                       const uint64_t desired[2])
{
    switch (bytes) {
    case 1: return __sync_bool_compare_and_swap(p, (uint8_t)expected[0], (uint8_t)desired[0]);
    case 2:
        return __sync_bool_compare_and_swap((uint16_t *)p, (uint16_t)expected[0],
                                            (uint16_t)desired[0]);
    case 4:
        return __sync_bool_compare_and_swap((uint32_t *)p, (uint32_t)expected[0],
                                            (uint32_t)desired[0]);
    case 8: return __sync_bool_compare_and_swap((uint64_t *)p, expected[0], desired[0]);
    default: {
        unsigned __int128 e = ((unsigned __int128)expected[1] << 64) | expected[0];
        unsigned __int128 d = ((unsigned __int128)desired[1] << 64) | desired[0];
        return __sync_bool_compare_and_swap((unsigned __int128 *)p, e, d);
    }
    }
}

/* ---- single-register exclusives ---- */

enum a64_result exec_LDXR(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint64_t va = cpu_xsp(cpu, in->Rn);
    uint8_t *p = aligned_host(cpu, va, bytes, TLB_READ);
    if (!p)
        return A64_EXCEPTION;
    uint64_t value = atomic_load(p, bytes);
    cpu->monitor = (struct exclusive_monitor){
        .valid = true, .address = va, .size = bytes, .value = {value, 0}};
    cpu_set_x(cpu, in->Rt, value);
    return A64_NEXT;
}

/* Whether a store-exclusive of `bytes` at va may succeed; clears the monitor either way. */
static bool monitor_claims(struct cpu_state *cpu, uint64_t va, unsigned bytes)
{
    bool ok = cpu->monitor.valid && cpu->monitor.address == va && cpu->monitor.size == bytes;
    cpu->monitor.valid = false;
    return ok;
}

enum a64_result exec_STXR(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint64_t va = cpu_xsp(cpu, in->Rn);
    uint8_t *p = aligned_host(cpu, va, bytes, TLB_WRITE);
    if (!p)
        return A64_EXCEPTION;
    uint64_t desired[2] = {cpu_x(cpu, in->Rt), 0};
    uint64_t expected[2] = {cpu->monitor.value[0], cpu->monitor.value[1]};
    bool stored = monitor_claims(cpu, va, bytes) && atomic_cas(p, bytes, expected, desired);
    cpu_set_w(cpu, in->Rs, stored ? 0 : 1);
    return A64_NEXT;
}

/* ---- pair exclusives: sz=0 two words (8 bytes), sz=1 two doublewords (16 bytes) ---- */

enum a64_result exec_LDXP(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned half = in->sz ? 8 : 4, bytes = 2 * half;
    uint64_t va = cpu_xsp(cpu, in->Rn);
    uint8_t *p = aligned_host(cpu, va, bytes, TLB_READ);
    if (!p)
        return A64_EXCEPTION;
    uint64_t first, second;
    if (half == 8) {
        /*
         * Two 8-byte reads, not one 16-byte one: a compare-and-swap read would
         * need a writable page. A tear between them makes the STXP's 16-byte
         * compare fail, which is what the monitor must do anyway.
         */
        first = atomic_load(p, 8);
        second = atomic_load(p + 8, 8);
        cpu->monitor.value[0] = first;
        cpu->monitor.value[1] = second;
    } else {
        uint64_t v = atomic_load(p, 8);
        first = (uint32_t)v;
        second = v >> 32;
        cpu->monitor.value[0] = v;
        cpu->monitor.value[1] = 0;
    }
    cpu->monitor.valid = true;
    cpu->monitor.address = va;
    cpu->monitor.size = bytes;
    cpu_set_x(cpu, in->Rt, first);
    cpu_set_x(cpu, in->Rt2, second);
    return A64_NEXT;
}

enum a64_result exec_STXP(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned half = in->sz ? 8 : 4, bytes = 2 * half;
    uint64_t va = cpu_xsp(cpu, in->Rn);
    uint8_t *p = aligned_host(cpu, va, bytes, TLB_WRITE);
    if (!p)
        return A64_EXCEPTION;
    uint64_t desired[2];
    if (half == 8) {
        desired[0] = cpu_x(cpu, in->Rt);
        desired[1] = cpu_x(cpu, in->Rt2);
    } else {
        desired[0] = (uint64_t)cpu_w(cpu, in->Rt) | ((uint64_t)cpu_w(cpu, in->Rt2) << 32);
        desired[1] = 0;
    }
    uint64_t expected[2] = {cpu->monitor.value[0], cpu->monitor.value[1]};
    bool stored = monitor_claims(cpu, va, bytes) && atomic_cas(p, bytes, expected, desired);
    cpu_set_w(cpu, in->Rs, stored ? 0 : 1);
    return A64_NEXT;
}

/* ---- load-acquire / store-release (o0=0: the LORegion forms, same at EL0) ---- */

enum a64_result exec_LDAR(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint8_t *p = aligned_host(cpu, cpu_xsp(cpu, in->Rn), bytes, TLB_READ);
    if (!p)
        return A64_EXCEPTION;
    cpu_set_x(cpu, in->Rt, atomic_load(p, bytes));
    return A64_NEXT;
}

enum a64_result exec_STLR(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint8_t *p = aligned_host(cpu, cpu_xsp(cpu, in->Rn), bytes, TLB_WRITE);
    if (!p)
        return A64_EXCEPTION;
    atomic_store(p, bytes, cpu_x(cpu, in->Rt));
    return A64_NEXT;
}

/* LDAPR: RCpc acquire; sequentially consistent is a valid, stronger implementation. */
enum a64_result exec_LDAPR(struct cpu_state *cpu, const struct a64_insn *in)
{
    return exec_LDAR(cpu, in);
}
