# Reading ext4 images from the host side, for the guest disk tests; sourced after virtio_guest.sh
# (e2fsprogs' debugfs and e2fsck, which change nothing in the image).

# fsck_clean IMG WHAT: e2fsck -fn (checks everything, changes nothing) must find no problem.
fsck_clean() {
    e2fsck -fn "$1" >"$work/fsck-$2.log" 2>&1 || fail "$2: e2fsck -fn $1 exited $?: $(tail -n 8 "$work/fsck-$2.log")"
}
# guest_sum LOG NAME: the sha256 the guest printed for NAME ("HASH  NAME" on a line of its own).
guest_sum() {
    sed -n "s|^\([0-9a-f]\{64\}\)  $2\$|\1|p" "$1" | tail -n 1
}
# image_sum IMG PATH: the sha256 of PATH inside IMG, read by debugfs.
image_sum() {
    rm -f "$work/dumped"
    debugfs -R "dump $2 $work/dumped" "$1" >/dev/null 2>&1
    [ -f "$work/dumped" ] && sha256sum <"$work/dumped" | cut -d' ' -f1
}
image_cat() {
    debugfs -R "cat $2" "$1" 2>/dev/null
}
