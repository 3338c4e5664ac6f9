/*
 * Differential test: an ordinary C program on Debian's static arm64 glibc
 * (the libc's own SIMD string functions, stdio with floating-point
 * formatting, qsort, pthreads with mutexes and condition variables, a
 * SIGSEGV handler that longjmps back), compiled -O2 like real software.
 */
// GLIBC
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
