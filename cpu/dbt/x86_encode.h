/*
 * The encoder under x86_emit.c and x86_emit_sse.c (private to cpu/dbt/).
 *
 * An opcode is one uint32_t: the final opcode byte in bits 0-7 and flag
 * bits above it for everything the manual writes around the opcode, so a
 * constant reads like the manual's opcode column:
 *
 *     OP_66 | OP_0F38 | 0x00     66 0F 38 00 /r   PSHUFB xmm1, xmm2/m128
 *     OP_W | 0x63                REX.W + 63 /r    MOVSXD r64, r/m32
 *
 * An instruction is laid out as (SDM vol. 2, figure 2-1; REX must come
 * last before the opcode, after any mandatory prefix):
 *
 *     [F0] [66] [F2|F3] [REX] [0F [38|3A]] opcode [ModRM [SIB] [disp]] [imm]
 *
 * LOCK (F0) is emitted by x86_lock before calling the encoder.
 */
#ifndef FERRY_CPU_DBT_X86_ENCODE_H
#define FERRY_CPU_DBT_X86_ENCODE_H

#if defined(FERRY_LAYER_A64) || defined(FERRY_LAYER_EXEC)
#error "only cpu/dbt and above include cpu/dbt (DESIGN.md: dbt -> exec -> a64)"
#endif

#include "cpu/dbt/x86_emit.h"

enum {
    OP_0F = 1u << 8,    /* two-byte opcode map: 0F xx */
    OP_0F38 = 1u << 9,  /* three-byte map: 0F 38 xx */
    OP_0F3A = 1u << 10, /* three-byte map: 0F 3A xx */
    OP_66 = 1u << 11,   /* operand-size override, or SSE mandatory prefix */
    OP_F2 = 1u << 12,   /* mandatory prefix F2 */
    OP_F3 = 1u << 13,   /* mandatory prefix F3 (also REP) */
    OP_W = 1u << 14,    /* REX.W: 64-bit operand size */
    OP_REG8 = 1u << 15, /* ModRM.reg names a byte register: 4-7 are SPL..DIL, need a REX */
    OP_RM8 = 1u << 16,  /* ModRM.rm (or the opcode's +r) names a byte register: likewise */
};

/* REX bits (0100WRXB). */
enum { REX = 0x40, REX_W = 0x08, REX_R = 0x04, REX_X = 0x02, REX_B = 0x01 };

/* Appends one byte; at the end of the buffer sets overflow instead. */
/* One byte out, or the overflow flag (the hot path of every emitter: inline). */
static inline void x86_put8(struct x86_emitter *e, uint8_t byte)
{
    if (__builtin_expect(e->pos >= e->size, 0)) {
        e->overflow = true;
        return;
    }
    if (!e->overflow)
        e->buf[e->pos++] = byte;
}
void x86_put16(struct x86_emitter *e, uint16_t v);
void x86_put32(struct x86_emitter *e, uint32_t v);
void x86_put64(struct x86_emitter *e, uint64_t v);
/* An immediate of `bytes` bytes (1, 2, 4 or 8), little-endian. */
void x86_put_imm(struct x86_emitter *e, uint64_t v, unsigned bytes);

/* Prefixes and opcode, with the register folded into the opcode's low 3 bits (B8+r, 50+r ...). */
void x86_enc_opreg(struct x86_emitter *e, uint32_t op, unsigned reg);

/* Prefixes, opcode and a register-direct ModRM (mod = 11). reg is a register or a /digit. */
void x86_enc_rr(struct x86_emitter *e, uint32_t op, unsigned reg, unsigned rm);

/*
 * Prefixes, opcode, ModRM, SIB and displacement for a memory operand.
 * imm_bytes is how many immediate bytes the caller appends afterwards: a
 * RIP-relative target's displacement counts from the end of the instruction.
 */
void x86_enc_rm(struct x86_emitter *e, uint32_t op, unsigned reg, struct x86_mem m,
                unsigned imm_bytes);

/* The size prefix flags for a 16/32/64-bit operand: OP_66, nothing or OP_W. */
static inline uint32_t x86_size_flags(enum x86_size s)
{
    return s == X86_S16 ? OP_66 : s == X86_S64 ? OP_W : 0;
}

/*
 * An opcode pair with a w bit (F6/F7, C6/C7, D0/D1 ...) whose ModRM.reg is a
 * /digit: the byte form at s 8, else the full-size form (op | 1) with its
 * prefix.
 */
static inline uint32_t x86_sized_op(enum x86_size s, uint32_t byte_op)
{
    return s == X86_S8 ? byte_op | OP_RM8 : (byte_op | 1) | x86_size_flags(s);
}

/* The same for a pair whose ModRM.reg is a register too (88/89, 00/01, 86/87 ...). */
static inline uint32_t x86_sized_op_r(enum x86_size s, uint32_t byte_op)
{
    return x86_sized_op(s, byte_op) | (s == X86_S8 ? OP_REG8 : 0);
}

static inline bool x86_fits_int8(int64_t v) { return v >= -128 && v <= 127; }
static inline bool x86_fits_int32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

#endif
