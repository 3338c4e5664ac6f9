/*
 * The board's interrupt controller behind one ops struct, so the board,
 * its run loop and the device-tree builder never ask which GIC they have:
 * `-M virt,gic-version=` picks gicv2_irqchip or gicv3_irqchip once
 * (irqchip_by_gic_version) and everything after goes through the ops.
 *
 *     struct irqchip gic = {irqchip_by_gic_version(3), &storage.v3};
 *     gic.ops->init(gic.state, cpus, layout->irqs, raise_irq, raise_fiq, board);
 *     gic.ops->map(gic.state, &phys, layout, cpus);
 *     uart.irq = irqchip_line(&gic, layout->map[BOARD_REGION_UART].irq);
 *     irqchip_set_ppi(&gic, cpu, layout->timer.phys, level);
 *
 * The instances live next to their models: gicv2_irqchip.c, gicv3_irqchip.c.
 */
#ifndef FERRY_DEVICES_IRQCHIP_H
#define FERRY_DEVICES_IRQCHIP_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/board_layout.h"
#include "devices/irq.h"
#include "mmu/phys_space.h"

/*
 * What the device tree says of the controller. The ops fill it in and
 * firmware/fdt_nodes.c writes it, because libfdt stays in firmware/ (the
 * device-tree builder, DESIGN.md) while what a GIC's node holds is the
 * GIC model's business: its compatible, which windows of the table its
 * reg lists and how large, and how its PPI specifiers look.
 */
struct irqchip_dt_node {
    const char *compatible;
    struct board_region reg[2]; /* the reg property's (base, size) pairs */
    unsigned regs;
    unsigned redistributor_regions; /* #redistributor-regions; 0: the node has none */
    bool ppi_cpu_mask;              /* PPI specifiers name their CPUs in flags bits 15:8 */
};

/* A CPU's IRQ or FIQ input changed (called only on a change). */
typedef void irqchip_output_fn(void *opaque, unsigned cpu, bool level);

struct irqchip_ops {
    const char *name;     /* "GICv2" */
    unsigned gic_version; /* what -M virt,gic-version= names it */
    /* How many CPUs it can serve on board `b` (the model's limit, or the board's room). */
    unsigned (*max_cpus)(const struct board_layout *b);
    /* Configures and resets it; 0 or -EINVAL. `fiq` may be ignored (a GIC without FIQ output). */
    int (*init)(void *state, unsigned cpus, unsigned irqs, irqchip_output_fn *irq,
                irqchip_output_fn *fiq, void *opaque);
    /* Its registers onto the bus, at the table's GIC windows; 0 or -EINVAL (missing, overlap). */
    int (*map)(void *state, struct phys_space *phys, const struct board_layout *b, unsigned cpus);
    void (*dt_node)(const struct board_layout *b, unsigned cpus, struct irqchip_dt_node *out);
    /* irq_line callback of a shared peripheral interrupt: `line` is the SPI number. */
    void (*spi_line)(void *state, unsigned line, bool level);
    /* Private peripheral interrupt `ppi` (0..15, ID 16 + ppi) of one CPU. */
    void (*set_ppi)(void *state, unsigned cpu, unsigned ppi, bool level);
    bool (*irq_pending)(const void *state, unsigned cpu);
    bool (*fiq_pending)(const void *state, unsigned cpu);
    /* CPU `cpu` is about to run: registers banked per CPU answer for it from now on. */
    void (*select_cpu)(void *state, unsigned cpu);
    /*
     * MRS/MSR of a system register the CPU does not hold (GICv3's ICC_*),
     * by the key cpu/a64 gives it: op0 << 14 | op1 << 11 | CRn << 7 |
     * CRm << 3 | op2. false: no such register here, the CPU raises
     * UNDEFINED. NULL: the controller has no system-register interface.
     */
    bool (*sysreg)(void *state, unsigned cpu, uint32_t key, bool write, uint64_t *value);
};

/* One controller: its ops and the model's state they act on. */
struct irqchip {
    const struct irqchip_ops *ops;
    void *state;
};

extern const struct irqchip_ops gicv2_irqchip;
extern const struct irqchip_ops gicv3_irqchip;

/* The controller -M virt,gic-version=`version` names, or NULL. */
static inline const struct irqchip_ops *irqchip_by_gic_version(unsigned version)
{
    static const struct irqchip_ops *const chips[] = {&gicv2_irqchip, &gicv3_irqchip};
    for (unsigned i = 0; i < sizeof(chips) / sizeof(chips[0]); i++)
        if (chips[i]->gic_version == version)
            return chips[i];
    return 0;
}

/* The input line a device raising SPI `spi` is wired to. */
static inline struct irq_line irqchip_line(const struct irqchip *c, unsigned spi)
{
    return (struct irq_line){c->ops->spi_line, c->state, spi};
}

static inline void irqchip_set_ppi(const struct irqchip *c, unsigned cpu, unsigned ppi, bool level)
{
    c->ops->set_ppi(c->state, cpu, ppi, level);
}

static inline bool irqchip_irq_pending(const struct irqchip *c, unsigned cpu)
{
    return c->ops->irq_pending(c->state, cpu);
}

static inline bool irqchip_fiq_pending(const struct irqchip *c, unsigned cpu)
{
    return c->ops->fiq_pending(c->state, cpu);
}

static inline void irqchip_select_cpu(const struct irqchip *c, unsigned cpu)
{
    c->ops->select_cpu(c->state, cpu);
}

#endif
