/*
 * The interpreter engine (engine.h's interp_engine): runs the decoded
 * instructions of cached blocks (block_cache.h), and the rare per-block
 * states (debug armed, breakpoints, PSTATE.IL) under either engine.
 *
 * A block runs until an instruction returns anything other than
 * A64_NEXT/A64_BRANCH; then the run loop returns to the frontend with the
 * exception in cpu->exception and cpu->pc set architecturally: the
 * faulting instruction for aborts and UNDEF, the next instruction for SVC.
 */
#include <inttypes.h>

#include "cpu/a64/debug.h"
#include "cpu/a64/decode.h"
#include "cpu/cpu.h"
#include "cpu/exec/block_cache.h"
#include "cpu/exec/engine.h"
#include "cpu/exec/interp.h"

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
 * block entry catches the first instruction; a fetch abort (in block_find)
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
    struct block *b = block_find(cpu);
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
    struct block *b = block_find(cpu);
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

enum cpu_exception_kind interp_run_block(struct cpu_state *cpu, struct block *b)
{
    return interp_block(cpu, b);
}

static enum cpu_exception_kind interp_engine_run(void *engine, struct cpu_state *cpu,
                                                 struct block *b, struct block *prev)
{
    (void)engine;
    (void)prev;
    return interp_block(cpu, b);
}

/* No state, no native code: the block cache has nothing to tell it. */
const struct exec_engine_ops interp_engine = {
    .successors = true,
    .run = interp_engine_run,
};
