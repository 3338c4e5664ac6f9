/*
 * The register cache (translate.h): within a block, guest registers live in
 * eight host registers (RBP, R12-R14, R8-R11), written back to the struct
 * only when something outside the straight line could read them there: a
 * helper call, a cold path, a block exit, a side exit, or a slot needed for
 * another register. So a loop body that updates the same registers again
 * and again stores each once, at its exit.
 *
 * Which register leaves a full cache is Belady's choice: the one the block
 * uses again furthest ahead (or never, before its next helper call, which
 * forgets the cache anyway), judged from the register fields each
 * instruction's decode-table row names.
 *
 * Cold paths and host faults: a cold path runs the whole instruction again
 * by its helper, so it first writes back the registers that were dirty when
 * the instruction began (reg_cache_begin_insn's snapshot). That is right
 * because, within an instruction, a dirty slot never changes before the
 * instruction's last jump to its cold path: reads only take empty or clean
 * slots, and emitters write guest registers only after their last possible
 * fault (translate.h). Caller-saved R8-R11 are fine for the same reason:
 * every call is preceded by a write-back and followed by a reload or by
 * forgetting the cache.
 *
 * Guest register 31 here is SP; XZR is never cached.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/dbt/translate.h"

const enum x86_gpr dbt_cache_pool[DBT_CACHE_SLOTS] = {X86_RBP, X86_R12, X86_R13, X86_R14,
                                                      X86_R8,  X86_R9,  X86_R10, X86_R11};

#define NEVER 0xFFFFu /* a register's next use: not before the block's end or a helper */

/* ---- the registers an instruction names ---- */

static const char *const register_fields[] = {"Rd", "Rn", "Rm", "Ra", "Rt", "Rt2", "Rs"};
enum { REGISTER_FIELD_COUNT = sizeof(register_fields) / sizeof(register_fields[0]) };

/* For each decode-table row, a bit per register_fields entry its pattern has. */
static uint8_t *row_register_fields;
static pthread_once_t row_fields_once = PTHREAD_ONCE_INIT;

static bool pattern_has_field(const char *pattern, const char *name)
{
    size_t len = strlen(name);
    for (const char *p = pattern; (p = strstr(p, name)) != 0; p += len)
        if ((p == pattern || p[-1] == ' ') && p[len] == ':')
            return true;
    return false;
}

static void make_row_register_fields(void)
{
    row_register_fields = calloc(a64_decode_table_size, 1);
    if (!row_register_fields)
        return; /* then every instruction names every field: still correct, just less sharp */
    for (size_t r = 0; r < a64_decode_table_size; r++)
        for (unsigned f = 0; f < REGISTER_FIELD_COUNT; f++)
            if (pattern_has_field(a64_decode_table[r].pattern, register_fields[f]))
                row_register_fields[r] |= (uint8_t)(1u << f);
}

/*
 * The guest registers (bit n: X[n], 31: SP) `in` may read or write; for a
 * helper (op NULL) register 31 in any field, as it may be SP.
 */
static uint32_t registers_named(const struct a64_insn *in, const struct native_op *op)
{
    const uint8_t regs[REGISTER_FIELD_COUNT] = {in->Rd, in->Rn, in->Rm, in->Ra, in->Rt, in->Rt2, in->Rs};
    unsigned fields = (1u << REGISTER_FIELD_COUNT) - 1;
    if (row_register_fields && in->row >= a64_decode_table &&
        in->row < a64_decode_table + a64_decode_table_size)
        fields = row_register_fields[in->row - a64_decode_table];
    /* which fields name SP, not XZR, with register 31: Rd = bit 0, Rn = bit 1 */
    unsigned sp_fields = !op ? (1u << REGISTER_FIELD_COUNT) - 1
                             : ((op->flags & NATIVE_RD_SP) ? 1u : 0u) | ((op->flags & NATIVE_RN_SP) ? 2u : 0u);
    uint32_t named = 0;
    for (unsigned f = 0; f < REGISTER_FIELD_COUNT; f++)
        if ((fields & (1u << f)) && ((regs[f] & 31) != 31 || (sp_fields & (1u << f))))
            named |= 1u << (regs[f] & 31);
    return named;
}

void reg_cache_plan_block(struct dbt_ctx *c)
{
    pthread_once(&row_fields_once, make_row_register_fields);
    for (unsigned i = 0; i < c->b->count; i++)
        c->named[i] = registers_named(&c->b->insns[i], c->ops[i]);
    reg_cache_forget(c);
}

/*
 * Instructions from the current one to the next that names guest register
 * n (NEVER: none); in a loop, round the back edge too.
 */
static unsigned next_use(const struct dbt_ctx *c, unsigned n)
{
    for (unsigned j = c->index + 1; j < c->b->count; j++) {
        if (!c->ops[j])
            return NEVER; /* a helper: the cache is written back and forgotten there */
        if (c->named[j] & (1u << n))
            return j - c->index;
    }
    if (!c->loop || c->index > c->loop_end)
        return NEVER;
    for (unsigned j = 0; j <= c->index; j++) {
        if (!c->ops[j])
            return NEVER;
        if (c->named[j] & (1u << n))
            return c->loop_end + 1 - c->index + j;
    }
    return NEVER;
}

/* ---- slots ---- */

static int slot_of(const struct dbt_ctx *c, unsigned n)
{
    for (int i = 0; i < DBT_CACHE_SLOTS; i++)
        if (c->cache.guest[i] == (int8_t)n)
            return i;
    return -1;
}

static void write_back_slot(struct dbt_ctx *c, int slot)
{
    x86_mov_mr(c->e, X86_S64, guest_x((unsigned)c->cache.guest[slot]), dbt_cache_pool[slot]);
    c->cache.dirty &= (uint8_t)~(1u << slot);
}

enum victim_kind { CLEAN_SLOT, ANY_SLOT, DIRTY_SLOT };

/*
 * The slot to give up for another register: not one this instruction
 * touched or names, of the kind asked for; empty first, then the furthest
 * next use, a clean one on a tie. -1 when there is none.
 */
static int victim(const struct dbt_ctx *c, enum victim_kind kind)
{
    int best = -1;
    unsigned best_score = 0;
    for (int i = 0; i < DBT_CACHE_SLOTS; i++) {
        if (c->cache_used & (1u << i))
            continue;
        int n = c->cache.guest[i];
        if (n < 0 && kind != DIRTY_SLOT)
            return i;
        bool dirty = c->cache.dirty & (1u << i);
        if (n < 0 || (dirty && kind == CLEAN_SLOT) || (!dirty && kind == DIRTY_SLOT) ||
            (c->named[c->index] & (1u << n)))
            continue;
        unsigned score = 2 * next_use(c, (unsigned)n) + !dirty;
        if (best < 0 || score > best_score) {
            best = i;
            best_score = score;
        }
    }
    return best;
}

/* A slot now holding guest register n for writing it (a dirty victim is written back first). */
static int claim_for_write(struct dbt_ctx *c, unsigned n)
{
    int slot = slot_of(c, n);
    if (slot < 0) {
        slot = victim(c, ANY_SLOT);
        if (slot < 0 || slot >= DBT_CACHE_SLOTS) /* the second: for the compiler's bounds check */
            return -1;
        if (c->cache.dirty & (1u << slot))
            write_back_slot(c, slot);
        c->cache.guest[slot] = (int8_t)n;
    }
    c->cache_used |= (uint8_t)(1u << slot);
    c->cache.dirty |= (uint8_t)(1u << slot);
    return slot;
}

void reg_cache_begin_insn(struct dbt_ctx *c)
{
    c->cache_used = 0;
    /* room for the registers the instruction names: as many clean or empty slots */
    uint32_t named = c->named[c->index], cached = 0;
    unsigned room = 0;
    for (int i = 0; i < DBT_CACHE_SLOTS; i++) {
        int n = c->cache.guest[i];
        if (n >= 0)
            cached |= 1u << n;
        room += n < 0 || (!(c->cache.dirty & (1u << i)) && !(named & (1u << n)));
    }
    unsigned wanted = (unsigned)__builtin_popcount(named & ~cached);
    while (room < wanted) {
        int slot = victim(c, DIRTY_SLOT);
        if (slot < 0)
            break;
        write_back_slot(c, slot);
        room++;
    }
    c->insn_start = c->cache;
}

/* ---- what emitters use ---- */

/* reg = X[n] / W[n] (zero-extended), from reg_in's register. */
static void load_into(struct dbt_ctx *c, enum x86_gpr reg, unsigned sf, unsigned n, bool sp)
{
    if (n == 31 && !sp) {
        x86_mov_ri(c->e, X86_S32, reg, 0); /* XZR; mov, not xor: the flags may be live */
        return;
    }
    enum x86_gpr held = reg_in(c, reg, n, sp);
    if (held != reg || !sf)
        x86_mov_rr(c->e, sf_size(sf), reg, held); /* a W read zero-extends */
}

void load_reg_sp(struct dbt_ctx *c, enum x86_gpr reg, unsigned sf, unsigned n)
{
    load_into(c, reg, sf, n, true);
}

void load_reg(struct dbt_ctx *c, enum x86_gpr reg, unsigned sf, unsigned n)
{
    load_into(c, reg, sf, n, false);
}

/* X[n] = reg (W: zero-extended), into reg_out's register. */
static void store_from(struct dbt_ctx *c, unsigned n, enum x86_gpr reg, unsigned sf, bool sp)
{
    if (n == 31 && !sp)
        return; /* XZR discards */
    enum x86_gpr out = reg_out(c, reg, n, sp);
    if (out != reg || !sf)
        x86_mov_rr(c->e, sf_size(sf), out, reg); /* a 32-bit mov zero-extends */
    reg_out_done(c, n, out, sp);
}

void store_reg_sp(struct dbt_ctx *c, unsigned n, enum x86_gpr reg, unsigned sf)
{
    store_from(c, n, reg, sf, true);
}

void store_reg(struct dbt_ctx *c, unsigned n, enum x86_gpr reg, unsigned sf)
{
    store_from(c, n, reg, sf, false);
}

void store_imm(struct dbt_ctx *c, unsigned n, uint64_t imm)
{
    if (n == 31)
        return;
    enum x86_gpr out = reg_out(c, X86_RAX, n, false);
    x86_mov_ri(c->e, X86_S64, out, imm);
    reg_out_done(c, n, out, false);
}

/* ---- the struct and the cache ---- */

void reg_cache_write_back(struct dbt_ctx *c, const struct reg_cache *state)
{
    for (int i = 0; i < DBT_CACHE_SLOTS; i++)
        if (state->dirty & (1u << i))
            x86_mov_mr(c->e, X86_S64, guest_x((unsigned)state->guest[i]), dbt_cache_pool[i]);
}

void reg_cache_flush(struct dbt_ctx *c)
{
    reg_cache_write_back(c, &c->cache);
    c->cache.dirty = 0;
}

void reg_cache_forget(struct dbt_ctx *c)
{
    memset(c->cache.guest, -1, sizeof(c->cache.guest));
    c->cache.dirty = 0;
}

/* ---- operating on the cache registers themselves ---- */

enum x86_gpr reg_in(struct dbt_ctx *c, enum x86_gpr fallback, unsigned n, bool sp)
{
    if (n == 31 && !sp) {
        x86_mov_ri(c->e, X86_S32, fallback, 0); /* XZR; mov, not xor: the flags may be live */
        return fallback;
    }
    int slot = slot_of(c, n);
    if (slot < 0) {
        slot = victim(c, CLEAN_SLOT);
        if (slot < 0 || slot >= DBT_CACHE_SLOTS) {
            x86_mov_rm(c->e, X86_S64, fallback, guest_x(n));
            return fallback;
        }
        c->cache.guest[slot] = (int8_t)n;
        x86_mov_rm(c->e, X86_S64, dbt_cache_pool[slot], guest_x(n));
    }
    c->cache_used |= (uint8_t)(1u << slot);
    return dbt_cache_pool[slot];
}

enum x86_gpr reg_out(struct dbt_ctx *c, enum x86_gpr fallback, unsigned n, bool sp)
{
    if (n == 31 && !sp)
        return fallback; /* XZR: the result is discarded */
    int slot = claim_for_write(c, n);
    return slot < 0 ? fallback : dbt_cache_pool[slot];
}

void reg_out_done(struct dbt_ctx *c, unsigned n, enum x86_gpr reg, bool sp)
{
    if ((n == 31 && !sp) || slot_of(c, n) >= 0)
        return;
    x86_mov_mr(c->e, X86_S64, guest_x(n), reg); /* not cached: the struct has it at once */
}

/* ---- blocks that branch back to their own start ---- */

void reg_cache_enter_loop(struct dbt_ctx *c)
{
    /* the registers the loop names most often, each in a slot for the whole loop */
    unsigned count[32] = {0};
    for (unsigned i = 0; i <= c->loop_end; i++)
        for (unsigned n = 0; n < 32; n++)
            count[n] += (c->named[i] >> n) & 1;
    reg_cache_forget(c);
    for (int slot = 0; slot < DBT_CACHE_SLOTS; slot++) {
        unsigned best = 32;
        for (unsigned n = 0; n < 32; n++)
            if (count[n] && (best == 32 || count[n] > count[best]))
                best = n;
        if (best == 32)
            break;
        count[best] = 0;
        c->cache.guest[slot] = (int8_t)best;
        x86_mov_rm(c->e, X86_S64, dbt_cache_pool[slot], guest_x(best));
        /*
         * Dirty from the start: then the way round never stores them (an
         * exit does, whether or not they changed), and one evicted on the
         * way was stored, so the back edge may reload it.
         */
        c->cache.dirty |= (uint8_t)(1u << slot);
    }
    c->loop_head = c->cache;
}

void reg_cache_rejoin(struct dbt_ctx *c, const struct reg_cache *from, const struct reg_cache *to)
{
    /*
     * A dirty slot is stored unless `to` has its register in that slot
     * dirty too (then it is stored later, from there); afterwards the struct
     * has every register `to` expects in another slot than `from` had it,
     * which is loaded from there.
     */
    for (int i = 0; i < DBT_CACHE_SLOTS; i++) {
        uint8_t bit = (uint8_t)(1u << i);
        bool kept = to->guest[i] == from->guest[i] && (to->dirty & bit);
        if ((from->dirty & bit) && !kept)
            x86_mov_mr(c->e, X86_S64, guest_x((unsigned)from->guest[i]), dbt_cache_pool[i]);
    }
    for (int i = 0; i < DBT_CACHE_SLOTS; i++)
        if (to->guest[i] >= 0 && from->guest[i] != to->guest[i])
            x86_mov_rm(c->e, X86_S64, dbt_cache_pool[i], guest_x((unsigned)to->guest[i]));
}
