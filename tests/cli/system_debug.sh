# A debugger inside the guest: tests/cli/lib/ptrace_debug.c, built static for arm64 and
# added to the default guest's initramfs (a second newc archive appended, which Linux
# unpacks over the first), single-steps, sets a hardware breakpoint and a watchpoint
# through ptrace, which the kernel maps onto ferry's MDSCR_EL1 / DBGB* / DBGW* registers.
# ferry.run= runs it and powers off; every check it prints must pass.
. "$(dirname "$0")/lib/common.sh"

system=$(dirname "$ferry")/../system/ferry
cc=${FERRY_CROSS_CC:-aarch64-linux-gnu-gcc}
command -v "$cc" >/dev/null 2>&1 || { echo "SKIP: $cc not installed"; exit 77; }
command -v cpio >/dev/null 2>&1 || { echo "SKIP: cpio not installed"; exit 77; }
if ! "$here/../../scripts/default-guest" >"$work/paths" 2>"$work/build.log"; then
    echo "SKIP: cannot build the default guest: $(tail -n 1 "$work/build.log")"
    exit 77
fi
kernel=$(sed -n 1p "$work/paths")
initrd=$(sed -n 2p "$work/paths")
mkdir -p "$work/root"
"$cc" -static -O1 -o "$work/root/ptrace_debug" "$here/lib/ptrace_debug.c" || { echo "FAIL: cannot build ptrace_debug"; exit 1; }
(cd "$work/root" && echo ptrace_debug | cpio -o -H newc --quiet) >"$work/extra.cpio" || fail "cpio"
cat "$initrd" "$work/extra.cpio" >"$work/initrd.cpio"

"$system" -M virt -m 512M -nographic -kernel "$kernel" -initrd "$work/initrd.cpio" \
    -append 'console=ttyAMA0 quiet ferry.run=/ptrace_debug' </dev/null >"$work/run.raw" 2>&1
status=$?
tr -d '\r' <"$work/run.raw" >"$work/run.log" # the guest tty writes CRLF
[ "$status" = 0 ] || fail "ferry exited $status"
grep '^FAIL' "$work/run.log"
grep -q '^ptrace_debug: [0-9]* checks, 0 failed' "$work/run.log" ||
    fail "ptrace checks: $(grep -E '^(FAIL|ptrace_debug)' "$work/run.log" | tail -n 5) $(tail -c 300 "$work/run.log")"
grep -q 'reboot: Power down' "$work/run.log" || fail "the guest did not power off"
finish
