/*
 * libFuzzer target: a hostile virtio-net driver. The input is one byte of
 * set-up (legacy or modern, which features, the queue size, whether the
 * backend answers every frame at once as slirp does for ARP) and then guest
 * RAM: the TX and RX rings and descriptor tables and whatever the buffers
 * hold. The device then serves TX kicks (headers, lengths, partial
 * checksums, GSO types) and RX kicks; it must refuse bad chains, drop bad
 * frames and never touch memory outside guest RAM (ASan watches), hang,
 * or hand the backend a frame out of bounds.
 *
 * The seed (corpus/fuzz_virtio_net/) is a modern driver with MRG_RXBUF: a
 * TX chain of header + UDP frame with a partial checksum, and two RX
 * buffers.
 *
 * Built and run by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined).
 */
// fuzz-sources: devices/virtio_net.c devices/virtio.c devices/virtqueue.c mmu/phys_space.c
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "devices/virtio_net.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (256 * 1024)
#define RAM_IMAGE (64 * 1024)
/*
 * The rings live at fixed places at the start of the image, so short inputs
 * reach them: TX then RX, each 16 descriptors, avail and used 0x100 apart;
 * buffers anywhere after.
 */
#define QUEUE_MAX 16
#define RING(q, part) (RAM_BASE + 0x300ull * (q) + 0x100ull * (part))

static struct virtio_net net;
static bool echo;

static void no_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    (void)level;
}

/* Reads every byte it is given (ASan checks the length), and may answer through RX. */
static void backend_send(void *opaque, const uint8_t *frame, size_t len)
{
    (void)opaque;
    volatile uint8_t sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += frame[i];
    if (echo)
        virtio_net_receive(&net, frame, len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct phys_space ram;
    static const uint8_t mac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};
    static bool ready;
    if (!ready) {
        if (phys_space_init(&ram, RAM_BASE, RAM_SIZE) || virtio_net_init(&net, &ram, mac))
            return 0;
        net.backend = (struct virtio_net_backend){backend_send, 0};
        net.vdev.irq = (struct irq_line){no_irq, 0, 0};
        ready = true;
    }
    if (size < 1)
        return 0;
    uint8_t setup = data[0];
    data++, size--;
    struct virtio_device *d = &net.vdev;
    virtio_set_status(d, 0);
    memset(ram.ram, 0, RAM_SIZE);
    memcpy(ram.ram, data, size < RAM_IMAGE ? size : RAM_IMAGE);
    /* descriptors mostly point into RAM: fold their addresses there unless told not to */
    if (!(setup & 0x80))
        for (unsigned q = 0; q < 2; q++)
            for (unsigned i = 0; i < QUEUE_MAX; i++) {
                uint8_t *desc = ram.ram + (RING(q, 0) - RAM_BASE) + 16 * i;
                uint64_t addr;
                memcpy(&addr, desc, 8);
                addr = RAM_BASE + addr % RAM_IMAGE;
                memcpy(desc, &addr, 8);
            }
    echo = setup & 8;
    d->legacy = setup & 1;
    d->driver_features = 1ull << VIRTIO_NET_F_CSUM | 1ull << VIRTIO_NET_F_GUEST_CSUM |
                         (setup & 2 ? 1ull << VIRTIO_NET_F_MRG_RXBUF : 0) |
                         (setup & 4 ? 1ull << VIRTIO_F_RING_EVENT_IDX : 0) |
                         (d->legacy ? 0 : 1ull << VIRTIO_F_VERSION_1);
    virtio_set_status(d, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
                             VIRTIO_STATUS_FEATURES_OK);
    uint16_t num = (uint16_t)(QUEUE_MAX >> ((setup >> 4) & 3)); /* 16, 8, 4, 2 */
    for (unsigned q = 0; q < 2; q++) {
        bool event_idx = d->queue[q].event_idx;
        d->queue[q] = (struct virtq){.num = num, .ready = true, .desc = RING(q, 0),
                                     .avail = RING(q, 1), .used = RING(q, 2),
                                     .event_idx = event_idx};
    }
    virtio_set_status(d, d->status | VIRTIO_STATUS_DRIVER_OK);
    /* TX twice (the second kick finds what the first left), RX, and a frame from the backend */
    d->ops->queue_notify(d, VIRTIO_NET_TX_QUEUE);
    d->ops->queue_notify(d, VIRTIO_NET_RX_QUEUE);
    virtio_net_receive(&net, data, size < 1514 ? size : 1514);
    d->ops->queue_notify(d, VIRTIO_NET_TX_QUEUE);
    return 0;
}
