/*
 * The full-system owner of a CPU's TLB: a miss is translated by the stage-1
 * walker (mmu/stage1_walk) with the CPU's SCTLR/TCR/TTBR values, or flat
 * when SCTLR_EL1.M is clear, and a page of guest RAM is installed with the
 * rights the current EL has. Anything else comes back as a tlb_fault: a
 * real abort (with its ESR fault status code) or, with `device` set, a page
 * that is not RAM and must be reached through the bus on the slow path.
 *
 * TLB entries (and decoded blocks) are kept per EL (tlb.h's context), so
 * exceptions and ERET flush nothing. They carry no ASID: the TLB and the
 * decoded-code cache are flushed when the translation registers change
 * (cpu_request_flush in sysreg.c) and by TLBI.
 */
#ifndef FERRY_CPU_A64_SYSTEM_MMU_H
#define FERRY_CPU_A64_SYSTEM_MMU_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/cpu.h"
#include "mmu/phys_space.h"

struct system_mmu {
    struct cpu_state *cpu;
    const struct phys_space *phys;
};

/* Makes `mmu` the owner of cpu's TLB. */
void system_mmu_attach(struct system_mmu *mmu, struct cpu_state *cpu, const struct phys_space *phys);

/* The TLB fill function (tlb_fill_fn) system_mmu_attach installs. */
bool system_mmu_fill(void *owner, uint64_t va, enum tlb_access access, struct tlb_entry *entry,
                     struct tlb_fault *fault);

/*
 * AT S1E1R/W, S1E0R/W: translates va as an access of `access` at `el` with the
 * CPU's current translation registers and returns the PAR_EL1 value (success:
 * ATTR, PA, SH; failure: F and FST). cpu->phys supplies the tables.
 */
uint64_t system_mmu_address_translate(const struct cpu_state *cpu, uint64_t va,
                                      enum tlb_access access, unsigned el);

#endif
