# The default guest builder (scripts/default-guest): Debian's current arm64
# kernel as an arm64 Image, and an initramfs whose /init is a script that
# becomes busybox init (or switch_roots to a disk given by root=), with the
# console device node, the inittab and rcS, the udhcpc script, and the virtio
# and ext4 modules with their dependencies ordered before them. (Booting it is
# the system emulator's test; the same initramfs boots to a shell on
# qemu-system-aarch64; tests/cli/system_virtio_blk.sh boots it onto a disk.)
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
grep -Eq '^-rwxr-xr-x .* init$' "$work/listing" || fail "no executable /init"
grep -Eq '^-rwxr-xr-x .* bin/busybox$' "$work/listing" || fail "no executable busybox"
grep -Eq ' etc/init.d/rcS$' "$work/listing" || fail "no rcS"

mkdir -p "$work/root" && (cd "$work/root" && cpio -id <"$out/initramfs.cpio" 2>/dev/null)
head -n 1 "$work/root/init" | grep -qx '#!/bin/sh' || fail "/init is not a shell script"
grep -q '^    exec /bin/init$' "$work/root/init" && [ "$(readlink "$work/root/bin/init")" = busybox ] ||
    fail "/init does not become busybox init"
grep -q 'exec switch_root /newroot "$init"' "$work/root/init" || fail "/init does not switch_root"
grep -q '^::sysinit:/etc/init.d/rcS$' "$work/root/etc/inittab" || fail "inittab has no sysinit"
# Debian's busybox runs /etc/udhcpc/default.script, upstream's /usr/share/udhcpc/default.script.
[ -x "$work/root/etc/udhcpc/default.script" ] || fail "no udhcpc script"
[ "$(readlink "$work/root/usr/share/udhcpc/default.script")" = /etc/udhcpc/default.script ] ||
    fail "/usr/share/udhcpc/default.script does not lead to the udhcpc script"
grep -q '^ttyAMA0::respawn:-/bin/sh$' "$work/root/etc/inittab" || fail "inittab has no console shell"
grep -q 'mount -t devtmpfs devtmpfs /dev' "$work/root/etc/init.d/rcS" || fail "rcS does not mount devtmpfs"
order=$work/root/etc/modules-load-order
for m in virtio_mmio virtio_pci virtio_blk virtio_net virtio_console virtio-rng virtio_input evdev \
    crc16 mbcache jbd2 crc32c_generic libcrc32c ext4; do
    grep -q "/$m.ko$" "$order" || fail "module $m missing"
done
# virtio_net needs net_failover, which needs failover: they come first.
line() { grep -n "/$1.ko$" "$order" | cut -d: -f1; }
[ "$(line failover)" -lt "$(line net_failover)" ] && [ "$(line net_failover)" -lt "$(line virtio_net)" ] ||
    fail "module order: $(tr '\n' ' ' <"$order")"
# ext4 needs jbd2, mbcache and crc16, and the crc32c hash (a soft dependency) before it mounts.
for m in crc16 mbcache jbd2 crc32c_generic; do
    [ "$(line $m)" -lt "$(line ext4)" ] || fail "module order: $m after ext4: $(tr '\n' ' ' <"$order")"
done
while read -r m; do
    [ -f "$work/root/lib/modules/$m" ] || fail "$m listed but not in the archive"
    od -A n -t x1 -N 20 "$work/root/lib/modules/$m" | tr -d ' \n' | grep -q '^7f454c46020101.*0100b700$' ||
        fail "$m is not an arm64 relocatable ELF"
done <"$order"

# A second run reuses what is there.
"$here/../../scripts/default-guest" "$out" >/dev/null 2>&1 || fail "second run failed"
finish
