/*
 * The translator's core (translate.h): a block becomes x86-64 code, one
 * instruction at a time, natively where native_find has an emitter and
 * otherwise as a call to the instruction's semantics function (the same
 * one the interpreter runs), then the block's exits.
 *
 * Layout of a block's code:
 *
 *     entry: cmp qword [rbx + exit_request], 0   ; exit_request | flush_request
 *            jne .stop                           ; back to the run loop, pc = block start
 *            <instructions, straight line>
 *            <exits: jmp rel32 (chained or next) ; pc = target ; rax = &exit ; jmp leave>
 *     cold:  <slow paths: helper call, back into the straight line>
 */
#include <assert.h>
#include <inttypes.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/a64/exec.h"
#include "cpu/exec/interp.h"
#include "cpu/dbt/translate.h"

/* ---- flag conversions ---- */

/*
 * "lahf; seto al" leave AX = SF ZF 0 AF 0 PF 1 CF : 0000000 OF. NZCV takes
 * bits 15, 14, 8 (CF, which is NOT C) and 0 to 31, 30, 29 and 28: one
 * multiply by 2^16 + 2^21 + 2^28 moves all four at once, the stray copies
 * landing on bits no other copy uses (so nothing carries) and masked off.
 */
#define RAW_FLAG_BITS 0xC101u
#define RAW_TO_NZCV_MULTIPLIER 0x10210000u
#define NZCV_BITS 0xF0000000u

uint32_t dbt_nzcv_from_raw(uint32_t raw)
{
    return (((raw & RAW_FLAG_BITS) ^ 0x100u) * RAW_TO_NZCV_MULTIPLIER) & NZCV_BITS;
}

/* The other way, by NZCV's four bits: AX as "lahf; seto al" would have it (bit 9: FLAGS bit 1). */
#define RAW(nzcv4)                                                                          \
    ((((nzcv4) >> 3 & 1u) << 15) | (((nzcv4) >> 2 & 1u) << 14) | (1u << 9) |               \
     ((((nzcv4) >> 1 & 1u) ^ 1u) << 8) | ((nzcv4) & 1u))
static const uint16_t raw_from_nzcv[16] = {RAW(0),  RAW(1),  RAW(2),  RAW(3), RAW(4),  RAW(5),
                                           RAW(6),  RAW(7),  RAW(8),  RAW(9), RAW(10), RAW(11),
                                           RAW(12), RAW(13), RAW(14), RAW(15)};

uint32_t dbt_raw_from_nzcv(uint32_t nzcv) { return raw_from_nzcv[nzcv >> 28]; }

/* ---- operands ---- */

struct x86_mem guest_field(size_t offset) { return x86_mem_base(DBT_CPU, (int32_t)offset); }

void emit_call(struct dbt_ctx *c, const void *fn)
{
    if (!x86_call_to(c->e, fn)) {
        x86_mov_ri(c->e, X86_S64, X86_RAX, (uint64_t)(uintptr_t)fn);
        x86_call_r(c->e, X86_RAX);
    }
}

/* ---- flags ---- */

enum x86_cond a64_cond_to_x86(unsigned cond)
{
    static const enum x86_cond table[14] = {
        X86_CC_E,  X86_CC_NE, /* EQ NE */
        X86_CC_AE, X86_CC_B,  /* CS CC: C = !CF */
        X86_CC_S,  X86_CC_NS, /* MI PL */
        X86_CC_O,  X86_CC_NO, /* VS VC */
        X86_CC_A,  X86_CC_BE, /* HI (C && !Z) LS */
        X86_CC_GE, X86_CC_L,  /* GE LT */
        X86_CC_G,  X86_CC_LE, /* GT LE */
    };
    return table[cond];
}

/* Canonical EFLAGS from AH (for sahf: SF ZF CF) and AL (= OF, 0 or 1). */
static void eflags_from_ax(struct x86_emitter *e)
{
    x86_alu_ri(e, X86_ADD, X86_S8, X86_RAX, 0x7f); /* OF = (AL == 1); then sahf leaves it */
    x86_sahf(e);
}

void flags_set_constant(struct dbt_ctx *c, unsigned nzcv4)
{
    unsigned n = (nzcv4 >> 3) & 1, z = (nzcv4 >> 2) & 1, carry = (nzcv4 >> 1) & 1;
    unsigned ah = (n << 7) | (z << 6) | 2u | (carry ? 0u : 1u); /* bit 1 of FLAGS reads 1 */
    x86_mov_ri(c->e, X86_S32, X86_RAX, (ah << 8) | (nzcv4 & 1));
    eflags_from_ax(c->e);
}

/* AX = canonical EFLAGS as lahf/seto have them (AH = SF ZF 0 AF 0 PF 1 CF, AL = OF). */
static void capture_flags(struct x86_emitter *e)
{
    x86_lahf(e);
    x86_setcc_r(e, X86_CC_O, X86_RAX);
}

static struct x86_mem nzcv_raw_field(void) { return guest_field(offsetof(struct cpu_state, nzcv_raw)); }

/* cpu->nzcv from the flags capture_flags left in AX (nzcv_from_raw). Uses RCX; clobbers EFLAGS. */
static void store_captured_flags(struct x86_emitter *e)
{
    x86_mov_rr(e, X86_S32, X86_RCX, X86_RAX);
    x86_alu_ri(e, X86_AND, X86_S32, X86_RCX, (int32_t)RAW_FLAG_BITS);
    x86_alu_ri(e, X86_XOR, X86_S32, X86_RCX, 0x100);
    x86_imul_rri(e, X86_S32, X86_RCX, X86_RCX, (int32_t)RAW_TO_NZCV_MULTIPLIER);
    x86_alu_ri(e, X86_AND, X86_S32, X86_RCX, (int32_t)NZCV_BITS);
    x86_mov_mr(e, X86_S32, guest_field(offsetof(struct cpu_state, nzcv)), X86_RCX);
}

/* cpu->nzcv_raw from canonical EFLAGS, which stay live. Uses RAX. */
static void store_raw_flags(struct x86_emitter *e)
{
    capture_flags(e);
    x86_mov_mr(e, X86_S32, nzcv_raw_field(), X86_RAX);
}

/* AX = cpu->nzcv in the raw form (raw_from_nzcv). Uses RDX. */
static void raw_ax_from_struct(struct x86_emitter *e)
{
    x86_mov_rm(e, X86_S32, X86_RAX, guest_field(offsetof(struct cpu_state, nzcv)));
    x86_shift_ri(e, X86_SHR, X86_S32, X86_RAX, 28);
    x86_mov_ri(e, X86_S64, X86_RDX, (uint64_t)(uintptr_t)raw_from_nzcv);
    x86_movzx_rm(e, X86_S32, X86_S16, X86_RAX, x86_mem_sib(X86_RDX, X86_RAX, 2, 0));
}

/* cpu->nzcv_raw from cpu->nzcv. Uses RAX, RDX. */
static void raw_flags_from_struct(struct x86_emitter *e)
{
    raw_ax_from_struct(e);
    x86_mov_mr(e, X86_S32, nzcv_raw_field(), X86_RAX);
}

/* cpu->nzcv from wherever `home` says the flags are. Uses RAX, RCX; clobbers EFLAGS. */
static void nzcv_to_struct(struct x86_emitter *e, enum nzcv_home home)
{
    if (home == NZCV_IN_STRUCT)
        return;
    if (home == NZCV_IN_RAW)
        x86_mov_rm(e, X86_S32, X86_RAX, nzcv_raw_field());
    else
        capture_flags(e);
    store_captured_flags(e);
}

void eflags_from_struct(struct dbt_ctx *c)
{
    raw_ax_from_struct(c->e);
    eflags_from_ax(c->e);
}

/* cpu->nzcv_raw from wherever `home` says the flags are. Uses RAX, RDX. */
static void nzcv_to_raw(struct x86_emitter *e, enum nzcv_home home)
{
    if (home == NZCV_IN_EFLAGS)
        store_raw_flags(e);
    else if (home == NZCV_IN_STRUCT)
        raw_flags_from_struct(e);
}

/* Calling a helper: cpu->nzcv gets the flags. */
static void nzcv_for_helper(struct dbt_ctx *c)
{
    /* flags_dead_after kept every clobber away while only EFLAGS have them */
    assert(c->nzcv != NZCV_IN_EFLAGS || c->flags_in_eflags);
    nzcv_to_struct(c->e, c->nzcv);
}

/* Canonical EFLAGS from cpu->nzcv_raw. Uses RAX. */
static void eflags_from_raw_field(struct x86_emitter *e)
{
    x86_mov_rm(e, X86_S32, X86_RAX, nzcv_raw_field());
    eflags_from_ax(e);
}

/* Canonical EFLAGS again, from cpu->nzcv_raw. Uses RAX. */
static void eflags_from_raw(struct dbt_ctx *c)
{
    eflags_from_raw_field(c->e);
    c->flags_in_eflags = true;
}

/* A B.cond that is not the block's last instruction (a side exit, which reads the flags live). */
static bool is_side_exit_b_cond(const struct block *b, unsigned j)
{
    const struct a64_insn *in = &b->insns[j];
    return j + 1 < b->count && in->row && in->row->exec == exec_B_cond && in->cond < 14 &&
           in->exec == exec_B_cond;
}

static bool sets_all_flags(const struct dbt_ctx *c, unsigned j)
{
    const struct native_op *op = c->ops[j];
    return (op->flags & NATIVE_SETS_FLAGS) ||
           ((op->flags & NATIVE_SETS_FLAGS_IF_S) && c->b->insns[j].S);
}

/*
 * Whether the flags written by instruction `index` may stay in EFLAGS only
 * (NZCV_IN_EFLAGS): until a later native instruction sets all
 * four, everything is native, reads no flags and cannot leave -- except
 * while EFLAGS still hold the flags (nothing since `index` changed them):
 * then B.cond side exits read EFLAGS, and every exit, side exit included,
 * writes cpu->nzcv_raw from them on its way out.
 */
static bool flags_dead_after(const struct dbt_ctx *c, unsigned index)
{
    const struct block *b = c->b;
    bool clobbered = false; /* a native instruction since `index` changed EFLAGS */
    for (unsigned j = index + 1; j < b->count; j++) {
        if ((!clobbered && is_side_exit_b_cond(b, j)) || block_followed_branch(b, j))
            continue;
        const struct native_op *op = c->ops[j];
        if (!op)
            return false;
        /* one that can leave (FCMP's cold path) needs the old flags kept until it has not */
        if (sets_all_flags(c, j) && !(op->flags & (NATIVE_READS_FLAGS | NATIVE_LEAVES)))
            return true;
        if (!clobbered && (op->flags & NATIVE_KEEPS_EFLAGS)) {
            if (op->flags & NATIVE_LEAVES)
                return true; /* a branch ending the block: its exits write them */
            continue;
        }
        if (op->flags & (NATIVE_READS_FLAGS | NATIVE_LEAVES))
            return false;
        clobbered = true;
    }
    return !clobbered; /* the block's end: its exit writes them if EFLAGS still hold them */
}

void flags_written(struct dbt_ctx *c, enum flags_origin origin)
{
    if (origin == FLAGS_FROM_ADD)
        x86_cmc(c->e);
    else if (origin == FLAGS_FROM_LOGIC)
        x86_stc(c->e); /* x86 cleared CF and OF; C = 0 is CF = 1 here */
    c->flags_in_eflags = true;
    c->nzcv = NZCV_IN_EFLAGS;
    if (!flags_dead_after(c, c->index)) {
        store_raw_flags(c->e);
        c->nzcv = NZCV_IN_RAW;
    }
}

/*
 * With the flags only in cpu->nzcv, a condition is a test of its bits
 * there (no conversion to EFLAGS): EQ/NE, CS/CC, MI/PL, VS/VC test one bit;
 * HI/LS compare C and Z; GE/LT xor N (shifted onto V) with V; GT/LE add Z.
 */
static enum x86_cond condition_from_nzcv(struct dbt_ctx *c, unsigned cond)
{
    struct x86_emitter *e = c->e;
    struct x86_mem nzcv = guest_field(offsetof(struct cpu_state, nzcv));
    static const uint32_t bit[4] = {NZCV_Z, NZCV_C, NZCV_N, NZCV_V};
    bool inverted = cond & 1;
    enum x86_cond holds;
    if (cond < 8) {
        x86_test_mi(e, X86_S32, nzcv, (int32_t)bit[cond >> 1]);
        holds = X86_CC_NE;
    } else if (cond < 10) { /* HI: C && !Z */
        x86_mov_rm(e, X86_S32, X86_RAX, nzcv);
        x86_alu_ri(e, X86_AND, X86_S32, X86_RAX, (int32_t)(NZCV_C | NZCV_Z));
        x86_alu_ri(e, X86_CMP, X86_S32, X86_RAX, (int32_t)NZCV_C);
        holds = X86_CC_E;
    } else { /* GE: N == V; GT: and !Z */
        x86_mov_rm(e, X86_S32, X86_RAX, nzcv);
        x86_mov_rr(e, X86_S32, X86_RCX, X86_RAX);
        x86_shift_ri(e, X86_SHR, X86_S32, X86_RCX, 3); /* N onto V's bit */
        x86_alu_rr(e, X86_XOR, X86_S32, X86_RCX, X86_RAX);
        x86_alu_ri(e, X86_AND, X86_S32, X86_RCX, (int32_t)NZCV_V);
        if (cond >= 12) {
            x86_alu_ri(e, X86_AND, X86_S32, X86_RAX, (int32_t)NZCV_Z);
            x86_alu_rr(e, X86_OR, X86_S32, X86_RCX, X86_RAX);
        }
        holds = X86_CC_E;
    }
    return inverted ? x86_cond_invert(holds) : holds;
}

void carry_to_eflags(struct dbt_ctx *c)
{
    if (c->nzcv == NZCV_IN_RAW && !c->flags_in_eflags)
        eflags_from_raw(c);
    if (c->flags_in_eflags)
        return;
    /* the last bit a right shift by 30 moves out is C (bit 29) */
    x86_mov_rm(c->e, X86_S32, X86_RAX, guest_field(offsetof(struct cpu_state, nzcv)));
    x86_shift_ri(c->e, X86_SHR, X86_S32, X86_RAX, 30);
    x86_cmc(c->e);
}

enum x86_cond flags_condition(struct dbt_ctx *c, unsigned cond)
{
    if (c->nzcv == NZCV_IN_RAW && !c->flags_in_eflags)
        eflags_from_raw(c);
    if (c->flags_in_eflags)
        return a64_cond_to_x86(cond);
    return condition_from_nzcv(c, cond);
}

/* ---- exits ---- */

/* The next chainable exit slot of the block, or NULL when chaining is off. */
static struct block_exit *next_exit(struct dbt_ctx *c)
{
    if (!c->chain || c->exits_used == c->b->exit_count)
        return 0;
    return &c->b->exits[c->exits_used++];
}

/* The exit jump itself: the registers are in the struct already. */
static void emit_exit_jump(struct dbt_ctx *c, uint64_t target)
{
    struct x86_emitter *e = c->e;
    /* Starts aimed at the next instruction; the run loop may patch it to the target's code. */
    uint8_t *field = x86_jmp_rel32(e, 0);
    struct block_exit *x = next_exit(c);
    if (x && field)
        x->jump_field = field;
    x86_mov_ri(e, X86_S64, X86_RAX, target);
    x86_mov_mr(e, X86_S64, guest_field(offsetof(struct cpu_state, pc)), X86_RAX);
    if (x)
        x86_mov_ri(e, X86_S64, X86_RAX, (uint64_t)(uintptr_t)x);
    else
        x86_mov_ri(e, X86_S32, X86_RAX, 0);
    x86_jmp_to(e, c->dbt->leave);
    c->ended = true;
}

bool exit_is_back_edge(const struct dbt_ctx *c, uint64_t target)
{
    return c->loop && target == c->b->pc;
}

/*
 * Back to the block's start with the registers `state` says the cache
 * holds and the flags where `home` says: into the loop head's slots and
 * cpu->nzcv_raw, then round again unless the run loop asked for the CPU
 * (the entry's check, made here instead).
 */
static void emit_back_edge(struct dbt_ctx *c, const struct reg_cache *state, enum nzcv_home home)
{
    struct x86_emitter *e = c->e;
    nzcv_to_raw(e, home);
    reg_cache_rejoin(c, state, &c->loop_head);
    x86_alu_mi(e, X86_CMP, X86_S64, guest_field(offsetof(struct cpu_state, exit_request)), 0);
    x86_jcc_label(e, X86_CC_E, &c->loop_label);
    reg_cache_write_back(c, &c->loop_head);
    x86_mov_ri(e, X86_S64, X86_RAX, c->b->pc);
    x86_mov_mr(e, X86_S64, guest_field(offsetof(struct cpu_state, pc)), X86_RAX);
    x86_jmp_to(e, c->dbt->leave_lookup);
    c->ended = true;
}

/* Leaves for `target` with the register cache as `state` says and the flags where `home` says. */
static void emit_exit_from(struct dbt_ctx *c, uint64_t target, const struct reg_cache *state,
                           enum nzcv_home home)
{
    if (exit_is_back_edge(c, target)) {
        emit_back_edge(c, state, home);
        return;
    }
    nzcv_to_raw(c->e, home);
    reg_cache_write_back(c, state);
    emit_exit_jump(c, target);
}

void emit_exit(struct dbt_ctx *c, uint64_t target)
{
    assert(c->nzcv != NZCV_IN_EFLAGS || c->flags_in_eflags);
    emit_exit_from(c, target, &c->cache, c->nzcv);
}

struct x86_label *side_exit(struct dbt_ctx *c, uint64_t target)
{
    struct dbt_side_exit *x = &c->side_exits[c->side_exit_count++];
    x->label = x86_label();
    x->target = target;
    x->from = c->index;
    x->nzcv = c->nzcv;
    x->flags_in_eflags = c->flags_in_eflags;
    x->flush = c->cache;
    return &x->label;
}

/* Where a forward branch from instruction `from` to `target` can go in the block, or NULL. */
static struct dbt_insn_entry *later_entry(struct dbt_ctx *c, unsigned from, uint64_t target)
{
    if (!c->chain)
        return 0; /* -d nochain: every branch leaves, as it would without this */
    for (unsigned j = from + 1; j < c->b->count; j++)
        if (c->b->insns[j].pc == target)
            return c->entries[j].reached ? &c->entries[j] : 0;
    return 0;
}

/*
 * The flags from where the branch has them (home, in_eflags) to where the
 * entry's code expects them: its home current, and EFLAGS holding them if
 * it says so. A home of EFLAGS with EFLAGS not holding them is dead flags:
 * nothing reads them before they are set again.
 */
static void flags_rejoin(struct dbt_ctx *c, enum nzcv_home home, bool in_eflags,
                         const struct dbt_insn_entry *to)
{
    struct x86_emitter *e = c->e;
    if (to->nzcv == NZCV_IN_EFLAGS && !to->flags_in_eflags)
        return;
    assert(home != NZCV_IN_EFLAGS || in_eflags);
    if (to->nzcv == NZCV_IN_RAW) {
        nzcv_to_raw(e, home); /* from EFLAGS: they stay */
        if (to->flags_in_eflags && !in_eflags)
            eflags_from_raw_field(e);
    } else if (to->nzcv == NZCV_IN_STRUCT) {
        nzcv_to_struct(e, home); /* clobbers EFLAGS */
        if (to->flags_in_eflags)
            eflags_from_struct(c);
    } else if (!in_eflags) {
        if (home == NZCV_IN_RAW)
            eflags_from_raw_field(e);
        else
            eflags_from_struct(c);
    }
}

static void emit_side_exits(struct dbt_ctx *c)
{
    for (unsigned i = 0; i < c->side_exit_count; i++) {
        const struct dbt_side_exit *x = &c->side_exits[i];
        x86_bind(c->e, &c->side_exits[i].label);
        struct dbt_insn_entry *to = later_entry(c, x->from, x->target);
        if (to) {
            flags_rejoin(c, x->nzcv, x->flags_in_eflags, to);
            reg_cache_rejoin(c, &x->flush, &to->cache);
            x86_jmp_label(c->e, &to->label);
            continue;
        }
        emit_exit_from(c, x->target, &x->flush, x->nzcv);
    }
}

/* RDX = the block's context's return stack, RCX = its top (zero-extended). */
static void load_return_stack(struct dbt_ctx *c)
{
    struct return_stack *stack = &c->dbt->return_stack[c->b->context & 3];
    x86_mov_ri(c->e, X86_S64, X86_RDX, (uint64_t)(uintptr_t)stack);
    x86_movzx_rm(c->e, X86_S32, X86_S8, X86_RCX, x86_mem_base(X86_RDX, 0));
}

static void emit_indirect(struct dbt_ctx *c, enum x86_gpr reg, bool is_return)
{
    struct x86_emitter *e = c->e;
    nzcv_to_raw(e, c->nzcv); /* before the lookup clobbers EFLAGS (RAX, RDX: not `reg`) */
    reg_cache_write_back(c, &c->cache);
    x86_mov_mr(e, X86_S64, guest_field(offsetof(struct cpu_state, pc)), reg);
    if (c->chain && is_return) {
        struct x86_label other = x86_label();
        load_return_stack(c);
        x86_shift_ri(e, X86_SHL, X86_S32, X86_RCX, 4); /* the top entry: [rdx + rcx + 16] */
        x86_alu_rm(e, X86_CMP, X86_S64, reg, x86_mem_sib(X86_RDX, X86_RCX, 1, 16));
        x86_jcc_label(e, X86_CC_NE, &other);
        x86_alu_mi(e, X86_SUB, X86_S8, x86_mem_base(X86_RDX, 0), 1);
        x86_jmp_m(e, x86_mem_sib(X86_RDX, X86_RCX, 1, 24));
        x86_bind(e, &other);
    }
    if (c->chain) {
        /* jump_cache[el][index(pc)]: 16-byte entries */
        x86_mov_rr(e, X86_S32, X86_RCX, reg);
        x86_shift_ri(e, X86_SHR, X86_S32, X86_RCX, 2);
        x86_mov_rr(e, X86_S64, X86_RDX, reg);
        x86_shift_ri(e, X86_SHR, X86_S64, X86_RDX, 2 + JUMP_CACHE_BITS);
        x86_alu_rr(e, X86_XOR, X86_S32, X86_RCX, X86_RDX);
        x86_alu_ri(e, X86_AND, X86_S32, X86_RCX, JUMP_CACHE_SIZE - 1);
        x86_shift_ri(e, X86_SHL, X86_S32, X86_RCX, 4);
        x86_mov_ri(e, X86_S64, X86_RDX, (uint64_t)(uintptr_t)c->dbt->jump_cache[c->b->context & 3]);
        x86_alu_rm(e, X86_CMP, X86_S64, reg, x86_mem_sib(X86_RDX, X86_RCX, 1, 0));
        struct x86_label miss = x86_label();
        x86_jcc_label(e, X86_CC_NE, &miss);
        x86_jmp_m(e, x86_mem_sib(X86_RDX, X86_RCX, 1, 8));
        x86_bind(e, &miss);
    }
    x86_jmp_to(e, c->dbt->leave_lookup);
    c->ended = true;
}

void emit_exit_indirect(struct dbt_ctx *c, enum x86_gpr reg) { emit_indirect(c, reg, false); }
void emit_return(struct dbt_ctx *c, enum x86_gpr reg) { emit_indirect(c, reg, true); }

void emit_call_push(struct dbt_ctx *c, uint64_t return_pc)
{
    struct x86_emitter *e = c->e;
    if (!c->chain || c->has_return_exit)
        return;
    c->has_return_exit = true;
    c->return_exit = x86_label();
    c->return_pc = return_pc;
    /* top + 1 (a byte: it wraps), then the entry there */
    load_return_stack(c);
    x86_alu_ri(e, X86_ADD, X86_S8, X86_RCX, 1);
    x86_mov_mr(e, X86_S8, x86_mem_base(X86_RDX, 0), X86_RCX);
    x86_shift_ri(e, X86_SHL, X86_S32, X86_RCX, 4);
    x86_mov_ri(e, X86_S64, X86_RAX, return_pc);
    x86_mov_mr(e, X86_S64, x86_mem_sib(X86_RDX, X86_RCX, 1, 16), X86_RAX);
    x86_lea_label(e, X86_RAX, &c->return_exit);
    x86_mov_mr(e, X86_S64, x86_mem_sib(X86_RDX, X86_RCX, 1, 24), X86_RAX);
    eflags_clobbered(c);
}

/* ---- helper fallback and slow paths ---- */

/* Runs `in` through its semantics function; a non-NEXT result goes to helper_result. */
static void emit_helper_call(struct dbt_ctx *c, const struct a64_insn *in)
{
    struct x86_emitter *e = c->e;
    x86_mov_rr(e, X86_S64, X86_RDI, DBT_CPU);
    x86_mov_ri(e, X86_S64, X86_RSI, (uint64_t)(uintptr_t)in);
    emit_call(c, (const void *)in->exec);
    x86_test_rr(e, X86_S32, X86_RAX, X86_RAX);
    struct x86_label ok = x86_label();
    x86_jcc_label(e, X86_CC_E, &ok);
    x86_mov_ri(e, X86_S64, X86_RSI, (uint64_t)(uintptr_t)in);
    x86_jmp_to(e, c->dbt->helper_result);
    x86_bind(e, &ok);
    c->flags_in_eflags = false;
}

/* The instruction run by its helper, in the straight line: the helper may write any register. */
static void emit_helper_inline(struct dbt_ctx *c, const struct a64_insn *in)
{
    nzcv_for_helper(c);
    c->nzcv = NZCV_IN_STRUCT;
    reg_cache_flush(c);
    emit_helper_call(c, in);
    reg_cache_forget(c);
}

struct x86_label *cold_path(struct dbt_ctx *c)
{
    struct dbt_cold *k = &c->cold[c->cold_count];
    /* one per instruction at most: cold_count <= index + 1 <= BLOCK_MAX_INSNS */
    if (c->cold_count && c->cold[c->cold_count - 1].in == c->in)
        return &c->cold[c->cold_count - 1].entry;
    k->entry = x86_label();
    k->resume = x86_label();
    k->in = c->in;
    k->flush = c->insn_start;
    /* a cold path comes before any clobber of flags only EFLAGS hold (flags_dead_after) */
    assert(c->nzcv != NZCV_IN_EFLAGS);
    k->nzcv_raw = c->nzcv == NZCV_IN_RAW;
    c->cold_count++;
    return &k->entry;
}

void cold_resume_here(struct dbt_ctx *c)
{
    struct dbt_cold *k = &c->cold[c->cold_count - 1];
    k->resume_cache = c->cache;
    x86_bind(c->e, &k->resume);
    c->flags_in_eflags = false; /* the cold path joins here having clobbered them */
}

void note_guest_access(struct dbt_ctx *c)
{
    if (c->site_count < sizeof(c->sites) / sizeof(c->sites[0])) {
        c->sites[c->site_count].pos = c->e->pos;
        c->sites[c->site_count++].cold = c->cold_count - 1;
    } else {
        c->e->overflow = true; /* cannot happen: at most two accesses per instruction */
    }
}

/* The block's fault sites join the cache's list, once the block is in the cache at `offset`. */
static void record_fault_sites(struct dbt *d, const struct dbt_ctx *c, size_t offset)
{
    if (d->fault_site_count + c->site_count > d->fault_site_cap) {
        size_t cap = d->fault_site_cap ? 2 * d->fault_site_cap : 1024;
        while (cap < d->fault_site_count + c->site_count)
            cap *= 2;
        struct fault_site *grown = realloc(d->fault_sites, cap * sizeof(*grown));
        if (!grown) {
            fprintf(stderr, "ferry: out of memory\n");
            exit(1);
        }
        d->fault_sites = grown;
        d->fault_site_cap = cap;
    }
    for (unsigned i = 0; i < c->site_count; i++)
        d->fault_sites[d->fault_site_count++] = (struct fault_site){
            .access = (uint32_t)(offset + c->sites[i].pos),
            .cold = (uint32_t)(offset + c->cold[c->sites[i].cold].entry.pos)};
}

/*
 * Cold paths are many and rarely run: each is a call of the shared
 * cold_call trampoline with its struct cold_site after it, which does the
 * write-back, the helper and the reload in C (cold_site_run).
 */
static void emit_cold_paths(struct dbt_ctx *c)
{
    for (unsigned i = 0; i < c->cold_count; i++) {
        struct dbt_cold *k = &c->cold[i];
        x86_bind(c->e, &k->entry);
        struct cold_site site = {.in = k->in, .flush_dirty = k->flush.dirty, .nzcv_raw = k->nzcv_raw};
        memcpy(site.flush_guest, k->flush.guest, sizeof(site.flush_guest));
        memcpy(site.resume_guest, k->resume_cache.guest, sizeof(site.resume_guest));
        if (!x86_call_to(c->e, c->dbt->cold_call))
            c->e->overflow = true; /* the trampoline is at the start of the same cache */
        x86_emit_bytes(c->e, &site, sizeof(site));
        x86_jmp_label(c->e, &k->resume);
    }
}

/* Rows after which the translated code returns to the run loop: they may change what the
   run loop checks at block boundaries (pending maintenance, debug state, interrupt masks). */
static bool returns_to_run_loop(const struct a64_insn *in)
{
    return !in->row || (in->row->flags & A64_ENDS_BLOCK);
}

static bool changes_system_state(const struct a64_insn *in)
{
    bool sys = (in->word & 0xFFF80000u) == 0xD5080000u; /* SYS: TLBI, IC, DC, AT */
    bool sysl = (in->word & 0xFFF80000u) == 0xD5280000u;
    bool msr = (in->word & 0xFFF00000u) == 0xD5100000u; /* MSR (register) */
    /* DC (CRn 7; CRm 4 ZVA, 6 IVAC/ISW, 10-14 clean/invalidate) leaves the context alone */
    bool data_cache = sys && in->CRn == 7 && (in->CRm == 4 || in->CRm == 6 || in->CRm >= 10);
    return (sys && !data_cache) || sysl || msr;
}

/*
 * Rows that may change what the run loop looks at but never the translation
 * context (MSR DAIF, DAIFSet, DAIFClr; SYS: DC, IC, TLBI, AT): after their
 * helper the block may chain to the next instruction's. What they leave to
 * do is seen at the next block's entry check (exit_request: an unmasked
 * pending interrupt; flush_request: a whole-TLB flush, other CPUs'
 * requests) or by the test of this CPU's block-cache work after them (the
 * code an IC IVAU or a TLBI drops).
 */
static bool keeps_context(const struct a64_insn *in)
{
    uint32_t w = in->word;
    bool sys = (w & 0xFFF80000u) == 0xD5080000u;
    bool msr_daif = (w & 0xFFFFFFE0u) == 0xD51B4220u; /* MSR DAIF, Xt */
    bool daif_imm = (w & 0xFFFFF0DFu) == 0xD50340DFu; /* MSR DAIFSet / DAIFClr: op1 3, op2 6/7 */
    return sys || msr_daif || daif_imm;
}

/* ---- the block ---- */

/* Whether a direct branch of the block goes to the block's first instruction; the last one. */
static bool branches_to_start(const struct dbt_ctx *c, unsigned *last)
{
    bool any = false;
    for (unsigned i = 0; i < c->b->count; i++) {
        uint64_t target;
        if (c->ops[i] && native_branch_target(&c->b->insns[i], &target) && target == c->b->pc) {
            any = true;
            *last = i;
        }
    }
    return any;
}

/* -d stats: translated code counts each helper call in its row's slot. */
static void count_helper(struct dbt_ctx *c, const struct a64_insn *in)
{
    struct dbt *d = c->dbt;
    d->stats.helper_insns++;
    if (!d->helper_row_counts)
        return;
    size_t slot = a64_decode_table_size;
    if (in->row >= a64_decode_table && in->row < a64_decode_table + a64_decode_table_size)
        slot = (size_t)(in->row - a64_decode_table);
    x86_mov_ri(c->e, X86_S64, X86_RAX, (uint64_t)(uintptr_t)&d->helper_row_counts[slot]);
    x86_alu_mi(c->e, X86_ADD, X86_S64, x86_mem_base(X86_RAX, 0), 1);
    c->flags_in_eflags = false;
}

bool dbt_translate(struct dbt *d, struct cpu_state *cpu, struct block *b)
{
    struct code_cache *cc = &d->cache;
    struct x86_emitter em;
    x86_emitter_init(&em, cc->write + cc->used, cc->size - cc->used);
    em.run_offset = cc->run_offset;
    struct dbt_ctx *c = calloc(1, sizeof(*c));
    if (!c) {
        fprintf(stderr, "ferry: out of memory translating a block\n");
        exit(1);
    }
    c->e = &em;
    c->dbt = d;
    c->cpu = cpu;
    c->b = b;
    c->chain = !(cpu->trace_flags & (TRACE_NOCHAIN | TRACE_EXEC));
    /* a slot per conditional branch (side exit) and two for the block's end */
    unsigned slots = 3; /* ... and one for a call's return (emit_call_push) */
    for (unsigned i = 0; i < b->count; i++)
        c->ops[i] = native_find(&b->insns[i]);
    reg_cache_plan_block(c);
    for (unsigned i = 0; i + 1 < b->count; i++)
        slots += c->ops[i] && (c->ops[i]->flags & NATIVE_LEAVES) && b->insns[i].row &&
                 !(b->insns[i].row->flags & A64_ENDS_BLOCK) && !block_followed_branch(b, i);
    free(b->exits);
    b->exits = calloc(slots, sizeof(*b->exits));
    if (!b->exits) {
        fprintf(stderr, "ferry: out of memory translating a block\n");
        exit(1);
    }
    b->exit_count = slots;
    for (unsigned i = 0; i < slots; i++)
        b->exits[i].from = b;

    /* exit_request or flush_request: back to the run loop before anything runs */
    struct x86_label stop = x86_label();
    x86_alu_mi(&em, X86_CMP, X86_S64, guest_field(offsetof(struct cpu_state, exit_request)), 0);
    x86_jcc_label(&em, X86_CC_NE, &stop);
    c->loop = c->chain && branches_to_start(c, &c->loop_end);
    c->nzcv = NZCV_IN_RAW; /* where every way in leaves the flags */
    if (c->loop) {
        reg_cache_enter_loop(c);
        c->loop_label = x86_label();
        x86_bind(&em, &c->loop_label);
    }

    for (unsigned i = 0; i < b->count && !c->ended; i++) {
        c->index = i;
        c->in = &b->insns[i];
        const struct native_op *op = c->ops[i];
        struct dbt_insn_entry *entry = &c->entries[i];
        entry->label = x86_label();
        x86_bind(&em, &entry->label);
        entry->reached = true;
        entry->flags_in_eflags = c->flags_in_eflags;
        entry->nzcv = c->nzcv;
        entry->cache = c->cache;
        if (block_followed_branch(b, i))
            continue; /* the block goes on at its target, the next instruction */
        if (op) {
            reg_cache_begin_insn(c);
            op->emit(c);
            d->stats.native_insns++;
            continue;
        }
        count_helper(c, c->in);
        emit_helper_inline(c, c->in);
        if (!returns_to_run_loop(c->in) && !changes_system_state(c->in))
            continue;
        if (c->chain && keeps_context(c->in)) {
            /* this CPU's block-cache work (a drop of code) first, in the run loop */
            struct x86_label run_loop = x86_label();
            x86_mov_rm(&em, X86_S64, X86_RAX, guest_field(offsetof(struct cpu_state, blocks)));
            x86_alu_mi(&em, X86_CMP, X86_S8,
                       x86_mem_base(X86_RAX, (int32_t)offsetof(struct block_cache, pending)), 0);
            x86_jcc_label(&em, X86_CC_NE, &run_loop);
            emit_exit(c, c->in->pc + 4);
            x86_bind(&em, &run_loop);
        }
        /* NEXT: on to the following instruction, through the run loop's checks */
        nzcv_to_raw(&em, c->nzcv);
        x86_mov_ri(&em, X86_S64, X86_RAX, c->in->pc + 4);
        x86_mov_mr(&em, X86_S64, guest_field(offsetof(struct cpu_state, pc)), X86_RAX);
        x86_jmp_to(&em, d->leave_lookup);
        c->ended = true;
    }
    if (!c->ended)
        emit_exit(c, b->end_pc);
    emit_side_exits(c);
    if (c->has_return_exit) {
        /* reached from a RET's block, which wrote everything back */
        x86_bind(&em, &c->return_exit);
        emit_exit_jump(c, c->return_pc);
    }

    x86_bind(&em, &stop);
    x86_mov_ri(&em, X86_S64, X86_RAX, b->pc);
    x86_mov_mr(&em, X86_S64, guest_field(offsetof(struct cpu_state, pc)), X86_RAX);
    x86_jmp_to(&em, d->leave_lookup);
    emit_cold_paths(c);

    bool ok = !em.overflow;
    if (ok) {
        record_fault_sites(d, c, cc->used);
        struct dbt_block *n = dbt_block_of(b);
        n->code = cc->run + cc->used;
        n->code_stop = n->code + stop.pos;
        if (cpu->trace_flags & TRACE_OUT_ASM)
            dbt_trace_out_asm(cpu, b, n->code, em.pos);
        cc->used += (em.pos + 15) & ~(size_t)15;
        d->stats.blocks_translated++;
        d->stats.code_bytes += em.pos;
    } else {
        free(b->exits);
        b->exits = 0;
        b->exit_count = 0;
    }
    free(c);
    return ok;
}

/* ---- trampolines ---- */

/*
 * cold_call's work: `saved` holds the cache registers as it pushed them
 * (RBP R12 R13 R14 R8 R9 R10 R11, the last pushed first). Writes back the
 * site's dirty registers, runs the helper, reloads the registers the
 * straight line holds where it rejoins. Returns the helper's result.
 */
static int cold_site_run(struct cpu_state *cpu, uint64_t *saved, const struct cold_site *site)
{
    if (site->nzcv_raw)
        cpu->nzcv = dbt_nzcv_from_raw(cpu->nzcv_raw);
    for (unsigned i = 0; i < DBT_CACHE_SLOTS; i++)
        if (site->flush_dirty & (1u << i))
            cpu->x[site->flush_guest[i]] = saved[DBT_CACHE_SLOTS - 1 - i];
    enum a64_result r = site->in->exec(cpu, site->in);
    if (r != A64_NEXT)
        return (int)r;
    for (unsigned i = 0; i < DBT_CACHE_SLOTS; i++)
        if (site->resume_guest[i] >= 0)
            saved[DBT_CACHE_SLOTS - 1 - i] = cpu->x[site->resume_guest[i]];
    return 0;
}

/* Called by helper_result for an instruction's exception: cpu->exception and pc. */
static void finish_exception(struct cpu_state *cpu, const struct a64_insn *in, int r)
{
    interp_finish_exception(cpu, in, (enum a64_result)r);
}

bool dbt_write_trampolines(struct dbt *d)
{
    struct code_cache *cc = &d->cache;
    struct x86_emitter em;
    x86_emitter_init(&em, cc->write, cc->size);
    em.run_offset = cc->run_offset;
    struct x86_emitter *e = &em;
    static const enum x86_gpr saved[] = {X86_RBX, X86_RBP, X86_R12, X86_R13, X86_R14, X86_R15};

    /* enter(cpu, code): callee-saved registers kept, RSP 16-byte aligned, RBX = cpu */
    d->enter = (uint64_t(*)(struct cpu_state *, const uint8_t *))(x86_run_here(e));
    for (unsigned i = 0; i < 6; i++)
        x86_push_r(e, saved[i]);
    x86_alu_ri(e, X86_SUB, X86_S64, X86_RSP, 8);
    x86_mov_rr(e, X86_S64, DBT_CPU, X86_RDI);
    x86_mov_rm(e, X86_S64, DBT_GUEST_BASE, guest_field(offsetof(struct cpu_state, guest_base)));
    x86_jmp_r(e, X86_RSI);

    d->leave = (const uint8_t *)x86_run_here(e);
    x86_alu_ri(e, X86_ADD, X86_S64, X86_RSP, 8);
    for (unsigned i = 6; i-- > 0;)
        x86_pop_r(e, saved[i]);
    x86_ret(e);

    d->leave_lookup = (const uint8_t *)x86_run_here(e);
    x86_mov_ri(e, X86_S32, X86_RAX, 0);
    x86_jmp_to(e, d->leave);

    /*
     * helper_result: EAX = A64_BRANCH (pc set: look it up; the helper left
     * the flags in cpu->nzcv, an ERET's or an MSR's) or an exception
     */
    d->helper_result = (const uint8_t *)x86_run_here(e);
    struct x86_label exception = x86_label();
    x86_alu_ri(e, X86_CMP, X86_S32, X86_RAX, A64_BRANCH);
    x86_jcc_label(e, X86_CC_NE, &exception);
    raw_flags_from_struct(e);
    x86_jmp_to(e, d->leave_lookup);
    x86_bind(e, &exception);
    x86_mov_rr(e, X86_S64, X86_RDI, DBT_CPU);
    x86_mov_rr(e, X86_S32, X86_RDX, X86_RAX);
    x86_mov_ri(e, X86_S64, X86_RAX, (uint64_t)(uintptr_t)finish_exception);
    x86_call_r(e, X86_RAX);
    x86_mov_ri(e, X86_S32, X86_RAX, 1);
    x86_jmp_to(e, d->leave);

    /*
     * cold_call: called from a cold path with its struct cold_site at the
     * return address (RSP 16-byte aligned before the call). Pushes the
     * cache registers, runs cold_site_run on them, pops them and returns
     * past the site; a non-NEXT result goes to helper_result instead.
     */
    d->cold_call = (const uint8_t *)x86_run_here(e);
    for (unsigned i = 0; i < DBT_CACHE_SLOTS; i++)
        x86_push_r(e, dbt_cache_pool[i]);
    x86_mov_rr(e, X86_S64, X86_RDI, DBT_CPU);
    x86_mov_rr(e, X86_S64, X86_RSI, X86_RSP);
    x86_mov_rm(e, X86_S64, X86_RDX, x86_mem_base(X86_RSP, 8 * DBT_CACHE_SLOTS));
    x86_alu_ri(e, X86_SUB, X86_S64, X86_RSP, 8); /* 8 + 64 + 8: aligned again */
    x86_mov_ri(e, X86_S64, X86_RAX, (uint64_t)(uintptr_t)cold_site_run);
    x86_call_r(e, X86_RAX);
    x86_alu_ri(e, X86_ADD, X86_S64, X86_RSP, 8);
    struct x86_label failed = x86_label();
    x86_test_rr(e, X86_S32, X86_RAX, X86_RAX);
    x86_jcc_label(e, X86_CC_NE, &failed);
    for (unsigned i = DBT_CACHE_SLOTS; i-- > 0;)
        x86_pop_r(e, dbt_cache_pool[i]);
    x86_alu_mi(e, X86_ADD, X86_S64, x86_mem_base(X86_RSP, 0), (int32_t)sizeof(struct cold_site));
    x86_ret(e);
    x86_bind(e, &failed);
    x86_mov_rm(e, X86_S64, X86_RSI, x86_mem_base(X86_RSP, 8 * DBT_CACHE_SLOTS)); /* the site */
    x86_mov_rm(e, X86_S64, X86_RSI, x86_mem_base(X86_RSI, 0));                   /* its insn */
    x86_alu_ri(e, X86_ADD, X86_S64, X86_RSP, 8 * DBT_CACHE_SLOTS + 8);
    x86_jmp_to(e, d->helper_result);

    if (em.overflow)
        return false;
    cc->fixed = cc->used = (em.pos + 63) & ~(size_t)63;
    return true;
}
