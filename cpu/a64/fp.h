/*
 * Scalar floating point by the Arm rules, on the host FPU.
 *
 * The host computes the IEEE result (x86-64 SSE is correctly rounded for
 * +, -, *, /, sqrt and fma in all four directed modes); these helpers do
 * what Arm defines differently from x86:
 *   - NaN results: Arm propagates the first signalling NaN operand (made
 *     quiet), else the first quiet NaN, and an invalid operation without
 *     NaN operands gives the positive default NaN (x86: first operand wins,
 *     and its "indefinite" is negative). FPCR.DN replaces every NaN result
 *     by the default NaN.
 *   - FPCR.FZ flushes denormal inputs (setting IDC) and denormal results
 *     (setting UFC, not IXC) to zero of the same sign.
 *   - FPSR's cumulative flags come from the host's exception flags.
 *   - FPCR.RMode selects the host rounding direction for the operation.
 *
 * Values travel as raw bits (uint64_t holding a single in the low 32 bits
 * or a double) so NaN payloads survive; `fp_size` is 32 or 64.
 */
#ifndef FERRY_CPU_A64_FP_H
#define FERRY_CPU_A64_FP_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/a64/decode.h"
#include "cpu/cpu.h"

/* FPSR cumulative exception bits. */
enum {
    FPSR_IOC = 1u << 0,
    FPSR_DZC = 1u << 1,
    FPSR_OFC = 1u << 2,
    FPSR_UFC = 1u << 3,
    FPSR_IXC = 1u << 4,
    FPSR_IDC = 1u << 7,
};

/* FPCR control bits. */
#define FPCR_DN (1u << 25)
#define FPCR_FZ (1u << 24)
#define FPCR_RMODE(fpcr) (((fpcr) >> 22) & 3)

/* Arm rounding modes (FPCR.RMode and the FCVT/FRINT variants). */
enum fp_rounding {
    FP_RN = 0, FP_RP = 1, FP_RM = 2, FP_RZ = 3,
    FP_RA = 4,      /* nearest, ties away from zero */
    FP_CURRENT = 5, /* whatever FPCR.RMode says */
};

bool fp_is_nan(uint64_t bits, unsigned size);
bool fp_is_snan(uint64_t bits, unsigned size);
uint64_t fp_default_nan(unsigned size);

/*
 * Starts a host SSE operation (float, double; libm's SSE code) under the
 * guest's rounding mode with clear host flags: MXCSR only, a few cycles.
 */
void fp_begin(const struct cpu_state *cpu, enum fp_rounding mode);
/* The FPSR flags the host raised since fp_begin; restores the host's default mode. */
uint32_t fp_end(void);
/*
 * The same around operations on long double, which the host does on the
 * x87 unit with its own control and status words (fenv.h: slow, so only
 * for the conversions that need the wider significand).
 */
void fp_begin_x87(const struct cpu_state *cpu, enum fp_rounding mode);
uint32_t fp_end_x87(void);

/* FZ: a denormal input becomes zero of its sign (and IDC is set). */
uint64_t fp_flush_input(struct cpu_state *cpu, uint64_t bits, unsigned size);

/*
 * Arm NaN propagation for one to three operands (op order as the Arm ARM's
 * FPProcessNaNs). Returns true and the result in *out if any operand is a
 * NaN; sets IOC for a signalling one.
 */
bool fp_process_nans(struct cpu_state *cpu, const uint64_t *ops, unsigned count, unsigned size,
                     uint64_t *out);

/*
 * Finishes a host result whose operands were not NaNs: a NaN result (an
 * invalid operation) becomes the default NaN; a result that was tiny
 * before rounding underflows (Arm's rule; x86 judges after rounding, so
 * the caller says when a ±min-normal result came from a tiny value), and
 * with FZ such a result is flushed to zero (UFC instead of IXC). Adds
 * `flags` (from fp_end) to FPSR.
 */
uint64_t fp_finish(struct cpu_state *cpu, uint64_t bits, unsigned size, uint32_t flags,
                   bool tiny_before_rounding);

bool fp_is_min_normal(uint64_t bits, unsigned size);
/* VFPExpandImm: FMOV (immediate)'s 8-bit constant as a single (size 32) or double (64). */
uint64_t fp_expand_imm(unsigned imm8, unsigned size);
/* Zero or denormal. */
bool fp_below_min_normal(uint64_t bits, unsigned size);

/* Host values from raw bits and back. */
static inline double fp_to_host(uint64_t bits, unsigned size)
{
    if (size == 32) {
        float f;
        uint32_t b = (uint32_t)bits;
        __builtin_memcpy(&f, &b, 4);
        return f;
    }
    double d;
    __builtin_memcpy(&d, &bits, 8);
    return d;
}

static inline uint64_t fp_from_double(double d)
{
    uint64_t b;
    __builtin_memcpy(&b, &d, 8);
    return b;
}

static inline uint64_t fp_from_float(float f)
{
    uint32_t b;
    __builtin_memcpy(&b, &f, 4);
    return b;
}

/* Scalar register access: reads the low `size` bits, writes them zeroing the rest of V[n]. */
static inline uint64_t fp_read(const struct cpu_state *cpu, unsigned n, unsigned size)
{
    return size == 32 ? cpu->v[n].s[0] : cpu->v[n].d[0];
}

static inline void fp_write(struct cpu_state *cpu, unsigned n, uint64_t bits, unsigned size)
{
    cpu->v[n].d[0] = size == 32 ? (uint32_t)bits : bits;
    cpu->v[n].d[1] = 0;
}

/* ftype field -> operand size in bits, or 0 for encodings ferry does not implement (half). */
static inline unsigned fp_size_of(unsigned ftype)
{
    return ftype == 0 ? 32 : ftype == 1 ? 64 : 0;
}

/*
 * Element operations shared by the scalar instructions and the vector forms
 * (the opcode values of the scalar two-source encoding).
 */
enum fp_binary_op {
    FP_MUL, FP_DIV, FP_ADD, FP_SUB, FP_MAX, FP_MIN, FP_MAXNM, FP_MINNM, FP_NMUL,
};
uint64_t fp_binary(struct cpu_state *cpu, enum fp_binary_op op, uint64_t a, uint64_t b,
                   unsigned size);
/* FPMulAdd: addend + n*m with one rounding (negate operands before, as FMSUB etc. do). */
uint64_t fp_muladd(struct cpu_state *cpu, uint64_t addend, uint64_t n, uint64_t m, unsigned size);

/* FRINT*: to an integral value by `mode`; `exact` (FRINTX) reports inexactness. */
uint64_t fp_round_to_integral(struct cpu_state *cpu, uint64_t a, unsigned size,
                              enum fp_rounding mode, bool exact);
uint64_t fp_sqrt(struct cpu_state *cpu, uint64_t a, unsigned size);

/* FPToFixed / FixedToFP (fp_convert.c): integers of `width` bits, `fbits` fraction bits. */
uint64_t fp_to_fixed(struct cpu_state *cpu, uint64_t bits, unsigned size, unsigned fbits,
                     bool is_unsigned, unsigned width, enum fp_rounding mode);
uint64_t fixed_to_fp(struct cpu_state *cpu, uint64_t value, bool is_unsigned, unsigned width,
                     unsigned fbits, unsigned size);
static inline uint64_t fp_to_int(struct cpu_state *cpu, uint64_t bits, unsigned size,
                                 bool is_unsigned, unsigned width, enum fp_rounding mode)
{
    return fp_to_fixed(cpu, bits, size, 0, is_unsigned, width, mode);
}
static inline uint64_t int_to_fp(struct cpu_state *cpu, uint64_t value, bool is_unsigned,
                                 unsigned size)
{
    return fixed_to_fp(cpu, value, is_unsigned, size, 0, size);
}

/* FRECPE / FRSQRTE estimates (fp_estimate.c). */
uint64_t fp_recip_estimate(struct cpu_state *cpu, uint64_t op, unsigned size);
uint64_t fp_rsqrt_estimate(struct cpu_state *cpu, uint64_t op, unsigned size);
/* URECPE/URSQRTE on one 32-bit lane (no FP state involved). */
uint32_t unsigned_recip_estimate(uint32_t op);
uint32_t unsigned_rsqrt_estimate(uint32_t op);

/* FRECPS (2 - a*b) or, with sqrt_step, FRSQRTS ((3 - a*b) / 2), fused (fp_estimate.c). */
uint64_t fp_recip_step(struct cpu_state *cpu, uint64_t a, uint64_t b, unsigned size,
                       bool sqrt_step);

/* FCVT with a half-precision source or destination (fp_half.c). */
enum a64_result fp_convert_half(struct cpu_state *cpu, const struct a64_insn *in);
/* FCVT of one element between any two of 16, 32 and 64 bits (from != to), by FPCR (fp_half.c). */
uint64_t fp_convert(struct cpu_state *cpu, uint64_t a, unsigned from, unsigned to);
/* Its single/double part, NaN payloads kept and quietened (fp_scalar.c). */
uint64_t fp_convert_single_double(struct cpu_state *cpu, uint64_t a, unsigned from, unsigned to);
/* FCVTXN: double to single rounding to odd (fp_scalar.c). */
uint64_t fp_convert_double_to_odd_single(struct cpu_state *cpu, uint64_t a);

#endif
