#include <check.h>
#include "tests/unit/harness.h"
START_TEST(svc_stops) {
    struct harness h; harness_init(&h);
    ck_assert_int_eq(harness_run(&h, 0, 0), CPU_EXC_SVC);
    ck_assert_uint_eq(h.cpu.exception.syndrome, HARNESS_SVC_IMM);
    ck_assert_uint_eq(h.cpu.pc, HARNESS_CODE + 4);
    harness_free(&h);
} END_TEST
int main(void) {
    Suite *s = suite_create("smoke"); TCase *tc = tcase_create("core");
    tcase_add_test(tc, svc_stops); suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s); srunner_run_all(sr, CK_NORMAL);
    int f = srunner_ntests_failed(sr); srunner_free(sr); return f != 0;
}
