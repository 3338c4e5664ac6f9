/*
 * QEMU's `-M virt` board as data: the addresses and sizes of
 * hw/arm/virt.c's base_memmap[] and the SPIs of its a15irqmap[], so guests
 * written for it find everything where they expect. See board_layout.h.
 */
#include "devices/board_layout.h"

static const struct board_region virt_map[BOARD_REGIONS] = {
    [BOARD_REGION_GIC_DIST] = {0x08000000, 0x00010000, 0},
    [BOARD_REGION_GIC_CPU] = {0x08010000, 0x00010000, 0},
    /* up to 0x0900_0000: 123 redistributor frames of 128 KiB */
    [BOARD_REGION_GIC_REDIST] = {0x080a0000, 0x00f60000, 0},
    [BOARD_REGION_UART] = {0x09000000, 0x00001000, 1},
    [BOARD_REGION_RTC] = {0x09010000, 0x00001000, 2},
    [BOARD_REGION_GPIO] = {0x09030000, 0x00001000, 7},
    /* 32 slots of 0x200 (NUM_VIRTIO_TRANSPORTS), SPIs 16..47 */
    [BOARD_REGION_VIRTIO_MMIO] = {0x0a000000, 0x00000200, 16},
    /* 1 GiB up to 256 GiB: QEMU's LEGACY_RAMLIMIT_BYTES, the map without highmem */
    [BOARD_REGION_RAM] = {0x40000000, 255ull << 30, 0},
};

const struct board_layout board_virt = {
    .name = "virt",
    .dt_compatible = "linux,dummy-virt",
    .dt_model = "ferry virt",
    .map = virt_map,
    .virtio_slots = 32,
    .irqs = 288, /* 32 private + 256 SPIs */
    /* QEMU's ARCH_TIMER_*_IRQ: the PPIs the Server Base System Architecture recommends */
    .timer = {.secure_phys = 13, .phys = 14, .virt = 11, .hyp = 10},
};
