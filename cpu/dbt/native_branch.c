/*
 * Native branches (cpu/a64/branch.c's rows): direct ones end the block in
 * one or two chainable exits, indirect ones (BR, BLR, RET) in a lookup of
 * the per-EL jump cache, so loops and calls stay in translated code.
 */
#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/dbt/translate.h"

static uint64_t target19(const struct a64_insn *in)
{
    return in->pc + sign_extend((uint64_t)in->imm19 << 2, 21);
}

static uint64_t target26(const struct a64_insn *in)
{
    return in->pc + sign_extend((uint64_t)in->imm26 << 2, 28);
}

static uint64_t target14(const struct a64_insn *in)
{
    return in->pc + sign_extend((uint64_t)in->imm14 << 2, 16);
}

bool native_branch_target(const struct a64_insn *in, uint64_t *target)
{
    a64_exec_fn *exec = in->exec;
    if (exec == exec_B || exec == exec_BL)
        *target = target26(in);
    else if (exec == exec_B_cond || exec == exec_CBZ || exec == exec_CBNZ)
        *target = target19(in);
    else if (exec == exec_TBZ || exec == exec_TBNZ)
        *target = target14(in);
    else
        return false;
    return true;
}

/*
 * Taken when x86 condition cc holds. In the middle of a block the taken
 * path is a side exit and the not-taken path goes on with the block (the
 * flags stay live for the next conditional); at its end, two exits.
 */
static void two_way(struct dbt_ctx *c, enum x86_cond cc, uint64_t target)
{
    if (c->index + 1 < c->b->count) {
        x86_jcc_label(c->e, cc, side_exit(c, target));
        return;
    }
    /* once for both exits (mov leaves the flags alone), unless one stays in the loop */
    if (!exit_is_back_edge(c, target) && !exit_is_back_edge(c, c->in->pc + 4))
        reg_cache_flush(c);
    struct x86_label taken = x86_label();
    x86_jcc_label(c->e, cc, &taken);
    emit_exit(c, c->in->pc + 4);
    x86_bind(c->e, &taken);
    emit_exit(c, target);
}

/* A branch known at translation time to go to `target` (or fall through, if that is pc + 4). */
static void one_way(struct dbt_ctx *c, uint64_t target)
{
    if (target == c->in->pc + 4 && c->index + 1 < c->b->count)
        return;
    emit_exit(c, target);
}

static void emit_B(struct dbt_ctx *c) { emit_exit(c, target26(c->in)); }

static void emit_BL(struct dbt_ctx *c)
{
    store_imm(c, 30, c->in->pc + 4);
    emit_call_push(c, c->in->pc + 4);
    emit_exit(c, target26(c->in));
}

static void emit_B_cond(struct dbt_ctx *c)
{
    if (c->in->cond >= 14) { /* AL, NV: always */
        emit_exit(c, target19(c->in));
        return;
    }
    two_way(c, flags_condition(c, c->in->cond), target19(c->in));
}

static void compare_branch(struct dbt_ctx *c, bool if_zero)
{
    const struct a64_insn *in = c->in;
    if (in->Rt == 31) { /* XZR: always zero */
        one_way(c, if_zero ? target19(in) : in->pc + 4);
        return;
    }
    load_reg(c, X86_RAX, in->sf, in->Rt);
    x86_test_rr(c->e, sf_size(in->sf), X86_RAX, X86_RAX);
    eflags_clobbered(c);
    two_way(c, if_zero ? X86_CC_E : X86_CC_NE, target19(in));
}

static void emit_CBZ(struct dbt_ctx *c) { compare_branch(c, true); }
static void emit_CBNZ(struct dbt_ctx *c) { compare_branch(c, false); }

static void test_branch(struct dbt_ctx *c, bool if_zero)
{
    const struct a64_insn *in = c->in;
    uint64_t target = target14(in);
    unsigned bit = ((unsigned)in->b5 << 5) | in->b40;
    if (in->Rt == 31) {
        one_way(c, if_zero ? target : in->pc + 4);
        return;
    }
    load_reg(c, X86_RAX, 1, in->Rt);
    if (bit >= 31) /* test's immediate is sign-extended: bring the bit down */
        x86_shift_ri(c->e, X86_SHR, X86_S64, X86_RAX, (uint8_t)bit);
    x86_test_ri(c->e, X86_S32, X86_RAX, (int32_t)(1u << (bit >= 31 ? 0 : bit)));
    eflags_clobbered(c);
    two_way(c, if_zero ? X86_CC_E : X86_CC_NE, target);
}

static void emit_TBZ(struct dbt_ctx *c) { test_branch(c, true); }
static void emit_TBNZ(struct dbt_ctx *c) { test_branch(c, false); }

static void emit_BR(struct dbt_ctx *c)
{
    load_reg(c, X86_RSI, 1, c->in->Rn);
    emit_exit_indirect(c, X86_RSI);
}

static void emit_BLR(struct dbt_ctx *c)
{
    load_reg(c, X86_RSI, 1, c->in->Rn); /* before X30 is written: BLR X30 */
    store_imm(c, 30, c->in->pc + 4);
    emit_call_push(c, c->in->pc + 4);
    emit_exit_indirect(c, X86_RSI);
}

static void emit_RET(struct dbt_ctx *c)
{
    load_reg(c, X86_RSI, 1, c->in->Rn);
    emit_return(c, X86_RSI);
}

#define LEAVES NATIVE_LEAVES
#define KEEPS NATIVE_KEEPS_EFLAGS /* exits write NZCV from EFLAGS if they must */

const struct native_op native_branch_ops[] = {
    {exec_B, emit_B, LEAVES | KEEPS, 0},
    {exec_BL, emit_BL, LEAVES, 0},
    {exec_B_cond, emit_B_cond, LEAVES | KEEPS | NATIVE_READS_FLAGS, 0},
    {exec_CBZ, emit_CBZ, LEAVES, 0},
    {exec_CBNZ, emit_CBNZ, LEAVES, 0},
    {exec_TBZ, emit_TBZ, LEAVES, 0},
    {exec_TBNZ, emit_TBNZ, LEAVES, 0},
    {exec_BR, emit_BR, LEAVES, 0},
    {exec_BLR, emit_BLR, LEAVES, 0},
    {exec_RET, emit_RET, LEAVES, 0},
};
const size_t native_branch_count = sizeof(native_branch_ops) / sizeof(native_branch_ops[0]);
