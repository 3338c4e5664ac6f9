/*
 * Advanced SIMD integer arithmetic and comparisons.
 *
 *   three same:      ADD/SUB, CMTST/CMEQ, CMGT/CMHI, CMGE/CMHS,
 *                    SMAX/UMAX, SMIN/UMIN, SMAXP/UMAXP, SMINP/UMINP, ADDP,
 *                    MUL/PMUL, MLA/MLS, SABD/UABD, SABA/UABA,
 *                    [SU]HADD, [SU]RHADD, [SU]HSUB, [SU]QADD, [SU]QSUB,
 *                    [SU]SHL, [SU]QSHL, [SU]RSHL, [SU]QRSHL (register),
 *                    SQDMULH/SQRDMULH
 *   two-reg misc:    REV64/REV32/REV16, CLS/CLZ, CNT/NOT/RBIT,
 *                    CMGT/CMGE/CMEQ/CMLE/CMLT (zero), ABS/NEG,
 *                    [SU]ADDLP, [SU]ADALP, SUQADD/USQADD, SQABS/SQNEG,
 *                    XTN, SQXTUN, SQXTN/UQXTN, SHLL (and the "2" forms)
 *   across lanes:    ADDV, SMAXV/UMAXV, SMINV/UMINV, SADDLV/UADDLV
 *
 * Saturating operations set FPSR.QC. Intermediate results that can exceed
 * 64 bits (halving adds, rounding, saturation, register shifts) are
 * computed in 128 bits.
 *
 * Each operation reads its sources into locals before writing Vd
 * (simd_write_q), so Vd may alias a source. Comparisons produce all-ones
 * or all-zeros lanes. size=11 with Q=0 (1D) is reserved everywhere it is
 * an element size; the pseudocode's other reserved sizes are listed at
 * each function.
 */
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

/* The "size:Q == 110" (1D) arrangement that most vector forms reserve. */
static bool reserved_1d(const struct a64_insn *in)
{
    return in->size == 3 && !in->Q;
}

/* ---- three same ---- */

enum a64_result exec_SIMD_ADD_SUB(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (reserved_1d(in))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        uint64_t a = simd_get(&n, in->size, i), b = simd_get(&m, in->size, i);
        simd_set(&r, in->size, i, in->U ? a - b : a + b);
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* CMTST (U=0): lanes whose AND is nonzero; CMEQ (U=1): equal lanes. */
enum a64_result exec_SIMD_CMTST_CMEQ(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (reserved_1d(in))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        uint64_t a = simd_get(&n, in->size, i), b = simd_get(&m, in->size, i);
        bool t = in->U ? a == b : (a & b) != 0;
        simd_set(&r, in->size, i, t ? simd_mask(in->size) : 0);
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* CMGT/CMGE (U=0, signed) and CMHI/CMHS (U=1, unsigned); o0 = 1 for the "or equal" forms. */
enum a64_result exec_SIMD_CMGT_CMGE(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (reserved_1d(in))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        bool gt, eq;
        if (in->U) {
            uint64_t a = simd_get(&n, in->size, i), b = simd_get(&m, in->size, i);
            gt = a > b;
            eq = a == b;
        } else {
            int64_t a = simd_get_signed(&n, in->size, i), b = simd_get_signed(&m, in->size, i);
            gt = a > b;
            eq = a == b;
        }
        simd_set(&r, in->size, i, (gt || (in->o0 && eq)) ? simd_mask(in->size) : 0);
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* Max (o0=0) or min (o0=1) of two lanes, signed (U=0) or unsigned (U=1). */
static uint64_t max_min(unsigned U, unsigned o0, unsigned size, uint64_t a, uint64_t b)
{
    bool a_greater =
        U ? a > b : (int64_t)sign_extend(a, 8u << size) > (int64_t)sign_extend(b, 8u << size);
    return (a_greater != (o0 != 0)) ? a : b;
}

/* SMAX/UMAX (o0=0), SMIN/UMIN (o0=1): 64-bit elements are reserved. */
enum a64_result exec_SIMD_MAX_MIN(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++)
        simd_set(
            &r, in->size, i,
            max_min(in->U, in->o0, in->size, simd_get(&n, in->size, i), simd_get(&m, in->size, i)));
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * Element i of the concatenation Vm:Vn (Vn the low half), the operand of
 * the pairwise operations: result lane i combines elements 2i and 2i+1.
 */
static uint64_t concat_get(const vreg *n, const vreg *m, unsigned Q, unsigned size, unsigned i)
{
    unsigned lanes = simd_lanes(Q, size);
    return i < lanes ? simd_get(n, size, i) : simd_get(m, size, i - lanes);
}

/* SMAXP/UMAXP (o0=0), SMINP/UMINP (o0=1): 64-bit elements are reserved. */
enum a64_result exec_SIMD_MAXP_MINP(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        uint64_t a = concat_get(&n, &m, in->Q, in->size, 2 * i);
        uint64_t b = concat_get(&n, &m, in->Q, in->size, 2 * i + 1);
        simd_set(&r, in->size, i, max_min(in->U, in->o0, in->size, a, b));
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

enum a64_result exec_SIMD_ADDP(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (reserved_1d(in))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++)
        simd_set(&r, in->size, i,
                 concat_get(&n, &m, in->Q, in->size, 2 * i) +
                     concat_get(&n, &m, in->Q, in->size, 2 * i + 1));
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* Carry-less product of two bytes, low 8 bits (PMUL). */
static uint64_t pmul8(uint64_t a, uint64_t b)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < 8; i++)
        if ((b >> i) & 1)
            r ^= a << i;
    return r & 0xff;
}

/*
 * MUL (U=0) and PMUL (U=1, bytes only) for opcode 10011 (o0=1); MLA (U=0)
 * and MLS (U=1) for opcode 10010 (o0=0). 64-bit elements are reserved.
 */
enum a64_result exec_SIMD_MUL_MLA(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3 || (in->o0 && in->U && in->size != 0))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm], d = cpu->v[in->Rd];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        uint64_t a = simd_get(&n, in->size, i), b = simd_get(&m, in->size, i);
        uint64_t acc = simd_get(&d, in->size, i), v;
        if (in->o0)
            v = in->U ? pmul8(a, b) : a * b;
        else
            v = in->U ? acc - a * b : acc + a * b;
        simd_set(&r, in->size, i, v);
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* SABD/UABD (o0=0) and the accumulating SABA/UABA (o0=1). 64-bit elements reserved. */
enum a64_result exec_SIMD_ABD_ABA(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm], d = cpu->v[in->Rd];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        uint64_t diff;
        if (in->U) {
            uint64_t a = simd_get(&n, in->size, i), b = simd_get(&m, in->size, i);
            diff = a > b ? a - b : b - a;
        } else {
            int64_t a = simd_get_signed(&n, in->size, i), b = simd_get_signed(&m, in->size, i);
            diff = a > b ? (uint64_t)(a - b) : (uint64_t)(b - a);
        }
        simd_set(&r, in->size, i, diff + (in->o0 ? simd_get(&d, in->size, i) : 0));
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

static void set_qc(struct cpu_state *cpu, bool sat)
{
    if (sat)
        cpu->fpsr |= FPSR_QC;
}

/* SHADD/UHADD (o1=0) and SRHADD/URHADD (o1=1): (a + b [+ 1]) >> 1. 64-bit reserved. */
enum a64_result exec_SIMD_HADD(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        simd_i128 sum =
            simd_get_wide(&n, in->size, i, in->U) + simd_get_wide(&m, in->size, i, in->U) + in->o1;
        simd_set(&r, in->size, i, (uint64_t)(sum >> 1));
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* SHSUB/UHSUB: (a - b) >> 1. 64-bit reserved. */
enum a64_result exec_SIMD_HSUB(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        simd_i128 diff =
            simd_get_wide(&n, in->size, i, in->U) - simd_get_wide(&m, in->size, i, in->U);
        simd_set(&r, in->size, i, (uint64_t)(diff >> 1));
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* SQADD/UQADD (o1=0) and SQSUB/UQSUB (o1=1). */
enum a64_result exec_SIMD_QADD_QSUB(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (reserved_1d(in))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    bool sat = false;
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        simd_i128 a = simd_get_wide(&n, in->size, i, in->U),
                  b = simd_get_wide(&m, in->size, i, in->U);
        simd_set(&r, in->size, i, simd_saturate(in->o1 ? a - b : a + b, in->size, in->U, &sat));
    }
    set_qc(cpu, sat);
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * One lane of [SU][Q][R]SHL (register): the shift is the signed low byte of
 * the Vm lane, negative for a right shift (rounded when `round`).
 */
static uint64_t shift_by_register(simd_i128 x, int shift, unsigned size, bool is_unsigned,
                                  bool round, bool saturating, bool *sat)
{
    unsigned esize = 8u << size;
    if (shift >= 0) {
        if (saturating) {
            /*
             * A nonzero value shifted by esize or more is out of range: only its sign
             * matters, and +-1 << esize stays within 128 bits where x << shift might not.
             */
            if ((unsigned)shift >= esize)
                x = x > 0 ? 1 : x < 0 ? -1 : 0;
            unsigned amount = (unsigned)shift < esize ? (unsigned)shift : esize;
            return simd_saturate(simd_shl_wide(x, amount), size, is_unsigned, sat);
        }
        if ((unsigned)shift >= esize)
            return 0;
        return (uint64_t)simd_shl_wide(x, (unsigned)shift) & simd_mask(size);
    }
    unsigned right = (unsigned)-shift; /* 1..128 */
    if (right > 127)
        right = 127; /* beyond any element: same result as 127 for 64-bit values */
    if (round)
        x += (simd_i128)1 << (right - 1);
    x >>= right;
    return saturating ? simd_saturate(x, size, is_unsigned, sat) : (uint64_t)x & simd_mask(size);
}

/* SSHL/USHL, SQSHL/UQSHL, SRSHL/URSHL, SQRSHL/UQRSHL (register): R rounds, S saturates. */
enum a64_result exec_SIMD_SHL_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (reserved_1d(in))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    bool sat = false;
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        int shift = (int8_t)simd_get(&m, in->size, i);
        simd_set(&r, in->size, i,
                 shift_by_register(simd_get_wide(&n, in->size, i, in->U), shift, in->size, in->U,
                                   in->R, in->S, &sat));
    }
    set_qc(cpu, sat);
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* SQDMULH (U=0) and SQRDMULH (U=1): high half of 2*a*b, rounded for U=1; H and S only. */
enum a64_result exec_SIMD_SQDMULH(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 0 || in->size == 3)
        return A64_UNDEF;
    unsigned esize = simd_esize(in->size);
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    vreg r = {{0}};
    bool sat = false;
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        simd_i128 product =
            2 * simd_get_wide(&n, in->size, i, false) * simd_get_wide(&m, in->size, i, false);
        if (in->U)
            product += (simd_i128)1 << (esize - 1);
        simd_set(&r, in->size, i, simd_saturate(product >> esize, in->size, false, &sat));
    }
    set_qc(cpu, sat);
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* ---- two-register miscellaneous ---- */

/*
 * REV64 (U=0, o0=0), REV16 (U=0, o0=1), REV32 (U=1, o0=0): reverse the
 * elements inside each 64-, 16- or 32-bit container. The element must be
 * narrower than the container; U=1 o0=1 is unallocated.
 */
enum a64_result exec_SIMD_REV(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned container; /* log2 of the container's bytes */
    if (!in->U)
        container = in->o0 ? 1 : 3;
    else if (!in->o0)
        container = 2;
    else
        return A64_UNDEF;
    if (in->size >= container)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn];
    vreg r = {{0}};
    /* Elements per container minus one: XOR-ing an index with it reverses it in the container. */
    unsigned flip = (1u << (container - in->size)) - 1;
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++)
        simd_set(&r, in->size, i ^ flip, simd_get(&n, in->size, i));
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* CLS (U=0) and CLZ (U=1): 64-bit elements are reserved. */
enum a64_result exec_SIMD_CLS_CLZ(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3)
        return A64_UNDEF;
    unsigned esize = simd_esize(in->size);
    const vreg n = cpu->v[in->Rn];
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        uint64_t x = simd_get(&n, in->size, i);
        /* CLS: the bits after the sign bit that equal it = CLZ of x ^ (x >> 1), minus one */
        if (!in->U)
            x = (x ^ (x >> 1)) & ones(esize - 1);
        unsigned count = x ? (unsigned)__builtin_clzll(x) - (64 - esize) : esize;
        simd_set(&r, in->size, i, in->U ? count : count - 1);
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* CNT (U=0, size 00), NOT (U=1, size 00), RBIT (U=1, size 01); other sizes are reserved. */
enum a64_result exec_SIMD_CNT_NOT_RBIT(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size > (in->U ? 1u : 0u))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn];
    vreg r = {{0}};
    for (unsigned i = 0; i < 16; i++) {
        uint8_t x = n.b[i];
        if (!in->U) {
            r.b[i] = (uint8_t)__builtin_popcount(x);
        } else if (in->size == 0) {
            r.b[i] = (uint8_t)~x;
        } else {
            uint8_t y = 0;
            for (unsigned b = 0; b < 8; b++)
                y |= (uint8_t)(((x >> b) & 1) << (7 - b));
            r.b[i] = y;
        }
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * Opcodes 010xx: CMGT/CMGE #0 (01000, U selects GE), CMEQ/CMLE #0 (01001),
 * CMLT #0 (01010, U=0; U=1 is unallocated), ABS/NEG (01011). Signed lanes;
 * ABS and NEG wrap (ABS of the most negative value is itself).
 */
enum a64_result exec_SIMD_cmp_zero_ABS_NEG(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned op = in->opcode; /* the low two bits of the 5-bit opcode */
    if (reserved_1d(in) || (op == 2 && in->U))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn];
    vreg r = {{0}};
    uint64_t all = simd_mask(in->size);
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        int64_t x = simd_get_signed(&n, in->size, i);
        uint64_t v;
        switch (op) {
        case 0: v = (in->U ? x >= 0 : x > 0) ? all : 0; break;
        case 1: v = (in->U ? x <= 0 : x == 0) ? all : 0; break;
        case 2: v = x < 0 ? all : 0; break;
        default: v = (in->U || x < 0) ? 0 - (uint64_t)x : (uint64_t)x; break;
        }
        simd_set(&r, in->size, i, v);
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * SADDLP/UADDLP (o0=0) and SADALP/UADALP (o0=1, accumulating): adjacent
 * pairs added into lanes of twice the width. 64-bit source elements reserved.
 */
enum a64_result exec_SIMD_ADDLP(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], d = cpu->v[in->Rd];
    unsigned wide = in->size + 1;
    vreg r = {{0}};
    for (unsigned i = 0; i < simd_lanes(in->Q, wide); i++) {
        uint64_t sum = (uint64_t)(simd_get_wide(&n, in->size, 2 * i, in->U) +
                                  simd_get_wide(&n, in->size, 2 * i + 1, in->U));
        if (in->o0)
            sum += simd_get(&d, wide, i);
        simd_set(&r, wide, i, sum);
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * SUQADD (U=0): signed saturating Vd + unsigned Vn; USQADD (U=1): unsigned
 * saturating Vd + signed Vn.
 */
enum a64_result exec_SIMD_SUQADD_USQADD(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (reserved_1d(in))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], d = cpu->v[in->Rd];
    vreg r = {{0}};
    bool sat = false;
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        simd_i128 sum =
            simd_get_wide(&n, in->size, i, !in->U) + simd_get_wide(&d, in->size, i, in->U);
        simd_set(&r, in->size, i, simd_saturate(sum, in->size, in->U, &sat));
    }
    set_qc(cpu, sat);
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/* SQABS (U=0) and SQNEG (U=1): the most negative value saturates. */
enum a64_result exec_SIMD_SQABS_SQNEG(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (reserved_1d(in))
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn];
    vreg r = {{0}};
    bool sat = false;
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++) {
        simd_i128 x = simd_get_wide(&n, in->size, i, false);
        simd_set(&r, in->size, i, simd_saturate(in->U || x < 0 ? -x : x, in->size, false, &sat));
    }
    set_qc(cpu, sat);
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * The narrowing moves: Q=1 (the "2" forms) fills the upper half of Vd and
 * keeps the lower; Q=0 fills the lower half and clears the upper. 64-bit
 * results are reserved.
 */
static enum a64_result narrow(struct cpu_state *cpu, const struct a64_insn *in, bool src_unsigned,
                              bool saturating, bool dst_unsigned)
{
    if (in->size == 3)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn];
    vreg r = cpu->v[in->Rd];
    unsigned lanes = simd_lanes(0, in->size), base = in->Q ? lanes : 0;
    bool sat = false;
    for (unsigned i = 0; i < lanes; i++) {
        simd_i128 x = simd_get_wide(&n, in->size + 1, i, src_unsigned);
        uint64_t v = saturating ? simd_saturate(x, in->size, dst_unsigned, &sat) : (uint64_t)x;
        simd_set(&r, in->size, base + i, v);
    }
    if (!in->Q)
        r.d[1] = 0;
    set_qc(cpu, sat);
    cpu->v[in->Rd] = r;
    return A64_NEXT;
}

/* XTN (U=0): truncate; SQXTUN (U=1): signed source saturated to unsigned. */
enum a64_result exec_SIMD_XTN_SQXTUN(struct cpu_state *cpu, const struct a64_insn *in)
{
    return narrow(cpu, in, false, in->U, true);
}

/* SQXTN (U=0) and UQXTN (U=1): saturate within the same signedness. */
enum a64_result exec_SIMD_SQXTN_UQXTN(struct cpu_state *cpu, const struct a64_insn *in)
{
    return narrow(cpu, in, in->U, true, in->U);
}

/* SHLL/SHLL2: widen the lower (Q=0) or upper (Q=1) half and shift left by the element size. */
enum a64_result exec_SIMD_SHLL_esize(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size == 3)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn];
    unsigned lanes = simd_lanes(0, in->size), base = in->Q ? lanes : 0;
    vreg r = {{0}};
    for (unsigned i = 0; i < lanes; i++)
        simd_set(&r, in->size + 1, i, simd_get(&n, in->size, base + i) << simd_esize(in->size));
    cpu->v[in->Rd] = r;
    return A64_NEXT;
}

/* ---- across lanes ---- */

/* The arrangements across-lanes operations allow: 8B, 16B, 4H, 8H, 4S (not 2S, not D). */
static bool across_reserved(const struct a64_insn *in)
{
    return in->size == 3 || (in->size == 2 && !in->Q);
}

/* The scalar result goes to the bottom of Vd; the rest of the register is zeroed. */
static void write_scalar(struct cpu_state *cpu, unsigned rd, unsigned size, uint64_t value)
{
    vreg r = {{0}};
    simd_set(&r, size, 0, value);
    cpu->v[rd] = r;
}

enum a64_result exec_SIMD_ADDV(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (across_reserved(in))
        return A64_UNDEF;
    const vreg *n = &cpu->v[in->Rn];
    uint64_t sum = 0;
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++)
        sum += simd_get(n, in->size, i);
    write_scalar(cpu, in->Rd, in->size, sum & simd_mask(in->size));
    return A64_NEXT;
}

/* SADDLV (U=0) / UADDLV (U=1): the sum at twice the element width. */
enum a64_result exec_SIMD_ADDLV(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (across_reserved(in))
        return A64_UNDEF;
    const vreg *n = &cpu->v[in->Rn];
    uint64_t sum = 0;
    for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++)
        sum += in->U ? simd_get(n, in->size, i) : (uint64_t)simd_get_signed(n, in->size, i);
    write_scalar(cpu, in->Rd, in->size + 1, sum & simd_mask(in->size + 1));
    return A64_NEXT;
}

/* SMAXV/UMAXV (o1=0), SMINV/UMINV (o1=1). */
enum a64_result exec_SIMD_MAXV_MINV(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (across_reserved(in))
        return A64_UNDEF;
    const vreg *n = &cpu->v[in->Rn];
    uint64_t best = simd_get(n, in->size, 0);
    for (unsigned i = 1; i < simd_lanes(in->Q, in->size); i++)
        best = max_min(in->U, in->o1, in->size, best, simd_get(n, in->size, i));
    write_scalar(cpu, in->Rd, in->size, best);
    return A64_NEXT;
}
