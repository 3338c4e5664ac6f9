/*
 * Native x86-64 for the integer rows native_alu.c leaves out: extract and
 * bitfield insert (dp_imm.c's EXTR, BFM), byte reversal and leading-zero
 * count, add/subtract with carry, the long and high multiplies, divide and
 * CRC32 (dp_reg.c). Each emitter mirrors its row's semantics function:
 * register 31 is XZR throughout, W results are zero-extended, reserved
 * encodings go to the helper through `accepts`.
 *
 * Operands go in RDX and RSI; RAX, RCX and R8 are free for constants and
 * the instructions with fixed registers (MUL, DIV).
 */
#include <pthread.h>
#include <stddef.h>

#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/dbt/translate.h"

#define A X86_RDX
#define B X86_RSI

/* reg &= mask, a constant of the operation's width (64-bit ones go through RCX). */
static void and_const(struct dbt_ctx *c, unsigned sf, enum x86_gpr reg, uint64_t mask)
{
    if (!sf || (uint64_t)(int64_t)(int32_t)mask == mask) {
        x86_alu_ri(c->e, X86_AND, sf_size(sf), reg, (int32_t)(uint32_t)mask);
        return;
    }
    x86_mov_ri(c->e, X86_S64, X86_RCX, mask);
    x86_alu_rr(c->e, X86_AND, X86_S64, reg, X86_RCX);
}

/* ---- EXTR: (Rn:Rm) >> lsb, a rotate when Rn == Rm ---- */

static bool extr_ok(const struct a64_insn *in)
{
    return in->sf == in->N && (in->sf || in->imms < 32);
}

static void emit_EXTR(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    enum x86_size s = sf_size(in->sf);
    uint8_t lsb = (uint8_t)in->imms;
    load_reg(c, A, in->sf, in->Rm);
    if (lsb && in->Rn == in->Rm) {
        x86_shift_ri(c->e, X86_ROR, s, A, lsb);
        eflags_clobbered(c);
    } else if (lsb) {
        load_reg(c, B, in->sf, in->Rn);
        x86_shrd_rri(c->e, s, A, B, lsb);
        eflags_clobbered(c);
    }
    store_reg(c, in->Rd, A, in->sf);
}

/* ---- BFM: a field of Rn into Rd, the rest of Rd kept ---- */

static bool bitfield_ok(const struct a64_insn *in)
{
    if (in->sf)
        return in->N == 1;
    return in->N == 0 && in->immr < 32 && in->imms < 32;
}

static void emit_BFM(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    enum x86_size s = sf_size(in->sf);
    unsigned width = in->sf ? 64 : 32, r = in->immr, imms = in->imms;
    uint64_t mask;
    load_reg(c, A, in->sf, in->Rn);
    if (imms >= r) { /* BFXIL: src<s:r> to dst<s-r:0> */
        mask = ones(imms - r + 1);
        if (r)
            x86_shift_ri(c->e, X86_SHR, s, A, (uint8_t)r);
    } else { /* BFI: src<s:0> to dst<width-r+s:width-r> */
        mask = ones(imms + 1) << (width - r);
        x86_shift_ri(c->e, X86_SHL, s, A, (uint8_t)(width - r));
    }
    uint64_t keep = ~mask & (in->sf ? ~0ull : 0xffffffffull);
    and_const(c, in->sf, A, mask);
    load_reg(c, B, in->sf, in->Rd);
    and_const(c, in->sf, B, keep);
    x86_alu_rr(c->e, X86_OR, s, A, B);
    eflags_clobbered(c);
    store_reg(c, in->Rd, A, in->sf);
}

/* ---- byte reversal, leading zeros ---- */

static void emit_REV16(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    load_reg(c, A, in->sf, in->Rn);
    if (!in->sf) { /* b3 b2 b1 b0 -> bswap b0 b1 b2 b3 -> rotate b2 b3 b0 b1 */
        x86_bswap(c->e, X86_S32, A);
        x86_shift_ri(c->e, X86_ROL, X86_S32, A, 16);
    } else {
        x86_mov_rr(c->e, X86_S64, B, A);
        x86_shift_ri(c->e, X86_SHR, X86_S64, A, 8);
        and_const(c, 1, A, 0x00ff00ff00ff00ffull);
        and_const(c, 1, B, 0x00ff00ff00ff00ffull);
        x86_shift_ri(c->e, X86_SHL, X86_S64, B, 8);
        x86_alu_rr(c->e, X86_OR, X86_S64, A, B);
    }
    eflags_clobbered(c);
    store_reg(c, c->in->Rd, A, in->sf);
}

/* REV32 Xd: bytes reversed in each word; with sf = 0 the encoding is REV Wd. */
static void emit_REV32(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    load_reg(c, A, in->sf, in->Rn);
    x86_bswap(c->e, sf_size(in->sf), A);
    if (in->sf) { /* the whole-register reversal also swapped the words back */
        x86_shift_ri(c->e, X86_ROR, X86_S64, A, 32);
        eflags_clobbered(c);
    }
    store_reg(c, in->Rd, A, in->sf);
}

static void emit_REV64(struct dbt_ctx *c)
{
    load_reg(c, A, 1, c->in->Rn);
    x86_bswap(c->e, X86_S64, A);
    store_reg(c, c->in->Rd, A, 1);
}

/* BSR gives the top set bit's index i, CLZ is (width - 1) - i = i XOR (width - 1); a zero
   source sets ZF and takes 2 * width - 1, which the XOR turns into width. */
static void emit_CLZ(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    enum x86_size s = sf_size(in->sf);
    unsigned top = in->sf ? 63 : 31;
    load_reg(c, B, in->sf, in->Rn);
    x86_mov_ri(c->e, X86_S32, X86_RCX, 2 * top + 1);
    x86_bitscan_rr(c->e, X86_BSR, s, A, B);
    x86_cmov_rr(c->e, X86_CC_E, s, A, X86_RCX);
    x86_alu_ri(c->e, X86_XOR, X86_S32, A, (int32_t)top);
    eflags_clobbered(c);
    store_reg(c, in->Rd, A, 1);
}

/* ---- add/subtract with carry ---- */

/*
 * Canonical EFLAGS hold CF = NOT C. SBC is Rn - Rm - NOT C, which is x86's
 * SBB on those flags as they are, and leaves them canonical; ADC needs the
 * carry itself (CMC first) and leaves x86's carry, as an ADD does.
 */
static void emit_ADC_SBC(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    enum x86_size s = sf_size(in->sf);
    carry_to_eflags(c);
    load_reg(c, A, in->sf, in->Rn);
    load_reg(c, B, in->sf, in->Rm);
    if (in->op) {
        x86_alu_rr(c->e, X86_SBB, s, A, B);
    } else {
        x86_cmc(c->e);
        x86_alu_rr(c->e, X86_ADC, s, A, B);
    }
    store_reg(c, in->Rd, A, in->sf); /* a mov: the flags survive */
    if (in->S)
        flags_written(c, in->op ? FLAGS_FROM_SUB : FLAGS_FROM_ADD);
    else
        eflags_clobbered(c);
}

/* ---- long multiplies: Ra +/- W[n] * W[m], and the high halves ---- */

/* reg = W[n], zero- or sign-extended to 64 bits. */
static void load_w64(struct dbt_ctx *c, enum x86_gpr reg, unsigned n, bool sign)
{
    load_reg(c, reg, 0, n);
    if (sign)
        x86_movsx_rr(c->e, X86_S64, X86_S32, reg, reg);
}

static void multiply_long(struct dbt_ctx *c, bool sign, bool sub)
{
    const struct a64_insn *in = c->in;
    load_w64(c, A, in->Rn, sign);
    load_w64(c, B, in->Rm, sign);
    x86_imul_rr(c->e, X86_S64, A, B); /* the low 64 bits are the same signed or not */
    load_reg(c, B, 1, in->Ra);
    if (sub) {
        x86_alu_rr(c->e, X86_SUB, X86_S64, B, A);
        store_reg(c, in->Rd, B, 1);
    } else {
        x86_alu_rr(c->e, X86_ADD, X86_S64, A, B);
        store_reg(c, in->Rd, A, 1);
    }
    eflags_clobbered(c);
}

static void emit_SMADDL(struct dbt_ctx *c) { multiply_long(c, true, false); }
static void emit_SMSUBL(struct dbt_ctx *c) { multiply_long(c, true, true); }
static void emit_UMADDL(struct dbt_ctx *c) { multiply_long(c, false, false); }
static void emit_UMSUBL(struct dbt_ctx *c) { multiply_long(c, false, true); }

/* One-operand MUL/IMUL: RDX:RAX = RAX * RSI. */
static void multiply_high(struct dbt_ctx *c, enum x86_grp3_op op)
{
    const struct a64_insn *in = c->in;
    load_reg(c, X86_RAX, 1, in->Rn);
    load_reg(c, B, 1, in->Rm);
    x86_grp3_r(c->e, op, X86_S64, B);
    eflags_clobbered(c);
    store_reg(c, in->Rd, X86_RDX, 1);
}

static void emit_SMULH(struct dbt_ctx *c) { multiply_high(c, X86_IMUL); }
static void emit_UMULH(struct dbt_ctx *c) { multiply_high(c, X86_MUL); }

/* ---- divide: x / 0 = 0 and INT_MIN / -1 = INT_MIN, where x86 would raise #DE ---- */

static void divide(struct dbt_ctx *c, bool sign)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    enum x86_size s = sf_size(in->sf);
    struct x86_label by_zero = x86_label(), done = x86_label();
    load_reg(c, X86_RAX, in->sf, in->Rn);
    load_reg(c, X86_RCX, in->sf, in->Rm);
    x86_test_rr(e, s, X86_RCX, X86_RCX);
    x86_jcc_label(e, X86_CC_E, &by_zero);
    if (sign) {
        struct x86_label general = x86_label();
        x86_alu_ri(e, X86_CMP, s, X86_RCX, -1);
        x86_jcc_label(e, X86_CC_NE, &general);
        x86_grp3_r(e, X86_NEG, s, X86_RAX); /* wraps for INT_MIN, as the semantics do */
        x86_jmp_label(e, &done);
        x86_bind(e, &general);
        if (in->sf)
            x86_cqo(e);
        else
            x86_cdq(e);
        x86_grp3_r(e, X86_IDIV, s, X86_RCX);
    } else {
        x86_mov_ri(e, X86_S32, X86_RDX, 0);
        x86_grp3_r(e, X86_DIV, s, X86_RCX);
    }
    x86_jmp_label(e, &done);
    x86_bind(e, &by_zero);
    x86_mov_ri(e, X86_S32, X86_RAX, 0);
    x86_bind(e, &done);
    eflags_clobbered(c);
    store_reg(c, in->Rd, X86_RAX, in->sf);
}

static void emit_UDIV(struct dbt_ctx *c) { divide(c, false); }
static void emit_SDIV(struct dbt_ctx *c) { divide(c, true); }

/* ---- CRC32, CRC32C ---- */

/*
 * CRC32C is SSE4.2's CRC32 instruction exactly (the reflected update, no
 * inversions). CRC32, and CRC32C on an older host, go a byte at a time
 * through a 256-entry table of the reflected polynomial, as dp_reg.c does.
 */
static bool crc_ok(const struct a64_insn *in) { return (in->sz == 3) == (in->sf == 1); }

static void emit_CRC32(struct dbt_ctx *c)
{
    static const enum x86_size sizes[4] = {X86_S8, X86_S16, X86_S32, X86_S64};
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    unsigned bytes = 1u << in->sz;
    load_reg(c, A, 0, in->Rn);
    load_reg(c, B, in->sz == 3, in->Rm);
    if (in->C && __builtin_cpu_supports("sse4.2")) {
        x86_crc32_rr(e, sizes[in->sz], A, B);
    } else {
        x86_mov_ri(e, X86_S64, X86_RDI, (uint64_t)(uintptr_t)a64_crc32_table(in->C));
        for (unsigned i = 0; i < bytes; i++) {
            /* acc = table[(acc ^ byte) & 0xff] ^ (acc >> 8) */
            x86_mov_rr(e, X86_S32, X86_RCX, A);
            x86_alu_rr(e, X86_XOR, X86_S32, X86_RCX, B);
            x86_movzx_rr(e, X86_S32, X86_S8, X86_RCX, X86_RCX);
            x86_shift_ri(e, X86_SHR, X86_S32, A, 8);
            x86_alu_rm(e, X86_XOR, X86_S32, A, x86_mem_sib(X86_RDI, X86_RCX, 4, 0));
            if (i + 1 < bytes)
                x86_shift_ri(e, X86_SHR, X86_S64, B, 8);
        }
    }
    eflags_clobbered(c);
    store_reg(c, in->Rd, A, 0);
}

const struct native_op native_alu_more_ops[] = {
    {exec_EXTR, emit_EXTR, 0, extr_ok},
    {exec_BFM, emit_BFM, 0, bitfield_ok},
    {exec_REV16, emit_REV16, 0, 0},
    {exec_REV32, emit_REV32, 0, 0},
    {exec_REV64, emit_REV64, 0, 0},
    {exec_CLZ, emit_CLZ, 0, 0},
    {exec_ADC_SBC, emit_ADC_SBC, NATIVE_READS_FLAGS | NATIVE_SETS_FLAGS_IF_S, 0},
    {exec_SMADDL, emit_SMADDL, 0, 0},
    {exec_SMSUBL, emit_SMSUBL, 0, 0},
    {exec_UMADDL, emit_UMADDL, 0, 0},
    {exec_UMSUBL, emit_UMSUBL, 0, 0},
    {exec_SMULH, emit_SMULH, 0, 0},
    {exec_UMULH, emit_UMULH, 0, 0},
    {exec_UDIV, emit_UDIV, 0, 0},
    {exec_SDIV, emit_SDIV, 0, 0},
    {exec_CRC32, emit_CRC32, 0, crc_ok},
};
const size_t native_alu_more_count = sizeof(native_alu_more_ops) / sizeof(native_alu_more_ops[0]);
