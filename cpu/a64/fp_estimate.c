/*
 * Reciprocal and reciprocal-square-root estimates and Newton-Raphson steps
 * (FRECPE, FRSQRTE, FRECPX, FRECPS, FRSQRTS), scalar single and double, and
 * the unsigned fixed-point estimates of URECPE and URSQRTE.
 *
 * The estimates are defined bit-exactly by the Arm ARM's RecipEstimate and
 * RecipSqrtEstimate (8-bit tables computed by integer arithmetic); this file
 * follows FPRecipEstimate/FPRSqrtEstimate/FPRecpX/FPRecipStepFused/
 * FPRSqrtStepFused step by step, with the special cases in their order.
 */
#include <math.h>

#include "cpu/a64/exec.h"
#include "cpu/a64/fp.h"

static uint64_t sign_of(uint64_t bits, unsigned size) { return (bits >> (size - 1)) & 1; }
static unsigned exp_bits(unsigned size) { return size == 32 ? 8 : 11; }
static unsigned frac_bits(unsigned size) { return size == 32 ? 23 : 52; }

static uint64_t infinity(uint64_t sign, unsigned size)
{
    return (sign << (size - 1)) | (((1ull << exp_bits(size)) - 1) << frac_bits(size));
}

static uint64_t max_normal(uint64_t sign, unsigned size)
{
    return (sign << (size - 1)) | ((((1ull << exp_bits(size)) - 2) << frac_bits(size)) |
                                   ((1ull << frac_bits(size)) - 1));
}

/* RecipEstimate: a in [256, 511] (1.f scaled to 9 bits) -> r in [256, 511]. */
static uint64_t recip_estimate(uint64_t a)
{
    a = a * 2 + 1;
    uint64_t b = (1ull << 19) / a;
    return (b + 1) / 2;
}

/* RecipSqrtEstimate: a in [128, 511] -> r in [256, 511]. */
static uint64_t recip_sqrt_estimate(uint64_t a)
{
    if (a < 256)
        a = a * 2 + 1;
    else
        a = ((a >> 1) << 1) * 2 + 2;
    uint64_t b = 512;
    while (a * (b + 1) * (b + 1) < (1ull << 28))
        b++;
    return (b + 1) / 2;
}

/* UnsignedRecipEstimate (URECPE): a 0.32 fixed-point fraction; below 0.5 gives all ones. */
uint32_t unsigned_recip_estimate(uint32_t op)
{
    if (!(op >> 31))
        return 0xffffffffu;
    return (uint32_t)recip_estimate(op >> 23) << 23;
}

/* UnsignedRSqrtEstimate (URSQRTE): below 0.25 gives all ones. */
uint32_t unsigned_rsqrt_estimate(uint32_t op)
{
    if (!(op >> 30))
        return 0xffffffffu;
    return (uint32_t)recip_sqrt_estimate(op >> 23) << 23;
}

/* Floor division, as the pseudocode's DIV on negative numbers. */
static int64_t div_floor(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

uint64_t fp_recip_estimate(struct cpu_state *cpu, uint64_t op, unsigned size)
{
    op = fp_flush_input(cpu, op, size);
    uint64_t r, sign = sign_of(op, size);
    if (fp_process_nans(cpu, &op, 1, size, &r))
        return r;
    double value = fp_to_host(op, size);
    if (isinf(value))
        return sign << (size - 1);
    if (value == 0) {
        cpu->fpsr |= FPSR_DZC;
        return infinity(sign, size);
    }
    double magnitude = fabs(value);
    if ((size == 32 && magnitude < ldexp(1.0, -128)) || (size == 64 && magnitude < ldexp(1.0, -1024))) {
        enum fp_rounding mode = (enum fp_rounding)FPCR_RMODE(cpu->fpcr);
        bool to_infinity = mode == FP_RN || (mode == FP_RP && !sign) || (mode == FP_RM && sign);
        cpu->fpsr |= FPSR_OFC | FPSR_IXC;
        return to_infinity ? infinity(sign, size) : max_normal(sign, size);
    }
    if ((cpu->fpcr & FPCR_FZ) &&
        ((size == 32 && magnitude >= ldexp(1.0, 126)) || (size == 64 && magnitude >= ldexp(1.0, 1022)))) {
        cpu->fpsr |= FPSR_UFC;
        return sign << (size - 1);
    }
    /* The fraction as 52 bits (single's 23 bits shifted up), the biased exponent. */
    uint64_t fraction = size == 32 ? (op & 0x7fffff) << 29 : op & 0xfffffffffffffull;
    int64_t exp = (int64_t)((op >> frac_bits(size)) & ((1ull << exp_bits(size)) - 1));
    if (exp == 0) {
        if (!((fraction >> 51) & 1)) {
            exp = -1;
            fraction = (fraction << 2) & 0xfffffffffffffull;
        } else {
            fraction = (fraction << 1) & 0xfffffffffffffull;
        }
    }
    uint64_t scaled = (1ull << 8) | (fraction >> 44);
    int64_t result_exp = (size == 32 ? 253 : 2045) - exp;
    uint64_t estimate = recip_estimate(scaled);
    fraction = (estimate & 0xff) << 44;
    if (result_exp == 0) {
        fraction = (1ull << 51) | (fraction >> 1);
    } else if (result_exp == -1) {
        fraction = (1ull << 50) | (fraction >> 2);
        result_exp = 0;
    }
    if (size == 32)
        return (sign << 31) | ((uint64_t)result_exp << 23) | (fraction >> 29);
    return (sign << 63) | ((uint64_t)result_exp << 52) | fraction;
}

uint64_t fp_rsqrt_estimate(struct cpu_state *cpu, uint64_t op, unsigned size)
{
    op = fp_flush_input(cpu, op, size);
    uint64_t r, sign = sign_of(op, size);
    if (fp_process_nans(cpu, &op, 1, size, &r))
        return r;
    double value = fp_to_host(op, size);
    if (value == 0) {
        cpu->fpsr |= FPSR_DZC;
        return infinity(sign, size);
    }
    if (sign) {
        cpu->fpsr |= FPSR_IOC;
        return fp_default_nan(size);
    }
    if (isinf(value))
        return 0;
    uint64_t fraction = size == 32 ? (op & 0x7fffff) << 29 : op & 0xfffffffffffffull;
    int64_t exp = (int64_t)((op >> frac_bits(size)) & ((1ull << exp_bits(size)) - 1));
    if (exp == 0) {
        while (!((fraction >> 51) & 1)) {
            fraction = (fraction << 1) & 0xfffffffffffffull;
            exp--;
        }
        fraction = (fraction << 1) & 0xfffffffffffffull;
    }
    uint64_t scaled = (exp & 1) == 0 ? (1ull << 8) | (fraction >> 44) : (1ull << 7) | (fraction >> 45);
    int64_t result_exp = div_floor((size == 32 ? 380 : 3068) - exp, 2);
    uint64_t estimate = recip_sqrt_estimate(scaled);
    if (size == 32)
        return ((uint64_t)result_exp << 23) | ((estimate & 0xff) << 15);
    return ((uint64_t)result_exp << 52) | ((estimate & 0xff) << 44);
}

static uint64_t frecpx(struct cpu_state *cpu, uint64_t op, unsigned size)
{
    op = fp_flush_input(cpu, op, size);
    uint64_t r, sign = sign_of(op, size);
    if (fp_process_nans(cpu, &op, 1, size, &r))
        return r;
    uint64_t exp_mask = (1ull << exp_bits(size)) - 1;
    uint64_t exp = (op >> frac_bits(size)) & exp_mask;
    uint64_t new_exp = exp == 0 ? exp_mask - 1 : (~exp & exp_mask); /* zeros, denormals: max_exp */
    return (sign << (size - 1)) | (new_exp << frac_bits(size));
}

/* FRECPS: 2 - a*b; FRSQRTS: (3 - a*b) / 2; each fused, with inf*0 giving 2 or 1.5. */
uint64_t fp_recip_step(struct cpu_state *cpu, uint64_t a, uint64_t b, unsigned size, bool sqrt_step)
{
    a = fp_flush_input(cpu, a, size) ^ (1ull << (size - 1)); /* FPNeg(op1) */
    b = fp_flush_input(cpu, b, size);
    uint64_t ops[2] = {a, b}, r;
    if (fp_process_nans(cpu, ops, 2, size, &r))
        return r;
    double x = fp_to_host(a, size), y = fp_to_host(b, size);
    if ((isinf(x) && y == 0) || (x == 0 && isinf(y)))
        return size == 32 ? fp_from_float(sqrt_step ? 1.5f : 2.0f)
                          : fp_from_double(sqrt_step ? 1.5 : 2.0);
    if (isinf(x) || isinf(y))
        return infinity(sign_of(a, size) ^ sign_of(b, size), size);
    if (!sqrt_step) {
        uint64_t two = size == 32 ? fp_from_float(2.0f) : fp_from_double(2.0);
        return fp_muladd(cpu, two, a, b, size);
    }
    /*
     * (3 + a*b) / 2 must round once from the exact value. Halving commutes
     * with rounding unless 3 + a*b overflows, which needs a large operand:
     * then halve that operand (exact) and add 1.5; otherwise round 3 + a*b
     * and halve the result (exact: it is at least 1 in magnitude or tiny*0).
     */
    uint64_t one_half = size == 32 ? fp_from_float(1.5f) : fp_from_double(1.5);
    if (fabs(x) >= 1) {
        a = size == 32 ? fp_from_float((float)(x / 2)) : fp_from_double(x / 2);
        return fp_muladd(cpu, one_half, a, b, size);
    }
    if (fabs(y) >= 1) {
        b = size == 32 ? fp_from_float((float)(y / 2)) : fp_from_double(y / 2);
        return fp_muladd(cpu, one_half, a, b, size);
    }
    uint64_t three = size == 32 ? fp_from_float(3.0f) : fp_from_double(3.0);
    r = fp_muladd(cpu, three, a, b, size);
    double halved = fp_to_host(r, size) / 2;
    r = size == 32 ? fp_from_float((float)halved) : fp_from_double(halved);
    return r;
}

static uint64_t scalar_read(const struct cpu_state *cpu, unsigned n, unsigned size)
{
    return size == 32 ? cpu->v[n].s[0] : cpu->v[n].d[0];
}

static void scalar_write(struct cpu_state *cpu, unsigned n, uint64_t bits, unsigned size)
{
    cpu->v[n].d[0] = size == 32 ? (uint32_t)bits : bits;
    cpu->v[n].d[1] = 0;
}

enum a64_result exec_FRECPE(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->sz ? 64 : 32;
    scalar_write(cpu, in->Rd, fp_recip_estimate(cpu, scalar_read(cpu, in->Rn, size), size), size);
    return A64_NEXT;
}

enum a64_result exec_FRSQRTE(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->sz ? 64 : 32;
    scalar_write(cpu, in->Rd, fp_rsqrt_estimate(cpu, scalar_read(cpu, in->Rn, size), size), size);
    return A64_NEXT;
}

enum a64_result exec_FRECPX(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->sz ? 64 : 32;
    scalar_write(cpu, in->Rd, frecpx(cpu, scalar_read(cpu, in->Rn, size), size), size);
    return A64_NEXT;
}
