#!/bin/sh
# Time from start to the shell prompt of the default guest (Debian's arm64
# kernel + busybox initramfs, scripts/default-guest), then a guest workload
# (busybox sha256sum of a 64 MiB file in the guest's tmpfs, timed by the
# guest's /proc/uptime), on qemu-system-aarch64 -M virt -cpu cortex-a57 and on
# ferry, in one invocation; prints both and the ratios (qemu time / ferry
# time: above 1 means ferry is faster). A benchmark, not a test: nothing
# fails on the numbers.
#
#   bench/system_boot.sh [FERRY] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ferry=${1:-$here/../build/frontends/system/ferry}
runs=${2:-3}
. "$here/lib/system_guest.sh"
trap 'rm -rf "$work"' EXIT

time_to_shell() { # seconds from start to the shell prompt; then poweroff, which must work
    out=$(printf 'expect / # \nelapsed\nsend poweroff\nexpect Power down\nexit 0\n' |
        python3 "$here/../tests/cli/lib/console_driver.py" 600 "$work/log" -- "$@") ||
        { echo "bench: $1 did not boot to a shell and power off: $out" >&2; exit 1; }
    echo "$out"
}

best() { sort -n | head -n 1; }
q=$(for i in $(seq "$runs"); do time_to_shell "$qemu" -M virt -cpu cortex-a57 -m 1G -nographic -nic none \
    -kernel "$kernel" -initrd "$initrd" -append console=ttyAMA0; done | best)
f=$(for i in $(seq "$runs"); do time_to_shell "$ferry" -M virt -m 1G -nographic \
    -kernel "$kernel" -initrd "$initrd" -append console=ttyAMA0; done | best)
echo "boot to the shell prompt (best of $runs): qemu-system-aarch64 ${q}s  ferry ${f}s  qemu/ferry $(echo "$q $f" | awk '{ printf "%.2f", $1 / $2 }')"

# The workload, run through the default guest's ferry.run= (no shell, powers off by itself).
# shellcheck disable=SC2016 # $(...) is for the guest's shell
# (no double quotes inside: ferry.run="..." ends at the first one)
workload='dd if=/dev/zero of=/tmp/f bs=1M count=64 2>/dev/null; read a x </proc/uptime; sha256sum /tmp/f; read b x </proc/uptime; echo workload $a $b'
workload_seconds() {
    "$@" -nographic -kernel "$kernel" -initrd "$initrd" \
        -append "console=ttyAMA0 quiet ferry.run=\"$workload\"" </dev/null 2>&1 | tr -d '\r' >"$work/wl"
    grep -q '^3b6a07d0d404fab4e23b6d34bc6696a6a312dd92821332385e5af7c01c421351  /tmp/f' "$work/wl" ||
        { echo "bench: wrong sha256sum output: $(tail -c 300 "$work/wl")" >&2; exit 1; }
    sed -n 's/^workload \([0-9.]*\) \([0-9.]*\)/\1 \2/p' "$work/wl" | awk '{ printf "%.2f", $2 - $1 }'
}
q=$(for i in $(seq "$runs"); do workload_seconds "$qemu" -M virt -cpu cortex-a57 -m 1G -nic none; echo; done | best)
f=$(for i in $(seq "$runs"); do workload_seconds "$ferry" -M virt -m 1G; echo; done | best)
echo "sha256sum of 64 MiB in the guest (best of $runs): qemu-system-aarch64 ${q}s  ferry ${f}s  qemu/ferry $(echo "$q $f" | awk '{ printf "%.2f", $1 / $2 }')"
