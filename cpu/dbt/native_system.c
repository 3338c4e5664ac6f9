/*
 * Native forms of the system instructions that need no C: hints other than
 * WFI/WFE (NOP, YIELD, the PAC/BTI hints ferry does not advertise, which
 * are NOPs), and DMB/DSB as a full host fence, as system.c's exec_barrier.
 */
#include "cpu/a64/exec.h"
#include "cpu/dbt/translate.h"

/* WFI and WFE may trap or wait: the helper decides. */
static bool plain_hint(const struct a64_insn *in) { return !(in->CRm == 0 && (in->op2 == 2 || in->op2 == 3)); }

static void emit_nothing(struct dbt_ctx *c) { (void)c; }

static void emit_barrier(struct dbt_ctx *c)
{
    static const uint8_t mfence[] = {0x0F, 0xAE, 0xF0};
    x86_emit_bytes(c->e, mfence, sizeof(mfence));
}

const struct native_op native_system_ops[] = {
    {exec_HINT, emit_nothing, 0, plain_hint},
    {exec_barrier, emit_barrier, 0, 0},
};
const size_t native_system_count = sizeof(native_system_ops) / sizeof(native_system_ops[0]);
