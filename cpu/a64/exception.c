/* AArch64 exception entry and return; see exception.h. */
#include "cpu/a64/exception.h"

#include "cpu/a64/debug.h"

#define SPSR_IL (1ull << 20)
#define SPSR_PAN (1ull << 22)
#define SPSR_SS (1ull << 21)
#define SCTLR_SPAN (1ull << 23) /* 0: PSTATE.PAN is set on taking an exception to EL1 */
#define SPSR_NRW (1ull << 4) /* M[4]: 1 = AArch32 */
#define DAIF_ALL 0x3c0u

/* Which banked SP register 31 currently is: SP_EL0 at EL0 or with SPSel = 0, else SP_ELx. */
static unsigned sp_bank(const struct cpu_state *cpu)
{
    return (cpu->el == 0 || !cpu->spsel) ? 0 : cpu->el;
}

void a64_bank_sp(struct cpu_state *cpu) { cpu->sp_el[sp_bank(cpu)] = cpu->x[31]; }

void a64_unbank_sp(struct cpu_state *cpu) { cpu->x[31] = cpu->sp_el[sp_bank(cpu)]; }

uint64_t a64_pstate_to_spsr(const struct cpu_state *cpu)
{
    return (uint64_t)cpu->nzcv | (cpu->pan ? SPSR_PAN : 0) | (cpu->debug.pstate_ss ? SPSR_SS : 0) |
           (cpu->illegal_state ? SPSR_IL : 0) | cpu->daif |
           ((uint64_t)cpu->el << 2) | (cpu->spsel ? 1u : 0u);
}

void a64_take_exception(struct cpu_state *cpu, const struct a64_exception_info *e,
                        uint64_t preferred_return)
{
    unsigned group = cpu->el == 0 ? 0x400 : cpu->spsel ? 0x200 : 0x000;
    cpu->el1.spsr = a64_pstate_to_spsr(cpu);
    cpu->el1.elr = preferred_return;
    if (e->type == A64_EXC_SYNC || e->type == A64_EXC_SERROR) {
        cpu->el1.esr = (uint64_t)e->ec << 26 | (e->il16 ? 0 : 1u << 25) | (e->iss & 0x1ffffff);
        if (e->far_valid)
            cpu->el1.far = e->far;
    }
    a64_bank_sp(cpu);
    cpu_set_el_pan(cpu, 1, cpu->pan || !(cpu->el1.sctlr & SCTLR_SPAN));
    cpu->spsel = true;
    a64_unbank_sp(cpu);
    cpu->daif = DAIF_ALL;
    cpu->illegal_state = false;
    cpu->debug.pstate_ss = false;
    cpu->monitor.valid = false; /* ClearExclusiveLocal */
    cpu->pc = cpu->el1.vbar + group + 0x80u * e->type;
}

void a64_exception_return(struct cpu_state *cpu)
{
    uint64_t spsr = cpu->el1.spsr;
    unsigned target_el = (spsr >> 2) & 3;
    bool sp_elx = spsr & 1;
    bool illegal = (spsr & SPSR_NRW) || target_el > 1 || target_el > cpu->el ||
                   (target_el == 0 && sp_elx);
    /* software step: SPSR.SS = 1 steps the instruction returned to; 0 takes the step exception
       before it (after an SVC that was stepped), with no instruction to describe (ISV = 0) */
    cpu->debug.pstate_ss = a64_step_state_after_return(cpu, spsr, illegal ? cpu->el : target_el);
    cpu->nzcv = (uint32_t)spsr & 0xf0000000u;
    cpu->daif = (uint32_t)spsr & DAIF_ALL;
    cpu->debug.step_isv = false;
    cpu->debug.step_ex = false;
    if (illegal) {
        cpu->illegal_state = true; /* EL and SPSel stay as they are */
        cpu_set_el_pan(cpu, cpu->el, spsr & SPSR_PAN);
    } else {
        a64_bank_sp(cpu);
        cpu_set_el_pan(cpu, target_el, spsr & SPSR_PAN);
        cpu->spsel = sp_elx;
        a64_unbank_sp(cpu);
        cpu->illegal_state = spsr & SPSR_IL;
    }
    cpu->monitor.valid = false;
    cpu->pc = cpu->el1.elr;
    cpu_irq_unmasked(cpu);
}
