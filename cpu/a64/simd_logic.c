/*
 * Advanced SIMD three-same logical operations (opcode 00011): AND, BIC,
 * ORR, ORN, EOR and the bitwise selects BSL, BIT, BIF. `size` is not an
 * element size here but part of the opcode, so every bit pattern is
 * allocated; the operation is bitwise on 64-bit halves.
 */
#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"

static uint64_t logic(unsigned U, unsigned size, uint64_t d, uint64_t n, uint64_t m)
{
    switch ((U << 2) | size) {
    case 0: return n & m;               /* AND */
    case 1: return n & ~m;              /* BIC */
    case 2: return n | m;               /* ORR (MOV when Rn == Rm) */
    case 3: return n | ~m;              /* ORN */
    case 4: return n ^ m;               /* EOR */
    case 5: return m ^ ((m ^ n) & d);   /* BSL: d selects n (1) or m (0) */
    case 6: return d ^ ((d ^ n) & m);   /* BIT: insert n where m is 1 */
    default: return d ^ ((d ^ n) & ~m); /* BIF: insert n where m is 0 */
    }
}

enum a64_result exec_SIMD_logic(struct cpu_state *cpu, const struct a64_insn *in)
{
    const vreg *d = &cpu->v[in->Rd], *n = &cpu->v[in->Rn], *m = &cpu->v[in->Rm];
    vreg r;
    for (unsigned i = 0; i < 2; i++)
        r.d[i] = logic(in->U, in->size, d->d[i], n->d[i], m->d[i]);
    simd_write_q(cpu, in->Rd, &r, in->Q);
    return A64_NEXT;
}
