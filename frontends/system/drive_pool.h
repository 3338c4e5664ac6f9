/*
 * The disk workers of one drive: a few host threads that take virtio-blk
 * jobs in the order they were submitted and run them (preadv, pwritev,
 * fdatasync, fallocate straight into and out of guest RAM), several at
 * once, so the vCPU never waits for the disk. A finished job goes on a done
 * list; the worker then writes the pool's eventfd (watched by the board's
 * main loop) and kicks the vCPU out of its block, and the board's thread
 * takes the list (drive_pool_take_done) and completes the requests. The
 * workers touch nothing but the job, the guest RAM it names and `run`'s
 * context: never the device or its queue.
 *
 *     drive_pool_start(&pool, run_job, &image, loop, err, cap);
 *     main_loop_watch(loop, pool.event_fd, POLLIN, on_done, dev);
 *     drive_pool_submit(&pool, job);                  (board's thread)
 *     ... on_done: virtio_blk_complete(blk, drive_pool_take_done(&pool));
 *     drive_pool_stop(&pool);                         (joins the workers)
 */
#ifndef FERRY_FRONTENDS_SYSTEM_DRIVE_POOL_H
#define FERRY_FRONTENDS_SYSTEM_DRIVE_POOL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "devices/virtio_blk.h"
#include "frontends/system/main_loop.h"

/* Per drive: enough to keep a host disk's queue busy, few enough for a 2-core host. */
#define DRIVE_POOL_THREADS 4

struct drive_pool {
    pthread_mutex_t lock;
    pthread_cond_t work;               /* a job was queued, or the pool stops */
    pthread_cond_t idle;               /* pending fell to 0 */
    struct virtio_blk_job *head, *tail; /* queued, oldest first */
    struct virtio_blk_job *done;        /* finished, newest first */
    unsigned pending;                   /* queued or running */
    bool quit;
    pthread_t thread[DRIVE_POOL_THREADS];
    unsigned threads;
    int event_fd;                       /* readable while `done` has jobs */
    struct main_loop *loop;             /* kicked after each finished job */
    int (*run)(void *ctx, struct virtio_blk_job *job); /* on a worker: 0 or -errno */
    void *ctx;
};

/* 0, or -1 with a reason in err (no threads or eventfd to be had). */
int drive_pool_start(struct drive_pool *p, int (*run)(void *ctx, struct virtio_blk_job *job),
                     void *ctx, struct main_loop *loop, char *err, size_t err_cap);
/* Joins the workers (jobs still queued are dropped, running ones finish) and closes the eventfd. */
void drive_pool_stop(struct drive_pool *p);

/* Board's thread: queues a job for the next free worker. */
void drive_pool_submit(struct drive_pool *p, struct virtio_blk_job *job);
/* Returns when nothing is queued or running (what finished may not be taken yet). */
void drive_pool_drain(struct drive_pool *p);
/* Board's thread: the finished jobs (oldest first, through job->next), or NULL. */
struct virtio_blk_job *drive_pool_take_done(struct drive_pool *p);

#endif
