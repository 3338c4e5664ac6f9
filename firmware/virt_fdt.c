/*
 * Builds the virt board's device tree with libfdt's sequential-write API.
 * Bindings: Documentation/devicetree/bindings in the Linux kernel
 * (arm/psci.yaml, timer/arm,arch_timer.yaml, interrupt-controller/
 * arm,gic.yaml and arm,gic-v3.yaml, serial/pl011.yaml, rtc/arm,pl031.yaml,
 * virtio/mmio.yaml, clock/fixed-clock.yaml).
 */
#include "firmware/virt_fdt.h"

#include <errno.h>
#include <libfdt.h>
#include <stdio.h>

/* Interrupt specifier cells (arm,gic bindings): type, number, flags. */
#define GIC_SPI 0
#define GIC_PPI 1
#define IRQ_EDGE_RISING 1
#define IRQ_LEVEL_HIGH 4

/* The architected timer's PPIs: secure physical 13, non-secure physical 14, virtual 11, hypervisor 10. */
static const uint32_t timer_ppis[4] = {13, 14, 11, 10};

enum { PHANDLE_GIC = 1, PHANDLE_CLOCK = 2 };

struct writer {
    void *fdt;
    int err;
};

/* Each helper records the first libfdt error and does nothing after it. */
static void check(struct writer *w, int r)
{
    if (r < 0 && !w->err)
        w->err = r;
}

static void begin(struct writer *w, const char *name, uint64_t unit)
{
    char full[64];
    if (unit != UINT64_MAX)
        snprintf(full, sizeof(full), "%s@%llx", name, (unsigned long long)unit);
    else
        snprintf(full, sizeof(full), "%s", name);
    if (!w->err)
        check(w, fdt_begin_node(w->fdt, full));
}

static void end(struct writer *w)
{
    if (!w->err)
        check(w, fdt_end_node(w->fdt));
}

static void prop_string(struct writer *w, const char *name, const char *value)
{
    if (!w->err)
        check(w, fdt_property_string(w->fdt, name, value));
}

/* A string list: the strings with their NULs, e.g. "arm,pl011\0arm,primecell". */
static void prop_strings(struct writer *w, const char *name, const char *list, size_t len)
{
    if (!w->err)
        check(w, fdt_property(w->fdt, name, list, (int)len));
}

static void prop_u32(struct writer *w, const char *name, uint32_t value)
{
    if (!w->err)
        check(w, fdt_property_u32(w->fdt, name, value));
}

static void prop_cells(struct writer *w, const char *name, const uint32_t *cells, unsigned count)
{
    fdt32_t be[16];
    for (unsigned i = 0; i < count; i++)
        be[i] = cpu_to_fdt32(cells[i]);
    if (!w->err)
        check(w, fdt_property(w->fdt, name, be, (int)(count * sizeof(be[0]))));
}

static void prop_empty(struct writer *w, const char *name)
{
    if (!w->err)
        check(w, fdt_property(w->fdt, name, 0, 0));
}

/* reg = <base size> with two cells each (the root's #address-cells and #size-cells). */
static void prop_reg(struct writer *w, const uint64_t *pairs, unsigned count)
{
    uint32_t cells[16];
    for (unsigned i = 0; i < count * 2; i++) {
        cells[2 * i] = (uint32_t)(pairs[i] >> 32);
        cells[2 * i + 1] = (uint32_t)pairs[i];
    }
    prop_cells(w, "reg", cells, count * 4);
}

#define STRINGS(s) s, sizeof(s)

static void add_cpus_and_psci(struct writer *w, const struct virt_fdt_config *c)
{
    begin(w, "psci", UINT64_MAX);
    prop_strings(w, "compatible", STRINGS("arm,psci-1.0\0arm,psci-0.2\0arm,psci"));
    prop_string(w, "method", c->psci_method);
    /* PSCI 0.1 function IDs, for kernels that predate 0.2: the SMC64 numbers of 0.2 */
    prop_u32(w, "cpu_suspend", 0xc4000001);
    prop_u32(w, "cpu_off", 0x84000002);
    prop_u32(w, "cpu_on", 0xc4000003);
    prop_u32(w, "migrate", 0xc4000005);
    end(w);

    begin(w, "cpus", UINT64_MAX);
    prop_u32(w, "#address-cells", 1);
    prop_u32(w, "#size-cells", 0);
    for (unsigned i = 0; i < c->cpus; i++) {
        /* reg and unit address: the MPIDR affinity, Aff2..Aff0 (one address cell: there is no Aff3) */
        uint32_t affinity = c->cpu_affinity ? (uint32_t)c->cpu_affinity[i] : i;
        begin(w, "cpu", affinity);
        prop_string(w, "device_type", "cpu");
        prop_string(w, "compatible", "arm,arm-v8");
        prop_u32(w, "reg", affinity);
        prop_string(w, "enable-method", "psci");
        end(w);
    }
    end(w);
}

static void add_timer(struct writer *w, const struct virt_fdt_config *c)
{
    /* GICv2 PPI specifiers carry the mask of CPUs they reach in flags bits 15:8. */
    uint32_t flags = IRQ_LEVEL_HIGH;
    if (c->gic_version == 2)
        flags |= ((1u << c->cpus) - 1) << 8;
    uint32_t cells[12];
    for (unsigned i = 0; i < 4; i++) {
        cells[3 * i] = GIC_PPI;
        cells[3 * i + 1] = timer_ppis[i];
        cells[3 * i + 2] = flags;
    }
    begin(w, "timer", UINT64_MAX);
    prop_strings(w, "compatible", STRINGS("arm,armv8-timer\0arm,armv7-timer"));
    prop_cells(w, "interrupts", cells, 12);
    prop_empty(w, "always-on");
    end(w);
}

static void add_gic(struct writer *w, const struct virt_fdt_config *c)
{
    begin(w, "intc", c->gicd_base);
    if (c->gic_version == 3) {
        prop_string(w, "compatible", "arm,gic-v3");
        uint64_t reg[4] = {c->gicd_base, c->gicd_size, c->gicr_base, c->gicr_size};
        prop_reg(w, reg, 2);
        prop_u32(w, "#redistributor-regions", 1);
    } else {
        prop_string(w, "compatible", "arm,cortex-a15-gic");
        uint64_t reg[4] = {c->gicd_base, c->gicd_size, c->gicc_base, c->gicc_size};
        prop_reg(w, reg, 2);
    }
    prop_u32(w, "#interrupt-cells", 3);
    prop_empty(w, "interrupt-controller");
    prop_u32(w, "phandle", PHANDLE_GIC);
    end(w);
}

static void add_devices(struct writer *w, const struct virt_fdt_config *c)
{
    /* The 24 MHz clock the PrimeCells' bindings ask for (uartclk, apb_pclk). */
    begin(w, "apb-pclk", UINT64_MAX);
    prop_string(w, "compatible", "fixed-clock");
    prop_u32(w, "#clock-cells", 0);
    prop_u32(w, "clock-frequency", 24000000);
    prop_string(w, "clock-output-names", "clk24mhz");
    prop_u32(w, "phandle", PHANDLE_CLOCK);
    end(w);

    uint32_t clocks[2] = {PHANDLE_CLOCK, PHANDLE_CLOCK};
    begin(w, "pl011", c->uart_base);
    prop_strings(w, "compatible", STRINGS("arm,pl011\0arm,primecell"));
    uint64_t uart_reg[2] = {c->uart_base, c->uart_size};
    prop_reg(w, uart_reg, 1);
    prop_cells(w, "interrupts", (uint32_t[]){GIC_SPI, c->uart_spi, IRQ_LEVEL_HIGH}, 3);
    prop_strings(w, "clock-names", STRINGS("uartclk\0apb_pclk"));
    prop_cells(w, "clocks", clocks, 2);
    end(w);

    begin(w, "pl031", c->rtc_base);
    prop_strings(w, "compatible", STRINGS("arm,pl031\0arm,primecell"));
    uint64_t rtc_reg[2] = {c->rtc_base, c->rtc_size};
    prop_reg(w, rtc_reg, 1);
    prop_cells(w, "interrupts", (uint32_t[]){GIC_SPI, c->rtc_spi, IRQ_LEVEL_HIGH}, 3);
    prop_string(w, "clock-names", "apb_pclk");
    prop_cells(w, "clocks", clocks, 1);
    end(w);

    for (unsigned i = 0; i < c->virtio_count; i++) {
        uint64_t base = c->virtio_base + i * c->virtio_stride;
        begin(w, "virtio_mmio", base);
        prop_string(w, "compatible", "virtio,mmio");
        uint64_t reg[2] = {base, c->virtio_stride};
        prop_reg(w, reg, 1);
        prop_cells(w, "interrupts",
                   (uint32_t[]){GIC_SPI, c->virtio_first_spi + i, IRQ_EDGE_RISING}, 3);
        prop_empty(w, "dma-coherent");
        end(w);
    }
}

static void add_chosen(struct writer *w, const struct virt_fdt_config *c)
{
    char stdout_path[64];
    snprintf(stdout_path, sizeof(stdout_path), "/pl011@%llx", (unsigned long long)c->uart_base);
    begin(w, "chosen", UINT64_MAX);
    prop_string(w, "stdout-path", stdout_path);
    if (c->bootargs)
        prop_string(w, "bootargs", c->bootargs);
    if (c->initrd_end) {
        /* 64-bit values, as the root's two address cells (booting.rst accepts 32 or 64) */
        if (!w->err)
            check(w, fdt_property_u64(w->fdt, "linux,initrd-start", c->initrd_start));
        if (!w->err)
            check(w, fdt_property_u64(w->fdt, "linux,initrd-end", c->initrd_end));
    }
    end(w);
}

int virt_fdt_build(const struct virt_fdt_config *c, void *buf, size_t cap)
{
    /* A GICv2 reaches 8 CPUs; the cap for v3 keeps the cpus node's size bounded. */
    if (!c->cpus || c->cpus > (c->gic_version == 2 ? 8u : 512u) ||
        (c->gic_version != 2 && c->gic_version != 3) || c->initrd_end < c->initrd_start)
        return -EINVAL;
    struct writer w = {buf, 0};
    check(&w, fdt_create(buf, (int)cap));
    if (!w.err)
        check(&w, fdt_finish_reservemap(buf));
    begin(&w, "", UINT64_MAX);
    prop_string(&w, "compatible", "linux,dummy-virt");
    prop_string(&w, "model", "ferry virt");
    prop_u32(&w, "#address-cells", 2);
    prop_u32(&w, "#size-cells", 2);
    prop_u32(&w, "interrupt-parent", PHANDLE_GIC);

    begin(&w, "memory", c->ram_base);
    prop_string(&w, "device_type", "memory");
    uint64_t mem[2] = {c->ram_base, c->ram_size};
    prop_reg(&w, mem, 1);
    end(&w);

    add_cpus_and_psci(&w, c);
    add_timer(&w, c);
    add_gic(&w, c);
    add_devices(&w, c);
    add_chosen(&w, c);
    end(&w);
    if (!w.err)
        check(&w, fdt_finish(buf));
    if (w.err)
        return w.err == -FDT_ERR_NOSPACE ? -ENOSPC : -EINVAL;
    return (int)fdt_totalsize(buf);
}
