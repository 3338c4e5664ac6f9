# The power button of QEMU's virt board: the monitor's system_powerdown presses PL061 pin 3,
# and the guest's gpio-keys driver (the device tree's /gpio-keys, as QEMU's) reports KEY_POWER
# on its evdev device: press (value 1) and, once the button comes up, release (value 0). The
# monitor is on a unix socket (-monitor unix:PATH,server=on,wait=off), the serial console is
# driven by tests/cli/lib/console_driver.py. Expected events from include/uapi/linux/input.h
# (struct input_event: 16 bytes of time, u16 type, u16 code, s32 value; EV_KEY 1, KEY_POWER 116).
# FERRY_SYSTEM_UNDER_TEST=qemu-system-aarch64 runs it against QEMU.
. "$(dirname "$0")/lib/common.sh"
. "$here/lib/virtio_guest.sh"

msock=$(mktemp -u /tmp/ferry-power.XXXXXX)
at_exit "rm -f '$msock'"
cat >"$work/press.py" <<'PY'
import sys
from stream_client import Session
s = Session(sys.argv[1], 60)
s.until(b"(qemu) ")
s.send(b"system_powerdown\n")
s.until(b"(qemu) ")
PY
# (the guest's $((6*7)) markers are 42 only in its output, never in the echo of what was typed)
drive "$work/power.log" "console=ttyAMA0 quiet" -monitor "unix:$msock,server=on,wait=off" <<STEPS &&
expect ferry default guest: Debian Linux
expect / # 
send for i in /sys/class/input/event*; do [ "\$(cat \$i/device/name)" = gpio-keys ] && ev=\${i##*/}; done; echo device=\$ev; echo ready-\$((6*7)); hexdump -v -e '24/1 "%02x " "\n"' -n 96 /dev/input/\$ev; echo done-\$((6*7))
expect \nready-42
host PYTHONPATH=$here/lib python3 $work/press.py $msock
expect \ndone-42
send poweroff
expect reboot: Power down
exit 0
STEPS
{
    grep -q '^device=event[0-9]' "$work/power.log" || fail "no gpio-keys input device in the guest: $(grep '^device=' "$work/power.log")"
    # the time fields differ; type, code and value are the last 8 bytes of each 24-byte event
    grep -E '^([0-9a-f]{2} ){16}01 00 74 00 01 00 00 00' "$work/power.log" >/dev/null ||
        fail "no KEY_POWER press: $(grep -E '^([0-9a-f]{2} ){23}' "$work/power.log")"
    grep -E '^([0-9a-f]{2} ){16}01 00 74 00 00 00 00 00' "$work/power.log" >/dev/null ||
        fail "no KEY_POWER release: $(grep -E '^([0-9a-f]{2} ){23}' "$work/power.log")"
}
finish
