/* Arm floating-point rules around the host FPU; see fp.h. */
#include "cpu/a64/fp.h"

#include <fenv.h>
#include <xmmintrin.h>

static uint64_t exp_mask(unsigned size) { return size == 32 ? 0x7f800000ull : 0x7ff0000000000000ull; }
static uint64_t frac_mask(unsigned size) { return size == 32 ? 0x007fffffull : 0x000fffffffffffffull; }
static uint64_t quiet_bit(unsigned size) { return size == 32 ? 0x00400000ull : 0x0008000000000000ull; }
static uint64_t sign_bit(unsigned size) { return size == 32 ? 0x80000000ull : 0x8000000000000000ull; }

bool fp_is_nan(uint64_t bits, unsigned size)
{
    return (bits & exp_mask(size)) == exp_mask(size) && (bits & frac_mask(size)) != 0;
}

bool fp_is_snan(uint64_t bits, unsigned size)
{
    return fp_is_nan(bits, size) && !(bits & quiet_bit(size));
}

uint64_t fp_default_nan(unsigned size) { return exp_mask(size) | quiet_bit(size); }

static bool is_denormal(uint64_t bits, unsigned size)
{
    return (bits & exp_mask(size)) == 0 && (bits & frac_mask(size)) != 0;
}

/* MXCSR: every exception masked (bits 12:7), round to nearest (RC, 14:13 = 0), no flags (5:0). */
#define MXCSR_DEFAULT 0x1f80u
enum { MXCSR_IE = 1, MXCSR_ZE = 4, MXCSR_OE = 8, MXCSR_UE = 16, MXCSR_PE = 32 };

void fp_begin(const struct cpu_state *cpu, enum fp_rounding mode)
{
    /* RC: 00 nearest, 01 down, 10 up, 11 toward zero */
    static const unsigned rc[4] = {0u << 13, 2u << 13, 1u << 13, 3u << 13};
    (void)cpu;
    _mm_setcsr(MXCSR_DEFAULT | rc[mode == FP_RA ? FP_RN : mode]);
}

uint32_t fp_end(void)
{
    unsigned raised = _mm_getcsr();
    _mm_setcsr(MXCSR_DEFAULT);
    return ((raised & MXCSR_IE) ? FPSR_IOC : 0) | ((raised & MXCSR_ZE) ? FPSR_DZC : 0) |
           ((raised & MXCSR_OE) ? FPSR_OFC : 0) | ((raised & MXCSR_UE) ? FPSR_UFC : 0) |
           ((raised & MXCSR_PE) ? FPSR_IXC : 0);
}

void fp_begin_x87(const struct cpu_state *cpu, enum fp_rounding mode)
{
    static const int host_mode[4] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    (void)cpu;
    fesetround(host_mode[mode == FP_RA ? FP_RN : mode]);
    feclearexcept(FE_ALL_EXCEPT);
}

uint32_t fp_end_x87(void)
{
    int raised = fetestexcept(FE_ALL_EXCEPT);
    uint32_t flags = 0;
    if (raised & FE_INVALID)
        flags |= FPSR_IOC;
    if (raised & FE_DIVBYZERO)
        flags |= FPSR_DZC;
    if (raised & FE_OVERFLOW)
        flags |= FPSR_OFC;
    if (raised & FE_UNDERFLOW)
        flags |= FPSR_UFC;
    if (raised & FE_INEXACT)
        flags |= FPSR_IXC;
    fesetround(FE_TONEAREST);
    return flags;
}

uint64_t fp_flush_input(struct cpu_state *cpu, uint64_t bits, unsigned size)
{
    if ((cpu->fpcr & FPCR_FZ) && is_denormal(bits, size)) {
        cpu->fpsr |= FPSR_IDC;
        return bits & sign_bit(size);
    }
    return bits;
}

bool fp_process_nans(struct cpu_state *cpu, const uint64_t *ops, unsigned count, unsigned size,
                     uint64_t *out)
{
    for (unsigned i = 0; i < count; i++) {
        if (fp_is_snan(ops[i], size)) {
            cpu->fpsr |= FPSR_IOC;
            *out = (cpu->fpcr & FPCR_DN) ? fp_default_nan(size) : (ops[i] | quiet_bit(size));
            return true;
        }
    }
    for (unsigned i = 0; i < count; i++) {
        if (fp_is_nan(ops[i], size)) {
            *out = (cpu->fpcr & FPCR_DN) ? fp_default_nan(size) : ops[i];
            return true;
        }
    }
    return false;
}

uint64_t fp_finish(struct cpu_state *cpu, uint64_t bits, unsigned size, uint32_t flags,
                   bool tiny_before_rounding)
{
    bool tiny = tiny_before_rounding || is_denormal(bits, size) ||
                ((bits & ~sign_bit(size)) == 0 && (flags & FPSR_UFC));
    if (fp_is_nan(bits, size)) {
        bits = fp_default_nan(size); /* operands were not NaNs: an invalid operation */
    } else if ((cpu->fpcr & FPCR_FZ) && tiny) {
        /* A flushed result: underflow only; the host's inexact flag does not count. */
        flags = (flags & ~FPSR_IXC) | FPSR_UFC;
        bits &= sign_bit(size);
    } else if (tiny_before_rounding) {
        flags |= FPSR_UFC; /* Arm detects tininess before rounding, x86 after */
    }
    cpu->fpsr |= flags;
    return bits;
}

bool fp_is_min_normal(uint64_t bits, unsigned size)
{
    return (bits & ~sign_bit(size)) == (frac_mask(size) + 1);
}

bool fp_below_min_normal(uint64_t bits, unsigned size)
{
    return (bits & exp_mask(size)) == 0;
}
