/*
 * From what cpu_run reports to the exception the architecture takes: the
 * ESR_EL1 syndrome (EC, ISS) and FAR_EL1 of each CPU_EXC_* kind, and which
 * pending interrupt PSTATE.F / PSTATE.I let in. The system emulator's run
 * loop asks these and hands the answer to a64_take_exception.
 */
#include "cpu/a64/exception.h"

#define DAIF_I 0x80u
#define DAIF_F 0x40u
/* ESR DFSC/IFSC: alignment fault. */
#define FSC_ALIGNMENT 0x21

bool a64_exception_from_report(const struct cpu_state *cpu, enum cpu_exception_kind kind,
                               struct a64_exception_info *e)
{
    const struct cpu_exception *x = &cpu->exception;
    bool lower = cpu->el == 0;
    *e = (struct a64_exception_info){.type = A64_EXC_SYNC};
    switch (kind) {
    case CPU_EXC_SVC:
        e->ec = EC_SVC64;
        e->iss = x->syndrome;
        break;
    case CPU_EXC_BRK:
        e->ec = EC_BRK64;
        e->iss = x->syndrome;
        break;
    case CPU_EXC_UNDEF:
        e->ec = EC_UNKNOWN;
        break;
    case CPU_EXC_DATA_ABORT:
        e->ec = lower ? EC_DATA_ABORT_LOWER : EC_DATA_ABORT_SAME;
        e->iss = x->fault_status | (x->is_write ? 1u << 6 : 0); /* DFSC, WnR; ISV = 0 */
        e->far_valid = true;
        e->far = x->address;
        break;
    case CPU_EXC_INSN_ABORT:
        e->ec = lower ? EC_INSN_ABORT_LOWER : EC_INSN_ABORT_SAME;
        e->iss = x->fault_status;
        e->far_valid = true;
        e->far = x->address;
        break;
    case CPU_EXC_ALIGNMENT:
        e->far_valid = true;
        e->far = x->address;
        if (x->address == cpu->pc && (cpu->pc & 3)) {
            e->ec = EC_PC_ALIGNMENT;
        } else {
            e->ec = lower ? EC_DATA_ABORT_LOWER : EC_DATA_ABORT_SAME;
            e->iss = FSC_ALIGNMENT | (x->is_write ? 1u << 6 : 0);
        }
        break;
    case CPU_EXC_SP_ALIGNMENT:
        e->ec = EC_SP_ALIGNMENT; /* ISS 0; FAR is not written */
        break;
    case CPU_EXC_DEBUG:
        e->ec = x->syndrome >> 26;
        e->iss = x->syndrome & 0x1ffffff;
        e->far_valid = e->ec == EC_WATCHPOINT_LOWER || e->ec == EC_WATCHPOINT_SAME;
        e->far = x->address;
        break;
    case CPU_EXC_TRAP:
        e->ec = x->syndrome >> 26;
        e->iss = x->syndrome & 0x1ffffff;
        break;
    case CPU_EXC_ILLEGAL_STATE:
        e->ec = EC_ILLEGAL_STATE; /* ISS 0; taking it clears PSTATE.IL, SPSR_EL1.IL keeps it */
        break;
    default:
        return false;
    }
    return true;
}

bool a64_interrupt_to_take(const struct cpu_state *cpu, bool irq, bool fiq,
                           struct a64_exception_info *e)
{
    /* FIQ first: both are taken to EL1 and mask each other, the architecture orders neither */
    if (fiq && !(cpu->daif & DAIF_F)) {
        *e = (struct a64_exception_info){.type = A64_EXC_FIQ};
        return true;
    }
    if (irq && !(cpu->daif & DAIF_I)) {
        *e = (struct a64_exception_info){.type = A64_EXC_IRQ};
        return true;
    }
    return false;
}
