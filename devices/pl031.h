/*
 * Arm PrimeCell Real Time Clock (PL031), as on QEMU's virt board at
 * 0x0901_0000: a 32-bit seconds counter that reads the host's time (plus
 * whatever offset the guest loads), a match register and its interrupt.
 *
 * The clock is a callback so tests and record/replay can supply their own
 * time. The match interrupt is evaluated whenever the guest touches the
 * device and by pl031_update, which the board's event loop calls at the
 * time pl031_seconds_to_match announces.
 */
#ifndef FERRY_DEVICES_PL031_H
#define FERRY_DEVICES_PL031_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/irq.h"
#include "mmu/phys_space.h"

#define PL031_MMIO_SIZE 0x1000

struct pl031 {
    struct irq_line irq;
    /* host wall-clock time in seconds since the epoch */
    uint64_t (*now)(void *opaque);
    void *now_opaque;
    int64_t offset; /* guest counter = host seconds + offset (mod 2^32) */
    uint32_t match, load, imsc, ris;
    bool match_seen; /* the interrupt fired for this second's match already */
};

extern const struct mmio_ops pl031_mmio_ops;

/* Reset: the counter shows the host's time, the alarm is off. */
void pl031_reset(struct pl031 *rtc);

/* Raises the match interrupt if the counter has reached the match value. */
void pl031_update(struct pl031 *rtc);

/* Seconds until the counter equals the match register (0 if it does now). */
uint32_t pl031_seconds_to_match(const struct pl031 *rtc);

#endif
