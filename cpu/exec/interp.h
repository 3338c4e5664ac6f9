/*
 * The interpreter's parts the run loop (run.c) and the translator use: the
 * rare per-block states (debug armed, breakpoints in the block, PSTATE.IL)
 * are run by the interpreter under either engine, an instruction's
 * exception is finished the same way, and a block's decoded instructions
 * run by interp_block.
 */
#ifndef FERRY_CPU_EXEC_INTERP_H
#define FERRY_CPU_EXEC_INTERP_H

#ifdef FERRY_LAYER_A64
#error "cpu/a64 must not include cpu/exec (DESIGN.md: dbt -> exec -> a64)"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "cpu/a64/decode.h"
#include "cpu/cpu.h"
#include "cpu/exec/block_cache.h"

/* Whether the next block boundary needs interp_rare_step. */
static inline bool interp_rare_state(const struct cpu_state *cpu)
{
    return cpu->debug.armed | cpu->debug.breaking | cpu->illegal_state;
}

/*
 * Before the block at cpu->pc when interp_rare_state: true (and *k,
 * CPU_EXC_NONE to carry on) when this took care of the next step, false
 * when the block may run as usual.
 */
bool interp_rare_step(struct cpu_state *cpu, enum cpu_exception_kind *k);

enum boundary_action {
    BOUNDARY_RUN,     /* run the block at cpu->pc */
    BOUNDARY_STEPPED, /* the interpreter took the next step: look again */
    BOUNDARY_RETURN,  /* give the caller *k */
};

/*
 * What the run loop does before every block: due maintenance (*stale: the
 * block pointers they keep went), an exit request, the rare states.
 * Inline: it is the hot path of the interpreter.
 */
static inline enum boundary_action run_loop_boundary(struct cpu_state *cpu, bool *stale,
                                                     enum cpu_exception_kind *k)
{
    *stale = block_cache_service(cpu);
    /* Atomic: a host signal handler may set it at any moment. */
    if (__builtin_expect(__atomic_load_n(&cpu->exit_request, __ATOMIC_RELAXED) != 0, 0)) {
        __atomic_store_n(&cpu->exit_request, 0, __ATOMIC_RELAXED);
        cpu->exception.kind = CPU_EXC_EXIT;
        *k = CPU_EXC_EXIT;
        return BOUNDARY_RETURN;
    }
    /* one test for the rare states: debug armed, breakpoints set, PSTATE.IL */
    if (__builtin_expect(interp_rare_state(cpu), 0) && interp_rare_step(cpu, k)) {
        *stale = true;
        return *k != CPU_EXC_NONE ? BOUNDARY_RETURN : BOUNDARY_STEPPED;
    }
    return BOUNDARY_RUN;
}

/* An instruction returned r (A64_EXCEPTION or A64_UNDEF): cpu->exception and cpu->pc set. */
enum cpu_exception_kind interp_finish_exception(struct cpu_state *cpu, const struct a64_insn *in,
                                                enum a64_result r);

/*
 * Runs the decoded block b (at cpu->pc) once: CPU_EXC_NONE to carry on,
 * else the exception. Inline: the interpreter's hot loop (run.c's loop
 * calls it directly when the interpreter is the engine).
 */
static inline __attribute__((always_inline)) enum cpu_exception_kind interp_block(struct cpu_state *cpu,
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

/* interp_block, not inline (the translator runs run-once blocks with it). */
enum cpu_exception_kind interp_run_block(struct cpu_state *cpu, struct block *b);

#endif
