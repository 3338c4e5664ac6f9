/* The virtio-mmio transport: modern and legacy register layouts, the empty slot; see virtio_mmio.h. */
#include "devices/virtio_mmio.h"

#include <string.h>

/*
 * Control registers (below the configuration space) are 32-bit and aligned
 * (virtio 1.2, 4.2.2.2: "The driver MUST only use 32 bit wide and aligned
 * reads and writes to access the control registers"); anything else is an
 * error on the bus. The configuration space may be read at any width.
 */
static bool control_access_ok(uint64_t offset, unsigned size)
{
    return offset >= VIRTIO_MMIO_CONFIG || (size == 4 && (offset & 3) == 0);
}

void virtio_mmio_init(struct virtio_mmio *t, struct virtio_device *dev, bool legacy,
                      struct irq_line irq)
{
    memset(t, 0, sizeof(*t));
    t->dev = dev;
    dev->legacy = legacy;
    dev->irq = irq;
}

static struct virtq *selected_queue(struct virtio_mmio *t)
{
    return t->queue_sel < t->dev->ops->queues ? &t->dev->queue[t->queue_sel] : 0;
}

static uint16_t queue_size_max(const struct virtio_device *d)
{
    return d->ops->queue_size_max ? d->ops->queue_size_max : VIRTQ_MAX_SIZE;
}

/* The configuration space: little-endian bytes of d->config, reads past its end are 0. */
static uint64_t config_read(const struct virtio_device *d, uint64_t offset, unsigned size)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        if (offset + i < d->config_size)
            v |= (uint64_t)d->config[offset + i] << (8 * i);
    return v;
}

static void config_write(struct virtio_device *d, uint64_t offset, unsigned size, uint64_t value)
{
    if (!d->ops->config_written || offset + size > d->config_size) {
        virtio_guest_error(d, "write of %u bytes to read-only config offset 0x%x ignored", size,
                           (unsigned)offset);
        return;
    }
    for (unsigned i = 0; i < size; i++)
        d->config[offset + i] = (uint8_t)(value >> (8 * i));
    d->ops->config_written(d, (uint32_t)offset, size);
}

static bool device_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    struct virtio_mmio *t = opaque;
    struct virtio_device *d = t->dev;
    if (!control_access_ok(offset, size))
        return false;
    if (offset >= VIRTIO_MMIO_CONFIG) {
        *value = config_read(d, offset - VIRTIO_MMIO_CONFIG, size);
        return true;
    }
    struct virtq *q = selected_queue(t);
    uint64_t features = virtio_offered_features(d);
    switch (offset) {
    case VIRTIO_MMIO_MAGIC_VALUE: *value = VIRTIO_MMIO_MAGIC; break;
    case VIRTIO_MMIO_VERSION: *value = d->legacy ? 1 : 2; break;
    case VIRTIO_MMIO_DEVICE_ID: *value = d->ops->device_id; break;
    case VIRTIO_MMIO_VENDOR_ID: *value = VIRTIO_MMIO_FERRY_VENDOR; break;
    case VIRTIO_MMIO_DEVICE_FEATURES:
        *value = t->device_features_sel == 0   ? (uint32_t)features
                 : t->device_features_sel == 1 ? (uint32_t)(features >> 32)
                                               : 0;
        break;
    case VIRTIO_MMIO_QUEUE_NUM_MAX: *value = q ? queue_size_max(d) : 0; break;
    case VIRTIO_MMIO_QUEUE_PFN: *value = d->legacy && q ? t->queue_pfn[t->queue_sel] : 0; break;
    case VIRTIO_MMIO_QUEUE_READY: *value = !d->legacy && q && q->ready; break;
    case VIRTIO_MMIO_INTERRUPT_STATUS: *value = d->interrupt_status; break;
    case VIRTIO_MMIO_STATUS: *value = d->status; break;
    case VIRTIO_MMIO_SHM_LEN_LOW:
    case VIRTIO_MMIO_SHM_LEN_HIGH:
    case VIRTIO_MMIO_SHM_BASE_LOW:
    case VIRTIO_MMIO_SHM_BASE_HIGH: *value = 0xffffffffu; break; /* no shared memory regions */
    case VIRTIO_MMIO_CONFIG_GENERATION: *value = d->config_generation; break;
    default: *value = 0; break; /* write-only and reserved registers read as 0 */
    }
    return true;
}

/* Legacy QueuePFN: the three areas laid out from one page number (virtio 1.2, 2.7.2 legacy). */
static void legacy_queue_place(struct virtio_mmio *t, struct virtq *q, uint32_t pfn)
{
    t->queue_pfn[t->queue_sel] = pfn;
    if (pfn == 0) {
        virtq_reset(q);
        return;
    }
    uint64_t page = t->guest_page_size ? t->guest_page_size : 4096;
    uint64_t align = t->queue_align[t->queue_sel] ? t->queue_align[t->queue_sel] : 4096;
    q->desc = (uint64_t)pfn * page;
    q->avail = q->desc + 16ull * q->num;
    uint64_t avail_end = q->avail + 4 + 2ull * q->num + 2;
    q->used = (avail_end + align - 1) & ~(align - 1);
    virtio_features_settled(t->dev);
    q->ready = true;
}

/* QueueNum: a power of 2 no larger than QueueNumMax, else the queue cannot run (2.7). */
static bool queue_size_ok(const struct virtio_device *d, uint32_t num)
{
    return num && num <= queue_size_max(d) && !(num & (num - 1));
}

static void set_low(uint64_t *v, uint32_t low) { *v = (*v & ~0xffffffffull) | low; }
static void set_high(uint64_t *v, uint32_t high) { *v = (*v & 0xffffffffull) | (uint64_t)high << 32; }

static void queue_write(struct virtio_mmio *t, struct virtq *q, uint64_t offset, uint32_t v)
{
    struct virtio_device *d = t->dev;
    if (!q) {
        virtio_guest_error(d, "queue register 0x%x written for queue %u it does not have",
                           (unsigned)offset, t->queue_sel);
        return;
    }
    if (!d->legacy && q->ready && offset != VIRTIO_MMIO_QUEUE_READY) {
        virtio_guest_error(d, "queue %u reconfigured while ready", t->queue_sel);
        return;
    }
    switch (offset) {
    case VIRTIO_MMIO_QUEUE_NUM: q->num = (uint16_t)(v <= 0xffff ? v : 0); break;
    case VIRTIO_MMIO_QUEUE_ALIGN: t->queue_align[t->queue_sel] = v; break;
    case VIRTIO_MMIO_QUEUE_PFN:
        if (v && !queue_size_ok(d, q->num)) {
            virtio_device_broken(d, "legacy queue placed with an invalid QueueNum");
            return;
        }
        legacy_queue_place(t, q, v);
        break;
    case VIRTIO_MMIO_QUEUE_READY:
        if (!(v & 1)) {
            q->ready = false;
        } else if (!queue_size_ok(d, q->num)) {
            virtio_device_broken(d, "queue made ready with a QueueNum that is not a power of 2 "
                                    "up to QueueNumMax");
        } else {
            q->ready = true;
            q->event_idx = virtio_has_feature(d, VIRTIO_F_RING_EVENT_IDX);
        }
        break;
    case VIRTIO_MMIO_QUEUE_DESC_LOW: set_low(&q->desc, v); break;
    case VIRTIO_MMIO_QUEUE_DESC_HIGH: set_high(&q->desc, v); break;
    case VIRTIO_MMIO_QUEUE_DRIVER_LOW: set_low(&q->avail, v); break;
    case VIRTIO_MMIO_QUEUE_DRIVER_HIGH: set_high(&q->avail, v); break;
    case VIRTIO_MMIO_QUEUE_DEVICE_LOW: set_low(&q->used, v); break;
    case VIRTIO_MMIO_QUEUE_DEVICE_HIGH: set_high(&q->used, v); break;
    }
}

/*
 * What the control registers below the configuration space are, where it
 * matters for a write: those of one layout only act in that layout (in the
 * other they are ignored), and the queue registers act on QueueSel's queue.
 */
enum {
    REG_LEGACY_ONLY = 1,
    REG_MODERN_ONLY = 2,
    REG_QUEUE = 4,
};

static const uint8_t register_kind[VIRTIO_MMIO_CONFIG / 4] = {
    [VIRTIO_MMIO_GUEST_PAGE_SIZE / 4] = REG_LEGACY_ONLY,
    [VIRTIO_MMIO_QUEUE_NUM / 4] = REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_ALIGN / 4] = REG_LEGACY_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_PFN / 4] = REG_LEGACY_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_READY / 4] = REG_MODERN_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_DESC_LOW / 4] = REG_MODERN_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_DESC_HIGH / 4] = REG_MODERN_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_DRIVER_LOW / 4] = REG_MODERN_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_DRIVER_HIGH / 4] = REG_MODERN_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_DEVICE_LOW / 4] = REG_MODERN_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_QUEUE_DEVICE_HIGH / 4] = REG_MODERN_ONLY | REG_QUEUE,
    [VIRTIO_MMIO_SHM_SEL / 4] = REG_MODERN_ONLY,
};

static bool device_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    struct virtio_mmio *t = opaque;
    struct virtio_device *d = t->dev;
    if (!control_access_ok(offset, size))
        return false;
    if (offset >= VIRTIO_MMIO_CONFIG) {
        config_write(d, offset - VIRTIO_MMIO_CONFIG, size, value);
        return true;
    }
    uint32_t v = (uint32_t)value;
    uint8_t kind = register_kind[offset / 4];
    if (kind & (d->legacy ? REG_MODERN_ONLY : REG_LEGACY_ONLY)) {
        virtio_guest_error(d, "register 0x%x is not part of the %s layout", (unsigned)offset,
                           d->legacy ? "legacy" : "modern");
        return true;
    }
    if (kind & REG_QUEUE) {
        queue_write(t, selected_queue(t), offset, v);
        return true;
    }
    switch (offset) {
    case VIRTIO_MMIO_DEVICE_FEATURES_SEL: t->device_features_sel = v; break;
    case VIRTIO_MMIO_DRIVER_FEATURES_SEL: t->driver_features_sel = v; break;
    case VIRTIO_MMIO_DRIVER_FEATURES:
        if (d->status & VIRTIO_STATUS_FEATURES_OK) {
            virtio_guest_error(d, "features written after FEATURES_OK");
        } else if (t->driver_features_sel == 0) {
            set_low(&d->driver_features, v);
        } else if (t->driver_features_sel == 1) {
            set_high(&d->driver_features, v);
        }
        if (d->legacy) /* a legacy driver has no FEATURES_OK step */
            virtio_features_settled(d);
        break;
    case VIRTIO_MMIO_GUEST_PAGE_SIZE: t->guest_page_size = v; break;
    case VIRTIO_MMIO_QUEUE_SEL: t->queue_sel = v; break;
    case VIRTIO_MMIO_QUEUE_NOTIFY:
        /* the value names the queue (without VIRTIO_F_NOTIFICATION_DATA, which is not offered) */
        if (v >= d->ops->queues)
            virtio_guest_error(d, "notify of queue %u it does not have", v);
        else
            virtio_queue_kicked(d, v);
        break;
    case VIRTIO_MMIO_INTERRUPT_ACK: virtio_interrupt_ack(d, v); break;
    case VIRTIO_MMIO_STATUS:
        if (v == 0)
            memset(t->queue_pfn, 0, sizeof(t->queue_pfn));
        virtio_set_status(d, v);
        break;
    case VIRTIO_MMIO_SHM_SEL: break; /* no regions to select */
    default:
        virtio_guest_error(d, "write to read-only or reserved register 0x%x", (unsigned)offset);
        break;
    }
    return true;
}

const struct mmio_ops virtio_mmio_ops = {device_read, device_write};

static bool empty_slot_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    (void)opaque;
    if (!control_access_ok(offset, size))
        return false;
    switch (offset) {
    case VIRTIO_MMIO_MAGIC_VALUE: *value = VIRTIO_MMIO_MAGIC; break;
    case VIRTIO_MMIO_VERSION: *value = 2; break;
    case VIRTIO_MMIO_VENDOR_ID: *value = VIRTIO_MMIO_FERRY_VENDOR; break;
    default: *value = 0; break; /* DeviceID 0 and every other register of a slot without a device */
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
