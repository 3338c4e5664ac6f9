/*
 * The translator (cpu/dbt) at the edges, each test once per engine (the
 * interpreter is the reference), expected values from the Arm ARM:
 *
 * 1. Precise exceptions inside a translated block: the instructions before
 *    the faulting one are done, it and those after it are not, and the PC
 *    is the faulting instruction's (blocks that followed a B included).
 * 2. Self-modifying code: new instructions run after the guest's
 *    DC CVAU / IC IVAU / DSB / ISB, after the host's cpu_invalidate_code,
 *    and through a chained jump into a page whose code was dropped.
 * 3. exit_request stops a guest loop that never leaves translated code
 *    (blocks chained to themselves or to each other), with its registers
 *    and flags in the struct; flags, calls and returns across blocks.
 *
 * The differential fuzzer is test_dbt_engines.c.
 */
#include <check.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "cpu/exec/block_cache.h"
#include "tests/unit/harness.h"

/* ================================================================== */
/* Precise exceptions inside a block                                   */
/* ================================================================== */

#define ADD_X1_1 0x91000421u  /* add x1, x1, #1 */
#define ADD_X2_1 0x91000442u  /* add x2, x2, #1 */
#define ADD_X4_1 0x91000484u  /* add x4, x4, #1 */
#define ADDS_X1_1 0xb1000421u /* adds x1, x1, #1 */
#define LDR_X3_X9 0xf9400123u /* ldr x3, [x9] */
#define LDR_X3_X8 0xf9400103u /* ldr x3, [x8] */
#define LDR_X5_X9 0xf9400125u /* ldr x5, [x9] */
#define STR_X3_X9 0xf9000123u /* str x3, [x9] */
#define LDR_X3_X9_PRE 0xf8408d23u  /* ldr x3, [x9, #8]! */
#define LDP_X3_X5_X9_POST 0xa8c11523u /* ldp x3, x5, [x9], #16 */

static void set_fault_registers(struct harness *h, uint64_t x9)
{
    h->cpu.x[1] = 10;
    h->cpu.x[2] = 20;
    h->cpu.x[3] = 30;
    h->cpu.x[4] = 40;
    h->cpu.x[5] = 50;
    h->cpu.x[9] = x9;
}

START_TEST(load_fault_mid_block_is_precise)
{
    struct harness h;
    harness_for_engine(&h, _i);
    set_fault_registers(&h, HARNESS_UNMAPPED);
    const uint32_t code[] = {ADD_X1_1, ADD_X2_1, LDR_X3_X9, ADD_X4_1};
    ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
    ck_assert_uint_eq(h.cpu.x[1], 11);
    ck_assert_uint_eq(h.cpu.x[2], 21);
    ck_assert_uint_eq(h.cpu.x[3], 30);
    ck_assert_uint_eq(h.cpu.x[4], 40);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_UNMAPPED);
    ck_assert(!h.cpu.exception.is_write);
    ck_assert(!h.cpu.exception.page_mapped);
    harness_free(&h);
}
END_TEST

START_TEST(store_fault_mid_block_is_precise)
{
    struct harness h;
    harness_for_engine(&h, _i);
    const uint32_t code[] = {ADD_X1_1, ADD_X2_1, STR_X3_X9, ADD_X4_1};
    /* unmapped */
    set_fault_registers(&h, HARNESS_UNMAPPED);
    ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
    ck_assert_uint_eq(h.cpu.x[1], 11);
    ck_assert_uint_eq(h.cpu.x[2], 21);
    ck_assert_uint_eq(h.cpu.x[4], 40);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_UNMAPPED);
    ck_assert(h.cpu.exception.is_write);
    ck_assert(!h.cpu.exception.page_mapped);
    /* mapped read-only: a permission fault, and the page keeps its bytes */
    const uint64_t read_only = 0x900000;
    ck_assert_int_eq(user_space_map(&h.space, read_only, 0x1000, USER_PROT_READ), 0);
    set_fault_registers(&h, read_only + 0x10);
    ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
    ck_assert_uint_eq(h.cpu.x[1], 11);
    ck_assert_uint_eq(h.cpu.x[2], 21);
    ck_assert_uint_eq(h.cpu.x[4], 40);
    ck_assert_uint_eq(h.cpu.exception.address, read_only + 0x10);
    ck_assert(h.cpu.exception.is_write);
    ck_assert(h.cpu.exception.page_mapped);
    uint64_t kept;
    memcpy(&kept, user_space_host(&h.space, read_only + 0x10, 8, USER_PROT_READ), 8);
    ck_assert_uint_eq(kept, 0);
    harness_free(&h);
}
END_TEST

START_TEST(fault_in_second_of_two_loads_keeps_the_first)
{
    struct harness h;
    harness_for_engine(&h, _i);
    set_fault_registers(&h, HARNESS_UNMAPPED);
    h.cpu.x[8] = HARNESS_DATA + 0x40;
    uint64_t value = 0x1122334455667788ull;
    memcpy(harness_data(&h, 0x40), &value, 8);
    const uint32_t code[] = {ADD_X1_1, LDR_X3_X8, LDR_X5_X9, ADD_X4_1};
    ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
    ck_assert_uint_eq(h.cpu.x[1], 11);
    ck_assert_uint_eq(h.cpu.x[3], value);
    ck_assert_uint_eq(h.cpu.x[5], 50);
    ck_assert_uint_eq(h.cpu.x[4], 40);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_UNMAPPED);
    harness_free(&h);
}
END_TEST

/* A faulting access with writeback leaves its base register as it was. */
START_TEST(faulting_writeback_leaves_the_base)
{
    struct harness h;
    harness_for_engine(&h, _i);
    set_fault_registers(&h, HARNESS_UNMAPPED);
    const uint32_t pre[] = {ADD_X1_1, LDR_X3_X9_PRE, ADD_X4_1};
    ck_assert_int_eq(harness_run(&h, pre, 3), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    ck_assert_uint_eq(h.cpu.x[1], 11);
    ck_assert_uint_eq(h.cpu.x[3], 30);
    ck_assert_uint_eq(h.cpu.x[9], HARNESS_UNMAPPED);
    ck_assert_uint_eq(h.cpu.exception.address, HARNESS_UNMAPPED + 8);

    set_fault_registers(&h, HARNESS_UNMAPPED);
    const uint32_t post[] = {ADD_X1_1, ADD_X2_1, LDP_X3_X5_X9_POST, ADD_X4_1};
    ck_assert_int_eq(harness_run(&h, post, 4), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
    ck_assert_uint_eq(h.cpu.x[2], 21);
    ck_assert_uint_eq(h.cpu.x[3], 30);
    ck_assert_uint_eq(h.cpu.x[5], 50);
    ck_assert_uint_eq(h.cpu.x[9], HARNESS_UNMAPPED);
    ck_assert_uint_eq(h.cpu.x[4], 40);
    harness_free(&h);
}
END_TEST

/* The flags an instruction before the fault set are in NZCV when the fault is taken. */
START_TEST(flags_set_before_a_fault_are_visible)
{
    struct harness h;
    harness_for_engine(&h, _i);
    set_fault_registers(&h, HARNESS_UNMAPPED);
    h.cpu.x[1] = UINT64_MAX;
    h.cpu.nzcv = NZCV_N | NZCV_V;
    const uint32_t code[] = {ADDS_X1_1, LDR_X3_X9, ADD_X4_1};
    ck_assert_int_eq(harness_run(&h, code, 3), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    ck_assert_uint_eq(h.cpu.x[1], 0);
    /* -1 + 1: zero, unsigned carry out, no signed overflow */
    ck_assert_uint_eq(h.cpu.nzcv, NZCV_Z | NZCV_C);
    harness_free(&h);
}
END_TEST

/* A load whose last bytes are on the unmapped page after the data pages: nothing loaded. */
START_TEST(page_crossing_load_faults_precisely)
{
    struct harness h;
    harness_for_engine(&h, _i);
    set_fault_registers(&h, HARNESS_DATA + HARNESS_DATA_SIZE - 4);
    const uint32_t code[] = {ADD_X1_1, ADD_X2_1, LDR_X3_X9, ADD_X4_1};
    ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
    ck_assert_uint_eq(h.cpu.x[1], 11);
    ck_assert_uint_eq(h.cpu.x[2], 21);
    ck_assert_uint_eq(h.cpu.x[3], 30);
    ck_assert_uint_eq(h.cpu.x[4], 40);
    harness_free(&h);
}
END_TEST

/*
 * Load pairs whose second half is on the unmapped page (translated code
 * reads both halves before writing either register): nothing loaded.
 */
/* LD1/ST1 of whole registers (native in the translator) crossing into an unmapped page. */
START_TEST(page_crossing_ld1_st1_fault_precisely)
{
    static const struct {
        uint32_t word;
        unsigned before_end; /* bytes of the access inside the data pages */
        bool store;
    } accesses[] = {
        {0x4cdf2123u, 32, false}, /* ld1 {v3.16b-v6.16b}, [x9], #64 */
        {0x4c00a123u, 16, true},  /* st1 {v3.16b, v4.16b}, [x9] */
        {0x0c407123u, 4, false},  /* ld1 {v3.8b}, [x9] */
        {0x4cdf2123u, 0, false},  /* ... wholly in the unmapped page: a host fault */
        {0x4c00a123u, 0, true},
    };
    for (unsigned k = 0; k < sizeof(accesses) / sizeof(accesses[0]); k++) {
        struct harness h;
        harness_for_engine(&h, _i);
        uint64_t x9 = HARNESS_DATA + HARNESS_DATA_SIZE - accesses[k].before_end;
        set_fault_registers(&h, x9);
        for (unsigned r = 3; r <= 6; r++)
            memset(h.cpu.v[r].b, 0x30 + (int)r, 16);
        const uint32_t code[] = {ADD_X1_1, ADD_X2_1, accesses[k].word, ADD_X4_1};
        ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_DATA_ABORT);
        ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
        ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + HARNESS_DATA_SIZE);
        ck_assert(h.cpu.exception.is_write == accesses[k].store);
        ck_assert_uint_eq(h.cpu.x[1], 11);
        ck_assert_uint_eq(h.cpu.x[4], 40);
        ck_assert_uint_eq(h.cpu.x[9], x9);
        for (unsigned r = 3; r <= 6; r++)
            for (unsigned b = 0; b < 16; b++)
                ck_assert_uint_eq(h.cpu.v[r].b[b], 0x30 + r);
        harness_free(&h);
    }
}
END_TEST

START_TEST(page_crossing_load_pairs_fault_precisely)
{
    static const uint32_t pairs[] = {
        0xa9401523u, /* ldp x3, x5, [x9] */
        0xad401523u, /* ldp q3, q5, [x9] */
        0x6d401523u, /* ldp d3, d5, [x9] */
    };
    for (unsigned k = 0; k < 3; k++) {
        struct harness h;
        harness_for_engine(&h, _i);
        uint64_t x9 = HARNESS_DATA + HARNESS_DATA_SIZE - (k == 1 ? 16 : 8);
        set_fault_registers(&h, x9);
        for (unsigned b = 0; b < 16; b++) {
            h.cpu.v[3].b[b] = 0x33;
            h.cpu.v[5].b[b] = 0x55;
        }
        const uint32_t code[] = {ADD_X1_1, ADD_X2_1, pairs[k], ADD_X4_1};
        ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_DATA_ABORT);
        ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
        ck_assert_uint_eq(h.cpu.exception.address, HARNESS_DATA + HARNESS_DATA_SIZE);
        ck_assert_uint_eq(h.cpu.x[1], 11);
        ck_assert_uint_eq(h.cpu.x[3], 30);
        ck_assert_uint_eq(h.cpu.x[4], 40);
        ck_assert_uint_eq(h.cpu.x[5], 50);
        for (unsigned b = 0; b < 16; b++) {
            ck_assert_uint_eq(h.cpu.v[3].b[b], 0x33);
            ck_assert_uint_eq(h.cpu.v[5].b[b], 0x55);
        }
        harness_free(&h);
    }
}
END_TEST

/*
 * A block goes on at the target of a B on its page: the loop whose test the
 * B jumps to runs (x1 from 10 down to 0, x0 += 2 on each of the 9 ways
 * round), and a fault in code reached through the B reports its own PC.
 */
START_TEST(blocks_follow_a_branch_precisely)
{
    struct harness h;
    harness_for_engine(&h, _i);
    const uint32_t loop[] = {
        0xd2800000u, /*  0: movz x0, #0 */
        0xd2800141u, /*  4: movz x1, #10 */
        0x14000002u, /*  8: b 16 */
        0x91000800u, /* 12: add x0, x0, #2 */
        0xf1000421u, /* 16: subs x1, x1, #1 */
        0x54ffffc1u, /* 20: b.ne 12 */
    };
    ck_assert_int_eq(harness_run(&h, loop, 6), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 18);
    ck_assert_uint_eq(h.cpu.x[1], 0);
    ck_assert_uint_eq(h.cpu.nzcv, NZCV_Z | NZCV_C); /* 1 - 1 */
    harness_free(&h);

    harness_for_engine(&h, _i);
    set_fault_registers(&h, HARNESS_UNMAPPED);
    const uint32_t fault[] = {ADD_X1_1, 0x14000002u /* b 12 */, ADD_X2_1, LDR_X3_X9, ADD_X4_1};
    ck_assert_int_eq(harness_run(&h, fault, 5), CPU_EXC_DATA_ABORT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 12);
    ck_assert_uint_eq(h.cpu.x[1], 11);
    ck_assert_uint_eq(h.cpu.x[2], 20);
    ck_assert_uint_eq(h.cpu.x[3], 30);
    ck_assert_uint_eq(h.cpu.x[4], 40);
    /* one block: add, b, ldr, add and the harness's svc */
    const struct block *b = block_lookup(h.cpu.blocks, HARNESS_CODE, (unsigned)h.cpu.tlb.context, 0);
    ck_assert_ptr_nonnull(b);
    ck_assert_uint_eq(b->count, 5);
    ck_assert_uint_eq(b->insns[2].pc, HARNESS_CODE + 12);
    harness_free(&h);
}
END_TEST

/* ================================================================== */
/* Self-modifying code                                                 */
/* ================================================================== */

#define MOVZ_X0_1 0xd2800020u /* movz x0, #1 */
#define MOVZ_X0_2 0xd2800040u /* movz x0, #2 */
#define MOVZ_X0_3 0xd2800060u /* movz x0, #3 */
#define ADD_X6_X0 0x8b0000c6u /* add x6, x6, x0 */
#define SUB_X10_1 0xd100054au /* sub x10, x10, #1 */

/*
 * A loop runs its block 100 times (chained to itself), then the guest
 * rewrites the loop's first instruction, makes it visible as the Arm ARM
 * asks (DC CVAU, DSB ISH, IC IVAU, DSB ISH, ISB) and runs the loop again:
 * x6 = 100 * 1 + 100 * 2.
 */
START_TEST(guest_rewritten_code_runs_after_ic_ivau)
{
    struct harness h;
    harness_for_engine(&h, _i);
    h.cpu.x[8] = MOVZ_X0_2;
    h.cpu.x[9] = HARNESS_CODE;
    h.cpu.x[10] = 100;
    const uint32_t code[] = {
        MOVZ_X0_1,   /*  0: loop: the instruction rewritten */
        ADD_X6_X0,   /*  4 */
        SUB_X10_1,   /*  8 */
        0xb5ffffaau, /* 12: cbnz x10, loop */
        0xb5000147u, /* 16: cbnz x7, done (the terminator, at 56) */
        0xd2800027u, /* 20: movz x7, #1 */
        0xd2800c8au, /* 24: movz x10, #100 */
        0xb9000128u, /* 28: str w8, [x9] */
        0xd50b7b29u, /* 32: dc cvau, x9 */
        0xd5033b9fu, /* 36: dsb ish */
        0xd50b7529u, /* 40: ic ivau, x9 */
        0xd5033b9fu, /* 44: dsb ish */
        0xd5033fdfu, /* 48: isb */
        0x17fffff3u, /* 52: b loop */
    };
    ck_assert_int_eq(harness_run(&h, code, 14), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 60);
    ck_assert_uint_eq(h.cpu.x[0], 2);
    ck_assert_uint_eq(h.cpu.x[6], 300);
    ck_assert_uint_eq(h.cpu.x[10], 0);
    ck_assert_uint_eq(*(uint32_t *)harness_memory(&h, HARNESS_CODE, 4), MOVZ_X0_2);
    harness_free(&h);
}
END_TEST

/* The host patches code through its own pointer and calls cpu_invalidate_code. */
START_TEST(host_patched_code_runs_after_cpu_invalidate_code)
{
    struct harness h;
    harness_for_engine(&h, _i);
    h.cpu.x[10] = 50;
    const uint32_t code[] = {MOVZ_X0_1, ADD_X6_X0, SUB_X10_1, 0xb5ffffaau /* cbnz x10, .-12 */};
    ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[6], 50);
    *(uint32_t *)harness_memory(&h, HARNESS_CODE, 4) = MOVZ_X0_3;
    cpu_invalidate_code(&h.cpu);
    h.cpu.x[10] = 50;
    h.cpu.pc = HARNESS_CODE;
    ck_assert_int_eq(cpu_run(&h.cpu), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 3);
    ck_assert_uint_eq(h.cpu.x[6], 50 + 50 * 3);
    harness_free(&h);
}
END_TEST

/*
 * A block chained to one on another page whose code is then dropped (the
 * host's IC IVAU equivalent for that page only): the chained jump must
 * reach the new code, though the jumping block was not looked at. Page 0:
 * A adds x0 to x6 and branches to B on page 1, which sets x0 and loops
 * back to A until x10 runs out: x6 = 9 * B's value.
 */
START_TEST(chained_jumps_into_a_dropped_page_find_the_new_code)
{
    struct harness h;
    harness_for_engine(&h, _i);
    static uint32_t code[1027];
    code[0] = ADD_X6_X0;
    code[1] = 0x14000000u | (1024 - 1); /* b page 1 */
    code[1024] = MOVZ_X0_1;
    code[1025] = SUB_X10_1;
    code[1026] = 0xb5000000u | ((uint32_t)(-1026) & 0x7ffff) << 5 | 10; /* cbnz x10, A */
    h.cpu.x[10] = 10;
    ck_assert_int_eq(harness_run(&h, code, 1027), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[6], 9);
    uint32_t *b = harness_memory(&h, HARNESS_CODE + 0x1000, 4);
    *b = MOVZ_X0_3;
    cpu_invalidate_code_page(&h.cpu, (const uint8_t *)b);
    h.cpu.x[0] = 0;
    h.cpu.x[6] = 0;
    h.cpu.x[10] = 10;
    h.cpu.pc = HARNESS_CODE;
    ck_assert_int_eq(cpu_run(&h.cpu), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[6], 27);
    harness_free(&h);
}
END_TEST

/*
 * ferry-user's address-space changes (cpu_request_range): only the code of
 * the range goes, by page lookups for a small range or a scan of the code
 * set for a large one, and a range without `code` drops none. Same layout
 * as above: x6 = 9 * the value page 1 sets.
 */
START_TEST(a_changed_range_drops_only_its_code)
{
    struct harness h;
    harness_for_engine(&h, _i);
    static uint32_t code[1027];
    code[0] = ADD_X6_X0;
    code[1] = 0x14000000u | (1024 - 1); /* b page 1 */
    code[1024] = MOVZ_X0_1;
    code[1025] = SUB_X10_1;
    code[1026] = 0xb5000000u | ((uint32_t)(-1026) & 0x7ffff) << 5 | 10; /* cbnz x10, A */
    h.cpu.x[10] = 10;
    ck_assert_int_eq(harness_run(&h, code, 1027), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[6], 9);
    uint32_t *b = harness_memory(&h, HARNESS_CODE + 0x1000, 4);
    *b = MOVZ_X0_3; /* unseen: the harness watches no stores */
    const uint64_t expect[] = {9, 9, 27, 9};
    for (unsigned step = 0; step < 4; step++) {
        if (step == 0) /* page 0 only */
            cpu_request_range(&h.cpu, HARNESS_CODE, HARNESS_CODE + 0x1000, true);
        else if (step == 1) /* page 1, TLB only */
            cpu_request_range(&h.cpu, HARNESS_CODE + 0x1000, HARNESS_CODE + 0x2000, false);
        else if (step == 2) /* 512 pages around it: the code set is scanned */
            cpu_request_range(&h.cpu, HARNESS_CODE - 0x100000, HARNESS_CODE + 0x100000, true);
        else { /* back to 1, page 1 alone */
            *b = MOVZ_X0_1;
            cpu_request_range(&h.cpu, HARNESS_CODE + 0x1000, HARNESS_CODE + 0x2000, true);
        }
        h.cpu.x[0] = 0;
        h.cpu.x[6] = 0;
        h.cpu.x[10] = 10;
        h.cpu.pc = HARNESS_CODE;
        ck_assert_int_eq(cpu_run(&h.cpu), CPU_EXC_SVC);
        ck_assert_uint_eq(h.cpu.x[6], expect[step]);
    }
    harness_free(&h);
}
END_TEST

/* ================================================================== */
/* exit_request reaches code that never returns to the run loop        */
/* ================================================================== */

struct exit_requester {
    struct cpu_state *cpu;
    unsigned delay_ms;
};

static void *request_exit_later(void *arg)
{
    const struct exit_requester *r = arg;
    usleep(r->delay_ms * 1000);
    __atomic_store_n(&r->cpu->exit_request, 1, __ATOMIC_RELAXED);
    return 0;
}

/* Runs from HARNESS_CODE until another thread's exit_request, 50 ms in, stops it. */
static enum cpu_exception_kind run_until_exit_request(struct harness *h)
{
    struct exit_requester r = {&h->cpu, 50};
    pthread_t thread;
    alarm(20); /* a CPU that never looks at exit_request fails the test instead of hanging CI */
    ck_assert_int_eq(pthread_create(&thread, 0, request_exit_later, &r), 0);
    h->cpu.pc = HARNESS_CODE;
    enum cpu_exception_kind k = cpu_run(&h->cpu);
    pthread_join(thread, 0);
    alarm(0);
    return k;
}

START_TEST(exit_request_stops_a_branch_to_itself)
{
    struct harness h;
    harness_for_engine(&h, _i);
    *(uint32_t *)harness_memory(&h, HARNESS_CODE, 4) = 0x14000000u; /* b . */
    cpu_invalidate_code(&h.cpu);
    ck_assert_int_eq(run_until_exit_request(&h), CPU_EXC_EXIT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    ck_assert_uint_eq(h.cpu.exit_request, 0);
    harness_free(&h);
}
END_TEST

/* Two blocks chained to each other: it stops at one of their starts, with matching counts. */
START_TEST(exit_request_stops_two_chained_blocks)
{
    struct harness h;
    harness_for_engine(&h, _i);
    const uint32_t code[] = {
        ADD_X1_1,    /* 0: first block */
        0x14000001u, /* 4: b 8 */
        ADD_X2_1,    /* 8: second block */
        0x17fffffdu, /* 12: b 0 */
    };
    memcpy(harness_memory(&h, HARNESS_CODE, sizeof(code)), code, sizeof(code));
    cpu_invalidate_code(&h.cpu);
    ck_assert_int_eq(run_until_exit_request(&h), CPU_EXC_EXIT);
    ck_assert_uint_gt(h.cpu.x[1], 1);
    if (h.cpu.pc == HARNESS_CODE)
        ck_assert_uint_eq(h.cpu.x[1], h.cpu.x[2]);
    else {
        ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 8);
        ck_assert_uint_eq(h.cpu.x[1], h.cpu.x[2] + 1);
    }
    ck_assert_uint_eq(h.cpu.exit_request, 0);
    harness_free(&h);
}
END_TEST

/*
 * A loop whose registers and flags stay in host registers round it (the
 * flags it sets are dead at its start): stopped from outside, the struct
 * has them all. adds x2, x1, x1 on 0x4000_0000_0000_0000 + k overflows
 * (for any k it can reach): N and V set, Z and C clear (Arm ARM
 * AddWithCarry).
 */
START_TEST(exit_request_stops_a_loop_with_its_registers_and_flags)
{
    struct harness h;
    harness_for_engine(&h, _i);
    const uint32_t code[] = {
        ADD_X1_1,    /* 0: loop: add x1, x1, #1 */
        0xab010022u, /* 4: adds x2, x1, x1 */
        0x54ffffc1u, /* 8: b.ne loop */
        0x14000000u, /* 12: b . (never reached; nothing after the loop reads the flags) */
    };
    memcpy(harness_memory(&h, HARNESS_CODE, sizeof(code)), code, sizeof(code));
    cpu_invalidate_code(&h.cpu);
    h.cpu.x[1] = 0x4000000000000000ull;
    h.cpu.nzcv = NZCV_Z | NZCV_C;
    ck_assert_int_eq(run_until_exit_request(&h), CPU_EXC_EXIT);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE);
    ck_assert_uint_gt(h.cpu.x[1], 0x4000000000000001ull);
    ck_assert_uint_eq(h.cpu.x[2], h.cpu.x[1] + h.cpu.x[1]);
    ck_assert_uint_eq(h.cpu.nzcv, NZCV_N | NZCV_V);
    harness_free(&h);
}
END_TEST

/* A counted loop, then code that reads the flags its last SUBS set (1 - 1: Z and C). */
START_TEST(flags_leave_a_loop_for_the_code_after_it)
{
    struct harness h;
    harness_for_engine(&h, _i);
    h.cpu.x[3] = 100;
    const uint32_t code[] = {
        0xf1000463u, /* 0: loop: subs x3, x3, #1 */
        ADD_X1_1,    /* 4: add x1, x1, #1 */
        0x54ffffc1u, /* 8: b.ne loop */
        0x9a9f17e4u, /* 12: cset x4, eq */
    };
    ck_assert_int_eq(harness_run(&h, code, 4), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[1], 100);
    ck_assert_uint_eq(h.cpu.x[3], 0);
    ck_assert_uint_eq(h.cpu.x[4], 1);
    ck_assert_uint_eq(h.cpu.nzcv, NZCV_Z | NZCV_C);
    harness_free(&h);
}
END_TEST

/*
 * Calls and returns (the translator's return stack): 300 calls of a leaf,
 * a callee returning past the instruction after its BL (the stack's guess
 * is wrong and must not be taken), and recursion 300 deep, past the
 * stack's 256 entries.
 */
START_TEST(calls_and_returns)
{
    struct harness h;
    harness_for_engine(&h, _i);
    const uint32_t code[] = {
        0xd280258au, /* 0: movz x10, #300 */
        0x94000009u, /* 4: loop: bl f */
        0xd100054au, /* 8: sub x10, x10, #1 */
        0xb5ffffcau, /* c: cbnz x10, loop */
        0x94000008u, /* 10: bl f2 */
        0xd2800021u, /* 14: movz x1, #1 (skipped: f2 returns past it) */
        0xd2800042u, /* 18: movz x2, #2 */
        0xd2802583u, /* 1c: movz x3, #300 */
        0x94000006u, /* 20: bl rec */
        0x1400000cu, /* 24: b end (the appended svc) */
        0x91000400u, /* 28: f: add x0, x0, #1 */
        0xd65f03c0u, /* 2c: ret */
        0x910013deu, /* 30: f2: add x30, x30, #4 */
        0xd65f03c0u, /* 34: ret */
        0xb40000c3u, /* 38: rec: cbz x3, base */
        0xd1000463u, /* 3c: sub x3, x3, #1 */
        0xa9bf7ffeu, /* 40: stp x30, xzr, [sp, #-16]! */
        0x97fffffdu, /* 44: bl rec */
        0xa8c17ffeu, /* 48: ldp x30, xzr, [sp], #16 */
        0x91000484u, /* 4c: add x4, x4, #1 */
        0xd65f03c0u, /* 50: base: ret */
    };
    ck_assert_int_eq(harness_run(&h, code, sizeof(code) / sizeof(code[0])), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 0x58); /* after the svc at 0x54 */
    ck_assert_uint_eq(h.cpu.x[0], 300);
    ck_assert_uint_eq(h.cpu.x[1], 0);
    ck_assert_uint_eq(h.cpu.x[2], 2);
    ck_assert_uint_eq(h.cpu.x[3], 0);
    ck_assert_uint_eq(h.cpu.x[4], 300);
    ck_assert_uint_eq(h.cpu.x[10], 0);
    ck_assert_uint_eq(h.cpu.x[31], HARNESS_STACK_TOP);
    harness_free(&h);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("dbt_edges");
    TCase *precise = tcase_create("precise");
    tcase_add_loop_test(precise, load_fault_mid_block_is_precise, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(precise, store_fault_mid_block_is_precise, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(precise, fault_in_second_of_two_loads_keeps_the_first, CPU_ENGINE_DBT,
                        CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(precise, faulting_writeback_leaves_the_base, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(precise, flags_set_before_a_fault_are_visible, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(precise, blocks_follow_a_branch_precisely, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(precise, page_crossing_load_faults_precisely, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(precise, page_crossing_load_pairs_fault_precisely, CPU_ENGINE_DBT,
                        CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(precise, page_crossing_ld1_st1_fault_precisely, CPU_ENGINE_DBT,
                        CPU_ENGINE_INTERP + 1);
    suite_add_tcase(s, precise);

    TCase *smc = tcase_create("self_modifying");
    tcase_add_loop_test(smc, guest_rewritten_code_runs_after_ic_ivau, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(smc, chained_jumps_into_a_dropped_page_find_the_new_code, CPU_ENGINE_DBT,
                        CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(smc, a_changed_range_drops_only_its_code, CPU_ENGINE_DBT,
                        CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(smc, host_patched_code_runs_after_cpu_invalidate_code, CPU_ENGINE_DBT,
                        CPU_ENGINE_INTERP + 1);
    suite_add_tcase(s, smc);

    TCase *exits = tcase_create("exit_request");
    tcase_set_timeout(exits, 30);
    tcase_add_loop_test(exits, exit_request_stops_a_branch_to_itself, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(exits, exit_request_stops_two_chained_blocks, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(exits, exit_request_stops_a_loop_with_its_registers_and_flags, CPU_ENGINE_DBT,
                        CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(exits, flags_leave_a_loop_for_the_code_after_it, CPU_ENGINE_DBT,
                        CPU_ENGINE_INTERP + 1);
    tcase_add_loop_test(exits, calls_and_returns, CPU_ENGINE_DBT, CPU_ENGINE_INTERP + 1);
    suite_add_tcase(s, exits);
    return harness_run_suite(s);
}
