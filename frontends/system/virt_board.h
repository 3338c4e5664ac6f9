/*
 * QEMU's `virt` board as ferry builds it: the memory map and interrupt
 * numbers of hw/arm/virt.c (RAM at 0x4000_0000, GICv2 at 0x0800_0000,
 * PL011 at 0x0900_0000 on SPI 1, PL031 at 0x0901_0000 on SPI 2, virtio-mmio
 * slots from 0x0a00_0000 on SPIs 16..47), up to 8 CPUs taking turns, the kernel loaded per the
 * arm64 boot protocol, and the run loop that turns what the CPU reports into
 * exceptions, interrupts, PSCI calls and console traffic.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_VIRT_BOARD_H
#define FERRY_FRONTENDS_SYSTEM_VIRT_BOARD_H

#include <stdio.h>

#include "cpu/a64/decode.h"
#include "cpu/a64/system_mmu.h"
#include "devices/gicv2.h"
#include "devices/gicv3.h"
#include "devices/pl011.h"
#include "devices/pl031.h"
#include "devices/virtio_mmio.h"
#include "frontends/system/backends.h"
#include "frontends/system/options.h"
#include "frontends/system/uart_chardev.h"
#include "frontends/system/virt_devices.h"
#include "mmu/phys_space.h"

#define VIRT_RAM_BASE 0x40000000ull
#define VIRT_GICD_BASE 0x08000000ull
#define VIRT_GICC_BASE 0x08010000ull /* GICv2 CPU interface */
#define VIRT_GICR_BASE 0x080a0000ull /* GICv3 redistributors, one 128 KiB frame per CPU */
#define VIRT_UART_BASE 0x09000000ull
#define VIRT_RTC_BASE 0x09010000ull
#define VIRT_VIRTIO_BASE 0x0a000000ull
#define VIRT_UART_SPI 1
#define VIRT_RTC_SPI 2
#define VIRT_VIRTIO_FIRST_SPI 16
#define VIRT_VIRTIO_SLOTS 32
#define VIRT_IRQS 288 /* 32 private + 256 SPIs */

enum board_stop { BOARD_POWER_OFF, BOARD_RESET, BOARD_QUIT, BOARD_ERROR };

struct virt_board {
    const struct system_options *options;
    struct phys_space phys;
    struct a64_decoder *decoder;
    struct cpu_state cpu[SYSTEM_MAX_CPUS]; /* -smp N of them, run round-robin */
    struct system_mmu mmu[SYSTEM_MAX_CPUS];
    uint64_t cpu_affinity[SYSTEM_MAX_CPUS]; /* MPIDR Aff fields: clusters of 16 (gicv3_cpu_affinity) */
    bool cpu_on[SYSTEM_MAX_CPUS];          /* PSCI: on (running or in WFI) or off */
    bool cpu_waiting[SYSTEM_MAX_CPUS];     /* in WFI until an interrupt is pending for it */
    struct gicv2 gic;  /* -M virt,gic-version=2 (the default) */
    struct gicv3 gic3; /* -M virt,gic-version=3 */
    struct pl011 uart;
    struct pl031 rtc;
    struct uart_chardev serial;  /* the PL011 on the -serial chardev */
    struct host_backends *host;  /* main's: the I/O loop, chardevs, netdevs (they outlive the board) */
    struct virt_devices devices; /* the virtio-mmio slots and what is in them */
    enum board_stop stop; /* set by PSCI SYSTEM_OFF/RESET, host->vm (Ctrl-A x, the monitor) */
    bool stopping;
    FILE *log;
};

/*
 * Builds the board on the host's backends and loads the guest. 0, or 1
 * after a one-line error on stderr (-1: finished early, -M dumpdtb).
 */
int virt_board_init(struct virt_board *b, const struct system_options *o,
                    struct host_backends *host, FILE *log);
void virt_board_free(struct virt_board *b);

/* CPU `index` out of reset at EL1 (MMU off, D/A/I/F masked) about to run `entry` with x0 = context. */
void virt_board_reset_cpu(struct virt_board *b, unsigned index, uint64_t entry, uint64_t context);

/* The interrupt controller, whichever version the board has. */
void virt_gic_set_ppi(struct virt_board *b, unsigned cpu, unsigned ppi, bool level);
bool virt_gic_irq_pending(const struct virt_board *b, unsigned cpu);
bool virt_gic_fiq_pending(const struct virt_board *b, unsigned cpu);
/* CPU `cpu` is about to run: GICv2's banked registers answer for it. */
void virt_gic_select_cpu(struct virt_board *b, unsigned cpu);

/* Runs the guest until it powers off, resets or the user quits. */
enum board_stop virt_board_run(struct virt_board *b);

#endif
