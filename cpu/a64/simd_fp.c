/*
 * Advanced SIMD floating point, "three same" class (opcode 11xxx): FADD,
 * FSUB, FMUL, FDIV, FMAX/FMIN(NM), FMLA/FMLS, FMULX, FABD, FCMEQ/FCMGE/
 * FCMGT, FACGE/FACGT, FRECPS/FRSQRTS and the pairwise FADDP, FMAXP,
 * FMINP, FMAXNMP, FMINNMP, on 2S, 4S and 2D; and the reductions: scalar
 * pairwise FADDP/FMAX(NM)P/FMIN(NM)P and across-lanes FMAX(NM)V/FMIN(NM)V.
 *
 * Each lane is the scalar operation: the element functions of fp.h apply
 * the same rounding, NaN, flush-to-zero and flag rules as the scalar
 * instructions. A Q=0 form clears the upper 64 bits of the destination.
 */
#include <math.h>
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

/* FPCompare{EQ,GE,GT} and the absolute forms: all ones if true. */
static uint64_t compare(struct cpu_state *cpu, uint64_t a, uint64_t b, unsigned size, unsigned which,
                        bool absolute)
{
    a = fp_flush_input(cpu, a, size);
    b = fp_flush_input(cpu, b, size);
    if (absolute) {
        a &= ~(1ull << (size - 1));
        b &= ~(1ull << (size - 1));
    }
    if (fp_is_nan(a, size) || fp_is_nan(b, size)) {
        /* EQ is a quiet comparison: only signalling NaNs raise Invalid Operation. */
        if (which != 0 || fp_is_snan(a, size) || fp_is_snan(b, size))
            cpu->fpsr |= FPSR_IOC;
        return 0;
    }
    double x = fp_to_host(a, size), y = fp_to_host(b, size);
    bool r = which == 0 ? x == y : which == 1 ? x >= y : x > y;
    return r ? (size == 32 ? 0xffffffffull : ~0ull) : 0;
}

/* FMULX: FMUL, except that 0 * infinity gives 2.0 with the sign of the product. */
static uint64_t mulx(struct cpu_state *cpu, uint64_t a, uint64_t b, unsigned size)
{
    uint64_t fa = fp_flush_input(cpu, a, size), fb = fp_flush_input(cpu, b, size);
    double x = fp_to_host(fa, size), y = fp_to_host(fb, size);
    if (!fp_is_nan(fa, size) && !fp_is_nan(fb, size) &&
        ((x == 0 && isinf(y)) || (isinf(x) && y == 0))) {
        bool neg = ((fa ^ fb) >> (size - 1)) & 1;
        double two = neg ? -2.0 : 2.0;
        return size == 32 ? fp_from_float((float)two) : fp_from_double(two);
    }
    return fp_binary(cpu, FP_MUL, a, b, size);
}

/* One lane of the non-pairwise operations. d is the destination lane (FMLA/FMLS accumulate). */
static bool lane_op(struct cpu_state *cpu, unsigned U, unsigned a_bit, unsigned opcode, uint64_t n,
                    uint64_t m, uint64_t d, unsigned size, uint64_t *out)
{
    uint64_t sign = 1ull << (size - 1);
    switch ((U << 4) | (a_bit << 3) | opcode) {
    case 0x00: *out = fp_binary(cpu, FP_MAXNM, n, m, size); return true;
    case 0x01: *out = fp_muladd(cpu, d, n, m, size); return true;         /* FMLA */
    case 0x02: *out = fp_binary(cpu, FP_ADD, n, m, size); return true;
    case 0x03: *out = mulx(cpu, n, m, size); return true;
    case 0x04: *out = compare(cpu, n, m, size, 0, false); return true;    /* FCMEQ */
    case 0x06: *out = fp_binary(cpu, FP_MAX, n, m, size); return true;
    case 0x07: *out = fp_recip_step(cpu, n, m, size, false); return true; /* FRECPS */
    case 0x08: *out = fp_binary(cpu, FP_MINNM, n, m, size); return true;
    case 0x09: *out = fp_muladd(cpu, d, n ^ sign, m, size); return true;  /* FMLS */
    case 0x0a: *out = fp_binary(cpu, FP_SUB, n, m, size); return true;
    case 0x0e: *out = fp_binary(cpu, FP_MIN, n, m, size); return true;
    case 0x0f: *out = fp_recip_step(cpu, n, m, size, true); return true;  /* FRSQRTS */
    case 0x13: *out = fp_binary(cpu, FP_MUL, n, m, size); return true;
    case 0x14: *out = compare(cpu, n, m, size, 1, false); return true;    /* FCMGE */
    case 0x15: *out = compare(cpu, n, m, size, 1, true); return true;     /* FACGE */
    case 0x17: *out = fp_binary(cpu, FP_DIV, n, m, size); return true;
    case 0x1a: { /* FABD: |n - m|, the sign cleared even on a NaN result */
        *out = fp_binary(cpu, FP_SUB, n, m, size) & ~sign;
        return true;
    }
    case 0x1c: *out = compare(cpu, n, m, size, 2, false); return true;    /* FCMGT */
    case 0x1d: *out = compare(cpu, n, m, size, 2, true); return true;     /* FACGT */
    default: return false;
    }
}

/* The pairwise operations (U=1): FMAXNMP, FADDP, FMAXP, FMINNMP, FMINP. */
static bool pair_op(unsigned a_bit, unsigned opcode, enum fp_binary_op *op)
{
    switch ((a_bit << 3) | opcode) {
    case 0x0: *op = FP_MAXNM; return true;
    case 0x2: *op = FP_ADD; return true;
    case 0x6: *op = FP_MAX; return true;
    case 0x8: *op = FP_MINNM; return true;
    case 0xe: *op = FP_MIN; return true;
    default: return false;
    }
}

enum a64_result exec_SIMD_FP_3same(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->sz ? 64 : 32;
    if (in->sz && !in->Q)
        return A64_UNDEF; /* 1D is reserved */
    unsigned lanes = (in->Q ? 128 : 64) / size;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm], d = cpu->v[in->Rd];
    vreg result;
    memset(&result, 0, sizeof(result));
    enum fp_binary_op op;
    if (in->U && pair_op(in->A, in->opcode, &op)) {
        /* Pairs of adjacent lanes of the concatenation Vm:Vn, low half from Vn. */
        for (unsigned i = 0; i < lanes; i++) {
            const vreg *src = i < lanes / 2 ? &n : &m;
            unsigned j = 2 * (i % (lanes / 2));
            set_lane(&result, i, size, fp_binary(cpu, op, lane(src, j, size), lane(src, j + 1, size), size));
        }
    } else {
        for (unsigned i = 0; i < lanes; i++) {
            uint64_t r;
            if (!lane_op(cpu, in->U, in->A, in->opcode, lane(&n, i, size), lane(&m, i, size),
                         lane(&d, i, size), size, &r))
                return A64_UNDEF;
            set_lane(&result, i, size, r);
        }
    }
    cpu->v[in->Rd] = result;
    return A64_NEXT;
}

/* ---- reductions: scalar pairwise (FADDP, FMAX(NM)P, FMIN(NM)P Sd|Dd) and across lanes ---- */

/* opcode<1:0> of the 011xx family with the a bit: which binary operation, or false. */
static bool reduction_op(unsigned a_bit, unsigned opcode2, bool allow_add, enum fp_binary_op *op)
{
    switch ((a_bit << 2) | opcode2) {
    case 0: *op = FP_MAXNM; return true;
    case 1: *op = FP_ADD; return allow_add;
    case 3: *op = FP_MAX; return true;
    case 4: *op = FP_MINNM; return true;
    case 7: *op = FP_MIN; return true;
    default: return false;
    }
}

enum a64_result exec_SIMD_FP_pairwise_scalar(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->sz ? 64 : 32;
    enum fp_binary_op op;
    if (!reduction_op(in->A, in->opcode, true, &op))
        return A64_UNDEF;
    const vreg *n = &cpu->v[in->Rn];
    uint64_t r = fp_binary(cpu, op, lane(n, 0, size), lane(n, 1, size), size);
    vreg result;
    memset(&result, 0, sizeof(result));
    set_lane(&result, 0, size, r);
    cpu->v[in->Rd] = result;
    return A64_NEXT;
}

/* FMAXV, FMINV, FMAXNMV, FMINNMV on 4S: the Arm ARM's Reduce, halves first. */
enum a64_result exec_SIMD_FP_across(struct cpu_state *cpu, const struct a64_insn *in)
{
    enum fp_binary_op op;
    if (!in->Q || !reduction_op(in->A, in->opcode, false, &op))
        return A64_UNDEF;
    const vreg *n = &cpu->v[in->Rn];
    uint64_t lo = fp_binary(cpu, op, n->s[0], n->s[1], 32);
    uint64_t hi = fp_binary(cpu, op, n->s[2], n->s[3], 32);
    vreg result;
    memset(&result, 0, sizeof(result));
    result.s[0] = (uint32_t)fp_binary(cpu, op, lo, hi, 32);
    cpu->v[in->Rd] = result;
    return A64_NEXT;
}
