/* The virtio-mmio transport: the empty slot; see virtio_mmio.h. */
#include "devices/virtio_mmio.h"

/*
 * Control registers (below the configuration space) are 32-bit and aligned
 * (virtio 1.2, 4.2.2.2: "The driver MUST only use 32 bit wide and aligned
 * reads and writes to access the control registers"); anything else is an
 * error on the bus. An empty slot has no configuration space, so that
 * reads as zero at any width.
 */
static bool control_access_ok(uint64_t offset, unsigned size)
{
    return offset >= VIRTIO_MMIO_CONFIG || (size == 4 && (offset & 3) == 0);
}

static bool empty_slot_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    (void)opaque;
    if (!control_access_ok(offset, size))
        return false;
    switch (offset) {
    case VIRTIO_MMIO_MAGIC_VALUE:
        *value = VIRTIO_MMIO_MAGIC;
        break;
    case VIRTIO_MMIO_VERSION:
        *value = 2;
        break;
    case VIRTIO_MMIO_VENDOR_ID:
        *value = VIRTIO_MMIO_FERRY_VENDOR;
        break;
    default: /* DeviceID 0 and every other register of a slot without a device */
        *value = 0;
        break;
    }
    return true;
}

/* Writes go nowhere: with no device there is no status to set or queue to configure. */
static bool empty_slot_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    (void)opaque;
    (void)value;
    return control_access_ok(offset, size);
}

const struct mmio_ops virtio_mmio_empty_slot_ops = {empty_slot_read, empty_slot_write};
