/*
 * What the translator borrows from the interpreter: the rare per-block
 * states (debug armed, breakpoints in the block, PSTATE.IL) are run by the
 * interpreter under either engine, and an instruction's exception is
 * finished the same way.
 */
#ifndef FERRY_CPU_A64_INTERP_H
#define FERRY_CPU_A64_INTERP_H

#include <stdbool.h>

#include "cpu/a64/decode.h"
#include "cpu/cpu.h"

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

/* An instruction returned r (A64_EXCEPTION or A64_UNDEF): cpu->exception and cpu->pc set. */
enum cpu_exception_kind interp_finish_exception(struct cpu_state *cpu, const struct a64_insn *in,
                                                enum a64_result r);

#endif
