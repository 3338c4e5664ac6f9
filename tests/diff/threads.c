/*
 * Differential test: threads made with raw clone (the flags glibc's
 * pthread_create uses), each with its own stack and TLS register, racing
 * on shared counters with LSE atomics and with LDXR/STXR loops, waking and
 * joining through futex (CLONE_CHILD_CLEARTID zeroes the tid word and wakes
 * the joiner), plus a futex ping-pong between two threads. Thread ids are
 * not printed, only facts about them.
 */
// CFLAGS: -march=armv8.1-a
#include "ferry_test.h"

enum {
    SYS_exit = 93, SYS_futex = 98, SYS_gettid = 178, SYS_getpid = 172, SYS_clone = 220,
    FUTEX_WAIT = 0, FUTEX_WAKE = 1,
    CLONE_THREAD_FLAGS = 0x3d0f00, /* VM FS FILES SIGHAND THREAD SYSVSEM SETTLS PARENT_SETTID CHILD_CLEARTID */
    NTHREADS = 4, ROUNDS = 20000,
};

#define SYS(n, a, b, c, d) ft_syscall(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

struct worker {
    int32_t tid_word; /* set by the kernel (PARENT_SETTID), cleared on exit (CHILD_CLEARTID) */
    int32_t own_tid;
    uint64_t tls_seen;
    uint8_t stack[16384] __attribute__((aligned(16)));
};

static struct worker workers[NTHREADS];
static uint64_t lse_counter, llsc_counter;
static uint32_t turn; /* futex ping-pong: 0 = main's turn, 1 = worker's */
static uint64_t pingpong_log[8];

static void work(struct worker *w)
{
    w->own_tid = (int32_t)SYS(SYS_gettid, 0, 0, 0, 0);
    __asm__ volatile("mrs %0, tpidr_el0" : "=r"(w->tls_seen));
    for (int i = 0; i < ROUNDS; i++) {
        __asm__ volatile("ldaddal %1, xzr, [%0]" ::"r"(&lse_counter), "r"(1ull) : "memory");
        uint64_t tmp, status;
        __asm__ volatile("1: ldaxr %0, [%2]\n add %0, %0, #2\n stlxr %w1, %0, [%2]\n cbnz %w1, 1b"
                         : "=&r"(tmp), "=&r"(status) : "r"(&llsc_counter) : "memory");
    }
}

static void pingpong(struct worker *w)
{
    (void)w;
    for (int i = 0; i < 4; i++) {
        while (__atomic_load_n(&turn, __ATOMIC_ACQUIRE) != 1)
            SYS(SYS_futex, &turn, FUTEX_WAIT, 0, 0);
        pingpong_log[2 * i + 1] = 100 + (uint64_t)i;
        __atomic_store_n(&turn, 0, __ATOMIC_RELEASE);
        SYS(SYS_futex, &turn, FUTEX_WAKE, 1, 0);
    }
}

/* clone a thread running fn(w) on w's stack with TLS = tls; returns the new tid. */
static long spawn(void (*fn)(struct worker *), struct worker *w, uint64_t tls)
{
    register long x0 __asm__("x0") = CLONE_THREAD_FLAGS;
    register long x1 __asm__("x1") = (long)(w->stack + sizeof(w->stack));
    register long x2 __asm__("x2") = (long)&w->tid_word;
    register long x3 __asm__("x3") = (long)tls;
    register long x4 __asm__("x4") = (long)&w->tid_word;
    register long x8 __asm__("x8") = SYS_clone;
    register long f __asm__("x19") = (long)fn;
    register long arg __asm__("x20") = (long)w;
    __asm__ volatile("svc #0\n"
                     "cbnz x0, 1f\n"
                     "mov x0, x20\n"
                     "blr x19\n"
                     "mov x0, #0\n"
                     "mov x8, #93\n" /* exit: this thread only */
                     "svc #0\n"
                     "1:\n"
                     : "+r"(x0)
                     : "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x8), "r"(f), "r"(arg)
                     : "memory", "x30");
    return x0;
}

/* Waits until the thread's tid word is cleared by its exit. */
static void join(struct worker *w)
{
    int32_t tid;
    while ((tid = __atomic_load_n(&w->tid_word, __ATOMIC_ACQUIRE)) != 0)
        SYS(SYS_futex, &w->tid_word, FUTEX_WAIT, tid, 0);
}

int test_main(void)
{
    long pid = SYS(SYS_getpid, 0, 0, 0, 0);
    long tids[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        tids[i] = spawn(work, &workers[i], 0x1000 + (uint64_t)i);
    for (int i = 0; i < NTHREADS; i++)
        join(&workers[i]);
    check2("counters", lse_counter, llsc_counter);
    int distinct = 1;
    for (int i = 0; i < NTHREADS; i++) {
        distinct &= tids[i] > 0 && tids[i] != pid && workers[i].own_tid == tids[i];
        for (int j = 0; j < i; j++)
            distinct &= tids[i] != tids[j];
        check1("tls", workers[i].tls_seen);
    }
    check1("thread ids distinct and reported", (uint64_t)distinct);

    /* Ping-pong: strict alternation through one futex word. */
    spawn(pingpong, &workers[0], 0);
    for (int i = 0; i < 4; i++) {
        pingpong_log[2 * i] = (uint64_t)i;
        __atomic_store_n(&turn, 1, __ATOMIC_RELEASE);
        SYS(SYS_futex, &turn, FUTEX_WAKE, 1, 0);
        while (__atomic_load_n(&turn, __ATOMIC_ACQUIRE) != 0)
            SYS(SYS_futex, &turn, FUTEX_WAIT, 1, 0);
    }
    join(&workers[0]);
    for (int i = 0; i < 8; i++)
        check1("pingpong", pingpong_log[i]);
    return 0;
}
