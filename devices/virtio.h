/*
 * A virtio device, independent of its transport (Virtual I/O Device
 * specification 1.2, chapters 2 and 3): what a device model implements (one
 * ops struct) and the state every device has (status, features, the
 * configuration space, the queues, the interrupt status).
 *
 * A device file holds only what is its own: it embeds a struct
 * virtio_device first, fills ops/config, and serves its queues in
 * ops->queue_notify. The transport (virtio_mmio.c; virtio-pci later) reads
 * and writes the state here on the driver's behalf and calls the ops. All
 * of it runs on the board's thread; a device whose work completes
 * elsewhere (a disk worker) hands the completion back to that thread first.
 *
 *     struct rng { struct virtio_device vdev; int fd; };
 *     static void rng_notify(struct virtio_device *d, unsigned q) { ... virtq_pop/virtq_push ...
 *                                                                    virtio_queue_done(d, q); }
 *     static const struct virtio_device_ops rng_ops = {.name = "virtio-rng", .device_id = 4,
 *                                                      .queues = 1, .queue_notify = rng_notify};
 */
#ifndef FERRY_DEVICES_VIRTIO_H
#define FERRY_DEVICES_VIRTIO_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "devices/irq.h"
#include "devices/virtqueue.h"
#include "mmu/phys_space.h"

/* Device IDs (5 "Device Types"). */
enum virtio_device_id {
    VIRTIO_ID_NET = 1,
    VIRTIO_ID_BLOCK = 2,
    VIRTIO_ID_CONSOLE = 3,
    VIRTIO_ID_RNG = 4,
    VIRTIO_ID_GPU = 16,
    VIRTIO_ID_INPUT = 18,
};

/* Device status bits (2.1). */
#define VIRTIO_STATUS_ACKNOWLEDGE 1u
#define VIRTIO_STATUS_DRIVER 2u
#define VIRTIO_STATUS_DRIVER_OK 4u
#define VIRTIO_STATUS_FEATURES_OK 8u
#define VIRTIO_STATUS_NEEDS_RESET 64u
#define VIRTIO_STATUS_FAILED 128u

/* Transport-level feature bits (6 "Reserved Feature Bits"). */
#define VIRTIO_F_INDIRECT_DESC 28
#define VIRTIO_F_RING_EVENT_IDX 29
#define VIRTIO_F_VERSION_1 32
#define VIRTIO_F_ACCESS_PLATFORM 33

/* InterruptStatus bits (4.2.2). */
#define VIRTIO_INT_USED_BUFFER 1u
#define VIRTIO_INT_CONFIG_CHANGE 2u

#define VIRTIO_MAX_QUEUES 8
#define VIRTIO_CONFIG_MAX 256

struct virtio_device;

struct virtio_device_ops {
    const char *name;           /* for log lines: "virtio-blk" */
    uint32_t device_id;         /* enum virtio_device_id */
    unsigned queues;            /* how many virtqueues the device has */
    uint16_t queue_size_max;    /* QueueNumMax; 0: VIRTQ_MAX_SIZE */
    /* The driver kicked `queue` (QueueNotify). */
    void (*queue_notify)(struct virtio_device *d, unsigned queue);
    /* Status was written 0 (or the board resets): forget requests, back to power-on state. */
    void (*reset)(struct virtio_device *d);
    /* Optional: the driver set DRIVER_OK (e.g. a NIC starts taking packets). */
    void (*driver_ok)(struct virtio_device *d);
    /*
     * Optional: the driver wrote the configuration space (it is already in
     * d->config). NULL: the space is read-only and writes are ignored.
     */
    void (*config_written)(struct virtio_device *d, uint32_t offset, unsigned size);
};

struct virtio_device {
    const struct virtio_device_ops *ops;
    const struct phys_space *mem; /* guest RAM, for the queues' DMA */
    struct irq_line irq;          /* set by the transport */
    FILE *guest_errors;           /* -d guest_errors: where to say why; NULL: quiet */

    uint64_t device_features;     /* the device's own bits; the transport adds its bits */
    uint64_t driver_features;     /* what the driver accepted (FEATURES_OK) */
    uint32_t status;
    uint32_t interrupt_status;    /* VIRTIO_INT_* */
    uint32_t config_generation;
    uint8_t config[VIRTIO_CONFIG_MAX];
    uint32_t config_size;         /* bytes of config the device has */
    struct virtq queue[VIRTIO_MAX_QUEUES];
    bool legacy;                  /* the driver sees the legacy (version 1) interface */
};

/* The features offered: the device's plus the transport's (VERSION_1 unless legacy, EVENT_IDX, INDIRECT_DESC). */
uint64_t virtio_offered_features(const struct virtio_device *d);

static inline bool virtio_has_feature(const struct virtio_device *d, unsigned bit)
{
    return (d->driver_features >> bit) & 1;
}

/* Whether the driver finished set-up (DRIVER_OK and not broken): only then do queues run. */
static inline bool virtio_running(const struct virtio_device *d)
{
    return (d->status & VIRTIO_STATUS_DRIVER_OK) && !(d->status & VIRTIO_STATUS_NEEDS_RESET);
}

/*
 * Takes the next chain of `queue`: virtq_pop, with a chain the driver
 * broke marking the device NEEDS_RESET (virtio_device_broken, with the
 * walker's reason) before VIRTQ_POP_BROKEN is returned.
 */
enum virtq_pop_result virtio_queue_pop(struct virtio_device *d, unsigned queue,
                                       struct virtq_request *r);

/* After pushing to `queue`: raises the used-buffer interrupt if the driver wants one. */
void virtio_queue_done(struct virtio_device *d, unsigned queue);

/* The device changed its configuration space: a new generation and a config-change interrupt. */
void virtio_config_changed(struct virtio_device *d);

/*
 * The driver broke the protocol: NEEDS_RESET (with a config-change
 * interrupt, 2.1.2), queues stop until reset, and a -d guest_errors line.
 */
void virtio_device_broken(struct virtio_device *d, const char *why);

/* A -d guest_errors line naming the device (printf style); nothing when quiet. */
void virtio_guest_error(const struct virtio_device *d, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/* Transport: the driver wrote Status. Runs reset on 0, driver_ok on DRIVER_OK. */
void virtio_set_status(struct virtio_device *d, uint32_t status);

/*
 * Transport: the driver's features are final (FEATURES_OK, or a legacy
 * driver wrote them / made a queue ready): the queues learn EVENT_IDX.
 */
void virtio_features_settled(struct virtio_device *d);

/* Transport: the driver notified `queue`; the device serves it if it is running. */
void virtio_queue_kicked(struct virtio_device *d, unsigned queue);

/* Transport: drops the interrupt bits the driver acknowledged. */
void virtio_interrupt_ack(struct virtio_device *d, uint32_t bits);

/* Config-space helpers for device set-up (little-endian, as modern virtio is). */
void virtio_config_put16(struct virtio_device *d, uint32_t offset, uint16_t v);
void virtio_config_put32(struct virtio_device *d, uint32_t offset, uint32_t v);
void virtio_config_put64(struct virtio_device *d, uint32_t offset, uint64_t v);

#endif
