#!/bin/sh
# Bare-metal guest test: build one tests/system/*.S program with the shared
# startup in tests/system/lib/ into an arm64 Image, boot it on `ferry -M
# virt`, and judge its TAP output on the serial console.
#
#   run_system.sh FERRY SOURCE.S WORKDIR
#
# A program may ask for extra ferry options with a line "// FERRY-ARGS: ...".
# Passes when ferry exits 0 (the program's PSCI SYSTEM_OFF), every check line
# is "ok" or a "not ok ... # TODO ferry: ..." (a known ferry gap, printed
# here so it stays visible; an "ok ... # TODO" fails: the fixed gap must lose its
# marker), the number of check lines matches the "1..N"
# plan, and the last line is "done". Exits 77 (meson's SKIP) with a SKIP line
# only when the cross toolchain is missing.
set -u
ferry=$1 src=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$src" .S)
cc=${FERRY_CROSS_CC:-aarch64-linux-gnu-gcc}
objcopy=${FERRY_CROSS_OBJCOPY:-aarch64-linux-gnu-objcopy}
timeout_s=${FERRY_SYSTEM_TIMEOUT:-120}

for tool in "$cc" "$objcopy"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not installed (apt-get install gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu)"
        exit 77
    fi
done

mkdir -p "$work"
elf=$work/$name.elf bin=$work/$name.bin out=$work/$name.out
if ! "$cc" -nostdlib -ffreestanding -static -no-pie -march=armv8-a -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
        -T "$here/lib/image.ld" -I "$here/lib" -o "$elf" \
        "$here/lib/start.S" "$here/lib/vectors.S" "$here/lib/report.S" "$here/lib/wait.S" \
        "$here/lib/mmu_flat.S" "$src"; then
    echo "FAIL: $name does not build"
    exit 1
fi
if ! "$objcopy" -O binary "$elf" "$bin"; then
    echo "FAIL: $name: objcopy failed"
    exit 1
fi

args=$(sed -n 's|^// FERRY-ARGS: ||p' "$src" | head -n 1)
# shellcheck disable=SC2086
timeout "$timeout_s" "$ferry" -M virt -m 256M -nographic -kernel "$bin" $args \
    </dev/null >"$out.raw" 2>"$work/$name.err"
status=$?
tr -d '\r' <"$out.raw" >"$out"

failed=0
fail() {
    echo "FAIL: $name: $*"
    failed=1
}
if [ "$status" = 124 ]; then
    fail "timed out after ${timeout_s}s"
elif [ "$status" != 0 ]; then
    fail "ferry exited $status ($(head -c 300 "$work/$name.err"))"
fi
grep -E '^not ok' "$out" | grep -v '# TODO' | sed "s|^|FAIL: $name: |"
grep -E '^not ok' "$out" | grep -qv '# TODO' && failed=1
grep -E '^not ok .*# TODO' "$out" | sed "s|^|KNOWN FAILURE: $name: |"
grep -E '^ok .*# TODO' "$out" | sed "s|^|TODO PASSES (drop the marker): $name: |"
grep -qE '^ok .*# TODO' "$out" && failed=1 # a fixed gap must lose its marker
grep -E '^Bail out!' "$out" | sed "s|^|FAIL: $name: |"
grep -qE '^Bail out!' "$out" && failed=1
plan=$(sed -n 's|^1\.\.\([0-9][0-9]*\)$|\1|p' "$out" | tail -n 1)
checks=$(grep -cE '^(not )?ok [0-9]+ ' "$out")
if [ -z "$plan" ]; then
    fail "no 1..N plan line"
elif [ "$plan" != "$checks" ]; then
    fail "plan says $plan checks, $checks check lines seen"
fi
[ "$(tail -n 1 "$out")" = done ] || fail "the last line is not 'done'"

if [ $failed != 0 ]; then
    echo "--- serial output of $name:"
    sed -n '1,200p' "$out"
    exit 1
fi
echo "PASS: $name ($checks checks)"
exit 0
