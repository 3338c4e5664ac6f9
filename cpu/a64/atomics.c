/*
 * LSE atomics: LDADD, LDCLR, LDEOR, LDSET, LDSMAX, LDSMIN, LDUMAX, LDUMIN
 * (and their ST* aliases, which are Rt = XZR), SWP, CAS and CASP, in every
 * size and ordering.
 *
 * Each runs as one host atomic operation on the guest page (a
 * compare-and-swap loop where x86 has no direct instruction), always
 * sequentially consistent, which satisfies every acquire/release variant.
 * Accesses must be naturally aligned (ferry does not implement FEAT_LSE2):
 * anything else is an alignment fault. The page must be readable and
 * writable even for a compare that fails, as on hardware.
 */
#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/cpu.h"
#include "cpu/memory.h"

static uint64_t load_sized(uint8_t *p, unsigned bytes)
{
    switch (bytes) {
    case 1: return __atomic_load_n(p, __ATOMIC_SEQ_CST);
    case 2: return __atomic_load_n((uint16_t *)p, __ATOMIC_SEQ_CST);
    case 4: return __atomic_load_n((uint32_t *)p, __ATOMIC_SEQ_CST);
    default: return __atomic_load_n((uint64_t *)p, __ATOMIC_SEQ_CST);
    }
}

/* Compare-and-swap; on failure *expected receives the current value. */
static bool cas_sized(uint8_t *p, unsigned bytes, uint64_t *expected, uint64_t desired)
{
    switch (bytes) {
    case 1: {
        uint8_t e = (uint8_t)*expected;
        bool ok = __atomic_compare_exchange_n(p, &e, (uint8_t)desired, false, __ATOMIC_SEQ_CST,
                                              __ATOMIC_SEQ_CST);
        *expected = e;
        return ok;
    }
    case 2: {
        uint16_t e = (uint16_t)*expected;
        bool ok = __atomic_compare_exchange_n((uint16_t *)p, &e, (uint16_t)desired, false,
                                              __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        *expected = e;
        return ok;
    }
    case 4: {
        uint32_t e = (uint32_t)*expected;
        bool ok = __atomic_compare_exchange_n((uint32_t *)p, &e, (uint32_t)desired, false,
                                              __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        *expected = e;
        return ok;
    }
    default:
        return __atomic_compare_exchange_n((uint64_t *)p, expected, desired, false,
                                           __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    }
}

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
    uint8_t *p = mem_host_rmw(cpu, cpu_xsp(cpu, in->Rn), bytes);
    if (!p)
        return A64_EXCEPTION;
    uint64_t operand = cpu_x(cpu, in->Rs);
    uint64_t old = load_sized(p, bytes);
    while (!cas_sized(p, bytes, &old, lse_combine(op, old, operand, bytes)))
        ;
    cpu_set_x(cpu, in->Rt, old & ones(bytes * 8));
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

enum a64_result exec_CAS(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = 1u << in->size;
    uint8_t *p = mem_host_rmw(cpu, cpu_xsp(cpu, in->Rn), bytes);
    if (!p)
        return A64_EXCEPTION;
    uint64_t expected = cpu_x(cpu, in->Rs) & ones(bytes * 8);
    cas_sized(p, bytes, &expected, cpu_x(cpu, in->Rt));
    /* Rs receives what memory held, whether or not the swap happened. */
    cpu_set_x(cpu, in->Rs, expected & ones(bytes * 8));
    return A64_NEXT;
}

/*
 * CASP: Rs:Rs+1 compared with the pair in memory, Rt:Rt+1 stored on a match.
 * Little-endian: the even register goes to the lower address.
 */
enum a64_result exec_CASP(struct cpu_state *cpu, const struct a64_insn *in)
{
    if ((in->Rs & 1) || (in->Rt & 1))
        return A64_UNDEF;
    unsigned half = in->sz ? 8 : 4;
    uint8_t *p = mem_host_rmw(cpu, cpu_xsp(cpu, in->Rn), 2 * half);
    if (!p)
        return A64_EXCEPTION;
    uint64_t old_lo, old_hi;
    if (half == 4) {
        uint64_t expected = (uint64_t)cpu_w(cpu, in->Rs) | ((uint64_t)cpu_w(cpu, in->Rs + 1) << 32);
        uint64_t desired = (uint64_t)cpu_w(cpu, in->Rt) | ((uint64_t)cpu_w(cpu, in->Rt + 1) << 32);
        cas_sized(p, 8, &expected, desired);
        old_lo = (uint32_t)expected;
        old_hi = expected >> 32;
    } else {
        unsigned __int128 expected =
            ((unsigned __int128)cpu_x(cpu, in->Rs + 1) << 64) | cpu_x(cpu, in->Rs);
        unsigned __int128 desired =
            ((unsigned __int128)cpu_x(cpu, in->Rt + 1) << 64) | cpu_x(cpu, in->Rt);
        unsigned __int128 old =
            __sync_val_compare_and_swap((unsigned __int128 *)p, expected, desired);
        old_lo = (uint64_t)old;
        old_hi = (uint64_t)(old >> 64);
    }
    cpu_set_x(cpu, in->Rs, old_lo);
    cpu_set_x(cpu, in->Rs + 1, old_hi);
    return A64_NEXT;
}
