/*
 * Advanced SIMD floating point, two-register miscellaneous class: FABS,
 * FNEG, FSQRT, FRINTN/P/M/Z/A/X/I, FCVT{N,P,M,Z,A}{S,U}, SCVTF, UCVTF,
 * FRECPE, FRSQRTE, URECPE, URSQRTE, FCVTN/FCVTXN/FCVTL, the comparisons with zero
 * (FCMGT, FCMGE, FCMEQ, FCMLE, FCMLT #0.0), on 2S, 4S and 2D; also the
 * fixed-point SCVTF/UCVTF/FCVTZS/FCVTZU of the shift-by-immediate class.
 *
 * Every lane is the scalar operation through the shared element functions
 * (fp.h), so rounding, NaN, flush-to-zero and flag rules are the scalar
 * ones. A Q=0 form clears the upper 64 bits.
 */
#include <string.h>

#include "cpu/a64/exec.h"
#include "cpu/a64/fp.h"

static uint64_t lane(const vreg *v, unsigned i, unsigned size)
{
    return size == 32 ? v->s[i] : v->d[i];
}

static void set_lane(vreg *v, unsigned i, unsigned size, uint64_t bits)
{
    if (size == 32)
        v->s[i] = (uint32_t)bits;
    else
        v->d[i] = bits;
}

/* The comparison with zero of one lane: 0 GT, 1 GE, 2 EQ, 3 LE, 4 LT. */
static uint64_t compare_zero(struct cpu_state *cpu, uint64_t a, unsigned size, unsigned which)
{
    a = fp_flush_input(cpu, a, size);
    if (fp_is_nan(a, size)) {
        if (which != 2 || fp_is_snan(a, size))
            cpu->fpsr |= FPSR_IOC; /* only EQ is quiet */
        return 0;
    }
    double x = fp_to_host(a, size);
    bool r = which == 0 ? x > 0 : which == 1 ? x >= 0 : which == 2 ? x == 0 : which == 3 ? x <= 0
                                                                                        : x < 0;
    return r ? (size == 32 ? 0xffffffffull : ~0ull) : 0;
}

/* One lane; false if (U, a, opcode) is not an operation of this class. */
static bool lane_op(struct cpu_state *cpu, unsigned U, unsigned a_bit, unsigned opcode, uint64_t x,
                    unsigned size, uint64_t *out)
{
    uint64_t sign = 1ull << (size - 1);
    unsigned key = (U << 6) | (a_bit << 5) | opcode;
    switch (key) {
    case 0x18: *out = fp_round_to_integral(cpu, x, size, FP_RN, false); return true; /* FRINTN */
    case 0x19: *out = fp_round_to_integral(cpu, x, size, FP_RM, false); return true; /* FRINTM */
    case 0x1a: *out = fp_to_int(cpu, x, size, false, size, FP_RN); return true;     /* FCVTNS */
    case 0x1b: *out = fp_to_int(cpu, x, size, false, size, FP_RM); return true;     /* FCVTMS */
    case 0x1c: *out = fp_to_int(cpu, x, size, false, size, FP_RA); return true;     /* FCVTAS */
    case 0x1d: *out = int_to_fp(cpu, x, false, size); return true;                  /* SCVTF */
    case 0x2c: *out = compare_zero(cpu, x, size, 0); return true;                   /* FCMGT #0 */
    case 0x2d: *out = compare_zero(cpu, x, size, 2); return true;                   /* FCMEQ #0 */
    case 0x2e: *out = compare_zero(cpu, x, size, 4); return true;                   /* FCMLT #0 */
    case 0x2f: *out = x & ~sign; return true;                                       /* FABS */
    case 0x38: *out = fp_round_to_integral(cpu, x, size, FP_RP, false); return true; /* FRINTP */
    case 0x39: *out = fp_round_to_integral(cpu, x, size, FP_RZ, false); return true; /* FRINTZ */
    case 0x3a: *out = fp_to_int(cpu, x, size, false, size, FP_RP); return true;     /* FCVTPS */
    case 0x3b: *out = fp_to_int(cpu, x, size, false, size, FP_RZ); return true;     /* FCVTZS */
    case 0x3c: *out = unsigned_recip_estimate((uint32_t)x); return size == 32;      /* URECPE (S only) */
    case 0x3d: *out = fp_recip_estimate(cpu, x, size); return true;                 /* FRECPE */
    case 0x58: *out = fp_round_to_integral(cpu, x, size, FP_RA, false); return true; /* FRINTA */
    case 0x59: *out = fp_round_to_integral(cpu, x, size, FP_CURRENT, true); return true; /* FRINTX */
    case 0x5a: *out = fp_to_int(cpu, x, size, true, size, FP_RN); return true;      /* FCVTNU */
    case 0x5b: *out = fp_to_int(cpu, x, size, true, size, FP_RM); return true;      /* FCVTMU */
    case 0x5c: *out = fp_to_int(cpu, x, size, true, size, FP_RA); return true;      /* FCVTAU */
    case 0x5d: *out = int_to_fp(cpu, x, true, size); return true;                   /* UCVTF */
    case 0x6c: *out = compare_zero(cpu, x, size, 1); return true;                   /* FCMGE #0 */
    case 0x6d: *out = compare_zero(cpu, x, size, 3); return true;                   /* FCMLE #0 */
    case 0x6f: *out = x ^ sign; return true;                                        /* FNEG */
    case 0x79: *out = fp_round_to_integral(cpu, x, size, FP_CURRENT, false); return true; /* FRINTI */
    case 0x7a: *out = fp_to_int(cpu, x, size, true, size, FP_RP); return true;      /* FCVTPU */
    case 0x7b: *out = fp_to_int(cpu, x, size, true, size, FP_RZ); return true;      /* FCVTZU */
    case 0x7c: *out = unsigned_rsqrt_estimate((uint32_t)x); return size == 32;      /* URSQRTE (S only) */
    case 0x7d: *out = fp_rsqrt_estimate(cpu, x, size); return true;                 /* FRSQRTE */
    case 0x7f: *out = fp_sqrt(cpu, x, size); return true;                           /* FSQRT */
    default: return false;
    }
}

/*
 * The two rows split the 5-bit opcode (its top bits are fixed in each row's
 * pattern); prepare rebuilds the full opcode into aux[0] for lane_op.
 */
bool prepare_SIMD_FP_2misc_cmp(struct a64_insn *in)
{
    in->aux[0] = (uint8_t)(0x0c | in->opcode); /* 011xx */
    return true;
}

bool prepare_SIMD_FP_2misc(struct a64_insn *in)
{
    in->aux[0] = (uint8_t)(0x18 | in->opcode); /* 11xxx */
    return true;
}

enum a64_result exec_SIMD_FP_2misc(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->sz ? 64 : 32;
    if (in->sz && !in->Q)
        return A64_UNDEF; /* 1D is reserved */
    unsigned lanes = (in->Q ? 128 : 64) / size;
    const vreg n = cpu->v[in->Rn];
    vreg result;
    memset(&result, 0, sizeof(result));
    for (unsigned i = 0; i < lanes; i++) {
        uint64_t r;
        if (!lane_op(cpu, in->U, in->A, in->aux[0], lane(&n, i, size), size, &r))
            return A64_UNDEF;
        set_lane(&result, i, size, r);
    }
    cpu->v[in->Rd] = result;
    return A64_NEXT;
}

/*
 * FCVTN/FCVTN2 (4S -> 4H, 2D -> 2S), FCVTXN/FCVTXN2 (2D -> 2S rounding to
 * odd) and FCVTL/FCVTL2 (4H -> 4S, 2S -> 2D). The "2" forms read (FCVTL2)
 * or write (FCVTN2, FCVTXN2) the upper 64 bits; the narrowing "2" forms keep
 * Vd's lower half and their plain forms clear the upper.
 */
enum a64_result exec_SIMD_FCVTN_FCVTL(struct cpu_state *cpu, const struct a64_insn *in)
{
    bool lengthen = in->o0, to_odd = in->U;
    if (to_odd && (lengthen || !in->sz))
        return A64_UNDEF;
    unsigned narrow = in->sz ? 32 : 16, wide = 2 * narrow, lanes = 64 / narrow;
    const vreg *n = &cpu->v[in->Rn];
    vreg r = lengthen ? (vreg){{0}} : cpu->v[in->Rd];
    for (unsigned i = 0; i < lanes; i++) {
        unsigned part = in->Q * lanes + i;
        if (lengthen) {
            uint64_t x = narrow == 16 ? n->h[part] : n->s[part];
            set_lane(&r, i, wide, fp_convert(cpu, x, narrow, wide));
        } else {
            uint64_t y = to_odd ? fp_convert_double_to_odd_single(cpu, n->d[i])
                                : fp_convert(cpu, lane(n, i, wide), wide, narrow);
            if (narrow == 16)
                r.h[part] = (uint16_t)y;
            else
                r.s[part] = (uint32_t)y;
        }
    }
    if (!lengthen && !in->Q)
        r.d[1] = 0;
    cpu->v[in->Rd] = r;
    return A64_NEXT;
}

/* FCVTXN Sd, Dn (scalar). */
enum a64_result exec_FCVTXN_scalar(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!in->sz)
        return A64_UNDEF;
    uint64_t r = fp_convert_double_to_odd_single(cpu, cpu->v[in->Rn].d[0]);
    cpu->v[in->Rd] = (vreg){{0}};
    cpu->v[in->Rd].s[0] = (uint32_t)r;
    return A64_NEXT;
}

/*
 * SCVTF/UCVTF (o1:o0 = 00) and FCVTZS/FCVTZU (11), vector fixed-point, on
 * 2S, 4S and 2D: fbits = 2*esize - immh:immb. The 16-bit forms need FEAT_FP16 and are
 * not decoded here.
 */
enum a64_result exec_SIMD_cvt_fixed(struct cpu_state *cpu, const struct a64_insn *in)
{
    /* prepare_SIMD_shift_S/D: aux[0] = 2 or 3, imm = immh:immb - esize */
    bool wide = in->aux[0] == 3;
    unsigned size = wide ? 64 : 32, fbits = size - (unsigned)in->imm;
    if ((wide && !in->Q) || in->o1 != in->o0)
        return A64_UNDEF;
    bool to_fixed = in->o1, is_unsigned = in->U;
    const vreg *n = &cpu->v[in->Rn];
    vreg r = {{0}};
    for (unsigned i = 0; i < (in->Q ? 128 : 64) / size; i++) {
        uint64_t x = lane(n, i, size);
        set_lane(&r, i, size,
                 to_fixed ? fp_to_fixed(cpu, x, size, fbits, is_unsigned, size, FP_RZ)
                          : fixed_to_fp(cpu, x, is_unsigned, size, fbits, size));
    }
    cpu->v[in->Rd] = r;
    return A64_NEXT;
}
