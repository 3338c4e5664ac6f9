/*
 * Unit-test harness: run a few hand-encoded A64 instructions on a fresh
 * user-mode CPU.
 *
 *     struct harness h;
 *     harness_init(&h);
 *     h.cpu.x[1] = 5;
 *     harness_run(&h, (uint32_t[]){0x91000820}, 1); // add x0, x1, #2
 *     ck_assert_uint_eq(h.cpu.x[0], 7);
 *     harness_free(&h);
 *
 * harness_run copies the words to HARNESS_CODE, appends "svc #0x7e57"
 * (the terminator) and runs until an exception; it returns that exception's
 * kind, so a test of a faulting instruction sees CPU_EXC_DATA_ABORT etc.
 * HARNESS_DATA is a zeroed read/write page range for loads and stores.
 */
#ifndef FERRY_TESTS_HARNESS_H
#define FERRY_TESTS_HARNESS_H

#include <check.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu/cpu.h"
#include "cpu/a64/decode.h"
#include "mmu/user_space.h"

#define HARNESS_CODE 0x400000ull
#define HARNESS_DATA 0x800000ull /* 4 pages, read/write */
#define HARNESS_DATA_SIZE 0x4000ull
#define HARNESS_STACK_TOP 0xA00000ull /* 4 pages below it, read/write */
#define HARNESS_SVC_IMM 0x7e57
#define HARNESS_UNMAPPED 0x30000000ull /* nothing is mapped there */

struct harness {
    struct user_space space;
    struct a64_decoder *decoder;
    struct cpu_state cpu;
};

void harness_init(struct harness *h);
void harness_free(struct harness *h);

/* Runs `count` words then the terminator; returns the exception that stopped it. */
enum cpu_exception_kind harness_run(struct harness *h, const uint32_t *words, size_t count);

/* Runs every test of `s` (Check prints its summary); returns the process exit status. */
int harness_run_suite(Suite *s);

/* Host pointer to guest data at HARNESS_DATA + offset. */
void *harness_data(struct harness *h, uint64_t offset);

/* Host pointer to len readable guest bytes at addr (the test fails if they are not). */
void *harness_memory(struct harness *h, uint64_t addr, uint64_t len);

/* harness_init with the engine a loop test's _i names (a cpu_engine). */
void harness_for_engine(struct harness *h, int engine);

#endif
