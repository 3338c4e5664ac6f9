# The default guest builder (scripts/default-guest): Debian's current arm64
# kernel as an arm64 Image, and an initramfs whose /init is busybox init
# with the console device node, the inittab and rcS, and the virtio modules
# with their dependencies ordered before them. (Booting it is the system
# emulator's test; the same initramfs boots to a shell on qemu-system-aarch64.)
. "$(dirname "$0")/lib/common.sh"

command -v cpio >/dev/null 2>&1 || { echo "SKIP: cpio missing (apt-get install cpio)"; exit 77; }
out=$work/guest
if ! "$here/../../scripts/default-guest" "$out" >"$work/paths" 2>"$work/build.log"; then
    if grep -qE "Could not resolve|Failed to fetch|Temporary failure" "$work/build.log"; then
        echo "SKIP: cannot reach Debian's archive: $(tail -n 1 "$work/build.log")"
        exit 77
    fi
    fail "scripts/default-guest failed: $(tail -n 3 "$work/build.log")"
    finish
fi
[ "$(sed -n 1p "$work/paths")" = "$out/Image" ] || fail "kernel path: $(cat "$work/paths")"
[ "$(sed -n 2p "$work/paths")" = "$out/initramfs.cpio" ] || fail "initrd path: $(cat "$work/paths")"

# booting.rst: the magic "ARM\x64" at byte 56 of an arm64 Image
magic=$(od -A n -t x1 -j 56 -N 4 "$out/Image" | tr -d ' \n')
[ "$magic" = 41524d64 ] || fail "Image magic is $magic"

cpio -tv <"$out/initramfs.cpio" >"$work/listing" 2>/dev/null || fail "initramfs is not a cpio archive"
grep -Eq '^crw------- +1 root +root +5, +1 .* dev/console$' "$work/listing" || fail "no /dev/console 5,1"
grep -Eq ' init -> bin/busybox$' "$work/listing" || fail "/init is not busybox"
grep -Eq '^-rwxr-xr-x .* bin/busybox$' "$work/listing" || fail "no executable busybox"
grep -Eq ' etc/init.d/rcS$' "$work/listing" || fail "no rcS"

mkdir -p "$work/root" && (cd "$work/root" && cpio -id <"$out/initramfs.cpio" 2>/dev/null)
grep -q '^::sysinit:/etc/init.d/rcS$' "$work/root/etc/inittab" || fail "inittab has no sysinit"
grep -q '^ttyAMA0::respawn:-/bin/sh$' "$work/root/etc/inittab" || fail "inittab has no console shell"
grep -q 'mount -t devtmpfs devtmpfs /dev' "$work/root/etc/init.d/rcS" || fail "rcS does not mount devtmpfs"
order=$work/root/etc/modules-load-order
for m in virtio_mmio virtio_blk virtio_net virtio_console virtio-rng virtio_input evdev; do
    grep -q "/$m.ko$" "$order" || fail "module $m missing"
done
# virtio_net needs net_failover, which needs failover: they come first.
line() { grep -n "/$1.ko$" "$order" | cut -d: -f1; }
[ "$(line failover)" -lt "$(line net_failover)" ] && [ "$(line net_failover)" -lt "$(line virtio_net)" ] ||
    fail "module order: $(tr '\n' ' ' <"$order")"
while read -r m; do
    [ -f "$work/root/lib/modules/$m" ] || fail "$m listed but not in the archive"
    od -A n -t x1 -N 20 "$work/root/lib/modules/$m" | tr -d ' \n' | grep -q '^7f454c46020101.*0100b700$' ||
        fail "$m is not an arm64 relocatable ELF"
done <"$order"

# A second run reuses what is there.
"$here/../../scripts/default-guest" "$out" >/dev/null 2>&1 || fail "second run failed"
finish
