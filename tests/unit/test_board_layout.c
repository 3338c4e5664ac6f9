/*
 * The board table is the only source of addresses: a made-up board (every
 * window, SPI and timer PPI moved away from virt's) gets a device tree and
 * a bus with its own addresses and none of virt's. Expected values are the
 * test table's, laid out by the DT bindings (reg = <base size> in two
 * cells each, interrupts = <GIC_SPI 0 / GIC_PPI 1, number, flags>,
 * IRQ_TYPE_LEVEL_HIGH 4, IRQ_TYPE_EDGE_RISING 1, a GICv2 PPI's CPU mask
 * in bits 15:8) and the GIC specs' register maps (GICD_TYPER at 0x004,
 * GICD_ISPENDR at 0x200, IHI 0048B 4.1.2); PL011's UARTPeriphID0 at 0xfe0
 * reads 0x11 (DDI 0183G 3.3.14).
 */
#include <check.h>
#include <errno.h>
#include <libfdt.h>
#include <string.h>

#include "devices/board_bus.h"
#include "devices/gicv2.h"
#include "devices/gicv3.h"
#include "firmware/board_fdt.h"
#include "tests/unit/fdt_query.h"
#include "tests/unit/harness.h"

#define MIB (1ull << 20)

static const struct board_region tiny_map[BOARD_REGIONS] = {
    [BOARD_REGION_GIC_DIST] = {0x2f000000, 0x10000, 0},
    [BOARD_REGION_GIC_CPU] = {0x2f100000, 0x2000, 0},
    [BOARD_REGION_GIC_REDIST] = {0x2f200000, 0x80000, 0}, /* room for 4 GICv3 CPUs */
    [BOARD_REGION_UART] = {0x1c090000, 0x1000, 5},
    [BOARD_REGION_RTC] = {0x1c170000, 0x1000, 4},
    [BOARD_REGION_GPIO] = {0x1c0f0000, 0x1000, 11},
    [BOARD_REGION_VIRTIO_MMIO] = {0x1c130000, 0x200, 40},
    [BOARD_REGION_RAM] = {0x80000000, 0x80000000, 0},
};

static const struct board_layout tiny = {
    .name = "tiny",
    .dt_compatible = "ferry,tiny",
    .dt_model = "ferry tiny test board",
    .map = tiny_map,
    .virtio_slots = 4,
    .irqs = 96,
    .timer = {.secure_phys = 9, .phys = 8, .virt = 7, .hyp = 6},
};

/* tiny without an RTC */
static struct board_region no_rtc_map[BOARD_REGIONS];
static struct board_layout no_rtc;

static uint8_t blob[65536];

static void no_node(const char *path)
{
    ck_assert_msg(fdt_path_offset(blob, path) < 0, "unexpected node %s", path);
}

static void build(const struct board_layout *b, const struct irqchip_ops *gic, unsigned cpus)
{
    struct board_fdt_config c = {.layout = b, .irqchip = gic, .ram_size = 256 * MIB,
                                 .cpus = cpus, .psci_method = "smc"};
    ck_assert_int_gt(board_fdt_build(&c, blob, sizeof(blob)), 0);
}

START_TEST(device_tree_from_the_table_alone)
{
    build(&tiny, &gicv2_irqchip, 2);
    uint32_t v[16];
    ck_assert_str_eq(fdt_query_string(blob, "/", "compatible"), "ferry,tiny");
    ck_assert_str_eq(fdt_query_string(blob, "/", "model"), "ferry tiny test board");
    fdt_query_cells(blob, "/memory@80000000", "reg", v, 4);
    ck_assert_uint_eq(v[1], 0x80000000);
    ck_assert_uint_eq(v[3], 256 * MIB);

    ck_assert_int_eq(fdt_query_cells(blob, "/intc@2f000000", "reg", v, 8), 8);
    static const uint32_t gic_reg[8] = {0, 0x2f000000, 0, 0x10000, 0, 0x2f100000, 0, 0x2000};
    ck_assert_mem_eq(v, gic_reg, sizeof(gic_reg));

    /* the table's PPIs, in the binding's order, with CPUs 0-1 in the mask */
    ck_assert_int_eq(fdt_query_cells(blob, "/timer", "interrupts", v, 12), 12);
    static const uint32_t timer[12] = {1, 9, 0x304, 1, 8, 0x304, 1, 7, 0x304, 1, 6, 0x304};
    ck_assert_mem_eq(v, timer, sizeof(timer));

    fdt_query_cells(blob, "/pl011@1c090000", "reg", v, 4);
    ck_assert_uint_eq(v[1], 0x1c090000);
    ck_assert_uint_eq(v[3], 0x1000);
    fdt_query_cells(blob, "/pl011@1c090000", "interrupts", v, 3);
    ck_assert_uint_eq(v[0], 0);
    ck_assert_uint_eq(v[1], 5);
    ck_assert_uint_eq(v[2], 4);
    fdt_query_cells(blob, "/pl061@1c0f0000", "interrupts", v, 3);
    ck_assert_uint_eq(v[1], 11);
    no_node("/pl061@9030000");
    fdt_query_cells(blob, "/pl031@1c170000", "interrupts", v, 3);
    ck_assert_uint_eq(v[1], 4);

    /* four slots of 0x200 from the table's base, SPIs 40..43 */
    fdt_query_cells(blob, "/virtio_mmio@1c130600", "reg", v, 4);
    ck_assert_uint_eq(v[1], 0x1c130600);
    ck_assert_uint_eq(v[3], 0x200);
    fdt_query_cells(blob, "/virtio_mmio@1c130600", "interrupts", v, 3);
    ck_assert_uint_eq(v[1], 43);
    ck_assert_uint_eq(v[2], 1);
    no_node("/virtio_mmio@1c130800");
    ck_assert_str_eq(fdt_query_string(blob, "/chosen", "stdout-path"), "/pl011@1c090000");
    ck_assert_str_eq(fdt_query_string(blob, "/psci", "method"), "smc");

    /* nothing of virt's map */
    no_node("/memory@40000000");
    no_node("/intc@8000000");
    no_node("/pl011@9000000");
    no_node("/pl031@9010000");
    no_node("/virtio_mmio@a000000");
}
END_TEST

START_TEST(gicv3_redistributors_from_the_table)
{
    build(&tiny, &gicv3_irqchip, 4);
    uint32_t v[12];
    ck_assert_str_eq(fdt_query_string(blob, "/intc@2f000000", "compatible"), "arm,gic-v3");
    fdt_query_cells(blob, "/intc@2f000000", "reg", v, 8);
    ck_assert_uint_eq(v[5], 0x2f200000);
    ck_assert_uint_eq(v[7], 4 * 0x20000);
    fdt_query_cells(blob, "/timer", "interrupts", v, 12);
    ck_assert_uint_eq(v[2], 4); /* no CPU mask with GICv3 */

    /* the window holds 4 frames: a fifth CPU does not fit on this board */
    ck_assert_uint_eq(gicv3_irqchip.max_cpus(&tiny), 4);
    struct board_fdt_config c = {.layout = &tiny, .irqchip = &gicv3_irqchip, .ram_size = MIB,
                                 .cpus = 5, .psci_method = "hvc"};
    ck_assert_int_eq(board_fdt_build(&c, blob, sizeof(blob)), -EINVAL);
}
END_TEST

START_TEST(absent_devices_get_no_node)
{
    build(&no_rtc, &gicv2_irqchip, 1);
    no_node("/pl031@1c170000");
    fdt_query_node(blob, "/pl011@1c090000");
}
END_TEST

static struct gicv2 gic2;
static struct gicv3 gic3;
static struct pl011 uart;
static struct pl031 rtc;
static struct pl061 gpio;

static uint64_t bus_read(const struct phys_space *ps, uint64_t pa)
{
    uint64_t value = 0;
    ck_assert_int_eq(phys_read(ps, pa, 4, &value), PHYS_OK);
    return value;
}

static void assert_region(const struct phys_space *ps, uint64_t pa, const char *name,
                          uint64_t size)
{
    const struct mmio_region *r = phys_find_mmio(ps, pa);
    ck_assert_msg(r != NULL, "nothing at %#llx", (unsigned long long)pa);
    ck_assert_str_eq(r->name, name);
    ck_assert_uint_eq(r->base, pa);
    ck_assert_uint_eq(r->size, size);
}

START_TEST(bus_from_the_table_alone)
{
    struct phys_space ps;
    ck_assert_int_eq(phys_space_init(&ps, 0x80000000, 16 * MIB), 0);
    struct irqchip gic = {&gicv2_irqchip, &gic2};
    ck_assert_int_eq(gic.ops->init(gic.state, 2, tiny.irqs, NULL, NULL, NULL), 0);
    uart = (struct pl011){.irq = irqchip_line(&gic, tiny_map[BOARD_REGION_UART].irq)};
    pl011_reset(&uart);
    rtc = (struct pl031){.irq = irqchip_line(&gic, tiny_map[BOARD_REGION_RTC].irq)};
    pl031_reset(&rtc);
    ck_assert_int_eq(board_bus_map(&ps, &tiny, &gic, 2, &(struct board_fixed_devices){&uart, &rtc, &gpio}), 0);

    /* each model's registers at the start of its window */
    assert_region(&ps, 0x2f000000, "gic-distributor", GICV2_DIST_MMIO_SIZE);
    assert_region(&ps, 0x2f100000, "gic-cpu-interface", GICV2_CPU_MMIO_SIZE);
    assert_region(&ps, 0x1c090000, "pl011", PL011_MMIO_SIZE);
    assert_region(&ps, 0x1c170000, "pl031", PL031_MMIO_SIZE);
    assert_region(&ps, 0x1c0f0000, "pl061", PL061_MMIO_SIZE);
    ck_assert_ptr_null(phys_find_mmio(&ps, 0x08000000));
    ck_assert_ptr_null(phys_find_mmio(&ps, 0x09000000));
    ck_assert_ptr_null(phys_find_mmio(&ps, 0x09010000));

    /* and reachable there: GICD_TYPER = ITLinesNumber 2 (96 IDs) | CPUNumber 1; UARTPeriphID0 */
    ck_assert_uint_eq(bus_read(&ps, 0x2f000004), 2 | 1 << 5);
    ck_assert_uint_eq(bus_read(&ps, 0x1c090fe0), 0x11);

    /* the UART's line is the table's SPI 5, interrupt ID 37: GICD_ISPENDR1 bit 5 */
    irq_set_level(&uart.irq, true);
    ck_assert_uint_eq(bus_read(&ps, 0x2f000204), 1u << 5);
    irq_set_level(&uart.irq, false);
    phys_space_free(&ps);
}
END_TEST

START_TEST(gicv3_bus_and_windows_too_small)
{
    struct phys_space ps;
    ck_assert_int_eq(phys_space_init(&ps, 0x80000000, 16 * MIB), 0);
    struct irqchip gic = {&gicv3_irqchip, &gic3};
    ck_assert_int_eq(gic.ops->init(gic.state, 4, tiny.irqs, NULL, NULL, NULL), 0);
    ck_assert_int_eq(gic.ops->map(gic.state, &ps, &tiny, 4), 0);
    assert_region(&ps, 0x2f000000, "gic-distributor", GICV3_DIST_MMIO_SIZE);
    assert_region(&ps, 0x2f200000, "gic-redistributors", 4 * GICV3_REDIST_FRAME_SIZE);
    ck_assert_ptr_null(phys_find_mmio(&ps, 0x080a0000));
    phys_space_free(&ps);

    /* 5 CPUs' frames do not fit the 512 KiB window */
    ck_assert_int_eq(phys_space_init(&ps, 0x80000000, 16 * MIB), 0);
    ck_assert_int_eq(gic.ops->map(gic.state, &ps, &tiny, 5), -EINVAL);
    phys_space_free(&ps);

    /* a board without an RTC window maps none */
    ck_assert_int_eq(phys_space_init(&ps, 0x80000000, 16 * MIB), 0);
    struct irqchip gic_v2 = {&gicv2_irqchip, &gic2};
    ck_assert_int_eq(board_bus_map(&ps, &no_rtc, &gic_v2, 1, &(struct board_fixed_devices){&uart, &rtc, &gpio}), 0);
    ck_assert_ptr_null(phys_find_mmio(&ps, 0x1c170000));
    phys_space_free(&ps);
}
END_TEST

static Suite *board_layout_suite(void)
{
    memcpy(no_rtc_map, tiny_map, sizeof(no_rtc_map));
    no_rtc_map[BOARD_REGION_RTC] = (struct board_region){0, 0, 0};
    no_rtc = tiny;
    no_rtc.map = no_rtc_map;

    Suite *s = suite_create("board_layout");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, device_tree_from_the_table_alone);
    tcase_add_test(tc, gicv3_redistributors_from_the_table);
    tcase_add_test(tc, absent_devices_get_no_node);
    tcase_add_test(tc, bus_from_the_table_alone);
    tcase_add_test(tc, gicv3_bus_and_windows_too_small);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(board_layout_suite()); }
