/*
 * Advanced SIMD shift by immediate (vector forms):
 *   SSHR/USHR, SSRA/USRA, SRSHR/URSHR, SRSRA/URSRA, SRI, SHL, SLI,
 *   SQSHLU, SQSHL/UQSHL (immediate)                  opcode 0xxx0
 *   SHRN, RSHRN, SQSHRN/UQSHRN, SQRSHRN/UQRSHRN,
 *   SQSHRUN, SQRSHRUN (and their "2" upper-half forms) opcode 100xx
 *   SSHLL/USHLL (SXTL/UXTL, and the "2" forms)       opcode 10100
 *
 * immh's leading one gives the element size (0001 B, 001x H, 01xx S,
 * 1xxx D) and immh:immb = esize + k (left shifts: shift k) or 2*esize - k
 * (right shifts: shift esize - k). immh = 0000 is the modified-immediate
 * class, so each group has one row per element size (the Arm ARM's
 * "immh<3:n>" decode written as fixed bits) and a decode-time prepare
 * that records the size in aux[0] and k in imm.
 *
 * Arithmetic is done in 128 bits so rounding constants and 64-bit shifts
 * by 64 need no special cases. Saturating forms set FPSR.QC.
 */
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

static bool prepare_shift(struct a64_insn *in, unsigned size, unsigned high_bits)
{
    in->aux[0] = (uint8_t)size;
    in->imm = ((uint64_t)(in->immh & ((1u << high_bits) - 1)) << 3) | in->immb;
    return true;
}

bool prepare_SIMD_shift_B(struct a64_insn *in)
{
    return prepare_shift(in, 0, 0);
}
bool prepare_SIMD_shift_H(struct a64_insn *in)
{
    return prepare_shift(in, 1, 1);
}
bool prepare_SIMD_shift_S(struct a64_insn *in)
{
    return prepare_shift(in, 2, 2);
}
bool prepare_SIMD_shift_D(struct a64_insn *in)
{
    return prepare_shift(in, 3, 3);
}

/* x >> shift (arithmetic on the 128-bit value), adding 2^(shift-1) first when rounding. */
static simd_i128 shift_right(simd_i128 x, unsigned shift, bool round)
{
    if (round && shift > 0)
        x += (simd_i128)1 << (shift - 1);
    return x >> shift;
}

/* opcode 0xxx0: right shifts with optional rounding/accumulation, inserts, left shifts. */
enum a64_result exec_SIMD_shift_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->aux[0], esize = simd_esize(size);
    unsigned k = (unsigned)in->imm, right = esize - k, left = k;
    bool U = in->U;
    unsigned op = in->opcode;
    if (size == 3 && !in->Q)
        return A64_UNDEF; /* 1D */
    if (!U && (op == 4 || op == 6))
        return A64_UNDEF; /* unallocated */
    const vreg n = cpu->v[in->Rn], d = cpu->v[in->Rd];
    uint64_t emask = simd_mask(size);
    bool sat = false;
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, size); i++) {
        uint64_t nv = simd_get(&n, size, i), dv = simd_get(&d, size, i), v;
        switch (op) {
        case 0:
        case 1:
        case 2:
        case 3: { /* [SU]SHR, [SU]SRA, [SU]RSHR, [SU]RSRA */
            simd_i128 x = shift_right(simd_get_wide(&n, size, i, U), right, op & 2);
            v = (uint64_t)x + ((op & 1) ? dv : 0);
            break;
        }
        case 4: { /* SRI: bits shifted in from the top keep Vd's bits */
            uint64_t mask = right >= 64 ? 0 : emask >> right;
            v = (dv & ~mask) | ((right >= 64 ? 0 : nv >> right) & mask);
            break;
        }
        case 5: { /* SHL (U=0), SLI (U=1: the low k bits keep Vd's) */
            uint64_t shifted = nv << left;
            v = U ? (dv & ~(emask << left)) | shifted : shifted;
            break;
        }
        case 6: /* SQSHLU: signed in, unsigned saturated out */
            v = simd_saturate(simd_shl_wide(simd_get_wide(&n, size, i, false), left), size, true, &sat);
            break;
        default: /* SQSHL (U=0), UQSHL (U=1) */
            v = simd_saturate(simd_shl_wide(simd_get_wide(&n, size, i, U), left), size, U, &sat);
            break;
        }
        simd_set(&r, size, i, v & emask);
    }
    if (sat)
        cpu->fpsr |= FPSR_QC;
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * opcode 100xx (o1: saturating, o0: rounding): narrowing right shifts.
 * U=0: SHRN, RSHRN, SQSHRN, SQRSHRN; U=1: SQSHRUN, SQRSHRUN (signed to
 * unsigned), UQSHRN, UQRSHRN. Q=1 (the "2" forms) writes the upper half of
 * Vd and keeps the lower; Q=0 writes the lower half and clears the upper.
 */
enum a64_result exec_SIMD_shift_narrow(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->aux[0], right = simd_esize(size) - (unsigned)in->imm;
    bool saturating = in->o1 || in->U, rounding = in->o0;
    /* Source signedness and result range: SQSHRUN reads signed, saturates unsigned. */
    bool src_unsigned = in->U && in->o1, dst_unsigned = in->U;
    const vreg n = cpu->v[in->Rn];
    vreg r = cpu->v[in->Rd];
    unsigned lanes = simd_lanes(0, size), base = in->Q ? lanes : 0;
    bool sat = false;
    for (unsigned i = 0; i < lanes; i++) {
        simd_i128 x = shift_right(simd_get_wide(&n, size + 1, i, src_unsigned), right, rounding);
        uint64_t v = saturating ? simd_saturate(x, size, dst_unsigned, &sat) : (uint64_t)x;
        simd_set(&r, size, base + i, v);
    }
    if (!in->Q)
        r.d[1] = 0;
    if (sat)
        cpu->fpsr |= FPSR_QC;
    cpu->v[in->Rd] = r;
    return A64_NEXT;
}

/* SSHLL/USHLL: widen the lower (Q=0) or upper (Q=1) half of Vn, then shift left. */
enum a64_result exec_SIMD_SHLL(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->aux[0], shift = (unsigned)in->imm;
    const vreg n = cpu->v[in->Rn];
    unsigned lanes = simd_lanes(0, size), base = in->Q ? lanes : 0;
    vreg r = {{0}};
    for (unsigned i = 0; i < lanes; i++) {
        uint64_t x =
            in->U ? simd_get(&n, size, base + i) : (uint64_t)simd_get_signed(&n, size, base + i);
        simd_set(&r, size + 1, i, x << shift);
    }
    cpu->v[in->Rd] = r;
    return A64_NEXT;
}
