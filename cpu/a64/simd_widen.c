/*
 * Advanced SIMD "three different": operations whose sources and result
 * have different element sizes.
 *
 *   long   (2*esize result from esize sources): [SU]ADDL, [SU]SUBL,
 *          [SU]ABAL, [SU]ABDL, [SU]MLAL, [SU]MLSL, [SU]MULL,
 *          SQDMLAL, SQDMLSL, SQDMULL, PMULL
 *   wide   (2*esize result from a 2*esize and an esize source): [SU]ADDW, [SU]SUBW
 *   narrow (esize result, high half of 2*esize sums): [R]ADDHN, [R]SUBHN
 *
 * `size` names the narrow element. The "2" forms (Q=1) read the upper 64
 * bits of the narrow sources; the narrowing "2" forms write the upper 64
 * bits of Vd and keep the lower, while their Q=0 forms clear the upper.
 */
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

enum widen_op {
    W_ADDL, W_ADDW, W_SUBL, W_SUBW, W_ADDHN, W_ABAL, W_SUBHN, W_ABDL,
    W_MLAL, W_QDMLAL, W_MLSL, W_QDMLSL, W_MULL, W_QDMULL, W_PMULL, W_UNALLOCATED,
};

static enum a64_result narrowing_high_half(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned wide = in->size + 1, half_lanes = 8u >> in->size;
    bool round = in->U, subtract = in->opcode == W_SUBHN;
    vreg result = cpu->v[in->Rd];
    for (unsigned i = 0; i < half_lanes; i++) {
        uint64_t n = simd_get(&cpu->v[in->Rn], wide, i), m = simd_get(&cpu->v[in->Rm], wide, i);
        /* Only bits 2*esize-1:esize survive, so 64-bit wrap-around is harmless. */
        uint64_t sum = subtract ? n - m : n + m;
        if (round)
            sum += (uint64_t)1 << (simd_esize(in->size) - 1);
        simd_set(&result, in->size, in->Q * half_lanes + i, sum >> simd_esize(in->size));
    }
    if (!in->Q)
        result.d[1] = 0;
    cpu->v[in->Rd] = result;
    return A64_NEXT;
}

/* Doubling multiply SatQ(2*n*m) with its own saturation (only INT_MIN * INT_MIN overflows). */
static simd_i128 doubling_product(simd_i128 n, simd_i128 m, unsigned wide, bool *sat)
{
    return (int64_t)sign_extend(simd_saturate(2 * n * m, wide, false, sat), simd_esize(wide));
}

enum a64_result exec_SIMD_3diff(struct cpu_state *cpu, const struct a64_insn *in)
{
    enum widen_op op = in->opcode;
    if (op == W_PMULL)
        return in->U ? A64_UNDEF : exec_PMULL(cpu, in);
    if (op == W_UNALLOCATED || in->size == 3)
        return A64_UNDEF;
    if (op == W_ADDHN || op == W_SUBHN)
        return narrowing_high_half(cpu, in);
    bool saturating = op == W_QDMLAL || op == W_QDMLSL || op == W_QDMULL;
    if (saturating && (in->U || in->size == 0))
        return A64_UNDEF;

    bool is_unsigned = in->U, sat = false;
    unsigned wide = in->size + 1, lanes = 8u >> in->size, first = in->Q * lanes;
    const vreg *vn = &cpu->v[in->Rn], *vm = &cpu->v[in->Rm], *vd = &cpu->v[in->Rd];
    vreg result = {{0}};
    for (unsigned i = 0; i < lanes; i++) {
        simd_i128 n = (op == W_ADDW || op == W_SUBW) ? simd_get_wide(vn, wide, i, is_unsigned)
                                                     : simd_get_wide(vn, in->size, first + i, is_unsigned);
        simd_i128 m = simd_get_wide(vm, in->size, first + i, is_unsigned);
        simd_i128 acc = simd_get_wide(vd, wide, i, is_unsigned);
        simd_i128 r;
        switch (op) {
        case W_ADDL: case W_ADDW: r = n + m; break;
        case W_SUBL: case W_SUBW: r = n - m; break;
        case W_ABDL: r = n > m ? n - m : m - n; break;
        case W_ABAL: r = acc + (n > m ? n - m : m - n); break;
        case W_MULL: r = n * m; break;
        case W_MLAL: r = acc + n * m; break;
        case W_MLSL: r = acc - n * m; break;
        case W_QDMULL: r = doubling_product(n, m, wide, &sat); break;
        case W_QDMLAL:
            r = (simd_i128)simd_saturate(acc + doubling_product(n, m, wide, &sat), wide, false, &sat);
            break;
        default: /* W_QDMLSL */
            r = (simd_i128)simd_saturate(acc - doubling_product(n, m, wide, &sat), wide, false, &sat);
            break;
        }
        simd_set(&result, wide, i, (uint64_t)r);
    }
    cpu->v[in->Rd] = result;
    if (sat)
        cpu->fpsr |= FPSR_QC;
    return A64_NEXT;
}
