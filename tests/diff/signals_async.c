/*
 * Differential test: signals that arrive from outside the program's own
 * code: SIGALRM from an interval timer interrupting a sleep (EINTR), a
 * blocking read restarted because the handler has SA_RESTART, SIGCHLD when
 * a child exits, rt_sigsuspend (its temporary mask, EINTR even under
 * SA_RESTART, the old mask saved in the handler's frame and back after it),
 * a sleep that SA_RESTART does not restart, rt_sigtimedwait (a blocked
 * self-sent signal, a blocked ignored one, SIGCHLD with its default action,
 * a timeout, and EINTR from a handled signal outside the set), and an
 * ignored signal that
 * interrupts nothing. Timers are
 * short and sleeps long, so the outcome does not depend on scheduling.
 */
#include "ferry_test.h"

enum {
    SYS_pipe2 = 59, SYS_read = 63, SYS_write = 64, SYS_nanosleep = 101, SYS_setitimer = 103,
    SYS_rt_sigaction = 134, SYS_rt_sigprocmask = 135, SYS_rt_sigsuspend = 133, SYS_rt_sigtimedwait = 137, SYS_kill = 129, SYS_getpid = 172,
    SIGUSR1_ = 10, SYS_clone = 220,
    SYS_wait4 = 260, SIGUSR2_ = 12, SIGALRM_ = 14, SIG_BLOCK_ = 0, SIG_SETMASK_ = 2, SIGCHLD_ = 17, SA_SIGINFO_ = 4, SA_RESTART_ = 0x10000000,
};

#define SYS(n, a, b, c, d) ft_syscall(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

struct kernel_sigaction {
    uint64_t handler, flags, restorer, mask;
};

struct siginfo_view {
    int32_t signo, errno_, code, pad;
    int32_t pid, uid, status;
};

static volatile int alarms, chld_code, chld_pid, chld_status;
static int pipe_w;

static void on_alarm(int sig, struct siginfo_view *info, void *uc)
{
    (void)sig;
    (void)info;
    (void)uc;
    alarms++;
    if (pipe_w)
        SYS(SYS_write, pipe_w, "!", 1, 0);
}

/* What a handler saw: the mask saved in its frame (uc_sigmask) and the mask it runs with. */
static volatile uint64_t frame_mask, handler_mask;

static void on_alarm_masks(int sig, struct siginfo_view *info, void *uc)
{
    on_alarm(sig, info, uc);
    frame_mask = *(uint64_t *)((char *)uc + 40); /* uc_flags, uc_link, uc_stack, then uc_sigmask */
    uint64_t now = 0;
    SYS(SYS_rt_sigprocmask, SIG_BLOCK_, 0, &now, 8);
    handler_mask = now;
}

static void on_child(int sig, struct siginfo_view *info, void *uc)
{
    (void)sig;
    (void)uc;
    chld_code = info->code;
    chld_pid = info->pid;
    chld_status = info->status;
}

static void install(int sig, void (*fn)(int, struct siginfo_view *, void *), uint64_t flags)
{
    struct kernel_sigaction act = {(uint64_t)fn, SA_SIGINFO_ | flags, 0, 0};
    SYS(SYS_rt_sigaction, sig, &act, 0, 8);
}

static void one_shot_timer(long usec)
{
    int64_t it[4] = {0, 0, 0, usec}; /* it_interval = 0, it_value = {0 s, usec} */
    SYS(SYS_setitimer, 0 /* ITIMER_REAL */, it, 0, 0);
}

int test_main(void)
{
    int64_t sleep_long[2] = {2, 0}, remaining[2] = {0, 0};

    install(SIGALRM_, on_alarm, 0);
    one_shot_timer(20000);
    long r = SYS(SYS_nanosleep, sleep_long, remaining, 0, 0);
    check3("sleep interrupted", (uint64_t)r, (uint64_t)alarms, remaining[0] <= 2);

    /* Without SA_RESTART a blocking read fails with EINTR... */
    int fds[2];
    SYS(SYS_pipe2, fds, 0, 0, 0);
    pipe_w = fds[1];
    one_shot_timer(20000);
    char c = 0;
    r = SYS(SYS_read, fds[0], &c, 1, 0);
    check2("read without SA_RESTART", (uint64_t)r, (uint64_t)alarms);
    SYS(SYS_read, fds[0], &c, 1, 0); /* drain the handler's byte */

    /* ...with SA_RESTART it runs again and sees the byte the handler wrote. */
    install(SIGALRM_, on_alarm, SA_RESTART_);
    one_shot_timer(20000);
    c = 0;
    r = SYS(SYS_read, fds[0], &c, 1, 0);
    check3("read with SA_RESTART", (uint64_t)r, (uint64_t)c, (uint64_t)alarms);

    /* SIGCHLD with the child's pid and exit status. */
    install(SIGCHLD_, on_child, 0);
    long pid = SYS(SYS_clone, SIGCHLD_, 0, 0, 0);
    if (pid == 0) {
        /* give the parent time to be inside its sleep, however loaded the machine */
        int64_t pause[2] = {0, 100000000};
        SYS(SYS_nanosleep, pause, 0, 0, 0);
        ft_exit(5);
    }
    r = SYS(SYS_nanosleep, sleep_long, 0, 0, 0);
    int status = 0;
    SYS(SYS_wait4, pid, &status, 0, 0);
    check3("sigchld", (uint64_t)chld_code, chld_pid == pid, (uint64_t)chld_status);
    check2("sleep cut by sigchld", (uint64_t)r, (uint64_t)(status >> 8));

    /* rt_sigsuspend: waits with its mask, EINTR even with SA_RESTART, the old mask comes back. */
    install(SIGALRM_, on_alarm_masks, SA_RESTART_);
    uint64_t blocked = 1u << (SIGALRM_ - 1) | 1u << (SIGUSR2_ - 1), only_usr2 = 1u << (SIGUSR2_ - 1);
    uint64_t after = 0;
    SYS(SYS_rt_sigprocmask, SIG_SETMASK_, &blocked, 0, 8);
    one_shot_timer(20000);
    r = SYS(SYS_rt_sigsuspend, &only_usr2, 8, 0, 0);
    SYS(SYS_rt_sigprocmask, SIG_SETMASK_, 0, &after, 8);
    check3("sigsuspend", (uint64_t)r, (uint64_t)alarms, after);
    check2("sigsuspend handler masks", frame_mask, handler_mask);
    /* A sleep interrupted by a handler is not restarted, SA_RESTART or not. */
    uint64_t none = 0;
    SYS(SYS_rt_sigprocmask, SIG_SETMASK_, &none, 0, 8);
    one_shot_timer(20000);
    check2("sleep with SA_RESTART", (uint64_t)SYS(SYS_nanosleep, sleep_long, 0, 0, 0), (uint64_t)alarms);

    /* rt_sigtimedwait takes blocked signals, whatever their action. */
    uint64_t wait_set = 1u << (SIGUSR1_ - 1) | 1u << (SIGUSR2_ - 1) | 1u << (SIGCHLD_ - 1);
    SYS(SYS_rt_sigprocmask, SIG_SETMASK_, &wait_set, 0, 8);
    struct kernel_sigaction dfl = {0, 0, 0, 0}, ign = {1, 0, 0, 0};
    SYS(SYS_rt_sigaction, SIGCHLD_, &dfl, 0, 8);
    SYS(SYS_rt_sigaction, SIGUSR2_, &ign, 0, 8);
    long self = SYS(SYS_getpid, 0, 0, 0, 0);
    SYS(SYS_kill, self, SIGUSR1_, 0, 0);
    SYS(SYS_kill, self, SIGUSR2_, 0, 0);
    union {
        struct siginfo_view view;
        uint8_t whole[128]; /* the kernel writes all of a siginfo */
    } info;
    int64_t no_wait[2] = {0, 0}, short_wait[2] = {0, 30000000}, long_wait[2] = {3, 0};
    r = SYS(SYS_rt_sigtimedwait, &wait_set, &info, no_wait, 8);
    check3("sigtimedwait usr1", (uint64_t)r, (uint64_t)info.view.code, info.view.pid == self);
    r = SYS(SYS_rt_sigtimedwait, &wait_set, &info, no_wait, 8);
    check2("sigtimedwait ignored usr2", (uint64_t)r, (uint64_t)info.view.signo);
    check1("sigtimedwait nothing", (uint64_t)SYS(SYS_rt_sigtimedwait, &wait_set, &info, short_wait, 8));
    pid = SYS(SYS_clone, SIGCHLD_, 0, 0, 0);
    if (pid == 0)
        ft_exit(9);
    r = SYS(SYS_rt_sigtimedwait, &wait_set, &info, long_wait, 8);
    check3("sigtimedwait sigchld", (uint64_t)r, (uint64_t)info.view.code, (uint64_t)info.view.status);
    SYS(SYS_wait4, pid, &status, 0, 0);
    one_shot_timer(20000); /* SIGALRM has a handler and is not in the set */
    check1("sigtimedwait interrupted", (uint64_t)SYS(SYS_rt_sigtimedwait, &wait_set, &info, long_wait, 8));
    check1("sigtimedwait efault", (uint64_t)SYS(SYS_rt_sigtimedwait, 16, &info, no_wait, 8));
    check1("sigtimedwait einval", (uint64_t)SYS(SYS_rt_sigtimedwait, &wait_set, &info, no_wait, 4));
    SYS(SYS_rt_sigprocmask, SIG_SETMASK_, &none, 0, 8);

    /* An ignored signal interrupts nothing. */
    struct kernel_sigaction ignore = {1 /* SIG_IGN */, 0, 0, 0};
    SYS(SYS_rt_sigaction, SIGALRM_, &ignore, 0, 8);
    int64_t sleep_short[2] = {0, 100000000};
    one_shot_timer(20000);
    check1("ignored alarm", (uint64_t)SYS(SYS_nanosleep, sleep_short, 0, 0, 0));
    return 0;
}
