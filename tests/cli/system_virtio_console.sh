# virtio-console end to end, on QEMU's command line: the default guest (its initramfs loads
# virtio_console) boots with
#   -chardev socket,path=SOCK,server=on,wait=off,id=c0 -device virtio-serial-device
#   -device virtconsole,chardev=c0 -chardev file,path=F,id=c1
#   -device virtserialport,chardev=c1,name=org.test.0
# (-nodefaults: no virtio-rng, so the serial bus is the guest's virtio0 and its ports vport0pN)
# and ferry.run= starting a shell on /dev/hvc0. The test connects to SOCK (before the guest is
# up: what it sends waits in the chardev until the guest opens the port), runs `echo $((6*7))`
# and reads 42. The guest waits for its ports (the driver adds them after the device is up,
# through the control queue). The serial port's name is in /sys/class/virtio-ports, and what the guest writes
# to /dev/vport0p1 reaches F. The emulator is killed and SOCK removed however the test ends.
. "$(dirname "$0")/lib/common.sh"

system=$(dirname "$ferry")/../system/ferry
[ -x "$system" ] || { echo "SKIP: no emulator at $system"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 missing"; exit 77; }
if ! "$here/../../scripts/default-guest" >"$work/paths" 2>"$work/build.log"; then
    echo "SKIP: cannot build the default guest: $(tail -n 1 "$work/build.log")"
    exit 77
fi
kernel=$(sed -n 1p "$work/paths")
initrd=$(sed -n 2p "$work/paths")
# Bad options: one line "ferry: ..." naming the option and why, exit 1, before any guest runs.
bad() {
    what=$1
    shift
    expect_status 1 "$system" -M virt -nographic -kernel "$kernel" -initrd "$initrd" "$@"
    expect_one_line "$work/err" "^ferry: .*$what"
}
bad "unknown backend 'bogus'" -chardev bogus,id=x
bad "an id= is needed" -chardev null
bad "a path= is needed" -chardev file,id=f
bad "duplicate id 'a'" -chardev null,id=a -chardev null,id=a
bad "cannot listen on /nonexistent/s" -chardev socket,path=/nonexistent/s,server=on,wait=off,id=s
bad "cannot connect to /nonexistent/s" -chardev socket,path=/nonexistent/s,id=s
bad "null backend has no property 'foo'" -chardev null,id=a,foo=1
bad "no virtio-serial-device before it" -chardev null,id=a -device virtconsole,chardev=a
bad "chardev=zz names no -chardev" -device virtio-serial-device -device virtconsole,chardev=zz
bad "chardev 'a' is already in use" -chardev null,id=a -device virtio-serial-device \
    -device virtconsole,chardev=a -device virtserialport,chardev=a
bad "'virtserialport' has no property 'bar'" -chardev null,id=a -device virtio-serial-device \
    -device virtserialport,chardev=a,bar=2

# a short path: sun_path holds 108 bytes and build directories can be deep
sock=$(mktemp -u /tmp/ferry-vcon.XXXXXX)
pid=
cleanup() {
    status=$?
    trap - EXIT HUP INT TERM
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    rm -f "$sock"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 143' HUP INT TERM

# shellcheck disable=SC2016 # the guest's $(...), in ferry.run="..." (no double quotes inside)
run='i=0; while [ ! -e /dev/vport0p1 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; ls /sys/class/virtio-ports; echo port-name=$(cat /sys/class/virtio-ports/vport0p1/name); echo from-the-guest >/dev/vport0p1; sh </dev/hvc0 >/dev/hvc0 2>&1 & wait; echo hvc-shell-done'
timeout -k 5 900 "$system" -M virt -m 512M -nographic -nodefaults -kernel "$kernel" -initrd "$initrd" \
    -chardev "socket,path=$sock,server=on,wait=off,id=c0" -device virtio-serial-device \
    -device virtconsole,chardev=c0 -chardev "file,path=$work/vport.out,id=c1" \
    -device virtserialport,chardev=c1,name=org.test.0 \
    -append "console=ttyAMA0 quiet ferry.run=\"$run\"" </dev/null >"$work/console.log" 2>&1 &
pid=$!

# The host side of hvc0: connect as soon as the socket exists, send the command at once (the
# guest is still booting), read until a line "42", then end the guest's shell.
PYTHONPATH=$here/lib python3 - "$sock" >"$work/hvc.log" 2>&1 <<'EOF' || fail "hvc0 session: $(tail -c 600 "$work/hvc.log") console: $(tail -c 600 "$work/console.log")"
import sys, time
from stream_client import Session
s = Session(sys.argv[1], 900)
s.send(b"echo $((6*7))\n")
while b"\n42\r\n" not in s.seen and b"\n42\n" not in s.seen:
    s.more()
print("got 42")
s.send(b"exit\n")
time.sleep(1)
s.close()
EOF

wait "$pid"
status=$?
pid=
tr -d '\r' <"$work/console.log" >"$work/console.txt"
[ "$status" = 0 ] || fail "ferry exited $status: $(tail -c 600 "$work/console.txt")"
grep -q '^port-name=org.test.0$' "$work/console.txt" ||
    fail "/sys/class/virtio-ports/vport0p1/name is not org.test.0: $(tail -c 600 "$work/console.txt")"
grep -q '^hvc-shell-done$' "$work/console.txt" || fail "the shell on hvc0 did not end"
grep -qx 'from-the-guest' "$work/vport.out" 2>/dev/null ||
    fail "the guest's write to /dev/vport0p1 is not in the file chardev: '$(cat "$work/vport.out" 2>/dev/null)'"
finish
