/*
 * The virt board's device tree, built from its table (board_virt) and read
 * back with libfdt. Expected values are the Linux DT bindings' (compatible
 * strings, interrupt specifier cells: GIC_SPI 0 / GIC_PPI 1,
 * IRQ_TYPE_LEVEL_HIGH 4, IRQ_TYPE_EDGE_RISING 1, a GICv2 PPI's CPU mask in
 * flags bits 15:8), booting.rst's (/chosen bootargs, linux,initrd-start/end)
 * and QEMU's hw/arm/virt.c addresses and SPIs (base_memmap[], a15irqmap[]),
 * so the table itself is checked against QEMU's.
 */
#include <check.h>
#include <errno.h>
#include <libfdt.h>
#include <string.h>

#include "devices/irqchip.h"
#include "firmware/board_fdt.h"
#include "tests/unit/fdt_query.h"
#include "tests/unit/harness.h"

static uint8_t blob[65536];

static struct board_fdt_config qemu_like(void)
{
    return (struct board_fdt_config){
        .layout = &board_virt, .irqchip = &gicv2_irqchip, .ram_size = 1ull << 30, .cpus = 4,
        .psci_method = "hvc", .bootargs = "console=ttyAMA0 rdinit=/init",
        .initrd_start = 0x48000000, .initrd_end = 0x48123456,
    };
}

START_TEST(qemu_virt_layout_with_gicv2)
{
    struct board_fdt_config c = qemu_like();
    int size = board_fdt_build(&c, blob, sizeof(blob));
    ck_assert_int_gt(size, 0);
    ck_assert_int_eq(fdt_check_header(blob), 0);
    ck_assert_int_eq((int)fdt_totalsize(blob), size);
    uint32_t v[96];

    ck_assert_str_eq(fdt_query_string(blob, "/", "compatible"), "linux,dummy-virt");
    ck_assert_int_eq(fdt_query_cells(blob, "/", "#address-cells", v, 1), 1);
    ck_assert_uint_eq(v[0], 2);
    ck_assert_int_eq(fdt_query_cells(blob, "/memory@40000000", "reg", v, 4), 4);
    ck_assert_uint_eq(v[0], 0);
    ck_assert_uint_eq(v[1], 0x40000000);
    ck_assert_uint_eq(v[2], 0);
    ck_assert_uint_eq(v[3], 0x40000000);
    ck_assert_str_eq(fdt_query_string(blob, "/memory@40000000", "device_type"), "memory");

    ck_assert_str_eq(fdt_query_string(blob, "/cpus/cpu@3", "enable-method"), "psci");
    fdt_query_cells(blob, "/cpus/cpu@3", "reg", v, 1);
    ck_assert_uint_eq(v[0], 3);
    ck_assert_int_lt(fdt_path_offset(blob, "/cpus/cpu@4"), 0);
    ck_assert_str_eq(fdt_query_string(blob, "/psci", "method"), "hvc");
    ck_assert_str_eq(fdt_query_string(blob, "/psci", "compatible"), "arm,psci-1.0");

    /* timer: secure, non-secure physical, virtual, hypervisor PPIs, level high, CPUs 0-3 */
    ck_assert_int_eq(fdt_query_cells(blob, "/timer", "interrupts", v, 12), 12);
    static const uint32_t timer[12] = {1, 13, 0xf04, 1, 14, 0xf04, 1, 11, 0xf04, 1, 10, 0xf04};
    ck_assert_mem_eq(v, timer, sizeof(timer));

    ck_assert_str_eq(fdt_query_string(blob, "/intc@8000000", "compatible"), "arm,cortex-a15-gic");
    ck_assert_int_eq(fdt_query_cells(blob, "/intc@8000000", "reg", v, 8), 8);
    ck_assert_uint_eq(v[1], 0x08000000);
    ck_assert_uint_eq(v[3], 0x10000); /* QEMU's 64 KiB windows, though GICD has 4 KiB of registers */
    ck_assert_uint_eq(v[5], 0x08010000);
    ck_assert_uint_eq(v[7], 0x10000);
    fdt_query_cells(blob, "/intc@8000000", "#interrupt-cells", v, 1);
    ck_assert_uint_eq(v[0], 3);
    uint32_t gic_phandle = fdt_get_phandle(blob, fdt_query_node(blob, "/intc@8000000"));
    fdt_query_cells(blob, "/", "interrupt-parent", v, 1);
    ck_assert_uint_eq(v[0], gic_phandle);

    ck_assert_str_eq(fdt_query_string(blob, "/pl011@9000000", "compatible"), "arm,pl011");
    ck_assert_int_eq(fdt_query_cells(blob, "/pl011@9000000", "interrupts", v, 3), 3);
    ck_assert_uint_eq(v[0], 0);
    ck_assert_uint_eq(v[1], 1);
    ck_assert_uint_eq(v[2], 4);
    fdt_query_cells(blob, "/pl011@9000000", "clocks", v, 2);
    ck_assert_uint_eq(v[0], fdt_get_phandle(blob, fdt_query_node(blob, "/apb-pclk")));
    fdt_query_cells(blob, "/pl011@9000000", "reg", v, 4);
    ck_assert_uint_eq(v[3], 0x1000);
    fdt_query_cells(blob, "/pl031@9010000", "interrupts", v, 3);
    ck_assert_uint_eq(v[1], 2);
    /* the power button as QEMU's virt wires it: KEY_POWER (116) on PL061 pin 3, SPI 7 level-high */
    ck_assert_str_eq(fdt_query_string(blob, "/pl061@9030000", "compatible"), "arm,pl061");
    fdt_query_cells(blob, "/pl061@9030000", "interrupts", v, 3);
    ck_assert_uint_eq(v[1], 7);
    ck_assert_uint_eq(v[2], 4);
    fdt_query_cells(blob, "/pl061@9030000", "#gpio-cells", v, 1);
    ck_assert_uint_eq(v[0], 2);
    ck_assert(fdt_getprop(blob, fdt_query_node(blob, "/pl061@9030000"), "gpio-controller", NULL));
    ck_assert_str_eq(fdt_query_string(blob, "/gpio-keys", "compatible"), "gpio-keys");
    fdt_query_cells(blob, "/gpio-keys/poweroff", "linux,code", v, 1);
    ck_assert_uint_eq(v[0], 116);
    ck_assert_int_eq(fdt_query_cells(blob, "/gpio-keys/poweroff", "gpios", v, 3), 3);
    ck_assert_uint_eq(v[0], fdt_get_phandle(blob, fdt_query_node(blob, "/pl061@9030000")));
    ck_assert_uint_eq(v[1], 3);
    ck_assert_uint_eq(v[2], 0);
    ck_assert_int_lt(fdt_path_offset(blob, "/virtio_mmio@a004000"), 0); /* 32 slots */
    fdt_query_cells(blob, "/virtio_mmio@a000000", "interrupts", v, 3); /* slot 0 */
    ck_assert_uint_eq(v[1], 16);

    fdt_query_cells(blob, "/virtio_mmio@a003e00", "interrupts", v, 3); /* slot 31 */
    ck_assert_uint_eq(v[1], 47);
    ck_assert_uint_eq(v[2], 1);
    fdt_query_cells(blob, "/virtio_mmio@a003e00", "reg", v, 4);
    ck_assert_uint_eq(v[1], 0x0a003e00);
    ck_assert_uint_eq(v[3], 0x200);

    ck_assert_str_eq(fdt_query_string(blob, "/chosen", "stdout-path"), "/pl011@9000000");
    ck_assert_str_eq(fdt_query_string(blob, "/chosen", "bootargs"), "console=ttyAMA0 rdinit=/init");
    ck_assert_int_eq(fdt_query_cells(blob, "/chosen", "linux,initrd-start", v, 2), 2);
    ck_assert_uint_eq(v[1], 0x48000000);
    fdt_query_cells(blob, "/chosen", "linux,initrd-end", v, 2);
    ck_assert_uint_eq(v[1], 0x48123456);
}
END_TEST

START_TEST(gicv3_and_no_initrd)
{
    struct board_fdt_config c = qemu_like();
    c.irqchip = &gicv3_irqchip;
    c.cpus = 12;
    c.initrd_start = c.initrd_end = 0;
    c.bootargs = NULL;
    ck_assert_int_gt(board_fdt_build(&c, blob, sizeof(blob)), 0);
    uint32_t v[16];
    ck_assert_str_eq(fdt_query_string(blob, "/intc@8000000", "compatible"), "arm,gic-v3");
    fdt_query_cells(blob, "/intc@8000000", "reg", v, 8);
    ck_assert_uint_eq(v[5], 0x080a0000);
    /* The 12 CPUs' 128 KiB frames, the redistributors there are (QEMU claims its whole
       0xf60000 window; arm,gic-v3.yaml asks for the frames, and the rest is unassigned) */
    ck_assert_uint_eq(v[7], 12 * 0x20000);
    ck_assert_int_eq(fdt_query_cells(blob, "/intc@8000000", "#redistributor-regions", v, 1), 1);
    ck_assert_uint_eq(v[0], 1);
    fdt_query_cells(blob, "/timer", "interrupts", v, 12);
    ck_assert_uint_eq(v[2], 4); /* GICv3 PPI specifiers carry no CPU mask */
    fdt_query_node(blob, "/cpus/cpu@b");
    ck_assert_ptr_null(fdt_getprop(blob, fdt_query_node(blob, "/chosen"), "linux,initrd-start", NULL));
    ck_assert_ptr_null(fdt_getprop(blob, fdt_query_node(blob, "/chosen"), "bootargs", NULL));

    /* CPUs named by MPIDR affinity (arm/cpus.yaml: reg = MPIDR Aff2..Aff0, the unit address too) */
    uint64_t affinity[18];
    for (unsigned i = 0; i < 18; i++)
        affinity[i] = (i / 16) << 8 | (i % 16);
    c.cpus = 18;
    c.cpu_affinity = affinity;
    ck_assert_int_gt(board_fdt_build(&c, blob, sizeof(blob)), 0);
    ck_assert_int_eq(fdt_query_cells(blob, "/cpus/cpu@101", "reg", v, 1), 1);
    ck_assert_uint_eq(v[0], 0x101);
    fdt_query_cells(blob, "/cpus/cpu@f", "reg", v, 1);
    ck_assert_uint_eq(v[0], 0xf);
    ck_assert_int_lt(fdt_path_offset(blob, "/cpus/cpu@10"), 0);
}
END_TEST

START_TEST(bad_configurations_and_small_buffers)
{
    struct board_fdt_config c = qemu_like();
    ck_assert_int_eq(board_fdt_build(&c, blob, 256), -ENOSPC);
    c.cpus = 9; /* more than a GICv2 can reach */
    ck_assert_int_eq(board_fdt_build(&c, blob, sizeof(blob)), -EINVAL);
    ck_assert_ptr_null(irqchip_by_gic_version(4));
    c = qemu_like();
    c.irqchip = NULL;
    ck_assert_int_eq(board_fdt_build(&c, blob, sizeof(blob)), -EINVAL);
    c = qemu_like();
    c.irqchip = &gicv3_irqchip;
    c.cpus = 124; /* the frames that fit virt's redistributor window: 0xf60000 / 0x20000 */
    ck_assert_int_eq(board_fdt_build(&c, blob, sizeof(blob)), -EINVAL);
    c = qemu_like();
    c.ram_size = 256ull << 30; /* RAM runs from 1 GiB to 256 GiB */
    ck_assert_int_eq(board_fdt_build(&c, blob, sizeof(blob)), -EINVAL);
    c = qemu_like();
    c.initrd_end = c.initrd_start - 1;
    ck_assert_int_eq(board_fdt_build(&c, blob, sizeof(blob)), -EINVAL);
}
END_TEST

static Suite *virt_fdt_suite(void)
{
    Suite *s = suite_create("virt_fdt");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, qemu_virt_layout_with_gicv2);
    tcase_add_test(tc, gicv3_and_no_initrd);
    tcase_add_test(tc, bad_configurations_and_small_buffers);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(virt_fdt_suite()); }
