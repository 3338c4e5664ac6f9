/*
 * One device-tree node writer per device family, each taking what the
 * board table (devices/board_layout.h) says of that device: its window,
 * its SPI. Node names, compatibles and interrupt specifiers follow the
 * kernel's DT bindings (Documentation/devicetree/bindings: arm/psci.yaml,
 * arm/cpus.yaml, timer/arm,arch_timer.yaml, interrupt-controller/arm,gic.yaml
 * and arm,gic-v3.yaml, serial/pl011.yaml, rtc/arm,pl031.yaml,
 * virtio/mmio.yaml, clock/fixed-clock.yaml) the way QEMU's `-M virt` lays
 * them out, so guests written for it boot unchanged.
 *
 * Why here and not a write_dt_node in each device's ops: libfdt stays in
 * firmware/ (the device-tree builder, DESIGN.md), so devices/ builds and
 * tests without it. The GIC, whose node depends on its version, says what
 * goes in it (irqchip_ops.dt_node) and dt_node_gic writes that.
 *
 * The builder (board_fdt.c) calls them in node order, inside the root.
 */
#ifndef FERRY_FIRMWARE_DT_NODES_H
#define FERRY_FIRMWARE_DT_NODES_H

#include "devices/board_layout.h"
#include "devices/irqchip.h"
#include "firmware/dt_writer.h"

/* The phandles the nodes refer to each other by. */
enum { DT_PHANDLE_GIC = 1, DT_PHANDLE_APB_CLOCK = 2, DT_PHANDLE_GPIO = 3 };

/* Interrupt specifier flags (the bindings' IRQ_TYPE_*). */
#define DT_IRQ_EDGE_RISING 1
#define DT_IRQ_LEVEL_HIGH 4

void dt_node_memory(struct dt_writer *w, const struct board_region *ram, uint64_t ram_size);
/* method: "hvc" or "smc" */
void dt_node_psci(struct dt_writer *w, const char *method);
/* affinity[i]: CPU i's MPIDR Aff2..Aff0 (its reg); NULL: i */
void dt_node_cpus(struct dt_writer *w, unsigned cpus, const uint64_t *affinity);
void dt_node_timer(struct dt_writer *w, const struct board_timer_ppis *ppis,
                   const struct irqchip_dt_node *gic, unsigned cpus);
void dt_node_gic(struct dt_writer *w, const struct irqchip_dt_node *gic);
/* The 24 MHz clock the PrimeCells' bindings ask for (uartclk, apb_pclk). */
void dt_node_apb_clock(struct dt_writer *w);
void dt_node_pl011(struct dt_writer *w, const struct board_region *uart);
void dt_node_pl031(struct dt_writer *w, const struct board_region *rtc);
void dt_node_pl061(struct dt_writer *w, const struct board_region *gpio);
/* The power button: a gpio-keys node whose KEY_POWER is pin `pin` of the PL061. */
void dt_node_gpio_keys(struct dt_writer *w, unsigned pin);
void dt_node_virtio_mmio(struct dt_writer *w, const struct board_region *slot);
/* stdout-path: the PL011 at `uart` (NULL: none); bootargs NULL: none; initrd_end 0: no initrd */
void dt_node_chosen(struct dt_writer *w, const struct board_region *uart, const char *bootargs,
                    uint64_t initrd_start, uint64_t initrd_end);

#endif
