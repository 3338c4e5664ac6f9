/* The disk workers of one drive; see drive_pool.h. */
#include "frontends/system/drive_pool.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

static void *worker(void *opaque)
{
    struct drive_pool *p = opaque;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (!p->quit && !p->head)
            pthread_cond_wait(&p->work, &p->lock);
        if (p->quit)
            break;
        struct virtio_blk_job *job = p->head;
        p->head = job->next;
        if (!p->head)
            p->tail = 0;
        pthread_mutex_unlock(&p->lock);

        job->result = p->run(p->ctx, job);

        pthread_mutex_lock(&p->lock);
        job->next = p->done;
        p->done = job;
        if (--p->pending == 0)
            pthread_cond_broadcast(&p->idle);
        /* under the lock: drive_pool_stop cannot close the eventfd between */
        uint64_t one = 1;
        ssize_t n = write(p->event_fd, &one, sizeof(one));
        (void)n; /* a full counter is still readable */
        main_loop_kick(p->loop);
    }
    pthread_mutex_unlock(&p->lock);
    return 0;
}

int drive_pool_start(struct drive_pool *p, int (*run)(void *ctx, struct virtio_blk_job *job),
                     void *ctx, struct main_loop *loop, char *err, size_t err_cap)
{
    memset(p, 0, sizeof(*p));
    p->run = run;
    p->ctx = ctx;
    p->loop = loop;
    p->event_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (p->event_fd < 0) {
        snprintf(err, err_cap, "cannot make an eventfd: %s", strerror(errno));
        return -1;
    }
    pthread_mutex_init(&p->lock, 0);
    pthread_cond_init(&p->work, 0);
    pthread_cond_init(&p->idle, 0);
    /* the workers take no signals: the tick and ^C stay with the board's thread */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int e = 0;
    while (p->threads < DRIVE_POOL_THREADS &&
           (e = pthread_create(&p->thread[p->threads], 0, worker, p)) == 0)
        p->threads++;
    pthread_sigmask(SIG_SETMASK, &old, 0);
    if (p->threads == 0) {
        snprintf(err, err_cap, "cannot start a disk worker thread: %s", strerror(e));
        drive_pool_stop(p);
        return -1;
    }
    return 0; /* fewer workers than asked still serve the disk */
}

void drive_pool_stop(struct drive_pool *p)
{
    pthread_mutex_lock(&p->lock);
    p->quit = true;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->lock);
    for (unsigned i = 0; i < p->threads; i++)
        pthread_join(p->thread[i], 0);
    p->threads = 0;
    p->head = p->tail = p->done = 0;
    if (p->event_fd >= 0)
        close(p->event_fd);
    p->event_fd = -1;
    pthread_cond_destroy(&p->idle);
    pthread_cond_destroy(&p->work);
    pthread_mutex_destroy(&p->lock);
}

void drive_pool_submit(struct drive_pool *p, struct virtio_blk_job *job)
{
    job->next = 0;
    pthread_mutex_lock(&p->lock);
    if (p->tail)
        p->tail->next = job;
    else
        p->head = job;
    p->tail = job;
    p->pending++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->lock);
}

void drive_pool_drain(struct drive_pool *p)
{
    pthread_mutex_lock(&p->lock);
    while (p->pending)
        pthread_cond_wait(&p->idle, &p->lock);
    pthread_mutex_unlock(&p->lock);
}

struct virtio_blk_job *drive_pool_take_done(struct drive_pool *p)
{
    uint64_t count;
    ssize_t n = read(p->event_fd, &count, sizeof(count)); /* reset before looking: no kick is lost */
    (void)n;
    pthread_mutex_lock(&p->lock);
    struct virtio_blk_job *newest = p->done;
    p->done = 0;
    pthread_mutex_unlock(&p->lock);
    struct virtio_blk_job *oldest = 0; /* the list reversed: completions in the order they finished */
    while (newest) {
        struct virtio_blk_job *next = newest->next;
        newest->next = oldest;
        oldest = newest;
        newest = next;
    }
    return oldest;
}
