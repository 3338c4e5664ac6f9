/* TEMPORARY STUB: replaced by the real semantics. */
#include "cpu/a64/exec.h"

enum a64_result exec_ADR(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_ADRP(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_ADD_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_ADDS_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_SUB_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_SUBS_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_AND_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_ORR_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_EOR_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_ANDS_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_MOVN(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_MOVZ(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_MOVK(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_SBFM(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_BFM(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_UBFM(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_EXTR(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

