# Debian's arm64 busybox-static under ferry-user, applet by applet, against
# the host's own busybox (x86-64, same Debian version): the output of each
# command must be identical. The arm64 package comes from Debian's archive
# through tests/guest/fetch-debian-arm64.sh (cached outside git).
. "$(dirname "$0")/lib/common.sh"

host_busybox=$(command -v busybox || true)
[ -n "$host_busybox" ] || { echo "SKIP: host busybox missing (apt-get install busybox-static)"; exit 77; }
root=$("$here/../guest/fetch-debian-arm64.sh" busybox-static 2>"$work/fetch.log") ||
    { echo "SKIP: cannot fetch Debian's arm64 busybox-static: $(tail -n 1 "$work/fetch.log")"; exit 77; }
guest_busybox=$root/bin/busybox
[ -x "$guest_busybox" ] || { echo "FAIL: no busybox in $root"; exit 1; }

cd "$work" || exit 1
head -c 300000 /dev/urandom >data.bin
printf '10\n2\n33\n4\n' >numbers
printf 'alpha beta\ngamma delta\nalpha omega\n' >words
mkdir -p tree/sub && echo one >tree/a && echo two >tree/sub/b
base64 data.bin >data.txt
printf 'scale=40\n4*a(1)\nsqrt(2)\ne(1)/l(10)\n2^300 %% 1000007\ns(1)+c(1)\n' >calc.bc
"$host_busybox" tar cf tree.tar tree
# An .xz made by the host (python3's lzma, which meson already needs), for unxz.
/usr/bin/python3 -c 'import lzma, sys; sys.stdout.buffer.write(lzma.compress(open("data.txt", "rb").read(), preset=9))' >data.xz

# The same applet command on both sides: output and exit status must match, and the host's must
# succeed (so a mistyped command cannot pass by failing the same way twice).
compare() {
    want=$("$host_busybox" "$@" 2>&1)
    want_status=$?
    got=$("$ferry" "$guest_busybox" "$@" 2>&1)
    got_status=$?
    [ "$want_status" = 0 ] || fail "host busybox $* failed ($want_status): $(echo "$want" | head -c 200)"
    [ "$want" = "$got" ] && [ "$want_status" = "$got_status" ] ||
        fail "busybox $*: ferry gave '$(echo "$got" | head -c 200)' ($got_status), host '$(echo "$want" | head -c 200)'"
}

compare md5sum data.bin
compare sha1sum data.bin
compare sha256sum data.bin
compare wc data.bin words
compare sort -n numbers
compare sort -k2 words
compare sed -e 's/alpha/ALPHA/g' words
compare grep -E 'a (b|o)' words
compare awk '{ s += $1 } END { printf "%.2f %d\n", s / NR, NR }' numbers
compare sh -c 'x=0; for i in 1 2 3 4; do x=$((x + i * i)); done; echo $x | (read y; echo "got $y")'
compare od -A x -t x1 -N 32 data.bin
compare printf '%5.2f %e %g %x\n' 3.14159 1234.5 0.0001 255
compare seq 3 3 20
compare find tree -type f
compare dc -e '2 64 ^ p'
compare sh -c 'tr a-z A-Z <words'
compare sh -c 'bc -l <calc.bc'
compare tar tvf tree.tar

# gzip -9 and back: the compressed bytes must also be identical.
"$host_busybox" gzip -9 -c data.bin >host.gz
"$ferry" "$guest_busybox" gzip -9 -c data.bin >guest.gz
cmp -s host.gz guest.gz || fail "gzip -9 output differs"
"$ferry" "$guest_busybox" gunzip -c guest.gz | cmp -s - data.bin || fail "gunzip round trip"

# bzip2 likewise (text input, so the Burrows-Wheeler sort does real work), and back.
"$host_busybox" bzip2 -9 -c data.txt >host.bz2
"$ferry" "$guest_busybox" bzip2 -9 -c data.txt >guest.bz2
cmp -s host.bz2 guest.bz2 || fail "bzip2 -9 output differs"
"$ferry" "$guest_busybox" bunzip2 -c guest.bz2 | cmp -s - data.txt || fail "bunzip2 round trip"
"$ferry" "$guest_busybox" unxz -c data.xz | cmp -s - data.txt || fail "unxz of the host's .xz"

# tar: the archive ferry's busybox writes is the host's, and extracting it gives the tree back.
"$ferry" "$guest_busybox" tar cf guest.tar tree
cmp -s tree.tar guest.tar || fail "tar c output differs"
rm -rf extracted && mkdir extracted
(cd extracted && "$ferry" "$guest_busybox" tar xf ../guest.tar) || fail "tar x failed"
diff -r tree extracted/tree >/dev/null || fail "tar x did not give the tree back"
finish
