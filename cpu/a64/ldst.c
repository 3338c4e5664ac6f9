/* TEMPORARY STUB: replaced by the real semantics. */
#include "cpu/a64/exec.h"

enum a64_result exec_LDR_lit(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_PRFM(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDR_lit_fp(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDSTP_off(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDSTP_post(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDSTP_pre(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDST_unscaled(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDST_post(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDST_unpriv(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDST_pre(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDST_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

enum a64_result exec_LDST_uimm(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

