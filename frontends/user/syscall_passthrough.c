/*
 * System calls that need nothing from ferry but address translation: their
 * arguments are values, paths, or guest buffers whose layout is the same on
 * arm64 and x86-64 (timespec, itimerspec, sigevent, siginfo, rusage,
 * sched_param, cap data, loff_t), so the host kernel can run them on the
 * guest's memory directly. One table says, for each, the host call number
 * and what each argument is; sys_passthrough checks and translates the
 * arguments by that description and makes the host call. This is qemu's
 * "safe" passthrough, written as data instead of a switch.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "frontends/user/guest_signal.h"
#include "frontends/user/syscall.h"

enum arg_kind {
    VALUE,       /* passed unchanged */
    PATH,        /* guest path, looked up as open does (sysroot first) */
    STRING,      /* guest NUL-terminated string (a name, not a path) */
    IN,          /* guest buffer of `size` bytes the kernel reads; NULL stays NULL */
    OUT,         /* ... the kernel writes */
    INOUT,       /* ... both */
    IN_SIZED,    /* guest buffer the kernel reads, its byte length in argument `size` */
    GUEST_RANGE, /* guest address range, its length in argument `size` */
};

struct arg {
    uint8_t kind;
    uint8_t size; /* bytes (IN, OUT, INOUT) or the index of the length argument */
};

struct passthrough {
    uint16_t nr;   /* arm64 number */
    long host_nr;  /* x86-64 number */
    struct arg args[6];
};

#define V {VALUE, 0}
#define P {PATH, 0}
#define S {STRING, 0}
#define I(n) {IN, n}
#define O(n) {OUT, n}
#define IO(n) {INOUT, n}

/* Sorted by arm64 number. Sizes: loff_t 8, itimerspec 32, timespec 16, sigevent 64, siginfo 128, rusage 144. */
static const struct passthrough table[] = {
    {26, SYS_inotify_init1, {V}},
    {27, SYS_inotify_add_watch, {V, P, V}},
    {28, SYS_inotify_rm_watch, {V, V}},
    {30, SYS_ioprio_set, {V, V, V}},
    {31, SYS_ioprio_get, {V, V}},
    {47, SYS_fallocate, {V, V, V, V}},
    {71, SYS_sendfile, {V, V, IO(8), V}},
    {76, SYS_splice, {V, IO(8), V, IO(8), V, V}},
    {77, SYS_tee, {V, V, V, V}},
    {84, SYS_sync_file_range, {V, V, V, V}},
    {85, SYS_timerfd_create, {V, V}},
    {86, SYS_timerfd_settime, {V, V, I(32), O(32)}},
    {87, SYS_timerfd_gettime, {V, O(32)}},
    {90, SYS_capget, {IO(8), O(24)}},
    {91, SYS_capset, {I(8), I(24)}},
    {92, SYS_personality, {V}},
    {95, SYS_waitid, {V, V, O(128), V, O(144)}},
    {108, SYS_timer_gettime, {V, O(32)}},
    {109, SYS_timer_getoverrun, {V}},
    {110, SYS_timer_settime, {V, V, I(32), O(32)}},
    {111, SYS_timer_delete, {V}},
    {118, SYS_sched_setparam, {V, I(4)}},
    {119, SYS_sched_setscheduler, {V, V, I(4)}},
    {120, SYS_sched_getscheduler, {V}},
    {121, SYS_sched_getparam, {V, O(4)}},
    {122, SYS_sched_setaffinity, {V, V, {IN_SIZED, 1}}},
    {125, SYS_sched_get_priority_max, {V}},
    {126, SYS_sched_get_priority_min, {V}},
    {127, SYS_sched_rr_get_interval, {V, O(16)}},
    {140, SYS_setpriority, {V, V, V}},
    {141, SYS_getpriority, {V, V}},
    {143, SYS_setregid, {V, V}},
    {144, SYS_setgid, {V}},
    {145, SYS_setreuid, {V, V}},
    {146, SYS_setuid, {V}},
    {147, SYS_setresuid, {V, V, V}},
    {149, SYS_setresgid, {V, V, V}},
    {151, SYS_setfsuid, {V}},
    {152, SYS_setfsgid, {V}},
    {213, SYS_readahead, {V, V, V}},
    {227, SYS_msync, {{GUEST_RANGE, 1}, V, V}},
    {228, SYS_mlock, {{GUEST_RANGE, 1}, V}},
    {229, SYS_munlock, {{GUEST_RANGE, 1}, V}},
    {230, SYS_mlockall, {V}},
    {231, SYS_munlockall, {V}},
    {267, SYS_syncfs, {V}},
    {279, SYS_memfd_create, {S, V}},
    {285, SYS_copy_file_range, {V, IO(8), V, IO(8), V, V}},
};

/* A kernel-half address: every host system call answers EFAULT for it. */
#define UNUSABLE_POINTER 0xffff800000000000ull

static const struct passthrough *find(uint64_t nr)
{
    size_t lo = 0, hi = sizeof(table) / sizeof(table[0]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (table[mid].nr == nr)
            return &table[mid];
        if (table[mid].nr < nr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* The host value of argument i, or a negative errno in *err. */
static long translate(struct user_process *p, const struct passthrough *t, const uint64_t *a,
                      unsigned i, char *text, int64_t *err)
{
    const struct arg *arg = &t->args[i];
    switch (arg->kind) {
    case PATH:
        *err = guest_path_lookup(p, a[i], text, PATH_MAX);
        return (long)text;
    case STRING:
        if (!guest_string(p, a[i], text, PATH_MAX))
            *err = guest_ptr(p, a[i], 1, USER_PROT_READ) ? -EINVAL : -EFAULT;
        return (long)text;
    case IN:
    case OUT:
    case INOUT:
    case IN_SIZED:
    case GUEST_RANGE: {
        if (!a[i] && arg->kind != GUEST_RANGE)
            return 0; /* optional pointers; the kernel answers EFAULT for required ones */
        uint64_t len = arg->kind == IN_SIZED || arg->kind == GUEST_RANGE ? a[arg->size] : arg->size;
        int prot = arg->kind == IN || arg->kind == IN_SIZED ? USER_PROT_READ
                   : arg->kind == OUT                       ? USER_PROT_WRITE
                                                            : USER_PROT_READ | USER_PROT_WRITE;
        if (arg->kind == GUEST_RANGE) {
            uint64_t start = a[i] & ~4095ull, end = (a[i] + len + 4095) & ~4095ull;
            if (end < start || !user_space_is_mapped(&p->space, start, end - start))
                *err = -ENOMEM;
            return (long)(p->space.host_base + a[i]);
        }
        void *host = guest_ptr(p, a[i], len ? len : 1, prot);
        /*
         * A bad guest pointer becomes one the host kernel refuses, so EFAULT
         * comes when and if the kernel would touch the buffer, after the
         * checks it makes first (waitid with no children is ECHILD).
         */
        return host ? (long)host : (long)UNUSABLE_POINTER;
    }
    default:
        return (long)a[i];
    }
}

/* The system call in x8 (the dispatcher's), by its row in the table above. */
int64_t sys_passthrough(struct user_process *p, const uint64_t *a)
{
    const struct passthrough *t = find(p->cpu.x[8]);
    if (!t)
        return -ENOSYS;
    static _Thread_local char text[6][PATH_MAX];
    long host[6];
    int64_t err = 0;
    for (unsigned i = 0; i < 6 && !err; i++)
        host[i] = translate(p, t, a, i, text[i], &err);
    if (err)
        return err;
    return syscall_result(syscall(t->host_nr, host[0], host[1], host[2], host[3], host[4], host[5]));
}

/*
 * timer_create: a host POSIX timer whose signal reaches the guest as any
 * other host signal does. Only signals ferry forwards can be asked for: the
 * real-time ones glibc uses internally (SIGEV_THREAD's SIGTIMER) are the
 * host glibc's own, so such a timer is refused rather than misdelivered.
 */
int64_t sys_timer_create(struct user_process *p, const uint64_t *a)
{
    enum { SIGEV_SIGNAL_ = 0, SIGEV_NONE_ = 1, SIGEV_THREAD_ID_ = 4 };
    uint8_t event[64]; /* value 8, signo 4, notify 4, then the thread id */
    int32_t signo, notify;
    if (a[1]) {
        if (copy_from_guest(p, event, a[1], sizeof(event)))
            return -EFAULT;
        memcpy(&signo, event + 8, 4);
        memcpy(&notify, event + 12, 4);
        if (notify != SIGEV_NONE_ && notify != SIGEV_SIGNAL_ && notify != SIGEV_THREAD_ID_)
            return -EINVAL;
        if (notify != SIGEV_NONE_ && !signal_is_forwarded(signo))
            return -EINVAL;
    }
    int timer;
    if (!guest_ptr(p, a[2], sizeof(timer), USER_PROT_WRITE))
        return -EFAULT;
    /* No event: SIGALRM with the timer's id as its value, as the kernel does it. */
    if (syscall(SYS_timer_create, (long)a[0], a[1] ? event : 0, &timer) < 0)
        return -errno;
    return copy_to_guest(p, a[2], &timer, sizeof(timer));
}
