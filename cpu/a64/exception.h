/*
 * AArch64 exception entry and return for the EL1&0 regime (no EL2/EL3):
 * AArch64.TakeException and the exception-return half of ERET, as the Arm
 * ARM's pseudocode (shared/exceptions) defines them. The system emulator's
 * run loop turns what cpu_run reports (SVC, aborts, UNDEF, BRK) and pending
 * interrupts into a64_take_exception calls, the syndromes and the masking
 * rule given here (exception_report.c); ERET is an instruction.
 */
#ifndef FERRY_CPU_A64_EXCEPTION_H
#define FERRY_CPU_A64_EXCEPTION_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/cpu.h"

/* Vector offsets within a 0x200 group: the exception type times 0x80. */
enum a64_exception_type { A64_EXC_SYNC = 0, A64_EXC_IRQ = 1, A64_EXC_FIQ = 2, A64_EXC_SERROR = 3 };

/* ESR_ELx.EC values (Arm ARM, ESR_EL1 field descriptions). */
enum {
    EC_UNKNOWN = 0x00,
    EC_WFX = 0x01,
    EC_FP_ACCESS = 0x07,
    EC_ILLEGAL_STATE = 0x0e,
    EC_SVC64 = 0x15,
    EC_HVC64 = 0x16,
    EC_SMC64 = 0x17,
    EC_SYSREG = 0x18,
    EC_INSN_ABORT_LOWER = 0x20,
    EC_INSN_ABORT_SAME = 0x21,
    EC_PC_ALIGNMENT = 0x22,
    EC_DATA_ABORT_LOWER = 0x24,
    EC_DATA_ABORT_SAME = 0x25,
    EC_SP_ALIGNMENT = 0x26,
    EC_SERROR = 0x2f,
    EC_BREAKPOINT_LOWER = 0x30,
    EC_BREAKPOINT_SAME = 0x31,
    EC_SOFTWARE_STEP_LOWER = 0x32,
    EC_SOFTWARE_STEP_SAME = 0x33,
    EC_WATCHPOINT_LOWER = 0x34,
    EC_WATCHPOINT_SAME = 0x35,
    EC_BRK64 = 0x3c,
};

struct a64_exception_info {
    enum a64_exception_type type;
    uint32_t ec, iss;    /* synchronous exceptions and SErrors only */
    bool il16;           /* the trapped instruction was 16-bit (never in A64): IL = 0 */
    bool far_valid;      /* aborts, alignment and watchpoints set FAR_EL1 */
    uint64_t far;
};

/* SPSR_EL1 value describing the current PSTATE (NZCV, DAIF, IL, M[3:0] = EL:SPSel). */
uint64_t a64_pstate_to_spsr(const struct cpu_state *cpu);

/*
 * Takes the exception to EL1: saves PSTATE to SPSR_EL1 and the preferred
 * return address to ELR_EL1, writes ESR_EL1/FAR_EL1 for synchronous ones,
 * switches to EL1 with SP_EL1, masks D, A, I and F, and jumps to VBAR_EL1
 * plus the vector offset (current EL with SP_EL0: 0x000, current EL with
 * SP_ELx: 0x200, from EL0: 0x400; plus 0x80 per type).
 */
void a64_take_exception(struct cpu_state *cpu, const struct a64_exception_info *e,
                        uint64_t preferred_return);

/*
 * ERET at EL1: PSTATE from SPSR_EL1, PC from ELR_EL1. A return to an EL or
 * state that does not exist (EL2/EL3, AArch32, EL0 with SP_EL1, a higher EL)
 * is an illegal exception return: EL and SP stay, PSTATE.IL is set.
 */
void a64_exception_return(struct cpu_state *cpu);

/*
 * What cpu_run reported (`kind`, with cpu->exception) as the synchronous
 * exception the architecture takes: its EC, ISS and FAR in *e. False for
 * kinds that are not one (NONE, EXIT, WFI, FIRMWARE_CALL).
 */
bool a64_exception_from_report(const struct cpu_state *cpu, enum cpu_exception_kind kind,
                               struct a64_exception_info *e);

/*
 * Of a pending IRQ and FIQ, the one PSTATE.I / PSTATE.F let in now (FIQ
 * first), in *e; false when neither may be taken.
 */
bool a64_interrupt_to_take(const struct cpu_state *cpu, bool irq, bool fiq,
                           struct a64_exception_info *e);

/* The stack pointer register 31 means at the current EL/SPSel, after a change of either. */
void a64_bank_sp(struct cpu_state *cpu);
void a64_unbank_sp(struct cpu_state *cpu);

#endif
