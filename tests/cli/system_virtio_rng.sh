# virtio-rng end to end: with -device virtio-rng-device the default guest's kernel (Debian's
# virtio-rng module) makes it the current hardware RNG (virtio_rng.N in
# /sys/class/misc/hw_random/rng_current) and /dev/hwrng gives whole 64-byte reads that differ.
# FERRY_SYSTEM_UNDER_TEST=qemu-system-aarch64 runs it against QEMU.
. "$(dirname "$0")/lib/common.sh"
. "$here/lib/virtio_guest.sh"

# shellcheck disable=SC2016 # the guest's $(...)
run='echo current=$(cat /sys/class/misc/hw_random/rng_current); echo available=$(cat /sys/class/misc/hw_random/rng_available); echo bytes=$(dd if=/dev/hwrng bs=64 count=1 2>/dev/null | wc -c); a=$(dd if=/dev/hwrng bs=64 count=1 2>/dev/null | sha256sum | cut -c1-64); b=$(dd if=/dev/hwrng bs=64 count=1 2>/dev/null | sha256sum | cut -c1-64); [ $a != $b ] && echo reads=differ'
if boot "$work/rng.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" -device virtio-rng-device; then
    grep -q '^current=virtio_rng\.[0-9]*$' "$work/rng.log" ||
        fail "the current hardware RNG is not virtio's: $(grep -E '^(current|available)=' "$work/rng.log")"
    grep -q '^bytes=64$' "$work/rng.log" || fail "a 64-byte read of /dev/hwrng gave $(sed -n 's/^bytes=//p' "$work/rng.log") bytes"
    grep -q '^reads=differ$' "$work/rng.log" || fail "two reads of /dev/hwrng gave the same bytes"
    grep -q '^ferry.run: exit status 0$' "$work/rng.log" || fail "the guest's commands failed: $(tail -c 600 "$work/rng.log")"
fi
finish
