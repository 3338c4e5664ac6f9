/* The state every virtio device has, whatever its transport; see virtio.h. */
#include "devices/virtio.h"

#include <stdarg.h>
#include <string.h>

uint64_t virtio_offered_features(const struct virtio_device *d)
{
    uint64_t features = d->device_features | 1ull << VIRTIO_F_INDIRECT_DESC |
                        1ull << VIRTIO_F_RING_EVENT_IDX;
    /* a legacy driver sees only the low 32 bits; VERSION_1 is what makes a device modern */
    if (!d->legacy)
        features |= 1ull << VIRTIO_F_VERSION_1;
    return features;
}

static void update_irq(struct virtio_device *d) { irq_set_level(&d->irq, d->interrupt_status != 0); }

enum virtq_pop_result virtio_queue_pop(struct virtio_device *d, unsigned queue,
                                       struct virtq_request *r)
{
    char why[160];
    enum virtq_pop_result got = virtq_pop(&d->queue[queue], d->mem, r, why, sizeof(why));
    if (got == VIRTQ_POP_BROKEN)
        virtio_device_broken(d, why);
    return got;
}

void virtio_queue_done(struct virtio_device *d, unsigned queue)
{
    if (queue >= VIRTIO_MAX_QUEUES || !virtq_should_interrupt(&d->queue[queue], d->mem))
        return;
    d->interrupt_status |= VIRTIO_INT_USED_BUFFER;
    update_irq(d);
}

void virtio_config_changed(struct virtio_device *d)
{
    d->config_generation++;
    if (!(d->status & VIRTIO_STATUS_DRIVER_OK))
        return; /* nobody to tell yet: the driver reads the new values when it gets there */
    d->interrupt_status |= VIRTIO_INT_CONFIG_CHANGE;
    update_irq(d);
}

void virtio_guest_error(const struct virtio_device *d, const char *format, ...)
{
    if (!d->guest_errors)
        return;
    fprintf(d->guest_errors, "%s: ", d->ops->name);
    va_list args;
    va_start(args, format);
    vfprintf(d->guest_errors, format, args);
    va_end(args);
    fputc('\n', d->guest_errors);
}

void virtio_device_broken(struct virtio_device *d, const char *why)
{
    virtio_guest_error(d, "%s: the device needs a reset", why);
    if (d->status & VIRTIO_STATUS_NEEDS_RESET)
        return;
    d->status |= VIRTIO_STATUS_NEEDS_RESET;
    /* 2.1.2: a device that sets NEEDS_RESET after DRIVER_OK sends a config-change notification */
    if (d->status & VIRTIO_STATUS_DRIVER_OK) {
        d->interrupt_status |= VIRTIO_INT_CONFIG_CHANGE;
        update_irq(d);
    }
}

void virtio_features_settled(struct virtio_device *d)
{
    bool event_idx = virtio_has_feature(d, VIRTIO_F_RING_EVENT_IDX);
    for (unsigned i = 0; i < VIRTIO_MAX_QUEUES; i++)
        d->queue[i].event_idx = event_idx;
}

void virtio_set_status(struct virtio_device *d, uint32_t status)
{
    if (status == 0) {
        if (d->ops->reset)
            d->ops->reset(d);
        d->status = 0;
        d->driver_features = 0;
        d->interrupt_status = 0;
        for (unsigned i = 0; i < VIRTIO_MAX_QUEUES; i++)
            virtq_reset(&d->queue[i]);
        update_irq(d);
        return;
    }
    bool was_ok = d->status & VIRTIO_STATUS_DRIVER_OK;
    /*
     * 3.1.1: FEATURES_OK is refused (left clear, the driver reads it back)
     * if the driver took a feature not offered, or a modern one did not
     * take VERSION_1.
     */
    if ((status & VIRTIO_STATUS_FEATURES_OK) && !(d->status & VIRTIO_STATUS_FEATURES_OK) &&
        ((d->driver_features & ~virtio_offered_features(d)) ||
         (!d->legacy && !virtio_has_feature(d, VIRTIO_F_VERSION_1)))) {
        virtio_guest_error(d, "driver features 0x%llx refused (offered 0x%llx)",
                           (unsigned long long)d->driver_features,
                           (unsigned long long)virtio_offered_features(d));
        status &= ~VIRTIO_STATUS_FEATURES_OK;
    }
    /* the device's own bit stays until reset: the driver cannot clear NEEDS_RESET */
    d->status = (status & ~VIRTIO_STATUS_NEEDS_RESET) | (d->status & VIRTIO_STATUS_NEEDS_RESET);
    if (status & VIRTIO_STATUS_FEATURES_OK)
        virtio_features_settled(d);
    if (!was_ok && (d->status & VIRTIO_STATUS_DRIVER_OK)) {
        if (d->ops->driver_ok)
            d->ops->driver_ok(d);
        /* buffers added before DRIVER_OK (a driver's probe fills its queues) are seen now */
        for (unsigned i = 0; i < d->ops->queues && i < VIRTIO_MAX_QUEUES; i++)
            if (virtq_has_buffers(&d->queue[i], d->mem))
                virtio_queue_kicked(d, i);
    }
}

void virtio_queue_kicked(struct virtio_device *d, unsigned queue)
{
    /* a kick before DRIVER_OK waits for it (above); after NEEDS_RESET nothing runs */
    if (virtio_running(d) && queue < d->ops->queues && d->queue[queue].ready &&
        d->ops->queue_notify)
        d->ops->queue_notify(d, queue);
}

void virtio_interrupt_ack(struct virtio_device *d, uint32_t bits)
{
    d->interrupt_status &= ~bits;
    update_irq(d);
}

static void config_put(struct virtio_device *d, uint32_t offset, const void *v, unsigned size)
{
    if (offset + size <= sizeof(d->config))
        memcpy(d->config + offset, v, size);
}

void virtio_config_put16(struct virtio_device *d, uint32_t offset, uint16_t v) { config_put(d, offset, &v, 2); }
void virtio_config_put32(struct virtio_device *d, uint32_t offset, uint32_t v) { config_put(d, offset, &v, 4); }
void virtio_config_put64(struct virtio_device *d, uint32_t offset, uint64_t v) { config_put(d, offset, &v, 8); }
