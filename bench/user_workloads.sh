#!/bin/sh
# User-mode workloads on Debian's arm64 busybox-static: sha256sum, gzip -9
# and bzip2 of one 64 MiB file, run under ferry-user and qemu-aarch64-static
# in one invocation, with the host's own x86-64 busybox (same Debian
# version, same applets) as the native ceiling. Prints, per workload, the
# median wall seconds of RUNS runs of each and the ratios:
#   qemu/ferry   above 1: ferry is faster than qemu (the target is 1.5)
#   ferry/native how many times slower than the host running it natively
# and the peak RSS of ferry and qemu on the same run. Outputs are compared
# (a wrong answer is not a benchmark). A benchmark, not a test.
#
#   bench/user_workloads.sh [FERRY_USER] [RUNS] [MIB]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ferry=${1:-$here/../build/frontends/user/ferry-user}
runs=${2:-3}
mib=${3:-64}
oracle=${FERRY_ORACLE:-qemu-aarch64-static}
native=$(command -v busybox) || { echo "bench: host busybox missing (apt-get install busybox-static)"; exit 1; }
root=$("$here/../tests/guest/fetch-debian-arm64.sh" busybox-static)
guest=$root/bin/busybox
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Compressible but not trivial: text made from random bytes.
head -c $((mib * 1024 * 1024 * 3 / 4)) /dev/urandom | base64 -w 100 | head -c $((mib * 1024 * 1024)) >"$work/data"

# median wall seconds and max peak RSS (KiB) of $runs runs of "$@" (stdout to $work/out)
measure() {
    : >"$work/times"
    rss=0
    i=0
    while [ $i -lt "$runs" ]; do
        /usr/bin/time -f '%e %M' -o "$work/time1" "$@" >"$work/out" 2>/dev/null
        read -r t m <"$work/time1"
        echo "$t" >>"$work/times"
        [ "$m" -gt "$rss" ] && rss=$m
        i=$((i + 1))
    done
    med=$(sort -n "$work/times" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    echo "$med $rss"
}

run_workload() {
    name=$1
    shift
    "$native" "$@" <"$work/data" >"$work/want"
    "$ferry" "$guest" "$@" <"$work/data" >"$work/got"
    cmp -s "$work/want" "$work/got" || { echo "$name: ferry-user's output differs from the host's"; exit 1; }
    set -- "$@"
    n=$(measure sh -c "exec \"$native\" $* <\"$work/data\"")
    q=$(measure sh -c "exec \"$oracle\" \"$guest\" $* <\"$work/data\"")
    f=$(measure sh -c "exec \"$ferry\" \"$guest\" $* <\"$work/data\"")
    echo "$name $n $q $f" | awk '{
        printf "%-10s native %6.2fs  qemu %6.2fs  ferry %6.2fs   qemu/ferry %5.2f  ferry/native %5.2f   peak RSS qemu %d KiB, ferry %d KiB\n",
            $1, $2, $4, $6, ($6 > 0 ? $4 / $6 : 0), ($2 > 0 ? $6 / $2 : 0), $5, $7 }'
}

echo "busybox applets on a $mib MiB file, median of $runs runs each:"
run_workload sha256sum sha256sum
run_workload gzip-9 gzip -9 -c
run_workload bzip2 bzip2 -c
