/*
 * Differential test: integer loads and stores in every addressing mode
 * (unsigned offset, unscaled, pre/post-index, unprivileged, register offset
 * with each extend), signed and unsigned, at many alignments including
 * accesses that cross a page boundary.
 */
#include "ferry_test.h"

/* 12 pages: room for the largest scaled offset (#4095 * 8) above the highest base. */
static uint8_t buf[12 * 4096] __attribute__((aligned(4096)));
#define STORE_AREA (3 * 4096)

typedef uint64_t load_fn(uint8_t *base);
typedef uint64_t store_fn(uint8_t *base, uint64_t value);

static uint64_t ld_ldrb_w_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrb %w0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_3(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrb %w0, [%1, #3]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_4095(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrb %w0, [%1, #4095]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldurb_w_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldurb %w0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldurb_w_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldurb %w0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldurb_w_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldurb %w0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrb %w0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrb %w0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldrb %w0, [%1, x10]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldrb %w0, [%1, w10, uxtw]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldrb %w0, [%1, w10, sxtw]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldrb %w0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrb_w_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtrb %w0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsb %w0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_3(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsb %w0, [%1, #3]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_4095(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsb %w0, [%1, #4095]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursb_w_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursb %w0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursb_w_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursb %w0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursb_w_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursb %w0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsb %w0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsb %w0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldrsb %w0, [%1, x10]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldrsb %w0, [%1, w10, uxtw]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldrsb %w0, [%1, w10, sxtw]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldrsb %w0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_w_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtrsb %w0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsb %0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_3(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsb %0, [%1, #3]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_4095(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsb %0, [%1, #4095]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursb_x_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursb %0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursb_x_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursb %0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursb_x_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursb %0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsb %0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsb %0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldrsb %0, [%1, x10]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldrsb %0, [%1, w10, uxtw]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldrsb %0, [%1, w10, sxtw]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldrsb %0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsb_x_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtrsb %0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrh %w0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_6(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrh %w0, [%1, #6]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_8190(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrh %w0, [%1, #8190]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldurh_w_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldurh %w0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldurh_w_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldurh %w0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldurh_w_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldurh %w0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrh %w0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrh %w0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldrh %w0, [%1, x10, lsl #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldrh %w0, [%1, w10, uxtw #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldrh %w0, [%1, w10, sxtw #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldrh %w0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrh_w_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtrh %w0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsh %w0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_6(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsh %w0, [%1, #6]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_8190(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsh %w0, [%1, #8190]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursh_w_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursh %w0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursh_w_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursh %w0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursh_w_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursh %w0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsh %w0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsh %w0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldrsh %w0, [%1, x10, lsl #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldrsh %w0, [%1, w10, uxtw #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldrsh %w0, [%1, w10, sxtw #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldrsh %w0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_w_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtrsh %w0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsh %0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_6(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsh %0, [%1, #6]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_8190(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsh %0, [%1, #8190]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursh_x_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursh %0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursh_x_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursh %0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursh_x_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursh %0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsh %0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsh %0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldrsh %0, [%1, x10, lsl #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldrsh %0, [%1, w10, uxtw #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldrsh %0, [%1, w10, sxtw #1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldrsh %0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsh_x_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtrsh %0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldr %w0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_12(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldr %w0, [%1, #12]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_16380(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldr %w0, [%1, #16380]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldur_w_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldur %w0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldur_w_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldur %w0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldur_w_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldur %w0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldr %w0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldr %w0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldr %w0, [%1, x10, lsl #2]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldr %w0, [%1, w10, uxtw #2]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldr %w0, [%1, w10, sxtw #2]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldr %w0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_w_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtr %w0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsw %0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_12(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsw %0, [%1, #12]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_16380(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldrsw %0, [%1, #16380]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursw_x_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursw %0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursw_x_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursw %0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldursw_x_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldursw %0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsw %0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldrsw %0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldrsw %0, [%1, x10, lsl #2]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldrsw %0, [%1, w10, uxtw #2]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldrsw %0, [%1, w10, sxtw #2]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldrsw %0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldrsw_x_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtrsw %0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_0(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldr %0, [%1]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_24(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldr %0, [%1, #24]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_32760(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldr %0, [%1, #32760]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldur_x_7(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldur %0, [%1, #-7]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldur_x_255(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldur %0, [%1, #255]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldur_x_256(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldur %0, [%1, #-256]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_pre_9(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldr %0, [x10, #-9]!\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_post_17(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, %1\n\tldr %0, [x10], #17\n\tsub x10, x10, %1\n\teor %0, %0, x10, lsl #40" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_x_lsl(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #5\n\tldr %0, [%1, x10, lsl #3]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_w_uxtw(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #6\n\tldr %0, [%1, w10, uxtw #3]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_w_sxtw_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov w10, #-3\n\tldr %0, [%1, w10, sxtw #3]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_x_sxtx_neg(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("mov x10, #-2\n\tldr %0, [%1, x10, sxtx]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t ld_ldr_x_ldtr(uint8_t *base)
{
    uint64_t r;
    __asm__ volatile("ldtr %0, [%1, #5]" : "=&r"(r) : "r"(base) : "x10", "memory");
    return r;
}

static uint64_t st_strb_w_5(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("strb %w2, [%1, #5]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_sturb_w_3(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("sturb %w2, [%1, #-3]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strb_w_pre(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, %1\n\tstrb %w2, [x10, #-20]!\n\tsub %0, x10, %1" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strb_w_post(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, %1\n\tstrb %w2, [x10], #33\n\tsub %0, x10, %1" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strb_w_x_lsl(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, #7\n\tstrb %w2, [%1, x10]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strb_w_w_sxtw(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov w10, #-5\n\tstrb %w2, [%1, w10, sxtw]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strb_w_sttr(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("sttrb %w2, [%1, #1]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strb_w_xzr(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("strb wzr, [%1, #1]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strh_w_10(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("strh %w2, [%1, #10]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_sturh_w_3(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("sturh %w2, [%1, #-3]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strh_w_pre(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, %1\n\tstrh %w2, [x10, #-20]!\n\tsub %0, x10, %1" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strh_w_post(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, %1\n\tstrh %w2, [x10], #33\n\tsub %0, x10, %1" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strh_w_x_lsl(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, #7\n\tstrh %w2, [%1, x10, lsl #1]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strh_w_w_sxtw(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov w10, #-5\n\tstrh %w2, [%1, w10, sxtw]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strh_w_sttr(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("sttrh %w2, [%1, #1]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_strh_w_xzr(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("strh wzr, [%1, #2]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_w_20(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("str %w2, [%1, #20]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_stur_w_3(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("stur %w2, [%1, #-3]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_w_pre(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, %1\n\tstr %w2, [x10, #-20]!\n\tsub %0, x10, %1" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_w_post(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, %1\n\tstr %w2, [x10], #33\n\tsub %0, x10, %1" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_w_x_lsl(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, #7\n\tstr %w2, [%1, x10, lsl #2]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_w_w_sxtw(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov w10, #-5\n\tstr %w2, [%1, w10, sxtw]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_w_sttr(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("sttr %w2, [%1, #1]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_w_xzr(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("str wzr, [%1, #4]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_x_40(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("str %2, [%1, #40]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_stur_x_3(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("stur %2, [%1, #-3]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_x_pre(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, %1\n\tstr %2, [x10, #-20]!\n\tsub %0, x10, %1" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_x_post(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, %1\n\tstr %2, [x10], #33\n\tsub %0, x10, %1" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_x_x_lsl(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov x10, #7\n\tstr %2, [%1, x10, lsl #3]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_x_w_sxtw(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("mov w10, #-5\n\tstr %2, [%1, w10, sxtw]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_x_sttr(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("sttr %2, [%1, #1]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static uint64_t st_str_x_xzr(uint8_t *base, uint64_t value)
{
    uint64_t r = 0;
    __asm__ volatile("str xzr, [%1, #8]" : "+&r"(r) : "r"(base), "r"(value) : "x10", "memory");
    return r;
}

static const struct { const char *name; load_fn *fn; } loads[] = {
    {"ldrb w [#0]", ld_ldrb_w_0},
    {"ldrb w [#3]", ld_ldrb_w_3},
    {"ldrb w [#4095]", ld_ldrb_w_4095},
    {"ldurb w [#-7]", ld_ldurb_w_7},
    {"ldurb w [#255]", ld_ldurb_w_255},
    {"ldurb w [#-256]", ld_ldurb_w_256},
    {"ldrb w pre #-9", ld_ldrb_w_pre_9},
    {"ldrb w post #17", ld_ldrb_w_post_17},
    {"ldrb w [x, lsl]", ld_ldrb_w_x_lsl},
    {"ldrb w [w, uxtw]", ld_ldrb_w_w_uxtw},
    {"ldrb w [w, sxtw neg]", ld_ldrb_w_w_sxtw_neg},
    {"ldrb w [x, sxtx neg]", ld_ldrb_w_x_sxtx_neg},
    {"ldrb w [ldtr]", ld_ldrb_w_ldtr},
    {"ldrsb w [#0]", ld_ldrsb_w_0},
    {"ldrsb w [#3]", ld_ldrsb_w_3},
    {"ldrsb w [#4095]", ld_ldrsb_w_4095},
    {"ldursb w [#-7]", ld_ldursb_w_7},
    {"ldursb w [#255]", ld_ldursb_w_255},
    {"ldursb w [#-256]", ld_ldursb_w_256},
    {"ldrsb w pre #-9", ld_ldrsb_w_pre_9},
    {"ldrsb w post #17", ld_ldrsb_w_post_17},
    {"ldrsb w [x, lsl]", ld_ldrsb_w_x_lsl},
    {"ldrsb w [w, uxtw]", ld_ldrsb_w_w_uxtw},
    {"ldrsb w [w, sxtw neg]", ld_ldrsb_w_w_sxtw_neg},
    {"ldrsb w [x, sxtx neg]", ld_ldrsb_w_x_sxtx_neg},
    {"ldrsb w [ldtr]", ld_ldrsb_w_ldtr},
    {"ldrsb x [#0]", ld_ldrsb_x_0},
    {"ldrsb x [#3]", ld_ldrsb_x_3},
    {"ldrsb x [#4095]", ld_ldrsb_x_4095},
    {"ldursb x [#-7]", ld_ldursb_x_7},
    {"ldursb x [#255]", ld_ldursb_x_255},
    {"ldursb x [#-256]", ld_ldursb_x_256},
    {"ldrsb x pre #-9", ld_ldrsb_x_pre_9},
    {"ldrsb x post #17", ld_ldrsb_x_post_17},
    {"ldrsb x [x, lsl]", ld_ldrsb_x_x_lsl},
    {"ldrsb x [w, uxtw]", ld_ldrsb_x_w_uxtw},
    {"ldrsb x [w, sxtw neg]", ld_ldrsb_x_w_sxtw_neg},
    {"ldrsb x [x, sxtx neg]", ld_ldrsb_x_x_sxtx_neg},
    {"ldrsb x [ldtr]", ld_ldrsb_x_ldtr},
    {"ldrh w [#0]", ld_ldrh_w_0},
    {"ldrh w [#6]", ld_ldrh_w_6},
    {"ldrh w [#8190]", ld_ldrh_w_8190},
    {"ldurh w [#-7]", ld_ldurh_w_7},
    {"ldurh w [#255]", ld_ldurh_w_255},
    {"ldurh w [#-256]", ld_ldurh_w_256},
    {"ldrh w pre #-9", ld_ldrh_w_pre_9},
    {"ldrh w post #17", ld_ldrh_w_post_17},
    {"ldrh w [x, lsl]", ld_ldrh_w_x_lsl},
    {"ldrh w [w, uxtw]", ld_ldrh_w_w_uxtw},
    {"ldrh w [w, sxtw neg]", ld_ldrh_w_w_sxtw_neg},
    {"ldrh w [x, sxtx neg]", ld_ldrh_w_x_sxtx_neg},
    {"ldrh w [ldtr]", ld_ldrh_w_ldtr},
    {"ldrsh w [#0]", ld_ldrsh_w_0},
    {"ldrsh w [#6]", ld_ldrsh_w_6},
    {"ldrsh w [#8190]", ld_ldrsh_w_8190},
    {"ldursh w [#-7]", ld_ldursh_w_7},
    {"ldursh w [#255]", ld_ldursh_w_255},
    {"ldursh w [#-256]", ld_ldursh_w_256},
    {"ldrsh w pre #-9", ld_ldrsh_w_pre_9},
    {"ldrsh w post #17", ld_ldrsh_w_post_17},
    {"ldrsh w [x, lsl]", ld_ldrsh_w_x_lsl},
    {"ldrsh w [w, uxtw]", ld_ldrsh_w_w_uxtw},
    {"ldrsh w [w, sxtw neg]", ld_ldrsh_w_w_sxtw_neg},
    {"ldrsh w [x, sxtx neg]", ld_ldrsh_w_x_sxtx_neg},
    {"ldrsh w [ldtr]", ld_ldrsh_w_ldtr},
    {"ldrsh x [#0]", ld_ldrsh_x_0},
    {"ldrsh x [#6]", ld_ldrsh_x_6},
    {"ldrsh x [#8190]", ld_ldrsh_x_8190},
    {"ldursh x [#-7]", ld_ldursh_x_7},
    {"ldursh x [#255]", ld_ldursh_x_255},
    {"ldursh x [#-256]", ld_ldursh_x_256},
    {"ldrsh x pre #-9", ld_ldrsh_x_pre_9},
    {"ldrsh x post #17", ld_ldrsh_x_post_17},
    {"ldrsh x [x, lsl]", ld_ldrsh_x_x_lsl},
    {"ldrsh x [w, uxtw]", ld_ldrsh_x_w_uxtw},
    {"ldrsh x [w, sxtw neg]", ld_ldrsh_x_w_sxtw_neg},
    {"ldrsh x [x, sxtx neg]", ld_ldrsh_x_x_sxtx_neg},
    {"ldrsh x [ldtr]", ld_ldrsh_x_ldtr},
    {"ldr w [#0]", ld_ldr_w_0},
    {"ldr w [#12]", ld_ldr_w_12},
    {"ldr w [#16380]", ld_ldr_w_16380},
    {"ldur w [#-7]", ld_ldur_w_7},
    {"ldur w [#255]", ld_ldur_w_255},
    {"ldur w [#-256]", ld_ldur_w_256},
    {"ldr w pre #-9", ld_ldr_w_pre_9},
    {"ldr w post #17", ld_ldr_w_post_17},
    {"ldr w [x, lsl]", ld_ldr_w_x_lsl},
    {"ldr w [w, uxtw]", ld_ldr_w_w_uxtw},
    {"ldr w [w, sxtw neg]", ld_ldr_w_w_sxtw_neg},
    {"ldr w [x, sxtx neg]", ld_ldr_w_x_sxtx_neg},
    {"ldr w [ldtr]", ld_ldr_w_ldtr},
    {"ldrsw x [#0]", ld_ldrsw_x_0},
    {"ldrsw x [#12]", ld_ldrsw_x_12},
    {"ldrsw x [#16380]", ld_ldrsw_x_16380},
    {"ldursw x [#-7]", ld_ldursw_x_7},
    {"ldursw x [#255]", ld_ldursw_x_255},
    {"ldursw x [#-256]", ld_ldursw_x_256},
    {"ldrsw x pre #-9", ld_ldrsw_x_pre_9},
    {"ldrsw x post #17", ld_ldrsw_x_post_17},
    {"ldrsw x [x, lsl]", ld_ldrsw_x_x_lsl},
    {"ldrsw x [w, uxtw]", ld_ldrsw_x_w_uxtw},
    {"ldrsw x [w, sxtw neg]", ld_ldrsw_x_w_sxtw_neg},
    {"ldrsw x [x, sxtx neg]", ld_ldrsw_x_x_sxtx_neg},
    {"ldrsw x [ldtr]", ld_ldrsw_x_ldtr},
    {"ldr x [#0]", ld_ldr_x_0},
    {"ldr x [#24]", ld_ldr_x_24},
    {"ldr x [#32760]", ld_ldr_x_32760},
    {"ldur x [#-7]", ld_ldur_x_7},
    {"ldur x [#255]", ld_ldur_x_255},
    {"ldur x [#-256]", ld_ldur_x_256},
    {"ldr x pre #-9", ld_ldr_x_pre_9},
    {"ldr x post #17", ld_ldr_x_post_17},
    {"ldr x [x, lsl]", ld_ldr_x_x_lsl},
    {"ldr x [w, uxtw]", ld_ldr_x_w_uxtw},
    {"ldr x [w, sxtw neg]", ld_ldr_x_w_sxtw_neg},
    {"ldr x [x, sxtx neg]", ld_ldr_x_x_sxtx_neg},
    {"ldr x [ldtr]", ld_ldr_x_ldtr},
};

static const struct { const char *name; store_fn *fn; } stores[] = {
    {"strb w [#5]", st_strb_w_5},
    {"sturb w [#-3]", st_sturb_w_3},
    {"strb w pre", st_strb_w_pre},
    {"strb w post", st_strb_w_post},
    {"strb w [x, lsl]", st_strb_w_x_lsl},
    {"strb w [w, sxtw]", st_strb_w_w_sxtw},
    {"strb w [sttr]", st_strb_w_sttr},
    {"strb w xzr", st_strb_w_xzr},
    {"strh w [#10]", st_strh_w_10},
    {"sturh w [#-3]", st_sturh_w_3},
    {"strh w pre", st_strh_w_pre},
    {"strh w post", st_strh_w_post},
    {"strh w [x, lsl]", st_strh_w_x_lsl},
    {"strh w [w, sxtw]", st_strh_w_w_sxtw},
    {"strh w [sttr]", st_strh_w_sttr},
    {"strh w xzr", st_strh_w_xzr},
    {"str w [#20]", st_str_w_20},
    {"stur w [#-3]", st_stur_w_3},
    {"str w pre", st_str_w_pre},
    {"str w post", st_str_w_post},
    {"str w [x, lsl]", st_str_w_x_lsl},
    {"str w [w, sxtw]", st_str_w_w_sxtw},
    {"str w [sttr]", st_str_w_sttr},
    {"str w xzr", st_str_w_xzr},
    {"str x [#40]", st_str_x_40},
    {"stur x [#-3]", st_stur_x_3},
    {"str x pre", st_str_x_pre},
    {"str x post", st_str_x_post},
    {"str x [x, lsl]", st_str_x_x_lsl},
    {"str x [w, sxtw]", st_str_x_w_sxtw},
    {"str x [sttr]", st_str_x_sttr},
    {"str x xzr", st_str_x_xzr},
};

/* Base offsets: aligned, odd, and straddling the page boundary at 4096. */
static const unsigned offsets[] = {512, 513, 515, 518, 4088, 4089, 4093, 4094, 4095, 4096};

static void fill(unsigned len)
{
    for (unsigned i = 0; i < len; i++)
        buf[i] = (uint8_t)(i * 37u + 0x81u);
}

static uint64_t buffer_checksum(void)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned i = 0; i < STORE_AREA; i++)
        h = (h ^ buf[i]) * 0x100000001b3ull;
    return h;
}

int test_main(void)
{
    fill(sizeof(buf));
    for (size_t i = 0; i < FT_COUNT(loads); i++) {
        for (size_t j = 0; j < FT_COUNT(offsets); j++)
            check2(loads[i].name, offsets[j], loads[i].fn(buf + offsets[j]));
    }
    for (size_t i = 0; i < FT_COUNT(stores); i++) {
        for (size_t j = 0; j < FT_COUNT(offsets); j++) {
            fill(STORE_AREA);
            uint64_t r = stores[i].fn(buf + offsets[j], 0x8877665544332211ull ^ (uint64_t)j);
            check3(stores[i].name, offsets[j], r, buffer_checksum());
        }
    }
    return 0;
}
