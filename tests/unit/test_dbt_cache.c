/*
 * The translator's code cache filling up: it is emptied and translation
 * starts again (issue: "cache full -> flush and retranslate, never a
 * crash"), chained blocks included, with the guest none the wiser.
 */
#include <check.h>

#include "cpu/dbt/translate.h"
#include "tests/unit/harness.h"

#define BLOCKS 3000

/*
 * BLOCKS blocks of "add x0, x0, #1; bl next", run three times over by a loop
 * counted in x1 (BL ends a block; a B to the next instruction would not).
 */
static void build_chain(uint32_t *code)
{
    unsigned n = 0;
    for (unsigned i = 0; i < BLOCKS; i++) {
        code[n++] = 0x91000400; /* add x0, x0, #1 */
        code[n++] = 0x94000001; /* bl .+4 */
    }
    code[n++] = 0xf1000421; /* subs x1, x1, #1 */
    /* b.ne back to the start: imm19 = -(n) instructions */
    code[n] = 0x54000001u | ((uint32_t)(-(int32_t)n) & 0x7ffff) << 5;
}

START_TEST(a_full_cache_is_emptied_and_the_guest_goes_on)
{
    static uint32_t code[2 * BLOCKS + 2];
    struct harness h;
    harness_init(&h);
    h.cpu.engine = CPU_ENGINE_DBT;
    h.cpu.code_cache_size = 64 * 1024; /* a quarter of what 3000 blocks take */
    build_chain(code);
    h.cpu.x[1] = 3;
    ck_assert_int_eq(harness_run(&h, code, 2 * BLOCKS + 2), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 3 * BLOCKS); /* every add ran, three times over */
    ck_assert_uint_eq(h.cpu.x[1], 0);
    const struct dbt *d = h.cpu.blocks->engine;
    ck_assert_ptr_nonnull(d);
    ck_assert_uint_gt(d->stats.cache_flushes, 2);
    ck_assert_uint_gt(d->stats.blocks_translated, 3 * BLOCKS);
    harness_free(&h);
}
END_TEST

START_TEST(the_default_cache_holds_them_all)
{
    static uint32_t code[2 * BLOCKS + 2];
    struct harness h;
    harness_init(&h);
    h.cpu.engine = CPU_ENGINE_DBT;
    build_chain(code);
    h.cpu.x[1] = 3;
    ck_assert_int_eq(harness_run(&h, code, 2 * BLOCKS + 2), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.x[0], 3 * BLOCKS);
    const struct dbt *d = h.cpu.blocks->engine;
    ck_assert_uint_eq(d->stats.cache_flushes, 0);
    /* each once, and the tail: subs, b.ne (which does not end a block) and the svc */
    ck_assert_uint_eq(d->stats.blocks_translated, BLOCKS + 1);
    harness_free(&h);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("dbt_cache");
    TCase *tc = tcase_create("cache");
    tcase_add_test(tc, a_full_cache_is_emptied_and_the_guest_goes_on);
    tcase_add_test(tc, the_default_cache_holds_them_all);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
