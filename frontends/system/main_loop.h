/*
 * The one host I/O loop of the system emulator: every host file descriptor
 * the board listens to (the console's stdin, chardev sockets, libslirp's
 * sockets, disk-completion eventfds) is polled here together, between the
 * vCPUs' turns (no wait) and while every vCPU sleeps in WFI (waiting up to
 * the next guest timer). Work that finishes on another host thread (a disk
 * worker) calls main_loop_kick: the running vCPU leaves its block at the
 * next boundary and the board's thread polls.
 *
 *     main_loop_watch(loop, fd, POLLIN, on_readable, dev);     (until unwatched)
 *     main_loop_add_source(loop, &slirp_source);               (fds and a deadline, each round)
 *     ... in the board's loop: main_loop_poll(loop, 0) or main_loop_poll(loop, timeout_ns)
 *
 * Callbacks run on the board's thread, inside main_loop_poll.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_MAIN_LOOP_H
#define FERRY_FRONTENDS_SYSTEM_MAIN_LOOP_H

#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#define MAIN_LOOP_MAX_FDS 256
#define MAIN_LOOP_MAX_WATCHES 64
#define MAIN_LOOP_MAX_SOURCES 16

struct main_loop;

/* A descriptor that is watched until unwatched; `revents` as poll(2) gives them. */
typedef void (*main_loop_ready_fn)(void *opaque, int fd, short revents);

/*
 * A source that names its descriptors anew each round (libslirp's
 * slirp_pollfds_fill/poll): prepare adds them with main_loop_add_pollfd and
 * may lower *timeout_ns (its next timer); dispatch reads their results with
 * main_loop_revents and runs its timers. `failed`: poll itself failed.
 */
struct main_loop_source {
    void (*prepare)(void *opaque, struct main_loop *loop, int64_t *timeout_ns);
    void (*dispatch)(void *opaque, struct main_loop *loop, bool failed);
    void *opaque;
};

struct main_loop_watch {
    int fd;
    short events;
    main_loop_ready_fn ready;
    void *opaque;
};

struct main_loop {
    struct main_loop_watch watch[MAIN_LOOP_MAX_WATCHES];
    unsigned watches;
    struct main_loop_source *source[MAIN_LOOP_MAX_SOURCES];
    unsigned sources;
    struct pollfd fds[MAIN_LOOP_MAX_FDS]; /* this round's: watches first, then sources' */
    unsigned nfds;
    int wake_fd;                          /* eventfd: main_loop_kick from any thread */
    uint32_t *volatile exit_flag;         /* the running vCPU's exit_request, or NULL */
    /*
     * The signal mask while the loop waits (NULL: the thread's own): the
     * board blocks its run-loop tick, which matters only while a vCPU runs,
     * so an idle guest is not woken a thousand times a second.
     */
    const sigset_t *wait_sigmask;
};

/* 0, or -errno if the wake-up eventfd cannot be made. */
int main_loop_init(struct main_loop *loop);
void main_loop_free(struct main_loop *loop);

/* Watches fd for `events` (POLLIN, POLLOUT) until main_loop_unwatch. 0, or -ENOSPC. */
int main_loop_watch(struct main_loop *loop, int fd, short events, main_loop_ready_fn ready,
                    void *opaque);
/* Changes the events of a watched fd (e.g. POLLOUT only while output is queued). */
void main_loop_set_events(struct main_loop *loop, int fd, short events);
void main_loop_unwatch(struct main_loop *loop, int fd);

/* Adds a per-round source (kept by pointer: it must outlive the loop). 0, or -ENOSPC. */
int main_loop_add_source(struct main_loop *loop, struct main_loop_source *source);

/* Removes a source added before (nothing if it is not there). */
void main_loop_remove_source(struct main_loop *loop, struct main_loop_source *source);

/* For a source's prepare: one descriptor for this round; its index, or -1 when full. */
int main_loop_add_pollfd(struct main_loop *loop, int fd, short events);
/* For a source's dispatch: what poll said of the descriptor at `index` (0 for -1). */
short main_loop_revents(const struct main_loop *loop, int index);

/* The vCPU about to run: its exit flag is raised by main_loop_kick. NULL: none runs. */
static inline void main_loop_set_running(struct main_loop *loop, uint32_t *exit_flag)
{
    loop->exit_flag = exit_flag;
}

/* From any thread: the board's thread polls soon (the running vCPU returns to the board loop). */
void main_loop_kick(struct main_loop *loop);

/*
 * One round: polls everything for up to timeout_ns (0: just look; a signal
 * ends the wait early) and runs the callbacks of what is ready.
 */
void main_loop_poll(struct main_loop *loop, int64_t timeout_ns);

#endif
