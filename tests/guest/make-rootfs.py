#!/usr/bin/env python3
"""Builds a small ext4 root file system for Debian's arm64 kernel, without root privileges.

    tests/guest/make-rootfs.py [IMAGE]

The image (mke2fs -t ext4 -d, 32 MiB, label "ferry-rootfs") holds Debian's
busybox-static (from the same fetch cache as scripts/default-guest) with a
symlink in /bin for each of its applets, /sbin/init (busybox init) with an
inittab whose rcS mounts what the initramfs did not hand over (proc, sysfs,
devtmpfs) and devpts and tmpfs on /tmp and /run, prints the banner
"ferry rootfs: Debian Linux VERSION, busybox, root DEVICE TYPE rw|ro." and
then gives a shell on ttyAMA0. With ferry.run="COMMANDS" on the kernel
command line it runs COMMANDS instead, prints "ferry.run: exit status N",
syncs, remounts / read-only and powers off, as the default guest does.
The udhcpc script is the default guest's.

It is the disk the default guest's initramfs switch_roots to:

    ferry -M virt -cpu cortex-a57 -nographic -kernel Image -initrd initramfs.cpio \\
        -drive file=rootfs.ext4,format=raw,if=none,id=hd0 -device virtio-blk-device,drive=hd0 \\
        -append "root=/dev/vda rw console=ttyAMA0"

IMAGE defaults to $FERRY_GUEST_CACHE/rootfs/rootfs.ext4 (~/.cache/ferry/...),
reused while its recipe (this script, the default guest's udhcpc script,
busybox) is unchanged. Prints the image's path. A test that lets the guest
write to the image must boot a copy.
"""
import fcntl
import hashlib
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load_default_guest():
    """scripts/default-guest as a module: its fetch() and cache, its udhcpc script."""
    path = os.path.join(HERE, "..", "..", "scripts", "default-guest")
    loader = importlib.machinery.SourceFileLoader("default_guest", path)
    spec = importlib.util.spec_from_loader("default_guest", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


INITTAB = """\
::sysinit:/etc/init.d/rcS
ttyAMA0::respawn:-/bin/sh
::ctrlaltdel:/bin/reboot
::shutdown:/bin/sync
::shutdown:/bin/umount -a -r
"""

RCS = """\
#!/bin/sh
# The initramfs moves /proc, /sys and /dev here before switch_root; mount what it did not.
[ -e /proc/mounts ] || mount -t proc proc /proc
[ -d /sys/kernel ] || mount -t sysfs sysfs /sys
[ -e /dev/null ] || mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /run
hostname ferry-rootfs
root=$(awk '$2 == "/" { r = $1 " " $3 " " substr($4, 1, 2) } END { print r }' /proc/mounts)
echo "ferry rootfs: Debian Linux $(uname -r), busybox, root $root."
# ferry.run="COMMANDS" on the kernel command line: run them instead of giving a shell, then power off.
run=$(sed -n 's/.*ferry\\.run="\\([^"]*\\)".*/\\1/p' /proc/cmdline)
[ -n "$run" ] || run=$(sed -n 's/.*ferry\\.run=\\([^ "]*\\).*/\\1/p' /proc/cmdline)
if [ -n "$run" ]; then
    (cd / && eval "$run")
    echo "ferry.run: exit status $?"
    sync
    mount -o remount,ro / 2>/dev/null
    poweroff -f
fi
"""

SIZE = "32M"


def applet_names(busybox):
    """The applets busybox was built with: its NUL-separated name table, which starts "[", "[["."""
    with open(busybox, "rb") as f:
        data = f.read()
    start = data.find(b"[\0[[\0")
    if start < 0:
        raise SystemExit(f"make-rootfs: no applet table in {busybox}")
    names = data[start:data.index(b"\0\0", start)].decode().split("\0")
    if "sh" not in names or "init" not in names:
        raise SystemExit(f"make-rootfs: {busybox} has no sh or init applet")
    return names


def write(path, text, mode=0o644):
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)


def populate(root, busybox, udhcpc_script):
    for d in ["bin", "sbin", "etc/init.d", "etc/udhcpc", "dev", "proc", "sys", "tmp", "run", "root",
              "mnt", "usr/share/udhcpc", "www"]:
        os.makedirs(os.path.join(root, d), exist_ok=True)
    os.chmod(os.path.join(root, "tmp"), 0o1777)
    shutil.copyfile(busybox, os.path.join(root, "bin", "busybox"))
    os.chmod(os.path.join(root, "bin", "busybox"), 0o755)
    for name in applet_names(busybox):
        if name != "busybox":
            os.symlink("busybox", os.path.join(root, "bin", name))
    os.symlink("../bin/busybox", os.path.join(root, "sbin", "init"))
    write(os.path.join(root, "etc", "inittab"), INITTAB)
    write(os.path.join(root, "etc", "init.d", "rcS"), RCS, 0o755)
    write(os.path.join(root, "etc", "hostname"), "ferry-rootfs\n")
    write(os.path.join(root, "etc", "passwd"), "root:x:0:0:root:/root:/bin/sh\n")
    write(os.path.join(root, "etc", "group"), "root:x:0:\n")
    # Debian's busybox runs /etc/udhcpc/default.script; upstream's default is /usr/share/udhcpc's.
    write(os.path.join(root, "etc", "udhcpc", "default.script"), udhcpc_script, 0o755)
    os.symlink("/etc/udhcpc/default.script", os.path.join(root, "usr", "share", "udhcpc", "default.script"))


def main():
    guest = load_default_guest()
    cache = os.environ.get("FERRY_GUEST_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "ferry", "debian-arm64")
    image = sys.argv[1] if len(sys.argv) > 1 else os.path.join(cache, "rootfs", "rootfs.ext4")
    image = os.path.abspath(image)
    # mke2fs lives in /sbin, which a plain user's PATH may lack.
    mke2fs = shutil.which("mke2fs") or shutil.which("mke2fs", path="/usr/sbin:/sbin")
    if not mke2fs:
        raise SystemExit("make-rootfs: mke2fs not found (apt-get install e2fsprogs)")
    busybox = os.path.join(guest.fetch("busybox-static"), "bin", "busybox")
    with open(__file__, "rb") as f:
        me = f.read()
    with open(busybox, "rb") as f:
        recipe = hashlib.sha256(me + guest.UDHCPC_SCRIPT.encode() + f.read() + SIZE.encode()).hexdigest()
    recipe_path = image + ".recipe"
    os.makedirs(os.path.dirname(image), exist_ok=True)
    # Tests run in parallel and share the cache: one builder at a time.
    with open(image + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (os.path.exists(image) and guest.read_text(recipe_path) == recipe):
            with tempfile.TemporaryDirectory(prefix="ferry-rootfs-") as tmp:
                root = os.path.join(tmp, "root")
                populate(root, busybox, guest.UDHCPC_SCRIPT)
                part = image + ".part"
                subprocess.run([mke2fs, "-q", "-t", "ext4", "-L", "ferry-rootfs", "-E", "root_owner=0:0",
                                "-d", root, "-F", part, SIZE], check=True,
                               stdout=sys.stderr)
                os.replace(part, image)
            with open(recipe_path + ".part", "w") as f:
                f.write(recipe)
            os.replace(recipe_path + ".part", recipe_path)
    print(image)


if __name__ == "__main__":
    main()
