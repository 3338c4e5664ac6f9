/*
 * What gicv3.c (distributor, redistributors, input lines, choosing each
 * CPU's highest priority pending interrupt) and gicv3_cpuif.c (the ICC_*
 * CPU interface and the outputs) share. Not for use outside devices/gicv3*.
 */
#ifndef FERRY_DEVICES_GICV3_INTERNAL_H
#define FERRY_DEVICES_GICV3_INTERNAL_H

#include "devices/gicv3.h"

/* 5 implemented priority bits (ICC_CTLR_EL1.PRIbits = 4): the low 3 bits are RAZ/WI. */
#define GICV3_PRIORITY_BITS 0xf8u
#define GICV3_IDLE_PRIORITY 0xffu

static inline bool gicv3_irq_exists(const struct gicv3 *gic, unsigned irq)
{
    return gic_irq_exists(gic->num_irqs, irq);
}

/* The bitmaps as `cpu` sees them: word 0 is its redistributor's. */
static inline struct gic_bits gicv3_bits(struct gicv3 *gic, unsigned cpu)
{
    return (struct gic_bits){gic->cpu[cpu].bits, gic->bits};
}

static inline uint32_t *gicv3_word(struct gicv3 *gic, unsigned cpu, enum gic_bitmap b,
                                   unsigned word)
{
    return gic_word(gicv3_bits(gic, cpu), b, word);
}

/* gic_test for a const GIC (the outputs' computation reads only). */
static inline bool gicv3_test(const struct gicv3 *gic, unsigned cpu, enum gic_bitmap b,
                              unsigned irq)
{
    uint32_t w = irq < 32 ? gic->cpu[cpu].bits[b] : gic->bits[b][irq / 32];
    return (w >> (irq % 32)) & 1;
}

static inline void gicv3_assign(struct gicv3 *gic, unsigned cpu, enum gic_bitmap b,
                                unsigned irq, bool on)
{
    gic_assign(gicv3_bits(gic, cpu), b, irq, on);
}

static inline unsigned gicv3_priority(const struct gicv3 *gic, unsigned cpu, unsigned irq)
{
    return irq < 32 ? gic->cpu[cpu].priority[irq] : gic->priority[irq];
}

/* An interrupt the redistributor forwards to a CPU interface, or none (GICV3_SPURIOUS). */
struct gicv3_hppi {
    unsigned id;
    unsigned priority; /* 0x100 when none */
    unsigned group;    /* 0 or 1 */
};

/*
 * Each CPU's highest priority pending interrupt (the lowest ID among
 * equals): pending, enabled, not active, its group enabled both in
 * GICD_CTLR and in the CPU's ICC_IGRPEN<n>_EL1, routed to the CPU, the
 * CPU's redistributor awake. best[] has num_cpus entries.
 */
void gicv3_hppi_all(struct gicv3 *gic, struct gicv3_hppi *best);

/* The CPU `affinity` (GICR_TYPER[63:32] layout) names, or -1 for none. */
int gicv3_cpu_of_affinity(const struct gicv3 *gic, uint32_t affinity);

/* Recomputes every CPU's IRQ and FIQ outputs, reporting changes only (gicv3_cpuif.c). */
void gicv3_update(struct gicv3 *gic);

/* CPU interface reset values (gicv3_cpuif.c). */
void gicv3_cpuif_reset(struct gicv3_cpu *c);

#endif
