/*
 * GICv2 distributor and CPU interface. Expected values from the Arm Generic
 * Interrupt Controller Architecture Specification v2.0 (Arm IHI 0048B):
 * register offsets of tables 4-1 and 4-2, reset values of chapter 4, the
 * interrupt handling and prioritization rules of chapter 3. Most tests use
 * a 4-CPU GIC with 288 interrupt IDs, QEMU virt's configuration.
 */
#include <check.h>
#include <errno.h>

#include "devices/gicv2.h"
#include "tests/unit/harness.h"

/* Distributor register map */
#define GICD_CTLR 0x000
#define GICD_TYPER 0x004
#define GICD_IIDR 0x008
#define GICD_IGROUPR 0x080
#define GICD_ISENABLER 0x100
#define GICD_ICENABLER 0x180
#define GICD_ISPENDR 0x200
#define GICD_ICPENDR 0x280
#define GICD_ISACTIVER 0x300
#define GICD_ICACTIVER 0x380
#define GICD_IPRIORITYR 0x400
#define GICD_ITARGETSR 0x800
#define GICD_ICFGR 0xc00
#define GICD_SGIR 0xf00
#define GICD_CPENDSGIR 0xf10
#define GICD_SPENDSGIR 0xf20
#define GICD_PIDR2 0xfe8
#define GICD_CIDR0 0xff0
/* CPU interface register map */
#define GICC_CTLR 0x00
#define GICC_PMR 0x04
#define GICC_BPR 0x08
#define GICC_IAR 0x0c
#define GICC_EOIR 0x10
#define GICC_RPR 0x14
#define GICC_HPPIR 0x18
#define GICC_ABPR 0x1c
#define GICC_AIAR 0x20
#define GICC_AEOIR 0x24
#define GICC_AHPPIR 0x28
#define GICC_APR0 0xd0
#define GICC_IIDR 0xfc
#define GICC_DIR 0x1000

#define NCPU 4

static struct gicv2 gic;
static bool irq_level[GICV2_MAX_CPUS];
static unsigned irq_changes[GICV2_MAX_CPUS];

static void record_irq(void *opaque, unsigned cpu, bool level)
{
    ck_assert_ptr_eq(opaque, &gic);
    ck_assert_uint_lt(cpu, GICV2_MAX_CPUS);
    ck_assert(level != irq_level[cpu]); /* called only when the level changes */
    irq_level[cpu] = level;
    irq_changes[cpu]++;
}

static uint32_t drd(unsigned cpu, uint64_t offset)
{
    uint64_t v = 0xdead;
    ck_assert(gicv2_dist_read(&gic, cpu, offset, 4, &v));
    return (uint32_t)v;
}

static uint32_t drd8(unsigned cpu, uint64_t offset)
{
    uint64_t v = 0xdead;
    ck_assert(gicv2_dist_read(&gic, cpu, offset, 1, &v));
    return (uint32_t)v;
}

static void dwr(unsigned cpu, uint64_t offset, uint32_t value)
{
    ck_assert(gicv2_dist_write(&gic, cpu, offset, 4, value));
}

static void dwr8(unsigned cpu, uint64_t offset, uint8_t value)
{
    ck_assert(gicv2_dist_write(&gic, cpu, offset, 1, value));
}

static uint32_t crd(unsigned cpu, uint64_t offset)
{
    uint64_t v = 0xdead;
    ck_assert(gicv2_cpu_read(&gic, cpu, offset, 4, &v));
    return (uint32_t)v;
}

static void cwr(unsigned cpu, uint64_t offset, uint32_t value)
{
    ck_assert(gicv2_cpu_write(&gic, cpu, offset, 4, value));
}

static bool bit_set(unsigned cpu, uint64_t base, unsigned irq)
{
    return (drd(cpu, base + 4 * (irq / 32)) >> (irq % 32)) & 1;
}

static void set_bit_reg(unsigned cpu, uint64_t base, unsigned irq)
{
    dwr(cpu, base + 4 * (irq / 32), 1u << (irq % 32));
}

static void start(unsigned cpus, unsigned irqs)
{
    for (unsigned i = 0; i < GICV2_MAX_CPUS; i++) {
        irq_level[i] = false;
        irq_changes[i] = 0;
    }
    ck_assert_int_eq(gicv2_init(&gic, cpus, irqs, record_irq, &gic), 0);
}

static void setup(void) { start(NCPU, 288); }

/* Distributor on, every CPU interface on with the priority mask wide open. */
static void open_all(void)
{
    dwr(0, GICD_CTLR, 1);
    for (unsigned cpu = 0; cpu < gic.num_cpus; cpu++) {
        cwr(cpu, GICC_CTLR, 1);
        cwr(cpu, GICC_PMR, 0xff);
    }
}

/* An enabled SPI with a priority, routed to `targets`. */
static void spi(unsigned irq, uint8_t priority, uint8_t targets)
{
    dwr8(0, GICD_IPRIORITYR + irq, priority);
    dwr8(0, GICD_ITARGETSR + irq, targets);
    set_bit_reg(0, GICD_ISENABLER, irq);
}

START_TEST(reset_values_and_identification)
{
    ck_assert_uint_eq(drd(0, GICD_CTLR), 0);
    /* GICD_TYPER: ITLinesNumber = 288/32 - 1 = 8, CPUNumber = 3, SecurityExtn 0 */
    ck_assert_uint_eq(drd(0, GICD_TYPER), 8 | (3 << 5));
    ck_assert_uint_eq(drd(0, GICD_IIDR) & 0xfff, 0x43b);   /* Implementer: Arm */
    ck_assert_uint_eq((drd(0, GICD_PIDR2) >> 4) & 0xf, 2); /* ArchRev: GICv2 */
    /* GICD_CIDR0-3: the component ID preamble */
    static const uint32_t cids[4] = {0x0d, 0xf0, 0x05, 0xb1};
    for (unsigned i = 0; i < 4; i++)
        ck_assert_uint_eq(drd(0, GICD_CIDR0 + 4 * i), cids[i]);
    for (unsigned n = 0; n < 9; n++) {
        ck_assert_uint_eq(drd(1, GICD_IGROUPR + 4 * n), 0);
        ck_assert_uint_eq(drd(1, GICD_ISENABLER + 4 * n), 0);
        ck_assert_uint_eq(drd(1, GICD_ISPENDR + 4 * n), 0);
        ck_assert_uint_eq(drd(1, GICD_ISACTIVER + 4 * n), 0);
        ck_assert_uint_eq(drd(1, GICD_IPRIORITYR + 4 * n), 0);
    }
    ck_assert_uint_eq(drd(0, GICD_ICFGR), 0xaaaaaaaa); /* SGIs: edge (0b10) */
    ck_assert_uint_eq(drd(0, GICD_ICFGR + 4), 0);      /* PPIs: level */
    ck_assert_uint_eq(drd(0, GICD_ICFGR + 8), 0);      /* SPIs: level */
    for (unsigned cpu = 0; cpu < NCPU; cpu++) {
        ck_assert_uint_eq(crd(cpu, GICC_CTLR), 0);
        ck_assert_uint_eq(crd(cpu, GICC_PMR), 0);
        ck_assert_uint_eq(crd(cpu, GICC_BPR), 2);  /* the minimum with 5 priority bits */
        ck_assert_uint_eq(crd(cpu, GICC_ABPR), 3); /* GICC_BPR's minimum + 1 */
        ck_assert_uint_eq(crd(cpu, GICC_RPR), 0xff); /* idle */
        ck_assert_uint_eq(crd(cpu, GICC_HPPIR), 1023);
        ck_assert_uint_eq(crd(cpu, GICC_IAR), 1023);
        ck_assert_uint_eq(crd(cpu, GICC_APR0), 0);
        ck_assert(!gicv2_irq_pending(&gic, cpu));
    }
    uint32_t iidr = crd(0, GICC_IIDR);
    ck_assert_uint_eq((iidr >> 16) & 0xf, 2); /* Architecture version (4.4.14) */
    ck_assert_uint_eq(iidr & 0xfff, 0x43b);
    for (unsigned i = 0; i < GICV2_MAX_CPUS; i++)
        ck_assert_uint_eq(irq_changes[i], 0);
}
END_TEST

START_TEST(init_checks_the_configuration)
{
    static const struct {
        unsigned cpus, irqs;
        int result;
        uint32_t typer;
    } cases[] = {
        {1, 64, 0, 1},        {8, 1024, 0, 31 | (7 << 5)}, {2, 96, 0, 2 | (1 << 5)},
        {0, 288, -EINVAL, 0}, {9, 288, -EINVAL, 0},        {1, 32, -EINVAL, 0},
        {1, 100, -EINVAL, 0}, {1, 1056, -EINVAL, 0},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct gicv2 g;
        ck_assert_int_eq(gicv2_init(&g, cases[i].cpus, cases[i].irqs, 0, 0), cases[i].result);
        uint64_t typer;
        if (cases[i].result == 0) {
            ck_assert(gicv2_dist_read(&g, 0, GICD_TYPER, 4, &typer));
            ck_assert_uint_eq(typer, cases[i].typer);
        }
    }
}
END_TEST

/* Set/clear register pairs: bank per CPU for IDs 0-31, one state for SPIs. */
START_TEST(set_clear_registers_and_banking)
{
    static const struct {
        uint64_t set, clear;
    } pairs[] = {{GICD_ISENABLER, GICD_ICENABLER}, {GICD_ISPENDR, GICD_ICPENDR},
                 {GICD_ISACTIVER, GICD_ICACTIVER}};
    static const unsigned ids[] = {3, 20, 31, 32, 100, 287};
    for (unsigned p = 0; p < 3; p++) {
        for (unsigned i = 0; i < sizeof ids / sizeof ids[0]; i++) {
            unsigned irq = ids[i];
            bool banked = irq < 32;
            if (pairs[p].set == GICD_ISPENDR && irq < 16)
                continue; /* SGI pending has its own registers: see the next test */
            set_bit_reg(1, pairs[p].set, irq);
            ck_assert(bit_set(1, pairs[p].set, irq));
            ck_assert(bit_set(1, pairs[p].clear, irq)); /* both read the same state */
            ck_assert(bit_set(2, pairs[p].set, irq) == !banked);
            set_bit_reg(banked ? 1 : 2, pairs[p].clear, irq);
            ck_assert(!bit_set(1, pairs[p].set, irq));
        }
    }
    /* No interrupts past num_irqs: word 9 (IDs 288-319) is RAZ/WI. */
    dwr(0, GICD_ISENABLER + 36, ~0u);
    ck_assert_uint_eq(drd(0, GICD_ISENABLER + 36), 0);
    /* IGROUPR is stored (banked for word 0) and read back. */
    dwr(0, GICD_IGROUPR + 4, 0x80000001);
    dwr(2, GICD_IGROUPR, 0x00010000);
    ck_assert_uint_eq(drd(3, GICD_IGROUPR + 4), 0x80000001);
    ck_assert_uint_eq(drd(2, GICD_IGROUPR), 0x00010000);
    ck_assert_uint_eq(drd(0, GICD_IGROUPR), 0);
}
END_TEST

START_TEST(sgi_pending_registers)
{
    /* GICD_ISPENDR/ICPENDR writes do not reach SGIs; SPENDSGIR/CPENDSGIR do. */
    dwr(0, GICD_ISPENDR, 0xffff);
    ck_assert_uint_eq(drd(0, GICD_ISPENDR), 0);
    dwr8(1, GICD_SPENDSGIR + 6, 0x05); /* SGI 6 pending on CPU 1 from CPUs 0 and 2 */
    ck_assert_uint_eq(drd(1, GICD_SPENDSGIR + 4), 0x05u << 16);
    ck_assert_uint_eq(drd(1, GICD_CPENDSGIR + 4), 0x05u << 16);
    ck_assert_uint_eq(drd(1, GICD_ISPENDR), 1u << 6);
    ck_assert_uint_eq(drd(0, GICD_ISPENDR), 0); /* banked */
    dwr8(1, GICD_SPENDSGIR + 6, 0xf0);          /* sources past CPU 3 do not exist */
    ck_assert_uint_eq(drd8(1, GICD_SPENDSGIR + 6), 0x05);
    dwr(0, GICD_ICPENDR, 0xffff);
    ck_assert_uint_eq(drd(1, GICD_ISPENDR), 1u << 6);
    dwr8(1, GICD_CPENDSGIR + 6, 0x01);
    ck_assert_uint_eq(drd8(1, GICD_CPENDSGIR + 6), 0x04);
    dwr(1, GICD_CPENDSGIR + 4, 0x00ff0000);
    ck_assert_uint_eq(drd(1, GICD_ISPENDR), 0);
}
END_TEST

START_TEST(priority_field_has_five_bits)
{
    dwr8(0, GICD_IPRIORITYR + 40, 0xff);
    ck_assert_uint_eq(drd8(0, GICD_IPRIORITYR + 40), 0xf8);
    dwr(0, GICD_IPRIORITYR + 44, 0x12345678);
    ck_assert_uint_eq(drd(0, GICD_IPRIORITYR + 44), 0x10305078);
    ck_assert_uint_eq(drd8(0, GICD_IPRIORITYR + 46), 0x30);
    /* IDs 0-31 are banked */
    dwr8(1, GICD_IPRIORITYR + 5, 0xa0);
    dwr8(2, GICD_IPRIORITYR + 5, 0x40);
    ck_assert_uint_eq(drd8(1, GICD_IPRIORITYR + 5), 0xa0);
    ck_assert_uint_eq(drd8(2, GICD_IPRIORITYR + 5), 0x40);
    ck_assert_uint_eq(drd8(0, GICD_IPRIORITYR + 5), 0);
    /* GICC_PMR implements the same bits as the priority fields */
    cwr(0, GICC_PMR, 0xff);
    ck_assert_uint_eq(crd(0, GICC_PMR), 0xf8);
    /* IDs past num_irqs are RAZ/WI */
    dwr8(0, GICD_IPRIORITYR + 300, 0x80);
    ck_assert_uint_eq(drd8(0, GICD_IPRIORITYR + 300), 0);
}
END_TEST

START_TEST(targets_and_spi_routing)
{
    /* GICD_ITARGETSR: bytes for IDs 0-31 read as the reading CPU's bit and ignore writes. */
    for (unsigned cpu = 0; cpu < NCPU; cpu++) {
        dwr(cpu, GICD_ITARGETSR + 4, 0);
        ck_assert_uint_eq(drd(cpu, GICD_ITARGETSR + 4), 0x01010101u << cpu);
    }
    dwr8(0, GICD_ITARGETSR + 33, 0xff);
    ck_assert_uint_eq(drd8(0, GICD_ITARGETSR + 33), 0x0f); /* only CPUs 0-3 exist */
    ck_assert_uint_eq(drd(3, GICD_ITARGETSR + 32), 0x0f00);

    open_all();
    spi(40, 0x80, 1u << 2);
    gicv2_set_irq(&gic, 40, true);
    ck_assert(irq_level[2]);
    ck_assert(!irq_level[0] && !irq_level[1] && !irq_level[3]);
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    /* Retargeted while pending: both new targets see it, the first to acknowledge takes it. */
    dwr8(0, GICD_ITARGETSR + 40, (1u << 1) | (1u << 3));
    ck_assert(!irq_level[2] && irq_level[1] && irq_level[3]);
    ck_assert_uint_eq(crd(3, GICC_IAR), 40);
    ck_assert(!irq_level[1] && !irq_level[3]);
    ck_assert_uint_eq(crd(1, GICC_IAR), 1023);
    /* An SPI with no target is not forwarded at all. */
    spi(41, 0x80, 0);
    set_bit_reg(0, GICD_ISPENDR, 41);
    for (unsigned cpu = 0; cpu < NCPU; cpu++)
        ck_assert_uint_eq(crd(cpu, GICC_HPPIR), 1023);
}
END_TEST

START_TEST(config_registers)
{
    dwr(0, GICD_ICFGR, 0); /* SGIs stay edge */
    ck_assert_uint_eq(drd(0, GICD_ICFGR), 0xaaaaaaaa);
    dwr(1, GICD_ICFGR + 4, ~0u); /* PPIs per CPU; Int_config[0] bits RAZ/WI */
    ck_assert_uint_eq(drd(1, GICD_ICFGR + 4), 0xaaaaaaaa);
    ck_assert_uint_eq(drd(0, GICD_ICFGR + 4), 0);
    dwr(0, GICD_ICFGR + 8, 0x8); /* ID 33 edge */
    ck_assert_uint_eq(drd(2, GICD_ICFGR + 8), 0x8);
}
END_TEST

START_TEST(acknowledge_and_end_of_interrupt)
{
    open_all();
    spi(40, 0x80, 1);
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023); /* nothing pending: spurious */
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_HPPIR), 40);
    ck_assert_uint_eq(crd(0, GICC_IAR), 40);
    ck_assert(!irq_level[0]);
    ck_assert(bit_set(0, GICD_ISACTIVER, 40));
    ck_assert(!bit_set(0, GICD_ISPENDR, 40));
    ck_assert_uint_eq(crd(0, GICC_RPR), 0x80);
    ck_assert_uint_eq(crd(0, GICC_APR0), 1u << (0x80 >> 3)); /* one bit per 5-bit priority */
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    cwr(0, GICC_EOIR, 1023); /* GICC_EOIR: spurious IDs are ignored */
    ck_assert_uint_eq(crd(0, GICC_RPR), 0x80);
    cwr(0, GICC_EOIR, 40);
    ck_assert_uint_eq(crd(0, GICC_RPR), 0xff);
    ck_assert_uint_eq(crd(0, GICC_APR0), 0);
    ck_assert(!bit_set(0, GICD_ISACTIVER, 40));
    /* Equal priorities: the lowest ID first. */
    spi(50, 0x40, 1);
    spi(45, 0x40, 1);
    set_bit_reg(0, GICD_ISPENDR, 50);
    set_bit_reg(0, GICD_ISPENDR, 45);
    ck_assert_uint_eq(crd(0, GICC_IAR), 45);
}
END_TEST

START_TEST(priority_mask)
{
    open_all();
    spi(40, 0x80, 1);
    set_bit_reg(0, GICD_ISPENDR, 40);
    static const struct {
        uint32_t pmr;
        bool signalled;
    } cases[] = {{0x00, false}, {0x80, false}, {0x87, false}, {0x88, true}, {0xff, true}};
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        cwr(0, GICC_PMR, cases[i].pmr); /* 0x87 is 0x80: the low bits are not implemented */
        ck_assert(irq_level[0] == cases[i].signalled);
        ck_assert_uint_eq(crd(0, GICC_HPPIR), 40); /* pending whatever the mask */
    }
    cwr(0, GICC_PMR, 0x80);
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    ck_assert(bit_set(0, GICD_ISPENDR, 40));
}
END_TEST

START_TEST(preemption_and_running_priority)
{
    open_all();
    spi(40, 0x80, 1);
    spi(41, 0x40, 1);
    spi(42, 0x80, 1);
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert_uint_eq(crd(0, GICC_IAR), 40);
    set_bit_reg(0, GICD_ISPENDR, 42); /* same priority: waits */
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_HPPIR), 42);
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    set_bit_reg(0, GICD_ISPENDR, 41); /* higher priority: preempts */
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_IAR), 41);
    ck_assert_uint_eq(crd(0, GICC_RPR), 0x40);
    ck_assert_uint_eq(crd(0, GICC_APR0), (1u << 8) | (1u << 16));
    ck_assert(!irq_level[0]);
    cwr(0, GICC_EOIR, 41);
    ck_assert_uint_eq(crd(0, GICC_RPR), 0x80); /* back to the preempted one */
    ck_assert(!irq_level[0]);
    cwr(0, GICC_EOIR, 40);
    ck_assert_uint_eq(crd(0, GICC_RPR), 0xff);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_IAR), 42);
}
END_TEST

/* "Priority grouping": the binary point splits priority into group priority and subpriority. */
START_TEST(binary_point_groups_priorities)
{
    static const struct {
        uint32_t bpr;
        uint8_t active, pending;
        bool preempts;
    } cases[] = {
        {2, 0x88, 0x80, true},  /* group priority [7:3]: 0x80 < 0x88 */
        {3, 0x88, 0x80, false}, /* [7:4]: both 0x80 */
        {3, 0x80, 0x78, true},  /* 0x70 < 0x80 */
        {4, 0x90, 0x88, false}, /* [7:5]: both 0x80 */
        {4, 0x90, 0x70, true},  /* 0x60 < 0x80 */
        {6, 0xf0, 0x80, false}, /* [7]: both 0x80 */
        {6, 0xf0, 0x78, true},
        {7, 0xf0, 0x00, false}, /* no group priority bits: no preemption */
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        setup();
        open_all();
        cwr(0, GICC_BPR, cases[i].bpr);
        ck_assert_uint_eq(crd(0, GICC_BPR), cases[i].bpr);
        spi(40, cases[i].active, 1);
        spi(41, cases[i].pending, 1);
        set_bit_reg(0, GICD_ISPENDR, 40);
        ck_assert_uint_eq(crd(0, GICC_IAR), 40);
        set_bit_reg(0, GICD_ISPENDR, 41);
        ck_assert_msg(irq_level[0] == cases[i].preempts, "case %u", i);
        ck_assert_uint_eq(crd(0, GICC_IAR), cases[i].preempts ? 41 : 1023);
    }
    cwr(0, GICC_BPR, 0); /* below the minimum: set to the minimum (GICC_BPR) */
    ck_assert_uint_eq(crd(0, GICC_BPR), 2);
    cwr(0, GICC_ABPR, 1);
    ck_assert_uint_eq(crd(0, GICC_ABPR), 3);
}
END_TEST

/* GICD_SGIR TargetListFilter; the source CPU in GICC_IAR bits 12:10. */
START_TEST(sgi_target_filters)
{
    static const struct {
        unsigned sender;
        uint32_t sgir;
        unsigned targets;
    } cases[] = {
        {0, (0u << 24) | (0x0au << 16) | 5, 0x0a}, /* the list: CPUs 1 and 3 */
        {1, (0u << 24) | (0xffu << 16) | 5, 0x0f}, /* list naming absent CPUs too */
        {2, (1u << 24) | 5, 0x0b},                 /* all but self */
        {3, (2u << 24) | 5, 0x08},                 /* self */
        {0, (3u << 24) | 5, 0x00},                 /* reserved filter */
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        setup();
        open_all();
        for (unsigned cpu = 0; cpu < NCPU; cpu++)
            dwr(cpu, GICD_ISENABLER, 1u << 5);
        dwr(cases[i].sender, GICD_SGIR, cases[i].sgir);
        for (unsigned cpu = 0; cpu < NCPU; cpu++) {
            bool hit = (cases[i].targets >> cpu) & 1;
            ck_assert_msg(irq_level[cpu] == hit, "case %u cpu %u", i, cpu);
            ck_assert(bit_set(cpu, GICD_ISPENDR, 5) == hit);
            ck_assert_uint_eq(drd8(cpu, GICD_SPENDSGIR + 5), hit ? 1u << cases[i].sender : 0);
            ck_assert_uint_eq(crd(cpu, GICC_IAR), hit ? (cases[i].sender << 10) | 5 : 1023);
        }
    }
}
END_TEST

START_TEST(sgi_from_several_sources)
{
    open_all();
    dwr(0, GICD_ISENABLER, 1u << 3);
    dwr(1, GICD_SGIR, (1u << 16) | 3);
    dwr(2, GICD_SGIR, (1u << 16) | 3);
    ck_assert_uint_eq(drd8(0, GICD_SPENDSGIR + 3), 0x06);
    ck_assert_uint_eq(crd(0, GICC_HPPIR), (1u << 10) | 3);
    ck_assert_uint_eq(crd(0, GICC_IAR), (1u << 10) | 3);
    ck_assert_uint_eq(drd8(0, GICD_SPENDSGIR + 3), 0x04); /* CPU 2's request still waits */
    ck_assert(!irq_level[0]);                             /* until SGI 3 is deactivated */
    cwr(0, GICC_EOIR, (1u << 10) | 3);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_IAR), (2u << 10) | 3);
    cwr(0, GICC_EOIR, (2u << 10) | 3);
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    /* A disabled SGI is left pending. */
    dwr(0, GICD_ICENABLER, 1u << 3);
    dwr(0, GICD_SGIR, (2u << 24) | 3);
    ck_assert(!irq_level[0]);
    ck_assert(bit_set(0, GICD_ISPENDR, 3));
}
END_TEST

/* "Interrupt handling state machine": a level-sensitive interrupt is pending while its line
 * is high. */
START_TEST(level_triggered_spi)
{
    open_all();
    spi(50, 0x80, 1);
    struct irq_line line = {gicv2_irq_line_handler, &gic, 18}; /* SPI 18 = ID 50 */
    irq_set_level(&line, true);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_IAR), 50);
    /* active and pending */
    ck_assert(bit_set(0, GICD_ISACTIVER, 50) && bit_set(0, GICD_ISPENDR, 50));
    ck_assert(!irq_level[0]);
    cwr(0, GICC_EOIR, 50);
    ck_assert(irq_level[0]); /* line still high: pending again */
    ck_assert_uint_eq(crd(0, GICC_IAR), 50);
    irq_set_level(&line, false); /* the device is serviced */
    ck_assert(!bit_set(0, GICD_ISPENDR, 50));
    cwr(0, GICC_EOIR, 50);
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    /* ICPENDR cannot clear a held level; ISPENDR latches past the line going low. */
    gicv2_set_irq(&gic, 50, true);
    set_bit_reg(0, GICD_ICPENDR, 50);
    ck_assert(bit_set(0, GICD_ISPENDR, 50));
    gicv2_set_irq(&gic, 50, false);
    ck_assert(!bit_set(0, GICD_ISPENDR, 50));
    set_bit_reg(0, GICD_ISPENDR, 50);
    ck_assert(bit_set(0, GICD_ISPENDR, 50));
    ck_assert_uint_eq(crd(0, GICC_IAR), 50);
    ck_assert(!bit_set(0, GICD_ISPENDR, 50));
}
END_TEST

START_TEST(edge_triggered_spi)
{
    open_all();
    spi(51, 0x80, 1);
    dwr(0, GICD_ICFGR + 12, 2u << 6); /* ID 51 = field 3 of ICFGR3: edge */
    gicv2_set_irq(&gic, 51, true);
    gicv2_set_irq(&gic, 51, false);
    ck_assert(bit_set(0, GICD_ISPENDR, 51)); /* latched */
    ck_assert_uint_eq(crd(0, GICC_IAR), 51);
    ck_assert(!bit_set(0, GICD_ISPENDR, 51));
    gicv2_set_irq(&gic, 51, true); /* a new edge while active: active and pending */
    ck_assert(bit_set(0, GICD_ISPENDR, 51) && bit_set(0, GICD_ISACTIVER, 51));
    cwr(0, GICC_EOIR, 51);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_IAR), 51);
    cwr(0, GICC_EOIR, 51);
    ck_assert(!irq_level[0]); /* the line is still high, but that is no new edge */
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    gicv2_set_irq(&gic, 51, true); /* no change, no edge */
    ck_assert(!irq_level[0]);
}
END_TEST

START_TEST(ppis_are_per_cpu)
{
    open_all();
    dwr(1, GICD_ISENABLER, 1u << 30);
    dwr8(1, GICD_IPRIORITYR + 30, 0xa0);
    gicv2_set_ppi(&gic, 1, 14, true); /* PPI 14 = ID 30, the non-secure physical timer */
    ck_assert(irq_level[1]);
    ck_assert(!irq_level[0]);
    ck_assert(bit_set(1, GICD_ISPENDR, 30));
    ck_assert(!bit_set(0, GICD_ISPENDR, 30));
    gicv2_set_ppi(&gic, 0, 14, true); /* CPU 0's PPI 30 is disabled: pending, not signalled */
    ck_assert(bit_set(0, GICD_ISPENDR, 30));
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(crd(1, GICC_IAR), 30);
    ck_assert_uint_eq(crd(1, GICC_RPR), 0xa0);
    gicv2_set_ppi(&gic, 1, 14, false);
    cwr(1, GICC_EOIR, 30);
    ck_assert(!irq_level[1]);
}
END_TEST

START_TEST(irq_output_changes_exactly_when_it_should)
{
    open_all();
    spi(40, 0x80, 1);
    spi(41, 0xa0, 1);
    ck_assert_uint_eq(irq_changes[0], 0);
    gicv2_set_irq(&gic, 40, true);
    ck_assert_uint_eq(irq_changes[0], 1);
    ck_assert(gicv2_irq_pending(&gic, 0));
    gicv2_set_irq(&gic, 41, true); /* already high: no call */
    ck_assert_uint_eq(irq_changes[0], 1);
    ck_assert_uint_eq(crd(0, GICC_IAR), 40); /* 41 cannot preempt 40 */
    ck_assert_uint_eq(irq_changes[0], 2);
    ck_assert(!gicv2_irq_pending(&gic, 0));
    gicv2_set_irq(&gic, 40, false);
    cwr(0, GICC_EOIR, 40);
    ck_assert_uint_eq(irq_changes[0], 3); /* 41 now */
    ck_assert_uint_eq(crd(0, GICC_IAR), 41);
    gicv2_set_irq(&gic, 41, false);
    cwr(0, GICC_EOIR, 41);
    ck_assert_uint_eq(irq_changes[0], 4);
    ck_assert(!irq_level[0]);
    for (unsigned cpu = 1; cpu < NCPU; cpu++)
        ck_assert_uint_eq(irq_changes[cpu], 0);
    /* A reset lowers a raised output. */
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert(irq_level[0]);
    gicv2_reset(&gic);
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(irq_changes[0], 6);
    ck_assert_uint_eq(drd(0, GICD_ISENABLER + 4), 0);
}
END_TEST

START_TEST(disabled_distributor_or_cpu_interface_gates)
{
    open_all();
    spi(40, 0x80, 1);
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert(irq_level[0]);
    dwr(0, GICD_CTLR, 0);
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_HPPIR), 1023);
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    dwr(0, GICD_CTLR, 1);
    cwr(0, GICC_CTLR, 0);
    ck_assert(!irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_HPPIR), 1023);
    ck_assert_uint_eq(crd(0, GICC_IAR), 1023);
    cwr(0, GICC_CTLR, 1);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_IAR), 40);
}
END_TEST

/* Groups without Security Extensions: EnableGrp1 gates, Group 1 goes through the aliases. */
START_TEST(group1_uses_the_aliased_registers)
{
    open_all();
    spi(40, 0x80, 1);
    set_bit_reg(0, GICD_IGROUPR, 40);
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert(!irq_level[0]); /* EnableGrp1 off in the distributor */
    dwr(0, GICD_CTLR, 3);
    ck_assert(!irq_level[0]); /* and in the CPU interface */
    ck_assert_uint_eq(crd(0, GICC_HPPIR), 1023);
    cwr(0, GICC_CTLR, 3);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_HPPIR), 1022); /* Group 1 seen through GICC_IAR, AckCtl 0 */
    ck_assert_uint_eq(crd(0, GICC_IAR), 1022);
    ck_assert(!bit_set(0, GICD_ISACTIVER, 40));
    ck_assert_uint_eq(crd(0, GICC_AHPPIR), 40);
    ck_assert_uint_eq(crd(0, GICC_AIAR), 40);
    ck_assert_uint_eq(crd(0, GICC_RPR), 0x80);
    cwr(0, GICC_EOIR + 0, 41); /* not active: ignored */
    cwr(0, GICC_AEOIR, 40);
    ck_assert_uint_eq(crd(0, GICC_RPR), 0xff);
    ck_assert(!bit_set(0, GICD_ISACTIVER, 40));
    /* AckCtl lets GICC_IAR take Group 1 too; GICC_AIAR never takes Group 0. */
    cwr(0, GICC_CTLR, 3 | (1u << 2));
    set_bit_reg(0, GICD_ISPENDR, 40);
    ck_assert_uint_eq(crd(0, GICC_IAR), 40);
    cwr(0, GICC_EOIR, 40);
    spi(42, 0x80, 1);
    set_bit_reg(0, GICD_ISPENDR, 42);
    ck_assert_uint_eq(crd(0, GICC_AIAR), 1023);
    ck_assert_uint_eq(crd(0, GICC_IAR), 42);
    cwr(0, GICC_AEOIR, 42); /* AEOIR completes Group 1 only */
    ck_assert(bit_set(0, GICD_ISACTIVER, 42));
    cwr(0, GICC_EOIR, 42);
    ck_assert(!bit_set(0, GICD_ISACTIVER, 42));
    /* FIQEn is RAZ/WI: everything is IRQ. */
    cwr(0, GICC_CTLR, 1u << 3);
    ck_assert_uint_eq(crd(0, GICC_CTLR), 0);
}
END_TEST

/* GICC_CTLR.EOImode (bit 9): GICC_EOIR only drops priority, GICC_DIR deactivates. */
START_TEST(split_priority_drop_and_deactivation)
{
    open_all();
    cwr(0, GICC_CTLR, 1 | (1u << 9));
    spi(40, 0x80, 1);
    gicv2_set_irq(&gic, 40, true);
    ck_assert_uint_eq(crd(0, GICC_IAR), 40);
    cwr(0, GICC_EOIR, 40);
    ck_assert_uint_eq(crd(0, GICC_RPR), 0xff);
    ck_assert(bit_set(0, GICD_ISACTIVER, 40));
    ck_assert(!irq_level[0]); /* still active: its pending level waits */
    cwr(0, GICC_DIR, 40);
    ck_assert(!bit_set(0, GICD_ISACTIVER, 40));
    ck_assert(irq_level[0]);
    /* In EOImode 0, GICC_DIR does nothing. */
    cwr(0, GICC_CTLR, 1);
    ck_assert_uint_eq(crd(0, GICC_IAR), 40);
    cwr(0, GICC_DIR, 40);
    ck_assert(bit_set(0, GICD_ISACTIVER, 40));
}
END_TEST

START_TEST(reserved_and_odd_accesses_are_harmless)
{
    static const uint64_t dist_reserved[] = {0x00c, 0x040, 0x07c, 0xd00, 0xdfc, 0xe00,
                                             0xf04, 0xf30, 0xfcc, 0x1000, 0x10000};
    for (unsigned i = 0; i < sizeof dist_reserved / sizeof dist_reserved[0]; i++) {
        dwr(0, dist_reserved[i], ~0u);
        ck_assert_uint_eq(drd(0, dist_reserved[i]), 0);
    }
    ck_assert_uint_eq(drd(0, GICD_SGIR), 0); /* write-only */
    static const struct {
        uint64_t offset;
        unsigned size;
    } odd[] = {{0x102, 4}, {0x100, 2}, {0x100, 8}, {0x100, 1}, {0x000, 1}, {0x401, 4}, {0x400, 2}};
    for (unsigned i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        uint64_t v = 0xdead;
        ck_assert(gicv2_dist_write(&gic, 0, odd[i].offset, odd[i].size, ~0ull));
        ck_assert(gicv2_dist_read(&gic, 0, odd[i].offset, odd[i].size, &v));
        ck_assert_uint_eq(v, 0);
    }
    ck_assert_uint_eq(drd(0, GICD_ISENABLER), 0);
    ck_assert_uint_eq(drd(0, GICD_CTLR), 0);
    ck_assert_uint_eq(drd(0, GICD_IPRIORITYR), 0);

    static const uint64_t cpu_reserved[] = {0x2c, 0x40, 0xd4, 0xe0, 0xf8, 0x1004, 0x3000};
    for (unsigned i = 0; i < sizeof cpu_reserved / sizeof cpu_reserved[0]; i++) {
        cwr(0, cpu_reserved[i], ~0u);
        ck_assert_uint_eq(crd(0, cpu_reserved[i]), 0);
    }
    ck_assert_uint_eq(crd(0, GICC_EOIR), 0);
    uint64_t v = 0xdead;
    ck_assert(gicv2_cpu_write(&gic, 0, GICC_PMR, 1, 0xff));
    ck_assert(gicv2_cpu_read(&gic, 0, GICC_PMR, 1, &v));
    ck_assert_uint_eq(v, 0);
    ck_assert(gicv2_cpu_read(&gic, 0, GICC_PMR + 2, 4, &v));
    ck_assert_uint_eq(v, 0);
    ck_assert_uint_eq(crd(0, GICC_PMR), 0);
    /* A CPU index the GIC does not have reads zero and changes nothing. */
    ck_assert(gicv2_cpu_write(&gic, 7, GICC_CTLR, 4, 1));
    ck_assert(gicv2_dist_read(&gic, 7, GICD_TYPER, 4, &v));
    ck_assert_uint_eq(v, 0);
    /* Out-of-range input lines are ignored. */
    gicv2_set_irq(&gic, 5, true);
    gicv2_set_irq(&gic, 288, true);
    gicv2_set_irq(&gic, 5000, true);
    gicv2_set_ppi(&gic, 4, 0, true);
    gicv2_set_ppi(&gic, 0, 16, true);
    gicv2_irq_line_handler(&gic, ~0u, true);
    ck_assert_uint_eq(drd(0, GICD_ISPENDR), 0);
}
END_TEST

START_TEST(mmio_ops_act_for_the_current_cpu)
{
    uint64_t v;
    gic.current_cpu = 2;
    ck_assert(gicv2_dist_mmio_ops.read(&gic, GICD_ITARGETSR, 4, &v));
    ck_assert_uint_eq(v, 0x04040404);
    ck_assert(gicv2_cpu_mmio_ops.write(&gic, GICC_CTLR, 4, 1));
    ck_assert(gicv2_dist_mmio_ops.write(&gic, GICD_ISENABLER, 4, 1u << 27));
    ck_assert_uint_eq(crd(2, GICC_CTLR), 1);
    ck_assert_uint_eq(crd(0, GICC_CTLR), 0);
    ck_assert_uint_eq(drd(2, GICD_ISENABLER), 1u << 27);
    ck_assert_uint_eq(drd(0, GICD_ISENABLER), 0);
    gic.current_cpu = 0;
    ck_assert(gicv2_cpu_mmio_ops.read(&gic, GICC_CTLR, 4, &v));
    ck_assert_uint_eq(v, 0);
}
END_TEST

START_TEST(uniprocessor)
{
    start(1, 64);
    ck_assert_uint_eq(drd(0, GICD_TYPER), 1);
    /* GICD_ITARGETSR: with one CPU interface, GICD_ITARGETSR is RAZ/WI and every SPI targets it. */
    dwr(0, GICD_ITARGETSR + 40, 0x01010101);
    ck_assert_uint_eq(drd(0, GICD_ITARGETSR + 40), 0);
    ck_assert_uint_eq(drd(0, GICD_ITARGETSR), 0);
    open_all();
    spi(63, 0x10, 0);
    gicv2_set_irq(&gic, 63, true);
    ck_assert(irq_level[0]);
    ck_assert_uint_eq(crd(0, GICC_IAR), 63);
    dwr(0, GICD_ISENABLER, 1u << 1);
    dwr(0, GICD_SGIR, (1u << 24) | 1); /* all but self: nobody */
    ck_assert(!bit_set(0, GICD_ISPENDR, 1));
    dwr(0, GICD_SGIR, (2u << 24) | 1);
    ck_assert(bit_set(0, GICD_ISPENDR, 1));
}
END_TEST

static Suite *gicv2_suite(void)
{
    Suite *s = suite_create("gicv2");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, 0);
    tcase_add_test(tc, reset_values_and_identification);
    tcase_add_test(tc, init_checks_the_configuration);
    tcase_add_test(tc, set_clear_registers_and_banking);
    tcase_add_test(tc, sgi_pending_registers);
    tcase_add_test(tc, priority_field_has_five_bits);
    tcase_add_test(tc, targets_and_spi_routing);
    tcase_add_test(tc, config_registers);
    tcase_add_test(tc, acknowledge_and_end_of_interrupt);
    tcase_add_test(tc, priority_mask);
    tcase_add_test(tc, preemption_and_running_priority);
    tcase_add_test(tc, binary_point_groups_priorities);
    tcase_add_test(tc, sgi_target_filters);
    tcase_add_test(tc, sgi_from_several_sources);
    tcase_add_test(tc, level_triggered_spi);
    tcase_add_test(tc, edge_triggered_spi);
    tcase_add_test(tc, ppis_are_per_cpu);
    tcase_add_test(tc, irq_output_changes_exactly_when_it_should);
    tcase_add_test(tc, disabled_distributor_or_cpu_interface_gates);
    tcase_add_test(tc, group1_uses_the_aliased_registers);
    tcase_add_test(tc, split_priority_drop_and_deactivation);
    tcase_add_test(tc, reserved_and_odd_accesses_are_harmless);
    tcase_add_test(tc, mmio_ops_act_for_the_current_cpu);
    tcase_add_test(tc, uniprocessor);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(gicv2_suite()); }
