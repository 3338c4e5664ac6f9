/*
 * Differential test: changes of the address space under code that has run
 * (ferry-user drops the decoded code of the pages a change touches, and
 * only those). Each function is called often enough to be translated
 * before its pages change, and its new contents arrive without a store
 * ferry could notice (a file mapping, or stores while the page was not
 * executable), so only the change itself can make the new code run:
 *
 *   - munmap, then mmap at the same address with other contents (file and
 *     anonymous), also while a second thread runs the code;
 *   - mmap MAP_FIXED straight over code;
 *   - mprotect removing PROT_EXEC: the next call faults (SIGSEGV at it);
 *   - mremap moving code over other code, and shrinking code away;
 *   - a JIT: RX code made RW, rewritten, RX again; RX made RWX and
 *     rewritten with no system call between the store and the call.
 *
 * No cache maintenance (__clear_cache) anywhere: it would drop the code by
 * itself and hide a missing drop.
 */
// GLIBC
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define RET 0xd65f03c0u
#define CALLS 500
#define PAGE 4096

typedef unsigned fn0(void);

static uint32_t movz_w0(unsigned imm) { return 0x52800000u | imm << 5; }

static unsigned call_many(void *code)
{
    unsigned sum = 0;
    for (int i = 0; i < CALLS; i++)
        sum += ((fn0 *)code)();
    return sum;
}

static void die(const char *what)
{
    perror(what);
    _exit(1);
}

/* A one-page memfd holding "mov w0, #k; ret" at the start of each page. */
static int code_file(unsigned k, unsigned pages)
{
    int fd = memfd_create("code", 0);
    if (fd < 0)
        die("memfd_create");
    static uint32_t buf[PAGE / 4];
    for (unsigned p = 0; p < pages; p++) {
        memset(buf, 0, sizeof(buf));
        buf[0] = movz_w0(k + p);
        buf[1] = RET;
        if (write(fd, buf, PAGE) != PAGE)
            die("write");
    }
    return fd;
}

static void *map_file(void *at, int fd, unsigned pages, int flags)
{
    void *p = mmap(at, pages * PAGE, PROT_READ | PROT_EXEC, MAP_PRIVATE | flags, fd, 0);
    if (p == MAP_FAILED || (at && p != at))
        die("mmap file");
    return p;
}

static void *map_anon(void *at, int prot)
{
    void *p = mmap(at, PAGE, prot, MAP_PRIVATE | MAP_ANONYMOUS | (at ? MAP_FIXED : 0), -1, 0);
    if (p == MAP_FAILED)
        die("mmap anon");
    return p;
}

static sigjmp_buf on_fault;
static volatile void *fault_addr;

static void segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    fault_addr = si->si_addr;
    siglongjmp(on_fault, 1);
}

/* Calls code once: its result, or "SIGSEGV at it" when the call faults there. */
static void try_call(const char *what, void *code)
{
    if (sigsetjmp(on_fault, 1)) {
        printf("%s: SIGSEGV%s\n", what, fault_addr == code ? " at the code" : " elsewhere");
        return;
    }
    unsigned r = ((fn0 *)code)();
    printf("%s: ran, %u\n", what, r);
}

/* ---- a second thread runs the code while the first changes it ---- */
static void *shared;
static atomic_uint turn, answered;
static unsigned thread_result;

static void *runner(void *arg)
{
    (void)arg;
    for (unsigned seen = 0;;) {
        unsigned k = atomic_load(&turn);
        if (k == seen)
            continue;
        if (k == 999)
            return 0;
        seen = k;
        thread_result = call_many(shared);
        atomic_store(&answered, k);
    }
}

static unsigned ask_thread(unsigned k)
{
    atomic_store(&turn, k);
    while (atomic_load(&answered) != k) {
    }
    return thread_result;
}

int main(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, 0);

    /* munmap, then a file with other code mapped at the same address */
    int fd1 = code_file(1, 1), fd2 = code_file(2, 1), fd3 = code_file(3, 1), fd4 = code_file(4, 1);
    void *code = map_file(0, fd1, 1, 0);
    printf("file 1: %u\n", call_many(code));
    munmap(code, PAGE);
    map_file(code, fd2, 1, MAP_FIXED);
    printf("unmapped, file 2 at the same address: %u\n", call_many(code));

    /* MAP_FIXED straight over code */
    map_file(code, fd3, 1, MAP_FIXED);
    printf("file 3 mapped over it: %u\n", call_many(code));

    /* anonymous: unmapped, mapped again RW, written, made RX */
    munmap(code, PAGE);
    volatile uint32_t *anon = map_anon(code, PROT_READ | PROT_WRITE);
    anon[0] = movz_w0(5);
    anon[1] = RET;
    mprotect(code, PAGE, PROT_READ | PROT_EXEC);
    printf("anonymous over it: %u\n", call_many(code));

    /* a second thread has run the code; this one remaps it; the thread runs the new code */
    shared = code;
    pthread_t t;
    pthread_create(&t, 0, runner, 0);
    printf("thread, before: %u\n", ask_thread(1));
    munmap(code, PAGE);
    map_file(code, fd4, 1, MAP_FIXED);
    printf("thread, after file 4 replaced it: %u\n", ask_thread(2));
    map_file(code, fd1, 1, MAP_FIXED);
    printf("thread, after file 1 mapped over it: %u\n", ask_thread(3));
    atomic_store(&turn, 999);
    pthread_join(t, 0);

    /* mprotect removing PROT_EXEC: the next call faults; exec again: runs */
    printf("before mprotect: %u\n", call_many(code));
    mprotect(code, PAGE, PROT_READ);
    try_call("after PROT_READ", code);
    mprotect(code, PAGE, PROT_READ | PROT_EXEC);
    try_call("after PROT_EXEC again", code);
    /* a change that keeps it executable keeps it running */
    mprotect(code, PAGE, PROT_EXEC);
    try_call("after PROT_EXEC only", code);
    munmap(code, PAGE);
    try_call("after munmap", code);

    /* mremap: two pages of code moved over another page of code */
    int fd5 = code_file(50, 2), fd6 = code_file(60, 1);
    uint8_t *two = map_file(0, fd5, 2, 0);
    uint8_t *other = map_file(0, fd6, 1, 0);
    printf("two pages: %u %u, other: %u\n", call_many(two), call_many(two + PAGE), call_many(other));
    void *moved = mremap(two, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, other);
    if (moved != other)
        die("mremap");
    printf("moved over the other: %u %u\n", call_many(other), call_many(other + PAGE));
    try_call("the old address", two);
    /* shrunk to one page: the second page's code is gone */
    if (mremap(other, 2 * PAGE, PAGE, 0) != other)
        die("mremap shrink");
    try_call("first page after shrinking", other);
    try_call("second page after shrinking", other + PAGE);

    /* JIT: RX code made RW, rewritten, made RX again */
    volatile uint32_t *jit = map_anon(0, PROT_READ | PROT_WRITE);
    for (unsigned k = 1; k <= 3; k++) {
        jit[0] = movz_w0(100 + k);
        jit[1] = RET;
        mprotect((void *)jit, PAGE, PROT_READ | PROT_EXEC);
        printf("jit %u: %u\n", k, call_many((void *)jit));
        mprotect((void *)jit, PAGE, PROT_READ | PROT_WRITE);
    }
    /* RX made RWX: a store with no system call before the call */
    mprotect((void *)jit, PAGE, PROT_READ | PROT_EXEC);
    printf("jit rx: %u\n", call_many((void *)jit));
    mprotect((void *)jit, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC);
    jit[0] = movz_w0(200);
    printf("jit rwx rewritten: %u\n", call_many((void *)jit));
    return 0;
}
