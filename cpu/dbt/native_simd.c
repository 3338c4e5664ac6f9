/*
 * Native x86-64 for the common SIMD&FP moves and integer vector operations:
 * MOVI/MVNI/ORR/BIC (vector, immediate) and FMOV (vector, immediate)
 * (simd_modimm.c), the three-same logical group (simd_logic.c), DUP, INS,
 * UMOV and SMOV (simd_copy.c), ADD/SUB, CMEQ/CMTST and REV16/32/64
 * (simd_int.c), shifts by an immediate (simd_shift.c), EXT and one-register
 * TBL (simd_perm.c).
 * Floating point is native_fp.c's.
 *
 * V[n] lives at [rbx + offsetof(v) + 16 n]. Whole-vector operations load
 * the sources into XMM0-XMM2 with unaligned moves, compute with SSE2 and
 * store the result once, so a destination that is also a source is read
 * before it is written, as the semantics' local result does. A 64-bit
 * (Q = 0) result clears bits 127:64 (simd_write_q); lane moves go through
 * RDX. Reserved encodings are left to the helper (`accepts`).
 */
#include <stddef.h>

#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/a64/fp.h"
#include "cpu/a64/simd.h"
#include "cpu/dbt/translate.h"

static const enum x86_size lane_size[4] = {X86_S8, X86_S16, X86_S32, X86_S64};

void store_vreg_q(struct dbt_ctx *c, unsigned d, enum x86_xmm xmm, unsigned Q)
{
    if (!Q)
        x86_movq_xx(c->e, xmm, xmm);
    x86_movdqu_mx(c->e, vreg_at(d, 0), xmm);
}

void store_vreg_pattern(struct dbt_ctx *c, unsigned d, enum x86_gpr reg, unsigned Q)
{
    x86_mov_mr(c->e, X86_S64, vreg_at(d, 0), reg);
    if (Q)
        x86_mov_mr(c->e, X86_S64, vreg_at(d, 8), reg);
    else
        x86_mov_mi(c->e, X86_S64, vreg_at(d, 8), 0);
}

/* ---- modified immediate ---- */

/* simd_modimm.c's AdvSIMDExpandImm(op, cmode, imm8). */
static uint64_t expand_imm(unsigned op, unsigned cmode, unsigned imm8)
{
    uint64_t imm = imm8;
    if (cmode < 8) /* 32-bit, shifted left by 0, 8, 16 or 24 */
        return replicate(imm << (8 * (cmode >> 1)), 32);
    if (cmode < 12) /* 16-bit, shifted left by 0 or 8 */
        return replicate(imm << (8 * ((cmode >> 1) & 1)), 16);
    if (cmode == 12) /* 32-bit "shifting ones", MSL #8 */
        return replicate((imm << 8) | 0xff, 32);
    if (cmode == 13) /* MSL #16 */
        return replicate((imm << 16) | 0xffff, 32);
    if (cmode == 14 && !op)
        return replicate(imm, 8);
    if (cmode == 14) { /* each bit of imm8 a byte of ones or zeros */
        uint64_t out = 0;
        for (unsigned i = 0; i < 8; i++)
            if ((imm8 >> i) & 1)
                out |= 0xffull << (8 * i);
        return out;
    }
    /* cmode 1111: FMOV's floating-point immediate, a:NOT(b):Replicate(b):cdefgh:Zeros */
    uint64_t a = (imm8 >> 7) & 1, b = (imm8 >> 6) & 1, cdefgh = imm8 & 0x3f;
    if (!op)
        return replicate((a << 31) | ((b ^ 1) << 30) | ((b ? 0x1full : 0) << 25) | (cdefgh << 19),
                         32);
    return (a << 63) | ((b ^ 1) << 62) | ((b ? 0xffull : 0) << 54) | (cdefgh << 48);
}

/* Half precision FMOV (o2 = 1) needs FEAT_FP16; FMOV Vd.1D is reserved. */
static bool modimm_ok(const struct a64_insn *in)
{
    return !in->o2 && !(in->cmode == 15 && in->op && !in->Q);
}

static void emit_SIMD_modimm(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    unsigned cmode = in->cmode, op = in->op;
    uint64_t imm = expand_imm(op, cmode, (in->abc << 5) | in->defgh);
    bool logical = cmode < 12 && (cmode & 1); /* ORR, BIC */
    if (!logical) {
        x86_mov_ri(e, X86_S64, X86_RAX, cmode < 14 && op ? ~imm : imm); /* MVNI : MOVI, FMOV */
        store_vreg_pattern(c, in->Rd, X86_RAX, in->Q);
        return;
    }
    x86_mov_ri(e, X86_S64, X86_RAX, op ? ~imm : imm);
    x86_alu_mr(e, op ? X86_AND : X86_OR, X86_S64, vreg_at(in->Rd, 0), X86_RAX);
    if (in->Q)
        x86_alu_mr(e, op ? X86_AND : X86_OR, X86_S64, vreg_at(in->Rd, 8), X86_RAX);
    else
        x86_mov_mi(e, X86_S64, vreg_at(in->Rd, 8), 0);
    eflags_clobbered(c);
}

/* ---- three-same logical: AND BIC ORR ORN EOR BSL BIT BIF ---- */

static void emit_SIMD_logic(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    enum x86_xmm n = X86_XMM0, m = X86_XMM1, t = X86_XMM2;
    x86_movdqu_xm(e, n, vreg_at(in->Rn, 0));
    x86_movdqu_xm(e, m, vreg_at(in->Rm, 0));
    enum x86_xmm result = n;
    switch ((in->U << 2) | in->size) {
    case 0: x86_sse_xx(e, X86_PAND, n, m); break;  /* AND */
    case 1: /* BIC: n & ~m */
        x86_sse_xx(e, X86_PANDN, m, n);
        result = m;
        break;
    case 2: x86_sse_xx(e, X86_POR, n, m); break; /* ORR */
    case 3: /* ORN: n | ~m */
        x86_sse_xx(e, X86_PCMPEQB, t, t);
        x86_sse_xx(e, X86_PXOR, m, t);
        x86_sse_xx(e, X86_POR, n, m);
        break;
    case 4: x86_sse_xx(e, X86_PXOR, n, m); break; /* EOR */
    case 5: /* BSL: m ^ ((m ^ n) & d) */
        x86_movdqu_xm(e, t, vreg_at(in->Rd, 0));
        x86_sse_xx(e, X86_PXOR, n, m);
        x86_sse_xx(e, X86_PAND, n, t);
        x86_sse_xx(e, X86_PXOR, n, m);
        break;
    case 6: /* BIT: d ^ ((d ^ n) & m) */
        x86_movdqu_xm(e, t, vreg_at(in->Rd, 0));
        x86_sse_xx(e, X86_PXOR, n, t);
        x86_sse_xx(e, X86_PAND, n, m);
        x86_sse_xx(e, X86_PXOR, n, t);
        break;
    default: /* BIF: d ^ ((d ^ n) & ~m) */
        x86_movdqu_xm(e, t, vreg_at(in->Rd, 0));
        x86_sse_xx(e, X86_PXOR, n, t);
        x86_sse_xx(e, X86_PANDN, m, n);
        x86_sse_xx(e, X86_PXOR, m, t);
        result = m;
        break;
    }
    store_vreg_q(c, in->Rd, result, in->Q);
}

/* ---- integer lanes: ADD, SUB, CMEQ, CMTST ---- */

static bool not_1d(const struct a64_insn *in) { return !(in->size == 3 && !in->Q); }

static void emit_SIMD_ADD_SUB(struct dbt_ctx *c)
{
    static const enum x86_sse_op add[4] = {X86_PADDB, X86_PADDW, X86_PADDD, X86_PADDQ};
    static const enum x86_sse_op sub[4] = {X86_PSUBB, X86_PSUBW, X86_PSUBD, X86_PSUBQ};
    const struct a64_insn *in = c->in;
    x86_movdqu_xm(c->e, X86_XMM0, vreg_at(in->Rn, 0));
    x86_movdqu_xm(c->e, X86_XMM1, vreg_at(in->Rm, 0));
    x86_sse_xx(c->e, (in->U ? sub : add)[in->size], X86_XMM0, X86_XMM1);
    store_vreg_q(c, in->Rd, X86_XMM0, in->Q);
}

/* dst = all ones in each lane of `size` where dst == src. 64-bit lanes: both halves equal. */
static void lanes_equal(struct dbt_ctx *c, unsigned size, enum x86_xmm dst, enum x86_xmm src)
{
    static const enum x86_sse_op eq[3] = {X86_PCMPEQB, X86_PCMPEQW, X86_PCMPEQD};
    x86_sse_xx(c->e, eq[size < 3 ? size : 2], dst, src);
    if (size == 3) {
        x86_pshufd_xxi(c->e, src, dst, 0xB1); /* each qword's dwords swapped */
        x86_sse_xx(c->e, X86_PAND, dst, src);
    }
}

/* CMEQ (U = 1): equal lanes; CMTST (U = 0): lanes whose AND is nonzero, NOT (n & m == 0). */
static void emit_SIMD_CMTST_CMEQ(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    x86_movdqu_xm(e, X86_XMM0, vreg_at(in->Rn, 0));
    x86_movdqu_xm(e, X86_XMM1, vreg_at(in->Rm, 0));
    if (in->U) {
        lanes_equal(c, in->size, X86_XMM0, X86_XMM1);
    } else {
        x86_sse_xx(e, X86_PAND, X86_XMM0, X86_XMM1);
        x86_sse_xx(e, X86_PXOR, X86_XMM1, X86_XMM1);
        lanes_equal(c, in->size, X86_XMM0, X86_XMM1);
        x86_sse_xx(e, X86_PCMPEQB, X86_XMM2, X86_XMM2);
        x86_sse_xx(e, X86_PXOR, X86_XMM0, X86_XMM2);
    }
    store_vreg_q(c, in->Rd, X86_XMM0, in->Q);
}

/* ---- copy: DUP, INS, UMOV, SMOV ---- */

/* imm5's lowest set bit: the element size; x0000 is reserved. */
static int copy_size(unsigned imm5) { return imm5 & 0xf ? __builtin_ctz(imm5) : -1; }

static bool copy_ok(const struct a64_insn *in)
{
    int s = copy_size(in->imm5);
    if (s < 0)
        return false;
    unsigned size = (unsigned)s;
    if (in->op) /* INS (element) */
        return in->Q;
    switch (in->imm4) {
    case 0: case 1: return !(size == 3 && !in->Q); /* DUP: 1D reserved */
    case 3: return in->Q;                          /* INS (general) */
    case 5: return size < (in->Q ? 3u : 2u);       /* SMOV */
    case 7: return in->Q ? size == 3 : size != 3;  /* UMOV */
    default: return false;
    }
}

/* RDX = lane `index` of V[n], zero-extended (sign-extended to `to` when sign). */
static void load_lane(struct dbt_ctx *c, unsigned n, unsigned size, unsigned index, bool sign,
                      enum x86_size to)
{
    struct x86_mem lane = vreg_at(n, index << size);
    if (size == 3)
        x86_mov_rm(c->e, X86_S64, X86_RDX, lane);
    else if (sign)
        x86_movsx_rm(c->e, to, lane_size[size], X86_RDX, lane);
    else if (size == 2)
        x86_mov_rm(c->e, X86_S32, X86_RDX, lane);
    else
        x86_movzx_rm(c->e, X86_S32, lane_size[size], X86_RDX, lane);
}

/* V[d] = RDX's low element of `size` in every lane (Q = 0: the low 64 bits, zeros above). */
static void broadcast(struct dbt_ctx *c, unsigned d, unsigned size, unsigned Q)
{
    static const uint64_t spread[3] = {0x0101010101010101ull, 0x0001000100010001ull,
                                       0x0000000100000001ull};
    if (size < 3) {
        x86_mov_ri(c->e, X86_S64, X86_RCX, spread[size]);
        x86_imul_rr(c->e, X86_S64, X86_RDX, X86_RCX);
        eflags_clobbered(c);
    }
    store_vreg_pattern(c, d, X86_RDX, Q);
}

static void emit_SIMD_copy(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    unsigned size = (unsigned)copy_size(in->imm5), index = in->imm5 >> (size + 1);
    if (in->op) { /* INS (element) */
        load_lane(c, in->Rn, size, in->imm4 >> size, false, X86_S64);
        x86_mov_mr(c->e, lane_size[size], vreg_at(in->Rd, index << size), X86_RDX);
        return;
    }
    switch (in->imm4) {
    case 0: /* DUP (element) */
        load_lane(c, in->Rn, size, index, false, X86_S64);
        broadcast(c, in->Rd, size, in->Q);
        break;
    case 1: /* DUP (general) */
        load_reg(c, X86_RDX, 1, in->Rn);
        if (size < 2)
            x86_movzx_rr(c->e, X86_S32, lane_size[size], X86_RDX, X86_RDX);
        else if (size == 2)
            x86_mov_rr(c->e, X86_S32, X86_RDX, X86_RDX);
        broadcast(c, in->Rd, size, in->Q);
        break;
    case 3: /* INS (general): the other lanes kept */
        load_reg(c, X86_RDX, 1, in->Rn);
        x86_mov_mr(c->e, lane_size[size], vreg_at(in->Rd, index << size), X86_RDX);
        break;
    case 5: /* SMOV: Q selects Xd */
        load_lane(c, in->Rn, size, index, true, sf_size(in->Q));
        store_reg(c, in->Rd, X86_RDX, in->Q);
        break;
    default: /* UMOV */
        load_lane(c, in->Rn, size, index, false, X86_S64);
        store_reg(c, in->Rd, X86_RDX, in->Q);
        break;
    }
}

/* DUP (element), scalar: V[d] = the lane, zero-extended to 128 bits. */
static bool copy_scalar_ok(const struct a64_insn *in) { return copy_size(in->imm5) >= 0; }

static void emit_SIMD_copy_scalar(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    unsigned size = (unsigned)copy_size(in->imm5);
    load_lane(c, in->Rn, size, in->imm5 >> (size + 1), false, X86_S64);
    store_vreg_pattern(c, in->Rd, X86_RDX, 0);
}

/* ---- REV16, REV32, REV64 (vector): one PSHUFB (SSSE3) ---- */

/* log2 of the container's bytes (REV64 3, REV32 2, REV16 1), 0 when reserved (simd_int.c). */
static unsigned rev_container(const struct a64_insn *in)
{
    unsigned container = !in->U ? (in->o0 ? 1 : 3) : (!in->o0 ? 2 : 0);
    return in->size < container ? container : 0;
}

static bool rev_ok(const struct a64_insn *in)
{
    return rev_container(in) && __builtin_cpu_supports("ssse3");
}

/*
 * Element i of each container goes to i ^ flip: as bytes, byte b of the
 * result is byte ((b >> size) ^ flip) << size | (b & (esize - 1)) of Vn.
 * Containers are at most 8 bytes, so the high half's mask is the low
 * half's plus 8; both are immediates, joined with PUNPCKLQDQ.
 */
static void emit_SIMD_REV(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    unsigned size = in->size, flip = (1u << (rev_container(in) - size)) - 1;
    uint64_t mask = 0;
    for (unsigned b = 0; b < 8; b++) {
        unsigned from = (((b >> size) ^ flip) << size) | (b & ((1u << size) - 1));
        mask |= (uint64_t)from << (8 * b);
    }
    x86_mov_ri(e, X86_S64, X86_RAX, mask);
    x86_movd_xr(e, X86_S64, X86_XMM1, X86_RAX);
    x86_mov_ri(e, X86_S64, X86_RAX, mask + 0x0808080808080808ull);
    x86_movd_xr(e, X86_S64, X86_XMM2, X86_RAX);
    x86_sse_xx(e, X86_PUNPCKLQDQ, X86_XMM1, X86_XMM2);
    x86_movdqu_xm(e, X86_XMM0, vreg_at(in->Rn, 0));
    x86_sse_xx(e, X86_PSHUFB, X86_XMM0, X86_XMM1);
    store_vreg_q(c, in->Rd, X86_XMM0, in->Q);
}

/* ---- shifts by an immediate of H, S and D lanes (simd_shift.c): SSE2 packed shifts ---- */

/*
 * [SU]SHR, [SU]SRA, SHL, SLI and SRI; no x86 shift has byte lanes or an
 * arithmetic 64-bit one, and the rounding and saturating forms stay with
 * the helper. x86 shifts by the lane's width or more give zeros (PSRA*:
 * the sign), as the right shifts by esize (k = 0) must.
 */
static bool shift_imm_ok(const struct a64_insn *in)
{
    unsigned size = in->aux[0], op = in->opcode;
    if (size == 0 || (size == 3 && !in->Q))
        return false;
    if (op == 0 || op == 1)
        return in->U || size < 3;
    return op == 5 || (op == 4 && in->U);
}

static void emit_SIMD_shift_imm(struct dbt_ctx *c)
{
    static const enum x86_sse_shift srl[4] = {0, X86_PSRLW, X86_PSRLD, X86_PSRLQ};
    static const enum x86_sse_shift sra[4] = {0, X86_PSRAW, X86_PSRAD, 0};
    static const enum x86_sse_shift sll[4] = {0, X86_PSLLW, X86_PSLLD, X86_PSLLQ};
    static const enum x86_sse_op add[4] = {X86_PADDB, X86_PADDW, X86_PADDD, X86_PADDQ};
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    unsigned size = in->aux[0], k = (unsigned)in->imm, right = simd_esize(size) - k;
    enum x86_xmm n = X86_XMM0, d = X86_XMM1, mask = X86_XMM2;
    x86_movdqu_xm(e, n, vreg_at(in->Rn, 0));
    switch (in->opcode) {
    case 0: /* SSHR, USHR */
    case 1: /* SSRA, USRA: + Vd */
        x86_sse_shift_xi(e, (in->U ? srl : sra)[size], n, (uint8_t)right);
        if (in->opcode == 1) {
            x86_movdqu_xm(e, d, vreg_at(in->Rd, 0));
            x86_sse_xx(e, add[size], n, d);
        }
        break;
    case 4: /* SRI: Vd's bits where n >> right has none */
    case 5: /* SHL; SLI (U = 1): Vd's bits where n << k has none */
        x86_sse_shift_xi(e, (in->opcode == 4 ? srl : sll)[size], n,
                         (uint8_t)(in->opcode == 4 ? right : k));
        if (in->opcode == 5 && !in->U)
            break;
        x86_sse_xx(e, X86_PCMPEQD, mask, mask);
        x86_sse_shift_xi(e, (in->opcode == 4 ? srl : sll)[size], mask,
                         (uint8_t)(in->opcode == 4 ? right : k));
        x86_movdqu_xm(e, d, vreg_at(in->Rd, 0));
        x86_sse_xx(e, X86_PANDN, mask, d);
        x86_sse_xx(e, X86_POR, n, mask);
        break;
    }
    store_vreg_q(c, in->Rd, n, in->Q);
}

/* ---- EXT: bytes imm4 ... of Vm:Vn (PALIGNR, SSSE3) ---- */

static bool ext_ok(const struct a64_insn *in)
{
    return in->imm4 < (in->Q ? 16u : 8u) && __builtin_cpu_supports("ssse3");
}

static void emit_SIMD_EXT(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    x86_movdqu_xm(e, X86_XMM0, vreg_at(in->Rn, 0));
    x86_movdqu_xm(e, X86_XMM1, vreg_at(in->Rm, 0));
    if (in->Q) {
        x86_palignr_xxi(e, X86_XMM1, X86_XMM0, (uint8_t)in->imm4);
    } else { /* the low halves joined, then its bytes imm4 ... as (0 : them) >> imm4 */
        x86_sse_xx(e, X86_PUNPCKLQDQ, X86_XMM0, X86_XMM1);
        x86_sse_xx(e, X86_PXOR, X86_XMM1, X86_XMM1);
        x86_palignr_xxi(e, X86_XMM1, X86_XMM0, (uint8_t)in->imm4);
    }
    store_vreg_q(c, in->Rd, X86_XMM1, in->Q);
}

/* ---- TBL with one table register: PSHUFB (SSSE3) ---- */

static bool tbl1_ok(const struct a64_insn *in)
{
    return in->len == 0 && !in->op && __builtin_cpu_supports("ssse3");
}

/*
 * PSHUFB takes an index's low four bits, or gives zero when its bit 7 is
 * set: adding 0x70 with unsigned saturation keeps the low four bits of an
 * index below 16 (and leaves bit 7 clear) and sets bit 7 of every other,
 * which TBL turns into zeros.
 */
static void emit_SIMD_TBL1(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    x86_mov_ri(e, X86_S64, X86_RAX, 0x7070707070707070ull);
    x86_movd_xr(e, X86_S64, X86_XMM2, X86_RAX);
    x86_sse_xx(e, X86_PUNPCKLQDQ, X86_XMM2, X86_XMM2);
    x86_movdqu_xm(e, X86_XMM1, vreg_at(in->Rm, 0));
    x86_sse_xx(e, X86_PADDUSB, X86_XMM1, X86_XMM2);
    x86_movdqu_xm(e, X86_XMM0, vreg_at(in->Rn, 0));
    x86_sse_xx(e, X86_PSHUFB, X86_XMM0, X86_XMM1);
    store_vreg_q(c, in->Rd, X86_XMM0, in->Q);
}

const struct native_op native_simd_ops[] = {
    {exec_SIMD_modimm, emit_SIMD_modimm, 0, modimm_ok},
    {exec_SIMD_logic, emit_SIMD_logic, 0, 0},
    {exec_SIMD_ADD_SUB, emit_SIMD_ADD_SUB, 0, not_1d},
    {exec_SIMD_CMTST_CMEQ, emit_SIMD_CMTST_CMEQ, 0, not_1d},
    {exec_SIMD_copy, emit_SIMD_copy, 0, copy_ok},
    {exec_SIMD_copy_scalar, emit_SIMD_copy_scalar, 0, copy_scalar_ok},
    {exec_SIMD_REV, emit_SIMD_REV, NATIVE_KEEPS_EFLAGS, rev_ok},
    {exec_SIMD_shift_imm, emit_SIMD_shift_imm, NATIVE_KEEPS_EFLAGS, shift_imm_ok},
    {exec_SIMD_EXT, emit_SIMD_EXT, NATIVE_KEEPS_EFLAGS, ext_ok},
    {exec_SIMD_TBL_TBX, emit_SIMD_TBL1, NATIVE_KEEPS_EFLAGS, tbl1_ok},
};
const size_t native_simd_count = sizeof(native_simd_ops) / sizeof(native_simd_ops[0]);
