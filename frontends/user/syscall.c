/*
 * The syscall table and dispatcher of ferry-user. Numbers are Linux arm64's
 * (the asm-generic table). A number with no row returns -ENOSYS to the
 * guest and, under `-d unimp`, logs "Unsupported syscall: N".
 */
#include "frontends/user/syscall.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static const struct syscall_def syscall_table[] = {
    {17, "getcwd", sys_getcwd},
    {23, "dup", sys_dup},
    {24, "dup3", sys_dup3},
    {25, "fcntl", sys_fcntl},
    {29, "ioctl", sys_ioctl},
    {34, "mkdirat", sys_mkdirat},
    {35, "unlinkat", sys_unlinkat},
    {36, "symlinkat", sys_symlinkat},
    {37, "linkat", sys_linkat},
    {38, "renameat", sys_renameat},
    {46, "ftruncate", sys_ftruncate},
    {48, "faccessat", sys_faccessat},
    {49, "chdir", sys_chdir},
    {50, "fchdir", sys_fchdir},
    {53, "fchmodat", sys_fchmodat},
    {56, "openat", sys_openat},
    {57, "close", sys_close},
    {59, "pipe2", sys_pipe2},
    {61, "getdents64", sys_getdents64},
    {62, "lseek", sys_lseek},
    {63, "read", sys_read},
    {64, "write", sys_write},
    {65, "readv", sys_readv},
    {66, "writev", sys_writev},
    {67, "pread64", sys_pread64},
    {68, "pwrite64", sys_pwrite64},
    {73, "ppoll", sys_ppoll},
    {78, "readlinkat", sys_readlinkat},
    {79, "newfstatat", sys_newfstatat},
    {80, "fstat", sys_fstat},
    {82, "fsync", sys_fsync},
    {83, "fdatasync", sys_fsync},
    {88, "utimensat", sys_utimensat},
    {93, "exit", sys_exit},
    {94, "exit_group", sys_exit_group},
    {96, "set_tid_address", sys_set_tid_address},
    {98, "futex", sys_futex},
    {99, "set_robust_list", sys_set_robust_list},
    {101, "nanosleep", sys_nanosleep},
    {113, "clock_gettime", sys_clock_gettime},
    {114, "clock_getres", sys_clock_getres},
    {115, "clock_nanosleep", sys_clock_nanosleep},
    {123, "sched_getaffinity", sys_sched_getaffinity},
    {124, "sched_yield", sys_sched_yield},
    {129, "kill", sys_kill},
    {130, "tkill", sys_tkill},
    {131, "tgkill", sys_tgkill},
    {132, "sigaltstack", sys_sigaltstack},
    {134, "rt_sigaction", sys_rt_sigaction},
    {135, "rt_sigprocmask", sys_rt_sigprocmask},
    {148, "getresuid", sys_getresuid},
    {150, "getresgid", sys_getresgid},
    {153, "times", sys_times},
    {154, "setpgid", sys_setpgid},
    {155, "getpgid", sys_getpgid},
    {156, "getsid", sys_getsid},
    {157, "setsid", sys_setsid},
    {160, "uname", sys_uname},
    {163, "getrlimit", sys_getrlimit},
    {164, "setrlimit", sys_setrlimit},
    {165, "getrusage", sys_getrusage},
    {166, "umask", sys_umask},
    {167, "prctl", sys_prctl},
    {168, "getcpu", sys_getcpu},
    {169, "gettimeofday", sys_gettimeofday},
    {172, "getpid", sys_getpid},
    {173, "getppid", sys_getppid},
    {174, "getuid", sys_getuid},
    {175, "geteuid", sys_geteuid},
    {176, "getgid", sys_getgid},
    {177, "getegid", sys_getegid},
    {178, "gettid", sys_gettid},
    {179, "sysinfo", sys_sysinfo},
    {214, "brk", sys_brk},
    {215, "munmap", sys_munmap},
    {216, "mremap", sys_mremap},
    {220, "clone", sys_clone},
    {222, "mmap", sys_mmap},
    {226, "mprotect", sys_mprotect},
    {233, "madvise", sys_madvise},
    {260, "wait4", sys_wait4},
    {261, "prlimit64", sys_prlimit64},
    {278, "getrandom", sys_getrandom},
    {291, "statx", sys_statx},
    {439, "faccessat2", sys_faccessat2},
};

static int compare_nr(const void *key, const void *entry)
{
    unsigned nr = *(const unsigned *)key, other = ((const struct syscall_def *)entry)->nr;
    return nr < other ? -1 : nr > other;
}

/* The table is sorted by number (a unit test checks it), so a binary search finds rows. */
const struct syscall_def *syscall_lookup(unsigned nr)
{
    return bsearch(&nr, syscall_table, sizeof(syscall_table) / sizeof(syscall_table[0]),
                   sizeof(syscall_table[0]), compare_nr);
}

const struct syscall_def *syscall_table_entries(size_t *count)
{
    *count = sizeof(syscall_table) / sizeof(syscall_table[0]);
    return syscall_table;
}

void syscall_dispatch(struct user_process *p)
{
    struct cpu_state *cpu = &p->cpu;
    unsigned nr = (unsigned)cpu->x[8];
    const uint64_t *a = cpu->x;
    const struct syscall_def *def = cpu->x[8] <= UINT32_MAX ? syscall_lookup(nr) : 0;
    int64_t ret;
    if (!def) {
        if (cpu->trace_flags & TRACE_UNIMP)
            fprintf(cpu->log, "Unsupported syscall: %" PRIu64 "\n", cpu->x[8]);
        ret = -ENOSYS;
    } else {
        if (cpu->trace_flags & TRACE_STRACE)
            fprintf(cpu->log, "%s(0x%" PRIx64 ",0x%" PRIx64 ",0x%" PRIx64 ",0x%" PRIx64
                              ",0x%" PRIx64 ",0x%" PRIx64 ")",
                    def->name, a[0], a[1], a[2], a[3], a[4], a[5]);
        ret = def->fn(p, a);
        if (cpu->trace_flags & TRACE_STRACE) {
            if (ret < 0 && ret >= -4095)
                fprintf(cpu->log, " = -1 errno=%d (%s)\n", (int)-ret, strerror((int)-ret));
            else
                fprintf(cpu->log, " = %" PRId64 "\n", ret);
        }
    }
    cpu->x[0] = (uint64_t)ret;
}

void *guest_ptr(struct user_process *p, uint64_t addr, uint64_t len, int prot)
{
    return user_space_host(&p->space, addr, len, prot);
}

bool guest_string(struct user_process *p, uint64_t addr, char *buf, size_t cap)
{
    return user_space_read_string(&p->space, addr, buf, cap);
}

int64_t copy_to_guest(struct user_process *p, uint64_t addr, const void *src, size_t len)
{
    void *dst = guest_ptr(p, addr, len, USER_PROT_WRITE);
    if (!dst)
        return -EFAULT;
    memcpy(dst, src, len);
    return 0;
}

int64_t copy_from_guest(struct user_process *p, void *dst, uint64_t addr, size_t len)
{
    const void *src = guest_ptr(p, addr, len, USER_PROT_READ);
    if (!src)
        return -EFAULT;
    memcpy(dst, src, len);
    return 0;
}
