/*
 * The GICv2 model (gicv2.c) as a board's interrupt controller: irqchip_ops
 * over struct gicv2. Its distributor and CPU interface sit at the start of
 * the table's GIC_DIST and GIC_CPU windows (registers 4 KiB and 8 KiB,
 * windows 64 KiB each on QEMU's virt; the rest of a window is unassigned,
 * as on QEMU). Its device-tree node is "arm,cortex-a15-gic", the binding
 * QEMU writes for it, with both whole windows as reg.
 */
#include "devices/gicv2.h"
#include "devices/irqchip.h"

static unsigned v2_max_cpus(const struct board_layout *b)
{
    (void)b;
    return GICV2_MAX_CPUS; /* GICD_ITARGETSR has 8 bits */
}

static int v2_init(void *state, unsigned cpus, unsigned irqs, irqchip_output_fn *irq,
                   irqchip_output_fn *fiq, void *opaque)
{
    (void)fiq; /* without Security Extensions GICv2 signals no FIQ (gicv2.h) */
    return gicv2_init(state, cpus, irqs, irq, opaque);
}

static int v2_map(void *state, struct phys_space *phys, const struct board_layout *b, unsigned cpus)
{
    (void)cpus;
    if (board_map_window(phys, board_region(b, BOARD_REGION_GIC_DIST), GICV2_DIST_MMIO_SIZE,
                         &gicv2_dist_mmio_ops, state, "gic-distributor") ||
        board_map_window(phys, board_region(b, BOARD_REGION_GIC_CPU), GICV2_CPU_MMIO_SIZE,
                         &gicv2_cpu_mmio_ops, state, "gic-cpu-interface"))
        return -EINVAL;
    return 0;
}

static void v2_dt_node(const struct board_layout *b, unsigned cpus, struct irqchip_dt_node *out)
{
    (void)cpus;
    *out = (struct irqchip_dt_node){
        .compatible = "arm,cortex-a15-gic",
        .reg = {*board_region(b, BOARD_REGION_GIC_DIST), *board_region(b, BOARD_REGION_GIC_CPU)},
        .regs = 2,
        .ppi_cpu_mask = true,
    };
}

static void v2_set_ppi(void *state, unsigned cpu, unsigned ppi, bool level)
{
    gicv2_set_ppi(state, cpu, ppi, level);
}

static bool v2_irq_pending(const void *state, unsigned cpu)
{
    return gicv2_irq_pending(state, cpu);
}

static bool v2_fiq_pending(const void *state, unsigned cpu)
{
    (void)state;
    (void)cpu;
    return false;
}

/* The mmio_ops have no CPU argument: the banked registers follow the CPU the board runs. */
static void v2_select_cpu(void *state, unsigned cpu)
{
    struct gicv2 *gic = state;
    gic->current_cpu = cpu;
}

const struct irqchip_ops gicv2_irqchip = {
    .name = "GICv2",
    .gic_version = 2,
    .max_cpus = v2_max_cpus,
    .init = v2_init,
    .map = v2_map,
    .dt_node = v2_dt_node,
    .spi_line = gicv2_irq_line_handler,
    .set_ppi = v2_set_ppi,
    .irq_pending = v2_irq_pending,
    .fiq_pending = v2_fiq_pending,
    .select_cpu = v2_select_cpu,
    .sysreg = 0, /* its CPU interface is memory-mapped */
};
