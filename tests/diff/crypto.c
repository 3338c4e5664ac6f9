/*
 * Differential test: the AES, PMULL, SHA-1 and SHA-256 instructions on random
 * registers (each instruction alone, so every output bit is checked), then
 * an AES-128 encryption of the FIPS-197 Appendix C.1 block, whose
 * ciphertext is 69c4e0d86a7b0430d8cdb78070b4c55a.
 */
// USES-FP-REGS
// CFLAGS: -march=armv8-a+crypto
#include "ferry_test.h"

typedef void crypto_op(uint64_t *d, const uint64_t *n, const uint64_t *m);

#define CRYPTO_OP(fn, text)                                                                    \
    static void fn(uint64_t *d, const uint64_t *n, const uint64_t *m)                          \
    {                                                                                          \
        __asm__ volatile("ldr q0, [%0]\n ldr q1, [%1]\n ldr q2, [%2]\n " text "\n str q0, [%0]" \
                         ::"r"(d), "r"(n), "r"(m) : "v0", "v1", "v2", "memory");               \
    }

CRYPTO_OP(op_aese, "aese v0.16b, v1.16b")
CRYPTO_OP(op_aesd, "aesd v0.16b, v1.16b")
CRYPTO_OP(op_aesmc, "aesmc v0.16b, v1.16b")
CRYPTO_OP(op_aesimc, "aesimc v0.16b, v1.16b")
CRYPTO_OP(op_sha1c, "sha1c q0, s1, v2.4s")
CRYPTO_OP(op_sha1p, "sha1p q0, s1, v2.4s")
CRYPTO_OP(op_sha1m, "sha1m q0, s1, v2.4s")
CRYPTO_OP(op_sha1su0, "sha1su0 v0.4s, v1.4s, v2.4s")
CRYPTO_OP(op_sha1h, "sha1h s0, s1")
CRYPTO_OP(op_sha1su1, "sha1su1 v0.4s, v1.4s")
CRYPTO_OP(op_sha256h, "sha256h q0, q1, v2.4s")
CRYPTO_OP(op_sha256h2, "sha256h2 q0, q1, v2.4s")
CRYPTO_OP(op_sha256su0, "sha256su0 v0.4s, v1.4s")
CRYPTO_OP(op_sha256su1, "sha256su1 v0.4s, v1.4s, v2.4s")
CRYPTO_OP(op_pmull_q, "pmull v0.1q, v1.1d, v2.1d")
CRYPTO_OP(op_pmull2_q, "pmull2 v0.1q, v1.2d, v2.2d")
CRYPTO_OP(op_pmull_b, "pmull v0.8h, v1.8b, v2.8b")
CRYPTO_OP(op_pmull2_b, "pmull2 v0.8h, v1.16b, v2.16b")

static const struct {
    const char *name;
    crypto_op *fn;
} ops[] = {
    {"aese", op_aese},         {"aesd", op_aesd},           {"aesmc", op_aesmc},
    {"aesimc", op_aesimc},     {"sha1c", op_sha1c},         {"sha1p", op_sha1p},
    {"sha1m", op_sha1m},       {"sha1su0", op_sha1su0},     {"sha1h", op_sha1h},
    {"sha1su1", op_sha1su1},   {"sha256h", op_sha256h},     {"sha256h2", op_sha256h2},
    {"sha256su0", op_sha256su0}, {"sha256su1", op_sha256su1}, {"pmull 1q", op_pmull_q},
    {"pmull2 1q", op_pmull2_q},  {"pmull 8h", op_pmull_b},      {"pmull2 8h", op_pmull2_b},
};

static uint64_t d[2] __attribute__((aligned(16))), n[2] __attribute__((aligned(16))),
    m[2] __attribute__((aligned(16)));

/* AES-128 encryption with the round keys already expanded (FIPS-197 C.1). */
static void aes128_block(void)
{
    static const uint8_t key_schedule[11][16] = {
        {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f},
        {0xd6, 0xaa, 0x74, 0xfd, 0xd2, 0xaf, 0x72, 0xfa, 0xda, 0xa6, 0x78, 0xf1, 0xd6, 0xab, 0x76, 0xfe},
        {0xb6, 0x92, 0xcf, 0x0b, 0x64, 0x3d, 0xbd, 0xf1, 0xbe, 0x9b, 0xc5, 0x00, 0x68, 0x30, 0xb3, 0xfe},
        {0xb6, 0xff, 0x74, 0x4e, 0xd2, 0xc2, 0xc9, 0xbf, 0x6c, 0x59, 0x0c, 0xbf, 0x04, 0x69, 0xbf, 0x41},
        {0x47, 0xf7, 0xf7, 0xbc, 0x95, 0x35, 0x3e, 0x03, 0xf9, 0x6c, 0x32, 0xbc, 0xfd, 0x05, 0x8d, 0xfd},
        {0x3c, 0xaa, 0xa3, 0xe8, 0xa9, 0x9f, 0x9d, 0xeb, 0x50, 0xf3, 0xaf, 0x57, 0xad, 0xf6, 0x22, 0xaa},
        {0x5e, 0x39, 0x0f, 0x7d, 0xf7, 0xa6, 0x92, 0x96, 0xa7, 0x55, 0x3d, 0xc1, 0x0a, 0xa3, 0x1f, 0x6b},
        {0x14, 0xf9, 0x70, 0x1a, 0xe3, 0x5f, 0xe2, 0x8c, 0x44, 0x0a, 0xdf, 0x4d, 0x4e, 0xa9, 0xc0, 0x26},
        {0x47, 0x43, 0x87, 0x35, 0xa4, 0x1c, 0x65, 0xb9, 0xe0, 0x16, 0xba, 0xf4, 0xae, 0xbf, 0x7a, 0xd2},
        {0x54, 0x99, 0x32, 0xd1, 0xf0, 0x85, 0x57, 0x68, 0x10, 0x93, 0xed, 0x9c, 0xbe, 0x2c, 0x97, 0x4e},
        {0x13, 0x11, 0x1d, 0x7f, 0xe3, 0x94, 0x4a, 0x17, 0xf3, 0x07, 0xa7, 0x8b, 0x4d, 0x2b, 0x30, 0xc5},
    };
    static const uint8_t plain[16] = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                                      0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};
    uint64_t out[2];
    __asm__ volatile("ldr q0, [%1]\n"
                     "mov x9, %2\n"
                     "mov x10, #9\n"
                     "1: ldr q1, [x9], #16\n aese v0.16b, v1.16b\n aesmc v0.16b, v0.16b\n"
                     "subs x10, x10, #1\n b.ne 1b\n"
                     "ldr q1, [x9], #16\n aese v0.16b, v1.16b\n"
                     "str q0, [%0]"
                     ::"r"(out), "r"(plain), "r"(key_schedule)
                     : "v0", "v1", "x9", "x10", "memory", "cc");
    /* The last AddRoundKey in integer code: only the crypto instructions are under test. */
    const uint64_t *last = (const uint64_t *)key_schedule[10];
    out[0] ^= last[0];
    out[1] ^= last[1];
    check2("aes-128 FIPS-197 C.1", __builtin_bswap64(out[0]), __builtin_bswap64(out[1]));
}

int test_main(void)
{
    for (size_t k = 0; k < FT_COUNT(ops); k++) {
        ft_srand(500 + k);
        for (int i = 0; i < 24; i++) {
            d[0] = ft_rand();
            d[1] = ft_rand();
            n[0] = ft_rand();
            n[1] = ft_rand();
            m[0] = ft_rand();
            m[1] = ft_rand();
            ops[k].fn(d, n, m);
            ft_puts(ops[k].name);
            check2(" ", d[0], d[1]);
        }
    }
    aes128_block();
    return 0;
}
