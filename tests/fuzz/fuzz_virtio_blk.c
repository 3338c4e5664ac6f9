/*
 * libFuzzer target: a hostile driver on a virtio-blk device. The input is
 * a few set-up bytes (features: read-only, discard, legacy, EVENT_IDX; the
 * queue size; when to reset) and then guest RAM (descriptors at its start,
 * the avail ring at 4 KiB, buffers anywhere). The device is kicked, a fake
 * backend runs some of its jobs against an in-memory disk, the device is
 * kicked again, maybe reset, and the rest complete. What must hold: every
 * job's segments lie inside guest RAM and add up to its length, its range
 * lies inside the disk, nothing outside RAM is touched (ASan), no slot is
 * lost, and nothing hangs.
 *
 * Built and run by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined):
 *   scripts/fuzz 60 build-fuzz fuzz_virtio_blk
 */
// fuzz-sources: devices/virtio_blk.c devices/virtio.c devices/virtqueue.c mmu/phys_space.c
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_blk.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (256 * 1024)
#define RAM_IMAGE (64 * 1024)
#define AVAIL_AT 0x1000
#define USED_AT 0x2000
#define DISK_SECTORS 256

static struct phys_space ram;
static struct virtio_blk blk;
static uint8_t disk[DISK_SECTORS * 512];
static struct virtio_blk_job *queued[VIRTIO_BLK_MAX_INFLIGHT + 1];
static unsigned nqueued;

static void no_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    (void)level;
}

static void submit(void *opaque, struct virtio_blk_job *job)
{
    (void)opaque;
    if (nqueued > VIRTIO_BLK_MAX_INFLIGHT)
        abort(); /* more jobs out than the device has slots */
    queued[nqueued++] = job;
}

static void drain(void *opaque) { (void)opaque; }

/* What a real backend would do, with the checks a real one relies on. */
static void run(struct virtio_blk_job *job)
{
    if (job->offset % 512 || job->length % 512 || job->offset > sizeof(disk) ||
        job->length > sizeof(disk) - job->offset)
        abort();
    uint64_t total = 0;
    for (unsigned i = 0; i < job->iovcnt; i++) {
        uint8_t *p = job->iov[i].iov_base;
        if (p < ram.ram || job->iov[i].iov_len > RAM_SIZE ||
            p + job->iov[i].iov_len > ram.ram + RAM_SIZE)
            abort();
        if (job->op == VIRTIO_BLK_OP_READ)
            memcpy(p, disk + job->offset + total, job->iov[i].iov_len);
        else if (job->op == VIRTIO_BLK_OP_WRITE)
            memcpy(disk + job->offset + total, p, job->iov[i].iov_len);
        total += job->iov[i].iov_len;
    }
    if ((job->op == VIRTIO_BLK_OP_READ || job->op == VIRTIO_BLK_OP_WRITE) && total != job->length)
        abort();
    job->result = 0;
}

/* Runs the first `count` queued jobs and hands them back as one batch. */
static void complete(unsigned count)
{
    struct virtio_blk_job *list = 0;
    if (count > nqueued)
        count = nqueued;
    for (unsigned i = count; i-- > 0;) {
        run(queued[i]);
        queued[i]->next = list;
        list = queued[i];
    }
    memmove(queued, queued + count, (nqueued - count) * sizeof(queued[0]));
    nqueued -= count;
    if (list)
        virtio_blk_complete(&blk, list);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    static bool ready;
    if (!ready) {
        if (phys_space_init(&ram, RAM_BASE, RAM_SIZE))
            return 0;
        ready = true;
    }
    uint8_t flags = data[0], queue_bits = data[1], split = data[2];
    data += 3, size -= 3;
    memset(ram.ram, 0, RAM_SIZE);
    memcpy(ram.ram, data, size < RAM_IMAGE ? size : RAM_IMAGE);

    struct virtio_blk_setup setup = {
        .sectors = DISK_SECTORS, .readonly = flags & 1, .discard = flags & 2, .serial = "fuzz"};
    if (virtio_blk_init(&blk, &ram, &setup, (struct virtio_blk_backend){submit, drain, 0}))
        return 0;
    struct virtio_device *d = &blk.vdev;
    d->irq = (struct irq_line){no_irq, 0, 0};
    d->legacy = flags & 4;
    d->driver_features = virtio_offered_features(d);
    if (!(flags & 8))
        d->driver_features &= ~(1ull << VIRTIO_F_RING_EVENT_IDX);
    virtio_features_settled(d);
    d->status = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK |
                VIRTIO_STATUS_DRIVER_OK;
    d->queue[0] = (struct virtq){.num = (uint16_t)(1u << (queue_bits % 8 + 1)), .ready = true,
                                 .desc = RAM_BASE, .avail = RAM_BASE + AVAIL_AT,
                                 .used = RAM_BASE + USED_AT, .event_idx = flags & 8};
    nqueued = 0;

    virtio_queue_kicked(d, 0);
    complete(split % (VIRTIO_BLK_MAX_INFLIGHT + 1));
    /* the driver moves avail idx on and kicks again (or resets with work in flight) */
    uint16_t *avail_idx = (uint16_t *)(ram.ram + AVAIL_AT + 2);
    *avail_idx = (uint16_t)(*avail_idx + (split >> 5));
    if (flags & 16)
        virtio_set_status(d, 0);
    else
        virtio_queue_kicked(d, 0);
    while (nqueued)
        complete(nqueued);
    if (blk.busy != 0)
        abort(); /* a slot that never came back */
    virtio_blk_free(&blk);
    return 0;
}
