# Sourced by the full-system benches after `here` (their folder) is set:
# $qemu (QEMU_SYSTEM, or qemu-system-aarch64; the bench stops if it is
# missing), $kernel and $initrd of the default guest (scripts/default-guest
# builds it or finds it in the cache), and an empty folder $work that the
# caller removes in its EXIT trap.
qemu=${QEMU_SYSTEM:-qemu-system-aarch64}
command -v "$qemu" >/dev/null 2>&1 || { echo "bench: $qemu not installed (apt-get install qemu-system-arm)"; exit 1; }
paths=$("$here/../scripts/default-guest")
kernel=$(echo "$paths" | sed -n 1p)
initrd=$(echo "$paths" | sed -n 2p)
work=$(mktemp -d)
