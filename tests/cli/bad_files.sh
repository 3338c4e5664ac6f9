# Programs that are not static arm64 ELF executables: one line naming the
# file and the reason, exit status 1, nothing run.
. "$(dirname "$0")/lib/common.sh"

expect_status 1 "$ferry" "$work/missing"
expect_one_line "$work/err" "^ferry-user: $work/missing: No such file or directory$"

printf '#!/bin/sh\necho hi\n' >"$work/script"
expect_status 1 "$ferry" "$work/script"
expect_one_line "$work/err" "^ferry-user: $work/script: not an ELF file$"

: >"$work/empty"
expect_status 1 "$ferry" "$work/empty"
expect_one_line "$work/err" "^ferry-user: $work/empty: not an ELF file"

expect_status 1 "$ferry" "$work"
expect_one_line "$work/err" "^ferry-user: $work: not a regular file$"

# The host's own x86-64 binary.
expect_status 1 "$ferry" /bin/true
expect_one_line "$work/err" '^ferry-user: /bin/true: not an arm64 executable \(machine: x86-64\)$'

# A 32-bit ELF header.
printf '\177ELF\001\001\001\000\000\000\000\000\000\000\000\000' >"$work/elf32"
head -c 100 /dev/zero >>"$work/elf32"
expect_status 1 "$ferry" "$work/elf32"
expect_one_line "$work/err" 'not an arm64 executable \(32-bit ELF\)$'

build_guest hello <<'SRC'
#include "ferry_test.h"
int test_main(void) { ft_puts("hello\n"); return 0; }
SRC
# Truncated: the header survives, the program headers or segments do not.
head -c 100 "$work/hello" >"$work/truncated-headers"
expect_status 1 "$ferry" "$work/truncated-headers"
expect_one_line "$work/err" 'truncated file'
size=$(wc -c <"$work/hello")
head -c $((size / 2)) "$work/hello" >"$work/truncated-segments"
expect_status 1 "$ferry" "$work/truncated-segments"
expect_one_line "$work/err" 'truncated file \(segment [0-9]+ extends past the end\)$'

# A dynamically linked arm64 program (if the cross toolchain can link one).
if printf 'int main(void){return 0;}\n' | aarch64-linux-gnu-gcc -x c - -o "$work/dynamic" 2>/dev/null; then
    expect_status 1 "$ferry" "$work/dynamic"
    expect_one_line "$work/err" 'dynamic executable \(needs /lib/ld-linux-aarch64.so.1\): give a sysroot with -L DIR or FERRY_SYSROOT$'
fi

# And the intact program runs.
expect_status 0 "$ferry" "$work/hello"
[ "$(cat "$work/out")" = hello ] || fail "hello printed '$(cat "$work/out")'"
finish
