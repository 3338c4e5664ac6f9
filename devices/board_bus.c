/* The board's fixed devices onto its bus from its table; see board_bus.h. */
#include "devices/board_bus.h"

#include <errno.h>

/* A device the table may leave out (size 0): then it is not on the bus, and has no DT node. */
static int map_if_present(struct phys_space *phys, const struct board_region *r, uint64_t size,
                          const struct mmio_ops *ops, void *opaque, const char *name)
{
    return r->size ? board_map_window(phys, r, size, ops, opaque, name) : 0;
}

int board_bus_map(struct phys_space *phys, const struct board_layout *b, const struct irqchip *gic,
                  unsigned cpus, const struct board_fixed_devices *fixed)
{
    if (gic->ops->map(gic->state, phys, b, cpus) ||
        map_if_present(phys, board_region(b, BOARD_REGION_UART), PL011_MMIO_SIZE, &pl011_mmio_ops,
                       fixed->uart, "pl011") ||
        map_if_present(phys, board_region(b, BOARD_REGION_RTC), PL031_MMIO_SIZE, &pl031_mmio_ops,
                       fixed->rtc, "pl031") ||
        map_if_present(phys, board_region(b, BOARD_REGION_GPIO), PL061_MMIO_SIZE, &pl061_mmio_ops,
                       fixed->gpio, "pl061"))
        return -EINVAL;
    return 0;
}
