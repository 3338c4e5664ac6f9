/*
 * The interpreter: pre-decoded basic blocks cached by PC, and the run loop.
 *
 * A block is the decoded instructions from its start PC up to and including
 * the first row flagged A64_ENDS_BLOCK, an undefined instruction, the end of
 * the guest page, or BLOCK_MAX_INSNS. Blocks never span a page, so dropping
 * the code of a page is enough to honour self-modifying code.
 *
 * The run loop executes blocks until an instruction returns anything other
 * than A64_NEXT/A64_BRANCH, then returns to the frontend with the exception
 * in cpu->exception and cpu->pc set architecturally: the faulting
 * instruction for aborts and UNDEF, the next instruction for SVC.
 *
 * Invalidation (cpu_invalidate_code) is deferred to the next block boundary
 * so the block being executed is never freed under the loop's feet.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/a64/debug.h"
#include "cpu/a64/decode.h"
#include "cpu/cpu.h"
#include "cpu/disas.h"
#include "cpu/memory.h"

#define BLOCK_MAX_INSNS 64
#define BLOCK_HASH_BITS 14
#define BLOCK_HASH_SIZE (1u << BLOCK_HASH_BITS)

struct block {
    uint64_t pc;
    unsigned el; /* decoded for this EL: the fetch was checked against its rights */
    const uint8_t *host_page; /* where its guest page's bytes are (IC IVAU finds it by that) */
    bool nonglobal; /* fetched through a non-global translation (an ASID change drops it) */
    bool doomed;    /* being dropped by block_cache_drop_scope */
    uint64_t end_pc; /* PC after the last instruction (fall-through) */
    struct block *hash_next;
    struct block *all_next;
    /* The last two blocks control went to from here: skips the hash lookup in loops. */
    struct block *successor[2];
    unsigned next_successor_slot;
    unsigned count;
    struct a64_insn insns[];
};

/*
 * Where decoded code came from, as one open-addressing set of keys: for TLBI
 * by address, the translations (region = VA >> its size's log2) blocks were
 * fetched through, and which sizes occur; for IC IVAU, the guest pages (by
 * host address) they were read from. Emptied with the blocks; when full, the
 * blocks are dropped to make room. Most maintenance names memory that holds
 * no decoded code, and then costs one lookup.
 */
#define CODE_SET_BITS 14
#define CODE_SET_SLOTS (1u << CODE_SET_BITS)
#define CODE_PAGE_TAG 63 /* the "shift" of a page key: no translation is 2^63 bytes */
/* IC IVAU pages waiting for the next block boundary; more and the whole cache goes. */
#define DROP_PAGES_MAX 16
#define PENDING_FLUSH 1u /* drop every block */
#define PENDING_DROP 2u  /* drop those in drop_scope / drop_pages */

struct block_cache {
    struct block *buckets[BLOCK_HASH_SIZE];
    struct block *all;
    uint8_t pending; /* PENDING_*: work for the next block boundary (one test per block) */
    unsigned drop_scope; /* tlb_scope bits: blocks to drop at the next boundary */
    const uint8_t *drop_pages[DROP_PAGES_MAX]; /* ... and the guest pages (host addresses) */
    unsigned drop_page_count;
    uint64_t region_shifts; /* bit n: some code came through a 2^n-byte translation */
    unsigned code_set_count;
    uint64_t code_set[CODE_SET_SLOTS]; /* 0 = empty, else code_region_key or code_page_key */
};

/* VA bits 55:0 (TLBI compares no more) of the 2^shift-byte region, tagged with shift; never 0. */
static uint64_t code_region_key(uint64_t va, unsigned shift)
{
    return ((va & 0x00ffffffffffffffull) >> shift) << 6 | shift;
}

/* A guest page by its host address (page-aligned); never 0. */
static uint64_t code_page_key(const uint8_t *page)
{
    return ((uint64_t)(uintptr_t)page >> TLB_PAGE_BITS) << 6 | CODE_PAGE_TAG;
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

static bool code_region_holds(struct block_cache *bc, uint64_t va)
{
    for (uint64_t shifts = bc->region_shifts; shifts; shifts &= shifts - 1) {
        unsigned shift = (unsigned)__builtin_ctzll(shifts);
        if (*code_set_slot(bc, code_region_key(va, shift)))
            return true;
    }
    return false;
}

static unsigned block_hash(uint64_t pc)
{
    return (unsigned)((pc >> 2) ^ (pc >> (2 + BLOCK_HASH_BITS))) & (BLOCK_HASH_SIZE - 1);
}

static void block_cache_flush(struct block_cache *bc)
{
    bc->pending = 0;
    bc->drop_scope = 0;
    bc->drop_page_count = 0;
    if (!bc->all)
        return; /* cheap repeat flushes: __clear_cache issues IC IVAU per line */
    memset(bc->code_set, 0, sizeof(bc->code_set));
    bc->code_set_count = 0;
    bc->region_shifts = 0;
    struct block *b = bc->all;
    while (b) {
        struct block *next = b->all_next;
        free(b);
        b = next;
    }
    memset(bc->buckets, 0, sizeof(bc->buckets));
    bc->all = 0;
}

static bool on_dropped_page(const struct block_cache *bc, const struct block *b)
{
    for (unsigned i = 0; i < bc->drop_page_count; i++)
        if (bc->drop_pages[i] == b->host_page)
            return true;
    return false;
}

/*
 * Drops the blocks within drop_scope (tlb.h) or on a drop_pages page,
 * keeping the rest and their links to each other.
 */
static void block_cache_drop(struct block_cache *bc)
{
    unsigned scope = bc->drop_scope;
    for (struct block *b = bc->all; b; b = b->all_next)
        b->doomed = tlb_in_scope(scope, b->pc, b->nonglobal) || on_dropped_page(bc, b);
    bc->drop_scope = 0;
    bc->drop_page_count = 0;
    bc->pending = 0;
    for (struct block *b = bc->all; b; b = b->all_next) /* before any is freed */
        for (unsigned i = 0; i < 2; i++)
            if (b->successor[i] && b->successor[i]->doomed)
                b->successor[i] = 0;
    memset(bc->buckets, 0, sizeof(bc->buckets));
    struct block **link = &bc->all;
    while (*link) {
        struct block *b = *link;
        if (b->doomed) {
            *link = b->all_next;
            free(b);
            continue;
        }
        unsigned h = block_hash(b->pc);
        b->hash_next = bc->buckets[h];
        bc->buckets[h] = b;
        link = &b->all_next;
    }
}

void cpu_invalidate_scope(struct cpu_state *cpu, unsigned scope)
{
    tlb_flush_scope(&cpu->tlb, scope);
    if (cpu->blocks)
        cpu->blocks->drop_scope |= scope;
    if (cpu->blocks)
        cpu->blocks->pending |= PENDING_DROP;
}

void cpu_invalidate_code_page(struct cpu_state *cpu, const uint8_t *page)
{
    struct block_cache *bc = cpu->blocks;
    if (!bc || !*code_set_slot(bc, code_page_key(page)))
        return; /* nothing was decoded from that page */
    for (unsigned i = 0; i < bc->drop_page_count; i++)
        if (bc->drop_pages[i] == page)
            return; /* IC IVAU comes once per 64-byte line: 64 times per page */
    if (bc->drop_page_count == DROP_PAGES_MAX)
        bc->pending |= PENDING_FLUSH;
    else
        bc->drop_pages[bc->drop_page_count++] = page;
    bc->pending |= PENDING_DROP;
}

void cpu_flush_apply(struct cpu_state *cpu, const struct cpu_flush *f)
{
    switch (f->kind) {
    case CPU_FLUSH_ALL: cpu_request_flush(cpu); break;
    case CPU_FLUSH_CODE: cpu_invalidate_code(cpu); break;
    case CPU_FLUSH_VA: cpu_invalidate_va(cpu, f->va); break;
    case CPU_FLUSH_SCOPE: cpu_invalidate_scope(cpu, f->scope); break;
    case CPU_FLUSH_CODE_PAGE: cpu_invalidate_code_page(cpu, f->page); break;
    }
}

void cpu_invalidate_code(struct cpu_state *cpu)
{
    if (cpu->blocks)
        cpu->blocks->pending |= PENDING_FLUSH;
}

void cpu_invalidate_va(struct cpu_state *cpu, uint64_t va)
{
    tlb_flush_va(&cpu->tlb, va);
    if (cpu->blocks && code_region_holds(cpu->blocks, va))
        cpu->blocks->pending |= PENDING_FLUSH;
}

static struct block *block_lookup(struct block_cache *bc, uint64_t pc, unsigned el)
{
    for (struct block *b = bc->buckets[block_hash(pc)]; b; b = b->hash_next)
        if (b->pc == pc && b->el == el)
            return b;
    return 0;
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

/* Decodes a new block at pc. NULL (with cpu->exception set) if pc itself cannot be fetched. */
static struct block *block_build(struct cpu_state *cpu, uint64_t pc)
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
    unsigned shift = tlb_map_shift(&cpu->tlb, pc);
    const uint8_t *host_page = page - (pc & ~TLB_PAGE_MASK);
    code_set_add(cpu->blocks, code_region_key(pc, shift));
    cpu->blocks->region_shifts |= 1ull << shift;
    code_set_add(cpu->blocks, code_page_key(host_page));
    while (n < BLOCK_MAX_INSNS) {
        uint32_t word;
        memcpy(&word, page + (at & ~TLB_PAGE_MASK) - (pc & ~TLB_PAGE_MASK), 4);
        struct a64_insn *in = &buf[n++];
        bool known = a64_decode(cpu->decoder, word, at, in);
        at += 4;
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
    b->host_page = host_page;
    b->nonglobal = tlb_nonglobal(&cpu->tlb, pc);
    b->doomed = false;
    b->end_pc = at;
    b->count = n;
    b->successor[0] = b->successor[1] = 0;
    b->next_successor_slot = 0;
    memcpy(b->insns, buf, n * sizeof(struct a64_insn));
    struct block_cache *bc = cpu->blocks;
    unsigned h = block_hash(pc);
    b->hash_next = bc->buckets[h];
    bc->buckets[h] = b;
    b->all_next = bc->all;
    bc->all = b;
    if (cpu->trace_flags & TRACE_IN_ASM)
        trace_block(cpu, b);
    return b;
}

/* The block at cpu->pc, found through prev's successor cache, the hash, or decoding. */
/* Inlined: it is the hot path of the run loop (run_one_debugged calls it too). */
static inline __attribute__((always_inline)) struct block *next_block(struct cpu_state *cpu,
                                                                    struct block *prev)
{
    uint64_t pc = cpu->pc;
    if (prev && prev->el == cpu->el) { /* an ERET may have changed the EL: successors share prev's */
        if (prev->successor[0] && prev->successor[0]->pc == pc)
            return prev->successor[0];
        if (prev->successor[1] && prev->successor[1]->pc == pc)
            return prev->successor[1];
    }
    struct block *b = block_lookup(cpu->blocks, pc, cpu->el);
    if (!b)
        b = block_build(cpu, pc);
    if (b && prev && prev->el == b->el)
        prev->successor[prev->next_successor_slot++ & 1] = b;
    return b;
}

/* What an instruction's non-NEXT/BRANCH result leaves for the caller: the exception, pc set. */
static enum cpu_exception_kind finish_exception(struct cpu_state *cpu, const struct a64_insn *in,
                                                enum a64_result r)
{
    if (r == A64_UNDEF) {
        cpu->exception.kind = CPU_EXC_UNDEF;
        cpu->exception.syndrome = in->word;
        cpu->exception.address = in->pc;
    }
    bool returns_after = cpu->exception.kind == CPU_EXC_SVC ||
                         cpu->exception.kind == CPU_EXC_FIRMWARE_CALL ||
                         cpu->exception.kind == CPU_EXC_WFI;
    cpu->pc = returns_after ? in->pc + 4 : in->pc;
    return cpu->exception.kind;
}

/*
 * PSTATE.IL only becomes 1 by an ERET, which ends its block, so checking at
 * block entry catches the first instruction; a fetch abort (in next_block)
 * has the higher priority, as the Arm ARM orders them.
 */
static bool illegal_state_exception(struct cpu_state *cpu, const struct block *b)
{
    if (__builtin_expect(!cpu->illegal_state, 1))
        return false;
    cpu->exception.kind = CPU_EXC_ILLEGAL_STATE;
    cpu->exception.address = b->pc;
    return true;
}

/*
 * Breakpoints or software step armed (debug.h): one instruction, with the
 * debug checks before and after it. CPU_EXC_NONE: carry on.
 */
static enum cpu_exception_kind run_one_debugged(struct cpu_state *cpu)
{
    if (a64_debug_before(cpu))
        return cpu->exception.kind;
    struct block *b = next_block(cpu, 0);
    if (!b)
        return cpu->exception.kind;
    if (illegal_state_exception(cpu, b))
        return CPU_EXC_ILLEGAL_STATE;
    if (cpu->trace_flags & TRACE_EXEC)
        fprintf(cpu->log, "Trace: 0x%016" PRIx64 "\n", cpu->pc);
    const struct a64_insn *in = &b->insns[0];
    enum a64_result r = in->exec(cpu, in);
    cpu->insn_count++;
    a64_debug_after(cpu, in, r);
    if (r == A64_NEXT)
        cpu->pc = in->pc + 4;
    if (r == A64_NEXT || r == A64_BRANCH)
        return CPU_EXC_NONE;
    return finish_exception(cpu, in, r);
}

/*
 * Before the block at cpu->pc when debug is armed, a breakpoint is set or
 * PSTATE.IL is 1: true (and *k, CPU_EXC_NONE to carry on) when this took
 * care of the next step, false when the block may run as usual.
 */
static __attribute__((noinline)) bool rare_block_path(struct cpu_state *cpu, enum cpu_exception_kind *k)
{
    if (cpu->debug.armed) {
        *k = run_one_debugged(cpu);
        return true;
    }
    struct block *b = next_block(cpu, 0);
    if (!b) {
        *k = cpu->exception.kind; /* a fetch abort comes first */
        return true;
    }
    if (illegal_state_exception(cpu, b)) {
        *k = CPU_EXC_ILLEGAL_STATE;
        return true;
    }
    if (cpu->debug.breaking && a64_breakpoint_in(cpu, b->pc, b->end_pc)) {
        *k = run_one_debugged(cpu);
        return true;
    }
    return false;
}

enum cpu_exception_kind cpu_run(struct cpu_state *cpu)
{
    struct block_cache *bc = cpu->blocks;
    struct block *prev = 0;
    cpu->exception.kind = CPU_EXC_NONE;
    for (;;) {
        if (__builtin_expect(__atomic_load_n(&cpu->flush_request, __ATOMIC_ACQUIRE) != 0, 0)) {
            __atomic_store_n(&cpu->flush_request, 0, __ATOMIC_RELAXED);
            tlb_flush(&cpu->tlb);
            bc->pending |= PENDING_FLUSH;
        }
        if (__builtin_expect(bc->pending != 0, 0)) {
            if (bc->pending & PENDING_FLUSH)
                block_cache_flush(bc);
            else
                block_cache_drop(bc);
            prev = 0;
        }
        /* Atomic: a host signal handler may set it at any moment. */
        if (__builtin_expect(__atomic_load_n(&cpu->exit_request, __ATOMIC_RELAXED) != 0, 0)) {
            __atomic_store_n(&cpu->exit_request, 0, __ATOMIC_RELAXED);
            cpu->exception.kind = CPU_EXC_EXIT;
            return CPU_EXC_EXIT;
        }
        /* one test for the rare states: debug armed, breakpoints set, PSTATE.IL */
        if (__builtin_expect(cpu->debug.armed | cpu->debug.breaking | cpu->illegal_state, 0)) {
            enum cpu_exception_kind k;
            if (rare_block_path(cpu, &k)) {
                prev = 0;
                if (k != CPU_EXC_NONE)
                    return k;
                continue;
            }
        }
        struct block *b = next_block(cpu, prev);
        if (!b)
            return cpu->exception.kind;
        if (cpu->trace_flags & TRACE_EXEC)
            fprintf(cpu->log, "Trace: 0x%016" PRIx64 "\n", b->pc);
        const struct a64_insn *in = b->insns, *end = b->insns + b->count;
        enum a64_result r = A64_NEXT;
        for (; in < end; in++) {
            r = in->exec(cpu, in);
            if (r != A64_NEXT)
                break;
        }
        prev = b;
        if (r == A64_NEXT) {
            cpu->insn_count += b->count;
            cpu->pc = b->end_pc;
            continue;
        }
        cpu->insn_count += (uint64_t)(in - b->insns) + 1;
        if (r == A64_BRANCH)
            continue;
        return finish_exception(cpu, in, r);
    }
}

void cpu_init(struct cpu_state *cpu, const struct a64_decoder *decoder, tlb_fill_fn *fill,
              void *owner)
{
    memset(cpu, 0, sizeof(*cpu));
    cpu->decoder = decoder;
    cpu->user_mode = true;
    cpu->el = 0;
    /* What Linux sets for its processes: CNTVCT_EL0 readable, CNTPCT_EL0 and the timers not. */
    cpu->timer.cntkctl = CNTKCTL_EL0VCTEN;
    cpu->log = stderr;
    tlb_init(&cpu->tlb, fill, owner);
    cpu->blocks = calloc(1, sizeof(*cpu->blocks));
    if (!cpu->blocks) {
        fprintf(stderr, "ferry: out of memory\n");
        exit(1);
    }
}

void cpu_destroy(struct cpu_state *cpu)
{
    if (cpu->blocks) {
        block_cache_flush(cpu->blocks);
        free(cpu->blocks);
        cpu->blocks = 0;
    }
    disas_close(cpu->disas);
    cpu->disas = 0;
}
