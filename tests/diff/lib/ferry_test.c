/* The differential tests' freestanding runtime; see ferry_test.h. */
#include "ferry_test.h"

long ft_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
    register long x8 __asm__("x8") = nr;
    register long x0 __asm__("x0") = a0;
    register long x1 __asm__("x1") = a1;
    register long x2 __asm__("x2") = a2;
    register long x3 __asm__("x3") = a3;
    register long x4 __asm__("x4") = a4;
    register long x5 __asm__("x5") = a5;
    __asm__ volatile("svc #0"
                     : "+r"(x0)
                     : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
                     : "memory");
    return x0;
}

void ft_write(const char *s, size_t len)
{
    while (len) {
        long n = ft_syscall(FT_SYS_write, 1, (long)s, (long)len, 0, 0, 0);
        if (n <= 0)
            ft_exit(100);
        s += n;
        len -= (size_t)n;
    }
}

void ft_puts(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    ft_write(s, n);
}

void ft_put_hex(uint64_t v)
{
    char buf[16];
    for (int i = 15; i >= 0; i--) {
        buf[i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    }
    ft_write(buf, 16);
}

void ft_put_dec(int64_t v)
{
    char buf[24];
    int i = 24;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        buf[--i] = '-';
    ft_write(buf + i, (size_t)(24 - i));
}

void ft_exit(int status)
{
    for (;;)
        ft_syscall(FT_SYS_exit_group, status, 0, 0, 0, 0, 0);
}

static void check_n(const char *name, const uint64_t *v, int n)
{
    ft_puts(name);
    ft_write("=", 1);
    for (int i = 0; i < n; i++) {
        if (i)
            ft_write(" ", 1);
        ft_put_hex(v[i]);
    }
    ft_write("\n", 1);
}

void check1(const char *name, uint64_t a) { check_n(name, &a, 1); }

void check2(const char *name, uint64_t a, uint64_t b)
{
    uint64_t v[2] = {a, b};
    check_n(name, v, 2);
}

void check3(const char *name, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t v[3] = {a, b, c};
    check_n(name, v, 3);
}

/* gcc may emit calls to these even in freestanding code (struct copies, zeroing). */
void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

static uint64_t rand_state = 0x9e3779b97f4a7c15ull;

void ft_srand(uint64_t seed) { rand_state = seed ? seed : 1; }

uint64_t ft_rand(void)
{
    rand_state ^= rand_state >> 12;
    rand_state ^= rand_state << 25;
    rand_state ^= rand_state >> 27;
    return rand_state * 0x2545f4914f6cdd1dull;
}

const uint64_t ft_edge_values[] = {
    0, 1, 2, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff,
    0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0x100000000,
    0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000001, 0xfffffffffffffffe,
    0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210, 0xaaaaaaaaaaaaaaaa,
};
const size_t ft_edge_count = sizeof(ft_edge_values) / sizeof(ft_edge_values[0]);

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ull;
    return h ^ (h >> 29);
}

void ft_sweep2(const char *name, ft_op2 *op, int random_pairs)
{
    static const uint64_t shown[] = {0, 1, 0x7fffffff, 0x80000000, 0xffffffff,
                                     0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff};
    static const uint64_t nzcv_starts[] = {0, 0x20000000, 0x60000000, 0xf0000000};
    const size_t nshown = sizeof(shown) / sizeof(shown[0]);
    uint64_t flags;
    for (size_t i = 0; i < nshown; i++) {
        for (size_t j = 0; j < nshown; j++) {
            uint64_t r = op(shown[i], shown[j], 0x20000000, &flags);
            ft_puts(name);
            ft_write(" ", 1);
            ft_put_hex(shown[i]);
            ft_write(" ", 1);
            ft_put_hex(shown[j]);
            ft_write(" -> ", 4);
            ft_put_hex(r);
            ft_write(" ", 1);
            ft_put_hex(flags >> 28);
            ft_write("\n", 1);
        }
    }
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t k = 0; k < sizeof(nzcv_starts) / sizeof(nzcv_starts[0]); k++) {
        for (size_t i = 0; i < ft_edge_count; i++) {
            for (size_t j = 0; j < ft_edge_count; j++) {
                h = mix(h, op(ft_edge_values[i], ft_edge_values[j], nzcv_starts[k], &flags));
                h = mix(h, flags);
            }
        }
    }
    ft_srand(0x5eed0000u + (uint64_t)random_pairs);
    for (int i = 0; i < random_pairs; i++) {
        uint64_t a = ft_rand(), b = ft_rand();
        /* Small operands too: shifts, extends and bitfields care about low values. */
        if (i & 1)
            b &= 0x3f;
        h = mix(h, op(a, b, (uint64_t)(i & 15) << 28, &flags));
        h = mix(h, flags);
    }
    ft_puts(name);
    ft_puts(" checksum ");
    ft_put_hex(h);
    ft_write("\n", 1);
}

void ft_sweep_table(const struct ft_op2_case *cases, size_t count, int random_pairs)
{
    for (size_t i = 0; i < count; i++)
        ft_sweep2(cases[i].name, cases[i].op, random_pairs);
}

long ft_argc;
char **ft_argv;
char **ft_envp;

const char *ft_getenv(const char *name)
{
    for (char **e = ft_envp; e && *e; e++) {
        const char *a = name, *b = *e;
        while (*a && *a == *b) {
            a++;
            b++;
        }
        if (!*a && *b == '=')
            return b + 1;
    }
    return 0;
}

#include "ferry_sweep.h"

static uint64_t sweep_mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ull;
    return h ^ (h >> 29);
}

void ft_print_sweep(const char *name, ft_sweep_fn *fn, const struct ft_sweep_in *in,
                    uint64_t group, uint64_t *buffer)
{
    uint64_t n = fn(in, buffer);
    check3(name, in->a, in->b, in->nzcv);
    for (uint64_t g = 0; g < n; g += group) {
        uint64_t h = 0xcbf29ce484222325ull;
        for (uint64_t i = g; i < n && i < g + group; i++)
            h = sweep_mix(sweep_mix(h, buffer[2 * i]), buffer[2 * i + 1]);
        check3(name, g, buffer[2 * g], h);
    }
}

/* Entry point: the kernel (or emulator) jumps here with sp at argc. */
__attribute__((noreturn)) void ft_start_c(uint64_t *sp)
{
    ft_argc = (long)sp[0];
    ft_argv = (char **)(sp + 1);
    ft_envp = ft_argv + ft_argc + 1;
    ft_exit(test_main());
}

__asm__(".text\n"
        ".global _start\n"
        "_start:\n"
        "    mov x29, #0\n"
        "    mov x30, #0\n"
        "    mov x0, sp\n"
        "    bl ft_start_c\n");

size_t ft_pid_path(char *out, size_t cap, const char *prefix, const char *suffix)
{
    char digits[24];
    int d = 0;
    long pid = ft_syscall(FT_SYS_getpid, 0, 0, 0, 0, 0, 0);
    do {
        digits[d++] = (char)('0' + pid % 10);
        pid /= 10;
    } while (pid);
    size_t n = 0;
    for (; *prefix && n + 1 < cap; prefix++)
        out[n++] = *prefix;
    while (d && n + 1 < cap)
        out[n++] = digits[--d];
    for (; *suffix && n + 1 < cap; suffix++)
        out[n++] = *suffix;
    out[n] = 0;
    return n;
}
