/*
 * Advanced SIMD scalar three-same (SQADD/UQADD, SQSUB/UQSUB, CMGT/CMHI,
 * CMGE/CMHS, [SU]SHL, [SU]QSHL, [SU]RSHL, [SU]QRSHL, ADD/SUB, CMTST/CMEQ,
 * SQDMULH/SQRDMULH, FMULX, FCMEQ/FCMGE/FCMGT, FACGE/FACGT, FABD,
 * FRECPS/FRSQRTS) and two-register misc (SUQADD/USQADD, SQABS/SQNEG,
 * compares with zero, ABS/NEG, SQXTN/UQXTN/SQXTUN, FCVT{N,M,A,P,Z}{S,U},
 * SCVTF/UCVTF, FP compares with zero, FRECPE/FRSQRTE/FRECPX, FCVTXN),
 * shift by immediate, three-different (SQDMLAL/SQDMLSL/SQDMULL) and
 * x indexed element; also the scalar pairwise ADDP.
 *
 * A scalar operation is its vector form on one element. So that the
 * arithmetic lives in one place, the vector instruction is encoded with
 * three borrowed registers (none of Vd, Vn, Vm), decoded by the same
 * table and run on sources whose every lane is element 0 of the real
 * source: each lane then computes the scalar result, and the side effects
 * (FPSR cumulative flags, QC) are exactly the scalar ones. Element 0 of
 * the result goes to Vd, the rest of Vd is zeroed, and the borrowed
 * registers are restored.
 */
#include "cpu/a64/decode.h"
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

/* The scalar encodings the Arm ARM allocates, by U:opcode; bit s set = size s allowed. */
static bool scalar_3same_allocated(unsigned U, unsigned opcode, unsigned size)
{
    bool d_only = size == 3, h_or_s = size == 1 || size == 2, fp_a0 = !(size & 2), fp_a1 = size & 2;
    switch ((U << 5) | opcode) {
    case 0x01: case 0x05: case 0x09: case 0x0b: /* SQADD, SQSUB, SQSHL, SQRSHL */
    case 0x21: case 0x25: case 0x29: case 0x2b: /* UQADD, UQSUB, UQSHL, UQRSHL */
        return true;
    case 0x06: case 0x07: case 0x08: case 0x0a: case 0x10: case 0x11: /* CMGT CMGE SSHL SRSHL ADD CMTST */
    case 0x26: case 0x27: case 0x28: case 0x2a: case 0x30: case 0x31: /* CMHI CMHS USHL URSHL SUB CMEQ */
        return d_only;
    case 0x16: case 0x36: /* SQDMULH, SQRDMULH */
        return h_or_s;
    case 0x1b: case 0x1c: /* FMULX, FCMEQ */
    case 0x3c: case 0x3d: /* FCMGE, FACGE (A=0); FCMGT, FACGT (A=1) */
        return U ? true : fp_a0;
    case 0x1f: /* FRECPS (A=0), FRSQRTS (A=1) */
        return true;
    case 0x3a: /* FABD */
        return fp_a1;
    default:
        return false;
    }
}

/*
 * Run `vector_word` (register fields zero) on borrowed registers holding
 * element 0 of Vd and Vn and the value `m_element` (if has_rm), sources of
 * `src_size`, in every lane; Vd becomes element 0 (of `dst_size`) of the
 * vector result, zero-extended.
 */
static enum a64_result run_on_element0_with(struct cpu_state *cpu, const struct a64_insn *in,
                                            uint32_t vector_word, bool has_rm, uint64_t m_element,
                                            unsigned src_size, unsigned dst_size)
{
    vreg operands[3]; /* d, n, m */
    simd_broadcast(&operands[0], dst_size, simd_get(&cpu->v[in->Rd], dst_size, 0), 1);
    simd_broadcast(&operands[1], src_size, simd_get(&cpu->v[in->Rn], src_size, 0), 1);
    simd_broadcast(&operands[2], src_size, m_element, 1);
    struct simd_borrowed borrowed;
    simd_borrow(cpu, &borrowed, 1u << in->Rd | 1u << in->Rn | 1u << in->Rm, operands, 3);

    if (has_rm) /* in two-register misc, bits 20:16 are opcode bits */
        vector_word |= (uint32_t)borrowed.reg[2] << 16;
    vector_word |= (uint32_t)borrowed.reg[1] << 5 | borrowed.reg[0];
    struct a64_insn vector_insn;
    enum a64_result result = A64_UNDEF;
    if (a64_decode(cpu->decoder, vector_word, in->pc, &vector_insn))
        result = vector_insn.exec(cpu, &vector_insn);
    uint64_t element = simd_get(&cpu->v[borrowed.reg[0]], dst_size, 0);
    simd_give_back(cpu, &borrowed);
    if (result != A64_NEXT)
        return result;
    cpu->v[in->Rd] = (vreg){{0}};
    simd_set(&cpu->v[in->Rd], dst_size, 0, element);
    return A64_NEXT;
}

/* As run_on_element0_with, the third source being element 0 of Vm. */
static enum a64_result run_on_element0(struct cpu_state *cpu, const struct a64_insn *in,
                                       uint32_t vector_word, bool has_rm, unsigned src_size,
                                       unsigned dst_size)
{
    uint64_t m_element = simd_get(&cpu->v[in->Rm], src_size, 0);
    return run_on_element0_with(cpu, in, vector_word, has_rm, m_element, src_size, dst_size);
}

/* The element size of a scalar FP operation: size<0> is sz. */
static unsigned fp_element_size(unsigned size)
{
    return (size & 1) ? 3 : 2;
}

enum a64_result exec_SIMD_scalar_3same(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!scalar_3same_allocated(in->U, in->opcode, in->size))
        return A64_UNDEF;
    unsigned esize = in->opcode >= 0x18 ? fp_element_size(in->size) : in->size;
    /* 0 Q=1 U 01110 size 1 Rm opcode 1 Rn Rd: the vector three-same form */
    uint32_t word = 0x4e200400u | (uint32_t)in->U << 29 | (uint32_t)in->size << 22 |
                    (uint32_t)in->opcode << 11;
    return run_on_element0(cpu, in, word, true, esize, esize);
}

/*
 * Scalar two-register misc. key = U:A:opcode for the FP opcodes (A = size<1>)
 * and U:opcode for the integer ones.
 */
enum scalar_2misc_kind { S2_NONE, S2_ALL_SIZES, S2_D_ONLY, S2_NARROW, S2_FP, S2_OWN_ROW };

static enum scalar_2misc_kind scalar_2misc_kind(unsigned U, unsigned size, unsigned opcode,
                                                a64_exec_fn **own)
{
    unsigned A = size >> 1;
    if (opcode >= 0x18 || (opcode >= 0x0c && opcode <= 0x0e)) { /* the FP opcodes */
        switch ((U << 6) | (A << 5) | opcode) {
        case 0x1a: case 0x1b: case 0x1c: case 0x1d:         /* FCVTNS FCVTMS FCVTAS SCVTF */
        case 0x3a: case 0x3b: case 0x2c: case 0x2d: case 0x2e: /* FCVTPS FCVTZS FCMGT0 FCMEQ0 FCMLT0 */
        case 0x5a: case 0x5b: case 0x5c: case 0x5d:         /* FCVTNU FCVTMU FCVTAU UCVTF */
        case 0x7a: case 0x7b: case 0x6c: case 0x6d:         /* FCVTPU FCVTZU FCMGE0 FCMLE0 */
            return S2_FP;
        case 0x3d: *own = exec_FRECPE; return S2_OWN_ROW;
        case 0x7d: *own = exec_FRSQRTE; return S2_OWN_ROW;
        case 0x3f: *own = exec_FRECPX; return S2_OWN_ROW;
        default: return S2_NONE;
        }
    }
    switch ((U << 5) | opcode) {
    case 0x03: case 0x07: case 0x23: case 0x27: /* SUQADD SQABS USQADD SQNEG */
        return S2_ALL_SIZES;
    case 0x08: case 0x09: case 0x0a: case 0x0b: /* CMGT0 CMEQ0 CMLT0 ABS */
    case 0x28: case 0x29: case 0x2b:            /* CMGE0 CMLE0 NEG */
        return S2_D_ONLY;
    case 0x14: case 0x32: case 0x34: /* SQXTN SQXTUN UQXTN */
        return S2_NARROW;
    case 0x36: /* FCVTXN */
        *own = exec_FCVTXN_scalar;
        return A ? S2_NONE : S2_OWN_ROW;
    default:
        return S2_NONE;
    }
}

enum a64_result exec_SIMD_scalar_2misc(struct cpu_state *cpu, const struct a64_insn *in)
{
    a64_exec_fn *own = NULL;
    enum scalar_2misc_kind kind = scalar_2misc_kind(in->U, in->size, in->opcode, &own);
    /* 0 Q U 01110 size 10000 opcode 10 Rn Rd: the vector two-register misc form */
    uint32_t word = 0x0e200800u | (uint32_t)in->U << 29 | (uint32_t)in->size << 22 |
                    (uint32_t)in->opcode << 12;
    switch (kind) {
    case S2_OWN_ROW: { /* scalar-only operations with their own semantics, which read sz */
        struct a64_insn scalar = *in;
        scalar.sz = in->size & 1;
        return own(cpu, &scalar);
    }
    case S2_ALL_SIZES:
        return run_on_element0(cpu, in, word | 1u << 30, false, in->size, in->size);
    case S2_D_ONLY:
        return in->size == 3 ? run_on_element0(cpu, in, word | 1u << 30, false, 3, 3) : A64_UNDEF;
    case S2_NARROW: /* Q=0: the lower-half form; the source element is twice the size */
        if (in->size == 3)
            return A64_UNDEF;
        return run_on_element0(cpu, in, word, false, in->size + 1, in->size);
    case S2_FP:
        return run_on_element0(cpu, in, word | 1u << 30, false, fp_element_size(in->size),
                               fp_element_size(in->size));
    default:
        return A64_UNDEF;
    }
}

/*
 * Scalar shift by immediate: SSHR/USHR, SSRA/USRA, SRSHR/URSHR, SRSRA/URSRA,
 * SRI, SHL, SLI (D only); SQSHLU, SQSHL/UQSHL (every size); the narrowing
 * SQSHRN/UQSHRN, SQRSHRN/UQRSHRN, SQSHRUN, SQRSHRUN; and fixed-point
 * SCVTF/UCVTF, FCVTZS/FCVTZU (S and D). immh's leading one is the size.
 */
enum a64_result exec_SIMD_scalar_shift_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!in->immh)
        return A64_UNDEF;
    unsigned esize = 31u - (unsigned)__builtin_clz(in->immh);
    unsigned key = (in->U << 5) | in->opcode;
    /* 0 Q U 011110 immh immb opcode 1 Rn Rd: the vector form */
    uint32_t word = 0x0f000400u | (uint32_t)in->U << 29 | (uint32_t)in->immh << 19 |
                    (uint32_t)in->immb << 16 | (uint32_t)in->opcode << 11;
    switch (key) {
    case 0x00: case 0x02: case 0x04: case 0x06: case 0x0a: /* SSHR SSRA SRSHR SRSRA SHL */
    case 0x20: case 0x22: case 0x24: case 0x26: case 0x28: case 0x2a: /* USHR USRA URSHR URSRA SRI SLI */
        if (esize != 3)
            return A64_UNDEF;
        return run_on_element0(cpu, in, word | 1u << 30, false, 3, 3);
    case 0x0e: case 0x2c: case 0x2e: /* SQSHL SQSHLU UQSHL */
        return run_on_element0(cpu, in, word | 1u << 30, false, esize, esize);
    case 0x12: case 0x13: case 0x30: case 0x31: case 0x32: case 0x33:
        /* SQSHRN SQRSHRN SQSHRUN SQRSHRUN UQSHRN UQRSHRN: Q=0, the source twice the size */
        if (esize == 3)
            return A64_UNDEF;
        return run_on_element0(cpu, in, word, false, esize + 1, esize);
    case 0x1c: case 0x1f: case 0x3c: case 0x3f: /* SCVTF FCVTZS UCVTF FCVTZU (fixed-point) */
        if (esize < 2)
            return A64_UNDEF; /* 16-bit forms need FEAT_FP16 */
        return run_on_element0(cpu, in, word | 1u << 30, false, esize, esize);
    default:
        return A64_UNDEF;
    }
}

/* Scalar three-different: SQDMLAL, SQDMLSL, SQDMULL (H -> S, S -> D). */
enum a64_result exec_SIMD_scalar_3diff(struct cpu_state *cpu, const struct a64_insn *in)
{
    bool allocated = !in->U && (in->opcode == 9 || in->opcode == 11 || in->opcode == 13);
    if (!allocated || (in->size != 1 && in->size != 2))
        return A64_UNDEF;
    /* 0 Q=0 U 01110 size 1 Rm opcode 00 Rn Rd: the vector form, lower halves */
    uint32_t word = 0x0e200000u | (uint32_t)in->size << 22 | (uint32_t)in->opcode << 12;
    return run_on_element0(cpu, in, word, true, in->size, in->size + 1);
}

/*
 * Scalar x indexed element: FMLA, FMLS, FMUL, FMULX (S, D), SQDMULH,
 * SQRDMULH (H, S) and SQDMLAL, SQDMLSL, SQDMULL (H -> S, S -> D): the
 * vector by-element form, whose indexed operand is the real element held in
 * a borrowed register's lane 0.
 */
enum a64_result exec_SIMD_scalar_by_element(struct cpu_state *cpu, const struct a64_insn *in)
{
    bool fp = false, widening = false;
    switch ((in->U << 4) | in->opcode) {
    case 0x01: case 0x05: case 0x09: case 0x19: /* FMLA FMLS FMUL FMULX */
        fp = true;
        break;
    case 0x03: case 0x07: case 0x0b: /* SQDMLAL SQDMLSL SQDMULL */
        widening = true;
        break;
    case 0x0c: case 0x0d: /* SQDMULH SQRDMULH */
        break;
    default: /* SQRDMLAH/SQRDMLSH need FEAT_RDM, which ferry does not advertise */
        return A64_UNDEF;
    }
    struct a64_insn as_vector = *in;
    as_vector.Q = 1; /* so that the D forms are allocated */
    unsigned size, index, rm;
    if (!simd_by_element_operand(&as_vector, fp, &size, &index, &rm))
        return A64_UNDEF;
    uint64_t element = simd_get(&cpu->v[rm], size, index);
    /* 0 Q U 01111 size L=0 M=0 Rm opcode H=0 0 Rn Rd, Q=0 (lower halves) for the widening ones */
    uint32_t word = 0x0f000000u | (uint32_t)!widening << 30 | (uint32_t)in->U << 29 |
                    (uint32_t)in->size << 22 | (uint32_t)in->opcode << 12;
    return run_on_element0_with(cpu, in, word, true, element, size, widening ? size + 1 : size);
}

/* ADDP (scalar): Dd = Vn.d[0] + Vn.d[1]; only the 2D arrangement is allocated. */
enum a64_result exec_SIMD_ADDP_scalar(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size != 3)
        return A64_UNDEF;
    uint64_t sum = cpu->v[in->Rn].d[0] + cpu->v[in->Rn].d[1];
    cpu->v[in->Rd] = (vreg){{0}};
    cpu->v[in->Rd].d[0] = sum;
    return A64_NEXT;
}
