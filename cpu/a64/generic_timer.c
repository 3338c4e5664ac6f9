/* The generic timer model; see generic_timer.h. */
#include "cpu/a64/generic_timer.h"

static bool fired(const struct timer_channel *t, uint64_t count)
{
    return (t->ctl & TIMER_CTL_ENABLE) && count >= t->cval;
}

uint32_t timer_ctl_read(const struct timer_channel *t, uint64_t count)
{
    return t->ctl | (fired(t, count) ? TIMER_CTL_ISTATUS : 0);
}

void timer_ctl_write(struct timer_channel *t, uint64_t value)
{
    t->ctl = (uint32_t)value & (TIMER_CTL_ENABLE | TIMER_CTL_IMASK); /* ISTATUS is read-only */
}

uint64_t timer_tval_read(const struct timer_channel *t, uint64_t count)
{
    return (uint32_t)(t->cval - count);
}

void timer_tval_write(struct timer_channel *t, uint64_t count, uint64_t value)
{
    t->cval = count + (uint64_t)(int64_t)(int32_t)(uint32_t)value;
}

bool timer_output(const struct timer_channel *t, uint64_t count)
{
    return fired(t, count) && !(t->ctl & TIMER_CTL_IMASK);
}

uint64_t timer_next_change(const struct timer_channel *t, uint64_t count)
{
    if (!(t->ctl & TIMER_CTL_ENABLE) || (t->ctl & TIMER_CTL_IMASK) || count >= t->cval)
        return UINT64_MAX;
    return t->cval;
}
