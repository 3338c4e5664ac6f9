/* virtio-rng: buffers filled with host randomness; see virtio_rng.h. */
#include "devices/virtio_rng.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

/* One request's worth at most: the driver asks for small amounts (Linux: 16-64 bytes). */
#define RNG_CHUNK 4096

static struct virtio_rng *rng_of(struct virtio_device *d) { return (struct virtio_rng *)d; }

/* Random bytes into buf: how many (0 when the user's source has none just now). */
static size_t gather(struct virtio_rng *rng, uint8_t *buf, size_t len)
{
    for (;;) {
        ssize_t n = rng->source_fd < 0 ? getrandom(buf, len, 0) : read(rng->source_fd, buf, len);
        if (n >= 0)
            return (size_t)n;
        if (errno != EINTR)
            return 0;
    }
}

static void serve(struct virtio_rng *rng)
{
    struct virtio_device *d = &rng->vdev;
    struct virtq *q = &d->queue[0];
    struct virtq_request *r = rng->request;
    bool pushed = false;
    while (virtio_queue_pop(d, 0, r) == VIRTQ_POP_OK) {
        uint8_t chunk[RNG_CHUNK];
        size_t want = r->writable_bytes < sizeof(chunk) ? r->writable_bytes : sizeof(chunk);
        size_t n = want ? gather(rng, chunk, want) : 0;
        if (want && n == 0) { /* the source is dry: try again when it is readable */
            virtq_unpop(q);
            rng->waiting = true;
            if (rng->wait_for_source)
                rng->wait_for_source(rng, true);
            break;
        }
        virtq_write_in(r, 0, chunk, n);
        virtq_push(q, d->mem, r, (uint32_t)n);
        pushed = true;
    }
    if (pushed)
        virtio_queue_done(d, 0);
}

static void rng_notify(struct virtio_device *d, unsigned queue)
{
    (void)queue;
    serve(rng_of(d));
}

static void stop_waiting(struct virtio_rng *rng)
{
    if (rng->waiting && rng->wait_for_source)
        rng->wait_for_source(rng, false);
    rng->waiting = false;
}

static void rng_reset(struct virtio_device *d) { stop_waiting(rng_of(d)); }

static const struct virtio_device_ops rng_ops = {
    .name = "virtio-rng",
    .device_id = VIRTIO_ID_RNG,
    .queues = 1,
    .queue_notify = rng_notify,
    .reset = rng_reset,
};

int virtio_rng_init(struct virtio_rng *rng, const struct phys_space *mem, int source_fd)
{
    memset(rng, 0, sizeof(*rng));
    rng->vdev.ops = &rng_ops;
    rng->vdev.mem = mem;
    rng->source_fd = source_fd;
    rng->request = malloc(sizeof(*rng->request));
    return rng->request ? 0 : -ENOMEM;
}

void virtio_rng_free(struct virtio_rng *rng)
{
    free(rng->request);
    rng->request = 0;
}

void virtio_rng_source_ready(struct virtio_rng *rng)
{
    if (!rng->waiting)
        return;
    stop_waiting(rng);
    if (virtio_running(&rng->vdev))
        serve(rng);
}
