# The I/O command line of the README (and of the virtio issue), as a QEMU user types it:
#   ferry -M virt -m 2G -nographic -kernel Image -initrd initrd -append "root=/dev/vda rw console=ttyAMA0" \
#     -drive file=rootfs.img,format=raw,if=none,id=hd0 -device virtio-blk-device,drive=hd0 \
#     -netdev user,id=n0,hostfwd=tcp::2222-:22 -device virtio-net-device,netdev=n0 \
#     -device virtio-rng-device
# with Debian's kernel, the default guest's initramfs (it loads the virtio and ext4 modules and
# switch_roots) and tests/guest/make-rootfs.py's ext4 root. On the disk's own shell the guest
# gets a DHCP lease, fetches a file from a host web server over 10.0.2.2 onto the disk, reads
# /dev/hwrng through virtio_rng, serves a page on its port 22 that the host fetches through the
# forwarded port, syncs and powers off; the host then finds the fetched file in the image with
# the served file's sha256, and e2fsck -fn finds the image clean. The forward listens on
# 127.0.0.1:FREEPORT instead of 2222 (tests talk only to 127.0.0.1, on ports nobody holds).
# FERRY_SYSTEM_UNDER_TEST=qemu-system-aarch64 runs it against QEMU (which needs -cpu cortex-a57).
. "$(dirname "$0")/lib/common.sh"
. "$here/lib/virtio_guest.sh"
. "$here/lib/ext4_image.sh"
command -v sha256sum >/dev/null 2>&1 || { echo "SKIP: sha256sum missing"; exit 77; }
command -v debugfs >/dev/null 2>&1 || { echo "SKIP: debugfs (e2fsprogs) missing"; exit 77; }

if ! root_img=$(python3 "$here/../guest/make-rootfs.py" 2>"$work/rootfs.log"); then
    fail "tests/guest/make-rootfs.py failed: $(tail -n 3 "$work/rootfs.log")"
    finish
fi
cp "$root_img" "$work/root.img" # the guest writes to it

mkdir -p "$work/served"
head -c 4194304 /dev/urandom >"$work/served/file"
file_sum=$(sha256sum <"$work/served/file" | cut -d' ' -f1)
serve_files "$work/served" || finish
hostport=$(free_port)
token=page-$(head -c 8 /dev/urandom | od -A n -t x1 | tr -d ' \n')
cat >"$work/fetch.py" <<'PY'
import sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=120) as r:
    open(sys.argv[2], "wb").write(r.read())
PY

cpu=
case $(basename "$system") in qemu*) cpu="-cpu cortex-a57" ;; esac
# (the guest's $((6*7)) markers are 42 only in its output, never in the echo of what was typed)
cat >"$work/steps" <<STEPS
expect ferry rootfs: Debian Linux
expect / # 
send timeout 120 udhcpc -i eth0 -n -q -t 10 >/dev/null 2>&1; echo lease=\$(ip -4 addr show eth0 | sed -n 's/.*inet \\([0-9.\\/]*\\).*/\\1/p'); echo dhcp-\$((6*7))
expect \ndhcp-42
send wget -q -O /root/fetched http://10.0.2.2:$port/file && sha256sum /root/fetched; echo wget-\$((6*7))
expect \nwget-42
send echo rng=\$(cat /sys/class/misc/hw_random/rng_current) bytes=\$(head -c 64 /dev/hwrng | wc -c); grep ' / ' /proc/mounts; echo rng-\$((6*7))
expect \nrng-42
send mkdir -p /root/www && echo $token >/root/www/index.html && httpd -p 22 -h /root/www && echo httpd-\$((6*7))
expect \nhttpd-42
host python3 $work/fetch.py $hostport $work/page
send sync; echo synced-\$((6*7))
expect \nsynced-42
send poweroff
expect reboot: Power down
exit 0
STEPS
# shellcheck disable=SC2086 # $cpu is empty or one option
in_background "$work/steps" python3 "$here/lib/console_driver.py" "$boot_timeout" "$work/run.raw" -- \
    "$system" -M virt $cpu -m 2G -nographic -kernel "$kernel" -initrd "$initrd" \
    -append "root=/dev/vda rw console=ttyAMA0" \
    -drive "file=$work/root.img,format=raw,if=none,id=hd0" -device virtio-blk-device,drive=hd0 \
    -netdev "user,id=n0,hostfwd=tcp:127.0.0.1:$hostport-:22" -device virtio-net-device,netdev=n0 \
    -device virtio-rng-device >"$work/driver.log" 2>&1
driven=$?
tr -d '\r' <"$work/run.raw" >"$work/run.log"
if [ "$driven" != 0 ]; then
    fail "the command line: $(cat "$work/driver.log"): $(tail -c 800 "$work/run.log")"
else
    grep -q '^ferry rootfs: Debian Linux .*, root /dev/vda ext4 rw\.$' "$work/run.log" ||
        fail "root=/dev/vda: not the disk's init: $(head -c 600 "$work/run.log")"
    grep -q '^/dev/vda / ext4 rw' "$work/run.log" || fail "/ is not /dev/vda's ext4, read-write: $(grep ' / ' "$work/run.log")"
    grep -q '^lease=10\.0\.2\.15/24$' "$work/run.log" || fail "DHCP: $(grep '^lease=' "$work/run.log")"
    [ "$(guest_sum "$work/run.log" /root/fetched)" = "$file_sum" ] ||
        fail "wget: the guest's sha256 '$(guest_sum "$work/run.log" /root/fetched)' is not the served $file_sum"
    grep -q '^rng=virtio_rng\.[0-9]* bytes=64$' "$work/run.log" || fail "virtio-rng: $(grep '^rng=' "$work/run.log")"
    [ "$(cat "$work/page" 2>/dev/null)" = "$token" ] ||
        fail "hostfwd: the host fetched '$(head -c 200 "$work/page" 2>/dev/null)', not $token"
    [ "$(image_sum "$work/root.img" /root/fetched)" = "$file_sum" ] || fail "the fetched file is not on the disk image"
    fsck_clean "$work/root.img" root
fi
finish
