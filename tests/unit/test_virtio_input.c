/*
 * virtio-input devices as Linux's virtio_input driver sees them. Expected
 * values from the Virtual I/O Device specification 1.2, 5.8: device id 18;
 * config select @0, subsel @1, size @2, union @8 (128 bytes); selects
 * ID_NAME 1, ID_SERIAL 2, ID_DEVIDS 3, PROP_BITS 0x10, EV_BITS 0x11,
 * ABS_INFO 0x12; eventq 0, statusq 1; an event is {le16 type, le16 code,
 * le32 value}. QEMU's values (hw/input/virtio-input-hid.c): names "QEMU
 * Virtio Keyboard/Mouse/Tablet/MultiTouch", BUS_VIRTUAL 6, vendor 0x0627,
 * products 1/2/3/3, axes 0..0x7fff, slots 0..10. evdev codes from
 * linux/input-event-codes.h: EV_KEY 1, EV_REL 2, EV_ABS 3, EV_LED 0x11,
 * EV_REP 0x14, KEY_A 30, BTN_LEFT 0x110, BTN_TOUCH 0x14a, REL_WHEEL 8,
 * ABS_MT_SLOT 0x2f, ABS_MT_POSITION_X 0x35, INPUT_PROP_DIRECT 1.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_input.h"
#include "tests/unit/guest_ram.h"
#include "tests/unit/harness.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (1ull << 20)
#define NUM 8
#define Q_BASE(q) (RAM_BASE + 0x1000 + (uint64_t)(q) * 0x3000)
#define BUF(q, slot) (RAM_BASE + 0x80000 + (uint64_t)(q) * 0x1000 + (uint64_t)(slot) * 0x100)

static struct phys_space ram;
static struct virtio_input in;
static uint16_t avail_count[2], used_seen[2];
static char *log_text;
static size_t log_size;
static FILE *log_file;

static void no_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    (void)level;
}

static void start(enum virtio_input_kind kind)
{
    ck_assert_int_eq(virtio_input_init(&in, &ram, kind), 0);
    struct virtio_device *d = &in.vdev;
    d->guest_errors = log_file;
    d->irq = (struct irq_line){no_irq, 0, 0};
    guest_driver_ready(d, 2, NUM, Q_BASE(0));
}

static void setup(void)
{
    ck_assert_int_eq(phys_space_init(&ram, RAM_BASE, RAM_SIZE), 0);
    memset(avail_count, 0, sizeof(avail_count));
    memset(used_seen, 0, sizeof(used_seen));
    log_text = 0;
    log_file = open_memstream(&log_text, &log_size);
    start(VIRTIO_INPUT_KEYBOARD);
}

static void teardown(void)
{
    virtio_input_free(&in);
    fclose(log_file);
    free(log_text);
    phys_space_free(&ram);
}

/* The driver's query: select/subsel written, then size and the union read. */
static uint8_t query(uint8_t select, uint8_t subsel, uint8_t u[128])
{
    struct virtio_device *d = &in.vdev;
    d->config[0] = select;
    d->ops->config_written(d, 0, 1);
    d->config[1] = subsel;
    d->ops->config_written(d, 1, 1);
    memcpy(u, d->config + 8, 128);
    return d->config[2];
}

static bool has_bit(const uint8_t *map, unsigned bit) { return map[bit / 8] >> (bit % 8) & 1; }

/* The driver offers buffer `slot` of queue q. */
static void offer(unsigned q, const void *data, uint32_t len, bool writable)
{
    unsigned slot = avail_count[q] % NUM;
    if (data)
        ck_assert(phys_dma_write(&ram, BUF(q, slot), data, len));
    guest_put_desc(&ram, Q_BASE(q), slot, BUF(q, slot), len, writable ? VIRTQ_DESC_F_WRITE : 0, 0);
    guest_put16(&ram, Q_BASE(q) + 0x1000 + 4 + 2 * slot, (uint16_t)slot);
    avail_count[q]++;
    guest_put16(&ram, Q_BASE(q) + 0x1000 + 2, avail_count[q]);
}

/* The next event the device gave back on eventq; false if none. */
static bool next_event(struct virtio_input_event_wire *ev)
{
    if (guest_get16(&ram, Q_BASE(0) + 0x2000 + 2) == used_seen[0])
        return false;
    uint64_t e = Q_BASE(0) + 0x2000 + 4 + 8ull * (used_seen[0] % NUM);
    uint32_t slot = guest_get32(&ram, e), len = guest_get32(&ram, e + 4);
    used_seen[0]++;
    ck_assert_uint_eq(len, 8);
    ck_assert(phys_dma_read(&ram, BUF(0, slot), ev, 8));
    return true;
}

static void expect_event(uint16_t type, uint16_t code, uint32_t value)
{
    struct virtio_input_event_wire ev;
    ck_assert_msg(next_event(&ev), "no event (wanted %u/%u/%u)", type, code, value);
    ck_assert_uint_eq(ev.type, type);
    ck_assert_uint_eq(ev.code, code);
    ck_assert_uint_eq(ev.value, value);
}

START_TEST(names_and_ids_are_qemus)
{
    static const struct {
        enum virtio_input_kind kind;
        const char *name;
        uint16_t product, version;
    } cases[] = {
        {VIRTIO_INPUT_KEYBOARD, "QEMU Virtio Keyboard", 1, 1},
        {VIRTIO_INPUT_MOUSE, "QEMU Virtio Mouse", 2, 2},
        {VIRTIO_INPUT_TABLET, "QEMU Virtio Tablet", 3, 2},
        {VIRTIO_INPUT_MULTITOUCH, "QEMU Virtio MultiTouch", 3, 1},
    };
    uint8_t u[128];
    for (unsigned i = 0; i < 4; i++) {
        virtio_input_free(&in);
        start(cases[i].kind);
        ck_assert_uint_eq(in.vdev.ops->device_id, 18);
        ck_assert_uint_eq(in.vdev.config_size, 136);
        ck_assert_uint_eq(query(1, 0, u), strlen(cases[i].name) + 1);
        ck_assert_str_eq((char *)u, cases[i].name);
        ck_assert_uint_eq(query(3, 0, u), 8);
        uint16_t ids[4];
        memcpy(ids, u, 8);
        ck_assert_uint_eq(ids[0], 6);
        ck_assert_uint_eq(ids[1], 0x0627);
        ck_assert_uint_eq(ids[2], cases[i].product);
        ck_assert_uint_eq(ids[3], cases[i].version);
        ck_assert_uint_eq(query(2, 0, u), 0); /* no serial unless asked for */
    }
    strcpy(in.serial, "touch-0");
    ck_assert_uint_eq(query(2, 0, u), 7);
    ck_assert_int_eq(memcmp(u, "touch-0", 7), 0);
    ck_assert_uint_eq(query(1, 1, u), 0); /* names have subsel 0 only */
    ck_assert_uint_eq(query(0, 0, u), 0); /* UNSET */
    ck_assert_uint_eq(query(0x55, 0, u), 0);
}
END_TEST

START_TEST(the_keyboard_offers_keys_leds_and_autorepeat)
{
    uint8_t u[128];
    ck_assert_uint_gt(query(0x11, 1, u), 0);
    ck_assert(has_bit(u, 30)); /* KEY_A */
    ck_assert(has_bit(u, 1));  /* KEY_ESC */
    ck_assert(!has_bit(u, 0)); /* KEY_RESERVED */
    ck_assert(!has_bit(u, 0x110));
    ck_assert_uint_eq(query(0x11, 0x11, u), 1);
    ck_assert_uint_eq(u[0], 7);                 /* NUML CAPSL SCROLLL */
    ck_assert_uint_eq(query(0x11, 0x14, u), 1); /* EV_REP */
    ck_assert_uint_eq(query(0x11, 2, u), 0);
    ck_assert_uint_eq(query(0x11, 3, u), 0);
    ck_assert_uint_eq(query(0x12, 0, u), 0); /* no axes */
    ck_assert_uint_eq(query(0x10, 0, u), 0);
}
END_TEST

START_TEST(pointers_offer_buttons_axes_and_abs_ranges)
{
    uint8_t u[128];
    virtio_input_free(&in);
    start(VIRTIO_INPUT_MOUSE);
    ck_assert_uint_eq(query(0x11, 2, u), 2);
    ck_assert(has_bit(u, 0) && has_bit(u, 1) && has_bit(u, 8)); /* REL_X REL_Y REL_WHEEL */
    ck_assert_uint_gt(query(0x11, 1, u), 0);
    ck_assert(has_bit(u, 0x110) && has_bit(u, 0x111) && has_bit(u, 0x112) && has_bit(u, 0x14a));
    ck_assert(!has_bit(u, 30));
    ck_assert_uint_eq(query(0x11, 3, u), 0);
    ck_assert_uint_eq(query(0x11, 0x11, u), 0);

    virtio_input_free(&in);
    start(VIRTIO_INPUT_TABLET);
    ck_assert_uint_eq(query(0x11, 3, u), 1);
    ck_assert_uint_eq(u[0], 3); /* ABS_X ABS_Y */
    ck_assert_uint_eq(query(0x11, 2, u), 2);
    ck_assert(!has_bit(u, 0) && has_bit(u, 8)); /* the wheel only */
    ck_assert_uint_eq(query(0x12, 0, u), 20);
    uint32_t info[5];
    memcpy(info, u, 20);
    ck_assert_uint_eq(info[0], 0);
    ck_assert_uint_eq(info[1], 0x7fff);
    ck_assert_uint_eq(query(0x12, 1, u), 20);
    ck_assert_uint_eq(query(0x12, 2, u), 0); /* ABS_Z: not an axis of the tablet */
    ck_assert_uint_eq(query(0x10, 0, u), 0);

    virtio_input_free(&in);
    start(VIRTIO_INPUT_MULTITOUCH);
    ck_assert_uint_eq(query(0x10, 0, u), 1);
    ck_assert_uint_eq(u[0], 2); /* INPUT_PROP_DIRECT */
    ck_assert_uint_gt(query(0x11, 3, u), 0);
    ck_assert(has_bit(u, 0x2f) && has_bit(u, 0x35) && has_bit(u, 0x36) && has_bit(u, 0x39));
    ck_assert(!has_bit(u, 0));
    ck_assert_uint_eq(query(0x12, 0x2f, u), 20);
    memcpy(info, u, 20);
    ck_assert_uint_eq(info[1], 10);
    ck_assert_uint_eq(query(0x12, 0x35, u), 20);
    memcpy(info, u, 20);
    ck_assert_uint_eq(info[1], 0x7fff);
    ck_assert_uint_eq(query(0x11, 2, u), 0);
    ck_assert_uint_gt(query(0x11, 1, u), 0);
    ck_assert(has_bit(u, 0x14a));
}
END_TEST

START_TEST(a_report_reaches_the_guest_at_its_syn)
{
    for (unsigned i = 0; i < 4; i++)
        offer(0, 0, 8, true);
    virtio_queue_kicked(&in.vdev, 0);
    virtio_input_send(&in, 1, 30, 1);
    struct virtio_input_event_wire ev;
    ck_assert(!next_event(&ev)); /* not before the report ends */
    virtio_input_send(&in, 0, 0, 0);
    expect_event(1, 30, 1);
    expect_event(0, 0, 0);
    ck_assert(!next_event(&ev));
}
END_TEST

START_TEST(events_wait_for_buffers_and_a_full_queue_drops_whole_reports)
{
    virtio_input_send(&in, 1, 30, 1);
    virtio_input_send(&in, 0, 0, 0);
    ck_assert_uint_eq(in.queued, 2);
    offer(0, 0, 8, true);
    virtio_queue_kicked(&in.vdev, 0);
    expect_event(1, 30, 1);
    offer(0, 0, 8, true);
    virtio_queue_kicked(&in.vdev, 0);
    expect_event(0, 0, 0);
    ck_assert_uint_eq(in.queued, 0);
    /* fill the host queue: the report that does not fit is dropped to its SYN */
    for (unsigned i = 0; i < VIRTIO_INPUT_QUEUE_EVENTS / 2; i++) {
        virtio_input_send(&in, 1, 30, i & 1);
        virtio_input_send(&in, 0, 0, 0);
    }
    ck_assert_uint_eq(in.queued, VIRTIO_INPUT_QUEUE_EVENTS);
    virtio_input_send(&in, 1, 31, 1);
    virtio_input_send(&in, 1, 32, 1);
    virtio_input_send(&in, 0, 0, 0);
    ck_assert_uint_eq(in.queued, VIRTIO_INPUT_QUEUE_EVENTS);
    virtio_input_send(&in, 1, 33, 1); /* still full: this one goes the same way */
    ck_assert_uint_eq(in.queued, VIRTIO_INPUT_QUEUE_EVENTS);
    /* a too-small buffer is given back empty */
    offer(0, 0, 4, true);
    virtio_queue_kicked(&in.vdev, 0);
    fflush(log_file);
    ck_assert_ptr_nonnull(strstr(log_text, "event buffer of 4 bytes is too small"));
    /* a reset empties the queue */
    virtio_set_status(&in.vdev, 0);
    ck_assert_uint_eq(in.queued, 0);
    virtio_input_send(&in, 1, 30, 1); /* not running: nothing is kept */
    ck_assert_uint_eq(in.queued, 0);
}
END_TEST

START_TEST(the_status_queue_carries_the_guests_leds)
{
    struct virtio_input_event_wire caps = {0x11, 1, 1}, num = {0x11, 0, 1}, caps_off = {0x11, 1, 0};
    offer(1, &caps, 8, false);
    offer(1, &num, 8, false);
    virtio_queue_kicked(&in.vdev, 1);
    ck_assert_uint_eq(in.leds, 3);
    offer(1, &caps_off, 8, false);
    struct virtio_input_event_wire junk = {0x02, 0, 5};
    offer(1, &junk, 8, false);
    offer(1, &junk, 4, false);
    virtio_queue_kicked(&in.vdev, 1);
    ck_assert_uint_eq(in.leds, 1);
    fflush(log_file);
    ck_assert_ptr_nonnull(strstr(log_text, "status buffer of 4 bytes is too small"));
    ck_assert_uint_eq(guest_get16(&ram, Q_BASE(1) + 0x2000 + 2), 5); /* all given back */
}
END_TEST

static Suite *virtio_input_suite(void)
{
    Suite *s = suite_create("virtio_input");
    TCase *tc = tcase_create("devices");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, names_and_ids_are_qemus);
    tcase_add_test(tc, the_keyboard_offers_keys_leds_and_autorepeat);
    tcase_add_test(tc, pointers_offer_buttons_axes_and_abs_ranges);
    tcase_add_test(tc, a_report_reaches_the_guest_at_its_syn);
    tcase_add_test(tc, events_wait_for_buffers_and_a_full_queue_drops_whole_reports);
    tcase_add_test(tc, the_status_queue_carries_the_guests_leds);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(virtio_input_suite()); }
