# Dynamic programs: the dynamic linker comes from the sysroot (-L, FERRY_SYSROOT
# or QEMU_LD_PREFIX) and runs first, loaded at its own base.
. "$(dirname "$0")/lib/common.sh"

if ! printf 'int main(void){return 7;}\n' | aarch64-linux-gnu-gcc -O2 -x c - -o "$work/dynamic" 2>/dev/null; then
    echo "SKIP: aarch64-linux-gnu-gcc cannot link a dynamic program (libc6-dev-arm64-cross)"
    exit 77
fi
sysroot=/usr/aarch64-linux-gnu
[ -e "$sysroot/lib/ld-linux-aarch64.so.1" ] || { echo "SKIP: no $sysroot/lib/ld-linux-aarch64.so.1"; exit 77; }

expect_status 1 env -u FERRY_SYSROOT -u QEMU_LD_PREFIX "$ferry" "$work/dynamic"
expect_one_line "$work/err" 'give a sysroot with -L DIR or FERRY_SYSROOT$'

expect_status 1 "$ferry" -L "$work/no-such-root" "$work/dynamic"
expect_one_line "$work/err" "dynamic linker $work/no-such-root/lib/ld-linux-aarch64.so.1: No such file or directory\$"

# With a real sysroot the dynamic linker is entered at its base (0x40_0000_0000 + entry).
# (It cannot finish yet: it needs Advanced SIMD, which is not implemented.)
"$ferry" -L "$sysroot" -d in_asm -D "$work/log" "$work/dynamic" >/dev/null 2>&1
grep -Eq '^0x00000040000[0-9a-f]{5}:' "$work/log" || fail "no code ran at the dynamic linker's base"
FERRY_SYSROOT=$sysroot "$ferry" -d in_asm -D "$work/log2" "$work/dynamic" >/dev/null 2>&1
grep -Eq '^0x00000040000[0-9a-f]{5}:' "$work/log2" || fail "FERRY_SYSROOT is not used"
finish
