/*
 * Differential test: system calls the host runs on guest memory as it is
 * (frontends/user/syscall_passthrough.c): timerfd, inotify, sendfile,
 * copy_file_range, splice, tee, fallocate, memfd_create, sched_* queries,
 * get/setpriority, waitid, POSIX timers delivering SIGALRM, msync/mlock,
 * personality and capget, each with a bad pointer or bad argument as well.
 * Files live in a fresh /tmp directory named after the pid (never printed).
 */
#include "ferry_test.h"

enum {
    SYS_inotify_init1 = 26, SYS_inotify_add_watch = 27, SYS_inotify_rm_watch = 28,
    SYS_mkdirat = 34, SYS_unlinkat = 35, SYS_fallocate = 47, SYS_pipe2 = 59, SYS_lseek = 62,
    SYS_sendfile = 71, SYS_splice = 76, SYS_tee = 77, SYS_newfstatat = 79,
    SYS_timerfd_create = 85, SYS_timerfd_settime = 86, SYS_timerfd_gettime = 87, SYS_capget = 90,
    SYS_personality = 92, SYS_waitid = 95, SYS_nanosleep = 101, SYS_timer_create = 107,
    SYS_timer_gettime = 108, SYS_timer_getoverrun = 109, SYS_timer_settime = 110,
    SYS_timer_delete = 111, SYS_sched_getscheduler = 120, SYS_sched_getparam = 121,
    SYS_sched_get_priority_max = 125, SYS_sched_get_priority_min = 126, SYS_rt_sigaction = 134,
    SYS_setpriority = 140, SYS_getpriority = 141, SYS_munmap = 215,
    SYS_clone = 220, SYS_mmap = 222, SYS_msync = 227, SYS_mlock = 228, SYS_munlock = 229,
    SYS_memfd_create = 279, SYS_copy_file_range = 285, SYS_pread64 = 67,
};

#define AT_FDCWD -100
#define AT_REMOVEDIR 0x200
#define O_RDONLY 0
#define O_RDWR 2
#define O_CREAT 0100

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

static char dir[96], path_buf[128];

static const char *in_dir(const char *name)
{
    size_t n = 0;
    for (; dir[n]; n++)
        path_buf[n] = dir[n];
    path_buf[n++] = '/';
    for (; *name; name++)
        path_buf[n++] = *name;
    path_buf[n] = 0;
    return path_buf;
}

static void make_dir(void)
{
    ft_pid_path(dir, sizeof(dir), "/tmp/ferry-passthrough-", "");
    show("mkdir", sys(SYS_mkdirat, AT_FDCWD, (long)dir, 0700, 0, 0, 0));
}

static long open_file(const char *name, int flags)
{
    return sys(FT_SYS_openat, AT_FDCWD, (long)in_dir(name), flags, 0600, 0, 0);
}

static void test_timerfd(void)
{
    long fd = sys(SYS_timerfd_create, 1 /* CLOCK_MONOTONIC */, 0, 0, 0, 0, 0);
    show("timerfd_create", fd >= 0);
    int64_t its[4] = {0, 0, 0, 5000000}, old[4] = {1, 1, 1, 1}, now[4];
    show("timerfd_settime", sys(SYS_timerfd_settime, fd, 0, (long)its, (long)old, 0, 0));
    show("timerfd_settime-old", old[0] + old[1] + old[2] + old[3]);
    uint64_t expirations = 0;
    show("timerfd-read", sys(FT_SYS_read, fd, (long)&expirations, 8, 0, 0, 0));
    show("timerfd-expired", expirations >= 1);
    show("timerfd_gettime", sys(SYS_timerfd_gettime, fd, (long)now, 0, 0, 0, 0));
    show("timerfd_gettime-efault", sys(SYS_timerfd_gettime, fd, 16, 0, 0, 0, 0));
    show("timerfd_settime-efault", sys(SYS_timerfd_settime, fd, 0, 16, 0, 0, 0));
    show("timerfd_create-einval", sys(SYS_timerfd_create, 99, 0, 0, 0, 0, 0));
    sys(FT_SYS_close, fd, 0, 0, 0, 0, 0);
}

static void test_inotify(void)
{
    long fd = sys(SYS_inotify_init1, 0, 0, 0, 0, 0, 0);
    show("inotify_init1", fd >= 0);
    long wd = sys(SYS_inotify_add_watch, fd, (long)dir, 0x100 /* IN_CREATE */, 0, 0, 0);
    show("inotify_add_watch", wd);
    long f = open_file("created", O_CREAT | O_RDWR);
    sys(FT_SYS_close, f, 0, 0, 0, 0, 0);
    static uint8_t event[64];
    long n = sys(FT_SYS_read, fd, (long)event, sizeof(event), 0, 0, 0);
    show("inotify-read", n);
    /* struct inotify_event: wd 4, mask 4, cookie 4, len 4, then the name */
    show("inotify-mask", event[4] | event[5] << 8 | event[6] << 16 | event[7] << 24);
    ft_puts((const char *)event + 16);
    ft_puts("\n");
    show("inotify_add_watch-missing", sys(SYS_inotify_add_watch, fd, (long)"/no/such", 0x100, 0, 0, 0));
    show("inotify_add_watch-efault", sys(SYS_inotify_add_watch, fd, 16, 0x100, 0, 0, 0));
    show("inotify_rm_watch", sys(SYS_inotify_rm_watch, fd, wd, 0, 0, 0, 0));
    show("inotify_rm_watch-again", sys(SYS_inotify_rm_watch, fd, wd, 0, 0, 0, 0));
    sys(FT_SYS_close, fd, 0, 0, 0, 0, 0);
}

static void test_copies(void)
{
    long src = open_file("source", O_CREAT | O_RDWR);
    sys(FT_SYS_write, src, (long)"0123456789abcdefghij", 20, 0, 0, 0);
    long dst = open_file("copy", O_CREAT | O_RDWR);
    int64_t offset = 5;
    show("sendfile", sys(SYS_sendfile, dst, src, (long)&offset, 6, 0, 0));
    show("sendfile-offset", offset);
    show("sendfile-efault", sys(SYS_sendfile, dst, src, 16, 6, 0, 0));
    int64_t in_off = 10, out_off = 6;
    show("copy_file_range", sys(SYS_copy_file_range, src, (long)&in_off, dst, (long)&out_off, 4, 0));
    show("copy_file_range-offsets", in_off * 100 + out_off);
    show("copy_file_range-einval", sys(SYS_copy_file_range, src, 0, dst, 0, 4, 1));
    show("fallocate", sys(SYS_fallocate, dst, 0, 0, 100, 0, 0));
    show("fallocate-einval", sys(SYS_fallocate, dst, 0, 0, 0, 0, 0));
    char text[32] = {0};
    sys(SYS_pread64, dst, (long)text, 10, 0, 0, 0);
    ft_write(text, 10);
    ft_puts("\n");

    /* splice file -> pipe, tee pipe -> pipe, then read both pipes. */
    int p1[2], p2[2];
    sys(SYS_pipe2, (long)p1, 0, 0, 0, 0, 0);
    sys(SYS_pipe2, (long)p2, 0, 0, 0, 0, 0);
    int64_t file_off = 2;
    show("splice", sys(SYS_splice, src, (long)&file_off, p1[1], 0, 5, 0));
    show("splice-offset", file_off);
    show("tee", sys(SYS_tee, p1[0], p2[1], 5, 0, 0, 0));
    show("read-p1", sys(FT_SYS_read, p1[0], (long)text, 5, 0, 0, 0));
    show("read-p2", sys(FT_SYS_read, p2[0], (long)text + 5, 5, 0, 0, 0));
    ft_write(text, 10);
    ft_puts("\n");
    show("splice-efault", sys(SYS_splice, src, 16, p1[1], 0, 5, 0));
    for (int i = 0; i < 2; i++) {
        sys(FT_SYS_close, p1[i], 0, 0, 0, 0, 0);
        sys(FT_SYS_close, p2[i], 0, 0, 0, 0, 0);
    }
    sys(FT_SYS_close, src, 0, 0, 0, 0, 0);
    sys(FT_SYS_close, dst, 0, 0, 0, 0, 0);

    long m = sys(SYS_memfd_create, (long)"ferry-memfd", 1 /* MFD_CLOEXEC */, 0, 0, 0, 0);
    show("memfd_create", m >= 0);
    show("memfd-write", sys(FT_SYS_write, m, (long)"in memory", 9, 0, 0, 0));
    show("memfd-pread", sys(SYS_pread64, m, (long)text, 9, 0, 0, 0));
    ft_write(text, 9);
    ft_puts("\n");
    show("memfd_create-efault", sys(SYS_memfd_create, 16, 0, 0, 0, 0, 0));
    show("memfd_create-einval", sys(SYS_memfd_create, (long)"x", 0x1000, 0, 0, 0, 0));
    sys(FT_SYS_close, m, 0, 0, 0, 0, 0);
}

static void test_scheduling(void)
{
    show("sched_get_priority_max-fifo", sys(SYS_sched_get_priority_max, 1, 0, 0, 0, 0, 0));
    show("sched_get_priority_min-rr", sys(SYS_sched_get_priority_min, 2, 0, 0, 0, 0, 0));
    show("sched_get_priority_max-bad", sys(SYS_sched_get_priority_max, 77, 0, 0, 0, 0, 0));
    show("sched_getscheduler", sys(SYS_sched_getscheduler, 0, 0, 0, 0, 0, 0));
    int param = -1;
    show("sched_getparam", sys(SYS_sched_getparam, 0, (long)&param, 0, 0, 0, 0));
    show("sched_getparam-value", param);
    show("sched_getparam-efault", sys(SYS_sched_getparam, 0, 16, 0, 0, 0, 0));
    long before = sys(SYS_getpriority, 0 /* PRIO_PROCESS */, 0, 0, 0, 0, 0);
    show("setpriority", sys(SYS_setpriority, 0, 0, 5, 0, 0, 0));
    show("getpriority", sys(SYS_getpriority, 0, 0, 0, 0, 0, 0) - before);
    show("getpriority-einval", sys(SYS_getpriority, 9, 0, 0, 0, 0, 0));
    show("personality", sys(SYS_personality, 0xffffffff, 0, 0, 0, 0, 0));
    uint32_t header[2] = {0x20080522 /* _LINUX_CAPABILITY_VERSION_3 */, 0}, data[6];
    show("capget", sys(SYS_capget, (long)header, (long)data, 0, 0, 0, 0));
    show("capget-efault", sys(SYS_capget, 16, (long)data, 0, 0, 0, 0));
}

static volatile int alarms;

static void on_alarm(int sig) { alarms += sig; }

static void test_waitid_and_timers(void)
{
    long pid = sys(SYS_clone, 17 /* SIGCHLD */, 0, 0, 0, 0, 0);
    if (pid == 0)
        ft_exit(7);
    static uint8_t info[128];
    show("waitid", sys(SYS_waitid, 1 /* P_PID */, pid, (long)info, 4 /* WEXITED */, 0, 0));
    /* siginfo: signo 0, code 8, pid 16, status 24 */
    show("waitid-signo", info[0]);
    show("waitid-code", info[8]);
    show("waitid-pid", (info[16] | info[17] << 8 | info[18] << 16 | (long)info[19] << 24) == pid);
    show("waitid-status", info[24]);
    show("waitid-echild", sys(SYS_waitid, 1, pid, (long)info, 4, 0, 0));
    /*
     * Not compared: waitid with no children and a bad infop. Linux answers
     * EFAULT (it checks infop even after ECHILD), as ferry does; qemu 7.2
     * answers ECHILD.
     */

    uint64_t act[4] = {(uint64_t)on_alarm, 0, 0, 0};
    sys(SYS_rt_sigaction, 14, (long)act, 0, 8, 0, 0);
    int timer = -1;
    show("timer_create", sys(SYS_timer_create, 1, 0, (long)&timer, 0, 0, 0));
    int64_t its[4] = {0, 0, 0, 20000000}, now[4];
    show("timer_settime", sys(SYS_timer_settime, timer, 0, (long)its, 0, 0, 0));
    int64_t sleep_long[2] = {2, 0};
    show("nanosleep-interrupted", sys(SYS_nanosleep, (long)sleep_long, 0, 0, 0, 0, 0));
    show("alarms", alarms);
    show("timer_gettime", sys(SYS_timer_gettime, timer, (long)now, 0, 0, 0, 0));
    show("timer_gettime-disarmed", now[2] + now[3]);
    show("timer_getoverrun", sys(SYS_timer_getoverrun, timer, 0, 0, 0, 0, 0));
    show("timer_gettime-efault", sys(SYS_timer_gettime, timer, 16, 0, 0, 0, 0));
    show("timer_delete", sys(SYS_timer_delete, timer, 0, 0, 0, 0, 0));
    show("timer_delete-again", sys(SYS_timer_delete, timer, 0, 0, 0, 0, 0));
    /* An explicit SIGEV_SIGNAL event with SIGALRM. */
    uint8_t event[64] = {0};
    event[8] = 14;
    show("timer_create-event", sys(SYS_timer_create, 1, (long)event, (long)&timer, 0, 0, 0));
    sys(SYS_timer_delete, timer, 0, 0, 0, 0, 0);
    show("timer_create-efault", sys(SYS_timer_create, 1, 16, (long)&timer, 0, 0, 0));
}

static void test_memory(void)
{
    long map = sys(SYS_mmap, 0, 2 * 4096, 3, 0x22, -1, 0);
    ((volatile char *)map)[0] = 1;
    show("msync", sys(SYS_msync, map, 4096, 4 /* MS_SYNC */, 0, 0, 0));
    show("msync-einval", sys(SYS_msync, map + 1, 4096, 4, 0, 0, 0));
    show("mlock", sys(SYS_mlock, map, 4096, 0, 0, 0, 0));
    show("munlock", sys(SYS_munlock, map, 4096, 0, 0, 0, 0));
    sys(SYS_munmap, map, 2 * 4096, 0, 0, 0, 0);
    show("msync-unmapped", sys(SYS_msync, map, 4096, 4, 0, 0, 0));
}

int test_main(void)
{
    make_dir();
    test_timerfd();
    test_inotify();
    test_copies();
    test_scheduling();
    test_waitid_and_timers();
    test_memory();
    const char *names[] = {"created", "source", "copy"};
    for (int i = 0; i < 3; i++)
        sys(SYS_unlinkat, AT_FDCWD, (long)in_dir(names[i]), 0, 0, 0, 0);
    show("rmdir", sys(SYS_unlinkat, AT_FDCWD, (long)dir, AT_REMOVEDIR, 0, 0, 0));
    return 0;
}
