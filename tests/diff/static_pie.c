/*
 * Differential test: a static position-independent executable (ET_DYN
 * without an interpreter) loads, runs from a high load address, and reaches
 * its code and data PC-relatively. The runtime has no self-relocation, so
 * this program keeps to data without absolute pointers, and to objects of
 * its own file (a global of another file is reached through the GOT, which
 * would need relocating).
 */
// STATIC-PIE
#include "ferry_test.h"

static uint64_t counter = 40;
static const uint64_t table[] = {0x0123456789abcdef, 0xfedcba9876543210, 7};

int test_main(void)
{
    uint64_t pc;
    __asm__("adr %0, ." : "=r"(pc));
    check1("loaded above 4 GiB", pc >> 32 != 0);
    counter += 2;
    check1("data", counter);
    for (size_t i = 0; i < FT_COUNT(table); i++)
        check1("rodata", table[i]);
    return (int)counter;
}
