/*
 * Differential test: CLZ/CLS/RBIT/REV*, variable shifts, CRC32/CRC32C.
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

int test_main(void)
{
    ft_sweep_table(cases, FT_COUNT(cases), 100);
    return 0;
}
