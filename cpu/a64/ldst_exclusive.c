/* TEMPORARY STUB: replaced by the real semantics. */
#include "cpu/a64/exec.h"

enum a64_result exec_STXR(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDXR(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_STXP(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDXP(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_STLR(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDAR(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDAPR(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

