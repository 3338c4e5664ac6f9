#!/bin/sh
# Guest I/O on ferry and on qemu-system-aarch64 -M virt -cpu cortex-a57 with
# the same command line, in one invocation: a 256 MiB sequential write then
# read of a raw virtio-blk disk (dd with oflag=direct / iflag=direct), 4 KiB
# reads at random offsets (busybox dd, one process per read: what a shell
# script's I/O costs; "spawn" is the same 500 processes reading /dev/zero,
# so what random adds over spawn is the disk's share), and a 64 MiB HTTP download from a host server on
# 127.0.0.1 through user-mode networking (virtio-net + libslirp). Times
# come from the guest's /proc/uptime; the peak RSS of each emulator from
# /usr/bin/time. Prints MiB/s (reads/s) for both and the ratio ferry/qemu
# (above 1: ferry is faster). A benchmark, not a test: nothing fails on
# the numbers.
#
#   bench/guest_io.sh [FERRY] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ferry=${1:-$here/../build/frontends/system/ferry}
runs=${2:-1}
. "$here/lib/system_guest.sh"
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

mkdir "$work/www"
head -c $((64 << 20)) /dev/urandom >"$work/www/file"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/www" "$port" >/dev/null 2>&1 &
server=$!
sleep 1

# The guest's side: each step prints "NAME START END" from /proc/uptime.
# shellcheck disable=SC2016 # for the guest's shell; no double quotes (ferry.run="..." ends there)
steps='up() { read t x </proc/uptime; echo $t; };
ip addr add 10.0.2.15/24 dev eth0; ip link set eth0 up; ip route add default via 10.0.2.2;
a=$(up); dd if=/dev/zero of=/dev/vda bs=1M count=256 oflag=direct 2>/dev/null; b=$(up); echo step write $a $b;
a=$(up); dd if=/dev/vda of=/dev/null bs=1M count=256 iflag=direct 2>/dev/null; b=$(up); echo step read $a $b;
a=$(up); i=0; while [ $i -lt 500 ]; do dd if=/dev/vda of=/dev/null bs=4k count=1 skip=$(( (i * 7919) % 65536 )) iflag=direct 2>/dev/null; i=$((i+1)); done; b=$(up); echo step random $a $b;
a=$(up); i=0; while [ $i -lt 500 ]; do dd if=/dev/zero of=/dev/null bs=4k count=1 2>/dev/null; i=$((i+1)); done; b=$(up); echo step spawn $a $b;
a=$(up); wget -q -O /dev/null http://10.0.2.2:'"$port"'/file; b=$(up); echo step download $a $b'

run() { # run NAME EMULATOR ARGS...: the guest's step lines and the peak RSS into $work/NAME
    name=$1
    shift
    rm -f "$work/disk"
    truncate -s 300M "$work/disk"
    /usr/bin/time -f 'rss %M' -o "$work/$name.rss" "$@" -m 1G -nographic -kernel "$kernel" -initrd "$initrd" \
        -drive file="$work/disk",format=raw,if=none,id=hd0 -device virtio-blk-device,drive=hd0 \
        -netdev user,id=n0 -device virtio-net-device,netdev=n0 \
        -append "console=ttyAMA0 quiet ferry.run=\"$(echo "$steps" | tr '\n' ' ')\"" </dev/null 2>&1 | tr -d '\r' >"$work/$name.log"
    grep -q '^step download' "$work/$name.log" ||
        { echo "bench: $name did not finish: $(tail -c 400 "$work/$name.log")" >&2; exit 1; }
}

seconds() { sed -n "s/^step $2 \([0-9.]*\) \([0-9.]*\)/\1 \2/p" "$work/$1.log" | awk '{ printf "%.2f", $2 - $1 }'; }

for i in $(seq "$runs"); do
    run qemu "$qemu" -M virt -cpu cortex-a57
    run ferry "$ferry" -M virt -cpu cortex-a57
    for step in write read random spawn download; do
        q=$(seconds qemu $step)
        f=$(seconds ferry $step)
        case $step in
        random | spawn) unit=reads/s amount=500 ;;
        download) unit=MiB/s amount=64 ;;
        *) unit=MiB/s amount=256 ;;
        esac
        echo "$step: qemu-system-aarch64 $(echo "$amount $q" | awk '{ printf "%.1f", $1 / $2 }') $unit" \
            " ferry $(echo "$amount $f" | awk '{ printf "%.1f", $1 / $2 }') $unit" \
            " ferry/qemu $(echo "$q $f" | awk '{ printf "%.2f", $1 / $2 }')"
    done
    echo "peak RSS: qemu-system-aarch64 $(sed -n 's/^rss //p' "$work/qemu.rss") KiB  ferry $(sed -n 's/^rss //p' "$work/ferry.rss") KiB"
done
