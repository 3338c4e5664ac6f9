#!/bin/sh
# Differential test: build one arm64 test program, run it under ferry-user and
# under Debian's qemu-aarch64-static (the oracle), and require identical
# stdout and exit status.
#
#   run_diff.sh FERRY_USER SOURCE.c WORKDIR [ARGS...]
#
# Exits 77 (meson's SKIP) with a visible SKIP line only when the cross
# compiler or the oracle is missing; CI installs both, so nothing skips there.
set -u
ferry=$1 src=$2 work=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$src" .c)
cc=${FERRY_CROSS_CC:-aarch64-linux-gnu-gcc}
oracle=${FERRY_ORACLE:-qemu-aarch64-static}

if ! command -v "$cc" >/dev/null 2>&1; then
    echo "SKIP: $cc not installed (apt-get install gcc-aarch64-linux-gnu)"
    exit 77
fi
if ! command -v "$oracle" >/dev/null 2>&1; then
    echo "SKIP: $oracle not installed (apt-get install qemu-user-static)"
    exit 77
fi

mkdir -p "$work"
bin=$work/$name
# Extra compiler flags a test asks for: a line "// CFLAGS: ..." in its source.
extra=$(sed -n 's|^// CFLAGS: ||p' "$src" | head -n 1)
# Integer-only by default, so the compiler itself emits no FP/SIMD; a test that
# moves SIMD&FP registers in its own asm says "// USES-FP-REGS".
grep -q '^// USES-FP-REGS' "$src" || extra="-mgeneral-regs-only $extra"
# A test that says "// STATIC-PIE" is linked as a static position-independent executable.
link=-static
grep -q '^// STATIC-PIE' "$src" && link="-static-pie -fPIE"
# A test that says "// GLIBC" is an ordinary C program linked statically with
# Debian's arm64 glibc (no freestanding runtime), compiler flags as given.
if grep -q '^// GLIBC' "$src"; then
    # shellcheck disable=SC2086
    if ! "$cc" -static -O2 -pthread $(sed -n 's|^// CFLAGS: ||p' "$src" | head -n 1) -o "$bin" "$src" -lm; then
        echo "FAIL: $name does not compile"
        exit 1
    fi
else
    # shellcheck disable=SC2086
    if ! "$cc" $link -nostdlib -ffreestanding -fno-builtin -O1 \
            -march=armv8.1-a+crc+rcpc $extra -I "$here/lib" -o "$bin" "$src" "$here/lib/ferry_test.c" \
            "$here/lib/ferry_simd.c" \
            -lgcc; then
        echo "FAIL: $name does not compile"
        exit 1
    fi
fi

# A test that says "// ORACLE-CPU: model" runs on the oracle as that CPU (e.g. an ARMv8.0 core
# for tests that compare which encodings are allocated).
oracle_cpu=$(sed -n 's|^// ORACLE-CPU: ||p' "$src" | head -n 1)
# shellcheck disable=SC2086
"$oracle" ${oracle_cpu:+-cpu $oracle_cpu} "$bin" "$@" >"$bin.expected" 2>"$bin.expected.err"
want=$?
"$ferry" "$bin" "$@" >"$bin.actual" 2>"$bin.actual.err"
got=$?

status=0
if ! cmp -s "$bin.expected" "$bin.actual"; then
    echo "FAIL: $name: stdout differs from $oracle (first differences, - oracle + ferry):"
    diff -u "$bin.expected" "$bin.actual" | sed -n '3,40p'
    status=1
fi
if [ "$want" != "$got" ]; then
    echo "FAIL: $name: exit status $got, $oracle gives $want"
    sed -n '1,10p' "$bin.actual.err"
    status=1
fi
if [ $status = 0 ]; then
    echo "PASS: $name ($(wc -l <"$bin.expected") lines, exit $want)"
fi
exit $status
