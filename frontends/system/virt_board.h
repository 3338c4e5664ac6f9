/*
 * QEMU's `virt` board as ferry builds it from its table (board_virt,
 * devices/board_layout.h: where the GIC, PL011, PL031, virtio-mmio slots
 * and RAM sit and which SPIs they raise), with the GIC -M virt,gic-version=
 * picks behind one irqchip_ops, up to 8 (GICv2) or 123 (GICv3) CPUs taking
 * turns, the kernel loaded per the arm64 boot protocol, and the run loop
 * that turns what the CPU reports into exceptions, interrupts, PSCI calls
 * and console traffic.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_VIRT_BOARD_H
#define FERRY_FRONTENDS_SYSTEM_VIRT_BOARD_H

#include <stdio.h>

#include "cpu/a64/decode.h"
#include "cpu/a64/system_mmu.h"
#include "devices/board_layout.h"
#include "devices/gicv2.h"
#include "devices/gicv3.h"
#include "devices/irqchip.h"
#include "devices/pl011.h"
#include "devices/pl031.h"
#include "devices/pl061.h"
#include "devices/virtio_mmio.h"
#include "frontends/system/backends.h"
#include "frontends/system/options.h"
#include "frontends/system/uart_chardev.h"
#include "frontends/system/virt_devices.h"
#include "mmu/phys_space.h"

enum board_stop { BOARD_POWER_OFF, BOARD_RESET, BOARD_QUIT, BOARD_ERROR };

struct virt_board {
    const struct system_options *options;
    const struct board_layout *layout; /* where everything sits: board_virt */
    struct phys_space phys;
    struct a64_decoder *decoder;
    struct cpu_state cpu[SYSTEM_MAX_CPUS]; /* -smp N of them, run round-robin */
    struct system_mmu mmu[SYSTEM_MAX_CPUS];
    uint64_t cpu_affinity[SYSTEM_MAX_CPUS]; /* MPIDR Aff fields: clusters of 16 (gicv3_cpu_affinity) */
    bool cpu_on[SYSTEM_MAX_CPUS];          /* PSCI: on (running or in WFI) or off */
    bool cpu_waiting[SYSTEM_MAX_CPUS];     /* in WFI until an interrupt is pending for it */
    struct irqchip irqchip; /* the GIC -M virt,gic-version= chose: its ops, acting on `gic` */
    union {
        struct gicv2 v2; /* -M virt,gic-version=2 (the default) */
        struct gicv3 v3; /* -M virt,gic-version=3 */
    } gic;
    struct pl011 uart;
    struct pl031 rtc;
    struct pl061 gpio;               /* pin 3: the power button */
    int64_t power_button_release_ns; /* pressed (system_powerdown) until then; 0: not pressed */
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

/* Runs the guest until it powers off, resets or the user quits. */
enum board_stop virt_board_run(struct virt_board *b);

#endif
