/*
 * GICv3 CPU interface: the EL1 ICC_* system registers, priority masking,
 * preemption and active priorities, SGI generation, and the per-CPU IRQ and
 * FIQ outputs. Register fields are those of Arm IHI 0069 chapter 12
 * ("ICC_*_EL1"); the interrupt flow is its chapter 4 ("Physical
 * Interrupt Handling and Prioritization"). The redistributor side (which
 * interrupt is each CPU's highest priority pending one) is gicv3.c's.
 *
 * Signalling: a CPU's highest priority pending interrupt (gicv3_hppi_all:
 * its group already enabled in GICD_CTLR and ICC_IGRPEN<n>_EL1) is
 * signalled when its priority is below ICC_PMR_EL1 and its group priority
 * below the running priority; then FIQ if it is Group 0, IRQ if Group 1
 * (one Security state, EL1 only). ICC_IAR<n>_EL1 acknowledges it only if
 * it is signalled and of group n; anything else reads 1023.
 * ICC_HPPIR<n>_EL1 report it, if it is of group n, whatever PMR and the
 * running priority say.
 *
 * Choices where the spec leaves room:
 *  - 5 priority bits, as Arm's Cortex-A CPU interfaces: ICC_CTLR_EL1.PRIbits
 *    = 4, the low 3 bits of ICC_PMR_EL1 and of every IPRIORITYR byte are
 *    RAZ/WI, so the minimum ICC_BPR0_EL1 is 2 and ICC_BPR1_EL1 3 (their
 *    reset values; smaller writes set the minimum), and ICC_AP0R0_EL1 /
 *    ICC_AP1R0_EL1 hold one bit per priority (bit n = priority n << 3, 32
 *    levels). AP0R1-3 and AP1R1-3 are not implemented (UNDEFINED), which is
 *    why Linux only touches AP0R0 and AP1R0 when PRIbits says 5.
 *  - ICC_CTLR_EL1: CBPR, EOImode and PMHE (stored, no effect: a hint) are
 *    writable; PRIbits 4, IDbits 0 (16-bit INTIDs), SEIS 0, A3V 1 (Aff3 is
 *    honoured in SGIs), RSS 0, ExtRange 0. With CBPR set, ICC_BPR0_EL1
 *    groups both groups, ICC_BPR1_EL1 reads BPR0 + 1 (at most 7) and
 *    ignores writes.
 *  - ICC_SRE_EL1 reads 0x7 (SRE, DFB, DIB) and ignores writes: there is no
 *    memory-mapped CPU interface to fall back to.
 *  - Group priority ("Priority grouping"): BPR0 value b keeps priority bits
 *    [7:b+1], BPR1 value b bits [7:b] (Group 1 is Non-secure Group 1 with
 *    DS = 1, whose binary point is one lower). The running priority
 *    (ICC_RPR_EL1) is the lowest set bit of AP0R0 | AP1R0, 0xff when idle.
 *  - ICC_EOIR<n>_EL1 with an INTID that does not exist or is not of group
 *    n is ignored. Otherwise it drops the group's highest active priority
 *    (EOIs come in nesting order) and, with EOImode 0, deactivates the
 *    INTID. ICC_DIR_EL1 deactivates only with EOImode 1 (it is
 *    UNPREDICTABLE otherwise: ignored).
 *  - SGIs ("Forwarding an SGI to a target PE", one Security state):
 *    ICC_SGI1R_EL1 sets the SGI pending in each target whatever its group;
 *    ICC_SGI0R_EL1 and ICC_ASGI1R_EL1 only where it is Group 0. RS is RES0
 *    (ICC_CTLR_EL1.RSS is 0); a TargetList bit naming no CPU is ignored.
 *    IRM = 1 targets every CPU but the writer.
 *  - Reset values of the registers the spec leaves UNKNOWN: PMR 0,
 *    IGRPEN0/1 0, EOImode and CBPR 0, no active priorities.
 */
#include "devices/gicv3_internal.h"

/* ICC_CTLR_EL1 fields */
#define ICC_CTLR_CBPR (1u << 0)
#define ICC_CTLR_EOIMODE (1u << 1)
#define ICC_CTLR_PMHE (1u << 6)
#define ICC_CTLR_WRITABLE (ICC_CTLR_CBPR | ICC_CTLR_EOIMODE | ICC_CTLR_PMHE)
#define ICC_CTLR_PRIBITS (4u << 8) /* 5 bits, minus one */
#define ICC_CTLR_A3V (1u << 15)
#define ICC_SRE_VALUE 0x7u         /* SRE | DFB | DIB */
#define MIN_BPR0 2                 /* 7 - 5: the binary point cannot hide implemented bits */
#define MIN_BPR1 (MIN_BPR0 + 1)

/* ICC_SGI0R_EL1 / ICC_SGI1R_EL1 / ICC_ASGI1R_EL1 fields */
#define SGIR_TARGET_LIST(v) ((unsigned)(v) & 0xffff)
#define SGIR_AFF1(v) (((unsigned)((v) >> 16)) & 0xff)
#define SGIR_INTID(v) (((unsigned)((v) >> 24)) & 0xf)
#define SGIR_AFF2(v) (((unsigned)((v) >> 32)) & 0xff)
#define SGIR_IRM(v) ((((v) >> 40) & 1) != 0)
#define SGIR_AFF3(v) (((unsigned)((v) >> 48)) & 0xff)

/* ---- priorities and outputs ---- */

void gicv3_cpuif_reset(struct gicv3_cpu *c)
{
    c->ctlr = 0;
    c->pmr = 0;
    c->bpr0 = MIN_BPR0;
    c->bpr1 = MIN_BPR1;
    c->grpen[0] = c->grpen[1] = false;
    c->apr[0] = c->apr[1] = 0;
}

/* "Priority grouping": the part of `priority` above the binary point of `group`. */
static unsigned group_priority(const struct gicv3_cpu *c, unsigned group, unsigned priority)
{
    unsigned keep = (group == 0 || (c->ctlr & ICC_CTLR_CBPR)) ? 0xffu << (c->bpr0 + 1)
                                                              : 0xffu << c->bpr1;
    return priority & keep & 0xffu;
}

/* ICC_RPR_EL1: the highest active group priority, idle (0xff) when nothing is active. */
static unsigned running_priority(const struct gicv3_cpu *c)
{
    uint32_t active = c->apr[0] | c->apr[1];
    return active ? (unsigned)__builtin_ctz(active) << 3 : GICV3_IDLE_PRIORITY;
}

/* Whether the CPU interface signals `h`: above the priority mask, preempting what runs. */
static bool signalled(const struct gicv3_cpu *c, const struct gicv3_hppi *h)
{
    return h->id != GICV3_SPURIOUS && h->priority < c->pmr &&
           group_priority(c, h->group, h->priority) < running_priority(c);
}

static void report(struct gicv3 *gic, unsigned cpu, bool *out, bool level,
                   void (*notify)(void *opaque, unsigned cpu, bool level))
{
    if (*out == level)
        return;
    *out = level;
    if (notify)
        notify(gic->cpu_irq_opaque, cpu, level);
}

void gicv3_update(struct gicv3 *gic)
{
    struct gicv3_hppi best[GICV3_MAX_CPUS];
    gicv3_hppi_all(gic, best);
    for (unsigned cpu = 0; cpu < gic->num_cpus; cpu++) {
        struct gicv3_cpu *c = &gic->cpu[cpu];
        bool on = signalled(c, &best[cpu]);
        report(gic, cpu, &c->irq_out, on && best[cpu].group == 1, gic->cpu_irq);
        report(gic, cpu, &c->fiq_out, on && best[cpu].group == 0, gic->cpu_fiq);
    }
}

static struct gicv3_hppi hppi_of(struct gicv3 *gic, unsigned cpu)
{
    struct gicv3_hppi best[GICV3_MAX_CPUS];
    gicv3_hppi_all(gic, best);
    return best[cpu];
}

/* ICC_IAR0_EL1 / ICC_IAR1_EL1: makes the signalled interrupt of `group` active. */
static unsigned acknowledge(struct gicv3 *gic, unsigned cpu, unsigned group)
{
    struct gicv3_cpu *c = &gic->cpu[cpu];
    struct gicv3_hppi h = hppi_of(gic, cpu);
    if (h.group != group || !signalled(c, &h))
        return GICV3_SPURIOUS;
    gicv3_assign(gic, cpu, GIC_LATCH, h.id, false); /* a held level line keeps it pending */
    gicv3_assign(gic, cpu, GIC_ACTIVE, h.id, true);
    c->apr[group] |= 1u << (group_priority(c, group, h.priority) >> 3);
    gicv3_update(gic);
    return h.id;
}

/* ICC_HPPIR0_EL1 / ICC_HPPIR1_EL1 */
static unsigned highest_pending(struct gicv3 *gic, unsigned cpu, unsigned group)
{
    struct gicv3_hppi h = hppi_of(gic, cpu);
    return h.id != GICV3_SPURIOUS && h.group == group ? h.id : GICV3_SPURIOUS;
}

/* ICC_EOIR0_EL1 / ICC_EOIR1_EL1: priority drop, and deactivation in EOImode 0. */
static void end_of_interrupt(struct gicv3 *gic, unsigned cpu, unsigned group, uint64_t value)
{
    struct gicv3_cpu *c = &gic->cpu[cpu];
    unsigned irq = value & 0xffffff;
    if (!gicv3_irq_exists(gic, irq) || gicv3_test(gic, cpu, GIC_GROUP1, irq) != group)
        return;
    c->apr[group] &= c->apr[group] - 1; /* the highest active priority: the lowest set bit */
    if (!(c->ctlr & ICC_CTLR_EOIMODE))
        gicv3_assign(gic, cpu, GIC_ACTIVE, irq, false);
}

/* ICC_DIR_EL1 */
static void deactivate(struct gicv3 *gic, unsigned cpu, uint64_t value)
{
    unsigned irq = value & 0xffffff;
    if ((gic->cpu[cpu].ctlr & ICC_CTLR_EOIMODE) && gicv3_irq_exists(gic, irq))
        gicv3_assign(gic, cpu, GIC_ACTIVE, irq, false);
}

/* ICC_SGI0R_EL1 / ICC_SGI1R_EL1 / ICC_ASGI1R_EL1 written by `cpu`. */
static void generate_sgi(struct gicv3 *gic, unsigned cpu, uint64_t value, bool group1_too)
{
    unsigned sgi = SGIR_INTID(value);
    for (unsigned t = 0; t < gic->num_cpus; t++) {
        if (SGIR_IRM(value)) {
            if (t == cpu)
                continue;
        } else {
            uint32_t aff = gicv3_cpu_affinity(t);
            uint32_t cluster = SGIR_AFF1(value) << 8 | SGIR_AFF2(value) << 16 |
                               SGIR_AFF3(value) << 24;
            if ((aff & ~0xffu) != cluster || !((SGIR_TARGET_LIST(value) >> (aff & 0xff)) & 1))
                continue;
        }
        if (group1_too || !gicv3_test(gic, t, GIC_GROUP1, sgi))
            gicv3_assign(gic, t, GIC_LATCH, sgi, true);
    }
}

/* ---- register table ---- */

enum icc_reg {
    ICC_PMR, ICC_IAR0, ICC_EOIR0, ICC_HPPIR0, ICC_BPR0, ICC_AP0R0, ICC_AP1R0, ICC_DIR, ICC_RPR,
    ICC_SGI1R, ICC_ASGI1R, ICC_SGI0R, ICC_IAR1, ICC_EOIR1, ICC_HPPIR1, ICC_BPR1, ICC_CTLR,
    ICC_SRE, ICC_IGRPEN0, ICC_IGRPEN1, ICC_UNIMPLEMENTED,
};

enum icc_access { ICC_NONE = 0, ICC_RO = 1, ICC_WO = 2, ICC_RW = 3 };

/* The EL1 CPU interface registers (op0 3, op1 0), encodings as the header lists them. */
static const struct icc_row {
    const char *name;
    uint8_t crn, crm, op2;
    enum icc_reg reg;
    enum icc_access access;
} icc_rows[] = {
    {"ICC_PMR_EL1", 4, 6, 0, ICC_PMR, ICC_RW},
    {"ICC_IAR0_EL1", 12, 8, 0, ICC_IAR0, ICC_RO},
    {"ICC_EOIR0_EL1", 12, 8, 1, ICC_EOIR0, ICC_WO},
    {"ICC_HPPIR0_EL1", 12, 8, 2, ICC_HPPIR0, ICC_RO},
    {"ICC_BPR0_EL1", 12, 8, 3, ICC_BPR0, ICC_RW},
    {"ICC_AP0R0_EL1", 12, 8, 4, ICC_AP0R0, ICC_RW},
    /* AP0R1-3 and AP1R1-3 need 6 or 7 priority bits: UNDEFINED with 5 */
    {"ICC_AP0R1_EL1", 12, 8, 5, ICC_UNIMPLEMENTED, ICC_NONE},
    {"ICC_AP0R2_EL1", 12, 8, 6, ICC_UNIMPLEMENTED, ICC_NONE},
    {"ICC_AP0R3_EL1", 12, 8, 7, ICC_UNIMPLEMENTED, ICC_NONE},
    {"ICC_AP1R0_EL1", 12, 9, 0, ICC_AP1R0, ICC_RW},
    {"ICC_AP1R1_EL1", 12, 9, 1, ICC_UNIMPLEMENTED, ICC_NONE},
    {"ICC_AP1R2_EL1", 12, 9, 2, ICC_UNIMPLEMENTED, ICC_NONE},
    {"ICC_AP1R3_EL1", 12, 9, 3, ICC_UNIMPLEMENTED, ICC_NONE},
    {"ICC_NMIAR1_EL1", 12, 9, 5, ICC_UNIMPLEMENTED, ICC_NONE}, /* needs the NMI extension */
    {"ICC_DIR_EL1", 12, 11, 1, ICC_DIR, ICC_WO},
    {"ICC_RPR_EL1", 12, 11, 3, ICC_RPR, ICC_RO},
    {"ICC_SGI1R_EL1", 12, 11, 5, ICC_SGI1R, ICC_WO},
    {"ICC_ASGI1R_EL1", 12, 11, 6, ICC_ASGI1R, ICC_WO},
    {"ICC_SGI0R_EL1", 12, 11, 7, ICC_SGI0R, ICC_WO},
    {"ICC_IAR1_EL1", 12, 12, 0, ICC_IAR1, ICC_RO},
    {"ICC_EOIR1_EL1", 12, 12, 1, ICC_EOIR1, ICC_WO},
    {"ICC_HPPIR1_EL1", 12, 12, 2, ICC_HPPIR1, ICC_RO},
    {"ICC_BPR1_EL1", 12, 12, 3, ICC_BPR1, ICC_RW},
    {"ICC_CTLR_EL1", 12, 12, 4, ICC_CTLR, ICC_RW},
    {"ICC_SRE_EL1", 12, 12, 5, ICC_SRE, ICC_RW},
    {"ICC_IGRPEN0_EL1", 12, 12, 6, ICC_IGRPEN0, ICC_RW},
    {"ICC_IGRPEN1_EL1", 12, 12, 7, ICC_IGRPEN1, ICC_RW},
};

/* The row of an implemented register that allows `access`, or NULL (UNDEFINED). */
static const struct icc_row *find_row(const struct gicv3 *gic, unsigned cpu, unsigned op0,
                                      unsigned op1, unsigned crn, unsigned crm, unsigned op2,
                                      enum icc_access access)
{
    if (cpu >= gic->num_cpus || op0 != 3 || op1 != 0)
        return NULL;
    for (unsigned i = 0; i < sizeof icc_rows / sizeof icc_rows[0]; i++) {
        const struct icc_row *r = &icc_rows[i];
        if (r->crn == crn && r->crm == crm && r->op2 == op2)
            return (r->access & access) ? r : NULL;
    }
    return NULL;
}

bool gicv3_icc_read(struct gicv3 *gic, unsigned cpu, unsigned op0, unsigned op1, unsigned crn,
                    unsigned crm, unsigned op2, uint64_t *value)
{
    const struct icc_row *r = find_row(gic, cpu, op0, op1, crn, crm, op2, ICC_RO);
    if (!r)
        return false;
    struct gicv3_cpu *c = &gic->cpu[cpu];
    switch (r->reg) {
    case ICC_PMR: *value = c->pmr; break;
    case ICC_IAR0: *value = acknowledge(gic, cpu, 0); break;
    case ICC_IAR1: *value = acknowledge(gic, cpu, 1); break;
    case ICC_HPPIR0: *value = highest_pending(gic, cpu, 0); break;
    case ICC_HPPIR1: *value = highest_pending(gic, cpu, 1); break;
    case ICC_BPR0: *value = c->bpr0; break;
    case ICC_BPR1:
        *value = (c->ctlr & ICC_CTLR_CBPR) ? (c->bpr0 < 7 ? c->bpr0 + 1u : 7u) : c->bpr1;
        break;
    case ICC_AP0R0: *value = c->apr[0]; break;
    case ICC_AP1R0: *value = c->apr[1]; break;
    case ICC_RPR: *value = running_priority(c); break;
    case ICC_CTLR: *value = c->ctlr | ICC_CTLR_PRIBITS | ICC_CTLR_A3V; break;
    case ICC_SRE: *value = ICC_SRE_VALUE; break;
    case ICC_IGRPEN0: *value = c->grpen[0]; break;
    case ICC_IGRPEN1: *value = c->grpen[1]; break;
    default: return false; /* write-only rows never get here */
    }
    return true;
}

bool gicv3_icc_write(struct gicv3 *gic, unsigned cpu, unsigned op0, unsigned op1, unsigned crn,
                     unsigned crm, unsigned op2, uint64_t value)
{
    const struct icc_row *r = find_row(gic, cpu, op0, op1, crn, crm, op2, ICC_WO);
    if (!r)
        return false;
    struct gicv3_cpu *c = &gic->cpu[cpu];
    unsigned bp = value & 7;
    switch (r->reg) {
    case ICC_PMR: c->pmr = value & GICV3_PRIORITY_BITS; break;
    case ICC_EOIR0: end_of_interrupt(gic, cpu, 0, value); break;
    case ICC_EOIR1: end_of_interrupt(gic, cpu, 1, value); break;
    case ICC_DIR: deactivate(gic, cpu, value); break;
    /* A binary point below the minimum is set to the minimum (ICC_BPR0_EL1, ICC_BPR1_EL1). */
    case ICC_BPR0: c->bpr0 = (uint8_t)(bp < MIN_BPR0 ? MIN_BPR0 : bp); break;
    case ICC_BPR1:
        if (!(c->ctlr & ICC_CTLR_CBPR))
            c->bpr1 = (uint8_t)(bp < MIN_BPR1 ? MIN_BPR1 : bp);
        break;
    case ICC_AP0R0: c->apr[0] = (uint32_t)value; break; /* save/restore of active priorities */
    case ICC_AP1R0: c->apr[1] = (uint32_t)value; break;
    case ICC_SGI1R: generate_sgi(gic, cpu, value, true); break;
    case ICC_SGI0R:
    case ICC_ASGI1R: generate_sgi(gic, cpu, value, false); break;
    case ICC_CTLR: c->ctlr = (uint32_t)value & ICC_CTLR_WRITABLE; break;
    case ICC_SRE: break; /* SRE, DFB, DIB are RAO/WI */
    case ICC_IGRPEN0: c->grpen[0] = value & 1; break;
    case ICC_IGRPEN1: c->grpen[1] = value & 1; break;
    default: return false; /* read-only rows never get here */
    }
    gicv3_update(gic);
    return true;
}
