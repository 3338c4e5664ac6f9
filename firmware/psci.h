/*
 * PSCI 1.0 (Arm DEN 0022D), implemented by ferry itself as the firmware a
 * QEMU virt guest would find behind HVC (or SMC): the kernel's cpus and
 * power management go through it. The call is a function of the caller's
 * x0-x3 and the board, so it is table-free C over plain structs: the board
 * supplies callbacks that start a CPU, report whether one is on, and power
 * off or reset the machine.
 *
 *     struct psci_call call = {cpu->x[0], cpu->x[1], cpu->x[2], cpu->x[3]};
 *     cpu->x[0] = psci_handle(&board_psci, calling_cpu, &call);
 */
#ifndef FERRY_FIRMWARE_PSCI_H
#define FERRY_FIRMWARE_PSCI_H

#include <stdbool.h>
#include <stdint.h>

/* Function IDs (SMC32 and SMC64 calling conventions where both exist). */
enum {
    PSCI_VERSION = 0x84000000,
    PSCI_CPU_SUSPEND_32 = 0x84000001,
    PSCI_CPU_SUSPEND_64 = 0xc4000001,
    PSCI_CPU_OFF = 0x84000002,
    PSCI_CPU_ON_32 = 0x84000003,
    PSCI_CPU_ON_64 = 0xc4000003,
    PSCI_AFFINITY_INFO_32 = 0x84000004,
    PSCI_AFFINITY_INFO_64 = 0xc4000004,
    PSCI_MIGRATE_INFO_TYPE = 0x84000006,
    PSCI_SYSTEM_OFF = 0x84000008,
    PSCI_SYSTEM_RESET = 0x84000009,
    PSCI_FEATURES = 0x8400000a,
};

/* Return codes. */
enum {
    PSCI_SUCCESS = 0,
    PSCI_NOT_SUPPORTED = -1,
    PSCI_INVALID_PARAMETERS = -2,
    PSCI_DENIED = -3,
    PSCI_ALREADY_ON = -4,
    PSCI_ON_PENDING = -5,
    PSCI_INTERNAL_FAILURE = -6,
};

/* AFFINITY_INFO states. */
enum { PSCI_AFFINITY_ON = 0, PSCI_AFFINITY_OFF = 1, PSCI_AFFINITY_ON_PENDING = 2 };

struct psci_board {
    unsigned cpu_count;
    void *opaque;
    bool (*cpu_is_on)(void *opaque, unsigned cpu);
    /* Starts `cpu` at EL1 at `entry` with x0 = context (MMU off, DAIF masked). */
    void (*cpu_start)(void *opaque, unsigned cpu, uint64_t entry, uint64_t context);
    /* Stops the calling CPU (CPU_OFF does not return to the caller). */
    void (*cpu_stop)(void *opaque, unsigned cpu);
    void (*system_off)(void *opaque);
    void (*system_reset)(void *opaque);
    /* MPIDR affinity fields of CPU i (Aff3 in bits 39:32, Aff2..Aff0 in 23:0); NULL: Aff0 = i */
    const uint64_t *cpu_affinity;
};

struct psci_call {
    uint64_t function, arg1, arg2, arg3;
};

/* Carries out the call made by CPU `caller`; the value for the caller's x0. */
uint64_t psci_handle(const struct psci_board *board, unsigned caller, const struct psci_call *call);

#endif
