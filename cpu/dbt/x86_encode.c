/*
 * Byte output and the ModRM/SIB/REX encoder; see x86_encode.h. The
 * addressing rules are those of the SDM vol. 2 section 2.1.5 (tables 2-2
 * and 2-3) and section 2.2.1 (table 2-5, "Special Cases of REX Encodings"):
 *
 * - ModRM.rm = 100 means "a SIB byte follows", so RSP and R12 as a base
 *   always take a SIB byte (with index = 100, "none").
 * - mod = 00 with rm = 101 means RIP + disp32 in 64-bit mode, and SIB base =
 *   101 with mod = 00 means "no base, disp32". So RBP and R13 as a base with
 *   no displacement take mod = 01 and a disp8 of 0. REX.B does not change
 *   either rule: R12 and R13 behave like RSP and RBP.
 * - SIB index = 100 means "no index"; with REX.X it is R12, a valid index,
 *   so only RSP cannot be an index.
 */
#include "cpu/dbt/x86_encode.h"

#include <assert.h>
#include <string.h>

void x86_emitter_init(struct x86_emitter *e, void *buf, size_t size)
{
    e->buf = buf;
    e->size = size < (size_t)INT32_MAX ? size : (size_t)INT32_MAX;
    e->pos = 0;
    e->overflow = false;
    e->run_offset = 0;
}

void x86_put_imm(struct x86_emitter *e, uint64_t v, unsigned bytes)
{
    for (unsigned i = 0; i < bytes; i++)
        x86_put8(e, (uint8_t)(v >> (8 * i)));
}

void x86_put16(struct x86_emitter *e, uint16_t v) { x86_put_imm(e, v, 2); }
void x86_put32(struct x86_emitter *e, uint32_t v) { x86_put_imm(e, v, 4); }
void x86_put64(struct x86_emitter *e, uint64_t v) { x86_put_imm(e, v, 8); }

void x86_emit_bytes(struct x86_emitter *e, const void *bytes, size_t n)
{
    const uint8_t *p = bytes;
    for (size_t i = 0; i < n; i++)
        x86_put8(e, p[i]);
}

bool x86_rip_reachable(const struct x86_emitter *e, const void *target)
{
    /* Any instruction starting here ends within 15 bytes. */
    uintptr_t here = x86_run_here(e);
    int64_t from_start = (int64_t)((uintptr_t)target - here);
    int64_t from_end = (int64_t)((uintptr_t)target - (here + 15));
    return x86_fits_int32(from_start) && x86_fits_int32(from_end);
}

/* Byte registers 4-7 mean SPL/BPL/SIL/DIL only when some REX prefix is present. */
static bool byte_reg_needs_rex(unsigned r) { return r >= 4 && r <= 7; }

static uint8_t modrm(unsigned mod, unsigned reg, unsigned rm)
{
    return (uint8_t)((mod << 6) | ((reg & 7) << 3) | (rm & 7));
}

static unsigned scale_bits(uint8_t scale)
{
    switch (scale) {
    case 0:
    case 1:
        return 0;
    case 2:
        return 1;
    case 4:
        return 2;
    default:
        assert(scale == 8);
        return 3;
    }
}

/* Everything up to and including the opcode byte. rex holds the R/X/B bits. */
static void prefixes_and_opcode(struct x86_emitter *e, uint32_t op, unsigned rex, bool force_rex)
{
    if (op & OP_66)
        x86_put8(e, 0x66);
    if (op & OP_F2)
        x86_put8(e, 0xF2);
    if (op & OP_F3)
        x86_put8(e, 0xF3);
    if (op & OP_W)
        rex |= REX_W;
    if (rex || force_rex)
        x86_put8(e, (uint8_t)(REX | rex));
    if (op & (OP_0F | OP_0F38 | OP_0F3A))
        x86_put8(e, 0x0F);
    if (op & OP_0F38)
        x86_put8(e, 0x38);
    if (op & OP_0F3A)
        x86_put8(e, 0x3A);
    x86_put8(e, (uint8_t)op);
}

void x86_enc_opreg(struct x86_emitter *e, uint32_t op, unsigned reg)
{
    assert((op & 7) == 0 || (reg & 7) == 0);
    bool force = (op & OP_RM8) && byte_reg_needs_rex(reg);
    prefixes_and_opcode(e, op | (reg & 7), (reg & 8) ? REX_B : 0, force);
}

void x86_enc_rr(struct x86_emitter *e, uint32_t op, unsigned reg, unsigned rm)
{
    unsigned rex = ((reg & 8) ? REX_R : 0) | ((rm & 8) ? REX_B : 0);
    bool force = ((op & OP_REG8) && byte_reg_needs_rex(reg)) ||
                 ((op & OP_RM8) && byte_reg_needs_rex(rm));
    prefixes_and_opcode(e, op, rex, force);
    x86_put8(e, modrm(3, reg, rm));
}

/* disp32 of a RIP-relative reference to target, for an instruction ending imm_bytes after it. */
static int32_t rip_disp(const struct x86_emitter *e, const void *target, unsigned imm_bytes)
{
    uintptr_t end = x86_run_here(e) + 4 + imm_bytes;
    int64_t d = (int64_t)((uintptr_t)target - end);
    /* Out of range is the caller's bug (x86_rip_reachable), unless the output is void anyway. */
    assert(e->overflow || x86_fits_int32(d));
    return (int32_t)d;
}

void x86_enc_rm(struct x86_emitter *e, uint32_t op, unsigned reg, struct x86_mem m,
                unsigned imm_bytes)
{
    unsigned rex = (reg & 8) ? REX_R : 0;
    bool force = (op & OP_REG8) && byte_reg_needs_rex(reg);
    unsigned index = 4; /* SIB index 100: none */
    if (m.has_index) {
        assert(m.index != X86_RSP && m.mode != X86_ADDR_RIP && m.mode != X86_ADDR_RIP_TARGET);
        index = m.index;
        rex |= (index & 8) ? REX_X : 0;
    }
    uint8_t sib_scale = (uint8_t)(m.has_index ? scale_bits(m.scale) << 6 : 0);

    switch (m.mode) {
    case X86_ADDR_BASE: {
        unsigned base = m.base;
        rex |= (base & 8) ? REX_B : 0;
        prefixes_and_opcode(e, op, rex, force);
        unsigned mod = (m.disp == 0 && (base & 7) != 5) ? 0 : x86_fits_int8(m.disp) ? 1 : 2;
        if (m.has_index || (base & 7) == 4) {
            x86_put8(e, modrm(mod, reg, 4));
            x86_put8(e, (uint8_t)(sib_scale | ((index & 7) << 3) | (base & 7)));
        } else {
            x86_put8(e, modrm(mod, reg, base));
        }
        if (mod == 1)
            x86_put8(e, (uint8_t)m.disp);
        else if (mod == 2)
            x86_put32(e, (uint32_t)m.disp);
        break;
    }
    case X86_ADDR_NO_BASE:
        prefixes_and_opcode(e, op, rex, force);
        x86_put8(e, modrm(0, reg, 4));
        x86_put8(e, (uint8_t)(sib_scale | ((index & 7) << 3) | 5));
        x86_put32(e, (uint32_t)m.disp);
        break;
    case X86_ADDR_RIP:
    case X86_ADDR_RIP_TARGET:
        prefixes_and_opcode(e, op, rex, force);
        x86_put8(e, modrm(0, reg, 5));
        x86_put32(e, (uint32_t)(m.mode == X86_ADDR_RIP ? m.disp
                                                         : rip_disp(e, m.target, imm_bytes)));
        break;
    }
}

bool x86_patch_rel32(uint8_t *field, const uint8_t *target)
{
    return x86_patch_rel32_run(field, 0, target);
}

bool x86_patch_rel32_run(uint8_t *field, intptr_t run_offset, const uint8_t *target)
{
    int64_t d = (int64_t)((uintptr_t)target - ((uintptr_t)field + (uintptr_t)run_offset + 4));
    if (!x86_fits_int32(d))
        return false;
    /* x86-64 is little-endian, as the field is. An aligned field gets one atomic store. */
    uint32_t v = (uint32_t)d;
    if (((uintptr_t)field & 3) == 0)
        __atomic_store_n((uint32_t *)(void *)field, v, __ATOMIC_RELEASE);
    else
        memcpy(field, &v, sizeof(v));
    return true;
}
