/*
 * The one run loop (engine.h) and the CPU's life: cpu_init, cpu_destroy,
 * the fork hooks, and the engine names --accel and FERRY_ACCEL take.
 *
 * Before every block the loop does what every engine needs
 * (run_loop_boundary: due maintenance, an exit request, the rare debug
 * states), finds the block at cpu->pc (through the previous block's
 * successors when the engine asks for them, else the hash) and hands it to
 * the engine. The translator's code comes back here only when it leaves
 * its chained blocks; the interpreter comes back after every block, so
 * for it the loop is compiled once more with interp_block called directly.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cpu/disas.h"
#include "cpu/exec/block_cache.h"
#include "cpu/exec/engine.h"
#include "cpu/exec/interp.h"

/* The block at cpu->pc, found through prev's successor cache, the hash, or decoding. */
static inline __attribute__((always_inline)) struct block *next_block(struct cpu_state *cpu,
                                                                    struct block *prev)
{
    uint64_t pc = cpu->pc;
    /* an ERET or MSR PAN may have changed the context: successors share prev's */
    if (prev && prev->context == cpu->tlb.context) {
        /* a retired successor is doomed until a full drop cuts the link; one of an older epoch
           is checked again by block_find */
        unsigned epoch = cpu->blocks->epoch;
        for (unsigned i = 0; i < 2; i++) {
            struct block *s = prev->successor[i];
            if (s && s->pc == pc && !s->doomed && s->epoch == epoch)
                return s;
        }
    }
    struct block *b = block_find(cpu);
    if (b && prev && prev->context == b->context) {
        prev->successor[prev->next_successor_slot++ & 1] = b;
        block_note_link(cpu->blocks, prev, b, true);
    }
    return b;
}

/* The loop; `interp`: the engine is the interpreter (a constant where it is inlined). */
static inline __attribute__((always_inline)) enum cpu_exception_kind
run_loop(struct cpu_state *cpu, const struct exec_engine_ops *ops, void *engine, bool interp)
{
    bool successors = interp || ops->successors;
    struct block *prev = 0;
    cpu->exception.kind = CPU_EXC_NONE;
    for (;;) {
        bool stale;
        enum cpu_exception_kind k;
        enum boundary_action action = run_loop_boundary(cpu, &stale, &k);
        if (stale)
            prev = 0;
        if (action == BOUNDARY_RETURN)
            return k;
        if (action == BOUNDARY_STEPPED)
            continue;
        struct block *b = successors ? next_block(cpu, prev) : block_find(cpu);
        if (!b)
            return cpu->exception.kind;
        if (cpu->trace_flags & TRACE_EXEC)
            fprintf(cpu->log, "Trace: 0x%016" PRIx64 "\n", b->pc);
        k = interp ? interp_block(cpu, b) : ops->run(engine, cpu, b, prev);
        if (k != CPU_EXC_NONE)
            return k;
        prev = b;
    }
}

/* Each loop its own function, as the hot path of its engine. */
static __attribute__((noinline)) enum cpu_exception_kind run_interp(struct cpu_state *cpu)
{
    return run_loop(cpu, &interp_engine, 0, true);
}

static __attribute__((noinline)) enum cpu_exception_kind run_engine(struct cpu_state *cpu, const struct exec_engine_ops *ops,
                                          void *engine)
{
    return run_loop(cpu, ops, engine, false);
}

enum cpu_exception_kind exec_run(struct cpu_state *cpu, const struct exec_engine_ops *ops)
{
    if (ops == &interp_engine)
        return run_interp(cpu);
    struct block_cache *bc = cpu->blocks;
    /* made once; the block cache tells it of every drop from then on */
    if (ops->create && !bc->engine) {
        bc->engine_ops = ops;
        bc->engine = ops->create(cpu);
    }
    void *engine = ops == bc->engine_ops ? bc->engine : 0;
    if (ops->enter)
        ops->enter(engine);
    enum cpu_exception_kind k = run_engine(cpu, ops, engine);
    if (ops->leave)
        ops->leave(engine);
    return k;
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
    cpu->blocks = block_cache_new();
    cpu->flush_apply = cpu_flush_apply;
    cpu->engine = cpu_engine_from_env();
}

void cpu_destroy(struct cpu_state *cpu)
{
    struct block_cache *bc = cpu->blocks;
    if (bc) {
        block_cache_flush(bc);
        if (bc->engine && bc->engine_ops->destroy)
            bc->engine_ops->destroy(bc->engine);
        bc->engine = 0;
        block_cache_free(bc);
        cpu->blocks = 0;
    }
    disas_close(cpu->disas);
    cpu->disas = 0;
}

void cpu_before_fork(struct cpu_state *cpu)
{
    struct block_cache *bc = cpu->blocks;
    if (bc && bc->engine && bc->engine_ops->before_fork)
        bc->engine_ops->before_fork(bc->engine);
}

void cpu_after_fork(struct cpu_state *cpu, bool child)
{
    if (child)
        cpu->range_lock = 0; /* a thread that is not in the child may have held it */
    struct block_cache *bc = cpu->blocks;
    if (bc && bc->engine && bc->engine_ops->after_fork)
        bc->engine_ops->after_fork(bc->engine, child);
}

bool cpu_engine_from_name(const char *name, enum cpu_engine *engine)
{
    if (strcmp(name, "dbt") == 0 || strcmp(name, "tcg") == 0)
        *engine = CPU_ENGINE_DBT;
    else if (strcmp(name, "interp") == 0)
        *engine = CPU_ENGINE_INTERP;
    else
        return false;
    return true;
}

enum cpu_engine cpu_engine_from_env(void)
{
    const char *name = getenv("FERRY_ACCEL");
    enum cpu_engine engine = CPU_ENGINE_DBT;
    if (name)
        cpu_engine_from_name(name, &engine); /* an unknown name keeps the default */
    return engine;
}
