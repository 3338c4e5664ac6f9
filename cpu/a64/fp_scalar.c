/*
 * Scalar floating-point data processing (single and double precision):
 * one-, two- and three-source arithmetic, FMIN/FMAX(NM), FRINT*, FCVT
 * between single and double, compares, conditional compare and select,
 * and FMOV (register, immediate). Arm's NaN, flush-to-zero and flag rules
 * are in fp.c; every function here follows the same shape: unpack and
 * flush inputs, process NaNs, run the host operation between fp_begin and
 * fp_end, finish the result.
 *
 * Half-precision arithmetic (ftype 11, FEAT_FP16) is not implemented:
 * ferry does not advertise FP16, and those encodings are UNDEFINED. The
 * conversions to and from half precision are ARMv8.0 and live in fp_half.c.
 */
#include <math.h>

#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/a64/fp.h"

static enum fp_rounding fpcr_rounding(const struct cpu_state *cpu)
{
    return (enum fp_rounding)FPCR_RMODE(cpu->fpcr);
}

enum host_op { HOST_MUL, HOST_DIV, HOST_ADD, HOST_SUB, HOST_SQRT, HOST_FMA, HOST_TO_SINGLE };

/* The host computation, rounding once in the host's current mode. */
static uint64_t host_compute(enum host_op op, uint64_t a, uint64_t b, uint64_t c, unsigned size)
{
    if (op == HOST_TO_SINGLE)
        return fp_from_float((float)fp_to_host(a, 64));
    if (size == 32) {
        float x = (float)fp_to_host(a, 32), y = (float)fp_to_host(b, 32), r;
        switch (op) {
        case HOST_MUL: r = x * y; break;
        case HOST_DIV: r = x / y; break;
        case HOST_ADD: r = x + y; break;
        case HOST_SUB: r = x - y; break;
        case HOST_SQRT: r = sqrtf(x); break;
        default: r = fmaf(x, y, (float)fp_to_host(c, 32)); break;
        }
        return fp_from_float(r);
    }
    double x = fp_to_host(a, 64), y = fp_to_host(b, 64), r;
    switch (op) {
    case HOST_MUL: r = x * y; break;
    case HOST_DIV: r = x / y; break;
    case HOST_ADD: r = x + y; break;
    case HOST_SUB: r = x - y; break;
    case HOST_SQRT: r = sqrt(x); break;
    default: r = fma(x, y, fp_to_host(c, 64)); break;
    }
    return fp_from_double(r);
}

static uint64_t sign_of(uint64_t bits, unsigned size) { return bits >> (size - 1); }

static bool is_zero(uint64_t bits, unsigned size) { return (bits << (65 - size)) == 0; }

/* A normal number or a zero: no NaN, infinity or denormal. */
static bool normal_or_zero(uint64_t bits, unsigned size)
{
    unsigned exp_bits = size == 32 ? 8 : 11;
    uint64_t exp = (bits >> (size - 1 - exp_bits)) & ((1u << exp_bits) - 1);
    return exp != ((1u << exp_bits) - 1) && (exp != 0 || is_zero(bits, size));
}

/*
 * The common case without the host's flags (QEMU calls it hardfloat): FPCR
 * in its default state (round to nearest, no flush to zero), FPSR.IXC set
 * already, and operands that are normal numbers or zeros (no NaN to
 * process, nothing to flush, no invalid operation but the ones excluded
 * below). The host's result in its default mode is then the Arm result,
 * and of the flags it could raise only inexact (already set) cannot be seen
 * in the result: one that is not a normal number or a zero made exactly
 * (overflow, underflow, tininess) takes the slow path. False: use it.
 */
static bool hard_host(const struct cpu_state *cpu, enum host_op op, uint64_t a, uint64_t b,
                      uint64_t c, unsigned size, uint64_t *out)
{
    if ((cpu->fpcr & (FPCR_FZ | (3u << 22))) || !(cpu->fpsr & FPSR_IXC) ||
        !normal_or_zero(a, size) || !normal_or_zero(b, size) ||
        (op == HOST_FMA && !normal_or_zero(c, size)))
        return false;
    /* a division by zero or an invalid operation gives an infinity or a NaN: the slow path */
    uint64_t r = host_compute(op, a, b, c, size);
    if (!normal_or_zero(r, size) || fp_is_min_normal(r, size))
        return false; /* overflow, underflow, or maybe tiny before rounding */
    /* a zero result is exact for a sum, and for a product or quotient of a zero */
    bool exact_zero = op == HOST_ADD || op == HOST_SUB ||
                      ((op == HOST_MUL || op == HOST_DIV) && is_zero(a, size)) ||
                      (op == HOST_MUL && is_zero(b, size));
    if (is_zero(r, size) && !exact_zero)
        return false;
    *out = r;
    return true;
}

/*
 * Runs a host operation under FPCR's rounding mode and finishes it by the
 * Arm rules. A ±min-normal inexact result is recomputed toward zero to learn
 * whether the exact value was tiny (below the smallest normal).
 */
static uint64_t run_host(struct cpu_state *cpu, enum host_op op, uint64_t a, uint64_t b,
                         uint64_t c, unsigned size)
{
    fp_begin(cpu, (enum fp_rounding)FPCR_RMODE(cpu->fpcr));
    uint64_t r = host_compute(op, a, b, c, size);
    uint32_t flags = fp_end();
    bool tiny = false;
    if (fp_is_min_normal(r, size) && (flags & FPSR_IXC)) {
        fp_begin(cpu, FP_RZ);
        tiny = fp_below_min_normal(host_compute(op, a, b, c, size), size);
        (void)fp_end();
    }
    return fp_finish(cpu, r, size, flags, tiny);
}


/* FPMax/FPMin (and the NM forms once NaNs are dealt with): IEEE order, +0 > -0. */
static uint64_t max_min(uint64_t a, uint64_t b, unsigned size, bool max)
{
    if (is_zero(a, size) && is_zero(b, size)) {
        bool a_neg = sign_of(a, size);
        if (max)
            return a_neg ? b : a;
        return a_neg ? a : b;
    }
    double x = fp_to_host(a, size), y = fp_to_host(b, size);
    if (max)
        return x > y ? a : b;
    return x < y ? a : b;
}

static bool is_quiet_nan(uint64_t bits, unsigned size)
{
    return fp_is_nan(bits, size) && !fp_is_snan(bits, size);
}

uint64_t fp_binary(struct cpu_state *cpu, enum fp_binary_op op, uint64_t a, uint64_t b,
                   unsigned size)
{
    a = fp_flush_input(cpu, a, size);
    b = fp_flush_input(cpu, b, size);
    uint64_t ops[2] = {a, b}, r;
    if (op == FP_MAXNM || op == FP_MINNM) { /* one quiet NaN yields the number */
        if (is_quiet_nan(a, size) && !fp_is_nan(b, size))
            a = b;
        else if (is_quiet_nan(b, size) && !fp_is_nan(a, size))
            b = a;
        ops[0] = a;
        ops[1] = b;
    }
    /* FNMUL is FPNeg(FPMul(...)): the sign flips after everything, NaNs included. */
    uint64_t negate = op == FP_NMUL ? 1ull << (size - 1) : 0;
    if ((op <= FP_SUB || op == FP_NMUL) &&
        hard_host(cpu, op == FP_NMUL ? HOST_MUL : (enum host_op)op, a, b, 0, size, &r))
        return r ^ negate;
    if (fp_process_nans(cpu, ops, 2, size, &r))
        return r ^ negate;
    if (op >= FP_MAX && op <= FP_MINNM)
        return max_min(a, b, size, op == FP_MAX || op == FP_MAXNM);
    return run_host(cpu, op == FP_NMUL ? HOST_MUL : (enum host_op)op, a, b, 0, size) ^ negate;
}

enum a64_result exec_FP_2src(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = fp_size_of(in->ftype);
    if (!size || in->opcode > FP_NMUL)
        return A64_UNDEF;
    uint64_t r = fp_binary(cpu, (enum fp_binary_op)in->opcode, fp_read(cpu, in->Rn, size),
                           fp_read(cpu, in->Rm, size), size);
    fp_write(cpu, in->Rd, r, size);
    return A64_NEXT;
}

uint64_t fp_muladd(struct cpu_state *cpu, uint64_t addend, uint64_t n, uint64_t m, unsigned size)
{
    uint64_t r;
    if (hard_host(cpu, HOST_FMA, n, m, addend, size, &r))
        return r;
    addend = fp_flush_input(cpu, addend, size);
    n = fp_flush_input(cpu, n, size);
    m = fp_flush_input(cpu, m, size);
    uint64_t ops[3] = {addend, n, m};
    /* inf * 0 is invalid even when the addend is a quiet NaN. */
    bool inf_times_zero = (fp_to_host(n, size) == 0 && isinf(fp_to_host(m, size))) ||
                          (isinf(fp_to_host(n, size)) && fp_to_host(m, size) == 0);
    if (is_quiet_nan(addend, size) && inf_times_zero) {
        cpu->fpsr |= FPSR_IOC;
        return fp_default_nan(size);
    }
    if (fp_process_nans(cpu, ops, 3, size, &r))
        return r;
    return run_host(cpu, HOST_FMA, n, m, addend, size);
}

enum a64_result exec_FP_3src(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = fp_size_of(in->ftype);
    if (!size)
        return A64_UNDEF;
    /*
     * FMADD: a + n*m; FMSUB: a - n*m; FNMADD: -a - n*m; FNMSUB: -a + n*m.
     * As in the pseudocode the operands are negated first (FPNeg, which
     * flips a NaN's sign too), then FPMulAdd processes NaNs.
     */
    uint64_t sign = 1ull << (size - 1);
    uint64_t addend = fp_read(cpu, in->Ra, size), n = fp_read(cpu, in->Rn, size);
    if (in->o1)
        addend ^= sign;
    if (in->o1 ^ in->o0)
        n ^= sign;
    fp_write(cpu, in->Rd, fp_muladd(cpu, addend, n, fp_read(cpu, in->Rm, size), size), size);
    return A64_NEXT;
}

uint64_t fp_round_to_integral(struct cpu_state *cpu, uint64_t a, unsigned size,
                              enum fp_rounding mode, bool exact)
{
    a = fp_flush_input(cpu, a, size);
    uint64_t r;
    if (fp_process_nans(cpu, &a, 1, size, &r))
        return r;
    if (mode == FP_CURRENT)
        mode = fpcr_rounding(cpu);
    double x = fp_to_host(a, size), y;
    fp_begin(cpu, mode);
    switch (mode) {
    case FP_RP: y = ceil(x); break;
    case FP_RM: y = floor(x); break;
    case FP_RZ: y = trunc(x); break;
    case FP_RA: y = round(x); break; /* ties away from zero */
    default: y = nearbyint(x); break; /* ties to even: the mode just set */
    }
    (void)fp_end();
    /* Only FRINTX (exact) reports inexactness; no FRINT raises anything else on a number. */
    uint32_t flags = (exact && y != x) ? FPSR_IXC : 0;
    r = size == 32 ? fp_from_float((float)y) : fp_from_double(y);
    return fp_finish(cpu, r, size, flags, false);
}

uint64_t fp_sqrt(struct cpu_state *cpu, uint64_t a, unsigned size)
{
    a = fp_flush_input(cpu, a, size);
    uint64_t r;
    if (fp_process_nans(cpu, &a, 1, size, &r))
        return r;
    return run_host(cpu, HOST_SQRT, a, 0, 0, size);
}

/* FCVT between single and double: NaNs keep their payload's top bits, quietened. */
uint64_t fp_convert_single_double(struct cpu_state *cpu, uint64_t a, unsigned from, unsigned to)
{
    uint64_t r;
    a = fp_flush_input(cpu, a, from);
    if (fp_is_nan(a, from)) {
        if (fp_is_snan(a, from))
            cpu->fpsr |= FPSR_IOC;
        if (cpu->fpcr & FPCR_DN) {
            r = fp_default_nan(to);
        } else if (from == 32) {
            r = ((a >> 31) << 63) | 0x7ff8000000000000ull | ((a & 0x3fffffull) << 29);
        } else {
            r = ((a >> 63) << 31) | 0x7fc00000ull | ((a >> 29) & 0x3fffffull);
        }
        return r;
    }
    if (to == 32) {
        r = run_host(cpu, HOST_TO_SINGLE, a, 0, 0, 32);
    } else { /* widening is exact: only the flush of a denormal input can matter */
        r = fp_from_double(fp_to_host(a, 32));
    }
    return r;
}

/*
 * FCVTXN's double to single with round to odd: truncate, then set the
 * lowest bit if anything was lost, so a later rounding to a narrower format
 * rounds as if from the exact value. A flushed (FZ) result stays zero.
 */
uint64_t fp_convert_double_to_odd_single(struct cpu_state *cpu, uint64_t a)
{
    a = fp_flush_input(cpu, a, 64);
    if (fp_is_nan(a, 64) || isinf(fp_to_host(a, 64)))
        return fp_convert_single_double(cpu, a, 64, 32);
    fp_begin(cpu, FP_RZ);
    uint64_t truncated = host_compute(HOST_TO_SINGLE, a, 0, 0, 32);
    uint32_t flags = fp_end();
    bool inexact = flags & FPSR_IXC;
    bool tiny = inexact && fp_below_min_normal(truncated, 32);
    uint64_t r = fp_finish(cpu, truncated, 32, flags, tiny);
    if (inexact && !((cpu->fpcr & FPCR_FZ) && tiny))
        r |= 1;
    return r;
}

enum a64_result exec_FP_1src(struct cpu_state *cpu, const struct a64_insn *in)
{
    /* FCVT to or from half precision (fp_half.c). */
    if ((in->opcode == 4 || in->opcode == 5 || in->opcode == 7) && (in->ftype == 3 || in->opcode == 7))
        return fp_convert_half(cpu, in);
    unsigned size = fp_size_of(in->ftype);
    if (!size)
        return A64_UNDEF;
    uint64_t a = fp_read(cpu, in->Rn, size), r;
    uint64_t sign = 1ull << (size - 1);
    switch (in->opcode) {
    case 0: fp_write(cpu, in->Rd, a, size); return A64_NEXT;         /* FMOV */
    case 1: fp_write(cpu, in->Rd, a & ~sign, size); return A64_NEXT; /* FABS */
    case 2: fp_write(cpu, in->Rd, a ^ sign, size); return A64_NEXT;  /* FNEG */
    case 3: fp_write(cpu, in->Rd, fp_sqrt(cpu, a, size), size); return A64_NEXT; /* FSQRT */
    case 4: /* FCVT to single */
        if (size != 64)
            return A64_UNDEF;
        fp_write(cpu, in->Rd, fp_convert_single_double(cpu, a, 64, 32), 32);
        return A64_NEXT;
    case 5: /* FCVT to double */
        if (size != 32)
            return A64_UNDEF;
        fp_write(cpu, in->Rd, fp_convert_single_double(cpu, a, 32, 64), 64);
        return A64_NEXT;
    case 8: case 9: case 10: case 11: case 12: case 14: case 15: {
        /* FRINTN, P, M, Z, A, (none), X, I */
        static const enum fp_rounding modes[8] = {FP_RN, FP_RP, FP_RM, FP_RZ, FP_RA, FP_RN,
                                                  FP_CURRENT, FP_CURRENT};
        r = fp_round_to_integral(cpu, a, size, modes[in->opcode - 8], in->opcode == 14);
        fp_write(cpu, in->Rd, r, size);
        return A64_NEXT;
    }
    default:
        return A64_UNDEF; /* BFCVT and unallocated */
    }
}

/* FCMP/FCMPE result as NZCV: equal 0110, less 1000, greater 0010, unordered 0011. */
static uint32_t compare(struct cpu_state *cpu, uint64_t a, uint64_t b, unsigned size,
                        bool signal_all_nans)
{
    a = fp_flush_input(cpu, a, size);
    b = fp_flush_input(cpu, b, size);
    if (fp_is_nan(a, size) || fp_is_nan(b, size)) {
        if (signal_all_nans || fp_is_snan(a, size) || fp_is_snan(b, size))
            cpu->fpsr |= FPSR_IOC;
        return NZCV_C | NZCV_V;
    }
    double x = fp_to_host(a, size), y = fp_to_host(b, size);
    if (x == y)
        return NZCV_Z | NZCV_C;
    return x < y ? NZCV_N : NZCV_C;
}

enum a64_result exec_FCMP(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = fp_size_of(in->ftype);
    /* opcode2: bit 3 compares with zero (Rm must be 0), bit 4 is the E form. */
    if (!size || (in->opcode2 & 7))
        return A64_UNDEF;
    uint64_t b = (in->opcode2 & 8) ? 0 : fp_read(cpu, in->Rm, size);
    cpu->nzcv = compare(cpu, fp_read(cpu, in->Rn, size), b, size, in->opcode2 & 16);
    return A64_NEXT;
}

enum a64_result exec_FCCMP(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = fp_size_of(in->ftype);
    if (!size)
        return A64_UNDEF;
    if (!condition_holds(in->cond, cpu->nzcv)) {
        cpu->nzcv = (uint32_t)in->nzcv << 28;
        return A64_NEXT;
    }
    cpu->nzcv = compare(cpu, fp_read(cpu, in->Rn, size), fp_read(cpu, in->Rm, size), size, in->op);
    return A64_NEXT;
}

enum a64_result exec_FCSEL(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = fp_size_of(in->ftype);
    if (!size)
        return A64_UNDEF;
    unsigned src = condition_holds(in->cond, cpu->nzcv) ? in->Rn : in->Rm;
    fp_write(cpu, in->Rd, fp_read(cpu, src, size), size);
    return A64_NEXT;
}

/* VFPExpandImm: sign, exponent NOT(b6):Replicate(b6):b5:b4, fraction b3..b0 then zeros. */
uint64_t fp_expand_imm(unsigned imm8, unsigned size)
{
    uint64_t b6 = (imm8 >> 6) & 1;
    unsigned exp_bits = size == 32 ? 8 : 11, frac_bits = size == 32 ? 23 : 52;
    uint64_t exp = ((b6 ^ 1) << (exp_bits - 1)) | ((b6 ? ones(exp_bits - 3) : 0) << 2) |
                   ((imm8 >> 4) & 3);
    uint64_t frac = (uint64_t)(imm8 & 15) << (frac_bits - 4);
    return ((uint64_t)(imm8 >> 7) << (size - 1)) | (exp << frac_bits) | frac;
}

enum a64_result exec_FMOV_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = fp_size_of(in->ftype);
    if (!size || in->imm5 != 0)
        return A64_UNDEF;
    fp_write(cpu, in->Rd, fp_expand_imm(in->imm8, size), size);
    return A64_NEXT;
}
