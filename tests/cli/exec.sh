# fork, execve and wait4: an arm64 program that execs an arm64 program (itself,
# through /proc/self/exe) lands back in ferry-user; a script runs under its #!
# interpreter; a missing file is -ENOENT. Expected output written from the
# programs' own logic (qemu-aarch64 cannot exec arm64 binaries without binfmt_misc).
. "$(dirname "$0")/lib/common.sh"

build_guest execer <<'SRC'
#include "ferry_test.h"

static void exec_and_wait(const char *path, char *const argv[], char *const envp[])
{
    long pid = ft_syscall(220, 17 /* SIGCHLD: fork */, 0, 0, 0, 0, 0);
    if (pid == 0) {
        long r = ft_syscall(221, (long)path, (long)argv, (long)envp, 0, 0, 0);
        ft_puts("exec failed: ");
        ft_put_dec(r);
        ft_puts("\n");
        ft_exit(99);
    }
    int status = 0;
    ft_syscall(260, pid, (long)&status, 0, 0, 0, 0);
    ft_puts("child exit status ");
    ft_put_dec((status >> 8) & 0xff);
    ft_puts("\n");
}

int test_main(void)
{
    if (ft_argc > 1) {
        ft_puts("child: argv0=");
        ft_puts(ft_argv[0]);
        ft_puts(" argv1=");
        ft_puts(ft_argv[1]);
        ft_puts(" FOO=");
        const char *foo = ft_getenv("FOO");
        ft_puts(foo ? foo : "(unset)");
        ft_puts("\n");
        return 3;
    }
    char *child_argv[] = {"renamed", "child", 0};
    char *child_env[] = {"FOO=bar", 0};
    exec_and_wait("/proc/self/exe", child_argv, child_env);
    char *script_argv[] = {ft_getenv("SCRIPT"), "one", 0};
    exec_and_wait(ft_getenv("SCRIPT"), script_argv, child_env);
    char *none_argv[] = {"none", 0};
    long r = ft_syscall(221, (long)"/nonexistent/program", (long)none_argv, (long)child_env, 0, 0, 0);
    ft_puts("missing: ");
    ft_put_dec(r);
    ft_puts("\n");
    return 0;
}
SRC

printf '#!/bin/sh\necho "script: $1 FOO=$FOO"\nexit 4\n' >"$work/script.sh"
chmod +x "$work/script.sh"
SCRIPT="$work/script.sh" expect_status 0 "$ferry" "$work/execer"
cat >"$work/want" <<'WANT'
child: argv0=renamed argv1=child FOO=bar
child exit status 3
script: one FOO=bar
child exit status 4
missing: -2
WANT
cmp -s "$work/want" "$work/out" || fail "exec output: $(cat "$work/out") (stderr: $(cat "$work/err"))"
finish
