/*
 * Advanced SIMD copy class: DUP (element), DUP (general), INS (general),
 * INS (element), SMOV and UMOV; and the scalar copy DUP (element).
 *
 * imm5's lowest set bit gives the element size (xxxx1 = B, xxx10 = H,
 * xx100 = S, x1000 = D, x0000 reserved) and the bits above it the lane
 * index, as in the Arm ARM's decode of this class. INS keeps the other
 * lanes (it is a lane insert, so no Q=0 clearing); DUP writes a whole
 * vector and clears bits 127:64 for Q=0.
 */
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

/* Element size from imm5, or -1 for the reserved x0000. */
static int copy_size(unsigned imm5)
{
    if ((imm5 & 0xf) == 0)
        return -1;
    return __builtin_ctz(imm5);
}

static enum a64_result dup(struct cpu_state *cpu, const struct a64_insn *in, unsigned size,
                           uint64_t value)
{
    if (size == 3 && !in->Q)
        return A64_UNDEF; /* 1D is reserved */
    vreg r;
    simd_broadcast(&r, size, value, in->Q);
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

enum a64_result exec_SIMD_copy(struct cpu_state *cpu, const struct a64_insn *in)
{
    int s = copy_size(in->imm5);
    if (s < 0)
        return A64_UNDEF;
    unsigned size = (unsigned)s;
    unsigned index = in->imm5 >> (size + 1);
    if (in->op) {
        /* INS (element): Vd.T[imm5 index] = Vn.T[imm4 >> size]; only Q=1 is allocated. */
        if (!in->Q)
            return A64_UNDEF;
        uint64_t value = simd_get(&cpu->v[in->Rn], size, in->imm4 >> size);
        simd_set(&cpu->v[in->Rd], size, index, value);
        return A64_NEXT;
    }
    switch (in->imm4) {
    case 0: /* DUP (element) */ return dup(cpu, in, size, simd_get(&cpu->v[in->Rn], size, index));
    case 1: /* DUP (general): the low esize bits of Wn/Xn */
        return dup(cpu, in, size, cpu_x(cpu, in->Rn) & simd_mask(size));
    case 3: /* INS (general) */
        if (!in->Q)
            return A64_UNDEF;
        simd_set(&cpu->v[in->Rd], size, index, cpu_x(cpu, in->Rn));
        return A64_NEXT;
    case 5: { /* SMOV: Q selects Xd; the element must be narrower than the destination */
        if (size >= (in->Q ? 3u : 2u))
            return A64_UNDEF;
        int64_t value = simd_get_signed(&cpu->v[in->Rn], size, index);
        cpu_set_reg(cpu, in->Q, in->Rd, (uint64_t)value);
        return A64_NEXT;
    }
    case 7: /* UMOV: W from B/H/S (Q=0), X from D (Q=1) */
        if (in->Q ? size != 3 : size == 3)
            return A64_UNDEF;
        cpu_set_reg(cpu, in->Q, in->Rd, simd_get(&cpu->v[in->Rn], size, index));
        return A64_NEXT;
    default: return A64_UNDEF;
    }
}

/* DUP (element), scalar: Vd = Vn.T[index], the rest of Vd zeroed (MOV Bd/Hd/Sd/Dd, Vn.T[i]). */
enum a64_result exec_SIMD_copy_scalar(struct cpu_state *cpu, const struct a64_insn *in)
{
    int s = copy_size(in->imm5);
    if (s < 0)
        return A64_UNDEF;
    unsigned size = (unsigned)s;
    uint64_t value = simd_get(&cpu->v[in->Rn], size, in->imm5 >> (size + 1));
    cpu->v[in->Rd] = (vreg){{0}};
    simd_set(&cpu->v[in->Rd], size, 0, value);
    return A64_NEXT;
}
