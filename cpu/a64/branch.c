/*
 * Branches: B.cond, B, BL, BR, BLR, RET, CBZ/CBNZ, TBZ/TBNZ.
 *
 * Every function here either returns A64_NEXT (branch not taken: the run
 * loop falls through) or sets cpu->pc and returns A64_BRANCH. Offsets are
 * relative to the branch instruction's own address (in->pc).
 *
 * BTI/PAC forms (BRAA, RETAA, ...) are not decoded: ferry does not
 * advertise FEAT_PAuth or FEAT_BTI, so they are UNDEFINED.
 */
#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/cpu.h"

static enum a64_result branch_to(struct cpu_state *cpu, uint64_t target)
{
    cpu->pc = target;
    return A64_BRANCH;
}

static uint64_t offset19(const struct a64_insn *in) { return sign_extend((uint64_t)in->imm19 << 2, 21); }

enum a64_result exec_B_cond(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!condition_holds(in->cond, cpu->nzcv))
        return A64_NEXT;
    return branch_to(cpu, in->pc + offset19(in));
}

enum a64_result exec_B(struct cpu_state *cpu, const struct a64_insn *in)
{
    return branch_to(cpu, in->pc + sign_extend((uint64_t)in->imm26 << 2, 28));
}

enum a64_result exec_BL(struct cpu_state *cpu, const struct a64_insn *in)
{
    cpu->x[30] = in->pc + 4;
    return branch_to(cpu, in->pc + sign_extend((uint64_t)in->imm26 << 2, 28));
}

enum a64_result exec_BR(struct cpu_state *cpu, const struct a64_insn *in)
{
    return branch_to(cpu, cpu_x(cpu, in->Rn));
}

enum a64_result exec_BLR(struct cpu_state *cpu, const struct a64_insn *in)
{
    /* Read the target before writing X30: BLR X30 jumps to the old value. */
    uint64_t target = cpu_x(cpu, in->Rn);
    cpu->x[30] = in->pc + 4;
    return branch_to(cpu, target);
}

enum a64_result exec_RET(struct cpu_state *cpu, const struct a64_insn *in)
{
    return branch_to(cpu, cpu_x(cpu, in->Rn));
}

enum a64_result exec_CBZ(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (cpu_reg(cpu, in->sf, in->Rt) != 0)
        return A64_NEXT;
    return branch_to(cpu, in->pc + offset19(in));
}

enum a64_result exec_CBNZ(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (cpu_reg(cpu, in->sf, in->Rt) == 0)
        return A64_NEXT;
    return branch_to(cpu, in->pc + offset19(in));
}

static bool test_bit(const struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned bit = ((unsigned)in->b5 << 5) | in->b40;
    return (cpu_x(cpu, in->Rt) >> bit) & 1;
}

static uint64_t offset14(const struct a64_insn *in) { return sign_extend((uint64_t)in->imm14 << 2, 16); }

enum a64_result exec_TBZ(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (test_bit(cpu, in))
        return A64_NEXT;
    return branch_to(cpu, in->pc + offset14(in));
}

enum a64_result exec_TBNZ(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!test_bit(cpu, in))
        return A64_NEXT;
    return branch_to(cpu, in->pc + offset14(in));
}
