/* The interrupt state rules GICv2 and GICv3 share; see gic_bitmaps.h. */
#include "devices/gic_bitmaps.h"

uint32_t gic_word_mask(unsigned num_irqs, unsigned word)
{
    if (word * 32 >= num_irqs)
        return 0;
    return word == GIC_FIRST_SPECIAL / 32 ? 0x0fffffffu : ~0u;
}

uint32_t gic_pending_word(struct gic_bits v, unsigned word)
{
    return *gic_word(v, GIC_LATCH, word) |
           (*gic_word(v, GIC_LEVEL, word) & ~*gic_word(v, GIC_EDGE, word));
}

bool gic_set_line(struct gic_bits v, unsigned irq, bool level)
{
    if (gic_test(v, GIC_LEVEL, irq) == level)
        return false;
    gic_assign(v, GIC_LEVEL, irq, level);
    if (level && gic_test(v, GIC_EDGE, irq))
        gic_assign(v, GIC_LATCH, irq, true); /* an edge is latched until acknowledged */
    return true;
}

/* The seven blocks, 0x80 bytes each, in address order. */
enum block_op { BLOCK_STORE, BLOCK_SET, BLOCK_CLEAR };
static const struct {
    enum gic_bitmap bitmap;
    enum block_op op;
} blocks[7] = {
    {GIC_GROUP1, BLOCK_STORE}, /* IGROUPR */
    {GIC_ENABLED, BLOCK_SET},  {GIC_ENABLED, BLOCK_CLEAR}, /* ISENABLER, ICENABLER */
    {GIC_LATCH, BLOCK_SET},    {GIC_LATCH, BLOCK_CLEAR},   /* ISPENDR, ICPENDR */
    {GIC_ACTIVE, BLOCK_SET},   {GIC_ACTIVE, BLOCK_CLEAR},  /* ISACTIVER, ICACTIVER */
};

uint32_t gic_block_read(struct gic_bits v, unsigned num_irqs, uint64_t offset, unsigned word)
{
    enum gic_bitmap b = blocks[(offset - GIC_BLOCKS_START) / 0x80].bitmap;
    uint32_t bits = b == GIC_LATCH ? gic_pending_word(v, word) : *gic_word(v, b, word);
    return bits & gic_word_mask(num_irqs, word);
}

void gic_block_write(struct gic_bits v, uint64_t offset, unsigned word, uint32_t writable,
                     uint32_t value)
{
    unsigned block = (unsigned)(offset - GIC_BLOCKS_START) / 0x80;
    uint32_t *w = gic_word(v, blocks[block].bitmap, word);
    switch (blocks[block].op) {
    case BLOCK_STORE: *w = (*w & ~writable) | (value & writable); break;
    case BLOCK_SET: *w |= value & writable; break;
    case BLOCK_CLEAR: *w &= ~(value & writable); break;
    }
}

/* Only Int_config[1] (edge) is kept; Int_config[0] bits are RAZ/WI. */
uint32_t gic_icfgr_read(struct gic_bits v, unsigned num_irqs, unsigned n)
{
    uint32_t value = 0;
    for (unsigned i = 0; i < 16; i++) {
        unsigned irq = 16 * n + i;
        if (gic_irq_exists(num_irqs, irq) && gic_test(v, GIC_EDGE, irq))
            value |= 2u << (2 * i);
    }
    return value;
}

void gic_icfgr_write(struct gic_bits v, unsigned num_irqs, unsigned n, uint32_t value)
{
    for (unsigned i = 0; i < 16; i++) {
        unsigned irq = 16 * n + i;
        if (irq >= 16 && gic_irq_exists(num_irqs, irq)) /* SGIs are always edge */
            gic_assign(v, GIC_EDGE, irq, (value >> (2 * i + 1)) & 1);
    }
}
