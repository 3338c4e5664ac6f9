# virtio-input end to end. (1) The devices the guest sees: with virtio-keyboard/mouse/tablet
# devices, Debian's kernel lists them in /proc/bus/input/devices with QEMU's names, ids and event
# bits: compared with qemu-system-aarch64 (7.2 here) when installed, except the pointers' KEY
# bits, where QEMU 8.2 added BTN_TOUCH (ferry offers it, as 8.2 does); virtio-multitouch-device
# (QEMU 8.2's) is checked against the values of QEMU 8.2's source. (2) Host events reach the
# guest as evdev events: FERRY_INPUT=FIFO (ferry's test hook until a window exists, ui_devices.h)
# takes "TYPE CODE VALUE" lines; the guest reads /dev/input/eventN with busybox dd and hexdump
# and prints each 24-byte struct input_event's type, code and value.
. "$(dirname "$0")/lib/common.sh"
. "$here/lib/virtio_guest.sh"

modern="-global virtio-mmio.force-legacy=false"
pointers="-device virtio-keyboard-device -device virtio-mouse-device -device virtio-tablet-device"
list='cat /proc/bus/input/devices'

# virtio_blocks FILE: the I/N/B lines of each "QEMU Virtio" device but MultiTouch in FILE
virtio_blocks() {
    grep -E '^[NIB]:' "$1" | awk '/^I:/ {if (keep) printf "%s", block; block = ""; keep = 0}
        /^N: Name="QEMU Virtio / {keep = 1} /MultiTouch/ {keep = 0} {block = block $0 "\n"}
        END {if (keep) printf "%s", block}' | grep -v -E '^B: KEY=30(4|0)00 '
}

# QEMU before 8.2 has no virtio-multitouch-device: the multitouch checks need an emulator that has it
touch="-device virtio-multitouch-device"
"$system" -device help 2>/dev/null | grep -q virtio-multitouch || case "$system" in */ferry) ;; *) touch= ;; esac
if boot "$work/devices.log" "console=ttyAMA0 quiet ferry.run=\"$list\"" $modern $pointers $touch; then
    grep -E '^[NIB]:' "$work/devices.log" >"$work/devices"
    for name in Keyboard Mouse Tablet ${touch:+MultiTouch}; do
        grep -q "^N: Name=\"QEMU Virtio $name\"$" "$work/devices" || fail "no 'QEMU Virtio $name' in the guest"
    done
    # QEMU 8.2's multitouch: INPUT_PROP_DIRECT, EV_KEY|EV_ABS, ABS_MT_SLOT/TRACKING_ID/POSITION_X/Y
    grep -A5 '^N: Name="QEMU Virtio MultiTouch"' "$work/devices" >"$work/touch"
    printf '%s\n' 'N: Name="QEMU Virtio MultiTouch"' 'B: PROP=2' 'B: EV=b' 'B: KEY=30400 1f0000 0 0 0 0' \
        'B: ABS=260800000000000' >"$work/touch-want"
    [ -z "$touch" ] || grep -B1 -A4 '^N: Name="QEMU Virtio MultiTouch"' "$work/devices" | grep -q '^I: Bus=0006 Vendor=0627 Product=0003 Version=0001$' ||
        fail "the multitouch ids are not QEMU's: $(cat "$work/touch")"
    [ -z "$touch" ] || sed -n 1,5p "$work/touch" | cmp -s - "$work/touch-want" ||
        fail "the multitouch device is not QEMU 8.2's: $(diff "$work/touch-want" "$work/touch")"
    if [ -n "$oracle" ] && [ "$system" != "$oracle" ]; then
        if boot_with "$oracle" "$work/devices-oracle.log" "console=ttyAMA0 quiet ferry.run=\"$list\"" \
            $modern $pointers; then
            # the virtio devices but multitouch (QEMU 7.2 has none), without the pointers' KEY
            # lines (BTN_TOUCH, above); QEMU's own gpio-keys (its power button) is no virtio device
            virtio_blocks "$work/devices" >"$work/mine2"
            virtio_blocks "$work/devices-oracle.log" >"$work/theirs"
            cmp -s "$work/mine2" "$work/theirs" ||
                fail "the input devices differ from QEMU's: $(diff "$work/theirs" "$work/mine2")"
        else
            fail "qemu-system-aarch64 did not boot the default guest: $(tail -c 400 "$work/devices-oracle.log")"
        fi
    fi
fi

case "$system" in
*/ferry) ;;
*)
    echo "(events: FERRY_INPUT is ferry's own hook; not run on $system)"
    finish
    ;;
esac

fifo=$work/input.fifo
rm -f "$fifo"
mkfifo "$fifo"
# each 24-byte struct input_event as hex, one a line, "ev" first; the host keeps its last 8 bytes
# (le16 type, le16 code, le32 value). The markers the steps wait for are computed by the guest's
# shell, so the echo of the typed line never matches them.
dump="dd bs=24 count=4 2>/dev/null | hexdump -v -e '\"ev\" 24/1 \"%02x\" \"\\n\"'"
FERRY_INPUT=$fifo drive "$work/events.log" "console=ttyAMA0 quiet" $modern \
    -device virtio-keyboard-device -device virtio-tablet-device <<STEPS
expect / # 
send kb=\$(grep -l Keyboard /sys/class/input/event*/device/name | cut -d/ -f5); tb=\$(grep -l Tablet /sys/class/input/event*/device/name | cut -d/ -f5); echo found \$kb \$tb
expect found event[0-9] event[0-9]
send (<"/dev/input/\$kb" $dump; echo keys-\$((1+1))) & sleep 1; echo reading-\$((3+4))
expect reading-7
host printf '1 30 1\n0 0 0\n1 30 0\n0 0 0\n' >"$fifo"
expect keys-2
send (<"/dev/input/\$tb" $dump; echo tablet-\$((2+3))) & sleep 1; echo reading-\$((4+4))
expect reading-8
host printf '3 0 16384\n3 1 8191\n1 272 1\n0 0 0\n' >"$fifo"
expect tablet-5
send poweroff
exit 0
STEPS
if [ "$driven" = 0 ]; then
    sed -n '/reading-7/,/keys-2/p' "$work/events.log" | grep -o 'ev[0-9a-f]\{48\}' | cut -c35-50 >"$work/keys"
    printf '%s\n' 01001e0001000000 0000000000000000 01001e0000000000 0000000000000000 >"$work/keys-want"
    cmp -s "$work/keys" "$work/keys-want" || fail "the keyboard's events: $(diff "$work/keys-want" "$work/keys")"
    sed -n '/reading-8/,/tablet-5/p' "$work/events.log" | grep -o 'ev[0-9a-f]\{48\}' | cut -c35-50 >"$work/tablet"
    printf '%s\n' 0300000000400000 03000100ff1f0000 0100100101000000 0000000000000000 >"$work/tablet-want"
    cmp -s "$work/tablet" "$work/tablet-want" || fail "the tablet's events: $(diff "$work/tablet-want" "$work/tablet")"
fi
finish
