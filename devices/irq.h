/*
 * An interrupt line from a device to an interrupt controller: the device
 * only says "my line is now high/low"; whoever wired the board decides what
 * that means (a GIC SPI, a test's recorder). Level-triggered, as the virt
 * board's devices are.
 */
#ifndef FERRY_DEVICES_IRQ_H
#define FERRY_DEVICES_IRQ_H

#include <stdbool.h>

struct irq_line {
    void (*set_level)(void *opaque, unsigned line, bool level);
    void *opaque;
    unsigned line;
};

static inline void irq_set_level(const struct irq_line *irq, bool level)
{
    if (irq->set_level)
        irq->set_level(irq->opaque, irq->line, level);
}

#endif
