/*
 * Self-hosted debug at EL1 (Arm ARM D2, "AArch64 Self-hosted Debug"): the
 * two breakpoints and two watchpoints ID_AA64DFR0_EL1 promises (breakpoint 1
 * is the context-aware one), software step, and the OS lock / OS double lock
 * that switch them off.
 *
 * Costs nothing while unused: `debug.armed` (MDSCR_EL1.SS set, or a context
 * ID breakpoint) moves the interpreter to one instruction at a time with the
 * checks below around each, and with address breakpoints (`debug.breaking`)
 * only the blocks holding a breakpoint address run that way; watchpoints
 * work through the TLB, which
 * never holds a page with a watched byte for reads and writes, so those
 * accesses reach memory.c's slow path and a64_watchpoint_check.
 */
#ifndef FERRY_CPU_A64_DEBUG_H
#define FERRY_CPU_A64_DEBUG_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/a64/decode.h"
#include "cpu/cpu.h"

/*
 * After a write to MDSCR_EL1, a DBGB/DBGW register, OSLAR_EL1 or
 * OSDLR_EL1: recomputes debug.armed and debug.watching, and asks for a TLB
 * flush when the watched pages may have changed.
 */
void a64_debug_update(struct cpu_state *cpu);

/*
 * Before the instruction at cpu->pc, in the one-at-a-time mode: a pending
 * software step or a matching breakpoint records CPU_EXC_DEBUG and returns
 * true (the instruction does not run).
 */
bool a64_debug_before(struct cpu_state *cpu);

/* Whether an enabled address breakpoint lies in [start, end): run that block one by one. */
bool a64_breakpoint_in(const struct cpu_state *cpu, uint64_t start, uint64_t end);

/*
 * PSTATE.SS after an ERET with this SPSR to target_el (DebugExceptionReturnSS):
 * SPSR.SS, but only if software step is inactive here and active there; else 0.
 */
bool a64_step_state_after_return(const struct cpu_state *cpu, uint64_t spsr, unsigned target_el);

/* After it ran with result r: software step moves to active-pending if it completed. */
void a64_debug_after(struct cpu_state *cpu, const struct a64_insn *in, enum a64_result r);

/* For the TLB: does the page at page_va hold a byte an enabled watchpoint watches at this EL? */
bool a64_watch_page(const struct cpu_state *cpu, uint64_t page_va);

/*
 * A load and/or store of `size` bytes at va: if it hits a watchpoint while
 * debug exceptions are enabled, records CPU_EXC_DEBUG (the watchpoint
 * syndrome, FAR = va) and returns true; the access must not happen.
 */
bool a64_watchpoint_check(struct cpu_state *cpu, uint64_t va, unsigned size, bool load, bool store);

#endif
