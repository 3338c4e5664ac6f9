/*
 * Arm PrimeCell GPIO (PL061), as on QEMU's virt board at 0x0903_0000 on
 * SPI 7: eight pins, each an input or an output, with interrupts on edges
 * or levels. On virt its pin 3 is the power button (a gpio-keys node with
 * KEY_POWER): the monitor's system_powerdown presses it, the guest's
 * gpio-keys driver reports KEY_POWER, and the guest decides what to do
 * (as on QEMU, where an ACPI-less guest needs a daemon for it).
 *
 *     struct pl061 gpio = {.irq = line};
 *     pl061_reset(&gpio);
 *     pl061_set_input(&gpio, 3, true);     (the host drives input pin 3 high)
 */
#ifndef FERRY_DEVICES_PL061_H
#define FERRY_DEVICES_PL061_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/irq.h"
#include "mmu/phys_space.h"

#define PL061_MMIO_SIZE 0x1000
#define PL061_PINS 8

struct pl061 {
    struct irq_line irq;
    uint8_t data;   /* what the guest wrote for its output pins */
    uint8_t inputs; /* the levels the outside world drives onto the pins */
    uint8_t dir, is, ibe, iev, ie, afsel;
    uint8_t edges;  /* edge interrupts latched until GPIOIC */
    uint8_t pins;   /* the pins' levels as last seen: outputs from data, inputs from outside */
};

extern const struct mmio_ops pl061_mmio_ops;

/* Reset: every pin an input, no interrupt enabled (the inputs' levels stay what they are). */
void pl061_reset(struct pl061 *gpio);

/* The outside drives pin `pin` (0..7) to `level`; a pin the guest made an output ignores it. */
void pl061_set_input(struct pl061 *gpio, unsigned pin, bool level);

#endif
