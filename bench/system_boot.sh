#!/bin/sh
# Time from start to the shell prompt of the default guest (Debian's arm64
# kernel + busybox initramfs, scripts/default-guest), on qemu-system-aarch64
# -M virt and on ferry, in one invocation; prints both and the ratio
# (qemu time / ferry time: above 1 means ferry is faster). A benchmark, not a
# test: nothing fails on the numbers.
#
#   bench/system_boot.sh [FERRY] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ferry=${1:-$here/../build/frontends/system/ferry}
runs=${2:-3}
qemu=${QEMU_SYSTEM:-qemu-system-aarch64}
command -v "$qemu" >/dev/null 2>&1 || { echo "bench: $qemu not installed (apt-get install qemu-system-arm)"; exit 1; }
paths=$("$here/../scripts/default-guest")
kernel=$(echo "$paths" | sed -n 1p)
initrd=$(echo "$paths" | sed -n 2p)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seconds until "/ # " appears, then power off.
time_to_shell() {
    start=$(date +%s.%N)
    printf 'expect / # \nsend poweroff\nexpect Power down\nexit 0\n' |
        python3 "$here/../tests/cli/lib/console_driver.py" 600 "$work/log" -- "$@" >/dev/null
    # the prompt's arrival, from the driver's log timestamp: the driver returns right after poweroff
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }'
}

best() { sort -n | head -n 1; }
q=$(for i in $(seq "$runs"); do time_to_shell "$qemu" -M virt -cpu cortex-a57 -m 1G -nographic -nic none \
    -kernel "$kernel" -initrd "$initrd" -append console=ttyAMA0; echo; done | best)
f=$(for i in $(seq "$runs"); do time_to_shell "$ferry" -M virt -m 1G -nographic \
    -kernel "$kernel" -initrd "$initrd" -append console=ttyAMA0; echo; done | best)
echo "boot to shell + poweroff (best of $runs): qemu-system-aarch64 ${q}s  ferry ${f}s  qemu/ferry $(echo "$q $f" | awk '{ printf "%.2f", $1 / $2 }')"
