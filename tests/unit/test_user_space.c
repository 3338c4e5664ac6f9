/*
 * The user-mode guest address space and the TLB in front of it: every guest
 * address is checked against its page protections, nothing outside the
 * reservation is ever reachable, and permission changes are seen at once.
 */
#include <check.h>
#include <errno.h>

#include "mmu/tlb.h"
#include "mmu/user_space.h"
#include "tests/unit/harness.h"

#define SPACE (1ull << 32)

static struct user_space space;
static unsigned changes;

static void count_change(void *ctx, uint64_t start, uint64_t len, bool code)
{
    (void)ctx;
    (void)start;
    (void)len;
    (void)code;
    changes++;
}

static void setup(void)
{
    ck_assert(user_space_init(&space, SPACE));
    changes = 0;
    space.on_change = count_change;
}

static void teardown(void) { user_space_destroy(&space); }

START_TEST(map_protect_unmap)
{
    ck_assert_int_eq(user_space_map(&space, 0x10000, 0x3000, USER_PROT_READ | USER_PROT_WRITE), 0);
    ck_assert(user_space_is_mapped(&space, 0x10000, 0x3000));
    ck_assert(!user_space_is_mapped(&space, 0x10000, 0x4000));
    uint8_t *p = user_space_host(&space, 0x10010, 16, USER_PROT_WRITE);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq(p[0], 0); /* fresh mappings are zero-filled */
    p[0] = 7;
    ck_assert_int_eq(user_space_protect(&space, 0x11000, 0x1000, USER_PROT_READ), 0);
    ck_assert_ptr_null(user_space_host(&space, 0x11000, 1, USER_PROT_WRITE));
    ck_assert_ptr_nonnull(user_space_host(&space, 0x11000, 1, USER_PROT_READ));
    /* A range straddling a writable and a read-only page is not writable as a whole. */
    ck_assert_ptr_null(user_space_host(&space, 0x10ff8, 16, USER_PROT_WRITE));
    ck_assert_int_eq(user_space_unmap(&space, 0x10000, 0x1000), 0);
    ck_assert_ptr_null(user_space_host(&space, 0x10010, 1, USER_PROT_READ));
    /* Mapping again yields zeroes, not the old byte. */
    ck_assert_int_eq(user_space_map(&space, 0x10000, 0x1000, USER_PROT_READ), 0);
    ck_assert_uint_eq(*(uint8_t *)user_space_host(&space, 0x10010, 1, USER_PROT_READ), 0);
    ck_assert_uint_eq(changes, 4);
}
END_TEST

START_TEST(bad_ranges_are_refused)
{
    ck_assert_int_eq(user_space_map(&space, 0x10001, 0x1000, USER_PROT_READ), -EINVAL);
    ck_assert_int_eq(user_space_map(&space, 0x10000, 0x1001, USER_PROT_READ), -EINVAL);
    ck_assert_int_eq(user_space_map(&space, SPACE - 0x1000, 0x2000, USER_PROT_READ), -EINVAL);
    ck_assert_int_eq(user_space_map(&space, 0x10000, 0, USER_PROT_READ), -EINVAL);
    ck_assert_int_eq(user_space_protect(&space, 0x20000, 0x1000, USER_PROT_READ), -ENOMEM);
    ck_assert_ptr_null(user_space_host(&space, SPACE - 4, 8, USER_PROT_READ));
    ck_assert_ptr_null(user_space_host(&space, UINT64_MAX - 2, 8, USER_PROT_READ));
    ck_assert(!user_space_range_ok(&space, UINT64_MAX, 2));
}
END_TEST

START_TEST(find_free_skips_mapped_pages)
{
    ck_assert_int_eq(user_space_map(&space, 0x100000, 0x2000, USER_PROT_READ), 0);
    ck_assert_uint_eq(user_space_find_free(&space, 0x100000, 0x1000), 0x102000);
    ck_assert_uint_eq(user_space_find_free(&space, 0xff000, 0x2000), 0x102000);
    ck_assert_uint_eq(user_space_find_free(&space, 0xfe000, 0x2000), 0xfe000);
}
END_TEST

START_TEST(read_string_stops_at_nul_and_unmapped_pages)
{
    ck_assert_int_eq(user_space_map(&space, 0x10000, 0x1000, USER_PROT_READ | USER_PROT_WRITE), 0);
    char *p = user_space_host(&space, 0x10ffc, 4, USER_PROT_WRITE);
    p[0] = 'a';
    p[1] = 'b';
    p[2] = 0;
    char buf[16];
    ck_assert(user_space_read_string(&space, 0x10ffc, buf, sizeof(buf)));
    ck_assert_str_eq(buf, "ab");
    /* No NUL before the page ends and the next page is unmapped. */
    p[2] = 'c';
    p[3] = 'd';
    ck_assert(!user_space_read_string(&space, 0x10ffc, buf, sizeof(buf)));
    /* Too long for the buffer. */
    ck_assert(!user_space_read_string(&space, 0x10ffc, buf, 2));
}
END_TEST

START_TEST(tlb_fill_checks_every_access_kind)
{
    struct tlb tlb;
    tlb_init(&tlb, user_space_tlb_fill, &space);
    struct tlb_fault fault;
    ck_assert_int_eq(user_space_map(&space, 0x40000, 0x1000, USER_PROT_READ | USER_PROT_EXEC), 0);
    ck_assert_ptr_null(tlb_lookup(&tlb, 0x40008, TLB_READ));
    uint8_t *r = tlb_fill(&tlb, 0x40008, TLB_READ, &fault);
    ck_assert_ptr_eq(r, space.host_base + 0x40008);
    /* The same entry now answers reads and fetches but refuses writes. */
    ck_assert_ptr_eq(tlb_lookup(&tlb, 0x40ff0, TLB_EXEC), space.host_base + 0x40ff0);
    ck_assert_ptr_null(tlb_lookup(&tlb, 0x40008, TLB_WRITE));
    ck_assert_ptr_null(tlb_fill(&tlb, 0x40008, TLB_WRITE, &fault));
    ck_assert_uint_eq(fault.address, 0x40008);
    ck_assert_int_eq(fault.access, TLB_WRITE);
    ck_assert(fault.mapped);
    /* Unmapped and out-of-range addresses fault as unmapped. */
    ck_assert_ptr_null(tlb_fill(&tlb, 0x50000, TLB_READ, &fault));
    ck_assert(!fault.mapped);
    ck_assert_ptr_null(tlb_fill(&tlb, SPACE + 0x1000, TLB_READ, &fault));
    ck_assert(!fault.mapped);
    ck_assert_ptr_null(tlb_fill(&tlb, 0xffff000000000000ull, TLB_READ, &fault));
    /* After a flush nothing hits. */
    tlb_flush(&tlb);
    ck_assert_ptr_null(tlb_lookup(&tlb, 0x40008, TLB_READ));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("user_space");
    TCase *tc = tcase_create("space");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, map_protect_unmap);
    tcase_add_test(tc, bad_ranges_are_refused);
    tcase_add_test(tc, find_free_skips_mapped_pages);
    tcase_add_test(tc, read_string_stops_at_nul_and_unmapped_pages);
    tcase_add_test(tc, tlb_fill_checks_every_access_kind);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
