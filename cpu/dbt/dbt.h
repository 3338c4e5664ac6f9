/*
 * The dynamic binary translator: guest A64 blocks (cpu/exec/block_cache.h)
 * become x86-64 code that runs until the block's end, chained block to
 * block where the successor is known.
 *
 * It is an engine of cpu/exec's one run loop (cpu/exec/engine.h): cpu_run
 * hands a CPU whose engine is CPU_ENGINE_DBT to exec_run with dbt_engine.
 * The translator's state (code cache, per-EL indirect-branch cache,
 * counters) is made on the first run and kept by the CPU's block cache,
 * which tells it through the ops when blocks go: dbt_code_flush when all
 * do, dbt_unchain for each jump into a block that goes alone, dbt_forget
 * for the block. Nothing below cpu/dbt includes this.
 */
#ifndef FERRY_CPU_DBT_DBT_H
#define FERRY_CPU_DBT_DBT_H

#if defined(FERRY_LAYER_A64) || defined(FERRY_LAYER_EXEC)
#error "only cpu/dbt and above include cpu/dbt (DESIGN.md: dbt -> exec -> a64)"
#endif

#include "cpu/cpu.h"

struct dbt;
struct exec_engine_ops;
struct block;
struct block_exit;

/* The translator's ops for exec_run (dbt_run.c). */
extern const struct exec_engine_ops dbt_engine;

/* Prints the -d stats counters (when asked) and frees everything; NULL is fine. */
void dbt_free(struct dbt *d);

/*
 * Around a host fork(): before it, a copy of the translated code is made;
 * after it, the child takes the copy (its code no longer shared with the
 * parent) and the parent drops it.
 */
void dbt_before_fork(struct dbt *d);
void dbt_after_fork(struct dbt *d, bool child);

/* Every block went: the code cache starts again empty. */
void dbt_code_flush(struct dbt *d);

/* Points a chained exit back at the run loop (its target block is going). */
void dbt_unchain(struct block_exit *x);

/*
 * `b` goes without its incoming jumps being found: its code's entry is
 * patched to leave for the run loop at once, so whatever still jumps there
 * (a chained exit, a return stack entry) finds a new block instead.
 */
void dbt_retire(struct dbt *d, struct block *b);

/* `b` is going: the indirect-branch cache must not lead to its code. */
void dbt_forget(struct dbt *d, const struct block *b);
/* No indirect branch finds any block through the jump caches any more (their links were cut). */
void dbt_forget_all(struct dbt *d);
/* The return stacks are emptied: blocks went, and an entry may hold an exit of their code. */
void dbt_forget_returns(struct dbt *d);

#endif
