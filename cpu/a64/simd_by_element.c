/*
 * Advanced SIMD vector x indexed element: MUL, MLA, MLS, SQDMULH,
 * SQRDMULH, [SU]MLAL, [SU]MLSL, [SU]MULL, SQDMLAL, SQDMLSL, SQDMULL (and
 * the "2" forms), FMUL, FMULX, FMLA, FMLS.
 *
 * Each is its three-same or three-different counterpart with Vm replaced
 * by the indexed element repeated in every lane. Rather than duplicating
 * those semantics, the element is broadcast into a borrowed register
 * (neither Vd nor Vn), the counterpart runs with Rm naming it, and the
 * borrowed register is restored: the guest sees one architectural update.
 */
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

struct counterpart {
    a64_exec_fn *exec;
    uint8_t U, opcode, o0, A; /* the counterpart's fields */
    bool fp;
};

/* Indexed by U:opcode; exec == NULL is unallocated (or not implemented: SQRDMLAH/SH, FEAT_RDM). */
static const struct counterpart counterparts[32] = {
    /* U = 0 */
    [0x1] = {exec_SIMD_FP_3same, 0, 1, 0, 0, true},   /* FMLA -> FMLA (vector) */
    [0x2] = {exec_SIMD_3diff, 0, 8, 0, 0, false},     /* SMLAL */
    [0x3] = {exec_SIMD_3diff, 0, 9, 0, 0, false},     /* SQDMLAL */
    [0x5] = {exec_SIMD_FP_3same, 0, 1, 0, 1, true},   /* FMLS */
    [0x6] = {exec_SIMD_3diff, 0, 10, 0, 0, false},    /* SMLSL */
    [0x7] = {exec_SIMD_3diff, 0, 11, 0, 0, false},    /* SQDMLSL */
    [0x8] = {exec_SIMD_MUL_MLA, 0, 0, 1, 0, false},   /* MUL */
    [0x9] = {exec_SIMD_FP_3same, 1, 3, 0, 0, true},   /* FMUL */
    [0xa] = {exec_SIMD_3diff, 0, 12, 0, 0, false},    /* SMULL */
    [0xb] = {exec_SIMD_3diff, 0, 13, 0, 0, false},    /* SQDMULL */
    [0xc] = {exec_SIMD_SQDMULH, 0, 0, 0, 0, false},   /* SQDMULH */
    [0xd] = {exec_SIMD_SQDMULH, 1, 0, 0, 0, false},   /* SQRDMULH */
    /* U = 1 */
    [0x10] = {exec_SIMD_MUL_MLA, 0, 0, 0, 0, false},  /* MLA */
    [0x12] = {exec_SIMD_3diff, 1, 8, 0, 0, false},    /* UMLAL */
    [0x14] = {exec_SIMD_MUL_MLA, 1, 0, 0, 0, false},  /* MLS */
    [0x16] = {exec_SIMD_3diff, 1, 10, 0, 0, false},   /* UMLSL */
    [0x19] = {exec_SIMD_FP_3same, 0, 3, 0, 0, true},  /* FMULX */
    [0x1a] = {exec_SIMD_3diff, 1, 12, 0, 0, false},   /* UMULL */
};

bool simd_by_element_operand(const struct a64_insn *in, bool fp, unsigned *size, unsigned *index,
                             unsigned *rm)
{
    if (fp) {
        /* size<1> = 1: single (sz=0) or double (sz=1); size = 00 is FP16, 01 unallocated */
        if (!(in->size & 2) || ((in->size & 1) && (in->L || !in->Q)))
            return false;
        *size = in->size & 1 ? 3 : 2;
        *index = *size == 3 ? in->H : (in->H << 1) | in->L;
        *rm = (in->M << 4) | in->Rm;
    } else if (in->size == 1) {
        *size = 1;
        *index = (in->H << 2) | (in->L << 1) | in->M;
        *rm = in->Rm; /* only V0-V15 for 16-bit elements */
    } else if (in->size == 2) {
        *size = 2;
        *index = (in->H << 1) | in->L;
        *rm = (in->M << 4) | in->Rm;
    } else {
        return false;
    }
    return true;
}

enum a64_result exec_SIMD_by_element(struct cpu_state *cpu, const struct a64_insn *in)
{
    const struct counterpart *c = &counterparts[(in->U << 4) | in->opcode];
    unsigned size, index, rm;
    if (!c->exec || !simd_by_element_operand(in, c->fp, &size, &index, &rm))
        return A64_UNDEF;

    vreg broadcast;
    simd_broadcast(&broadcast, size, simd_get(&cpu->v[rm], size, index), 1);
    struct simd_borrowed borrowed;
    simd_borrow(cpu, &borrowed, 1u << in->Rd | 1u << in->Rn, &broadcast, 1);

    struct a64_insn counterpart_insn = *in;
    counterpart_insn.Rm = borrowed.reg[0];
    counterpart_insn.U = c->U;
    counterpart_insn.opcode = c->opcode;
    counterpart_insn.o0 = c->o0;
    counterpart_insn.A = c->A;
    counterpart_insn.sz = size == 3;
    enum a64_result result = c->exec(cpu, &counterpart_insn);
    simd_give_back(cpu, &borrowed);
    return result;
}
