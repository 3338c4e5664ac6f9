/*
 * Interpreter and block cache: blocks end where they must, stale code is
 * dropped after IC IVAU or a change of the address space, and faults report
 * precise PCs (instruction fetch from a non-executable or unmapped page,
 * misaligned PC, execution running off the end of a page).
 *
 * Instructions used are branches and system-register moves, whose results
 * follow directly from the Arm ARM: "msr tpidr_el0, xN" copies xN.
 */
#include <check.h>
#include <string.h>

#include "tests/unit/harness.h"

#define MSR_TPIDR_X1 0xd51bd041u /* msr tpidr_el0, x1 */
#define MSR_TPIDR_X2 0xd51bd042u /* msr tpidr_el0, x2 */
#define MRS_X0_TPIDR 0xd53bd040u /* mrs x0, tpidr_el0 */
#define SVC_0 0xd4000001u        /* svc #0 */
#define NOP 0xd503201fu          /* nop */
#define IC_IVAU_X3 0xd50b7523u   /* ic ivau, x3 */
#define ISB 0xd5033fdfu          /* isb */

static uint32_t *code_at(struct harness *h, uint64_t addr)
{
    return user_space_host(&h->space, addr, 4, USER_PROT_READ);
}

START_TEST(straight_line_code_runs_to_the_svc)
{
    struct harness h;
    harness_init(&h);
    h.cpu.x[1] = 42;
    const uint32_t code[] = {MSR_TPIDR_X1, NOP, MRS_X0_TPIDR};
    ck_assert_int_eq(harness_run(&h, code, 3), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 42);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 16);
    if (h.cpu.engine == CPU_ENGINE_INTERP) /* the interpreter counts retired instructions */
        ck_assert_uint_eq(h.cpu.insn_count, 4);
    harness_free(&h);
}
END_TEST

START_TEST(code_rewritten_after_ic_ivau_runs_new_instructions)
{
    struct harness h;
    harness_init(&h);
    h.cpu.x[1] = 1;
    h.cpu.x[2] = 2;
    h.cpu.x[3] = HARNESS_CODE;
    const uint32_t code[] = {MSR_TPIDR_X1, MRS_X0_TPIDR};
    ck_assert_int_eq(harness_run(&h, code, 2), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 1);
    /* Rewrite the first instruction behind the CPU's back, then tell it: IC IVAU; ISB. */
    *code_at(&h, HARNESS_CODE) = MSR_TPIDR_X2;
    *code_at(&h, HARNESS_CODE + 8) = IC_IVAU_X3;
    *code_at(&h, HARNESS_CODE + 12) = ISB;
    *code_at(&h, HARNESS_CODE + 16) = 0x17fffffc; /* b .-16 (back to the start) */
    h.cpu.pc = HARNESS_CODE + 8;
    /* Runs IC IVAU, ISB, branches back to the rewritten code, stops at the SVC after... */
    *code_at(&h, HARNESS_CODE + 4) = SVC_0;
    /* ...the new first instruction: the fresh decode must see MSR_TPIDR_X2 and the SVC. */
    ck_assert_int_eq(cpu_run(&h.cpu), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.tpidr_el0, 2);
    harness_free(&h);
}
END_TEST

START_TEST(unmapped_and_non_executable_code_fault_precisely)
{
    struct harness h;
    harness_init(&h);
    /* Jump into the data pages (read/write, not executable). */
    h.cpu.x[1] = HARNESS_DATA;
    const uint32_t br_x1 = 0xd61f0020; /* br x1 */
    ck_assert_int_eq(harness_run(&h, &br_x1, 1), CPU_EXC_INSN_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_DATA);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA);
    ck_assert(h.cpu.exception.page_mapped);
    /* Jump to an unmapped page. */
    h.cpu.x[1] = 0x30000000;
    ck_assert_int_eq(harness_run(&h, &br_x1, 1), CPU_EXC_INSN_ABORT);
    ck_assert_uint_eq(h.cpu.pc, 0x30000000);
    ck_assert(!h.cpu.exception.page_mapped);
    /* Misaligned branch target: PC alignment fault at that PC. */
    h.cpu.x[1] = HARNESS_CODE + 2;
    ck_assert_int_eq(harness_run(&h, &br_x1, 1), CPU_EXC_ALIGNMENT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 2);
    harness_free(&h);
}
END_TEST

START_TEST(running_off_the_mapped_code_faults_at_the_next_page)
{
    struct harness h;
    harness_init(&h);
    /* The harness maps 64 KiB of code; fill its last page's tail with NOPs and start there. */
    uint64_t last = HARNESS_CODE + 0x10000 - 8;
    *code_at(&h, last) = NOP;
    *code_at(&h, last + 4) = NOP;
    h.cpu.pc = last;
    ck_assert_int_eq(cpu_run(&h.cpu), CPU_EXC_INSN_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 0x10000);
    harness_free(&h);
}
END_TEST

START_TEST(unmapping_code_drops_its_blocks)
{
    struct harness h;
    harness_init(&h);
    const uint32_t code[] = {NOP};
    ck_assert_int_eq(harness_run(&h, code, 1), CPU_EXC_SVC);
    ck_assert_int_eq(user_space_unmap(&h.space, HARNESS_CODE, 0x1000), 0);
    h.cpu.pc = HARNESS_CODE;
    ck_assert_int_eq(cpu_run(&h.cpu), CPU_EXC_INSN_ABORT);
    harness_free(&h);
}
END_TEST

START_TEST(undefined_instruction_reports_word_and_pc)
{
    struct harness h;
    harness_init(&h);
    const uint32_t code[] = {NOP, 0x00000000 /* udf #0 */, NOP};
    ck_assert_int_eq(harness_run(&h, code, 3), CPU_EXC_UNDEF);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    ck_assert_uint_eq(h.cpu.exception.syndrome, 0);
    harness_free(&h);
}
END_TEST

START_TEST(exit_request_stops_at_a_block_boundary)
{
    struct harness h;
    harness_init(&h);
    const uint32_t loop = 0x14000000; /* b . (an endless loop) */
    memcpy(code_at(&h, HARNESS_CODE), &loop, 4);
    h.cpu.pc = HARNESS_CODE;
    h.cpu.exit_request = 1;
    ck_assert_int_eq(cpu_run(&h.cpu), CPU_EXC_EXIT);
    ck_assert_uint_eq(h.cpu.exit_request, 0);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    harness_free(&h);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("interp");
    TCase *tc = tcase_create("blocks");
    tcase_add_test(tc, straight_line_code_runs_to_the_svc);
    tcase_add_test(tc, code_rewritten_after_ic_ivau_runs_new_instructions);
    tcase_add_test(tc, unmapped_and_non_executable_code_fault_precisely);
    tcase_add_test(tc, running_off_the_mapped_code_faults_at_the_next_page);
    tcase_add_test(tc, unmapping_code_drops_its_blocks);
    tcase_add_test(tc, undefined_instruction_reports_word_and_pc);
    tcase_add_test(tc, exit_request_stops_at_a_block_boundary);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
