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
 */
static inline uint64_t add_with_carry(unsigned sf, uint64_t x, uint64_t y, unsigned carry_in,
                                      uint32_t *nzcv)
{
    uint32_t flags = 0;
    uint64_t result;
    if (sf) {
        unsigned __int128 usum = (unsigned __int128)x + y + carry_in;
        __int128 ssum = (__int128)(int64_t)x + (int64_t)y + carry_in;
        result = (uint64_t)usum;
        if ((unsigned __int128)result != usum)
            flags |= NZCV_C;
        if ((__int128)(int64_t)result != ssum)
            flags |= NZCV_V;
        if (result >> 63)
            flags |= NZCV_N;
    } else {
        uint32_t a = (uint32_t)x, b = (uint32_t)y;
        uint64_t usum = (uint64_t)a + b + carry_in;
        int64_t ssum = (int64_t)(int32_t)a + (int32_t)b + carry_in;
        result = (uint32_t)usum;
        if (result != usum)
            flags |= NZCV_C;
        if ((int64_t)(int32_t)result != ssum)
            flags |= NZCV_V;
        if (result >> 31)
            flags |= NZCV_N;
    }
    if (result == 0)
        flags |= NZCV_Z;
    *nzcv = flags;
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

/* ConditionHolds(cond) for a 4-bit condition code against NZCV. */
static inline bool condition_holds(unsigned cond, uint32_t nzcv)
{
    bool n = nzcv & NZCV_N, z = nzcv & NZCV_Z, c = nzcv & NZCV_C, v = nzcv & NZCV_V;
    bool result;
    switch (cond >> 1) {
    case 0: result = z; break;             /* EQ / NE */
    case 1: result = c; break;             /* CS / CC */
    case 2: result = n; break;             /* MI / PL */
    case 3: result = v; break;             /* VS / VC */
    case 4: result = c && !z; break;       /* HI / LS */
    case 5: result = n == v; break;        /* GE / LT */
    case 6: result = n == v && !z; break;  /* GT / LE */
    default: result = true; break;         /* AL / NV: both always true */
    }
    if ((cond & 1) && cond != 15)
        result = !result;
    return result;
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

#endif
