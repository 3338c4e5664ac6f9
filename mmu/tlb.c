/* The software TLB's slow path; see tlb.h for the invariants. */
#include "mmu/tlb.h"

#include <string.h>

static void invalidate_entry(struct tlb_entry *e)
{
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        e->tag[k] = TLB_TAG_INVALID;
    e->addend = 0;
}

void tlb_flush(struct tlb *tlb)
{
    for (unsigned i = 0; i < TLB_ENTRIES; i++) {
        invalidate_entry(&tlb->entries[i]);
        tlb->map_shift[i] = TLB_PAGE_BITS;
        tlb->nonglobal[i] = false;
    }
    if (tlb->large_count)
        memset(tlb->large_regions, 0, sizeof(tlb->large_regions));
    tlb->large_count = 0;
    tlb->large_shifts = 0;
    tlb->large_overflow = false;
}

/* A larger-than-a-page translation's key (never 0) and its slot in large_regions. */
static uint64_t large_key(uint64_t va, unsigned shift)
{
    return ((va & 0x00ffffffffffffffull) >> shift) << 6 | shift;
}

static uint64_t *large_slot(struct tlb *tlb, uint64_t key)
{
    unsigned i = (unsigned)((key * 0x9e3779b97f4a7c15ull) >> 54) & (TLB_LARGE_SLOTS - 1);
    while (tlb->large_regions[i] && tlb->large_regions[i] != key)
        i = (i + 1) & (TLB_LARGE_SLOTS - 1);
    return &tlb->large_regions[i];
}

/* Whether an entry may have come from a larger translation covering va. */
static bool large_covers(struct tlb *tlb, uint64_t va)
{
    if (tlb->large_overflow)
        return true;
    for (uint64_t shifts = tlb->large_shifts; shifts; shifts &= shifts - 1)
        if (*large_slot(tlb, large_key(va, (unsigned)__builtin_ctzll(shifts))))
            return true;
    return false;
}

#define TAG_ADDRESS_BITS 0x00fffffffffff000ull /* bits 55:12: what TLBI by address compares */

/* Drops entry i if it translates va (with its translation's size). */
static void flush_entry_of(struct tlb *tlb, unsigned i, uint64_t va)
{
    struct tlb_entry *e = &tlb->entries[i];
    uint64_t region = TAG_ADDRESS_BITS & ~((1ull << tlb->map_shift[i]) - 1);
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++) {
        if (e->tag[k] != TLB_TAG_INVALID && ((e->tag[k] ^ va) & region) == 0) {
            invalidate_entry(e);
            return;
        }
    }
}

void tlb_flush_va(struct tlb *tlb, uint64_t va)
{
    if (!large_covers(tlb, va)) {
        /* pages only: va's entry is in its slot of one of the two halves of the table */
        unsigned slot = (unsigned)(va >> TLB_PAGE_BITS) & (TLB_ENTRIES - 1);
        flush_entry_of(tlb, slot, va);
        flush_entry_of(tlb, (slot + TLB_ENTRIES / 2) & (TLB_ENTRIES - 1), va);
        return;
    }
    /* A full scan: entries of a large translation sit in many slots. 512 compares per TLBI. */
    for (unsigned i = 0; i < TLB_ENTRIES; i++)
        flush_entry_of(tlb, i, va);
}

void tlb_flush_range(struct tlb *tlb, uint64_t start, uint64_t end)
{
    start &= TAG_ADDRESS_BITS;
    end = (end + TLB_PAGE_SIZE - 1) & TAG_ADDRESS_BITS;
    if (end - start <= 8 * TLB_PAGE_SIZE && !tlb->large_count && !tlb->large_overflow) {
        for (uint64_t va = start; va < end; va += TLB_PAGE_SIZE)
            tlb_flush_va(tlb, va);
        return;
    }
    /* Otherwise one pass: an entry goes if its translation overlaps the range. */
    for (unsigned i = 0; i < TLB_ENTRIES; i++) {
        struct tlb_entry *e = &tlb->entries[i];
        uint64_t size = 1ull << tlb->map_shift[i];
        for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++) {
            if (e->tag[k] != TLB_TAG_INVALID) {
                uint64_t first = e->tag[k] & TAG_ADDRESS_BITS & ~(size - 1);
                if (first < end && first + size > start)
                    invalidate_entry(e);
                break;
            }
        }
    }
}

void tlb_flush_scope(struct tlb *tlb, unsigned scope)
{
    for (unsigned i = 0; i < TLB_ENTRIES; i++) {
        struct tlb_entry *e = &tlb->entries[i];
        for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++) {
            if (e->tag[k] != TLB_TAG_INVALID) {
                if (tlb_in_scope(scope, e->tag[k], tlb->nonglobal[i]))
                    invalidate_entry(e);
                break;
            }
        }
    }
}

void tlb_drop_writes_to(struct tlb *tlb, const uint8_t *page)
{
    for (unsigned i = 0; i < TLB_ENTRIES; i++) {
        struct tlb_entry *e = &tlb->entries[i];
        uint64_t tag = e->tag[TLB_WRITE];
        if (tag != TLB_TAG_INVALID && (uintptr_t)((tag & TLB_PAGE_MASK) + e->addend) == (uintptr_t)page)
            e->tag[TLB_WRITE] = TLB_TAG_INVALID;
    }
}

bool tlb_nonglobal(const struct tlb *tlb, uint64_t va)
{
    return tlb->nonglobal[tlb_entry_for((struct tlb *)tlb, va) - tlb->entries];
}

unsigned tlb_map_shift(const struct tlb *tlb, uint64_t va)
{
    return tlb->map_shift[tlb_entry_for((struct tlb *)tlb, va) - tlb->entries];
}

void tlb_init(struct tlb *tlb, tlb_fill_fn *fill, void *owner)
{
    tlb->fill = fill;
    tlb->owner = owner;
    tlb->watch_code = 0;
    tlb_flush(tlb);
}

uint8_t *tlb_fill(struct tlb *tlb, uint64_t va, enum tlb_access access, struct tlb_fault *fault)
{
    struct tlb_entry fresh;
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        fresh.tag[k] = TLB_TAG_INVALID;
    fresh.addend = 0;
    fault->map_shift = 0;
    fault->nonglobal = false;
    if (!tlb->fill(tlb->owner, va, access, &fresh, fault))
        return 0;
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        if (fresh.tag[k] != TLB_TAG_INVALID)
            fresh.tag[k] |= tlb->context;
    struct tlb_entry *slot = tlb_entry_for(tlb, va);
    *slot = fresh;
    tlb->map_shift[slot - tlb->entries] = fault->map_shift ? fault->map_shift : TLB_PAGE_BITS;
    if (fault->map_shift > TLB_PAGE_BITS && !tlb->large_overflow) {
        uint64_t *large = large_slot(tlb, large_key(va, fault->map_shift));
        if (!*large && tlb->large_count >= TLB_LARGE_SLOTS / 2) {
            tlb->large_overflow = true;
        } else if (!*large) {
            *large = large_key(va, fault->map_shift);
            tlb->large_count++;
            tlb->large_shifts |= 1ull << fault->map_shift;
        }
    }
    tlb->nonglobal[slot - tlb->entries] = fault->nonglobal;
    return tlb_lookup(tlb, va, access);
}
