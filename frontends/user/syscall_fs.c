/*
 * File and file-descriptor system calls. Guest descriptors are host
 * descriptors; guest paths are host paths (no sysroot yet). Where the arm64
 * ABI differs from the host's, this file translates: open flags (O_DIRECTORY,
 * O_NOFOLLOW, O_DIRECT sit at other bits on x86-64) and struct stat (the
 * asm-generic layout arm64 uses is not x86-64's).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>

#include "frontends/user/syscall.h"
#include "frontends/user/syscall_abi.h"

#define MAX_IOV 1024

/* ---- open flags: arm64 (asm-generic + arm64 overrides) <-> host ---- */

struct flag_pair {
    int guest, host;
};

static const struct flag_pair moved_open_flags[] = {
    {ARM64_O_DIRECTORY, O_DIRECTORY},
    {ARM64_O_NOFOLLOW, O_NOFOLLOW},
    {ARM64_O_DIRECT, O_DIRECT},
    {ARM64_O_LARGEFILE, HOST_O_LARGEFILE},
};

int open_flags_to_host(int guest)
{
    int host = guest;
    /* Both directions clear every moved bit first: arm64 O_DIRECTORY is x86-64 O_DIRECT, etc. */
    for (size_t i = 0; i < sizeof(moved_open_flags) / sizeof(moved_open_flags[0]); i++)
        host &= ~moved_open_flags[i].guest;
    for (size_t i = 0; i < sizeof(moved_open_flags) / sizeof(moved_open_flags[0]); i++)
        if (guest & moved_open_flags[i].guest)
            host |= moved_open_flags[i].host;
    return host;
}

int open_flags_to_guest(int host)
{
    int guest = host;
    for (size_t i = 0; i < sizeof(moved_open_flags) / sizeof(moved_open_flags[0]); i++)
        guest &= ~moved_open_flags[i].host;
    for (size_t i = 0; i < sizeof(moved_open_flags) / sizeof(moved_open_flags[0]); i++)
        if (host & moved_open_flags[i].host)
            guest |= moved_open_flags[i].guest;
    return guest;
}

/* ---- struct stat ---- */

void stat_to_arm64(const struct stat *st, struct arm64_stat *out)
{
    memset(out, 0, sizeof(*out));
    out->st_dev = st->st_dev;
    out->st_ino = st->st_ino;
    out->st_mode = st->st_mode;
    out->st_nlink = (uint32_t)st->st_nlink;
    out->st_uid = st->st_uid;
    out->st_gid = st->st_gid;
    out->st_rdev = st->st_rdev;
    out->st_size = st->st_size;
    out->st_blksize = (int32_t)st->st_blksize;
    out->st_blocks = st->st_blocks;
    out->st_atime_sec = st->st_atim.tv_sec;
    out->st_atime_nsec = (uint64_t)st->st_atim.tv_nsec;
    out->st_mtime_sec = st->st_mtim.tv_sec;
    out->st_mtime_nsec = (uint64_t)st->st_mtim.tv_nsec;
    out->st_ctime_sec = st->st_ctim.tv_sec;
    out->st_ctime_nsec = (uint64_t)st->st_ctim.tv_nsec;
}

/*
 * A guest path, as the host should see it. /proc/self/exe names the
 * emulator on the host; the guest means its own program.
 */
/*
 * With a sysroot, an absolute path that exists inside it means the file
 * there; one that does not falls through to the host's (qemu-aarch64's rule,
 * so /proc, /dev and /tmp keep working).
 */
static int64_t sysroot_path(const struct user_process *p, char *buf, size_t cap)
{
    if (!p->sysroot || buf[0] != '/')
        return 0;
    char inside[PATH_MAX];
    struct stat st;
    if ((size_t)snprintf(inside, sizeof(inside), "%s%s", p->sysroot, buf) >= sizeof(inside))
        return 0;
    if (lstat(inside, &st) != 0)
        return 0;
    if (strlen(inside) >= cap)
        return -ENAMETOOLONG;
    strcpy(buf, inside);
    return 0;
}

int64_t guest_path_lookup(struct user_process *p, uint64_t addr, char *buf, size_t cap)
{
    if (!guest_string(p, addr, buf, cap))
        return guest_ptr(p, addr, 1, USER_PROT_READ) ? -ENAMETOOLONG : -EFAULT;
    if (strcmp(buf, "/proc/self/exe") == 0) {
        if (strlen(p->exe_path) >= cap)
            return -ENAMETOOLONG;
        strcpy(buf, p->exe_path); /* absolute: resolved when the program was loaded */
        return 0;
    }
    return sysroot_path(p, buf, cap);
}

static int guest_dirfd(uint64_t a) { return (int)(int32_t)a; }

/* ---- read / write ---- */

/*
 * The host buffer for a read or write of up to *len guest bytes, shortened to
 * the accessible prefix as Linux's partial copies would; NULL means -EFAULT.
 */
static void *io_buffer(struct user_process *p, uint64_t addr, uint64_t *len, int prot)
{
    static char empty;
    if (*len == 0)
        return &empty; /* Linux does not look at the pointer of an empty transfer */
    *len = guest_prefix(p, addr, *len, prot);
    return *len ? guest_ptr(p, addr, *len, prot) : 0;
}

int64_t sys_read(struct user_process *p, const uint64_t *a)
{
    uint64_t len = a[2];
    void *buf = io_buffer(p, a[1], &len, USER_PROT_WRITE);
    if (!buf)
        return -EFAULT;
    return syscall_result(read((int)a[0], buf, len));
}

int64_t sys_write(struct user_process *p, const uint64_t *a)
{
    uint64_t len = a[2];
    const void *buf = io_buffer(p, a[1], &len, USER_PROT_READ);
    if (!buf)
        return -EFAULT;
    return syscall_result(write((int)a[0], buf, len));
}

int64_t sys_pread64(struct user_process *p, const uint64_t *a)
{
    uint64_t len = a[2];
    void *buf = io_buffer(p, a[1], &len, USER_PROT_WRITE);
    if (!buf)
        return -EFAULT;
    return syscall_result(pread((int)a[0], buf, len, (off_t)a[3]));
}

int64_t sys_pwrite64(struct user_process *p, const uint64_t *a)
{
    uint64_t len = a[2];
    const void *buf = io_buffer(p, a[1], &len, USER_PROT_READ);
    if (!buf)
        return -EFAULT;
    return syscall_result(pwrite((int)a[0], buf, len, (off_t)a[3]));
}

/* Guest iovec array -> host iovecs (syscall.h); also used by sendmsg/recvmsg. */
int64_t host_iovecs(struct user_process *p, uint64_t addr, uint64_t count, int prot,
                    struct iovec *out)
{
    if (count > MAX_IOV)
        return -EINVAL;
    const uint64_t *g = guest_ptr(p, addr, count * 16, USER_PROT_READ);
    if (!g && count)
        return -EFAULT;
    for (uint64_t i = 0; i < count; i++) {
        uint64_t base = g[2 * i], len = g[2 * i + 1];
        out[i].iov_len = len;
        out[i].iov_base = len ? guest_ptr(p, base, len, prot) : 0;
        if (len && !out[i].iov_base)
            return -EFAULT;
    }
    return 0;
}

int64_t sys_readv(struct user_process *p, const uint64_t *a)
{
    struct iovec iov[MAX_IOV];
    int64_t err = host_iovecs(p, a[1], a[2], USER_PROT_WRITE, iov);
    if (err)
        return err;
    return syscall_result(readv((int)a[0], iov, (int)a[2]));
}

int64_t sys_writev(struct user_process *p, const uint64_t *a)
{
    struct iovec iov[MAX_IOV];
    int64_t err = host_iovecs(p, a[1], a[2], USER_PROT_READ, iov);
    if (err)
        return err;
    return syscall_result(writev((int)a[0], iov, (int)a[2]));
}

/* arm64 passes the 64-bit offset in one register (a[3]); a[4] is unused. */
int64_t sys_preadv(struct user_process *p, const uint64_t *a)
{
    struct iovec iov[MAX_IOV];
    int64_t err = host_iovecs(p, a[1], a[2], USER_PROT_WRITE, iov);
    if (err)
        return err;
    return syscall_result(preadv((int)a[0], iov, (int)a[2], (off_t)a[3]));
}

int64_t sys_pwritev(struct user_process *p, const uint64_t *a)
{
    struct iovec iov[MAX_IOV];
    int64_t err = host_iovecs(p, a[1], a[2], USER_PROT_READ, iov);
    if (err)
        return err;
    return syscall_result(pwritev((int)a[0], iov, (int)a[2], (off_t)a[3]));
}

/* ---- open / close / seek / stat ---- */

int64_t sys_openat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    int fd = openat(guest_dirfd(a[0]), path, open_flags_to_host((int)a[2]), (mode_t)a[3]);
    return syscall_result(fd);
}

int64_t sys_close(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(close((int)a[0]));
}

int64_t sys_lseek(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(lseek((int)a[0], (off_t)a[1], (int)a[2]));
}

static int64_t put_stat(struct user_process *p, uint64_t addr, const struct stat *st)
{
    struct arm64_stat out;
    stat_to_arm64(st, &out);
    return copy_to_guest(p, addr, &out, sizeof(out));
}

int64_t sys_fstat(struct user_process *p, const uint64_t *a)
{
    struct stat st;
    if (fstat((int)a[0], &st) != 0)
        return -errno;
    return put_stat(p, a[1], &st);
}

int64_t sys_newfstatat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    struct stat st;
    if (fstatat(guest_dirfd(a[0]), path, &st, (int)a[3]) != 0)
        return -errno;
    return put_stat(p, a[2], &st);
}

/* struct statx has one layout on every architecture: pass it straight through. */
int64_t sys_statx(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    struct statx *buf = guest_ptr(p, a[4], sizeof(struct statx), USER_PROT_WRITE);
    if (!buf)
        return -EFAULT;
    return syscall_result(statx(guest_dirfd(a[0]), path, (int)a[2], (unsigned)a[3], buf));
}

/* ---- ioctl: terminal requests only (same numbers and layouts on arm64 and x86-64) ---- */

int64_t sys_ioctl(struct user_process *p, const uint64_t *a)
{
    int fd = (int)a[0];
    unsigned long request = (unsigned long)(uint32_t)a[1];
    size_t size;
    int prot;
    switch (request) {
    case TCGETS: size = ARM64_TERMIOS_SIZE; prot = USER_PROT_WRITE; break;
    case TCSETS:
    case TCSETSW:
    case TCSETSF: size = ARM64_TERMIOS_SIZE; prot = USER_PROT_READ; break;
    case TIOCGWINSZ: size = sizeof(struct winsize); prot = USER_PROT_WRITE; break;
    case TIOCSWINSZ: size = sizeof(struct winsize); prot = USER_PROT_READ; break;
    case FIONREAD: size = sizeof(int); prot = USER_PROT_WRITE; break;
    case TIOCGPGRP: size = sizeof(pid_t); prot = USER_PROT_WRITE; break;
    case TIOCSPGRP: size = sizeof(pid_t); prot = USER_PROT_READ; break;
    case FIONBIO: size = sizeof(int); prot = USER_PROT_READ; break;
    default: return -ENOTTY;
    }
    void *arg = guest_ptr(p, a[2], size, prot);
    if (!arg)
        return -EFAULT;
    return syscall_result(ioctl(fd, request, arg));
}

/* ---- descriptors ---- */

/*
 * fcntl commands, numbers and struct flock agree between arm64 and x86-64
 * (both use the asm-generic 64-bit values); only F_GETFL/F_SETFL carry open
 * flags that need translating.
 */
int64_t sys_fcntl(struct user_process *p, const uint64_t *a)
{
    int fd = (int)a[0], cmd = (int)a[1];
    switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_SETFD:
    case F_SETOWN:
    case F_SETSIG:
    case F_SETLEASE:
    case F_NOTIFY:
    case F_SETPIPE_SZ:
    case F_ADD_SEALS:
        return syscall_result(fcntl(fd, cmd, (int)a[2]));
    case F_GETFD:
    case F_GETOWN:
    case F_GETSIG:
    case F_GETLEASE:
    case F_GETPIPE_SZ:
    case F_GET_SEALS:
        return syscall_result(fcntl(fd, cmd));
    case F_GETFL: {
        int r = fcntl(fd, F_GETFL);
        return r < 0 ? -errno : open_flags_to_guest(r);
    }
    case F_SETFL:
        return syscall_result(fcntl(fd, F_SETFL, open_flags_to_host((int)a[2])));
    case F_GETLK:
    case F_SETLK:
    case F_SETLKW:
    case F_OFD_GETLK:
    case F_OFD_SETLK:
    case F_OFD_SETLKW: {
        int prot = (cmd == F_GETLK || cmd == F_OFD_GETLK) ? USER_PROT_READ | USER_PROT_WRITE
                                                          : USER_PROT_READ;
        struct flock *lock = guest_ptr(p, a[2], sizeof(struct flock), prot);
        if (!lock)
            return -EFAULT;
        return syscall_result(fcntl(fd, cmd, lock));
    }
    default:
        if (p->cpu.trace_flags & TRACE_UNIMP)
            fprintf(p->cpu.log, "Unsupported fcntl command %d\n", cmd);
        return -EINVAL;
    }
}

int64_t sys_dup(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(dup((int)a[0]));
}

int64_t sys_dup3(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(dup3((int)a[0], (int)a[1], open_flags_to_host((int)a[2])));
}

int64_t sys_pipe2(struct user_process *p, const uint64_t *a)
{
    int fds[2];
    if (!guest_ptr(p, a[0], sizeof(fds), USER_PROT_WRITE))
        return -EFAULT;
    if (pipe2(fds, open_flags_to_host((int)a[1])) != 0)
        return -errno;
    return copy_to_guest(p, a[0], fds, sizeof(fds));
}

/* struct linux_dirent64 has one layout everywhere: the kernel fills the guest buffer. */
int64_t sys_getdents64(struct user_process *p, const uint64_t *a)
{
    uint64_t len = a[2];
    void *buf = io_buffer(p, a[1], &len, USER_PROT_WRITE);
    if (!buf)
        return -EFAULT;
    return syscall_result(syscall(SYS_getdents64, (int)a[0], buf, (size_t)len));
}

int64_t sys_ppoll(struct user_process *p, const uint64_t *a)
{
    p->eintr_is_final = true; /* interrupted by a handler: EINTR even with SA_RESTART */
    if (a[1] > (1u << 20)) /* beyond any RLIMIT_NOFILE: Linux says EINVAL */
        return -EINVAL;
    struct pollfd *fds = guest_ptr(p, a[0], a[1] * sizeof(struct pollfd), USER_PROT_WRITE);
    if (!fds && a[1])
        return -EFAULT;
    struct timespec ts, *tsp = 0;
    if (a[2]) {
        if (copy_from_guest(p, &ts, a[2], sizeof(ts)))
            return -EFAULT;
        tsp = &ts;
    }
    /* The signal mask argument is ignored: no signal is delivered to the guest yet. */
    return syscall_result(ppoll(fds, (nfds_t)a[1], tsp, 0));
}

/* ---- directories and names ---- */

int64_t sys_getcwd(struct user_process *p, const uint64_t *a)
{
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof(buf)))
        return -errno;
    size_t len = strlen(buf) + 1;
    if (len > a[1])
        return -ERANGE;
    int64_t err = copy_to_guest(p, a[0], buf, len);
    return err ? err : (int64_t)len;
}

int64_t sys_chdir(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[0], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(chdir(path));
}

int64_t sys_fchdir(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(fchdir((int)a[0]));
}

int64_t sys_faccessat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(faccessat(guest_dirfd(a[0]), path, (int)a[2], 0));
}

int64_t sys_faccessat2(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(faccessat(guest_dirfd(a[0]), path, (int)a[2], (int)a[3]));
}

int64_t sys_readlinkat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX], target[PATH_MAX];
    if (!guest_string(p, a[1], path, sizeof(path)))
        return guest_ptr(p, a[1], 1, USER_PROT_READ) ? -ENAMETOOLONG : -EFAULT;
    if ((int64_t)a[3] <= 0)
        return -EINVAL;
    ssize_t n;
    if (strcmp(path, "/proc/self/exe") == 0) {
        /* The guest's own program, not the emulator. */
        n = (ssize_t)strlen(p->exe_path);
        memcpy(target, p->exe_path, (size_t)n);
    } else {
        int64_t err = sysroot_path(p, path, sizeof(path));
        if (err)
            return err;
        n = readlinkat(guest_dirfd(a[0]), path, target, sizeof(target));
        if (n < 0)
            return -errno;
    }
    size_t len = (size_t)n < a[3] ? (size_t)n : a[3];
    int64_t err = copy_to_guest(p, a[2], target, len);
    return err ? err : (int64_t)len;
}

int64_t sys_unlinkat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(unlinkat(guest_dirfd(a[0]), path, (int)a[2]));
}

int64_t sys_mkdirat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(mkdirat(guest_dirfd(a[0]), path, (mode_t)a[2]));
}

int64_t sys_renameat(struct user_process *p, const uint64_t *a)
{
    char from[PATH_MAX], to[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], from, sizeof(from));
    if (!err)
        err = guest_path_lookup(p, a[3], to, sizeof(to));
    if (err)
        return err;
    return syscall_result(renameat(guest_dirfd(a[0]), from, guest_dirfd(a[2]), to));
}

int64_t sys_renameat2(struct user_process *p, const uint64_t *a)
{
    char from[PATH_MAX], to[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], from, sizeof(from));
    if (!err)
        err = guest_path_lookup(p, a[3], to, sizeof(to));
    if (err)
        return err;
    return syscall_result(renameat2(guest_dirfd(a[0]), from, guest_dirfd(a[2]), to, (unsigned)a[4]));
}

int64_t sys_symlinkat(struct user_process *p, const uint64_t *a)
{
    char target[PATH_MAX], path[PATH_MAX];
    if (!guest_string(p, a[0], target, sizeof(target)))
        return -EFAULT;
    int64_t err = guest_path_lookup(p, a[2], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(symlinkat(target, guest_dirfd(a[1]), path));
}

int64_t sys_linkat(struct user_process *p, const uint64_t *a)
{
    char from[PATH_MAX], to[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], from, sizeof(from));
    if (!err)
        err = guest_path_lookup(p, a[3], to, sizeof(to));
    if (err)
        return err;
    return syscall_result(linkat(guest_dirfd(a[0]), from, guest_dirfd(a[2]), to, (int)a[4]));
}

int64_t sys_ftruncate(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(ftruncate((int)a[0], (off_t)a[1]));
}

int64_t sys_truncate(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[0], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(truncate(path, (off_t)a[1]));
}

int64_t sys_fsync(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(fsync((int)a[0]));
}

int64_t sys_fdatasync(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(fdatasync((int)a[0]));
}

int64_t sys_sync(struct user_process *p, const uint64_t *a)
{
    (void)p;
    (void)a;
    sync();
    return 0;
}

int64_t sys_flock(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(flock((int)a[0], (int)a[1]));
}

/* struct statfs: all 64-bit words on both ABIs, the same 120 bytes. */
int64_t sys_statfs(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[0], path, sizeof(path));
    if (err)
        return err;
    struct statfs *buf = guest_ptr(p, a[1], sizeof(struct statfs), USER_PROT_WRITE);
    if (!buf)
        return -EFAULT;
    return syscall_result(statfs(path, buf));
}

int64_t sys_fstatfs(struct user_process *p, const uint64_t *a)
{
    struct statfs *buf = guest_ptr(p, a[1], sizeof(struct statfs), USER_PROT_WRITE);
    if (!buf)
        return -EFAULT;
    return syscall_result(fstatfs((int)a[0], buf));
}

int64_t sys_fchmod(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(fchmod((int)a[0], (mode_t)a[1]));
}

int64_t sys_fchown(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(fchown((int)a[0], (uid_t)a[1], (gid_t)a[2]));
}

int64_t sys_fchownat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(
        fchownat(guest_dirfd(a[0]), path, (uid_t)a[2], (gid_t)a[3], (int)a[4]));
}

int64_t sys_fchmodat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
    if (err)
        return err;
    return syscall_result(fchmodat(guest_dirfd(a[0]), path, (mode_t)a[2], 0));
}

int64_t sys_utimensat(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX], *pathp = 0;
    if (a[1]) {
        int64_t err = guest_path_lookup(p, a[1], path, sizeof(path));
        if (err)
            return err;
        pathp = path;
    }
    struct timespec times[2], *tp = 0;
    if (a[2]) {
        if (copy_from_guest(p, times, a[2], sizeof(times)))
            return -EFAULT;
        tp = times;
    }
    return syscall_result(syscall(SYS_utimensat, guest_dirfd(a[0]), pathp, tp, (int)a[3]));
}

/* fadvise64: advice about the host file behind the descriptor; it returns the error itself. */
int64_t sys_fadvise64(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return -(int64_t)posix_fadvise((int)a[0], (off_t)a[1], (off_t)a[2], (int)a[3]);
}
