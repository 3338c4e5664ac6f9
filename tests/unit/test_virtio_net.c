/*
 * virtio-net's RX and TX paths and configuration space, driven through
 * split virtqueues built by hand in a fake guest RAM, with a fake backend
 * that records the frames the guest sends. Expected values from the
 * Virtual I/O Device specification 1.2, 5.1: struct virtio_net_config
 * offsets (mac 0, status 6, max_virtqueue_pairs 8, mtu 10), feature bits
 * (CSUM 0, GUEST_CSUM 1, MTU 3, MAC 5, MRG_RXBUF 15, STATUS 16), struct
 * virtio_net_hdr (flags, gso_type, hdr_len, gso_size, csum_start,
 * csum_offset, num_buffers: 12 bytes, 10 without num_buffers for a legacy
 * driver without MRG_RXBUF), NEEDS_CSUM 1 / DATA_VALID 2; and 2.7 for the
 * rings (desc {addr, len, flags, next}; avail {flags, idx, ring[]}; used
 * {flags, idx, {id, len}[]}; USED_F_NO_NOTIFY 1).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_net.h"
#include "tests/unit/guest_ram.h"
#include "tests/unit/harness.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (4ull << 20)
#define QSIZE 16
/* each queue's rings: descriptors, avail, used */
#define DESC(q) (RAM_BASE + 0x10000ull * (q))
#define AVAIL(q) (DESC(q) + 0x1000)
#define USED(q) (DESC(q) + 0x2000)
#define BUF(q, n) (RAM_BASE + 0x100000 + 0x100000ull * (q) + 0x10000ull * (n))

static const uint8_t test_mac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};

static struct phys_space ps;
static struct virtio_net net;
static uint16_t avail_idx[2];
static int irq_raises;
static uint8_t sent[4][2048];
static size_t sent_len[4];
static unsigned sent_count;
static char *log_text;
static size_t log_size;
static FILE *log_file;

static void fake_send(void *opaque, const uint8_t *frame, size_t len)
{
    (void)opaque;
    ck_assert_uint_lt(sent_count, 4);
    ck_assert_uint_le(len, sizeof(sent[0]));
    memcpy(sent[sent_count], frame, len);
    sent_len[sent_count++] = len;
}

static void record_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    irq_raises += level;
}

static uint8_t *host(uint64_t pa) { return ps.ram + (pa - RAM_BASE); }

static void desc(unsigned q, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                 uint16_t next)
{
    guest_put_desc(&ps, DESC(q), i, addr, len, flags, next);
}

/* The driver makes chain `head` of queue q available. */
static void offer(unsigned q, uint16_t head)
{
    guest_put16(&ps, AVAIL(q) + 4 + 2 * (avail_idx[q] % QSIZE), head);
    guest_put16(&ps, AVAIL(q) + 2, ++avail_idx[q]);
}

/* An RX buffer: one writable descriptor `i` of `len` bytes at BUF(0, i). */
static void rx_buffer(unsigned i, uint32_t len)
{
    desc(VIRTIO_NET_RX_QUEUE, i, BUF(VIRTIO_NET_RX_QUEUE, i), len, 2, 0);
    offer(VIRTIO_NET_RX_QUEUE, (uint16_t)i);
}

static uint32_t used_id(unsigned q, unsigned n) { return guest_get32(&ps, USED(q) + 4 + 8 * n); }
static uint32_t used_len(unsigned q, unsigned n) { return guest_get32(&ps, USED(q) + 8 + 8 * n); }

/* The driver's set-up (3.1.1): features, the two queues, DRIVER_OK. */
static void start(uint64_t features, bool legacy)
{
    struct virtio_device *d = &net.vdev;
    d->legacy = legacy;
    d->driver_features = features;
    virtio_set_status(d, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
    virtio_set_status(d, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
                             VIRTIO_STATUS_FEATURES_OK);
    ck_assert(d->status & VIRTIO_STATUS_FEATURES_OK);
    for (unsigned q = 0; q < 2; q++)
        d->queue[q] = (struct virtq){.num = QSIZE, .ready = true, .desc = DESC(q),
                                     .avail = AVAIL(q), .used = USED(q)};
    virtio_set_status(d, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
                             VIRTIO_STATUS_FEATURES_OK | VIRTIO_STATUS_DRIVER_OK);
    ck_assert(virtio_running(d));
}

static const uint64_t modern = 1ull << VIRTIO_F_VERSION_1 | 1ull << VIRTIO_NET_F_MAC |
                               1ull << VIRTIO_NET_F_STATUS | 1ull << VIRTIO_NET_F_CSUM |
                               1ull << VIRTIO_NET_F_GUEST_CSUM;
static const uint64_t mergeable = 1ull << VIRTIO_NET_F_MRG_RXBUF;

static void setup(void)
{
    ck_assert_int_eq(phys_space_init(&ps, RAM_BASE, RAM_SIZE), 0);
    ck_assert_int_eq(virtio_net_init(&net, &ps, test_mac), 0);
    net.backend = (struct virtio_net_backend){fake_send, 0};
    net.vdev.irq = (struct irq_line){record_irq, 0, 0};
    log_file = open_memstream(&log_text, &log_size);
    net.vdev.guest_errors = log_file;
    avail_idx[0] = avail_idx[1] = 0;
    irq_raises = 0;
    sent_count = 0;
}

static void teardown(void)
{
    virtio_net_free(&net);
    phys_space_free(&ps);
    fclose(log_file);
    free(log_text);
    log_text = 0;
}

/* A frame of `len` bytes whose byte i is (i * 7 + seed) & 0xff. */
static void make_frame(uint8_t *frame, size_t len, unsigned seed)
{
    for (size_t i = 0; i < len; i++)
        frame[i] = (uint8_t)(i * 7 + seed);
}

START_TEST(config_space_has_the_spec_layout)
{
    struct virtio_device *d = &net.vdev;
    ck_assert_uint_eq(d->ops->device_id, 1);
    ck_assert_uint_eq(d->ops->queues, 2);
    ck_assert_uint_eq(d->config_size, 12);
    ck_assert_mem_eq(d->config + 0, test_mac, 6);
    uint16_t status, pairs, mtu;
    memcpy(&status, d->config + 6, 2);
    memcpy(&pairs, d->config + 8, 2);
    memcpy(&mtu, d->config + 10, 2);
    ck_assert_uint_eq(status, 1); /* VIRTIO_NET_S_LINK_UP */
    ck_assert_uint_eq(pairs, 1);
    ck_assert_uint_eq(mtu, 1500);
    uint64_t f = virtio_offered_features(d);
    ck_assert(f & (1ull << 0));  /* CSUM */
    ck_assert(f & (1ull << 1));  /* GUEST_CSUM */
    ck_assert(f & (1ull << 3));  /* MTU */
    ck_assert(f & (1ull << 5));  /* MAC */
    ck_assert(f & (1ull << 15)); /* MRG_RXBUF */
    ck_assert(f & (1ull << 16)); /* STATUS */
    ck_assert(!(f & (1ull << 11))); /* no HOST_TSO4: frames come segmented */
    ck_assert(!(f & (1ull << 22))); /* no CTRL_VQ */
}
END_TEST

START_TEST(link_down_changes_the_status_and_interrupts)
{
    start(modern, false);
    uint32_t generation = net.vdev.config_generation;
    virtio_net_set_link(&net, false);
    uint16_t status;
    memcpy(&status, net.vdev.config + 6, 2);
    ck_assert_uint_eq(status, 0);
    ck_assert_uint_gt(net.vdev.config_generation, generation);
    ck_assert(net.vdev.interrupt_status & VIRTIO_INT_CONFIG_CHANGE);
    rx_buffer(0, 2048);
    uint8_t frame[64] = {0};
    virtio_net_receive(&net, frame, sizeof(frame));
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 0); /* a pulled cable delivers nothing */
}
END_TEST

/*
 * A 1000-byte frame into 512-byte mergeable buffers: the 12-byte header and
 * 500 bytes fill the first, the other 500 the second; num_buffers is 2 and
 * the third buffer is left for the next frame.
 */
START_TEST(a_mergeable_frame_spans_buffers_and_counts_them)
{
    start(modern | mergeable, false);
    rx_buffer(0, 512);
    rx_buffer(1, 512);
    rx_buffer(2, 512);
    uint8_t frame[1000];
    make_frame(frame, sizeof(frame), 3);
    virtio_net_receive(&net, frame, sizeof(frame));
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 2);
    ck_assert_uint_eq(used_id(0, 0), 0);
    ck_assert_uint_eq(used_len(0, 0), 512);
    ck_assert_uint_eq(used_id(0, 1), 1);
    ck_assert_uint_eq(used_len(0, 1), 500);
    const uint8_t *h = host(BUF(0, 0));
    ck_assert_uint_eq(h[0], 2); /* flags: DATA_VALID (GUEST_CSUM was taken) */
    ck_assert_uint_eq(h[1], 0); /* gso_type NONE */
    ck_assert_uint_eq(h[10] | h[11] << 8, 2); /* num_buffers */
    ck_assert_mem_eq(h + 12, frame, 500);
    ck_assert_mem_eq(host(BUF(0, 1)), frame + 500, 500);
    ck_assert_int_gt(irq_raises, 0);
    ck_assert_uint_eq(net.rx_frames, 1);
    /* the next frame starts in the third buffer */
    uint8_t small[60];
    make_frame(small, sizeof(small), 9);
    virtio_net_receive(&net, small, sizeof(small));
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 3);
    ck_assert_uint_eq(used_id(0, 2), 2);
    ck_assert_uint_eq(used_len(0, 2), 72);
    ck_assert_uint_eq(host(BUF(0, 2))[10], 1);
    ck_assert_mem_eq(host(BUF(0, 2)) + 12, small, sizeof(small));
}
END_TEST

/* Too few buffers for a mergeable frame: nothing is used, the frame waits for more. */
START_TEST(a_frame_waits_until_the_driver_adds_buffers)
{
    start(modern | mergeable, false);
    rx_buffer(0, 256);
    uint8_t frame[600];
    make_frame(frame, sizeof(frame), 1);
    virtio_net_receive(&net, frame, sizeof(frame));
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 0);
    ck_assert_uint_eq(net.backlog_count, 1);
    ck_assert_uint_eq(guest_get16(&ps, USED(0)) & 1, 0); /* kicks wanted while a frame waits */
    rx_buffer(1, 256);
    rx_buffer(2, 256);
    net.vdev.ops->queue_notify(&net.vdev, VIRTIO_NET_RX_QUEUE);
    ck_assert_uint_eq(net.backlog_count, 0);
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 3);
    ck_assert_uint_eq(used_len(0, 0), 256);
    ck_assert_uint_eq(used_len(0, 1), 256);
    ck_assert_uint_eq(used_len(0, 2), 612 - 512);
    ck_assert_uint_eq(host(BUF(0, 0))[10], 3);
    ck_assert_mem_eq(host(BUF(0, 0)) + 12, frame, 244);
    ck_assert_mem_eq(host(BUF(0, 1)), frame + 244, 256);
    ck_assert_mem_eq(host(BUF(0, 2)), frame + 500, 100);
    ck_assert_uint_eq(guest_get16(&ps, USED(0)) & 1, 1); /* nothing waits: no kicks for refills */
}
END_TEST

/* Frames keep their order through the backlog; beyond its size they are dropped. */
START_TEST(the_backlog_keeps_order_and_is_bounded)
{
    start(modern | mergeable, false);
    uint8_t frame[64];
    for (unsigned i = 0; i < VIRTIO_NET_RX_BACKLOG + 5; i++) {
        make_frame(frame, sizeof(frame), i);
        virtio_net_receive(&net, frame, sizeof(frame));
    }
    ck_assert_uint_eq(net.backlog_count, VIRTIO_NET_RX_BACKLOG);
    ck_assert_uint_eq(net.rx_dropped, 5);
    for (unsigned i = 0; i < 3; i++)
        rx_buffer(i, 128);
    net.vdev.ops->queue_notify(&net.vdev, VIRTIO_NET_RX_QUEUE);
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 3);
    for (unsigned i = 0; i < 3; i++) {
        make_frame(frame, sizeof(frame), i);
        ck_assert_mem_eq(host(BUF(0, i)) + 12, frame, sizeof(frame));
    }
    ck_assert_uint_eq(net.backlog_count, VIRTIO_NET_RX_BACKLOG - 3);
    /* a reset forgets what was held */
    virtio_set_status(&net.vdev, 0);
    ck_assert_uint_eq(net.backlog_count, 0);
}
END_TEST

/* A legacy driver without MRG_RXBUF: a 10-byte header and one buffer per frame. */
START_TEST(a_legacy_driver_gets_the_short_header)
{
    start(1ull << VIRTIO_NET_F_MAC, true);
    rx_buffer(0, 1600);
    uint8_t frame[100];
    make_frame(frame, sizeof(frame), 5);
    virtio_net_receive(&net, frame, sizeof(frame));
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 1);
    ck_assert_uint_eq(used_len(0, 0), 110);
    ck_assert_uint_eq(host(BUF(0, 0))[0], 0); /* no GUEST_CSUM: no DATA_VALID */
    ck_assert_mem_eq(host(BUF(0, 0)) + 10, frame, sizeof(frame));
    /* a buffer too small for the frame stays for one that fits */
    rx_buffer(1, 50);
    virtio_net_receive(&net, frame, sizeof(frame));
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 1);
    ck_assert_uint_eq(net.rx_dropped, 1);
    ck_assert(virtio_running(&net.vdev));
}
END_TEST

/* An RX chain with nothing to write into breaks the protocol: NEEDS_RESET. */
START_TEST(a_read_only_rx_buffer_breaks_the_device)
{
    start(modern | mergeable, false);
    desc(0, 0, BUF(0, 0), 512, 0, 0);
    offer(0, 0);
    uint8_t frame[64] = {0};
    virtio_net_receive(&net, frame, sizeof(frame));
    ck_assert(net.vdev.status & VIRTIO_STATUS_NEEDS_RESET);
    fflush(log_file);
    ck_assert_ptr_nonnull(strstr(log_text, "no device-writable part"));
}
END_TEST

/*
 * A UDP datagram from 10.0.2.15:0x1234 to 10.0.2.2:80 with two payload
 * bytes ab cd, its checksum left partial (NEEDS_CSUM, csum_start 34 =
 * 14 + 20, csum_offset 6): the field holds the pseudo-header's sum,
 *   0a00 + 020f + 0a00 + 0202 + 0011 (UDP) + 000a (length) = 182c.
 * The card sums from csum_start over the header and payload:
 *   1234 + 0050 + 000a + 182c + abcd = d687, complemented 2978.
 */
START_TEST(tx_completes_a_partial_checksum)
{
    start(modern | mergeable, false);
    static const uint8_t packet[44] = {
        /* Ethernet: dst, src, IPv4 */
        0x52, 0x55, 0x0a, 0x00, 0x02, 0x02, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 0x08, 0x00,
        /* IPv4: 20 bytes, total 30, DF, TTL 64, UDP, 10.0.2.15 -> 10.0.2.2 */
        0x45, 0x00, 0x00, 0x1e, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00,
        0x0a, 0x00, 0x02, 0x0f, 0x0a, 0x00, 0x02, 0x02,
        /* UDP: ports 0x1234 -> 80, length 10, partial checksum 182c; payload */
        0x12, 0x34, 0x00, 0x50, 0x00, 0x0a, 0x18, 0x2c, 0xab, 0xcd};
    struct virtio_net_hdr h = {.flags = VIRTIO_NET_HDR_F_NEEDS_CSUM, .csum_start = 34,
                               .csum_offset = 6};
    /* header and frame in separate descriptors, the frame itself split in two */
    ck_assert(phys_dma_write(&ps, BUF(1, 0), &h, 12));
    ck_assert(phys_dma_write(&ps, BUF(1, 1), packet, 20));
    ck_assert(phys_dma_write(&ps, BUF(1, 2), packet + 20, sizeof(packet) - 20));
    desc(1, 0, BUF(1, 0), 12, 1, 1);
    desc(1, 1, BUF(1, 1), 20, 1, 2);
    desc(1, 2, BUF(1, 2), sizeof(packet) - 20, 0, 0);
    offer(1, 0);
    net.vdev.ops->queue_notify(&net.vdev, VIRTIO_NET_TX_QUEUE);
    ck_assert_uint_eq(sent_count, 1);
    ck_assert_uint_eq(sent_len[0], sizeof(packet));
    ck_assert_uint_eq(sent[0][40], 0x29);
    ck_assert_uint_eq(sent[0][41], 0x78);
    ck_assert_mem_eq(sent[0], packet, 40);
    ck_assert_mem_eq(sent[0] + 42, packet + 42, 2);
    ck_assert_uint_eq(guest_get16(&ps, USED(1) + 2), 1);
    ck_assert_uint_eq(used_len(1, 0), 0);
    ck_assert_int_gt(irq_raises, 0);
    ck_assert_uint_eq(guest_get16(&ps, USED(1)) & 1, 0); /* kicks on again after the queue is drained */
}
END_TEST

/* Frames the guest got wrong are completed and dropped, the device keeps working. */
START_TEST(bad_tx_frames_are_dropped_with_a_log_line)
{
    start(modern | mergeable, false);
    uint8_t buf[64] = {0};
    struct virtio_net_hdr h = {0};
    memcpy(buf, &h, 12);
    ck_assert(phys_dma_write(&ps, BUF(1, 0), buf, sizeof(buf)));
    desc(1, 0, BUF(1, 0), 12 + 13, 0, 0); /* a 13-byte frame: shorter than Ethernet's header */
    offer(1, 0);
    h.gso_type = 1; /* TCPv4 segmentation, never offered */
    ck_assert(phys_dma_write(&ps, BUF(1, 1), &h, 12));
    desc(1, 1, BUF(1, 1), 12 + 60, 0, 0);
    offer(1, 1);
    h = (struct virtio_net_hdr){.flags = VIRTIO_NET_HDR_F_NEEDS_CSUM, .csum_start = 50,
                                .csum_offset = 9};
    ck_assert(phys_dma_write(&ps, BUF(1, 2), &h, 12));
    desc(1, 2, BUF(1, 2), 12 + 60, 0, 0); /* checksum field at 59..60: past the end */
    offer(1, 2);
    desc(1, 3, BUF(1, 3), 8, 0, 0); /* shorter than the header */
    offer(1, 3);
    net.vdev.ops->queue_notify(&net.vdev, VIRTIO_NET_TX_QUEUE);
    ck_assert_uint_eq(sent_count, 0);
    ck_assert_uint_eq(net.tx_errors, 4);
    ck_assert_uint_eq(guest_get16(&ps, USED(1) + 2), 4);
    ck_assert(virtio_running(&net.vdev));
    fflush(log_file);
    ck_assert_ptr_nonnull(strstr(log_text, "gso_type 1"));
    ck_assert_ptr_nonnull(strstr(log_text, "outside the 60-byte frame"));
    /* a good frame after them still goes out */
    h = (struct virtio_net_hdr){0};
    ck_assert(phys_dma_write(&ps, BUF(1, 4), &h, 12));
    desc(1, 4, BUF(1, 4), 12 + 60, 0, 0);
    offer(1, 4);
    net.vdev.ops->queue_notify(&net.vdev, VIRTIO_NET_TX_QUEUE);
    ck_assert_uint_eq(sent_count, 1);
    ck_assert_uint_eq(sent_len[0], 60);
}
END_TEST

/* The backend answering at once (slirp replies to ARP inside slirp_input) lands in RX. */
static void echo_send(void *opaque, const uint8_t *frame, size_t len)
{
    (void)opaque;
    virtio_net_receive(&net, frame, len);
}

START_TEST(a_reply_during_tx_reaches_rx)
{
    start(modern | mergeable, false);
    net.backend.send = echo_send;
    rx_buffer(0, 1526);
    uint8_t frame[60];
    make_frame(frame, sizeof(frame), 2);
    struct virtio_net_hdr h = {0};
    ck_assert(phys_dma_write(&ps, BUF(1, 0), &h, 12));
    ck_assert(phys_dma_write(&ps, BUF(1, 0) + 12, frame, sizeof(frame)));
    desc(1, 0, BUF(1, 0), 12 + sizeof(frame), 0, 0);
    offer(1, 0);
    net.vdev.ops->queue_notify(&net.vdev, VIRTIO_NET_TX_QUEUE);
    ck_assert_uint_eq(guest_get16(&ps, USED(0) + 2), 1);
    ck_assert_mem_eq(host(BUF(0, 0)) + 12, frame, sizeof(frame));
    ck_assert_uint_eq(guest_get16(&ps, USED(1) + 2), 1);
}
END_TEST

static Suite *virtio_net_suite(void)
{
    Suite *s = suite_create("virtio_net");
    TCase *tc = tcase_create("device");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, config_space_has_the_spec_layout);
    tcase_add_test(tc, link_down_changes_the_status_and_interrupts);
    tcase_add_test(tc, a_mergeable_frame_spans_buffers_and_counts_them);
    tcase_add_test(tc, a_frame_waits_until_the_driver_adds_buffers);
    tcase_add_test(tc, the_backlog_keeps_order_and_is_bounded);
    tcase_add_test(tc, a_legacy_driver_gets_the_short_header);
    tcase_add_test(tc, a_read_only_rx_buffer_breaks_the_device);
    tcase_add_test(tc, tx_completes_a_partial_checksum);
    tcase_add_test(tc, bad_tx_frames_are_dropped_with_a_log_line);
    tcase_add_test(tc, a_reply_during_tx_reaches_rx);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(virtio_net_suite()); }
