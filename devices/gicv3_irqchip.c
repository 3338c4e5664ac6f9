/*
 * The GICv3 model (gicv3.c, gicv3_cpuif.c) as a board's interrupt
 * controller: irqchip_ops over struct gicv3. The distributor fills the
 * table's GIC_DIST window; the redistributors, one 128 KiB frame per CPU,
 * take the start of the GIC_REDIST window (so the window's size bounds the
 * CPU count); the CPU interface is the ICC_* system registers. Its
 * device-tree node ("arm,gic-v3") lists the distributor window and the
 * frames in use, as one redistributor region.
 */
#include "devices/gicv3.h"
#include "devices/irqchip.h"

static unsigned v3_max_cpus(const struct board_layout *b)
{
    uint64_t room = board_region(b, BOARD_REGION_GIC_REDIST)->size / GICV3_REDIST_FRAME_SIZE;
    return room < GICV3_MAX_CPUS ? (unsigned)room : GICV3_MAX_CPUS;
}

static int v3_init(void *state, unsigned cpus, unsigned irqs, irqchip_output_fn *irq,
                   irqchip_output_fn *fiq, void *opaque)
{
    struct gicv3 *gic = state;
    int r = gicv3_init(gic, cpus, irqs, irq, opaque);
    if (r == 0)
        gic->cpu_fiq = fiq;
    return r;
}

/* The redistributor frames of `cpus` CPUs, from the start of the board's window. */
static struct board_region redist_frames(const struct board_layout *b, unsigned cpus)
{
    const struct board_region *w = board_region(b, BOARD_REGION_GIC_REDIST);
    return (struct board_region){w->base, (uint64_t)cpus * GICV3_REDIST_FRAME_SIZE, 0};
}

static int v3_map(void *state, struct phys_space *phys, const struct board_layout *b, unsigned cpus)
{
    struct board_region frames = redist_frames(b, cpus);
    if (board_map_window(phys, board_region(b, BOARD_REGION_GIC_DIST), GICV3_DIST_MMIO_SIZE,
                         &gicv3_dist_mmio_ops, state, "gic-distributor") ||
        board_map_window(phys, board_region(b, BOARD_REGION_GIC_REDIST), frames.size,
                         &gicv3_redist_mmio_ops, state, "gic-redistributors"))
        return -EINVAL;
    return 0;
}

static void v3_dt_node(const struct board_layout *b, unsigned cpus, struct irqchip_dt_node *out)
{
    *out = (struct irqchip_dt_node){
        .compatible = "arm,gic-v3",
        .reg = {*board_region(b, BOARD_REGION_GIC_DIST), redist_frames(b, cpus)},
        .regs = 2,
        .redistributor_regions = 1,
    };
}

static void v3_set_ppi(void *state, unsigned cpu, unsigned ppi, bool level)
{
    gicv3_set_ppi(state, cpu, ppi, level);
}

static bool v3_irq_pending(const void *state, unsigned cpu)
{
    return gicv3_irq_pending(state, cpu);
}

static bool v3_fiq_pending(const void *state, unsigned cpu)
{
    return gicv3_fiq_pending(state, cpu);
}

/* Nothing banked by "the CPU running now": the redistributor frame or the ICC_* call names it. */
static void v3_select_cpu(void *state, unsigned cpu)
{
    (void)state;
    (void)cpu;
}

static bool v3_sysreg(void *state, unsigned cpu, uint32_t key, bool write, uint64_t *value)
{
    unsigned op0 = key >> 14, op1 = (key >> 11) & 7, crn = (key >> 7) & 15, crm = (key >> 3) & 15,
             op2 = key & 7;
    return write ? gicv3_icc_write(state, cpu, op0, op1, crn, crm, op2, *value)
                 : gicv3_icc_read(state, cpu, op0, op1, crn, crm, op2, value);
}

const struct irqchip_ops gicv3_irqchip = {
    .name = "GICv3",
    .gic_version = 3,
    .max_cpus = v3_max_cpus,
    .init = v3_init,
    .map = v3_map,
    .dt_node = v3_dt_node,
    .spi_line = gicv3_irq_line_handler,
    .set_ppi = v3_set_ppi,
    .irq_pending = v3_irq_pending,
    .fiq_pending = v3_fiq_pending,
    .select_cpu = v3_select_cpu,
    .sysreg = v3_sysreg,
};
