/*
 * Differential test: stores into code that has run, with no cache
 * maintenance (no IC IVAU, no ISB), as JITs and self-modifying programs on
 * x86 habits do. QEMU notices such stores and so must ferry (DESIGN.md:
 * writes to a page holding translated code invalidate its blocks): every
 * call after a store runs the new instructions. Each function is called
 * often enough to be translated first. Covers rewriting the same page again
 * and again, a function storing into its own page on every call, read()
 * from a pipe over code, a second thread rewriting code the first runs, and
 * the W^X mprotect dance.
 */
// GLIBC
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#define RET 0xd65f03c0u
#define CALLS 500

static uint32_t movz_w0(unsigned imm) { return 0x52800000u | imm << 5; }

typedef unsigned fn0(void);
typedef unsigned fn1(uint32_t *);

static unsigned call_many(fn0 *f)
{
    unsigned sum = 0;
    for (int i = 0; i < CALLS; i++)
        sum += f();
    return sum;
}

static volatile uint32_t *code_page(int prot)
{
    void *p = mmap(0, 4096, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        _exit(1);
    }
    return p;
}

static volatile uint32_t *shared_code;
static atomic_uint request, done; /* the immediate to write next; the last one written */

/*
 * Rewrites shared_code on request, waiting without system calls in between
 * (a munmap or mprotect of that page would drop its code and hide a missed
 * store). Its getpid after the store stands for the IC IVAU a correct
 * program would issue there: ferry hands a store over to the other threads
 * at the storing thread's next block boundary, QEMU at once.
 */
static void *rewriter(void *arg)
{
    (void)arg;
    for (unsigned seen = 0; seen != 999;) {
        unsigned k = atomic_load(&request);
        if (k == seen)
            continue;
        seen = k;
        if (k != 999) {
            shared_code[0] = movz_w0(k);
            getpid();
        }
        atomic_store(&done, k);
    }
    return 0;
}

int main(void)
{
    /* one page rewritten five times: each version runs */
    volatile uint32_t *code = code_page(PROT_READ | PROT_WRITE | PROT_EXEC);
    code[1] = RET;
    for (unsigned k = 1; k <= 5; k++) {
        code[0] = movz_w0(k);
        printf("rewrite %u: %u\n", k, call_many((fn0 *)code));
    }

    /* a function that stores into its own page on every call: ldr, add, str, mov, ret */
    static const uint32_t counter[] = {0xb9400001u, 0x11000421u, 0xb9000001u, 0x2a0103e0u, RET};
    volatile uint32_t *own = code_page(PROT_READ | PROT_WRITE | PROT_EXEC);
    for (unsigned i = 0; i < 5; i++)
        own[i] = counter[i];
    unsigned last = 0;
    for (int i = 0; i < 2000; i++)
        last = ((fn1 *)own)((uint32_t *)(own + 512));
    printf("self-storing function: %u, counter %u\n", last, own[512]);
    own[3] = 0x11000020u; /* add w0, w1, #0 */
    printf("after rewriting it: %u\n", ((fn1 *)own)((uint32_t *)(own + 512)));

    /* read() from a pipe over code that ran */
    int fds[2];
    if (pipe(fds) != 0)
        return 1;
    uint32_t word = movz_w0(77);
    if (write(fds[1], &word, 4) != 4 || read(fds[0], (void *)code, 4) != 4)
        return 1;
    printf("read over code: %u\n", call_many((fn0 *)code));

    /* another thread rewrites code this one has been running */
    shared_code = code;
    pthread_t t;
    pthread_create(&t, 0, rewriter, 0);
    for (unsigned k = 100; k < 103; k++) {
        unsigned before = call_many((fn0 *)code);
        atomic_store(&request, k);
        while (atomic_load(&done) != k) {
        }
        printf("before %u, rewritten by a thread to %u: %u\n", before, k, call_many((fn0 *)code));
    }
    atomic_store(&request, 999);
    pthread_join(t, 0);

    /* W^X: written while RW, run while RX */
    volatile uint32_t *wx = code_page(PROT_READ | PROT_WRITE);
    for (unsigned k = 1; k <= 3; k++) {
        mprotect((void *)wx, 4096, PROT_READ | PROT_WRITE);
        wx[0] = movz_w0(10 * k);
        wx[1] = RET;
        mprotect((void *)wx, 4096, PROT_READ | PROT_EXEC);
        printf("W^X %u: %u\n", k, call_many((fn0 *)wx));
    }
    return 0;
}
