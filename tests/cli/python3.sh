# Debian's arm64 python3 (dynamically linked, sysroot made of Debian's arm64
# packages) under ferry-user runs tests/cli/python3.py (floats, big integers,
# hashlib through OpenSSL, zlib, json, re, threads, exceptions); its output
# must equal the host's python3 (same Debian release, same Python version).
# Also: exit statuses and the traceback of an uncaught exception.
. "$(dirname "$0")/lib/common.sh"

host_python=/usr/bin/python3
[ -x "$host_python" ] || { echo "SKIP: host python3 missing (apt-get install python3)"; exit 77; }
packages="libc6 libgcc-s1 zlib1g libexpat1 libssl3 libffi8 libbz2-1.0 liblzma5 libuuid1
          python3.11-minimal libpython3.11-minimal libpython3.11-stdlib"
# shellcheck disable=SC2086
root=$("$here/../guest/fetch-debian-arm64.sh" $packages 2>"$work/fetch.log") ||
    { echo "SKIP: cannot fetch Debian's arm64 python3: $(tail -n 1 "$work/fetch.log")"; exit 77; }
guest_python=$root/usr/bin/python3.11
[ -x "$guest_python" ] || { echo "FAIL: no python3.11 in $root"; exit 1; }
host_version=$("$host_python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
[ "$host_version" = 3.11 ] || { echo "SKIP: host python3 is $host_version, the guest's is 3.11"; exit 77; }

"$host_python" "$here/python3.py" >"$work/want" 2>&1 || fail "host python3 failed on python3.py"
expect_status 0 "$ferry" -L "$root" "$guest_python" "$here/python3.py"
cmp -s "$work/want" "$work/out" ||
    fail "python3.py output differs: $(diff "$work/want" "$work/out" | head -n 5) (stderr: $(head -c 300 "$work/err"))"
[ "$(wc -l <"$work/want")" -gt 20 ] || fail "python3.py printed too little: $(head -c 300 "$work/want")"

expect_status 3 "$ferry" -L "$root" "$guest_python" -c 'raise SystemExit(3)'
expect_status 1 "$ferry" -L "$root" "$guest_python" -c 'def f(): return {}["k"]
f()'
head -n 1 "$work/err" | grep -q '^Traceback (most recent call last):$' || fail "no traceback: $(head -c 300 "$work/err")"
[ "$(tail -n 1 "$work/err")" = "KeyError: 'k'" ] || fail "last traceback line: $(tail -n 1 "$work/err")"
# The guest python3 finds its own standard library (beside its executable, as under qemu), not the host's.
expect_status 0 "$ferry" -L "$root" "$guest_python" -c 'import os, json; print(os.path.dirname(json.__file__))'
[ "$(cat "$work/out")" = "$root/usr/lib/python3.11/json" ] || fail "json imported from $(cat "$work/out")"
finish
