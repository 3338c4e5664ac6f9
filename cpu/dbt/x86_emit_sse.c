/*
 * SSE instructions: moves between general and XMM registers, 128-bit loads
 * and stores, packed-integer arithmetic, logic, compares and shuffles, and
 * scalar floating-point arithmetic.
 * Everything here is SSE2 (every x86-64 CPU has it) except PSHUFB (SSSE3),
 * PCMPEQQ and ROUNDSD/ROUNDSS (SSE4.1), PALIGNR (SSSE3), the AES rounds
 * (AES-NI), PCLMULQDQ and the SHA rounds (SHA-NI), marked in x86_emit.h. The register operand of
 * ModRM.reg is always the XMM register named first in the manual's form
 * ("MOVD xmm, r/m32" and "MOVD r/m32, xmm" both keep the XMM register in
 * ModRM.reg).
 */
#include "cpu/dbt/x86_encode.h"

#include <assert.h>

/* 66 [REX.W] 0F 6E /r: MOVD xmm, r/m32 / MOVQ xmm, r/m64. */
void x86_movd_xr(struct x86_emitter *e, enum x86_size s, enum x86_xmm dst, enum x86_gpr src)
{
    assert(s == X86_S32 || s == X86_S64);
    x86_enc_rr(e, OP_66 | OP_0F | 0x6E | (s == X86_S64 ? OP_W : 0), dst, src);
}

/* 66 [REX.W] 0F 7E /r: MOVD r/m32, xmm / MOVQ r/m64, xmm. */
void x86_movd_rx(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_xmm src)
{
    assert(s == X86_S32 || s == X86_S64);
    x86_enc_rr(e, OP_66 | OP_0F | 0x7E | (s == X86_S64 ? OP_W : 0), src, dst);
}

void x86_movd_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src)
{
    x86_enc_rm(e, OP_66 | OP_0F | 0x6E, dst, src, 0);
}

void x86_movd_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src)
{
    x86_enc_rm(e, OP_66 | OP_0F | 0x7E, src, dst, 0);
}

/* F3 0F 7E /r: MOVQ xmm1, xmm2/m64. */
void x86_movq_xx(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src)
{
    x86_enc_rr(e, OP_F3 | OP_0F | 0x7E, dst, src);
}

void x86_movq_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src)
{
    x86_enc_rm(e, OP_F3 | OP_0F | 0x7E, dst, src, 0);
}

/* 66 0F D6 /r: MOVQ xmm2/m64, xmm1. */
void x86_movq_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src)
{
    x86_enc_rm(e, OP_66 | OP_0F | 0xD6, src, dst, 0);
}

void x86_movdqu_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src)
{
    x86_enc_rm(e, OP_F3 | OP_0F | 0x6F, dst, src, 0);
}

void x86_movdqu_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src)
{
    x86_enc_rm(e, OP_F3 | OP_0F | 0x7F, src, dst, 0);
}

void x86_movdqa_xx(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src)
{
    x86_enc_rr(e, OP_66 | OP_0F | 0x6F, dst, src);
}

void x86_movdqa_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src)
{
    x86_enc_rm(e, OP_66 | OP_0F | 0x6F, dst, src, 0);
}

void x86_movdqa_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src)
{
    x86_enc_rm(e, OP_66 | OP_0F | 0x7F, src, dst, 0);
}

void x86_movups_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src)
{
    x86_enc_rm(e, OP_0F | 0x10, dst, src, 0);
}

void x86_movups_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src)
{
    x86_enc_rm(e, OP_0F | 0x11, src, dst, 0);
}

static const uint32_t sse_ops[] = {
    [X86_PAND] = OP_66 | OP_0F | 0xDB,
    [X86_PANDN] = OP_66 | OP_0F | 0xDF,
    [X86_POR] = OP_66 | OP_0F | 0xEB,
    [X86_PXOR] = OP_66 | OP_0F | 0xEF,
    [X86_PADDB] = OP_66 | OP_0F | 0xFC,
    [X86_PADDW] = OP_66 | OP_0F | 0xFD,
    [X86_PADDD] = OP_66 | OP_0F | 0xFE,
    [X86_PADDQ] = OP_66 | OP_0F | 0xD4,
    [X86_PSUBB] = OP_66 | OP_0F | 0xF8,
    [X86_PSUBW] = OP_66 | OP_0F | 0xF9,
    [X86_PSUBD] = OP_66 | OP_0F | 0xFA,
    [X86_PSUBQ] = OP_66 | OP_0F | 0xFB,
    [X86_PCMPEQB] = OP_66 | OP_0F | 0x74,
    [X86_PCMPEQW] = OP_66 | OP_0F | 0x75,
    [X86_PCMPEQD] = OP_66 | OP_0F | 0x76,
    [X86_PCMPEQQ] = OP_66 | OP_0F38 | 0x29,
    [X86_PSHUFB] = OP_66 | OP_0F38 | 0x00,
    [X86_MULSD] = OP_F2 | OP_0F | 0x59,
    [X86_DIVSD] = OP_F2 | OP_0F | 0x5E,
    [X86_ADDSD] = OP_F2 | OP_0F | 0x58,
    [X86_SUBSD] = OP_F2 | OP_0F | 0x5C,
    [X86_MULSS] = OP_F3 | OP_0F | 0x59,
    [X86_DIVSS] = OP_F3 | OP_0F | 0x5E,
    [X86_ADDSS] = OP_F3 | OP_0F | 0x58,
    [X86_SUBSS] = OP_F3 | OP_0F | 0x5C,
    [X86_MULPD] = OP_66 | OP_0F | 0x59,
    [X86_DIVPD] = OP_66 | OP_0F | 0x5E,
    [X86_ADDPD] = OP_66 | OP_0F | 0x58,
    [X86_SUBPD] = OP_66 | OP_0F | 0x5C,
    [X86_MULPS] = OP_0F | 0x59,
    [X86_DIVPS] = OP_0F | 0x5E,
    [X86_ADDPS] = OP_0F | 0x58,
    [X86_SUBPS] = OP_0F | 0x5C,
    [X86_UCOMISD] = OP_66 | OP_0F | 0x2E,
    [X86_UCOMISS] = OP_0F | 0x2E,
    [X86_SQRTSD] = OP_F2 | OP_0F | 0x51,
    [X86_SQRTSS] = OP_F3 | OP_0F | 0x51,
    [X86_SQRTPD] = OP_66 | OP_0F | 0x51,
    [X86_SQRTPS] = OP_0F | 0x51,
    [X86_CVTSD2SS] = OP_F2 | OP_0F | 0x5A,
    [X86_CVTSS2SD] = OP_F3 | OP_0F | 0x5A,
    [X86_AESENC] = OP_66 | OP_0F38 | 0xDC,
    [X86_AESENCLAST] = OP_66 | OP_0F38 | 0xDD,
    [X86_AESDEC] = OP_66 | OP_0F38 | 0xDE,
    [X86_AESDECLAST] = OP_66 | OP_0F38 | 0xDF,
    [X86_AESIMC] = OP_66 | OP_0F38 | 0xDB,
    [X86_SHA256RNDS2] = OP_0F38 | 0xCB,
    [X86_SHA256MSG1] = OP_0F38 | 0xCC,
    [X86_SHA256MSG2] = OP_0F38 | 0xCD,
    [X86_SHA1MSG2] = OP_0F38 | 0xCA,
    [X86_PUNPCKLQDQ] = OP_66 | OP_0F | 0x6C,
    [X86_PUNPCKHQDQ] = OP_66 | OP_0F | 0x6D,
    [X86_PADDUSB] = OP_66 | OP_0F | 0xDC,
};

void x86_sse_xx(struct x86_emitter *e, enum x86_sse_op op, enum x86_xmm dst, enum x86_xmm src)
{
    x86_enc_rr(e, sse_ops[op], dst, src);
}

void x86_sse_xm(struct x86_emitter *e, enum x86_sse_op op, enum x86_xmm dst, struct x86_mem src)
{
    x86_enc_rm(e, sse_ops[op], dst, src, 0);
}

void x86_cvtsi2fp_xr(struct x86_emitter *e, bool dbl, enum x86_size s, enum x86_xmm dst,
                     enum x86_gpr src)
{
    assert(s == X86_S32 || s == X86_S64);
    x86_enc_rr(e, (dbl ? OP_F2 : OP_F3) | OP_0F | 0x2A | (s == X86_S64 ? OP_W : 0), dst, src);
}

void x86_cvtfp2si_rx(struct x86_emitter *e, bool dbl, bool truncate, enum x86_size s,
                     enum x86_gpr dst, enum x86_xmm src)
{
    assert(s == X86_S32 || s == X86_S64);
    x86_enc_rr(e, (dbl ? OP_F2 : OP_F3) | OP_0F | (truncate ? 0x2C : 0x2D) | (s == X86_S64 ? OP_W : 0),
               dst, src);
}

void x86_round_xxi(struct x86_emitter *e, bool dbl, enum x86_xmm dst, enum x86_xmm src,
                   uint8_t mode)
{
    assert(mode < 16);
    x86_enc_rr(e, OP_66 | OP_0F3A | (dbl ? 0x0B : 0x0A), dst, src);
    x86_put8(e, mode);
}

void x86_pclmulqdq_xxi(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src, uint8_t select)
{
    x86_enc_rr(e, OP_66 | OP_0F3A | 0x44, dst, src);
    x86_put8(e, select);
}

void x86_sse_shift_xi(struct x86_emitter *e, enum x86_sse_shift op, enum x86_xmm x, uint8_t count)
{
    static const struct {
        uint8_t opcode, digit;
    } forms[] = {
        [X86_PSRLW] = {0x71, 2}, [X86_PSRAW] = {0x71, 4}, [X86_PSLLW] = {0x71, 6},
        [X86_PSRLD] = {0x72, 2}, [X86_PSRAD] = {0x72, 4}, [X86_PSLLD] = {0x72, 6},
        [X86_PSRLQ] = {0x73, 2}, [X86_PSLLQ] = {0x73, 6},
    };
    x86_enc_rr(e, OP_66 | OP_0F | forms[op].opcode, forms[op].digit, x);
    x86_put8(e, count);
}

void x86_palignr_xxi(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src, uint8_t bytes)
{
    x86_enc_rr(e, OP_66 | OP_0F3A | 0x0F, dst, src);
    x86_put8(e, bytes);
}

void x86_sha1rnds4_xxi(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src, uint8_t func)
{
    assert(func < 4);
    x86_enc_rr(e, OP_0F3A | 0xCC, dst, src);
    x86_put8(e, func);
}

void x86_pshufd_xxi(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src, uint8_t order)
{
    x86_enc_rr(e, OP_66 | OP_0F | 0x70, dst, src);
    x86_put8(e, order);
}

void x86_pshufd_xmi(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src, uint8_t order)
{
    x86_enc_rm(e, OP_66 | OP_0F | 0x70, dst, src, 1);
    x86_put8(e, order);
}
