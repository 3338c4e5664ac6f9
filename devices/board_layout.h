/*
 * A board as data: where each of its devices sits on the physical bus and
 * which interrupt it raises, in one table indexed by enum board_region_id
 * (QEMU's hw/arm/virt.c base_memmap[] and a15irqmap[] in one), plus the
 * few facts about the board that are not a region (how many virtio-mmio
 * slots, how many GIC interrupt IDs, the device tree's root strings).
 *
 * Everything that places a device reads it from here: the bus set-up
 * (devices/board_bus.c, the GIC's irqchip_ops.map, the virtio slots) and
 * the device-tree builder (firmware/board_fdt.c). So a second board (the
 * Android Emulator's "ranchu", a test's made-up board) is a second table
 * and layout over the same device models, and nothing else names an
 * address:
 *
 *     static const struct board_region map[BOARD_REGIONS] = {
 *         [BOARD_REGION_UART] = {0x1000000, 0x1000, 5}, ...
 *     };
 *     const struct board_layout my_board = {.name = "mine", .map = map, ...};
 *
 * An entry of size 0 is a device the board does not have. The regions are
 * one enum for every board (not one per board) because the code that
 * builds a board's devices is shared and must find "the UART" in any of
 * them; a board with a device the others lack adds an enumerator, and the
 * others leave it empty.
 */
#ifndef FERRY_DEVICES_BOARD_LAYOUT_H
#define FERRY_DEVICES_BOARD_LAYOUT_H

#include <errno.h>
#include <stdint.h>

#include "mmu/phys_space.h"

enum board_region_id {
    BOARD_REGION_GIC_DIST,    /* GIC distributor */
    BOARD_REGION_GIC_CPU,     /* GICv2 CPU interface (a GICv3 board leaves it unused) */
    BOARD_REGION_GIC_REDIST,  /* GICv3 redistributors: room for size / 128 KiB CPUs */
    BOARD_REGION_UART,        /* PL011: the console */
    BOARD_REGION_RTC,         /* PL031 */
    BOARD_REGION_GPIO,        /* PL061: pin 3 is the power button (gpio-keys, KEY_POWER) */
    BOARD_REGION_VIRTIO_MMIO, /* virtio-mmio slot 0; slot n at base + n * size, irq + n */
    BOARD_REGION_RAM,         /* where RAM starts and how much can be there */
    BOARD_REGIONS
};

/*
 * One device's window on the bus: the size is the whole window the board
 * reserves (what the device tree's reg says), which can be larger than the
 * registers the model implements (GICv2's 4 KiB distributor in a 64 KiB
 * window, as on QEMU's virt). irq is the SPI number as the device tree
 * writes it (interrupt ID 32 + irq); devices without an interrupt leave it
 * 0 and nothing reads it.
 */
struct board_region {
    uint64_t base, size;
    unsigned irq;
};

/*
 * The architected timer's PPIs (device-tree numbering, interrupt ID 16 +
 * n): the run loop drives them, the timer node lists them.
 */
struct board_timer_ppis {
    unsigned secure_phys, phys, virt, hyp;
};

struct board_layout {
    const char *name;               /* "virt": the -M name */
    const char *dt_compatible;      /* the root node's compatible */
    const char *dt_model;           /* the root node's model */
    const struct board_region *map; /* BOARD_REGIONS entries */
    unsigned virtio_slots;          /* virtio-mmio slots from BOARD_REGION_VIRTIO_MMIO */
    unsigned irqs;                  /* GIC interrupt IDs: 32 private + the SPIs */
    struct board_timer_ppis timer;
};

static inline const struct board_region *board_region(const struct board_layout *b,
                                                      enum board_region_id r)
{
    return &b->map[r];
}

/* Virtio-mmio slot `n`: slot 0's window moved up by n windows, its interrupt by n. */
static inline struct board_region board_virtio_slot(const struct board_layout *b, unsigned n)
{
    const struct board_region *s = &b->map[BOARD_REGION_VIRTIO_MMIO];
    return (struct board_region){s->base + n * s->size, s->size, s->irq + n};
}

/*
 * A model's `size` bytes of registers at the start of window `r` of the
 * bus (the rest of a larger window stays unassigned). 0, or -EINVAL when
 * the board has no such window, it is too small, or it overlaps.
 */
static inline int board_map_window(struct phys_space *phys, const struct board_region *r,
                                   uint64_t size, const struct mmio_ops *ops, void *opaque,
                                   const char *name)
{
    if (r->size < size)
        return -EINVAL;
    return phys_space_add_mmio(phys, r->base, size, ops, opaque, name);
}

/* The PL061 pin the power button (gpio-keys' KEY_POWER) is wired to, as on QEMU's virt. */
#define BOARD_POWER_BUTTON_PIN 3

/* QEMU's `-M virt` (board_virt.c). */
extern const struct board_layout board_virt;

#endif
