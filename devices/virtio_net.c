/* virtio-net: Ethernet frames between the guest's queues and a backend; see virtio_net.h. */
#include "devices/virtio_net.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static struct virtio_net *net_of(struct virtio_device *d) { return (struct virtio_net *)d; }

/*
 * The header's size (5.1.6.1): the 12-byte form once the driver is modern
 * or took MRG_RXBUF, the legacy 10 bytes (no num_buffers) otherwise.
 */
static size_t header_size(const struct virtio_net *n)
{
    const struct virtio_device *d = &n->vdev;
    return virtio_has_feature(d, VIRTIO_F_VERSION_1) || virtio_has_feature(d, VIRTIO_NET_F_MRG_RXBUF)
               ? VIRTIO_NET_HDR_SIZE
               : VIRTIO_NET_HDR_LEGACY_SIZE;
}

/* ---- RX: frames to the guest ---- */

enum rx_result {
    RX_DELIVERED, /* in the guest's buffers, pushed to the used ring */
    RX_DROPPED,   /* lost for good (the driver broke the rules, or its buffer was too small) */
    RX_NO_ROOM,   /* not enough buffers yet: keep the frame, try when the driver adds some */
};

/* Bytes of the stream "header, then frame" from `offset` written into one chain: how many. */
static size_t fill_chain(const struct virtq_request *r, const uint8_t *hdr, size_t hdr_len,
                         const uint8_t *frame, size_t len, size_t offset)
{
    size_t room = r->writable_bytes, done = 0;
    if (offset < hdr_len) {
        size_t n = hdr_len - offset < room ? hdr_len - offset : room;
        done += virtq_write_in(r, 0, hdr + offset, n);
        offset += n;
    }
    size_t at = offset - hdr_len;
    if (done < room && at < len) {
        size_t n = len - at < room - done ? len - at : room - done;
        done += virtq_write_in(r, done, frame + at, n);
    }
    return done;
}

/* A popped RX chain the device cannot write into is the driver's error (5.1.6.3.1). */
static bool rx_chain_ok(struct virtio_net *n, const struct virtq_request *r)
{
    if (r->writable_bytes)
        return true;
    virtio_device_broken(&n->vdev, "RX buffer with no device-writable part");
    return false;
}

/*
 * One frame into RX buffers. Without MRG_RXBUF it must fit one chain.
 * With it, the first chain's header says how many chains the frame spans,
 * and the driver reads that number as soon as the first chain is used: so
 * the chains are counted first (popped, then put back behind the first),
 * the header is written, and only then are they filled and pushed in order.
 */
static enum rx_result rx_deliver(struct virtio_net *n, const uint8_t *frame, size_t len)
{
    struct virtio_device *d = &n->vdev;
    struct virtq *q = &d->queue[VIRTIO_NET_RX_QUEUE];
    struct virtq_request *first = n->rx_first, *next = n->rx_next;
    char why[160];
    enum virtq_pop_result got = virtio_queue_pop(d, VIRTIO_NET_RX_QUEUE, first);
    if (got == VIRTQ_POP_EMPTY)
        return RX_NO_ROOM;
    if (got == VIRTQ_POP_BROKEN)
        return RX_DROPPED;
    if (!rx_chain_ok(n, first))
        return RX_DROPPED;
    size_t hdr_len = header_size(n), need = hdr_len + len;
    bool mergeable = virtio_has_feature(d, VIRTIO_NET_F_MRG_RXBUF);
    if (mergeable && first->writable_bytes < hdr_len) {
        /* 5.1.6.3.1: with MRG_RXBUF every buffer holds at least the header */
        virtio_device_broken(d, "mergeable RX buffer smaller than the 12-byte header");
        return RX_DROPPED;
    }
    if (!mergeable && first->writable_bytes < need) {
        /* as QEMU: the buffer goes back for a frame that fits, this one is lost */
        virtq_unpop(q);
        virtio_guest_error(d, "RX buffer of %zu bytes too small for a %zu-byte frame and header",
                           first->writable_bytes, len);
        return RX_DROPPED;
    }
    uint16_t buffers = 1;
    for (size_t room = first->writable_bytes; room < need; buffers++) {
        /* bounded: pop gives EMPTY once the avail ring (at most a queue's worth) is used up */
        got = virtio_queue_pop(d, VIRTIO_NET_RX_QUEUE, next);
        if (got == VIRTQ_POP_BROKEN)
            return RX_DROPPED;
        if (got == VIRTQ_POP_EMPTY) {
            for (unsigned i = 0; i < buffers; i++)
                virtq_unpop(q);
            return RX_NO_ROOM;
        }
        if (!rx_chain_ok(n, next))
            return RX_DROPPED;
        room += next->writable_bytes;
    }
    for (unsigned i = 1; i < buffers; i++)
        virtq_unpop(q);

    struct virtio_net_hdr h = {.gso_type = VIRTIO_NET_HDR_GSO_NONE, .num_buffers = buffers};
    if (virtio_has_feature(d, VIRTIO_NET_F_GUEST_CSUM))
        h.flags = VIRTIO_NET_HDR_F_DATA_VALID;
    uint8_t hdr[VIRTIO_NET_HDR_SIZE];
    memcpy(hdr, &h, sizeof(hdr)); /* the struct is the wire layout, little-endian like the host */
    size_t offset = fill_chain(first, hdr, hdr_len, frame, len, 0);
    virtq_push(q, d->mem, first, (uint32_t)offset);
    for (unsigned i = 1; i < buffers; i++) {
        /* the same chains as counted above: nothing else takes from this ring meanwhile */
        if (virtq_pop(q, d->mem, next, why, sizeof(why)) != VIRTQ_POP_OK) {
            virtio_device_broken(d, "RX buffers changed while a frame was written");
            return RX_DELIVERED; /* the first part was pushed */
        }
        size_t wrote = fill_chain(next, hdr, hdr_len, frame, len, offset);
        offset += wrote;
        virtq_push(q, d->mem, next, (uint32_t)wrote);
    }
    return RX_DELIVERED;
}

static void count_rx(struct virtio_net *n, enum rx_result res)
{
    if (res == RX_DELIVERED)
        n->rx_frames++;
    else if (res == RX_DROPPED)
        n->rx_dropped++;
}

static void backlog_drop_all(struct virtio_net *n)
{
    for (; n->backlog_count; n->backlog_count--) {
        free(n->backlog[n->backlog_head].data);
        n->backlog_head = (n->backlog_head + 1) % VIRTIO_NET_RX_BACKLOG;
    }
    n->backlog_head = 0;
}

/* Delivers held frames, oldest first, while buffers last: whether any went to the guest. */
static bool backlog_flush(struct virtio_net *n)
{
    bool delivered = false;
    while (n->backlog_count && virtio_running(&n->vdev)) {
        struct virtio_net_held_frame *f = &n->backlog[n->backlog_head];
        enum rx_result res = rx_deliver(n, f->data, f->len);
        if (res == RX_NO_ROOM)
            break;
        count_rx(n, res);
        free(f->data);
        n->backlog_head = (n->backlog_head + 1) % VIRTIO_NET_RX_BACKLOG;
        n->backlog_count--;
        delivered |= res == RX_DELIVERED;
    }
    return delivered;
}

static bool backlog_hold(struct virtio_net *n, const uint8_t *frame, size_t len)
{
    if (n->backlog_count == VIRTIO_NET_RX_BACKLOG)
        return false;
    uint8_t *copy = malloc(len ? len : 1);
    if (!copy)
        return false;
    memcpy(copy, frame, len);
    unsigned at = (n->backlog_head + n->backlog_count++) % VIRTIO_NET_RX_BACKLOG;
    n->backlog[at] = (struct virtio_net_held_frame){copy, len};
    return true;
}

/*
 * After RX work: kicks are wanted exactly while frames wait for buffers
 * (the driver refills RX constantly; a kick per refill would be wasted).
 * Turning them on races the driver adding buffers, so look once more.
 */
static void rx_settle(struct virtio_net *n, bool delivered)
{
    struct virtio_device *d = &n->vdev;
    struct virtq *q = &d->queue[VIRTIO_NET_RX_QUEUE];
    while (n->backlog_count && virtio_running(d)) {
        virtq_want_kicks(q, d->mem, true);
        if (!virtq_has_buffers(q, d->mem))
            break;
        if (!backlog_flush(n))
            break; /* buffers there but still too few for the oldest frame: wait for a kick */
        delivered = true;
    }
    if (!n->backlog_count)
        virtq_want_kicks(q, d->mem, false);
    if (delivered)
        virtio_queue_done(d, VIRTIO_NET_RX_QUEUE);
}

void virtio_net_receive(struct virtio_net *n, const uint8_t *frame, size_t len)
{
    if (!virtio_running(&n->vdev) || !n->link_up || len > VIRTIO_NET_MAX_FRAME) {
        n->rx_dropped++;
        return;
    }
    bool delivered = n->backlog_count && backlog_flush(n); /* older frames first */
    if (n->backlog_count == 0) {
        enum rx_result res = rx_deliver(n, frame, len);
        if (res != RX_NO_ROOM) {
            count_rx(n, res);
            if (delivered || res == RX_DELIVERED)
                virtio_queue_done(&n->vdev, VIRTIO_NET_RX_QUEUE);
            return;
        }
    }
    if (!backlog_hold(n, frame, len))
        n->rx_dropped++;
    rx_settle(n, delivered);
}

/* ---- TX: frames from the guest ---- */

/*
 * The Internet checksum (RFC 1071) of [start, len) stored at start +
 * offset, as the guest asked with NEEDS_CSUM: it left the pseudo-header's
 * sum in that field, so summing from start over the field covers both. A
 * result of 0 goes out as 0xffff (the same in ones' complement), since a
 * zero UDP checksum would mean "none".
 */
static void complete_checksum(uint8_t *frame, size_t len, size_t start, size_t offset)
{
    uint64_t sum = 0;
    size_t i = start;
    for (; i + 1 < len; i += 2)
        sum += (uint32_t)frame[i] << 8 | frame[i + 1];
    if (i < len)
        sum += (uint32_t)frame[i] << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    uint16_t csum = (uint16_t)~sum;
    if (csum == 0)
        csum = 0xffff;
    frame[start + offset] = (uint8_t)(csum >> 8);
    frame[start + offset + 1] = (uint8_t)csum;
}

/* One chain from the TX queue: its frame goes to the backend unless the guest got it wrong. */
static void tx_one(struct virtio_net *n, const struct virtq_request *r)
{
    struct virtio_device *d = &n->vdev;
    size_t hdr_len = header_size(n);
    if (r->readable_bytes < hdr_len + VIRTIO_NET_ETH_HLEN ||
        r->readable_bytes > hdr_len + VIRTIO_NET_MAX_FRAME) {
        virtio_guest_error(d, "TX chain of %zu bytes: not a %zu-byte header and a frame of 14 to "
                           "65535 bytes", r->readable_bytes, hdr_len);
        n->tx_errors++;
        return;
    }
    struct virtio_net_hdr h = {0};
    virtq_read_out(r, 0, &h, hdr_len);
    size_t len = virtq_read_out(r, hdr_len, n->tx_frame, r->readable_bytes - hdr_len);
    if (h.gso_type != VIRTIO_NET_HDR_GSO_NONE) {
        /* no HOST_TSO/UFO was offered: the driver must not hand us segmentation work */
        virtio_guest_error(d, "TX frame with gso_type %u, but no segmentation was offered",
                           h.gso_type);
        n->tx_errors++;
        return;
    }
    if (h.flags & VIRTIO_NET_HDR_F_NEEDS_CSUM) {
        if ((size_t)h.csum_start + h.csum_offset + 2 > len) {
            virtio_guest_error(d, "TX checksum at %u+%u outside the %zu-byte frame", h.csum_start,
                               h.csum_offset, len);
            n->tx_errors++;
            return;
        }
        complete_checksum(n->tx_frame, len, h.csum_start, h.csum_offset);
    }
    n->tx_frames++;
    if (n->backend.send && n->link_up)
        n->backend.send(n->backend.opaque, n->tx_frame, len);
}

/*
 * Drains the TX queue. Kicks are off while we work (the driver adds frames
 * as we take them) and back on before the last look, so a frame added in
 * between is not left waiting for a kick that never comes.
 */
static void tx_serve(struct virtio_net *n)
{
    struct virtio_device *d = &n->vdev;
    struct virtq *q = &d->queue[VIRTIO_NET_TX_QUEUE];
    bool pushed = false;
    for (;;) {
        virtq_want_kicks(q, d->mem, false);
        enum virtq_pop_result got;
        while ((got = virtio_queue_pop(d, VIRTIO_NET_TX_QUEUE, n->tx)) == VIRTQ_POP_OK) {
            tx_one(n, n->tx);
            virtq_push(q, d->mem, n->tx, 0);
            pushed = true;
            if (!virtio_running(d))
                break; /* sending reached the backend, which may have found the device broken */
        }
        if (got == VIRTQ_POP_BROKEN)
            break;
        virtq_want_kicks(q, d->mem, true);
        if (!virtio_running(d) || !virtq_has_buffers(q, d->mem))
            break;
    }
    if (pushed)
        virtio_queue_done(d, VIRTIO_NET_TX_QUEUE);
}

/* ---- the device's ops ---- */

static void net_notify(struct virtio_device *d, unsigned queue)
{
    struct virtio_net *n = net_of(d);
    if (queue == VIRTIO_NET_TX_QUEUE)
        tx_serve(n);
    else if (queue == VIRTIO_NET_RX_QUEUE)
        rx_settle(n, backlog_flush(n)); /* the driver added buffers: held frames go first */
}

static void net_reset(struct virtio_device *d) { backlog_drop_all(net_of(d)); }

static const struct virtio_device_ops net_ops = {
    .name = "virtio-net",
    .device_id = VIRTIO_ID_NET,
    .queues = 2,
    .queue_size_max = VIRTIO_NET_QUEUE_SIZE,
    .queue_notify = net_notify,
    .reset = net_reset,
};

static void put_status(struct virtio_net *n)
{
    virtio_config_put16(&n->vdev, VIRTIO_NET_CONFIG_STATUS, n->link_up ? VIRTIO_NET_S_LINK_UP : 0);
}

int virtio_net_init(struct virtio_net *n, const struct phys_space *mem, const uint8_t mac[6])
{
    memset(n, 0, sizeof(*n));
    struct virtio_device *d = &n->vdev;
    d->ops = &net_ops;
    d->mem = mem;
    d->device_features = 1ull << VIRTIO_NET_F_CSUM | 1ull << VIRTIO_NET_F_GUEST_CSUM |
                         1ull << VIRTIO_NET_F_MTU | 1ull << VIRTIO_NET_F_MAC |
                         1ull << VIRTIO_NET_F_MRG_RXBUF | 1ull << VIRTIO_NET_F_STATUS;
    memcpy(n->mac, mac, sizeof(n->mac));
    n->link_up = true;
    memcpy(d->config + VIRTIO_NET_CONFIG_MAC, mac, 6);
    put_status(n);
    virtio_config_put16(d, VIRTIO_NET_CONFIG_MAX_VIRTQUEUE_PAIRS, 1);
    virtio_config_put16(d, VIRTIO_NET_CONFIG_MTU, VIRTIO_NET_MTU);
    d->config_size = VIRTIO_NET_CONFIG_SIZE;
    n->rx_first = malloc(sizeof(*n->rx_first));
    n->rx_next = malloc(sizeof(*n->rx_next));
    n->tx = malloc(sizeof(*n->tx));
    n->tx_frame = malloc(VIRTIO_NET_MAX_FRAME);
    if (!n->rx_first || !n->rx_next || !n->tx || !n->tx_frame) {
        virtio_net_free(n);
        return -ENOMEM;
    }
    return 0;
}

void virtio_net_free(struct virtio_net *n)
{
    backlog_drop_all(n);
    free(n->rx_first);
    free(n->rx_next);
    free(n->tx);
    free(n->tx_frame);
    n->rx_first = n->rx_next = n->tx = 0;
    n->tx_frame = 0;
}

void virtio_net_set_link(struct virtio_net *n, bool up)
{
    if (n->link_up == up)
        return;
    n->link_up = up;
    if (!up)
        backlog_drop_all(n);
    put_status(n);
    virtio_config_changed(&n->vdev);
}
