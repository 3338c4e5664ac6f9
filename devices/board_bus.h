/*
 * The devices every board built from a board_layout has, put on its bus
 * where the table says: the interrupt controller (through its
 * irqchip_ops.map), the PL011, the PL031 and the PL061. The virtio-mmio
 * slots are mapped by whoever fills them (frontends/system/virt_devices.c),
 * from the same table. A UART, RTC or GPIO window of size 0 is a device the
 * board lacks: nothing is mapped for it (and board_fdt writes no node). The
 * GIC must be there.
 *
 *     struct board_fixed_devices fixed = {&uart, &rtc, &gpio};
 *     board_bus_map(&phys, &board_virt, &gic, cpus, &fixed);
 */
#ifndef FERRY_DEVICES_BOARD_BUS_H
#define FERRY_DEVICES_BOARD_BUS_H

#include "devices/board_layout.h"
#include "devices/irqchip.h"
#include "devices/pl011.h"
#include "devices/pl031.h"
#include "devices/pl061.h"
#include "mmu/phys_space.h"

/* The models behind the table's fixed windows. */
struct board_fixed_devices {
    struct pl011 *uart;
    struct pl031 *rtc;
    struct pl061 *gpio;
};

/* 0, or -EINVAL when a window is missing, too small for its model, or overlaps another or RAM. */
int board_bus_map(struct phys_space *phys, const struct board_layout *b, const struct irqchip *gic,
                  unsigned cpus, const struct board_fixed_devices *fixed);

#endif
