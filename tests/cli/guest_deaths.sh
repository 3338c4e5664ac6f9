# The program's exit status is ferry-user's; a program that dies of a signal
# makes ferry-user die of the same signal (as a shell reports: 128 + N).
. "$(dirname "$0")/lib/common.sh"

for status in 0 3 255; do
    build_guest exit$status <<SRC
#include "ferry_test.h"
int test_main(void) { return $status; }
SRC
    expect_status $status "$ferry" "$work/exit$status"
done

build_guest udf <<'SRC'
#include "ferry_test.h"
int test_main(void) { __asm__ volatile(".inst 0x00000000"); return 0; }
SRC
expect_status 132 "$ferry" "$work/udf"
expect_one_line "$work/err" '^ferry-user: undefined instruction 0x00000000 at 0x[0-9a-f]+: udf #0$'

# An instruction that is UNDEFINED at EL0 (writing an EL1 system register)
# reports the same way, with Capstone's disassembly.
build_guest msr_el1 <<'SRC'
#include "ferry_test.h"
int test_main(void) { __asm__ volatile(".inst 0xd5181000"); return 0; }
SRC
expect_status 132 "$ferry" "$work/msr_el1"
expect_one_line "$work/err" '^ferry-user: undefined instruction 0xd5181000 at 0x[0-9a-f]+: msr sctlr_el1, x0$'

build_guest segv <<'SRC'
#include "ferry_test.h"
int test_main(void) { *(volatile uint64_t *)0 = 1; return 0; }
SRC
expect_status 139 "$ferry" "$work/segv"
expect_one_line "$work/err" '^ferry-user: segmentation fault: write unmapped at 0x0 '

build_guest jump <<'SRC'
#include "ferry_test.h"
int test_main(void) { ((void (*)(void))0x12345000)(); return 0; }
SRC
expect_status 139 "$ferry" "$work/jump"
expect_one_line "$work/err" 'segmentation fault: execute unmapped at 0x12345000'

build_guest rodata <<'SRC'
#include "ferry_test.h"
static const uint64_t constant = 5;
int test_main(void) { *(volatile uint64_t *)&constant = 1; return 0; }
SRC
expect_status 139 "$ferry" "$work/rodata"
expect_one_line "$work/err" 'segmentation fault: write not permitted'

build_guest brk <<'SRC'
#include "ferry_test.h"
int test_main(void) { __asm__ volatile("brk #0x3e8"); return 0; }
SRC
expect_status 133 "$ferry" "$work/brk"

build_guest misaligned <<'SRC'
#include "ferry_test.h"
static uint64_t word[2];
int test_main(void) {
    uint64_t v;
    __asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"((char *)word + 1));
    return (int)v;
}
SRC
expect_status 135 "$ferry" "$work/misaligned"

# abort()-style self-kill through tgkill with the default action.
build_guest abort <<'SRC'
#include "ferry_test.h"
int test_main(void) {
    long pid = ft_syscall(172, 0, 0, 0, 0, 0, 0);
    ft_syscall(131, pid, pid, 6, 0, 0, 0);
    return 0;
}
SRC
expect_status 134 "$ferry" "$work/abort"
finish
