/*
 * PL061 GPIO. Register map, reset values and ID values from the PrimeCell
 * General Purpose Input/Output (PL061) Technical Reference Manual (Arm DDI
 * 0190): GPIODATA's address bits [9:2] mask which pins a read sees and a
 * write changes; GPIOIS selects level (1) or edge (0) sensing, GPIOIBE both
 * edges, GPIOIEV rising edge / high level (1) or falling / low (0).
 */
#include "devices/pl061.h"

enum {
    GPIODATA_END = 0x400, GPIODIR = 0x400, GPIOIS = 0x404, GPIOIBE = 0x408, GPIOIEV = 0x40c,
    GPIOIE = 0x410, GPIORIS = 0x414, GPIOMIS = 0x418, GPIOIC = 0x41c, GPIOAFSEL = 0x420,
    PERIPH_ID = 0xfe0,
};

/* PeriphID0-3, PCellID0-3: part 0x061, designer Arm, revision 1 */
static const uint8_t pl061_ids[8] = {0x61, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1};

/* Level-sensitive pins interrupt while at their active level; edge ones once latched. */
static uint8_t raw_status(const struct pl061 *g)
{
    uint8_t level_active = (uint8_t)(g->is & ~(g->pins ^ g->iev));
    return (uint8_t)(g->edges | level_active);
}

static void update_irq(struct pl061 *g)
{
    irq_set_level(&g->irq, (raw_status(g) & g->ie) != 0);
}

/* The pins after a change of data, direction or inputs: latch the edges edge-sensing pins saw. */
static void pins_changed(struct pl061 *g)
{
    uint8_t now = (uint8_t)((g->data & g->dir) | (g->inputs & ~g->dir));
    uint8_t changed = now ^ g->pins, rising = changed & now, falling = changed & ~now;
    uint8_t single = (uint8_t)((g->iev & rising) | (~g->iev & falling));
    uint8_t seen = (uint8_t)((g->ibe & changed) | (~g->ibe & single));
    g->edges |= (uint8_t)(seen & ~g->is);
    g->pins = now;
    update_irq(g);
}

void pl061_reset(struct pl061 *g)
{
    g->data = g->dir = g->is = g->ibe = g->iev = g->ie = g->afsel = g->edges = 0;
    g->pins = g->inputs; /* no edge from the reset itself */
    update_irq(g);
}

void pl061_set_input(struct pl061 *g, unsigned pin, bool level)
{
    if (pin >= PL061_PINS)
        return;
    uint8_t bit = (uint8_t)(1u << pin);
    g->inputs = level ? (uint8_t)(g->inputs | bit) : (uint8_t)(g->inputs & ~bit);
    pins_changed(g);
}

static bool pl061_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    struct pl061 *g = opaque;
    (void)size;
    if (offset < GPIODATA_END) {
        *value = g->pins & (offset >> 2);
        return true;
    }
    if (offset >= PERIPH_ID && offset < PERIPH_ID + 32) {
        *value = (offset & 3) ? 0 : pl061_ids[(offset - PERIPH_ID) / 4];
        return true;
    }
    switch (offset) {
    case GPIODIR: *value = g->dir; break;
    case GPIOIS: *value = g->is; break;
    case GPIOIBE: *value = g->ibe; break;
    case GPIOIEV: *value = g->iev; break;
    case GPIOIE: *value = g->ie; break;
    case GPIORIS: *value = raw_status(g); break;
    case GPIOMIS: *value = raw_status(g) & g->ie; break;
    case GPIOAFSEL: *value = g->afsel; break;
    default: *value = 0; break; /* GPIOIC is write-only; the rest is reserved */
    }
    return true;
}

static bool pl061_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    struct pl061 *g = opaque;
    (void)size;
    uint8_t v = (uint8_t)value;
    if (offset < GPIODATA_END) {
        uint8_t mask = (uint8_t)(offset >> 2);
        g->data = (uint8_t)((g->data & ~mask) | (v & mask));
        pins_changed(g);
        return true;
    }
    switch (offset) {
    case GPIODIR: g->dir = v; break;
    case GPIOIS: g->is = v; break;
    case GPIOIBE: g->ibe = v; break;
    case GPIOIEV: g->iev = v; break;
    case GPIOIE: g->ie = v; break;
    case GPIOIC: g->edges &= (uint8_t)~v; break;
    case GPIOAFSEL: g->afsel = v; break;
    default: break; /* read-only and reserved registers ignore writes */
    }
    pins_changed(g);
    return true;
}

const struct mmio_ops pl061_mmio_ops = {pl061_read, pl061_write};
