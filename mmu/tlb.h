/*
 * The software TLB: guest virtual page -> host pointer, kept separately for
 * read, write and execute.
 *
 * Every guest memory access made by the CPU core goes through here. A hit is
 * a tag compare and an add; a miss calls the owner's fill function (the
 * user-mode address space today, the stage-1 walker for full system later),
 * which either installs an entry or reports a fault. Only RAM pages are ever
 * installed: MMIO and anything else that needs the slow path simply never
 * hits.
 *
 * Invariant: an entry's tag for an access kind is the page-aligned guest
 * address ORed with the TLB's `context` when that access is allowed, and
 * TLB_TAG_INVALID otherwise, so one compare checks presence, permission and
 * context.
 *
 * Context: full system keeps the exception level there, so entries filled
 * with EL1's rights never answer an EL0 access and the other way round; an
 * exception or ERET only changes `context`, and the entries of both levels
 * stay valid (they also sit in different halves of the table, so the
 * kernel touching a user page does not evict the user's entry). User mode
 * keeps it 0.
 *
 * Usage:
 *     uint8_t *p = tlb_lookup(&cpu->tlb, va, TLB_READ);
 *     if (!p) p = tlb_fill(&cpu->tlb, va, TLB_READ, &fault);
 */
#ifndef FERRY_MMU_TLB_H
#define FERRY_MMU_TLB_H

#include <stdbool.h>
#include <stdint.h>

#define TLB_PAGE_BITS 12
#define TLB_PAGE_SIZE (1ull << TLB_PAGE_BITS)
#define TLB_PAGE_MASK (~(TLB_PAGE_SIZE - 1))
#define TLB_ENTRIES 512
#define TLB_TAG_INVALID UINT64_MAX
#define TLB_LARGE_SLOTS 1024 /* room for the larger-than-a-page translations entries came from */

enum tlb_access { TLB_READ = 0, TLB_WRITE = 1, TLB_EXEC = 2, TLB_ACCESS_KINDS = 3 };

struct tlb_entry {
    uint64_t tag[TLB_ACCESS_KINDS]; /* page address, or TLB_TAG_INVALID */
    uintptr_t addend;               /* host pointer = guest address + addend */
};

/* Why a fill failed: what the CPU turns into an exception. */
struct tlb_fault {
    uint64_t address;
    enum tlb_access access;
    bool mapped;    /* page exists but the access is not permitted */
    /* full system only: */
    uint8_t status; /* ESR_ELx DFSC/IFSC of the abort (translation, permission, ...) */
    bool device;    /* not a fault: the page is MMIO (or unassigned); `pa` is where the access goes */
    uint64_t pa;
    /*
     * With `device`: the page has a Device memory type (the MMU is off, or
     * MAIR says Device), so an unaligned access is an alignment fault. Such a
     * page may be RAM: it takes the slow path all the same.
     */
    bool device_type;
    /*
     * On success (full system): log2 of the size of the translation that
     * mapped the page (12 for a 4 KiB page, 21 for a 2 MiB block, ...), so a
     * TLBI by address can drop every 4 KiB entry that translation produced.
     * 0 means TLB_PAGE_BITS.
     */
    uint8_t map_shift;
    bool nonglobal; /* on success: made by a non-global (nG) translation, which an ASID change drops */
};

/*
 * Installs the entry for the page holding `va` and returns true, or fills
 * `fault` and returns false. Tags are plain page addresses: tlb_fill adds
 * the context.
 */
typedef bool tlb_fill_fn(void *owner, uint64_t va, enum tlb_access access,
                         struct tlb_entry *entry, struct tlb_fault *fault);

struct tlb {
    struct tlb_entry entries[TLB_ENTRIES];
    uint64_t context; /* below TLB_PAGE_SIZE; see above */
    uint8_t map_shift[TLB_ENTRIES]; /* of each entry's translation (tlb_fault.map_shift) */
    bool nonglobal[TLB_ENTRIES];    /* ... and whether it was non-global (tlb_fault.nonglobal) */
    /*
     * The translations larger than a page entries were filled from since
     * the last whole flush, as a set of (VA bits 55:shift, shift) keys, and
     * the sizes seen (bit n: 2^n bytes); when it overflows, every TLBI by
     * address looks at all entries.
     */
    uint64_t large_regions[TLB_LARGE_SLOTS];
    unsigned large_count;
    uint64_t large_shifts;
    bool large_overflow;
    tlb_fill_fn *fill;
    void *owner;
    /*
     * Optional: code is about to be decoded from the page holding va, so
     * the owner makes the next store to that page noticed (the page's
     * decoded code must go: self-modifying code, a JIT reusing a buffer, a
     * reused physical page). NULL: only IC maintenance drops code.
     */
    void (*watch_code)(void *owner, uint64_t va);
};

static inline struct tlb_entry *tlb_entry_for(struct tlb *tlb, uint64_t va)
{
    return &tlb->entries[((va >> TLB_PAGE_BITS) + tlb->context * (TLB_ENTRIES / 2)) &
                         (TLB_ENTRIES - 1)];
}

/* Host pointer for `va`, or NULL on a miss. */
static inline uint8_t *tlb_lookup(struct tlb *tlb, uint64_t va, enum tlb_access access)
{
    struct tlb_entry *e = tlb_entry_for(tlb, va);
    if (e->tag[access] != ((va & TLB_PAGE_MASK) | tlb->context))
        return 0;
    return (uint8_t *)(uintptr_t)(va + e->addend);
}

void tlb_init(struct tlb *tlb, tlb_fill_fn *fill, void *owner);
void tlb_flush(struct tlb *tlb);

/*
 * TLBI by address: drops, in every context, each entry whose translation
 * covers `va` (a 2 MiB block's entries all go). Bits 63:56 are not compared:
 * with top-byte-ignore the same page may sit under several tags.
 */
void tlb_flush_va(struct tlb *tlb, uint64_t va);

/*
 * Drops, in every context, each entry whose translation overlaps the
 * virtual range [start, end) (bits 63:56 not compared, as tlb_flush_va):
 * ferry-user's munmap, mprotect and mmap over old mappings.
 */
void tlb_flush_range(struct tlb *tlb, uint64_t start, uint64_t end);

/*
 * Drops the write permission of every entry whose page is the host page
 * `page`, whatever its address or context, so the next store there misses.
 */
void tlb_drop_writes_to(struct tlb *tlb, const uint8_t *page);

/* log2 of the size of the translation behind `va`'s entry in the current context (after a hit). */
unsigned tlb_map_shift(const struct tlb *tlb, uint64_t va);
/* Whether that translation was non-global. */
bool tlb_nonglobal(const struct tlb *tlb, uint64_t va);

/*
 * What a change of translation registers invalidates (full system): the
 * half of the address space one TTBR translates (VA bit 55 clear: TTBR0,
 * set: TTBR1), and/or everything non-global (an ASID change: entries carry
 * no ASID).
 */
enum tlb_scope { TLB_SCOPE_LOWER = 1, TLB_SCOPE_UPPER = 2, TLB_SCOPE_NONGLOBAL = 4 };

/* Drops, in every context, each entry within `scope` (a set of tlb_scope bits). */
void tlb_flush_scope(struct tlb *tlb, unsigned scope);

/* Whether a translation of va with that globalness falls within scope. */
static inline bool tlb_in_scope(unsigned scope, uint64_t va, bool nonglobal)
{
    bool upper = (va >> 55) & 1;
    return ((scope & TLB_SCOPE_LOWER) && !upper) || ((scope & TLB_SCOPE_UPPER) && upper) ||
           ((scope & TLB_SCOPE_NONGLOBAL) && nonglobal);
}

/* Slow path: ask the owner, install, return the host pointer or NULL + fault. */
uint8_t *tlb_fill(struct tlb *tlb, uint64_t va, enum tlb_access access, struct tlb_fault *fault);

#endif
