/*
 * Differential test: every branch form. B.cond for all 16 conditions under
 * all 16 NZCV values; CBZ/CBNZ at both widths; TBZ/TBNZ at every bit
 * position; B/BL/BR/BLR/RET including link values, backward loops and a
 * jump table.
 */
#include "ferry_test.h"

static uint64_t taken_eq(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.eq 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_ne(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.ne 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_cs(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.cs 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_cc(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.cc 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_mi(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.mi 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_pl(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.pl 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_vs(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.vs 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_vc(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.vc 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_hi(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.hi 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_ls(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.ls 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_ge(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.ge 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_lt(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.lt 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_gt(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.gt 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_le(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.le 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_al(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.al 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t taken_nv(uint64_t nzcv)
{
    uint64_t taken;
    __asm__ volatile("msr nzcv, %1\n"
                     "mov %0, #0\n"
                     "b.nv 1f\n"
                     "b 2f\n"
                     "1: mov %0, #1\n"
                     "2:\n"
                     : "=&r"(taken)
                     : "r"(nzcv)
                     : "cc");
    return taken;
}

static uint64_t (*const cond_taken[16])(uint64_t) = {
    taken_eq,
    taken_ne,
    taken_cs,
    taken_cc,
    taken_mi,
    taken_pl,
    taken_vs,
    taken_vc,
    taken_hi,
    taken_ls,
    taken_ge,
    taken_lt,
    taken_gt,
    taken_le,
    taken_al,
    taken_nv,
};

static void test_b_cond(void)
{
    for (unsigned cond = 0; cond < 16; cond++) {
        uint64_t mask = 0;
        for (uint64_t flags = 0; flags < 16; flags++)
            mask |= cond_taken[cond](flags << 28) << flags;
        check2("b.cond", cond, mask);
    }
}

static void test_cbz(uint64_t v)
{
    uint64_t r;
    __asm__ volatile("mov %0, #0\n"
                     "cbz %1, 1f\n"
                     "orr %0, %0, #1\n"
                     "1: cbnz %1, 2f\n"
                     "orr %0, %0, #2\n"
                     "2: cbz %w1, 3f\n"
                     "orr %0, %0, #4\n"
                     "3: cbnz %w1, 4f\n"
                     "orr %0, %0, #8\n"
                     "4:\n"
                     : "=&r"(r)
                     : "r"(v));
    check2("cbz/cbnz", v, r);
}

static void test_tbz(uint64_t v)
{
    uint64_t zmask, nzmask, wzmask, wnzmask;
    __asm__ volatile("mov %0, #0\n"
                     ".irp b, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63\n"
                     "tbz %1, #\\b, 1f\n"
                     "orr %0, %0, #(1 << \\b)\n"
                     "1:\n"
                     ".endr\n"
                     : "=&r"(zmask)
                     : "r"(v));
    __asm__ volatile("mov %0, #0\n"
                     ".irp b, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63\n"
                     "tbnz %1, #\\b, 1f\n"
                     "orr %0, %0, #(1 << \\b)\n"
                     "1:\n"
                     ".endr\n"
                     : "=&r"(nzmask)
                     : "r"(v));
    __asm__ volatile("mov %0, #0\n"
                     ".irp b, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
                     "tbz %w1, #\\b, 1f\n"
                     "orr %0, %0, #(1 << \\b)\n"
                     "1:\n"
                     ".endr\n"
                     : "=&r"(wzmask)
                     : "r"(v));
    __asm__ volatile("mov %0, #0\n"
                     ".irp b, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
                     "tbnz %w1, #\\b, 1f\n"
                     "orr %0, %0, #(1 << \\b)\n"
                     "1:\n"
                     ".endr\n"
                     : "=&r"(wnzmask)
                     : "r"(v));
    check3("tbz/tbnz", v, zmask, nzmask);
    check3("tbz/tbnz w", v, wzmask, wnzmask);
}

/* BL/BLR/RET: the link register holds the address after the call. */
static void test_calls(void)
{
    uint64_t link_offset, blr_offset, result;
    __asm__ volatile("bl 1f\n"
                     "0: b 2f\n"
                     "1: adr %0, 0b\n"
                     "sub %0, x30, %0\n" /* 0 if X30 = address after BL */
                     "ret\n"
                     "2:\n"
                     : "=&r"(link_offset)
                     :
                     : "x30");
    check1("bl link", link_offset);
    __asm__ volatile("adr x9, 1f\n"
                     "blr x9\n"
                     "0: b 2f\n"
                     "1: adr %0, 0b\n"
                     "sub %0, x30, %0\n"
                     "ret\n"
                     "2:\n"
                     : "=&r"(blr_offset)
                     :
                     : "x9", "x30");
    check1("blr link", blr_offset);
    /* BLR X30 jumps to the old X30 and then links. */
    __asm__ volatile("mov %0, #0\n"
                     "adr x30, 1f\n"
                     "blr x30\n"
                     "0: b 2f\n"
                     "1: adr x9, 0b\n"
                     "cmp x30, x9\n"
                     "cset %0, eq\n"
                     "ret\n"
                     "2:\n"
                     : "=&r"(result)
                     :
                     : "x9", "x30", "cc");
    check1("blr x30", result);
    /* RET to a register other than X30. */
    __asm__ volatile("mov %0, #5\n"
                     "adr x10, 1f\n"
                     "ret x10\n"
                     "mov %0, #6\n"
                     "1:\n"
                     : "=&r"(result)
                     :
                     : "x10");
    check1("ret x10", result);
}

static void test_loops_and_tables(void)
{
    uint64_t count, acc;
    /* A backward CBNZ loop and a backward B.cond loop. */
    __asm__ volatile("mov %0, #1000\n"
                     "mov %1, #0\n"
                     "1: add %1, %1, %0\n"
                     "sub %0, %0, #1\n"
                     "cbnz %0, 1b\n"
                     : "=&r"(count), "=&r"(acc));
    check2("cbnz loop", count, acc);
    __asm__ volatile("mov %0, #0\n"
                     "mov %1, #0\n"
                     "1: add %1, %1, #3\n"
                     "add %0, %0, #1\n"
                     "cmp %0, #77\n"
                     "b.lt 1b\n"
                     : "=&r"(count), "=&r"(acc)
                     :
                     : "cc");
    check2("b.lt loop", count, acc);
    /* BR through a jump table of B instructions. */
    for (uint64_t i = 0; i < 4; i++) {
        uint64_t r;
        __asm__ volatile("adr x9, 1f\n"
                         "add x9, x9, %1, lsl #3\n"
                         "br x9\n"
                         "1: mov %0, #10\n"
                         "b 2f\n"
                         "mov %0, #11\n"
                         "b 2f\n"
                         "mov %0, #12\n"
                         "b 2f\n"
                         "mov %0, #13\n"
                         "b 2f\n"
                         "2:\n"
                         : "=&r"(r)
                         : "r"(i)
                         : "x9");
        check2("br table", i, r);
    }
}

int test_main(void)
{
    test_b_cond();
    for (size_t i = 0; i < ft_edge_count; i++) {
        test_cbz(ft_edge_values[i]);
        test_tbz(ft_edge_values[i]);
    }
    test_cbz(0xffffffff00000000ull);
    for (int i = 0; i < 40; i++)
        test_tbz(ft_rand());
    test_calls();
    test_loops_and_tables();
    return 0;
}
