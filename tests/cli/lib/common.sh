# Shared helpers for the command-line tests. Each test is run as
#   sh tests/cli/NAME.sh FERRY_USER WORKDIR
# and sources this file. It exits 0 on success, 1 on failure, 77 to skip.
set -u
ferry=$1
# Absolute, so a test may change directory.
case "$ferry" in /*) ;; *) ferry=$(cd "$(dirname "$ferry")" && pwd)/$(basename "$ferry") ;; esac
work=$2/$(basename "$0" .sh)
mkdir -p "$work"
here=$(cd "$(dirname "$0")" && pwd) # tests/cli
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# build_guest NAME <<EOF ... C source using tests/diff/lib/ferry_test.h ... EOF
build_guest() {
    cc=${FERRY_CROSS_CC:-aarch64-linux-gnu-gcc}
    if ! command -v "$cc" >/dev/null 2>&1; then
        echo "SKIP: $cc not installed (apt-get install gcc-aarch64-linux-gnu)"
        exit 77
    fi
    cat >"$work/$1.c"
    "$cc" -static -nostdlib -ffreestanding -fno-builtin -mgeneral-regs-only -O1 \
        -I "$here/../diff/lib" -o "$work/$1" "$work/$1.c" "$here/../diff/lib/ferry_test.c" ||
        { echo "FAIL: cannot build guest $1"; exit 1; }
}

# expect_status WANT COMMAND...: runs COMMAND, stdout/stderr to $work/out $work/err
expect_status() {
    want=$1
    shift
    { "$@" >"$work/out" 2>"$work/err"; } 2>/dev/null
    got=$?
    # dash reports a child's death by signal on the redirected stderr: drop its words.
    grep -Ev '^(Segmentation fault|Illegal instruction|Aborted|Bus error|Trace/breakpoint trap)( \(core dumped\))?$' \
        "$work/err" >"$work/err.clean"
    mv "$work/err.clean" "$work/err"
    [ "$got" = "$want" ] || fail "'$*' exited $got, expected $want (stderr: $(head -c 300 "$work/err"))"
}

# expect_line FILE REGEX: FILE has exactly one line, matching REGEX (grep -E)
expect_one_line() {
    lines=$(wc -l <"$1")
    [ "$lines" = 1 ] || fail "$1 has $lines lines, expected one: $(head -c 300 "$1")"
    grep -Eq "$2" "$1" || fail "$1 does not match /$2/: $(head -c 300 "$1")"
}

finish() {
    if [ "$failures" = 0 ]; then
        echo "PASS: $(basename "$0" .sh)"
        exit 0
    fi
    exit 1
}
