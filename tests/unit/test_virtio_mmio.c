/*
 * virtio-mmio empty slot. Expected values from the Virtual I/O Device
 * specification 1.2, 4.2.2 (MagicValue 0x74726976, Version 0x2 for
 * non-legacy devices, DeviceID 0 = no device, 32-bit aligned control
 * register accesses only; 4.2.2.2 driver requirements).
 */
#include <check.h>

#include "devices/virtio_mmio.h"
#include "tests/unit/harness.h"

static uint64_t rd(uint64_t offset)
{
    uint64_t v = 0xdead;
    ck_assert(virtio_mmio_empty_slot_ops.read(0, offset, 4, &v));
    return v;
}

START_TEST(identifies_as_an_empty_virtio_slot)
{
    ck_assert_uint_eq(rd(0x000), 0x74726976); /* "virt" */
    ck_assert_uint_eq(rd(0x004), 2);
    ck_assert_uint_eq(rd(0x008), 0);          /* DeviceID: no device */
    ck_assert_uint_eq(rd(0x00c), 0x59525246);
    /* DeviceFeatures, QueueNumMax, InterruptStatus, Status, ConfigGeneration */
    ck_assert_uint_eq(rd(0x010), 0);
    ck_assert_uint_eq(rd(0x034), 0);
    ck_assert_uint_eq(rd(0x060), 0);
    ck_assert_uint_eq(rd(0x070), 0);
    ck_assert_uint_eq(rd(0x0fc), 0);
}
END_TEST

START_TEST(writes_are_ignored)
{
    /* Status = ACKNOWLEDGE | DRIVER, then read back: nothing is there to accept it */
    ck_assert(virtio_mmio_empty_slot_ops.write(0, 0x070, 4, 3));
    ck_assert_uint_eq(rd(0x070), 0);
    ck_assert(virtio_mmio_empty_slot_ops.write(0, 0x000, 4, 0));
    ck_assert_uint_eq(rd(0x000), 0x74726976);
}
END_TEST

START_TEST(control_registers_are_32_bit_aligned_only)
{
    uint64_t v;
    ck_assert(!virtio_mmio_empty_slot_ops.read(0, 0x000, 1, &v));
    ck_assert(!virtio_mmio_empty_slot_ops.read(0, 0x000, 8, &v));
    ck_assert(!virtio_mmio_empty_slot_ops.read(0, 0x002, 4, &v));
    ck_assert(!virtio_mmio_empty_slot_ops.write(0, 0x070, 2, 1));
    /* configuration space (0x100 up) may be read at any width: empty here */
    ck_assert(virtio_mmio_empty_slot_ops.read(0, 0x101, 1, &v));
    ck_assert_uint_eq(v, 0);
}
END_TEST

static Suite *virtio_mmio_suite(void)
{
    Suite *s = suite_create("virtio_mmio");
    TCase *tc = tcase_create("empty_slot");
    tcase_add_test(tc, identifies_as_an_empty_virtio_slot);
    tcase_add_test(tc, writes_are_ignored);
    tcase_add_test(tc, control_registers_are_32_bit_aligned_only);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(virtio_mmio_suite()); }
