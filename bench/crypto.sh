#!/bin/sh
# Guest cryptography: Debian's arm64 `openssl speed -evp` for AES-128-CBC
# (AESE/AESMC), SHA-256 (SHA256H/H2/SU0/SU1) and ChaCha20 (plain NEON), run
# in one invocation under ferry-user on the host's AES-NI/SHA-NI/PCLMULQDQ,
# under ferry-user with FERRY_HOST_ISA=baseline (the portable C semantics)
# and under qemu-aarch64-static. Prints each run's throughput at the largest
# block size and the ratios:
#   ferry/qemu   above 1: ferry is faster than qemu
#   host/base    what the host extensions bring
# A benchmark, not a test.
#
#   bench/crypto.sh [FERRY_USER] [SECONDS] [ALGORITHM...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ferry=${1:-$here/../build/frontends/user/ferry-user}
seconds=${2:-2}
[ $# -gt 2 ] && shift 2 || set -- aes-128-cbc sha256 chacha20
oracle=${FERRY_ORACLE:-qemu-aarch64-static}
root=$("$here/../tests/guest/fetch-debian-arm64.sh" openssl libssl3)
openssl=$root/usr/bin/openssl

# kB/s at the largest block size openssl speed measured (its last column, "k" dropped)
speed() {
    "$@" -L "$root" "$openssl" speed -seconds "$seconds" -evp "$alg" 2>/dev/null |
        awk '/^type/ { table = 1; next } table && NF > 1 { v = $NF } END { sub(/k$/, "", v); print v }'
}

echo "openssl speed -seconds $seconds -evp ALG (kB/s at 16384-byte blocks):"
for alg in "$@"; do
    f=$(speed "$ferry")
    b=$(speed env FERRY_HOST_ISA=baseline "$ferry")
    q=$(speed "$oracle")
    echo "$alg $f $b $q" | awk '{
        printf "%-12s ferry %10.0f  ferry baseline %10.0f  qemu %10.0f   ferry/qemu %6.2f  host/base %6.2f\n",
            $1, $2, $3, $4, ($4 > 0 ? $2 / $4 : 0), ($3 > 0 ? $2 / $3 : 0) }'
done
