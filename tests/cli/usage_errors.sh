# ferry-user's own errors: one line naming the problem, exit status 1.
. "$(dirname "$0")/lib/common.sh"

expect_status 1 "$ferry"
expect_one_line "$work/err" '^ferry-user: no program given'

expect_status 1 "$ferry" -x prog
expect_one_line "$work/err" "^ferry-user: unknown option '-x'"

expect_status 1 "$ferry" --bogus prog
expect_one_line "$work/err" "^ferry-user: unknown option '--bogus'"

expect_status 1 "$ferry" -D
expect_one_line "$work/err" "^ferry-user: option '-D' needs an argument"

expect_status 1 "$ferry" -d nosuch prog
expect_one_line "$work/err" "^ferry-user: -d: unknown log item 'nosuch'"

expect_status 1 "$ferry" -d in_asm,bad prog
expect_one_line "$work/err" "^ferry-user: -d: unknown log item 'bad'"

expect_status 1 "$ferry" -s 12q prog
expect_one_line "$work/err" "^ferry-user: -s: bad stack size '12q'"

expect_status 1 "$ferry" -E NOEQUALS prog
expect_one_line "$work/err" "^ferry-user: -E: expected VAR=VALUE"

expect_status 0 "$ferry" -d help
grep -q in_asm "$work/out" || fail "-d help does not list in_asm"

expect_status 0 "$ferry" --version
grep -q '^ferry-user ' "$work/out" || fail "--version prints no version"

# --help documents every option.
expect_status 0 "$ferry" --help
for opt in -d -D -E -U -0 -s --help --version; do
    grep -Eq -- "(^|[ ,])$opt( |,|$)" "$work/out" || fail "--help does not document $opt"
done

expect_status 1 "$ferry" -D /nonexistent-dir/log /bin/true
expect_one_line "$work/err" '^ferry-user: -D /nonexistent-dir/log: No such file or directory'
finish
