/*
 * libFuzzer target: a hostile driver on virtio-gpu's control and cursor
 * queues. The input is a list of records {u8 queue, le16 length, bytes}:
 * each record's bytes become one request in guest RAM (readable, then a
 * writable 2 KiB response buffer) on controlq (queue byte even) or cursorq
 * (odd; 0xff resets the device), kicked one by one. Backing entries may
 * name any address; guest RAM is 1 MiB. What must hold: nothing outside
 * RAM or a resource's pixels is touched (ASan: the display listener reads
 * every pixel it is told changed, and the whole surface), the host memory
 * charged never passes VIRTIO_GPU_HOSTMEM_MAX, and a reset gives it all back.
 *
 * Built and run by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined):
 *   scripts/fuzz 60 build-fuzz fuzz_virtio_gpu
 */
// fuzz-sources: devices/virtio_gpu.c devices/virtio.c devices/virtqueue.c mmu/phys_space.c
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_gpu.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (1u << 20)
#define NUM 16
#define Q_BASE(q) (RAM_BASE + 0x1000 + (uint64_t)(q) * 0x3000)
#define REQ (RAM_BASE + 0x10000)
#define REQ_MAX 0x10000
#define RESP (RAM_BASE + 0x20000)
#define RESP_LEN 2048

static struct phys_space ram;
static struct virtio_gpu gpu;
static uint16_t avail[2];
static volatile uint32_t sink;

static void no_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    (void)level;
}

static void read_all(const struct display_surface *s, uint32_t x, uint32_t y, uint32_t w, uint32_t h)
{
    if (x > s->width || w > s->width - x || y > s->height || h > s->height - y)
        abort(); /* a dirty rectangle outside the surface */
    for (uint32_t r = y; r < y + h; r++)
        for (uint32_t c = x; c < x + w; c++)
            sink += display_surface_rgb(s, c, r);
}

static void on_surface(void *opaque, unsigned scanout, const struct display_surface *s)
{
    (void)opaque;
    (void)scanout;
    if (s)
        read_all(s, 0, 0, s->width, s->height);
}

static void on_dirty(void *opaque, unsigned scanout, uint32_t x, uint32_t y, uint32_t w, uint32_t h)
{
    (void)opaque;
    struct display_surface s;
    if (!virtio_gpu_surface(&gpu, scanout, &s))
        abort(); /* dirty news of an output that shows nothing */
    read_all(&s, x, y, w, h);
}

static void put(uint64_t pa, const void *v, size_t n) { phys_dma_write(&ram, pa, v, n); }

static void put_desc(unsigned q, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                     uint16_t next)
{
    uint8_t d[16];
    memcpy(d, &addr, 8);
    memcpy(d + 8, &len, 4);
    memcpy(d + 12, &flags, 2);
    memcpy(d + 14, &next, 2);
    put(Q_BASE(q) + 16ull * i, d, 16);
}

static void start(void)
{
    struct virtio_device *d = &gpu.vdev;
    memset(d->queue, 0, sizeof(d->queue));
    d->irq = (struct irq_line){no_irq, 0, 0};
    d->driver_features = virtio_offered_features(d) & ~(1ull << VIRTIO_F_RING_EVENT_IDX);
    d->status = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK |
                VIRTIO_STATUS_DRIVER_OK;
    for (unsigned q = 0; q < 2; q++) {
        d->queue[q] = (struct virtq){.num = NUM, .ready = true, .desc = Q_BASE(q),
                                     .avail = Q_BASE(q) + 0x1000, .used = Q_BASE(q) + 0x2000};
        avail[q] = 0;
        uint16_t zero = 0;
        put(Q_BASE(q) + 0x1000 + 2, &zero, 2);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ram.ram) {
        if (phys_space_init(&ram, RAM_BASE, RAM_SIZE) != 0)
            abort();
    }
    memset(ram.ram, 0x5a, RAM_SIZE);
    if (virtio_gpu_init(&gpu, &ram, &(struct virtio_gpu_options){.edid = true, .max_outputs = 2}))
        abort();
    virtio_gpu_set_listener(&gpu, &(struct display_listener){on_surface, on_dirty, 0});
    start();
    size_t at = 0;
    while (at + 3 <= size) {
        uint8_t queue = data[at];
        size_t len = (size_t)data[at + 1] | (size_t)data[at + 2] << 8;
        at += 3;
        if (len > size - at)
            len = size - at;
        if (queue == 0xff) {
            virtio_set_status(&gpu.vdev, 0);
            if (gpu.hostmem != 0 || gpu.resources)
                abort(); /* a reset must give everything back */
            start();
            continue;
        }
        if (len == 0 || len > REQ_MAX)
            continue;
        unsigned q = queue & 1;
        put(REQ, data + at, len);
        at += len;
        put_desc(q, 0, REQ, (uint32_t)len, VIRTQ_DESC_F_NEXT, 1);
        put_desc(q, 1, RESP, RESP_LEN, VIRTQ_DESC_F_WRITE, 0);
        uint16_t head = 0;
        put(Q_BASE(q) + 0x1000 + 4 + 2 * (avail[q] % NUM), &head, 2);
        avail[q]++;
        put(Q_BASE(q) + 0x1000 + 2, &avail[q], 2);
        virtio_queue_kicked(&gpu.vdev, q);
        if (gpu.hostmem > VIRTIO_GPU_HOSTMEM_MAX)
            abort();
    }
    virtio_gpu_free(&gpu);
    return 0;
}
