#!/bin/sh
# Fetches Debian arm64 packages and unpacks them into a root directory,
# without touching the host's apt configuration or state.
#
#   tests/guest/fetch-debian-arm64.sh PACKAGE...
#
# Prints the root directory (default: ~/.cache/ferry/debian-arm64/root, or
# $FERRY_GUEST_CACHE/root). Package lists, downloaded .debs and the root all
# live in that cache, outside git; a second run reuses what is there.
# apt-get runs with a private state (its own lists, cache and an empty dpkg
# status) and APT::Architecture=arm64, against the host's configured Debian
# sources, which serve every architecture.
set -eu
[ $# -gt 0 ] || { echo "usage: $0 PACKAGE..." >&2; exit 2; }
cache=${FERRY_GUEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ferry/debian-arm64}
mkdir -p "$cache/lists/partial" "$cache/archives/partial" "$cache/debs" "$cache/root" "$cache/unpacked"
: >>"$cache/status"

# Tests run in parallel and share the cache: one fetcher at a time, and a
# package is unpacked once (unpacking again would rewrite files another test
# may be executing).
exec 9>"$cache/lock"
flock 9

apt_private() {
    apt-get -q \
        -o APT::Architecture=arm64 \
        -o APT::Architectures=arm64 \
        -o Dir::State::Lists="$cache/lists" \
        -o Dir::State::Status="$cache/status" \
        -o Dir::Cache="$cache" \
        -o Dir::Cache::archives="$cache/archives" \
        -o Debug::NoLocking=1 \
        -o APT::Sandbox::User="$(id -un)" \
        "$@"
}

# Refresh the private package lists at most once a day.
if [ -z "$(find "$cache/lists" -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -n 1)" ]; then
    apt_private update >&2
fi

for pkg in "$@"; do
    if ! ls "$cache/debs/${pkg}"_*_arm64.deb "$cache/debs/${pkg}"_*_all.deb >/dev/null 2>&1; then
        (cd "$cache/debs" && apt_private download "$pkg" >&2)
    fi
    for deb in "$cache/debs/${pkg}"_*.deb; do
        stamp=$cache/unpacked/$(basename "$deb")
        if [ ! -e "$stamp" ]; then
            dpkg-deb -x "$deb" "$cache/root"
            : >"$stamp"
        fi
    done
done
echo "$cache/root"
