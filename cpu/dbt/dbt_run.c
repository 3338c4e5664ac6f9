/*
 * The translator as an engine (dbt.h's dbt_engine, cpu/exec/engine.h): the
 * one run loop (cpu/exec/run.c) finds the block at cpu->pc and hands it
 * here; it is translated if it has no code yet, the exit that led here is
 * chained to it, and its code runs until it leaves for the loop.
 *
 * The loop checks what it checks at every block boundary for this engine
 * too; translated code returns to it for that: chained jumps land on a
 * block entry that tests exit_request and flush_request, and instructions
 * that may change what the loop checks (system register writes, cache and
 * TLB maintenance, exception returns) end their translated block unchained.
 * Debug stepping, breakpoints and PSTATE.IL are left to the interpreter.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cpu/dbt/dbt.h"
#include "cpu/dbt/translate.h"
#include "cpu/disas.h"
#include "cpu/exec/engine.h"
#include "cpu/exec/interp.h"

#define CODE_CACHE_SIZE (64u << 20)

static void print_stats(const struct dbt *d, FILE *log);
static void jump_cache_clear(struct dbt *d);
static void block_chunks_free(struct dbt *d);

/*
 * -d stats: the counters are printed when the program ends, however it
 * ends (ferry-user leaves by exit() from a system call), so the CPUs that
 * asked are remembered here.
 */
#define STATS_CPUS_MAX 256
static struct {
    pthread_mutex_t lock;
    struct dbt *dbt[STATS_CPUS_MAX];
    FILE *log[STATS_CPUS_MAX];
    unsigned count;
} stats_at_exit = {.lock = PTHREAD_MUTEX_INITIALIZER};

static void print_stats_at_exit(void)
{
    pthread_mutex_lock(&stats_at_exit.lock);
    for (unsigned i = 0; i < stats_at_exit.count; i++)
        if (stats_at_exit.dbt[i]) {
            print_stats(stats_at_exit.dbt[i], stats_at_exit.log[i]);
            fflush(stats_at_exit.log[i]);
        }
    stats_at_exit.count = 0;
    pthread_mutex_unlock(&stats_at_exit.lock);
}

static void remember_for_stats(struct dbt *d, FILE *log)
{
    pthread_mutex_lock(&stats_at_exit.lock);
    if (stats_at_exit.count == 0)
        atexit(print_stats_at_exit);
    if (stats_at_exit.count < STATS_CPUS_MAX) {
        stats_at_exit.dbt[stats_at_exit.count] = d;
        stats_at_exit.log[stats_at_exit.count++] = log;
    }
    pthread_mutex_unlock(&stats_at_exit.lock);
}

static void forget_for_stats(struct dbt *d)
{
    pthread_mutex_lock(&stats_at_exit.lock);
    for (unsigned i = 0; i < stats_at_exit.count; i++)
        if (stats_at_exit.dbt[i] == d) {
            print_stats(d, stats_at_exit.log[i]);
            stats_at_exit.dbt[i] = 0;
        }
    pthread_mutex_unlock(&stats_at_exit.lock);
}

static struct dbt *dbt_new(struct cpu_state *cpu)
{
    struct dbt *d = calloc(1, sizeof(*d));
    if (d)
        d->fork_copy = -1;
    size_t size = cpu->code_cache_size ? cpu->code_cache_size : CODE_CACHE_SIZE;
    if (!d || !code_cache_init(&d->cache, size) || !dbt_write_trampolines(d)) {
        fprintf(stderr, "ferry: cannot set up the translator (try --accel interp)\n");
        exit(1);
    }
    if (cpu->trace_flags & TRACE_STATS) {
        d->helper_row_counts = calloc(a64_decode_table_size + 1, sizeof(uint64_t));
        if (!d->helper_row_counts) {
            fprintf(stderr, "ferry: out of memory\n");
            exit(1);
        }
        remember_for_stats(d, cpu->log);
    }
    if (cpu->guest_base) {
        cpu->guest_space_outside = ~((1ull << cpu->guest_space_bits) - 1);
        dbt_fault_handler_install();
    }
    jump_cache_clear(d);
    return d;
}

static void print_stats(const struct dbt *d, FILE *log)
{
    uint64_t *counts = d->helper_row_counts;
    const struct dbt_stats *s = &d->stats;
    fprintf(log,
            "dbt: %" PRIu64 " blocks translated (%" PRIu64 " bytes of code, %" PRIu64
            " instructions native, %" PRIu64 " by helper), %" PRIu64 " code cache flushes, %" PRIu64
            " chains, %" PRIu64 " run loop entries, %" PRIu64 " blocks interpreted\n",
            s->blocks_translated, s->code_bytes, s->native_insns, s->helper_insns, s->cache_flushes,
            s->chains, s->run_loop_entries, s->interpreted_blocks);
    if (!counts)
        return;
    /* the rows by calls, most first (each printed once: its count is cleared) */
    for (;;) {
        size_t best = 0;
        uint64_t most = 0;
        for (size_t i = 0; i <= a64_decode_table_size; i++)
            if (counts[i] > most) {
                most = counts[i];
                best = i;
            }
        if (!most)
            break;
        fprintf(log, "dbt: helper calls %12" PRIu64 "  %s\n", most,
                best < a64_decode_table_size ? a64_decode_table[best].name : "(undefined)");
        counts[best] = 0;
    }
}

void dbt_free(struct dbt *d)
{
    if (!d)
        return;
    if (d->helper_row_counts)
        forget_for_stats(d);
    code_cache_destroy(&d->cache);
    block_chunks_free(d);
    free(d->fault_sites);
    free(d->helper_row_counts);
    free(d);
}

void dbt_before_fork(struct dbt *d)
{
    if (d)
        d->fork_copy = code_cache_snapshot(&d->cache);
}

void dbt_after_fork(struct dbt *d, bool child)
{
    if (!d)
        return;
    if (!child) {
        if (d->fork_copy >= 0)
            close(d->fork_copy);
    } else if (!code_cache_adopt(&d->cache, d->fork_copy)) {
        fprintf(stderr, "ferry: cannot copy the translated code for a forked process\n");
        exit(1);
    }
    d->fork_copy = -1;
}

/*
 * An empty entry: a PC no block starts at (misaligned), and should a branch
 * target match it anyway, code that goes back to the run loop, which looks
 * the target up properly.
 */
static struct jump_cache_entry jump_cache_empty(const struct dbt *d)
{
    return (struct jump_cache_entry){.pc = JUMP_CACHE_EMPTY, .code = d->leave_lookup};
}

static void return_stacks_clear(struct dbt *d)
{
    for (unsigned k = 0; k < 4; k++) {
        d->return_stack[k].top = 0;
        for (unsigned i = 0; i < RETURN_STACK_SIZE; i++)
            d->return_stack[k].entries[i] = jump_cache_empty(d);
    }
}

/* Also the return stacks: their entries point into blocks' code. */
static void jump_cache_clear(struct dbt *d)
{
    return_stacks_clear(d);
    for (unsigned el = 0; el < 4; el++)
        for (unsigned i = 0; i < JUMP_CACHE_SIZE; i++)
            d->jump_cache[el][i] = jump_cache_empty(d);
}

/* Every struct dbt_block goes (with every block). */
static void block_chunks_free(struct dbt *d)
{
    while (d->block_chunks) {
        struct dbt_block_chunk *next = d->block_chunks->next;
        free(d->block_chunks);
        d->block_chunks = next;
    }
}

/* b's struct dbt_block, made (zeroed) when it has none. */
static struct dbt_block *dbt_block_get(struct dbt *d, struct block *b)
{
    if (b->native)
        return b->native;
    struct dbt_block_chunk *c = d->block_chunks;
    if (!c || c->used == DBT_BLOCK_CHUNK) {
        c = calloc(1, sizeof(*c));
        if (!c) {
            fprintf(stderr, "ferry: out of memory\n");
            exit(1);
        }
        c->next = d->block_chunks;
        d->block_chunks = c;
    }
    b->native = &c->slot[c->used++];
    return b->native;
}

void dbt_code_flush(struct dbt *d)
{
    block_chunks_free(d);
    code_cache_reset(&d->cache);
    d->fault_site_count = 0;
    jump_cache_clear(d);
    d->stats.cache_flushes++;
}

void dbt_unchain(struct block_exit *x)
{
    /* rel32 = 0: the jmp falls to the code after it, which returns to the run loop */
    memset(x->jump_field, 0, 4);
    x->target = 0;
}

void dbt_forget_all(struct dbt *d) { jump_cache_clear(d); }

void dbt_retire(struct dbt *d, struct block *b)
{
    dbt_forget(d, b);
    const struct dbt_block *n = dbt_block_of(b);
    if (!n || !n->code)
        return;
    /* "jmp code_stop" over the entry's exit_request test (8 bytes: room for the 5) */
    uint8_t *entry = (uint8_t *)(uintptr_t)n->code - d->cache.run_offset;
    entry[0] = 0xE9;
    x86_patch_rel32_run(entry + 1, d->cache.run_offset, n->code_stop);
}

void dbt_forget_returns(struct dbt *d) { return_stacks_clear(d); }

void dbt_forget(struct dbt *d, const struct block *b)
{
    const struct dbt_block *n = dbt_block_of(b);
    struct jump_cache_entry *j = &d->jump_cache[b->context & 3][jump_cache_index(b->pc)];
    if (n && j->pc == b->pc && j->code == n->code)
        *j = jump_cache_empty(d);
}

/*
 * The engine's run (engine.h): translate b if it has no code yet, chain the
 * exit that led here to it, run it until its code leaves for the run loop.
 */
static enum cpu_exception_kind dbt_engine_run(void *engine, struct cpu_state *cpu, struct block *b,
                                              struct block *prev)
{
    struct dbt *d = engine;
    struct block_exit *from = prev ? d->chain_from : 0; /* the exit that led to cpu->pc, to chain */
    d->chain_from = 0;
    d->stats.run_loop_entries++;
    struct dbt_block *n = dbt_block_get(d, b);
    /* run-once code (boot, start-up) is cheaper interpreted than translated */
    if (!n->code && n->runs_before_code < cpu->interpret_first) {
        n->runs_before_code++;
        d->stats.interpreted_blocks++;
        return interp_run_block(cpu, b);
    }
    if (!n->code && !dbt_translate(d, cpu, b)) {
        if (d->cache.used == d->cache.fixed) {
            fprintf(stderr, "ferry: a block at 0x%" PRIx64 " does not fit in the whole code cache\n",
                    b->pc);
            exit(1);
        }
        /* the code cache is full: start again, at the loop's next boundary (which flushes
           before it looks for b again: it holds no block pointer past it) */
        cpu->blocks->pending |= PENDING_FLUSH;
        return CPU_EXC_NONE;
    }
    if (from && from->jump_field && n->code) {
        x86_patch_rel32_run(from->jump_field, d->cache.run_offset, n->code);
        block_note_chain(cpu->blocks, from, b);
        from->target = b;
        d->stats.chains++;
    }
    d->jump_cache[b->context & 3][jump_cache_index(b->pc)] =
        (struct jump_cache_entry){.pc = b->pc, .code = n->code};
    cpu->nzcv_raw = dbt_raw_from_nzcv(cpu->nzcv); /* the form translated code keeps */
    uint64_t word = d->enter(cpu, n->code);
    if (word == 1)
        return cpu->exception.kind; /* cpu->nzcv has the flags */
    cpu->nzcv = dbt_nzcv_from_raw(cpu->nzcv_raw);
    d->chain_from = (struct block_exit *)(uintptr_t)word; /* NULL: nothing to chain */
    return CPU_EXC_NONE;
}

static void *dbt_engine_create(struct cpu_state *cpu) { return dbt_new(cpu); }
static void dbt_engine_destroy(void *d) { dbt_free(d); }
static void dbt_engine_enter(void *d) { dbt_set_running(d); }
/* the dbt may be freed before this thread runs again */
static void dbt_engine_leave(void *d) { (void)d; dbt_set_running(0); }
static void dbt_engine_flush(void *d) { dbt_code_flush(d); }
static void dbt_engine_unchain(void *d, struct block_exit *x) { (void)d; dbt_unchain(x); }
static void dbt_engine_retire(void *d, struct block *b) { dbt_retire(d, b); }
static void dbt_engine_forget(void *d, const struct block *b) { dbt_forget(d, b); }
static void dbt_engine_forget_all(void *d) { dbt_forget_all(d); }
static void dbt_engine_forget_returns(void *d) { dbt_forget_returns(d); }
static void dbt_engine_before_fork(void *d) { dbt_before_fork(d); }
static void dbt_engine_after_fork(void *d, bool child) { dbt_after_fork(d, child); }

const struct exec_engine_ops dbt_engine = {
    .successors = false, /* chained blocks do not come back to the loop */
    .create = dbt_engine_create,
    .destroy = dbt_engine_destroy,
    .enter = dbt_engine_enter,
    .leave = dbt_engine_leave,
    .run = dbt_engine_run,
    .flush = dbt_engine_flush,
    .unchain = dbt_engine_unchain,
    .retire = dbt_engine_retire,
    .forget = dbt_engine_forget,
    .forget_all = dbt_engine_forget_all,
    .forget_returns = dbt_engine_forget_returns,
    .before_fork = dbt_engine_before_fork,
    .after_fork = dbt_engine_after_fork,
};

void dbt_trace_out_asm(struct cpu_state *cpu, const struct block *b, const uint8_t *code,
                       size_t size)
{
    if (!cpu->disas)
        cpu->disas = disas_open();
    fprintf(cpu->log, "OUT: [size=%zu] guest 0x%016" PRIx64 "\n", size, b->pc);
    disas_x86(cpu->disas, code, size, cpu->log);
    fprintf(cpu->log, "\n");
}
