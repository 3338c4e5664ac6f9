/*
 * A test playing the guest driver: little-endian values and virtqueue
 * descriptors (virtio 1.2, 2.7.5) written into and read from a test's
 * guest RAM through the DMA API, each failing the test if the address is
 * not RAM.
 */
#ifndef FERRY_TESTS_UNIT_GUEST_RAM_H
#define FERRY_TESTS_UNIT_GUEST_RAM_H

#include <check.h>
#include <stdint.h>
#include <string.h>

#include "devices/virtio.h"
#include "mmu/phys_space.h"

static inline void guest_put16(struct phys_space *ps, uint64_t pa, uint16_t v)
{
    ck_assert(phys_dma_write(ps, pa, &v, 2));
}

static inline uint16_t guest_get16(struct phys_space *ps, uint64_t pa)
{
    uint16_t v;
    ck_assert(phys_dma_read(ps, pa, &v, 2));
    return v;
}

static inline uint32_t guest_get32(struct phys_space *ps, uint64_t pa)
{
    uint32_t v;
    ck_assert(phys_dma_read(ps, pa, &v, 4));
    return v;
}

/* Descriptor i of the table at `table`: addr, len, flags, next. */
static inline void guest_put_desc(struct phys_space *ps, uint64_t table, unsigned i, uint64_t addr,
                                  uint32_t len, uint16_t flags, uint16_t next)
{
    uint8_t d[16];
    memcpy(d, &addr, 8);
    memcpy(d + 8, &len, 4);
    memcpy(d + 12, &flags, 2);
    memcpy(d + 14, &next, 2);
    ck_assert(phys_dma_write(ps, table + 16ull * i, d, 16));
}

/*
 * The driver's side of set-up done at once: the features offered less
 * EVENT_IDX, DRIVER_OK, and queues 0..queues-1 ready with `num` entries,
 * queue q's descriptors at first_ring + q * 0x3000 and its avail and used
 * rings 4 and 8 KiB above them.
 */
static inline void guest_driver_ready(struct virtio_device *d, unsigned queues, uint16_t num,
                                      uint64_t first_ring)
{
    d->driver_features = virtio_offered_features(d) & ~(1ull << VIRTIO_F_RING_EVENT_IDX);
    d->status = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK |
                VIRTIO_STATUS_DRIVER_OK;
    for (unsigned q = 0; q < queues; q++) {
        uint64_t desc = first_ring + (uint64_t)q * 0x3000;
        d->queue[q] = (struct virtq){.num = num, .ready = true, .desc = desc,
                                     .avail = desc + 0x1000, .used = desc + 0x2000};
    }
}

#endif
