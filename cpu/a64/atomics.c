/* TEMPORARY STUB: replaced by the real semantics. */
#include "cpu/a64/exec.h"

enum a64_result exec_CAS(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_CASP(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LSE_LDop(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_SWP(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

