/*
 * General-purpose x86-64 instructions: moves, arithmetic, shifts, bit
 * operations, conditions, branches and labels, stack, exchange and atomics.
 * Each function names its opcode as the SDM vol. 2 instruction pages write
 * it; the bytes come out of the encoder in x86_encode.c. SSE forms live in
 * x86_emit_sse.c.
 */
#include "cpu/dbt/x86_encode.h"

#include <assert.h>
#include <string.h>

/* Immediate bytes of the full-size forms: iw at 16 bits, id at 32 and 64 (sign-extended). */
static unsigned imm_bytes(enum x86_size s)
{
    return s == X86_S8 ? 1 : s == X86_S16 ? 2 : 4;
}

/* imm as the instruction sees it at size s (what the imm8 sign-extension test compares against). */
static int64_t imm_value(enum x86_size s, int32_t imm)
{
    return s == X86_S8 ? (int8_t)imm : s == X86_S16 ? (int16_t)imm : imm;
}

static void assert_not_byte(enum x86_size s)
{
    assert(s != X86_S8);
    (void)s;
}

/* ---- Labels ---- */

static uint32_t read32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof(v));
    return v;
}

static void write32(uint8_t *p, uint32_t v) { memcpy(p, &v, sizeof(v)); }

/*
 * Fills the rel32 field that ends the instruction just emitted: with the
 * displacement to a bound label, or with the label's chain link (to be
 * replaced by x86_bind).
 */
static void label_field(struct x86_emitter *e, struct x86_label *l)
{
    if (e->overflow)
        return;
    size_t field = e->pos - 4;
    if (l->bound) {
        write32(e->buf + field, (uint32_t)((int64_t)l->pos - (int64_t)e->pos));
    } else {
        write32(e->buf + field, l->chain);
        l->chain = (uint32_t)field + 1;
    }
}

void x86_bind(struct x86_emitter *e, struct x86_label *l)
{
    assert(!l->bound);
    l->pos = e->pos;
    l->bound = true;
    for (uint32_t link = l->chain; link;) {
        size_t field = link - 1;
        link = read32(e->buf + field);
        write32(e->buf + field, (uint32_t)((int64_t)l->pos - (int64_t)(field + 4)));
    }
    l->chain = 0;
}

/* Displacement from the end of an instruction of `len` bytes starting here to a bound label. */
static int64_t label_rel(const struct x86_emitter *e, const struct x86_label *l, unsigned len)
{
    return (int64_t)l->pos - (int64_t)(e->pos + len);
}

void x86_jmp_label(struct x86_emitter *e, struct x86_label *l)
{
    if (l->bound && x86_fits_int8(label_rel(e, l, 2))) {
        x86_jmp_rel8(e, (int8_t)label_rel(e, l, 2));
        return;
    }
    x86_jmp_rel32(e, 0);
    label_field(e, l);
}

void x86_jcc_label(struct x86_emitter *e, enum x86_cond cc, struct x86_label *l)
{
    if (l->bound && x86_fits_int8(label_rel(e, l, 2))) {
        x86_jcc_rel8(e, cc, (int8_t)label_rel(e, l, 2));
        return;
    }
    x86_jcc_rel32(e, cc, 0);
    label_field(e, l);
}

void x86_lea_label(struct x86_emitter *e, enum x86_gpr dst, struct x86_label *l)
{
    x86_enc_rm(e, OP_W | 0x8D, dst, x86_mem_rip(0), 0); /* REX.W 8D /r: LEA r64, m */
    label_field(e, l);
}

/* ---- Branches ---- */

/* Where the rel32 field just emitted is, or NULL when it did not fit. */
static uint8_t *last_field(struct x86_emitter *e) { return e->overflow ? NULL : x86_here(e) - 4; }

void x86_jmp_rel8(struct x86_emitter *e, int8_t rel)
{
    x86_put8(e, 0xEB);
    x86_put8(e, (uint8_t)rel);
}

uint8_t *x86_jmp_rel32(struct x86_emitter *e, int32_t rel)
{
    x86_put8(e, 0xE9);
    x86_put32(e, (uint32_t)rel);
    return last_field(e);
}

void x86_jcc_rel8(struct x86_emitter *e, enum x86_cond cc, int8_t rel)
{
    x86_put8(e, (uint8_t)(0x70 | cc));
    x86_put8(e, (uint8_t)rel);
}

uint8_t *x86_jcc_rel32(struct x86_emitter *e, enum x86_cond cc, int32_t rel)
{
    x86_put8(e, 0x0F);
    x86_put8(e, (uint8_t)(0x80 | cc));
    x86_put32(e, (uint32_t)rel);
    return last_field(e);
}

uint8_t *x86_call_rel32(struct x86_emitter *e, int32_t rel)
{
    x86_put8(e, 0xE8);
    x86_put32(e, (uint32_t)rel);
    return last_field(e);
}

/* target minus the end of an instruction of `len` bytes starting here. */
static int64_t rel_to(const struct x86_emitter *e, const void *target, unsigned len)
{
    return (int64_t)((uintptr_t)target - (x86_run_here(e) + len));
}

bool x86_jmp_to(struct x86_emitter *e, const void *target)
{
    if (x86_fits_int8(rel_to(e, target, 2)))
        x86_jmp_rel8(e, (int8_t)rel_to(e, target, 2));
    else if (x86_fits_int32(rel_to(e, target, 5)))
        x86_jmp_rel32(e, (int32_t)rel_to(e, target, 5));
    else
        return false;
    return true;
}

bool x86_jcc_to(struct x86_emitter *e, enum x86_cond cc, const void *target)
{
    if (x86_fits_int8(rel_to(e, target, 2)))
        x86_jcc_rel8(e, cc, (int8_t)rel_to(e, target, 2));
    else if (x86_fits_int32(rel_to(e, target, 6)))
        x86_jcc_rel32(e, cc, (int32_t)rel_to(e, target, 6));
    else
        return false;
    return true;
}

bool x86_call_to(struct x86_emitter *e, const void *target)
{
    if (!x86_fits_int32(rel_to(e, target, 5)))
        return false;
    x86_call_rel32(e, (int32_t)rel_to(e, target, 5));
    return true;
}

/* Near indirect branches default to 64-bit operands: no REX.W. */
void x86_jmp_r(struct x86_emitter *e, enum x86_gpr target) { x86_enc_rr(e, 0xFF, 4, target); }
void x86_jmp_m(struct x86_emitter *e, struct x86_mem target) { x86_enc_rm(e, 0xFF, 4, target, 0); }
void x86_call_r(struct x86_emitter *e, enum x86_gpr target) { x86_enc_rr(e, 0xFF, 2, target); }
void x86_call_m(struct x86_emitter *e, struct x86_mem target) { x86_enc_rm(e, 0xFF, 2, target, 0); }
void x86_ret(struct x86_emitter *e) { x86_put8(e, 0xC3); }

/* The recommended multi-byte NOPs (SDM vol. 2B, NOP: 0F 1F /0 with growing addressing modes). */
static const uint8_t nops[9][9] = {
    {0x90},
    {0x66, 0x90},
    {0x0F, 0x1F, 0x00},
    {0x0F, 0x1F, 0x40, 0x00},
    {0x0F, 0x1F, 0x44, 0x00, 0x00},
    {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
    {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
    {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
};

void x86_nop(struct x86_emitter *e, size_t n)
{
    while (n) {
        size_t len = n < 9 ? n : 9;
        x86_emit_bytes(e, nops[len - 1], len);
        n -= len;
    }
}

/* ---- Moves ---- */

void x86_mov_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src)
{
    x86_enc_rr(e, x86_sized_op_r(s, 0x88), src, dst); /* 88/89 /r: MOV r/m, r */
}

void x86_mov_ri(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, uint64_t imm)
{
    switch (s) {
    case X86_S8:
        x86_enc_opreg(e, OP_RM8 | 0xB0, dst); /* B0+rb ib */
        x86_put8(e, (uint8_t)imm);
        return;
    case X86_S16:
        x86_enc_opreg(e, OP_66 | 0xB8, dst); /* 66 B8+rw iw */
        x86_put16(e, (uint16_t)imm);
        return;
    case X86_S32:
        x86_enc_opreg(e, 0xB8, dst); /* B8+rd id */
        x86_put32(e, (uint32_t)imm);
        return;
    case X86_S64:
        if (imm <= UINT32_MAX) {
            x86_mov_ri(e, X86_S32, dst, imm); /* writing r32 zeroes bits 63:32 */
        } else if (x86_fits_int32((int64_t)imm)) {
            x86_enc_rr(e, OP_W | 0xC7, 0, dst); /* REX.W C7 /0 id, sign-extended */
            x86_put32(e, (uint32_t)imm);
        } else {
            x86_enc_opreg(e, OP_W | 0xB8, dst); /* REX.W B8+rd io (movabs) */
            x86_put64(e, imm);
        }
        return;
    }
}

void x86_mov_rm(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, struct x86_mem src)
{
    x86_enc_rm(e, x86_sized_op_r(s, 0x8A), dst, src, 0); /* 8A/8B /r: MOV r, r/m */
}

void x86_mov_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem dst, enum x86_gpr src)
{
    x86_enc_rm(e, x86_sized_op_r(s, 0x88), src, dst, 0); /* 88/89 /r */
}

void x86_mov_mi(struct x86_emitter *e, enum x86_size s, struct x86_mem dst, int32_t imm)
{
    x86_enc_rm(e, x86_sized_op(s, 0xC6), 0, dst, imm_bytes(s)); /* C6/C7 /0 ib/iw/id */
    x86_put_imm(e, (uint64_t)(int64_t)imm, imm_bytes(s));
}

/* 0F B6/B7 (MOVZX), 0F BE/BF (MOVSX) by source size; REX.W 63 (MOVSXD) from 32 bits. */
static uint32_t extend_op(bool sign, enum x86_size ds, enum x86_size ss)
{
    assert(ds > ss && ds != X86_S8);
    if (ss == X86_S32) {
        assert(sign && ds == X86_S64);
        return OP_W | 0x63;
    }
    uint32_t op = OP_0F | (sign ? 0xBE : 0xB6) | x86_size_flags(ds);
    return ss == X86_S8 ? op | OP_RM8 : op | 1;
}

void x86_movzx_rr(struct x86_emitter *e, enum x86_size ds, enum x86_size ss, enum x86_gpr dst,
                  enum x86_gpr src)
{
    x86_enc_rr(e, extend_op(false, ds, ss), dst, src);
}

void x86_movzx_rm(struct x86_emitter *e, enum x86_size ds, enum x86_size ss, enum x86_gpr dst,
                  struct x86_mem src)
{
    x86_enc_rm(e, extend_op(false, ds, ss), dst, src, 0);
}

void x86_movsx_rr(struct x86_emitter *e, enum x86_size ds, enum x86_size ss, enum x86_gpr dst,
                  enum x86_gpr src)
{
    x86_enc_rr(e, extend_op(true, ds, ss), dst, src);
}

void x86_movsx_rm(struct x86_emitter *e, enum x86_size ds, enum x86_size ss, enum x86_gpr dst,
                  struct x86_mem src)
{
    x86_enc_rm(e, extend_op(true, ds, ss), dst, src, 0);
}

void x86_lea(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, struct x86_mem src)
{
    assert_not_byte(s);
    x86_enc_rm(e, x86_size_flags(s) | 0x8D, dst, src, 0);
}

/* ---- Integer arithmetic ---- */

/*
 * Group 1 rows: op*8 + 0 is "OP r/m8, r8", +1 "OP r/m, r", +2 "OP r8, r/m8",
 * +3 "OP r, r/m", +4 "OP AL, imm8", +5 "OP rAX, imm".
 */
void x86_alu_rr(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, enum x86_gpr dst,
                enum x86_gpr src)
{
    x86_enc_rr(e, x86_sized_op_r(s, (uint32_t)op << 3), src, dst);
}

void x86_alu_rm(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, enum x86_gpr dst,
                struct x86_mem src)
{
    x86_enc_rm(e, x86_sized_op_r(s, ((uint32_t)op << 3) | 2), dst, src, 0);
}

void x86_alu_mr(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, struct x86_mem dst,
                enum x86_gpr src)
{
    x86_enc_rm(e, x86_sized_op_r(s, (uint32_t)op << 3), src, dst, 0);
}

void x86_alu_ri(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, enum x86_gpr dst,
                int32_t imm)
{
    int64_t v = imm_value(s, imm);
    if (s == X86_S8 && dst == X86_RAX) {
        x86_put8(e, (uint8_t)((op << 3) | 4)); /* OP AL, imm8 */
        x86_put8(e, (uint8_t)v);
    } else if (s == X86_S8) {
        x86_enc_rr(e, OP_RM8 | 0x80, op, dst); /* 80 /op ib */
        x86_put8(e, (uint8_t)v);
    } else if (x86_fits_int8(v)) {
        x86_enc_rr(e, x86_size_flags(s) | 0x83, op, dst); /* 83 /op ib, sign-extended */
        x86_put8(e, (uint8_t)v);
    } else if (dst == X86_RAX) {
        x86_enc_opreg(e, x86_size_flags(s) | ((uint32_t)op << 3) | 5, 0); /* OP rAX, iw/id */
        x86_put_imm(e, (uint64_t)v, imm_bytes(s));
    } else {
        x86_enc_rr(e, x86_size_flags(s) | 0x81, op, dst); /* 81 /op iw/id */
        x86_put_imm(e, (uint64_t)v, imm_bytes(s));
    }
}

void x86_alu_mi(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, struct x86_mem dst,
                int32_t imm)
{
    int64_t v = imm_value(s, imm);
    if (s == X86_S8) {
        x86_enc_rm(e, 0x80, op, dst, 1);
        x86_put8(e, (uint8_t)v);
    } else if (x86_fits_int8(v)) {
        x86_enc_rm(e, x86_size_flags(s) | 0x83, op, dst, 1);
        x86_put8(e, (uint8_t)v);
    } else {
        x86_enc_rm(e, x86_size_flags(s) | 0x81, op, dst, imm_bytes(s));
        x86_put_imm(e, (uint64_t)v, imm_bytes(s));
    }
}

void x86_test_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr a, enum x86_gpr b)
{
    x86_enc_rr(e, x86_sized_op_r(s, 0x84), b, a); /* 84/85 /r: TEST r/m, r */
}

void x86_test_ri(struct x86_emitter *e, enum x86_size s, enum x86_gpr a, int32_t imm)
{
    uint64_t v = (uint64_t)imm_value(s, imm);
    if (a == X86_RAX)
        x86_enc_opreg(e, x86_sized_op(s, 0xA8), 0); /* A8 ib / A9 iw/id */
    else
        x86_enc_rr(e, x86_sized_op(s, 0xF6), 0, a); /* F6/F7 /0 */
    x86_put_imm(e, v, imm_bytes(s));
}

void x86_test_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem a, enum x86_gpr b)
{
    x86_enc_rm(e, x86_sized_op_r(s, 0x84), b, a, 0);
}

void x86_test_mi(struct x86_emitter *e, enum x86_size s, struct x86_mem a, int32_t imm)
{
    x86_enc_rm(e, x86_sized_op(s, 0xF6), 0, a, imm_bytes(s));
    x86_put_imm(e, (uint64_t)imm_value(s, imm), imm_bytes(s));
}

void x86_grp3_r(struct x86_emitter *e, enum x86_grp3_op op, enum x86_size s, enum x86_gpr r)
{
    x86_enc_rr(e, x86_sized_op(s, 0xF6), op, r);
}

void x86_grp3_m(struct x86_emitter *e, enum x86_grp3_op op, enum x86_size s, struct x86_mem m)
{
    x86_enc_rm(e, x86_sized_op(s, 0xF6), op, m, 0);
}

void x86_imul_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src)
{
    assert_not_byte(s);
    x86_enc_rr(e, x86_size_flags(s) | OP_0F | 0xAF, dst, src);
}

void x86_imul_rm(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, struct x86_mem src)
{
    assert_not_byte(s);
    x86_enc_rm(e, x86_size_flags(s) | OP_0F | 0xAF, dst, src, 0);
}

void x86_imul_rri(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src,
                  int32_t imm)
{
    assert_not_byte(s);
    int64_t v = imm_value(s, imm);
    if (x86_fits_int8(v)) {
        x86_enc_rr(e, x86_size_flags(s) | 0x6B, dst, src); /* 6B /r ib */
        x86_put8(e, (uint8_t)v);
    } else {
        x86_enc_rr(e, x86_size_flags(s) | 0x69, dst, src); /* 69 /r iw/id */
        x86_put_imm(e, (uint64_t)v, imm_bytes(s));
    }
}

void x86_cdq(struct x86_emitter *e) { x86_put8(e, 0x99); }
void x86_cqo(struct x86_emitter *e) { x86_enc_opreg(e, OP_W | 0x99, 0); }

void x86_lahf(struct x86_emitter *e) { x86_put8(e, 0x9F); }
void x86_sahf(struct x86_emitter *e) { x86_put8(e, 0x9E); }
void x86_cmc(struct x86_emitter *e) { x86_put8(e, 0xF5); }
void x86_stc(struct x86_emitter *e) { x86_put8(e, 0xF9); }

void x86_mfence(struct x86_emitter *e)
{
    static const uint8_t bytes[] = {0x0F, 0xAE, 0xF0};
    x86_emit_bytes(e, bytes, sizeof(bytes));
}

/* ---- Shifts and rotates ---- */

void x86_shift_ri(struct x86_emitter *e, enum x86_shift_op op, enum x86_size s, enum x86_gpr r,
                  uint8_t count)
{
    if (count == 1) {
        x86_enc_rr(e, x86_sized_op(s, 0xD0), op, r); /* D0/D1 /op: by 1 */
    } else {
        x86_enc_rr(e, x86_sized_op(s, 0xC0), op, r); /* C0/C1 /op ib */
        x86_put8(e, count);
    }
}

void x86_shift_mi(struct x86_emitter *e, enum x86_shift_op op, enum x86_size s, struct x86_mem m,
                  uint8_t count)
{
    if (count == 1) {
        x86_enc_rm(e, x86_sized_op(s, 0xD0), op, m, 0);
    } else {
        x86_enc_rm(e, x86_sized_op(s, 0xC0), op, m, 1);
        x86_put8(e, count);
    }
}

void x86_shift_rcl(struct x86_emitter *e, enum x86_shift_op op, enum x86_size s, enum x86_gpr r)
{
    x86_enc_rr(e, x86_sized_op(s, 0xD2), op, r); /* D2/D3 /op: by CL */
}

void x86_shift_mcl(struct x86_emitter *e, enum x86_shift_op op, enum x86_size s, struct x86_mem m)
{
    x86_enc_rm(e, x86_sized_op(s, 0xD2), op, m, 0);
}

/* SHLD/SHRD r/m, r, imm8|CL: the ModRM.rm operand is the one shifted. */
static void double_shift(struct x86_emitter *e, uint32_t op, enum x86_size s, enum x86_gpr dst,
                         enum x86_gpr src)
{
    assert_not_byte(s);
    x86_enc_rr(e, x86_size_flags(s) | OP_0F | op, src, dst);
}

void x86_shld_rri(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src,
                  uint8_t count)
{
    double_shift(e, 0xA4, s, dst, src);
    x86_put8(e, count);
}

void x86_shld_rrcl(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src)
{
    double_shift(e, 0xA5, s, dst, src);
}

void x86_shrd_rri(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src,
                  uint8_t count)
{
    double_shift(e, 0xAC, s, dst, src);
    x86_put8(e, count);
}

void x86_shrd_rrcl(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src)
{
    double_shift(e, 0xAD, s, dst, src);
}

/* ---- Bit operations ---- */

static uint32_t bitscan_op(enum x86_bitscan_op op, enum x86_size s)
{
    static const uint32_t ops[] = {
        [X86_BSF] = OP_0F | 0xBC,
        [X86_BSR] = OP_0F | 0xBD,
        [X86_TZCNT] = OP_F3 | OP_0F | 0xBC,
        [X86_LZCNT] = OP_F3 | OP_0F | 0xBD,
        [X86_POPCNT] = OP_F3 | OP_0F | 0xB8,
    };
    assert_not_byte(s);
    return ops[op] | x86_size_flags(s);
}

void x86_bitscan_rr(struct x86_emitter *e, enum x86_bitscan_op op, enum x86_size s,
                    enum x86_gpr dst, enum x86_gpr src)
{
    x86_enc_rr(e, bitscan_op(op, s), dst, src);
}

void x86_bitscan_rm(struct x86_emitter *e, enum x86_bitscan_op op, enum x86_size s,
                    enum x86_gpr dst, struct x86_mem src)
{
    x86_enc_rm(e, bitscan_op(op, s), dst, src, 0);
}

void x86_bswap(struct x86_emitter *e, enum x86_size s, enum x86_gpr r)
{
    /* 16-bit BSWAP is undefined; the translator uses rol r16, 8. */
    assert(s == X86_S32 || s == X86_S64);
    x86_enc_opreg(e, x86_size_flags(s) | OP_0F | 0xC8, r);
}

void x86_crc32_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src)
{
    uint32_t op = OP_F2 | OP_0F38 | (s == X86_S8 ? 0xF0 | OP_RM8 : 0xF1 | x86_size_flags(s));
    x86_enc_rr(e, op, dst, src);
}

/* ---- Conditions ---- */

void x86_setcc_r(struct x86_emitter *e, enum x86_cond cc, enum x86_gpr dst)
{
    x86_enc_rr(e, OP_RM8 | OP_0F | (0x90 | cc), 0, dst);
}

void x86_setcc_m(struct x86_emitter *e, enum x86_cond cc, struct x86_mem dst)
{
    x86_enc_rm(e, OP_0F | (0x90 | cc), 0, dst, 0);
}

void x86_cmov_rr(struct x86_emitter *e, enum x86_cond cc, enum x86_size s, enum x86_gpr dst,
                 enum x86_gpr src)
{
    assert_not_byte(s);
    x86_enc_rr(e, x86_size_flags(s) | OP_0F | (0x40 | cc), dst, src);
}

void x86_cmov_rm(struct x86_emitter *e, enum x86_cond cc, enum x86_size s, enum x86_gpr dst,
                 struct x86_mem src)
{
    assert_not_byte(s);
    x86_enc_rm(e, x86_size_flags(s) | OP_0F | (0x40 | cc), dst, src, 0);
}

/* ---- Stack (64-bit operands by default, no REX.W) ---- */

void x86_push_r(struct x86_emitter *e, enum x86_gpr r) { x86_enc_opreg(e, 0x50, r); }
void x86_pop_r(struct x86_emitter *e, enum x86_gpr r) { x86_enc_opreg(e, 0x58, r); }
void x86_push_m(struct x86_emitter *e, struct x86_mem m) { x86_enc_rm(e, 0xFF, 6, m, 0); }
void x86_pop_m(struct x86_emitter *e, struct x86_mem m) { x86_enc_rm(e, 0x8F, 0, m, 0); }

void x86_push_i(struct x86_emitter *e, int32_t imm)
{
    if (x86_fits_int8(imm)) {
        x86_put8(e, 0x6A);
        x86_put8(e, (uint8_t)imm);
    } else {
        x86_put8(e, 0x68);
        x86_put32(e, (uint32_t)imm);
    }
}

/* ---- Exchange and atomics ---- */

void x86_xchg_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr a, enum x86_gpr b)
{
    /*
     * 90+r exchanges with the accumulator, except that plain 90 is NOP in
     * 64-bit mode: xchg eax, eax must zero bits 63:32, so it takes 87 C0.
     */
    bool short_form = s != X86_S8 && (a == X86_RAX || b == X86_RAX) &&
                      !(s == X86_S32 && a == b);
    if (short_form)
        x86_enc_opreg(e, x86_size_flags(s) | 0x90, a == X86_RAX ? b : a);
    else
        x86_enc_rr(e, x86_sized_op_r(s, 0x86), b, a);
}

void x86_xchg_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem a, enum x86_gpr b)
{
    x86_enc_rm(e, x86_sized_op_r(s, 0x86), b, a, 0);
}

void x86_lock(struct x86_emitter *e) { x86_put8(e, 0xF0); }

void x86_cmpxchg_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem m, enum x86_gpr r)
{
    x86_enc_rm(e, OP_0F | x86_sized_op_r(s, 0xB0), r, m, 0);
}

void x86_cmpxchg16b_m(struct x86_emitter *e, struct x86_mem m)
{
    x86_enc_rm(e, OP_W | OP_0F | 0xC7, 1, m, 0);
}

void x86_xadd_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem m, enum x86_gpr r)
{
    x86_enc_rm(e, OP_0F | x86_sized_op_r(s, 0xC0), r, m, 0);
}

void x86_xadd_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src)
{
    x86_enc_rr(e, OP_0F | x86_sized_op_r(s, 0xC0), src, dst);
}
