/*
 * Self-hosted debug (cpu/a64/debug.c). Expected values from the Arm ARM:
 * DBGBCR<n>_EL1 (E 0, PMC 2:1, BAS 8:5, LBN 19:16, BT 23:20), DBGWCR<n>_EL1
 * (E 0, PAC 2:1, LSC 4:3, BAS 12:5, LBN 19:16, WT 20, MASK 28:24),
 * MDSCR_EL1 (SS 0, KDE 13, MDE 15), the debug-exception enable rules with
 * EL2/EL3 absent (D2, "Enabling debug exceptions": never under the OS lock;
 * from EL0 always; from EL1 only with KDE and PSTATE.D clear), and the ESR
 * layouts: EC 0x30/0x31 breakpoint, 0x32/0x33 software step (ISV 24, EX 6),
 * 0x34/0x35 watchpoint (WnR 6); IFSC/DFSC 0b100010 for all of them.
 */
#include <check.h>

#include "cpu/a64/debug.h"
#include "tests/unit/harness.h"

#define MDSCR_SS 1u
#define MDSCR_KDE (1u << 13)
#define MDSCR_MDE (1u << 15)
#define BAS4 (0xfu << 5)
#define PMC_EL1 (1u << 1)
#define PMC_EL0 (2u << 1)
#define LSC_LOAD (1u << 3)
#define LSC_STORE (2u << 3)

static struct cpu_state cpu;

static void setup(void)
{
    cpu = (struct cpu_state){0};
    cpu.el = 1;
    cpu.el1.mdscr = MDSCR_MDE | MDSCR_KDE;
}

static void arm(void) { a64_debug_update(&cpu); }

START_TEST(breakpoints_and_when_they_fire)
{
    cpu.el1.dbgbvr[0] = 0xffff800008001234ull & ~3ull;
    cpu.el1.dbgbcr[0] = 1 | PMC_EL1 | BAS4;
    arm();
    ck_assert(cpu.debug.breaking); /* blocks holding the address run one instruction at a time */
    ck_assert(!cpu.debug.armed);   /* the others at full speed */
    ck_assert(a64_breakpoint_in(&cpu, 0xffff800008001200ull, 0xffff800008001238ull));
    ck_assert(!a64_breakpoint_in(&cpu, 0xffff800008001238ull, 0xffff800008001300ull));
    cpu.pc = 0xffff800008001230ull;
    ck_assert(!a64_debug_before(&cpu));
    cpu.pc = 0xffff800008001234ull;
    ck_assert(a64_debug_before(&cpu));
    ck_assert_int_eq(cpu.exception.kind, CPU_EXC_DEBUG);
    ck_assert_uint_eq(cpu.exception.syndrome, 0x31u << 26 | 0x22); /* same EL */

    cpu.daif = 0x200; /* PSTATE.D masks debug exceptions taken from EL1 */
    ck_assert(!a64_debug_before(&cpu));
    cpu.daif = 0;
    cpu.el1.mdscr = MDSCR_MDE; /* ... and so does KDE = 0 */
    ck_assert(!a64_debug_before(&cpu));
    cpu.el1.mdscr = MDSCR_MDE | MDSCR_KDE;
    cpu.debug.os_lock = true;
    arm();
    ck_assert(!cpu.debug.breaking);
    ck_assert(!a64_debug_before(&cpu));
    cpu.debug.os_lock = false;
    arm();

    /* an EL0-only breakpoint does not fire at EL1; at EL0 it does, from the lower EL, KDE or not */
    cpu.el1.dbgbcr[0] = 1 | PMC_EL0 | BAS4;
    ck_assert(!a64_debug_before(&cpu));
    cpu.el = 0;
    cpu.daif = 0x200;
    cpu.el1.mdscr = MDSCR_MDE;
    ck_assert(a64_debug_before(&cpu));
    ck_assert_uint_eq(cpu.exception.syndrome, 0x30u << 26 | 0x22);
}
END_TEST

START_TEST(context_id_and_linked_breakpoints)
{
    cpu.el1.contextidr = 0x42;
    /* breakpoint 1 is the context-aware one: BT 0010 matches CONTEXTIDR_EL1 anywhere */
    cpu.el1.dbgbvr[1] = 0x42;
    cpu.el1.dbgbcr[1] = 1 | PMC_EL1 | BAS4 | 2u << 20;
    arm();
    ck_assert(cpu.debug.armed); /* it can match any instruction */
    cpu.pc = 0x1000;
    ck_assert(a64_debug_before(&cpu));
    cpu.el1.contextidr = 0x43;
    ck_assert(!a64_debug_before(&cpu));
    /* breakpoint 0: linked address match (BT 0001, LBN 1) with 1 a linked context one (BT 0011) */
    cpu.el1.dbgbcr[1] = 1 | PMC_EL1 | BAS4 | 3u << 20;
    cpu.el1.dbgbvr[0] = 0x1000;
    cpu.el1.dbgbcr[0] = 1 | PMC_EL1 | BAS4 | 1u << 20 | 1u << 16;
    ck_assert(!a64_debug_before(&cpu)); /* context 0x43 != 0x42 */
    cpu.el1.contextidr = 0x42;
    ck_assert(a64_debug_before(&cpu));
    cpu.el1.dbgbcr[0] = 1 | PMC_EL1 | BAS4 | 1u << 20 | 0u << 16; /* linked to a non-context breakpoint */
    ck_assert(!a64_debug_before(&cpu));
}
END_TEST

START_TEST(watchpoint_ranges_and_kinds)
{
    /* BAS = first four bytes of the doubleword at 0x1000 */
    cpu.el1.dbgwvr[0] = 0x1000;
    cpu.el1.dbgwcr[0] = 1 | PMC_EL1 | LSC_STORE | 0x0fu << 5;
    arm();
    ck_assert(cpu.debug.watching);
    ck_assert_uint_eq(cpu.flush_request, 1); /* the TLB must forget the watched page */
    ck_assert(a64_watch_page(&cpu, 0x1000));
    ck_assert(!a64_watch_page(&cpu, 0x2000));
    ck_assert(!a64_watchpoint_check(&cpu, 0x1004, 4, false, true));
    ck_assert(!a64_watchpoint_check(&cpu, 0x1002, 2, true, false)); /* a load: LSC is stores only */
    ck_assert(a64_watchpoint_check(&cpu, 0x1002, 2, false, true));
    ck_assert_uint_eq(cpu.exception.syndrome, 0x35u << 26 | 1u << 6 | 0x22);
    ck_assert_uint_eq(cpu.exception.address, 0x1002);
    ck_assert(a64_watchpoint_check(&cpu, 0x0ffc, 8, false, true)); /* overlaps byte 0x1000 */

    /* DBGWVR[2] set: BAS counts from that word */
    cpu.el1.dbgwvr[0] = 0x1004;
    cpu.el1.dbgwcr[0] = 1 | PMC_EL1 | LSC_LOAD | 0x3u << 5;
    ck_assert(!a64_watchpoint_check(&cpu, 0x1000, 4, true, false));
    ck_assert(a64_watchpoint_check(&cpu, 0x1005, 1, true, false));
    ck_assert_uint_eq(cpu.exception.syndrome, 0x35u << 26 | 0x22); /* WnR 0 */

    /* MASK = 12: the whole 4 KiB page around the address */
    cpu.el1.dbgwvr[0] = 0x5678;
    cpu.el1.dbgwcr[0] = 1 | PMC_EL1 | LSC_LOAD | LSC_STORE | 0xffu << 5 | 12u << 24;
    ck_assert(a64_watchpoint_check(&cpu, 0x5000, 1, true, false));
    ck_assert(a64_watchpoint_check(&cpu, 0x5ff8, 8, false, true));
    ck_assert(!a64_watchpoint_check(&cpu, 0x6000, 8, true, true));

    /* privilege: an EL0-only watchpoint is not hit at EL1, nor is its page watched there */
    cpu.el1.dbgwcr[0] = 1 | PMC_EL0 | LSC_STORE | 0xffu << 5;
    cpu.el1.dbgwvr[0] = 0x1000;
    ck_assert(!a64_watch_page(&cpu, 0x1000));
    ck_assert(!a64_watchpoint_check(&cpu, 0x1000, 8, false, true));
    cpu.el = 0;
    ck_assert(a64_watch_page(&cpu, 0x1000));
    ck_assert(a64_watchpoint_check(&cpu, 0x1000, 8, false, true));
    ck_assert_uint_eq(cpu.exception.syndrome, 0x34u << 26 | 1u << 6 | 0x22); /* from EL0 */
}
END_TEST

START_TEST(software_step_state_machine)
{
    cpu.el = 0;
    cpu.el1.mdscr = MDSCR_SS; /* KDE clear: EL1 is not stepped, EL0 is */
    arm();
    ck_assert(cpu.debug.armed);
    /* active-not-pending (PSTATE.SS = 1): this instruction runs, then the state is pending */
    cpu.debug.pstate_ss = true;
    ck_assert(!a64_debug_before(&cpu));
    struct a64_insn ldxr = {.word = 0xc85f7c23}; /* ldxr x3, [x1] */
    a64_debug_after(&cpu, &ldxr, A64_NEXT);
    ck_assert(!cpu.debug.pstate_ss);
    ck_assert(a64_debug_before(&cpu));
    ck_assert_uint_eq(cpu.exception.syndrome, 0x32u << 26 | 1u << 24 | 1u << 6 | 0x22); /* ISV, EX */
    /* a faulting instruction did not complete: still active-not-pending */
    cpu.debug.pstate_ss = true;
    ck_assert(!a64_debug_before(&cpu));
    struct a64_insn ldr = {.word = 0xf9400020};
    cpu.exception.kind = CPU_EXC_DATA_ABORT;
    a64_debug_after(&cpu, &ldr, A64_EXCEPTION);
    ck_assert(cpu.debug.pstate_ss);
    /* at EL1 with KDE = 0 nothing is stepped */
    cpu.el = 1;
    ck_assert(!a64_debug_before(&cpu));
    a64_debug_after(&cpu, &ldr, A64_NEXT);
    ck_assert(cpu.debug.pstate_ss);
}
END_TEST

static Suite *debug_suite(void)
{
    Suite *s = suite_create("debug");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, 0);
    tcase_add_test(tc, breakpoints_and_when_they_fire);
    tcase_add_test(tc, context_id_and_linked_breakpoints);
    tcase_add_test(tc, watchpoint_ranges_and_kinds);
    tcase_add_test(tc, software_step_state_machine);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(debug_suite()); }
