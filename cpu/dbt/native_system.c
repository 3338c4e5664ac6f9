/*
 * Native forms of the system instructions that need no C: hints other than
 * WFI/WFE (NOP, YIELD, the PAC/BTI hints ferry does not advertise, which
 * are NOPs), DMB/DSB as a full host fence, as system.c's exec_barrier, and
 * MRS of the registers that are a plain field of the CPU state (Linux reads
 * SP_EL0 for `current` and TPIDR_EL1 for per-CPU data all the time) or a
 * constant (sysreg_constant), and ISB, which ends the block.
 */
#include <stddef.h>

#include "cpu/a64/exec.h"
#include "cpu/a64/sysreg.h"
#include "cpu/dbt/translate.h"

/* WFI and WFE may trap or wait: the helper decides. */
static bool plain_hint(const struct a64_insn *in) { return !(in->CRm == 0 && (in->op2 == 2 || in->op2 == 3)); }

static void emit_nothing(struct dbt_ctx *c) { (void)c; }

static void emit_barrier(struct dbt_ctx *c) { x86_mfence(c->e); }

/*
 * What sysreg.c's table says of these registers: readable from `min_el`
 * up, no CNTKCTL gate; SP_EL0 only while PSTATE.SPSel = 1 (else UNDEFINED).
 */
static const struct plain_sysreg {
    uint32_t key;
    size_t offset;
    enum x86_size size;
    unsigned min_el;
    bool needs_spsel;
} plain_sysregs[] = {
    {SYSREG_KEY(3, 0, 4, 1, 0), offsetof(struct cpu_state, sp_el[0]), X86_S64, 1, true},
    {SYSREG_KEY(3, 0, 13, 0, 4), offsetof(struct cpu_state, el1.tpidr), X86_S64, 1, false},
    {SYSREG_KEY(3, 3, 13, 0, 2), offsetof(struct cpu_state, tpidr_el0), X86_S64, 0, false},
    {SYSREG_KEY(3, 3, 13, 0, 3), offsetof(struct cpu_state, tpidrro_el0), X86_S64, 0, false},
    {SYSREG_KEY(3, 3, 4, 2, 1), offsetof(struct cpu_state, daif), X86_S32, 1, false},
};

static const struct plain_sysreg *plain_sysreg_of(const struct a64_insn *in)
{
    uint32_t key = SYSREG_KEY(2u + in->o0, in->op1, in->CRn, in->CRm, in->op2);
    for (size_t i = 0; i < sizeof(plain_sysregs) / sizeof(plain_sysregs[0]); i++)
        if (plain_sysregs[i].key == key)
            return &plain_sysregs[i];
    return 0;
}

static bool plain_mrs(const struct a64_insn *in) { return plain_sysreg_of(in) != 0; }

/* Refused accesses (the wrong EL, SP_EL0 in use) go to the cold path, where the helper raises UNDEF. */
static void emit_MRS(struct dbt_ctx *c)
{
    const struct plain_sysreg *r = plain_sysreg_of(c->in);
    struct x86_emitter *e = c->e;
    struct x86_label *slow = cold_path(c);
    if (c->b->el < r->min_el) {
        x86_jmp_label(e, slow);
    } else {
        if (r->needs_spsel) {
            x86_alu_mi(e, X86_CMP, X86_S8, guest_field(offsetof(struct cpu_state, spsel)), 0);
            x86_jcc_label(e, X86_CC_E, slow);
            eflags_clobbered(c);
        }
        x86_mov_rm(e, r->size, X86_RDX, guest_field(r->offset)); /* a 32-bit load zero-extends */
        store_reg(c, c->in->Rt, X86_RDX, 1);
    }
    cold_resume_here(c);
}

static bool constant_mrs(const struct a64_insn *in)
{
    uint64_t value;
    return sysreg_constant(SYSREG_KEY(2u + in->o0, in->op1, in->CRn, in->CRm, in->op2), &value);
}

static void emit_MRS_constant(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    uint64_t value = 0;
    sysreg_constant(SYSREG_KEY(2u + in->o0, in->op1, in->CRn, in->CRm, in->op2), &value);
    store_imm(c, in->Rt, value);
}

/*
 * ISB: what ferry does at a context synchronization event happens where
 * the instructions before it are run (an MSR that changes the translation
 * context leaves for the run loop; IC maintenance queues its drops for the
 * block boundary, tested after it): the block just goes on to the next
 * instruction, chained.
 */
static void emit_ISB(struct dbt_ctx *c) { emit_exit(c, c->in->pc + 4); }

const struct native_op native_system_ops[] = {
    {exec_MRS, emit_MRS, NATIVE_LEAVES, plain_mrs},
    {exec_MRS, emit_MRS_constant, 0, constant_mrs},
    {exec_ISB, emit_ISB, NATIVE_LEAVES | NATIVE_KEEPS_EFLAGS, 0},
    {exec_HINT, emit_nothing, NATIVE_KEEPS_EFLAGS, plain_hint},
    {exec_barrier, emit_barrier, NATIVE_KEEPS_EFLAGS, 0},
};
const size_t native_system_count = sizeof(native_system_ops) / sizeof(native_system_ops[0]);
