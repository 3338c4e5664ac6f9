/*
 * The virtqueue walker against well-formed and hostile chains. Layouts
 * and rules from the Virtual I/O Device specification 1.2, 2.7 (split
 * virtqueues): descriptor {addr, len, flags, next}, flags NEXT 1, WRITE 2,
 * INDIRECT 4; avail {flags, idx, ring[], used_event}; used {flags, idx,
 * {id, len}[], avail_event}; 2.7.5.3.1 (no INDIRECT with NEXT, no nested
 * tables, chains no longer than the queue); 2.7.10 (used_event).
 */
#include <check.h>
#include <string.h>

#include "devices/virtqueue.h"
#include "tests/unit/guest_ram.h"
#include "tests/unit/harness.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (1ull << 20)
#define DESC (RAM_BASE + 0x1000)
#define AVAIL (RAM_BASE + 0x2000)
#define USED (RAM_BASE + 0x3000)
#define INDIRECT (RAM_BASE + 0x4000)
#define DATA (RAM_BASE + 0x10000)
#define NUM 8

static struct phys_space ram;
static struct virtq q;
static struct virtq_request req;
static char why[200];

static void setup(void)
{
    ck_assert_int_eq(phys_space_init(&ram, RAM_BASE, RAM_SIZE), 0);
    virtq_reset(&q);
    q = (struct virtq){.num = NUM, .ready = true, .desc = DESC, .avail = AVAIL, .used = USED};
    why[0] = 0;
}

static void teardown(void) { phys_space_free(&ram); }


static void desc_at(uint64_t table, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                    uint16_t next)
{
    guest_put_desc(&ram, table, i, addr, len, flags, next);
}

/* The driver makes chain `head` available as avail entry `slot`, idx = slot + 1. */
static void offer(unsigned slot, uint16_t head)
{
    guest_put16(&ram, AVAIL + 4 + 2 * (slot % NUM), head);
    guest_put16(&ram, AVAIL + 2, (uint16_t)(slot + 1));
}

START_TEST(a_chain_becomes_readable_then_writable_segments)
{
    desc_at(DESC, 0, DATA, 16, 1, 3);          /* readable, next 3 */
    desc_at(DESC, 3, DATA + 0x100, 512, 3, 5); /* writable, next 5 */
    desc_at(DESC, 5, DATA + 0x400, 1, 2, 0);   /* writable, end */
    ck_assert(!virtq_has_buffers(&q, &ram));
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_EMPTY);
    offer(0, 0);
    ck_assert(virtq_has_buffers(&q, &ram));
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_OK);
    ck_assert_uint_eq(req.head, 0);
    ck_assert_uint_eq(req.readable, 1);
    ck_assert_uint_eq(req.writable, 2);
    ck_assert_uint_eq(req.readable_bytes, 16);
    ck_assert_uint_eq(req.writable_bytes, 513);
    ck_assert_ptr_eq(req.iov[1].iov_base, ram.ram + 0x10100);
    ck_assert_uint_eq(req.guest[2], DATA + 0x400);
    /* the device writes across both writable segments, then returns the chain */
    uint8_t fill[513];
    memset(fill, 0xab, sizeof(fill));
    ck_assert_uint_eq(virtq_write_in(&req, 0, fill, sizeof(fill)), 513);
    ck_assert_uint_eq(ram.ram[0x10400], 0xab);
    virtq_push(&q, &ram, &req, 513);
    ck_assert_uint_eq(guest_get16(&ram, USED + 2), 1);     /* used idx */
    ck_assert_uint_eq(guest_get32(&ram, USED + 4), 0);     /* id = head */
    ck_assert_uint_eq(guest_get32(&ram, USED + 8), 513);   /* len */
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_EMPTY);
}
END_TEST

START_TEST(an_indirect_table_is_one_chain)
{
    desc_at(INDIRECT, 0, DATA, 8, 1, 2);
    desc_at(INDIRECT, 2, DATA + 0x200, 64, 2, 0);
    desc_at(DESC, 4, INDIRECT, 3 * 16, 4, 0);
    offer(0, 4);
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_OK);
    ck_assert_uint_eq(req.head, 4);
    ck_assert_uint_eq(req.readable, 1);
    ck_assert_uint_eq(req.writable, 1);
    ck_assert_uint_eq(req.writable_bytes, 64);
}
END_TEST

/* Each hostile chain is refused with a reason; nothing outside RAM is touched. */
static void expect_broken(void)
{
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_BROKEN);
    ck_assert(why[0] != 0);
}

START_TEST(a_looping_chain_is_refused)
{
    desc_at(DESC, 0, DATA, 8, 1, 1);
    desc_at(DESC, 1, DATA, 8, 1, 0); /* back to 0 */
    offer(0, 0);
    expect_broken();
}
END_TEST

START_TEST(a_looping_indirect_chain_is_refused)
{
    desc_at(INDIRECT, 0, DATA, 8, 1, 1);
    desc_at(INDIRECT, 1, DATA, 8, 1, 0);
    desc_at(DESC, 0, INDIRECT, 2 * 16, 4, 0);
    offer(0, 0);
    expect_broken();
}
END_TEST

START_TEST(buffers_outside_ram_are_refused)
{
    desc_at(DESC, 0, RAM_BASE + RAM_SIZE - 4, 8, 0, 0); /* runs off the end */
    offer(0, 0);
    expect_broken();
    teardown();
    setup();
    desc_at(DESC, 0, 0x1000, 8, 0, 0); /* below RAM: MMIO space */
    offer(0, 0);
    expect_broken();
    teardown();
    setup();
    desc_at(DESC, 0, ~0ull - 3, 8, 0, 0); /* wraps */
    offer(0, 0);
    expect_broken();
    teardown();
    setup();
    desc_at(DESC, 0, DATA, 0xffffffffu, 2, 0); /* 4 GiB in a 1 MiB RAM */
    offer(0, 0);
    expect_broken();
}
END_TEST

START_TEST(zero_lengths_and_bad_order_are_refused)
{
    desc_at(DESC, 0, DATA, 0, 0, 0);
    offer(0, 0);
    expect_broken();
    teardown();
    setup();
    desc_at(DESC, 0, DATA, 8, 3, 1); /* writable, then */
    desc_at(DESC, 1, DATA, 8, 0, 0); /* readable */
    offer(0, 0);
    expect_broken();
}
END_TEST

START_TEST(indexes_past_the_ring_are_refused)
{
    offer(0, NUM); /* head past the table */
    expect_broken();
    teardown();
    setup();
    desc_at(DESC, 0, DATA, 8, 1, NUM + 100); /* next past the table */
    offer(0, 0);
    expect_broken();
    teardown();
    setup();
    guest_put16(&ram, AVAIL + 2, NUM + 1); /* more new entries than the ring holds */
    expect_broken();
}
END_TEST

START_TEST(indirect_misuse_is_refused)
{
    desc_at(DESC, 0, INDIRECT, 16, 4 | 1, 1); /* INDIRECT with NEXT */
    offer(0, 0);
    expect_broken();
    teardown();
    setup();
    desc_at(INDIRECT, 0, INDIRECT + 0x100, 16, 4, 0); /* nested table */
    desc_at(DESC, 0, INDIRECT, 16, 4, 0);
    offer(0, 0);
    expect_broken();
    teardown();
    setup();
    desc_at(DESC, 0, INDIRECT, 24, 4, 0); /* not a multiple of 16 */
    offer(0, 0);
    expect_broken();
    teardown();
    setup();
    desc_at(DESC, 0, RAM_BASE + RAM_SIZE - 16, 32, 4, 0); /* table leaves RAM */
    offer(0, 0);
    expect_broken();
}
END_TEST

START_TEST(a_chain_longer_than_the_queue_is_refused)
{
    /* an indirect table of NUM + 1 entries, all linked: longer than the queue of NUM */
    for (unsigned i = 0; i <= NUM; i++)
        desc_at(INDIRECT, i, DATA, 8, i < NUM ? 1 : 0, (uint16_t)(i + 1));
    desc_at(DESC, 0, INDIRECT, (NUM + 1) * 16, 4, 0);
    offer(0, 0);
    expect_broken();
}
END_TEST

START_TEST(rings_outside_ram_are_refused)
{
    q.avail = RAM_BASE + RAM_SIZE; /* just past RAM */
    expect_broken();
    ck_assert(!virtq_has_buffers(&q, &ram));
}
END_TEST

START_TEST(interrupts_follow_no_interrupt_and_used_event)
{
    desc_at(DESC, 0, DATA, 8, 2, 0);
    for (unsigned i = 0; i < 3; i++)
        offer(i, 0);
    /* without EVENT_IDX: AVAIL_F_NO_INTERRUPT decides */
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_OK);
    virtq_push(&q, &ram, &req, 8);
    ck_assert(virtq_should_interrupt(&q, &ram));
    guest_put16(&ram, AVAIL, 1);
    ck_assert(!virtq_should_interrupt(&q, &ram));
    /* with EVENT_IDX: interrupt when the used idx passes used_event (here: after entry 2) */
    q.event_idx = true;
    guest_put16(&ram, AVAIL, 0);
    guest_put16(&ram, AVAIL + 4 + 2 * NUM, 2); /* used_event */
    ck_assert(virtq_should_interrupt(&q, &ram)); /* the first one always interrupts */
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_OK);
    virtq_push(&q, &ram, &req, 8); /* used idx 2: the driver waits for idx 3 */
    ck_assert(!virtq_should_interrupt(&q, &ram));
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_OK);
    /* popping keeps avail_event at what was taken, so the driver's next add kicks */
    ck_assert_uint_eq(guest_get16(&ram, USED + 4 + 8 * NUM), 3);
    virtq_push(&q, &ram, &req, 8); /* used idx 3 */
    ck_assert(virtq_should_interrupt(&q, &ram));
}
END_TEST

START_TEST(kicks_can_be_turned_off)
{
    virtq_want_kicks(&q, &ram, false);
    ck_assert_uint_eq(guest_get16(&ram, USED), 1); /* USED_F_NO_NOTIFY */
    virtq_want_kicks(&q, &ram, true);
    ck_assert_uint_eq(guest_get16(&ram, USED), 0);
}
END_TEST

START_TEST(unpop_gives_the_chain_again)
{
    desc_at(DESC, 2, DATA, 8, 2, 0);
    offer(0, 2);
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_OK);
    virtq_unpop(&q);
    ck_assert_int_eq(virtq_pop(&q, &ram, &req, why, sizeof(why)), VIRTQ_POP_OK);
    ck_assert_uint_eq(req.head, 2);
}
END_TEST

static Suite *virtqueue_suite(void)
{
    Suite *s = suite_create("virtqueue");
    TCase *tc = tcase_create("split");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, a_chain_becomes_readable_then_writable_segments);
    tcase_add_test(tc, an_indirect_table_is_one_chain);
    tcase_add_test(tc, a_looping_chain_is_refused);
    tcase_add_test(tc, a_looping_indirect_chain_is_refused);
    tcase_add_test(tc, buffers_outside_ram_are_refused);
    tcase_add_test(tc, zero_lengths_and_bad_order_are_refused);
    tcase_add_test(tc, indexes_past_the_ring_are_refused);
    tcase_add_test(tc, indirect_misuse_is_refused);
    tcase_add_test(tc, a_chain_longer_than_the_queue_is_refused);
    tcase_add_test(tc, rings_outside_ram_are_refused);
    tcase_add_test(tc, interrupts_follow_no_interrupt_and_used_event);
    tcase_add_test(tc, kicks_can_be_turned_off);
    tcase_add_test(tc, unpop_gives_the_chain_again);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(virtqueue_suite()); }
