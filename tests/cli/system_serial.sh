# The PL011 console on QEMU's -serial spellings and the backends across a guest reboot, with the
# default guest (its ferry.run= runs commands instead of a shell, then powers off):
#   1. -serial file:F: the guest's console output (the kernel's and ferry.run's) lands in F.
#   2. -chardev socket,path=SOCK,server=on,wait=off,id=s0 -serial chardev:s0 -monitor none, a
#      snapshot=on marker disk and -netdev user,hostfwd=...: the host connects to SOCK at once.
#      The first boot writes the marker and `reboot -f`s; the board is rebuilt. The second boot
#      finds the marker (the snapshot overlay outlived the board, as QEMU keeps it across a
#      reset) and the image file is still all zeros at the end. The same client connection
#      (never closed: QEMU keeps a chardev's client across a reset) reads the second boot's
#      output, then talks to a shell on ttyAMA0 through the socket (echo $((6*7)) -> 42). The
#      hostfwd listener is the same socket before and after the reboot (its inode in
#      /proc/net/tcp): the netdev was not closed and bound again.
#   3. -chardev stdio,mux=on,id=c0 -serial chardev:c0 -mon c0: the console starts on the serial
#      port, C-a c reaches the monitor (banner, "(qemu) " prompt), info status, quit.
#   4. -monitor unix:SOCK,server=on,wait=off: each client is greeted; system_reset reboots the
#      board while the client stays; quit ends ferry.
#   5. One mux on a socket for the monitor, ttyAMA0 and hvc0 (QEMU's focus order: the frontend
#      built last, the virtconsole): every frontend's output reaches the client; typed input goes
#      to hvc0's shell only; C-a c goes round to the monitor, then ttyAMA0, where C-a b is a
#      break (the kernel's SysRq: the next key is a SysRq command), then back to hvc0.
. "$(dirname "$0")/lib/common.sh"
. "$here/lib/virtio_guest.sh"

# 1. -serial file:
# shellcheck disable=SC2016 # the guest's $((...))
if boot_with "$system" "$work/file-run.log" 'console=ttyAMA0 ferry.run="echo serial-file-$((6*7))"' \
    -nodefaults -serial "file:$work/serial.out" -monitor none; then
    tr -d '\r' <"$work/serial.out" >"$work/serial.txt"
    grep -q '^serial-file-42$' "$work/serial.txt" ||
        fail "-serial file: no ferry.run output in the file: $(tail -c 400 "$work/serial.txt")"
    grep -q 'Booting Linux' "$work/serial.txt" || fail "-serial file: no kernel messages in the file"
    grep -q 'reboot: Power down' "$work/serial.txt" || fail "-serial file: the guest did not power off"
    grep -q 'serial-file-42' "$work/file-run.log" && fail "-serial file: the output went to stdout too"
else
    fail "-serial file: the emulator exited $booted: $(tail -c 400 "$work/file-run.log")"
fi

# 2. a socket chardev client and a hostfwd port across a reboot
sock=$(mktemp -u /tmp/ferry-serial.XXXXXX)
at_exit "rm -f '$sock'"
head -c 4096 /dev/zero >"$work/marker.img"
port=$(free_port)
# shellcheck disable=SC2016 # the guest's $(...) and $((...))
run='i=0; while [ ! -e /dev/vda ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; m=$(head -c 5 /dev/vda); if [ x$m = xboot2 ]; then echo second-boot-ready; sh; else printf boot2 >/dev/vda; sync; echo first-boot-rebooting; reboot -f; fi'
timeout -k 5 "$boot_timeout" "$system" -M virt -m 512M -nographic -nodefaults -kernel "$kernel" \
    -initrd "$initrd" -chardev "socket,path=$sock,server=on,wait=off,id=s0" -serial chardev:s0 \
    -monitor none -drive "file=$work/marker.img,format=raw,if=virtio,snapshot=on" \
    -netdev "user,id=n0,hostfwd=tcp:127.0.0.1:$port-:22" -device virtio-net-device,netdev=n0 \
    -append "console=ttyAMA0 quiet ferry.run=\"$run\"" </dev/null >"$work/socket-run.log" 2>&1 &
child=$!
PYTHONPATH=$here/lib python3 - "$sock" "$port" "$boot_timeout" >"$work/socket.log" 2>&1 <<'EOF2' ||
import sys
from stream_client import Session
path, port, limit = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])

def listener_inode():
    """The inode of the socket listening on 127.0.0.1:port (/proc/net/tcp, state 0A), or None."""
    want = "0100007F:%04X" % port
    with open("/proc/net/tcp") as f:
        for line in f.readlines()[1:]:
            field = line.split()
            if field[1] == want and field[3] == "0A":
                return field[9]
    return None

s = Session(path, limit)
s.until(b"first-boot-rebooting")
before = listener_inode()
print("hostfwd listener before the reboot: inode", before)
if before is None:
    sys.exit("nothing listens on the hostfwd port %d" % port)
while b"second-boot-ready" not in s.seen:
    if b"first-boot-rebooting" in s.seen:
        sys.exit("the second boot did not find the marker: the snapshot=on overlay was lost")
    s.more()
print("the same client saw the second boot")
after = listener_inode()
print("hostfwd listener after the reboot: inode", after)
if after != before:
    sys.exit("the hostfwd port was bound anew (inode %s, then %s)" % (before, after))
s.send(b"echo $((6*7))\n")
s.until(b"\n42\r\n")
print("got 42 through the socket")
s.send(b"exit\n")
s.until(b"reboot: Power down")
print("powered off")
EOF2
    fail "socket chardev across a reboot: $(tail -c 600 "$work/socket.log") console: $(tail -c 300 "$work/socket-run.log")"
wait "$child"
status=$?
child=
[ "$status" = 0 ] || fail "socket chardev run: ferry exited $status: $(tail -c 400 "$work/socket-run.log")"
grep -q 'first-boot-rebooting' "$work/socket-run.log" &&
    fail "socket chardev run: the serial output went to stdout too"
[ "$(tr -d '\0' <"$work/marker.img" | wc -c)" = 0 ] || fail "snapshot=on: the guest's write reached the image"

# 3. a mux shared by the serial port and the monitor: C-a c, info status, quit
head -c 8192 /dev/zero >"$work/wedged" # a "kernel" of UDFs: the monitor needs no guest
printf 'ARM\144' | dd of="$work/wedged" bs=1 seek=56 conv=notrunc 2>/dev/null
printf '\040' | dd of="$work/wedged" bs=1 seek=17 conv=notrunc 2>/dev/null
printf 'typed-for-the-guest\001cinfo status\rinfo chardev\rstop\rinfo status\rquit\r' >"$work/keys"
timeout 60 "$system" -m 64 -kernel "$work/wedged" -chardev stdio,mux=on,id=c0 -serial chardev:c0 \
    -mon c0 <"$work/keys" >"$work/mux.raw" 2>"$work/mux.err"
status=$?
tr -d '\r' <"$work/mux.raw" >"$work/mux.out"
[ "$status" = 0 ] || fail "mux: quit exited $status: $(head -c 300 "$work/mux.err")"
grep -q "^ferry .* monitor - type 'help' for more information$" "$work/mux.out" ||
    fail "mux: no monitor banner after C-a c: $(head -c 300 "$work/mux.out")"
grep -q 'typed-for-the-guest' "$work/mux.out" && fail "mux: the serial port's input reached the monitor"
grep -q '^(qemu) info status$' "$work/mux.out" || fail "mux: no prompt and echo: $(head -c 300 "$work/mux.out")"
grep -q '^VM status: running$' "$work/mux.out" || fail "mux: info status: $(head -c 300 "$work/mux.out")"
grep -q '^VM status: paused$' "$work/mux.out" || fail "mux: stop did not pause: $(head -c 300 "$work/mux.out")"
grep -q '^c0: filename=mux$' "$work/mux.out" && grep -q '^c0-base: filename=stdio$' "$work/mux.out" ||
    fail "mux: info chardev: $(head -c 300 "$work/mux.out")"

# 4. a monitor on a socket
msock=$(mktemp -u /tmp/ferry-mon.XXXXXX)
at_exit "rm -f '$msock'"
timeout 60 "$system" -m 64 -kernel "$work/wedged" -serial null -monitor "unix:$msock,server=on,wait=off" \
    </dev/null >"$work/monsock.out" 2>&1 &
child=$!
PYTHONPATH=$here/lib python3 - "$msock" >"$work/monsock.log" 2>&1 <<'EOF2' ||
import sys, time
from stream_client import Session
for client in (1, 2):
    s = Session(sys.argv[1], 60)
    s.until(b"monitor - type 'help' for more information\r\n(qemu) ")
    print("client", client, "greeted")
    s.send(b"system_reset\ninfo status\n")
    s.until(b"VM status: running\r\n(qemu) ")
    if client == 1:
        s.close()
        time.sleep(0.2)
s.send(b"quit\n")
s.drain()
print("quit")
EOF2
    fail "monitor on a socket: $(tail -c 400 "$work/monsock.log")"
wait "$child"
status=$?
child=
[ "$status" = 0 ] || fail "monitor on a socket: ferry exited $status: $(tail -c 300 "$work/monsock.out")"

# 5. a mux shared by the monitor, ttyAMA0 and hvc0
xsock=$(mktemp -u /tmp/ferry-mux.XXXXXX)
at_exit "rm -f '$xsock'"
# shellcheck disable=SC2016 # the guest's $(...) and $((...))
run='i=0; while [ ! -e /dev/hvc0 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; echo hvc0-shell-starting; sh </dev/hvc0 >/dev/hvc0 2>&1; echo hvc0-shell-done'
timeout -k 5 "$boot_timeout" "$system" -M virt -m 512M -nographic -nodefaults -kernel "$kernel" \
    -initrd "$initrd" -chardev "socket,path=$xsock,server=on,wait=off,id=c0,mux=on" -mon c0 \
    -serial chardev:c0 -device virtio-serial-device -device virtconsole,chardev=c0 \
    -append "console=ttyAMA0 ferry.run=\"$run\"" </dev/null >"$work/mux-run.log" 2>&1 &
child=$!
PYTHONPATH=$here/lib python3 - "$xsock" "$boot_timeout" >"$work/muxsock.log" 2>&1 <<'EOF2' ||
import sys, time
from stream_client import Session
s = Session(sys.argv[1], float(sys.argv[2]))
until, send = s.until, s.send
until(b"Booting Linux")          # ttyAMA0's output comes out
until(b"hvc0-shell-starting")
time.sleep(1)
send(b"echo $((6*7))-from-hvc0\n") # the focus is on hvc0: its shell answers
until(b"42-from-hvc0")
print("hvc0 has the focus and its output comes out")
send(b"\x01c")               # round to the monitor
until(b"monitor - type 'help' for more information")
send(b"info status\r")
until(b"VM status: running")
print("C-a c reached the monitor")
send(b"\x01c")               # to ttyAMA0
time.sleep(0.5)
send(b"\x01bh")              # a break, then SysRq h
until(b"sysrq: ")
print("C-a b reached the kernel as a break (SysRq)")
send(b"\x01cexit\n")         # back to hvc0: end its shell
until(b"hvc0-shell-done")
until(b"reboot: Power down")
print("powered off")
EOF2
    fail "mux on a socket: $(tail -c 600 "$work/muxsock.log")"
wait "$child"
status=$?
child=
[ "$status" = 0 ] || fail "mux on a socket: ferry exited $status: $(tail -c 300 "$work/mux-run.log")"
finish
