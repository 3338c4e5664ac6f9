/*
 * The virtio-mmio transport (Virtual I/O Device specification 1.2, section
 * 4.2 "Virtio Over MMIO"), as QEMU's virt board lays it out: 32 slots of
 * 0x200 bytes from 0x0a00_0000, slot n on SPI 16 + n (board_virt.c's
 * table; board_virtio_slot gives slot n of any board).
 *
 * A slot with a device speaks the modern register layout (Version 2,
 * VIRTIO_F_VERSION_1) unless the board asks for legacy (Version 1: QueuePFN,
 * GuestPageSize, QueueAlign; `-global virtio-mmio.force-legacy=true`).
 * Linux's virtio-gpu and virtio-input bind only to modern devices, which is
 * why ferry's default is modern where QEMU's is legacy.
 *
 * A slot with no device answers the magic value and version like any other
 * and reports DeviceID 0, which the spec reserves for "no device" and which
 * drivers skip (Linux's virtio_mmio probe stops there with -ENODEV), so the
 * board lists all 32 slots in the device tree as QEMU does.
 *
 *     struct virtio_mmio slot;
 *     virtio_mmio_init(&slot, &rng->vdev, legacy, (struct irq_line){gic_spi, gic, 16 + n});
 *     phys_space_add_mmio(&phys, base, VIRTIO_MMIO_SLOT_SIZE, &virtio_mmio_ops, &slot, "virtio-mmio");
 */
#ifndef FERRY_DEVICES_VIRTIO_MMIO_H
#define FERRY_DEVICES_VIRTIO_MMIO_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/irq.h"
#include "devices/virtio.h"
#include "mmu/phys_space.h"

#define VIRTIO_MMIO_SLOT_SIZE 0x200

/* Register offsets (virtio 1.2, 4.2.2 "MMIO Device Register Layout"; 4.2.4 legacy). */
enum {
    VIRTIO_MMIO_MAGIC_VALUE = 0x000,         /* "virt" little-endian */
    VIRTIO_MMIO_VERSION = 0x004,             /* 2 modern, 1 legacy */
    VIRTIO_MMIO_DEVICE_ID = 0x008,           /* 0: no device */
    VIRTIO_MMIO_VENDOR_ID = 0x00c,
    VIRTIO_MMIO_DEVICE_FEATURES = 0x010,     /* 32 bits of them, chosen by ..._SEL */
    VIRTIO_MMIO_DEVICE_FEATURES_SEL = 0x014,
    VIRTIO_MMIO_DRIVER_FEATURES = 0x020,
    VIRTIO_MMIO_DRIVER_FEATURES_SEL = 0x024,
    VIRTIO_MMIO_GUEST_PAGE_SIZE = 0x028,     /* legacy */
    VIRTIO_MMIO_QUEUE_SEL = 0x030,
    VIRTIO_MMIO_QUEUE_NUM_MAX = 0x034,
    VIRTIO_MMIO_QUEUE_NUM = 0x038,
    VIRTIO_MMIO_QUEUE_ALIGN = 0x03c,         /* legacy */
    VIRTIO_MMIO_QUEUE_PFN = 0x040,           /* legacy */
    VIRTIO_MMIO_QUEUE_READY = 0x044,
    VIRTIO_MMIO_QUEUE_NOTIFY = 0x050,
    VIRTIO_MMIO_INTERRUPT_STATUS = 0x060,
    VIRTIO_MMIO_INTERRUPT_ACK = 0x064,
    VIRTIO_MMIO_STATUS = 0x070,
    VIRTIO_MMIO_QUEUE_DESC_LOW = 0x080,
    VIRTIO_MMIO_QUEUE_DESC_HIGH = 0x084,
    VIRTIO_MMIO_QUEUE_DRIVER_LOW = 0x090,    /* the avail ring */
    VIRTIO_MMIO_QUEUE_DRIVER_HIGH = 0x094,
    VIRTIO_MMIO_QUEUE_DEVICE_LOW = 0x0a0,    /* the used ring */
    VIRTIO_MMIO_QUEUE_DEVICE_HIGH = 0x0a4,
    VIRTIO_MMIO_SHM_SEL = 0x0ac,
    VIRTIO_MMIO_SHM_LEN_LOW = 0x0b0,         /* all ones: no such shared memory region */
    VIRTIO_MMIO_SHM_LEN_HIGH = 0x0b4,
    VIRTIO_MMIO_SHM_BASE_LOW = 0x0b8,
    VIRTIO_MMIO_SHM_BASE_HIGH = 0x0bc,
    VIRTIO_MMIO_CONFIG_GENERATION = 0x0fc,
    VIRTIO_MMIO_CONFIG = 0x100,              /* device-specific configuration space */
};

#define VIRTIO_MMIO_MAGIC 0x74726976u
/* Vendor ID: free for the transport to choose; "FRRY" so a guest can tell who answers. */
#define VIRTIO_MMIO_FERRY_VENDOR 0x59525246u

/* One slot with a device behind it. */
struct virtio_mmio {
    struct virtio_device *dev;
    uint32_t device_features_sel, driver_features_sel, queue_sel;
    /* legacy only: where QueuePFN points and how the used ring is aligned */
    uint32_t guest_page_size;
    uint32_t queue_align[VIRTIO_MAX_QUEUES];
    uint32_t queue_pfn[VIRTIO_MAX_QUEUES];
};

/* Binds `dev` to a slot; `irq` is the slot's interrupt line. */
void virtio_mmio_init(struct virtio_mmio *t, struct virtio_device *dev, bool legacy,
                      struct irq_line irq);

/* The register accessors of a slot with a device (opaque: its struct virtio_mmio). */
extern const struct mmio_ops virtio_mmio_ops;

/* A slot with no device: the opaque pointer of the region is unused (may be NULL). */
extern const struct mmio_ops virtio_mmio_empty_slot_ops;

#endif
