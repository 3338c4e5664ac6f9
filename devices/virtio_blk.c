/* virtio-blk: requests parsed and checked here, disk work done by a backend; see virtio_blk.h. */
#include "devices/virtio_blk.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/*
 * One request in the device's hands, from virtq_pop to virtq_push. The job
 * comes first so that a finished job handed back by the backend is its slot.
 */
struct virtio_blk_slot {
    struct virtio_blk_job job;
    struct virtio_blk_slot *next_free;
    uint32_t epoch;  /* blk->epoch when popped: a reset since means "drop it" */
    uint8_t *status; /* the chain's last writable byte, in guest RAM */
    struct iovec data[VIRTQ_MAX_SEGMENTS];
    struct virtq_request vq;
};

static struct virtio_blk *blk_of(struct virtio_device *d) { return (struct virtio_blk *)d; }

static struct virtio_blk_slot *take_slot(struct virtio_blk *blk)
{
    struct virtio_blk_slot *s = blk->free_slots;
    if (s) {
        blk->free_slots = s->next_free;
    } else {
        if (blk->slots == VIRTIO_BLK_MAX_INFLIGHT)
            return 0;
        s = malloc(sizeof(*s));
        if (!s)
            return 0; /* slot 0 always exists: busy ones come back and we go on then */
        blk->slot[blk->slots++] = s;
    }
    blk->busy++;
    return s;
}

static void give_back(struct virtio_blk *blk, struct virtio_blk_slot *s)
{
    s->next_free = blk->free_slots;
    blk->free_slots = s;
    blk->busy--;
}

/*
 * Writes the status and returns the chain. The used length counts what was
 * written from the start of the writable part (2.7.8.2: never more): the
 * data, and the status byte when it follows the data directly.
 */
static void finish(struct virtio_blk *blk, struct virtio_blk_slot *s, uint8_t status,
                   size_t data_written)
{
    struct virtio_device *d = &blk->vdev;
    *s->status = status;
    size_t data_space = s->vq.writable_bytes - 1;
    uint32_t used = (uint32_t)(data_written == data_space ? data_written + 1 : data_written);
    virtq_push(&d->queue[0], d->mem, &s->vq, used);
    give_back(blk, s);
}

/* A request the guest got wrong: its status, and a -d guest_errors line saying why. */
__attribute__((format(printf, 4, 5))) static void refuse(struct virtio_blk *blk,
                                                          struct virtio_blk_slot *s,
                                                          uint8_t status, const char *why, ...)
{
    if (blk->vdev.guest_errors) {
        char text[200];
        va_list args;
        va_start(args, why);
        vsnprintf(text, sizeof(text), why, args);
        va_end(args);
        virtio_guest_error(&blk->vdev, "request (head %u): %s: %s", s->vq.head, text,
                           status == VIRTIO_BLK_S_UNSUPP ? "UNSUPP" : "IOERR");
    }
    finish(blk, s, status, 0);
}

/* `len` bytes of src[0..n) from byte `skip` on, as segments in dst: how many. */
static unsigned slice(const struct iovec *src, unsigned n, size_t skip, size_t len,
                      struct iovec *dst)
{
    unsigned out = 0;
    for (unsigned i = 0; i < n && len; i++) {
        size_t seg = src[i].iov_len;
        if (skip >= seg) {
            skip -= seg;
            continue;
        }
        size_t take = seg - skip < len ? seg - skip : len;
        dst[out++] = (struct iovec){(uint8_t *)src[i].iov_base + skip, take};
        len -= take;
        skip = 0;
    }
    return out;
}

/* Whether [sector, sector + bytes/512) is a whole-sector range inside the disk. */
static bool range_ok(struct virtio_blk *blk, struct virtio_blk_slot *s, uint64_t sector,
                     uint64_t bytes)
{
    if (bytes % VIRTIO_BLK_SECTOR) {
        refuse(blk, s, VIRTIO_BLK_S_IOERR, "%" PRIu64 " bytes is not a whole number of sectors",
               bytes);
        return false;
    }
    uint64_t count = bytes / VIRTIO_BLK_SECTOR;
    if (sector > blk->sectors || count > blk->sectors - sector) {
        refuse(blk, s, VIRTIO_BLK_S_IOERR,
               "sectors %" PRIu64 "+%" PRIu64 " past the end of the disk (%" PRIu64 " sectors)",
               sector, count, blk->sectors);
        return false;
    }
    return true;
}

static void submit(struct virtio_blk *blk, struct virtio_blk_slot *s, enum virtio_blk_op op,
                   uint64_t offset, uint64_t length)
{
    s->job.op = op;
    s->job.offset = offset;
    s->job.length = length;
    s->job.result = 0;
    s->job.next = 0;
    blk->backend.submit(blk->backend.opaque, &s->job);
}

/* DISCARD and WRITE_ZEROES: one range after the header (5.2.6.2). */
static void start_range(struct virtio_blk *blk, struct virtio_blk_slot *s, uint32_t type)
{
    const struct virtq_request *r = &s->vq;
    bool zeroes = type == VIRTIO_BLK_T_WRITE_ZEROES;
    const char *name = zeroes ? "write-zeroes" : "discard";
    if (!zeroes && !blk->discard) {
        refuse(blk, s, VIRTIO_BLK_S_UNSUPP, "discard was not offered");
        return;
    }
    if (blk->readonly) {
        refuse(blk, s, VIRTIO_BLK_S_IOERR, "%s on a read-only disk", name);
        return;
    }
    size_t bytes = r->readable_bytes - VIRTIO_BLK_HEADER_SIZE;
    if (bytes == 0 || bytes % VIRTIO_BLK_RANGE_SIZE) {
        refuse(blk, s, VIRTIO_BLK_S_IOERR, "%s with %zu bytes of ranges", name, bytes);
        return;
    }
    if (bytes > VIRTIO_BLK_RANGE_SIZE) { /* max_discard_seg = max_write_zeroes_seg = 1 */
        refuse(blk, s, VIRTIO_BLK_S_UNSUPP, "%s of %zu ranges (1 offered)", name,
               bytes / VIRTIO_BLK_RANGE_SIZE);
        return;
    }
    uint8_t range[VIRTIO_BLK_RANGE_SIZE];
    virtq_read_out(r, VIRTIO_BLK_HEADER_SIZE, range, sizeof(range));
    uint64_t sector;
    uint32_t count, flags;
    memcpy(&sector, range, 8);
    memcpy(&count, range + 8, 4);
    memcpy(&flags, range + 12, 4);
    uint32_t allowed = zeroes ? VIRTIO_BLK_WRITE_ZEROES_FLAG_UNMAP : 0;
    if (flags & ~allowed) {
        refuse(blk, s, VIRTIO_BLK_S_UNSUPP, "%s flags 0x%x", name, flags);
        return;
    }
    if (count > VIRTIO_BLK_MAX_RANGE_SECTORS) {
        refuse(blk, s, VIRTIO_BLK_S_IOERR, "%s of %u sectors (at most %u)", name, count,
               VIRTIO_BLK_MAX_RANGE_SECTORS);
        return;
    }
    if (!range_ok(blk, s, sector, (uint64_t)count * VIRTIO_BLK_SECTOR))
        return;
    if (count == 0) {
        finish(blk, s, VIRTIO_BLK_S_OK, 0);
        return;
    }
    /* write_zeroes_may_unmap is offered only with discard=unmap */
    s->job.unmap = zeroes && (flags & VIRTIO_BLK_WRITE_ZEROES_FLAG_UNMAP) && blk->discard;
    s->job.iovcnt = 0;
    submit(blk, s, zeroes ? VIRTIO_BLK_OP_WRITE_ZEROES : VIRTIO_BLK_OP_DISCARD,
           sector * VIRTIO_BLK_SECTOR, (uint64_t)count * VIRTIO_BLK_SECTOR);
}

/* A popped chain: answered now, or handed to the backend. */
static void start(struct virtio_blk *blk, struct virtio_blk_slot *s)
{
    const struct virtq_request *r = &s->vq;
    s->epoch = blk->epoch;
    s->job.unmap = false;
    s->job.iov = s->data;
    s->job.iovcnt = 0;
    if (r->writable == 0) {
        /* nowhere to put an answer: the driver broke 5.2.6, as QEMU sees it too */
        give_back(blk, s);
        virtio_device_broken(&blk->vdev, "request without a writable status byte");
        return;
    }
    const struct iovec *last = &r->iov[r->readable + r->writable - 1];
    s->status = (uint8_t *)last->iov_base + last->iov_len - 1;
    if (r->readable_bytes < VIRTIO_BLK_HEADER_SIZE) {
        refuse(blk, s, VIRTIO_BLK_S_IOERR, "header of %zu bytes (16 needed)", r->readable_bytes);
        return;
    }
    uint8_t header[VIRTIO_BLK_HEADER_SIZE];
    virtq_read_out(r, 0, header, sizeof(header));
    uint32_t type;
    uint64_t sector;
    memcpy(&type, header, 4);
    memcpy(&sector, header + 8, 8);
    if (blk->vdev.legacy)
        type &= ~VIRTIO_BLK_T_BARRIER; /* ordering is ours anyway: requests complete when done */
    size_t in_bytes = r->writable_bytes - 1; /* the writable part before the status byte */
    size_t out_bytes = r->readable_bytes - VIRTIO_BLK_HEADER_SIZE;
    switch (type) {
    case VIRTIO_BLK_T_IN:
    case VIRTIO_BLK_T_OUT: {
        bool in = type == VIRTIO_BLK_T_IN;
        size_t bytes = in ? in_bytes : out_bytes;
        if (!in && blk->readonly) {
            refuse(blk, s, VIRTIO_BLK_S_IOERR, "write to a read-only disk");
            return;
        }
        if (!range_ok(blk, s, sector, bytes))
            return;
        if (bytes == 0) {
            finish(blk, s, VIRTIO_BLK_S_OK, 0);
            return;
        }
        s->job.iovcnt = in ? slice(r->iov + r->readable, r->writable, 0, bytes, s->data)
                           : slice(r->iov, r->readable, VIRTIO_BLK_HEADER_SIZE, bytes, s->data);
        submit(blk, s, in ? VIRTIO_BLK_OP_READ : VIRTIO_BLK_OP_WRITE, sector * VIRTIO_BLK_SECTOR,
               bytes);
        return;
    }
    case VIRTIO_BLK_T_FLUSH:
        submit(blk, s, VIRTIO_BLK_OP_FLUSH, 0, 0);
        return;
    case VIRTIO_BLK_T_GET_ID: {
        size_t n = in_bytes < VIRTIO_BLK_ID_BYTES ? in_bytes : VIRTIO_BLK_ID_BYTES;
        virtq_write_in(r, 0, blk->serial, n);
        finish(blk, s, VIRTIO_BLK_S_OK, n);
        return;
    }
    case VIRTIO_BLK_T_DISCARD:
    case VIRTIO_BLK_T_WRITE_ZEROES:
        start_range(blk, s, type);
        return;
    default:
        refuse(blk, s, VIRTIO_BLK_S_UNSUPP, "request type %u", type);
        return;
    }
}

/*
 * Takes every chain the driver made available, as long as slots last. Kicks
 * stay on while we keep up; with no slot free they are turned off until a
 * completion frees one (no point in a kick we cannot act on).
 */
static void serve(struct virtio_blk *blk)
{
    struct virtio_device *d = &blk->vdev;
    struct virtq *q = &d->queue[0];
    uint16_t used_before = q->used_idx;
    while (virtio_running(d)) {
        struct virtio_blk_slot *s = take_slot(blk);
        if (!s) {
            blk->starved = true;
            virtq_want_kicks(q, d->mem, false);
            break;
        }
        enum virtq_pop_result got = virtio_queue_pop(d, 0, &s->vq);
        if (got == VIRTQ_POP_OK) {
            start(blk, s);
            continue;
        }
        give_back(blk, s);
        if (got == VIRTQ_POP_BROKEN)
            break;
        /* empty: ask for kicks again, then look once more for what came meanwhile */
        virtq_want_kicks(q, d->mem, true);
        if (!virtq_has_buffers(q, d->mem))
            break;
    }
    if (q->used_idx != used_before)
        virtio_queue_done(d, 0);
}

static void blk_notify(struct virtio_device *d, unsigned queue)
{
    (void)queue;
    serve(blk_of(d));
}

void virtio_blk_complete(struct virtio_blk *blk, struct virtio_blk_job *done)
{
    struct virtio_device *d = &blk->vdev;
    uint16_t used_before = d->queue[0].used_idx;
    while (done) {
        struct virtio_blk_slot *s = (struct virtio_blk_slot *)done;
        done = done->next;
        if (s->epoch != blk->epoch) { /* popped before a reset: that queue is gone */
            give_back(blk, s);
            continue;
        }
        bool ok = s->job.result == 0;
        size_t data = ok && s->job.op == VIRTIO_BLK_OP_READ ? s->job.length : 0;
        finish(blk, s, ok ? VIRTIO_BLK_S_OK : VIRTIO_BLK_S_IOERR, data);
    }
    if (d->queue[0].used_idx != used_before)
        virtio_queue_done(d, 0);
    if (blk->starved) {
        blk->starved = false;
        serve(blk);
    }
}

/* Reset: the backend finishes what it has (it writes guest RAM meanwhile), then we forget it. */
static void blk_reset(struct virtio_device *d)
{
    struct virtio_blk *blk = blk_of(d);
    if (blk->busy && blk->backend.drain)
        blk->backend.drain(blk->backend.opaque);
    blk->epoch++;
    blk->starved = false;
}

static const struct virtio_device_ops blk_ops = {
    .name = "virtio-blk",
    .device_id = VIRTIO_ID_BLOCK,
    .queues = 1,
    .queue_size_max = VIRTIO_BLK_QUEUE_SIZE,
    .queue_notify = blk_notify,
    .reset = blk_reset,
};

static void fill_config(struct virtio_blk *blk)
{
    struct virtio_device *d = &blk->vdev;
    d->config_size = VIRTIO_BLK_CONFIG_SIZE;
    virtio_config_put64(d, VIRTIO_BLK_CONFIG_CAPACITY, blk->sectors);
    virtio_config_put32(d, VIRTIO_BLK_CONFIG_SIZE_MAX, VIRTIO_BLK_SIZE_MAX);
    virtio_config_put32(d, VIRTIO_BLK_CONFIG_SEG_MAX, VIRTIO_BLK_SEG_MAX);
    virtio_config_put32(d, VIRTIO_BLK_CONFIG_BLK_SIZE, VIRTIO_BLK_SECTOR);
    /* 4 KiB physical blocks: the guest's filesystem aligns to the host's pages and blocks */
    d->config[VIRTIO_BLK_CONFIG_PHYSICAL_BLOCK_EXP] = 3;
    virtio_config_put16(d, VIRTIO_BLK_CONFIG_NUM_QUEUES, 1);
    virtio_config_put32(d, VIRTIO_BLK_CONFIG_MAX_DISCARD_SECTORS, VIRTIO_BLK_MAX_RANGE_SECTORS);
    virtio_config_put32(d, VIRTIO_BLK_CONFIG_MAX_DISCARD_SEG, 1);
    virtio_config_put32(d, VIRTIO_BLK_CONFIG_DISCARD_SECTOR_ALIGNMENT,
                        VIRTIO_BLK_DISCARD_ALIGNMENT_SECTORS);
    virtio_config_put32(d, VIRTIO_BLK_CONFIG_MAX_WRITE_ZEROES_SECTORS,
                        VIRTIO_BLK_MAX_RANGE_SECTORS);
    virtio_config_put32(d, VIRTIO_BLK_CONFIG_MAX_WRITE_ZEROES_SEG, 1);
    d->config[VIRTIO_BLK_CONFIG_WRITE_ZEROES_MAY_UNMAP] = blk->discard;
}

int virtio_blk_init(struct virtio_blk *blk, const struct phys_space *mem,
                    const struct virtio_blk_setup *setup, struct virtio_blk_backend backend)
{
    memset(blk, 0, sizeof(*blk));
    blk->vdev.ops = &blk_ops;
    blk->vdev.mem = mem;
    blk->backend = backend;
    blk->sectors = setup->sectors;
    blk->readonly = setup->readonly;
    blk->discard = setup->discard;
    if (setup->serial) /* 20 bytes, zero-padded, unterminated when full (5.2.6) */
        memcpy(blk->serial, setup->serial, strnlen(setup->serial, sizeof(blk->serial)));
    blk->vdev.device_features =
        1ull << VIRTIO_BLK_F_SIZE_MAX | 1ull << VIRTIO_BLK_F_SEG_MAX |
        1ull << VIRTIO_BLK_F_BLK_SIZE | 1ull << VIRTIO_BLK_F_FLUSH | 1ull << VIRTIO_BLK_F_TOPOLOGY |
        1ull << VIRTIO_BLK_F_WRITE_ZEROES | (setup->readonly ? 1ull << VIRTIO_BLK_F_RO : 0) |
        (setup->discard ? 1ull << VIRTIO_BLK_F_DISCARD : 0);
    fill_config(blk);
    /* one slot now, so the device always has one and a failure shows here, not in the guest */
    struct virtio_blk_slot *s = take_slot(blk);
    if (!s)
        return -ENOMEM;
    give_back(blk, s);
    return 0;
}

void virtio_blk_free(struct virtio_blk *blk)
{
    for (unsigned i = 0; i < blk->slots; i++)
        free(blk->slot[i]);
    blk->slots = 0;
    blk->free_slots = 0;
}
