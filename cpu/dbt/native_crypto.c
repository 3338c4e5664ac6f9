/*
 * Native x86-64 for the cryptographic extension, on hosts that have the
 * extension (cpu/host_isa.h; FERRY_HOST_ISA=baseline leaves them to the
 * helpers): AESE, AESD, AESMC, AESIMC on AES-NI, PMULL/PMULL2 .1Q on
 * PCLMULQDQ, with the mappings cpu/a64/crypto.c derives (and
 * tests/unit/test_crypto.c checks, in both engines):
 *
 *     AESE   Vd, Vn   movdqu xmm0, [Vn]; movdqu xmm1, [Vd]; pxor xmm0, xmm1
 *                     pxor xmm1, xmm1; aesenclast xmm0, xmm1; movdqu [Vd], xmm0
 *     AESMC  Vd, Vn   movdqu xmm0, [Vn]; pxor xmm1, xmm1
 *                     aesdeclast xmm0, xmm1; aesenc xmm0, xmm1; movdqu [Vd], xmm0
 *     AESIMC Vd, Vn   movdqu xmm0, [Vn]; aesimc xmm0, xmm0; movdqu [Vd], xmm0
 *     PMULL2 Vd.1Q    movdqu xmm0, [Vn]; movdqu xmm1, [Vm]; pclmulqdq xmm0, xmm1, 0x11
 *
 * and the SHA rows on SHA-NI, the helpers' mappings as instructions (the
 * lanes regrouped with PSHUFD/PUNPCK*QDQ/PALIGNR around SHA256RNDS2,
 * SHA256MSG1/2, SHA1RNDS4, SHA1MSG2; SHA1SU0 is PALIGNR and two PXOR).
 * XMM0-XMM5 are scratch (nothing lives in XMM registers between
 * instructions); SHA256RNDS2 takes its WK in XMM0.
 *
 * None of it touches EFLAGS except SHA1H's ROL, nor a general register
 * but RAX (SHA1H, SHA1C/P/M's round constant).
 */
#include "cpu/a64/exec.h"
#include "cpu/dbt/translate.h"
#include "cpu/host_isa.h"

static bool aes_ok(const struct a64_insn *in)
{
    return in->size == 0 && in->opcode >= 4 && in->opcode <= 7 && host_isa_has(HOST_ISA_AES);
}

static void emit_AES(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    enum x86_xmm state = X86_XMM0, zero = X86_XMM1; /* zero: Vd (the round key) first */
    x86_movdqu_xm(e, state, vreg_at(in->Rn, 0));
    switch (in->opcode) {
    case 4: /* AESE: AddRoundKey, ShiftRows, SubBytes */
    case 5: /* AESD: AddRoundKey, InvShiftRows, InvSubBytes */
        x86_movdqu_xm(e, zero, vreg_at(in->Rd, 0));
        x86_sse_xx(e, X86_PXOR, state, zero);
        x86_sse_xx(e, X86_PXOR, zero, zero);
        x86_sse_xx(e, in->opcode == 4 ? X86_AESENCLAST : X86_AESDECLAST, state, zero);
        break;
    case 6: /* AESMC: the last decryption round undone by an encryption round, MixColumns left */
        x86_sse_xx(e, X86_PXOR, zero, zero);
        x86_sse_xx(e, X86_AESDECLAST, state, zero);
        x86_sse_xx(e, X86_AESENC, state, zero);
        break;
    default: /* AESIMC */
        x86_sse_xx(e, X86_AESIMC, state, state);
        break;
    }
    x86_movdqu_mx(e, vreg_at(in->Rd, 0), state);
}

/* PMULL{2} Vd.1Q, Vn.{1,2}D, Vm.{1,2}D: the row's opcode 1110 with U = 0 and size 11. */
static bool pmull64_ok(const struct a64_insn *in)
{
    return in->opcode == 14 && !in->U && in->size == 3 && host_isa_has(HOST_ISA_PCLMUL);
}

static void emit_PMULL64(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    x86_movdqu_xm(c->e, X86_XMM0, vreg_at(in->Rn, 0));
    x86_movdqu_xm(c->e, X86_XMM1, vreg_at(in->Rm, 0));
    x86_pclmulqdq_xxi(c->e, X86_XMM0, X86_XMM1, in->Q ? 0x11 : 0x00);
    x86_movdqu_mx(c->e, vreg_at(in->Rd, 0), X86_XMM0);
}

/* ---- SHA-1 and SHA-256 (SHA-NI) ---- */

#define REVERSE_LANES 0x1B /* pshufd: s[3] s[2] s[1] s[0] */
#define SWAP_PAIRS 0xB1    /* pshufd: s[1] s[0] s[3] s[2] */
#define HIGH_QUADWORD 0x0E /* pshufd: s[2] s[3] into the low lanes */
#define LANE0_TO_TOP 0x15  /* pshufd: s[1] s[1] s[1] s[0] (lane 0 into lane 3, zeros below) */

static bool sha_3reg_ok(const struct a64_insn *in)
{
    return in->size == 0 && in->opcode <= 6 && host_isa_has(HOST_ISA_SHA);
}

static bool sha_2reg_ok(const struct a64_insn *in)
{
    return in->size == 0 && in->opcode <= 2 && host_isa_has(HOST_ISA_SHA);
}

static void load_v(struct dbt_ctx *c, enum x86_xmm x, unsigned n)
{
    x86_movdqu_xm(c->e, x, vreg_at(n, 0));
}

/* x = V[n] with its lanes reversed */
static void load_reversed(struct dbt_ctx *c, enum x86_xmm x, unsigned n)
{
    x86_pshufd_xmi(c->e, x, vreg_at(n, 0), REVERSE_LANES);
}

/* SHA256hash(V[xn], V[yn], V[Rm], part1) into V[Rd] (crypto.c's sha256_hash_host). */
static void sha256_hash(struct dbt_ctx *c, unsigned xn, unsigned yn, bool part1)
{
    struct x86_emitter *e = c->e;
    enum x86_xmm wk = X86_XMM0, x = X86_XMM1, y = X86_XMM2, abef = X86_XMM3, first = X86_XMM4,
                 out = X86_XMM5;
    load_v(c, x, xn);
    load_v(c, y, yn);
    load_v(c, wk, c->in->Rm);
    x86_movdqa_xx(e, abef, y);
    x86_sse_xx(e, X86_PUNPCKLQDQ, abef, x);
    x86_pshufd_xxi(e, abef, abef, SWAP_PAIRS);  /* F E B A */
    x86_sse_xx(e, X86_PUNPCKHQDQ, y, x);
    x86_pshufd_xxi(e, first, y, SWAP_PAIRS);     /* H G D C */
    x86_sse_xx(e, X86_SHA256RNDS2, first, abef); /* rounds 0-1: ABEF */
    x86_pshufd_xxi(e, wk, wk, HIGH_QUADWORD);
    x86_sse_xx(e, X86_SHA256RNDS2, abef, first); /* rounds 2-3: CDGH was the old ABEF */
    x86_movdqa_xx(e, out, first);
    x86_sse_xx(e, part1 ? X86_PUNPCKHQDQ : X86_PUNPCKLQDQ, out, abef);
    x86_pshufd_xxi(e, out, out, REVERSE_LANES);
    x86_movdqu_mx(e, vreg_at(c->in->Rd, 0), out);
}

static void emit_SHA_3reg(struct dbt_ctx *c)
{
    static const uint32_t k[3] = {0x5A827999u, 0x6ED9EBA1u, 0x8F1BBCDCu};
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    switch (in->opcode) {
    case 0: case 1: case 2: /* SHA1C, SHA1P, SHA1M: SHA1RNDS4 on W - K, E in W0 */
        x86_mov_ri(e, X86_S32, X86_RAX, k[in->opcode]);
        x86_movd_xr(e, X86_S32, X86_XMM3, X86_RAX);
        x86_pshufd_xxi(e, X86_XMM3, X86_XMM3, 0);
        load_v(c, X86_XMM2, in->Rm);
        x86_sse_xx(e, X86_PSUBD, X86_XMM2, X86_XMM3);
        x86_pshufd_xxi(e, X86_XMM2, X86_XMM2, REVERSE_LANES);
        x86_movd_xm(e, X86_XMM4, vreg_at(in->Rn, 0));
        x86_pshufd_xxi(e, X86_XMM4, X86_XMM4, LANE0_TO_TOP);
        x86_sse_xx(e, X86_PADDD, X86_XMM2, X86_XMM4);
        load_reversed(c, X86_XMM1, in->Rd);
        x86_sha1rnds4_xxi(e, X86_XMM1, X86_XMM2, (uint8_t)in->opcode);
        x86_pshufd_xxi(e, X86_XMM1, X86_XMM1, REVERSE_LANES);
        x86_movdqu_mx(e, vreg_at(in->Rd, 0), X86_XMM1);
        break;
    case 3: /* SHA1SU0: (Vn<63:0> : Vd<127:64>) ^ Vd ^ Vm */
        load_v(c, X86_XMM0, in->Rd);
        load_v(c, X86_XMM1, in->Rn);
        x86_palignr_xxi(e, X86_XMM1, X86_XMM0, 8);
        x86_sse_xx(e, X86_PXOR, X86_XMM1, X86_XMM0);
        load_v(c, X86_XMM2, in->Rm);
        x86_sse_xx(e, X86_PXOR, X86_XMM1, X86_XMM2);
        x86_movdqu_mx(e, vreg_at(in->Rd, 0), X86_XMM1);
        break;
    case 4: sha256_hash(c, in->Rd, in->Rn, true); break;  /* SHA256H */
    case 5: sha256_hash(c, in->Rn, in->Rd, false); break; /* SHA256H2 */
    default: /* SHA256SU1: SHA256MSG2(Vd + (Vm:Vn)<159:32>, Vm) */
        load_v(c, X86_XMM0, in->Rd);
        load_v(c, X86_XMM1, in->Rn);
        load_v(c, X86_XMM2, in->Rm);
        x86_movdqa_xx(e, X86_XMM3, X86_XMM2);
        x86_palignr_xxi(e, X86_XMM3, X86_XMM1, 4);
        x86_sse_xx(e, X86_PADDD, X86_XMM0, X86_XMM3);
        x86_sse_xx(e, X86_SHA256MSG2, X86_XMM0, X86_XMM2);
        x86_movdqu_mx(e, vreg_at(in->Rd, 0), X86_XMM0);
        break;
    }
}

static void emit_SHA_2reg(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    switch (in->opcode) {
    case 0: /* SHA1H: ROL(Vn.S[0], 30), the rest cleared */
        x86_mov_rm(e, X86_S32, X86_RAX, vreg_at(in->Rn, 0));
        x86_shift_ri(e, X86_ROL, X86_S32, X86_RAX, 30);
        x86_mov_mr(e, X86_S64, vreg_at(in->Rd, 0), X86_RAX);
        x86_mov_mi(e, X86_S64, vreg_at(in->Rd, 8), 0);
        eflags_clobbered(c);
        break;
    case 1: /* SHA1SU1: SHA1MSG2 on reversed lanes */
        load_reversed(c, X86_XMM0, in->Rd);
        load_reversed(c, X86_XMM1, in->Rn);
        x86_sse_xx(e, X86_SHA1MSG2, X86_XMM0, X86_XMM1);
        x86_pshufd_xxi(e, X86_XMM0, X86_XMM0, REVERSE_LANES);
        x86_movdqu_mx(e, vreg_at(in->Rd, 0), X86_XMM0);
        break;
    default: /* SHA256SU0 */
        load_v(c, X86_XMM0, in->Rd);
        load_v(c, X86_XMM1, in->Rn);
        x86_sse_xx(e, X86_SHA256MSG1, X86_XMM0, X86_XMM1);
        x86_movdqu_mx(e, vreg_at(in->Rd, 0), X86_XMM0);
        break;
    }
}

const struct native_op native_crypto_ops[] = {
    {exec_AES, emit_AES, NATIVE_KEEPS_EFLAGS, aes_ok},
    {exec_SIMD_3diff, emit_PMULL64, NATIVE_KEEPS_EFLAGS, pmull64_ok},
    {exec_SHA_3reg, emit_SHA_3reg, NATIVE_KEEPS_EFLAGS, sha_3reg_ok},
    {exec_SHA_2reg, emit_SHA_2reg, 0, sha_2reg_ok}, /* SHA1H's ROL changes EFLAGS */
};
const size_t native_crypto_count = sizeof(native_crypto_ops) / sizeof(native_crypto_ops[0]);
