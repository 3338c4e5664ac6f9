# `ferry` command-line behaviour: --help/--version, every kind of bad input
# (one line naming the thing, exit 1), and -M virt,dumpdtb writing a device
# tree libfdt-based tools accept.
. "$(dirname "$0")/lib/common.sh"

system=$(dirname "$ferry")/../system/ferry
[ -x "$system" ] || { echo "FAIL: no ferry binary next to ferry-user ($system)"; exit 1; }

expect_status 0 "$system" --help
grep -q '^usage: ferry' "$work/out" || fail "--help: $(head -c 200 "$work/out")"
expect_status 0 "$system" --version
grep -q '^ferry ' "$work/out" || fail "--version: $(cat "$work/out")"

bad() { # bad REGEX ARGS...: exit 1 with exactly one line on stderr matching REGEX
    regex=$1
    shift
    expect_status 1 "$system" "$@"
    expect_one_line "$work/err" "$regex"
}
bad "^ferry: cannot open kernel /nonexistent/Image: No such file or directory$" -kernel /nonexistent/Image
printf 'not a kernel' >"$work/junk"
bad 'not an arm64 Linux Image' -kernel "$work/junk"
bad "^ferry: unknown option '-bogus'" -bogus
bad "^ferry: option '-m' needs a value" -kernel x -m
bad "^ferry: -m 5: RAM must be a whole number of MiB" -m 5 -kernel x
bad "^ferry: -m 1T: RAM must be" -m 1T -kernel x
bad "^ferry: unknown machine 'pc'" -M pc -kernel x
bad "^ferry: gic-version=4: GICv2 \\(2\\) or GICv3 \\(3\\)" -M virt,gic-version=4 -kernel x
bad "^ferry: unknown virt property 'secure=on'" -M virt,secure=on -kernel x
bad "^ferry: psci-conduit=svc: hvc or smc" -M virt,psci-conduit=svc -kernel x
bad "^ferry: -smp 9: GICv2 serves at most 8 CPUs" -smp 9 -kernel x
bad "^ferry: -smp 9: GICv2 serves at most 8 CPUs" -M virt,gic-version=2 -smp 9 -kernel x
bad "^ferry: -smp 124: 1 to 123 CPUs" -M virt,gic-version=3 -smp 124 -kernel x
bad "^ferry: -smp 0: 1 to 123 CPUs" -smp 0 -kernel x
bad "^ferry: unknown CPU 'pentium'" -cpu pentium -kernel x
# -serial/-monitor/-mon (QEMU's legacy chardev spellings); chardev problems before the kernel is read
bad "^ferry: -serial bogus: 'bogus' is not a valid char driver \(ferry takes stdio, mon:stdio, null, none, file:PATH" -serial bogus -kernel x
bad "^ferry: -serial vc: 'vc' is not a valid char driver" -serial vc -kernel x
bad "^ferry: -serial file:: file: a path is needed$" -serial file: -kernel x
bad "^ferry: -serial pipe:: pipe: a path is needed$" -serial pipe: -kernel x
bad "^ferry: -serial unix:: unix: a socket path is needed$" -serial unix: -kernel x
bad "^ferry: -serial tcp:4444: tcp: takes \[HOST\]:PORT" -serial tcp:4444 -kernel x
bad "^ferry: -serial chardev:: chardev:: a -chardev id is needed$" -serial chardev: -kernel x
bad "^ferry: -serial mon:none: 'mon:none' cannot carry a monitor" -serial mon:none -kernel x
bad "^ferry: -monitor mon:stdio: mon: isn't supported in this context$" -monitor mon:stdio -kernel x
bad "^ferry: too many serial ports|-serial null: too many serial ports \(at most 4\)" -serial null -serial null -serial null -serial null -serial null -kernel x
bad "^ferry: -serial chardev:zz: no -chardev 'zz'$" -serial chardev:zz -monitor none -kernel x
bad "^ferry: -mon chardev=zz: no -chardev 'zz'$" -mon chardev=zz -kernel x
bad "^ferry: -mon c0,mode=control: mode=control \(QMP\) is not in ferry yet" -chardev null,id=c0 -mon c0,mode=control -kernel x
bad "^ferry: -mon c0,bogus=1: no property 'bogus'" -mon c0,bogus=1 -kernel x
bad "^ferry: -serial file:/nonexistent/f: cannot open /nonexistent/f: No such file or directory$" -serial file:/nonexistent/f -kernel x
bad "^ferry: -serial unix:.*/s,server=on,wait=off,bogus=1: the socket backend has no property 'bogus'$" -serial "unix:$work/s,server=on,wait=off,bogus=1" -kernel x
bad "^ferry: -nographic's -monitor stdio: cannot use stdio by multiple character devices$" -nographic -serial stdio -kernel x
bad "^ferry: -nographic's -serial stdio: cannot use stdio by multiple character devices$" -nographic -monitor stdio -kernel x
bad "^ferry: -chardev null,id=c0,mux=maybe: mux is on or off$" -chardev null,id=c0,mux=maybe -kernel x
bad "^ferry: -serial chardev:c0: the chardev is already in use \(mux=on shares it\)$" -chardev null,id=c0 -mon c0 -serial chardev:c0 -kernel x
bad "^ferry: -serial chardev:c0: too many uses of multiplexed chardev \(maximum is 4\)$" -chardev null,id=c0,mux=on -mon c0 -mon c0 -mon c0 -mon c0 -serial chardev:c0 -kernel x
bad "^ferry: -device virtconsole: too many uses of multiplexed chardev 'c0' \(maximum is 4\)$" -chardev null,id=c0,mux=on -mon c0 -mon c0 -mon c0 -serial chardev:c0 -device virtio-serial-device -device virtconsole,chardev=c0 -kernel x
bad "^ferry: unknown -d item 'nope'" -d int,mmu,nope -kernel x
# device options: checked when the board is built, before the kernel is read
bad "^ferry: -device bogus-device: unknown device 'bogus-device' \(ferry has: .*virtio-rng-device" -device bogus-device -kernel x
bad "^ferry: -device virtio-rng-device,colour=red: 'virtio-rng-device' has no property 'colour'" -device virtio-rng-device,colour=red -kernel x
bad "^ferry: -device 'virtio-rng-device,' ends with a comma" -device virtio-rng-device, -kernel x
bad "^ferry: -device empty property name in ',rng=r'" -device ,rng=r -kernel x
bad "^ferry: virtio-rng-device: rng=r0 names no -object rng-random" -device virtio-rng-device,rng=r0 -kernel x
bad "^ferry: -object rng-random,id=r0,filename=/nonexistent/rng: cannot open /nonexistent/rng: No such file or directory" -object rng-random,id=r0,filename=/nonexistent/rng -kernel x
bad "^ferry: -object rng-random,filename=/dev/urandom: an id= is needed" -object rng-random,filename=/dev/urandom -kernel x
bad "^ferry: -object rng-egd,id=r0: unknown object type 'rng-egd'" -object rng-egd,id=r0 -kernel x
bad "^ferry: -object rng-random,id=r0,size=3: rng-random has no property 'size'" -object rng-random,id=r0,size=3 -kernel x
bad "^ferry: -object rng-random,id=r0: duplicate id 'r0'" -object rng-random,id=r0 -object rng-random,id=r0 -kernel x
bad "^ferry: virtio-rng-device: rng object 'r0' is already in use" -object rng-random,id=r0 -device virtio-rng-device,rng=r0 -device virtio-rng-device,rng=r0 -kernel x
bad "^ferry: -global virtio-blk-device.serial=x: unknown" -global virtio-blk-device.serial=x -kernel x
bad "^ferry: -global virtio-mmio.force-legacy=maybe: force-legacy is true or false" -global virtio-mmio.force-legacy=maybe -kernel x
bad "^ferry: option '-device' needs a value" -kernel x -device
# -hda is QEMU's shorthand for an if=virtio -drive on virt (a long path must not overflow its text)
long=/nonexistent/$(printf 'a%.0s' $(seq 200))
bad "^ferry: -drive index=0,media=disk,if=virtio,file=$long,,b.img: Could not open '$long,b.img': No such file or directory" -hda "$long,b.img" -kernel x
# 32 slots: the 33rd device has none left
many=""
for i in $(seq 33); do many="$many -device virtio-rng-device"; done
# shellcheck disable=SC2086
bad "^ferry: virtio-rng-device: all 32 virtio-mmio slots are taken" $many -kernel x
# the screen and input devices
bad "^ferry: virtio-gpu-device: xres=0: a number from 1 to 16384$" -device virtio-gpu-device,xres=0 -kernel x
bad "^ferry: virtio-gpu-device: yres=99999: a number from 1 to 16384$" -device virtio-gpu-device,yres=99999 -kernel x
bad "^ferry: virtio-gpu-device: xres=wide: a number from 1 to 16384$" -device virtio-gpu-device,xres=wide -kernel x
bad "^ferry: virtio-gpu-device: max_outputs=17: a number from 1 to 16$" -device virtio-gpu-device,max_outputs=17 -kernel x
bad "^ferry: virtio-gpu-device: edid is on or off$" -device virtio-gpu-device,edid=maybe -kernel x
bad "^ferry: -device virtio-gpu-device,colour=red: 'virtio-gpu-device' has no property 'colour'" -device virtio-gpu-device,colour=red -kernel x
long=$(printf '%070d' 0)
bad "^ferry: virtio-tablet-device: serial=$long: at most 63 characters$" -device virtio-tablet-device,serial=$long -kernel x
bad "^ferry: -device virtio-keyboard-device,wheel-axis=on: 'virtio-keyboard-device' has no property 'wheel-axis'" -device virtio-keyboard-device,wheel-axis=on -kernel x
bad "^ferry: -display gtk: ferry has no gtk display \\(use -display sdl or none\\)$" -display gtk -kernel x
bad "^ferry: -display vnc=:1: ferry has no vnc display \\(use -display sdl or none\\)$" -display vnc=:1 -kernel x
bad "^ferry: -display sdl,gl=on: ferry's sdl display takes no options$" -display sdl,gl=on -kernel x
bad "^ferry: -display fancy: unknown display \\(sdl or none\\)$" -display fancy -kernel x
bad "^ferry: option '-display' needs a value" -kernel x -display

# A kernel that fits but leaves no room for the initrd and device tree.
head -c 64 /dev/zero >"$work/image"
printf 'ARM\144' | dd of="$work/image" bs=1 seek=56 conv=notrunc 2>/dev/null
printf '\0\0\0\4' | dd of="$work/image" bs=1 seek=20 conv=notrunc 2>/dev/null # image_size 16 GiB
bad "need [0-9]+ MiB of RAM, -m gives 1024 MiB" -kernel "$work/image"
bad "is not a flattened device tree" -kernel "$work/image" -m 32G -dtb "$work/junk"

# Ctrl-A h lists the keys and Ctrl-A x quits (status 0), even with a guest that only faults:
# this "kernel" is zeros (UDF) and its exception vectors are unmapped.
head -c 8192 /dev/zero >"$work/wedged"
printf 'ARM\144' | dd of="$work/wedged" bs=1 seek=56 conv=notrunc 2>/dev/null
printf '\040' | dd of="$work/wedged" bs=1 seek=17 conv=notrunc 2>/dev/null # image_size 8 KiB
# The keys' output goes where the mux's does: stdout.
printf '\001h\001x' | timeout 60 "$system" -m 64 -kernel "$work/wedged" >"$work/out" 2>"$work/err"
status=$?
[ "$status" = 0 ] || fail "Ctrl-A x: exit status $status ($(head -c 200 "$work/err"))"
grep -q 'C-a x    exit ferry' "$work/out" || fail "Ctrl-A h: no key list: $(head -c 200 "$work/out")"
grep -q 'ferry: Terminated' "$work/out" || fail "Ctrl-A x: no message: $(head -c 200 "$work/out")"

expect_status 0 "$system" -M virt,dumpdtb="$work/virt.dtb"
[ "$(od -A n -t x1 -N 4 "$work/virt.dtb" | tr -d ' \n')" = d00dfeed ] || fail "dumpdtb: no FDT magic"
# GICv3 board with 17 CPUs: the GICv3 node, and CPU 16 is Aff1 = 1, Aff0 = 0 (clusters of 16, as QEMU)
expect_status 0 "$system" -M virt,gic-version=3,dumpdtb="$work/virt3.dtb" -smp 17
grep -qa 'arm,gic-v3' "$work/virt3.dtb" || fail "dumpdtb gic-version=3: no arm,gic-v3 node"
grep -qa 'cpu@100' "$work/virt3.dtb" || fail "dumpdtb -smp 17: no cpu@100 (MPIDR Aff1 = 1)"
grep -qa 'cpu@f' "$work/virt3.dtb" || fail "dumpdtb -smp 17: no cpu@f"
expect_status 0 "$system" -M virt,psci-conduit=smc,dumpdtb="$work/smc.dtb"
grep -qa 'smc' "$work/smc.dtb" || fail "dumpdtb psci-conduit=smc: the psci node does not say smc"
if command -v fdtget >/dev/null 2>&1; then
    [ "$(fdtget "$work/virt.dtb" / compatible)" = linux,dummy-virt ] || fail "dumpdtb: compatible"
fi
finish
