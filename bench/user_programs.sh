#!/bin/sh
# CPU-bound user-mode programs built from ferry's own sources, under
# ferry-user and qemu-aarch64-static in one invocation: bench/integer_mix.c
# (hashing, sorting, a bytecode interpreter's indirect branches, memory
# copies, CRC32; freestanding, so arm64 only) and bench/fp_mix.c (n-body,
# matrix product, Mandelbrot, conversions; ordinary C, so it also runs
# natively as the ceiling). Checks that both emulators print the same
# checksums, then prints the best wall seconds of RUNS runs and the ratios:
#   qemu/ferry   above 1: ferry is faster than qemu (the target is 1.5)
#   ferry/native how many times slower than the host running it natively
# A benchmark, not a test.
#
#   bench/user_programs.sh [FERRY_USER] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ferry=${1:-$here/../build/frontends/user/ferry-user}
runs=${2:-3}
oracle=${FERRY_ORACLE:-qemu-aarch64-static}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

aarch64-linux-gnu-gcc -static -nostdlib -ffreestanding -fno-builtin -mgeneral-regs-only -O2 \
    -march=armv8.1-a+crc -I "$here/../tests/diff/lib" -o "$work/integer" \
    "$here/integer_mix.c" "$here/../tests/diff/lib/ferry_test.c"
# no fused multiply-add on either target: the same roundings everywhere
aarch64-linux-gnu-gcc -static -O2 -ffp-contract=off -o "$work/fp" "$here/fp_mix.c" -lm
cc -O2 -ffp-contract=off -o "$work/fp-native" "$here/fp_mix.c" -lm

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

echo "CPU-bound programs, best of $runs runs each:"
for name in integer fp; do
    "$oracle" "$work/$name" >"$work/want"
    "$ferry" "$work/$name" >"$work/got" || true
    if ! cmp -s "$work/want" "$work/got"; then
        echo "$name: ferry-user's output differs from $oracle:"
        diff "$work/want" "$work/got" || true
        exit 1
    fi
    q=$(best "$oracle" "$work/$name")
    f=$(best "$ferry" "$work/$name")
    if [ -x "$work/$name-native" ]; then
        n=$(best "$work/$name-native")
        native=$(printf '  native %6.2fs  ferry/native %5.2f' "$n" "$(echo "$f / $n" | bc -l)")
    else
        native="  (no native build: freestanding arm64 runtime)"
    fi
    printf '%-8s qemu %6.2fs  ferry %6.2fs   qemu/ferry %5.2f%s\n' \
        "$name" "$q" "$f" "$(echo "$q / $f" | bc -l)" "$native"
done
