/*
 * The interrupt state the GICv2 and GICv3 models keep the same way, and
 * the rules over it that both specifications state alike (IHI 0048B and
 * IHI 0069, "Interrupt handling state machine" and the GICD_* register
 * descriptions):
 *  - one bit per interrupt ID in each of six bitmaps, in words of 32 IDs;
 *    word 0 (the SGIs and PPIs, IDs 0-31) is banked per CPU: GICv2's
 *    banked distributor registers, GICv3's redistributor;
 *  - an interrupt is pending when its latch is set (a rising edge, an
 *    ISPENDR write, an SGI) or it is level-sensitive and its line is high;
 *    a rising edge on an edge-triggered line sets the latch;
 *  - the seven bitmap register blocks at 0x080-0x3ff (IGROUPR, IS/ICENABLER,
 *    IS/ICPENDR, IS/ICACTIVER), and ICFGR's Int_config[1] (1 = edge).
 * What differs (SGI sources, routing, the CPU interface, which words a
 * register frame reaches) stays in gicv2.c and gicv3*.c.
 *
 *     struct gic_bits v = {gic->cpu[cpu].bits, gic->bits}; // what `cpu` sees
 *     if (gic_set_line(v, irq, level)) update(gic);
 */
#ifndef FERRY_DEVICES_GIC_BITMAPS_H
#define FERRY_DEVICES_GIC_BITMAPS_H

#include <stdbool.h>
#include <stdint.h>

#define GIC_MAX_IRQS 1024 /* IDs 1020-1023 are the special ones and never exist */
#define GIC_FIRST_SPECIAL 1020u
#define GIC_WORDS (GIC_MAX_IRQS / 32)

enum gic_bitmap {
    GIC_ENABLED,
    GIC_LATCH, /* pending from an edge, an ISPENDR write or an SGI (not from a held level) */
    GIC_ACTIVE,
    GIC_GROUP1, /* IGROUPR: 1 = Group 1 */
    GIC_EDGE,   /* ICFGR Int_config[1]: 1 = edge-triggered */
    GIC_LEVEL,  /* the input line is high */
    GIC_BITMAPS
};

/* The bitmaps as one CPU sees them: its own word 0 of each, and the shared words 1 up. */
struct gic_bits {
    uint32_t *banked;              /* GIC_BITMAPS words */
    uint32_t (*shared)[GIC_WORDS]; /* GIC_BITMAPS rows; word 0 of each unused */
};

static inline uint32_t *gic_word(struct gic_bits v, enum gic_bitmap b, unsigned word)
{
    return word ? &v.shared[b][word] : &v.banked[b];
}

static inline bool gic_test(struct gic_bits v, enum gic_bitmap b, unsigned irq)
{
    return (*gic_word(v, b, irq / 32) >> (irq % 32)) & 1;
}

static inline void gic_assign(struct gic_bits v, enum gic_bitmap b, unsigned irq, bool on)
{
    uint32_t *w = gic_word(v, b, irq / 32), bit = 1u << (irq % 32);
    *w = on ? *w | bit : *w & ~bit;
}

static inline bool gic_irq_exists(unsigned num_irqs, unsigned irq)
{
    return irq < num_irqs && irq < GIC_FIRST_SPECIAL;
}

/* The IDs of word `word` that exist: none past num_irqs, not 1020-1023. */
uint32_t gic_word_mask(unsigned num_irqs, unsigned word);

/* Pending IDs of word `word`: latched, or level-sensitive with the line high. */
uint32_t gic_pending_word(struct gic_bits v, unsigned word);

/* Input line of `irq` to `level`; true when it changed (the caller recomputes its outputs). */
bool gic_set_line(struct gic_bits v, unsigned irq, bool level);

/*
 * The bitmap register blocks: `offset` the register's, in
 * GIC_BLOCKS_START..GIC_BLOCKS_END (the same in GICD and GICv3's SGI_base
 * frame), `word` the bitmap word it is. Reads of ISPENDR and
 * ICPENDR give the pending state, not just the latch; writes touch only the
 * bits of `writable` (the caller's word_mask and its own exceptions).
 */
#define GIC_BLOCKS_START 0x080
#define GIC_BLOCKS_END 0x400
uint32_t gic_block_read(struct gic_bits v, unsigned num_irqs, uint64_t offset, unsigned word);
void gic_block_write(struct gic_bits v, uint64_t offset, unsigned word, uint32_t writable,
                     uint32_t value);

/* ICFGR word `n` (IDs 16n..16n+15, two bits each); SGIs stay edge-triggered. */
uint32_t gic_icfgr_read(struct gic_bits v, unsigned num_irqs, unsigned n);
void gic_icfgr_write(struct gic_bits v, unsigned num_irqs, unsigned n, uint32_t value);

#endif
