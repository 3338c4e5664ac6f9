/*
 * Advanced SIMD scalar three-same: SQADD/UQADD, SQSUB/UQSUB, CMGT/CMHI,
 * CMGE/CMHS, [SU]SHL, [SU]QSHL, [SU]RSHL, [SU]QRSHL, ADD/SUB, CMTST/CMEQ,
 * SQDMULH/SQRDMULH, FMULX, FCMEQ/FCMGE/FCMGT, FACGE/FACGT, FABD,
 * FRECPS/FRSQRTS.
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

static void broadcast_element0(vreg *out, const vreg *in, unsigned size)
{
    uint64_t element = simd_get(in, size, 0);
    for (unsigned i = 0; i < 16u >> size; i++)
        simd_set(out, size, i, element);
}

enum a64_result exec_SIMD_scalar_3same(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!scalar_3same_allocated(in->U, in->opcode, in->size))
        return A64_UNDEF;
    bool fp = in->opcode >= 0x18;
    unsigned esize = fp ? ((in->size & 1) ? 3 : 2) : in->size;

    unsigned borrowed[3], count = 0;
    for (unsigned r = 0; count < 3; r++)
        if (r != in->Rd && r != in->Rn && r != in->Rm)
            borrowed[count++] = r;
    vreg saved[3];
    for (unsigned i = 0; i < 3; i++)
        saved[i] = cpu->v[borrowed[i]];
    vreg n, m, d;
    broadcast_element0(&n, &cpu->v[in->Rn], esize);
    broadcast_element0(&m, &cpu->v[in->Rm], esize);
    broadcast_element0(&d, &cpu->v[in->Rd], esize);
    cpu->v[borrowed[0]] = d;
    cpu->v[borrowed[1]] = n;
    cpu->v[borrowed[2]] = m;

    /* 0 Q=1 U 01110 size 1 Rm opcode 1 Rn Rd: the vector three-same form */
    uint32_t vector_word = 0x4e200400u | (uint32_t)in->U << 29 | (uint32_t)in->size << 22 |
                           borrowed[2] << 16 | (uint32_t)in->opcode << 11 | borrowed[1] << 5 |
                           borrowed[0];
    struct a64_insn vector_insn;
    enum a64_result result = A64_UNDEF;
    if (a64_decode(cpu->decoder, vector_word, in->pc, &vector_insn))
        result = vector_insn.exec(cpu, &vector_insn);
    uint64_t element = simd_get(&cpu->v[borrowed[0]], esize, 0);
    for (unsigned i = 0; i < 3; i++)
        cpu->v[borrowed[i]] = saved[i];
    if (result != A64_NEXT)
        return result;
    cpu->v[in->Rd] = (vreg){{0}};
    simd_set(&cpu->v[in->Rd], esize, 0, element);
    return A64_NEXT;
}
