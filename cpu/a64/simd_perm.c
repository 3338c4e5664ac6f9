/*
 * Advanced SIMD permutes: EXT, ZIP1/ZIP2, UZP1/UZP2, TRN1/TRN2 and the
 * table lookups TBL/TBX with one to four table registers.
 *
 * All read their sources into locals first, so Vd may be any of them
 * (including a table register). Q=0 forms clear bits 127:64.
 */
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

/* EXT: bytes imm4.. of the concatenation Vm:Vn (Vn low); Q=0 with imm4 >= 8 is reserved. */
enum a64_result exec_SIMD_EXT(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bytes = in->Q ? 16 : 8;
    if (in->imm4 >= bytes)
        return A64_UNDEF;
    uint8_t concat[32];
    for (unsigned i = 0; i < bytes; i++) {
        concat[i] = cpu->v[in->Rn].b[i];
        concat[bytes + i] = cpu->v[in->Rm].b[i];
    }
    vreg r = {{0}};
    for (unsigned i = 0; i < bytes; i++)
        r.b[i] = concat[in->imm4 + i];
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * opcode: 001 UZP1, 010 TRN1, 011 ZIP1, 101 UZP2, 110 TRN2, 111 ZIP2
 * (bit 2 is `part`, 000 and 100 are unallocated).
 */
enum a64_result exec_SIMD_ZIP_UZP_TRN(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned size = in->size, kind = in->opcode & 3, part = in->opcode >> 2;
    if ((size == 3 && !in->Q) || kind == 0)
        return A64_UNDEF;
    const vreg n = cpu->v[in->Rn], m = cpu->v[in->Rm];
    unsigned lanes = simd_lanes(in->Q, size), half = lanes / 2;
    vreg r = {{0}};
    for (unsigned i = 0; i < lanes; i++) {
        uint64_t v;
        switch (kind) {
        case 1: { /* UZP: even (part 0) or odd (part 1) elements of Vm:Vn */
            unsigned j = 2 * i + part;
            v = j < lanes ? simd_get(&n, size, j) : simd_get(&m, size, j - lanes);
            break;
        }
        case 2: /* TRN: even result lanes from Vn, odd from Vm, at lane (i & ~1) + part */
            v = simd_get(i & 1 ? &m : &n, size, (i & ~1u) + part);
            break;
        default: /* ZIP: interleave the lower (part 0) or upper (part 1) halves */
            v = simd_get(i & 1 ? &m : &n, size, part * half + i / 2);
            break;
        }
        simd_set(&r, size, i, v);
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}

/*
 * TBL (op=0) / TBX (op=1): each byte of Vm indexes the table Vn..Vn+len
 * (register numbers wrap at 31). An index past the table gives 0 for TBL
 * and leaves Vd's byte unchanged for TBX.
 */
enum a64_result exec_SIMD_TBL_TBX(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned regs = in->len + 1u;
    uint8_t table[64];
    for (unsigned t = 0; t < regs; t++)
        for (unsigned i = 0; i < 16; i++)
            table[16 * t + i] = cpu->v[(in->Rn + t) % 32].b[i];
    const vreg m = cpu->v[in->Rm];
    vreg r = cpu->v[in->Rd];
    for (unsigned i = 0; i < (in->Q ? 16u : 8u); i++) {
        unsigned index = m.b[i];
        if (index < 16 * regs)
            r.b[i] = table[index];
        else if (!in->op)
            r.b[i] = 0;
    }
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}
