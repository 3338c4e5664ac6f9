/*
 * Conversions between floating point and integers (FCVT{N,P,M,Z,A}{S,U},
 * SCVTF, UCVTF, in integer and fixed-point forms) and FMOV between general
 * and SIMD&FP registers.
 *
 * To integer: round by the instruction's mode, then saturate: a NaN gives
 * 0, an out-of-range value the nearest representable one, both with IOC
 * and without IXC; an in-range inexact result sets IXC. From integer: one
 * rounding by FPCR's mode. Fixed-point scaling by 2^fbits is exact in long
 * double (64-bit significand, 15-bit exponent), so every conversion still
 * rounds exactly once. Without fixed-point scaling (the common case) a
 * double holds every float and double exactly and the host's SSE converts
 * an integer with one rounding, so those take the fast paths, without the
 * x87 unit and its slow environment calls.
 */
#include <math.h>

#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/a64/fp.h"

/* Rounds x to an integral value in `mode` (the host's current mode is FPCR's for RN-style). */
static long double round_integral(long double x, enum fp_rounding mode)
{
    switch (mode) {
    case FP_RN: return nearbyintl(x); /* fp_begin set round-to-nearest-even */
    case FP_RP: return ceill(x);
    case FP_RM: return floorl(x);
    case FP_RZ: return truncl(x);
    default: return roundl(x);
    }
}

/* x rounded to an integral value in `mode`, in double (x finite): no host flags matter. */
static double round_integral_double(double x, enum fp_rounding mode)
{
    switch (mode) {
    case FP_RN: {
        if (fabs(x) >= 0x1p52)
            return x; /* integral already */
        /* adding and taking away 2^52 rounds to an integer, ties to even, in the default mode */
        double big = copysign(0x1p52, x);
        volatile double t = x + big;
        return copysign(t - big, x); /* keeps the sign of a zero result */
    }
    case FP_RP: return ceil(x);
    case FP_RM: return floor(x);
    case FP_RZ: return trunc(x);
    default: return round(x);
    }
}

/* FPToFixed: `bits` (size) * 2^fbits rounded by `mode` into a signed/unsigned int of `width`. */
uint64_t fp_to_fixed(struct cpu_state *cpu, uint64_t bits, unsigned size, unsigned fbits,
                            bool is_unsigned, unsigned width, enum fp_rounding mode)
{
    bits = fp_flush_input(cpu, bits, size);
    if (fp_is_nan(bits, size)) {
        cpu->fpsr |= FPSR_IOC;
        return 0;
    }
    if (fbits == 0) {
        double x = fp_to_host(bits, size), r = isinf(x) ? x : round_integral_double(x, mode);
        double lo = is_unsigned ? 0.0 : -ldexp(1.0, (int)width - 1);
        double hi = is_unsigned ? ldexp(1.0, (int)width) : ldexp(1.0, (int)width - 1);
        if (r < lo || r >= hi) {
            cpu->fpsr |= FPSR_IOC;
            if (r < lo)
                return is_unsigned ? 0 : 1ull << (width - 1);
            return is_unsigned ? ones(width) : ones(width - 1);
        }
        if (r != x)
            cpu->fpsr |= FPSR_IXC;
        uint64_t result = is_unsigned ? (uint64_t)r : (uint64_t)(int64_t)r;
        return result & ones(width);
    }
    long double x = ldexpl((long double)fp_to_host(bits, size), (int)fbits);
    fp_begin_x87(cpu, mode);
    long double r = round_integral(x, mode);
    (void)fp_end_x87();
    long double lo = is_unsigned ? 0.0L : -ldexpl(1.0L, (int)width - 1);
    long double hi = is_unsigned ? ldexpl(1.0L, (int)width) : ldexpl(1.0L, (int)width - 1);
    if (r < lo || r >= hi) {
        cpu->fpsr |= FPSR_IOC;
        if (r < lo)
            return is_unsigned ? 0 : 1ull << (width - 1); /* the most negative value */
        return is_unsigned ? ones(width) : ones(width - 1);
    }
    if (r != x)
        cpu->fpsr |= FPSR_IXC;
    uint64_t result = is_unsigned ? (uint64_t)r : (uint64_t)(int64_t)r;
    return result & ones(width);
}

/* FixedToFP: the integer (signed or not) / 2^fbits, rounded once by FPCR's mode. */
uint64_t fixed_to_fp(struct cpu_state *cpu, uint64_t value, bool is_unsigned, unsigned width,
                            unsigned fbits, unsigned size)
{
    if (fbits == 0) {
        /* one SSE conversion (unsigned 64-bit: halved with a sticky bit, converted, doubled) */
        uint64_t u = value & ones(width);
        int64_t s = (int64_t)sign_extend(value, width);
        fp_begin(cpu, (enum fp_rounding)FPCR_RMODE(cpu->fpcr));
        uint64_t r = size == 32 ? fp_from_float(is_unsigned ? (float)u : (float)s)
                                : fp_from_double(is_unsigned ? (double)u : (double)s);
        return fp_finish(cpu, r, size, fp_end(), false); /* integers are never tiny */
    }
    long double x = is_unsigned ? (long double)(value & ones(width))
                                : (long double)(int64_t)sign_extend(value, width);
    x = ldexpl(x, -(int)fbits);
    fp_begin_x87(cpu, (enum fp_rounding)FPCR_RMODE(cpu->fpcr));
    uint64_t r = size == 32 ? fp_from_float((float)x) : fp_from_double((double)x);
    uint32_t flags = fp_end_x87();
    return fp_finish(cpu, r, size, flags, false); /* integers are never tiny */
}

/* FMOV between general and vector registers: opcode 110 to general, 111 from general. */
static enum a64_result fmov_general(struct cpu_state *cpu, const struct a64_insn *in)
{
    bool to_general = in->opcode == 6;
    if (in->rmode == 0 && in->ftype == 0 && !in->sf) { /* W <-> S */
        if (to_general)
            cpu_set_w(cpu, in->Rd, cpu->v[in->Rn].s[0]);
        else
            fp_write(cpu, in->Rd, cpu_w(cpu, in->Rn), 32);
        return A64_NEXT;
    }
    if (in->rmode == 0 && in->ftype == 1 && in->sf) { /* X <-> D */
        if (to_general)
            cpu_set_x(cpu, in->Rd, cpu->v[in->Rn].d[0]);
        else
            fp_write(cpu, in->Rd, cpu_x(cpu, in->Rn), 64);
        return A64_NEXT;
    }
    if (in->rmode == 1 && in->ftype == 2 && in->sf) { /* X <-> V.D[1]: the other half is kept */
        if (to_general)
            cpu_set_x(cpu, in->Rd, cpu->v[in->Rn].d[1]);
        else
            cpu->v[in->Rd].d[1] = cpu_x(cpu, in->Rn);
        return A64_NEXT;
    }
    return A64_UNDEF; /* half-precision forms (FEAT_FP16) and unallocated */
}

enum a64_result exec_FP_int(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->opcode == 6 || in->opcode == 7)
        return fmov_general(cpu, in);
    unsigned size = fp_size_of(in->ftype), width = in->sf ? 64 : 32;
    if (!size)
        return A64_UNDEF;
    bool is_unsigned = in->opcode & 1;
    if (in->opcode == 2 || in->opcode == 3) { /* SCVTF / UCVTF */
        if (in->rmode != 0)
            return A64_UNDEF;
        fp_write(cpu, in->Rd, fixed_to_fp(cpu, cpu_x(cpu, in->Rn), is_unsigned, width, 0, size),
                 size);
        return A64_NEXT;
    }
    /* opcode 0/1 by rmode: N, P, M, Z; opcode 4/5 (rmode 0): A (ties away). */
    enum fp_rounding mode;
    if (in->opcode <= 1)
        mode = (enum fp_rounding)in->rmode;
    else if ((in->opcode == 4 || in->opcode == 5) && in->rmode == 0)
        mode = FP_RA;
    else
        return A64_UNDEF;
    uint64_t r = fp_to_fixed(cpu, fp_read(cpu, in->Rn, size), size, 0, is_unsigned, width, mode);
    cpu_set_reg(cpu, in->sf, in->Rd, r);
    return A64_NEXT;
}

enum a64_result exec_FP_fixed(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = fp_size_of(in->ftype), width = in->sf ? 64 : 32;
    unsigned fbits = 64 - in->scale;
    if (!size || (!in->sf && in->scale < 32))
        return A64_UNDEF;
    bool is_unsigned = in->opcode & 1;
    if (in->rmode == 0 && (in->opcode == 2 || in->opcode == 3)) { /* SCVTF / UCVTF (fixed) */
        fp_write(cpu, in->Rd, fixed_to_fp(cpu, cpu_x(cpu, in->Rn), is_unsigned, width, fbits, size),
                 size);
        return A64_NEXT;
    }
    if (in->rmode == 3 && in->opcode <= 1) { /* FCVTZS / FCVTZU (fixed) */
        uint64_t r = fp_to_fixed(cpu, fp_read(cpu, in->Rn, size), size, fbits, is_unsigned, width,
                                 FP_RZ);
        cpu_set_reg(cpu, in->sf, in->Rd, r);
        return A64_NEXT;
    }
    return A64_UNDEF;
}
