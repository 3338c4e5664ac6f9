/*
 * Arm Generic Interrupt Controller, architecture version 3 (Arm IHI 0069,
 * "GIC architecture specification v3/v4"), as on QEMU's
 * `-M virt,gic-version=3`: distributor at 0x0800_0000, redistributors from
 * 0x080A_0000 (where board_virt.c's table puts them), CPU interface reached
 * through the ICC_* system registers. A board uses it through
 * gicv3_irqchip (irqchip.h), which maps it from the board's table; the
 * calls below are what that does.
 *
 *     struct gicv3 gic;   // large (GICV3_MAX_CPUS per-CPU states): not on a small stack
 *     gicv3_init(&gic, ncpus, 288, raise_cpu_irq, board);
 *     gic.cpu_fiq = raise_cpu_fiq;  // optional, same opaque; see "Outputs"
 *     phys_space_add_mmio(&ps, 0x08000000, GICV3_DIST_MMIO_SIZE, &gicv3_dist_mmio_ops,
 *                         &gic, "gicd");
 *     phys_space_add_mmio(&ps, 0x080a0000, ncpus * GICV3_REDIST_FRAME_SIZE,
 *                         &gicv3_redist_mmio_ops, &gic, "gicr");
 *     uart.irq = (struct irq_line){gicv3_irq_line_handler, &gic, 1}; // SPI 1 = ID 33
 *     // MRS/MSR of an ICC_* encoding executed by vCPU n (false: the CPU raises UNDEFINED):
 *     ok = gicv3_icc_read(&gic, n, op0, op1, crn, crm, op2, &value);
 *
 * Configuration (the one QEMU's virt board has with gic-version=3):
 *  - One Security state: GICD_CTLR.DS is RAO/WI, so everything is reachable
 *    from Non-secure EL1 and Group 1 means Non-secure Group 1
 *    (GICD_IGRPMODR, GICR_IGRPMODR0 and the NSACRs are RAZ/WI).
 *  - Affinity routing always on: GICD_CTLR.ARE is RAO/WI, SGIs and PPIs are
 *    programmed in each CPU's redistributor and the distributor's registers
 *    for IDs 0-31 are RAZ/WI. There is no legacy (GICv2-style) CPU interface.
 *  - No LPIs, ITS, message-based SPIs, virtualization, NMIs or extended
 *    SPI/PPI ranges. 64..1024 interrupt IDs (a multiple of 32; the board
 *    uses 288), 1..GICV3_MAX_CPUS CPUs.
 *
 * Which CPU is accessing: nothing in the distributor is banked when ARE is
 * 1, so its accesses need no CPU; each redistributor has its own 128 KiB
 * frame (RD_base then SGI_base) in one contiguous region, and the CPU is
 * offset / GICV3_REDIST_FRAME_SIZE; the ICC_* accessors take the CPU as an
 * argument.
 *
 * CPU numbering: CPU i has the affinity gicv3_cpu_affinity(i): Aff0 =
 * i % 16, Aff1 = i / 16, Aff2 = Aff3 = 0. Sixteen CPUs per Aff1 cluster
 * because an SGI's TargetList names Aff0 values 0-15 only (ICC_SGI1R_EL1,
 * and GICD_TYPER.RSS is 0). The board's MPIDR_EL1 values, the device
 * tree's cpu@ reg values and PSCI's target_cpu must use the same function:
 * MPIDR_EL1 = Aff0 | Aff1 << 8 | Aff2 << 16 | (uint64_t)Aff3 << 32 (plus RES1 bit 31).
 *
 * Outputs: each CPU has an IRQ and an FIQ output. With one Security state
 * and only EL1, Group 0 interrupts are signalled as FIQ and Group 1
 * interrupts as IRQ (IHI 0069 "Interrupt assignment to IRQ and FIQ
 * signals"). `cpu_irq` is called when a CPU's IRQ level changes and
 * `cpu_fiq`, if set, when its FIQ level changes (both with
 * `cpu_irq_opaque`, never with an unchanged level); gicv3_irq_pending and
 * gicv3_fiq_pending read the current levels. Linux puts every interrupt in
 * Group 1, so a board without FIQ wiring still runs it.
 *
 * System register encodings (op0, op1, CRn, CRm, op2), from the register
 * descriptions of IHI 0069 chapter 12 (and the Arm ARM's AArch64 system
 * register pages for the same registers):
 *     ICC_PMR_EL1       3 0  4  6 0   RW
 *     ICC_IAR0_EL1      3 0 12  8 0   RO   ICC_IAR1_EL1      3 0 12 12 0   RO
 *     ICC_EOIR0_EL1     3 0 12  8 1   WO   ICC_EOIR1_EL1     3 0 12 12 1   WO
 *     ICC_HPPIR0_EL1    3 0 12  8 2   RO   ICC_HPPIR1_EL1    3 0 12 12 2   RO
 *     ICC_BPR0_EL1      3 0 12  8 3   RW   ICC_BPR1_EL1      3 0 12 12 3   RW
 *     ICC_AP0R<n>_EL1   3 0 12  8 4+n RW   ICC_AP1R<n>_EL1   3 0 12  9 n   RW
 *     ICC_DIR_EL1       3 0 12 11 1   WO   ICC_CTLR_EL1      3 0 12 12 4   RW
 *     ICC_RPR_EL1       3 0 12 11 3   RO   ICC_SRE_EL1       3 0 12 12 5   RW
 *     ICC_SGI1R_EL1     3 0 12 11 5   WO   ICC_IGRPEN0_EL1   3 0 12 12 6   RW
 *     ICC_ASGI1R_EL1    3 0 12 11 6   WO   ICC_IGRPEN1_EL1   3 0 12 12 7   RW
 *     ICC_SGI0R_EL1     3 0 12 11 7   WO
 * Only n = 0 of the active priority registers exists (5 priority bits, see
 * gicv3_cpuif.c); AP0R1-3 and AP1R1-3 are UNDEFINED, as the spec makes
 * unimplemented ones. The EL2 and EL3 registers (ICC_SRE_EL2, ICC_CTLR_EL3,
 * ICH_*) are not implemented either.
 */
#ifndef FERRY_DEVICES_GICV3_H
#define FERRY_DEVICES_GICV3_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/gic_bitmaps.h"
#include "devices/irq.h"
#include "mmu/phys_space.h"

#define GICV3_DIST_MMIO_SIZE 0x10000
#define GICV3_REDIST_FRAME_SIZE 0x20000 /* RD_base (64 KiB) then SGI_base (64 KiB) */
/* The 128 KiB frames that fit QEMU virt's redistributor region 0x080A0000..0x09000000. */
#define GICV3_MAX_CPUS 123
#define GICV3_MAX_IRQS 1024 /* IDs 1020-1023 are the special ones and never exist */
#define GICV3_SPURIOUS 1023

/* The interrupt state: the bitmaps of gic_bitmaps.h; word 0 is each redistributor's own. */
_Static_assert(GICV3_MAX_IRQS == GIC_MAX_IRQS, "the bitmaps cover every interrupt ID");

/* One CPU's redistributor (its IDs 0-31) and CPU interface. */
struct gicv3_cpu {
    /* redistributor */
    uint32_t bits[GIC_BITMAPS];   /* word 0 of each bitmap: SGIs and PPIs */
    uint8_t priority[32];
    bool asleep;                  /* GICR_WAKER.ProcessorSleep (ChildrenAsleep follows it) */
    /* CPU interface */
    uint32_t ctlr;                /* ICC_CTLR_EL1's writable bits: CBPR, EOImode, PMHE */
    uint8_t pmr, bpr0, bpr1;
    bool grpen[2];                /* ICC_IGRPEN0_EL1, ICC_IGRPEN1_EL1 */
    uint32_t apr[2];              /* ICC_AP0R0_EL1, ICC_AP1R0_EL1: bit n = priority n << 3 */
    /* outputs as last reported */
    bool irq_out, fiq_out;
};

struct gicv3 {
    /* wiring */
    void (*cpu_irq)(void *opaque, unsigned cpu, bool level);
    void (*cpu_fiq)(void *opaque, unsigned cpu, bool level); /* optional; set after init */
    void *cpu_irq_opaque;
    /* configuration */
    unsigned num_cpus, num_irqs;
    /* distributor */
    uint32_t ctlr;                                     /* EnableGrp0, EnableGrp1 */
    uint32_t bits[GIC_BITMAPS][GIC_WORDS];             /* word 0 unused: redistributors */
    uint8_t priority[GICV3_MAX_IRQS];                  /* 0-31 unused */
    uint64_t irouter[GICV3_MAX_IRQS];                  /* SPIs only */
    struct gicv3_cpu cpu[GICV3_MAX_CPUS];
};

extern const struct mmio_ops gicv3_dist_mmio_ops;   /* opaque: the struct gicv3 */
extern const struct mmio_ops gicv3_redist_mmio_ops; /* opaque: the struct gicv3 */

/*
 * Configures and resets: num_cpus 1..GICV3_MAX_CPUS, num_irqs a multiple of
 * 32 in 64..1024. 0, or -EINVAL (and nothing changed) for other numbers.
 */
int gicv3_init(struct gicv3 *gic, unsigned num_cpus, unsigned num_irqs,
               void (*cpu_irq)(void *opaque, unsigned cpu, bool level), void *cpu_irq_opaque);

/*
 * Reset values of IHI 0069 chapter 12 where it gives them, 0 where it says
 * UNKNOWN; every redistributor starts asleep (GICR_WAKER.ProcessorSleep 1).
 * Outputs that were high are lowered. Input line levels are kept.
 */
void gicv3_reset(struct gicv3 *gic);

/* CPU `cpu`'s affinity in GICR_TYPER[63:32] layout: Aff3 31:24, Aff2 23:16, Aff1 15:8, Aff0 7:0 */
uint32_t gicv3_cpu_affinity(unsigned cpu);

/* Register accesses; the mmio_ops call these. Offsets from the region base. */
bool gicv3_dist_read(struct gicv3 *gic, uint64_t offset, unsigned size, uint64_t *value);
bool gicv3_dist_write(struct gicv3 *gic, uint64_t offset, unsigned size, uint64_t value);
bool gicv3_redist_read(struct gicv3 *gic, uint64_t offset, unsigned size, uint64_t *value);
bool gicv3_redist_write(struct gicv3 *gic, uint64_t offset, unsigned size, uint64_t value);

/*
 * MRS / MSR of a system register by CPU `cpu`. false when the encoding is
 * not an ICC_* register this model implements, or is one that cannot be
 * accessed that way (a write to a read-only register, a read of a
 * write-only one): the CPU then raises UNDEFINED. Reads return 64 bits.
 */
bool gicv3_icc_read(struct gicv3 *gic, unsigned cpu, unsigned op0, unsigned op1, unsigned crn,
                    unsigned crm, unsigned op2, uint64_t *value);
bool gicv3_icc_write(struct gicv3 *gic, unsigned cpu, unsigned op0, unsigned op1, unsigned crn,
                     unsigned crm, unsigned op2, uint64_t value);

/* Input line of a shared peripheral interrupt, by interrupt ID (32 up); other IDs are ignored. */
void gicv3_set_irq(struct gicv3 *gic, unsigned irq, bool level);

/* Input line of private peripheral interrupt `ppi` (0..15, ID 16 + ppi) of one CPU. */
void gicv3_set_ppi(struct gicv3 *gic, unsigned cpu, unsigned ppi, bool level);

/*
 * irq_line callback: `line` is the SPI number as the device tree writes it
 * (interrupt ID 32 + line), so a device's struct irq_line is
 * {gicv3_irq_line_handler, gic, spi}.
 */
void gicv3_irq_line_handler(void *opaque, unsigned line, bool level);

/* Levels of the IRQ (Group 1) and FIQ (Group 0) outputs to `cpu`. */
bool gicv3_irq_pending(const struct gicv3 *gic, unsigned cpu);
bool gicv3_fiq_pending(const struct gicv3 *gic, unsigned cpu);

#endif
