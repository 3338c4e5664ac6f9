# virtio-gpu end to end: with -device virtio-gpu-device the default guest's kernel (Debian's
# virtio-gpu module and its DRM helpers) makes /dev/dri/card0 and /dev/fb0 (fbdev emulation) in
# QEMU's default mode, 1280x800 (xres=/yres= change it); the guest writes a known pattern into
# /dev/fb0 and the screen ferry shows, written as PNG through FERRY_SCREENDUMP (ferry's headless
# hook, screendump.h), has it: 80 rows of red, then 80 rows of blue, then black (red and blue
# tell the pixel format's byte order). The sysfs answers are compared with qemu-system-aarch64's
# when it is installed. FERRY_SYSTEM_UNDER_TEST=qemu-system-aarch64 runs the guest side against
# QEMU (the screendump checks are ferry's own and are skipped there).
# virtio-gpu binds only to modern virtio-mmio, which QEMU's virt does not default to: every boot
# says -global virtio-mmio.force-legacy=false (ferry's default anyway).
. "$(dirname "$0")/lib/common.sh"
. "$here/lib/virtio_guest.sh"

# another checkout's recipe may have rebuilt the shared cache since: this test needs the module
tries=0
while ! grep -q 'virtio-gpu\.ko' "$initrd" && [ $tries -lt 3 ]; do
    "$here/../../scripts/default-guest" >/dev/null 2>&1 && cp "$(sed -n 2p "$work/paths")" "$initrd"
    tries=$((tries + 1))
done
grep -q 'virtio-gpu\.ko' "$initrd" || { echo "SKIP: the default guest's initramfs has no virtio-gpu module"; exit 77; }

modern="-global virtio-mmio.force-legacy=false"
# 1024 pixels of one colour (4 bytes B G R X), 100 times: 80 rows of 1280
# shellcheck disable=SC2016 # the guest's $i
block='for k in 1 2 3 4 5 6 7 8 9 10; do cat /tmp/p /tmp/p >/tmp/q; mv /tmp/q /tmp/p; done; i=0; while [ $i -lt 100 ]; do cat /tmp/p; i=$((i+1)); done'
# The pattern goes to /dev/fb0 in one write(2): the fbdev emulation then reports one damaged
# rectangle, whatever the guest's timing (pages written one by one were reported in pieces, and
# under ASan one piece now and then came too late for the screendump).
# shellcheck disable=SC2016 # the guest's $(...)
facts='echo dri=$(ls /dev/dri); echo fb=$(ls /dev/fb0); echo size=$(cat /sys/class/graphics/fb0/virtual_size); echo mode=$(head -n 1 /sys/class/drm/card0-Virtual-1/modes); echo status=$(cat /sys/class/drm/card0-Virtual-1/status)'
draw="echo 0 >/sys/class/graphics/fbcon/cursor_blink; printf '\\000\\000\\377\\000' >/tmp/p; $block >/tmp/red; printf '\\377\\000\\000\\000' >/tmp/p; $block >/tmp/blue; cat /tmp/red /tmp/blue >/tmp/pattern; dd if=/tmp/pattern of=/dev/fb0 bs=819200 count=1 conv=fsync 2>/dev/null; sleep 2; echo drawn"
run="$facts; $draw"

under_ferry=
case "$system" in */ferry) under_ferry=1 ;; esac

rm -f "$work/screen.png"
if FERRY_SCREENDUMP=$work/screen.png boot "$work/gpu.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" \
    $modern -device virtio-gpu-device; then
    grep -q "^dri=card0 renderD128$" "$work/gpu.log" || fail "no /dev/dri/card0: $(grep '^dri=' "$work/gpu.log")"
    grep -q '^fb=/dev/fb0$' "$work/gpu.log" || fail "no /dev/fb0"
    grep -q '^size=1280,800$' "$work/gpu.log" || fail "fb0 is not 1280x800: $(grep '^size=' "$work/gpu.log")"
    grep -q '^mode=1280x800$' "$work/gpu.log" || fail "the preferred mode is not 1280x800: $(grep '^mode=' "$work/gpu.log")"
    grep -q '^status=connected$' "$work/gpu.log" || fail "the output is not connected"
    grep -q '^drawn$' "$work/gpu.log" || fail "the guest did not draw: $(tail -c 600 "$work/gpu.log")"
    if [ -n "$under_ferry" ]; then
        if [ ! -s "$work/screen.png" ]; then
            fail "FERRY_SCREENDUMP wrote no $work/screen.png"
        else
            python3 "$here/lib/png_pixels.py" "$work/screen.png" 640,40 1279,79 0,80 640,120 1279,159 \
                0,160 640,400 1279,799 >"$work/pixels.txt"
            printf '%s\n' "size 1280 800" "640,40 ff0000" "1279,79 ff0000" "0,80 0000ff" "640,120 0000ff" \
                "1279,159 0000ff" "0,160 000000" "640,400 000000" "1279,799 000000" >"$work/want.txt"
            diff "$work/want.txt" "$work/pixels.txt" >"$work/pixels.diff" ||
                fail "the screendump does not show the pattern: $(cat "$work/pixels.diff")"
        fi
    fi
    # what QEMU's guest sees of the same device
    if [ -n "$oracle" ] && [ "$system" != "$oracle" ]; then
        if boot_with "$oracle" "$work/gpu-oracle.log" "console=ttyAMA0 quiet ferry.run=\"$facts\"" $modern \
            -device virtio-gpu-device; then
            grep -E '^(dri|fb|size|mode|status)=' "$work/gpu.log" >"$work/facts"
            grep -E '^(dri|fb|size|mode|status)=' "$work/gpu-oracle.log" >"$work/facts-oracle"
            cmp -s "$work/facts" "$work/facts-oracle" ||
                fail "the guest sees another display than under QEMU: $(diff "$work/facts-oracle" "$work/facts")"
        else
            fail "qemu-system-aarch64 did not boot the default guest: $(tail -c 400 "$work/gpu-oracle.log")"
        fi
    fi
fi

# xres/yres: another preferred mode, and edid=off (the driver then takes the mode from display info)
# shellcheck disable=SC2016
sizes='echo size=$(cat /sys/class/graphics/fb0/virtual_size); echo mode=$(head -n 1 /sys/class/drm/card0-Virtual-1/modes)'
for props in "xres=1024,yres=768" "xres=1024,yres=768,edid=off"; do
    if boot "$work/gpu-$props.log" "console=ttyAMA0 quiet ferry.run=\"$sizes\"" $modern \
        -device "virtio-gpu-device,$props"; then
        grep -q '^size=1024,768$' "$work/gpu-$props.log" ||
            fail "$props: fb0 is $(grep '^size=' "$work/gpu-$props.log")"
        grep -q '^mode=1024x768$' "$work/gpu-$props.log" ||
            fail "$props: the preferred mode is $(grep '^mode=' "$work/gpu-$props.log")"
    fi
done
finish
