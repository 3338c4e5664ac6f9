/*
 * AArch64 exception entry and return at EL1 (Arm ARM pseudocode
 * AArch64.TakeException, AArch64.ExceptionReturn and the illegal exception
 * return rules; ESR_EL1 layout EC 31:26, IL 25, ISS 24:0; vector offsets
 * 0x000/0x200/0x400 plus 0x80 per type), and the EL1 system instructions
 * around them: CurrentEL, SPSel, SP_EL0, DAIFSet/DAIFClr, ERET, VBAR_EL1.
 */
#include <check.h>

#include "cpu/a64/exception.h"
#include "cpu/a64/sysreg.h"
#include "tests/unit/harness.h"

#define VBAR 0xffff800010010800ull

static struct cpu_state cpu;

static void setup(void)
{
    cpu = (struct cpu_state){0};
    cpu.el1.vbar = VBAR;
}

START_TEST(svc_from_el0)
{
    cpu.el = 0;
    cpu.nzcv = NZCV_Z | NZCV_C;
    cpu.x[31] = 0x0000fffff000;
    cpu.sp_el[1] = 0xffff800012345000ull;
    cpu.monitor.valid = true;
    struct a64_exception_info e = {.type = A64_EXC_SYNC, .ec = EC_SVC64, .iss = 0x42};
    a64_take_exception(&cpu, &e, 0x400104);
    ck_assert_uint_eq(cpu.el1.spsr, 0x60000000); /* Z, C; DAIF clear; M = EL0t */
    ck_assert_uint_eq(cpu.el1.elr, 0x400104);
    ck_assert_uint_eq(cpu.el1.esr, 0x56000042); /* EC 0x15, IL 1, imm16 */
    ck_assert_uint_eq(cpu.el, 1);
    ck_assert(cpu.spsel);
    ck_assert_uint_eq(cpu.daif, 0x3c0);
    ck_assert_uint_eq(cpu.x[31], 0xffff800012345000ull);
    ck_assert_uint_eq(cpu.sp_el[0], 0x0000fffff000);
    ck_assert(!cpu.monitor.valid);
    ck_assert_uint_eq(cpu.pc, VBAR + 0x400); /* lower EL, AArch64, synchronous */
}
END_TEST

START_TEST(irq_and_aborts_at_el1)
{
    cpu.el = 1;
    cpu.spsel = true;
    cpu.daif = 0x100; /* A masked */
    cpu.nzcv = NZCV_N;
    cpu.el1.esr = 0x1234;
    struct a64_exception_info irq = {.type = A64_EXC_IRQ};
    a64_take_exception(&cpu, &irq, 0xffff800010200000ull);
    ck_assert_uint_eq(cpu.el1.spsr, 0x80000105); /* N, A, M = EL1h */
    ck_assert_uint_eq(cpu.el1.esr, 0x1234);      /* interrupts leave ESR alone */
    ck_assert_uint_eq(cpu.pc, VBAR + 0x280);     /* current EL with SP_ELx, IRQ */

    /* with SPSel = 0 (EL1t) a data abort uses the first group and sets FAR */
    cpu.spsel = false;
    cpu.daif = 0;
    struct a64_exception_info abort = {.type = A64_EXC_SYNC, .ec = EC_DATA_ABORT_SAME,
                                       .iss = 0x47, .far_valid = true, .far = 0xdead0008};
    a64_take_exception(&cpu, &abort, 0xffff800010200010ull);
    ck_assert_uint_eq(cpu.el1.spsr & 0xf, 0x4); /* EL1t */
    ck_assert_uint_eq(cpu.el1.esr, (0x25u << 26) | (1u << 25) | 0x47);
    ck_assert_uint_eq(cpu.el1.far, 0xdead0008);
    ck_assert_uint_eq(cpu.pc, VBAR + 0x000);
    ck_assert(cpu.spsel);

    struct a64_exception_info serror = {.type = A64_EXC_SERROR, .ec = EC_SERROR};
    a64_take_exception(&cpu, &serror, 0);
    ck_assert_uint_eq(cpu.pc, VBAR + 0x380);
    ck_assert_uint_eq(cpu.el1.esr >> 26, 0x2f);
}
END_TEST

/*
 * PSTATE.PAN across exceptions (AArch64.TakeException: PAN is set on entry
 * to EL1 when SCTLR_EL1.SPAN is 0, kept when it is 1; SPSR bit 22 holds it
 * and ERET restores it).
 */
START_TEST(pan_on_entry_and_return)
{
    cpu.el = 0;
    cpu.el1.sctlr = 0; /* SPAN = 0 */
    struct a64_exception_info e = {.type = A64_EXC_SYNC, .ec = EC_SVC64};
    a64_take_exception(&cpu, &e, 0x1000);
    ck_assert(cpu.pan);
    ck_assert_uint_eq(cpu.el1.spsr & (1u << 22), 0); /* EL0 ran with PAN clear */
    ck_assert_uint_eq(cpu.tlb.context, 3);          /* EL1 with PAN: its own TLB context */
    a64_take_exception(&cpu, &e, 0x2000);            /* nested: SPSR records PAN = 1 */
    ck_assert_uint_eq(cpu.el1.spsr & (1u << 22), 1u << 22);
    cpu.el1.spsr = 0x3c5; /* EL1h, PAN clear */
    a64_exception_return(&cpu);
    ck_assert(!cpu.pan);
    ck_assert_uint_eq(cpu.tlb.context, 1);
    cpu.el1.sctlr = 1ull << 23; /* SPAN = 1: entry leaves PAN alone */
    a64_take_exception(&cpu, &e, 0x3000);
    ck_assert(!cpu.pan);
}
END_TEST

START_TEST(returns_legal_and_illegal)
{
    cpu.el = 1;
    cpu.spsel = true;
    cpu.x[31] = 0xffff000000001000ull;
    cpu.sp_el[0] = 0x7ffff000;
    cpu.el1.elr = 0x400200;
    cpu.el1.spsr = 0x20000000 | 0x80; /* C, I masked, EL0t */
    a64_exception_return(&cpu);
    ck_assert_uint_eq(cpu.el, 0);
    ck_assert_uint_eq(cpu.pc, 0x400200);
    ck_assert_uint_eq(cpu.nzcv, NZCV_C);
    ck_assert_uint_eq(cpu.daif, 0x80);
    ck_assert_uint_eq(cpu.x[31], 0x7ffff000);
    ck_assert_uint_eq(cpu.sp_el[1], 0xffff000000001000ull);
    ck_assert(!cpu.illegal_state);

    /* EL2h, AArch32 and "EL0 with SP_EL0h" do not exist here: illegal, PSTATE.IL set, EL kept */
    static const uint64_t bad_m[] = {0x8 /* EL2t */, 0x9 /* EL2h */, 0xd /* EL3h */, 0x10 /* AArch32 */,
                                     0x1 /* EL0 with SPSel 1 */};
    for (unsigned i = 0; i < sizeof(bad_m) / sizeof(bad_m[0]); i++) {
        cpu.el = 1;
        cpu.spsel = true;
        cpu.x[31] = 0x5000;
        cpu.el1.spsr = 0x40000000 | bad_m[i];
        cpu.el1.elr = 0x1000 + i;
        a64_exception_return(&cpu);
        ck_assert_msg(cpu.illegal_state, "M=%#llx", (unsigned long long)bad_m[i]);
        ck_assert_uint_eq(cpu.el, 1);
        ck_assert_uint_eq(cpu.x[31], 0x5000);
        ck_assert_uint_eq(cpu.nzcv, NZCV_Z);
        ck_assert_uint_eq(cpu.pc, 0x1000 + i);
    }
    /* the IL bit of SPSR comes back on a legal return, and goes into SPSR on entry */
    cpu.el1.spsr = 0x00100005;
    a64_exception_return(&cpu);
    ck_assert(cpu.illegal_state);
    ck_assert_uint_eq(a64_pstate_to_spsr(&cpu), 0x00100005);
}
END_TEST

/* ---- the instructions, run by the interpreter at EL1 ---- */

static struct harness h;

static void setup_el1(void)
{
    harness_init(&h);
    h.cpu.el = 1;
    h.cpu.spsel = true;
}

static void teardown_el1(void) { harness_free(&h); }

START_TEST(currentel_spsel_and_sp_el0)
{
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd5384240}, 1), CPU_EXC_SVC); /* mrs x0, CurrentEL */
    ck_assert_uint_eq(h.cpu.x[0], 4);
    uint64_t sp1 = h.cpu.x[31];
    h.cpu.sp_el[0] = 0x123450;
    /* mrs x0, sp_el0 (allowed: SP_EL1 in use); msr spsel, #0; mrs x1, CurrentEL */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd5384100, 0xd50040bf}, 2), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x123450);
    ck_assert_uint_eq(h.cpu.x[31], 0x123450); /* register 31 is now SP_EL0 */
    ck_assert_uint_eq(h.cpu.sp_el[1], sp1);
    /* with SPSel = 0, SP_EL0 is UNDEFINED by name */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd5384100}, 1), CPU_EXC_UNDEF);
    h.cpu.el = 0;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd5384240}, 1), CPU_EXC_UNDEF);
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd50342df}, 1), CPU_EXC_UNDEF);
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd69f03e0}, 1), CPU_EXC_UNDEF); /* eret */
}
END_TEST

START_TEST(daif_set_clear_and_vbar)
{
    h.cpu.daif = 0;
    h.cpu.x[1] = 0xffff800010010fffull;
    /* msr daifset, #2; msr vbar_el1, x1; mrs x0, daif... then daifclr #2 */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd50342df, 0xd518c001}, 2), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.daif, 0x80);
    ck_assert_uint_eq(h.cpu.el1.vbar, 0xffff800010010800ull); /* bits 10:0 RES0 */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd50342ff}, 1), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.daif, 0);
    /* msr sctlr_el1, x1 keeps the RES1 bits set */
    h.cpu.x[1] = 0;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd5181001, 0xd5381000}, 2), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 0x30500800); /* SPAN (bit 23) is writable with FEAT_PAN */
    /* msr pan, #1; mrs x4, pan */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd500419f, 0xd5384264}, 2), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[4], 1u << 22);
    ck_assert(h.cpu.pan);
    /* msr pan, x5 with bit 22 clear */
    h.cpu.x[5] = ~(1ull << 22);
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd5184265}, 1), CPU_EXC_SVC);
    ck_assert(!h.cpu.pan);
    /* UAO is not advertised: msr uao, #1 stays UNDEFINED */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd500417f}, 1), CPU_EXC_UNDEF);
}
END_TEST

START_TEST(tlbi_and_cache_maintenance_at_el1)
{
    /* tlbi vmalle1; tlbi vae1is, x1; ic iallu; dc cisw, x1: all run at EL1 */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd508871f, 0xd5088321, 0xd508751f, 0xd5087e41}, 4),
                     CPU_EXC_SVC);
    /*
     * TLBI VMALLE1's flush of the TLB (decoded code is rechecked) waits for
     * the next block boundary: the interpreter reaches the SVC first;
     * translated code returns to the run loop after each TLBI and has served it.
     */
    ck_assert_uint_eq(h.cpu.flush_request, h.cpu.engine == CPU_ENGINE_INTERP ? CPU_FLUSH_REQUEST_TLB : 0);
    h.cpu.el = 0;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd508871f}, 1), CPU_EXC_UNDEF);
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd508751f}, 1), CPU_EXC_UNDEF);
}
END_TEST

/* Unmasking PSTATE.I with the IRQ line already high ends the run so the board takes the IRQ now. */
START_TEST(unmasking_a_pending_irq_stops_the_run)
{
    h.cpu.daif = 0x3c0;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd50342ff, 0xd503201f}, 2), CPU_EXC_SVC);
    h.cpu.daif = 0x3c0;
    h.cpu.irq_line = true;
    /* msr daifclr, #2 ends its block; the next one does not start */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd50342ff, 0xd503201f}, 2), CPU_EXC_EXIT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    /* clearing only F leaves I masked: no stop */
    h.cpu.daif = 0x3c0;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd50341ff}, 1), CPU_EXC_SVC);
    /* ... unless an FIQ is pending */
    h.cpu.daif = 0x3c0;
    h.cpu.irq_line = false;
    h.cpu.fiq_line = true;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd50341ff, 0xd503201f}, 2), CPU_EXC_EXIT);
    h.cpu.daif = 0x3c0; /* clearing I does not unmask an FIQ */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd50342ff}, 1), CPU_EXC_SVC);
}
END_TEST

START_TEST(eret_drops_to_el0)
{
    h.cpu.el1.spsr = 0; /* EL0t */
    h.cpu.el1.elr = HARNESS_CODE + 8; /* the terminator after "eret; nop" */
    h.cpu.sp_el[0] = 0x777000;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd69f03e0, 0xd503201f}, 2), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.el, 0);
    ck_assert_uint_eq(h.cpu.x[31], 0x777000);
}
END_TEST

/*
 * An illegal exception return sets PSTATE.IL; the next instruction is not
 * executed but taken as an Illegal Execution state exception (Arm ARM D1,
 * "Illegal return events from AArch64 state", and ESR_ELx EC 0b001110).
 */
START_TEST(illegal_state_stops_the_next_instruction)
{
    h.cpu.el1.spsr = 0x3c9;                /* M = EL2h: no EL2 here, so illegal */
    h.cpu.el1.elr = HARNESS_CODE + 4;       /* the "mov x0, #7" after the eret */
    h.cpu.x[0] = 1;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd69f03e0, 0xd28000e0}, 2), CPU_EXC_ILLEGAL_STATE);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    ck_assert_uint_eq(h.cpu.x[0], 1);       /* the mov did not run */
    ck_assert_uint_eq(h.cpu.el, 1);
    ck_assert(h.cpu.illegal_state);
    /* taking the exception saves IL in SPSR_EL1 and clears it */
    struct a64_exception_info e = {.type = A64_EXC_SYNC, .ec = EC_ILLEGAL_STATE};
    a64_take_exception(&h.cpu, &e, h.cpu.pc);
    ck_assert(!h.cpu.illegal_state);
    ck_assert_uint_eq(h.cpu.el1.spsr & (1u << 20), 1u << 20);
    ck_assert_uint_eq(h.cpu.el1.esr, 0x3a000000); /* EC 0x0e, IL 1, ISS 0 */
}
END_TEST

/* HVC and SMC with no EL2/EL3: UNDEFINED, except the one the board answers as firmware (PSCI) */
START_TEST(firmware_conduit_hvc_or_smc)
{
    h.cpu.user_mode = false; /* the full-system CPU */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd4000002}, 1), CPU_EXC_FIRMWARE_CALL); /* hvc */
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd4000003}, 1), CPU_EXC_UNDEF);          /* smc */
    h.cpu.firmware_smc = true;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd4000003}, 1), CPU_EXC_FIRMWARE_CALL);
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd4000002}, 1), CPU_EXC_UNDEF);
    h.cpu.el = 0;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd4000003}, 1), CPU_EXC_UNDEF);
}
END_TEST

/* WFI/WFE at EL0: trapped to EL1 unless SCTLR_EL1.nTWI (bit 16) / nTWE (bit 18) (ESR ISS for WFx: CV, COND, TI) */
START_TEST(wfi_wfe_trap_at_el0)
{
    h.cpu.user_mode = false;
    h.cpu.el = 0;
    h.cpu.el1.sctlr = 0;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd503205f}, 1), CPU_EXC_TRAP); /* wfe */
    ck_assert_uint_eq(h.cpu.exception.syndrome, 0x05e00001);                     /* EC 1, CV, COND 0xE, TI 1 */
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd503207f}, 1), CPU_EXC_TRAP); /* wfi */
    ck_assert_uint_eq(h.cpu.exception.syndrome, 0x05e00000);
    h.cpu.el1.sctlr = 1u << 18 | 1u << 16;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd503205f}, 1), CPU_EXC_SVC);  /* WFE: a hint */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xd503207f}, 1), CPU_EXC_WFI);
}
END_TEST

/*
 * SP alignment checking (Arm ARM D1, "SP alignment checking"): a load or
 * store based on SP that is not 16-byte aligned faults when SCTLR_EL1.SA
 * (EL1) or SA0 (EL0) is set; the offset does not matter, prefetches never
 * fault, and a misaligned SP that no access uses is fine.
 */
START_TEST(sp_alignment_check)
{
    h.cpu.x[31] = (h.cpu.x[31] & ~15ull) - 32 + 8; /* 8 mod 16 */
    uint64_t sp = h.cpu.x[31];
    h.cpu.el1.sctlr = 1u << 3; /* SA */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xf98003e0}, 1), CPU_EXC_SVC); /* prfm [sp] */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xf94007e0}, 1), CPU_EXC_SP_ALIGNMENT); /* ldr [sp,#8] */
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xa9bf07e0}, 1), CPU_EXC_SP_ALIGNMENT); /* stp pre-index */
    ck_assert_uint_eq(h.cpu.x[31], sp); /* no writeback */
    h.cpu.el = 0; /* EL0 answers to SA0, which is clear */
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xf94003e0}, 1), CPU_EXC_SVC);
    h.cpu.el1.sctlr = 1u << 4;
    ck_assert_int_eq(harness_run(&h, (uint32_t[]){0xf94003e0}, 1), CPU_EXC_SP_ALIGNMENT);
}
END_TEST

static Suite *exception_suite(void)
{
    Suite *s = suite_create("exception");
    TCase *pure = tcase_create("entry_and_return");
    tcase_add_checked_fixture(pure, setup, 0);
    tcase_add_test(pure, svc_from_el0);
    tcase_add_test(pure, irq_and_aborts_at_el1);
    tcase_add_test(pure, returns_legal_and_illegal);
    tcase_add_test(pure, pan_on_entry_and_return);
    suite_add_tcase(s, pure);
    TCase *insns = tcase_create("instructions");
    tcase_add_checked_fixture(insns, setup_el1, teardown_el1);
    tcase_add_test(insns, currentel_spsel_and_sp_el0);
    tcase_add_test(insns, daif_set_clear_and_vbar);
    tcase_add_test(insns, eret_drops_to_el0);
    tcase_add_test(insns, illegal_state_stops_the_next_instruction);
    tcase_add_test(insns, firmware_conduit_hvc_or_smc);
    tcase_add_test(insns, wfi_wfe_trap_at_el0);
    tcase_add_test(insns, sp_alignment_check);
    tcase_add_test(insns, tlbi_and_cache_maintenance_at_el1);
    tcase_add_test(insns, unmasking_a_pending_irq_stops_the_run);
    suite_add_tcase(s, insns);
    return s;
}

int main(void) { return harness_run_suite(exception_suite()); }
