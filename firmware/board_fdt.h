/*
 * The device tree a Linux kernel gets on a board built from a
 * board_layout (devices/board_layout.h): memory, CPUs with PSCI, the
 * architected timer, the interrupt controller, the PL011 (the console),
 * the PL031, the virtio-mmio slots and /chosen (bootargs, stdout-path,
 * initrd). Every address, size and interrupt comes from the layout's
 * table; the config adds only what this boot chose.
 *
 *     struct board_fdt_config c = {.layout = &board_virt, .irqchip = &gicv2_irqchip,
 *                                  .ram_size = 1 << 30, .cpus = 1, .psci_method = "hvc"};
 *     int size = board_fdt_build(&c, buf, sizeof(buf));
 */
#ifndef FERRY_FIRMWARE_BOARD_FDT_H
#define FERRY_FIRMWARE_BOARD_FDT_H

#include <stddef.h>
#include <stdint.h>

#include "devices/board_layout.h"
#include "devices/irqchip.h"

struct board_fdt_config {
    const struct board_layout *layout;
    const struct irqchip_ops *irqchip; /* the board's interrupt controller */
    uint64_t ram_size;                 /* from the layout's RAM base */
    unsigned cpus;
    const uint64_t *cpu_affinity; /* MPIDR Aff2..Aff0 of each CPU (the cpu nodes' reg); NULL: i */
    const char *psci_method;      /* "hvc" or "smc" */
    const char *bootargs;         /* NULL: none */
    uint64_t initrd_start, initrd_end; /* initrd_end == 0: no initrd */
};

/*
 * Writes the blob into buf; its size, or -ENOSPC, or -EINVAL (no layout or
 * irqchip, more CPUs than the controller serves on this board, RAM larger
 * than the board has room for, an initrd ending before it starts).
 */
int board_fdt_build(const struct board_fdt_config *config, void *buf, size_t cap);

#endif
