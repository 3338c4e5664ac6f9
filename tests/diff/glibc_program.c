/*
 * Differential test: an ordinary C program on Debian's static arm64 glibc
 * (the libc's own SIMD string functions, stdio with floating-point
 * formatting, qsort, pthreads with mutexes and condition variables, C11
 * atomics shared by threads, a SIGSEGV handler that longjmps back, SIGUSR1
 * raised and SIGALRM from alarm() awaited with sigsuspend), compiled -O2
 * like real software.
 */
// GLIBC
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long counter;
static int ready;
static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;

static void *worker(void *arg)
{
    for (int i = 0; i < 50000; i++) {
        pthread_mutex_lock(&mutex);
        counter += (long)(size_t)arg;
        pthread_mutex_unlock(&mutex);
    }
    pthread_mutex_lock(&mutex);
    ready++;
    pthread_cond_signal(&cond);
    pthread_mutex_unlock(&mutex);
    return arg;
}

static atomic_long atomic_total;
static atomic_int spin_lock;

/* A test-and-set spin lock and relaxed/seq_cst read-modify-writes, hammered by four threads. */
static void *atomic_worker(void *arg)
{
    long step = (long)(size_t)arg;
    for (int i = 0; i < 20000; i++) {
        atomic_fetch_add_explicit(&atomic_total, step, memory_order_relaxed);
        while (atomic_exchange_explicit(&spin_lock, 1, memory_order_acquire))
            ;
        counter -= step;
        atomic_store_explicit(&spin_lock, 0, memory_order_release);
    }
    long expected = atomic_load(&atomic_total);
    while (!atomic_compare_exchange_weak(&atomic_total, &expected, expected ^ (step << 40)))
        ;
    return 0;
}

static volatile sig_atomic_t usr1_seen, alarm_seen;
static void on_usr1(int sig) { usr1_seen = sig; }
static void on_alarm(int sig) { alarm_seen = sig; }

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static sigjmp_buf recover;
static void on_segv(int sig)
{
    (void)sig;
    siglongjmp(recover, 1);
}

int main(void)
{
    char text[200];
    snprintf(text, sizeof(text), "%s-%d-%.3f-%e-%g", "ferry", 42, M_PI, 6.02214076e23, 1e-7);
    printf("%s len=%zu chr=%s rchr=%s\n", text, strlen(text), strchr(text, '-'), strrchr(text, '-'));
    printf("cmp=%d ncmp=%d str=%s\n", strcmp("abc", "abd") < 0, strncmp(text, "ferry", 5),
           strstr(text, "42"));

    double values[64];
    for (int i = 0; i < 64; i++)
        values[i] = sin(i * 0.7) * 1000;
    qsort(values, 64, sizeof(double), compare);
    printf("sorted %.6f %.6f %.6f\n", values[0], values[32], values[63]);
    printf("math %.12f %.12f %.12f\n", sqrt(2.0), exp(1.0), atan2(1.0, 3.0));

    pthread_t threads[4];
    for (long i = 0; i < 4; i++)
        pthread_create(&threads[i], 0, worker, (void *)(size_t)(i + 1));
    pthread_mutex_lock(&mutex);
    while (ready < 4)
        pthread_cond_wait(&cond, &mutex);
    pthread_mutex_unlock(&mutex);
    for (int i = 0; i < 4; i++)
        pthread_join(threads[i], 0);
    printf("threads counter=%ld\n", counter);
    for (long i = 0; i < 4; i++)
        pthread_create(&threads[i], 0, atomic_worker, (void *)(size_t)(i + 1));
    for (int i = 0; i < 4; i++)
        pthread_join(threads[i], 0);
    printf("atomics total=%lx counter=%ld\n", (long)atomic_load(&atomic_total), counter);

    struct sigaction act = {0};
    act.sa_handler = on_usr1;
    sigaction(SIGUSR1, &act, 0);
    act.sa_handler = on_alarm;
    sigaction(SIGALRM, &act, 0);
    raise(SIGUSR1);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGALRM);
    sigprocmask(SIG_BLOCK, &block, &old);
    alarm(1);
    while (!alarm_seen)
        sigsuspend(&old);
    sigprocmask(SIG_SETMASK, &old, 0);
    printf("signals usr1=%d alarm=%d\n", (int)usr1_seen, (int)alarm_seen);

    signal(SIGSEGV, on_segv);
    if (!sigsetjmp(recover, 1)) {
        *(volatile int *)16 = 1;
        puts("no fault");
    } else {
        puts("recovered from SIGSEGV");
    }
    char *copy = strdup(text);
    memmove(copy + 1, copy, 10);
    memset(copy + 20, 'z', 5);
    printf("%s\n", copy);
    free(copy);
    return 3;
}
