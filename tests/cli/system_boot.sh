# Boots the default guest (scripts/default-guest: Debian's arm64 kernel and a
# busybox initramfs) on `ferry` to a shell on the serial console, runs a few
# commands on two CPUs, reboots (the board is rebuilt and boots again), and powers off:
# ferry must exit 0. Then a boot that runs a command given on the kernel command line and
# checks the RTC against the host's clock. First with the paths given, then as plain `ferry`, which
# boots the default guest by itself. The same guest on qemu-system-aarch64
# -M virt behaves the same way.
. "$(dirname "$0")/lib/common.sh"

system=$(dirname "$ferry")/../system/ferry
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 missing"; exit 77; }
if ! "$here/../../scripts/default-guest" >"$work/paths" 2>"$work/build.log"; then
    echo "SKIP: cannot build the default guest: $(tail -n 1 "$work/build.log")"
    exit 77
fi
kernel=$(sed -n 1p "$work/paths")
initrd=$(sed -n 2p "$work/paths")
# The interpreter boots Debian's kernel in ~10 s of guest time; ASan builds are several times slower.
python3 "$here/lib/console_driver.py" 900 "$work/console.log" -- \
    "$system" -M virt -m 1G -smp 2 -nographic -kernel "$kernel" -initrd "$initrd" \
    -append "console=ttyAMA0" <<'STEPS' || fail "console session failed: $(tail -c 600 "$work/console.log")"
expect Booting Linux on physical CPU
expect Run /init as init process
expect ferry default guest: Debian Linux
expect / # 
send echo sum=$((20+22)); uname -m; cat /sys/devices/system/cpu/online; cat /sys/class/rtc/rtc0/name
expect sum=42
expect aarch64
expect 0-1
expect rtc-pl031
send grep Features /proc/cpuinfo
expect Features\s*: fp asimd
send reboot
expect reboot: Restarting system
expect Booting Linux on physical CPU
expect / # 
send poweroff
expect reboot: Power down
exit 0
STEPS

# A command on the kernel command line (the default guest's ferry.run=) runs in place of the
# shell, its output reaches the serial console and the guest powers off: ferry exits 0 with no
# input at all. The RTC (PL031) must show the host's time: the guest's reading lies between the
# host clock before ferry started and after it ended.
# This boot uses the GICv3 (system-register CPU interface, redistributors) on two CPUs.
before=$(date +%s)
"$system" -M virt,gic-version=3 -smp 2 -m 512M -nographic -kernel "$kernel" -initrd "$initrd" </dev/null >"$work/run.log" 2>&1 \
    -append 'console=ttyAMA0 quiet ferry.run="echo rtc=$(cat /sys/class/rtc/rtc0/since_epoch); ls /sys/bus/platform/devices | grep -c virtio_mmio; echo $((6*7)) from the command line; echo cpus=$(cat /sys/devices/system/cpu/online); grep -E GICv3.*arch_timer /proc/interrupts"'
status=$?
after=$(date +%s)
tr -d '\r' <"$work/run.log" >"$work/run.txt" && mv "$work/run.txt" "$work/run.log" # the guest tty writes CRLF
[ "$status" = 0 ] || fail "ferry.run boot exited $status: $(tail -c 600 "$work/run.log")"
grep -q '^42 from the command line' "$work/run.log" || fail "the command's output is missing: $(tail -c 600 "$work/run.log")"
grep -q '^ferry.run: exit status 0' "$work/run.log" || fail "the command did not finish: $(tail -c 600 "$work/run.log")"
grep -q 'reboot: Power down' "$work/run.log" || fail "the guest did not power off"
# QEMU's virt lists 32 virtio-mmio slots; the kernel registers a platform device for each
grep -qx 32 "$work/run.log" || fail "the guest does not see 32 virtio-mmio slots: $(tail -c 600 "$work/run.log")"
grep -q '^cpus=0-1' "$work/run.log" || fail "GICv3 boot: the second CPU did not come up: $(tail -c 600 "$work/run.log")"
grep -q 'GICv3 *27 Level *arch_timer' "$work/run.log" || fail "GICv3 boot: the timer is not a GICv3 PPI: $(tail -c 600 "$work/run.log")"
rtc=$(sed -n 's/^rtc=\([0-9]*\).*/\1/p' "$work/run.log")
[ -n "$rtc" ] && [ "$rtc" -ge "$before" ] && [ "$rtc" -le "$after" ] ||
    fail "RTC reads '$rtc', the host's time was $before..$after"

# No -kernel: the default guest, found in the cache the first boot filled.
python3 "$here/lib/console_driver.py" 900 "$work/default.log" -- "$system" -nographic <<'STEPS' ||
expect booting the default guest
expect Run /init as init process
expect / # 
send poweroff
expect reboot: Power down
exit 0
STEPS
    fail "plain ferry session failed: $(tail -c 600 "$work/default.log")"
finish
