/*
 * Native x86-64 for the cryptographic extension's hot rows, on hosts that
 * have the extension (cpu/host_isa.h; FERRY_HOST_ISA=baseline leaves them
 * to the helpers): AESE, AESD, AESMC, AESIMC on AES-NI and PMULL/PMULL2
 * .1Q on PCLMULQDQ, with the mappings cpu/a64/crypto.c derives (and
 * tests/unit/test_crypto.c checks, in both engines):
 *
 *     AESE   Vd, Vn   movdqu xmm0, [Vd]; movdqu xmm1, [Vn]; pxor xmm0, xmm1
 *                     pxor xmm1, xmm1; aesenclast xmm0, xmm1; movdqu [Vd], xmm0
 *     AESMC  Vd, Vn   movdqu xmm0, [Vn]; pxor xmm1, xmm1
 *                     aesdeclast xmm0, xmm1; aesenc xmm0, xmm1; movdqu [Vd], xmm0
 *     AESIMC Vd, Vn   movdqu xmm0, [Vn]; aesimc xmm0, xmm0; movdqu [Vd], xmm0
 *     PMULL2 Vd.1Q    movdqu xmm0, [Vn]; movdqu xmm1, [Vm]; pclmulqdq xmm0, xmm1, 0x11
 *
 * None of it touches EFLAGS or a general register. SHA stays with its
 * helpers (on SHA-NI there): its rounds need more shuffling than a call
 * costs to save.
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
    enum x86_xmm state = X86_XMM0, zero = X86_XMM1;
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

const struct native_op native_crypto_ops[] = {
    {exec_AES, emit_AES, NATIVE_KEEPS_EFLAGS, aes_ok},
    {exec_SIMD_3diff, emit_PMULL64, NATIVE_KEEPS_EFLAGS, pmull64_ok},
};
const size_t native_crypto_count = sizeof(native_crypto_ops) / sizeof(native_crypto_ops[0]);
