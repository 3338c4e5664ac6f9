# argv, -0, and the environment with -E/-U edits reach the guest.
. "$(dirname "$0")/lib/common.sh"

build_guest args <<'SRC'
#include "ferry_test.h"
int test_main(void) {
    for (long i = 0; i < ft_argc; i++) {
        ft_puts(ft_argv[i]);
        ft_puts("\n");
    }
    const char *a = ft_getenv("FERRY_A"), *b = ft_getenv("FERRY_B");
    ft_puts(a ? a : "(unset)");
    ft_puts("\n");
    ft_puts(b ? b : "(unset)");
    ft_puts("\n");
    return (int)ft_argc;
}
SRC

FERRY_A=host FERRY_B=gone expect_status 3 "$ferry" -E FERRY_A=guest -U FERRY_B -0 name0 \
    "$work/args" one "two words"
printf 'name0\none\ntwo words\nguest\n(unset)\n' >"$work/want"
cmp -s "$work/want" "$work/out" || fail "argv/env seen by the guest: $(cat "$work/out")"

# Without edits the host environment passes through and argv[0] is the path.
FERRY_A=host expect_status 1 "$ferry" "$work/args"
printf '%s\nhost\n(unset)\n' "$work/args" >"$work/want"
cmp -s "$work/want" "$work/out" || fail "default argv/env: $(cat "$work/out")"

# A smaller or larger stack still runs the program.
expect_status 1 "$ferry" -s 128k "$work/args"
expect_status 1 "$ferry" -s 64M "$work/args"

# Options end at the program name: later words belong to the guest.
expect_status 3 "$ferry" -- "$work/args" -d nonsense
grep -qx -- '-d' "$work/out" || fail "guest did not receive -d as an argument"
finish
