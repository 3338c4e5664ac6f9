/*
 * LSE atomics: LDADD, LDCLR, LDEOR, LDSET, LDSMAX, LDSMIN, LDUMAX, LDUMIN
 * (and their ST<op> aliases, which are Rt = XZR), SWP, CAS and CASP, in every
 * size and ordering.
 *
 * Each runs as one host atomic operation on the guest page: a
 * compare-and-swap loop for the read-modify-writes (one shape for all nine,
 * including the min/max ones x86 has no instruction for), a host
 * compare-and-swap for CAS/CASP. The A/R bits (L/o0 for CAS) pick the host
 * memory order through mem_order_arm (cpu/memory.h explains the mapping).
 *
 * Accesses must be naturally aligned (ferry does not implement FEAT_LSE2):
 * anything else is an alignment fault. The page must be readable and
 * writable even for a compare that fails, as on hardware. Old values reach
 * Rt (Rs for CAS) zero-extended from the access size; register 31 there is
 * XZR, so a write to it is dropped.
 */
#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/cpu.h"
#include "cpu/memory.h"

/* The opc values of LD<op>, then SWP (which has its own encoding) as one more operation. */
enum lse_op { LSE_ADD, LSE_CLR, LSE_EOR, LSE_SET, LSE_SMAX, LSE_SMIN, LSE_UMAX, LSE_UMIN, LSE_SWP };

/* The new memory value of one LD<op>, at `bytes` width (signed ops compare sign-extended). */
static uint64_t lse_combine(enum lse_op op, uint64_t old, uint64_t operand, unsigned bytes)
{
    unsigned bits = bytes * 8;
    int64_t sold = (int64_t)sign_extend(old, bits), sop = (int64_t)sign_extend(operand, bits);
    uint64_t uold = old & ones(bits), uop = operand & ones(bits);
    switch (op) {
    case LSE_ADD: return old + operand;
    case LSE_CLR: return old & ~operand;
    case LSE_EOR: return old ^ operand;
    case LSE_SET: return old | operand;
    case LSE_SMAX: return sold > sop ? old : operand;
    case LSE_SMIN: return sold < sop ? old : operand;
    case LSE_UMAX: return uold > uop ? old : operand;
    case LSE_UMIN: return uold < uop ? old : operand;
    default: return operand; /* SWP */
    }
}

/* One read-modify-write of Rs into [Xn|SP]; Rt receives the old value. */
static enum a64_result atomic_rmw(struct cpu_state *cpu, const struct a64_insn *in, enum lse_op op)
{
    unsigned bytes = 1u << in->size;
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    uint8_t *p = mem_host_rmw(cpu, va, bytes);
    if (!p)
        return A64_EXCEPTION;
    int order = mem_order_arm(in->A, in->R);
    uint64_t operand = cpu_x(cpu, in->Rs);
    uint64_t old = mem_atomic_load(p, bytes, __ATOMIC_RELAXED);
    while (!mem_atomic_cas(p, bytes, &old, lse_combine(op, old, operand, bytes), order))
        ;
    cpu_set_x(cpu, in->Rt, old);
    return A64_NEXT;
}

enum a64_result exec_LSE_LDop(struct cpu_state *cpu, const struct a64_insn *in)
{
    return atomic_rmw(cpu, in, (enum lse_op)in->opc);
}

enum a64_result exec_SWP(struct cpu_state *cpu, const struct a64_insn *in)
{
    return atomic_rmw(cpu, in, LSE_SWP);
}

/* CAS: L = acquire, o0 = release. */
enum a64_result exec_CAS(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    uint8_t *p = mem_host_rmw(cpu, va, bytes);
    if (!p)
        return A64_EXCEPTION;
    uint64_t expected = cpu_x(cpu, in->Rs) & ones(bytes * 8);
    mem_atomic_cas(p, bytes, &expected, cpu_x(cpu, in->Rt), mem_order_arm(in->L, in->o0));
    /* Rs receives what memory held, whether or not the swap happened. */
    cpu_set_x(cpu, in->Rs, expected);
    return A64_NEXT;
}

/*
 * CASP: Rs:Rs+1 compared with the pair in memory, Rt:Rt+1 stored on a match.
 * Little-endian: the even register goes to the lower address. Register 30
 * pairs with XZR (31), which reads as zero and drops its write.
 */
enum a64_result exec_CASP(struct cpu_state *cpu, const struct a64_insn *in)
{
    if ((in->Rs & 1) || (in->Rt & 1))
        return A64_UNDEF;
    unsigned half = in->sz ? 8 : 4;
    uint64_t va;
    if (!mem_base(cpu, in->Rn, &va))
        return A64_EXCEPTION;
    uint8_t *p = mem_host_rmw(cpu, va, 2 * half);
    if (!p)
        return A64_EXCEPTION;
    uint64_t old_lo, old_hi;
    if (half == 4) {
        uint64_t expected = (uint64_t)cpu_w(cpu, in->Rs) | ((uint64_t)cpu_w(cpu, in->Rs + 1) << 32);
        uint64_t desired = (uint64_t)cpu_w(cpu, in->Rt) | ((uint64_t)cpu_w(cpu, in->Rt + 1) << 32);
        mem_atomic_cas(p, 8, &expected, desired, mem_order_arm(in->L, in->o0));
        old_lo = (uint32_t)expected;
        old_hi = expected >> 32;
    } else {
        uint64_t expected[2] = {cpu_x(cpu, in->Rs), cpu_x(cpu, in->Rs + 1)};
        const uint64_t desired[2] = {cpu_x(cpu, in->Rt), cpu_x(cpu, in->Rt + 1)};
        mem_atomic_cas16(p, expected, desired);
        old_lo = expected[0];
        old_hi = expected[1];
    }
    cpu_set_x(cpu, in->Rs, old_lo);
    cpu_set_x(cpu, in->Rs + 1, old_hi);
    return A64_NEXT;
}
