/*
 * Native x86-64 for scalar floating point and the vector FP arithmetic:
 * FMOV between general and FP registers, SCVTF/UCVTF and FCVTNS/NU,
 * FCVTZS/ZU (integer) (fp_convert.c), FADD/FSUB/FMUL/FDIV (scalar,
 * fp_scalar.c, and vector, simd_fp.c), FCMP/FCMPE, FMOV/FABS/FNEG/FSQRT,
 * FCVT between single and double and the FRINT roundings except FRINTA
 * (register), FMOV (scalar, immediate).
 *
 * Anything that computes is native only on its common path, which never
 * reads the host's exception flags: fp_fast_state's FPCR and FPSR.IXC
 * test, then a check that the host result is certainly Arm's; any other
 * case runs the helper on the cold path, which does it all again. The host
 * MXCSR is in its default state (round to nearest, nothing flushed) in
 * translated code: fp.c's fp_end leaves it so after every helper.
 */
#include <stddef.h>

#include "cpu/a64/exec.h"
#include "cpu/a64/fp.h"
#include "cpu/dbt/translate.h"

/* FMOV (general): W<->S, X<->D, X<->V.D[1]; opcode 6 to general, 7 from it. */
static bool fmov_general_ok(const struct a64_insn *in)
{
    if (in->opcode != 6 && in->opcode != 7)
        return false;
    return (in->rmode == 0 && in->ftype == 0 && !in->sf) ||
           (in->rmode == 0 && in->ftype == 1 && in->sf) ||
           (in->rmode == 1 && in->ftype == 2 && in->sf);
}

static void emit_FMOV_general(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    unsigned half = in->rmode == 1 ? 8 : 0;
    if (in->opcode == 6) {
        x86_mov_rm(c->e, sf_size(in->sf), X86_RDX, vreg_at(in->Rn, half));
        store_reg(c, in->Rd, X86_RDX, in->sf);
        return;
    }
    load_reg(c, X86_RDX, in->sf, in->Rn); /* a W source arrives zero-extended */
    x86_mov_mr(c->e, X86_S64, vreg_at(in->Rd, half), X86_RDX);
    if (!half)
        x86_mov_mi(c->e, X86_S64, vreg_at(in->Rd, 8), 0);
}

/*
 * FMUL, FDIV, FADD, FSUB (scalar, single and double): the host's SSE
 * instruction, when its result is certainly Arm's with no flag to add --
 * the common case fp_scalar.c's hard_host describes: FPCR in its default
 * state (round to nearest, no flush to zero), FPSR.IXC set already, and a
 * result with a biased exponent from 2 to the largest finite (not zero,
 * not tiny, not infinite, not a NaN, so no operand was a NaN and nothing
 * overflowed, underflowed, divided by zero or was invalid). Anything else
 * runs the helper on the cold path, which does it all again.
 */
static bool fp_arith_ok(const struct a64_insn *in) { return in->ftype < 2 && in->opcode <= 3; }

/* To `slow` unless FPCR is in its default state and FPSR.IXC is set. */
static void fp_fast_state(struct dbt_ctx *c, struct x86_label *slow)
{
    struct x86_emitter *e = c->e;
    x86_test_mi(e, X86_S32, guest_field(offsetof(struct cpu_state, fpcr)), (int32_t)(FPCR_FZ | (3u << 22)));
    x86_jcc_label(e, X86_CC_NE, slow);
    x86_test_mi(e, X86_S8, guest_field(offsetof(struct cpu_state, fpsr)), FPSR_IXC);
    x86_jcc_label(e, X86_CC_E, slow);
}

/* `xmm` = the low lane of V[n]: a double, or a single with zeros above. */
static void load_fp_lane(struct dbt_ctx *c, enum x86_xmm xmm, bool dbl, unsigned n)
{
    if (dbl)
        x86_movq_xm(c->e, xmm, vreg_at(n, 0));
    else
        x86_movd_xm(c->e, xmm, vreg_at(n, 0));
}

/* ECX = the biased exponent of the lane at bit `at` of RAX. */
static void lane_exponent(struct dbt_ctx *c, bool dbl, unsigned at)
{
    struct x86_emitter *e = c->e;
    x86_mov_rr(e, X86_S64, X86_RCX, X86_RAX);
    x86_shift_ri(e, X86_SHR, X86_S64, X86_RCX, (uint8_t)(at + (dbl ? 52 : 23)));
    x86_alu_ri(e, X86_AND, X86_S32, X86_RCX, dbl ? 0x7ff : 0xff);
}

/* To `slow` unless the lane at bit `at` of RAX has a biased exponent from 2 to the largest finite. */
static void fp_fast_lane(struct dbt_ctx *c, bool dbl, unsigned at, struct x86_label *slow)
{
    struct x86_emitter *e = c->e;
    lane_exponent(c, dbl, at);
    x86_alu_ri(e, X86_SUB, X86_S32, X86_RCX, 2);
    x86_alu_ri(e, X86_CMP, X86_S32, X86_RCX, dbl ? 0x7fd : 0xfd);
    x86_jcc_label(e, X86_CC_AE, slow);
}

static void emit_FP_arith(struct dbt_ctx *c)
{
    static const enum x86_sse_op ops[2][4] = {{X86_MULSS, X86_DIVSS, X86_ADDSS, X86_SUBSS},
                                              {X86_MULSD, X86_DIVSD, X86_ADDSD, X86_SUBSD}};
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    bool dbl = in->ftype == 1;
    struct x86_label *slow = cold_path(c);
    fp_fast_state(c, slow);
    load_fp_lane(c, X86_XMM0, dbl, in->Rn);
    x86_sse_xm(e, ops[dbl][in->opcode], X86_XMM0, vreg_at(in->Rm, 0));
    x86_movd_rx(e, dbl ? X86_S64 : X86_S32, X86_RAX, X86_XMM0); /* a 32-bit MOVD zero-extends */
    fp_fast_lane(c, dbl, 0, slow);
    eflags_clobbered(c);
    store_vreg_pattern(c, in->Rd, X86_RAX, 0); /* an FP write zeroes the rest of the register */
    cold_resume_here(c);
}

/* FADD, FSUB, FMUL, FDIV (vector): as emit_FP_arith, each lane of the result checked. */
static bool simd_fp_arith_ok(const struct a64_insn *in)
{
    unsigned op = (in->U << 4) | (in->A << 3) | in->opcode;
    return (in->Q || !in->sz) && (op == 0x02 || op == 0x0a || op == 0x13 || op == 0x17);
}

static void emit_SIMD_FP_arith(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    bool dbl = in->sz;
    unsigned op = (in->U << 4) | (in->A << 3) | in->opcode;
    unsigned which = op == 0x13 ? 0 : op == 0x17 ? 1 : op == 0x02 ? 2 : 3;
    static const enum x86_sse_op ops[2][4] = {{X86_MULPS, X86_DIVPS, X86_ADDPS, X86_SUBPS},
                                              {X86_MULPD, X86_DIVPD, X86_ADDPD, X86_SUBPD}};
    struct x86_label *slow = cold_path(c);
    fp_fast_state(c, slow);
    x86_movdqu_xm(e, X86_XMM0, vreg_at(in->Rn, 0));
    x86_movdqu_xm(e, X86_XMM1, vreg_at(in->Rm, 0));
    x86_sse_xx(e, ops[dbl][which], X86_XMM0, X86_XMM1); /* with Q = 0 the upper lanes are dropped */
    for (unsigned word = 0; word < (in->Q ? 2u : 1u); word++) {
        if (word)
            x86_pshufd_xxi(e, X86_XMM1, X86_XMM0, 0xee); /* the high 64 bits, low */
        x86_movd_rx(e, X86_S64, X86_RAX, word ? X86_XMM1 : X86_XMM0);
        fp_fast_lane(c, dbl, 0, slow);
        if (!dbl)
            fp_fast_lane(c, false, 32, slow);
    }
    eflags_clobbered(c);
    store_vreg_q(c, in->Rd, X86_XMM0, in->Q);
    cold_resume_here(c);
}

/*
 * FCMP, FCMPE (scalar, with a register or zero): UCOMISD/UCOMISS when
 * FPCR.FZ is clear (no input is flushed, no flag is set) and neither
 * operand is a NaN (PF: the helper decides IOC). The flags then go
 * canonical through "cmp (1 + above - below), 1": less gives SF and CF (N,
 * and C clear), equal ZF (Z, C set), greater nothing (C set); V is clear.
 */
static bool fcmp_ok(const struct a64_insn *in) { return in->ftype < 2 && !(in->opcode2 & 7); }

static void emit_FCMP(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    bool dbl = in->ftype == 1;
    struct x86_label *slow = cold_path(c);
    x86_test_mi(e, X86_S32, guest_field(offsetof(struct cpu_state, fpcr)), (int32_t)FPCR_FZ);
    x86_jcc_label(e, X86_CC_NE, slow);
    load_fp_lane(c, X86_XMM0, dbl, in->Rn);
    if (in->opcode2 & 8)
        x86_sse_xx(e, X86_PXOR, X86_XMM1, X86_XMM1); /* compare with +0.0 */
    else
        load_fp_lane(c, X86_XMM1, dbl, in->Rm);
    x86_sse_xx(e, dbl ? X86_UCOMISD : X86_UCOMISS, X86_XMM0, X86_XMM1);
    x86_jcc_label(e, X86_CC_P, slow);
    x86_setcc_r(e, X86_CC_A, X86_RCX);
    x86_setcc_r(e, X86_CC_B, X86_RDX);
    x86_movzx_rr(e, X86_S32, X86_S8, X86_RCX, X86_RCX);
    x86_movzx_rr(e, X86_S32, X86_S8, X86_RDX, X86_RDX);
    x86_lea(e, X86_S32, X86_RAX, x86_mem_base(X86_RCX, 1));
    x86_alu_rr(e, X86_SUB, X86_S32, X86_RAX, X86_RDX);
    x86_alu_ri(e, X86_CMP, X86_S32, X86_RAX, 1);
    struct x86_label done = x86_label();
    x86_jmp_label(e, &done);
    cold_resume_here(c); /* the helper wrote cpu->nzcv */
    eflags_from_struct(c);
    x86_bind(e, &done);
    flags_written(c, FLAGS_FROM_SUB);
}

/* FMOV, FABS, FNEG (register) in single and double precision: bit operations. */
static bool fp_move_ok(const struct a64_insn *in) { return in->ftype < 2 && in->opcode <= 2; }

static void emit_FP_move(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    bool dbl = in->ftype == 1;
    x86_mov_rm(e, dbl ? X86_S64 : X86_S32, X86_RDX, vreg_at(in->Rn, 0));
    if (in->opcode) {
        if (dbl) {
            x86_mov_ri(e, X86_S64, X86_RCX, in->opcode == 1 ? ~(1ull << 63) : 1ull << 63);
            x86_alu_rr(e, in->opcode == 1 ? X86_AND : X86_XOR, X86_S64, X86_RDX, X86_RCX);
        } else {
            x86_alu_ri(e, in->opcode == 1 ? X86_AND : X86_XOR, X86_S32, X86_RDX,
                       (int32_t)(in->opcode == 1 ? 0x7fffffffu : 0x80000000u));
        }
        eflags_clobbered(c);
    }
    store_vreg_pattern(c, in->Rd, X86_RDX, 0);
}

static bool fmov_imm_ok(const struct a64_insn *in) { return in->ftype < 2 && in->imm5 == 0; }

static void emit_FMOV_imm(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    x86_mov_ri(c->e, X86_S64, X86_RAX, fp_expand_imm(in->imm8, in->ftype ? 64 : 32));
    store_vreg_pattern(c, in->Rd, X86_RAX, 0);
}

/* To `slow` if the lane at bit `at` of RAX is an infinity or a NaN. */
static void fp_finite_lane(struct dbt_ctx *c, bool dbl, unsigned at, struct x86_label *slow)
{
    struct x86_emitter *e = c->e;
    lane_exponent(c, dbl, at);
    x86_alu_ri(e, X86_CMP, X86_S32, X86_RCX, dbl ? 0x7ff : 0xff);
    x86_jcc_label(e, X86_CC_E, slow);
}

/* V[d] = the low lane of XMM0 with zeros above, through RAX. */
static void store_fp_lane(struct dbt_ctx *c, bool dbl, unsigned d)
{
    x86_movd_rx(c->e, dbl ? X86_S64 : X86_S32, X86_RAX, X86_XMM0); /* a 32-bit MOVD zero-extends */
    store_vreg_pattern(c, d, X86_RAX, 0);
}

/*
 * SCVTF, UCVTF (integer): CVTSI2SD/SS, which rounds as FPCR.RMode says on
 * the fast path. A W source arrives zero-extended, so as a 64-bit integer it
 * is its unsigned value; a 64-bit unsigned source with its top bit set has
 * no x86 instruction (helper). No result is tiny, infinite or a NaN.
 */
static bool int_to_fp_ok(const struct a64_insn *in)
{
    return in->ftype < 2 && in->rmode == 0 && (in->opcode == 2 || in->opcode == 3);
}

static void emit_int_to_fp(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    bool dbl = in->ftype == 1, is_unsigned = in->opcode & 1;
    struct x86_label *slow = cold_path(c);
    fp_fast_state(c, slow);
    load_reg(c, X86_RAX, in->sf, in->Rn);
    if (is_unsigned && in->sf) {
        x86_test_rr(e, X86_S64, X86_RAX, X86_RAX);
        x86_jcc_label(e, X86_CC_S, slow);
    }
    x86_sse_xx(e, X86_PXOR, X86_XMM0, X86_XMM0); /* no wait for XMM0's last writer */
    x86_cvtsi2fp_xr(e, dbl, in->sf || is_unsigned ? X86_S64 : X86_S32, X86_XMM0, X86_RAX);
    eflags_clobbered(c);
    store_fp_lane(c, dbl, in->Rd);
    cold_resume_here(c);
}

/*
 * FCVTNS, FCVTNU (ties to even: MXCSR's rounding) and FCVTZS, FCVTZU
 * (toward zero: the truncating CVTT form), integer destination. Out of range
 * and NaN give x86's integer indefinite (only the top bit set), which is
 * sent to the helper with the one value that converts to it legitimately.
 * Unsigned results convert as 64-bit signed integers: a W result must then
 * fit 32 bits, an X result must not have its top bit set (nor may a
 * negative value round to below zero).
 */
static bool fp_to_int_ok(const struct a64_insn *in)
{
    return in->ftype < 2 && in->opcode <= 1 && (in->rmode == 0 || in->rmode == 3);
}

static void emit_fp_to_int(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    bool dbl = in->ftype == 1, is_unsigned = in->opcode & 1;
    struct x86_label *slow = cold_path(c);
    fp_fast_state(c, slow);
    load_fp_lane(c, X86_XMM0, dbl, in->Rn);
    enum x86_size s = is_unsigned ? X86_S64 : sf_size(in->sf);
    x86_cvtfp2si_rx(e, dbl, in->rmode == 3, s, X86_RAX, X86_XMM0);
    if (!is_unsigned) {
        x86_mov_rr(e, s, X86_RCX, X86_RAX);
        x86_grp3_r(e, X86_NEG, s, X86_RCX); /* overflows for the top bit alone */
        x86_jcc_label(e, X86_CC_O, slow);
    } else if (in->sf) {
        x86_test_rr(e, X86_S64, X86_RAX, X86_RAX);
        x86_jcc_label(e, X86_CC_S, slow);
    } else {
        x86_mov_rr(e, X86_S64, X86_RCX, X86_RAX);
        x86_shift_ri(e, X86_SHR, X86_S64, X86_RCX, 32);
        x86_jcc_label(e, X86_CC_NE, slow);
    }
    eflags_clobbered(c);
    store_reg(c, in->Rd, X86_RAX, in->sf);
    cold_resume_here(c);
}

/*
 * FSQRT, FCVT between single and double, and FRINTN/P/M/Z/X/I (register):
 * SQRTSD/SS and CVTSD2SS/CVTSS2SD when the result is normal (as for the
 * arithmetic: a negative operand gives a NaN, an overflow an infinity);
 * ROUNDSD/SS (SSE4.1) for any finite operand, zero results included, with
 * FPCR.RMode (nearest, on the fast path) for FRINTX and FRINTI. FRINTA
 * (ties away) has no x86 rounding mode.
 */
static bool fp_1src_ok(const struct a64_insn *in)
{
    if (in->ftype >= 2)
        return false;
    switch (in->opcode) {
    case 3: return true;           /* FSQRT */
    case 4: return in->ftype == 1; /* FCVT Sd, Dn */
    case 5: return in->ftype == 0; /* FCVT Dd, Sn */
    case 8: case 9: case 10: case 11: case 14: case 15: return __builtin_cpu_supports("sse4.1");
    default: return false;
    }
}

static void emit_FP_1src(struct dbt_ctx *c)
{
    /* ROUNDSD's mode for FRINTN, P, M, Z, A, -, X, I; bit 3: no precision exception */
    static const uint8_t round_mode[8] = {8, 10, 9, 11, 0, 0, 8, 8};
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    bool dbl = in->ftype == 1;
    struct x86_label *slow = cold_path(c);
    fp_fast_state(c, slow);
    load_fp_lane(c, X86_XMM0, dbl, in->Rn);
    if (in->opcode >= 8) {
        x86_movd_rx(e, dbl ? X86_S64 : X86_S32, X86_RAX, X86_XMM0);
        fp_finite_lane(c, dbl, 0, slow);
        x86_round_xxi(e, dbl, X86_XMM0, X86_XMM0, round_mode[in->opcode - 8]);
        store_fp_lane(c, dbl, in->Rd);
    } else {
        bool to_dbl = in->opcode == 3 ? dbl : in->opcode == 5;
        x86_sse_xx(e, in->opcode == 3 ? (dbl ? X86_SQRTSD : X86_SQRTSS) : to_dbl ? X86_CVTSS2SD : X86_CVTSD2SS,
                   X86_XMM0, X86_XMM0);
        x86_movd_rx(e, to_dbl ? X86_S64 : X86_S32, X86_RAX, X86_XMM0);
        fp_fast_lane(c, to_dbl, 0, slow);
        store_vreg_pattern(c, in->Rd, X86_RAX, 0);
    }
    eflags_clobbered(c);
    cold_resume_here(c);
}

const struct native_op native_fp_ops[] = {
    {exec_FP_int, emit_FMOV_general, 0, fmov_general_ok},
    {exec_FP_int, emit_int_to_fp, NATIVE_LEAVES, int_to_fp_ok},
    {exec_FP_int, emit_fp_to_int, NATIVE_LEAVES, fp_to_int_ok},
    {exec_FP_2src, emit_FP_arith, NATIVE_LEAVES, fp_arith_ok},
    {exec_SIMD_FP_3same, emit_SIMD_FP_arith, NATIVE_LEAVES, simd_fp_arith_ok},
    {exec_FCMP, emit_FCMP, NATIVE_LEAVES | NATIVE_SETS_FLAGS, fcmp_ok},
    {exec_FP_1src, emit_FP_move, 0, fp_move_ok},
    {exec_FP_1src, emit_FP_1src, NATIVE_LEAVES, fp_1src_ok},
    {exec_FMOV_imm, emit_FMOV_imm, 0, fmov_imm_ok},};
const size_t native_fp_count = sizeof(native_fp_ops) / sizeof(native_fp_ops[0]);
