/*
 * FCVT to and from half precision (part of the ARMv8.0 floating point, not
 * of FEAT_FP16), in both half formats: IEEE half, and with FPCR.AHP the
 * alternative half precision that has no infinities or NaNs and uses
 * exponent 31 for normal numbers.
 *
 * Narrowing rounds once, by FPCR's mode, from the exact value (a double
 * holds any single or double input exactly), with the Arm flags: IXC when
 * inexact, UFC when also tiny before rounding, OFC (IEEE) or IOC (AHP) on
 * overflow. Widening is exact. FZ flushes single/double inputs; half
 * inputs would need FZ16, which only FEAT_FP16 has.
 */
#include <math.h>

#include "cpu/a64/exec.h"
#include "cpu/a64/fp.h"

#define FPCR_AHP (1u << 26)

static uint64_t read_half(const struct cpu_state *cpu, unsigned n) { return cpu->v[n].h[0]; }

static void write_scalar(struct cpu_state *cpu, unsigned n, uint64_t bits, unsigned size)
{
    cpu->v[n].d[0] = size == 16 ? (bits & 0xffff) : size == 32 ? (uint32_t)bits : bits;
    cpu->v[n].d[1] = 0;
}

/* Rounds a non-negative integral-or-not `scaled` to an integer by `mode` for a value of sign `neg`. */
static double round_magnitude(double scaled, enum fp_rounding mode, bool neg)
{
    switch (mode) {
    case FP_RP: return neg ? floor(scaled) : ceil(scaled);
    case FP_RM: return neg ? ceil(scaled) : floor(scaled);
    case FP_RZ: return floor(scaled);
    default: { /* nearest, ties to even */
        double f = floor(scaled), diff = scaled - f;
        if (diff > 0.5 || (diff == 0.5 && fmod(f, 2.0) != 0))
            return f + 1;
        return f;
    }
    }
}

/* A finite double to half bits by the Arm rules; flags into *flags. */
static uint16_t double_to_half(double x, enum fp_rounding mode, bool alternative, uint32_t *flags)
{
    bool neg = signbit(x);
    uint16_t sign = neg ? 0x8000 : 0;
    double a = fabs(x);
    if (a == 0)
        return sign;
    const int emin = -14, emax = alternative ? 16 : 15;
    int e;
    frexp(a, &e);
    e -= 1; /* a = 1.f * 2^e */
    bool tiny = e < emin;
    int quantum_exp = (tiny ? emin : e) - 10;
    double scaled = ldexp(a, -quantum_exp); /* exact: a power-of-two scaling */
    double n = round_magnitude(scaled, mode, neg);
    if (n != scaled) {
        *flags |= FPSR_IXC;
        if (tiny)
            *flags |= FPSR_UFC;
    }
    if (!tiny && n == 2048) { /* rounded up into the next binade */
        n = 1024;
        e++;
    }
    if (!tiny && e > emax) {
        if (alternative) { /* no infinity to overflow to */
            *flags = (*flags & ~(FPSR_IXC | FPSR_UFC)) | FPSR_IOC;
            return sign | 0x7fff;
        }
        *flags |= FPSR_OFC | FPSR_IXC;
        bool to_infinity = mode == FP_RN || (mode == FP_RP && !neg) || (mode == FP_RM && neg);
        return sign | (to_infinity ? 0x7c00 : 0x7bff);
    }
    if (tiny)
        return sign | (uint16_t)n; /* n == 1024 is the smallest normal, encoded the same way */
    return sign | (uint16_t)((e + 15) << 10) | (uint16_t)((uint64_t)n - 1024);
}

static double half_to_double(uint16_t h, bool alternative)
{
    int exp = (h >> 10) & 31;
    double frac = h & 0x3ff;
    double v;
    if (exp == 0)
        v = ldexp(frac, -24);
    else if (exp == 31 && !alternative)
        v = frac ? NAN : INFINITY; /* NaNs are handled by the caller */
    else
        v = ldexp(1024 + frac, exp - 25);
    return (h & 0x8000) ? -v : v;
}

/* Single or double `a` to half (FCVT Hd, FCVTN). */
static uint16_t narrow_to_half(struct cpu_state *cpu, uint64_t a, unsigned from)
{
    bool alternative = cpu->fpcr & FPCR_AHP;
    a = fp_flush_input(cpu, a, from);
    uint64_t sign = (a >> (from - 1)) & 1;
    uint16_t r;
    if (fp_is_nan(a, from)) {
        bool signalling = fp_is_snan(a, from);
        if (alternative) {
            cpu->fpsr |= FPSR_IOC; /* no NaN to give: a zero of the NaN's sign */
            r = (uint16_t)(sign << 15);
        } else {
            if (signalling)
                cpu->fpsr |= FPSR_IOC;
            uint64_t payload = from == 32 ? (a >> 13) & 0x1ff : (a >> 42) & 0x1ff;
            r = (cpu->fpcr & FPCR_DN) ? 0x7e00 : (uint16_t)((sign << 15) | 0x7e00 | payload);
        }
    } else if (isinf(fp_to_host(a, from))) {
        if (alternative) {
            cpu->fpsr |= FPSR_IOC;
            r = (uint16_t)((sign << 15) | 0x7fff);
        } else {
            r = (uint16_t)((sign << 15) | 0x7c00);
        }
    } else {
        uint32_t flags = 0;
        r = double_to_half(fp_to_host(a, from), (enum fp_rounding)FPCR_RMODE(cpu->fpcr),
                           alternative, &flags);
        cpu->fpsr |= flags;
    }
    return r;
}

/* Half `h` to single or double (FCVT Sd|Dd, Hn; FCVTL). */
static uint64_t widen_from_half(struct cpu_state *cpu, uint16_t h, unsigned to)
{
    bool alternative = cpu->fpcr & FPCR_AHP;
    uint64_t sign = h >> 15, r;
    if (!alternative && (h & 0x7c00) == 0x7c00 && (h & 0x3ff)) {
        if (!(h & 0x200))
            cpu->fpsr |= FPSR_IOC; /* signalling */
        uint64_t payload = h & 0x1ff;
        if (cpu->fpcr & FPCR_DN)
            r = fp_default_nan(to);
        else if (to == 32)
            r = (sign << 31) | 0x7fc00000ull | (payload << 13);
        else
            r = (sign << 63) | 0x7ff8000000000000ull | (payload << 42);
    } else {
        double v = half_to_double(h, alternative);
        r = to == 32 ? fp_from_float((float)v) : fp_from_double(v); /* exact */
    }
    return r;
}

uint64_t fp_convert(struct cpu_state *cpu, uint64_t a, unsigned from, unsigned to)
{
    if (to == 16)
        return narrow_to_half(cpu, a, from);
    if (from == 16)
        return widen_from_half(cpu, (uint16_t)a, to);
    return fp_convert_single_double(cpu, a, from, to);
}

enum a64_result fp_convert_half(struct cpu_state *cpu, const struct a64_insn *in)
{
    static const unsigned sizes[4] = {32, 64, 0, 16};
    unsigned from = sizes[in->ftype & 3];
    unsigned to = in->opcode == 4 ? 32 : in->opcode == 5 ? 64 : in->opcode == 7 ? 16 : 0;
    if (!from || !to || from == to || (from != 16 && to != 16))
        return A64_UNDEF;
    uint64_t a = from == 16 ? read_half(cpu, in->Rn) : fp_read(cpu, in->Rn, from);
    write_scalar(cpu, in->Rd, fp_convert(cpu, a, from, to), to);
    return A64_NEXT;
}
