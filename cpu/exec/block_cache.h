/*
 * The cache of decoded blocks both engines run from.
 *
 * A block is the decoded instructions from its start PC up to and including
 * the first row flagged A64_ENDS_BLOCK, an undefined instruction, the end of
 * the guest page, or BLOCK_MAX_INSNS. Conditional branches do not end it:
 * a taken one leaves the block in the middle (a side exit). Nor does a B
 * to code of the same page the block does not hold yet: the block goes on
 * at its target (block_followed_branch), so its instructions need not be
 * contiguous; each has its own PC. Blocks never span a page, so dropping
 * the code of a page is enough to honour self-modifying code. Blocks are
 * keyed by PC and exception level: the fetch was checked with that EL's
 * rights, and by the TLB context (PAN at EL1 too).
 *
 * The interpreter (interp.c) runs a block's decoded instructions; the
 * translator (cpu/dbt, an engine behind engine.h's ops) turns a block into
 * x86-64 code once it is found here, keeps the code behind block->native
 * and records its chainable exits in the block, so that the drops here can
 * cut the links into blocks that go.
 *
 * Invalidation (cpu_invalidate_*) is deferred to the next block boundary
 * (block_cache_service) so the block being run is never freed under the
 * run loop's feet.
 */
#ifndef FERRY_CPU_EXEC_BLOCK_CACHE_H
#define FERRY_CPU_EXEC_BLOCK_CACHE_H

#ifdef FERRY_LAYER_A64
#error "cpu/a64 must not include cpu/exec (DESIGN.md: dbt -> exec -> a64)"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "cpu/a64/decode.h"
#include "cpu/a64/exec.h"
#include "cpu/cpu.h"

#define BLOCK_MAX_INSNS 64
#define BLOCK_HASH_BITS 16
#define BLOCK_HASH_SIZE (1u << BLOCK_HASH_BITS)

/*
 * One chainable exit of a translated block: a jmp rel32 whose field starts
 * out aimed at the instruction after it (back to the run loop) and is
 * patched to the target block's code once both exist. The field is the
 * engine's (its unchain op rewrites it); the cache keeps which block leads
 * to which.
 */
struct block_exit {
    struct block *from;  /* the block it leaves */
    uint8_t *jump_field; /* writable address of the jmp's rel32, NULL if the exit is not chainable */
    struct block *target; /* the block it is patched to, NULL when unchained */
};

struct block {
    uint64_t pc;
    unsigned el; /* decoded for this EL: the fetch was checked against its rights */
    unsigned context; /* ... and the TLB context (EL, PAN at EL1) it runs in: part of its key */
    const uint8_t *host_page; /* where its guest page's bytes are (IC IVAU finds it by that) */
    bool nonglobal; /* fetched through a non-global translation: it runs only in ... */
    uint64_t space; /* ... this address space (block_space), whatever the ASID is now, */
    uint32_t generation; /* ... until a TLBI of its ASID (block_cache.asid_generation) */
    bool doomed;    /* being dropped by block_cache_drop */
    uint8_t region_shift; /* the log2 size of the translation it was fetched through */
    bool global_upper; /* global and in the upper half: on bc->global_upper's list */
    unsigned epoch; /* the cache's epoch when its translation was last checked */
    uint64_t end_pc; /* PC after the last instruction (fall-through) */
    struct block *hash_next;
    struct block *all_next;
    /* Interpreter: the last two blocks control went to from here: skips the hash lookup in loops. */
    struct block *successor[2];
    unsigned next_successor_slot;
    struct block *page_next;   /* the next block in its page_buckets chain */
    /*
     * An engine with native code (the translator): its data for the block
     * (cpu/dbt's struct dbt_block), NULL until it makes some; the engine
     * owns it (it goes with the engine's flush). The links between its
     * code's blocks are the cache's, so that a drop finds and cuts them.
     */
    void *native;
    struct block_exit *exits; /* its chainable exits (made by the engine) */
    unsigned exit_count;
    unsigned count;
    struct a64_insn insns[];
};

#define PENDING_FLUSH 1u /* drop every block */
#define PENDING_DROP 2u  /* drop those in drop_scope / drop_pages / drop_regions */
#define PENDING_RECHECK 4u /* every translation may have changed: see block_cache_recheck */
#define RECHECK_DOOMED_MAX 1024 /* blocks failing their recheck that wait for one drop */
/*
 * IC IVAU pages (and TLBI'd code translations) waiting for the next block
 * boundary; more and the whole cache goes. Linux invalidates a range page
 * by page (an exec'd program's old text, a module), hence room for many.
 */
#define DROP_PAGES_MAX 512
/* TLBIs by ASID whose blocks, unreachable at once, wait for one drop to free them all */
#define STALE_ASIDS_MAX 16

/*
 * Blocks dropped by page (IC IVAU, a store into their code) are retired
 * (the engine's retire) instead of having every link into them looked for: up to
 * this many wait, doomed, for one drop that looks at every block.
 */
#define RETIRED_MAX 4096
#define PAGE_BUCKET_BITS 12

/*
 * Where decoded code came from, as one open-addressing set of keys: for TLBI
 * by address, the translations (region = VA >> its size's log2) blocks were
 * fetched through, and which sizes occur; for IC IVAU, the guest pages (by
 * host address) they were read from. Emptied with the blocks; when full, the
 * blocks are dropped to make room. Most maintenance names memory that holds
 * no decoded code, and then costs one lookup.
 */
#define CODE_SET_BITS 16
#define CODE_SET_SLOTS (1u << CODE_SET_BITS)

struct exec_engine_ops;

struct block_cache {
    struct block *buckets[BLOCK_HASH_SIZE];
    struct block *all;          /* every block but ... */
    struct block *global_upper; /* ... the global upper-half ones (the kernel's) */
    bool upper_links_lower;     /* one of those is linked to one of the others */
    /*
     * Whether blocks that run in every address space (global) have been
     * built in the lower half, or linked to non-global ones: then a switch
     * of address space drops blocks as a TLB flush of its scope would.
     */
    bool lower_global;
    bool global_links_nonglobal;
    /* ... of those links, interpreter successors (which only a flush or a drop cuts) */
    bool upper_successors_lower, global_successors_nonglobal;
    /*
     * The chained exits into another guest page, by list their block is on
     * (0: all, 1: global_upper): what a change of translations must cut.
     * A chain within a page stays: whoever enters the page's code again
     * comes through a lookup, which checks its translation.
     */
    struct block_exit **cross_page[2];
    unsigned cross_page_count[2], cross_page_cap[2];
    uint8_t pending; /* PENDING_*: work for the next block boundary (one test per block) */
    unsigned epoch;  /* bumped by block_cache_recheck: blocks of older epochs are rechecked */
    bool doomed_upper; /* block_recheck doomed a global_upper block */
    unsigned doomed_count; /* blocks block_recheck doomed, waiting for a drop */
    bool drop_pages_upper; /* a global_upper block came from one of drop_pages */
    unsigned drop_scope; /* tlb_scope bits: blocks to drop at the next boundary */
    uint64_t drop_pages[DROP_PAGES_MAX]; /* ... and the guest pages (code_page_key) */
    unsigned drop_page_count;
    uint64_t drop_regions[DROP_PAGES_MAX]; /* ... and the translations (code_region_key) */
    unsigned drop_region_count;
    /*
     * TLBI by ASID bumps the ASID's generation: its blocks (of older
     * generations) are no longer found, and wait for a drop to be freed
     * (stale_asids counts those TLBIs).
     */
    uint32_t asid_generation[1u << 16];
    unsigned stale_asids;
    uint64_t region_shifts; /* bit n: some code came through a 2^n-byte translation */
    unsigned code_set_count;
    uint64_t code_set[CODE_SET_SLOTS]; /* 0 = empty, else code_region_key or code_page_key */
    /* every block, chained by page_next in the bucket of the guest page it came from */
    struct block *page_buckets[1u << PAGE_BUCKET_BITS];
    unsigned retired; /* blocks retired since the last drop that looked at every block */
    /* the engine with state (the translator), told of every drop (engine.h); NULL: none */
    const struct exec_engine_ops *engine_ops;
    void *engine;
};

struct block_cache *block_cache_new(void);
void block_cache_free(struct block_cache *bc);

/* Drops every block now (the caller holds no block pointer). */
void block_cache_flush(struct block_cache *bc);
/* Drops the blocks in drop_scope / drop_pages now. */
void block_cache_drop(struct block_cache *bc);
/*
 * After the whole TLB went (TLBI VMALLE1, an MMU control change) the blocks
 * stay, but every link between them is cut and each is checked again the
 * next time it is looked up: still fetched, through the same kind of
 * translation, from the same guest page (block_recheck). Code on a page
 * that now holds other bytes was dropped by the IC maintenance that made
 * them visible.
 */
void block_cache_recheck(struct block_cache *bc);
/* b (of an older epoch) still translates to its page: true, and it is current again. */
bool block_recheck(struct cpu_state *cpu, struct block *b);

/* Applies the address-space changes cpu_request_range queued for this CPU. */
void block_cache_ranges_changed(struct cpu_state *cpu);

/* Drops (on every CPU) the code of the pages cpu_code_written listed. */
void block_cache_code_written(struct cpu_state *cpu);

/*
 * The maintenance due at a block boundary: another thread's flush request
 * and this CPU's pending drops. Returns true when blocks went (block
 * pointers the caller kept are stale).
 */
static inline bool block_cache_service(struct cpu_state *cpu)
{
    struct block_cache *bc = cpu->blocks;
    if (__builtin_expect(__atomic_load_n(&cpu->flush_request, __ATOMIC_ACQUIRE) != 0, 0)) {
        uint32_t request = __atomic_exchange_n(&cpu->flush_request, 0, __ATOMIC_ACQUIRE);
        if (request & CPU_FLUSH_REQUEST_RANGES)
            block_cache_ranges_changed(cpu);
        if (request & CPU_FLUSH_REQUEST_WRITTEN)
            block_cache_code_written(cpu);
        if (request & (CPU_FLUSH_REQUEST_CODE | CPU_FLUSH_REQUEST_TLB)) {
            tlb_flush(&cpu->tlb);
            bc->pending |= (request & CPU_FLUSH_REQUEST_CODE) ? PENDING_FLUSH : PENDING_RECHECK;
        }
    }
    if (__builtin_expect(bc->pending != 0, 0)) {
        if (bc->pending & PENDING_FLUSH) {
            block_cache_flush(bc);
            return true;
        }
        if (bc->pending & PENDING_RECHECK)
            block_cache_recheck(bc);
        if (bc->pending & PENDING_DROP)
            block_cache_drop(bc);
        return true;
    }
    return false;
}

/* `from` now leads to `to` (chained exit, or with `successor` the interpreter's): see block_cache_drop. */
static inline void block_note_link(struct block_cache *bc, const struct block *from,
                                   const struct block *to, bool successor)
{
    if (from->global_upper && !to->global_upper) {
        bc->upper_links_lower = true;
        bc->upper_successors_lower |= successor;
    }
    if (!from->nonglobal && to->nonglobal) {
        bc->global_links_nonglobal = true;
        bc->global_successors_nonglobal |= successor;
    }
}

/* Exit x is being chained to `to` (the translator's run loop): see block_cache_recheck. */
void block_note_chain(struct block_cache *bc, struct block_exit *x, const struct block *to);

/* Whether instruction j of b is a B the block went through (its target is instruction j + 1). */
static inline bool block_followed_branch(const struct block *b, unsigned j)
{
    /* a B ends a block unless it was followed */
    return j + 1 < b->count && b->insns[j].exec == exec_B;
}

static inline unsigned block_hash(uint64_t pc)
{
    return (unsigned)((pc >> 2) ^ (pc >> (2 + BLOCK_HASH_BITS))) & (BLOCK_HASH_SIZE - 1);
}

/*
 * The address space a non-global translation belongs to (full system): the
 * lower half's table (TTBR0_EL1) and the ASID (TTBR1_EL1's with TCR_EL1.A1
 * set, else TTBR0_EL1's). Blocks fetched through one are kept per address
 * space, as a TLB keeps such entries per ASID: a Linux context switch back
 * finds its process's code still translated.
 */
static inline uint64_t block_space(const struct cpu_state *cpu)
{
    const uint64_t asid_bits = 0xffffull << 48;
    uint64_t asid = ((cpu->el1.tcr >> 22) & 1 ? cpu->el1.ttbr1 : cpu->el1.ttbr0) & asid_bits;
    return (cpu->el1.ttbr0 & ~asid_bits) | asid;
}

/* The generation of the ASID of address space `space` (block_cache.asid_generation). */
static inline uint32_t block_generation(const struct block_cache *bc, uint64_t space)
{
    return bc->asid_generation[space >> 48];
}

static inline struct block *block_lookup(struct block_cache *bc, uint64_t pc, unsigned context,
                                         uint64_t space)
{
    for (struct block *b = bc->buckets[block_hash(pc)]; b; b = b->hash_next)
        if (b->pc == pc && b->context == context && !b->doomed &&
            (!b->nonglobal || (b->space == space && b->generation == block_generation(bc, space))))
            return b;
    return 0;
}

/* Decodes a new block at pc. NULL (with cpu->exception set) if pc itself cannot be fetched. */
struct block *block_build(struct cpu_state *cpu, uint64_t pc);

/*
 * The block at cpu->pc in the current TLB context, found or decoded; NULL
 * as block_build. Keyed by the context, not just the EL, so translated code
 * knows its TLB context (EL, PAN) as a constant.
 */
static inline struct block *block_find(struct cpu_state *cpu)
{
    struct block *b = block_lookup(cpu->blocks, cpu->pc, (unsigned)cpu->tlb.context, block_space(cpu));
    if (b && __builtin_expect(b->epoch != cpu->blocks->epoch, 0) && !block_recheck(cpu, b))
        b = 0;
    return b ? b : block_build(cpu, cpu->pc);
}

#endif
