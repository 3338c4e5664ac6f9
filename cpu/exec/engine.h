/*
 * What runs a block: the engine behind the one run loop (run.c).
 *
 * cpu/exec owns the blocks (block_cache.h) and the loop that finds them;
 * an engine is handed each block and runs it. The interpreter
 * (interp_engine, interp.c) runs the decoded instructions; the translator
 * (cpu/dbt's dbt_engine) turns them into x86-64 code first. The block
 * cache tells the engine what goes through the same ops (`forget`,
 * `flush`, ...), so cpu/exec never names cpu/dbt: the arrow is
 * dbt -> exec (DESIGN.md). Ops the interpreter has no use for are NULL,
 * and an engine whose `create` is NULL has no state (`engine` is NULL).
 *
 *   cpu_run(cpu)                            (cpu/cpu_run.c picks the ops)
 *     -> exec_run(cpu, &dbt_engine)         (made on the first run, kept)
 *       -> for each block: boundary checks, find b, dbt_engine.run(d, cpu, b, prev)
 */
#ifndef FERRY_CPU_EXEC_ENGINE_H
#define FERRY_CPU_EXEC_ENGINE_H

#ifdef FERRY_LAYER_A64
#error "cpu/a64 must not include cpu/exec (DESIGN.md: dbt -> exec -> a64)"
#endif

#include <stdbool.h>

#include "cpu/cpu.h"

struct block;
struct block_exit;

struct exec_engine_ops {
    /*
     * The run loop keeps each block's last two successors and looks there
     * before the hash (the interpreter's loops never leave the run loop;
     * the translator's chained ones do not come back to it).
     */
    bool successors;
    /* The engine's state for `cpu`, on its first cpu_run (it exits the process if it cannot). */
    void *(*create)(struct cpu_state *cpu);
    /* Frees it (and prints its -d stats); from cpu_destroy, after every block went. */
    void (*destroy)(void *engine);
    /* Around the run loop on this thread. */
    void (*enter)(void *engine);
    void (*leave)(void *engine);
    /*
     * Runs b (at cpu->pc): CPU_EXC_NONE to carry on, else the exception
     * (cpu->exception and cpu->pc set). `prev` is the block run just before
     * by this loop, NULL at the loop's start and whenever blocks went since.
     * It frees no block: drops are asked for through the block cache's
     * `pending` and done at the next boundary, where the loop lets go of prev.
     */
    enum cpu_exception_kind (*run)(void *engine, struct cpu_state *cpu, struct block *b,
                                   struct block *prev);
    /* ---- the block cache tells the engine what goes (NULL: nothing to do) ---- */
    /* Every block went: their native code goes too. */
    void (*flush)(void *engine);
    /* A chained exit is pointed back at the run loop (its target block is going). */
    void (*unchain)(void *engine, struct block_exit *x);
    /* b goes without its incoming links being found: its code's entry leads out at once. */
    void (*retire)(void *engine, struct block *b);
    /* b is going: no cache of the engine may lead to its code. */
    void (*forget)(void *engine, const struct block *b);
    /* No indirect branch finds any block through the engine's caches any more. */
    void (*forget_all)(void *engine);
    /* The return stacks are emptied: an entry may hold an exit of dropped code. */
    void (*forget_returns)(void *engine);
    /* Around a host fork(): cpu_before_fork, cpu_after_fork. */
    void (*before_fork)(void *engine);
    void (*after_fork)(void *engine, bool child);
};

/* The interpreter (interp.c): runs the decoded instructions, has no state. */
extern const struct exec_engine_ops interp_engine;

/* Runs cpu with `ops` until something needs the caller, as cpu_run (run.c). */
enum cpu_exception_kind exec_run(struct cpu_state *cpu, const struct exec_engine_ops *ops);

#endif
