/* The device families' device-tree nodes; see dt_nodes.h for the bindings they follow. */
#include "firmware/dt_nodes.h"

#include <stdio.h>

/* Interrupt specifier cells (arm,gic bindings): type, number, flags. */
#define GIC_SPI 0
#define GIC_PPI 1

static void interrupt_spi(struct dt_writer *w, unsigned spi, uint32_t flags)
{
    dtw_cells(w, "interrupts", (uint32_t[]){GIC_SPI, spi, flags}, 3);
}

/* reg = <base size> of one window. */
static void reg_of(struct dt_writer *w, const struct board_region *r)
{
    uint64_t pair[2] = {r->base, r->size};
    dtw_reg(w, pair, 1);
}

void dt_node_memory(struct dt_writer *w, const struct board_region *ram, uint64_t ram_size)
{
    dtw_begin(w, "memory", ram->base);
    dtw_string(w, "device_type", "memory");
    uint64_t pair[2] = {ram->base, ram_size};
    dtw_reg(w, pair, 1);
    dtw_end(w);
}

void dt_node_psci(struct dt_writer *w, const char *method)
{
    dtw_begin(w, "psci", DT_NO_UNIT);
    dtw_strings(w, "compatible", DTW_STRINGS("arm,psci-1.0\0arm,psci-0.2\0arm,psci"));
    dtw_string(w, "method", method);
    /* PSCI 0.1 function IDs, for kernels that predate 0.2: the SMC64 numbers of 0.2 */
    dtw_u32(w, "cpu_suspend", 0xc4000001);
    dtw_u32(w, "cpu_off", 0x84000002);
    dtw_u32(w, "cpu_on", 0xc4000003);
    dtw_u32(w, "migrate", 0xc4000005);
    dtw_end(w);
}

void dt_node_cpus(struct dt_writer *w, unsigned cpus, const uint64_t *affinity)
{
    dtw_begin(w, "cpus", DT_NO_UNIT);
    dtw_u32(w, "#address-cells", 1);
    dtw_u32(w, "#size-cells", 0);
    for (unsigned i = 0; i < cpus; i++) {
        /* reg and unit address: MPIDR Aff2..Aff0 (one address cell: there is no Aff3) */
        uint32_t reg = affinity ? (uint32_t)affinity[i] : i;
        dtw_begin(w, "cpu", reg);
        dtw_string(w, "device_type", "cpu");
        dtw_string(w, "compatible", "arm,arm-v8");
        dtw_u32(w, "reg", reg);
        dtw_string(w, "enable-method", "psci");
        dtw_end(w);
    }
    dtw_end(w);
}

void dt_node_timer(struct dt_writer *w, const struct board_timer_ppis *ppis,
                   const struct irqchip_dt_node *gic, unsigned cpus)
{
    /* GICv2 PPI specifiers carry the mask of CPUs they reach in flags bits 15:8. */
    uint32_t flags = DT_IRQ_LEVEL_HIGH;
    if (gic->ppi_cpu_mask)
        flags |= ((1u << cpus) - 1) << 8;
    /* the binding's order: secure physical, non-secure physical, virtual, hypervisor */
    const unsigned order[4] = {ppis->secure_phys, ppis->phys, ppis->virt, ppis->hyp};
    uint32_t cells[12];
    for (unsigned i = 0; i < 4; i++) {
        cells[3 * i] = GIC_PPI;
        cells[3 * i + 1] = order[i];
        cells[3 * i + 2] = flags;
    }
    dtw_begin(w, "timer", DT_NO_UNIT);
    dtw_strings(w, "compatible", DTW_STRINGS("arm,armv8-timer\0arm,armv7-timer"));
    dtw_cells(w, "interrupts", cells, 12);
    dtw_empty(w, "always-on");
    dtw_end(w);
}

void dt_node_gic(struct dt_writer *w, const struct irqchip_dt_node *gic)
{
    uint64_t pairs[4];
    for (unsigned i = 0; i < gic->regs && i < 2; i++) {
        pairs[2 * i] = gic->reg[i].base;
        pairs[2 * i + 1] = gic->reg[i].size;
    }
    dtw_begin(w, "intc", gic->reg[0].base);
    dtw_string(w, "compatible", gic->compatible);
    dtw_reg(w, pairs, gic->regs < 2 ? gic->regs : 2);
    if (gic->redistributor_regions)
        dtw_u32(w, "#redistributor-regions", gic->redistributor_regions);
    dtw_u32(w, "#interrupt-cells", 3);
    dtw_empty(w, "interrupt-controller");
    dtw_u32(w, "phandle", DT_PHANDLE_GIC);
    dtw_end(w);
}

void dt_node_apb_clock(struct dt_writer *w)
{
    dtw_begin(w, "apb-pclk", DT_NO_UNIT);
    dtw_string(w, "compatible", "fixed-clock");
    dtw_u32(w, "#clock-cells", 0);
    dtw_u32(w, "clock-frequency", 24000000);
    dtw_string(w, "clock-output-names", "clk24mhz");
    dtw_u32(w, "phandle", DT_PHANDLE_APB_CLOCK);
    dtw_end(w);
}

void dt_node_pl011(struct dt_writer *w, const struct board_region *uart)
{
    dtw_begin(w, "pl011", uart->base);
    dtw_strings(w, "compatible", DTW_STRINGS("arm,pl011\0arm,primecell"));
    reg_of(w, uart);
    interrupt_spi(w, uart->irq, DT_IRQ_LEVEL_HIGH);
    dtw_strings(w, "clock-names", DTW_STRINGS("uartclk\0apb_pclk"));
    dtw_cells(w, "clocks", (uint32_t[]){DT_PHANDLE_APB_CLOCK, DT_PHANDLE_APB_CLOCK}, 2);
    dtw_end(w);
}

void dt_node_pl031(struct dt_writer *w, const struct board_region *rtc)
{
    dtw_begin(w, "pl031", rtc->base);
    dtw_strings(w, "compatible", DTW_STRINGS("arm,pl031\0arm,primecell"));
    reg_of(w, rtc);
    interrupt_spi(w, rtc->irq, DT_IRQ_LEVEL_HIGH);
    dtw_string(w, "clock-names", "apb_pclk");
    dtw_cells(w, "clocks", (uint32_t[]){DT_PHANDLE_APB_CLOCK}, 1);
    dtw_end(w);
}

void dt_node_pl061(struct dt_writer *w, const struct board_region *gpio)
{
    dtw_begin(w, "pl061", gpio->base);
    dtw_strings(w, "compatible", DTW_STRINGS("arm,pl061\0arm,primecell"));
    reg_of(w, gpio);
    interrupt_spi(w, gpio->irq, DT_IRQ_LEVEL_HIGH);
    dtw_u32(w, "#gpio-cells", 2);
    dtw_empty(w, "gpio-controller");
    dtw_string(w, "clock-names", "apb_pclk");
    dtw_cells(w, "clocks", (uint32_t[]){DT_PHANDLE_APB_CLOCK}, 1);
    dtw_u32(w, "phandle", DT_PHANDLE_GPIO);
    dtw_end(w);
}

void dt_node_gpio_keys(struct dt_writer *w, unsigned pin)
{
    dtw_begin(w, "gpio-keys", DT_NO_UNIT);
    dtw_string(w, "compatible", "gpio-keys");
    dtw_begin(w, "poweroff", DT_NO_UNIT);
    dtw_string(w, "label", "GPIO Key Poweroff");
    dtw_u32(w, "linux,code", 116); /* KEY_POWER, include/uapi/linux/input-event-codes.h */
    /* active high (flags 0, GPIO_ACTIVE_HIGH), as QEMU's virt wires it */
    dtw_cells(w, "gpios", (uint32_t[]){DT_PHANDLE_GPIO, pin, 0}, 3);
    dtw_end(w);
    dtw_end(w);
}

void dt_node_virtio_mmio(struct dt_writer *w, const struct board_region *slot)
{
    dtw_begin(w, "virtio_mmio", slot->base);
    dtw_string(w, "compatible", "virtio,mmio");
    reg_of(w, slot);
    /* rising edge, as QEMU's virt describes its transports */
    interrupt_spi(w, slot->irq, DT_IRQ_EDGE_RISING);
    dtw_empty(w, "dma-coherent");
    dtw_end(w);
}

void dt_node_chosen(struct dt_writer *w, const struct board_region *uart, const char *bootargs,
                    uint64_t initrd_start, uint64_t initrd_end)
{
    dtw_begin(w, "chosen", DT_NO_UNIT);
    if (uart) {
        char stdout_path[64];
        snprintf(stdout_path, sizeof(stdout_path), "/pl011@%llx", (unsigned long long)uart->base);
        dtw_string(w, "stdout-path", stdout_path);
    }
    if (bootargs)
        dtw_string(w, "bootargs", bootargs);
    if (initrd_end) {
        /* 64-bit values, as the root's two address cells (booting.rst accepts 32 or 64) */
        dtw_u64(w, "linux,initrd-start", initrd_start);
        dtw_u64(w, "linux,initrd-end", initrd_end);
    }
    dtw_end(w);
}
