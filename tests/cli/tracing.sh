# -d in_asm / exec / unimp / strace, and -D sending the log to a file.
. "$(dirname "$0")/lib/common.sh"

build_guest nosys <<'SRC'
#include "ferry_test.h"
int test_main(void) {
    long r = ft_syscall(4000, 0, 0, 0, 0, 0, 0);
    ft_put_dec(r);
    ft_puts("\n");
    return 0;
}
SRC

# The guest sees -ENOSYS (-38) whether or not -d unimp is on.
expect_status 0 "$ferry" "$work/nosys"
[ "$(cat "$work/out")" = -38 ] || fail "unknown syscall returned '$(cat "$work/out")', not -38"
[ ! -s "$work/err" ] || fail "unknown syscall without -d unimp printed: $(cat "$work/err")"

expect_status 0 "$ferry" -d unimp "$work/nosys"
expect_one_line "$work/err" '^Unsupported syscall: 4000 \(unknown\)$'

# A call Linux has but ferry does not implement is named.
build_guest rseq <<'SRC'
#include "ferry_test.h"
int test_main(void) { return ft_syscall(293, 0, 0, 0, 0, 0, 0) == -38 ? 0 : 1; }
SRC
expect_status 0 "$ferry" -d unimp "$work/rseq"
expect_one_line "$work/err" '^Unsupported syscall: 293 \(rseq\)$'

rm -f "$work/log"
expect_status 0 "$ferry" -d in_asm,exec -D "$work/log" "$work/nosys"
[ ! -s "$work/err" ] || fail "-D still wrote to stderr: $(head -c 200 "$work/err")"
grep -q '^IN:' "$work/log" || fail "in_asm log has no IN: block header"
grep -Eq '^0x[0-9a-f]{16}:  d4000001      svc #0' "$work/log" || fail "in_asm log lacks the svc line"
grep -Eq '^Trace: 0x[0-9a-f]{16}$' "$work/log" || fail "exec log lacks Trace lines"

expect_status 0 "$ferry" -d strace "$work/nosys"
grep -q '^write(0x1,' "$work/err" || fail "strace does not show write()"
grep -q '^exit_group(0x0' "$work/err" || fail "strace does not show exit_group()"
finish
