/*
 * GICv3 distributor, redistributors and CPU interface. Expected values
 * come from Arm IHI 0069 (GIC architecture specification v3/v4):
 *  - register offsets: "The GIC Distributor register map" and "The GIC
 *    Redistributor register map" (chapter 12), SGI_base = RD_base + 64 KiB;
 *  - fields and reset values: the GICD_*, GICR_* and ICC_*_EL1 register
 *    descriptions (chapter 12): GICD_CTLR with DS = 1 (EnableGrp0 bit 0,
 *    EnableGrp1 bit 1, ARE bit 4, DS bit 6), GICD_TYPER (ITLinesNumber 4:0,
 *    CPUNumber 7:5, SecurityExtn 10, MBIS 16, LPIS 17, IDbits 23:19, A3V
 *    24, No1N 25, RSS 26), GICR_TYPER (Affinity_Value 63:32,
 *    Processor_Number 23:8, Last 4, PLPIS 0), GICR_WAKER (ProcessorSleep
 *    1, ChildrenAsleep 2, both 1 at reset), PIDR2.ArchRev (7:4) = 3,
 *    GICD_IROUTER<n> (Aff3 39:32, Interrupt_Routing_Mode 31, Aff2/1/0),
 *    ICC_SGI1R_EL1 (TargetList 15:0, Aff1 23:16, INTID 27:24, Aff2 39:32,
 *    IRM 40, Aff3 55:48), ICC_CTLR_EL1 (CBPR 0, EOImode 1, PRIbits 10:8,
 *    IDbits 13:11, SEIS 14, A3V 15), ICC_SRE_EL1, ICC_BPR0/1_EL1 (minimum
 *    values, writes below the minimum), the system register encodings;
 *  - behaviour: chapter 4 (interrupt handling state machine, priority
 *    masking, "Priority grouping", preemption, running priority, EOImode,
 *    IRQ/FIQ assignment with one Security state: Group 0 = FIQ, Group 1 =
 *    IRQ), "Routing SPIs and SGIs by PE affinity" and "Forwarding an SGI to
 *    a target PE".
 * Where the spec lets the implementation choose, the test checks the choice
 * devices/gicv3.h and the .c files document: 5 priority bits (so the
 * Cortex-A style reset values BPR0 = 2, BPR1 = 3 and one AP register per
 * group), CPU i's affinity Aff1 = i / 16, Aff0 = i % 16, the 1-of-N pick
 * (lowest-numbered participating CPU). Most tests use 4 CPUs and 288
 * interrupt IDs, QEMU virt's configuration.
 */
#include <check.h>
#include <errno.h>
#include <string.h>

#include "devices/gicv3.h"
#include "tests/unit/harness.h"

/* Distributor register map (Dist_base) */
#define GICD_CTLR 0x0000
#define GICD_TYPER 0x0004
#define GICD_IIDR 0x0008
#define GICD_TYPER2 0x000c
#define GICD_IGROUPR 0x0080
#define GICD_ISENABLER 0x0100
#define GICD_ICENABLER 0x0180
#define GICD_ISPENDR 0x0200
#define GICD_ICPENDR 0x0280
#define GICD_ISACTIVER 0x0300
#define GICD_ICACTIVER 0x0380
#define GICD_IPRIORITYR 0x0400
#define GICD_ITARGETSR 0x0800
#define GICD_ICFGR 0x0c00
#define GICD_IGRPMODR 0x0d00
#define GICD_NSACR 0x0e00
#define GICD_SGIR 0x0f00
#define GICD_IROUTER 0x6000 /* + 8n; n = 32 (0x6100) is the first that exists */
#define GICD_PIDR2 0xffe8
#define GICD_CIDR0 0xfff0
/* Redistributor register map: RD_base, then SGI_base 64 KiB later */
#define GICR_CTLR 0x0000
#define GICR_IIDR 0x0004
#define GICR_TYPER 0x0008
#define GICR_WAKER 0x0014
#define GICR_PIDR2 0xffe8
#define GICR_SGI_BASE 0x10000
#define GICR_IGRPMODR0 (GICR_SGI_BASE + 0x0d00)
#define GICR_NSACR (GICR_SGI_BASE + 0x0e00)
#define GICR_ICFGR0 (GICR_SGI_BASE + 0x0c00)
#define GICR_ICFGR1 (GICR_SGI_BASE + 0x0c04)
#define FRAME 0x20000

/* CPU interface system registers: op0, op1, CRn, CRm, op2 */
struct icc {
    unsigned op0, op1, crn, crm, op2;
};
static const struct icc ICC_PMR = {3, 0, 4, 6, 0};
static const struct icc ICC_IAR0 = {3, 0, 12, 8, 0};
static const struct icc ICC_EOIR0 = {3, 0, 12, 8, 1};
static const struct icc ICC_HPPIR0 = {3, 0, 12, 8, 2};
static const struct icc ICC_BPR0 = {3, 0, 12, 8, 3};
static const struct icc ICC_AP0R0 = {3, 0, 12, 8, 4};
static const struct icc ICC_AP1R0 = {3, 0, 12, 9, 0};
static const struct icc ICC_DIR = {3, 0, 12, 11, 1};
static const struct icc ICC_RPR = {3, 0, 12, 11, 3};
static const struct icc ICC_SGI1R = {3, 0, 12, 11, 5};
static const struct icc ICC_ASGI1R = {3, 0, 12, 11, 6};
static const struct icc ICC_SGI0R = {3, 0, 12, 11, 7};
static const struct icc ICC_IAR1 = {3, 0, 12, 12, 0};
static const struct icc ICC_EOIR1 = {3, 0, 12, 12, 1};
static const struct icc ICC_HPPIR1 = {3, 0, 12, 12, 2};
static const struct icc ICC_BPR1 = {3, 0, 12, 12, 3};
static const struct icc ICC_CTLR = {3, 0, 12, 12, 4};
static const struct icc ICC_SRE = {3, 0, 12, 12, 5};
static const struct icc ICC_IGRPEN0 = {3, 0, 12, 12, 6};
static const struct icc ICC_IGRPEN1 = {3, 0, 12, 12, 7};

#define NCPU 4

static struct gicv3 gic;
static bool irq_level[GICV3_MAX_CPUS], fiq_level[GICV3_MAX_CPUS];
static unsigned irq_changes[GICV3_MAX_CPUS], fiq_changes[GICV3_MAX_CPUS];

static void record_irq(void *opaque, unsigned cpu, bool level)
{
    ck_assert_ptr_eq(opaque, &gic);
    ck_assert_uint_lt(cpu, gic.num_cpus);
    ck_assert(level != irq_level[cpu]); /* called only when the level changes */
    irq_level[cpu] = level;
    irq_changes[cpu]++;
}

static void record_fiq(void *opaque, unsigned cpu, bool level)
{
    ck_assert_ptr_eq(opaque, &gic);
    ck_assert_uint_lt(cpu, gic.num_cpus);
    ck_assert(level != fiq_level[cpu]);
    fiq_level[cpu] = level;
    fiq_changes[cpu]++;
}

/* ---- register access helpers ---- */

static uint64_t dist_rd(uint64_t offset, unsigned size)
{
    uint64_t v = 0xdead;
    ck_assert(gicv3_dist_read(&gic, offset, size, &v));
    return v;
}

static void dist_wr(uint64_t offset, unsigned size, uint64_t value)
{
    ck_assert(gicv3_dist_write(&gic, offset, size, value));
}

static uint32_t drd(uint64_t offset) { return (uint32_t)dist_rd(offset, 4); }
static void dwr(uint64_t offset, uint32_t value) { dist_wr(offset, 4, value); }

/* Redistributor of `cpu`, offset within its frame (GICR_SGI_BASE + x for SGI_base). */
static uint64_t redist_rd(unsigned cpu, uint64_t offset, unsigned size)
{
    uint64_t v = 0xdead;
    ck_assert(gicv3_redist_read(&gic, cpu * (uint64_t)FRAME + offset, size, &v));
    return v;
}

static void redist_wr(unsigned cpu, uint64_t offset, unsigned size, uint64_t value)
{
    ck_assert(gicv3_redist_write(&gic, cpu * (uint64_t)FRAME + offset, size, value));
}

static uint32_t rrd(unsigned cpu, uint64_t offset) { return (uint32_t)redist_rd(cpu, offset, 4); }
static void rwr(unsigned cpu, uint64_t offset, uint32_t v) { redist_wr(cpu, offset, 4, v); }

/* A per-interrupt register with the distributor's layout: IDs 0-31 in `cpu`'s SGI_base. */
static uint32_t irq_reg_rd(unsigned cpu, uint64_t base, unsigned irq)
{
    return irq < 32 ? rrd(cpu, GICR_SGI_BASE + base) : drd(base + 4 * (irq / 32));
}

static void irq_reg_wr(unsigned cpu, uint64_t base, unsigned irq, uint32_t value)
{
    if (irq < 32)
        rwr(cpu, GICR_SGI_BASE + base, value);
    else
        dwr(base + 4 * (irq / 32), value);
}

static bool bit_set(unsigned cpu, uint64_t base, unsigned irq)
{
    return (irq_reg_rd(cpu, base, irq) >> (irq % 32)) & 1;
}

static void set_bit_reg(unsigned cpu, uint64_t base, unsigned irq)
{
    irq_reg_wr(cpu, base, irq, 1u << (irq % 32));
}

static void set_priority(unsigned cpu, unsigned irq, uint8_t priority)
{
    if (irq < 32)
        redist_wr(cpu, GICR_SGI_BASE + GICD_IPRIORITYR + irq, 1, priority);
    else
        dist_wr(GICD_IPRIORITYR + irq, 1, priority);
}

static void set_group(unsigned cpu, unsigned irq, unsigned group)
{
    uint32_t w = irq_reg_rd(cpu, GICD_IGROUPR, irq), bit = 1u << (irq % 32);
    irq_reg_wr(cpu, GICD_IGROUPR, irq, group ? w | bit : w & ~bit);
}

static uint64_t icc_rd(unsigned cpu, struct icc r)
{
    uint64_t v = 0xdead;
    ck_assert(gicv3_icc_read(&gic, cpu, r.op0, r.op1, r.crn, r.crm, r.op2, &v));
    return v;
}

static void icc_wr(unsigned cpu, struct icc r, uint64_t value)
{
    ck_assert(gicv3_icc_write(&gic, cpu, r.op0, r.op1, r.crn, r.crm, r.op2, value));
}

/* An ICC_SGI0R/SGI1R/ASGI1R_EL1 value. */
static uint64_t sgir(unsigned aff3, unsigned aff2, unsigned aff1, unsigned intid,
                     unsigned target_list, bool irm)
{
    return (uint64_t)aff3 << 48 | (uint64_t)irm << 40 | (uint64_t)aff2 << 32 |
           (uint64_t)intid << 24 | (uint64_t)aff1 << 16 | target_list;
}

static void start(unsigned cpus, unsigned irqs)
{
    for (unsigned i = 0; i < GICV3_MAX_CPUS; i++) {
        irq_level[i] = fiq_level[i] = false;
        irq_changes[i] = fiq_changes[i] = 0;
    }
    ck_assert_int_eq(gicv3_init(&gic, cpus, irqs, record_irq, &gic), 0);
    gic.cpu_fiq = record_fiq;
}

static void setup(void) { start(NCPU, 288); }

/*
 * Both groups on in the distributor; every redistributor awake (GICR_WAKER
 * ProcessorSleep cleared) and every CPU interface taking both groups with
 * the priority mask wide open.
 */
static void open_all(void)
{
    dwr(GICD_CTLR, 3);
    for (unsigned cpu = 0; cpu < gic.num_cpus; cpu++) {
        rwr(cpu, GICR_WAKER, 0);
        icc_wr(cpu, ICC_PMR, 0xff);
        icc_wr(cpu, ICC_IGRPEN0, 1);
        icc_wr(cpu, ICC_IGRPEN1, 1);
    }
}

/* An enabled Group 1 SPI with a priority, routed to the CPU with affinity `aff`. */
static void spi(unsigned irq, uint8_t priority, uint64_t aff)
{
    set_priority(0, irq, priority);
    dist_wr(GICD_IROUTER + 8 * irq, 8, aff);
    set_group(0, irq, 1);
    set_bit_reg(0, GICD_ISENABLER, irq);
}

/* ---- tests ---- */

START_TEST(reset_values_and_identification)
{
    ck_assert_uint_eq(drd(GICD_CTLR), (1u << 4) | (1u << 6)); /* ARE and DS RAO, groups off */
    uint32_t typer = drd(GICD_TYPER);
    ck_assert_uint_eq(typer & 0x1f, 288 / 32 - 1);   /* ITLinesNumber */
    ck_assert_uint_eq((typer >> 5) & 7, 0);          /* CPUNumber: no ARE = 0 support */
    ck_assert_uint_eq((typer >> 10) & 1, 0);         /* SecurityExtn: RAZ with DS = 1 */
    ck_assert_uint_eq((typer >> 16) & 3, 0);         /* MBIS, LPIS */
    ck_assert_uint_eq((typer >> 19) & 0x1f, 9);      /* IDbits: 10-bit INTIDs */
    ck_assert_uint_eq((typer >> 24) & 7, 1);         /* A3V 1, No1N 0, RSS 0 */
    ck_assert_uint_eq(drd(GICD_TYPER2), 0);
    ck_assert_uint_eq(drd(GICD_IIDR) & 0xfff, 0x43b); /* Implementer: Arm */
    ck_assert_uint_eq((drd(GICD_PIDR2) >> 4) & 0xf, 3); /* ArchRev: GICv3 */
    static const uint32_t cids[4] = {0x0d, 0xf0, 0x05, 0xb1};
    for (unsigned i = 0; i < 4; i++)
        ck_assert_uint_eq(drd(GICD_CIDR0 + 4 * i), cids[i]);
    for (unsigned n = 1; n < 9; n++) {
        ck_assert_uint_eq(drd(GICD_ISENABLER + 4 * n), 0);
        ck_assert_uint_eq(drd(GICD_ISPENDR + 4 * n), 0);
        ck_assert_uint_eq(drd(GICD_ISACTIVER + 4 * n), 0);
    }
    for (unsigned cpu = 0; cpu < NCPU; cpu++) {
        ck_assert_uint_eq((rrd(cpu, GICR_PIDR2) >> 4) & 0xf, 3);
        ck_assert_uint_eq(rrd(cpu, GICR_IIDR) & 0xfff, 0x43b);
        ck_assert_uint_eq(rrd(cpu, GICR_CTLR), 0);
        ck_assert_uint_eq(rrd(cpu, GICR_WAKER), 0x6); /* ProcessorSleep, ChildrenAsleep */
        ck_assert_uint_eq(rrd(cpu, GICR_ICFGR0), 0xaaaaaaaa); /* SGIs: edge */
        ck_assert_uint_eq(rrd(cpu, GICR_SGI_BASE + GICD_ISPENDR), 0);
        ck_assert_uint_eq(rrd(cpu, GICR_SGI_BASE + GICD_ISACTIVER), 0);
        /* ICC_CTLR_EL1: PRIbits 4 (5 bits), IDbits 0 (16 bits), SEIS 0, A3V 1; EOImode,
         * CBPR 0. */
        ck_assert_uint_eq(icc_rd(cpu, ICC_CTLR), (4u << 8) | (1u << 15));
        ck_assert_uint_eq(icc_rd(cpu, ICC_SRE), 0x7);
        ck_assert_uint_eq(icc_rd(cpu, ICC_BPR0), 2); /* the minimum with 5 priority bits */
        ck_assert_uint_eq(icc_rd(cpu, ICC_BPR1), 3); /* BPR0's minimum + 1 */
        ck_assert_uint_eq(icc_rd(cpu, ICC_RPR), 0xff); /* idle */
        ck_assert_uint_eq(icc_rd(cpu, ICC_HPPIR0), 1023);
        ck_assert_uint_eq(icc_rd(cpu, ICC_HPPIR1), 1023);
        ck_assert_uint_eq(icc_rd(cpu, ICC_IAR1), 1023);
        ck_assert_uint_eq(icc_rd(cpu, ICC_AP0R0), 0);
        ck_assert_uint_eq(icc_rd(cpu, ICC_AP1R0), 0);
        ck_assert_uint_eq(icc_rd(cpu, ICC_IGRPEN0), 0);
        ck_assert_uint_eq(icc_rd(cpu, ICC_IGRPEN1), 0);
        ck_assert(!gicv3_irq_pending(&gic, cpu) && !gicv3_fiq_pending(&gic, cpu));
    }
    for (unsigned i = 0; i < GICV3_MAX_CPUS; i++)
        ck_assert_uint_eq(irq_changes[i] + fiq_changes[i], 0);
}
END_TEST

START_TEST(init_checks_the_configuration)
{
    static struct gicv3 g, copy;
    static const struct {
        unsigned cpus, irqs;
        int result;
    } cases[] = {
        {1, 64, 0},        {GICV3_MAX_CPUS, 1024, 0}, {2, 96, 0},         {0, 288, -EINVAL},
        {124, 288, -EINVAL}, {1, 32, -EINVAL},         {1, 100, -EINVAL}, {1, 1056, -EINVAL},
    };
    ck_assert_int_eq(GICV3_MAX_CPUS, (0x09000000 - 0x080a0000) / 0x20000);
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_int_eq(gicv3_init(&g, 3, 128, 0, 0), 0);
        ck_assert(gicv3_dist_write(&g, GICD_CTLR, 4, 1));
        memcpy(&copy, &g, sizeof g);
        ck_assert_int_eq(gicv3_init(&g, cases[i].cpus, cases[i].irqs, 0, 0), cases[i].result);
        uint64_t typer;
        if (cases[i].result == 0) {
            ck_assert(gicv3_dist_read(&g, GICD_TYPER, 4, &typer));
            ck_assert_uint_eq(typer & 0x1f, cases[i].irqs / 32 - 1);
            /* Only the last redistributor has GICR_TYPER.Last. */
            unsigned last = cases[i].cpus - 1;
            ck_assert(gicv3_redist_read(&g, last * (uint64_t)FRAME + GICR_TYPER, 8, &typer));
            ck_assert_uint_eq(typer & (1u << 4), 1u << 4);
        } else {
            ck_assert(memcmp(&copy, &g, sizeof g) == 0); /* nothing changed */
        }
    }
}
END_TEST

START_TEST(cpu_affinity_numbering)
{
    /* Aff0 = i % 16 in bits 7:0, Aff1 = i / 16 in bits 15:8, Aff2 = Aff3 = 0. */
    static const struct {
        unsigned cpu;
        uint32_t affinity;
    } cases[] = {{0, 0x0000}, {1, 0x0001}, {15, 0x000f}, {16, 0x0100}, {17, 0x0101},
                 {47, 0x020f}, {122, 0x070a}};
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_uint_eq(gicv3_cpu_affinity(cases[i].cpu), cases[i].affinity);
}
END_TEST

START_TEST(redistributor_typer)
{
    start(20, 288);
    for (unsigned cpu = 0; cpu < 20; cpu++) {
        uint64_t typer = redist_rd(cpu, GICR_TYPER, 8);
        uint64_t affinity = (cpu % 16) | (cpu / 16) << 8;
        ck_assert_uint_eq(typer >> 32, affinity);        /* Affinity_Value */
        ck_assert_uint_eq((typer >> 8) & 0xffff, cpu);   /* Processor_Number */
        ck_assert_uint_eq((typer >> 4) & 1, cpu == 19);  /* Last */
        ck_assert_uint_eq(typer & 0x3, 0);               /* PLPIS, VLPIS */
        ck_assert_uint_eq(typer & 0xffffffe0ull & ~0xffff00ull, 0); /* DPGS etc. 0 */
        /* also readable as two 32-bit halves */
        ck_assert_uint_eq(rrd(cpu, GICR_TYPER), (uint32_t)typer);
        ck_assert_uint_eq(rrd(cpu, GICR_TYPER + 4), typer >> 32);
        /* read-only */
        redist_wr(cpu, GICR_TYPER, 8, 0);
        ck_assert_uint_eq(redist_rd(cpu, GICR_TYPER, 8), typer);
    }
    /* No redistributor past the last frame: nothing there, not even an ArchRev. */
    ck_assert_uint_eq(rrd(20, GICR_PIDR2), 0);
    ck_assert_uint_eq(redist_rd(20, GICR_TYPER, 8), 0);
    /* The mmio_ops pick the frame from the offset. */
    uint64_t v;
    ck_assert(gicv3_redist_mmio_ops.read(&gic, 17 * (uint64_t)FRAME + GICR_TYPER, 8, &v));
    ck_assert_uint_eq(v >> 32, 0x0101);
    ck_assert(gicv3_dist_mmio_ops.read(&gic, GICD_PIDR2, 4, &v));
    ck_assert_uint_eq((v >> 4) & 0xf, 3);
}
END_TEST

/* GICR_WAKER: Linux clears ProcessorSleep and polls until ChildrenAsleep reads 0. */
START_TEST(waker_handshake)
{
    dwr(GICD_CTLR, 3);
    icc_wr(1, ICC_PMR, 0xff);
    icc_wr(1, ICC_IGRPEN1, 1);
    set_group(1, 30, 1);
    set_bit_reg(1, GICD_ISENABLER, 30);
    gicv3_set_ppi(&gic, 1, 14, true); /* PPI 14 = ID 30 */
    ck_assert(bit_set(1, GICD_ISPENDR, 30));
    ck_assert(!irq_level[1]); /* the redistributor is asleep: nothing forwarded */
    ck_assert_uint_eq(icc_rd(1, ICC_HPPIR1), 1023);
    rwr(1, GICR_WAKER, 0);
    ck_assert_uint_eq(rrd(1, GICR_WAKER), 0); /* awake: ChildrenAsleep 0 */
    ck_assert(irq_level[1]);
    ck_assert_uint_eq(rrd(0, GICR_WAKER), 0x6); /* one per CPU */
    rwr(1, GICR_WAKER, 1u << 1);
    ck_assert_uint_eq(rrd(1, GICR_WAKER), 0x6);
    ck_assert(!irq_level[1]);
    rwr(1, GICR_WAKER, 0);
    ck_assert_uint_eq(icc_rd(1, ICC_IAR1), 30);
}
END_TEST

/* With ARE = 1 the distributor's registers for IDs 0-31 are RAZ/WI; so are the legacy ones. */
START_TEST(distributor_leaves_private_interrupts_to_redistributors)
{
    static const uint64_t raz_wi[] = {
        GICD_IGROUPR,     GICD_ISENABLER,      GICD_ISPENDR,        GICD_ISACTIVER,
        GICD_IPRIORITYR,  GICD_IPRIORITYR + 28, GICD_ICFGR,          GICD_ICFGR + 4,
        GICD_ITARGETSR + 32, GICD_IGRPMODR + 4, GICD_NSACR + 8,      GICD_IROUTER + 8 * 31,
    };
    for (unsigned i = 0; i < sizeof raz_wi / sizeof raz_wi[0]; i++) {
        dwr(raz_wi[i], ~0u);
        ck_assert_uint_eq(drd(raz_wi[i]), 0);
    }
    for (unsigned cpu = 0; cpu < NCPU; cpu++) {
        ck_assert_uint_eq(rrd(cpu, GICR_SGI_BASE + GICD_ISENABLER), 0);
        ck_assert_uint_eq(rrd(cpu, GICR_SGI_BASE + GICD_IGROUPR), 0);
        ck_assert_uint_eq(rrd(cpu, GICR_SGI_BASE + GICD_IPRIORITYR), 0);
    }
    /* GICD_SGIR does nothing with ARE = 1. */
    dwr(GICD_SGIR, (2u << 24) | 3);
    ck_assert_uint_eq(rrd(0, GICR_SGI_BASE + GICD_ISPENDR), 0);
    /* The DS = 1 RAZ/WI registers of the redistributor too. */
    rwr(0, GICR_IGRPMODR0, ~0u);
    rwr(0, GICR_NSACR, ~0u);
    ck_assert_uint_eq(rrd(0, GICR_IGRPMODR0), 0);
    ck_assert_uint_eq(rrd(0, GICR_NSACR), 0);
    /* GICD_CTLR: only the group enables are writable, ARE and DS stay 1, RWP reads 0. */
    dwr(GICD_CTLR, ~0u);
    ck_assert_uint_eq(drd(GICD_CTLR), 0x53);
    dwr(GICD_CTLR, 0);
    ck_assert_uint_eq(drd(GICD_CTLR), 0x50);
}
END_TEST

/* Set/clear register pairs: per redistributor for IDs 0-31, one state for SPIs. */
START_TEST(set_clear_registers)
{
    static const struct {
        uint64_t set, clear;
    } pairs[] = {{GICD_ISENABLER, GICD_ICENABLER}, {GICD_ISPENDR, GICD_ICPENDR},
                 {GICD_ISACTIVER, GICD_ICACTIVER}};
    static const unsigned ids[] = {3, 20, 31, 32, 100, 287};
    for (unsigned p = 0; p < 3; p++) {
        for (unsigned i = 0; i < sizeof ids / sizeof ids[0]; i++) {
            unsigned irq = ids[i];
            bool private = irq < 32;
            set_bit_reg(1, pairs[p].set, irq);
            ck_assert(bit_set(1, pairs[p].set, irq));
            ck_assert(bit_set(1, pairs[p].clear, irq)); /* both read the same state */
            ck_assert(bit_set(2, pairs[p].set, irq) == !private);
            set_bit_reg(private ? 1 : 2, pairs[p].clear, irq);
            ck_assert(!bit_set(1, pairs[p].set, irq));
        }
    }
    /* No interrupts past num_irqs: word 9 (IDs 288-319) is RAZ/WI. */
    dwr(GICD_ISENABLER + 36, ~0u);
    ck_assert_uint_eq(drd(GICD_ISENABLER + 36), 0);
    /* IGROUPR is stored and read back. */
    dwr(GICD_IGROUPR + 4, 0x80000001);
    rwr(2, GICR_SGI_BASE + GICD_IGROUPR, 0x00010000);
    ck_assert_uint_eq(drd(GICD_IGROUPR + 4), 0x80000001);
    ck_assert_uint_eq(rrd(2, GICR_SGI_BASE + GICD_IGROUPR), 0x00010000);
    ck_assert_uint_eq(rrd(0, GICR_SGI_BASE + GICD_IGROUPR), 0);
}
END_TEST

START_TEST(priority_field_has_five_bits)
{
    dist_wr(GICD_IPRIORITYR + 40, 1, 0xff);
    ck_assert_uint_eq(dist_rd(GICD_IPRIORITYR + 40, 1), 0xf8);
    dwr(GICD_IPRIORITYR + 44, 0x12345678);
    ck_assert_uint_eq(drd(GICD_IPRIORITYR + 44), 0x10305078);
    ck_assert_uint_eq(dist_rd(GICD_IPRIORITYR + 46, 1), 0x30);
    /* IDs 0-31 per redistributor */
    redist_wr(1, GICR_SGI_BASE + GICD_IPRIORITYR + 5, 1, 0xa0);
    redist_wr(2, GICR_SGI_BASE + GICD_IPRIORITYR + 5, 1, 0x47);
    ck_assert_uint_eq(redist_rd(1, GICR_SGI_BASE + GICD_IPRIORITYR + 5, 1), 0xa0);
    ck_assert_uint_eq(redist_rd(2, GICR_SGI_BASE + GICD_IPRIORITYR + 4, 4), 0x4000);
    ck_assert_uint_eq(redist_rd(0, GICR_SGI_BASE + GICD_IPRIORITYR + 5, 1), 0);
    /* ICC_PMR_EL1 implements the same bits; so does Linux's group 0 probe value 1 << (8 - 5). */
    icc_wr(0, ICC_PMR, 0xff);
    ck_assert_uint_eq(icc_rd(0, ICC_PMR), 0xf8);
    icc_wr(0, ICC_PMR, 0x08);
    ck_assert_uint_eq(icc_rd(0, ICC_PMR), 0x08);
    icc_wr(0, ICC_PMR, 0x07);
    ck_assert_uint_eq(icc_rd(0, ICC_PMR), 0);
    /* IDs past num_irqs are RAZ/WI */
    dist_wr(GICD_IPRIORITYR + 300, 1, 0x80);
    ck_assert_uint_eq(dist_rd(GICD_IPRIORITYR + 300, 1), 0);
}
END_TEST

START_TEST(config_registers)
{
    rwr(0, GICR_ICFGR0, 0); /* SGIs are always edge: read-only */
    ck_assert_uint_eq(rrd(0, GICR_ICFGR0), 0xaaaaaaaa);
    rwr(1, GICR_ICFGR1, ~0u); /* PPIs per CPU; Int_config[0] bits RES0 */
    ck_assert_uint_eq(rrd(1, GICR_ICFGR1), 0xaaaaaaaa);
    ck_assert_uint_eq(rrd(0, GICR_ICFGR1), 0);
    dwr(GICD_ICFGR + 8, 0x8); /* ID 33 edge */
    ck_assert_uint_eq(drd(GICD_ICFGR + 8), 0x8);
    dwr(GICD_ICFGR + 0x44, ~0u); /* IDs 272-287 exist, 288 up do not */
    ck_assert_uint_eq(drd(GICD_ICFGR + 0x44), 0xaaaaaaaa);
    dwr(GICD_ICFGR + 0x48, ~0u);
    ck_assert_uint_eq(drd(GICD_ICFGR + 0x48), 0);
}
END_TEST

/* GICD_IROUTER<n>: 64-bit, Aff3 39:32, Interrupt_Routing_Mode 31, Aff2 23:16, Aff1, Aff0. */
START_TEST(irouter_targets_one_cpu)
{
    dist_wr(GICD_IROUTER + 8 * 40, 8, ~0ull);
    ck_assert_uint_eq(dist_rd(GICD_IROUTER + 8 * 40, 8), 0xff80ffffffull); /* RES0 bits */
    dwr(GICD_IROUTER + 8 * 41, 0x00020103); /* 32-bit halves */
    dwr(GICD_IROUTER + 8 * 41 + 4, 0x5);
    ck_assert_uint_eq(dist_rd(GICD_IROUTER + 8 * 41, 8), 0x500020103ull);
    ck_assert_uint_eq(drd(GICD_IROUTER + 8 * 41 + 4), 0x5);
    ck_assert_uint_eq(dist_rd(GICD_IROUTER + 8 * 288, 8), 0); /* no ID 288 */

    open_all();
    spi(40, 0x80, 0x2); /* Aff0 = 2: CPU 2 */
    gicv3_set_irq(&gic, 40, true);
    ck_assert(irq_level[2]);
    ck_assert(!irq_level[0] && !irq_level[1] && !irq_level[3]);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023);
    ck_assert_uint_eq(icc_rd(2, ICC_HPPIR1), 40);
    /* Rerouted while pending: it follows. */
    dist_wr(GICD_IROUTER + 8 * 40, 8, 0x3);
    ck_assert(!irq_level[2] && irq_level[3]);
    ck_assert_uint_eq(icc_rd(3, ICC_IAR1), 40);
    ck_assert(!irq_level[3]);
    icc_wr(3, ICC_EOIR1, 40);
    /* An affinity no CPU has (Aff0 9 of 4 CPUs, or Aff2 1): pending, forwarded nowhere. */
    static const uint64_t nobody[] = {0x9, 0x10000, 0x100000000ull};
    for (unsigned i = 0; i < 3; i++) {
        dist_wr(GICD_IROUTER + 8 * 40, 8, nobody[i]);
        ck_assert(bit_set(0, GICD_ISPENDR, 40));
        for (unsigned cpu = 0; cpu < NCPU; cpu++) {
            ck_assert(!irq_level[cpu]);
            ck_assert_uint_eq(icc_rd(cpu, ICC_HPPIR1), 1023);
        }
    }
}
END_TEST

/* Interrupt_Routing_Mode 1: one participating CPU (awake, group enabled); the lowest here. */
START_TEST(irouter_one_of_n)
{
    open_all();
    spi(50, 0x80, 1ull << 31);
    gicv3_set_irq(&gic, 50, true);
    ck_assert(irq_level[0] && !irq_level[1]);
    icc_wr(0, ICC_IGRPEN1, 0); /* CPU 0 stops taking Group 1 */
    ck_assert(!irq_level[0] && irq_level[1]);
    rwr(1, GICR_WAKER, 1u << 1); /* CPU 1 goes to sleep */
    ck_assert(!irq_level[1] && irq_level[2]);
    ck_assert_uint_eq(icc_rd(3, ICC_IAR1), 1023);
    ck_assert_uint_eq(icc_rd(2, ICC_IAR1), 50);
    ck_assert(!irq_level[2] && !irq_level[3]); /* active: goes nowhere else */
    gicv3_set_irq(&gic, 50, false);
    icc_wr(2, ICC_EOIR1, 50);
    /* Nobody participating: it waits. */
    for (unsigned cpu = 0; cpu < NCPU; cpu++)
        icc_wr(cpu, ICC_IGRPEN1, 0);
    set_bit_reg(0, GICD_ISPENDR, 50);
    for (unsigned cpu = 0; cpu < NCPU; cpu++)
        ck_assert(!irq_level[cpu]);
    icc_wr(3, ICC_IGRPEN1, 1);
    ck_assert(irq_level[3]);
}
END_TEST

/* ICC_SGI1R_EL1: TargetList names Aff0 values within the cluster Aff3.Aff2.Aff1. */
START_TEST(sgi_generation_by_affinity)
{
    start(20, 288); /* CPUs 16-19 are Aff1 = 1 */
    dwr(GICD_CTLR, 3);
    for (unsigned cpu = 0; cpu < 20; cpu++) /* SGIs in Group 1, as Linux configures them */
        rwr(cpu, GICR_SGI_BASE + GICD_IGROUPR, ~0u);
    icc_wr(0, ICC_SGI1R, sgir(0, 0, 0, 5, (1u << 1) | (1u << 3), false));
    for (unsigned cpu = 0; cpu < 20; cpu++)
        ck_assert(bit_set(cpu, GICD_ISPENDR, 5) == (cpu == 1 || cpu == 3));
    icc_wr(0, ICC_SGI1R, sgir(0, 0, 1, 6, (1u << 2) | (1u << 9), false)); /* 1.9: no such CPU */
    for (unsigned cpu = 0; cpu < 20; cpu++)
        ck_assert(bit_set(cpu, GICD_ISPENDR, 6) == (cpu == 18));
    icc_wr(0, ICC_SGI1R, sgir(0, 1, 0, 7, 0xffff, false)); /* Aff2 = 1: nobody */
    icc_wr(0, ICC_SGI1R, sgir(1, 0, 0, 7, 0xffff, false)); /* Aff3 = 1: nobody */
    for (unsigned cpu = 0; cpu < 20; cpu++)
        ck_assert(!bit_set(cpu, GICD_ISPENDR, 7));
    /* IRM = 1: every CPU but the writer; the affinity fields do not matter. */
    icc_wr(17, ICC_SGI1R, sgir(0, 0, 0, 8, 0, true));
    for (unsigned cpu = 0; cpu < 20; cpu++)
        ck_assert(bit_set(cpu, GICD_ISPENDR, 8) == (cpu != 17));
    /* The acknowledged INTID is the SGI number alone: no source CPU with ARE = 1. */
    rwr(18, GICR_WAKER, 0);
    icc_wr(18, ICC_PMR, 0xff);
    icc_wr(18, ICC_IGRPEN1, 1);
    rwr(18, GICR_SGI_BASE + GICD_ISENABLER, 1u << 6);
    ck_assert(irq_level[18]);
    ck_assert_uint_eq(icc_rd(18, ICC_IAR1), 6);
    icc_wr(18, ICC_EOIR1, 6);
    ck_assert(!bit_set(18, GICD_ISPENDR, 6) && !bit_set(18, GICD_ISACTIVER, 6));
}
END_TEST

/* "Forwarding an SGI to a target PE", one Security state: ICC_SGI0R_EL1 and ICC_ASGI1R_EL1
 * reach Group 0 SGIs only, ICC_SGI1R_EL1 Group 1 ones. */
START_TEST(sgi_registers_and_groups)
{
    open_all();
    rwr(1, GICR_SGI_BASE + GICD_IGROUPR, 1u << 3); /* SGI 3 Group 1 on CPU 1, SGI 4 Group 0 */
    rwr(1, GICR_SGI_BASE + GICD_ISENABLER, (1u << 3) | (1u << 4));
    icc_wr(0, ICC_SGI0R, sgir(0, 0, 0, 3, 1u << 1, false));
    icc_wr(0, ICC_ASGI1R, sgir(0, 0, 0, 3, 1u << 1, false));
    ck_assert(!bit_set(1, GICD_ISPENDR, 3));
    icc_wr(0, ICC_SGI1R, sgir(0, 0, 0, 3, 1u << 1, false));
    ck_assert(bit_set(1, GICD_ISPENDR, 3));
    ck_assert(irq_level[1] && !fiq_level[1]); /* Group 1: IRQ */
    ck_assert_uint_eq(icc_rd(1, ICC_IAR1), 3);
    icc_wr(1, ICC_EOIR1, 3);
    ck_assert(!irq_level[1]);
    icc_wr(0, ICC_SGI0R, sgir(0, 0, 0, 4, 1u << 1, false));
    ck_assert(fiq_level[1] && !irq_level[1]); /* Group 0: FIQ */
    ck_assert_uint_eq(icc_rd(1, ICC_IAR1), 1023);
    ck_assert_uint_eq(icc_rd(1, ICC_IAR0), 4);
    ck_assert(!fiq_level[1]);
    icc_wr(1, ICC_EOIR0, 4);
    icc_wr(0, ICC_ASGI1R, sgir(0, 0, 0, 4, 1u << 1, false));
    ck_assert(fiq_level[1]);
    /* GICR_ISPENDR0 / ICPENDR0 set and clear SGIs too. */
    rwr(2, GICR_SGI_BASE + GICD_ISPENDR, 1u << 9);
    ck_assert(bit_set(2, GICD_ISPENDR, 9));
    rwr(2, GICR_SGI_BASE + GICD_ICPENDR, 1u << 9);
    ck_assert(!bit_set(2, GICD_ISPENDR, 9));
}
END_TEST

START_TEST(acknowledge_and_end_of_interrupt)
{
    open_all();
    spi(40, 0x80, 0);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023); /* nothing pending: spurious */
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_HPPIR1), 40);
    ck_assert_uint_eq(icc_rd(0, ICC_HPPIR0), 1023); /* not Group 0 */
    ck_assert_uint_eq(icc_rd(0, ICC_IAR0), 1023);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 40);
    ck_assert(!irq_level[0]);
    ck_assert(bit_set(0, GICD_ISACTIVER, 40));
    ck_assert(!bit_set(0, GICD_ISPENDR, 40));
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0x80);
    ck_assert_uint_eq(icc_rd(0, ICC_AP1R0), 1u << (0x80 >> 3)); /* bit n = priority n << 3 */
    ck_assert_uint_eq(icc_rd(0, ICC_AP0R0), 0);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023);
    icc_wr(0, ICC_EOIR1, 1023); /* special INTIDs are ignored */
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0x80);
    icc_wr(0, ICC_EOIR1, 40); /* EOImode 0: priority drop and deactivation */
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0xff);
    ck_assert_uint_eq(icc_rd(0, ICC_AP1R0), 0);
    ck_assert(!bit_set(0, GICD_ISACTIVER, 40));
    /* Equal priorities: the lowest ID first. */
    spi(50, 0x40, 0);
    spi(45, 0x40, 0);
    set_bit_reg(0, GICD_ISPENDR, 50);
    set_bit_reg(0, GICD_ISPENDR, 45);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 45);
}
END_TEST

/* ICC_CTLR_EL1.EOImode = 1: ICC_EOIR1_EL1 only drops priority, ICC_DIR_EL1 deactivates. */
START_TEST(split_priority_drop_and_deactivation)
{
    open_all();
    icc_wr(0, ICC_CTLR, 1u << 1);
    ck_assert_uint_eq(icc_rd(0, ICC_CTLR) & 3, 2);
    spi(40, 0x80, 0);
    gicv3_set_irq(&gic, 40, true);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 40);
    icc_wr(0, ICC_EOIR1, 40);
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0xff);
    ck_assert(bit_set(0, GICD_ISACTIVER, 40));
    ck_assert(!irq_level[0]); /* still active: its pending level waits */
    icc_wr(0, ICC_DIR, 40);
    ck_assert(!bit_set(0, GICD_ISACTIVER, 40));
    ck_assert(irq_level[0]);
    /* In EOImode 0, ICC_DIR_EL1 does nothing. */
    icc_wr(0, ICC_CTLR, 0);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 40);
    icc_wr(0, ICC_DIR, 40);
    ck_assert(bit_set(0, GICD_ISACTIVER, 40));
}
END_TEST

START_TEST(priority_mask)
{
    open_all();
    spi(40, 0x80, 0);
    set_bit_reg(0, GICD_ISPENDR, 40);
    static const struct {
        uint32_t pmr;
        bool signalled;
    } cases[] = {{0x00, false}, {0x80, false}, {0x87, false}, {0x88, true}, {0xff, true}};
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        icc_wr(0, ICC_PMR, cases[i].pmr); /* 0x87 is 0x80: the low bits are not implemented */
        ck_assert(irq_level[0] == cases[i].signalled);
        ck_assert_uint_eq(icc_rd(0, ICC_HPPIR1), 40); /* pending whatever the mask */
    }
    icc_wr(0, ICC_PMR, 0x80);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023);
    ck_assert(bit_set(0, GICD_ISPENDR, 40));
}
END_TEST

START_TEST(preemption_and_running_priority)
{
    open_all();
    spi(40, 0x80, 0);
    spi(41, 0x40, 0);
    spi(42, 0x80, 0);
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 40);
    set_bit_reg(0, GICD_ISPENDR, 42); /* same priority: waits */
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_HPPIR1), 42);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023);
    set_bit_reg(0, GICD_ISPENDR, 41); /* higher priority: preempts */
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 41);
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0x40);
    ck_assert_uint_eq(icc_rd(0, ICC_AP1R0), (1u << 8) | (1u << 16));
    ck_assert(!irq_level[0]);
    icc_wr(0, ICC_EOIR1, 41);
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0x80); /* back to the preempted one */
    ck_assert(!irq_level[0]);
    icc_wr(0, ICC_EOIR1, 40);
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0xff);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 42);
    /* A Group 0 interrupt of higher priority preempts a Group 1 one (FIQ over IRQ). */
    spi(43, 0x20, 0);
    set_group(0, 43, 0);
    set_bit_reg(0, GICD_ISPENDR, 43);
    ck_assert(fiq_level[0] && !irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR0), 43);
    ck_assert_uint_eq(icc_rd(0, ICC_AP0R0), 1u << 4);
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0x20);
    icc_wr(0, ICC_EOIR0, 43);
    ck_assert_uint_eq(icc_rd(0, ICC_RPR), 0x80);
}
END_TEST

/* "Priority grouping": BPR0 value b keeps bits [7:b+1], Group 1's BPR1 bits [7:b]. */
START_TEST(binary_point_groups_priorities)
{
    static const struct {
        unsigned group, bpr, cbpr;
        uint8_t active, pending;
        bool preempts;
    } cases[] = {
        {1, 3, 0, 0x88, 0x80, true},  /* [7:3]: 0x80 < 0x88 */
        {1, 4, 0, 0x88, 0x80, false}, /* [7:4]: both 0x80 */
        {1, 4, 0, 0x80, 0x70, true},  /* 0x70 < 0x80 */
        {1, 5, 0, 0x90, 0x88, false}, /* [7:5]: both 0x80 */
        {1, 7, 0, 0xf0, 0x08, true},  /* [7]: 0x00 < 0x80 */
        {0, 2, 0, 0x88, 0x80, true},  /* BPR0 2: [7:3] */
        {0, 3, 0, 0x88, 0x80, false}, /* BPR0 3: [7:4] */
        {0, 6, 0, 0xc0, 0x40, true},  /* BPR0 6: [7]: 0x00 < 0x80 */
        {0, 6, 0, 0x40, 0x08, false}, /* [7]: both 0x00 */
        {0, 5, 0, 0xc0, 0x38, true},  /* BPR0 5: [7:6]: 0x00 < 0xc0 */
        {0, 7, 0, 0xf0, 0x00, false}, /* BPR0 7: no group priority bits, no preemption */
        {1, 3, 1, 0x88, 0x80, false}, /* CBPR: Group 1 grouped by BPR0 = 3: [7:4] */
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        setup();
        open_all();
        unsigned g = cases[i].group;
        struct icc iar = g ? ICC_IAR1 : ICC_IAR0;
        icc_wr(0, ICC_CTLR, cases[i].cbpr);
        icc_wr(0, g && !cases[i].cbpr ? ICC_BPR1 : ICC_BPR0, cases[i].bpr);
        spi(40, cases[i].active, 0);
        spi(41, cases[i].pending, 0);
        set_group(0, 40, g);
        set_group(0, 41, g);
        set_bit_reg(0, GICD_ISPENDR, 40);
        ck_assert_uint_eq(icc_rd(0, iar), 40);
        set_bit_reg(0, GICD_ISPENDR, 41);
        ck_assert((g ? irq_level[0] : fiq_level[0]) == cases[i].preempts);
        ck_assert_uint_eq(icc_rd(0, iar), cases[i].preempts ? 41 : 1023);
    }
    /* A binary point below the minimum is set to the minimum. */
    icc_wr(0, ICC_CTLR, 0);
    icc_wr(0, ICC_BPR0, 0);
    icc_wr(0, ICC_BPR1, 0);
    ck_assert_uint_eq(icc_rd(0, ICC_BPR0), 2);
    ck_assert_uint_eq(icc_rd(0, ICC_BPR1), 3);
    /* CBPR: ICC_BPR1_EL1 reads BPR0 + 1 (at most 7) and ignores writes. */
    icc_wr(0, ICC_BPR0, 4);
    icc_wr(0, ICC_CTLR, 1);
    ck_assert_uint_eq(icc_rd(0, ICC_BPR1), 5);
    icc_wr(0, ICC_BPR1, 6);
    icc_wr(0, ICC_BPR0, 7);
    ck_assert_uint_eq(icc_rd(0, ICC_BPR1), 7);
    icc_wr(0, ICC_CTLR, 0);
    ck_assert_uint_eq(icc_rd(0, ICC_BPR1), 3);
}
END_TEST

/* Group enables in GICD_CTLR and ICC_IGRPEN<n>_EL1; Group 0 is FIQ, Group 1 IRQ. */
START_TEST(group_enables_and_fiq_irq)
{
    open_all();
    spi(40, 0x80, 0); /* Group 1 */
    spi(41, 0x80, 1); /* Group 0, on CPU 1 */
    set_group(0, 41, 0);
    set_bit_reg(0, GICD_ISPENDR, 40);
    set_bit_reg(0, GICD_ISPENDR, 41);
    ck_assert(irq_level[0] && !fiq_level[0]);
    ck_assert(fiq_level[1] && !irq_level[1]);
    ck_assert(gicv3_irq_pending(&gic, 0) && gicv3_fiq_pending(&gic, 1));
    ck_assert_uint_eq(icc_rd(1, ICC_HPPIR0), 41);
    ck_assert_uint_eq(icc_rd(1, ICC_HPPIR1), 1023);
    dwr(GICD_CTLR, 2); /* EnableGrp0 off */
    ck_assert(!fiq_level[1] && irq_level[0]);
    ck_assert_uint_eq(icc_rd(1, ICC_HPPIR0), 1023);
    dwr(GICD_CTLR, 1); /* EnableGrp1 off */
    ck_assert(fiq_level[1] && !irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023);
    dwr(GICD_CTLR, 3);
    icc_wr(1, ICC_IGRPEN0, 0);
    icc_wr(0, ICC_IGRPEN1, 0);
    ck_assert(!fiq_level[1] && !irq_level[0]);
    ck_assert_uint_eq(icc_rd(1, ICC_IAR0), 1023);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023);
    icc_wr(1, ICC_IGRPEN0, 1);
    icc_wr(0, ICC_IGRPEN1, 1);
    ck_assert(fiq_level[1] && irq_level[0]);
    ck_assert_uint_eq(icc_rd(1, ICC_IAR0), 41);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 40);
    ck_assert_uint_eq(fiq_changes[1], 6); /* on, off, on, off, on, off (acknowledged) */
    ck_assert_uint_eq(irq_changes[0], 6);
}
END_TEST

/* "Interrupt handling state machine": a level-sensitive interrupt is pending while its line
 * is high. */
START_TEST(level_triggered_spi)
{
    open_all();
    spi(50, 0x80, 0);
    struct irq_line line = {gicv3_irq_line_handler, &gic, 18}; /* SPI 18 = ID 50 */
    irq_set_level(&line, true);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 50);
    ck_assert(bit_set(0, GICD_ISACTIVER, 50) && bit_set(0, GICD_ISPENDR, 50));
    ck_assert(!irq_level[0]);
    icc_wr(0, ICC_EOIR1, 50);
    ck_assert(irq_level[0]); /* line still high: pending again */
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 50);
    irq_set_level(&line, false); /* the device is serviced */
    ck_assert(!bit_set(0, GICD_ISPENDR, 50));
    icc_wr(0, ICC_EOIR1, 50);
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023);
    /* ICPENDR cannot clear a held level; ISPENDR latches past the line going low. */
    gicv3_set_irq(&gic, 50, true);
    set_bit_reg(0, GICD_ICPENDR, 50);
    ck_assert(bit_set(0, GICD_ISPENDR, 50));
    gicv3_set_irq(&gic, 50, false);
    ck_assert(!bit_set(0, GICD_ISPENDR, 50));
    set_bit_reg(0, GICD_ISPENDR, 50);
    ck_assert(bit_set(0, GICD_ISPENDR, 50));
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 50);
    ck_assert(!bit_set(0, GICD_ISPENDR, 50));
}
END_TEST

START_TEST(edge_triggered_spi)
{
    open_all();
    spi(51, 0x80, 0);
    dwr(GICD_ICFGR + 12, 2u << 6); /* ID 51 = field 3 of ICFGR3: edge */
    gicv3_set_irq(&gic, 51, true);
    gicv3_set_irq(&gic, 51, false);
    ck_assert(bit_set(0, GICD_ISPENDR, 51)); /* latched */
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 51);
    ck_assert(!bit_set(0, GICD_ISPENDR, 51));
    gicv3_set_irq(&gic, 51, true); /* a new edge while active: active and pending */
    ck_assert(bit_set(0, GICD_ISPENDR, 51) && bit_set(0, GICD_ISACTIVER, 51));
    icc_wr(0, ICC_EOIR1, 51);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 51);
    icc_wr(0, ICC_EOIR1, 51);
    ck_assert(!irq_level[0]); /* the line is still high, but that is no new edge */
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 1023);
    gicv3_set_irq(&gic, 51, true); /* no change, no edge */
    ck_assert(!irq_level[0]);
}
END_TEST

START_TEST(ppis_are_per_cpu)
{
    open_all();
    set_group(1, 30, 1);
    set_bit_reg(1, GICD_ISENABLER, 30);
    set_priority(1, 30, 0xa0);
    gicv3_set_ppi(&gic, 1, 14, true); /* PPI 14 = ID 30, the non-secure physical timer */
    ck_assert(irq_level[1]);
    ck_assert(!irq_level[0]);
    ck_assert(bit_set(1, GICD_ISPENDR, 30));
    ck_assert(!bit_set(0, GICD_ISPENDR, 30));
    gicv3_set_ppi(&gic, 0, 14, true); /* CPU 0's ID 30 is disabled: pending, not signalled */
    ck_assert(bit_set(0, GICD_ISPENDR, 30));
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(icc_rd(1, ICC_IAR1), 30);
    ck_assert_uint_eq(icc_rd(1, ICC_RPR), 0xa0);
    gicv3_set_ppi(&gic, 1, 14, false);
    icc_wr(1, ICC_EOIR1, 30);
    ck_assert(!irq_level[1]);
    /* An edge-triggered PPI latches. */
    rwr(1, GICR_ICFGR1, 2u << 2 * 11); /* ID 27: field 11 */
    set_group(1, 27, 1);
    set_bit_reg(1, GICD_ISENABLER, 27);
    gicv3_set_ppi(&gic, 1, 11, true);
    gicv3_set_ppi(&gic, 1, 11, false);
    ck_assert(irq_level[1]);
    ck_assert_uint_eq(icc_rd(1, ICC_IAR1), 27);
    icc_wr(1, ICC_EOIR1, 27);
    ck_assert(!irq_level[1]);
}
END_TEST

START_TEST(outputs_change_exactly_when_they_should)
{
    open_all();
    spi(40, 0x80, 0);
    spi(41, 0xa0, 0);
    ck_assert_uint_eq(irq_changes[0], 0);
    gicv3_set_irq(&gic, 40, true);
    ck_assert_uint_eq(irq_changes[0], 1);
    ck_assert(gicv3_irq_pending(&gic, 0));
    gicv3_set_irq(&gic, 41, true); /* already high: no call */
    ck_assert_uint_eq(irq_changes[0], 1);
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 40); /* 41 cannot preempt 40 */
    ck_assert_uint_eq(irq_changes[0], 2);
    ck_assert(!gicv3_irq_pending(&gic, 0));
    gicv3_set_irq(&gic, 40, false);
    icc_wr(0, ICC_EOIR1, 40);
    ck_assert_uint_eq(irq_changes[0], 3); /* 41 now */
    ck_assert_uint_eq(icc_rd(0, ICC_IAR1), 41);
    gicv3_set_irq(&gic, 41, false);
    icc_wr(0, ICC_EOIR1, 41);
    ck_assert_uint_eq(irq_changes[0], 4);
    ck_assert(!irq_level[0]);
    for (unsigned cpu = 1; cpu < NCPU; cpu++)
        ck_assert_uint_eq(irq_changes[cpu] + fiq_changes[cpu], 0);
    ck_assert_uint_eq(fiq_changes[0], 0);
    /* A reset lowers a raised output and puts the redistributors back to sleep. */
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert(irq_level[0]);
    gicv3_reset(&gic);
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(irq_changes[0], 6);
    ck_assert_uint_eq(drd(GICD_ISENABLER + 4), 0);
    ck_assert_uint_eq(rrd(0, GICR_WAKER), 0x6);
    ck_assert_uint_eq(icc_rd(0, ICC_PMR), 0);
}
END_TEST

START_TEST(icc_encodings_that_are_undefined)
{
    static const struct icc undefined[] = {
        {3, 0, 12, 8, 5},  {3, 0, 12, 8, 6}, {3, 0, 12, 8, 7},  /* ICC_AP0R1-3_EL1: 5 bits */
        {3, 0, 12, 9, 1},  {3, 0, 12, 9, 2}, {3, 0, 12, 9, 3},  /* ICC_AP1R1-3_EL1 */
        {3, 0, 12, 9, 5},                                       /* ICC_NMIAR1_EL1 */
        {3, 4, 12, 9, 5},  {3, 6, 12, 12, 4}, {3, 6, 12, 12, 5}, /* ICC_SRE_EL2, _CTLR/SRE_EL3 */
        {3, 6, 12, 12, 7}, {3, 0, 12, 10, 0}, {3, 0, 12, 11, 0}, {3, 0, 4, 6, 1}, {2, 0, 12, 12, 4},
    };
    uint64_t v;
    for (unsigned i = 0; i < sizeof undefined / sizeof undefined[0]; i++) {
        const struct icc *r = &undefined[i];
        ck_assert(!gicv3_icc_read(&gic, 0, r->op0, r->op1, r->crn, r->crm, r->op2, &v));
        ck_assert(!gicv3_icc_write(&gic, 0, r->op0, r->op1, r->crn, r->crm, r->op2, 0));
    }
    /* Writes to read-only registers and reads of write-only ones are UNDEFINED too. */
    static const struct icc read_only[] = {ICC_IAR0, ICC_IAR1, ICC_HPPIR0, ICC_HPPIR1, ICC_RPR};
    for (unsigned i = 0; i < sizeof read_only / sizeof read_only[0]; i++) {
        const struct icc *r = &read_only[i];
        ck_assert(!gicv3_icc_write(&gic, 0, r->op0, r->op1, r->crn, r->crm, r->op2, 0));
    }
    static const struct icc write_only[] = {ICC_EOIR0, ICC_EOIR1, ICC_DIR, ICC_SGI1R, ICC_ASGI1R,
                                            ICC_SGI0R};
    for (unsigned i = 0; i < sizeof write_only / sizeof write_only[0]; i++) {
        const struct icc *r = &write_only[i];
        ck_assert(!gicv3_icc_read(&gic, 0, r->op0, r->op1, r->crn, r->crm, r->op2, &v));
    }
    /* A CPU the GIC does not have. */
    ck_assert(!gicv3_icc_read(&gic, NCPU, 3, 0, 4, 6, 0, &v));
    /* RAO/WI and read-only fields. */
    icc_wr(0, ICC_SRE, 0);
    ck_assert_uint_eq(icc_rd(0, ICC_SRE), 0x7);
    icc_wr(0, ICC_CTLR, ~0ull); /* CBPR, EOImode and PMHE writable; PRIbits, A3V fixed */
    ck_assert_uint_eq(icc_rd(0, ICC_CTLR), 0x1u | 0x2u | 0x40u | (4u << 8) | (1u << 15));
    icc_wr(0, ICC_IGRPEN1, ~0ull);
    ck_assert_uint_eq(icc_rd(0, ICC_IGRPEN1), 1);
}
END_TEST

START_TEST(reserved_and_odd_accesses_are_harmless)
{
    static const uint64_t dist_reserved[] = {0x0010, 0x0040, 0x007c, 0x0e00, 0x0f10,
                                             0x0f80, 0x1000, 0x5ffc, 0x8000, 0xc000,
                                             0xffcc, 0x10000};
    for (unsigned i = 0; i < sizeof dist_reserved / sizeof dist_reserved[0]; i++) {
        dwr(dist_reserved[i], ~0u);
        ck_assert_uint_eq(drd(dist_reserved[i]), 0);
    }
    static const struct {
        uint64_t offset;
        unsigned size;
    } odd[] = {{0x102, 4}, {0x104, 2}, {0x104, 8}, {0x104, 1}, {0x000, 1},
               {0x421, 4}, {0x420, 2}, {0x420, 8}, {0x6104, 8}, {0x6101, 1}};
    for (unsigned i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        uint64_t v = 0xdead;
        ck_assert(gicv3_dist_write(&gic, odd[i].offset, odd[i].size, ~0ull));
        ck_assert(gicv3_dist_read(&gic, odd[i].offset, odd[i].size, &v));
        ck_assert_uint_eq(v, 0);
    }
    ck_assert_uint_eq(drd(GICD_ISENABLER + 4), 0);
    ck_assert_uint_eq(drd(GICD_CTLR), 0x50);
    ck_assert_uint_eq(drd(GICD_IPRIORITYR + 32), 0);
    ck_assert_uint_eq(dist_rd(GICD_IROUTER + 8 * 32, 8), 0);

    static const uint64_t redist_reserved[] = {0x0010, 0x0070, 0x0078, 0x00c0, 0x1000,
                                               0xffcc, 0x10000, 0x10004, 0x10420,
                                               0x10c08, 0x1fffc};
    for (unsigned i = 0; i < sizeof redist_reserved / sizeof redist_reserved[0]; i++) {
        rwr(1, redist_reserved[i], ~0u);
        ck_assert_uint_eq(rrd(1, redist_reserved[i]), 0);
    }
    uint64_t v = 0xdead;
    ck_assert(gicv3_redist_write(&gic, FRAME + GICR_WAKER, 2, 0));
    ck_assert(gicv3_redist_read(&gic, FRAME + GICR_WAKER, 2, &v));
    ck_assert_uint_eq(v, 0);
    ck_assert_uint_eq(rrd(1, GICR_WAKER), 0x6); /* the halfword write changed nothing */
    ck_assert(gicv3_redist_read(&gic, FRAME + GICR_WAKER + 1, 4, &v));
    ck_assert_uint_eq(v, 0);
    /* Far past the last frame (an offset whose frame number would wrap to 0 in 32 bits). */
    ck_assert(gicv3_redist_read(&gic, ((uint64_t)FRAME << 32) + GICR_WAKER, 4, &v));
    ck_assert_uint_eq(v, 0);
    ck_assert(gicv3_redist_write(&gic, ((uint64_t)FRAME << 32) + GICR_WAKER, 4, 0));
    ck_assert_uint_eq(rrd(0, GICR_WAKER), 0x6);
    /* Out-of-range input lines are ignored. */
    gicv3_set_irq(&gic, 5, true);
    gicv3_set_irq(&gic, 288, true);
    gicv3_set_irq(&gic, 5000, true);
    gicv3_set_ppi(&gic, NCPU, 0, true);
    gicv3_set_ppi(&gic, 0, 16, true);
    gicv3_irq_line_handler(&gic, ~0u, true);
    ck_assert_uint_eq(rrd(0, GICR_SGI_BASE + GICD_ISPENDR), 0);
    ck_assert(!gicv3_irq_pending(&gic, NCPU) && !gicv3_fiq_pending(&gic, 200));
}
END_TEST

static Suite *gicv3_suite(void)
{
    Suite *s = suite_create("gicv3");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, 0);
    tcase_add_test(tc, reset_values_and_identification);
    tcase_add_test(tc, init_checks_the_configuration);
    tcase_add_test(tc, cpu_affinity_numbering);
    tcase_add_test(tc, redistributor_typer);
    tcase_add_test(tc, waker_handshake);
    tcase_add_test(tc, distributor_leaves_private_interrupts_to_redistributors);
    tcase_add_test(tc, set_clear_registers);
    tcase_add_test(tc, priority_field_has_five_bits);
    tcase_add_test(tc, config_registers);
    tcase_add_test(tc, irouter_targets_one_cpu);
    tcase_add_test(tc, irouter_one_of_n);
    tcase_add_test(tc, sgi_generation_by_affinity);
    tcase_add_test(tc, sgi_registers_and_groups);
    tcase_add_test(tc, acknowledge_and_end_of_interrupt);
    tcase_add_test(tc, split_priority_drop_and_deactivation);
    tcase_add_test(tc, priority_mask);
    tcase_add_test(tc, preemption_and_running_priority);
    tcase_add_test(tc, binary_point_groups_priorities);
    tcase_add_test(tc, group_enables_and_fiq_irq);
    tcase_add_test(tc, level_triggered_spi);
    tcase_add_test(tc, edge_triggered_spi);
    tcase_add_test(tc, ppis_are_per_cpu);
    tcase_add_test(tc, outputs_change_exactly_when_they_should);
    tcase_add_test(tc, icc_encodings_that_are_undefined);
    tcase_add_test(tc, reserved_and_odd_accesses_are_harmless);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(gicv3_suite()); }
