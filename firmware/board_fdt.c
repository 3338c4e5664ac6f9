/*
 * The board's device tree, node by node in QEMU virt's order, each node
 * written by its device family's writer (dt_nodes.c) from the layout's
 * table. Devices the table leaves empty (size 0) get no node.
 */
#include "firmware/board_fdt.h"

#include <errno.h>
#include <libfdt.h>

#include "firmware/dt_nodes.h"

static bool present(const struct board_region *r)
{
    return r->size != 0;
}

static bool valid(const struct board_fdt_config *c)
{
    if (!c->layout || !c->irqchip || !c->psci_method || c->initrd_end < c->initrd_start)
        return false;
    const struct board_region *ram = board_region(c->layout, BOARD_REGION_RAM);
    return c->cpus >= 1 && c->cpus <= c->irqchip->max_cpus(c->layout) && c->ram_size &&
           c->ram_size <= ram->size;
}

static void add_devices(struct dt_writer *w, const struct board_layout *b)
{
    const struct board_region *uart = board_region(b, BOARD_REGION_UART);
    const struct board_region *rtc = board_region(b, BOARD_REGION_RTC);
    const struct board_region *gpio = board_region(b, BOARD_REGION_GPIO);
    if (present(uart) || present(rtc) || present(gpio))
        dt_node_apb_clock(w);
    if (present(uart))
        dt_node_pl011(w, uart);
    if (present(rtc))
        dt_node_pl031(w, rtc);
    if (present(gpio)) {
        dt_node_pl061(w, gpio);
        dt_node_gpio_keys(w, BOARD_POWER_BUTTON_PIN);
    }
    if (present(board_region(b, BOARD_REGION_VIRTIO_MMIO))) {
        for (unsigned i = 0; i < b->virtio_slots; i++) {
            struct board_region slot = board_virtio_slot(b, i);
            dt_node_virtio_mmio(w, &slot);
        }
    }
}

int board_fdt_build(const struct board_fdt_config *c, void *buf, size_t cap)
{
    if (!valid(c))
        return -EINVAL;
    const struct board_layout *b = c->layout;
    struct irqchip_dt_node gic;
    c->irqchip->dt_node(b, c->cpus, &gic);

    struct dt_writer w = {buf, 0};
    dtw_check(&w, fdt_create(buf, (int)cap));
    if (!w.err)
        dtw_check(&w, fdt_finish_reservemap(buf));
    dtw_begin(&w, "", DT_NO_UNIT);
    dtw_string(&w, "compatible", b->dt_compatible);
    dtw_string(&w, "model", b->dt_model);
    dtw_u32(&w, "#address-cells", 2);
    dtw_u32(&w, "#size-cells", 2);
    dtw_u32(&w, "interrupt-parent", DT_PHANDLE_GIC);

    dt_node_memory(&w, board_region(b, BOARD_REGION_RAM), c->ram_size);
    dt_node_psci(&w, c->psci_method);
    dt_node_cpus(&w, c->cpus, c->cpu_affinity);
    dt_node_timer(&w, &b->timer, &gic, c->cpus);
    dt_node_gic(&w, &gic);
    add_devices(&w, b);
    const struct board_region *uart = board_region(b, BOARD_REGION_UART);
    dt_node_chosen(&w, present(uart) ? uart : 0, c->bootargs, c->initrd_start, c->initrd_end);
    dtw_end(&w);
    if (!w.err)
        dtw_check(&w, fdt_finish(buf));
    if (w.err)
        return w.err == -FDT_ERR_NOSPACE ? -ENOSPC : -EINVAL;
    return (int)fdt_totalsize(buf);
}
