/*
 * Process, identity, time, signal-bookkeeping and miscellaneous system
 * calls.
 *
 * Signals are guest_signal.c's.
 *
 * Threads, futex and clone are threads.c's.
 */
#include <errno.h>
#include <linux/futex.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "frontends/user/syscall.h"

#define NGROUPS_MAX_HOST 65536

/* exit, exit_group, set_tid_address, gettid, futex and clone: threads.c. */

int64_t sys_set_robust_list(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return a[1] == 24 ? 0 : -EINVAL; /* sizeof(struct robust_list_head) on arm64 */
}

/* ---- time ---- */

int64_t sys_nanosleep(struct user_process *p, const uint64_t *a)
{
    p->eintr_is_final = true; /* interrupted by a handler: EINTR even with SA_RESTART */
    struct timespec req, rem;
    if (copy_from_guest(p, &req, a[0], sizeof(req)))
        return -EFAULT;
    if (nanosleep(&req, &rem) != 0) {
        int err = errno;
        if (a[1])
            copy_to_guest(p, a[1], &rem, sizeof(rem));
        return -err;
    }
    return 0;
}

int64_t sys_clock_nanosleep(struct user_process *p, const uint64_t *a)
{
    p->eintr_is_final = true; /* interrupted by a handler: EINTR even with SA_RESTART */
    struct timespec req, rem;
    if (copy_from_guest(p, &req, a[2], sizeof(req)))
        return -EFAULT;
    int err = clock_nanosleep((clockid_t)a[0], (int)a[1], &req, &rem);
    if (err && a[3])
        copy_to_guest(p, a[3], &rem, sizeof(rem));
    return -err;
}

int64_t sys_clock_gettime(struct user_process *p, const uint64_t *a)
{
    struct timespec ts;
    if (clock_gettime((clockid_t)a[0], &ts) != 0)
        return -errno;
    return copy_to_guest(p, a[1], &ts, sizeof(ts));
}

int64_t sys_clock_getres(struct user_process *p, const uint64_t *a)
{
    struct timespec ts;
    if (clock_getres((clockid_t)a[0], &ts) != 0)
        return -errno;
    return a[1] ? copy_to_guest(p, a[1], &ts, sizeof(ts)) : 0;
}

int64_t sys_gettimeofday(struct user_process *p, const uint64_t *a)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t tv[2] = {ts.tv_sec, ts.tv_nsec / 1000};
    if (a[0] && copy_to_guest(p, a[0], tv, sizeof(tv)))
        return -EFAULT;
    if (a[1]) {
        int32_t tz[2] = {0, 0};
        if (copy_to_guest(p, a[1], tz, sizeof(tz)))
            return -EFAULT;
    }
    return 0;
}

int64_t sys_times(struct user_process *p, const uint64_t *a)
{
    struct tms t;
    clock_t now = times(&t);
    if (a[0] && copy_to_guest(p, a[0], &t, sizeof(t)))
        return -EFAULT;
    return (int64_t)now;
}

/* struct itimerval is two timevals on both ABIs: 32 bytes passed through. */
int64_t sys_getitimer(struct user_process *p, const uint64_t *a)
{
    struct itimerval v;
    if (getitimer((int)a[0], &v) != 0)
        return -errno;
    return copy_to_guest(p, a[1], &v, sizeof(v));
}

int64_t sys_setitimer(struct user_process *p, const uint64_t *a)
{
    struct itimerval v, old;
    if (copy_from_guest(p, &v, a[1], sizeof(v)))
        return -EFAULT;
    if (setitimer((int)a[0], &v, &old) != 0)
        return -errno;
    return a[2] ? copy_to_guest(p, a[2], &old, sizeof(old)) : 0;
}

/* ---- identity ---- */

int64_t sys_uname(struct user_process *p, const uint64_t *a)
{
    struct utsname u;
    if (uname(&u) != 0)
        return -errno;
    strncpy(u.machine, "aarch64", sizeof(u.machine));
    return copy_to_guest(p, a[0], &u, sizeof(u));
}

int64_t sys_getpid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    return getpid();
}

int64_t sys_getppid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    return getppid();
}

int64_t sys_getuid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    return getuid();
}

int64_t sys_geteuid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    return geteuid();
}

int64_t sys_getgid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    return getgid();
}

int64_t sys_getegid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    return getegid();
}

int64_t sys_getgroups(struct user_process *p, const uint64_t *a)
{
    int size = (int)a[0];
    if (size < 0)
        return -EINVAL;
    gid_t groups[NGROUPS_MAX_HOST];
    int n = getgroups(0, groups);
    if (n < 0)
        return -errno;
    if (n > NGROUPS_MAX_HOST)
        return -ENOMEM;
    n = getgroups(n, groups);
    if (n < 0)
        return -errno;
    if (size == 0)
        return n;
    if (size < n)
        return -EINVAL;
    /* gid_t is 32 bits on both ABIs. */
    int64_t err = copy_to_guest(p, a[1], groups, (size_t)n * sizeof(gid_t));
    return err ? err : n;
}

static int64_t put_three_ids(struct user_process *p, const uint64_t *a, const unsigned ids[3])
{
    for (int i = 0; i < 3; i++) {
        uint32_t v = ids[i];
        if (copy_to_guest(p, a[i], &v, 4))
            return -EFAULT;
    }
    return 0;
}

int64_t sys_getresuid(struct user_process *p, const uint64_t *a)
{
    uid_t r, e, s;
    getresuid(&r, &e, &s);
    return put_three_ids(p, a, (const unsigned[3]){r, e, s});
}

int64_t sys_getresgid(struct user_process *p, const uint64_t *a)
{
    gid_t r, e, s;
    getresgid(&r, &e, &s);
    return put_three_ids(p, a, (const unsigned[3]){r, e, s});
}

int64_t sys_getpgid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(getpgid((pid_t)a[0]));
}

int64_t sys_setpgid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(setpgid((pid_t)a[0], (pid_t)a[1]));
}

int64_t sys_getsid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(getsid((pid_t)a[0]));
}

int64_t sys_setsid(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    return syscall_result(setsid());
}

/* Signal system calls live in guest_signal.c. */

/* ---- limits and accounting (same layouts on both 64-bit ABIs) ---- */

int64_t sys_prlimit64(struct user_process *p, const uint64_t *a)
{
    struct rlimit nl, ol;
    if (a[2] && copy_from_guest(p, &nl, a[2], sizeof(nl)))
        return -EFAULT;
    if (prlimit((pid_t)a[0], (int)a[1], a[2] ? &nl : 0, &ol) != 0)
        return -errno;
    return a[3] ? copy_to_guest(p, a[3], &ol, sizeof(ol)) : 0;
}

int64_t sys_getrlimit(struct user_process *p, const uint64_t *a)
{
    struct rlimit rl;
    if (getrlimit((int)a[0], &rl) != 0)
        return -errno;
    return copy_to_guest(p, a[1], &rl, sizeof(rl));
}

int64_t sys_setrlimit(struct user_process *p, const uint64_t *a)
{
    struct rlimit rl;
    if (copy_from_guest(p, &rl, a[1], sizeof(rl)))
        return -EFAULT;
    return syscall_result(setrlimit((int)a[0], &rl));
}

int64_t sys_getrusage(struct user_process *p, const uint64_t *a)
{
    struct rusage ru;
    if (getrusage((int)a[0], &ru) != 0)
        return -errno;
    return copy_to_guest(p, a[1], &ru, sizeof(ru));
}

int64_t sys_umask(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return umask((mode_t)a[0]);
}

#ifndef PR_SVE_GET_VL
#define PR_SVE_SET_VL 50
#define PR_SVE_GET_VL 51
#endif
#ifndef PR_PAC_RESET_KEYS
#define PR_PAC_RESET_KEYS 54
#endif
#ifndef PR_SET_TAGGED_ADDR_CTRL
#define PR_SET_TAGGED_ADDR_CTRL 55
#define PR_GET_TAGGED_ADDR_CTRL 56
#endif
#ifndef PR_SME_SET_VL
#define PR_SME_SET_VL 63
#define PR_SME_GET_VL 64
#endif

int64_t sys_prctl(struct user_process *p, const uint64_t *a)
{
    char name[16];
    int option = (int)a[0];
    switch (option) {
    case PR_SET_NAME:
        if (!guest_string(p, a[1], name, sizeof(name))) {
            if (copy_from_guest(p, name, a[1], sizeof(name) - 1))
                return -EFAULT;
            name[sizeof(name) - 1] = 0;
        }
        return syscall_result(prctl(PR_SET_NAME, name));
    case PR_GET_NAME:
        if (prctl(PR_GET_NAME, name) != 0)
            return -errno;
        return copy_to_guest(p, a[1], name, sizeof(name));
    /* Process attributes the host kernel keeps for us, with plain integer arguments. */
    case PR_GET_DUMPABLE:
    case PR_SET_DUMPABLE:
    case PR_SET_PDEATHSIG:
    case PR_GET_NO_NEW_PRIVS:
    case PR_SET_NO_NEW_PRIVS:
    case PR_GET_CHILD_SUBREAPER:
    case PR_SET_CHILD_SUBREAPER:
    case PR_GET_KEEPCAPS:
    case PR_SET_KEEPCAPS:
    case PR_GET_TIMERSLACK:
    case PR_SET_TIMERSLACK:
        if (option == PR_GET_CHILD_SUBREAPER) {
            int v;
            if (prctl(option, &v) != 0)
                return -errno;
            return copy_to_guest(p, a[1], &v, sizeof(v));
        }
        return syscall_result(prctl(option, a[1], a[2], a[3], a[4]));
    case PR_GET_PDEATHSIG: {
        int v;
        if (prctl(option, &v) != 0)
            return -errno;
        return copy_to_guest(p, a[1], &v, sizeof(v));
    }
    /* arm64 features ferry's CPU does not have: Linux on such a CPU says EINVAL. */
    case PR_SVE_SET_VL:
    case PR_SVE_GET_VL:
    case PR_SME_SET_VL:
    case PR_SME_GET_VL:
    case PR_PAC_RESET_KEYS:
    case PR_SET_TAGGED_ADDR_CTRL:
    case PR_GET_TAGGED_ADDR_CTRL:
        return -EINVAL;
    default:
        if (p->cpu.trace_flags & TRACE_UNIMP)
            fprintf(p->cpu.log, "Unsupported prctl option %d\n", option);
        return -EINVAL;
    }
}

int64_t sys_sysinfo(struct user_process *p, const uint64_t *a)
{
    struct sysinfo info;
    if (sysinfo(&info) != 0)
        return -errno;
    return copy_to_guest(p, a[0], &info, sizeof(info));
}

int64_t sys_getrandom(struct user_process *p, const uint64_t *a)
{
    uint64_t len = guest_prefix(p, a[0], a[1], USER_PROT_WRITE);
    if (len == 0 && a[1])
        return -EFAULT;
    return syscall_result(getrandom(guest_ptr(p, a[0], len, USER_PROT_WRITE), len, (unsigned)a[2]));
}

int64_t sys_sched_getaffinity(struct user_process *p, const uint64_t *a)
{
    /* One emulated CPU. */
    uint64_t mask = 1;
    if (a[1] < sizeof(mask))
        return -EINVAL;
    if (copy_to_guest(p, a[2], &mask, sizeof(mask)))
        return -EFAULT;
    return sizeof(mask);
}

int64_t sys_sched_yield(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    return sched_yield();
}

int64_t sys_getcpu(struct user_process *p, const uint64_t *a)
{
    uint32_t zero = 0;
    if (a[0] && copy_to_guest(p, a[0], &zero, 4))
        return -EFAULT;
    if (a[1] && copy_to_guest(p, a[1], &zero, 4))
        return -EFAULT;
    return 0;
}

/* ---- processes ---- */

int64_t sys_wait4(struct user_process *p, const uint64_t *a)
{
    int status = 0;
    struct rusage ru;
    pid_t r = wait4((pid_t)a[0], &status, (int)a[2], a[3] ? &ru : 0);
    if (r < 0)
        return -errno;
    if (a[1] && copy_to_guest(p, a[1], &status, 4))
        return -EFAULT;
    if (a[3] && copy_to_guest(p, a[3], &ru, sizeof(ru)))
        return -EFAULT;
    return r;
}
