/*
 * GICv3 distributor and redistributors, the input lines, and the choice of
 * each CPU's highest priority pending interrupt. The CPU interface (ICC_*
 * registers, priority masking and preemption, the IRQ/FIQ outputs) is in
 * gicv3_cpuif.c. Register offsets, fields and reset values are those of
 * the register descriptions of Arm IHI 0069 chapter 12 ("GICD_*",
 * "GICR_*"); quoted titles below are its sections.
 *
 * State: as in the GICv2 model, every per-interrupt flag is a bitmap
 * (enum gic_bitmap, gic_bitmaps.h), so an IS/ICxxxR word is one bitmap
 * word. Word 0 (IDs 0-31) lives in each CPU's struct gicv3_cpu: that is
 * its redistributor.
 * Pending ("Interrupt handling state machine"): an interrupt is pending when
 * its latch is set (rising edge, ISPENDR, an SGI) or when it is
 * level-sensitive and its line is high; acknowledging clears only the
 * latch, so a level interrupt whose line is still high is active and
 * pending and becomes pending again once deactivated.
 *
 * With affinity routing (ARE = 1, fixed here) an SGI is one pending bit in
 * the target's redistributor: there is no per-source state and ICC_IAR*
 * return the bare INTID.
 *
 * Routing of SPIs (GICD_IROUTER<n>, "Routing SPIs and SGIs by PE
 * affinity"): with Interrupt_Routing_Mode 0 the SPI goes to the CPU whose
 * affinity matches Aff3.Aff2.Aff1.Aff0, and to nobody if no CPU has that
 * affinity. With Interrupt_Routing_Mode 1 ("1 of N") it goes to one
 * participating CPU; this model picks the lowest-numbered CPU whose
 * redistributor is awake and whose ICC_IGRPEN<n>_EL1 enables the
 * interrupt's group, and re-picks on every change, so the choice is
 * deterministic. An SPI routed to a CPU that is asleep or has the group
 * disabled stays pending in the distributor.
 *
 * Choices where the spec leaves room:
 *  - GICD_IIDR and GICR_IIDR: implementer Arm (0x43B), product 0, like the
 *    GICv2 model. GICD_TYPER: ITLinesNumber from num_irqs, IDbits 9 (IDs
 *    up to 1023), A3V 1 (Aff3 is matched in IROUTER and SGIs), No1N 0 (1 of
 *    N is supported), CPUNumber 0 (it counts CPUs usable with ARE = 0,
 *    which this GIC does not support), everything else 0. GICD_TYPER2 is 0.
 *  - GICD_CTLR: EnableGrp0 (bit 0) and EnableGrp1 (bit 1) are stored; ARE
 *    (bit 4) and DS (bit 6) read 1; E1NWF, nASSGIreq and RWP read 0.
 *  - Reset: registers the spec leaves UNKNOWN (IGROUPR, IPRIORITYR,
 *    IROUTER, ISENABLER of SPIs) reset to 0; PPIs and SPIs reset
 *    level-sensitive, PPIs' GICR_ICFGR1 is programmable.
 *  - GICR_CTLR reads 0 (no LPIs, no RWP wait, DPGS 0) and ignores writes.
 *    GICR_WAKER: ProcessorSleep (bit 1) is writable and ChildrenAsleep
 *    (bit 2) follows it at once, so Linux's wake-up poll ends on its first
 *    read. While ProcessorSleep is 1 the redistributor forwards nothing.
 *  - GICD_IGRPMODR, GICR_IGRPMODR0, GICD_NSACR, GICR_NSACR: RAZ/WI, as the
 *    spec makes them when GICD_CTLR.DS is 1. GICD_ITARGETSR, GICD_SGIR,
 *    GICD_CPENDSGIR and GICD_SPENDSGIR are RAZ/WI with ARE = 1.
 *  - Accesses: 32-bit everywhere; 8-bit to the IPRIORITYR bytes; 64-bit or
 *    two 32-bit halves to GICD_IROUTER<n> and GICR_TYPER. Other sizes,
 *    unaligned accesses, reserved and unimplemented offsets (LPI, MBI and
 *    extended-range registers included) read 0 and ignore writes: they
 *    never fault, because Linux probes a few of them.
 */
#include "devices/gicv3_internal.h"

#include <errno.h>
#include <string.h>

/* Distributor register map ("The GIC Distributor register map"). */
enum {
    GICD_CTLR = 0x0000, GICD_TYPER = 0x0004, GICD_IIDR = 0x0008, GICD_TYPER2 = 0x000c,
    GICD_IGROUPR = 0x0080, GICD_IPRIORITYR = 0x0400, GICD_ITARGETSR = 0x0800,
    GICD_ICFGR = 0x0c00, GICD_ICFGR_END = 0x0d00, GICD_IROUTER = 0x6000,
    GICD_IROUTER_END = 0x8000, GICD_PIDR4 = 0xffd0, GICD_ID_END = 0x10000,
};

/* Redistributor register map ("The GIC Redistributor register map"): RD_base frame. */
enum {
    GICR_CTLR = 0x0000, GICR_IIDR = 0x0004, GICR_TYPER = 0x0008, GICR_TYPER_HIGH = 0x000c,
    GICR_WAKER = 0x0014, GICR_PIDR4 = 0xffd0, GICR_ID_END = 0x10000,
};

/* SGI_base frame, GICR_SGI_BASE past RD_base: IDs 0-31 at the distributor's offsets. */
enum {
    GICR_SGI_BASE = 0x10000,
    GICR_IGROUPR0 = 0x0080, GICR_IPRIORITYR = 0x0400, GICR_IPRIORITYR_END = 0x0420,
    GICR_ICFGR0 = 0x0c00, GICR_ICFGR1 = 0x0c04,
};

#define GICD_CTLR_ENABLE_GRP0 (1u << 0)
#define GICD_CTLR_ENABLE_GRP1 (1u << 1)
#define GICD_CTLR_GROUPS (GICD_CTLR_ENABLE_GRP0 | GICD_CTLR_ENABLE_GRP1)
#define GICD_CTLR_ARE (1u << 4)
#define GICD_CTLR_DS (1u << 6)
#define GICD_TYPER_IDBITS (9u << 19)   /* 10 bits of INTID */
#define GICD_TYPER_A3V (1u << 24)
#define GICR_TYPER_LAST (1u << 4)
#define GICR_WAKER_PROCESSOR_SLEEP (1u << 1)
#define GICR_WAKER_CHILDREN_ASLEEP (1u << 2)
#define IROUTER_IRM (1ull << 31)
#define IROUTER_WRITABLE 0xff80ffffffull /* Aff3 39:32, IRM 31, Aff2..Aff0 23:0 */
#define GIC_IIDR_VALUE 0x0000043bu       /* implementer Arm, product 0 */

/*
 * PIDR4-7, PIDR0-3, CIDR0-3 at 0xffd0-0xfffc of Dist_base and RD_base.
 * PIDR4: 64 KiB (4 KiB blocks, log2 = 4), JEP106 continuation 4; PIDR1/2:
 * JEP106 identity 0x3B, JEDEC bit; PIDR2 ArchRev 3 = GICv3 (bits 7:4), the
 * field Linux checks; CIDR: the component ID preamble.
 */
static const uint8_t gic_ids[12] = {0x44, 0, 0, 0, 0x00, 0xb0, 0x3b, 0x00, 0x0d, 0xf0, 0x05, 0xb1};

uint32_t gicv3_cpu_affinity(unsigned cpu)
{
    return (cpu % 16) | (cpu / 16) << 8;
}

int gicv3_cpu_of_affinity(const struct gicv3 *gic, uint32_t affinity)
{
    unsigned aff0 = affinity & 0xff, aff1 = (affinity >> 8) & 0xff;
    unsigned cpu = aff1 * 16 + aff0;
    if (aff0 >= 16 || cpu >= gic->num_cpus || gicv3_cpu_affinity(cpu) != affinity)
        return -1;
    return (int)cpu;
}

static uint32_t word_mask(const struct gicv3 *gic, unsigned word)
{
    return gic_word_mask(gic->num_irqs, word);
}

static uint32_t pending_word(struct gicv3 *gic, unsigned cpu, unsigned word)
{
    return gic_pending_word(gicv3_bits(gic, cpu), word);
}

/* IDs of word `word` that the distributor or redistributor may forward: pending, enabled,
 * not active, in a group GICD_CTLR enables. */
static uint32_t ready_word(struct gicv3 *gic, unsigned cpu, unsigned word)
{
    uint32_t m = pending_word(gic, cpu, word) & *gicv3_word(gic, cpu, GIC_ENABLED, word) &
                 ~*gicv3_word(gic, cpu, GIC_ACTIVE, word) & word_mask(gic, word);
    uint32_t group1 = *gicv3_word(gic, cpu, GIC_GROUP1, word);
    if (!(gic->ctlr & GICD_CTLR_ENABLE_GRP0))
        m &= group1;
    if (!(gic->ctlr & GICD_CTLR_ENABLE_GRP1))
        m &= ~group1;
    return m;
}

/* Whether `cpu` takes interrupts of `group`: redistributor awake, ICC_IGRPEN<group> set. */
static bool participates(const struct gicv3 *gic, unsigned cpu, unsigned group)
{
    return !gic->cpu[cpu].asleep && gic->cpu[cpu].grpen[group];
}

/* The Aff3.Aff2.Aff1.Aff0 of a GICD_IROUTER<n> value, in GICR_TYPER[63:32] layout. */
static uint32_t route_affinity(uint64_t route)
{
    return (uint32_t)(route & 0xffffff) | (uint32_t)((route >> 32) & 0xff) << 24;
}

static void consider(struct gicv3_hppi *best, unsigned id, unsigned priority, unsigned group)
{
    if (priority < best->priority) /* IDs come in increasing order: equals keep the lower */
        *best = (struct gicv3_hppi){id, priority, group};
}

void gicv3_hppi_all(struct gicv3 *gic, struct gicv3_hppi *best)
{
    int one_of_n[2] = {-1, -1}; /* the CPU a 1-of-N SPI of each group goes to */
    for (unsigned group = 0; group < 2; group++) {
        for (unsigned cpu = 0; cpu < gic->num_cpus && one_of_n[group] < 0; cpu++) {
            if (participates(gic, cpu, group))
                one_of_n[group] = (int)cpu;
        }
    }
    for (unsigned cpu = 0; cpu < gic->num_cpus; cpu++) {
        best[cpu] = (struct gicv3_hppi){GICV3_SPURIOUS, 0x100, 0};
        for (uint32_t m = ready_word(gic, cpu, 0); m; m &= m - 1) {
            unsigned irq = (unsigned)__builtin_ctz(m);
            unsigned group = (gic->cpu[cpu].bits[GIC_GROUP1] >> irq) & 1;
            if (participates(gic, cpu, group))
                consider(&best[cpu], irq, gic->cpu[cpu].priority[irq], group);
        }
    }
    for (unsigned word = 1; word < gic->num_irqs / 32; word++) {
        for (uint32_t m = ready_word(gic, 0, word); m; m &= m - 1) {
            unsigned irq = word * 32 + (unsigned)__builtin_ctz(m);
            unsigned group = (gic->bits[GIC_GROUP1][word] >> (irq % 32)) & 1;
            uint64_t route = gic->irouter[irq];
            int target = (route & IROUTER_IRM) ? one_of_n[group]
                                               : gicv3_cpu_of_affinity(gic, route_affinity(route));
            if (target >= 0 && participates(gic, (unsigned)target, group))
                consider(&best[target], irq, gic->priority[irq], group);
        }
    }
}

void gicv3_reset(struct gicv3 *gic)
{
    gic->ctlr = 0;
    /* The input lines (GIC_LEVEL) are wires the devices drive: a GIC reset keeps them. */
    for (unsigned b = 0; b < GIC_BITMAPS; b++) {
        if (b == GIC_LEVEL)
            continue;
        memset(gic->bits[b], 0, sizeof gic->bits[b]);
        for (unsigned cpu = 0; cpu < GICV3_MAX_CPUS; cpu++)
            gic->cpu[cpu].bits[b] = 0;
    }
    memset(gic->priority, 0, sizeof gic->priority);
    memset(gic->irouter, 0, sizeof gic->irouter);
    for (unsigned cpu = 0; cpu < GICV3_MAX_CPUS; cpu++) {
        struct gicv3_cpu *c = &gic->cpu[cpu];
        memset(c->priority, 0, sizeof c->priority);
        c->bits[GIC_EDGE] = 0xffff; /* SGIs are edge-triggered (GICR_ICFGR0 reads 0xaaaaaaaa) */
        c->asleep = true;             /* GICR_WAKER.ProcessorSleep resets to 1 */
        gicv3_cpuif_reset(c);
    }
    gicv3_update(gic); /* lowers outputs that were high */
}

int gicv3_init(struct gicv3 *gic, unsigned num_cpus, unsigned num_irqs,
               void (*cpu_irq)(void *opaque, unsigned cpu, bool level), void *cpu_irq_opaque)
{
    if (num_cpus < 1 || num_cpus > GICV3_MAX_CPUS || num_irqs < 64 || num_irqs > GICV3_MAX_IRQS ||
        num_irqs % 32)
        return -EINVAL;
    memset(gic, 0, sizeof *gic);
    gic->num_cpus = num_cpus;
    gic->num_irqs = num_irqs;
    gic->cpu_irq = cpu_irq;
    gic->cpu_irq_opaque = cpu_irq_opaque;
    gicv3_reset(gic);
    return 0;
}

/* ---- input lines ---- */

static void set_line(struct gicv3 *gic, unsigned cpu, unsigned irq, bool level)
{
    if (gic_set_line(gicv3_bits(gic, cpu), irq, level))
        gicv3_update(gic);
}

void gicv3_set_irq(struct gicv3 *gic, unsigned irq, bool level)
{
    if (irq >= 32 && gicv3_irq_exists(gic, irq))
        set_line(gic, 0, irq, level);
}

void gicv3_set_ppi(struct gicv3 *gic, unsigned cpu, unsigned ppi, bool level)
{
    if (cpu < gic->num_cpus && ppi < 16)
        set_line(gic, cpu, 16 + ppi, level);
}

void gicv3_irq_line_handler(void *opaque, unsigned line, bool level)
{
    if (line < GICV3_MAX_IRQS)
        gicv3_set_irq(opaque, 32 + line, level);
}

bool gicv3_irq_pending(const struct gicv3 *gic, unsigned cpu)
{
    return cpu < gic->num_cpus && gic->cpu[cpu].irq_out;
}

bool gicv3_fiq_pending(const struct gicv3 *gic, unsigned cpu)
{
    return cpu < gic->num_cpus && gic->cpu[cpu].fiq_out;
}

/* ---- registers shared by the distributor (IDs 32 up) and the SGI_base frames (IDs 0-31) ---- */

static bool in_bitmap_blocks(uint64_t offset)
{
    return offset >= GIC_BLOCKS_START && offset < GIC_BLOCKS_END;
}

/* Bitmap word `word` of the block at `offset` (word 0 = `cpu`'s redistributor). */
static uint32_t read_bitmap_block(struct gicv3 *gic, unsigned cpu, uint64_t offset, unsigned word)
{
    return gic_block_read(gicv3_bits(gic, cpu), gic->num_irqs, offset, word);
}

static void write_bitmap_block(struct gicv3 *gic, unsigned cpu, uint64_t offset, unsigned word,
                               uint32_t value)
{
    gic_block_write(gicv3_bits(gic, cpu), offset, word, word_mask(gic, word), value);
}

static uint32_t read_icfgr(struct gicv3 *gic, unsigned cpu, unsigned n)
{
    return gic_icfgr_read(gicv3_bits(gic, cpu), gic->num_irqs, n);
}

static void write_icfgr(struct gicv3 *gic, unsigned cpu, unsigned n, uint32_t value)
{
    gic_icfgr_write(gicv3_bits(gic, cpu), gic->num_irqs, n, value);
}

static uint8_t *priority_byte(struct gicv3 *gic, unsigned cpu, unsigned irq)
{
    return irq < 32 ? &gic->cpu[cpu].priority[irq] : &gic->priority[irq];
}

/* IPRIORITYR bytes (and 32-bit words as four bytes) for `irq`, or RAZ/WI if it does not exist. */
static uint32_t read_priorities(struct gicv3 *gic, unsigned cpu, unsigned irq, unsigned size)
{
    uint32_t value = 0;
    for (unsigned i = 0; i < size; i++) {
        if (gicv3_irq_exists(gic, irq + i))
            value |= (uint32_t)*priority_byte(gic, cpu, irq + i) << (8 * i);
    }
    return value;
}

static void write_priorities(struct gicv3 *gic, unsigned cpu, unsigned irq, unsigned size,
                             uint32_t value)
{
    for (unsigned i = 0; i < size; i++) {
        if (gicv3_irq_exists(gic, irq + i))
            *priority_byte(gic, cpu, irq + i) = (value >> (8 * i)) & GICV3_PRIORITY_BITS;
    }
}

static uint32_t id_register(uint64_t offset_in_id_block)
{
    return gic_ids[offset_in_id_block / 4];
}

/* ---- distributor ---- */

static uint32_t dist_read_word(struct gicv3 *gic, uint64_t offset)
{
    if (offset == GICD_CTLR)
        return gic->ctlr | GICD_CTLR_ARE | GICD_CTLR_DS;
    if (offset == GICD_TYPER)
        return (gic->num_irqs / 32 - 1) | GICD_TYPER_IDBITS | GICD_TYPER_A3V;
    if (offset == GICD_IIDR)
        return GIC_IIDR_VALUE;
    if (in_bitmap_blocks(offset)) {
        unsigned word = (offset & 0x7f) / 4;
        return word ? read_bitmap_block(gic, 0, offset, word) : 0; /* IDs 0-31: RAZ with ARE */
    }
    if (offset >= GICD_ICFGR + 8 && offset < GICD_ICFGR_END)
        return read_icfgr(gic, 0, (unsigned)(offset - GICD_ICFGR) / 4);
    if (offset >= GICD_PIDR4 && offset < GICD_ID_END)
        return id_register(offset - GICD_PIDR4);
    return 0; /* TYPER2, reserved, LPI/MBI/extended-range, and ARE-disabled-only registers */
}

static void dist_write_word(struct gicv3 *gic, uint64_t offset, uint32_t value)
{
    if (offset == GICD_CTLR) {
        gic->ctlr = value & GICD_CTLR_GROUPS;
    } else if (in_bitmap_blocks(offset)) {
        unsigned word = (offset & 0x7f) / 4;
        if (word)
            write_bitmap_block(gic, 0, offset, word, value);
    } else if (offset >= GICD_ICFGR + 8 && offset < GICD_ICFGR_END) {
        write_icfgr(gic, 0, (unsigned)(offset - GICD_ICFGR) / 4, value);
    }
}

/* The GICD_IROUTER<n> of an existing SPI at `offset` (8-byte aligned), or NULL. */
static uint64_t *irouter(struct gicv3 *gic, uint64_t offset)
{
    if (offset < GICD_IROUTER || offset >= GICD_IROUTER_END)
        return NULL;
    unsigned irq = (unsigned)(offset - GICD_IROUTER) / 8;
    return irq >= 32 && gicv3_irq_exists(gic, irq) ? &gic->irouter[irq] : NULL;
}

static bool is_priority(uint64_t offset)
{
    return offset >= GICD_IPRIORITYR + 32 && offset < GICD_ITARGETSR;
}

bool gicv3_dist_read(struct gicv3 *gic, uint64_t offset, unsigned size, uint64_t *value)
{
    *value = 0;
    if (offset >= GICV3_DIST_MMIO_SIZE || (offset & (size - 1)))
        return true;
    uint64_t *route = irouter(gic, offset & ~7ull);
    if (route && size == 8)
        *value = *route;
    else if (route && size == 4)
        *value = (uint32_t)(*route >> (8 * (offset & 4)));
    else if (is_priority(offset) && (size == 1 || size == 4))
        *value = read_priorities(gic, 0, (unsigned)(offset - GICD_IPRIORITYR), size);
    else if (size == 4)
        *value = dist_read_word(gic, offset);
    return true;
}

bool gicv3_dist_write(struct gicv3 *gic, uint64_t offset, unsigned size, uint64_t value)
{
    if (offset >= GICV3_DIST_MMIO_SIZE || (offset & (size - 1)))
        return true;
    uint64_t *route = irouter(gic, offset & ~7ull);
    if (route && size == 8) {
        *route = value & IROUTER_WRITABLE;
    } else if (route && size == 4) {
        unsigned shift = 8 * (offset & 4);
        uint64_t half = 0xffffffffull << shift;
        *route = ((*route & ~half) | ((value << shift) & half)) & IROUTER_WRITABLE;
    } else if (is_priority(offset) && (size == 1 || size == 4)) {
        write_priorities(gic, 0, (unsigned)(offset - GICD_IPRIORITYR), size, (uint32_t)value);
    } else if (size == 4) {
        dist_write_word(gic, offset, (uint32_t)value);
    } else {
        return true;
    }
    gicv3_update(gic);
    return true;
}

/* ---- redistributors ---- */

static uint64_t redist_typer(const struct gicv3 *gic, unsigned cpu)
{
    uint64_t typer = (uint64_t)gicv3_cpu_affinity(cpu) << 32 | (uint64_t)cpu << 8;
    return cpu == gic->num_cpus - 1 ? typer | GICR_TYPER_LAST : typer;
}

static uint32_t rd_read_word(struct gicv3 *gic, unsigned cpu, uint64_t offset)
{
    switch (offset) {
    case GICR_IIDR: return GIC_IIDR_VALUE;
    case GICR_TYPER: return (uint32_t)redist_typer(gic, cpu);
    case GICR_TYPER_HIGH: return (uint32_t)(redist_typer(gic, cpu) >> 32);
    case GICR_WAKER:
        return gic->cpu[cpu].asleep ? GICR_WAKER_PROCESSOR_SLEEP | GICR_WAKER_CHILDREN_ASLEEP : 0;
    default: break;
    }
    if (offset >= GICR_PIDR4 && offset < GICR_ID_END)
        return id_register(offset - GICR_PIDR4);
    return 0; /* GICR_CTLR, STATUSR, LPI registers, reserved */
}

static uint32_t sgi_read_word(struct gicv3 *gic, unsigned cpu, uint64_t offset)
{
    if (offset >= GICR_IGROUPR0 && offset < GICR_IGROUPR0 + 7 * 0x80 && !(offset & 0x7f))
        return read_bitmap_block(gic, cpu, offset, 0);
    if (offset == GICR_ICFGR0 || offset == GICR_ICFGR1)
        return read_icfgr(gic, cpu, (unsigned)(offset - GICR_ICFGR0) / 4);
    return 0; /* IGRPMODR0, NSACR (DS = 1), reserved */
}

static void sgi_write_word(struct gicv3 *gic, unsigned cpu, uint64_t offset, uint32_t value)
{
    if (offset >= GICR_IGROUPR0 && offset < GICR_IGROUPR0 + 7 * 0x80 && !(offset & 0x7f))
        write_bitmap_block(gic, cpu, offset, 0, value);
    else if (offset == GICR_ICFGR1) /* GICR_ICFGR0 (SGIs) is read-only */
        write_icfgr(gic, cpu, 1, value);
}

static bool is_redist_priority(uint64_t offset)
{
    return offset >= GICR_IPRIORITYR && offset < GICR_IPRIORITYR_END;
}

bool gicv3_redist_read(struct gicv3 *gic, uint64_t offset, unsigned size, uint64_t *value)
{
    *value = 0;
    uint64_t frame = offset / GICV3_REDIST_FRAME_SIZE, off = offset % GICV3_REDIST_FRAME_SIZE;
    if (frame >= gic->num_cpus || (off & (size - 1)))
        return true;
    unsigned cpu = (unsigned)frame;
    if (off < GICR_SGI_BASE) {
        if (size == 8 && off == GICR_TYPER)
            *value = redist_typer(gic, cpu);
        else if (size == 4)
            *value = rd_read_word(gic, cpu, off);
        return true;
    }
    off -= GICR_SGI_BASE;
    if (is_redist_priority(off) && (size == 1 || size == 4))
        *value = read_priorities(gic, cpu, (unsigned)(off - GICR_IPRIORITYR), size);
    else if (size == 4)
        *value = sgi_read_word(gic, cpu, off);
    return true;
}

bool gicv3_redist_write(struct gicv3 *gic, uint64_t offset, unsigned size, uint64_t value)
{
    uint64_t frame = offset / GICV3_REDIST_FRAME_SIZE, off = offset % GICV3_REDIST_FRAME_SIZE;
    if (frame >= gic->num_cpus || (off & (size - 1)))
        return true;
    unsigned cpu = (unsigned)frame;
    if (off < GICR_SGI_BASE) {
        if (size != 4 || off != GICR_WAKER)
            return true; /* everything else in RD_base is read-only or RAZ/WI here */
        gic->cpu[cpu].asleep = (value & GICR_WAKER_PROCESSOR_SLEEP) != 0;
    } else {
        off -= GICR_SGI_BASE;
        if (is_redist_priority(off) && (size == 1 || size == 4))
            write_priorities(gic, cpu, (unsigned)(off - GICR_IPRIORITYR), size, (uint32_t)value);
        else if (size == 4)
            sgi_write_word(gic, cpu, off, (uint32_t)value);
        else
            return true;
    }
    gicv3_update(gic);
    return true;
}

/* ---- mmio_ops ---- */

static bool dist_mmio_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    return gicv3_dist_read(opaque, offset, size, value);
}

static bool dist_mmio_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    return gicv3_dist_write(opaque, offset, size, value);
}

static bool redist_mmio_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    return gicv3_redist_read(opaque, offset, size, value);
}

static bool redist_mmio_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    return gicv3_redist_write(opaque, offset, size, value);
}

const struct mmio_ops gicv3_dist_mmio_ops = {dist_mmio_read, dist_mmio_write};
const struct mmio_ops gicv3_redist_mmio_ops = {redist_mmio_read, redist_mmio_write};
