/*
 * Differential test: the system calls every static program makes, checked
 * against qemu-aarch64. Only values that are the same under any correct
 * emulator are printed: results, errno values, sizes and bytes read back;
 * never pids, addresses the emulator chooses, or times (only that time
 * moves forward). The exit status (7) is part of the comparison.
 */
#include "ferry_test.h"

enum {
    SYS_writev = 66, SYS_lseek = 62, SYS_pread64 = 67, SYS_pwrite64 = 68, SYS_fstat = 80,
    SYS_newfstatat = 79, SYS_unlinkat = 35, SYS_uname = 160, SYS_getpid = 172,
    SYS_getppid = 173, SYS_gettid = 178, SYS_brk = 214, SYS_mremap = 216,
    SYS_clock_gettime = 113, SYS_clock_getres = 114, SYS_gettimeofday = 169,
    SYS_nanosleep = 101, SYS_getrandom = 278, SYS_set_tid_address = 96, SYS_madvise = 233,
};

#define AT_FDCWD -100
#define O_RDONLY 0
#define O_RDWR 2
#define O_CREAT 0100
#define O_EXCL 0200
#define O_TRUNC 01000
#define PROT_READ 1
#define PROT_WRITE 2
#define MAP_PRIVATE 2
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MREMAP_MAYMOVE 1

/* asm-generic struct stat, arm64's. */
struct guest_stat {
    uint64_t dev, ino;
    uint32_t mode, nlink, uid, gid;
    uint64_t rdev, pad1;
    int64_t size;
    int32_t blksize, pad2;
    int64_t blocks;
    int64_t atime, atime_ns, mtime, mtime_ns, ctime, ctime_ns;
    uint32_t unused[2];
};

struct timespec64 {
    int64_t sec, nsec;
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

static size_t length(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int same(const void *a, const void *b, size_t n)
{
    const uint8_t *x = a, *y = b;
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i])
            return 0;
    return 1;
}

static void test_write(void)
{
    show("write", sys(FT_SYS_write, 1, (long)"write works\n", 12, 0, 0, 0));
    static const char *parts[] = {"writev ", "joins ", "three\n"};
    uint64_t iov[6];
    for (int i = 0; i < 3; i++) {
        iov[2 * i] = (uint64_t)parts[i];
        iov[2 * i + 1] = length(parts[i]);
    }
    show("writev", sys(SYS_writev, 1, (long)iov, 3, 0, 0, 0));
    show("write-zero", sys(FT_SYS_write, 1, (long)"", 0, 0, 0, 0));
    show("write-badfd", sys(FT_SYS_write, 99, (long)"x", 1, 0, 0, 0));
    show("write-efault", sys(FT_SYS_write, 1, 16, 4, 0, 0, 0));
}

static void test_brk(void)
{
    long start = sys(SYS_brk, 0, 0, 0, 0, 0, 0);
    show("brk-query-again-same", sys(SYS_brk, 0, 0, 0, 0, 0, 0) == start);
    long grown = sys(SYS_brk, start + 100000, 0, 0, 0, 0, 0);
    show("brk-grow", grown - start);
    volatile uint8_t *heap = (volatile uint8_t *)start;
    for (int i = 0; i < 100000; i += 4096)
        heap[i] = (uint8_t)(i / 4096 + 1);
    long sum = 0;
    for (int i = 0; i < 100000; i += 4096)
        sum += heap[i];
    show("brk-memory", sum);
    show("brk-fresh-zero", heap[99999]);
    show("brk-shrink", sys(SYS_brk, start + 10, 0, 0, 0, 0, 0) - start);
    show("brk-below-start", sys(SYS_brk, 4096, 0, 0, 0, 0, 0) - start);
}

static void test_mmap(void)
{
    long len = 3 * 4096;
    long a = sys(FT_SYS_mmap, 0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    show("mmap-ok", a > 0 && (a & 4095) == 0);
    volatile uint64_t *p = (volatile uint64_t *)a;
    show("mmap-zeroed", p[0] == 0 && p[len / 8 - 1] == 0);
    p[0] = 0x1122334455667788ull;
    p[600] = 42;
    show("mmap-readback", p[0] == 0x1122334455667788ull && p[600] == 42);
    /* (MAP_FIXED_NOREPLACE is left to the unit tests: qemu 7.2 treats it as a hint.) */
    /* MAP_FIXED replaces: the page comes back zeroed. */
    show("mmap-fixed", sys(FT_SYS_mmap, a, 4096, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == a);
    show("mmap-fixed-zero", p[0]);
    show("mmap-fixed-kept", p[600]);
    show("mprotect", sys(FT_SYS_mprotect, a, 4096, PROT_READ, 0, 0, 0));
    show("mprotect-unaligned", sys(FT_SYS_mprotect, a + 1, 4096, PROT_READ, 0, 0, 0));
    show("mprotect-back", sys(FT_SYS_mprotect, a, 4096, PROT_READ | PROT_WRITE, 0, 0, 0));
    p[1] = 5;
    show("madvise", sys(SYS_madvise, a, len, 4 /* MADV_DONTNEED */, 0, 0, 0));
    show("madvise-zeroes", p[1] + p[600]);
    p[2] = 77;
    long b = sys(SYS_mremap, a, len, 8 * len, MREMAP_MAYMOVE, 0, 0);
    show("mremap-ok", b > 0);
    show("mremap-kept", ((volatile uint64_t *)b)[2]);
    show("munmap", sys(FT_SYS_munmap, b, 8 * len, 0, 0, 0, 0));
    show("munmap-unaligned", sys(FT_SYS_munmap, b + 8, 4096, 0, 0, 0, 0));
    show("mmap-zero-length", sys(FT_SYS_mmap, 0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    show("mmap-badfd", sys(FT_SYS_mmap, 0, 4096, PROT_READ, MAP_PRIVATE, 99, 0));
}

static void test_identity(void)
{
    long pid = sys(SYS_getpid, 0, 0, 0, 0, 0, 0);
    show("getpid-positive", pid > 0);
    show("gettid-is-pid", sys(SYS_gettid, 0, 0, 0, 0, 0, 0) == pid);
    show("getppid-positive", sys(SYS_getppid, 0, 0, 0, 0, 0, 0) > 0);
    static int tid_word;
    show("set_tid_address-is-pid", sys(SYS_set_tid_address, (long)&tid_word, 0, 0, 0, 0, 0) == pid);
    static char uts[6 * 65];
    show("uname", sys(SYS_uname, (long)uts, 0, 0, 0, 0, 0));
    ft_puts("sysname=");
    ft_puts(uts);
    ft_puts("\nmachine=");
    ft_puts(uts + 4 * 65);
    ft_puts("\n");
    show("uname-efault", sys(SYS_uname, 16, 0, 0, 0, 0, 0));
}

static void test_time(void)
{
    struct timespec64 a, b, res;
    show("clock_gettime", sys(SYS_clock_gettime, 1 /* MONOTONIC */, (long)&a, 0, 0, 0, 0));
    struct timespec64 nap = {0, 2000000};
    show("nanosleep", sys(SYS_nanosleep, (long)&nap, 0, 0, 0, 0, 0));
    sys(SYS_clock_gettime, 1, (long)&b, 0, 0, 0, 0);
    int64_t elapsed = (b.sec - a.sec) * 1000000000 + (b.nsec - a.nsec);
    show("monotonic-advanced-2ms", elapsed >= 2000000);
    show("nsec-in-range", a.nsec >= 0 && a.nsec < 1000000000 && b.nsec < 1000000000);
    show("clock_getres", sys(SYS_clock_getres, 1, (long)&res, 0, 0, 0, 0));
    show("res-positive", res.sec == 0 && res.nsec > 0);
    show("clock_gettime-badclock", sys(SYS_clock_gettime, 12345, (long)&a, 0, 0, 0, 0));
    show("clock_gettime-efault", sys(SYS_clock_gettime, 0, 16, 0, 0, 0, 0));
    struct timespec64 real;
    int64_t tv[2];
    sys(SYS_clock_gettime, 0, (long)&real, 0, 0, 0, 0);
    show("gettimeofday", sys(SYS_gettimeofday, (long)tv, 0, 0, 0, 0, 0));
    show("gettimeofday-close", tv[0] - real.sec <= 1 && tv[0] >= real.sec && tv[1] < 1000000);
}

static void test_random(void)
{
    static uint8_t buf[64];
    show("getrandom", sys(SYS_getrandom, (long)buf, sizeof(buf), 0, 0, 0, 0));
    int nonzero = 0;
    for (size_t i = 0; i < sizeof(buf); i++)
        nonzero |= buf[i];
    show("getrandom-nonzero", nonzero != 0);
    show("getrandom-efault", sys(SYS_getrandom, 16, 8, 0, 0, 0, 0));
}

static void test_file(void)
{
    static char path[64];
    ft_pid_path(path, sizeof(path), "/tmp/ferry-sys-basic-", "");

    long fd = sys(FT_SYS_openat, AT_FDCWD, (long)path, O_CREAT | O_EXCL | O_RDWR, 0600, 0, 0);
    show("openat-create", fd >= 3);
    static const char text[] = "first line\nsecond line\n";
    show("file-write", sys(FT_SYS_write, fd, (long)text, sizeof(text) - 1, 0, 0, 0));
    show("openat-exists", sys(FT_SYS_openat, AT_FDCWD, (long)path, O_CREAT | O_EXCL | O_RDWR, 0600, 0, 0));
    show("lseek-cur", sys(SYS_lseek, fd, 0, 1 /* SEEK_CUR */, 0, 0, 0));
    show("lseek-set", sys(SYS_lseek, fd, 6, 0, 0, 0, 0));
    static char buf[64];
    long got = sys(FT_SYS_read, fd, (long)buf, 4, 0, 0, 0);
    show("read", got);
    show("read-bytes", same(buf, "line", 4));
    show("pread64", sys(SYS_pread64, fd, (long)buf, 6, 11, 0, 0));
    show("pread64-bytes", same(buf, "second", 6));
    show("pwrite64", sys(SYS_pwrite64, fd, (long)"SECOND", 6, 11, 0, 0));
    show("read-to-eof", sys(FT_SYS_read, fd, (long)buf, sizeof(buf), 0, 0, 0));
    show("read-at-eof", sys(FT_SYS_read, fd, (long)buf, sizeof(buf), 0, 0, 0));
    show("read-efault", sys(FT_SYS_read, fd, 16, 4, 0, 0, 0));

    struct guest_stat st;
    show("fstat", sys(SYS_fstat, fd, (long)&st, 0, 0, 0, 0));
    show("stat-size", st.size);
    show("stat-mode", st.mode);
    show("stat-nlink", st.nlink);
    show("stat-blksize-positive", st.blksize > 0);
    struct guest_stat st2;
    show("newfstatat", sys(SYS_newfstatat, AT_FDCWD, (long)path, (long)&st2, 0, 0, 0));
    show("newfstatat-same-inode", st2.ino == st.ino && st2.dev == st.dev);
    show("newfstatat-empty-path", sys(SYS_newfstatat, fd, (long)"", (long)&st2, 0x1000, 0, 0));
    show("close", sys(FT_SYS_close, fd, 0, 0, 0, 0, 0));
    show("close-again", sys(FT_SYS_close, fd, 0, 0, 0, 0, 0));

    fd = sys(FT_SYS_openat, AT_FDCWD, (long)path, O_RDONLY, 0, 0, 0);
    got = sys(FT_SYS_read, fd, (long)buf, sizeof(buf), 0, 0, 0);
    show("reread", got);
    ft_write(buf, (size_t)got);
    sys(FT_SYS_close, fd, 0, 0, 0, 0, 0);
    show("unlinkat", sys(SYS_unlinkat, AT_FDCWD, (long)path, 0, 0, 0, 0));
    show("openat-gone", sys(FT_SYS_openat, AT_FDCWD, (long)path, O_RDONLY, 0, 0, 0));
    show("newfstatat-gone", sys(SYS_newfstatat, AT_FDCWD, (long)path, (long)&st, 0, 0, 0));
    show("openat-efault", sys(FT_SYS_openat, AT_FDCWD, 16, O_RDONLY, 0, 0, 0));
}

int test_main(void)
{
    test_write();
    test_brk();
    test_mmap();
    test_identity();
    test_time();
    test_random();
    test_file();
    return 7;
}
