# The SDL2 window (-display sdl) end to end, under an Xvfb this test starts on a free display
# number (-displayfd) and stops however it ends. The default guest with a virtio-gpu, keyboard
# and tablet: (a) the window "ferry" exists at the guest's size (1280x800); (b) a pattern the
# guest writes to /dev/fb0 (80 rows red, 80 rows blue) shows in the window (ImageMagick's import);
# (c) xdotool's key reaches the virtio keyboard as evdev events; (d) xdotool's mousemove + click
# reach the tablet with coordinates scaled to 0..32767 as QEMU scales them (640,400 of 1280x800:
# 16383); (e) closing the window (WM_DELETE_WINDOW, lib/x11_close.py) makes the guest's gpio-keys
# report KEY_POWER. The guest reads /dev/input/eventN with busybox dd and hexdump, as
# system_virtio_input.sh does. ferry only: the window's name and the close are ferry's.
. "$(dirname "$0")/lib/common.sh"
. "$here/lib/virtio_guest.sh"

case "$system" in
*/ferry) ;;
*) echo "SKIP: the window test is ferry's (not run on $system)"; exit 77 ;;
esac
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool missing (scripts/install-deps)"; exit 77; }
done
"$system" -display sdl --help >/dev/null 2>&1 || { echo "SKIP: ferry was built without SDL2"; exit 77; }
grep -q 'virtio-gpu\.ko' "$initrd" || { echo "SKIP: the default guest's initramfs has no virtio-gpu module"; exit 77; }

# an X server on a display number it picks itself, written to fd 3 when it is ready
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/xvfb.display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
at_exit "kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null"
i=0
while [ ! -s "$work/xvfb.display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
[ -s "$work/xvfb.display" ] || { fail "Xvfb did not start: $(cat "$work/xvfb.log")"; finish; }
DISPLAY=:$(cat "$work/xvfb.display")
export DISPLAY
unset WAYLAND_DISPLAY

modern="-global virtio-mmio.force-legacy=false"
# 1024 pixels of one colour (4 bytes B G R X), 100 times: 80 rows of 1280
# shellcheck disable=SC2016 # the guest's $i
block='for k in 1 2 3 4 5 6 7 8 9 10; do cat /tmp/p /tmp/p >/tmp/q; mv /tmp/q /tmp/p; done; i=0; while [ $i -lt 100 ]; do cat /tmp/p; i=$((i+1)); done'
dump="dd bs=24 count=COUNT 2>/dev/null | hexdump -v -e '\"ev\" 24/1 \"%02x\" \"\\n\"'"
dump4=$(printf "%s" "$dump" | sed 's/COUNT/4/')
dump5=$(printf "%s" "$dump" | sed 's/COUNT/5/')
dump2=$(printf "%s" "$dump" | sed 's/COUNT/2/')
# each step a short line (a long one overflows the guest console's input); the window's id is kept in a file, the host commands are run by sh
win="\$(cat $work/window)"
drive "$work/window.log" "console=ttyAMA0 quiet" $modern -display sdl \
    -device virtio-gpu-device -device virtio-keyboard-device -device virtio-tablet-device <<STEPS
expect / # 
host xdotool search --sync --name '^ferry' | head -n 1 >"$work/window"; xdotool getwindowgeometry \$(cat "$work/window") >"$work/geometry"
send kb=\$(grep -l Keyboard /sys/class/input/event*/device/name | cut -d/ -f5); tb=\$(grep -l Tablet /sys/class/input/event*/device/name | cut -d/ -f5); pw=\$(grep -l gpio-keys /sys/class/input/event*/device/name | cut -d/ -f5); echo found \$kb \$tb \$pw
expect found event[0-9] event[0-9] event[0-9]
send echo 0 >/sys/class/graphics/fbcon/cursor_blink; printf '\\000\\000\\377\\000' >/tmp/p; echo p-\$((1+1))
expect p-2
send $block >/tmp/red; printf '\\377\\000\\000\\000' >/tmp/p; echo red-\$((1+2))
expect red-3
send $block >/tmp/blue; echo blue-\$((2+2))
expect blue-4
send cat /tmp/red /tmp/blue >/tmp/pattern; dd if=/tmp/pattern of=/dev/fb0 bs=819200 count=1 conv=fsync 2>/dev/null; sleep 2; echo drawn-\$((3+3))
expect drawn-6
host sleep 1; import -window $win "PNG24:$work/window.png"
send (<"/dev/input/\$kb" $dump4; echo keys-\$((1+1))) & sleep 1; echo reading-\$((3+4))
expect reading-7
host xdotool windowfocus --sync $win; xdotool key --delay 50 a
expect keys-2
send (<"/dev/input/\$tb" $dump5; echo tablet-\$((2+3))) & sleep 1; echo reading-\$((4+4))
expect reading-8
host xdotool mousemove --window $win 640 400; sleep 0.3; xdotool click 1
expect tablet-5
send (<"/dev/input/\$pw" $dump2; echo power-\$((3+6))) & sleep 1; echo reading-\$((4+5))
expect reading-9
host python3 "$here/lib/x11_close.py" $win
expect power-9
send poweroff
exit 0
STEPS
if [ "$driven" = 0 ]; then
    grep -q 'Geometry: 1280x800$' "$work/geometry" || fail "the window is not 1280x800: $(cat "$work/geometry")"
    python3 "$here/lib/png_pixels.py" "$work/window.png" 640,40 1279,79 0,80 640,120 1279,159 >"$work/pixels"
    printf '%s\n' 'size 1280 800' '640,40 ff0000' '1279,79 ff0000' '0,80 0000ff' '640,120 0000ff' \
        '1279,159 0000ff' >"$work/pixels-want"
    cmp -s "$work/pixels" "$work/pixels-want" ||
        fail "the window does not show the guest's pattern: $(diff "$work/pixels-want" "$work/pixels")"
    sed -n '/reading-7/,/keys-2/p' "$work/window.log" | grep -o 'ev[0-9a-f]\{48\}' | cut -c35-50 >"$work/keys"
    printf '%s\n' 01001e0001000000 0000000000000000 01001e0000000000 0000000000000000 >"$work/keys-want"
    cmp -s "$work/keys" "$work/keys-want" || fail "the keyboard's events: $(diff "$work/keys-want" "$work/keys")"
    sed -n '/reading-8/,/tablet-5/p' "$work/window.log" | grep -o 'ev[0-9a-f]\{48\}' | cut -c35-50 >"$work/tablet"
    # ABS_X and ABS_Y 0x3fff (from the motion or, when Xvfb reports no motion for xdotool's warp,
    # with the click), then BTN_LEFT down
    for want in 03000000ff3f0000 03000100ff3f0000 0100100101000000; do
        grep -q "^$want\$" "$work/tablet" || fail "the tablet's events lack $want: $(cat "$work/tablet")"
    done
    sed -n '/reading-9/,/power-9/p' "$work/window.log" | grep -o 'ev[0-9a-f]\{48\}' | cut -c35-50 >"$work/power"
    printf '%s\n' 0100740001000000 0000000000000000 >"$work/power-want"
    cmp -s "$work/power" "$work/power-want" || fail "closing the window: $(diff "$work/power-want" "$work/power")"
fi
finish
