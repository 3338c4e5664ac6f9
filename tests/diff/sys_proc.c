/*
 * Differential test: process, signal-bookkeeping, limit and futex system
 * calls against qemu-aarch64. Identities (uids, pids) are compared with
 * each other, never printed. The program ends by sending itself SIGTERM
 * with the default action, so the exit status compared is the death by
 * that signal (143 as the shell reports it).
 */
#include "ferry_test.h"

enum {
    SYS_futex = 98, SYS_clock_nanosleep = 115, SYS_sched_getaffinity = 123,
    SYS_sched_yield = 124, SYS_kill = 129, SYS_tgkill = 131, SYS_sigaltstack = 132,
    SYS_rt_sigaction = 134, SYS_rt_sigprocmask = 135, SYS_rt_sigpending = 136,
    SYS_getresuid = 148, SYS_times = 153, SYS_getrlimit = 163, SYS_setrlimit = 164,
    SYS_getrusage = 165, SYS_umask = 166, SYS_prctl = 167, SYS_getpid = 172, SYS_getuid = 174,
    SYS_geteuid = 175, SYS_getgid = 176, SYS_getegid = 177, SYS_sysinfo = 179,
    SYS_prlimit64 = 261,
};

static long sys(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
    return ft_syscall(nr, a0, a1, a2, a3, a4, a5);
}

static void show(const char *name, long v)
{
    ft_puts(name);
    ft_puts("=");
    ft_put_dec(v);
    ft_puts("\n");
}

static void test_identity(void)
{
    uint32_t r = 1, e = 1, s = 1;
    show("getresuid", sys(SYS_getresuid, (long)&r, (long)&e, (long)&s, 0, 0, 0));
    show("uid-matches", sys(SYS_getuid, 0, 0, 0, 0, 0, 0) == (long)r);
    show("euid-matches", sys(SYS_geteuid, 0, 0, 0, 0, 0, 0) == (long)e);
    show("gid-nonnegative", sys(SYS_getgid, 0, 0, 0, 0, 0, 0) >= 0);
    show("egid-nonnegative", sys(SYS_getegid, 0, 0, 0, 0, 0, 0) >= 0);
    show("getresuid-efault", sys(SYS_getresuid, 16, (long)&e, (long)&s, 0, 0, 0));
}

static void test_signals(void)
{
    /* arm64 struct sigaction: handler, flags, restorer, mask. */
    uint64_t act[4] = {0x400100, 0x04000000 /* SA_RESTORER */, 0x400200, 1ull << 1};
    uint64_t old[4] = {9, 9, 9, 9};
    show("sigaction-set", sys(SYS_rt_sigaction, 10, (long)act, (long)old, 8, 0, 0));
    show("sigaction-old-default", old[0] == 0 && old[1] == 0 && old[3] == 0);
    show("sigaction-get", sys(SYS_rt_sigaction, 10, 0, (long)old, 8, 0, 0));
    show("sigaction-roundtrip", old[0] == act[0] && old[2] == act[2] && old[3] == act[3]);
    show("sigaction-flags", (long)old[1]);
    show("sigaction-kill", sys(SYS_rt_sigaction, 9, (long)act, 0, 8, 0, 0));
    show("sigaction-badsize", sys(SYS_rt_sigaction, 10, (long)act, 0, 4, 0, 0));
    show("sigaction-badsig", sys(SYS_rt_sigaction, 65, 0, (long)old, 8, 0, 0));
    show("sigaction-efault", sys(SYS_rt_sigaction, 10, 16, 0, 8, 0, 0));
    uint64_t ign[4] = {1 /* SIG_IGN */, 0, 0, 0};
    show("sigaction-ignore-usr2", sys(SYS_rt_sigaction, 12, (long)ign, 0, 8, 0, 0));

    uint64_t set = (1ull << (10 - 1)) | (1ull << (9 - 1)), prev = 5;
    show("sigprocmask-block", sys(SYS_rt_sigprocmask, 0 /* SIG_BLOCK */, (long)&set, (long)&prev, 8, 0, 0));
    show("sigprocmask-prev", (long)prev);
    show("sigprocmask-get", sys(SYS_rt_sigprocmask, 0, 0, (long)&prev, 8, 0, 0));
    show("sigprocmask-mask", (long)prev); /* SIGKILL cannot be blocked */
    show("sigprocmask-badhow", sys(SYS_rt_sigprocmask, 7, (long)&set, 0, 8, 0, 0));
    /* A blocked signal sent to ourselves waits. */
    long pid = sys(SYS_getpid, 0, 0, 0, 0, 0, 0);
    show("tgkill-blocked", sys(SYS_tgkill, pid, pid, 10, 0, 0, 0));
    uint64_t pending = 0;
    show("sigpending", sys(SYS_rt_sigpending, (long)&pending, 8, 0, 0, 0, 0));
    show("pending-usr1", (long)pending);
    /* An ignored signal does nothing; signal 0 only checks. */
    show("kill-ignored", sys(SYS_kill, pid, 12, 0, 0, 0, 0));
    show("kill-zero", sys(SYS_kill, pid, 0, 0, 0, 0, 0));
    show("kill-badsig", sys(SYS_kill, pid, 99, 0, 0, 0, 0));

    /* arm64 stack_t: sp, flags (int), size. */
    uint64_t ss[3] = {0x12340000, 0, 16384}, oss[3] = {7, 7, 7};
    show("sigaltstack-query", sys(SYS_sigaltstack, 0, (long)oss, 0, 0, 0, 0));
    show("sigaltstack-disabled", (long)(oss[1] & 0xffffffff));
    show("sigaltstack-set", sys(SYS_sigaltstack, (long)ss, 0, 0, 0, 0, 0));
    show("sigaltstack-get", sys(SYS_sigaltstack, 0, (long)oss, 0, 0, 0, 0));
    show("sigaltstack-back", oss[0] == ss[0] && oss[2] == ss[2] && (oss[1] & 0xffffffff) == 0);
    ss[2] = 1024;
    show("sigaltstack-small", sys(SYS_sigaltstack, (long)ss, 0, 0, 0, 0, 0));
    ss[1] = 2; /* SS_DISABLE */
    show("sigaltstack-disable", sys(SYS_sigaltstack, (long)ss, 0, 0, 0, 0, 0));
}

static void test_limits(void)
{
    uint64_t lim[2], lim2[2];
    show("getrlimit-stack", sys(SYS_getrlimit, 3 /* RLIMIT_STACK */, (long)lim, 0, 0, 0, 0));
    show("prlimit64-stack", sys(SYS_prlimit64, 0, 3, 0, (long)lim2, 0, 0));
    show("prlimit-matches", lim[0] == lim2[0] && lim[1] == lim2[1]);
    uint64_t core[2] = {0, 0};
    show("setrlimit-core", sys(SYS_setrlimit, 4 /* RLIMIT_CORE */, (long)core, 0, 0, 0, 0));
    show("getrlimit-core", sys(SYS_getrlimit, 4, (long)lim, 0, 0, 0, 0));
    show("core-now", (long)lim[0]);
    show("getrlimit-bad", sys(SYS_getrlimit, 999, (long)lim, 0, 0, 0, 0));
    show("getrlimit-efault", sys(SYS_getrlimit, 3, 16, 0, 0, 0, 0));
    sys(SYS_umask, 022, 0, 0, 0, 0, 0);
    show("umask", sys(SYS_umask, 077, 0, 0, 0, 0, 0));
    show("umask-again", sys(SYS_umask, 022, 0, 0, 0, 0, 0));
    uint64_t tms[4];
    show("times-ok", sys(SYS_times, (long)tms, 0, 0, 0, 0, 0) != -14);
    static uint64_t ru[18];
    show("getrusage", sys(SYS_getrusage, 0, (long)ru, 0, 0, 0, 0));
    show("getrusage-bad", sys(SYS_getrusage, 7, (long)ru, 0, 0, 0, 0));
    static uint64_t info[14];
    show("sysinfo", sys(SYS_sysinfo, (long)info, 0, 0, 0, 0, 0));
    show("sysinfo-has-ram", info[4] > 0); /* totalram */
    show("sched_yield", sys(SYS_sched_yield, 0, 0, 0, 0, 0, 0));
    uint64_t mask[16];
    long n = sys(SYS_sched_getaffinity, 0, sizeof(mask), (long)mask, 0, 0, 0);
    show("sched_getaffinity-some-cpu", n > 0 && (mask[0] & 0xff) != 0);
    /* (set_robust_list is left to the unit tests: qemu 7.2 answers ENOSYS, Linux 0.) */
}

static void test_prctl(void)
{
    static char name[16];
    show("prctl-set-name", sys(SYS_prctl, 15 /* PR_SET_NAME */, (long)"ferry-guest-name-too-long", 0, 0, 0, 0));
    show("prctl-get-name", sys(SYS_prctl, 16 /* PR_GET_NAME */, (long)name, 0, 0, 0, 0));
    ft_puts(name);
    ft_puts("\n");
    show("prctl-get-name-efault", sys(SYS_prctl, 16, 16, 0, 0, 0, 0));
    show("prctl-dumpable", sys(SYS_prctl, 3 /* PR_GET_DUMPABLE */, 0, 0, 0, 0, 0) >= 0);
}

static void test_futex(void)
{
    static uint32_t word = 5, word2 = 10;
    show("futex-wait-changed", sys(SYS_futex, (long)&word, 128 /* WAIT|PRIVATE */, 6, 0, 0, 0));
    int64_t ts[2] = {0, 1000000};
    show("futex-wait-timeout", sys(SYS_futex, (long)&word, 128, 5, (long)ts, 0, 0));
    show("futex-wake", sys(SYS_futex, (long)&word, 129 /* WAKE|PRIVATE */, 1, 0, 0, 0));
    show("futex-misaligned", sys(SYS_futex, (long)&word + 1, 129, 1, 0, 0, 0));
    /* WAKE_OP: *uaddr2 += 3, wake nobody. */
    show("futex-wake-op", sys(SYS_futex, (long)&word, 5 | 128, 1, 1, (long)&word2, (1l << 28) | (3 << 12)));
    show("futex-wake-op-word", word2);
    int64_t rel[2] = {0, 500000};
    show("clock_nanosleep", sys(SYS_clock_nanosleep, 1, 0, (long)rel, 0, 0, 0));
    show("clock_nanosleep-bad", sys(SYS_clock_nanosleep, 1, 0, 16, 0, 0, 0));
}

int test_main(void)
{
    test_identity();
    test_signals();
    test_limits();
    test_prctl();
    test_futex();
    show("unknown-syscall", sys(4000, 0, 0, 0, 0, 0, 0));
    /* Unblocking the pending SIGUSR1 (default action: terminate) ends the program. */
    uint64_t usr1 = 1ull << (10 - 1);
    sys(SYS_rt_sigaction, 10, (long)(uint64_t[4]){0, 0, 0, 0}, 0, 8, 0, 0);
    sys(SYS_rt_sigprocmask, 1 /* SIG_UNBLOCK */, (long)&usr1, 0, 8, 0, 0);
    show("not-reached", 1);
    return 0;
}
