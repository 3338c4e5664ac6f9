/*
 * Differential test: file-system and descriptor system calls against
 * qemu-aarch64: directories (mkdirat, chdir, getcwd, getdents64, renameat,
 * unlinkat), descriptors (dup, dup3, fcntl, pipe2, readv), terminal ioctls
 * on things that are not terminals, statx, symlinks and /proc/self/exe,
 * extended attributes (whatever the file system under /tmp supports, which
 * is the same for both), fadvise64 and mincore.
 * Everything happens in a fresh directory under /tmp named after the pid
 * (which is never printed), removed at the end.
 */
#include "ferry_test.h"

enum {
    SYS_getcwd = 17, SYS_dup = 23, SYS_dup3 = 24, SYS_fcntl = 25, SYS_ioctl = 29,
    SYS_mkdirat = 34, SYS_unlinkat = 35, SYS_symlinkat = 36, SYS_renameat = 38,
    SYS_ftruncate = 46, SYS_faccessat = 48, SYS_chdir = 49, SYS_pipe2 = 59, SYS_getdents64 = 61,
    SYS_lseek = 62, SYS_readv = 65, SYS_readlinkat = 78, SYS_newfstatat = 79,
    SYS_statx = 291, SYS_setxattr = 5, SYS_lsetxattr = 6, SYS_fsetxattr = 7, SYS_getxattr = 8,
    SYS_lgetxattr = 9, SYS_fgetxattr = 10, SYS_listxattr = 11, SYS_flistxattr = 13,
    SYS_removexattr = 14, SYS_fremovexattr = 16, SYS_fadvise64 = 223, SYS_mmap = 222,
    SYS_munmap = 215, SYS_mincore = 232,
};

#define AT_FDCWD -100
#define AT_REMOVEDIR 0x200
#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_CREAT 0100
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_DIRECTORY 040000 /* arm64's value, not x86-64's */
#define O_CLOEXEC 02000000

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

static size_t length(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int equal(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int ends_with(const char *s, size_t n, const char *tail)
{
    size_t t = length(tail);
    return n >= t && equal(s + n - t, tail);
}

static char dir[96];

static void make_dir_name(void) { ft_pid_path(dir, sizeof(dir), "/tmp/ferry-sys-files-", ""); }

static long create(const char *name, const char *text)
{
    long fd = sys(FT_SYS_openat, AT_FDCWD, (long)name, O_CREAT | O_WRONLY, 0644, 0, 0);
    if (fd >= 0) {
        sys(FT_SYS_write, fd, (long)text, (long)length(text), 0, 0, 0);
        sys(FT_SYS_close, fd, 0, 0, 0, 0, 0);
    }
    return fd >= 0 ? 0 : fd;
}

static void test_directories(void)
{
    static char cwd[512], start[512];
    long n = sys(SYS_getcwd, (long)start, sizeof(start), 0, 0, 0, 0);
    show("getcwd", n == (long)length(start) + 1);
    show("getcwd-erange", sys(SYS_getcwd, (long)cwd, 1, 0, 0, 0, 0));
    show("mkdirat", sys(SYS_mkdirat, AT_FDCWD, (long)dir, 0755, 0, 0, 0));
    show("mkdirat-exists", sys(SYS_mkdirat, AT_FDCWD, (long)dir, 0755, 0, 0, 0));
    show("chdir", sys(SYS_chdir, (long)dir, 0, 0, 0, 0, 0));
    n = sys(SYS_getcwd, (long)cwd, sizeof(cwd), 0, 0, 0, 0);
    show("getcwd-is-dir", n > 0 && equal(cwd, dir));
    show("chdir-missing", sys(SYS_chdir, (long)"no-such-dir", 0, 0, 0, 0, 0));
    show("chdir-efault", sys(SYS_chdir, 16, 0, 0, 0, 0, 0));

    show("create-a", create("alpha", "aaaa"));
    show("create-b", create("beta", "bb"));
    show("mkdirat-sub", sys(SYS_mkdirat, AT_FDCWD, (long)"sub", 0700, 0, 0, 0));
    show("renameat", sys(SYS_renameat, AT_FDCWD, (long)"beta", AT_FDCWD, (long)"gamma", 0, 0));
    show("renameat-missing", sys(SYS_renameat, AT_FDCWD, (long)"beta", AT_FDCWD, (long)"x", 0, 0));
    show("faccessat-r", sys(SYS_faccessat, AT_FDCWD, (long)"alpha", 4, 0, 0, 0));
    show("faccessat-x", sys(SYS_faccessat, AT_FDCWD, (long)"alpha", 1, 0, 0, 0));
    show("faccessat-missing", sys(SYS_faccessat, AT_FDCWD, (long)"beta", 0, 0, 0, 0));

    /* getdents64: which names are there (the order is the file system's, so count them). */
    long fd = sys(FT_SYS_openat, AT_FDCWD, (long)".", O_RDONLY | O_DIRECTORY, 0, 0, 0);
    show("open-dir", fd >= 0);
    static uint8_t buf[4096];
    int seen_alpha = 0, seen_gamma = 0, seen_sub = 0, seen_beta = 0, entries = 0, sub_is_dir = 0;
    for (;;) {
        long got = sys(SYS_getdents64, fd, (long)buf, sizeof(buf), 0, 0, 0);
        if (got <= 0) {
            show("getdents64-end", got);
            break;
        }
        for (long off = 0; off < got;) {
            /* struct linux_dirent64: ino 8, off 8, reclen 2, type 1, name */
            uint16_t reclen = (uint16_t)(buf[off + 16] | buf[off + 17] << 8);
            const char *name = (const char *)buf + off + 19;
            entries++;
            seen_alpha |= equal(name, "alpha");
            seen_beta |= equal(name, "beta");
            seen_gamma |= equal(name, "gamma");
            if (equal(name, "sub")) {
                seen_sub = 1;
                sub_is_dir = buf[off + 18] == 4; /* DT_DIR */
            }
            off += reclen;
        }
    }
    show("dirents", entries);
    show("dirent-names", seen_alpha + 2 * seen_gamma + 4 * seen_sub + 8 * seen_beta);
    show("dirent-sub-type", sub_is_dir);
    sys(FT_SYS_close, fd, 0, 0, 0, 0, 0);
    show("open-file-as-dir", sys(FT_SYS_openat, AT_FDCWD, (long)"alpha", O_RDONLY | O_DIRECTORY, 0, 0, 0));

    static char target[256];
    show("symlinkat", sys(SYS_symlinkat, (long)"alpha", AT_FDCWD, (long)"link", 0, 0, 0));
    n = sys(SYS_readlinkat, AT_FDCWD, (long)"link", (long)target, sizeof(target), 0, 0);
    show("readlinkat", n);
    show("readlinkat-text", n == 5 && target[0] == 'a' && target[4] == 'a');
    show("readlinkat-notlink", sys(SYS_readlinkat, AT_FDCWD, (long)"alpha", (long)target, 10, 0, 0));
    n = sys(SYS_readlinkat, AT_FDCWD, (long)"/proc/self/exe", (long)target, sizeof(target), 0, 0);
    show("proc-self-exe", n > 0 && target[0] == '/' && ends_with(target, (size_t)n, "/sys_files"));

    show("unlink-link", sys(SYS_unlinkat, AT_FDCWD, (long)"link", 0, 0, 0, 0));
    show("unlink-alpha", sys(SYS_unlinkat, AT_FDCWD, (long)"alpha", 0, 0, 0, 0));
    show("unlink-gamma", sys(SYS_unlinkat, AT_FDCWD, (long)"gamma", 0, 0, 0, 0));
    show("unlink-dir-without-flag", sys(SYS_unlinkat, AT_FDCWD, (long)"sub", 0, 0, 0, 0));
    show("rmdir-sub", sys(SYS_unlinkat, AT_FDCWD, (long)"sub", AT_REMOVEDIR, 0, 0, 0));
    show("chdir-back", sys(SYS_chdir, (long)start, 0, 0, 0, 0, 0));
    show("rmdir", sys(SYS_unlinkat, AT_FDCWD, (long)dir, AT_REMOVEDIR, 0, 0, 0));
    show("rmdir-gone", sys(SYS_unlinkat, AT_FDCWD, (long)dir, AT_REMOVEDIR, 0, 0, 0));
}

static void test_descriptors(void)
{
    int fds[2];
    show("pipe2", sys(SYS_pipe2, (long)fds, O_CLOEXEC, 0, 0, 0, 0));
    show("pipe2-distinct", fds[0] != fds[1] && fds[0] >= 3 && fds[1] >= 3);
    show("fcntl-getfd-cloexec", sys(SYS_fcntl, fds[0], 1 /* F_GETFD */, 0, 0, 0, 0));
    show("fcntl-setfd", sys(SYS_fcntl, fds[0], 2 /* F_SETFD */, 0, 0, 0, 0));
    show("fcntl-getfd", sys(SYS_fcntl, fds[0], 1, 0, 0, 0, 0));
    show("fcntl-getfl-read-end", sys(SYS_fcntl, fds[0], 3 /* F_GETFL */, 0, 0, 0, 0));
    show("fcntl-setfl", sys(SYS_fcntl, fds[0], 4 /* F_SETFL */, O_NONBLOCK, 0, 0, 0));
    show("fcntl-getfl-nonblock", sys(SYS_fcntl, fds[0], 3, 0, 0, 0, 0));
    static char buf[64];
    show("read-empty-nonblock", sys(FT_SYS_read, fds[0], (long)buf, 8, 0, 0, 0));
    show("pipe-write", sys(FT_SYS_write, fds[1], (long)"through the pipe", 16, 0, 0, 0));
    int avail = -1;
    show("ioctl-fionread", sys(SYS_ioctl, fds[0], 0x541B, (long)&avail, 0, 0, 0));
    show("fionread-bytes", avail);
    static uint8_t termios[64];
    show("ioctl-tcgets-pipe", sys(SYS_ioctl, fds[0], 0x5401, (long)termios, 0, 0, 0));
    /* (Unknown ioctls are left to the unit tests: Linux says ENOTTY, qemu ENOSYS.) */

    long d = sys(SYS_dup, fds[0], 0, 0, 0, 0, 0);
    show("dup", d > fds[1]);
    show("dup3-same", sys(SYS_dup3, d, d, 0, 0, 0, 0));
    show("dup3", sys(SYS_dup3, d, 40, O_CLOEXEC, 0, 0, 0));
    show("dup3-cloexec", sys(SYS_fcntl, 40, 1, 0, 0, 0, 0));
    show("dup-badfd", sys(SYS_dup, 77, 0, 0, 0, 0, 0));
    /* readv from the duplicate, split over two buffers. */
    static char x[7], y[20];
    uint64_t iov[4] = {(uint64_t)x, 7, (uint64_t)y, 20};
    long got = sys(SYS_readv, 40, (long)iov, 2, 0, 0, 0);
    show("readv", got);
    ft_write(x, 7);
    ft_write("|", 1);
    ft_write(y, (size_t)(got - 7));
    ft_write("\n", 1);
    show("readv-efault", sys(SYS_readv, 40, 16, 2, 0, 0, 0));
    sys(FT_SYS_close, 40, 0, 0, 0, 0, 0);
    sys(FT_SYS_close, d, 0, 0, 0, 0, 0);
    sys(FT_SYS_close, fds[1], 0, 0, 0, 0, 0);
    show("read-closed-pipe", sys(FT_SYS_read, fds[0], (long)buf, 8, 0, 0, 0));
    sys(FT_SYS_close, fds[0], 0, 0, 0, 0, 0);
}

static void test_truncate_and_statx(void)
{
    static char path[128];
    ft_pid_path(path, sizeof(path), "/tmp/ferry-sys-files-", "-file");
    long fd = sys(FT_SYS_openat, AT_FDCWD, (long)path, O_CREAT | O_RDWR | O_APPEND, 0600, 0, 0);
    show("open-append", fd >= 0);
    /*
     * A 64-bit Linux kernel forces O_LARGEFILE on every open file and F_GETFL
     * shows it; qemu 7.2 drops it. Compare the rest.
     */
    show("fcntl-getfl-append", sys(SYS_fcntl, fd, 3, 0, 0, 0, 0) & ~0400000l);
    sys(FT_SYS_write, fd, (long)"0123456789", 10, 0, 0, 0);
    show("lseek-end", sys(SYS_lseek, fd, -3, 2 /* SEEK_END */, 0, 0, 0));
    show("lseek-negative", sys(SYS_lseek, fd, -30, 0, 0, 0, 0));
    show("ftruncate", sys(SYS_ftruncate, fd, 4000, 0, 0, 0, 0));
    /* struct statx: mask at 0, blksize 4, nlink 16, uid 20, gid 24, mode 28 (16 bits), ino 32, size 40 */
    static uint8_t sx[256];
    show("statx", sys(SYS_statx, AT_FDCWD, (long)path, 0, 0x7ff /* STATX_BASIC_STATS */, (long)sx, 0));
    uint64_t size = 0;
    for (int i = 7; i >= 0; i--)
        size = size << 8 | sx[40 + i];
    show("statx-size", (long)size);
    show("statx-mode", sx[28] | sx[29] << 8);
    show("statx-nlink", sx[16]);
    show("statx-efault", sys(SYS_statx, AT_FDCWD, (long)path, 0, 0x7ff, 16, 0));
    show("statx-missing", sys(SYS_statx, AT_FDCWD, (long)"/nonexistent/x", 0, 0x7ff, (long)sx, 0));
    sys(FT_SYS_close, fd, 0, 0, 0, 0, 0);
    show("unlink", sys(SYS_unlinkat, AT_FDCWD, (long)path, 0, 0, 0, 0));
}

static void test_xattr_fadvise_mincore(void)
{
    static char file[128];
    ft_pid_path(file, sizeof(file), "/tmp/ferry-sys-files-", "-xattr");
    long fd = sys(FT_SYS_openat, AT_FDCWD, (long)file, O_CREAT | O_RDWR, 0600, 0, 0);
    show("xattr-open", fd >= 0);
    long set = sys(SYS_setxattr, (long)file, (long)"user.ferry", (long)"value-1", 7, 0, 0);
    show("setxattr", set);
    if (set == 0) { /* the file system takes user attributes: read them back every way */
        static char value[64], list[256];
        show("getxattr-size", sys(SYS_getxattr, (long)file, (long)"user.ferry", 0, 0, 0, 0));
        long n = sys(SYS_getxattr, (long)file, (long)"user.ferry", (long)value, 64, 0, 0);
        show("getxattr", n);
        ft_write(value, n > 0 ? (size_t)n : 0);
        ft_write("\n", 1);
        show("getxattr-erange", sys(SYS_getxattr, (long)file, (long)"user.ferry", (long)value, 3, 0, 0));
        show("setxattr-create-exists",
             sys(SYS_setxattr, (long)file, (long)"user.ferry", (long)"x", 1, 1 /* XATTR_CREATE */, 0));
        show("fsetxattr", sys(SYS_fsetxattr, fd, (long)"user.second", (long)"22", 2, 0, 0));
        show("fgetxattr", sys(SYS_fgetxattr, fd, (long)"user.second", (long)value, 64, 0, 0));
        n = sys(SYS_listxattr, (long)file, (long)list, sizeof(list), 0, 0, 0);
        show("listxattr", n); /* the order of names is the file system's: show their total size */
        show("flistxattr-size", sys(SYS_flistxattr, fd, 0, 0, 0, 0, 0));
        show("removexattr", sys(SYS_removexattr, (long)file, (long)"user.ferry", 0, 0, 0, 0));
        show("fremovexattr", sys(SYS_fremovexattr, fd, (long)"user.second", 0, 0, 0, 0));
    }
    static char value[8];
    show("getxattr-missing", sys(SYS_getxattr, (long)file, (long)"user.none", (long)value, 8, 0, 0));
    show("lgetxattr-missing", sys(SYS_lgetxattr, (long)file, (long)"user.none", (long)value, 8, 0, 0));
    show("getxattr-no-file", sys(SYS_getxattr, (long)"no-such", (long)"user.a", (long)value, 8, 0, 0));
    show("lsetxattr-bad-namespace", sys(SYS_lsetxattr, (long)file, (long)"bogus.a", (long)"v", 1, 0, 0));
    show("fgetxattr-ebadf", sys(SYS_fgetxattr, 999, (long)"user.a", (long)value, 8, 0, 0));
    show("getxattr-name-efault", sys(SYS_getxattr, (long)file, 16, (long)value, 8, 0, 0));

    show("fadvise64", sys(SYS_fadvise64, fd, 0, 4096, 4 /* POSIX_FADV_DONTNEED */, 0, 0));
    show("fadvise64-einval", sys(SYS_fadvise64, fd, 0, 4096, 99, 0, 0));
    show("fadvise64-ebadf", sys(SYS_fadvise64, 999, 0, 4096, 0, 0, 0));
    sys(FT_SYS_close, fd, 0, 0, 0, 0, 0);
    sys(SYS_unlinkat, AT_FDCWD, (long)file, 0, 0, 0, 0);

    /* mincore: a touched anonymous page is resident, an untouched one is not. */
    long map = sys(SYS_mmap, 0, 3 * 4096, 3 /* PROT_READ|PROT_WRITE */, 0x22 /* PRIVATE|ANONYMOUS */, -1, 0);
    ((volatile char *)map)[0] = 1;
    static unsigned char vec[4];
    show("mincore", sys(SYS_mincore, map, 2 * 4096, (long)vec, 0, 0, 0));
    show("mincore-resident", (vec[0] & 1) * 10 + (vec[1] & 1));
    show("mincore-einval", sys(SYS_mincore, map + 1, 4096, (long)vec, 0, 0, 0));
    show("mincore-efault", sys(SYS_mincore, map, 4096, 16, 0, 0, 0));
    sys(SYS_munmap, map + 4096, 4096, 0, 0, 0, 0);
    show("mincore-enomem", sys(SYS_mincore, map, 3 * 4096, (long)vec, 0, 0, 0));
    sys(SYS_munmap, map, 3 * 4096, 0, 0, 0, 0);
}

int test_main(void)
{
    make_dir_name();
    test_directories();
    test_descriptors();
    test_truncate_and_statx();
    test_xattr_fadvise_mincore();
    return 0;
}
