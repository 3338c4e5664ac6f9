/*
 * Advanced SIMD structure loads and stores: LD1-LD4/ST1-ST4 (multiple
 * structures), LD1-LD4/ST1-ST4 (single structure, one lane) and
 * LD1R-LD4R (single structure replicated to all lanes), each without
 * offset and post-indexed by register or by the transfer size (Rm = 31).
 *
 * The bytes move as one block between memory and a local buffer laid out
 * in memory order; registers and the base are written only after every
 * access succeeded, so a faulting load leaves the CPU unchanged. (A store
 * larger than 32 bytes goes out in 32-byte pieces: a fault in a later
 * piece may leave earlier ones written, which the architecture allows for
 * these element-wise accesses.) Multiple-structure loads and replicating
 * loads write whole registers (Q=0 clears bits 127:64); single-lane loads
 * keep the other lanes.
 */
#include <string.h>

#include "cpu/a64/exec.h"
#include "cpu/a64/simd.h"
#include "cpu/memory.h"

/* Moves `len` (<= 64) bytes between memory at va and buf, in pieces mem_read/mem_write take. */
static bool transfer(struct cpu_state *cpu, bool load, uint64_t va, uint8_t *buf, unsigned len)
{
    for (unsigned done = 0; done < len; done += 32) {
        unsigned piece = len - done < 32 ? len - done : 32;
        bool ok = load ? mem_read(cpu, va + done, buf + done, piece)
                       : mem_write(cpu, va + done, buf + done, piece);
        if (!ok)
            return false;
    }
    return true;
}

/* Post-index writeback: Rm = 31 means "by the number of bytes transferred". */
static void write_back(struct cpu_state *cpu, const struct a64_insn *in, uint64_t base,
                       unsigned bytes)
{
    uint64_t offset = in->Rm == 31 ? bytes : cpu_x(cpu, in->Rm);
    cpu_set_xsp(cpu, in->Rn, base + offset);
}

/*
 * Multiple structures: opcode -> registers per structure (selem) and
 * repetitions (rpt). Structure e of register group r is elements e of
 * registers t+r*selem .. (interleaved for selem > 1).
 */
static enum a64_result ldst_multi(struct cpu_state *cpu, const struct a64_insn *in, bool post)
{
    unsigned rpt, selem;
    switch (in->opcode) {
    case 0x0:
        rpt = 1;
        selem = 4;
        break; /* LD4/ST4 */
    case 0x2:
        rpt = 4;
        selem = 1;
        break; /* LD1/ST1, four registers */
    case 0x4:
        rpt = 1;
        selem = 3;
        break; /* LD3/ST3 */
    case 0x6:
        rpt = 3;
        selem = 1;
        break; /* LD1/ST1, three registers */
    case 0x7:
        rpt = 1;
        selem = 1;
        break; /* LD1/ST1, one register */
    case 0x8:
        rpt = 1;
        selem = 2;
        break; /* LD2/ST2 */
    case 0xa:
        rpt = 2;
        selem = 1;
        break; /* LD1/ST1, two registers */
    default: return A64_UNDEF;
    }
    unsigned size = in->size;
    if (size == 3 && !in->Q && selem != 1)
        return A64_UNDEF; /* LD2-LD4 of 1D */
    unsigned ebytes = 1u << size, lanes = simd_lanes(in->Q, size);
    unsigned total = (in->Q ? 16 : 8) * rpt * selem;
    uint64_t base;
    if (!mem_base(cpu, in->Rn, &base))
        return A64_EXCEPTION;
    uint8_t buf[64];
    vreg regs[4];
    memset(regs, 0, sizeof(regs));
    if (!in->L) {
        unsigned off = 0;
        for (unsigned r = 0; r < rpt; r++)
            for (unsigned e = 0; e < lanes; e++)
                for (unsigned s = 0; s < selem; s++, off += ebytes) {
                    uint64_t v = simd_get(&cpu->v[(in->Rt + r * selem + s) % 32], size, e);
                    memcpy(buf + off, &v, ebytes);
                }
        if (!transfer(cpu, false, base, buf, total))
            return A64_EXCEPTION;
    } else {
        if (!transfer(cpu, true, base, buf, total))
            return A64_EXCEPTION;
        unsigned off = 0;
        for (unsigned r = 0; r < rpt; r++)
            for (unsigned e = 0; e < lanes; e++)
                for (unsigned s = 0; s < selem; s++, off += ebytes) {
                    uint64_t v = 0;
                    memcpy(&v, buf + off, ebytes);
                    simd_set(&regs[r * selem + s], size, e, v);
                }
        for (unsigned i = 0; i < rpt * selem; i++)
            cpu->v[(in->Rt + i) % 32] = regs[i]; /* upper half already zero for Q=0 */
    }
    if (post)
        write_back(cpu, in, base, total);
    return A64_NEXT;
}

enum a64_result exec_SIMD_LDST_multi(struct cpu_state *cpu, const struct a64_insn *in)
{
    return ldst_multi(cpu, in, false);
}

enum a64_result exec_SIMD_LDST_multi_post(struct cpu_state *cpu, const struct a64_insn *in)
{
    return ldst_multi(cpu, in, true);
}

/*
 * Single structure: opcode<2:1> is the element size class (B, H, S/D,
 * replicate), opcode<0>:R + 1 the number of registers, and Q:S:size the
 * lane index, as the Arm ARM decodes it.
 */
static enum a64_result ldst_single(struct cpu_state *cpu, const struct a64_insn *in, bool post)
{
    unsigned scale = in->opcode >> 1, selem = (((in->opcode & 1) << 1) | in->R) + 1;
    unsigned index = 0;
    bool replicate = false;
    switch (scale) {
    case 0: index = (in->Q << 3) | (in->S << 2) | in->size; break;
    case 1:
        if (in->size & 1)
            return A64_UNDEF;
        index = (in->Q << 2) | (in->S << 1) | (in->size >> 1);
        break;
    case 2:
        if (in->size & 2)
            return A64_UNDEF;
        if (!(in->size & 1)) {
            index = (in->Q << 1) | in->S;
        } else {
            if (in->S)
                return A64_UNDEF;
            index = in->Q;
            scale = 3;
        }
        break;
    default: /* LD1R-LD4R */
        if (!in->L || in->S)
            return A64_UNDEF;
        scale = in->size;
        replicate = true;
        break;
    }
    unsigned ebytes = 1u << scale, total = ebytes * selem;
    uint64_t base;
    if (!mem_base(cpu, in->Rn, &base))
        return A64_EXCEPTION;
    uint8_t buf[32];
    if (!in->L) {
        for (unsigned s = 0; s < selem; s++) {
            uint64_t v = simd_get(&cpu->v[(in->Rt + s) % 32], scale, index);
            memcpy(buf + s * ebytes, &v, ebytes);
        }
        if (!transfer(cpu, false, base, buf, total))
            return A64_EXCEPTION;
    } else {
        if (!transfer(cpu, true, base, buf, total))
            return A64_EXCEPTION;
        for (unsigned s = 0; s < selem; s++) {
            uint64_t v = 0;
            memcpy(&v, buf + s * ebytes, ebytes);
            vreg *t = &cpu->v[(in->Rt + s) % 32];
            if (replicate) {
                vreg r = {{0}};
                for (unsigned i = 0; i < simd_lanes(in->Q, scale); i++)
                    simd_set(&r, scale, i, v);
                *t = r;
            } else {
                simd_set(t, scale, index, v);
            }
        }
    }
    if (post)
        write_back(cpu, in, base, total);
    return A64_NEXT;
}

enum a64_result exec_SIMD_LDST_single(struct cpu_state *cpu, const struct a64_insn *in)
{
    return ldst_single(cpu, in, false);
}

enum a64_result exec_SIMD_LDST_single_post(struct cpu_state *cpu, const struct a64_insn *in)
{
    return ldst_single(cpu, in, true);
}
