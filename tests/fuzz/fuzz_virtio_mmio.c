/*
 * libFuzzer target: a hostile driver on a virtio-mmio slot. The input is
 * guest RAM (its first 64 KiB: descriptors, rings, indirect tables) and a
 * list of register writes to a virtio-rng slot (QueueNum, ring addresses,
 * Status, QueueNotify ...), both layouts. The transport and the virtqueue
 * walker must refuse whatever the driver does without touching memory
 * outside guest RAM (ASan watches) and without hanging.
 *
 * Built and run by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined).
 */
// fuzz-sources: devices/virtio_mmio.c devices/virtio.c devices/virtqueue.c devices/virtio_rng.c mmu/phys_space.c
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "devices/virtio_mmio.h"
#include "devices/virtio_rng.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (256 * 1024)
#define RAM_IMAGE (64 * 1024)

static void no_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    (void)level;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct phys_space ram;
    static struct virtio_rng rng;
    static bool ready;
    if (!ready) {
        if (phys_space_init(&ram, RAM_BASE, RAM_SIZE) || virtio_rng_init(&rng, &ram, -1))
            return 0;
        ready = true;
    }
    if (size < 1)
        return 0;
    struct virtio_mmio slot;
    memset(ram.ram, 0, RAM_SIZE);
    virtio_mmio_init(&slot, &rng.vdev, data[0] & 1, (struct irq_line){no_irq, 0, 0});
    virtio_set_status(&rng.vdev, 0);
    data++, size--;
    size_t image = size < RAM_IMAGE ? size : RAM_IMAGE;
    /* the image goes to the start of RAM; register writes follow it, 5 bytes each */
    size_t writes_at = size > 2 ? (size_t)(data[0] | data[1] << 8) % (size + 1) : size;
    if (writes_at < image)
        image = writes_at;
    memcpy(ram.ram, data, image);
    for (size_t at = writes_at; at + 5 <= size; at += 5) {
        uint64_t offset = (uint64_t)(data[at] & 0xfc) | (uint64_t)(data[at] & 1) << 8;
        uint32_t value;
        memcpy(&value, data + at + 1, 4);
        /* addresses point into the guest RAM image when the high byte says so */
        if ((value >> 24) == 0x40)
            value = (uint32_t)(RAM_BASE + (value & (RAM_SIZE - 1)));
        uint64_t ignored;
        if (data[at] & 2)
            virtio_mmio_ops.read(&slot, offset, 4, &ignored);
        else
            virtio_mmio_ops.write(&slot, offset, 4, value);
    }
    return 0;
}
