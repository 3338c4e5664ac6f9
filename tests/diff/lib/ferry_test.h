/*
 * A tiny freestanding runtime for differential test programs.
 *
 * Test programs are built with gcc-aarch64-linux-gnu as static, -nostdlib,
 * -ffreestanding executables (no libc: glibc start-up needs FP/SIMD), run
 * under ferry-user and under qemu-aarch64-static, and their stdout and exit
 * status must match byte for byte. So a test prints every result it
 * computes, and the expected values are whatever the oracle prints.
 *
 * A test defines `int test_main(void)`; its return value is the exit status.
 *
 *     int test_main(void)
 *     {
 *         uint64_t r, flags;
 *         asm volatile("adds %0, %2, %3\n mrs %1, nzcv" : "=r"(r), "=r"(flags) : "r"(a), "r"(b));
 *         check2("adds", r, flags);
 *         return 0;
 *     }
 */
#ifndef FERRY_TEST_H
#define FERRY_TEST_H

#include <stddef.h>
#include <stdint.h>

long ft_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5);
void ft_write(const char *s, size_t len);
void ft_puts(const char *s);            /* no newline added */
void ft_put_hex(uint64_t v);            /* 16 hex digits, no prefix */
void ft_put_dec(int64_t v);
void ft_exit(int status) __attribute__((noreturn));

/* "name=<hex>\n" */
void check1(const char *name, uint64_t a);
/* "name=<hex> <hex>\n" */
void check2(const char *name, uint64_t a, uint64_t b);
/* "name=<hex> <hex> <hex>\n" */
void check3(const char *name, uint64_t a, uint64_t b, uint64_t c);

/* Deterministic xorshift64* stream: both emulators see the same operands. */
uint64_t ft_rand(void);
void ft_srand(uint64_t seed);

/* Edge operands every test should try: 0, 1, -1, INT_MIN/MAX at 32 and 64 bits, ... */
extern const uint64_t ft_edge_values[];
extern const size_t ft_edge_count;

/*
 * Sweeping a two-operand operation over many inputs. An operation receives
 * operands a and b and the NZCV value to start from, and returns its
 * result and the NZCV it leaves. ft_sweep2 prints one line per input for a
 * small set of edge values (so a difference is easy to read) and one
 * checksum line over the full cross product of ft_edge_values, under each
 * starting NZCV, plus `random_pairs` random operand pairs.
 */
typedef uint64_t ft_op2(uint64_t a, uint64_t b, uint64_t nzcv_in, uint64_t *nzcv_out);
void ft_sweep2(const char *name, ft_op2 *op, int random_pairs);

/*
 * FT_OP2(fn, "asm") defines an ft_op2 running one instruction template:
 * %0 is the result register, %2 operand a, %4 operand b (use %w0, %w2, %w4
 * for W forms). NZCV is set to nzcv_in before and read after.
 */
#define FT_OP2(fn, text)                                                                       \
    static uint64_t fn(uint64_t a, uint64_t b, uint64_t nzcv_in, uint64_t *nzcv_out)           \
    {                                                                                          \
        uint64_t r;                                                                            \
        __asm__ volatile("msr nzcv, %3\n\t" text "\n\tmrs %1, nzcv"                             \
                         : "=&r"(r), "=&r"(*nzcv_out)                                          \
                         : "r"(a), "r"(nzcv_in), "r"(b)                                        \
                         : "cc");                                                              \
        return r;                                                                              \
    }

struct ft_op2_case {
    const char *name;
    ft_op2 *op;
};

/* Sweeps every case of a table. */
void ft_sweep_table(const struct ft_op2_case *cases, size_t count, int random_pairs);
#define FT_COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* NZCV as the MRS instruction reads it. */
static inline uint64_t ft_nzcv(void)
{
    uint64_t v;
    __asm__ volatile("mrs %0, nzcv" : "=r"(v));
    return v;
}

static inline void ft_set_nzcv(uint64_t v) { __asm__ volatile("msr nzcv, %0" ::"r"(v)); }

/* Linux arm64 syscall numbers the tests use. */
enum {
    FT_SYS_openat = 56, FT_SYS_close = 57, FT_SYS_read = 63, FT_SYS_write = 64,
    FT_SYS_exit = 93, FT_SYS_exit_group = 94, FT_SYS_munmap = 215, FT_SYS_mmap = 222,
    FT_SYS_mprotect = 226, FT_SYS_getpid = 172,
};

/*
 * A path no other run uses at the same time: prefix, this process's pid in
 * decimal, suffix ("/tmp/ferry-x-" "1234" "-file"). Writes at most cap bytes
 * with the NUL; returns the length.
 */
size_t ft_pid_path(char *out, size_t cap, const char *prefix, const char *suffix);

int test_main(void);

/* The process's arguments and environment, from the initial stack. */
extern long ft_argc;
extern char **ft_argv;
extern char **ft_envp;
/* Value of environment variable `name`, or NULL. */
const char *ft_getenv(const char *name);

#endif
