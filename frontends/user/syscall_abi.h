/*
 * Where the Linux arm64 user ABI differs from the x86-64 host's: values and
 * layouts ferry-user must translate. Everything else (errno values, signal
 * numbers, most flags, struct timespec/iovec/statx/dirent64/termios) is the
 * same on both 64-bit ABIs and passes straight through.
 */
#ifndef FERRY_FRONTENDS_USER_SYSCALL_ABI_H
#define FERRY_FRONTENDS_USER_SYSCALL_ABI_H

#include <stdint.h>
#include <sys/stat.h>

/* arm64 open flags that x86-64 places elsewhere (arch/arm64/include/uapi/asm/fcntl.h). */
#define ARM64_O_DIRECTORY 0040000
#define ARM64_O_NOFOLLOW 0100000
#define ARM64_O_DIRECT 0200000
#define ARM64_O_LARGEFILE 0400000
/* x86-64's own O_LARGEFILE: glibc defines O_LARGEFILE as 0 there, the kernel sets this bit. */
#define HOST_O_LARGEFILE 0100000

/* The kernel's struct termios (not glibc's): 4 flag words, c_line, 19 control chars. */
#define ARM64_TERMIOS_SIZE 36

/* struct stat of asm-generic/stat.h, which arm64 uses: 128 bytes. */
struct arm64_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint32_t st_mode;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint64_t st_rdev;
    uint64_t pad1;
    int64_t st_size;
    int32_t st_blksize;
    int32_t pad2;
    int64_t st_blocks;
    int64_t st_atime_sec;
    uint64_t st_atime_nsec;
    int64_t st_mtime_sec;
    uint64_t st_mtime_nsec;
    int64_t st_ctime_sec;
    uint64_t st_ctime_nsec;
    uint32_t unused4;
    uint32_t unused5;
};
_Static_assert(sizeof(struct arm64_stat) == 128, "asm-generic struct stat is 128 bytes");

int open_flags_to_host(int guest);
int open_flags_to_guest(int host);
void stat_to_arm64(const struct stat *st, struct arm64_stat *out);

#endif
