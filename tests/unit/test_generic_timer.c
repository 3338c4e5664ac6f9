/*
 * The generic timer (Arm ARM D11, "The AArch64 view of the Generic Timer";
 * register descriptions of CNTP/CNTV_CTL, _CVAL, _TVAL and CNTKCTL_EL1):
 * ISTATUS when the count reaches CVAL, IMASK gating only the output, TVAL as
 * the signed 32-bit distance to CVAL, and EL0 access under CNTKCTL_EL1.
 */
#include <check.h>

#include "cpu/a64/generic_timer.h"
#include "cpu/a64/sysreg.h"
#include "tests/unit/harness.h"

START_TEST(status_output_and_next_change)
{
    struct timer_channel t = {0};
    timer_ctl_write(&t, 0xffffffff); /* ISTATUS and bits above IMASK do not stick */
    ck_assert_uint_eq(t.ctl, TIMER_CTL_ENABLE | TIMER_CTL_IMASK);
    t.cval = 100;
    timer_ctl_write(&t, TIMER_CTL_ENABLE);
    ck_assert_uint_eq(timer_ctl_read(&t, 99), TIMER_CTL_ENABLE);
    ck_assert(!timer_output(&t, 99));
    ck_assert_uint_eq(timer_next_change(&t, 99), 100);
    ck_assert_uint_eq(timer_ctl_read(&t, 100), TIMER_CTL_ENABLE | TIMER_CTL_ISTATUS);
    ck_assert(timer_output(&t, 100));
    ck_assert_uint_eq(timer_next_change(&t, 100), UINT64_MAX);
    /* IMASK hides the output, not the status */
    timer_ctl_write(&t, TIMER_CTL_ENABLE | TIMER_CTL_IMASK);
    ck_assert_uint_eq(timer_ctl_read(&t, 200), TIMER_CTL_ENABLE | TIMER_CTL_IMASK | TIMER_CTL_ISTATUS);
    ck_assert(!timer_output(&t, 200));
    ck_assert_uint_eq(timer_next_change(&t, 50), UINT64_MAX);
    /* a disabled timer has no status */
    timer_ctl_write(&t, 0);
    ck_assert_uint_eq(timer_ctl_read(&t, 200), 0);
    ck_assert(!timer_output(&t, 200));
}
END_TEST

START_TEST(tval_is_a_signed_32_bit_distance)
{
    struct timer_channel t = {.cval = 100};
    ck_assert_uint_eq(timer_tval_read(&t, 90), 10);
    ck_assert_uint_eq(timer_tval_read(&t, 110), 0xfffffff6); /* -10, zero-extended */
    timer_tval_write(&t, 1000, 0x7fffffff);
    ck_assert_uint_eq(t.cval, 1000 + 0x7fffffffull);
    timer_tval_write(&t, 1000, 0xffffffff80000000ull); /* only bits 31:0 count, sign-extended */
    ck_assert_uint_eq(t.cval, 1000 - 0x80000000ull);
    timer_tval_write(&t, 5, 0x1fffffff0ull);
    ck_assert_uint_eq(t.cval, 5 - 16);
}
END_TEST

static bool can_read(struct cpu_state *cpu, uint32_t key)
{
    uint64_t v;
    return sysreg_read(cpu, key, &v);
}

#define CNTPCT SYSREG_KEY(3, 3, 14, 0, 1)
#define CNTVCT SYSREG_KEY(3, 3, 14, 0, 2)
#define CNTKCTL SYSREG_KEY(3, 0, 14, 1, 0)
#define CNTP_CTL SYSREG_KEY(3, 3, 14, 2, 1)
#define CNTV_TVAL SYSREG_KEY(3, 3, 14, 3, 0)
#define CNTV_CTL SYSREG_KEY(3, 3, 14, 3, 1)
#define CNTV_CVAL SYSREG_KEY(3, 3, 14, 3, 2)

START_TEST(el0_access_follows_cntkctl)
{
    static struct cpu_state cpu;
    cpu.el = 0;
    cpu.timer.cntkctl = CNTKCTL_EL0VCTEN; /* what Linux gives its processes */
    ck_assert(can_read(&cpu, CNTVCT));
    ck_assert(!can_read(&cpu, CNTPCT));
    ck_assert(!can_read(&cpu, CNTV_CTL));
    ck_assert(!sysreg_write(&cpu, CNTV_CTL, 1));
    ck_assert(!can_read(&cpu, CNTKCTL)); /* an EL1 register */
    cpu.timer.cntkctl |= CNTKCTL_EL0VTEN;
    ck_assert(sysreg_write(&cpu, CNTV_CTL, 3));
    ck_assert(can_read(&cpu, CNTV_CTL));
    ck_assert(!can_read(&cpu, CNTP_CTL)); /* the physical timer has its own bit (EL0PTEN) */

    cpu.el = 1;
    cpu.timer.cntkctl = 0;
    ck_assert(can_read(&cpu, CNTPCT));
    ck_assert(can_read(&cpu, CNTP_CTL));
    ck_assert(sysreg_write(&cpu, CNTKCTL, 0xffffffff));
    uint64_t v;
    ck_assert(sysreg_read(&cpu, CNTKCTL, &v));
    ck_assert_uint_eq(v, 0x3ff); /* EL0PCTEN..EL0PTEN: bits 9:0 */
}
END_TEST

START_TEST(tval_through_the_system_registers)
{
    static struct cpu_state cpu;
    cpu.el = 1;
    uint64_t before, after, cval, ctl;
    ck_assert(sysreg_read(&cpu, CNTVCT, &before));
    ck_assert(sysreg_write(&cpu, CNTV_TVAL, 1000000));
    ck_assert(sysreg_read(&cpu, CNTVCT, &after));
    ck_assert(sysreg_read(&cpu, CNTV_CVAL, &cval));
    ck_assert_uint_ge(cval, before + 1000000);
    ck_assert_uint_le(cval, after + 1000000);
    ck_assert(sysreg_write(&cpu, CNTV_CTL, 1));
    ck_assert(sysreg_read(&cpu, CNTV_CTL, &ctl));
    ck_assert_uint_eq(ctl, 1); /* 16 ms away at 62.5 MHz: not fired */
    ck_assert(sysreg_write(&cpu, CNTV_CVAL, 0));
    ck_assert(sysreg_read(&cpu, CNTV_CTL, &ctl));
    ck_assert_uint_eq(ctl, 5);
}
END_TEST

static Suite *generic_timer_suite(void)
{
    Suite *s = suite_create("generic_timer");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, status_output_and_next_change);
    tcase_add_test(tc, tval_is_a_signed_32_bit_distance);
    tcase_add_test(tc, el0_access_follows_cntkctl);
    tcase_add_test(tc, tval_through_the_system_registers);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(generic_timer_suite()); }
