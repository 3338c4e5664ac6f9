/*
 * virtio-mmio: the empty slot, and a slot with a device in both layouts. Expected values from the Virtual I/O Device
 * specification 1.2, 4.2.2 (MagicValue 0x74726976, Version 0x2 for
 * non-legacy devices, DeviceID 0 = no device, 32-bit aligned control
 * register accesses only; 4.2.2.2 driver requirements).
 */
#include <check.h>

#include <string.h>

#include "devices/virtio_mmio.h"
#include "devices/virtio_rng.h"
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

/* ---- a slot with a device: virtio-rng driven as Linux's virtio_mmio driver does ---- */

#define RAM_BASE 0x40000000ull
#define DESC (RAM_BASE + 0x1000)
#define AVAIL (RAM_BASE + 0x2000)
#define USED (RAM_BASE + 0x3000)
#define BUF (RAM_BASE + 0x8000)

static struct phys_space ram;
static struct virtio_rng rng;
static struct virtio_mmio slot;
static bool irq_level;
static unsigned irq_number;

static void record_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    irq_number = line;
    irq_level = level;
}

static void slot_setup(bool legacy)
{
    ck_assert_int_eq(phys_space_init(&ram, RAM_BASE, 1 << 20), 0);
    ck_assert_int_eq(virtio_rng_init(&rng, &ram, -1), 0);
    virtio_mmio_init(&slot, &rng.vdev, legacy, (struct irq_line){record_irq, 0, 47});
    irq_level = false;
}

static void modern_setup(void) { slot_setup(false); }
static void legacy_setup(void) { slot_setup(true); }

static void slot_teardown(void)
{
    virtio_rng_free(&rng);
    phys_space_free(&ram);
}

static uint32_t reg(uint64_t offset)
{
    uint64_t v = 0xdead;
    ck_assert(virtio_mmio_ops.read(&slot, offset, 4, &v));
    return (uint32_t)v;
}

static void set(uint64_t offset, uint32_t v) { ck_assert(virtio_mmio_ops.write(&slot, offset, 4, v)); }

/* One 32-byte writable buffer at `addr` as descriptor 0 of `desc`, made avail entry 0 (idx 1). */
static void offer_buffer_at(uint64_t desc, uint64_t avail, uint64_t addr)
{
    uint8_t d[16] = {0};
    uint32_t len = 32;
    uint16_t flags = 2, ring0 = 0, idx = 1;
    memcpy(d, &addr, 8);
    memcpy(d + 8, &len, 4);
    memcpy(d + 12, &flags, 2);
    ck_assert(phys_dma_write(&ram, desc, d, 16));
    ck_assert(phys_dma_write(&ram, avail + 4, &ring0, 2));
    ck_assert(phys_dma_write(&ram, avail + 2, &idx, 2));
}

static void offer_buffer(void) { offer_buffer_at(DESC, AVAIL, BUF); }

/* ACKNOWLEDGE, DRIVER, VERSION_1 accepted, FEATURES_OK: a modern driver's first steps. */
static void negotiate_modern(void)
{
    set(0x070, 1 | 2);
    set(0x024, 1);
    set(0x020, 1);
    set(0x070, 1 | 2 | 8);
}

static uint32_t used_len(void)
{
    uint16_t idx;
    uint32_t len;
    ck_assert(phys_dma_read(&ram, USED + 2, &idx, 2));
    ck_assert_uint_eq(idx, 1);
    ck_assert(phys_dma_read(&ram, USED + 8, &len, 4));
    return len;
}

START_TEST(modern_device_identifies_itself)
{
    ck_assert_uint_eq(reg(0x000), 0x74726976);
    ck_assert_uint_eq(reg(0x004), 2);
    ck_assert_uint_eq(reg(0x008), 4); /* entropy device */
    set(0x014, 1);                    /* DeviceFeaturesSel: bits 32..63 */
    ck_assert_uint_eq(reg(0x010) & 1, 1); /* VIRTIO_F_VERSION_1 */
    set(0x014, 0);
    ck_assert_uint_eq(reg(0x010) & (3u << 28), 3u << 28); /* INDIRECT_DESC, RING_EVENT_IDX */
    ck_assert_uint_eq(reg(0x034), 1024); /* QueueNumMax of queue 0 */
    set(0x030, 1);
    ck_assert_uint_eq(reg(0x034), 0); /* no queue 1 */
    ck_assert_uint_eq(reg(0x0b0), 0xffffffffu); /* SHMLenLow: no shared memory */
}
END_TEST

START_TEST(modern_driver_setup_and_one_request)
{
    negotiate_modern();
    ck_assert_uint_eq(reg(0x070) & 8, 8); /* FEATURES_OK stays */
    set(0x030, 0);
    set(0x038, 8);
    set(0x080, (uint32_t)DESC);
    set(0x084, 0);
    set(0x090, (uint32_t)AVAIL);
    set(0x0a0, (uint32_t)USED);
    set(0x044, 1);
    ck_assert_uint_eq(reg(0x044), 1);
    set(0x070, 1 | 2 | 8 | 4); /* DRIVER_OK */
    offer_buffer();
    set(0x050, 0); /* QueueNotify */
    ck_assert_uint_eq(used_len(), 32);
    ck_assert_uint_eq(reg(0x060), 1); /* InterruptStatus: used buffer */
    ck_assert(irq_level);
    ck_assert_uint_eq(irq_number, 47);
    set(0x064, 1); /* InterruptACK */
    ck_assert_uint_eq(reg(0x060), 0);
    ck_assert(!irq_level);
    set(0x070, 0); /* reset */
    ck_assert_uint_eq(reg(0x070), 0);
    ck_assert_uint_eq(reg(0x044), 0);
}
END_TEST

START_TEST(features_ok_is_refused_without_version_1)
{
    set(0x070, 1 | 2);
    set(0x024, 0);
    set(0x020, 1u << 28);
    set(0x070, 1 | 2 | 8);
    ck_assert_uint_eq(reg(0x070) & 8, 0); /* 3.1.1: the device did not accept */
    set(0x024, 1);
    set(0x020, 1 | 1u << 30); /* bit 62: not offered */
    set(0x070, 1 | 2 | 8);
    ck_assert_uint_eq(reg(0x070) & 8, 0);
}
END_TEST

START_TEST(a_bad_queue_size_needs_reset)
{
    negotiate_modern();
    set(0x038, 6); /* not a power of 2 */
    set(0x044, 1);
    ck_assert_uint_eq(reg(0x044), 0);
    ck_assert_uint_eq(reg(0x070) & 64, 64); /* DEVICE_NEEDS_RESET */
    set(0x070, 0);
    ck_assert_uint_eq(reg(0x070), 0);
}
END_TEST

START_TEST(legacy_layout_places_the_queue_from_its_pfn)
{
    ck_assert_uint_eq(reg(0x004), 1);
    set(0x014, 1);
    ck_assert_uint_eq(reg(0x010), 0); /* no VERSION_1 for a legacy driver */
    set(0x070, 1 | 2);
    set(0x020, 0);
    set(0x028, 4096); /* GuestPageSize */
    set(0x030, 0);
    set(0x038, 8);
    set(0x03c, 4096); /* QueueAlign */
    set(0x040, (uint32_t)(DESC >> 12)); /* QueuePFN */
    ck_assert_uint_eq(reg(0x040), DESC >> 12);
    set(0x070, 1 | 2 | 4);
    /* desc at the page, avail right after 8 descriptors, used at the next 4 KiB boundary */
    offer_buffer_at(DESC, DESC + 128, BUF);
    set(0x050, 0);
    uint16_t used_idx;
    ck_assert(phys_dma_read(&ram, DESC + 0x1000 + 2, &used_idx, 2));
    ck_assert_uint_eq(used_idx, 1);
    set(0x040, 0); /* releases the queue */
    ck_assert_uint_eq(reg(0x040), 0);
}
END_TEST

START_TEST(a_hostile_chain_marks_needs_reset)
{
    negotiate_modern();
    set(0x038, 8);
    set(0x080, (uint32_t)DESC);
    set(0x090, (uint32_t)AVAIL);
    set(0x0a0, (uint32_t)USED);
    set(0x044, 1);
    set(0x070, 1 | 2 | 8 | 4);
    offer_buffer_at(DESC, AVAIL, 0x1000); /* not RAM */
    set(0x050, 0);
    ck_assert_uint_eq(reg(0x070) & 64, 64);
    ck_assert_uint_eq(reg(0x060) & 2, 2); /* config-change interrupt tells the driver */
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
    TCase *modern = tcase_create("modern");
    tcase_add_checked_fixture(modern, modern_setup, slot_teardown);
    tcase_add_test(modern, modern_device_identifies_itself);
    tcase_add_test(modern, modern_driver_setup_and_one_request);
    tcase_add_test(modern, features_ok_is_refused_without_version_1);
    tcase_add_test(modern, a_bad_queue_size_needs_reset);
    tcase_add_test(modern, a_hostile_chain_marks_needs_reset);
    suite_add_tcase(s, modern);
    TCase *legacy = tcase_create("legacy");
    tcase_add_checked_fixture(legacy, legacy_setup, slot_teardown);
    tcase_add_test(legacy, legacy_layout_places_the_queue_from_its_pfn);
    suite_add_tcase(s, legacy);
    return s;
}

int main(void) { return harness_run_suite(virtio_mmio_suite()); }
