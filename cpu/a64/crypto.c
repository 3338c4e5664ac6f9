/*
 * The cryptographic extension: AES (AESE, AESD, AESMC, AESIMC), SHA-1
 * (SHA1C/P/M/H/SU0/SU1) and SHA-256 (SHA256H/H2/SU0/SU1), following the Arm
 * ARM pseudocode, which works on the 128-bit registers as four 32-bit
 * elements (SHA) or a 4x4 byte state stored column by column (AES).
 *
 * The AES S-box is computed, not typed in: the multiplicative inverse in
 * GF(2^8) followed by the affine map, as FIPS-197 defines it, tabulated
 * once on first use (computing it per byte cost ~1.3 us per AESE).
 *
 * Where the host has AES-NI, PCLMULQDQ or SHA-NI (cpu/host_isa.h) the
 * instructions run on them instead; each such function says why its
 * mapping is exact, and tests/unit/test_crypto.c compares it with the
 * portable path (FERRY_HOST_ISA=baseline) over random inputs:
 *   AESE  = AESENCLAST(Vd ^ Vn, 0): AddRoundKey, then ShiftRows, SubBytes
 *   AESD  = AESDECLAST(Vd ^ Vn, 0)
 *   AESMC = AESENC(AESDECLAST(Vn, 0), 0): the Inv/ShiftRows, Inv/SubBytes undo
 *   AESIMC = AESIMC
 *   PMULL/PMULL2 .1Q = PCLMULQDQ imm 0x00 / 0x11
 *   SHA1C/P/M = SHA1RNDS4 imm 0/1/2 with K taken off W first (SHA1RNDS4 adds
 *     it, Arm's W already has it), lanes reversed, E added to W0
 *   SHA1SU1 = SHA1MSG2 on reversed lanes; SHA256SU0 = SHA256MSG1;
 *   SHA256SU1 = SHA256MSG2(Vd + (Vm:Vn)<159:32>, Vm)
 *   SHA256H/H2 = two SHA256RNDS2 on the state regrouped as ABEF/CDGH
 * SHA1H (a rotate) and SHA1SU0 (three XORs) and the 8-bit PMULL have no
 * host instruction worth using and stay portable.
 */
#include <immintrin.h>
#include <pthread.h>
#include <string.h>

#include "cpu/a64/exec.h"
#include "cpu/cpu.h"
#include "cpu/host_isa.h"

#define HOST_AES __attribute__((target("aes,ssse3,sse4.1")))
#define HOST_PCLMUL __attribute__((target("pclmul,sse4.1")))
#define HOST_SHA __attribute__((target("sha,ssse3,sse4.1")))

static inline __m128i vload(const vreg *v) { return _mm_load_si128((const __m128i *)v); }
static inline void vstore(vreg *v, __m128i x) { _mm_store_si128((__m128i *)v, x); }

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

static uint8_t sbox_table[256], inverse_sbox_table[256];
static pthread_once_t sbox_once = PTHREAD_ONCE_INIT;

static void sbox_build(void)
{
    for (unsigned i = 0; i < 256; i++) {
        sbox_table[i] = sbox((uint8_t)i);
        inverse_sbox_table[i] = inverse_sbox((uint8_t)i);
    }
}

/* Byte r of column c of the state is byte r + 4c of the register. */
static void aes_rounds(uint8_t state[16], bool inverse)
{
    pthread_once(&sbox_once, sbox_build);
    const uint8_t *table = inverse ? inverse_sbox_table : sbox_table;
    uint8_t out[16];
    for (unsigned c = 0; c < 4; c++) {
        for (unsigned r = 0; r < 4; r++) {
            unsigned from = inverse ? (c + 4 - r) % 4 : (c + r) % 4; /* (Inv)ShiftRows */
            out[r + 4 * c] = table[state[r + 4 * from]];            /* (Inv)SubBytes */
        }
    }
    memcpy(state, out, 16);
}

static uint8_t xtime(uint8_t a) { return (uint8_t)((a << 1) ^ ((a & 0x80) ? 0x1b : 0)); }

/*
 * MixColumns: each column times {03}x^3 + {01}x^2 + {01}x + {02}; the
 * inverse first multiplies by {04}x^2 + {05} (FIPS-197 5.3.3 factored as
 * {0e 0b 0d 09} = {02 03 01 01} x {05 00 04 00}), then mixes forward.
 */
static void aes_mix_columns(uint8_t state[16], bool inverse)
{
    for (unsigned c = 0; c < 4; c++) {
        uint8_t *col = state + 4 * c;
        if (inverse) {
            uint8_t u = xtime(xtime((uint8_t)(col[0] ^ col[2])));
            uint8_t v = xtime(xtime((uint8_t)(col[1] ^ col[3])));
            col[0] ^= u;
            col[1] ^= v;
            col[2] ^= u;
            col[3] ^= v;
        }
        uint8_t all = col[0] ^ col[1] ^ col[2] ^ col[3], first = col[0];
        for (unsigned r = 0; r < 4; r++) {
            uint8_t next = r < 3 ? col[r + 1] : first;
            col[r] ^= all ^ xtime((uint8_t)(col[r] ^ next)); /* 2a + 3b + c + d */
        }
    }
}

/* See the top of the file for why each is AES's. */
static HOST_AES void aes_host(vreg *d, const vreg *n, unsigned opcode)
{
    __m128i x = vload(n), zero = _mm_setzero_si128();
    switch (opcode) {
    case 4: x = _mm_aesenclast_si128(_mm_xor_si128(x, vload(d)), zero); break;   /* AESE */
    case 5: x = _mm_aesdeclast_si128(_mm_xor_si128(x, vload(d)), zero); break;   /* AESD */
    case 6: x = _mm_aesenc_si128(_mm_aesdeclast_si128(x, zero), zero); break;    /* AESMC */
    default: x = _mm_aesimc_si128(x); break;                                     /* AESIMC */
    }
    vstore(d, x);
}

enum a64_result exec_AES(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size != 0 || in->opcode < 4 || in->opcode > 7)
        return A64_UNDEF;
    if (host_isa_has(HOST_ISA_AES)) {
        aes_host(&cpu->v[in->Rd], &cpu->v[in->Rn], in->opcode);
        return A64_NEXT;
    }
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

/* PCLMULQDQ's imm8 bit 0 picks the first source's quadword, bit 4 the second's. */
static HOST_PCLMUL void pmull64_host(vreg *d, const vreg *n, const vreg *m, unsigned half)
{
    __m128i a = vload(n), b = vload(m);
    vstore(d, half ? _mm_clmulepi64_si128(a, b, 0x11) : _mm_clmulepi64_si128(a, b, 0x00));
}

enum a64_result exec_PMULL(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned half = in->Q; /* PMULL2 takes the upper halves of the sources */
    const vreg *n = &cpu->v[in->Rn], *m = &cpu->v[in->Rm];
    vreg result;
    if (in->size == 3 && host_isa_has(HOST_ISA_PCLMUL)) {
        pmull64_host(&cpu->v[in->Rd], n, m, half);
        return A64_NEXT;
    }
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

/* ---- SHA on SHA-NI ---- */

#define REVERSE_LANES 0x1B /* pshufd: s[3] s[2] s[1] s[0] */
#define SWAP_PAIRS 0xB1    /* pshufd: s[1] s[0] s[3] s[2] */

/*
 * SHA1C/SHA1P/SHA1M: SHA1RNDS4 is the same four rounds (the same f and the
 * same rotations) on A in the top lane, with W0 + E in the top lane of its
 * message operand, plus the round constant its imm8 names (0: Ch with
 * 5A827999, 1: parity with 6ED9EBA1, 2: Maj with 8F1BBCDC), which Arm's
 * W already includes: subtracting it first (mod 2^32) leaves Arm's sums.
 */
static HOST_SHA void sha1_hash_host(vreg *d, const vreg *n, const vreg *m, unsigned opcode)
{
    static const uint32_t k[3] = {0x5A827999u, 0x6ED9EBA1u, 0x8F1BBCDCu};
    __m128i abcd = _mm_shuffle_epi32(vload(d), REVERSE_LANES);
    __m128i w = _mm_sub_epi32(vload(m), _mm_set1_epi32((int)k[opcode]));
    w = _mm_add_epi32(_mm_shuffle_epi32(w, REVERSE_LANES), _mm_set_epi32((int)n->s[0], 0, 0, 0));
    switch (opcode) {
    case 0: abcd = _mm_sha1rnds4_epu32(abcd, w, 0); break;
    case 1: abcd = _mm_sha1rnds4_epu32(abcd, w, 1); break;
    default: abcd = _mm_sha1rnds4_epu32(abcd, w, 2); break;
    }
    vstore(d, _mm_shuffle_epi32(abcd, REVERSE_LANES));
}

/*
 * SHA256hash(X, Y, W, part1): four rounds are two SHA256RNDS2, each two
 * rounds on the state as ABEF (A in the top lane) and CDGH with W0 W1 in
 * the low lanes of XMM0. After them A B E F are the second's result and
 * C D G H the first's (two rounds move A B to C D, E F to G H).
 */
static HOST_SHA void sha256_hash_host(const vreg *xv, const vreg *yv, const vreg *wv, bool part1,
                                      vreg *out)
{
    __m128i x = vload(xv), y = vload(yv), w = vload(wv);
    __m128i abef = _mm_shuffle_epi32(_mm_unpacklo_epi64(y, x), SWAP_PAIRS);
    __m128i cdgh = _mm_shuffle_epi32(_mm_unpackhi_epi64(y, x), SWAP_PAIRS);
    __m128i first = _mm_sha256rnds2_epu32(cdgh, abef, w);
    __m128i second = _mm_sha256rnds2_epu32(abef, first, _mm_unpackhi_epi64(w, w));
    __m128i r = part1 ? _mm_unpackhi_epi64(first, second) : _mm_unpacklo_epi64(first, second);
    vstore(out, _mm_shuffle_epi32(r, REVERSE_LANES));
}

/* SHA256SU1: SHA256MSG2 finishes what Vd + (Vm:Vn)<159:32> (PALIGNR) starts. */
static HOST_SHA void sha256su1_host(vreg *d, const vreg *n, const vreg *m)
{
    __m128i t = _mm_add_epi32(vload(d), _mm_alignr_epi8(vload(m), vload(n), 4));
    vstore(d, _mm_sha256msg2_epu32(t, vload(m)));
}

/* SHA256SU0 is SHA256MSG1 lane for lane. */
static HOST_SHA void sha256su0_host(vreg *d, const vreg *n)
{
    vstore(d, _mm_sha256msg1_epu32(vload(d), vload(n)));
}

/* SHA1SU1 is SHA1MSG2 with both operands' lanes reversed (W16 in the top lane). */
static HOST_SHA void sha1su1_host(vreg *d, const vreg *n)
{
    __m128i r = _mm_sha1msg2_epu32(_mm_shuffle_epi32(vload(d), REVERSE_LANES),
                                   _mm_shuffle_epi32(vload(n), REVERSE_LANES));
    vstore(d, _mm_shuffle_epi32(r, REVERSE_LANES));
}

/* SHA1C/P/M, SHA256H/H2, SHA256SU1 on SHA-NI; false: the portable path runs it. */
static bool sha_3reg_host(struct cpu_state *cpu, const struct a64_insn *in)
{
    vreg *d = &cpu->v[in->Rd];
    const vreg *n = &cpu->v[in->Rn], *m = &cpu->v[in->Rm];
    switch (in->opcode) {
    case 0: case 1: case 2: sha1_hash_host(d, n, m, in->opcode); return true;
    case 4: sha256_hash_host(d, n, m, true, d); return true;  /* SHA256H */
    case 5: sha256_hash_host(n, d, m, false, d); return true; /* SHA256H2 */
    case 6: sha256su1_host(d, n, m); return true;
    default: return false;
    }
}

enum a64_result exec_SHA_3reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->size != 0 || in->opcode > 6)
        return A64_UNDEF;
    if (host_isa_has(HOST_ISA_SHA) && sha_3reg_host(cpu, in))
        return A64_NEXT;
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
    if (in->opcode && host_isa_has(HOST_ISA_SHA)) {
        if (in->opcode == 1)
            sha1su1_host(&cpu->v[in->Rd], &cpu->v[in->Rn]);
        else
            sha256su0_host(&cpu->v[in->Rd], &cpu->v[in->Rn]);
        return A64_NEXT;
    }
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
