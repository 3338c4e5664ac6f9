# Shared by the virtio device tests (tests/cli/system_virtio_*.sh); sourced after common.sh.
#
# The emulator under test is $FERRY_SYSTEM_UNDER_TEST when set (a path or a command name, e.g.
# qemu-system-aarch64, which these tests were validated against), else the ferry system binary
# next to the ferry-user given to the test. Every boot is the default guest (scripts/default-guest)
# on QEMU's command line:
#   $system -M virt -cpu cortex-a57 -m 512M -nographic -kernel Image -initrd initramfs.cpio \
#       [-nic none] [device options] -append "console=ttyAMA0 ..."
# $oracle is qemu-system-aarch64 when installed (empty otherwise), for the checks whose answer
# is "what QEMU does" (which disk is /dev/vda, which NIC is eth0).
#
# Cleanup: at_exit CMD adds a command run when the test ends, however it ends; the files in
# $work are removed then, except the logs (*.log) of a test that failed (FERRY_KEEP_WORK=1 keeps
# everything).

system=${FERRY_SYSTEM_UNDER_TEST:-$(dirname "$ferry")/../system/ferry}
case "$system" in
*/*) [ -x "$system" ] || { echo "SKIP: no emulator at $system"; exit 77; } ;;
*) system=$(command -v "$system") || { echo "SKIP: $FERRY_SYSTEM_UNDER_TEST not found"; exit 77; } ;;
esac
oracle=$(command -v qemu-system-aarch64 || true)
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 missing"; exit 77; }
# e2fsprogs lives in /sbin, which a plain user's PATH may lack.
PATH=$PATH:/usr/sbin:/sbin
export PATH

cleanup_commands=
at_exit() {
    cleanup_commands="$1
$cleanup_commands"
}
# in_background INPUT COMMAND...: runs COMMAND with stdin from INPUT as the test's current child
# and waits for it. The shell would run a trap only after a foreground command ended; a wait ends
# at once, so a test that is stopped (meson's timeout, ^C) stops its emulator at once too.
child=
in_background() {
    input=$1
    shift
    "$@" <"$input" &
    child=$!
    wait "$child"
    child_status=$?
    child=
    return "$child_status"
}
virtio_cleanup() {
    status=$?
    trap - EXIT HUP INT TERM
    if [ -n "$child" ]; then
        kill "$child" 2>/dev/null
        wait "$child" 2>/dev/null
    fi
    eval "$cleanup_commands"
    if [ -n "${FERRY_KEEP_WORK:-}" ]; then
        echo "kept $work (FERRY_KEEP_WORK)"
    elif [ "$status" = 0 ] && [ "$failures" = 0 ]; then
        rm -rf "$work"
    else
        find "$work" -mindepth 1 ! -name '*.log' -delete 2>/dev/null
    fi
    exit "$status"
}
trap virtio_cleanup EXIT
trap 'exit 143' HUP INT TERM

if ! "$here/../../scripts/default-guest" >"$work/paths" 2>"$work/build.log"; then
    echo "SKIP: cannot build the default guest: $(tail -n 1 "$work/build.log")"
    exit 77
fi
kernel=$(sed -n 1p "$work/paths")
initrd=$(sed -n 2p "$work/paths")
# The cache is shared by every checkout on this machine, and one whose recipe differs rebuilds
# it: a private copy keeps this test's boots on the initramfs this checkout built.
if cp "$initrd" "$work/initramfs.cpio" 2>/dev/null; then
    initrd=$work/initramfs.cpio
fi
echo "emulator under test: $system"

# Seconds a boot may take: ferry's interpreter and the ASan build are far slower than QEMU.
boot_timeout=${FERRY_BOOT_TIMEOUT:-600}

# no_nic OPTIONS...: "-nic none" unless OPTIONS configure a network. QEMU's virt board otherwise
# adds its default NIC (virtio-net-pci, which also wants an option ROM file from ipxe-qemu).
no_nic() {
    for o; do
        case $o in -netdev | -nic | -net) return ;; esac
    done
    echo "-nic none"
}

# boot_with EMULATOR LOG APPEND [OPTIONS...]: boots the default guest with no console input
# (a ferry.run= boot powers off by itself); the console output, without CRs, goes to LOG.
# Returns the emulator's exit status (124 when it ran out of time).
boot_with() {
    emulator=$1 log=$2 append=$3
    shift 3
    in_background /dev/null timeout -k 10 "$boot_timeout" "$emulator" -M virt -cpu cortex-a57 -m 512M \
        -nographic -kernel "$kernel" -initrd "$initrd" $(no_nic "$@") "$@" -append "$append" >"$log.raw" 2>&1
    booted=$?
    tr -d '\r' <"$log.raw" >"$log" # the guest tty writes CRLF
    rm -f "$log.raw"
    return "$booted"
}

# boot LOG APPEND [OPTIONS...]: boot_with the emulator under test; fails the test when it does
# not exit 0 or the guest did not power off.
boot() {
    if ! boot_with "$system" "$@"; then
        fail "$(basename "$1" .log): the emulator exited $booted: $(tail -c 600 "$1")"
        return 1
    fi
    grep -q 'reboot: Power down' "$1" || { fail "$(basename "$1" .log): the guest did not power off"; return 1; }
}

# drive LOG APPEND [OPTIONS...] <<STEPS: boots the emulator under test with the console driven by
# tests/cli/lib/console_driver.py (expect/send/host/kill/exit steps on stdin).
drive() {
    log=$1 append=$2
    shift 2
    cat >"$log.steps" # (a command run in the background would read /dev/null, not the here-document)
    in_background "$log.steps" python3 "$here/lib/console_driver.py" "$boot_timeout" "$log.raw" -- \
        "$system" -M virt -cpu cortex-a57 -m 512M -nographic -kernel "$kernel" -initrd "$initrd" \
        $(no_nic "$@") "$@" -append "$append" >"$log.driver" 2>&1
    driven=$?
    rm -f "$log.steps"
    tr -d '\r' <"$log.raw" >"$log"
    rm -f "$log.raw"
    [ "$driven" = 0 ] || fail "$(basename "$log" .log): $(cat "$log.driver"): $(tail -c 600 "$log")"
    rm -f "$log.driver"
    return "$driven"
}

# free_port: a TCP port on 127.0.0.1 nobody listens on now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# serve_files DIR: a web server for DIR on 127.0.0.1 (python3 -m http.server) on a free port, in
# $port, stopped when the test ends. Fails the test (and returns 1) if it does not answer.
serve_files() {
    port=$(free_port)
    python3 -m http.server --bind 127.0.0.1 --directory "$1" "$port" >"$work/http-server.log" 2>&1 &
    at_exit "kill $! 2>/dev/null; wait $! 2>/dev/null"
    python3 - "$port" <<'EOF' && return 0
import socket, sys, time
deadline = time.monotonic() + 30
while True:
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()
        break
    except OSError:
        if time.monotonic() > deadline:
            sys.exit(1)
        time.sleep(0.05)
EOF
    fail "the host's web server on 127.0.0.1:$port does not answer: $(cat "$work/http-server.log")"
    return 1
}
