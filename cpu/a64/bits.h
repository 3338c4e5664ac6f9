/*
 * Small pieces of Arm ARM pseudocode shared by many semantics functions:
 * sign extension, AddWithCarry, ConditionHolds, DecodeBitMasks.
 * Names follow the pseudocode so a reader can check them against it.
 */
#ifndef FERRY_CPU_A64_BITS_H
#define FERRY_CPU_A64_BITS_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/cpu.h"

/* SignExtend(value<bits-1:0>, 64). bits in 1..64. */
static inline uint64_t sign_extend(uint64_t value, unsigned bits)
{
    unsigned shift = 64 - bits;
    return (uint64_t)((int64_t)(value << shift) >> shift);
}

static inline uint64_t ones(unsigned bits)
{
    return bits >= 64 ? ~0ull : (1ull << bits) - 1;
}

/* Width mask for sf: 0xffffffff or all ones. */
static inline uint64_t width_mask(unsigned sf) { return sf ? ~0ull : 0xffffffffull; }

/*
 * AddWithCarry(x, y, carry_in) at `datasize` (32 or 64 by sf): returns the
 * result truncated to the width and the NZCV flags in NZCV-register format.
 * V is set when x and y have the same sign and the result's sign differs,
 * which is the pseudocode's "signed sum != SInt(result)" without 128 bits.
 */
static inline uint64_t add_with_carry(unsigned sf, uint64_t x, uint64_t y, unsigned carry_in,
                                      uint32_t *nzcv)
{
    uint64_t result;
    uint32_t c, v, n;
    if (sf) {
        uint64_t partial;
        bool c1 = __builtin_add_overflow(x, y, &partial);
        bool c2 = __builtin_add_overflow(partial, (uint64_t)carry_in, &result);
        c = c1 | c2;
        v = (uint32_t)(((~(x ^ y) & (x ^ result)) >> 63) & 1);
        n = (uint32_t)(result >> 63);
    } else {
        uint32_t a = (uint32_t)x, b = (uint32_t)y;
        uint64_t sum = (uint64_t)a + b + carry_in;
        uint32_t r = (uint32_t)sum;
        result = r;
        c = (uint32_t)(sum >> 32);
        v = ((~(a ^ b) & (a ^ r)) >> 31) & 1;
        n = r >> 31;
    }
    *nzcv = (n << 31) | ((uint32_t)(result == 0) << 30) | (c << 29) | (v << 28);
    return result;
}

/* N and Z of a logical result (C and V cleared), as ANDS/BICS/TST set them. */
static inline uint32_t logic_flags(unsigned sf, uint64_t result)
{
    uint32_t flags = 0;
    if (sf ? (result >> 63) : ((result >> 31) & 1))
        flags |= NZCV_N;
    if ((sf ? result : (uint32_t)result) == 0)
        flags |= NZCV_Z;
    return flags;
}

/*
 * ConditionHolds(cond) for a 4-bit condition code against NZCV, as a table:
 * bit i of condition_table[cond] says whether cond holds when NZCV<31:28> = i.
 * (EQ: Z set; CS: C set; MI: N set; VS: V set; HI: C and not Z; GE: N == V;
 * GT: not Z and N == V; AL and NV: always; odd codes negate even ones.)
 */
static inline bool condition_holds(unsigned cond, uint32_t nzcv)
{
    static const uint16_t condition_table[16] = {
        0xf0f0, 0x0f0f, 0xcccc, 0x3333, 0xff00, 0x00ff, 0xaaaa, 0x5555,
        0x0c0c, 0xf3f3, 0xaa55, 0x55aa, 0x0a05, 0xf5fa, 0xffff, 0xffff,
    };
    return (condition_table[cond & 15] >> (nzcv >> 28)) & 1;
}

/* Rotate right `value` of `width` bits (width 32 or 64) by amount < width. */
static inline uint64_t ror(uint64_t value, unsigned amount, unsigned width)
{
    if (amount == 0)
        return value;
    return ((value >> amount) | (value << (width - amount))) & ones(width);
}

/* Replicate a `esize`-bit pattern across 64 bits. */
static inline uint64_t replicate(uint64_t pattern, unsigned esize)
{
    uint64_t out = 0;
    for (unsigned i = 0; i < 64; i += esize)
        out |= pattern << i;
    return out;
}

/*
 * DecodeBitMasks(immN, imms, immr, immediate, datasize): produces wmask and
 * tmask. Returns false for the reserved encodings (the caller UNDEFs).
 * `immediate` is true for logical immediates (all-ones element reserved).
 */
static inline bool decode_bit_masks(unsigned immN, unsigned imms, unsigned immr, bool immediate,
                                    unsigned datasize, uint64_t *wmask, uint64_t *tmask)
{
    unsigned combined = (immN << 6) | (~imms & 0x3f);
    if (combined == 0)
        return false;
    int len = 31 - __builtin_clz(combined); /* HighestSetBit */
    if (len < 1)
        return false;
    unsigned levels = (1u << len) - 1;
    if (immediate && (imms & levels) == levels)
        return false;
    unsigned s = imms & levels, r = immr & levels;
    unsigned diff = (s - r) & levels;
    unsigned esize = 1u << len;
    if (esize > datasize)
        return false;
    uint64_t welem = ones(s + 1);
    uint64_t telem = ones(diff + 1);
    welem = ror(welem, r, esize);
    *wmask = replicate(welem, esize) & ones(datasize);
    *tmask = replicate(telem, esize) & ones(datasize);
    return true;
}

/*
 * CRC32 (castagnoli 0) or CRC32C (1) of one byte: the remainder change for
 * each byte value, through the reflected polynomial (dp_reg.c).
 */
const uint32_t *a64_crc32_table(unsigned castagnoli);

#endif
