/* The board's one host I/O loop; see main_loop.h. */
#include "frontends/system/main_loop.h"

#include <errno.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

/* The wake-up eventfd had a kick: empty it (the kick's job, getting us here, is done). */
static void drain_wake(void *opaque, int fd, short revents)
{
    (void)opaque;
    (void)revents;
    uint64_t count;
    while (read(fd, &count, sizeof(count)) > 0)
        continue;
}

int main_loop_init(struct main_loop *loop)
{
    memset(loop, 0, sizeof(*loop));
    loop->wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (loop->wake_fd < 0)
        return -errno;
    return main_loop_watch(loop, loop->wake_fd, POLLIN, drain_wake, 0);
}

void main_loop_free(struct main_loop *loop)
{
    if (loop->wake_fd > 0)
        close(loop->wake_fd);
    memset(loop, 0, sizeof(*loop));
    loop->wake_fd = -1;
}

int main_loop_watch(struct main_loop *loop, int fd, short events, main_loop_ready_fn ready,
                    void *opaque)
{
    if (loop->watches == MAIN_LOOP_MAX_WATCHES)
        return -ENOSPC;
    loop->watch[loop->watches++] = (struct main_loop_watch){fd, events, ready, opaque};
    return 0;
}

void main_loop_set_events(struct main_loop *loop, int fd, short events)
{
    for (unsigned i = 0; i < loop->watches; i++)
        if (loop->watch[i].fd == fd)
            loop->watch[i].events = events;
}

void main_loop_unwatch(struct main_loop *loop, int fd)
{
    for (unsigned i = 0; i < loop->watches; i++)
        if (loop->watch[i].fd == fd) {
            memmove(&loop->watch[i], &loop->watch[i + 1],
                    (loop->watches - i - 1) * sizeof(loop->watch[0]));
            loop->watches--;
            return;
        }
}

int main_loop_add_source(struct main_loop *loop, struct main_loop_source *source)
{
    if (loop->sources == MAIN_LOOP_MAX_SOURCES)
        return -ENOSPC;
    loop->source[loop->sources++] = source;
    return 0;
}

void main_loop_remove_source(struct main_loop *loop, struct main_loop_source *source)
{
    for (unsigned i = 0; i < loop->sources; i++)
        if (loop->source[i] == source) {
            loop->source[i] = loop->source[--loop->sources];
            return;
        }
}

int main_loop_add_pollfd(struct main_loop *loop, int fd, short events)
{
    if (loop->nfds == MAIN_LOOP_MAX_FDS)
        return -1;
    loop->fds[loop->nfds] = (struct pollfd){fd, events, 0};
    return (int)loop->nfds++;
}

short main_loop_revents(const struct main_loop *loop, int index)
{
    return index >= 0 && (unsigned)index < loop->nfds ? loop->fds[index].revents : 0;
}

void main_loop_kick(struct main_loop *loop)
{
    uint32_t *flag = loop->exit_flag;
    if (flag)
        __atomic_store_n(flag, 1, __ATOMIC_RELAXED);
    uint64_t one = 1;
    ssize_t n = write(loop->wake_fd, &one, sizeof(one));
    (void)n; /* a full counter is still a pending wake-up */
}

void main_loop_poll(struct main_loop *loop, int64_t timeout_ns)
{
    loop->nfds = 0;
    unsigned watches = loop->watches;
    for (unsigned i = 0; i < watches; i++)
        main_loop_add_pollfd(loop, loop->watch[i].fd, loop->watch[i].events);
    for (unsigned i = 0; i < loop->sources; i++)
        loop->source[i]->prepare(loop->source[i]->opaque, loop, &timeout_ns);
    if (timeout_ns < 0)
        timeout_ns = 0;
    struct timespec timeout = {(time_t)(timeout_ns / 1000000000), (long)(timeout_ns % 1000000000)};
    int ready = ppoll(loop->fds, loop->nfds, &timeout, timeout_ns ? loop->wait_sigmask : 0);
    bool failed = ready < 0;
    if (failed)
        for (unsigned i = 0; i < loop->nfds; i++)
            loop->fds[i].revents = 0;
    /*
     * Watch callbacks may unwatch (their own fd or another): take each
     * result by fd from this round's copy, so a shifted list is harmless.
     */
    struct main_loop_watch seen[MAIN_LOOP_MAX_WATCHES];
    short revents[MAIN_LOOP_MAX_WATCHES];
    memcpy(seen, loop->watch, watches * sizeof(seen[0]));
    for (unsigned i = 0; i < watches; i++)
        revents[i] = loop->fds[i].revents;
    for (unsigned i = 0; i < watches; i++) {
        if (!revents[i])
            continue;
        bool still_watched = false;
        for (unsigned k = 0; k < loop->watches; k++)
            still_watched |= loop->watch[k].fd == seen[i].fd && loop->watch[k].ready == seen[i].ready;
        if (still_watched)
            seen[i].ready(seen[i].opaque, seen[i].fd, revents[i]);
    }
    for (unsigned i = 0; i < loop->sources; i++)
        loop->source[i]->dispatch(loop->source[i]->opaque, loop, failed);
}
