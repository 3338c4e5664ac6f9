/*
 * Linux arm64 system calls for ferry-user.
 *
 * One table (syscall.c) maps each arm64 syscall number to its name and
 * handler; the same table drives `-d strace`. Handlers take the six
 * argument registers and return the value for X0: a result, or -errno.
 * Every guest pointer goes through the guest_* helpers below, which check
 * the address space, so a bad pointer is -EFAULT and never a host access.
 */
#ifndef FERRY_FRONTENDS_USER_SYSCALL_H
#define FERRY_FRONTENDS_USER_SYSCALL_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontends/user/process.h"

typedef int64_t syscall_fn(struct user_process *p, const uint64_t *a);

struct syscall_def {
    unsigned nr;
    const char *name;
    syscall_fn *fn;
};

/* Runs the syscall in x8 with x0..x5 and writes the result to x0. */
void syscall_dispatch(struct user_process *p);

/* The table entry for nr, or NULL if ferry does not implement it. */
const struct syscall_def *syscall_lookup(unsigned nr);
/*
 * The whole table (syscall_table.c), sorted by number: every arm64 syscall,
 * fn NULL for those ferry does not implement.
 */
const struct syscall_def *syscall_table_entries(size_t *count);

/* ---- guest memory helpers (NULL / false / -EFAULT on a bad pointer) ---- */
void *guest_ptr(struct user_process *p, uint64_t addr, uint64_t len, int prot);
bool guest_string(struct user_process *p, uint64_t addr, char *buf, size_t cap);
/*
 * How many bytes from addr on are accessible with `prot` (at most len). Linux
 * copies to and from user memory until the first fault, so read(fd, buf, n)
 * with fewer than n valid bytes still reads into those.
 */
uint64_t guest_prefix(struct user_process *p, uint64_t addr, uint64_t len, int prot);
int64_t copy_to_guest(struct user_process *p, uint64_t addr, const void *src, size_t len);
/*
 * A guest path as the host should open it: /proc/self/exe is the guest
 * program, and with a sysroot an absolute path that exists inside it means
 * the file there. 0, -EFAULT or -ENAMETOOLONG.
 */
int64_t guest_path_lookup(struct user_process *p, uint64_t addr, char *buf, size_t cap);

struct iovec;
/*
 * A guest iovec array of `count` entries as host iovecs, every buffer
 * checked for `prot`. 0, -EINVAL (too many) or -EFAULT.
 */
int64_t host_iovecs(struct user_process *p, uint64_t addr, uint64_t count, int prot,
                    struct iovec *out);
int64_t copy_from_guest(struct user_process *p, void *dst, uint64_t addr, size_t len);

/*
 * A host call's result as the guest's X0: the value, or -errno. One argument
 * on purpose: errno must be read after the call, and the order in which a
 * call's arguments are evaluated is unspecified.
 */
static inline int64_t syscall_result(long ret) { return ret < 0 ? -(int64_t)errno : ret; }

/* Handlers by area (syscall_fs.c, syscall_mm.c, syscall_proc.c). */
syscall_fn sys_read, sys_write, sys_readv, sys_writev, sys_pread64, sys_pwrite64, sys_openat,
    sys_close, sys_lseek, sys_fstat, sys_newfstatat, sys_statx, sys_ioctl, sys_fcntl, sys_dup,
    sys_dup3, sys_pipe2, sys_getdents64, sys_getcwd, sys_chdir, sys_fchdir, sys_faccessat,
    sys_faccessat2, sys_readlinkat, sys_unlinkat, sys_mkdirat, sys_renameat, sys_ftruncate,
    sys_fsync, sys_fdatasync, sys_fchmodat, sys_utimensat, sys_symlinkat, sys_linkat, sys_ppoll,
    sys_renameat2, sys_fchmod, sys_fchown, sys_fchownat, sys_truncate, sys_flock, sys_sync,
    sys_statfs, sys_fstatfs, sys_preadv, sys_pwritev;
/* syscall_net.c */
syscall_fn sys_socket, sys_socketpair, sys_bind, sys_listen, sys_accept, sys_accept4, sys_connect,
    sys_getsockname, sys_getpeername, sys_sendto, sys_recvfrom, sys_setsockopt, sys_getsockopt,
    sys_shutdown, sys_sendmsg, sys_recvmsg, sys_eventfd2, sys_epoll_create1, sys_epoll_ctl,
    sys_epoll_pwait, sys_pselect6;
syscall_fn sys_fadvise64;
/* syscall_passthrough.c: calls the host kernel runs on guest memory as it is (its table). */
syscall_fn sys_passthrough, sys_timer_create;
syscall_fn sys_brk, sys_mmap, sys_munmap, sys_mprotect, sys_mremap, sys_madvise, sys_mincore;
/* syscall_xattr.c: extended attributes, passed through to the host file system. */
syscall_fn sys_getxattr, sys_lgetxattr, sys_fgetxattr, sys_listxattr, sys_llistxattr, sys_flistxattr,
    sys_setxattr, sys_lsetxattr, sys_fsetxattr, sys_removexattr, sys_lremovexattr, sys_fremovexattr;
syscall_fn sys_exit, sys_exit_group, sys_set_tid_address, sys_set_robust_list, sys_futex,
    sys_nanosleep, sys_clock_gettime, sys_clock_getres, sys_clock_nanosleep, sys_gettimeofday,
    sys_uname, sys_getpid, sys_getppid, sys_gettid, sys_getuid, sys_geteuid, sys_getgid,
    sys_getegid, sys_getresuid, sys_getresgid, sys_getpgid, sys_setpgid, sys_getsid, sys_setsid,
    sys_rt_sigaction, sys_rt_sigprocmask, sys_sigaltstack, sys_kill, sys_tkill, sys_tgkill,
    sys_prlimit64, sys_getrlimit, sys_setrlimit, sys_getrusage, sys_times, sys_umask, sys_prctl,
    sys_sysinfo, sys_getrandom, sys_sched_getaffinity, sys_sched_yield, sys_getcpu, sys_clone,
    sys_wait4, sys_rt_sigpending, sys_rt_sigsuspend, sys_rt_sigtimedwait, sys_getgroups, sys_rt_sigreturn, sys_execve, sys_getitimer, sys_setitimer;

#endif
