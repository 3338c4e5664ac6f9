/*
 * Arm Generic Interrupt Controller, architecture version 2 (Arm IHI 0048B),
 * as on QEMU's virt board: distributor at 0x0800_0000, CPU interface at
 * 0x0801_0000 (where board_virt.c's table puts them; a board uses the model
 * through gicv2_irqchip, irqchip.h, which makes the calls below). Up to 8
 * CPUs, 64..1024 interrupt IDs (a multiple of 32; the virt board uses 288:
 * 16 SGIs, 16 PPIs, 256 SPIs). No Security Extensions
 * and no virtualization extensions, so GICD_TYPER.SecurityExtn is 0 and the
 * registers have the layout the spec gives for a GIC without them.
 *
 *     struct gicv2 gic;
 *     gicv2_init(&gic, 1, 288, raise_cpu_irq, board);
 *     phys_space_add_mmio(&ps, 0x08000000, GICV2_DIST_MMIO_SIZE, &gicv2_dist_mmio_ops,
 *                         &gic, "gicd");
 *     phys_space_add_mmio(&ps, 0x08010000, GICV2_CPU_MMIO_SIZE, &gicv2_cpu_mmio_ops,
 *                         &gic, "gicc");
 *     uart.irq = (struct irq_line){gicv2_irq_line_handler, &gic, 1}; // SPI 1 = ID 33
 *     gic.current_cpu = n;  // before running vCPU n (see below)
 *
 * Which CPU is accessing: struct mmio_ops has no CPU argument and the board
 * has one physical address space shared by all vCPUs, so the board stores
 * the index of the vCPU it is about to run in `current_cpu`; the mmio_ops
 * read it to pick the banked registers (GICC_*, and GICD registers for
 * interrupts 0-31). Round-robin SMP sets it once per switch. Tests and a
 * future threaded board can call gicv2_dist_read/... with an explicit CPU.
 *
 * Interrupt outputs: there is one IRQ output per CPU, reported through
 * `cpu_irq` only when its level changes, and readable with
 * gicv2_irq_pending. There is no FIQ output: without the Security
 * Extensions, GICC_CTLR.FIQEn is RAZ/WI here, so Group 0 interrupts are
 * signalled as IRQ like Group 1 ones.
 */
#ifndef FERRY_DEVICES_GICV2_H
#define FERRY_DEVICES_GICV2_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/gic_bitmaps.h"
#include "devices/irq.h"
#include "mmu/phys_space.h"

#define GICV2_DIST_MMIO_SIZE 0x1000
#define GICV2_CPU_MMIO_SIZE 0x2000 /* GICC_DIR lives at 0x1000 */
#define GICV2_MAX_CPUS 8
#define GICV2_MAX_IRQS 1024 /* IDs 1020-1023 are the special ones and never exist */
#define GICV2_SPURIOUS 1023

/* The interrupt state: the bitmaps of gic_bitmaps.h, whose word 0 each CPU has its own of. */
_Static_assert(GICV2_MAX_IRQS == GIC_MAX_IRQS, "the bitmaps cover every interrupt ID");

/* What one CPU has on its own: banked distributor state of IDs 0-31 and its CPU interface. */
struct gicv2_cpu {
    uint32_t bits[GIC_BITMAPS];   /* word 0 of each bitmap */
    uint8_t priority[32];
    uint8_t sgi_sources[16];      /* SGI n pending from CPU k: bit k */
    uint32_t ctlr, pmr, bpr, abpr;
    uint32_t apr;                 /* GICC_APR0: bit n = group priority n << 3 active */
    bool irq_out;                 /* level last reported through cpu_irq */
};

struct gicv2 {
    /* wiring */
    unsigned current_cpu; /* the CPU the mmio_ops act for; the board keeps it up to date */
    void (*cpu_irq)(void *opaque, unsigned cpu, bool level);
    void *cpu_irq_opaque;
    /* configuration */
    unsigned num_cpus, num_irqs;
    /* distributor */
    uint32_t ctlr;
    uint32_t bits[GIC_BITMAPS][GIC_WORDS]; /* word 0 unused: it is banked */
    uint8_t priority[GICV2_MAX_IRQS];                  /* 0-31 unused: banked */
    uint8_t targets[GICV2_MAX_IRQS];                   /* SPIs only */
    struct gicv2_cpu cpu[GICV2_MAX_CPUS];
};

extern const struct mmio_ops gicv2_dist_mmio_ops;
extern const struct mmio_ops gicv2_cpu_mmio_ops;

/*
 * Configures and resets: num_cpus 1..8, num_irqs a multiple of 32 in
 * 64..1024. 0, or -EINVAL (and nothing changed) for other numbers.
 */
int gicv2_init(struct gicv2 *gic, unsigned num_cpus, unsigned num_irqs,
               void (*cpu_irq)(void *opaque, unsigned cpu, bool level), void *cpu_irq_opaque);

/* Reset values of IHI 0048B chapter 4; IRQ outputs that were high are lowered. */
void gicv2_reset(struct gicv2 *gic);

/* Register accesses on behalf of `cpu` (the mmio_ops use current_cpu). */
bool gicv2_dist_read(struct gicv2 *gic, unsigned cpu, uint64_t offset, unsigned size,
                     uint64_t *value);
bool gicv2_dist_write(struct gicv2 *gic, unsigned cpu, uint64_t offset, unsigned size,
                      uint64_t value);
bool gicv2_cpu_read(struct gicv2 *gic, unsigned cpu, uint64_t offset, unsigned size,
                    uint64_t *value);
bool gicv2_cpu_write(struct gicv2 *gic, unsigned cpu, uint64_t offset, unsigned size,
                     uint64_t value);

/* Input line of a shared peripheral interrupt, by interrupt ID (32 up); other IDs are ignored. */
void gicv2_set_irq(struct gicv2 *gic, unsigned irq, bool level);

/* Input line of private peripheral interrupt `ppi` (0..15, ID 16 + ppi) of one CPU. */
void gicv2_set_ppi(struct gicv2 *gic, unsigned cpu, unsigned ppi, bool level);

/*
 * irq_line callback: `line` is the SPI number as the device tree writes it
 * (interrupt ID 32 + line), so a device's struct irq_line is
 * {gicv2_irq_line_handler, gic, spi}.
 */
void gicv2_irq_line_handler(void *opaque, unsigned line, bool level);

/* Level of the IRQ output to `cpu`. */
bool gicv2_irq_pending(const struct gicv2 *gic, unsigned cpu);

#endif
