/* The software TLB's slow path; see tlb.h for the invariants. */
#include "mmu/tlb.h"

void tlb_flush(struct tlb *tlb)
{
    for (unsigned i = 0; i < TLB_ENTRIES; i++) {
        for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
            tlb->entries[i].tag[k] = TLB_TAG_INVALID;
        tlb->entries[i].addend = 0;
    }
}

void tlb_init(struct tlb *tlb, tlb_fill_fn *fill, void *owner)
{
    tlb->fill = fill;
    tlb->owner = owner;
    tlb_flush(tlb);
}

uint8_t *tlb_fill(struct tlb *tlb, uint64_t va, enum tlb_access access, struct tlb_fault *fault)
{
    struct tlb_entry fresh;
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        fresh.tag[k] = TLB_TAG_INVALID;
    fresh.addend = 0;
    if (!tlb->fill(tlb->owner, va, access, &fresh, fault))
        return 0;
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        if (fresh.tag[k] != TLB_TAG_INVALID)
            fresh.tag[k] |= tlb->context;
    *tlb_entry_for(tlb, va) = fresh;
    return tlb_lookup(tlb, va, access);
}
