/*
 * The cryptographic extension: AES (AESE, AESD, AESMC, AESIMC), SHA-1
 * (SHA1C/P/M/H/SU0/SU1) and SHA-256 (SHA256H/H2/SU0/SU1), following the Arm
 * ARM pseudocode, which works on the 128-bit registers as four 32-bit
 * elements (SHA) or a 4x4 byte state stored column by column (AES).
 *
 * The AES S-box is computed, not tabulated: the multiplicative inverse in
 * GF(2^8) followed by the affine map, as FIPS-197 defines it.
 */
#include <string.h>

#include "cpu/a64/exec.h"
#include "cpu/cpu.h"

/* ---- AES ---- */

static uint8_t gf_mul(uint8_t a, uint8_t b)
{
    uint8_t p = 0;
    while (b) {
        if (b & 1)
            p ^= a;
        a = (uint8_t)((a << 1) ^ ((a & 0x80) ? 0x1b : 0));
        b >>= 1;
    }
    return p;
}

/* a^254 = a^-1 in GF(2^8) (and 0 for 0). */
static uint8_t gf_inverse(uint8_t a)
{
    uint8_t result = 1, base = a;
    for (unsigned e = 254; e; e >>= 1) {
        if (e & 1)
            result = gf_mul(result, base);
        base = gf_mul(base, base);
    }
    return a ? result : 0;
}

static uint8_t rotl8(uint8_t x, unsigned n) { return (uint8_t)((x << n) | (x >> (8 - n))); }

static uint8_t sbox(uint8_t x)
{
    uint8_t b = gf_inverse(x);
    return b ^ rotl8(b, 1) ^ rotl8(b, 2) ^ rotl8(b, 3) ^ rotl8(b, 4) ^ 0x63;
}

static uint8_t inverse_sbox(uint8_t y)
{
    uint8_t b = rotl8(y, 1) ^ rotl8(y, 3) ^ rotl8(y, 6) ^ 0x05;
    return gf_inverse(b);
}

/* Byte r of column c of the state is byte r + 4c of the register. */
static void aes_rounds(uint8_t state[16], bool inverse)
{
    uint8_t out[16];
    for (unsigned c = 0; c < 4; c++) {
        for (unsigned r = 0; r < 4; r++) {
            unsigned from = inverse ? (c + 4 - r) % 4 : (c + r) % 4; /* (Inv)ShiftRows */
            uint8_t v = state[r + 4 * from];
            out[r + 4 * c] = inverse ? inverse_sbox(v) : sbox(v); /* (Inv)SubBytes */
        }
    }
    memcpy(state, out, 16);
}

static void aes_mix_columns(uint8_t state[16], bool inverse)
{
    static const uint8_t forward[4] = {2, 3, 1, 1}, backward[4] = {14, 11, 13, 9};
    const uint8_t *m = inverse ? backward : forward;
    for (unsigned c = 0; c < 4; c++) {
        uint8_t col[4], mixed[4];
        memcpy(col, state + 4 * c, 4);
        for (unsigned r = 0; r < 4; r++)
            mixed[r] = gf_mul(m[0], col[r]) ^ gf_mul(m[1], col[(r + 1) % 4]) ^
                       gf_mul(m[2], col[(r + 2) % 4]) ^ gf_mul(m[3], col[(r + 3) % 4]);
        memcpy(state + 4 * c, mixed, 4);
    }
}

enum a64_result exec_AES(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size != 0 || in->opcode < 4 || in->opcode > 7)
        return A64_UNDEF;
    uint8_t state[16];
    memcpy(state, cpu->v[in->Rn].b, 16);
    switch (in->opcode) {
    case 4: /* AESE */
    case 5: /* AESD */
        for (int i = 0; i < 16; i++)
            state[i] ^= cpu->v[in->Rd].b[i];
        aes_rounds(state, in->opcode == 5);
        break;
    default: /* AESMC, AESIMC */
        aes_mix_columns(state, in->opcode == 7);
        break;
    }
    memcpy(cpu->v[in->Rd].b, state, 16);
    return A64_NEXT;
}

/* ---- PMULL / PMULL2: carry-less (polynomial) multiplication ---- */

static unsigned __int128 clmul(uint64_t a, uint64_t b, unsigned bits)
{
    unsigned __int128 product = 0;
    for (unsigned i = 0; i < bits; i++)
        if ((b >> i) & 1)
            product ^= (unsigned __int128)a << i;
    return product;
}

enum a64_result exec_PMULL(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned half = in->Q; /* PMULL2 takes the upper halves of the sources */
    const vreg *n = &cpu->v[in->Rn], *m = &cpu->v[in->Rm];
    vreg result;
    if (in->size == 3) { /* 64 x 64 -> 128 (FEAT_PMULL) */
        unsigned __int128 p = clmul(n->d[half], m->d[half], 64);
        result.d[0] = (uint64_t)p;
        result.d[1] = (uint64_t)(p >> 64);
    } else if (in->size == 0) { /* eight 8 x 8 -> 16 */
        for (unsigned i = 0; i < 8; i++)
            result.h[i] = (uint16_t)clmul(n->b[8 * half + i], m->b[8 * half + i], 8);
    } else {
        return A64_UNDEF;
    }
    cpu->v[in->Rd] = result;
    return A64_NEXT;
}

/* ---- SHA ---- */

static uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }
static uint32_t sha_choose(uint32_t x, uint32_t y, uint32_t z) { return ((y ^ z) & x) ^ z; }
static uint32_t sha_majority(uint32_t x, uint32_t y, uint32_t z) { return (x & y) | ((x | y) & z); }
static uint32_t sha_parity(uint32_t x, uint32_t y, uint32_t z) { return x ^ y ^ z; }

/* <Y, X> = ROL(Y : X, 32): X's top word leaves into Y, Y enters X's bottom. */
static void rotate_words(uint32_t x[4], uint32_t *y)
{
    uint32_t top = x[3];
    x[3] = x[2];
    x[2] = x[1];
    x[1] = x[0];
    x[0] = *y;
    *y = top;
}

static void sha1_hash(struct cpu_state *cpu, const struct a64_insn *in,
                      uint32_t (*f)(uint32_t, uint32_t, uint32_t))
{
    uint32_t x[4], w[4], y = cpu->v[in->Rn].s[0];
    memcpy(x, cpu->v[in->Rd].s, 16);
    memcpy(w, cpu->v[in->Rm].s, 16);
    for (int e = 0; e < 4; e++) {
        uint32_t t = f(x[1], x[2], x[3]);
        y = y + rol32(x[0], 5) + t + w[e];
        x[1] = rol32(x[1], 30);
        rotate_words(x, &y);
    }
    memcpy(cpu->v[in->Rd].s, x, 16);
}

static uint32_t sigma0(uint32_t x) { return ror32(x, 2) ^ ror32(x, 13) ^ ror32(x, 22); }
static uint32_t sigma1(uint32_t x) { return ror32(x, 6) ^ ror32(x, 11) ^ ror32(x, 25); }

/* SHA256hash(X, Y, W, part1) of the Arm ARM. */
static void sha256_hash(uint32_t x[4], uint32_t y[4], const uint32_t w[4], bool part1,
                        uint32_t out[4])
{
    for (int e = 0; e < 4; e++) {
        uint32_t chs = sha_choose(y[0], y[1], y[2]);
        uint32_t maj = sha_majority(x[0], x[1], x[2]);
        uint32_t t = y[3] + sigma1(y[0]) + chs + w[e];
        x[3] = t + x[3];
        y[3] = t + sigma0(x[0]) + maj;
        /* <Y, X> = ROL(Y : X, 32) over 256 bits */
        uint32_t carry = y[3];
        y[3] = y[2];
        y[2] = y[1];
        y[1] = y[0];
        y[0] = x[3];
        x[3] = x[2];
        x[2] = x[1];
        x[1] = x[0];
        x[0] = carry;
    }
    memcpy(out, part1 ? x : y, 16);
}

enum a64_result exec_SHA_3reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size != 0 || in->opcode > 6)
        return A64_UNDEF;
    uint32_t d[4], n[4], m[4], r[4];
    memcpy(d, cpu->v[in->Rd].s, 16);
    memcpy(n, cpu->v[in->Rn].s, 16);
    memcpy(m, cpu->v[in->Rm].s, 16);
    switch (in->opcode) {
    case 0: sha1_hash(cpu, in, sha_choose); return A64_NEXT;   /* SHA1C */
    case 1: sha1_hash(cpu, in, sha_parity); return A64_NEXT;   /* SHA1P */
    case 2: sha1_hash(cpu, in, sha_majority); return A64_NEXT; /* SHA1M */
    case 3: /* SHA1SU0: (op2<63:0> : op1<127:64>) EOR op1 EOR op3 */
        r[0] = d[2] ^ d[0] ^ m[0];
        r[1] = d[3] ^ d[1] ^ m[1];
        r[2] = n[0] ^ d[2] ^ m[2];
        r[3] = n[1] ^ d[3] ^ m[3];
        break;
    case 4: sha256_hash(d, n, m, true, r); break;  /* SHA256H */
    case 5: sha256_hash(n, d, m, false, r); break; /* SHA256H2 */
    default: { /* SHA256SU1 */
        uint32_t t0[4] = {n[1], n[2], n[3], m[0]};
        for (int e = 0; e < 4; e++) {
            uint32_t elt = e < 2 ? m[2 + e] : r[e - 2];
            elt = ror32(elt, 17) ^ ror32(elt, 19) ^ (elt >> 10);
            r[e] = elt + d[e] + t0[e];
        }
        break;
    }
    }
    memcpy(cpu->v[in->Rd].s, r, 16);
    return A64_NEXT;
}

enum a64_result exec_SHA_2reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size != 0 || in->opcode > 2)
        return A64_UNDEF;
    uint32_t d[4], n[4], r[4] = {0, 0, 0, 0};
    memcpy(d, cpu->v[in->Rd].s, 16);
    memcpy(n, cpu->v[in->Rn].s, 16);
    switch (in->opcode) {
    case 0: /* SHA1H: a scalar result, the rest of the register cleared */
        r[0] = rol32(n[0], 30);
        break;
    case 1: { /* SHA1SU1 */
        uint32_t t[4] = {d[0] ^ n[1], d[1] ^ n[2], d[2] ^ n[3], d[3]};
        r[0] = rol32(t[0], 1);
        r[1] = rol32(t[1], 1);
        r[2] = rol32(t[2], 1);
        r[3] = rol32(t[3], 1) ^ rol32(t[0], 2);
        break;
    }
    default: { /* SHA256SU0 */
        uint32_t t[4] = {d[1], d[2], d[3], n[0]};
        for (int e = 0; e < 4; e++)
            r[e] = (ror32(t[e], 7) ^ ror32(t[e], 18) ^ (t[e] >> 3)) + d[e];
        break;
    }
    }
    memcpy(cpu->v[in->Rd].s, r, 16);
    return A64_NEXT;
}
