#!/bin/sh
# Host CPU an idle guest costs: the default guest (Debian's kernel, busybox)
# sleeps 14 s; over 10 s of that sleep, the emulator's user+system CPU time
# from /proc/PID/stat, for ferry and for qemu-system-aarch64 -M virt -cpu
# cortex-a57 with the same command line, in one invocation. Prints the share
# of one host core each used (the target for ferry: under 2%). A benchmark,
# not a test: nothing fails on the numbers.
#
#   bench/idle_cpu.sh [FERRY]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ferry=${1:-$here/../build/frontends/system/ferry}
. "$here/lib/system_guest.sh"
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
hz=$(getconf CLK_TCK)

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

idle() { # idle NAME EMULATOR ARGS...: prints NAME's share of a core while its guest sleeps
    name=$1
    shift
    "$@" -M virt -m 1G -nographic -kernel "$kernel" -initrd "$initrd" \
        -netdev user,id=n0 -device virtio-net-device,netdev=n0 \
        -append 'console=ttyAMA0 quiet ferry.run="echo IDLE-START; sleep 14"' </dev/null >"$work/$name.log" 2>&1 &
    pid=$!
    tries=0
    until grep -q IDLE-START "$work/$name.log"; do
        tries=$((tries + 1))
        [ $tries -lt 600 ] && kill -0 $pid 2>/dev/null ||
            { echo "bench: $name did not reach the idle step: $(tail -c 400 "$work/$name.log")" >&2; exit 1; }
        sleep 0.2
    done
    sleep 2 # the shell's own start settles
    a=$(cpu_ticks $pid)
    sleep 10
    b=$(cpu_ticks $pid)
    wait $pid || true
    pid=
    echo "$b $a $hz" | awk -v n="$name" '{ printf "%s: %.2f%% of one core over 10 s idle\n", n, ($1 - $2) * 100 / $3 / 10 }'
}

idle qemu-system-aarch64 "$qemu" -cpu cortex-a57
idle ferry "$ferry" -cpu cortex-a57
