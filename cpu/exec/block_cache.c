/*
 * The block cache (block_cache.h): decoding blocks, finding them, and
 * dropping exactly the ones a TLB or cache maintenance operation makes
 * stale.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/exec/block_cache.h"
#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/exec/engine.h"
#include "cpu/disas.h"
#include "cpu/memory.h"

#define CODE_PAGE_TAG 63 /* the "shift" of a page key: no translation is 2^63 bytes */
#define CODE_PAGE_UPPER_TAG 62 /* ... of a page a global upper-half (kernel) block came from */

/* VA bits 55:0 (TLBI compares no more) of the 2^shift-byte region, tagged with shift; never 0. */
static uint64_t code_region_key(uint64_t va, unsigned shift)
{
    return ((va & 0x00ffffffffffffffull) >> shift) << 6 | shift;
}

/* Whether a code_region_key names an upper-half (VA bit 55) translation. */
static bool region_is_upper(uint64_t key)
{
    unsigned shift = (unsigned)(key & 63);
    return ((key >> 6) << shift) & (1ull << 55);
}

/* A guest page by its host address (page-aligned); never 0. */
static uint64_t code_page_key(const uint8_t *page)
{
    return ((uint64_t)(uintptr_t)page >> TLB_PAGE_BITS) << 6 | CODE_PAGE_TAG;
}

/* The host page a code_page_key names. */
static const uint8_t *code_page_of_key(uint64_t key)
{
    return (const uint8_t *)(uintptr_t)((key >> 6) << TLB_PAGE_BITS);
}

static uint64_t code_page_upper_key(const uint8_t *page)
{
    return ((uint64_t)(uintptr_t)page >> TLB_PAGE_BITS) << 6 | CODE_PAGE_UPPER_TAG;
}

static unsigned page_bucket(const uint8_t *page)
{
    return (unsigned)(((uint64_t)(uintptr_t)page >> TLB_PAGE_BITS) * 0x9e3779b97f4a7c15ull >>
                      (64 - PAGE_BUCKET_BITS));
}

static void page_unlink(struct block_cache *bc, const struct block *b)
{
    for (struct block **p = &bc->page_buckets[page_bucket(b->host_page)]; *p; p = &(*p)->page_next)
        if (*p == b) {
            *p = b->page_next;
            return;
        }
}

static uint64_t *code_set_slot(struct block_cache *bc, uint64_t key)
{
    unsigned i = (unsigned)((key * 0x9e3779b97f4a7c15ull) >> (64 - CODE_SET_BITS));
    while (bc->code_set[i] && bc->code_set[i] != key)
        i = (i + 1) & (CODE_SET_SLOTS - 1);
    return &bc->code_set[i];
}

static void code_set_add(struct block_cache *bc, uint64_t key)
{
    uint64_t *slot = code_set_slot(bc, key);
    if (*slot)
        return;
    if (bc->code_set_count >= CODE_SET_SLOTS / 2) {
        bc->pending |= PENDING_FLUSH; /* the blocks (and this set) go at the next boundary */
        return;                   /* the new block is dropped with them, so need not be recorded */
    }
    *slot = key;
    bc->code_set_count++;
}

/* Where block b came from, into the code set: its translation, its guest page. */
static void code_set_add_block(struct block_cache *bc, const struct block *b)
{
    code_set_add(bc, code_region_key(b->pc, b->region_shift));
    bc->region_shifts |= 1ull << b->region_shift;
    code_set_add(bc, code_page_key(b->host_page));
    if (b->global_upper)
        code_set_add(bc, code_page_upper_key(b->host_page));
}

/*
 * A key waiting in a drop list for the next boundary (once, if it repeats
 * the last one); a full list drops everything instead.
 */
static void queue_drop(struct block_cache *bc, uint64_t *list, unsigned *count, uint64_t key)
{
    bc->pending |= PENDING_DROP;
    if (*count && list[*count - 1] == key)
        return; /* a repeat (duplicates further back only cost a slot) */
    if (*count == DROP_PAGES_MAX)
        bc->pending |= PENDING_FLUSH;
    else
        list[(*count)++] = key;
}

/*
 * TLBI by address of a translation code came through: its blocks go at the
 * next boundary (all of them, when too many such regions are waiting).
 */
static void drop_code_regions(struct block_cache *bc, uint64_t va)
{
    for (uint64_t shifts = bc->region_shifts; shifts; shifts &= shifts - 1) {
        unsigned shift = (unsigned)__builtin_ctzll(shifts);
        uint64_t key = code_region_key(va, shift);
        if (*code_set_slot(bc, key))
            queue_drop(bc, bc->drop_regions, &bc->drop_region_count, key);
    }
}

static void free_list(struct block *b)
{
    while (b) {
        struct block *next = b->all_next;
        free(b->exits);
        free(b);
        b = next;
    }
}

void block_cache_flush(struct block_cache *bc)
{
    bc->pending = 0;
    bc->drop_scope = 0;
    bc->drop_page_count = 0;
    bc->drop_region_count = 0;
    bc->stale_asids = 0;
    bc->doomed_count = 0;
    bc->doomed_upper = false;
    bc->drop_pages_upper = false;
    if (!bc->all && !bc->global_upper)
        return; /* cheap repeat flushes: __clear_cache issues IC IVAU per line */
    memset(bc->code_set, 0, sizeof(bc->code_set));
    bc->code_set_count = 0;
    bc->region_shifts = 0;
    memset(bc->page_buckets, 0, sizeof(bc->page_buckets));
    bc->retired = 0;
    free_list(bc->all);
    free_list(bc->global_upper);
    memset(bc->buckets, 0, sizeof(bc->buckets));
    bc->all = bc->global_upper = 0;
    bc->cross_page_count[0] = bc->cross_page_count[1] = 0;
    bc->upper_links_lower = bc->upper_successors_lower = false;
    bc->lower_global = false;
    bc->global_links_nonglobal = bc->global_successors_nonglobal = false;
    if (bc->engine)
        bc->engine_ops->flush(bc->engine); /* no block refers to native code any more */
}

static int compare_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* drop_pages and drop_regions sorted, for on_dropped_page's binary searches. */
static void sort_drops(struct block_cache *bc)
{
    qsort(bc->drop_pages, bc->drop_page_count, sizeof(uint64_t), compare_u64);
    qsort(bc->drop_regions, bc->drop_region_count, sizeof(uint64_t), compare_u64);
}

static void add_cross_page(struct block_cache *bc, unsigned which, struct block_exit *x)
{
    if (bc->cross_page_count[which] == bc->cross_page_cap[which]) {
        unsigned cap = bc->cross_page_cap[which] ? 2 * bc->cross_page_cap[which] : 1024;
        struct block_exit **grown = realloc(bc->cross_page[which], cap * sizeof(*grown));
        if (!grown) {
            fprintf(stderr, "ferry: out of memory\n");
            exit(1);
        }
        bc->cross_page[which] = grown;
        bc->cross_page_cap[which] = cap;
    }
    bc->cross_page[which][bc->cross_page_count[which]++] = x;
}

static bool crosses_pages(const struct block_exit *x, const struct block *to)
{
    return ((x->from->pc ^ to->pc) >> TLB_PAGE_BITS) != 0;
}

void block_note_chain(struct block_cache *bc, struct block_exit *x, const struct block *to)
{
    block_note_link(bc, x->from, to, false);
    /* a chained one is listed already (block_cache_drop keeps the lists whole) */
    if (!x->target && crosses_pages(x, to))
        add_cross_page(bc, x->from->global_upper, x);
}

/*
 * The translations changed, any of them: every block is checked again when
 * it is next looked up (its epoch is old), and every way into a block that
 * skips the lookup goes -- chained exits into another page, the jump cache
 * and return stacks. The interpreter's successors are taken only from the
 * current epoch (run.c).
 */
void block_cache_recheck(struct block_cache *bc)
{
    bc->pending &= (uint8_t)~PENDING_RECHECK;
    bc->epoch++;
    for (unsigned which = 0; which < 2; which++) {
        for (unsigned i = 0; i < bc->cross_page_count[which]; i++)
            if (bc->cross_page[which][i]->target)
                bc->engine_ops->unchain(bc->engine, bc->cross_page[which][i]);
        bc->cross_page_count[which] = 0;
    }
    /* the chains among those links went (from one half to the other, from a global page to a
       non-global one: other pages); interpreter successors stay, used only in this epoch */
    bc->upper_links_lower = bc->upper_successors_lower;
    bc->global_links_nonglobal = bc->global_successors_nonglobal;
    if (bc->engine)
        bc->engine_ops->forget_all(bc->engine); /* the indirect-branch lookups skip block_find */
}

bool block_recheck(struct cpu_state *cpu, struct block *b)
{
    struct block_cache *bc = cpu->blocks;
    uint8_t *page = mem_host_page(cpu, b->pc, TLB_EXEC);
    bool same = page && page - (b->pc & ~TLB_PAGE_MASK) == b->host_page &&
                tlb_nonglobal(&cpu->tlb, b->pc) == b->nonglobal;
    if (!same) {
        /* gone at the next boundary; meanwhile lookups pass it by and block_build decodes anew */
        cpu->exception.kind = CPU_EXC_NONE; /* a failed fetch: block_build raises it again */
        b->doomed = true;
        bc->doomed_upper |= b->global_upper;
        /* a drop looks at every block: only once enough wait (or with the next one) */
        if (++bc->doomed_count >= RECHECK_DOOMED_MAX)
            bc->pending |= PENDING_DROP;
        return false;
    }
    b->region_shift = (uint8_t)tlb_map_shift(&cpu->tlb, b->pc);
    code_set_add_block(bc, b); /* TLBI by address finds it under this translation */
    b->epoch = bc->epoch;
    return true;
}

static bool on_dropped_page(const struct block_cache *bc, const struct block *b)
{
    uint64_t page = code_page_key(b->host_page), region = code_region_key(b->pc, b->region_shift);
    return (bc->drop_page_count &&
            bsearch(&page, bc->drop_pages, bc->drop_page_count, sizeof(uint64_t), compare_u64)) ||
           (bc->drop_region_count &&
            bsearch(&region, bc->drop_regions, bc->drop_region_count, sizeof(uint64_t), compare_u64));
}

/* A TLBI of its ASID came after it: it is found no more (block_lookup). */
static bool of_stale_generation(const struct block_cache *bc, const struct block *b)
{
    return b->nonglobal && b->generation != block_generation(bc, b->space);
}

/* Blocks already doomed (block_recheck failed) stay so. */
static void mark_doomed(struct block_cache *bc, struct block *list, unsigned scope)
{
    for (struct block *b = list; b; b = b->all_next)
        b->doomed = b->doomed || tlb_in_scope(scope, b->pc, b->nonglobal) || on_dropped_page(bc, b) ||
                    of_stale_generation(bc, b);
}

/*
 * Links from the list's blocks into doomed ones go (before any is freed);
 * the list's cross-page chains that stay are listed anew (`which`).
 */
static void cut_links(struct block_cache *bc, struct block *list, unsigned which)
{
    bc->cross_page_count[which] = 0;
    for (struct block *b = list; b; b = b->all_next) {
        for (unsigned i = 0; i < 2; i++)
            if (b->successor[i] && b->successor[i]->doomed)
                b->successor[i] = 0;
        for (unsigned i = 0; i < b->exit_count; i++) {
            struct block_exit *x = &b->exits[i];
            if (x->target && x->target->doomed)
                bc->engine_ops->unchain(bc->engine, x);
            else if (x->target && !b->doomed && crosses_pages(x, x->target))
                add_cross_page(bc, which, x);
        }
        if (b->doomed && bc->engine)
            bc->engine_ops->forget(bc->engine, b);
    }
}

static void unhash(struct block_cache *bc, const struct block *b)
{
    for (struct block **p = &bc->buckets[block_hash(b->pc)]; *p; p = &(*p)->hash_next)
        if (*p == b) {
            *p = b->hash_next;
            return;
        }
}

/* Each doomed block leaves its hash bucket (short chains: BLOCK_HASH_BITS) and its list. */
static void free_doomed(struct block_cache *bc, struct block **list)
{
    struct block **link = list;
    while (*link) {
        struct block *b = *link;
        if (!b->doomed) {
            link = &b->all_next;
            continue;
        }
        unhash(bc, b);
        page_unlink(bc, b);
        *link = b->all_next;
        free(b->exits);
        free(b);
    }
}

/*
 * The code set from the blocks that are left, after a drop that looked at
 * them all anyway: keys of dropped code would make later maintenance of
 * those pages (reused for other data) look at every block again.
 */
static void rebuild_code_set(struct block_cache *bc)
{
    memset(bc->code_set, 0, sizeof(bc->code_set));
    bc->code_set_count = 0;
    bc->region_shifts = 0;
    for (const struct block *b = bc->all; b; b = b->all_next)
        code_set_add_block(bc, b);
    for (const struct block *b = bc->global_upper; b; b = b->all_next)
        code_set_add_block(bc, b);
}

/*
 * Drops the blocks within drop_scope (tlb.h) or on a drop_pages page,
 * keeping the rest and their links to each other. A user address space
 * switch (lower half, non-global) cannot touch the global upper-half
 * blocks -- the kernel's -- which then are not even looked at, unless one
 * of them links into the other list.
 */
/*
 * A drop of guest pages only (IC IVAU, stores into code): their blocks are
 * found through page_buckets and retired, the others not looked at.
 */
static void retire_pages(struct block_cache *bc)
{
    for (unsigned i = 0; i < bc->drop_page_count; i++) {
        const uint8_t *page = code_page_of_key(bc->drop_pages[i]);
        for (struct block *b = bc->page_buckets[page_bucket(page)]; b; b = b->page_next) {
            if (b->host_page != page || b->doomed)
                continue;
            b->doomed = true;
            bc->retired++;
            if (bc->engine)
                bc->engine_ops->retire(bc->engine, b);
        }
    }
    bc->drop_page_count = 0;
    bc->drop_pages_upper = false;
    bc->pending = 0;
    if (bc->engine)
        bc->engine_ops->forget_returns(bc->engine);
}

void block_cache_drop(struct block_cache *bc)
{
    bool collect = bc->stale_asids >= STALE_ASIDS_MAX || (bc->stale_asids && bc->global_links_nonglobal);
    if (!bc->drop_scope && !bc->drop_region_count && !collect &&
        bc->doomed_count < RECHECK_DOOMED_MAX &&
        bc->retired < RETIRED_MAX) {
        retire_pages(bc);
        return;
    }
    unsigned scope = bc->drop_scope;
    sort_drops(bc);
    /* translations of lower-half addresses hold none of the kernel's code (VA bit 55 set) */
    bool upper_regions = false;
    for (unsigned i = 0; i < bc->drop_region_count; i++)
        upper_regions |= region_is_upper(bc->drop_regions[i]);
    bool partial = !(scope & TLB_SCOPE_UPPER) && !bc->drop_pages_upper && !upper_regions &&
                   !bc->upper_links_lower && !bc->doomed_upper;
    bc->drop_pages_upper = false;
    bc->doomed_upper = false;
    bc->doomed_count = 0;
    mark_doomed(bc, bc->all, scope);
    if (!partial)
        mark_doomed(bc, bc->global_upper, scope);
    if (scope & TLB_SCOPE_LOWER)
        bc->lower_global = false; /* every lower-half block goes */
    if (scope & TLB_SCOPE_NONGLOBAL)
        bc->global_links_nonglobal = bc->global_successors_nonglobal = false; /* and links into them */
    bc->drop_scope = 0;
    bc->drop_page_count = 0;
    bc->drop_region_count = 0;
    bc->stale_asids = 0;
    bc->pending = 0;
    if (bc->engine)
        bc->engine_ops->forget_returns(bc->engine);
    cut_links(bc, bc->all, 0);
    if (!partial)
        cut_links(bc, bc->global_upper, 1);
    free_doomed(bc, &bc->all);
    if (!partial) {
        free_doomed(bc, &bc->global_upper);
        rebuild_code_set(bc);
        bc->retired = 0;
    }
}

void cpu_switch_space(struct cpu_state *cpu, unsigned scope)
{
    struct block_cache *bc = cpu->blocks;
    if (!bc || (scope & TLB_SCOPE_UPPER) || bc->lower_global || bc->global_links_nonglobal) {
        cpu_invalidate_scope(cpu, scope);
        return;
    }
    tlb_flush_scope(&cpu->tlb, scope);
    if (bc->engine)
        bc->engine_ops->forget_all(bc->engine); /* the indirect-branch lookups skip block_lookup's space test */
}

void cpu_invalidate_asid(struct cpu_state *cpu, uint16_t asid)
{
    tlb_flush_scope(&cpu->tlb, TLB_SCOPE_NONGLOBAL);
    struct block_cache *bc = cpu->blocks;
    if (!bc)
        return;
    bc->asid_generation[asid]++;
    if (bc->engine)
        bc->engine_ops->forget_all(bc->engine); /* the indirect-branch lookups skip block_lookup */
    /* a global block linked to one of them could still lead there: now, then */
    if (++bc->stale_asids >= STALE_ASIDS_MAX || bc->global_links_nonglobal)
        bc->pending |= PENDING_DROP;
}

void cpu_invalidate_scope(struct cpu_state *cpu, unsigned scope)
{
    tlb_flush_scope(&cpu->tlb, scope);
    if (cpu->blocks) {
        cpu->blocks->drop_scope |= scope;
        cpu->blocks->pending |= PENDING_DROP;
    }
}

void cpu_invalidate_code_page(struct cpu_state *cpu, const uint8_t *page)
{
    struct block_cache *bc = cpu->blocks;
    if (!bc || !*code_set_slot(bc, code_page_key(page)))
        return; /* nothing was decoded from that page */
    /* the kernel's blocks are looked at only if one of them came from it */
    bc->drop_pages_upper |= *code_set_slot(bc, code_page_upper_key(page)) != 0;
    /* IC IVAU comes once per 64-byte line: 64 times per page, in a row */
    queue_drop(bc, bc->drop_pages, &bc->drop_page_count, code_page_key(page));
}

void cpu_flush_apply(struct cpu_state *cpu, const struct cpu_flush *f)
{
    switch (f->kind) {
    case CPU_FLUSH_ALL: cpu_request_tlb_flush(cpu); break; /* code: rechecked, not dropped */
    case CPU_FLUSH_CODE: cpu_invalidate_code(cpu); break;
    case CPU_FLUSH_VA: cpu_invalidate_va(cpu, f->va); break;
    case CPU_FLUSH_SCOPE: cpu_invalidate_scope(cpu, f->scope); break;
    case CPU_FLUSH_ASID: cpu_invalidate_asid(cpu, f->asid); break;
    case CPU_FLUSH_CODE_PAGE: cpu_invalidate_code_page(cpu, f->page); break;
    case CPU_FLUSH_CODE_WATCH: tlb_drop_writes_to(&cpu->tlb, f->page); break;
    case CPU_FLUSH_SWITCH_SPACE: cpu_switch_space(cpu, f->scope); break;
    }
}

void block_cache_code_written(struct cpu_state *cpu)
{
    unsigned n = cpu->written_code_count;
    cpu->written_code_count = 0;
    if (n > CPU_WRITTEN_PAGES_MAX) {
        cpu_maintain(cpu, (struct cpu_flush){.kind = CPU_FLUSH_CODE});
        return;
    }
    for (unsigned i = 0; i < n; i++)
        cpu_maintain(cpu, (struct cpu_flush){.kind = CPU_FLUSH_CODE_PAGE, .page = cpu->written_code[i]});
}

/* Pages up to which a range's code is looked up page by page; past that, the code set is scanned. */
#define RANGE_PAGES_BY_LOOKUP 64

void cpu_invalidate_range(struct cpu_state *cpu, uint64_t start, uint64_t end, bool code)
{
    tlb_flush_range(&cpu->tlb, start, end);
    struct block_cache *bc = cpu->blocks;
    if (!code || !bc || end <= start)
        return;
    start &= TLB_PAGE_MASK;
    if ((end - start) >> TLB_PAGE_BITS <= RANGE_PAGES_BY_LOOKUP) {
        for (uint64_t va = start; va < end; va += TLB_PAGE_SIZE)
            drop_code_regions(bc, va);
        return;
    }
    /* A large range (a library unmapped): the translations code came through that overlap it */
    for (unsigned i = 0; i < CODE_SET_SLOTS; i++) {
        uint64_t key = bc->code_set[i];
        unsigned shift = (unsigned)(key & 63);
        if (!key || shift >= CODE_PAGE_UPPER_TAG)
            continue; /* empty, or a page key */
        uint64_t first = (key >> 6) << shift;
        if (first < (end & 0x00ffffffffffffffull) && first + (1ull << shift) > (start & 0x00ffffffffffffffull))
            queue_drop(bc, bc->drop_regions, &bc->drop_region_count, key);
    }
}

void block_cache_ranges_changed(struct cpu_state *cpu)
{
    struct cpu_range_request ranges[CPU_RANGE_REQUESTS_MAX];
    while (__atomic_exchange_n(&cpu->range_lock, 1, __ATOMIC_ACQUIRE))
        __builtin_ia32_pause();
    unsigned n = cpu->range_count;
    memcpy(ranges, cpu->ranges, sizeof(ranges[0]) * (n < CPU_RANGE_REQUESTS_MAX ? n : CPU_RANGE_REQUESTS_MAX));
    cpu->range_count = 0;
    __atomic_store_n(&cpu->range_lock, 0, __ATOMIC_RELEASE);
    if (n > CPU_RANGE_REQUESTS_MAX) {
        /* too many to list: which held code is not known either */
        tlb_flush(&cpu->tlb);
        cpu_invalidate_code(cpu);
        return;
    }
    for (unsigned i = 0; i < n; i++)
        cpu_invalidate_range(cpu, ranges[i].start, ranges[i].end, ranges[i].code);
}

void cpu_invalidate_code(struct cpu_state *cpu)
{
    if (cpu->blocks)
        cpu->blocks->pending |= PENDING_FLUSH;
}

void cpu_invalidate_va(struct cpu_state *cpu, uint64_t va)
{
    tlb_flush_va(&cpu->tlb, va);
    if (cpu->blocks)
        drop_code_regions(cpu->blocks, va);
}

static void trace_block(struct cpu_state *cpu, const struct block *b)
{
    if (!cpu->disas)
        cpu->disas = disas_open();
    fprintf(cpu->log, "----------------\nIN:\n");
    for (unsigned i = 0; i < b->count; i++) {
        char text[160];
        const struct a64_insn *in = &b->insns[i];
        fprintf(cpu->log, "0x%016" PRIx64 ":  %08" PRIx32 "      %s\n", in->pc, in->word,
                disas_a64(cpu->disas, in->word, in->pc, text, sizeof(text)));
    }
    fprintf(cpu->log, "\n");
}

/*
 * After an unconditional B (buf[n - 1]) to code of the same page the block
 * does not hold yet: true, and the block goes on at its target. A loop
 * whose test is reached by a B becomes one block that branches to itself,
 * and an if's "then" runs on into the code after the "else" without an exit.
 */
static bool follow_branch(const struct a64_insn *buf, unsigned n, uint64_t pc, uint64_t *at)
{
    const struct a64_insn *in = &buf[n - 1];
    if (in->exec != exec_B || n >= BLOCK_MAX_INSNS)
        return false;
    uint64_t target = in->pc + sign_extend((uint64_t)in->imm26 << 2, 28);
    if ((target & TLB_PAGE_MASK) != (pc & TLB_PAGE_MASK))
        return false;
    for (unsigned i = 0; i < n; i++)
        if (buf[i].pc == target)
            return false;
    *at = target;
    return true;
}

/* Decodes a new block at pc. NULL (with cpu->exception set) if pc itself cannot be fetched. */
struct block *block_build(struct cpu_state *cpu, uint64_t pc)
{
    struct a64_insn buf[BLOCK_MAX_INSNS];
    unsigned n = 0;
    uint64_t at = pc;
    if (pc & 3) {
        /* Misaligned PC: a PC alignment fault, which Linux delivers as SIGBUS. */
        cpu->exception.kind = CPU_EXC_ALIGNMENT;
        cpu->exception.address = pc;
        cpu->exception.is_write = false;
        return 0;
    }
    uint8_t *page = mem_host_page(cpu, pc, TLB_EXEC);
    if (!page)
        return 0;
    /* before the bytes are read: a store racing with the decode is noticed too */
    if (cpu->tlb.watch_code)
        cpu->tlb.watch_code(cpu->tlb.owner, pc);
    unsigned shift = tlb_map_shift(&cpu->tlb, pc);
    const uint8_t *host_page = page - (pc & ~TLB_PAGE_MASK);
    while (n < BLOCK_MAX_INSNS) {
        uint32_t word;
        memcpy(&word, page + (at & ~TLB_PAGE_MASK) - (pc & ~TLB_PAGE_MASK), 4);
        struct a64_insn *in = &buf[n++];
        bool known = a64_decode(cpu->decoder, word, at, in);
        at += 4;
        if (known && follow_branch(buf, n, pc, &at))
            continue;
        if (!known || (in->row->flags & (A64_ENDS_BLOCK | A64_UNIMPLEMENTED)))
            break;
        if ((at & ~TLB_PAGE_MASK) == 0)
            break; /* next instruction is on another page */
    }
    struct block *b = malloc(sizeof(*b) + n * sizeof(struct a64_insn));
    if (!b) {
        fprintf(stderr, "ferry: out of memory building a code block\n");
        exit(1);
    }
    b->pc = pc;
    b->el = cpu->el;
    b->context = (unsigned)cpu->tlb.context;
    b->host_page = host_page;
    b->nonglobal = tlb_nonglobal(&cpu->tlb, pc);
    b->space = b->nonglobal ? block_space(cpu) : 0;
    b->generation = block_generation(cpu->blocks, b->space);
    b->doomed = false;
    b->region_shift = (uint8_t)shift;
    b->epoch = cpu->blocks->epoch;
    b->end_pc = at;
    b->count = n;
    b->successor[0] = b->successor[1] = 0;
    b->next_successor_slot = 0;
    b->native = 0;
    b->exits = 0;
    b->exit_count = 0;
    memcpy(b->insns, buf, n * sizeof(struct a64_insn));
    struct block_cache *bc = cpu->blocks;
    unsigned h = block_hash(pc);
    b->hash_next = bc->buckets[h];
    bc->buckets[h] = b;
    b->global_upper = !b->nonglobal && ((pc >> 55) & 1);
    bc->lower_global |= !b->nonglobal && !b->global_upper;
    code_set_add_block(bc, b);
    unsigned pb = page_bucket(host_page);
    b->page_next = bc->page_buckets[pb];
    bc->page_buckets[pb] = b;
    struct block **list = b->global_upper ? &bc->global_upper : &bc->all;
    b->all_next = *list;
    *list = b;
    if (cpu->trace_flags & TRACE_IN_ASM)
        trace_block(cpu, b);
    return b;
}


struct block_cache *block_cache_new(void)
{
    struct block_cache *bc = calloc(1, sizeof(*bc));
    if (!bc) {
        fprintf(stderr, "ferry: out of memory\n");
        exit(1);
    }
    return bc;
}

void block_cache_free(struct block_cache *bc)
{
    if (!bc)
        return;
    block_cache_flush(bc);
    free(bc->cross_page[0]);
    free(bc->cross_page[1]);
    free(bc);
}
