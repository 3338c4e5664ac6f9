/*
 * virtio-gpu-device driven through fake split virtqueues in a small guest
 * RAM, as Linux's virtio-gpu driver drives it. Expected values from the
 * Virtual I/O Device specification 1.2, 5.7: device id 16; feature EDID
 * bit 1; config events_read @0, events_clear @4, num_scanouts @8,
 * num_capsets @12; controlq 0, cursorq 1; commands 0x100.. (2D), 0x300..
 * (cursor); responses OK_NODATA 0x1100, OK_DISPLAY_INFO 0x1101, OK_EDID
 * 0x1104, ERR_UNSPEC 0x1200, ERR_OUT_OF_MEMORY 0x1201,
 * ERR_INVALID_SCANOUT_ID 0x1202, ERR_INVALID_RESOURCE_ID 0x1203,
 * ERR_INVALID_PARAMETER 0x1205; FLAG_FENCE 1. QEMU's default mode 1280x800.
 */
#include <check.h>
#include <errno.h>
#include <linux/virtio_gpu.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_gpu.h"
#include "tests/unit/guest_ram.h"
#include "tests/unit/harness.h"

#define RAM_BASE 0x40000000ull
#define RAM_SIZE (16ull << 20)
#define NUM 8
#define Q_BASE(q) (RAM_BASE + 0x1000 + (uint64_t)(q) * 0x3000)
#define REQ (RAM_BASE + 0x10000)   /* the request buffer (64 KiB) */
#define RESP (RAM_BASE + 0x20000)  /* the response buffer (4 KiB) */
#define BACKING (RAM_BASE + 0x100000)

static struct phys_space ram;
static struct virtio_gpu gpu;
static uint16_t avail_count[2], used_seen[2];
static int irq_raises;
static char *log_text;
static size_t log_size;
static FILE *log_file;

/* What the display listener heard. */
static int surface_calls, dirty_calls;
static bool surface_shown;
static struct display_surface last_surface;
static uint32_t dirty_rect[4];

static void on_surface(void *opaque, unsigned scanout, const struct display_surface *s)
{
    (void)opaque;
    ck_assert_uint_eq(scanout, 0);
    surface_calls++;
    surface_shown = s != 0;
    if (s)
        last_surface = *s;
}

static void on_dirty(void *opaque, unsigned scanout, uint32_t x, uint32_t y, uint32_t w, uint32_t h)
{
    (void)opaque;
    ck_assert_uint_eq(scanout, 0);
    dirty_calls++;
    dirty_rect[0] = x, dirty_rect[1] = y, dirty_rect[2] = w, dirty_rect[3] = h;
}

static void record_irq(void *opaque, unsigned line, bool level)
{
    (void)opaque;
    (void)line;
    irq_raises += level;
}

static void put(uint64_t pa, const void *v, size_t n) { ck_assert(phys_dma_write(&ram, pa, v, n)); }
static void get(uint64_t pa, void *v, size_t n) { ck_assert(phys_dma_read(&ram, pa, v, n)); }

/*
 * Posts a chain on queue q: req (len bytes, readable), then resp_len
 * writable bytes at RESP (none if 0); kicks; returns the used length.
 */
static uint32_t post(unsigned q, const void *req, uint32_t len, uint32_t resp_len)
{
    put(REQ, req, len);
    guest_put_desc(&ram, Q_BASE(q), 0, REQ, len, resp_len ? VIRTQ_DESC_F_NEXT : 0, 1);
    guest_put_desc(&ram, Q_BASE(q), 1, RESP, resp_len, VIRTQ_DESC_F_WRITE, 0);
    guest_put16(&ram, Q_BASE(q) + 0x1000 + 4 + 2 * (avail_count[q] % NUM), 0);
    avail_count[q]++;
    guest_put16(&ram, Q_BASE(q) + 0x1000 + 2, avail_count[q]);
    virtio_queue_kicked(&gpu.vdev, q);
    ck_assert_uint_eq(guest_get16(&ram, Q_BASE(q) + 0x2000 + 2), (uint16_t)(used_seen[q] + 1));
    uint32_t used = guest_get32(&ram, Q_BASE(q) + 0x2000 + 4 + 8ull * (used_seen[q] % NUM) + 4);
    used_seen[q]++;
    return used;
}

/* A control command with a header-sized response: the response type. */
static uint32_t control(const void *req, uint32_t len)
{
    ck_assert_uint_eq(post(0, req, len, sizeof(struct virtio_gpu_ctrl_hdr)),
                      sizeof(struct virtio_gpu_ctrl_hdr));
    struct virtio_gpu_ctrl_hdr h;
    get(RESP, &h, sizeof(h));
    return h.type;
}

static bool logged(const char *text)
{
    fflush(log_file);
    return log_text && strstr(log_text, text);
}

static void start(const struct virtio_gpu_options *opt)
{
    ck_assert_int_eq(virtio_gpu_init(&gpu, &ram, opt), 0);
    struct virtio_device *d = &gpu.vdev;
    d->guest_errors = log_file;
    d->irq = (struct irq_line){record_irq, 0, 0};
    guest_driver_ready(d, 2, NUM, Q_BASE(0));
    virtio_gpu_set_listener(&gpu, &(struct display_listener){on_surface, on_dirty, 0});
}

static void setup(void)
{
    ck_assert_int_eq(phys_space_init(&ram, RAM_BASE, RAM_SIZE), 0);
    memset(avail_count, 0, sizeof(avail_count));
    memset(used_seen, 0, sizeof(used_seen));
    irq_raises = surface_calls = dirty_calls = 0;
    surface_shown = false;
    log_text = 0;
    log_file = open_memstream(&log_text, &log_size);
    start(&(struct virtio_gpu_options){.edid = true});
}

static void teardown(void)
{
    virtio_gpu_free(&gpu);
    fclose(log_file);
    free(log_text);
    phys_space_free(&ram);
}

/* ---- the driver's commands ---- */

static uint32_t create(uint32_t id, uint32_t format, uint32_t w, uint32_t h)
{
    struct virtio_gpu_resource_create_2d c = {
        .hdr.type = VIRTIO_GPU_CMD_RESOURCE_CREATE_2D, .resource_id = id, .format = format,
        .width = w, .height = h};
    return control(&c, sizeof(c));
}

/* ATTACH_BACKING with n entries {addr[i], len[i]}. */
static uint32_t attach(uint32_t id, unsigned n, const uint64_t *addr, const uint32_t *len)
{
    uint8_t buf[sizeof(struct virtio_gpu_resource_attach_backing) +
                8 * sizeof(struct virtio_gpu_mem_entry)];
    ck_assert_uint_le(n, 8);
    struct virtio_gpu_resource_attach_backing c = {
        .hdr.type = VIRTIO_GPU_CMD_RESOURCE_ATTACH_BACKING, .resource_id = id, .nr_entries = n};
    memcpy(buf, &c, sizeof(c));
    for (unsigned i = 0; i < n; i++) {
        struct virtio_gpu_mem_entry e = {.addr = addr[i], .length = len[i]};
        memcpy(buf + sizeof(c) + i * sizeof(e), &e, sizeof(e));
    }
    return control(buf, (uint32_t)(sizeof(c) + n * sizeof(struct virtio_gpu_mem_entry)));
}

static uint32_t attach_one(uint32_t id, uint64_t addr, uint32_t len)
{
    return attach(id, 1, &addr, &len);
}

static uint32_t transfer(uint32_t id, uint32_t x, uint32_t y, uint32_t w, uint32_t h,
                         uint64_t offset)
{
    struct virtio_gpu_transfer_to_host_2d c = {
        .hdr.type = VIRTIO_GPU_CMD_TRANSFER_TO_HOST_2D, .r = {x, y, w, h}, .offset = offset,
        .resource_id = id};
    return control(&c, sizeof(c));
}

static uint32_t scanout(uint32_t scanout_id, uint32_t id, uint32_t x, uint32_t y, uint32_t w,
                        uint32_t h)
{
    struct virtio_gpu_set_scanout c = {.hdr.type = VIRTIO_GPU_CMD_SET_SCANOUT,
                                       .r = {x, y, w, h}, .scanout_id = scanout_id,
                                       .resource_id = id};
    return control(&c, sizeof(c));
}

static uint32_t flush(uint32_t id, uint32_t x, uint32_t y, uint32_t w, uint32_t h)
{
    struct virtio_gpu_resource_flush c = {.hdr.type = VIRTIO_GPU_CMD_RESOURCE_FLUSH,
                                          .r = {x, y, w, h}, .resource_id = id};
    return control(&c, sizeof(c));
}

static uint32_t simple(uint32_t type, uint32_t id)
{
    struct virtio_gpu_resource_unref c = {.hdr.type = type, .resource_id = id};
    return control(&c, sizeof(c));
}

/* Fills the backing at BACKING with pixel (x, y) = 0x00yyxx11-ish bytes: B=x G=y R=0x11. */
static void fill_backing(uint32_t w, uint32_t h)
{
    for (uint32_t y = 0; y < h; y++)
        for (uint32_t x = 0; x < w; x++) {
            uint8_t p[4] = {(uint8_t)x, (uint8_t)y, 0x11, 0};
            put(BACKING + ((uint64_t)y * w + x) * 4, p, 4);
        }
}

/* A w x h B8G8R8X8 resource 1 with its backing filled, all of it transferred and shown. */
static void show(uint32_t w, uint32_t h)
{
    fill_backing(w, h);
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, w, h), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(attach_one(1, BACKING, w * h * 4), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(transfer(1, 0, 0, w, h, 0), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(scanout(0, 1, 0, 0, w, h), VIRTIO_GPU_RESP_OK_NODATA);
}

/* ---- tests ---- */

START_TEST(config_and_features_as_the_spec_lays_them_out)
{
    struct virtio_device *d = &gpu.vdev;
    ck_assert_uint_eq(d->ops->device_id, 16);
    ck_assert_uint_eq(d->ops->queues, 2);
    ck_assert_uint_eq(d->config_size, 16);
    uint32_t v;
    memcpy(&v, d->config + 8, 4);
    ck_assert_uint_eq(v, 1); /* num_scanouts */
    memcpy(&v, d->config + 12, 4);
    ck_assert_uint_eq(v, 0); /* num_capsets: 2D only */
    ck_assert(d->device_features & (1ull << VIRTIO_GPU_F_EDID));
    virtio_gpu_free(&gpu);
    start(&(struct virtio_gpu_options){.edid = false, .max_outputs = 4});
    ck_assert(!(gpu.vdev.device_features & (1ull << VIRTIO_GPU_F_EDID)));
    memcpy(&v, gpu.vdev.config + 8, 4);
    ck_assert_uint_eq(v, 4);
    virtio_gpu_free(&gpu);
    struct virtio_gpu bad;
    ck_assert_int_eq(virtio_gpu_init(&bad, &ram, &(struct virtio_gpu_options){.max_outputs = 17}),
                     -EINVAL);
    virtio_gpu_free(&bad);
    start(&(struct virtio_gpu_options){.edid = true});
}
END_TEST

START_TEST(display_info_offers_qemus_default_mode_on_output_0)
{
    struct virtio_gpu_ctrl_hdr c = {.type = VIRTIO_GPU_CMD_GET_DISPLAY_INFO};
    struct virtio_gpu_resp_display_info info;
    ck_assert_uint_eq(post(0, &c, sizeof(c), sizeof(info)), sizeof(info));
    get(RESP, &info, sizeof(info));
    ck_assert_uint_eq(info.hdr.type, VIRTIO_GPU_RESP_OK_DISPLAY_INFO);
    ck_assert_uint_eq(info.pmodes[0].r.width, 1280);
    ck_assert_uint_eq(info.pmodes[0].r.height, 800);
    ck_assert_uint_eq(info.pmodes[0].enabled, 1);
    ck_assert_uint_eq(info.pmodes[1].enabled, 0);
    virtio_gpu_free(&gpu);
    start(&(struct virtio_gpu_options){.xres = 720, .yres = 1440});
    ck_assert_uint_eq(post(0, &c, sizeof(c), sizeof(info)), sizeof(info));
    get(RESP, &info, sizeof(info));
    ck_assert_uint_eq(info.pmodes[0].r.width, 720);
    ck_assert_uint_eq(info.pmodes[0].r.height, 1440);
}
END_TEST

START_TEST(a_transferred_and_flushed_resource_is_what_the_display_shows)
{
    show(64, 32);
    ck_assert_int_eq(surface_calls, 1);
    ck_assert(surface_shown);
    ck_assert_uint_eq(last_surface.width, 64);
    ck_assert_uint_eq(last_surface.height, 32);
    ck_assert_uint_eq(last_surface.stride, 256);
    ck_assert_uint_eq(display_surface_rgb(&last_surface, 5, 7), 0x110705);
    ck_assert_uint_eq(flush(1, 8, 4, 16, 2), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_int_eq(dirty_calls, 1);
    ck_assert_uint_eq(dirty_rect[0], 8);
    ck_assert_uint_eq(dirty_rect[1], 4);
    ck_assert_uint_eq(dirty_rect[2], 16);
    ck_assert_uint_eq(dirty_rect[3], 2);
    struct display_surface s;
    ck_assert(virtio_gpu_surface(&gpu, 0, &s));
    ck_assert_uint_eq(display_surface_rgb(&s, 63, 31), 0x111f3f);
    ck_assert(!virtio_gpu_surface(&gpu, 1, &s));
    ck_assert_int_eq(irq_raises > 0, 1);
}
END_TEST

START_TEST(a_partial_transfer_copies_only_its_rectangle_row_by_row)
{
    fill_backing(16, 8);
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 16, 8), VIRTIO_GPU_RESP_OK_NODATA);
    /* the backing in two pieces, split mid-row */
    uint64_t addr[2] = {BACKING, BACKING + 100};
    uint32_t len[2] = {100, 16 * 8 * 4 - 100};
    ck_assert_uint_eq(attach(1, 2, addr, len), VIRTIO_GPU_RESP_OK_NODATA);
    /* Linux's offset: the rectangle's first pixel in the backing */
    ck_assert_uint_eq(transfer(1, 3, 2, 4, 3, (2 * 16 + 3) * 4), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(scanout(0, 1, 0, 0, 16, 8), VIRTIO_GPU_RESP_OK_NODATA);
    struct display_surface s;
    ck_assert(virtio_gpu_surface(&gpu, 0, &s));
    ck_assert_uint_eq(display_surface_rgb(&s, 3, 2), 0x110203);
    ck_assert_uint_eq(display_surface_rgb(&s, 6, 4), 0x110406);
    ck_assert_uint_eq(display_surface_rgb(&s, 7, 4), 0); /* outside the rectangle */
    ck_assert_uint_eq(display_surface_rgb(&s, 3, 5), 0);
    ck_assert_uint_eq(display_surface_rgb(&s, 2, 2), 0);
}
END_TEST

START_TEST(formats_linux_uses_say_where_each_channel_is)
{
    static const struct {
        uint32_t format;
        uint32_t rgb; /* of bytes {0x01, 0x02, 0x03, 0x04} */
    } cases[] = {
        {VIRTIO_GPU_FORMAT_B8G8R8A8_UNORM, 0x030201}, {VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 0x030201},
        {VIRTIO_GPU_FORMAT_A8R8G8B8_UNORM, 0x020304}, {VIRTIO_GPU_FORMAT_X8R8G8B8_UNORM, 0x020304},
        {VIRTIO_GPU_FORMAT_R8G8B8A8_UNORM, 0x010203}, {VIRTIO_GPU_FORMAT_X8B8G8R8_UNORM, 0x040302},
        {VIRTIO_GPU_FORMAT_A8B8G8R8_UNORM, 0x040302}, {VIRTIO_GPU_FORMAT_R8G8B8X8_UNORM, 0x010203},
    };
    uint8_t p[4] = {1, 2, 3, 4};
    put(BACKING, p, 4);
    for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        uint32_t id = 10 + i;
        ck_assert_uint_eq(create(id, cases[i].format, 1, 1), VIRTIO_GPU_RESP_OK_NODATA);
        ck_assert_uint_eq(attach_one(id, BACKING, 4), VIRTIO_GPU_RESP_OK_NODATA);
        ck_assert_uint_eq(transfer(id, 0, 0, 1, 1, 0), VIRTIO_GPU_RESP_OK_NODATA);
        ck_assert_uint_eq(scanout(0, id, 0, 0, 1, 1), VIRTIO_GPU_RESP_OK_NODATA);
        struct display_surface s;
        ck_assert(virtio_gpu_surface(&gpu, 0, &s));
        ck_assert_uint_eq(display_surface_rgb(&s, 0, 0), cases[i].rgb);
    }
    ck_assert_uint_eq(create(99, 5, 1, 1), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert(logged("unknown format"));
}
END_TEST

START_TEST(create_refuses_bad_ids_and_sizes)
{
    ck_assert_uint_eq(create(0, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4, 4),
                      VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    ck_assert(logged("RESOURCE_CREATE_2D: resource id 0"));
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4, 4), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4, 4),
                      VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    ck_assert_uint_eq(create(2, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 0, 4),
                      VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(create(2, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4, 0),
                      VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(create(2, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 0xffffffff, 0xffffffff),
                      VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(create(2, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 16385, 1),
                      VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert(logged("bad size"));
}
END_TEST

START_TEST(the_host_memory_budget_caps_what_a_guest_can_allocate)
{
    /* 16384 x 4096 x 4 is the whole 256 MiB: with its bookkeeping it does not fit */
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 16384, 4096),
                      VIRTIO_GPU_RESP_ERR_OUT_OF_MEMORY);
    ck_assert(logged("host memory budget spent"));
    ck_assert_uint_eq(gpu.hostmem, 0);
    /* two of 96 MiB fit, a third does not; freeing one makes room again */
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4096, 6144),
                      VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(create(2, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4096, 6144),
                      VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(create(3, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4096, 6144),
                      VIRTIO_GPU_RESP_ERR_OUT_OF_MEMORY);
    ck_assert_uint_le(gpu.hostmem, VIRTIO_GPU_HOSTMEM_MAX);
    ck_assert_uint_eq(simple(VIRTIO_GPU_CMD_RESOURCE_UNREF, 1), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(create(3, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4096, 6144),
                      VIRTIO_GPU_RESP_OK_NODATA);
    /* a reset gives everything back */
    virtio_set_status(&gpu.vdev, 0);
    ck_assert_uint_eq(gpu.hostmem, 0);
    ck_assert_uint_eq(gpu.resource_count, 0);
}
END_TEST

START_TEST(too_many_resources_are_refused)
{
    for (uint32_t id = 1; id <= VIRTIO_GPU_MAX_RESOURCES; id++)
        ck_assert_uint_eq(create(id, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 1, 1),
                          VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(create(VIRTIO_GPU_MAX_RESOURCES + 1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 1, 1),
                      VIRTIO_GPU_RESP_ERR_OUT_OF_MEMORY);
    ck_assert(logged("too many resources"));
}
END_TEST

START_TEST(backing_entries_must_be_guest_ram)
{
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 4, 4), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(attach_one(2, BACKING, 64), VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    ck_assert_uint_eq(attach_one(1, RAM_BASE - 4096, 64), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert(logged("entry is not guest RAM"));
    ck_assert_uint_eq(attach_one(1, RAM_BASE + RAM_SIZE - 32, 64), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert_uint_eq(attach_one(1, 0xfffffffffffff000ull, 0x2000), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert_uint_eq(attach_one(1, BACKING, 0), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert_uint_eq(attach(1, 0, 0, 0), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert(logged("bad entry count"));
    ck_assert_uint_eq(gpu.hostmem, 64 + sizeof(struct virtio_gpu_resource)); /* nothing leaked */
    /* entries promised past the request's end */
    struct virtio_gpu_resource_attach_backing c = {
        .hdr.type = VIRTIO_GPU_CMD_RESOURCE_ATTACH_BACKING, .resource_id = 1, .nr_entries = 3};
    ck_assert_uint_eq(control(&c, sizeof(c)), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert(logged("entries past the request's end"));
    c.nr_entries = VIRTIO_GPU_MAX_BACKING_ENTRIES + 1;
    ck_assert_uint_eq(control(&c, sizeof(c)), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    /* once attached, a second attach is refused until detached */
    ck_assert_uint_eq(attach_one(1, BACKING, 64), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(attach_one(1, BACKING, 64), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert(logged("backing already attached"));
    ck_assert_uint_eq(simple(VIRTIO_GPU_CMD_RESOURCE_DETACH_BACKING, 1), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(simple(VIRTIO_GPU_CMD_RESOURCE_DETACH_BACKING, 1), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert(logged("no backing attached"));
    ck_assert_uint_eq(simple(VIRTIO_GPU_CMD_RESOURCE_DETACH_BACKING, 7),
                      VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    ck_assert_uint_eq(attach_one(1, BACKING, 64), VIRTIO_GPU_RESP_OK_NODATA);
}
END_TEST

START_TEST(transfers_stay_inside_the_resource_and_the_backing)
{
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 16, 8), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(transfer(1, 0, 0, 16, 8, 0), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert(logged("resource has no backing"));
    ck_assert_uint_eq(transfer(2, 0, 0, 16, 8, 0), VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    ck_assert_uint_eq(attach_one(1, BACKING, 16 * 8 * 4 - 4), VIRTIO_GPU_RESP_OK_NODATA);
    /* the last pixel's source is one pixel past the backing */
    ck_assert_uint_eq(transfer(1, 0, 0, 16, 8, 0), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert(logged("source past the end of the backing"));
    ck_assert_uint_eq(transfer(1, 0, 0, 16, 7, 0), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(transfer(1, 0, 0, 1, 1, 0xfffffffffffffff0ull),
                      VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    /* rectangles past the resource, including ones whose end wraps around */
    ck_assert_uint_eq(transfer(1, 15, 0, 2, 1, 0), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(transfer(1, 0, 7, 1, 2, 0), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(transfer(1, 0xffffffff, 0, 2, 1, 0), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(transfer(1, 0, 0xfffffff0, 1, 0x20, 0), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert(logged("rectangle outside the resource"));
    ck_assert_uint_eq(transfer(1, 16, 8, 0, 0, 0), VIRTIO_GPU_RESP_OK_NODATA); /* empty: nothing */
}
END_TEST

START_TEST(set_scanout_checks_the_output_the_resource_and_the_rectangle)
{
    ck_assert_uint_eq(create(1, VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 16, 8), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(scanout(1, 1, 0, 0, 16, 8), VIRTIO_GPU_RESP_ERR_INVALID_SCANOUT_ID);
    ck_assert(logged("SET_SCANOUT: no such scanout"));
    ck_assert_uint_eq(scanout(0, 2, 0, 0, 16, 8), VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    ck_assert_uint_eq(scanout(0, 1, 0, 0, 17, 8), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(scanout(0, 1, 0, 0, 0, 8), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(scanout(0, 1, 0xfffffff8, 0, 16, 8), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_int_eq(surface_calls, 0);
    /* a sub-rectangle: the surface starts at its corner */
    ck_assert_uint_eq(scanout(0, 1, 4, 2, 8, 4), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert(surface_shown);
    ck_assert_uint_eq(last_surface.width, 8);
    ck_assert_uint_eq(last_surface.height, 4);
    ck_assert_uint_eq(flush(1, 0, 0, 6, 3), VIRTIO_GPU_RESP_OK_NODATA); /* clipped to it */
    ck_assert_int_eq(dirty_calls, 1);
    ck_assert_uint_eq(dirty_rect[0], 0);
    ck_assert_uint_eq(dirty_rect[1], 0);
    ck_assert_uint_eq(dirty_rect[2], 2);
    ck_assert_uint_eq(dirty_rect[3], 1);
    ck_assert_uint_eq(flush(1, 0, 0, 4, 2), VIRTIO_GPU_RESP_OK_NODATA); /* outside what is shown */
    ck_assert_int_eq(dirty_calls, 1);
    ck_assert_uint_eq(flush(1, 0, 0, 17, 2), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    ck_assert_uint_eq(flush(3, 0, 0, 1, 1), VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    /* resource 0 switches the output off */
    ck_assert_uint_eq(scanout(0, 0, 0, 0, 0, 0), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert(!surface_shown);
    struct display_surface s;
    ck_assert(!virtio_gpu_surface(&gpu, 0, &s));
}
END_TEST

START_TEST(unref_of_a_shown_resource_darkens_its_output)
{
    show(8, 8);
    ck_assert(surface_shown);
    ck_assert_uint_eq(simple(VIRTIO_GPU_CMD_RESOURCE_UNREF, 2), VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    ck_assert(logged("RESOURCE_UNREF: no such resource"));
    ck_assert_uint_eq(simple(VIRTIO_GPU_CMD_RESOURCE_UNREF, 1), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert(!surface_shown);
    ck_assert_uint_eq(gpu.hostmem, 0);
    ck_assert_uint_eq(simple(VIRTIO_GPU_CMD_RESOURCE_UNREF, 1), VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
}
END_TEST

START_TEST(a_fenced_command_is_answered_with_its_fence)
{
    struct virtio_gpu_resource_create_2d c = {
        .hdr = {.type = VIRTIO_GPU_CMD_RESOURCE_CREATE_2D, .flags = VIRTIO_GPU_FLAG_FENCE,
                .fence_id = 0x123456789abull, .ctx_id = 5},
        .resource_id = 1, .format = VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, .width = 1, .height = 1};
    ck_assert_uint_eq(control(&c, sizeof(c)), VIRTIO_GPU_RESP_OK_NODATA);
    struct virtio_gpu_ctrl_hdr h;
    get(RESP, &h, sizeof(h));
    ck_assert_uint_eq(h.flags, VIRTIO_GPU_FLAG_FENCE);
    ck_assert_uint_eq(h.fence_id, 0x123456789abull);
    ck_assert_uint_eq(h.ctx_id, 5);
    c.hdr.flags = 0; /* unfenced: no fence in the answer (and an error answer all the same) */
    ck_assert_uint_eq(control(&c, sizeof(c)), VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID);
    get(RESP, &h, sizeof(h));
    ck_assert_uint_eq(h.flags, 0);
    ck_assert_uint_eq(h.fence_id, 0);
}
END_TEST

START_TEST(malformed_requests_get_errors_not_crashes)
{
    struct virtio_gpu_ctrl_hdr h = {.type = 0x1ff};
    ck_assert_uint_eq(control(&h, sizeof(h)), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert(logged("unknown command"));
    h.type = VIRTIO_GPU_CMD_GET_CAPSET_INFO; /* 3D: not offered */
    ck_assert_uint_eq(control(&h, sizeof(h)), VIRTIO_GPU_RESP_ERR_UNSPEC);
    h.type = VIRTIO_GPU_CMD_RESOURCE_CREATE_2D; /* the header alone */
    ck_assert_uint_eq(control(&h, sizeof(h)), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert(logged("command too short"));
    /* shorter than a header: the buffer comes back unanswered */
    ck_assert_uint_eq(post(0, &h, 8, sizeof(h)), 0);
    ck_assert(logged("no command header"));
    /* a response buffer too small for display info gets what fits */
    h.type = VIRTIO_GPU_CMD_GET_DISPLAY_INFO;
    ck_assert_uint_eq(post(0, &h, sizeof(h), 32), 32);
    ck_assert(logged("cut to the 32-byte buffer"));
    ck_assert_uint_eq(post(0, &h, sizeof(h), 0), 0);
    ck_assert(virtio_running(&gpu.vdev));
}
END_TEST

START_TEST(the_cursor_queue_moves_and_updates_the_cursor)
{
    ck_assert_uint_eq(create(5, VIRTIO_GPU_FORMAT_B8G8R8A8_UNORM, 64, 64), VIRTIO_GPU_RESP_OK_NODATA);
    struct virtio_gpu_update_cursor c = {.hdr.type = VIRTIO_GPU_CMD_UPDATE_CURSOR,
                                         .pos = {0, 100, 200, 0}, .resource_id = 5, .hot_x = 3,
                                         .hot_y = 4};
    ck_assert_uint_eq(post(1, &c, sizeof(c), 0), 0);
    ck_assert_uint_eq(gpu.cursor.resource_id, 5);
    ck_assert_uint_eq(gpu.cursor.x, 100);
    ck_assert_uint_eq(gpu.cursor.y, 200);
    ck_assert_uint_eq(gpu.cursor.hot_x, 3);
    c.hdr.type = VIRTIO_GPU_CMD_MOVE_CURSOR;
    c.pos.x = 7;
    c.resource_id = 0; /* a move leaves the image alone */
    ck_assert_uint_eq(post(1, &c, sizeof(c), 0), 0);
    ck_assert_uint_eq(gpu.cursor.x, 7);
    ck_assert_uint_eq(gpu.cursor.resource_id, 5);
    c.pos.scanout_id = 3;
    post(1, &c, sizeof(c), 0);
    ck_assert(logged("cursor queue: no such scanout"));
    ck_assert_uint_eq(gpu.cursor.x, 7);
    c.pos.scanout_id = 0;
    c.hdr.type = VIRTIO_GPU_CMD_UPDATE_CURSOR;
    c.resource_id = 9;
    post(1, &c, sizeof(c), 0);
    ck_assert(logged("UPDATE_CURSOR: no such resource"));
    c.hdr.type = VIRTIO_GPU_CMD_RESOURCE_FLUSH;
    post(1, &c, sizeof(c), 0);
    ck_assert(logged("cursor queue: unknown command"));
    post(1, &c, 24, 0);
    ck_assert(logged("cursor queue: command too short"));
    /* unref of the cursor's image hides it */
    ck_assert_uint_eq(simple(VIRTIO_GPU_CMD_RESOURCE_UNREF, 5), VIRTIO_GPU_RESP_OK_NODATA);
    ck_assert_uint_eq(gpu.cursor.resource_id, 0);
}
END_TEST

START_TEST(a_host_resize_becomes_a_display_event)
{
    int before = irq_raises;
    virtio_gpu_set_output_size(&gpu, 0, 1024, 768);
    uint32_t events;
    memcpy(&events, gpu.vdev.config, 4);
    ck_assert_uint_eq(events, VIRTIO_GPU_EVENT_DISPLAY);
    ck_assert(gpu.vdev.interrupt_status & VIRTIO_INT_CONFIG_CHANGE);
    ck_assert_int_gt(irq_raises, before);
    struct virtio_gpu_ctrl_hdr c = {.type = VIRTIO_GPU_CMD_GET_DISPLAY_INFO};
    struct virtio_gpu_resp_display_info info;
    post(0, &c, sizeof(c), sizeof(info));
    get(RESP, &info, sizeof(info));
    ck_assert_uint_eq(info.pmodes[0].r.width, 1024);
    ck_assert_uint_eq(info.pmodes[0].r.height, 768);
    /* events_read is the device's: a driver writing it changes nothing */
    uint32_t zero = 0;
    memcpy(gpu.vdev.config, &zero, 4);
    gpu.vdev.ops->config_written(&gpu.vdev, 0, 4);
    memcpy(&events, gpu.vdev.config, 4);
    ck_assert_uint_eq(events, VIRTIO_GPU_EVENT_DISPLAY);
    /* the driver acknowledges through events_clear */
    uint32_t clear = VIRTIO_GPU_EVENT_DISPLAY;
    memcpy(gpu.vdev.config + 4, &clear, 4);
    gpu.vdev.ops->config_written(&gpu.vdev, 4, 4);
    memcpy(&events, gpu.vdev.config, 4);
    ck_assert_uint_eq(events, 0);
    virtio_gpu_set_output_size(&gpu, 0, 0, 0); /* disconnected */
    post(0, &c, sizeof(c), sizeof(info));
    get(RESP, &info, sizeof(info));
    ck_assert_uint_eq(info.pmodes[0].enabled, 0);
    virtio_gpu_set_output_size(&gpu, 5, 10, 10); /* no such output: ignored */
}
END_TEST

START_TEST(edid_describes_the_mode_with_a_valid_checksum)
{
    struct virtio_gpu_cmd_get_edid c = {.hdr.type = VIRTIO_GPU_CMD_GET_EDID, .scanout = 0};
    struct virtio_gpu_resp_edid e;
    ck_assert_uint_eq(post(0, &c, sizeof(c), sizeof(e)), sizeof(e));
    get(RESP, &e, sizeof(e));
    ck_assert_uint_eq(e.hdr.type, VIRTIO_GPU_RESP_OK_EDID);
    ck_assert_uint_eq(e.size, 128);
    static const uint8_t header[8] = {0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0};
    ck_assert_int_eq(memcmp(e.edid, header, 8), 0);
    uint8_t sum = 0;
    for (unsigned i = 0; i < 128; i++)
        sum += e.edid[i];
    ck_assert_uint_eq(sum, 0);
    const uint8_t *d = e.edid + 54; /* the preferred detailed timing */
    ck_assert_uint_eq(d[2] | (d[4] >> 4) << 8, 1280);
    ck_assert_uint_eq(d[5] | (d[7] >> 4) << 8, 800);
    c.scanout = 1;
    ck_assert_uint_eq(control(&c, sizeof(c)), VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER);
    /* without the feature negotiated, GET_EDID is refused */
    gpu.vdev.driver_features &= ~(1ull << VIRTIO_GPU_F_EDID);
    c.scanout = 0;
    ck_assert_uint_eq(control(&c, sizeof(c)), VIRTIO_GPU_RESP_ERR_UNSPEC);
    ck_assert(logged("EDID not negotiated"));
}
END_TEST

static Suite *virtio_gpu_suite(void)
{
    Suite *s = suite_create("virtio_gpu");
    TCase *tc = tcase_create("commands");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, config_and_features_as_the_spec_lays_them_out);
    tcase_add_test(tc, display_info_offers_qemus_default_mode_on_output_0);
    tcase_add_test(tc, a_transferred_and_flushed_resource_is_what_the_display_shows);
    tcase_add_test(tc, a_partial_transfer_copies_only_its_rectangle_row_by_row);
    tcase_add_test(tc, formats_linux_uses_say_where_each_channel_is);
    tcase_add_test(tc, create_refuses_bad_ids_and_sizes);
    tcase_add_test(tc, the_host_memory_budget_caps_what_a_guest_can_allocate);
    tcase_add_test(tc, too_many_resources_are_refused);
    tcase_add_test(tc, backing_entries_must_be_guest_ram);
    tcase_add_test(tc, transfers_stay_inside_the_resource_and_the_backing);
    tcase_add_test(tc, set_scanout_checks_the_output_the_resource_and_the_rectangle);
    tcase_add_test(tc, unref_of_a_shown_resource_darkens_its_output);
    tcase_add_test(tc, a_fenced_command_is_answered_with_its_fence);
    tcase_add_test(tc, malformed_requests_get_errors_not_crashes);
    tcase_add_test(tc, the_cursor_queue_moves_and_updates_the_cursor);
    tcase_add_test(tc, a_host_resize_becomes_a_display_event);
    tcase_add_test(tc, edid_describes_the_mode_with_a_valid_checksum);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(virtio_gpu_suite()); }
