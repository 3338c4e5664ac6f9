/*
 * The Arm generic timer of one CPU: the EL1 physical and virtual timers
 * (CNTP_* and CNTV_*) and CNTKCTL_EL1's EL0 access controls, as a model
 * over an explicit count so it is testable and independent of the host
 * clock. The count is the system counter (CNTPCT); with no EL2, CNTVOFF is
 * zero and the virtual count equals it.
 *
 * A timer's output is level: high while it is enabled, not masked, and the
 * count has reached its compare value (Arm ARM D11, "The AArch64 view of
 * the Generic Timer"). The board routes the outputs to the GIC's PPIs
 * (physical 30, virtual 27) and asks generic_timer_next_change when to look
 * again, so a CPU in WFI can sleep until then.
 */
#ifndef FERRY_CPU_A64_GENERIC_TIMER_H
#define FERRY_CPU_A64_GENERIC_TIMER_H

#include <stdbool.h>
#include <stdint.h>

/* CNTx_CTL_EL0 bits */
#define TIMER_CTL_ENABLE (1u << 0)
#define TIMER_CTL_IMASK (1u << 1)
#define TIMER_CTL_ISTATUS (1u << 2)

/* CNTKCTL_EL1 bits: EL0 access to the counters and timers */
#define CNTKCTL_EL0PCTEN (1u << 0)
#define CNTKCTL_EL0VCTEN (1u << 1)
#define CNTKCTL_EL0VTEN (1u << 8)
#define CNTKCTL_EL0PTEN (1u << 9)

struct timer_channel {
    uint64_t cval;
    uint32_t ctl; /* ENABLE and IMASK as written; ISTATUS is computed */
};

struct generic_timer {
    struct timer_channel phys, virt;
    uint32_t cntkctl;
};

/* CNTx_CTL_EL0 as read at `count`: ISTATUS set when enabled and the count has reached CVAL. */
uint32_t timer_ctl_read(const struct timer_channel *t, uint64_t count);
void timer_ctl_write(struct timer_channel *t, uint64_t value);

/* CNTx_TVAL_EL0: CVAL - count as a signed 32-bit value (zero-extended to 64 bits when read). */
uint64_t timer_tval_read(const struct timer_channel *t, uint64_t count);
/* Writing TVAL sets CVAL = count + SignExtend(TVAL<31:0>). */
void timer_tval_write(struct timer_channel *t, uint64_t count, uint64_t value);

/* The output line: enabled, unmasked and fired. */
bool timer_output(const struct timer_channel *t, uint64_t count);

/* The count at which the output next rises, or UINT64_MAX if it will not without a register write. */
uint64_t timer_next_change(const struct timer_channel *t, uint64_t count);

#endif
