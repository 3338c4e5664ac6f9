/*
 * GICv2 distributor and CPU interface. Register offsets, bit positions and
 * reset values are those of the Arm Generic Interrupt Controller
 * Architecture Specification v2.0 (Arm IHI 0048B), chapter 4; quoted
 * section titles below are its sections.
 *
 * State: every per-interrupt flag is a bitmap (enum gic_bitmap) so a
 * GICD_IS/ICxxxR word is one word of a bitmap and the search for the
 * highest-priority pending interrupt skips 32 idle interrupts at a time.
 * Word 0 (IDs 0-31) of every bitmap and priorities 0-31 live in each CPU's
 * struct gicv2_cpu: the banked registers of the spec's distributor chapter.
 *
 * Pending state ("Interrupt handling state machine"): an interrupt is
 * pending when its latch is set (rising edge, GICD_ISPENDR, an SGI) or when
 * it is level-sensitive and its line is high. Acknowledging clears only the
 * latch, so a level interrupt whose line is still high becomes active and
 * pending, and is pending again after it is deactivated. An SGI's latch bit
 * mirrors "some source CPU has it pending" (sgi_sources); SGI active state is
 * one bit per target CPU, not per source (a simplification: a second
 * source's request waits for deactivation).
 *
 * Choices where the spec leaves room:
 *  - 5 priority bits, as GIC-400: the low 3 bits of GICD_IPRIORITYR and
 *    GICC_PMR are RAZ/WI, so the minimum GICC_BPR is 2 (GICC_ABPR 3) and
 *    GICC_APR0 holds one bit per group priority (32 levels).
 *  - Groups: GICD_IGROUPR is stored and honoured: GICD_CTLR and GICC_CTLR
 *    have EnableGrp0 (bit 0) and EnableGrp1 (bit 1); Group 1 interrupts are
 *    acknowledged through GICC_AIAR (or GICC_IAR with AckCtl), GICC_IAR
 *    returns 1022 for them otherwise, and they use GICC_ABPR unless CBPR.
 *    Both groups are signalled on IRQ: FIQEn is RAZ/WI and there is no FIQ.
 *  - GICC_CTLR.EOImodeS (bit 9, the bit Linux sets) selects EOImode 1 for
 *    all accesses: GICC_EOIR/AEOIR then only drop priority and GICC_DIR
 *    deactivates. EOImodeNS and the bypass-disable bits are stored only.
 *  - SGI enable bits are programmable (reset 0); SGI bits of GICD_ISPENDR and
 *    GICD_ICPENDR are WI (GICD_SPENDSGIR/CPENDSGIR set and clear SGIs).
 *  - PPIs: GICD_ICFGR1 is programmable per CPU, reset level-sensitive. SPIs
 *    reset level-sensitive. Int_config[0] bits are RAZ/WI.
 *  - One CPU: GICD_ITARGETSR is RAZ/WI and every SPI goes to CPU 0, as the
 *    GICD_ITARGETSR description says of uniprocessor implementations.
 *  - GICC_RPR is the group priority of the highest active priority (the
 *    lowest set bit of GICC_APR0); GICC_HPPIR ignores PMR and the running
 *    priority. GICC_EOIR naming an interrupt that is not active is ignored.
 *  - Accesses the spec leaves UNPREDICTABLE (halfword, doubleword, byte
 *    access to a word-only register, unaligned) and reserved offsets read 0
 *    and ignore writes; they never fault.
 */
#include "devices/gicv2.h"

#include <errno.h>
#include <string.h>

/* Distributor register map ("Distributor register map" table). */
enum {
    GICD_CTLR = 0x000, GICD_TYPER = 0x004, GICD_IIDR = 0x008, GICD_IGROUPR = 0x080,
    GICD_ISENABLER = 0x100, GICD_ICENABLER = 0x180, GICD_ISPENDR = 0x200, GICD_ICPENDR = 0x280,
    GICD_ISACTIVER = 0x300, GICD_ICACTIVER = 0x380, GICD_IPRIORITYR = 0x400,
    GICD_ITARGETSR = 0x800, GICD_ICFGR = 0xc00, GICD_ICFGR_END = 0xd00, GICD_SGIR = 0xf00,
    GICD_CPENDSGIR = 0xf10, GICD_SPENDSGIR = 0xf20, GICD_SPENDSGIR_END = 0xf30,
    GICD_PIDR4 = 0xfd0, GICD_ID_END = 0x1000,
};

/* CPU interface register map ("CPU interface register map" table). */
enum {
    GICC_CTLR = 0x00, GICC_PMR = 0x04, GICC_BPR = 0x08, GICC_IAR = 0x0c, GICC_EOIR = 0x10,
    GICC_RPR = 0x14, GICC_HPPIR = 0x18, GICC_ABPR = 0x1c, GICC_AIAR = 0x20, GICC_AEOIR = 0x24,
    GICC_AHPPIR = 0x28, GICC_APR0 = 0xd0, GICC_IIDR = 0xfc, GICC_DIR = 0x1000,
};

/* GICD_CTLR and GICC_CTLR as a GIC without Security Extensions has them */
#define CTLR_GRP0 (1u << 0)
#define CTLR_GRP1 (1u << 1)
#define CC_ACKCTL (1u << 2)
#define CC_FIQEN (1u << 3)
#define CC_CBPR (1u << 4)
#define CC_EOIMODE (1u << 9)
#define CC_WRITABLE (0x7ffu & ~CC_FIQEN) /* bits 0-10, FIQEn RAZ/WI: no FIQ output */

#define PRIORITY_BITS 0xf8u /* 5 implemented priority bits */
#define MIN_BPR 2           /* 7 - 5: the binary point cannot hide implemented bits */
#define MIN_ABPR 3
#define SPURIOUS_GROUP1 1022u

/* Identification: Arm as implementer (JEP106 0x43B), product 0, GICv2 (ArchRev 2). */
#define GICD_IIDR_VALUE 0x0000043bu
#define GICC_IIDR_VALUE 0x0002043bu /* Architecture version 2 in bits 19:16 */
/* GICD_PIDR4-7, PIDR0-3, CIDR0-3 at 0xfd0-0xffc; PIDR2 = ArchRev 2 | JEDEC | JEP106 id 6:4 */
static const uint8_t gicd_ids[12] = {0x04, 0, 0, 0, 0x00, 0xb0, 0x2b, 0x00, 0x0d, 0xf0, 0x05, 0xb1};

static bool irq_exists(const struct gicv2 *gic, unsigned irq)
{
    return gic_irq_exists(gic->num_irqs, irq);
}

static uint32_t cpu_mask(const struct gicv2 *gic)
{
    return (1u << gic->num_cpus) - 1;
}

/* The bitmaps as `cpu` sees them (word 0 is banked). */
static struct gic_bits bits_of(struct gicv2 *gic, unsigned cpu)
{
    return (struct gic_bits){gic->cpu[cpu].bits, gic->bits};
}

static uint32_t *bitmap_word(struct gicv2 *gic, unsigned cpu, enum gic_bitmap b, unsigned word)
{
    return gic_word(bits_of(gic, cpu), b, word);
}

static bool test_bit(struct gicv2 *gic, unsigned cpu, enum gic_bitmap b, unsigned irq)
{
    return gic_test(bits_of(gic, cpu), b, irq);
}

static void assign_bit(struct gicv2 *gic, unsigned cpu, enum gic_bitmap b, unsigned irq, bool on)
{
    gic_assign(bits_of(gic, cpu), b, irq, on);
}

static uint8_t *priority_of(struct gicv2 *gic, unsigned cpu, unsigned irq)
{
    return irq < 32 ? &gic->cpu[cpu].priority[irq] : &gic->priority[irq];
}

static uint32_t pending_word(struct gicv2 *gic, unsigned cpu, unsigned word)
{
    return gic_pending_word(bits_of(gic, cpu), word);
}

static uint32_t spi_targets(const struct gicv2 *gic, unsigned irq)
{
    return gic->num_cpus == 1 ? 1u : gic->targets[irq];
}

static void sgi_sources_changed(struct gicv2 *gic, unsigned cpu, unsigned sgi)
{
    assign_bit(gic, cpu, GIC_LATCH, sgi, gic->cpu[cpu].sgi_sources[sgi] != 0);
}

/* IDs of bitmap word `word` the distributor forwards to `cpu`: pending, enabled, not active,
 * in an enabled group, targeting `cpu`. */
static uint32_t forwarded(struct gicv2 *gic, unsigned cpu, unsigned word)
{
    uint32_t m = pending_word(gic, cpu, word) & *bitmap_word(gic, cpu, GIC_ENABLED, word) &
                 ~*bitmap_word(gic, cpu, GIC_ACTIVE, word);
    uint32_t group1 = *bitmap_word(gic, cpu, GIC_GROUP1, word);
    if (!(gic->ctlr & CTLR_GRP0))
        m &= group1;
    if (!(gic->ctlr & CTLR_GRP1))
        m &= ~group1;
    for (uint32_t scan = word ? m : 0; scan; scan &= scan - 1) {
        unsigned bit = (unsigned)__builtin_ctz(scan);
        if (!(spi_targets(gic, word * 32 + bit) & (1u << cpu)))
            m &= ~(1u << bit);
    }
    return m;
}

/* Highest-priority interrupt forwarded to `cpu` (the lowest ID among equals), or 1023. */
static unsigned highest_forwarded(struct gicv2 *gic, unsigned cpu)
{
    unsigned best = GICV2_SPURIOUS, best_priority = 0x100;
    for (unsigned word = 0; word < gic->num_irqs / 32; word++) {
        for (uint32_t m = forwarded(gic, cpu, word); m; m &= m - 1) {
            unsigned irq = word * 32 + (unsigned)__builtin_ctz(m);
            unsigned p = *priority_of(gic, cpu, irq);
            if (p < best_priority) {
                best = irq;
                best_priority = p;
            }
        }
    }
    return best;
}

/*
 * Group priority ("Priority grouping"): the bits above the binary point.
 * Group 1 uses GICC_ABPR, whose values mean one bit coarser, unless CBPR.
 */
static unsigned group_priority(const struct gicv2_cpu *c, bool group1, unsigned priority)
{
    unsigned bp = (group1 && !(c->ctlr & CC_CBPR)) ? c->abpr - 1 : c->bpr;
    return priority & (0xffu << (bp + 1)) & 0xffu;
}

/* GICC_RPR: the group priority of the highest active priority, 0xff when idle. */
static unsigned running_priority(const struct gicv2_cpu *c)
{
    return c->apr ? (unsigned)__builtin_ctz(c->apr) << 3 : 0xffu;
}

/* The interrupt the CPU interface signals now (enabled group, beats PMR, preempts), or 1023. */
static unsigned signalled(struct gicv2 *gic, unsigned cpu)
{
    unsigned irq = highest_forwarded(gic, cpu);
    if (irq == GICV2_SPURIOUS)
        return irq;
    struct gicv2_cpu *c = &gic->cpu[cpu];
    bool group1 = test_bit(gic, cpu, GIC_GROUP1, irq);
    unsigned p = *priority_of(gic, cpu, irq);
    if (!(c->ctlr & (group1 ? CTLR_GRP1 : CTLR_GRP0)) || p >= c->pmr ||
        group_priority(c, group1, p) >= running_priority(c))
        return GICV2_SPURIOUS;
    return irq;
}

/* Recomputes every CPU's IRQ output, reporting changes only. */
static void update(struct gicv2 *gic)
{
    for (unsigned cpu = 0; cpu < gic->num_cpus; cpu++) {
        struct gicv2_cpu *c = &gic->cpu[cpu];
        bool level = signalled(gic, cpu) != GICV2_SPURIOUS;
        if (level != c->irq_out) {
            c->irq_out = level;
            if (gic->cpu_irq)
                gic->cpu_irq(gic->cpu_irq_opaque, cpu, level);
        }
    }
}

void gicv2_reset(struct gicv2 *gic)
{
    gic->ctlr = 0;
    /* The input lines (GIC_LEVEL) are wires the devices drive: a GIC reset keeps them. */
    for (unsigned b = 0; b < GIC_BITMAPS; b++) {
        if (b == GIC_LEVEL)
            continue;
        memset(gic->bits[b], 0, sizeof gic->bits[b]);
        for (unsigned cpu = 0; cpu < GICV2_MAX_CPUS; cpu++)
            gic->cpu[cpu].bits[b] = 0;
    }
    memset(gic->priority, 0, sizeof gic->priority);
    memset(gic->targets, 0, sizeof gic->targets);
    for (unsigned cpu = 0; cpu < GICV2_MAX_CPUS; cpu++) {
        struct gicv2_cpu *c = &gic->cpu[cpu];
        memset(c->priority, 0, sizeof c->priority);
        memset(c->sgi_sources, 0, sizeof c->sgi_sources);
        c->bits[GIC_EDGE] = 0xffff; /* SGIs are edge-triggered (GICD_ICFGR0 reads 0xaaaaaaaa) */
        c->ctlr = c->pmr = c->apr = 0;
        c->bpr = MIN_BPR;
        c->abpr = MIN_ABPR;
    }
    update(gic); /* lowers outputs that were high */
}

int gicv2_init(struct gicv2 *gic, unsigned num_cpus, unsigned num_irqs,
               void (*cpu_irq)(void *opaque, unsigned cpu, bool level), void *cpu_irq_opaque)
{
    if (num_cpus < 1 || num_cpus > GICV2_MAX_CPUS || num_irqs < 64 || num_irqs > GICV2_MAX_IRQS ||
        num_irqs % 32)
        return -EINVAL;
    memset(gic, 0, sizeof *gic);
    gic->num_cpus = num_cpus;
    gic->num_irqs = num_irqs;
    gic->cpu_irq = cpu_irq;
    gic->cpu_irq_opaque = cpu_irq_opaque;
    gicv2_reset(gic);
    return 0;
}

/* ---- input lines ---- */

static void set_line(struct gicv2 *gic, unsigned cpu, unsigned irq, bool level)
{
    if (gic_set_line(bits_of(gic, cpu), irq, level))
        update(gic);
}

void gicv2_set_irq(struct gicv2 *gic, unsigned irq, bool level)
{
    if (irq >= 32 && irq_exists(gic, irq))
        set_line(gic, 0, irq, level);
}

void gicv2_set_ppi(struct gicv2 *gic, unsigned cpu, unsigned ppi, bool level)
{
    if (cpu < gic->num_cpus && ppi < 16)
        set_line(gic, cpu, 16 + ppi, level);
}

void gicv2_irq_line_handler(void *opaque, unsigned line, bool level)
{
    if (line < GICV2_MAX_IRQS)
        gicv2_set_irq(opaque, 32 + line, level);
}

bool gicv2_irq_pending(const struct gicv2 *gic, unsigned cpu)
{
    return cpu < gic->num_cpus && gic->cpu[cpu].irq_out;
}

/* ---- distributor ---- */

/* GICD_SGIR: TargetListFilter 0 = the list in 23:16, 1 = all but self, 2 = self. */
static void send_sgi(struct gicv2 *gic, unsigned cpu, uint32_t value)
{
    unsigned sgi = value & 15;
    uint32_t targets;
    switch ((value >> 24) & 3) {
    case 0: targets = (value >> 16) & 0xff; break;
    case 1: targets = ~(1u << cpu); break;
    case 2: targets = 1u << cpu; break;
    default: return; /* reserved filter: nothing sent */
    }
    targets &= cpu_mask(gic);
    for (unsigned t = 0; t < gic->num_cpus; t++) {
        if (targets & (1u << t)) {
            gic->cpu[t].sgi_sources[sgi] |= (uint8_t)(1u << cpu);
            sgi_sources_changed(gic, t, sgi);
        }
    }
}

static uint32_t dist_read_word(struct gicv2 *gic, unsigned cpu, uint64_t offset)
{
    if (offset == GICD_CTLR)
        return gic->ctlr;
    if (offset == GICD_TYPER) /* ITLinesNumber, CPUNumber; SecurityExtn and LSPI 0 */
        return (gic->num_irqs / 32 - 1) | ((gic->num_cpus - 1) << 5);
    if (offset == GICD_IIDR)
        return GICD_IIDR_VALUE;
    if (offset >= GIC_BLOCKS_START && offset < GIC_BLOCKS_END)
        return gic_block_read(bits_of(gic, cpu), gic->num_irqs, offset, (offset & 0x7f) / 4);
    if (offset >= GICD_ICFGR && offset < GICD_ICFGR_END)
        return gic_icfgr_read(bits_of(gic, cpu), gic->num_irqs, (offset - GICD_ICFGR) / 4);
    if (offset >= GICD_PIDR4 && offset < GICD_ID_END)
        return gicd_ids[(offset - GICD_PIDR4) / 4];
    return 0; /* reserved, implementation defined (0xd00-0xdff), GICD_NSACR, write-only GICD_SGIR */
}

static void dist_write_word(struct gicv2 *gic, unsigned cpu, uint64_t offset, uint32_t value)
{
    if (offset == GICD_CTLR) {
        gic->ctlr = value & (CTLR_GRP0 | CTLR_GRP1);
    } else if (offset >= GIC_BLOCKS_START && offset < GIC_BLOCKS_END) {
        unsigned word = (offset & 0x7f) / 4;
        uint32_t mask = gic_word_mask(gic->num_irqs, word);
        bool pending_block = offset >= GICD_ISPENDR && offset < GICD_ISACTIVER;
        if (pending_block && word == 0)
            mask &= ~0xffffu; /* SGI pending state belongs to GICD_SPENDSGIR/CPENDSGIR */
        gic_block_write(bits_of(gic, cpu), offset, word, mask, value);
    } else if (offset >= GICD_ICFGR && offset < GICD_ICFGR_END) {
        gic_icfgr_write(bits_of(gic, cpu), gic->num_irqs, (unsigned)(offset - GICD_ICFGR) / 4,
                        value);
    } else if (offset == GICD_SGIR) {
        send_sgi(gic, cpu, value);
    }
}

/* The byte-accessible registers: IPRIORITYR, ITARGETSR, CPENDSGIR, SPENDSGIR. */
static bool byte_register(uint64_t offset)
{
    return (offset >= GICD_IPRIORITYR && offset < GICD_ICFGR) ||
           (offset >= GICD_CPENDSGIR && offset < GICD_SPENDSGIR_END);
}

static uint8_t dist_read_byte(struct gicv2 *gic, unsigned cpu, uint64_t offset)
{
    if (offset < GICD_ITARGETSR) {
        unsigned irq = (unsigned)(offset - GICD_IPRIORITYR);
        return irq_exists(gic, irq) ? *priority_of(gic, cpu, irq) : 0;
    }
    if (offset < GICD_ICFGR) {
        unsigned irq = (unsigned)(offset - GICD_ITARGETSR);
        if (!irq_exists(gic, irq) || gic->num_cpus == 1)
            return 0;
        /* IDs 0-31 target the reader, whatever it is */
        return irq < 32 ? (uint8_t)(1u << cpu) : gic->targets[irq];
    }
    return gic->cpu[cpu].sgi_sources[(offset - GICD_CPENDSGIR) % 16];
}

static void dist_write_byte(struct gicv2 *gic, unsigned cpu, uint64_t offset, uint8_t value)
{
    if (offset < GICD_ITARGETSR) {
        unsigned irq = (unsigned)(offset - GICD_IPRIORITYR);
        if (irq_exists(gic, irq))
            *priority_of(gic, cpu, irq) = value & PRIORITY_BITS;
    } else if (offset < GICD_ICFGR) {
        unsigned irq = (unsigned)(offset - GICD_ITARGETSR);
        if (irq >= 32 && irq_exists(gic, irq) && gic->num_cpus > 1)
            gic->targets[irq] = value & cpu_mask(gic);
    } else {
        unsigned sgi = (unsigned)(offset - GICD_CPENDSGIR) % 16;
        uint8_t *sources = &gic->cpu[cpu].sgi_sources[sgi];
        if (offset < GICD_SPENDSGIR)
            *sources &= (uint8_t)~value;
        else
            *sources |= value & cpu_mask(gic);
        sgi_sources_changed(gic, cpu, sgi);
    }
}

bool gicv2_dist_read(struct gicv2 *gic, unsigned cpu, uint64_t offset, unsigned size,
                     uint64_t *value)
{
    *value = 0;
    if (cpu >= gic->num_cpus || offset >= GICV2_DIST_MMIO_SIZE)
        return true;
    if (size == 4 && !(offset & 3)) {
        if (!byte_register(offset)) {
            *value = dist_read_word(gic, cpu, offset);
            return true;
        }
        for (unsigned i = 0; i < 4; i++)
            *value |= (uint64_t)dist_read_byte(gic, cpu, offset + i) << (8 * i);
    } else if (size == 1 && byte_register(offset)) {
        *value = dist_read_byte(gic, cpu, offset);
    }
    return true;
}

bool gicv2_dist_write(struct gicv2 *gic, unsigned cpu, uint64_t offset, unsigned size,
                      uint64_t value)
{
    if (cpu >= gic->num_cpus || offset >= GICV2_DIST_MMIO_SIZE)
        return true;
    if (size == 4 && !(offset & 3)) {
        if (!byte_register(offset)) {
            dist_write_word(gic, cpu, offset, (uint32_t)value);
        } else {
            for (unsigned i = 0; i < 4; i++)
                dist_write_byte(gic, cpu, offset + i, (uint8_t)(value >> (8 * i)));
        }
    } else if (size == 1 && byte_register(offset)) {
        dist_write_byte(gic, cpu, offset, (uint8_t)value);
    } else {
        return true;
    }
    update(gic);
    return true;
}

/* ---- CPU interface ---- */

/* GICC_IAR / GICC_AIAR: makes the signalled interrupt active. */
static uint32_t acknowledge(struct gicv2 *gic, unsigned cpu, bool aliased)
{
    struct gicv2_cpu *c = &gic->cpu[cpu];
    unsigned irq = signalled(gic, cpu);
    if (irq == GICV2_SPURIOUS)
        return GICV2_SPURIOUS;
    bool group1 = test_bit(gic, cpu, GIC_GROUP1, irq);
    if (aliased && !group1)
        return GICV2_SPURIOUS; /* GICC_AIAR acknowledges Group 1 only */
    if (!aliased && group1 && !(c->ctlr & CC_ACKCTL))
        return SPURIOUS_GROUP1; /* left pending for GICC_AIAR */
    uint32_t value = irq;
    if (irq < 16) {
        /* One source at a time, lowest CPU first; the others stay pending. */
        unsigned source = (unsigned)__builtin_ctz(c->sgi_sources[irq]);
        c->sgi_sources[irq] &= (uint8_t)~(1u << source);
        sgi_sources_changed(gic, cpu, irq);
        value |= source << 10;
    } else {
        assign_bit(gic, cpu, GIC_LATCH, irq, false); /* a held level line keeps it pending */
    }
    assign_bit(gic, cpu, GIC_ACTIVE, irq, true);
    c->apr |= 1u << (group_priority(c, group1, *priority_of(gic, cpu, irq)) >> 3);
    update(gic);
    return value;
}

/* GICC_HPPIR / GICC_AHPPIR: what IAR / AIAR would pick, ignoring PMR and preemption. */
static uint32_t highest_pending(struct gicv2 *gic, unsigned cpu, bool aliased)
{
    struct gicv2_cpu *c = &gic->cpu[cpu];
    unsigned irq = highest_forwarded(gic, cpu);
    if (irq == GICV2_SPURIOUS)
        return GICV2_SPURIOUS;
    bool group1 = test_bit(gic, cpu, GIC_GROUP1, irq);
    if (!(c->ctlr & (group1 ? CTLR_GRP1 : CTLR_GRP0)) || (aliased && !group1))
        return GICV2_SPURIOUS;
    if (!aliased && group1 && !(c->ctlr & CC_ACKCTL))
        return SPURIOUS_GROUP1;
    if (irq < 16)
        return irq | (unsigned)__builtin_ctz(c->sgi_sources[irq]) << 10;
    return irq;
}

/* GICC_EOIR / GICC_AEOIR: priority drop, and deactivation in EOImode 0. */
static void end_of_interrupt(struct gicv2 *gic, unsigned cpu, uint32_t value, bool aliased)
{
    struct gicv2_cpu *c = &gic->cpu[cpu];
    unsigned irq = value & 0x3ff;
    if (!irq_exists(gic, irq) || !test_bit(gic, cpu, GIC_ACTIVE, irq))
        return; /* 1020-1023 and interrupts not active here: nothing to complete */
    if (aliased && !test_bit(gic, cpu, GIC_GROUP1, irq))
        return; /* GICC_AEOIR completes Group 1 only */
    /* EOIs come in nesting order, so the highest active priority is this one's. */
    c->apr &= c->apr - 1;
    if (!(c->ctlr & CC_EOIMODE))
        assign_bit(gic, cpu, GIC_ACTIVE, irq, false);
}

bool gicv2_cpu_read(struct gicv2 *gic, unsigned cpu, uint64_t offset, unsigned size,
                    uint64_t *value)
{
    *value = 0;
    if (cpu >= gic->num_cpus || size != 4 || (offset & 3))
        return true;
    struct gicv2_cpu *c = &gic->cpu[cpu];
    switch (offset) {
    case GICC_CTLR: *value = c->ctlr; break;
    case GICC_PMR: *value = c->pmr; break;
    case GICC_BPR: *value = c->bpr; break;
    case GICC_IAR: *value = acknowledge(gic, cpu, false); break;
    case GICC_RPR: *value = running_priority(c); break;
    case GICC_HPPIR: *value = highest_pending(gic, cpu, false); break;
    case GICC_ABPR: *value = c->abpr; break;
    case GICC_AIAR: *value = acknowledge(gic, cpu, true); break;
    case GICC_AHPPIR: *value = highest_pending(gic, cpu, true); break;
    case GICC_APR0: *value = c->apr; break;
    case GICC_IIDR: *value = GICC_IIDR_VALUE; break;
    default: break; /* write-only EOIR/AEOIR/DIR; APR1-3, NSAPRn (APR0 holds 32 levels) */
    }
    return true;
}

bool gicv2_cpu_write(struct gicv2 *gic, unsigned cpu, uint64_t offset, unsigned size,
                     uint64_t value)
{
    if (cpu >= gic->num_cpus || size != 4 || (offset & 3))
        return true;
    struct gicv2_cpu *c = &gic->cpu[cpu];
    uint32_t v = (uint32_t)value;
    switch (offset) {
    case GICC_CTLR: c->ctlr = v & CC_WRITABLE; break;
    case GICC_PMR: c->pmr = v & PRIORITY_BITS; break;
    /* A binary point below the minimum is set to the minimum (GICC_BPR description). */
    case GICC_BPR: c->bpr = (v & 7) < MIN_BPR ? MIN_BPR : (v & 7); break;
    case GICC_ABPR: c->abpr = (v & 7) < MIN_ABPR ? MIN_ABPR : (v & 7); break;
    case GICC_EOIR: end_of_interrupt(gic, cpu, v, false); break;
    case GICC_AEOIR: end_of_interrupt(gic, cpu, v, true); break;
    case GICC_DIR: /* only meaningful in EOImode 1; UNPREDICTABLE otherwise, ignored */
        if ((c->ctlr & CC_EOIMODE) && irq_exists(gic, v & 0x3ff))
            assign_bit(gic, cpu, GIC_ACTIVE, v & 0x3ff, false);
        break;
    case GICC_APR0: c->apr = v; break; /* for save/restore of the active priorities */
    default: return true;
    }
    update(gic);
    return true;
}

/* ---- mmio_ops: act for the CPU the board says is running ---- */

static bool dist_mmio_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    struct gicv2 *gic = opaque;
    return gicv2_dist_read(gic, gic->current_cpu, offset, size, value);
}

static bool dist_mmio_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    struct gicv2 *gic = opaque;
    return gicv2_dist_write(gic, gic->current_cpu, offset, size, value);
}

static bool cpu_mmio_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    struct gicv2 *gic = opaque;
    return gicv2_cpu_read(gic, gic->current_cpu, offset, size, value);
}

static bool cpu_mmio_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    struct gicv2 *gic = opaque;
    return gicv2_cpu_write(gic, gic->current_cpu, offset, size, value);
}

const struct mmio_ops gicv2_dist_mmio_ops = {dist_mmio_read, dist_mmio_write};
const struct mmio_ops gicv2_cpu_mmio_ops = {cpu_mmio_read, cpu_mmio_write};
