#!/bin/sh
# Integer user-mode benchmark: runs bench/integer_mix.c under ferry-user and
# qemu-aarch64-static in one invocation, checks they print the same
# checksums, and prints wall-clock seconds (best of N runs) and the ratio.
#
#   bench/user_integer.sh [FERRY_USER] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ferry=${1:-$here/../build/frontends/user/ferry-user}
runs=${2:-3}
oracle=${FERRY_ORACLE:-qemu-aarch64-static}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

aarch64-linux-gnu-gcc -static -nostdlib -ffreestanding -fno-builtin -mgeneral-regs-only -O2 \
    -march=armv8.1-a+crc -I "$here/../tests/diff/lib" -o "$work/mix" \
    "$here/integer_mix.c" "$here/../tests/diff/lib/ferry_test.c"

best() { # best wall seconds of $runs runs of "$@"
    b=""
    i=0
    while [ $i -lt "$runs" ]; do
        s=$(date +%s.%N)
        "$@" >"$work/out" 2>&1
        e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc)
        if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
        i=$((i + 1))
    done
    echo "$b"
}

"$oracle" "$work/mix" >"$work/want"
"$ferry" "$work/mix" >"$work/got" || true
if ! cmp -s "$work/want" "$work/got"; then
    echo "ferry-user output differs from $oracle:"
    diff "$work/want" "$work/got" || true
    exit 1
fi
q=$(best "$oracle" "$work/mix")
f=$(best "$ferry" "$work/mix")
printf 'integer mix (best of %s): qemu-aarch64 %.2fs  ferry-user %.2fs  ferry/qemu %.2f\n' \
    "$runs" "$q" "$f" "$(echo "$f / $q" | bc -l)"
