/*
 * Differential test: CLZ/CLS/RBIT/REV*, variable shifts, CRC32/CRC32C
 * (plus whole-message CRCs at every access width).
 * Each case is one instruction template swept by ft_sweep2
 * (edge values, every starting NZCV, random operands).
 */
#include "ferry_test.h"

FT_OP2(op_clz_x, "clz %0, %2")
FT_OP2(op_clz_w, "clz %w0, %w2")
FT_OP2(op_cls_x, "cls %0, %2")
FT_OP2(op_cls_w, "cls %w0, %w2")
FT_OP2(op_rbit_x, "rbit %0, %2")
FT_OP2(op_rbit_w, "rbit %w0, %w2")
FT_OP2(op_rev_x, "rev %0, %2")
FT_OP2(op_rev_w, "rev %w0, %w2")
FT_OP2(op_rev16_x, "rev16 %0, %2")
FT_OP2(op_rev16_w, "rev16 %w0, %w2")
FT_OP2(op_rev32_x, "rev32 %0, %2")
FT_OP2(op_lslv_x, "lslv %0, %2, %4")
FT_OP2(op_lslv_w, "lslv %w0, %w2, %w4")
FT_OP2(op_lsrv_x, "lsrv %0, %2, %4")
FT_OP2(op_lsrv_w, "lsrv %w0, %w2, %w4")
FT_OP2(op_asrv_x, "asrv %0, %2, %4")
FT_OP2(op_asrv_w, "asrv %w0, %w2, %w4")
FT_OP2(op_rorv_x, "rorv %0, %2, %4")
FT_OP2(op_rorv_w, "rorv %w0, %w2, %w4")
FT_OP2(op_crc32b, "crc32b %w0, %w2, %w4")
FT_OP2(op_crc32h, "crc32h %w0, %w2, %w4")
FT_OP2(op_crc32w, "crc32w %w0, %w2, %w4")
FT_OP2(op_crc32cb, "crc32cb %w0, %w2, %w4")
FT_OP2(op_crc32ch, "crc32ch %w0, %w2, %w4")
FT_OP2(op_crc32cw, "crc32cw %w0, %w2, %w4")
FT_OP2(op_crc32x, "crc32x %w0, %w2, %4")
FT_OP2(op_crc32cx, "crc32cx %w0, %w2, %4")

static const struct ft_op2_case cases[] = {
    {"clz x", op_clz_x},
    {"clz w", op_clz_w},
    {"cls x", op_cls_x},
    {"cls w", op_cls_w},
    {"rbit x", op_rbit_x},
    {"rbit w", op_rbit_w},
    {"rev x", op_rev_x},
    {"rev w", op_rev_w},
    {"rev16 x", op_rev16_x},
    {"rev16 w", op_rev16_w},
    {"rev32 x", op_rev32_x},
    {"lslv x", op_lslv_x},
    {"lslv w", op_lslv_w},
    {"lsrv x", op_lsrv_x},
    {"lsrv w", op_lsrv_w},
    {"asrv x", op_asrv_x},
    {"asrv w", op_asrv_w},
    {"rorv x", op_rorv_x},
    {"rorv w", op_rorv_w},
    {"crc32b", op_crc32b},
    {"crc32h", op_crc32h},
    {"crc32w", op_crc32w},
    {"crc32cb", op_crc32cb},
    {"crc32ch", op_crc32ch},
    {"crc32cw", op_crc32cw},
    {"crc32x", op_crc32x},
    {"crc32cx", op_crc32cx},
};


/*
 * CRC32/CRC32C over a message, once per access width: the usual ~ before
 * and after is done here, so "123456789" gives the check values
 * 0xcbf43926 (CRC-32) and 0xe3069283 (CRC-32C) by any width.
 */
static const unsigned char message[40] = "123456789 and the rest of a 40 byte line";

static uint32_t crc_bytes(const unsigned char *p, unsigned n, int castagnoli)
{
    uint32_t crc = 0xffffffff;
    for (unsigned i = 0; i < n; i++) {
        if (castagnoli)
            __asm__("crc32cb %w0, %w0, %w1" : "+r"(crc) : "r"((uint32_t)p[i]));
        else
            __asm__("crc32b %w0, %w0, %w1" : "+r"(crc) : "r"((uint32_t)p[i]));
    }
    return ~crc;
}

/* Little-endian load of `size` bytes without relying on alignment. */
static uint64_t load_le(const unsigned char *p, unsigned size)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static uint32_t crc_wide(const unsigned char *p, unsigned n, unsigned size, int castagnoli)
{
    uint32_t crc = 0xffffffff;
    for (unsigned i = 0; i + size <= n; i += size) {
        uint64_t v = load_le(p + i, size);
        switch (size * 2 + (castagnoli ? 1 : 0)) {
        case 4: __asm__("crc32h %w0, %w0, %w1" : "+r"(crc) : "r"((uint32_t)v)); break;
        case 5: __asm__("crc32ch %w0, %w0, %w1" : "+r"(crc) : "r"((uint32_t)v)); break;
        case 8: __asm__("crc32w %w0, %w0, %w1" : "+r"(crc) : "r"((uint32_t)v)); break;
        case 9: __asm__("crc32cw %w0, %w0, %w1" : "+r"(crc) : "r"((uint32_t)v)); break;
        case 16: __asm__("crc32x %w0, %w0, %1" : "+r"(crc) : "r"(v)); break;
        default: __asm__("crc32cx %w0, %w0, %1" : "+r"(crc) : "r"(v)); break;
        }
    }
    return ~crc;
}

static void crc_messages(void)
{
    check2("crc 123456789", crc_bytes(message, 9, 0), crc_bytes(message, 9, 1));
    check2("crc 40 bytes b", crc_bytes(message, 40, 0), crc_bytes(message, 40, 1));
    for (unsigned size = 2; size <= 8; size *= 2)
        check3("crc 40 bytes h/w/x", size, crc_wide(message, 40, size, 0),
               crc_wide(message, 40, size, 1));
}

int test_main(void)
{
    ft_sweep_table(cases, FT_COUNT(cases), 100);
    crc_messages();
    return 0;
}
