# virtio-blk end to end: Debian's kernel in the default guest reads and writes ext4 images the
# host made, and the host checks the result with e2fsprogs.
#   1. One disk (-drive if=none + -device virtio-blk-device): the guest's sha256sums of the
#      host's files (one of 8 MiB) match the host's; what the guest writes is in the image
#      (debugfs dump) and e2fsck -fn finds the image clean.
#   2. The emulator is killed with SIGKILL right after the guest said its sync finished: after the
#      journal replay a reboot would do, the data is there and e2fsck -fn is clean.
#   3. snapshot=on (with -device) and readonly=on (with the -drive if=virtio shorthand): the
#      images' sha256 is unchanged after the guest wrote; the read-only disk says ro=1 and
#      every write fails.
#   3b. C-a s on the serial console's mux (as QEMU's "save disk data back to file (if
#      -snapshot)"): what the guest wrote to a snapshot=on disk is in the image afterwards,
#      what it writes after the commit is not.
#   4. Two disks: which image is /dev/vda and which /dev/vdb is what qemu-system-aarch64 says
#      (it is run as the oracle when installed; QEMU gives the last -device the lowest slot).
#   5. root=/dev/vda rw: the initramfs switch_roots onto tests/guest/make-rootfs.py's image and
#      a command runs there.
# FERRY_SYSTEM_UNDER_TEST=qemu-system-aarch64 runs it all against QEMU.
. "$(dirname "$0")/lib/common.sh"
PATH=$PATH:/usr/sbin:/sbin # e2fsprogs, for a plain user too
for tool in mke2fs debugfs e2fsck sha256sum; do
    command -v $tool >/dev/null 2>&1 ||
        { echo "SKIP: $tool missing (apt-get install e2fsprogs coreutils)"; exit 77; }
done
. "$here/lib/virtio_guest.sh"
. "$here/lib/ext4_image.sh"

# mkimage IMG SIZE DIR: an ext4 image of DIR, made by a plain user (no mount, no loop device).
mkimage() {
    mke2fs -q -t ext4 -L "$(basename "$1" .img)" -d "$3" -F "$1" "$2" >"$work/mke2fs.out" 2>&1 ||
        { echo "FAIL: mke2fs $1: $(cat "$work/mke2fs.out")"; exit 1; }
}
# ---- 1. One disk: read the host's files, write new ones, unmount, power off.
src=$work/data
mkdir -p "$src/sub"
head -c 4096 /dev/urandom >"$src/small.bin"
printf 'a line from the host\n' >"$src/hello.txt"
head -c 8388608 /dev/urandom >"$src/big.bin"
head -c 100000 /dev/urandom >"$src/sub/nested.bin"
echo disk-data >"$src/id"
(cd "$src" && sha256sum small.bin hello.txt big.bin sub/nested.bin) >"$work/host.sums"
img=$work/data.img
mkimage "$img" 64M "$src"
rm -rf "$src"
disk="-drive file=$img,format=raw,if=none,id=hd0 -device virtio-blk-device,drive=hd0"
# shellcheck disable=SC2016 # $(...) and $((...)) are the guest's (no double quotes inside ferry.run="...")
run='mount -t ext4 /dev/vda /mnt && cd /mnt && sha256sum small.bin hello.txt big.bin sub/nested.bin && head -c 1048576 /dev/urandom >new.bin && sha256sum new.bin && echo written by the guest >new.txt && mkdir -p newdir && cp big.bin newdir/copy.bin && cd / && umount /mnt && echo unmounted-$((6*7))'
# shellcheck disable=SC2086 # $disk is a list of options
if boot "$work/rw.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" $disk; then
    grep -q '^ferry.run: exit status 0$' "$work/rw.log" || fail "rw: the guest's commands failed: $(tail -c 600 "$work/rw.log")"
    grep -q '^unmounted-42$' "$work/rw.log" || fail "rw: the guest did not finish"
    grep -E '^[0-9a-f]{64}  (small.bin|hello.txt|big.bin|sub/nested.bin)$' "$work/rw.log" >"$work/guest.sums"
    cmp -s "$work/host.sums" "$work/guest.sums" ||
        fail "rw: the guest read other data: host $(cat "$work/host.sums") guest $(cat "$work/guest.sums")"
    want=$(guest_sum "$work/rw.log" new.bin)
    [ -n "$want" ] && [ "$(image_sum "$img" /new.bin)" = "$want" ] ||
        fail "rw: /new.bin in the image is not what the guest wrote (guest: '$want')"
    [ "$(image_cat "$img" /new.txt)" = "written by the guest" ] || fail "rw: /new.txt reads '$(image_cat "$img" /new.txt)'"
    [ "$(image_sum "$img" /newdir/copy.bin)" = "$(grep ' big.bin$' "$work/host.sums" | cut -d' ' -f1)" ] ||
        fail "rw: /newdir/copy.bin is not a copy of big.bin"
    fsck_clean "$img" rw
fi

# ---- 2. SIGKILL right after the guest's sync: nothing it synced is lost.
# The guest does not unmount: a reboot would replay the journal, and so does e2fsck -E journal_only.
# shellcheck disable=SC2016
run='mount -t ext4 /dev/vda /mnt && head -c 2097152 /dev/urandom >/mnt/killed.bin && sha256sum /mnt/killed.bin && echo survives SIGKILL >/mnt/killed.txt && rm /mnt/new.bin && sync && echo synced-$((6*7)) && sleep 600'
# shellcheck disable=SC2086
drive "$work/kill.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" $disk <<'STEPS' &&
expect \nsynced-42
kill KILL
STEPS
{
    want=$(guest_sum "$work/kill.log" /mnt/killed.bin)
    # (without -f: replay only; the free block and inode counts in the superblock are then stale,
    # as after any crash, which e2fsck -fn notes without calling them errors)
    e2fsck -y -E journal_only "$img" >"$work/fsck-replay.log" 2>&1 ||
        fail "kill: replaying the journal: e2fsck exited $?: $(tail -n 5 "$work/fsck-replay.log")"
    fsck_clean "$img" kill
    [ -n "$want" ] && [ "$(image_sum "$img" /killed.bin)" = "$want" ] ||
        fail "kill: /killed.bin is not what the guest wrote (guest: '$want')"
    [ "$(image_cat "$img" /killed.txt)" = "survives SIGKILL" ] || fail "kill: /killed.txt reads '$(image_cat "$img" /killed.txt)'"
    debugfs -R 'stat /new.bin' "$img" 2>&1 | grep -q 'File not found' || fail "kill: the guest's rm of /new.bin is lost"
}
rm -f "$img"

# ---- 3. snapshot=on and readonly=on never change the image.
for name in snap ro; do
    mkdir -p "$work/$name"
    echo "disk-$name" >"$work/$name/id"
    mkimage "$work/$name.img" 16M "$work/$name"
    rm -rf "${work:?}/$name"
    sha256sum <"$work/$name.img" >"$work/$name.sum"
done
# For each disk: its id, /sys/block/vdX/ro, whether writing files (then sync) and writing the raw
# device worked, and the id read back after a remount.
# shellcheck disable=SC2016
run='for d in /sys/block/vd*; do n=${d##*/}; mount -t ext4 /dev/$n /mnt || continue; id=$(cat /mnt/id); w=failed; echo changed >/mnt/id && echo new >/mnt/new.txt && sync && w=ok; umount /mnt; r=failed; dd if=/dev/zero of=/dev/$n bs=1024 seek=15000 count=1 conv=notrunc,fsync 2>/dev/null && r=ok; mount -t ext4 -o ro /dev/$n /mnt; echo disk $id ro=$(cat $d/ro) files=$w raw=$r reads=$(cat /mnt/id); umount /mnt; done'
if boot "$work/snap.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" \
    -drive "file=$work/snap.img,format=raw,if=none,id=hd0,snapshot=on" -device virtio-blk-device,drive=hd0 \
    -drive "if=virtio,file=$work/ro.img,format=raw,readonly=on"; then
    grep -qx 'disk disk-snap ro=0 files=ok raw=ok reads=changed' "$work/snap.log" ||
        fail "snapshot=on: the guest cannot write to its overlay: $(grep '^disk ' "$work/snap.log")"
    grep -qx 'disk disk-ro ro=1 files=failed raw=failed reads=disk-ro' "$work/snap.log" ||
        fail "readonly=on: the guest does not see a read-only disk: $(grep '^disk ' "$work/snap.log")"
fi
for name in snap ro; do
    sha256sum <"$work/$name.img" | cmp -s - "$work/$name.sum" || fail "$name: the guest changed the image"
    rm -f "$work/$name.img"
done

# ---- 3b. C-a s commits a snapshot=on disk's overlay into its image.
head -c 1048576 /dev/zero >"$work/commit.img"
ctrl_a=$(printf '\001')
# (the guest's $((6*7)) markers are 42 only in its output, never in the echo of what was typed)
drive "$work/commit.log" "console=ttyAMA0 quiet" \
    -drive "file=$work/commit.img,format=raw,if=none,id=hd0,snapshot=on" -device virtio-blk-device,drive=hd0 <<STEPS &&
expect ferry default guest: Debian Linux
expect / # 
send echo before-the-commit | dd of=/dev/vda bs=512 conv=sync,fsync 2>/dev/null; echo written-\$((6*7))
expect \nwritten-42
send ${ctrl_a}s
send echo after-the-commit | dd of=/dev/vda bs=512 seek=1 conv=sync,fsync 2>/dev/null; echo again-\$((6*7))
expect \nagain-42
send poweroff
expect reboot: Power down
exit 0
STEPS
{
    [ "$(head -c 17 "$work/commit.img")" = "before-the-commit" ] ||
        fail "C-a s: the image does not hold what the guest wrote before it: $(head -c 32 "$work/commit.img" | od -c | head -n 2)"
    [ "$(dd if="$work/commit.img" bs=512 skip=1 count=1 2>/dev/null | tr -d '\0')" = "" ] ||
        fail "C-a s: a write after the commit reached the image"
}
rm -f "$work/commit.img"

# ---- 4. Two disks: the same /dev/vdX for each image as under qemu-system-aarch64.
for name in one two; do
    mkdir -p "$work/$name"
    echo "disk-$name" >"$work/$name/id"
    mkimage "$work/$name.img" 8M "$work/$name"
    rm -rf "${work:?}/$name"
done
# shellcheck disable=SC2016
run='for n in vda vdb; do mount -t ext4 -o ro /dev/$n /mnt && echo map $n=$(cat /mnt/id) && umount /mnt; done'
two="-drive file=$work/one.img,format=raw,if=none,id=hd0 -device virtio-blk-device,drive=hd0
     -drive file=$work/two.img,format=raw,if=none,id=hd1 -device virtio-blk-device,drive=hd1"
# shellcheck disable=SC2086
if boot "$work/two.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" $two; then
    grep '^map ' "$work/two.log" >"$work/two.map"
    [ "$(wc -l <"$work/two.map")" = 2 ] || fail "two disks: the guest sees $(cat "$work/two.map")"
    if [ -z "$oracle" ]; then
        echo "two disks: qemu-system-aarch64 not installed, the mapping is not compared: $(tr '\n' ' ' <"$work/two.map")"
    elif boot_with "$oracle" "$work/two-oracle.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" $two; then
        grep '^map ' "$work/two-oracle.log" >"$work/two-oracle.map"
        cmp -s "$work/two.map" "$work/two-oracle.map" ||
            fail "two disks: $(tr '\n' ' ' <"$work/two.map"), qemu-system-aarch64: $(tr '\n' ' ' <"$work/two-oracle.map")"
    else
        fail "two disks: the oracle (qemu-system-aarch64) exited $booted: $(tail -c 300 "$work/two-oracle.log")"
    fi
fi
rm -f "$work/one.img" "$work/two.img"

# ---- 5. A real ext4 root on /dev/vda: the initramfs switch_roots to the disk's /sbin/init.
if ! root_img=$(python3 "$here/../guest/make-rootfs.py" 2>"$work/rootfs.log"); then
    fail "tests/guest/make-rootfs.py failed: $(tail -n 3 "$work/rootfs.log")"
else
    cp "$root_img" "$work/root.img" # the guest writes to it
    # shellcheck disable=SC2016
    run='echo pid1=$(cat /proc/1/comm) host=$(hostname); echo from the disk root >/root/note.txt; echo sum=$((6*7))'
    if boot "$work/root.log" "root=/dev/vda rw console=ttyAMA0 quiet ferry.run=\"$run\"" \
        -drive "file=$work/root.img,format=raw,if=none,id=hd0" -device virtio-blk-device,drive=hd0; then
        grep -q '^ferry rootfs: Debian Linux .*, root /dev/vda ext4 rw\.$' "$work/root.log" ||
            fail "root=/dev/vda: no banner of the disk's init: $(tail -c 600 "$work/root.log")"
        grep -q '^pid1=init host=ferry-rootfs$' "$work/root.log" || fail "root=/dev/vda: not the disk's init: $(tail -c 600 "$work/root.log")"
        grep -q '^sum=42$' "$work/root.log" && grep -q '^ferry.run: exit status 0$' "$work/root.log" ||
            fail "root=/dev/vda: the command did not run: $(tail -c 600 "$work/root.log")"
        [ "$(image_cat "$work/root.img" /root/note.txt)" = "from the disk root" ] || fail "root=/dev/vda: the guest's file is not on the disk"
        fsck_clean "$work/root.img" root # the disk's init remounts / read-only before it powers off
    fi
    rm -f "$work/root.img"
fi
finish
