/*
 * The system emulator's physical address space: RAM and MMIO dispatch,
 * refusal of overlapping regions, unassigned addresses, device errors, and
 * the bounds-checked DMA API that never reaches outside guest RAM.
 */
#include <check.h>
#include <errno.h>

#include "mmu/phys_space.h"
#include "tests/unit/harness.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (16ull << 20)

static struct phys_space ps;

/* A device that records its last access and refuses offset 0x10. */
struct recorder {
    uint64_t offset, value;
    unsigned size;
    int reads, writes;
};

static bool recorder_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    struct recorder *r = opaque;
    r->offset = offset;
    r->size = size;
    r->reads++;
    *value = 0xab00 + offset;
    return offset != 0x10;
}

static bool recorder_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    struct recorder *r = opaque;
    r->offset = offset;
    r->size = size;
    r->value = value;
    r->writes++;
    return offset != 0x10;
}

static const struct mmio_ops recorder_ops = {recorder_read, recorder_write};

static void setup(void) { ck_assert_int_eq(phys_space_init(&ps, RAM_BASE, RAM_SIZE), 0); }
static void teardown(void) { phys_space_free(&ps); }

START_TEST(ram_is_little_endian_and_zeroed)
{
    uint64_t v = 1;
    ck_assert_int_eq(phys_read(&ps, RAM_BASE + 8, 8, &v), PHYS_OK);
    ck_assert_uint_eq(v, 0);
    ck_assert_int_eq(phys_write(&ps, RAM_BASE + 8, 8, 0x0807060504030201ull), PHYS_OK);
    ck_assert_int_eq(phys_read(&ps, RAM_BASE + 9, 2, &v), PHYS_OK);
    ck_assert_uint_eq(v, 0x0302);
    ck_assert_int_eq(phys_read(&ps, RAM_BASE + RAM_SIZE - 4, 4, &v), PHYS_OK);
    /* the last bytes of RAM are RAM; one past them is nothing */
    ck_assert_int_eq(phys_read(&ps, RAM_BASE + RAM_SIZE - 2, 4, &v), PHYS_UNASSIGNED);
    ck_assert_int_eq(phys_read(&ps, RAM_BASE + RAM_SIZE, 1, &v), PHYS_UNASSIGNED);
    ck_assert_int_eq(phys_read(&ps, RAM_BASE - 1, 1, &v), PHYS_UNASSIGNED);
    ck_assert_int_eq(phys_write(&ps, 0, 1, 0), PHYS_UNASSIGNED);
}
END_TEST

START_TEST(mmio_accesses_reach_their_device_with_offsets)
{
    struct recorder a = {0}, b = {0};
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x09000000, 0x1000, &recorder_ops, &a, "a"), 0);
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x08000000, 0x10000, &recorder_ops, &b, "b"), 0);
    uint64_t v;
    ck_assert_int_eq(phys_read(&ps, 0x09000018, 4, &v), PHYS_OK);
    ck_assert_uint_eq(v, 0xab18);
    ck_assert_uint_eq(a.offset, 0x18);
    ck_assert_uint_eq(a.size, 4);
    ck_assert_int_eq(phys_write(&ps, 0x0800fff8, 8, 0x1122334455667788ull), PHYS_OK);
    ck_assert_uint_eq(b.offset, 0xfff8);
    ck_assert_uint_eq(b.value, 0x1122334455667788ull);
    ck_assert_int_eq(a.writes, 0);
    /* a device's refusal is a device error; a gap between regions is unassigned */
    ck_assert_int_eq(phys_read(&ps, 0x09000010, 4, &v), PHYS_DEVICE_ERROR);
    ck_assert_int_eq(phys_write(&ps, 0x09000010, 4, 0), PHYS_DEVICE_ERROR);
    ck_assert_int_eq(phys_read(&ps, 0x08010000, 4, &v), PHYS_UNASSIGNED);
    /* an access running off the end of a region goes nowhere */
    ck_assert_int_eq(phys_read(&ps, 0x09000ffe, 4, &v), PHYS_UNASSIGNED);
    ck_assert_int_eq(a.reads, 2);
    ck_assert_ptr_eq(phys_find_mmio(&ps, 0x08000000)->opaque, &b);
    ck_assert_ptr_null(phys_find_mmio(&ps, 0x09001000));
}
END_TEST

START_TEST(overlapping_or_empty_regions_are_refused)
{
    struct recorder r = {0};
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x09000000, 0x1000, &recorder_ops, &r, "x"), 0);
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x09000800, 0x1000, &recorder_ops, &r, "y"), -EINVAL);
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x08fff000, 0x1001, &recorder_ops, &r, "y"), -EINVAL);
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x08fff000, 0x1000, &recorder_ops, &r, "y"), 0);
    ck_assert_int_eq(phys_space_add_mmio(&ps, RAM_BASE + RAM_SIZE - 1, 2, &recorder_ops, &r, "z"),
                     -EINVAL);
    ck_assert_int_eq(phys_space_add_mmio(&ps, 0x1000, 0, &recorder_ops, &r, "z"), -EINVAL);
    ck_assert_int_eq(phys_space_add_mmio(&ps, ~0ull - 10, 0x100, &recorder_ops, &r, "z"), -EINVAL);
    ck_assert_uint_eq(ps.mmio_count, 2);
}
END_TEST

START_TEST(dma_stays_inside_ram)
{
    uint8_t buf[16] = {1, 2, 3};
    ck_assert(phys_dma_write(&ps, RAM_BASE + RAM_SIZE - 16, buf, 16));
    ck_assert(!phys_dma_write(&ps, RAM_BASE + RAM_SIZE - 15, buf, 16));
    ck_assert(!phys_dma_read(&ps, RAM_BASE - 8, buf, 16));
    ck_assert(!phys_dma_read(&ps, ~0ull - 4, buf, 16)); /* wrapping ranges are not RAM */
    ck_assert_ptr_null(phys_ram_range(&ps, RAM_BASE + 8, ~0ull - 4));
    uint8_t back[16] = {0};
    ck_assert(phys_dma_read(&ps, RAM_BASE + RAM_SIZE - 16, back, 16));
    ck_assert_uint_eq(back[2], 3);
    ck_assert_int_eq(phys_space_init(&(struct phys_space){0}, RAM_BASE, 123), -EINVAL);
}
END_TEST

static Suite *phys_space_suite(void)
{
    Suite *s = suite_create("phys_space");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, ram_is_little_endian_and_zeroed);
    tcase_add_test(tc, mmio_accesses_reach_their_device_with_offsets);
    tcase_add_test(tc, overlapping_or_empty_regions_are_refused);
    tcase_add_test(tc, dma_stays_inside_ram);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(phys_space_suite()); }
