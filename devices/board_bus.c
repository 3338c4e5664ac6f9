/* The board's fixed devices onto its bus from its table; see board_bus.h. */
#include "devices/board_bus.h"

#include <errno.h>

int board_bus_map(struct phys_space *phys, const struct board_layout *b, const struct irqchip *gic,
                  unsigned cpus, struct pl011 *uart, struct pl031 *rtc)
{
    if (gic->ops->map(gic->state, phys, b, cpus) ||
        board_map_window(phys, board_region(b, BOARD_REGION_UART), PL011_MMIO_SIZE, &pl011_mmio_ops,
                         uart, "pl011") ||
        board_map_window(phys, board_region(b, BOARD_REGION_RTC), PL031_MMIO_SIZE, &pl031_mmio_ops,
                         rtc, "pl031"))
        return -EINVAL;
    return 0;
}
