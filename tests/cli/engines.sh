# The two CPU engines from the command line: --accel (ferry-user) and
# -accel (ferry) pick the translator or the interpreter, FERRY_ACCEL sets the
# default, a re-executed program keeps its engine, and the translator's log
# items (-d out_asm, nochain, stats) say what they promise. Bad engine names
# are one-line errors.
. "$(dirname "$0")/lib/common.sh"
# This test picks engines itself; the suite may be running under FERRY_ACCEL=interp.
unset FERRY_ACCEL

build_guest loop <<'SRC'
#include "ferry_test.h"
static long work(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++)
        sum += (i * 7) ^ (sum >> 3);
    return sum;
}
int test_main(void)
{
    ft_put_dec(work(100000));
    ft_puts("\n");
    return 0;
}
SRC

# Both engines compute the same thing (the value comes from the C above, run by both).
expect_status 0 "$ferry" --accel interp "$work/loop"
result=$(cat "$work/out")
[ -n "$result" ] || fail "--accel interp printed nothing"
expect_status 0 "$ferry" --accel dbt "$work/loop"
[ "$(cat "$work/out")" = "$result" ] || fail "--accel dbt printed '$(cat "$work/out")', interp '$result'"
expect_status 0 "$ferry" -accel tcg "$work/loop"
[ "$(cat "$work/out")" = "$result" ] || fail "-accel tcg printed '$(cat "$work/out")'"

# -d stats: the translator's counters at exit; the interpreter has none.
expect_status 0 "$ferry" -d stats "$work/loop"
grep -Eq '^dbt: [1-9][0-9]* blocks translated \([0-9]+ bytes of code, [0-9]+ instructions native, [0-9]+ by helper\), [0-9]+ code cache flushes, [1-9][0-9]* chains, [0-9]+ run loop entries, [1-9][0-9]* blocks interpreted$' "$work/err" ||
    fail "-d stats: $(head -c 300 "$work/err")"
grep -Eq '^dbt: helper calls +[0-9]+  SVC$' "$work/err" || fail "-d stats does not count the SVC helper calls"
expect_status 0 env FERRY_ACCEL=interp "$ferry" -d stats "$work/loop"
! grep -q '^dbt:' "$work/err" || fail "FERRY_ACCEL=interp still translated: $(head -c 200 "$work/err")"
# --accel beats the environment
expect_status 0 env FERRY_ACCEL=interp "$ferry" --accel dbt -d stats "$work/loop"
grep -q '^dbt: ' "$work/err" || fail "--accel dbt did not override FERRY_ACCEL=interp"

# -d nochain: no block is chained, so every block returns to the run loop.
expect_status 0 "$ferry" -d nochain,stats "$work/loop"
grep -Eq ' 0 chains, ' "$work/err" || fail "-d nochain still chained: $(head -c 300 "$work/err")"
[ "$(cat "$work/out")" = "$result" ] || fail "-d nochain changed the result"

# -d in_asm,out_asm: each block's guest code, then its x86-64 code (Capstone's text).
rm -f "$work/log"
expect_status 0 "$ferry" -d in_asm,out_asm -D "$work/log" "$work/loop"
grep -q '^IN:' "$work/log" || fail "in_asm: no IN: header"
grep -Eq '^OUT: \[size=[0-9]+\] guest 0x[0-9a-f]{16}$' "$work/log" || fail "out_asm: no OUT: header"
grep -Eq '^0x[0-9a-f]{16}:  cmp qword ptr \[rbx \+ 0x10c\], 0$' "$work/log" ||
    fail "out_asm: no block entry test of exit_request"
grep -Eq '^0x[0-9a-f]{16}:  (jmp|jne|je) ' "$work/log" || fail "out_asm: no jumps disassembled"

# A program that execs itself keeps the engine it was started with.
build_guest reexec <<'SRC'
#include "ferry_test.h"
int test_main(void)
{
    if (ft_argc > 1)
        return 0;
    char *argv[] = {"reexec", "again", 0};
    char *envp[] = {0};
    ft_syscall(221, (long)"/proc/self/exe", (long)argv, (long)envp, 0, 0, 0);
    return 1;
}
SRC
expect_status 0 "$ferry" --accel interp -d stats "$work/reexec"
! grep -q '^dbt:' "$work/err" || fail "the re-executed program was translated under --accel interp"
expect_status 0 "$ferry" -d stats "$work/reexec"
[ "$(grep -c '^dbt: [0-9]* blocks' "$work/err")" = 1 ] || fail "-d stats: expected the counters of the re-executed program once: $(cat "$work/err")"

# Errors: one line, exit 1.
expect_status 1 "$ferry" --accel kvm "$work/loop"
expect_one_line "$work/err" "^ferry-user: --accel: unknown engine 'kvm' \\(dbt or interp\\)$"
expect_status 1 "$ferry" --accel
expect_one_line "$work/err" "^ferry-user: option '--accel' needs an argument \\(see --help\\)$"
expect_status 1 "$ferry" -d out_asm,bogus "$work/loop"
expect_one_line "$work/err" "^ferry-user: -d: unknown log item 'bogus' \\(see -d help\\)$"
expect_status 0 "$ferry" -d help
grep -Eq '^  out_asm +' "$work/out" && grep -Eq '^  nochain +' "$work/out" && grep -Eq '^  stats +' "$work/out" ||
    fail "-d help does not list out_asm, nochain and stats"

system=$(dirname "$ferry")/../system/ferry
expect_status 1 "$system" -accel kvm -kernel x
expect_one_line "$work/err" "^ferry: -accel kvm: unknown engine \\(dbt, tcg or interp\\)$"
expect_status 1 "$system" -accel
expect_one_line "$work/err" "^ferry: option '-accel' needs a value$"
expect_status 1 "$system" -d out_asm,nope -kernel x
expect_one_line "$work/err" "^ferry: unknown -d item 'nope'"
finish
