/*
 * Data processing -- immediate: ADR/ADRP, add/subtract (immediate), logical
 * (immediate), move wide, bitfield, extract.
 *
 * Register 31 follows the Arm ARM per form: ADD/SUB (immediate) read and
 * write SP; ADDS/SUBS write XZR; AND/ORR/EOR (immediate) write SP while
 * ANDS writes XZR; everything else uses XZR. W results are zero-extended.
 *
 * Bitfield moves use closed forms of the DecodeBitMasks pseudocode (UBFM
 * is the kernel's fifth most executed instruction): for imms >= immr the
 * field src<imms:immr> moves to bit 0 (xBFX/BFXIL), otherwise src<imms:0>
 * moves up to bit datasize-immr (xBFIZ/BFI/LSL).
 */
#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/cpu.h"

enum a64_result exec_ADR(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t offset = sign_extend(((uint64_t)in->immhi << 2) | in->immlo, 21);
    cpu_set_x(cpu, in->Rd, in->pc + offset);
    return A64_NEXT;
}

enum a64_result exec_ADRP(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t offset = sign_extend((((uint64_t)in->immhi << 2) | in->immlo) << 12, 33);
    cpu_set_x(cpu, in->Rd, (in->pc & ~0xfffull) + offset);
    return A64_NEXT;
}

/* ---- add/subtract (immediate) ---- */

static uint64_t addsub_imm(const struct a64_insn *in)
{
    return (uint64_t)in->imm12 << (in->sh ? 12 : 0);
}

enum a64_result exec_ADD_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t result = cpu_xsp(cpu, in->Rn) + addsub_imm(in);
    cpu_set_xsp(cpu, in->Rd, in->sf ? result : (uint32_t)result);
    return A64_NEXT;
}

enum a64_result exec_SUB_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t result = cpu_xsp(cpu, in->Rn) - addsub_imm(in);
    cpu_set_xsp(cpu, in->Rd, in->sf ? result : (uint32_t)result);
    return A64_NEXT;
}

enum a64_result exec_ADDS_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t result = add_with_carry(in->sf, cpu_xsp(cpu, in->Rn), addsub_imm(in), 0, &cpu->nzcv);
    cpu_set_x(cpu, in->Rd, result);
    return A64_NEXT;
}

enum a64_result exec_SUBS_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t result =
        add_with_carry(in->sf, cpu_xsp(cpu, in->Rn), ~addsub_imm(in), 1, &cpu->nzcv);
    cpu_set_x(cpu, in->Rd, result);
    return A64_NEXT;
}

/* ---- logical (immediate) ---- */

/* The bitmask immediate, or false for a reserved encoding (UNDEF). */
static bool logical_imm(const struct a64_insn *in, uint64_t *imm)
{
    uint64_t tmask;
    if (!in->sf && in->N)
        return false;
    return decode_bit_masks(in->N, in->imms, in->immr, true, in->sf ? 64 : 32, imm, &tmask);
}

enum a64_result exec_AND_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t imm;
    if (!logical_imm(in, &imm))
        return A64_UNDEF;
    cpu_set_xsp(cpu, in->Rd, cpu_reg(cpu, in->sf, in->Rn) & imm);
    return A64_NEXT;
}

enum a64_result exec_ORR_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t imm;
    if (!logical_imm(in, &imm))
        return A64_UNDEF;
    cpu_set_xsp(cpu, in->Rd, cpu_reg(cpu, in->sf, in->Rn) | imm);
    return A64_NEXT;
}

enum a64_result exec_EOR_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t imm;
    if (!logical_imm(in, &imm))
        return A64_UNDEF;
    cpu_set_xsp(cpu, in->Rd, cpu_reg(cpu, in->sf, in->Rn) ^ imm);
    return A64_NEXT;
}

enum a64_result exec_ANDS_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t imm;
    if (!logical_imm(in, &imm))
        return A64_UNDEF;
    uint64_t result = cpu_reg(cpu, in->sf, in->Rn) & imm;
    cpu->nzcv = logic_flags(in->sf, result);
    cpu_set_x(cpu, in->Rd, result);
    return A64_NEXT;
}

/* ---- move wide ---- */

/* imm16 placed at hw*16; hw >= 2 does not exist for W registers. */
static bool wide_imm(const struct a64_insn *in, uint64_t *value)
{
    if (!in->sf && in->hw >= 2)
        return false;
    *value = (uint64_t)in->imm16 << (in->hw * 16);
    return true;
}

enum a64_result exec_MOVN(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t value;
    if (!wide_imm(in, &value))
        return A64_UNDEF;
    cpu_set_reg(cpu, in->sf, in->Rd, ~value);
    return A64_NEXT;
}

enum a64_result exec_MOVZ(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t value;
    if (!wide_imm(in, &value))
        return A64_UNDEF;
    cpu_set_x(cpu, in->Rd, value);
    return A64_NEXT;
}

enum a64_result exec_MOVK(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t value;
    if (!wide_imm(in, &value))
        return A64_UNDEF;
    uint64_t keep = ~(0xffffull << (in->hw * 16));
    cpu_set_reg(cpu, in->sf, in->Rd, (cpu_x(cpu, in->Rd) & keep) | value);
    return A64_NEXT;
}

/* ---- bitfield ---- */

/* sf=1 needs N=1; sf=0 needs N=0 and immr, imms < 32. */
static bool bitfield_ok(const struct a64_insn *in)
{
    if (in->sf)
        return in->N == 1;
    return in->N == 0 && in->immr < 32 && in->imms < 32;
}

enum a64_result exec_UBFM(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!bitfield_ok(in))
        return A64_UNDEF;
    unsigned width = in->sf ? 64 : 32, r = in->immr, s = in->imms;
    uint64_t src = cpu_reg(cpu, in->sf, in->Rn), result;
    if (s >= r)
        result = (src >> r) & ones(s - r + 1);
    else
        result = (src & ones(s + 1)) << (width - r);
    cpu_set_reg(cpu, in->sf, in->Rd, result);
    return A64_NEXT;
}

enum a64_result exec_SBFM(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!bitfield_ok(in))
        return A64_UNDEF;
    unsigned width = in->sf ? 64 : 32, r = in->immr, s = in->imms;
    uint64_t src = cpu_reg(cpu, in->sf, in->Rn), result;
    if (s >= r)
        result = sign_extend(src >> r, s - r + 1);
    else
        result = sign_extend(src, s + 1) << (width - r);
    cpu_set_reg(cpu, in->sf, in->Rd, result);
    return A64_NEXT;
}

enum a64_result exec_BFM(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!bitfield_ok(in))
        return A64_UNDEF;
    unsigned width = in->sf ? 64 : 32, r = in->immr, s = in->imms;
    uint64_t src = cpu_reg(cpu, in->sf, in->Rn), dst = cpu_reg(cpu, in->sf, in->Rd);
    uint64_t field, mask;
    if (s >= r) { /* BFXIL: src<s:r> into dst<s-r:0> */
        mask = ones(s - r + 1);
        field = (src >> r) & mask;
    } else { /* BFI: src<s:0> into dst<width-r+s : width-r> */
        mask = ones(s + 1) << (width - r);
        field = (src << (width - r)) & mask;
    }
    cpu_set_reg(cpu, in->sf, in->Rd, (dst & ~mask) | field);
    return A64_NEXT;
}

enum a64_result exec_EXTR(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->sf != in->N || (!in->sf && in->imms >= 32))
        return A64_UNDEF;
    unsigned width = in->sf ? 64 : 32, lsb = in->imms;
    uint64_t hi = cpu_reg(cpu, in->sf, in->Rn), lo = cpu_reg(cpu, in->sf, in->Rm);
    uint64_t result = lsb ? (lo >> lsb) | (hi << (width - lsb)) : lo;
    cpu_set_reg(cpu, in->sf, in->Rd, result);
    return A64_NEXT;
}
