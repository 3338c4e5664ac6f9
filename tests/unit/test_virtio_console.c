/*
 * virtio-serial-device driven through fake split virtqueues in a small
 * guest RAM, as a driver would. Expected values from the Virtual I/O
 * Device specification 1.2, 5.3: device id 3; feature MULTIPORT bit 1,
 * EMERG_WRITE bit 2; config cols @0, rows @2, max_nr_ports @4, emerg_wr @8;
 * queues rx0 tx0 ctrl_rx ctrl_tx rx1 tx1 ...; control message {le32 id,
 * le16 event, le16 value}; events DEVICE_READY 0, DEVICE_ADD 1,
 * PORT_READY 3, CONSOLE_PORT 4, PORT_OPEN 6, PORT_NAME 7 (name after the
 * header, 5.3.6.2).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_console.h"
#include "tests/unit/guest_ram.h"
#include "tests/unit/harness.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (1ull << 20)
#define NUM 8
/* queue q: descriptors, avail and used rings at Q_BASE(q) +0, +0x1000, +0x2000 */
#define Q_BASE(q) (RAM_BASE + 0x1000 + (uint64_t)(q) * 0x3000)
/* buffer `slot` of queue q */
#define BUF(q, slot) (RAM_BASE + 0x80000 + (uint64_t)(q) * 0x1000 + (uint64_t)(slot) * 0x100)

static struct phys_space ram;
static struct virtio_console con;
static uint16_t avail_count[8];
static uint16_t used_seen[8];
static int irq_raises;
static char *log_text;
static size_t log_size;
static FILE *log_file;

/* What each port's host side saw. */
struct fake_host {
    char out[256];
    size_t out_len;
    int room_calls;
};
static struct fake_host host[3];

static void host_write(void *opaque, const void *buf, size_t len)
{
    struct fake_host *h = opaque;
    ck_assert_uint_le(h->out_len + len, sizeof(h->out));
    memcpy(h->out + h->out_len, buf, len);
    h->out_len += len;
}

static void host_room(void *opaque) { ((struct fake_host *)opaque)->room_calls++; }

static void record_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    irq_raises += level;
}

static void put(uint64_t pa, const void *v, size_t n) { ck_assert(phys_dma_write(&ram, pa, v, n)); }
static void get(uint64_t pa, void *v, size_t n) { ck_assert(phys_dma_read(&ram, pa, v, n)); }
static uint16_t get16(uint64_t pa)
{
    uint16_t v;
    get(pa, &v, 2);
    return v;
}
static uint32_t get32(uint64_t pa)
{
    uint32_t v;
    get(pa, &v, 4);
    return v;
}

/* The driver offers buffer `slot` of queue q (len bytes, device-writable or not). */
static void offer(unsigned q, const void *data, uint32_t len, bool writable)
{
    unsigned slot = avail_count[q] % NUM;
    uint64_t addr = BUF(q, slot);
    if (data)
        put(addr, data, len);
    uint16_t flags = writable ? 2 : 0, next = 0;
    uint8_t d[16];
    memcpy(d, &addr, 8);
    memcpy(d + 8, &len, 4);
    memcpy(d + 12, &flags, 2);
    memcpy(d + 14, &next, 2);
    put(Q_BASE(q) + 16ull * slot, d, 16);
    uint16_t head = (uint16_t)slot;
    put(Q_BASE(q) + 0x1000 + 4 + 2 * slot, &head, 2);
    avail_count[q]++;
    put(Q_BASE(q) + 0x1000 + 2, &avail_count[q], 2);
}

static void kick(unsigned q) { virtio_queue_kicked(&con.vdev, q); }

/* The next used entry of queue q: its buffer's slot and length; false if none is new. */
static bool next_used(unsigned q, unsigned *slot, uint32_t *len)
{
    if (get16(Q_BASE(q) + 0x2000 + 2) == used_seen[q])
        return false;
    uint64_t e = Q_BASE(q) + 0x2000 + 4 + 8ull * (used_seen[q] % NUM);
    *slot = get32(e);
    *len = get32(e + 4);
    used_seen[q]++;
    return true;
}

static void driver_says(uint32_t id, uint16_t event, uint16_t value)
{
    uint8_t m[8];
    memcpy(m, &id, 4);
    memcpy(m + 4, &event, 2);
    memcpy(m + 6, &value, 2);
    offer(3, m, 8, false);
    kick(3);
    unsigned slot;
    uint32_t len;
    ck_assert(next_used(3, &slot, &len)); /* the device took it */
}

/* The next control message the device sent: its fields; name (if any) into name. */
static void device_said(uint32_t id, uint16_t event, uint16_t value, const char *name)
{
    unsigned slot;
    uint32_t len;
    ck_assert_msg(next_used(2, &slot, &len), "no control message (wanted event %u)", event);
    uint8_t m[8 + 64];
    ck_assert_uint_le(len, sizeof(m));
    get(BUF(2, slot), m, len);
    uint32_t got_id;
    uint16_t got_event, got_value;
    memcpy(&got_id, m, 4);
    memcpy(&got_event, m + 4, 2);
    memcpy(&got_value, m + 6, 2);
    ck_assert_uint_eq(got_event, event);
    ck_assert_uint_eq(got_id, id);
    ck_assert_uint_eq(got_value, value);
    size_t name_len = name ? strlen(name) : 0;
    ck_assert_uint_eq(len, 8 + name_len);
    if (name)
        ck_assert_int_eq(memcmp(m + 8, name, name_len), 0);
}

static void no_more_control(void)
{
    unsigned slot;
    uint32_t len;
    ck_assert(!next_used(2, &slot, &len));
}

static void setup(void)
{
    ck_assert_int_eq(phys_space_init(&ram, RAM_BASE, RAM_SIZE), 0);
    ck_assert_int_eq(virtio_console_init(&con, &ram), 0);
    memset(avail_count, 0, sizeof(avail_count));
    memset(used_seen, 0, sizeof(used_seen));
    memset(host, 0, sizeof(host));
    irq_raises = 0;
    log_file = open_memstream(&log_text, &log_size);
    struct virtio_device *d = &con.vdev;
    d->guest_errors = log_file;
    d->irq = (struct irq_line){record_irq, 0, 0};
    ck_assert_int_eq(virtio_console_add_port(&con, true, 0,
                                             &(struct virtio_console_host){host_write, host_room,
                                                                           &host[0]}),
                     0);
    ck_assert_int_eq(virtio_console_add_port(&con, false, "org.test.0",
                                             &(struct virtio_console_host){host_write, host_room,
                                                                           &host[1]}),
                     1);
    con.port[1].host_connected = true;
    guest_driver_ready(d, 8, NUM, Q_BASE(0));
}

static void teardown(void)
{
    virtio_console_free(&con);
    fclose(log_file);
    free(log_text);
    phys_space_free(&ram);
}

/* The driver's side of the handshake (5.3.6.1): the ports come up, port 0 as the console. */
static void handshake(void)
{
    for (unsigned i = 0; i < 8; i++)
        offer(2, 0, 64, true);
    kick(2);
    driver_says(0, VIRTIO_CONSOLE_DEVICE_READY, 1);
    device_said(0, VIRTIO_CONSOLE_DEVICE_ADD, 1, 0);
    device_said(1, VIRTIO_CONSOLE_DEVICE_ADD, 1, 0);
    no_more_control();
    driver_says(0, VIRTIO_CONSOLE_PORT_READY, 1);
    device_said(0, VIRTIO_CONSOLE_CONSOLE_PORT, 1, 0);
    no_more_control();
    driver_says(1, VIRTIO_CONSOLE_PORT_READY, 1);
    device_said(1, VIRTIO_CONSOLE_PORT_NAME, 1, "org.test.0");
    device_said(1, VIRTIO_CONSOLE_PORT_OPEN, 1, 0); /* its host side is connected */
    no_more_control();
}

START_TEST(config_and_features_as_the_spec_lays_them_out)
{
    struct virtio_device *d = &con.vdev;
    ck_assert_uint_eq(d->ops->device_id, 3);
    ck_assert_uint_eq(d->ops->queues, 8);
    ck_assert_uint_eq(d->device_features & (1u << 1), 1u << 1); /* MULTIPORT */
    ck_assert_uint_eq(d->device_features & 1u, 0);              /* no SIZE: cols/rows unused */
    ck_assert_uint_eq(d->config[0] | d->config[1] << 8, 0);    /* cols */
    ck_assert_uint_eq(d->config[2] | d->config[3] << 8, 0);    /* rows */
    uint32_t max_nr_ports;
    memcpy(&max_nr_ports, d->config + 4, 4);
    ck_assert_uint_eq(max_nr_ports, 3);
    ck_assert_uint_ge(d->config_size, 12);
}
END_TEST

START_TEST(handshake_announces_ports_console_and_name)
{
    handshake();
    ck_assert_int_gt(irq_raises, 0);
}
END_TEST

START_TEST(control_messages_wait_for_the_drivers_buffers)
{
    driver_says(0, VIRTIO_CONSOLE_DEVICE_READY, 1);
    no_more_control();
    offer(2, 0, 64, true);
    kick(2);
    device_said(0, VIRTIO_CONSOLE_DEVICE_ADD, 1, 0);
    no_more_control();
    offer(2, 0, 64, true);
    kick(2);
    device_said(1, VIRTIO_CONSOLE_DEVICE_ADD, 1, 0);
}
END_TEST

START_TEST(host_input_only_reaches_a_port_the_guest_opened)
{
    handshake();
    offer(0, 0, 32, true);
    kick(0);
    ck_assert_uint_eq(virtio_console_input_room(&con, 0), 0); /* not opened yet */
    int calls = host[0].room_calls;
    driver_says(0, VIRTIO_CONSOLE_PORT_OPEN, 1);
    ck_assert_int_gt(host[0].room_calls, calls); /* the host is told to send what it holds */
    ck_assert_uint_eq(virtio_console_input_room(&con, 0), 32);
    virtio_console_input(&con, 0, "hi", 2);
    unsigned slot;
    uint32_t len;
    ck_assert(next_used(0, &slot, &len));
    ck_assert_uint_eq(len, 2);
    char got[2];
    get(BUF(0, slot), got, 2);
    ck_assert_int_eq(memcmp(got, "hi", 2), 0);
    /* no buffer left: no room, and the next buffer tells the host */
    ck_assert_uint_eq(virtio_console_input_room(&con, 0), 0);
    calls = host[0].room_calls;
    offer(0, 0, 16, true);
    kick(0);
    ck_assert_int_gt(host[0].room_calls, calls);
    ck_assert_uint_eq(virtio_console_input_room(&con, 0), 16);
    /* the guest closes the port: input stops */
    driver_says(0, VIRTIO_CONSOLE_PORT_OPEN, 0);
    ck_assert_uint_eq(virtio_console_input_room(&con, 0), 0);
}
END_TEST

START_TEST(guest_output_goes_to_the_ports_host)
{
    handshake();
    offer(1, "hello", 5, false); /* port 0's transmitq */
    kick(1);
    offer(5, "port1", 5, false); /* port 1's transmitq (queue 2 + 2*1 + 1) */
    kick(5);
    ck_assert_uint_eq(host[0].out_len, 5);
    ck_assert_int_eq(memcmp(host[0].out, "hello", 5), 0);
    ck_assert_uint_eq(host[1].out_len, 5);
    ck_assert_int_eq(memcmp(host[1].out, "port1", 5), 0);
    unsigned slot;
    uint32_t len;
    ck_assert(next_used(1, &slot, &len));
    ck_assert_uint_eq(len, 0);
}
END_TEST

START_TEST(host_connect_and_disconnect_become_port_open)
{
    handshake();
    virtio_console_host_connected(&con, 1, false);
    device_said(1, VIRTIO_CONSOLE_PORT_OPEN, 0, 0);
    virtio_console_host_connected(&con, 1, true);
    device_said(1, VIRTIO_CONSOLE_PORT_OPEN, 1, 0);
    no_more_control();
}
END_TEST

START_TEST(emergency_write_reaches_port_0)
{
    con.vdev.config[8] = 'X';
    con.vdev.ops->config_written(&con.vdev, 8, 4);
    ck_assert_uint_eq(host[0].out_len, 1);
    ck_assert_int_eq(host[0].out[0], 'X');
}
END_TEST

START_TEST(events_for_missing_ports_are_logged_and_ignored)
{
    driver_says(2, VIRTIO_CONSOLE_PORT_READY, 1);
    driver_says(77, VIRTIO_CONSOLE_PORT_OPEN, 1);
    fflush(log_file);
    ck_assert_ptr_nonnull(strstr(log_text, "does not exist"));
    ck_assert_uint_eq(con.vdev.status & VIRTIO_STATUS_NEEDS_RESET, 0);
}
END_TEST

START_TEST(ports_are_numbered_as_qemu_numbers_them)
{
    struct virtio_console c;
    struct virtio_console_host h = {host_write, host_room, &host[2]};
    ck_assert_int_eq(virtio_console_init(&c, &ram), 0);
    ck_assert_int_eq(virtio_console_add_port(&c, false, "a", &h), 1); /* 0 is kept for a console */
    ck_assert_int_eq(virtio_console_add_port(&c, true, 0, &h), 0);
    ck_assert_int_eq(virtio_console_add_port(&c, true, 0, &h), -1);   /* one console */
    ck_assert_int_eq(virtio_console_add_port(&c, false, "b", &h), 2);
    ck_assert_int_eq(virtio_console_add_port(&c, false, "c", &h), -1); /* 3 ports: 8 queues */
    virtio_console_free(&c);
}
END_TEST

START_TEST(reset_forgets_the_guests_open_ports)
{
    handshake();
    driver_says(0, VIRTIO_CONSOLE_PORT_OPEN, 1);
    virtio_set_status(&con.vdev, 0);
    ck_assert(!con.port[0].guest_open);
    ck_assert_uint_eq(virtio_console_input_room(&con, 0), 0);
}
END_TEST

static Suite *virtio_console_suite(void)
{
    Suite *s = suite_create("virtio_console");
    TCase *tc = tcase_create("ports");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, config_and_features_as_the_spec_lays_them_out);
    tcase_add_test(tc, handshake_announces_ports_console_and_name);
    tcase_add_test(tc, control_messages_wait_for_the_drivers_buffers);
    tcase_add_test(tc, host_input_only_reaches_a_port_the_guest_opened);
    tcase_add_test(tc, guest_output_goes_to_the_ports_host);
    tcase_add_test(tc, host_connect_and_disconnect_become_port_open);
    tcase_add_test(tc, emergency_write_reaches_port_0);
    tcase_add_test(tc, events_for_missing_ports_are_logged_and_ignored);
    tcase_add_test(tc, ports_are_numbered_as_qemu_numbers_them);
    tcase_add_test(tc, reset_forgets_the_guests_open_ports);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(virtio_console_suite()); }
