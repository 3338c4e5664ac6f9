/*
 * The cryptographic extension on both of its paths: the host's AES-NI,
 * PCLMULQDQ and SHA-NI (cpu/host_isa.h) and the portable C one
 * (FERRY_HOST_ISA=baseline, forced here with host_isa_force_baseline).
 *
 * - Every accelerated instruction, with its registers aliased several
 *   ways, runs on random inputs under both paths: every register must come
 *   out the same.
 * - Known answers on both paths: FIPS-197 appendix B's first round (AESE,
 *   AESMC and their inverses), whole SHA-1 and SHA-256 compressions of
 *   "abc" (FIPS 180-4's examples) made of SHA1C/P/M/H/SU0/SU1 and
 *   SHA256H/H2/SU0/SU1, and PMULL products worked out by hand.
 * Each test runs in both engines (the loop index is a cpu_engine): the
 * translator emits AES and PMULL inline on hosts that have them.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/host_isa.h"
#include "tests/unit/harness.h"

static struct harness h;

static void setup_for(int engine) { harness_for_engine(&h, engine); }
static void teardown(void)
{
    harness_free(&h);
    host_isa_detect(); /* back to what CPUID and FERRY_HOST_ISA say */
}

static void run1(uint32_t word)
{
    ck_assert_int_eq(harness_run(&h, &word, 1), CPU_EXC_SVC);
}

static uint64_t rng_state = 0x243f6a8885a308d3ull;
static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Encodings: register fields Rd 4:0, Rn 9:5, Rm 20:16. */
static uint32_t rd_rn_rm(uint32_t base, unsigned d, unsigned n, unsigned m)
{
    return base | (m << 16) | (n << 5) | d;
}
#define AESE 0x4E284800u   /* aese vd.16b, vn.16b */
#define AESD 0x4E285800u   /* aesd vd.16b, vn.16b */
#define AESMC 0x4E286800u  /* aesmc vd.16b, vn.16b */
#define AESIMC 0x4E287800u /* aesimc vd.16b, vn.16b */
#define PMULL 0x0EE0E000u  /* pmull vd.1q, vn.1d, vm.1d */
#define PMULL2 0x4EE0E000u /* pmull2 vd.1q, vn.2d, vm.2d */
#define PMULL8 0x0E20E000u /* pmull vd.8h, vn.8b, vm.8b (no host path: the control) */
#define SHA1C 0x5E000000u  /* sha1c qd, sn, vm.4s */
#define SHA1P 0x5E001000u
#define SHA1M 0x5E002000u
#define SHA1SU0 0x5E003000u /* sha1su0 vd.4s, vn.4s, vm.4s */
#define SHA256H 0x5E004000u /* sha256h qd, qn, vm.4s */
#define SHA256H2 0x5E005000u
#define SHA256SU1 0x5E006000u
#define SHA1H 0x5E280800u   /* sha1h sd, sn */
#define SHA1SU1 0x5E281800u /* sha1su1 vd.4s, vn.4s */
#define SHA256SU0 0x5E282800u

static const uint32_t accelerated[] = {AESE,    AESD,    AESMC,   AESIMC,   PMULL,    PMULL2,
                                       PMULL8,  SHA1C,   SHA1P,   SHA1M,    SHA1SU0,  SHA256H,
                                       SHA256H2, SHA256SU1, SHA1H, SHA1SU1, SHA256SU0};
/* (Rd, Rn, Rm): distinct, and each pair the same register */
static const unsigned aliasings[][3] = {{0, 1, 2}, {3, 3, 2}, {4, 1, 4}, {5, 6, 6}, {7, 7, 7}};

START_TEST(host_and_portable_paths_agree_on_random_inputs)
{
    if (!host_isa_has(HOST_ISA_AES | HOST_ISA_PCLMUL | HOST_ISA_SHA))
        fprintf(stderr, "test_crypto: this host lacks AES-NI, PCLMULQDQ or SHA-NI (or "
                        "FERRY_HOST_ISA=baseline): both runs take the portable path\n");
    for (size_t w = 0; w < sizeof(accelerated) / sizeof(accelerated[0]); w++) {
        for (size_t a = 0; a < sizeof(aliasings) / sizeof(aliasings[0]); a++) {
            uint32_t word = rd_rn_rm(accelerated[w], aliasings[a][0], aliasings[a][1],
                                     aliasings[a][2]);
            if ((accelerated[w] & 0x001F0000u) == 0x00080000u) /* two registers: 20:16 fixed */
                word = rd_rn_rm(accelerated[w], aliasings[a][0], aliasings[a][1], 8);
            for (unsigned i = 0; i < 300; i++) {
                vreg start[8], portable[8];
                for (unsigned r = 0; r < 8; r++) {
                    start[r].d[0] = rng_next();
                    start[r].d[1] = rng_next();
                }
                host_isa_force_baseline(true);
                memcpy(h.cpu.v, start, sizeof(start));
                run1(word);
                memcpy(portable, h.cpu.v, sizeof(portable));
                host_isa_force_baseline(false);
                memcpy(h.cpu.v, start, sizeof(start));
                run1(word);
                for (unsigned r = 0; r < 8; r++)
                    if (memcmp(&h.cpu.v[r], &portable[r], 16) != 0)
                        ck_abort_msg("%08x, input %u: v%u host %016llx%016llx, portable "
                                     "%016llx%016llx",
                                     word, i, r, (unsigned long long)h.cpu.v[r].d[1],
                                     (unsigned long long)h.cpu.v[r].d[0],
                                     (unsigned long long)portable[r].d[1],
                                     (unsigned long long)portable[r].d[0]);
            }
        }
    }
}
END_TEST

static void set_bytes(unsigned n, const uint8_t bytes[16]) { memcpy(h.cpu.v[n].b, bytes, 16); }
static void expect_bytes(unsigned n, const uint8_t bytes[16], const char *what)
{
    if (memcmp(h.cpu.v[n].b, bytes, 16) != 0)
        ck_abort_msg("%s: v%u differs from the known answer", what, n);
}

/* Both paths, in turn: the loop index's engine, baseline (1) then the host (0). */
#define FOR_BOTH_PATHS(p) for (int p = 1; p >= 0; p--) if (host_isa_force_baseline(p), 1)

/* FIPS-197 appendix B, round 1: input XOR key, then SubBytes, ShiftRows, MixColumns. */
START_TEST(aes_round_matches_fips_197_appendix_b)
{
    static const uint8_t input[16] = {0x32, 0x43, 0xf6, 0xa8, 0x88, 0x5a, 0x30, 0x8d,
                                      0x31, 0x31, 0x98, 0xa2, 0xe0, 0x37, 0x07, 0x34};
    static const uint8_t key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                    0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
    static const uint8_t start_of_round[16] = {0x19, 0x3d, 0xe3, 0xbe, 0xa0, 0xf4, 0xe2, 0x2b,
                                               0x9a, 0xc6, 0x8d, 0x2a, 0xe9, 0xf8, 0x48, 0x08};
    static const uint8_t after_shift_rows[16] = {0xd4, 0xbf, 0x5d, 0x30, 0xe0, 0xb4, 0x52, 0xae,
                                                 0xb8, 0x41, 0x11, 0xf1, 0x1e, 0x27, 0x98, 0xe5};
    static const uint8_t after_mix_columns[16] = {0x04, 0x66, 0x81, 0xe5, 0xe0, 0xcb, 0x19, 0x9a,
                                                  0x48, 0xf8, 0xd3, 0x7a, 0x28, 0x06, 0x26, 0x4c};
    static const uint8_t zero[16] = {0};
    FOR_BOTH_PATHS(baseline)
    {
        set_bytes(0, input);
        set_bytes(1, key);
        run1(rd_rn_rm(AESE, 0, 1, 0));
        expect_bytes(0, after_shift_rows, "aese");
        run1(rd_rn_rm(AESMC, 2, 0, 0));
        expect_bytes(2, after_mix_columns, "aesmc");
        run1(rd_rn_rm(AESIMC, 3, 2, 0));
        expect_bytes(3, after_shift_rows, "aesimc");
        set_bytes(4, zero);
        run1(rd_rn_rm(AESD, 3, 4, 0));
        expect_bytes(3, start_of_round, "aesd");
    }
}
END_TEST

START_TEST(pmull_known_products)
{
    FOR_BOTH_PATHS(baseline)
    {
        h.cpu.v[1].d[0] = 3;
        h.cpu.v[1].d[1] = ~0ull;
        h.cpu.v[2].d[0] = 3;
        h.cpu.v[2].d[1] = ~0ull;
        run1(rd_rn_rm(PMULL, 0, 1, 2)); /* (x + 1)^2 = x^2 + 1 */
        ck_assert_uint_eq(h.cpu.v[0].d[0], 5);
        ck_assert_uint_eq(h.cpu.v[0].d[1], 0);
        run1(rd_rn_rm(PMULL2, 0, 1, 2)); /* (sum x^i, i < 64)^2 = sum x^2i */
        ck_assert_uint_eq(h.cpu.v[0].d[0], 0x5555555555555555ull);
        ck_assert_uint_eq(h.cpu.v[0].d[1], 0x5555555555555555ull);
        h.cpu.v[1].d[0] = 1ull << 63;
        h.cpu.v[2].d[0] = 0x87;
        run1(rd_rn_rm(PMULL, 0, 1, 2)); /* x^63 (x^7 + x^2 + x + 1) */
        ck_assert_uint_eq(h.cpu.v[0].d[0], 1ull << 63);
        ck_assert_uint_eq(h.cpu.v[0].d[1], 0x43);
    }
}
END_TEST

static void set_words(unsigned n, const uint32_t w[4]) { memcpy(h.cpu.v[n].s, w, 16); }

/* The one 512-bit block of "abc", big-endian words (FIPS 180-4 5.1.1). */
static const uint32_t abc_block[16] = {0x61626380u, 0, 0, 0, 0, 0, 0, 0,
                                       0,           0, 0, 0, 0, 0, 0, 0x18};

/* SHA-256 of "abc" as an A64 program does it: v0 = abcd, v1 = efgh, v4-v7 the schedule. */
START_TEST(sha256_of_abc)
{
    static const uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2};
    static const uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint32_t digest[8] = {0xba7816bf, 0x8f01cfea, 0x414140de, 0x5dae2223,
                                       0xb00361a3, 0x96177a9c, 0xb410ff61, 0xf20015ad};
    FOR_BOTH_PATHS(baseline)
    {
        set_words(0, initial);
        set_words(1, initial + 4);
        for (unsigned q = 0; q < 4; q++)
            set_words(4 + q, abc_block + 4 * q);
        for (unsigned g = 0; g < 16; g++) {
            unsigned w = 4 + g % 4;
            for (unsigned i = 0; i < 4; i++)
                h.cpu.v[2].s[i] = h.cpu.v[w].s[i] + k[4 * g + i];
            h.cpu.v[3] = h.cpu.v[0];
            run1(rd_rn_rm(SHA256H, 0, 1, 2));
            run1(rd_rn_rm(SHA256H2, 1, 3, 2));
            if (g < 12) { /* W[4g+16 ...] from W[4g ...], W[4g+4 ...], W[4g+8 ...], W[4g+12 ...] */
                run1(rd_rn_rm(SHA256SU0, w, 4 + (g + 1) % 4, 0));
                run1(rd_rn_rm(SHA256SU1, w, 4 + (g + 2) % 4, 4 + (g + 3) % 4));
            }
        }
        for (unsigned i = 0; i < 8; i++) {
            uint32_t got = h.cpu.v[i / 4].s[i % 4] + initial[i];
            ck_assert_msg(got == digest[i], "baseline %d: H%u = %08x, want %08x", baseline, i, got,
                          digest[i]);
        }
    }
}
END_TEST

/* SHA-1 of "abc": v0 = abcd, s1/s3 = e, v4-v7 the schedule (as the Arm ARM's example loop). */
START_TEST(sha1_of_abc)
{
    static const uint32_t k[4] = {0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6};
    static const uint32_t initial[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476,
                                        0xc3d2e1f0};
    static const uint32_t digest[5] = {0xa9993e36, 0x4706816a, 0xba3e2571, 0x7850c26c,
                                       0x9cd0d89d};
    static const uint32_t hash_op[4] = {SHA1C, SHA1P, SHA1M, SHA1P};
    FOR_BOTH_PATHS(baseline)
    {
        set_words(0, initial);
        memset(&h.cpu.v[1], 0, 16);
        h.cpu.v[1].s[0] = initial[4];
        for (unsigned q = 0; q < 4; q++)
            set_words(4 + q, abc_block + 4 * q);
        for (unsigned g = 0; g < 20; g++) {
            unsigned w = 4 + g % 4;
            if (g >= 4) { /* W[4g ...] from the four groups before it */
                run1(rd_rn_rm(SHA1SU0, w, 4 + (g + 1) % 4, 4 + (g + 2) % 4));
                run1(rd_rn_rm(SHA1SU1, w, 4 + (g + 3) % 4, 8));
            }
            for (unsigned i = 0; i < 4; i++)
                h.cpu.v[2].s[i] = h.cpu.v[w].s[i] + k[g / 5];
            run1(rd_rn_rm(SHA1H, 3, 0, 8));                /* the next group's e */
            run1(rd_rn_rm(hash_op[g / 5], 0, 1, 2));      /* four rounds */
            h.cpu.v[1] = h.cpu.v[3];
        }
        for (unsigned i = 0; i < 5; i++) {
            uint32_t got = (i < 4 ? h.cpu.v[0].s[i] : h.cpu.v[1].s[0]) + initial[i];
            ck_assert_msg(got == digest[i], "baseline %d: H%u = %08x, want %08x", baseline, i, got,
                          digest[i]);
        }
    }
}
END_TEST

START_TEST(ferry_host_isa_baseline_clears_every_extension)
{
    const char *was = getenv("FERRY_HOST_ISA");
    char *saved = was ? strdup(was) : 0;
    setenv("FERRY_HOST_ISA", "baseline", 1);
    ck_assert_uint_eq(host_isa_detect(), HOST_ISA_KNOWN);
    ck_assert(!host_isa_has(HOST_ISA_AES));
    ck_assert(!host_isa_has(HOST_ISA_SHA));
    unsetenv("FERRY_HOST_ISA");
    unsigned bits = host_isa_detect();
    ck_assert(bits & HOST_ISA_KNOWN);
    ck_assert(host_isa_has(bits));
    if (saved)
        setenv("FERRY_HOST_ISA", saved, 1);
    free(saved);
}
END_TEST

static void setup_dbt(void) { setup_for(CPU_ENGINE_DBT); }
static void setup_interp(void) { setup_for(CPU_ENGINE_INTERP); }

static Suite *crypto_suite(void)
{
    Suite *s = suite_create("crypto");
    void (*setups[2])(void) = {setup_dbt, setup_interp};
    const char *names[2] = {"dbt", "interp"};
    for (unsigned e = 0; e < 2; e++) {
        TCase *tc = tcase_create(names[e]);
        tcase_set_timeout(tc, 60);
        tcase_add_checked_fixture(tc, setups[e], teardown);
        tcase_add_test(tc, host_and_portable_paths_agree_on_random_inputs);
        tcase_add_test(tc, aes_round_matches_fips_197_appendix_b);
        tcase_add_test(tc, pmull_known_products);
        tcase_add_test(tc, sha256_of_abc);
        tcase_add_test(tc, sha1_of_abc);
        suite_add_tcase(s, tc);
    }
    TCase *env = tcase_create("environment");
    tcase_add_checked_fixture(env, setup_interp, teardown);
    tcase_add_test(env, ferry_host_isa_baseline_clears_every_extension);
    suite_add_tcase(s, env);
    return s;
}

int main(void)
{
    return harness_run_suite(crypto_suite());
}
