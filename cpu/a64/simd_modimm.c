/*
 * Advanced SIMD modified immediate class: MOVI, MVNI, ORR (vector,
 * immediate), BIC (vector, immediate) and FMOV (vector, immediate) in
 * single and double precision.
 *
 * The immediate is the Arm ARM's AdvSIMDExpandImm(op, cmode, abc:defgh): a
 * 64-bit pattern repeated across the vector. cmode<0> picks ORR/BIC over
 * MOVI/MVNI for the shifted 32- and 16-bit forms, op picks the inverted
 * variant. The half-precision FMOV (o2=1) needs FEAT_FP16, which ferry
 * does not implement, so o2=1 is UNDEFINED.
 */
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

/* AdvSIMDExpandImm: the 64-bit pattern for op, cmode and imm8. */
static uint64_t expand_imm(unsigned op, unsigned cmode, unsigned imm8)
{
    uint64_t imm = imm8;
    switch (cmode >> 1) {
    case 0:
    case 1:
    case 2:
    case 3: /* 32-bit, shifted left by 0, 8, 16 or 24 */
        return replicate(imm << (8 * (cmode >> 1)), 32);
    case 4:
    case 5: /* 16-bit, shifted left by 0 or 8 */
        return replicate(imm << (8 * ((cmode >> 1) & 1)), 16);
    case 6: /* 32-bit "shifting ones" (MSL #8, #16) */
        if (cmode & 1)
            return replicate((imm << 16) | 0xffff, 32);
        return replicate((imm << 8) | 0xff, 32);
    default:
        if (cmode == 14) {
            if (!op)
                return replicate(imm, 8);
            uint64_t out = 0; /* each bit of imm8 becomes a byte of ones or zeros */
            for (unsigned i = 0; i < 8; i++)
                if ((imm8 >> i) & 1)
                    out |= 0xffull << (8 * i);
            return out;
        }
        /* cmode 1111: FMOV's floating-point immediate, a:NOT(b):Replicate(b):cdefgh:Zeros */
        uint64_t a = (imm8 >> 7) & 1, b = (imm8 >> 6) & 1, cdefgh = imm8 & 0x3f;
        if (!op) {
            uint64_t single =
                (a << 31) | ((b ^ 1) << 30) | ((b ? 0x1full : 0) << 25) | (cdefgh << 19);
            return replicate(single, 32);
        }
        return (a << 63) | ((b ^ 1) << 62) | ((b ? 0xffull : 0) << 54) | (cdefgh << 48);
    }
}

enum a64_result exec_SIMD_modimm(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned cmode = in->cmode, op = in->op;
    if (in->o2)
        return A64_UNDEF; /* FMOV (vector, immediate) half precision: FEAT_FP16 */
    if (cmode == 15 && op && !in->Q)
        return A64_UNDEF; /* FMOV Vd.1D is reserved */
    uint64_t imm = expand_imm(op, cmode, (in->abc << 5) | in->defgh);
    /* ORR/BIC: the shifted 32-bit (0xx1) and 16-bit (10x1) forms with cmode<0> set. */
    bool logical = cmode < 12 && (cmode & 1);
    vreg r;
    for (unsigned i = 0; i < 2; i++) {
        uint64_t d = cpu->v[in->Rd].d[i];
        if (logical)
            r.d[i] = op ? d & ~imm : d | imm;
        else if (cmode < 14 && op)
            r.d[i] = ~imm; /* MVNI */
        else
            r.d[i] = imm; /* MOVI, FMOV */
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}
