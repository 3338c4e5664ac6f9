/* Host instruction-set extensions (host_isa.h): CPUID once, FERRY_HOST_ISA=baseline to refuse. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/host_isa.h"

unsigned host_isa_bits_cache;

static unsigned host_isa_cpuid(void)
{
    __builtin_cpu_init();
    unsigned bits = HOST_ISA_KNOWN;
    bool vector = __builtin_cpu_supports("ssse3") && __builtin_cpu_supports("sse4.1");
    if (vector && __builtin_cpu_supports("aes"))
        bits |= HOST_ISA_AES;
    if (vector && __builtin_cpu_supports("pclmul"))
        bits |= HOST_ISA_PCLMUL;
    if (vector && __builtin_cpu_supports("sha"))
        bits |= HOST_ISA_SHA;
    return bits;
}

unsigned host_isa_detect(void)
{
    const char *want = getenv("FERRY_HOST_ISA");
    unsigned bits = want && strcmp(want, "baseline") == 0 ? HOST_ISA_KNOWN : host_isa_cpuid();
    /* every thread that races here computes the same value */
    __atomic_store_n(&host_isa_bits_cache, bits, __ATOMIC_RELAXED);
    return bits;
}

void host_isa_force_baseline(bool baseline)
{
    __atomic_store_n(&host_isa_bits_cache, baseline ? HOST_ISA_KNOWN : host_isa_cpuid(),
                     __ATOMIC_RELAXED);
}
