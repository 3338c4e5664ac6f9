/*
 * virtio-blk's request parser and configuration space, driven through a
 * split virtqueue built by hand in a fake guest RAM, with a fake backend
 * (an in-memory disk whose jobs wait until the test finishes them).
 * Expected values from the Virtual I/O Device specification 1.2, 5.2:
 * struct virtio_blk_config offsets (capacity 0, size_max 8, seg_max 12,
 * blk_size 20, topology 24.., max_discard_sectors 36, max_discard_seg 40,
 * discard_sector_alignment 44, max_write_zeroes_sectors 48, _seg 52,
 * write_zeroes_may_unmap 56), request types (IN 0, OUT 1, FLUSH 4, GET_ID 8,
 * DISCARD 11, WRITE_ZEROES 13), status values (OK 0, IOERR 1, UNSUPP 2),
 * the 20-byte GET_ID string, and 2.7 for the ring layout.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_blk.h"
#include "tests/unit/harness.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (4ull << 20)
#define QSIZE 64
#define DESC_TABLE RAM_BASE
#define AVAIL_RING (RAM_BASE + 0x1000)
#define USED_RING (RAM_BASE + 0x2000)
#define HEADER(n) (RAM_BASE + 0x10000 + (uint64_t)(n) * 0x40)
#define STATUS(n) (RAM_BASE + 0x18000 + (uint64_t)(n))
#define DATA(n) (RAM_BASE + 0x100000 + (uint64_t)(n) * 0x2000)
#define SECTORS 64

static struct phys_space ps;
static struct virtio_blk blk;
static uint8_t disk[SECTORS * 512];
static struct virtio_blk_job *queued[128];
static unsigned nqueued, drains;
static bool irq_level;
static int irq_raises;
static uint16_t avail_idx;
static char *log_text;
static size_t log_size;
static FILE *log_file;

/* ---- the fake backend ---- */

static void fake_submit(void *opaque, struct virtio_blk_job *job)
{
    (void)opaque;
    ck_assert_uint_lt(nqueued, 128);
    queued[nqueued++] = job;
}

static void fake_drain(void *opaque)
{
    (void)opaque;
    drains++;
}

static void do_io(struct virtio_blk_job *job)
{
    uint64_t at = job->offset;
    ck_assert(job->offset + job->length <= sizeof(disk));
    for (unsigned i = 0; i < job->iovcnt; i++) {
        if (job->op == VIRTIO_BLK_OP_READ)
            memcpy(job->iov[i].iov_base, disk + at, job->iov[i].iov_len);
        else if (job->op == VIRTIO_BLK_OP_WRITE)
            memcpy(disk + at, job->iov[i].iov_base, job->iov[i].iov_len);
        at += job->iov[i].iov_len;
    }
    if (job->op == VIRTIO_BLK_OP_WRITE_ZEROES || job->op == VIRTIO_BLK_OP_DISCARD)
        memset(disk + job->offset, 0, job->length);
}

/* Finishes every queued job (I/O done, `result` given) in one completion batch. */
static void finish_jobs(int result)
{
    struct virtio_blk_job *list = 0;
    for (unsigned i = nqueued; i-- > 0;) {
        if (result == 0)
            do_io(queued[i]);
        queued[i]->result = result;
        queued[i]->next = list;
        list = queued[i];
    }
    nqueued = 0;
    virtio_blk_complete(&blk, list);
}

static void record_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    irq_raises += level && !irq_level;
    irq_level = level;
}

/* ---- the driver's side of the ring ---- */

static void *ram(uint64_t pa, uint64_t len)
{
    void *p = phys_ram_range(&ps, pa, len);
    ck_assert_ptr_nonnull(p);
    return p;
}

static void put_desc(unsigned i, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next)
{
    uint8_t *d = ram(DESC_TABLE + 16ull * i, 16);
    memcpy(d, &addr, 8);
    memcpy(d + 8, &len, 4);
    memcpy(d + 12, &flags, 2);
    memcpy(d + 14, &next, 2);
}

static void post(uint16_t head)
{
    uint16_t *ring = ram(AVAIL_RING, 4 + 2 * QSIZE);
    ring[2 + avail_idx % QSIZE] = head;
    avail_idx++;
    ring[1] = avail_idx;
}

static uint16_t used_idx(void) { return ((uint16_t *)ram(USED_RING, 4))[1]; }

static void used_elem(unsigned n, uint32_t *id, uint32_t *len)
{
    uint32_t *e = ram(USED_RING + 4 + 8ull * (n % QSIZE), 8);
    *id = e[0];
    *len = e[1];
}

static void put_header(unsigned n, uint32_t type, uint64_t sector)
{
    uint8_t *h = ram(HEADER(n), 16);
    memset(h, 0, 16);
    memcpy(h, &type, 4);
    memcpy(h + 8, &sector, 8);
}

static uint8_t status_of(unsigned n) { return *(uint8_t *)ram(STATUS(n), 1); }

/*
 * Request n as three descriptors from 3n: header, data (readable for OUT
 * and the range requests, writable for IN and GET_ID), status.
 */
static void request(unsigned n, uint32_t type, uint64_t sector, uint32_t data_len, bool data_in)
{
    unsigned d = 3 * n;
    put_header(n, type, sector);
    *(uint8_t *)ram(STATUS(n), 1) = 0xee;
    put_desc(d, HEADER(n), 16, VIRTQ_DESC_F_NEXT, (uint16_t)(d + 1));
    put_desc(d + 1, DATA(n), data_len, VIRTQ_DESC_F_NEXT | (data_in ? VIRTQ_DESC_F_WRITE : 0),
             (uint16_t)(d + 2));
    put_desc(d + 2, STATUS(n), 1, VIRTQ_DESC_F_WRITE, 0);
    post((uint16_t)d);
}

/* The same with no data descriptor (FLUSH). */
static void request_no_data(unsigned n, uint32_t type)
{
    unsigned d = 3 * n;
    put_header(n, type, 0);
    *(uint8_t *)ram(STATUS(n), 1) = 0xee;
    put_desc(d, HEADER(n), 16, VIRTQ_DESC_F_NEXT, (uint16_t)(d + 1));
    put_desc(d + 1, STATUS(n), 1, VIRTQ_DESC_F_WRITE, 0);
    post((uint16_t)d);
}

static void put_range(unsigned n, uint64_t sector, uint32_t count, uint32_t flags)
{
    uint8_t *r = ram(DATA(n), 16);
    memcpy(r, &sector, 8);
    memcpy(r + 8, &count, 4);
    memcpy(r + 12, &flags, 4);
}

static void kick(void) { virtio_queue_kicked(&blk.vdev, 0); }

static const char *guest_log(void)
{
    fflush(log_file);
    return log_text ? log_text : "";
}

/* A device as a driver leaves it after set-up: features accepted, queue 0 live, DRIVER_OK. */
static void make_device(const struct virtio_blk_setup *setup)
{
    ck_assert_int_eq(phys_space_init(&ps, RAM_BASE, RAM_SIZE), 0);
    ck_assert_int_eq(virtio_blk_init(&blk, &ps, setup,
                                     (struct virtio_blk_backend){fake_submit, fake_drain, 0}),
                     0);
    for (unsigned i = 0; i < sizeof(disk); i++)
        disk[i] = (uint8_t)(i * 7 + i / 512);
    nqueued = drains = 0;
    irq_level = false;
    irq_raises = 0;
    avail_idx = 0;
    log_text = 0;
    log_size = 0;
    log_file = open_memstream(&log_text, &log_size);
    struct virtio_device *d = &blk.vdev;
    d->guest_errors = log_file;
    d->irq = (struct irq_line){record_irq, 0, 0};
    d->driver_features = virtio_offered_features(d) & ~(1ull << VIRTIO_F_RING_EVENT_IDX);
    d->status = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK |
                VIRTIO_STATUS_DRIVER_OK;
    d->queue[0] = (struct virtq){.num = QSIZE, .ready = true, .desc = DESC_TABLE,
                                 .avail = AVAIL_RING, .used = USED_RING};
}

static void setup(void) { make_device(&(struct virtio_blk_setup){.sectors = SECTORS, .discard = true}); }

static void teardown(void)
{
    virtio_blk_free(&blk);
    phys_space_free(&ps);
    fclose(log_file);
    free(log_text);
}

static uint32_t config32(unsigned offset)
{
    uint32_t v;
    memcpy(&v, blk.vdev.config + offset, 4);
    return v;
}

/* ---- configuration and features ---- */

START_TEST(config_space_as_the_spec_lays_it_out)
{
    struct virtio_device *d = &blk.vdev;
    ck_assert_uint_eq(d->ops->device_id, 2);
    ck_assert_uint_eq(d->ops->queues, 1);
    ck_assert_uint_eq(d->config_size, 60);
    uint64_t capacity;
    memcpy(&capacity, d->config + 0, 8);
    ck_assert_uint_eq(capacity, SECTORS);
    ck_assert_uint_eq(config32(8), VIRTIO_BLK_SIZE_MAX);
    ck_assert_uint_eq(config32(12), d->ops->queue_size_max - 2); /* seg_max, as QEMU's */
    ck_assert_uint_eq(config32(20), 512);                        /* blk_size */
    ck_assert_uint_eq(d->config[24], 3);                         /* physical_block_exp: 4 KiB */
    ck_assert_uint_eq(config32(36), 0x3fffff);                   /* max_discard_sectors */
    ck_assert_uint_eq(config32(40), 1);                          /* max_discard_seg */
    ck_assert_uint_eq(config32(44), 8);                          /* discard_sector_alignment */
    ck_assert_uint_eq(config32(48), 0x3fffff);                   /* max_write_zeroes_sectors */
    ck_assert_uint_eq(config32(52), 1);                          /* max_write_zeroes_seg */
    ck_assert_uint_eq(d->config[56], 1);                         /* write_zeroes_may_unmap */
    uint64_t f = d->device_features;
    /* SIZE_MAX 1, SEG_MAX 2, BLK_SIZE 6, FLUSH 9, TOPOLOGY 10, DISCARD 13, WRITE_ZEROES 14 */
    ck_assert_uint_eq(f, 1u << 1 | 1u << 2 | 1u << 6 | 1u << 9 | 1u << 10 | 1u << 13 | 1u << 14);
}
END_TEST

START_TEST(readonly_offers_ro_and_discard_ignore_offers_no_discard)
{
    teardown();
    make_device(&(struct virtio_blk_setup){.sectors = 8, .readonly = true});
    ck_assert(blk.vdev.device_features & 1u << 5);    /* RO */
    ck_assert(!(blk.vdev.device_features & 1u << 13)); /* no DISCARD */
    ck_assert(blk.vdev.device_features & 1u << 14);   /* WRITE_ZEROES (refused: IOERR) */
    ck_assert_uint_eq(blk.vdev.config[56], 0);
}
END_TEST

/* ---- reads, writes, flush ---- */

START_TEST(read_completes_later_with_the_data_and_an_interrupt)
{
    request(0, VIRTIO_BLK_T_IN, 2, 1024, true);
    kick();
    /* handed to the backend: nothing is used yet, the vCPU goes on */
    ck_assert_uint_eq(nqueued, 1);
    ck_assert_uint_eq(used_idx(), 0);
    ck_assert_int_eq(irq_raises, 0);
    ck_assert_int_eq(queued[0]->op, VIRTIO_BLK_OP_READ);
    ck_assert_uint_eq(queued[0]->offset, 1024);
    ck_assert_uint_eq(queued[0]->length, 1024);
    ck_assert_uint_eq(queued[0]->iovcnt, 1);
    finish_jobs(0);
    ck_assert_uint_eq(used_idx(), 1);
    uint32_t id, len;
    used_elem(0, &id, &len);
    ck_assert_uint_eq(id, 0);
    ck_assert_uint_eq(len, 1025); /* the data and the status byte */
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_OK);
    ck_assert_mem_eq(ram(DATA(0), 1024), disk + 1024, 1024);
    ck_assert_int_eq(irq_raises, 1);
    ck_assert_uint_eq(blk.busy, 0);
}
END_TEST

START_TEST(write_with_header_and_data_in_one_descriptor)
{
    /* VERSION_1 implies ANY_LAYOUT: the framing is the driver's choice */
    uint8_t *buf = ram(DATA(0), 16 + 512);
    put_header(0, VIRTIO_BLK_T_OUT, 5);
    memcpy(buf, ram(HEADER(0), 16), 16);
    for (int i = 0; i < 512; i++)
        buf[16 + i] = (uint8_t)(0xa5 ^ i);
    put_desc(0, DATA(0), 16 + 512, VIRTQ_DESC_F_NEXT, 1);
    put_desc(1, STATUS(0), 1, VIRTQ_DESC_F_WRITE, 0);
    post(0);
    kick();
    ck_assert_uint_eq(nqueued, 1);
    ck_assert_int_eq(queued[0]->op, VIRTIO_BLK_OP_WRITE);
    ck_assert_uint_eq(queued[0]->offset, 5 * 512);
    ck_assert_uint_eq(queued[0]->length, 512);
    ck_assert_ptr_eq(queued[0]->iov[0].iov_base, buf + 16);
    finish_jobs(0);
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_OK);
    ck_assert_mem_eq(disk + 5 * 512, buf + 16, 512);
    uint32_t id, len;
    used_elem(0, &id, &len);
    ck_assert_uint_eq(len, 1); /* only the status was written */
}
END_TEST

START_TEST(read_into_segments_with_the_status_after_the_last_data_byte)
{
    /* three writable descriptors: 512 + 1000, then 24 + status in one */
    put_header(0, VIRTIO_BLK_T_IN, 0);
    put_desc(0, HEADER(0), 16, VIRTQ_DESC_F_NEXT, 1);
    put_desc(1, DATA(0), 512, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 2);
    put_desc(2, DATA(1), 1000, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 3);
    put_desc(3, DATA(2), 25, VIRTQ_DESC_F_WRITE, 0);
    post(0);
    kick();
    ck_assert_uint_eq(nqueued, 1);
    ck_assert_uint_eq(queued[0]->length, 1536);
    ck_assert_uint_eq(queued[0]->iovcnt, 3);
    ck_assert_uint_eq(queued[0]->iov[2].iov_len, 24);
    finish_jobs(0);
    uint8_t *status = ram(DATA(2) + 24, 1);
    ck_assert_uint_eq(*status, VIRTIO_BLK_S_OK);
    ck_assert_mem_eq(ram(DATA(1), 1000), disk + 512, 1000);
    ck_assert_mem_eq(ram(DATA(2), 24), disk + 1512, 24);
}
END_TEST

START_TEST(flush_goes_to_the_backend)
{
    request_no_data(0, VIRTIO_BLK_T_FLUSH);
    kick();
    ck_assert_uint_eq(nqueued, 1);
    ck_assert_int_eq(queued[0]->op, VIRTIO_BLK_OP_FLUSH);
    finish_jobs(0);
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_OK);
}
END_TEST

START_TEST(host_error_is_ioerr)
{
    request(0, VIRTIO_BLK_T_OUT, 0, 512, false);
    kick();
    finish_jobs(-5); /* EIO */
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_IOERR);
}
END_TEST

START_TEST(zero_length_read_needs_no_backend)
{
    put_header(0, VIRTIO_BLK_T_IN, 3);
    put_desc(0, HEADER(0), 16, VIRTQ_DESC_F_NEXT, 1);
    put_desc(1, STATUS(0), 1, VIRTQ_DESC_F_WRITE, 0);
    post(0);
    kick();
    ck_assert_uint_eq(nqueued, 0);
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_OK);
    ck_assert_uint_eq(used_idx(), 1);
}
END_TEST

/* ---- GET_ID ---- */

START_TEST(get_id_returns_the_serial_zero_padded_to_20_bytes)
{
    teardown();
    make_device(&(struct virtio_blk_setup){.sectors = SECTORS, .serial = "ferry-0001"});
    memset(ram(DATA(0), 20), 0xff, 20);
    request(0, VIRTIO_BLK_T_GET_ID, 0, 20, true);
    kick();
    ck_assert_uint_eq(nqueued, 0);
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_OK);
    static const uint8_t want[20] = "ferry-0001";
    ck_assert_mem_eq(ram(DATA(0), 20), want, 20);
    ck_assert_int_eq(irq_raises, 1);
}
END_TEST

START_TEST(get_id_of_a_long_serial_is_its_first_20_bytes_unterminated)
{
    teardown();
    make_device(&(struct virtio_blk_setup){.sectors = SECTORS,
                                           .serial = "0123456789abcdefghijKLMNOP"});
    request(0, VIRTIO_BLK_T_GET_ID, 0, 20, true);
    kick();
    ck_assert_mem_eq(ram(DATA(0), 20), "0123456789abcdefghij", 20);
}
END_TEST

/* ---- bad requests ---- */

START_TEST(range_past_the_end_is_ioerr_and_logged)
{
    request(0, VIRTIO_BLK_T_IN, SECTORS - 1, 1024, true);
    request(1, VIRTIO_BLK_T_OUT, UINT64_MAX, 512, false); /* sector + count wraps */
    kick();
    ck_assert_uint_eq(nqueued, 0);
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_IOERR);
    ck_assert_uint_eq(status_of(1), VIRTIO_BLK_S_IOERR);
    ck_assert_ptr_nonnull(strstr(guest_log(), "past the end"));
    ck_assert_uint_eq(used_idx(), 2);
}
END_TEST

START_TEST(data_not_a_multiple_of_512_is_ioerr)
{
    request(0, VIRTIO_BLK_T_IN, 0, 700, true);
    kick();
    ck_assert_uint_eq(nqueued, 0);
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_IOERR);
    ck_assert_ptr_nonnull(strstr(guest_log(), "virtio-blk"));
}
END_TEST

START_TEST(unknown_types_are_unsupp)
{
    request(0, 2, 0, 512, true);                         /* legacy SCSI_CMD */
    request(1, VIRTIO_BLK_T_GET_LIFETIME, 0, 16, true);
    request(2, VIRTIO_BLK_T_SECURE_ERASE, 0, 16, false);
    request(3, 0x1234, 0, 512, true);
    kick();
    ck_assert_uint_eq(nqueued, 0);
    for (unsigned n = 0; n < 4; n++)
        ck_assert_uint_eq(status_of(n), VIRTIO_BLK_S_UNSUPP);
    ck_assert_ptr_nonnull(strstr(guest_log(), "request type 4660"));
}
END_TEST

START_TEST(short_header_is_ioerr)
{
    put_desc(0, HEADER(0), 8, VIRTQ_DESC_F_NEXT, 1);
    put_desc(1, STATUS(0), 1, VIRTQ_DESC_F_WRITE, 0);
    post(0);
    kick();
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_IOERR);
    ck_assert_ptr_nonnull(strstr(guest_log(), "header of 8 bytes"));
}
END_TEST

START_TEST(no_status_byte_breaks_the_device)
{
    put_header(0, VIRTIO_BLK_T_OUT, 0);
    put_desc(0, HEADER(0), 16, VIRTQ_DESC_F_NEXT, 1);
    put_desc(1, DATA(0), 512, 0, 0);
    post(0);
    kick();
    ck_assert(blk.vdev.status & VIRTIO_STATUS_NEEDS_RESET);
    ck_assert_uint_eq(used_idx(), 0);
    ck_assert_uint_eq(nqueued, 0);
    ck_assert_uint_eq(blk.busy, 0);
}
END_TEST

START_TEST(chain_outside_ram_breaks_the_device)
{
    put_header(0, VIRTIO_BLK_T_IN, 0);
    put_desc(0, HEADER(0), 16, VIRTQ_DESC_F_NEXT, 1);
    put_desc(1, RAM_BASE + RAM_SIZE - 256, 512, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 2);
    put_desc(2, STATUS(0), 1, VIRTQ_DESC_F_WRITE, 0);
    post(0);
    kick();
    ck_assert(blk.vdev.status & VIRTIO_STATUS_NEEDS_RESET);
    ck_assert_uint_eq(used_idx(), 0);
    ck_assert_ptr_nonnull(strstr(guest_log(), "not in guest RAM"));
}
END_TEST

/* ---- read-only ---- */

START_TEST(readonly_fails_writes_and_serves_reads)
{
    teardown();
    make_device(&(struct virtio_blk_setup){.sectors = SECTORS, .readonly = true});
    request(0, VIRTIO_BLK_T_OUT, 0, 512, false);
    request(1, VIRTIO_BLK_T_WRITE_ZEROES, 0, 16, false);
    put_range(1, 0, 1, 0);
    request(2, VIRTIO_BLK_T_IN, 0, 512, true);
    request_no_data(3, VIRTIO_BLK_T_FLUSH);
    kick();
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_IOERR);
    ck_assert_uint_eq(status_of(1), VIRTIO_BLK_S_IOERR);
    ck_assert_uint_eq(nqueued, 2); /* the read and the flush */
    finish_jobs(0);
    ck_assert_uint_eq(status_of(2), VIRTIO_BLK_S_OK);
    ck_assert_uint_eq(status_of(3), VIRTIO_BLK_S_OK);
}
END_TEST

/* ---- discard and write zeroes ---- */

START_TEST(discard_and_write_zeroes_become_jobs)
{
    put_range(0, 8, 16, 0);
    request(0, VIRTIO_BLK_T_DISCARD, 0, 16, false);
    put_range(1, 32, 8, VIRTIO_BLK_WRITE_ZEROES_FLAG_UNMAP);
    request(1, VIRTIO_BLK_T_WRITE_ZEROES, 0, 16, false);
    put_range(2, 40, 8, 0);
    request(2, VIRTIO_BLK_T_WRITE_ZEROES, 0, 16, false);
    kick();
    ck_assert_uint_eq(nqueued, 3);
    ck_assert_int_eq(queued[0]->op, VIRTIO_BLK_OP_DISCARD);
    ck_assert_uint_eq(queued[0]->offset, 8 * 512);
    ck_assert_uint_eq(queued[0]->length, 16 * 512);
    ck_assert_int_eq(queued[1]->op, VIRTIO_BLK_OP_WRITE_ZEROES);
    ck_assert(queued[1]->unmap);
    ck_assert_uint_eq(queued[1]->offset, 32 * 512);
    ck_assert(!queued[2]->unmap);
    finish_jobs(0);
    for (unsigned n = 0; n < 3; n++)
        ck_assert_uint_eq(status_of(n), VIRTIO_BLK_S_OK);
    static const uint8_t zeros[8 * 512];
    ck_assert_mem_eq(disk + 32 * 512, zeros, sizeof(zeros));
}
END_TEST

START_TEST(bad_ranges_are_refused)
{
    put_range(0, 0, 1, 1); /* UNMAP is a write-zeroes flag only */
    request(0, VIRTIO_BLK_T_DISCARD, 0, 16, false);
    put_range(1, 0, 1, 2); /* reserved flag */
    request(1, VIRTIO_BLK_T_WRITE_ZEROES, 0, 16, false);
    put_range(2, 0, 1, 0);
    put_range(3, 0, 1, 0);
    request(2, VIRTIO_BLK_T_DISCARD, 0, 32, false); /* two ranges: max_discard_seg is 1 */
    put_range(3, SECTORS - 4, 8, 0);
    request(3, VIRTIO_BLK_T_DISCARD, 0, 16, false); /* past the end */
    put_range(4, 0, 0x400000, 0);
    request(4, VIRTIO_BLK_T_WRITE_ZEROES, 0, 16, false); /* more than max_write_zeroes_sectors */
    request(5, VIRTIO_BLK_T_DISCARD, 0, 12, false);      /* not a whole range */
    kick();
    ck_assert_uint_eq(nqueued, 0);
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_UNSUPP);
    ck_assert_uint_eq(status_of(1), VIRTIO_BLK_S_UNSUPP);
    ck_assert_uint_eq(status_of(2), VIRTIO_BLK_S_UNSUPP);
    ck_assert_uint_eq(status_of(3), VIRTIO_BLK_S_IOERR);
    ck_assert_uint_eq(status_of(4), VIRTIO_BLK_S_IOERR);
    ck_assert_uint_eq(status_of(5), VIRTIO_BLK_S_IOERR);
}
END_TEST

START_TEST(discard_not_offered_is_unsupp)
{
    teardown();
    make_device(&(struct virtio_blk_setup){.sectors = SECTORS});
    put_range(0, 0, 8, 0);
    request(0, VIRTIO_BLK_T_DISCARD, 0, 16, false);
    put_range(1, 0, 8, VIRTIO_BLK_WRITE_ZEROES_FLAG_UNMAP);
    request(1, VIRTIO_BLK_T_WRITE_ZEROES, 0, 16, false);
    kick();
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_UNSUPP);
    ck_assert_uint_eq(nqueued, 1);
    ck_assert(!queued[0]->unmap); /* may_unmap was not offered: zeroed in place */
}
END_TEST

/* ---- many in flight, reset, legacy ---- */

START_TEST(more_requests_than_slots_wait_in_the_ring)
{
    unsigned n = 20; /* 20 chains of 3 descriptors fit a 64-entry queue */
    for (unsigned i = 0; i < n; i++)
        request(i, VIRTIO_BLK_T_IN, i, 512, true);
    kick();
    ck_assert_uint_eq(nqueued, n);
    finish_jobs(0);
    ck_assert_uint_eq(used_idx(), n);
    /* then more than VIRTIO_BLK_MAX_INFLIGHT, reusing the descriptors as they come back */
    unsigned total = 0;
    for (unsigned round = 0; round < 3; round++) {
        for (unsigned i = 0; i < n; i++)
            request(i, VIRTIO_BLK_T_IN, i, 512, true);
        kick();
        total += n;
        if (nqueued == VIRTIO_BLK_MAX_INFLIGHT)
            break;
        ck_assert_uint_lt(nqueued, VIRTIO_BLK_MAX_INFLIGHT);
    }
    ck_assert_uint_eq(nqueued, VIRTIO_BLK_MAX_INFLIGHT);
    ck_assert(blk.starved);
    finish_jobs(0); /* frees slots: the waiting chains start */
    ck_assert_uint_eq(nqueued, total - VIRTIO_BLK_MAX_INFLIGHT);
    finish_jobs(0);
    ck_assert_uint_eq(used_idx(), n + total);
    ck_assert_uint_eq(blk.busy, 0);
}
END_TEST

START_TEST(reset_waits_for_the_backend_and_drops_old_completions)
{
    request(0, VIRTIO_BLK_T_IN, 0, 512, true);
    request(1, VIRTIO_BLK_T_OUT, 1, 512, false);
    kick();
    ck_assert_uint_eq(nqueued, 2);
    virtio_set_status(&blk.vdev, 0);
    ck_assert_uint_eq(drains, 1);
    finish_jobs(0);
    /* the reset queue is not touched: nothing used, no interrupt, slots back */
    ck_assert_uint_eq(used_idx(), 0);
    ck_assert_uint_eq(status_of(0), 0xee);
    ck_assert_int_eq(irq_raises, 0);
    ck_assert_uint_eq(blk.busy, 0);
}
END_TEST

START_TEST(legacy_barrier_bit_is_ignored)
{
    blk.vdev.legacy = true;
    request(0, VIRTIO_BLK_T_OUT | VIRTIO_BLK_T_BARRIER, 0, 512, false);
    kick();
    ck_assert_uint_eq(nqueued, 1);
    ck_assert_int_eq(queued[0]->op, VIRTIO_BLK_OP_WRITE);
    finish_jobs(0);
    ck_assert_uint_eq(status_of(0), VIRTIO_BLK_S_OK);
}
END_TEST

static Suite *virtio_blk_suite(void)
{
    Suite *s = suite_create("virtio_blk");
    TCase *tc = tcase_create("requests");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, config_space_as_the_spec_lays_it_out);
    tcase_add_test(tc, readonly_offers_ro_and_discard_ignore_offers_no_discard);
    tcase_add_test(tc, read_completes_later_with_the_data_and_an_interrupt);
    tcase_add_test(tc, write_with_header_and_data_in_one_descriptor);
    tcase_add_test(tc, read_into_segments_with_the_status_after_the_last_data_byte);
    tcase_add_test(tc, flush_goes_to_the_backend);
    tcase_add_test(tc, host_error_is_ioerr);
    tcase_add_test(tc, zero_length_read_needs_no_backend);
    tcase_add_test(tc, get_id_returns_the_serial_zero_padded_to_20_bytes);
    tcase_add_test(tc, get_id_of_a_long_serial_is_its_first_20_bytes_unterminated);
    tcase_add_test(tc, range_past_the_end_is_ioerr_and_logged);
    tcase_add_test(tc, data_not_a_multiple_of_512_is_ioerr);
    tcase_add_test(tc, unknown_types_are_unsupp);
    tcase_add_test(tc, short_header_is_ioerr);
    tcase_add_test(tc, no_status_byte_breaks_the_device);
    tcase_add_test(tc, chain_outside_ram_breaks_the_device);
    tcase_add_test(tc, readonly_fails_writes_and_serves_reads);
    tcase_add_test(tc, discard_and_write_zeroes_become_jobs);
    tcase_add_test(tc, bad_ranges_are_refused);
    tcase_add_test(tc, discard_not_offered_is_unsupp);
    tcase_add_test(tc, more_requests_than_slots_wait_in_the_ring);
    tcase_add_test(tc, reset_waits_for_the_backend_and_drops_old_completions);
    tcase_add_test(tc, legacy_barrier_bit_is_ignored);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(virtio_blk_suite()); }
