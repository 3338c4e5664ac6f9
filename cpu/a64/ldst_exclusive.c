/*
 * Load/store exclusive (LDXR/STXR and pairs, with acquire/release forms),
 * load-acquire/store-release (LDAR/STLR, and LDLAR/STLLR, which are the same
 * at EL0 without LORegions) and LDAPR.
 *
 * The exclusive monitor (cpu->monitor) remembers the address, size and the
 * value LDXR read. STXR succeeds only if the monitor covers exactly that
 * address and size, and then stores with a host compare-and-swap against the
 * remembered value: if anything else changed the memory in between (another
 * thread, a plain store), the store fails as the global monitor would make
 * it fail. A write of the very same value in between goes unnoticed, which
 * the architecture permits (the monitor may also be implemented by address
 * only, at any granule). Every STXR, success or not, and CLREX clear it.
 *
 * Ordering: o0 selects the acquire (LDAXR) or release (STLXR) form, and LDAR
 * and STLR always have it; mem_order_arm (cpu/memory.h) says why those are
 * seq_cst on the host.
 *
 * All of these need natural alignment (of the whole pair for LDXP/STXP): a
 * misaligned address is an alignment fault, raised before the monitor is
 * looked at. Whether a store-exclusive that fails the monitor check still
 * reports a translation or permission fault is IMPLEMENTATION DEFINED; ferry
 * follows the order of the Arm ARM's AArch64.ExclusiveMonitorsPass (and
 * qemu-aarch64): alignment, then the monitor (a miss just fails, with no
 * memory access at all), then the page. A fault leaves the monitor and the
 * status register as they were, so the instruction can simply be retried.
 */
#include "cpu/a64/exec.h"
#include "cpu/cpu.h"
#include "cpu/memory.h"

static void monitor_mark(struct cpu_state *cpu, uint64_t va, unsigned bytes, uint64_t low,
                         uint64_t high)
{
    cpu->monitor = (struct exclusive_monitor){
        .valid = true, .address = va, .size = bytes, .value = {low, high}};
}

enum store_exclusive_step { SX_FAULT, SX_FAIL, SX_TRY };

/*
 * The checks of a store-exclusive before its compare-and-swap: on SX_TRY,
 * *host is the page pointer and the monitor has been cleared; on SX_FAIL the
 * monitor has been cleared and nothing is to be stored; on SX_FAULT
 * cpu->exception is set and nothing changed.
 */
static enum store_exclusive_step store_exclusive_check(struct cpu_state *cpu, uint64_t va,
                                                       unsigned bytes, uint8_t **host)
{
    if (va & (bytes - 1)) {
        mem_host_aligned(cpu, va, bytes, TLB_WRITE); /* records the alignment fault */
        return SX_FAULT;
    }
    bool claimed = cpu->monitor.valid && cpu->monitor.address == va && cpu->monitor.size == bytes;
    if (!claimed) {
        cpu->monitor.valid = false;
        return SX_FAIL;
    }
    *host = mem_host_aligned(cpu, va, bytes, TLB_WRITE);
    if (!*host)
        return SX_FAULT;
    cpu->monitor.valid = false;
    return SX_TRY;
}

/* ---- single-register exclusives ---- */

enum a64_result exec_LDXR(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    uint8_t *p = mem_host_aligned(cpu, va, bytes, TLB_READ);
    if (!p)
        return A64_EXCEPTION;
    uint64_t value = mem_atomic_load(p, bytes, mem_order_arm(in->o0, false));
    monitor_mark(cpu, va, bytes, value, 0);
    cpu_set_x(cpu, in->Rt, value);
    return A64_NEXT;
}

enum a64_result exec_STXR(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint8_t *p = 0;
    uint64_t expected = cpu->monitor.value[0];
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    enum store_exclusive_step step = store_exclusive_check(cpu, va, bytes, &p);
    if (step == SX_FAULT)
        return A64_EXCEPTION;
    bool stored = step == SX_TRY && mem_atomic_cas(p, bytes, &expected, cpu_x(cpu, in->Rt),
                                                   mem_order_arm(false, in->o0));
    cpu_set_w(cpu, in->Rs, stored ? 0 : 1);
    return A64_NEXT;
}

/* ---- pair exclusives: sz=0 two words (8 bytes), sz=1 two doublewords (16 bytes) ---- */

enum a64_result exec_LDXP(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = in->sz ? 16 : 8;
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    uint8_t *p = mem_host_aligned(cpu, va, bytes, TLB_READ);
    if (!p)
        return A64_EXCEPTION;
    int order = mem_order_arm(in->o0, false);
    uint64_t first, second;
    if (bytes == 16) {
        /*
         * Two 8-byte reads, not one 16-byte one: a host 16-byte atomic read is
         * a compare-and-swap, which would need a writable page. A tear between
         * them makes the STXP's 16-byte compare fail, and the architecture
         * promises the pair is single-copy atomic only when the STXP succeeds.
         */
        first = mem_atomic_load(p, 8, order);
        second = mem_atomic_load(p + 8, 8, order);
        monitor_mark(cpu, va, bytes, first, second);
    } else {
        uint64_t both = mem_atomic_load(p, 8, order);
        first = (uint32_t)both;
        second = both >> 32;
        monitor_mark(cpu, va, bytes, both, 0);
    }
    cpu_set_x(cpu, in->Rt, first);
    cpu_set_x(cpu, in->Rt2, second);
    return A64_NEXT;
}

/* Rt goes to the lower address (little-endian), Rt2 above it. */
enum a64_result exec_STXP(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = in->sz ? 16 : 8;
    uint8_t *p = 0;
    uint64_t expected[2] = {cpu->monitor.value[0], cpu->monitor.value[1]};
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    enum store_exclusive_step step = store_exclusive_check(cpu, va, bytes, &p);
    if (step == SX_FAULT)
        return A64_EXCEPTION;
    bool stored = false;
    if (step == SX_TRY) {
        if (bytes == 16) {
            const uint64_t desired[2] = {cpu_x(cpu, in->Rt), cpu_x(cpu, in->Rt2)};
            stored = mem_atomic_cas16(p, expected, desired);
        } else {
            uint64_t desired = (uint64_t)cpu_w(cpu, in->Rt) | ((uint64_t)cpu_w(cpu, in->Rt2) << 32);
            stored = mem_atomic_cas(p, 8, &expected[0], desired, mem_order_arm(false, in->o0));
        }
    }
    cpu_set_w(cpu, in->Rs, stored ? 0 : 1);
    return A64_NEXT;
}

/*
 * ---- load-acquire / store-release (o0=0: the LORegion forms, same at EL0) ----
 * Valid on any memory type: on a device page they are single accesses on the
 * bus (which is ordered anyway: the CPUs take turns).
 */

static enum a64_result load_acquire(struct cpu_state *cpu, const struct a64_insn *in, int order)
{
    unsigned bytes = 1u << in->size;
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    uint8_t *p = mem_host_aligned(cpu, va, bytes, TLB_READ);
    if (!p) {
        uint64_t value = 0;
        if (cpu->exception.kind == CPU_EXC_ALIGNMENT || !mem_device_access(cpu, &value, bytes, false))
            return A64_EXCEPTION;
        cpu_set_x(cpu, in->Rt, value);
        return A64_NEXT;
    }
    cpu_set_x(cpu, in->Rt, mem_atomic_load(p, bytes, order));
    return A64_NEXT;
}

enum a64_result exec_LDAR(struct cpu_state *cpu, const struct a64_insn *in)
{
    return load_acquire(cpu, in, mem_order_arm(true, false));
}

/* LDAPR: RCpc, so an earlier STLR to another address may be passed: a C11 acquire. */
enum a64_result exec_LDAPR(struct cpu_state *cpu, const struct a64_insn *in)
{
    return load_acquire(cpu, in, __ATOMIC_ACQUIRE);
}

enum a64_result exec_STLR(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    uint8_t *p = mem_host_aligned(cpu, va, bytes, TLB_WRITE);
    if (!p) {
        uint64_t value = cpu_x(cpu, in->Rt);
        return cpu->exception.kind != CPU_EXC_ALIGNMENT && mem_device_access(cpu, &value, bytes, true)
                   ? A64_NEXT
                   : A64_EXCEPTION;
    }
    mem_atomic_store(p, bytes, cpu_x(cpu, in->Rt), mem_order_arm(false, true));
    return A64_NEXT;
}
