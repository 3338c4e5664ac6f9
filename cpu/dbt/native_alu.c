/*
 * Native x86-64 for integer data processing: moves, add/subtract,
 * logical, bitfield moves, shifts by register, multiply-add, conditional
 * select and compare. Each emitter mirrors its row's semantics function in
 * cpu/a64/dp_imm.c / dp_reg.c (register 31 as SP or XZR per form, W
 * results zero-extended); reserved encodings are left to the helper (the
 * `accepts` functions), which raises UNDEF.
 *
 * The common forms work on the register cache's host registers in place
 * (reg_in/reg_out): Rd's register gets a copy of Rn and the x86 operation
 * combines the second operand into it. Scratch operands go in RDX and RSI
 * (RAX and RCX belong to the flag conversion). A 32-bit x86 operation on W
 * registers gives the zero-extended result the architecture wants.
 */
#include <stddef.h>

#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/dbt/translate.h"

#define A X86_RDX
#define B X86_RSI

/* ---- move wide, PC-relative addresses ---- */

static bool wide_ok(const struct a64_insn *in) { return in->sf || in->hw < 2; }

static void emit_MOVZ(struct dbt_ctx *c)
{
    store_imm(c, c->in->Rd, (uint64_t)c->in->imm16 << (16 * c->in->hw));
}

static void emit_MOVN(struct dbt_ctx *c)
{
    uint64_t v = ~((uint64_t)c->in->imm16 << (16 * c->in->hw));
    store_imm(c, c->in->Rd, c->in->sf ? v : (uint32_t)v);
}

static void emit_MOVK(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    if (in->Rd == 31)
        return;
    struct x86_emitter *e = c->e;
    unsigned shift = 16 * in->hw;
    load_reg(c, A, in->sf, in->Rd);
    x86_mov_ri(e, X86_S64, B, ~((uint64_t)0xFFFF << shift));
    x86_alu_rr(e, X86_AND, X86_S64, A, B);
    x86_mov_ri(e, X86_S64, B, (uint64_t)in->imm16 << shift);
    x86_alu_rr(e, X86_OR, X86_S64, A, B);
    eflags_clobbered(c);
    store_reg(c, in->Rd, A, in->sf);
}

static void emit_ADR(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    store_imm(c, in->Rd, in->pc + sign_extend(((uint64_t)in->immhi << 2) | in->immlo, 21));
}

static void emit_ADRP(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    uint64_t offset = sign_extend((((uint64_t)in->immhi << 2) | in->immlo) << 12, 33);
    store_imm(c, in->Rd, (in->pc & ~0xfffull) + offset);
}

/* ---- Rd = Rn op operand, in Rd's own register ---- */

/*
 * The register to compute Rd in, holding a copy of source n: Rd's (in
 * *out), or A when that is the other source m (Rd == Rm, Rn different).
 */
static enum x86_gpr dest_begin(struct dbt_ctx *c, enum x86_gpr n, enum x86_gpr m, bool rd_sp,
                               enum x86_gpr *out)
{
    *out = reg_out(c, A, c->in->Rd, rd_sp);
    enum x86_gpr work = (*out == m && m != n) ? A : *out;
    if (work != n)
        x86_mov_rr(c->e, sf_size(c->in->sf), work, n); /* a 32-bit mov zero-extends */
    return work;
}

/* Rd has the value computed in `work` (movs only: the flags survive). */
static void dest_end(struct dbt_ctx *c, enum x86_gpr work, enum x86_gpr out, bool rd_sp)
{
    if (work != out)
        x86_mov_rr(c->e, X86_S64, out, work);
    reg_out_done(c, c->in->Rd, out, rd_sp);
}

/* ---- add/subtract ---- */

static void addsub_imm(struct dbt_ctx *c, bool sub, bool set_flags)
{
    const struct a64_insn *in = c->in;
    enum x86_size s = sf_size(in->sf);
    int32_t imm = (int32_t)((uint32_t)in->imm12 << (in->sh ? 12 : 0));
    bool rd_sp = !set_flags;
    enum x86_gpr n = reg_in(c, A, in->Rn, true), out;
    if (!set_flags) {
        /* LEA: one instruction whichever registers; a 32-bit one zero-extends */
        out = reg_out(c, A, in->Rd, rd_sp);
        x86_lea(c->e, s, out, x86_mem_base(n, sub ? -imm : imm));
        dest_end(c, out, out, rd_sp); /* EFLAGS untouched: NATIVE_KEEPS_EFLAGS */
        return;
    }
    enum x86_gpr work = dest_begin(c, n, X86_RAX, rd_sp, &out);
    x86_alu_ri(c->e, sub ? X86_SUB : X86_ADD, s, work, imm);
    dest_end(c, work, out, rd_sp);
    flags_written(c, sub ? FLAGS_FROM_SUB : FLAGS_FROM_ADD);
}

static void emit_ADD_imm(struct dbt_ctx *c) { addsub_imm(c, false, false); }
static void emit_ADDS_imm(struct dbt_ctx *c) { addsub_imm(c, false, true); }
static void emit_SUB_imm(struct dbt_ctx *c) { addsub_imm(c, true, false); }
static void emit_SUBS_imm(struct dbt_ctx *c) { addsub_imm(c, true, true); }

/*
 * A register holding Rm shifted as the shifted-register forms say (shift
 * 0-3: LSL LSR ASR ROR): Rm's own when there is no shift and no `invert`,
 * else B.
 */
static enum x86_gpr shifted_rm(struct dbt_ctx *c, bool invert)
{
    static const enum x86_shift_op ops[4] = {X86_SHL, X86_SHR, X86_SAR, X86_ROR};
    const struct a64_insn *in = c->in;
    if (!in->imm6 && !invert)
        return reg_in(c, B, in->Rm, false);
    load_reg(c, B, in->sf, in->Rm);
    if (in->imm6)
        x86_shift_ri(c->e, ops[in->shift], sf_size(in->sf), B, in->imm6);
    if (invert)
        x86_grp3_r(c->e, X86_NOT, sf_size(in->sf), B);
    return B;
}

static bool sreg_ok(const struct a64_insn *in) { return in->shift != 3 && (in->sf || in->imm6 < 32); }

static void addsub_sreg(struct dbt_ctx *c, bool sub, bool set_flags)
{
    const struct a64_insn *in = c->in;
    enum x86_gpr m = shifted_rm(c, false);
    enum x86_gpr n = reg_in(c, A, in->Rn, false), out;
    enum x86_gpr work = dest_begin(c, n, m, false, &out);
    x86_alu_rr(c->e, sub ? X86_SUB : X86_ADD, sf_size(in->sf), work, m);
    dest_end(c, work, out, false);
    if (set_flags)
        flags_written(c, sub ? FLAGS_FROM_SUB : FLAGS_FROM_ADD);
    else
        eflags_clobbered(c);
}

static void emit_ADD_sreg(struct dbt_ctx *c) { addsub_sreg(c, false, false); }
static void emit_ADDS_sreg(struct dbt_ctx *c) { addsub_sreg(c, false, true); }
static void emit_SUB_sreg(struct dbt_ctx *c) { addsub_sreg(c, true, false); }
static void emit_SUBS_sreg(struct dbt_ctx *c) { addsub_sreg(c, true, true); }

/* ADD/SUB (extended register): Rm zero- or sign-extended from 8/16/32/64 bits, shifted by 0-4. */
static bool ext_ok(const struct a64_insn *in) { return in->imm3 <= 4; }

static void emit_ADDSUB_ext(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    static const enum x86_size from[4] = {X86_S8, X86_S16, X86_S32, X86_S64};
    enum x86_size len = from[in->option & 3];
    bool sign = in->option & 4;
    load_reg(c, B, len == X86_S64, in->Rm);
    if (sign && len != X86_S64)
        x86_movsx_rr(e, X86_S64, len, B, B);
    else if (len == X86_S8 || len == X86_S16)
        x86_movzx_rr(e, X86_S32, len, B, B);
    if (in->imm3)
        x86_shift_ri(e, X86_SHL, X86_S64, B, in->imm3);
    bool rd_sp = !in->S; /* Rn is always SP for 31; Rd only without flags */
    enum x86_gpr n = reg_in(c, A, in->Rn, true), out;
    enum x86_gpr work = dest_begin(c, n, B, rd_sp, &out);
    x86_alu_rr(e, in->op ? X86_SUB : X86_ADD, sf_size(in->sf), work, B);
    dest_end(c, work, out, rd_sp);
    if (in->S)
        flags_written(c, in->op ? FLAGS_FROM_SUB : FLAGS_FROM_ADD);
    else
        eflags_clobbered(c);
}

/* ---- logical ---- */

static bool lreg_ok(const struct a64_insn *in) { return in->sf || in->imm6 < 32; }

static void logical_reg(struct dbt_ctx *c, enum x86_alu_op op, bool set_flags)
{
    const struct a64_insn *in = c->in;
    enum x86_gpr m = shifted_rm(c, in->N), out;
    if (in->Rn == 31 && op != X86_AND) { /* MOV, MVN: XZR | m, XZR ^ m */
        out = reg_out(c, A, in->Rd, false);
        x86_mov_rr(c->e, sf_size(in->sf), out, m);
        dest_end(c, out, out, false);
        eflags_clobbered(c);
        return;
    }
    enum x86_gpr n = reg_in(c, A, in->Rn, false);
    enum x86_gpr work = dest_begin(c, n, m, false, &out);
    x86_alu_rr(c->e, op, sf_size(in->sf), work, m);
    dest_end(c, work, out, false);
    if (set_flags)
        flags_written(c, FLAGS_FROM_LOGIC);
    else
        eflags_clobbered(c);
}

static void emit_AND_reg(struct dbt_ctx *c) { logical_reg(c, X86_AND, false); }
static void emit_ORR_reg(struct dbt_ctx *c) { logical_reg(c, X86_OR, false); }
static void emit_EOR_reg(struct dbt_ctx *c) { logical_reg(c, X86_XOR, false); }
static void emit_ANDS_reg(struct dbt_ctx *c) { logical_reg(c, X86_AND, true); }

static bool bitmask_imm(const struct a64_insn *in, uint64_t *imm)
{
    uint64_t tmask;
    if (!in->sf && in->N)
        return false;
    return decode_bit_masks(in->N, in->imms, in->immr, true, in->sf ? 64 : 32, imm, &tmask);
}

static bool limm_ok(const struct a64_insn *in)
{
    uint64_t imm;
    return bitmask_imm(in, &imm);
}

static void logical_imm(struct dbt_ctx *c, enum x86_alu_op op, bool set_flags)
{
    const struct a64_insn *in = c->in;
    uint64_t imm;
    bitmask_imm(in, &imm);
    bool rd_sp = !set_flags; /* AND/ORR/EOR (immediate) write SP */
    bool wide = in->sf && (uint64_t)(int64_t)(int32_t)imm != imm;
    if (wide)
        x86_mov_ri(c->e, X86_S64, B, imm);
    enum x86_gpr n = reg_in(c, A, in->Rn, false), out;
    enum x86_gpr work = dest_begin(c, n, X86_RAX, rd_sp, &out);
    if (wide)
        x86_alu_rr(c->e, op, X86_S64, work, B);
    else
        x86_alu_ri(c->e, op, sf_size(in->sf), work, (int32_t)(uint32_t)imm);
    dest_end(c, work, out, rd_sp);
    if (set_flags)
        flags_written(c, FLAGS_FROM_LOGIC);
    else
        eflags_clobbered(c);
}

static void emit_AND_imm(struct dbt_ctx *c) { logical_imm(c, X86_AND, false); }
static void emit_ORR_imm(struct dbt_ctx *c) { logical_imm(c, X86_OR, false); }
static void emit_EOR_imm(struct dbt_ctx *c) { logical_imm(c, X86_XOR, false); }
static void emit_ANDS_imm(struct dbt_ctx *c) { logical_imm(c, X86_AND, true); }

/* ---- bitfield moves (UBFM, SBFM): two shifts ---- */

static bool bitfield_ok(const struct a64_insn *in)
{
    if (in->sf)
        return in->N == 1;
    return in->N == 0 && in->immr < 32 && in->imms < 32;
}

/*
 * Shift the field's top bit (imms) to the top, then right by what puts the
 * field where it belongs: at bit 0 for imms >= immr (xBFX), at bit
 * width - immr otherwise (xBFIZ, LSL). The right shift is arithmetic for
 * SBFM, so the bits above the field are its sign.
 */
static void bitfield(struct dbt_ctx *c, enum x86_shift_op right)
{
    const struct a64_insn *in = c->in;
    unsigned width = in->sf ? 64 : 32, r = in->immr, s = in->imms;
    unsigned up = width - 1 - s;
    unsigned down = s >= r ? up + r : r - 1 - s;
    enum x86_gpr n = reg_in(c, A, in->Rn, false), out;
    enum x86_gpr work = dest_begin(c, n, X86_RAX, false, &out);
    if (up)
        x86_shift_ri(c->e, X86_SHL, sf_size(in->sf), work, (uint8_t)up);
    if (down)
        x86_shift_ri(c->e, right, sf_size(in->sf), work, (uint8_t)down);
    if (!up && !down && work == n && !in->sf)
        x86_mov_rr(c->e, X86_S32, work, work); /* W[n] to itself still clears the top half */
    dest_end(c, work, out, false);
    eflags_clobbered(c);
}

static void emit_UBFM(struct dbt_ctx *c) { bitfield(c, X86_SHR); }
static void emit_SBFM(struct dbt_ctx *c) { bitfield(c, X86_SAR); }

/* LSLV LSRV ASRV RORV: x86 takes the count modulo the width, as A64 does. */
static void emit_SHIFTV(struct dbt_ctx *c)
{
    static const enum x86_shift_op ops[4] = {X86_SHL, X86_SHR, X86_SAR, X86_ROR};
    const struct a64_insn *in = c->in;
    load_reg(c, X86_RCX, in->sf, in->Rm);
    enum x86_gpr n = reg_in(c, A, in->Rn, false), out;
    enum x86_gpr work = dest_begin(c, n, X86_RAX, false, &out);
    x86_shift_rcl(c->e, ops[in->shift], sf_size(in->sf), work);
    dest_end(c, work, out, false);
    eflags_clobbered(c);
}

/* ---- multiply-add ---- */

static void multiply_add(struct dbt_ctx *c, bool sub)
{
    const struct a64_insn *in = c->in;
    enum x86_size s = sf_size(in->sf);
    if (in->Ra == 31 && !sub) { /* MUL: in Rd's register (a 32-bit imul zero-extends) */
        enum x86_gpr n = reg_in(c, A, in->Rn, false), m = reg_in(c, B, in->Rm, false), out;
        enum x86_gpr work = dest_begin(c, n, m, false, &out);
        x86_imul_rr(c->e, s, work, m);
        dest_end(c, work, out, false);
        eflags_clobbered(c);
        return;
    }
    load_reg(c, A, in->sf, in->Rn);
    load_reg(c, B, in->sf, in->Rm);
    x86_imul_rr(c->e, s, A, B);
    load_reg(c, B, in->sf, in->Ra);
    if (sub) {
        x86_alu_rr(c->e, X86_SUB, s, B, A);
        store_reg(c, in->Rd, B, in->sf);
    } else {
        x86_alu_rr(c->e, X86_ADD, s, A, B);
        store_reg(c, in->Rd, A, in->sf);
    }
    eflags_clobbered(c);
}

static void emit_MADD(struct dbt_ctx *c) { multiply_add(c, false); }
static void emit_MSUB(struct dbt_ctx *c) { multiply_add(c, true); }

/* ---- conditional select: Rd = cond ? Rn : f(Rm), by CMOV on the live flags ---- */

enum select_kind { SELECT, SELECT_INC, SELECT_INV, SELECT_NEG };

static void conditional_select(struct dbt_ctx *c, enum select_kind kind)
{
    const struct a64_insn *in = c->in;
    enum x86_size s = sf_size(in->sf);
    enum x86_cond holds = in->cond < 14 ? flags_condition(c, in->cond) : X86_CC_O;
    load_reg(c, A, in->sf, in->Rn);
    if (in->cond < 14) {
        load_reg(c, B, in->sf, in->Rm);
        /* NOT and LEA leave the flags alone; NEG would not */
        if (kind == SELECT_INV || kind == SELECT_NEG)
            x86_grp3_r(c->e, X86_NOT, s, B);
        if (kind == SELECT_INC || kind == SELECT_NEG)
            x86_lea(c->e, s, B, x86_mem_base(B, 1));
        x86_cmov_rr(c->e, x86_cond_invert(holds), s, A, B);
    }
    store_reg(c, in->Rd, A, in->sf);
}

static void emit_CSEL(struct dbt_ctx *c) { conditional_select(c, SELECT); }
static void emit_CSINC(struct dbt_ctx *c) { conditional_select(c, SELECT_INC); }
static void emit_CSINV(struct dbt_ctx *c) { conditional_select(c, SELECT_INV); }
static void emit_CSNEG(struct dbt_ctx *c) { conditional_select(c, SELECT_NEG); }

/* ---- conditional compare: cond ? flags of Rn -/+ op2 : #nzcv ---- */

static void conditional_compare(struct dbt_ctx *c, bool imm)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    enum x86_size s = sf_size(in->sf);
    struct x86_label otherwise = x86_label(), done = x86_label();
    enum x86_cond holds = in->cond < 14 ? flags_condition(c, in->cond) : X86_CC_O;
    /* operands first, on the one path: the register cache must hold them whichever way it goes */
    load_reg(c, A, in->sf, in->Rn);
    if (!imm)
        load_reg(c, B, in->sf, in->Rm);
    if (in->cond < 14)
        x86_jcc_label(e, x86_cond_invert(holds), &otherwise);
    if (imm)
        x86_alu_ri(e, in->op ? X86_CMP : X86_ADD, s, A, in->imm5);
    else
        x86_alu_rr(e, in->op ? X86_CMP : X86_ADD, s, A, B);
    if (!in->op)
        x86_cmc(e); /* CMN: carry out is C; canonical CF is its complement */
    x86_jmp_label(e, &done);
    x86_bind(e, &otherwise);
    flags_set_constant(c, in->nzcv);
    x86_bind(e, &done);
    flags_written(c, FLAGS_FROM_SUB); /* already canonical on both paths */
}

static void emit_CCMP_reg(struct dbt_ctx *c) { conditional_compare(c, false); }
static void emit_CCMP_imm(struct dbt_ctx *c) { conditional_compare(c, true); }

#define SETS NATIVE_SETS_FLAGS
#define KEEPS NATIVE_KEEPS_EFLAGS
#define READS NATIVE_READS_FLAGS

const struct native_op native_alu_ops[] = {
    {exec_MOVZ, emit_MOVZ, KEEPS, wide_ok},
    {exec_MOVN, emit_MOVN, KEEPS, wide_ok},
    {exec_MOVK, emit_MOVK, 0, wide_ok},
    {exec_ADR, emit_ADR, KEEPS, 0},
    {exec_ADRP, emit_ADRP, KEEPS, 0},
    {exec_ADD_imm, emit_ADD_imm, KEEPS | NATIVE_RD_SP | NATIVE_RN_SP, 0},
    {exec_ADDS_imm, emit_ADDS_imm, SETS | NATIVE_RN_SP, 0},
    {exec_SUB_imm, emit_SUB_imm, KEEPS | NATIVE_RD_SP | NATIVE_RN_SP, 0},
    {exec_SUBS_imm, emit_SUBS_imm, SETS | NATIVE_RN_SP, 0},
    {exec_ADD_sreg, emit_ADD_sreg, 0, sreg_ok},
    {exec_ADDS_sreg, emit_ADDS_sreg, SETS, sreg_ok},
    {exec_SUB_sreg, emit_SUB_sreg, 0, sreg_ok},
    {exec_SUBS_sreg, emit_SUBS_sreg, SETS, sreg_ok},
    /* Rd is SP only without S: naming it anyway only costs the cache a little */
    {exec_ADDSUB_ext, emit_ADDSUB_ext, NATIVE_SETS_FLAGS_IF_S | NATIVE_RD_SP | NATIVE_RN_SP, ext_ok},
    {exec_AND_reg, emit_AND_reg, 0, lreg_ok},
    {exec_ORR_reg, emit_ORR_reg, 0, lreg_ok},
    {exec_EOR_reg, emit_EOR_reg, 0, lreg_ok},
    {exec_ANDS_reg, emit_ANDS_reg, SETS, lreg_ok},
    {exec_AND_imm, emit_AND_imm, NATIVE_RD_SP, limm_ok},
    {exec_ORR_imm, emit_ORR_imm, NATIVE_RD_SP, limm_ok},
    {exec_EOR_imm, emit_EOR_imm, NATIVE_RD_SP, limm_ok},
    {exec_ANDS_imm, emit_ANDS_imm, SETS, limm_ok},
    {exec_UBFM, emit_UBFM, 0, bitfield_ok},
    {exec_SBFM, emit_SBFM, 0, bitfield_ok},
    {exec_SHIFTV, emit_SHIFTV, 0, 0},
    {exec_MADD, emit_MADD, 0, 0},
    {exec_MSUB, emit_MSUB, 0, 0},
    {exec_CSEL, emit_CSEL, READS, 0},
    {exec_CSINC, emit_CSINC, READS, 0},
    {exec_CSINV, emit_CSINV, READS, 0},
    {exec_CSNEG, emit_CSNEG, READS, 0},
    {exec_CCMP_reg, emit_CCMP_reg, READS, 0},
    {exec_CCMP_imm, emit_CCMP_imm, READS, 0},
};
const size_t native_alu_count = sizeof(native_alu_ops) / sizeof(native_alu_ops[0]);
