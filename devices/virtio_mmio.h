/*
 * The virtio-mmio transport (Virtual I/O Device specification 1.2, section
 * 4.2 "Virtio Over MMIO"), as QEMU's virt board lays it out: 32 slots of
 * 0x200 bytes from 0x0a00_0000, slot n on SPI 16 + n.
 *
 * So far only the empty slot exists: a slot with no device behind it
 * answers the magic value and version like any other and reports DeviceID
 * 0, which the spec reserves for "no device" and which drivers skip (Linux's
 * virtio_mmio probe stops there with -ENODEV). The board can then list all
 * 32 slots in the device tree, as QEMU does, and kernels find the layout
 * they expect; the virtio devices themselves fill slots later.
 */
#ifndef FERRY_DEVICES_VIRTIO_MMIO_H
#define FERRY_DEVICES_VIRTIO_MMIO_H

#include <stdint.h>

#include "mmu/phys_space.h"

#define VIRTIO_MMIO_SLOT_SIZE 0x200

/* Register offsets (virtio 1.2, 4.2.2 "MMIO Device Register Layout"). */
enum {
    VIRTIO_MMIO_MAGIC_VALUE = 0x000, /* "virt" little-endian */
    VIRTIO_MMIO_VERSION = 0x004,     /* 2: the non-legacy interface */
    VIRTIO_MMIO_DEVICE_ID = 0x008,   /* 0: no device */
    VIRTIO_MMIO_VENDOR_ID = 0x00c,
    VIRTIO_MMIO_CONFIG = 0x100,      /* device-specific configuration space */
};

#define VIRTIO_MMIO_MAGIC 0x74726976u
/* Vendor ID: free for the transport to choose; "FRRY" so a guest can tell who answers. */
#define VIRTIO_MMIO_FERRY_VENDOR 0x59525246u

/* A slot with no device: the opaque pointer of the region is unused (may be NULL). */
extern const struct mmio_ops virtio_mmio_empty_slot_ops;

#endif
