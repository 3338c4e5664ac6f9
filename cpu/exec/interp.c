/*
 * The interpreter: runs the decoded instructions of cached blocks
 * (block_cache.h), and cpu_run, which hands the CPU to the engine it was
 * set to (the translator, cpu/dbt, unless FERRY_ACCEL or --accel says
 * interp).
 *
 * The run loop executes blocks until an instruction returns anything other
 * than A64_NEXT/A64_BRANCH, then returns to the frontend with the exception
 * in cpu->exception and cpu->pc set architecturally: the faulting
 * instruction for aborts and UNDEF, the next instruction for SVC.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/exec/block_cache.h"
#include "cpu/a64/debug.h"
#include "cpu/a64/decode.h"
#include "cpu/exec/interp.h"
#include "cpu/cpu.h"
#include "cpu/dbt/dbt.h"
#include "cpu/disas.h"
#include "cpu/memory.h"

/* The block at cpu->pc, found through prev's successor cache, the hash, or decoding. */
/* Inlined: it is the hot path of the run loop (run_one_debugged calls it too). */
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

/* What an instruction's non-NEXT/BRANCH result leaves for the caller: the exception, pc set. */
enum cpu_exception_kind interp_finish_exception(struct cpu_state *cpu, const struct a64_insn *in,
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
    return interp_finish_exception(cpu, in, r);
}

/*
 * Before the block at cpu->pc when debug is armed, a breakpoint is set or
 * PSTATE.IL is 1: true (and *k, CPU_EXC_NONE to carry on) when this took
 * care of the next step, false when the block may run as usual.
 */
__attribute__((noinline)) bool interp_rare_step(struct cpu_state *cpu, enum cpu_exception_kind *k)
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
    if (cpu->debug.breaking) {
        /* by instruction: a block that followed a B is not one range of addresses */
        for (unsigned i = 0; i < b->count; i++)
            if (a64_breakpoint_in(cpu, b->insns[i].pc, b->insns[i].pc + 4)) {
                *k = run_one_debugged(cpu);
                return true;
            }
    }
    return false;
}

/* Runs b's instructions; inline, as the interpreter's hot loop. */
static inline __attribute__((always_inline)) enum cpu_exception_kind run_block(struct cpu_state *cpu,
                                                                               struct block *b)
{
    const struct a64_insn *in = b->insns, *end = b->insns + b->count;
    enum a64_result r = A64_NEXT;
    for (; in < end; in++) {
        r = in->exec(cpu, in);
        if (r != A64_NEXT && !(r == A64_BRANCH && in + 1 < end && cpu->pc == in[1].pc))
            break; /* a branch to the block's next instruction (a followed B) carries on */
        r = A64_NEXT;
    }
    if (r == A64_NEXT) {
        cpu->insn_count += b->count;
        cpu->pc = b->end_pc;
        return CPU_EXC_NONE;
    }
    cpu->insn_count += (uint64_t)(in - b->insns) + 1;
    if (r == A64_BRANCH)
        return CPU_EXC_NONE;
    return interp_finish_exception(cpu, in, r);
}

enum cpu_exception_kind interp_run_block(struct cpu_state *cpu, struct block *b)
{
    return run_block(cpu, b);
}

static enum cpu_exception_kind interp_run(struct cpu_state *cpu)
{
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
        struct block *b = next_block(cpu, prev);
        if (!b)
            return cpu->exception.kind;
        if (cpu->trace_flags & TRACE_EXEC)
            fprintf(cpu->log, "Trace: 0x%016" PRIx64 "\n", b->pc);
        prev = b;
        k = run_block(cpu, b);
        if (k != CPU_EXC_NONE)
            return k;
    }
}


enum cpu_exception_kind cpu_run(struct cpu_state *cpu)
{
    if (cpu->engine == CPU_ENGINE_DBT)
        return dbt_run(cpu);
    return interp_run(cpu);
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
    cpu->engine = cpu_engine_from_env();
}

void cpu_destroy(struct cpu_state *cpu)
{
    if (cpu->blocks) {
        block_cache_flush(cpu->blocks);
        dbt_free(cpu->blocks->dbt);
        block_cache_free(cpu->blocks);
        cpu->blocks = 0;
    }
    disas_close(cpu->disas);
    cpu->disas = 0;
}

void cpu_before_fork(struct cpu_state *cpu)
{
    if (cpu->blocks)
        dbt_before_fork(cpu->blocks->dbt);
}

void cpu_after_fork(struct cpu_state *cpu, bool child)
{
    if (cpu->blocks)
        dbt_after_fork(cpu->blocks->dbt, child);
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
