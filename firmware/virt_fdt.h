/*
 * The device tree a Linux kernel gets on ferry's virt board, built with
 * libfdt from a plain description of the board: memory, CPUs with PSCI,
 * the architected timer, the GIC, PL011 (the console), PL031, the
 * virtio-mmio slots and /chosen (bootargs, stdout-path, initrd). Node names,
 * compatibles and interrupt specifiers follow the kernel's DT bindings the
 * way QEMU's `-M virt` lays them out, so guests written for it boot unchanged.
 */
#ifndef FERRY_FIRMWARE_VIRT_FDT_H
#define FERRY_FIRMWARE_VIRT_FDT_H

#include <stddef.h>
#include <stdint.h>

struct virt_fdt_config {
    uint64_t ram_base, ram_size;
    unsigned cpus;
    const uint64_t *cpu_affinity;  /* MPIDR Aff2..Aff0 of each CPU (the cpu nodes' reg); NULL: i */
    unsigned gic_version;          /* 2 or 3 */
    uint64_t gicd_base, gicd_size; /* distributor */
    uint64_t gicc_base, gicc_size; /* GICv2 CPU interface */
    uint64_t gicr_base, gicr_size; /* GICv3 redistributors */
    uint64_t uart_base, uart_size;
    unsigned uart_spi;
    uint64_t rtc_base, rtc_size;
    unsigned rtc_spi;
    uint64_t virtio_base, virtio_stride; /* slot i at base + i * stride, SPI first_spi + i */
    unsigned virtio_count, virtio_first_spi;
    const char *psci_method; /* "hvc" or "smc" */
    const char *bootargs;    /* NULL: none */
    uint64_t initrd_start, initrd_end; /* initrd_end == 0: no initrd */
};

/* Writes the blob into buf; its size, or -ENOSPC / -EINVAL. */
int virt_fdt_build(const struct virt_fdt_config *config, void *buf, size_t cap);

#endif
