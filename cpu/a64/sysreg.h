/*
 * System registers: one table keyed by (op0, op1, CRn, CRm, op2), read and
 * written by MRS/MSR (system.c). The ID register values here are the single
 * description of what ferry implements: user-mode HWCAPs are derived from
 * them, so the two can never disagree.
 */
#ifndef FERRY_CPU_A64_SYSREG_H
#define FERRY_CPU_A64_SYSREG_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/cpu.h"

/*
 * Encode (op0, op1, CRn, CRm, op2) as one key, the way MRS/MSR fields pack.
 * A macro so tables can use it in constant initialisers.
 */
#define SYSREG_KEY(op0, op1, crn, crm, op2)                                                   \
    ((uint32_t)(((op0) << 14) | ((op1) << 11) | ((crn) << 7) | ((crm) << 3) | (op2)))

/* Generic timer frequency for CNTFRQ_EL0 and the CNTVCT_EL0 count (62.5 MHz, 16 ns). */
#define A64_TIMER_HZ 62500000ull

/* The system counter (CNTPCT_EL0, = CNTVCT_EL0 without EL2): host monotonic time at A64_TIMER_HZ. */
uint64_t a64_system_count(void);

/*
 * MRS: returns true and the value, or false if the access is UNDEFINED at
 * the CPU's current EL (the caller raises UNDEF).
 */
bool sysreg_read(struct cpu_state *cpu, uint32_t key, uint64_t *value);
/*
 * The registers whose value never changes and that every EL may read
 * (CTR_EL0, DCZID_EL0, read in every cache maintenance loop and memset):
 * true and the value, which the translator may put in its code.
 */
bool sysreg_constant(uint32_t key, uint64_t *value);
/* MSR (register): false if UNDEFINED. */
bool sysreg_write(struct cpu_state *cpu, uint32_t key, uint64_t value);

/*
 * After sysreg_read/write refused: true if the refusal is CNTKCTL_EL1
 * disabling an EL0 timer register, which the architecture makes a trap to
 * EL1 (ESR EC 0x18) rather than an UNDEFINED instruction.
 */
bool sysreg_el0_trapped(const struct cpu_state *cpu, uint32_t key);

/* Name of a system register ("TPIDR_EL0"), or NULL if not in the table. */
const char *sysreg_name(uint32_t key);

/* AT_HWCAP / AT_HWCAP2 for ferry-user, derived from the ID registers. */
uint64_t a64_user_hwcap(void);
uint64_t a64_user_hwcap2(void);

/* The value an ID register read returns at EL0 under Linux (sanitised, user-visible fields). */
uint64_t a64_user_id_register(uint32_t key);

#endif
