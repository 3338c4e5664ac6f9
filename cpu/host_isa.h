/*
 * The x86-64 host's instruction-set extensions that ferry uses to run guest
 * cryptography: AES-NI (AESE/AESD/AESMC/AESIMC), PCLMULQDQ (PMULL/PMULL2 of
 * 64-bit polynomials) and SHA-NI (SHA-1 and SHA-256 rounds and message
 * schedule). Everything else in the build is baseline x86-64; the code that
 * uses these is compiled per function with __attribute__((target(...))) and
 * runs only when the bit here says the host has the extension.
 *
 * Found once with CPUID, on first use. FERRY_HOST_ISA=baseline in the
 * environment clears every bit, so the portable C path runs instead (the
 * reference the fast paths are tested against). Both engines read the
 * same bits: the semantics helpers (cpu/a64/crypto.c) and the translator's
 * native emitters (cpu/dbt/native_crypto.c).
 */
#ifndef FERRY_CPU_HOST_ISA_H
#define FERRY_CPU_HOST_ISA_H

#include <stdbool.h>

enum host_isa_bits {
    HOST_ISA_KNOWN = 1u << 0,  /* detection ran (the other bits are valid) */
    HOST_ISA_AES = 1u << 1,    /* AES-NI, CPUID.01H:ECX[25] (with SSSE3 and SSE4.1) */
    HOST_ISA_PCLMUL = 1u << 2, /* PCLMULQDQ, CPUID.01H:ECX[1] */
    HOST_ISA_SHA = 1u << 3,    /* SHA-NI, CPUID.(EAX=07H,ECX=0):EBX[29] (with SSSE3, SSE4.1) */
};

extern unsigned host_isa_bits_cache;

/* Runs CPUID and reads FERRY_HOST_ISA; returns the bits (HOST_ISA_KNOWN set). */
unsigned host_isa_detect(void);

/* Whether the host has every extension in `want` (and FERRY_HOST_ISA does not say baseline). */
static inline bool host_isa_has(unsigned want)
{
    unsigned bits = __atomic_load_n(&host_isa_bits_cache, __ATOMIC_RELAXED);
    if (__builtin_expect(!bits, 0))
        bits = host_isa_detect();
    return (bits & want) == want;
}

/*
 * Tests: run as if the host had only baseline x86-64 (true) or what CPUID
 * says (false), whatever FERRY_HOST_ISA says. Code already translated keeps
 * what it was translated with.
 */
void host_isa_force_baseline(bool baseline);

#endif
