/*
 * virtio-rng, the entropy device (virtio 1.2, 5.4): one queue of writable
 * buffers the device fills with random bytes, from the host's getrandom(2)
 * or from a file the user named (-object rng-random,filename=F), read
 * without blocking: when the file has nothing to give, the request waits
 * until the board sees the file readable (virtio_rng_source_ready).
 */
#ifndef FERRY_DEVICES_VIRTIO_RNG_H
#define FERRY_DEVICES_VIRTIO_RNG_H

#include "devices/virtio.h"

struct virtio_rng {
    struct virtio_device vdev; /* first: the transport's view */
    int source_fd;             /* -1: getrandom(2) */
    bool waiting;              /* a request waits for source_fd to become readable */
    struct virtq_request *request;
    /* told when a request starts or stops waiting for source_fd (the board polls it meanwhile) */
    void (*wait_for_source)(struct virtio_rng *rng, bool wait);
    void *host; /* the board's, for wait_for_source */
};

/* 0, or -ENOMEM. source_fd: a non-blocking descriptor to read, or -1. */
int virtio_rng_init(struct virtio_rng *rng, const struct phys_space *mem, int source_fd);
void virtio_rng_free(struct virtio_rng *rng);

/* The board saw source_fd readable: serve the waiting requests. */
void virtio_rng_source_ready(struct virtio_rng *rng);

#endif
