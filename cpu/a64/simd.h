/*
 * Helpers shared by the integer Advanced SIMD semantics (simd_*.c): lane
 * access by element size, lane counts, sign extension of a lane, the Q=0
 * rule, and 128-bit intermediates with saturation (FPSR.QC).
 *
 * Sizes are the Arm ARM's `size` field (0 = 8-bit, 1 = 16, 2 = 32, 3 = 64).
 * A vector operation builds its result in a local vreg and stores it with
 * simd_write_q, so an instruction whose destination is also a source reads
 * every source lane before any lane of the destination changes, and the
 * 64-bit (Q=0) forms clear bits 127:64 as the pseudocode's V[d] = result
 * assignment of a 64-bit value does.
 *
 *     vreg r = {{0}};
 *     for (unsigned i = 0; i < simd_lanes(in->Q, in->size); i++)
 *         simd_set(&r, in->size, i, simd_get(&cpu->v[in->Rn], in->size, i) + 1);
 *     simd_write_q(cpu, in->Rd, &r, in->Q);
 */
#ifndef FERRY_CPU_A64_SIMD_H
#define FERRY_CPU_A64_SIMD_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/a64/bits.h"
#include "cpu/cpu.h"

/* FPSR.QC: cumulative saturation, set by the saturating integer operations. */
#define FPSR_QC (1u << 27)

/* Element i of size `size` (zero-extended). */
static inline uint64_t simd_get(const vreg *v, unsigned size, unsigned i)
{
    switch (size) {
    case 0: return v->b[i];
    case 1: return v->h[i];
    case 2: return v->s[i];
    default: return v->d[i];
    }
}

/* Element i of size `size`, sign-extended to 64 bits. */
static inline int64_t simd_get_signed(const vreg *v, unsigned size, unsigned i)
{
    return (int64_t)sign_extend(simd_get(v, size, i), 8u << size);
}

static inline void simd_set(vreg *v, unsigned size, unsigned i, uint64_t value)
{
    switch (size) {
    case 0: v->b[i] = (uint8_t)value; break;
    case 1: v->h[i] = (uint16_t)value; break;
    case 2: v->s[i] = (uint32_t)value; break;
    default: v->d[i] = value; break;
    }
}

/* Lanes of `size` in a 64-bit (Q=0) or 128-bit (Q=1) vector. */
static inline unsigned simd_lanes(unsigned Q, unsigned size)
{
    return (Q ? 16u : 8u) >> size;
}

/* `value` in every lane of a 64-bit (Q=0) or 128-bit (Q=1) vector; the rest of *v zeroed. */
static inline void simd_broadcast(vreg *v, unsigned size, uint64_t value, unsigned Q)
{
    *v = (vreg){{0}};
    for (unsigned i = 0; i < simd_lanes(Q, size); i++)
        simd_set(v, size, i, value);
}

/*
 * Borrowed registers: scalar and by-element instructions run as their vector
 * counterparts on V registers the instruction does not name, loaded with
 * prepared operands for the duration of the instruction and then restored,
 * so the guest sees one architectural update and the arithmetic is written
 * once.
 */
struct simd_borrowed {
    unsigned count;
    uint8_t reg[3];
    vreg saved[3];
};

/* Borrow `count` (at most 3) registers outside `named` (a mask of V registers), loading values[i]. */
static inline void simd_borrow(struct cpu_state *cpu, struct simd_borrowed *b, uint32_t named,
                               const vreg *values, unsigned count)
{
    b->count = 0;
    for (unsigned r = 0; b->count < count; r++) {
        if ((named >> r) & 1)
            continue;
        b->reg[b->count] = (uint8_t)r;
        b->saved[b->count] = cpu->v[r];
        cpu->v[r] = values[b->count];
        b->count++;
    }
}

static inline void simd_give_back(struct cpu_state *cpu, const struct simd_borrowed *b)
{
    for (unsigned i = 0; i < b->count; i++)
        cpu->v[b->reg[i]] = b->saved[i];
}

/*
 * The indexed operand of a by-element instruction (vector or scalar, with
 * in->Q = 1 for the scalar form): element size, index and register, from
 * size:L:M:Rm:H; false if the encoding is unallocated.
 */
struct a64_insn;
bool simd_by_element_operand(const struct a64_insn *in, bool fp, unsigned *size, unsigned *index,
                             unsigned *rm);

/* Bits of an element of `size`. */
static inline unsigned simd_esize(unsigned size)
{
    return 8u << size;
}

/* All ones in an element of `size`. */
static inline uint64_t simd_mask(unsigned size)
{
    return ones(8u << size);
}

/* V[d] = result: the 64-bit forms write zeros to bits 127:64. */
static inline void simd_write_q(struct cpu_state *cpu, unsigned rd, const vreg *result, unsigned Q)
{
    cpu->v[rd] = *result;
    if (!Q)
        cpu->v[rd].d[1] = 0;
}

/* Wide intermediates: halving, rounding and saturating operations never overflow them. */
typedef __int128 simd_i128;

/* Element i as a 128-bit integer, signed or unsigned. */
/* x * 2^n without the undefined behaviour of shifting a negative signed value. */
static inline simd_i128 simd_shl_wide(simd_i128 x, unsigned n)
{
    return (simd_i128)((unsigned __int128)x << n);
}

static inline simd_i128 simd_get_wide(const vreg *v, unsigned size, unsigned i, bool is_unsigned)
{
    return is_unsigned ? (simd_i128)simd_get(v, size, i) : (simd_i128)simd_get_signed(v, size, i);
}

/* SatQ: clamp to `size`'s signed or unsigned range; sets *sat when it had to. */
static inline uint64_t simd_saturate(simd_i128 x, unsigned size, bool to_unsigned, bool *sat)
{
    unsigned bits = 8u << size;
    simd_i128 max = to_unsigned ? ((simd_i128)1 << bits) - 1 : ((simd_i128)1 << (bits - 1)) - 1;
    simd_i128 min = to_unsigned ? 0 : -max - 1;
    if (x > max) {
        *sat = true;
        x = max;
    } else if (x < min) {
        *sat = true;
        x = min;
    }
    return (uint64_t)x & simd_mask(size);
}

#endif
