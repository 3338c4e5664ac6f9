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

compare() {
    want=$("$host_busybox" "$@" 2>&1)
    got=$("$ferry" "$guest_busybox" "$@" 2>&1)
    [ "$want" = "$got" ] || fail "busybox $*: ferry gave '$(echo "$got" | head -c 200)', host '$(echo "$want" | head -c 200)'"
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

# gzip -9 and back: the compressed bytes must also be identical.
"$host_busybox" gzip -9 -c data.bin >host.gz
"$ferry" "$guest_busybox" gzip -9 -c data.bin >guest.gz
cmp -s host.gz guest.gz || fail "gzip -9 output differs"
"$ferry" "$guest_busybox" gunzip -c guest.gz | cmp -s - data.bin || fail "gunzip round trip"
finish
