# virtio-net over user-mode networking (QEMU's -netdev user, libslirp) end to end, in the
# default guest (Debian's kernel, busybox udhcpc, wget and httpd):
#   1. -netdev user,hostfwd=tcp:127.0.0.1:HOSTPORT-:80 + -device virtio-net-device: DHCP gives
#      10.0.2.15, the route via 10.0.2.2 and nameserver 10.0.2.3; the guest's wget of a 16 MiB
#      file from a host web server (python3 -m http.server on 127.0.0.1, reached as 10.0.2.2) has
#      the host's sha256; then the guest serves a page and a 1 MiB file with busybox httpd on
#      port 80 and the host fetches both through the forwarded port.
#   2. restrict=on: the guest still gets its lease, but its wget to the host fails.
#   3. Two NICs: their names (eth0, eth1) and MACs (52:54:00:12:34:56, :57) are those
#      qemu-system-aarch64 gives (run as the oracle when installed).
# Host servers listen on 127.0.0.1 only, on ports free when the test starts.
# FERRY_SYSTEM_UNDER_TEST=qemu-system-aarch64 runs it all against QEMU.
. "$(dirname "$0")/lib/common.sh"
. "$here/lib/virtio_guest.sh"
command -v sha256sum >/dev/null 2>&1 || { echo "SKIP: sha256sum missing"; exit 77; }

# The host's web server, for the guest's downloads.
mkdir -p "$work/served"
head -c 16777216 /dev/urandom >"$work/served/file"
file_sum=$(sha256sum <"$work/served/file" | cut -d' ' -f1)
serve_files "$work/served" || finish

# What the host runs while the guest's httpd serves: fetch / and /blob through the forwarded port.
cat >"$work/fetch.py" <<'EOF'
import sys, urllib.request
port, out = sys.argv[1], sys.argv[2]
for path, name in (("/", "page"), ("/blob", "blob")):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as r:
        with open(f"{out}/{name}", "wb") as f:
            f.write(r.read())
EOF

# ---- 1. DHCP, a download from the host, and the host fetching from the guest's httpd.
hostport=$(free_port)
token=page-$(head -c 8 /dev/urandom | od -A n -t x1 | tr -d ' \n')
# (the guest's $((6*7)) markers are 42 only in its output, never in the echo of what was typed)
drive "$work/user.log" "console=ttyAMA0 quiet" \
    -netdev "user,id=n0,hostfwd=tcp:127.0.0.1:$hostport-:80" -device virtio-net-device,netdev=n0 <<STEPS &&
expect ferry default guest: Debian Linux
expect / # 
send timeout 120 udhcpc -i eth0 -n -q -t 10; ip -4 addr show eth0; ip route; cat /etc/resolv.conf; echo dhcp-\$((6*7))
expect \ndhcp-42
send wget -q -O - http://10.0.2.2:$port/file | sha256sum; echo wget-\$((6*7))
expect \nwget-42
send mkdir -p /www && echo $token >/www/index.html && head -c 1048576 /dev/urandom >/www/blob && sha256sum /www/blob && httpd -p 80 -h /www && echo httpd-\$((6*7))
expect \nhttpd-42
host python3 "$work/fetch.py" $hostport "$work"
send poweroff
expect reboot: Power down
exit 0
STEPS
{
    grep -q 'inet 10\.0\.2\.15/24 ' "$work/user.log" || fail "DHCP: eth0 is not 10.0.2.15/24: $(grep -A3 udhcpc "$work/user.log")"
    grep -q '^default via 10\.0\.2\.2 dev eth0' "$work/user.log" || fail "DHCP: no default route via 10.0.2.2"
    grep -q '^nameserver 10\.0\.2\.3$' "$work/user.log" || fail "DHCP: no nameserver 10.0.2.3 in /etc/resolv.conf"
    got=$(sed -n 's/^\([0-9a-f]\{64\}\)  -$/\1/p' "$work/user.log")
    [ "$got" = "$file_sum" ] || fail "wget: the guest got sha256 '$got', the host served $file_sum"
    [ "$(cat "$work/page" 2>/dev/null)" = "$token" ] || fail "hostfwd: the host fetched '$(head -c 200 "$work/page")', not $token"
    want=$(sed -n 's|^\([0-9a-f]\{64\}\)  /www/blob$|\1|p' "$work/user.log")
    [ -n "$want" ] && [ "$(sha256sum <"$work/blob" | cut -d' ' -f1)" = "$want" ] ||
        fail "hostfwd: /blob fetched by the host is not the guest's (guest: '$want')"
}

# ---- 2. restrict=on: the guest is cut off from the host (DHCP, inside slirp, still works).
# shellcheck disable=SC2016 # the guest's $(...)
run="timeout 120 udhcpc -i eth0 -n -q -t 10 >/dev/null 2>&1; echo lease=\$(ip -4 addr show eth0 | sed -n 's/.*inet \\([0-9.]*\\).*/\\1/p'); if timeout 30 wget -q -O /dev/null http://10.0.2.2:$port/file; then echo wget=ok; else echo wget=failed; fi"
if boot "$work/restrict.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" \
    -netdev user,id=n0,restrict=on -device virtio-net-device,netdev=n0; then
    grep -q '^lease=10\.0\.2\.15$' "$work/restrict.log" || fail "restrict=on: no DHCP lease: $(tail -c 400 "$work/restrict.log")"
    grep -q '^wget=failed$' "$work/restrict.log" || fail "restrict=on: the guest reached the host: $(tail -c 400 "$work/restrict.log")"
fi

# ---- 3. Two NICs: names and MACs as under qemu-system-aarch64.
# shellcheck disable=SC2016
run='for i in /sys/class/net/eth*; do echo nic ${i##*/} $(cat $i/address); done'
nics="-netdev user,id=n0 -device virtio-net-device,netdev=n0 -netdev user,id=n1 -device virtio-net-device,netdev=n1"
# shellcheck disable=SC2086 # $nics is a list of options
if boot "$work/nics.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" $nics; then
    grep '^nic ' "$work/nics.log" >"$work/nics.map"
    [ "$(cut -d' ' -f2 "$work/nics.map" | tr '\n' ' ')" = "eth0 eth1 " ] || fail "two NICs: $(tr '\n' ' ' <"$work/nics.map")"
    [ "$(cut -d' ' -f3 "$work/nics.map" | sort | tr '\n' ' ')" = "52:54:00:12:34:56 52:54:00:12:34:57 " ] ||
        fail "two NICs: MACs $(tr '\n' ' ' <"$work/nics.map")"
    if [ -z "$oracle" ]; then
        echo "two NICs: qemu-system-aarch64 not installed, the mapping is not compared: $(tr '\n' ' ' <"$work/nics.map")"
    elif boot_with "$oracle" "$work/nics-oracle.log" "console=ttyAMA0 quiet ferry.run=\"$run\"" $nics; then
        grep '^nic ' "$work/nics-oracle.log" >"$work/nics-oracle.map"
        cmp -s "$work/nics.map" "$work/nics-oracle.map" ||
            fail "two NICs: $(tr '\n' ' ' <"$work/nics.map"), qemu-system-aarch64: $(tr '\n' ' ' <"$work/nics-oracle.map")"
    else
        fail "two NICs: the oracle (qemu-system-aarch64) exited $booted: $(tail -c 300 "$work/nics-oracle.log")"
    fi
fi
finish
