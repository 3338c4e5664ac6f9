/* virtio-gpu 2D: resources, backing, scanouts, the cursor; see virtio_gpu.h. */
#include "devices/virtio_gpu.h"

#include <errno.h>
#include <linux/virtio_gpu.h> /* the wire layout (Linux's uapi header; host is little-endian) */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define CONTROLQ 0
#define CURSORQ 1
/* The longest command: ATTACH_BACKING with the most entries we take. */
#define COMMAND_MAX                                                                                \
    (sizeof(struct virtio_gpu_resource_attach_backing) +                                         \
     VIRTIO_GPU_MAX_BACKING_ENTRIES * sizeof(struct virtio_gpu_mem_entry))

/* Config space (5.7.4). */
#define CONFIG_EVENTS_READ 0
#define CONFIG_EVENTS_CLEAR 4
#define CONFIG_NUM_SCANOUTS 8
#define CONFIG_NUM_CAPSETS 12
#define CONFIG_SIZE 16

static struct virtio_gpu *gpu_of(struct virtio_device *d) { return (struct virtio_gpu *)d; }

/* ---- formats: which byte of a pixel is which channel (names are in memory byte order) ---- */

struct format_row {
    uint32_t format;
    uint8_t red, green, blue;
};

static const struct format_row formats[] = {
    {VIRTIO_GPU_FORMAT_B8G8R8A8_UNORM, 2, 1, 0},
    {VIRTIO_GPU_FORMAT_B8G8R8X8_UNORM, 2, 1, 0}, /* Linux's XRGB8888 */
    {VIRTIO_GPU_FORMAT_A8R8G8B8_UNORM, 1, 2, 3},
    {VIRTIO_GPU_FORMAT_X8R8G8B8_UNORM, 1, 2, 3},
    {VIRTIO_GPU_FORMAT_R8G8B8A8_UNORM, 0, 1, 2},
    {VIRTIO_GPU_FORMAT_X8B8G8R8_UNORM, 3, 2, 1},
    {VIRTIO_GPU_FORMAT_A8B8G8R8_UNORM, 3, 2, 1},
    {VIRTIO_GPU_FORMAT_R8G8B8X8_UNORM, 0, 1, 2},
};

static const struct format_row *find_format(uint32_t format)
{
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
        if (formats[i].format == format)
            return &formats[i];
    return 0;
}

/* ---- resources and the host-memory budget ---- */

static struct virtio_gpu_resource *find_resource(struct virtio_gpu *gpu, uint32_t id)
{
    for (struct virtio_gpu_resource *r = gpu->resources; r; r = r->next)
        if (r->id == id)
            return r;
    return 0;
}

static bool charge(struct virtio_gpu *gpu, uint64_t bytes)
{
    if (bytes > VIRTIO_GPU_HOSTMEM_MAX - gpu->hostmem)
        return false;
    gpu->hostmem += bytes;
    return true;
}

static void drop_backing(struct virtio_gpu *gpu, struct virtio_gpu_resource *r)
{
    uint64_t bytes = (uint64_t)r->backing_count * sizeof(*r->backing);
    free(r->backing);
    r->backing = 0;
    r->backing_count = 0;
    r->backing_bytes = 0;
    gpu->hostmem -= bytes;
    r->charged -= bytes;
}

static void notify_surface(struct virtio_gpu *gpu, unsigned scanout)
{
    if (!gpu->listener.surface_changed)
        return;
    struct display_surface s;
    bool shown = virtio_gpu_surface(gpu, scanout, &s);
    gpu->listener.surface_changed(gpu->listener.opaque, scanout, shown ? &s : 0);
}

static void destroy_resource(struct virtio_gpu *gpu, struct virtio_gpu_resource *r)
{
    for (struct virtio_gpu_resource **p = &gpu->resources; *p; p = &(*p)->next)
        if (*p == r) {
            *p = r->next;
            break;
        }
    for (unsigned i = 0; i < gpu->opt.max_outputs; i++)
        if (gpu->scanout[i].resource_id == r->id) {
            gpu->scanout[i].resource_id = 0;
            notify_surface(gpu, i);
        }
    if (gpu->cursor.resource_id == r->id)
        gpu->cursor.resource_id = 0;
    drop_backing(gpu, r);
    gpu->hostmem -= r->charged;
    gpu->resource_count--;
    free(r->pixels);
    free(r);
}

static void destroy_all(struct virtio_gpu *gpu)
{
    while (gpu->resources)
        destroy_resource(gpu, gpu->resources);
}

bool virtio_gpu_surface(const struct virtio_gpu *gpu, unsigned scanout, struct display_surface *s)
{
    if (scanout >= gpu->opt.max_outputs || !gpu->scanout[scanout].resource_id)
        return false;
    const struct virtio_gpu_scanout *so = &gpu->scanout[scanout];
    const struct virtio_gpu_resource *r = gpu->resources;
    while (r && r->id != so->resource_id)
        r = r->next;
    if (!r)
        return false;
    const struct format_row *f = find_format(r->format);
    s->width = so->w;
    s->height = so->h;
    s->stride = r->stride;
    s->red = f->red;
    s->green = f->green;
    s->blue = f->blue;
    s->pixels = r->pixels + (uint64_t)so->y * r->stride + (uint64_t)so->x * 4;
    return true;
}

/* ---- commands ---- */

/* What one command answers: a response of `size` bytes in resp (its header filled last). */
struct reply {
    union {
        struct virtio_gpu_ctrl_hdr hdr;
        struct virtio_gpu_resp_display_info display_info;
        struct virtio_gpu_resp_edid edid;
    } resp;
    size_t size;
};

static uint32_t fail(struct virtio_gpu *gpu, uint32_t error, const char *command, const char *why,
                     uint64_t value)
{
    virtio_guest_error(&gpu->vdev, "%s: %s (0x%llx)", command, why, (unsigned long long)value);
    return error;
}

/* Whether [x, x+w) x [y, y+h) lies in a width x height area (no wrap-around). */
static bool rect_inside(const struct virtio_gpu_rect *rect, uint32_t width, uint32_t height)
{
    return rect->x <= width && rect->width <= width - rect->x && rect->y <= height &&
           rect->height <= height - rect->y;
}

static uint32_t cmd_get_display_info(struct virtio_gpu *gpu, struct reply *out)
{
    struct virtio_gpu_resp_display_info *info = &out->resp.display_info;
    for (unsigned i = 0; i < gpu->opt.max_outputs; i++) {
        const struct virtio_gpu_scanout *so = &gpu->scanout[i];
        if (!so->enabled)
            continue;
        info->pmodes[i].r.width = so->width;
        info->pmodes[i].r.height = so->height;
        info->pmodes[i].enabled = 1;
    }
    out->size = sizeof(*info);
    return VIRTIO_GPU_RESP_OK_DISPLAY_INFO;
}

static uint32_t cmd_get_edid(struct virtio_gpu *gpu, const uint8_t *cmd, struct reply *out)
{
    struct virtio_gpu_cmd_get_edid c;
    memcpy(&c, cmd, sizeof(c));
    if (!virtio_has_feature(&gpu->vdev, VIRTIO_GPU_FEATURE_EDID))
        return fail(gpu, VIRTIO_GPU_RESP_ERR_UNSPEC, "GET_EDID", "EDID not negotiated", 0);
    if (c.scanout >= gpu->opt.max_outputs)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, "GET_EDID", "no such scanout",
                    c.scanout);
    const struct virtio_gpu_scanout *so = &gpu->scanout[c.scanout];
    struct virtio_gpu_resp_edid *e = &out->resp.edid;
    virtio_gpu_make_edid(e->edid, so->width, so->height);
    e->size = 128;
    out->size = sizeof(*e);
    return VIRTIO_GPU_RESP_OK_EDID;
}

static uint32_t cmd_create_2d(struct virtio_gpu *gpu, const uint8_t *cmd)
{
    static const char name[] = "RESOURCE_CREATE_2D";
    struct virtio_gpu_resource_create_2d c;
    memcpy(&c, cmd, sizeof(c));
    if (c.resource_id == 0)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID, name, "resource id 0", 0);
    if (find_resource(gpu, c.resource_id))
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID, name, "resource id in use",
                    c.resource_id);
    if (!find_format(c.format))
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, name, "unknown format", c.format);
    if (c.width == 0 || c.height == 0 || c.width > VIRTIO_GPU_MAX_DIMENSION ||
        c.height > VIRTIO_GPU_MAX_DIMENSION)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, name, "bad size",
                    (uint64_t)c.width << 32 | c.height);
    if (gpu->resource_count == VIRTIO_GPU_MAX_RESOURCES)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_OUT_OF_MEMORY, name, "too many resources",
                    gpu->resource_count);
    uint64_t bytes = (uint64_t)c.width * 4 * c.height; /* at most 1 GiB: both are <= 16384 */
    uint64_t cost = bytes + sizeof(struct virtio_gpu_resource);
    if (!charge(gpu, cost))
        return fail(gpu, VIRTIO_GPU_RESP_ERR_OUT_OF_MEMORY, name, "host memory budget spent",
                    bytes);
    struct virtio_gpu_resource *r = calloc(1, sizeof(*r));
    uint8_t *pixels = calloc(1, bytes);
    if (!r || !pixels) {
        free(r);
        free(pixels);
        gpu->hostmem -= cost;
        return fail(gpu, VIRTIO_GPU_RESP_ERR_OUT_OF_MEMORY, name, "host out of memory", bytes);
    }
    r->id = c.resource_id;
    r->format = c.format;
    r->width = c.width;
    r->height = c.height;
    r->stride = c.width * 4;
    r->pixels = pixels;
    r->charged = cost;
    r->next = gpu->resources;
    gpu->resources = r;
    gpu->resource_count++;
    return VIRTIO_GPU_RESP_OK_NODATA;
}

static uint32_t cmd_unref(struct virtio_gpu *gpu, const uint8_t *cmd)
{
    struct virtio_gpu_resource_unref c;
    memcpy(&c, cmd, sizeof(c));
    struct virtio_gpu_resource *r = find_resource(gpu, c.resource_id);
    if (!r)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID, "RESOURCE_UNREF",
                    "no such resource", c.resource_id);
    destroy_resource(gpu, r);
    return VIRTIO_GPU_RESP_OK_NODATA;
}

static uint32_t cmd_set_scanout(struct virtio_gpu *gpu, const uint8_t *cmd)
{
    static const char name[] = "SET_SCANOUT";
    struct virtio_gpu_set_scanout c;
    memcpy(&c, cmd, sizeof(c));
    if (c.scanout_id >= gpu->opt.max_outputs)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_SCANOUT_ID, name, "no such scanout",
                    c.scanout_id);
    struct virtio_gpu_scanout *so = &gpu->scanout[c.scanout_id];
    if (c.resource_id == 0) { /* the output is switched off */
        so->resource_id = 0;
        notify_surface(gpu, c.scanout_id);
        return VIRTIO_GPU_RESP_OK_NODATA;
    }
    struct virtio_gpu_resource *r = find_resource(gpu, c.resource_id);
    if (!r)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID, name, "no such resource",
                    c.resource_id);
    if (c.r.width == 0 || c.r.height == 0 || !rect_inside(&c.r, r->width, r->height))
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, name,
                    "rectangle outside the resource", c.resource_id);
    so->resource_id = c.resource_id;
    so->x = c.r.x;
    so->y = c.r.y;
    so->w = c.r.width;
    so->h = c.r.height;
    notify_surface(gpu, c.scanout_id);
    return VIRTIO_GPU_RESP_OK_NODATA;
}

static uint32_t cmd_flush(struct virtio_gpu *gpu, const uint8_t *cmd)
{
    static const char name[] = "RESOURCE_FLUSH";
    struct virtio_gpu_resource_flush c;
    memcpy(&c, cmd, sizeof(c));
    struct virtio_gpu_resource *r = find_resource(gpu, c.resource_id);
    if (!r)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID, name, "no such resource",
                    c.resource_id);
    if (!rect_inside(&c.r, r->width, r->height))
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, name,
                    "rectangle outside the resource", c.resource_id);
    for (unsigned i = 0; i < gpu->opt.max_outputs; i++) {
        const struct virtio_gpu_scanout *so = &gpu->scanout[i];
        if (so->resource_id != r->id || !gpu->listener.dirty)
            continue;
        /* the flushed rectangle as the output sees it (intersected with what it shows) */
        uint32_t x0 = c.r.x > so->x ? c.r.x : so->x;
        uint32_t y0 = c.r.y > so->y ? c.r.y : so->y;
        uint32_t x1 = c.r.x + c.r.width < so->x + so->w ? c.r.x + c.r.width : so->x + so->w;
        uint32_t y1 = c.r.y + c.r.height < so->y + so->h ? c.r.y + c.r.height : so->y + so->h;
        if (x0 < x1 && y0 < y1)
            gpu->listener.dirty(gpu->listener.opaque, i, x0 - so->x, y0 - so->y, x1 - x0,
                                y1 - y0);
    }
    return VIRTIO_GPU_RESP_OK_NODATA;
}

/* Copies len bytes at `offset` of r's backing (entries in order, as one run) to dst. */
static bool backing_read(struct virtio_gpu *gpu, const struct virtio_gpu_resource *r,
                         uint64_t offset, uint8_t *dst, uint64_t len)
{
    /* the last entry starting at or before offset */
    uint32_t lo = 0, hi = r->backing_count;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (r->backing[mid].start <= offset)
            lo = mid;
        else
            hi = mid;
    }
    for (uint32_t i = lo; len && i < r->backing_count; i++) {
        const struct virtio_gpu_backing_entry *e = &r->backing[i];
        uint64_t skip = offset - e->start;
        if (skip >= e->length)
            continue;
        uint64_t n = e->length - skip < len ? e->length - skip : len;
        if (!phys_dma_read(gpu->vdev.mem, e->addr + skip, dst, n))
            return false;
        dst += n;
        offset += n;
        len -= n;
    }
    return len == 0;
}

static uint32_t cmd_transfer_2d(struct virtio_gpu *gpu, const uint8_t *cmd)
{
    static const char name[] = "TRANSFER_TO_HOST_2D";
    struct virtio_gpu_transfer_to_host_2d c;
    memcpy(&c, cmd, sizeof(c));
    struct virtio_gpu_resource *r = find_resource(gpu, c.resource_id);
    if (!r)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID, name, "no such resource",
                    c.resource_id);
    if (!r->backing)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_UNSPEC, name, "resource has no backing",
                    c.resource_id);
    if (!rect_inside(&c.r, r->width, r->height))
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, name,
                    "rectangle outside the resource", c.resource_id);
    if (c.r.width == 0 || c.r.height == 0)
        return VIRTIO_GPU_RESP_OK_NODATA;
    /*
     * Row k comes from backing offset + k * stride (the guest's offset
     * names the rectangle's first pixel, as Linux computes it).
     */
    uint64_t row_bytes = (uint64_t)c.r.width * 4;
    uint64_t last = (uint64_t)(c.r.height - 1) * r->stride + row_bytes;
    if (c.offset > r->backing_bytes || last > r->backing_bytes - c.offset)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, name,
                    "source past the end of the backing", c.offset);
    uint8_t *dst = r->pixels + (uint64_t)c.r.y * r->stride + (uint64_t)c.r.x * 4;
    bool ok;
    if (c.r.x == 0 && c.r.width == r->width) { /* whole rows: one run */
        ok = backing_read(gpu, r, c.offset, dst, last);
    } else {
        ok = true;
        for (uint32_t k = 0; ok && k < c.r.height; k++)
            ok = backing_read(gpu, r, c.offset + (uint64_t)k * r->stride,
                              dst + (uint64_t)k * r->stride, row_bytes);
    }
    if (!ok)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_UNSPEC, name, "backing is not guest RAM",
                    c.resource_id);
    return VIRTIO_GPU_RESP_OK_NODATA;
}

static uint32_t cmd_attach_backing(struct virtio_gpu *gpu, const uint8_t *cmd, size_t len)
{
    static const char name[] = "RESOURCE_ATTACH_BACKING";
    struct virtio_gpu_resource_attach_backing c;
    memcpy(&c, cmd, sizeof(c));
    struct virtio_gpu_resource *r = find_resource(gpu, c.resource_id);
    if (!r)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID, name, "no such resource",
                    c.resource_id);
    if (r->backing)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_UNSPEC, name, "backing already attached",
                    c.resource_id);
    if (c.nr_entries == 0 || c.nr_entries > VIRTIO_GPU_MAX_BACKING_ENTRIES)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, name, "bad entry count",
                    c.nr_entries);
    size_t need = sizeof(c) + (size_t)c.nr_entries * sizeof(struct virtio_gpu_mem_entry);
    if (len < need)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_PARAMETER, name,
                    "entries past the request's end", c.nr_entries);
    uint64_t bytes = (uint64_t)c.nr_entries * sizeof(struct virtio_gpu_backing_entry);
    if (!charge(gpu, bytes))
        return fail(gpu, VIRTIO_GPU_RESP_ERR_OUT_OF_MEMORY, name, "host memory budget spent",
                    bytes);
    struct virtio_gpu_backing_entry *b = malloc(bytes);
    if (!b) {
        gpu->hostmem -= bytes;
        return fail(gpu, VIRTIO_GPU_RESP_ERR_OUT_OF_MEMORY, name, "host out of memory", bytes);
    }
    uint64_t total = 0;
    for (uint32_t i = 0; i < c.nr_entries; i++) {
        struct virtio_gpu_mem_entry e;
        memcpy(&e, cmd + sizeof(c) + i * sizeof(e), sizeof(e));
        /* each entry must be guest RAM now (transfers check again: RAM is all there is) */
        if (e.length == 0 || !phys_ram_range(gpu->vdev.mem, e.addr, e.length)) {
            free(b);
            gpu->hostmem -= bytes;
            return fail(gpu, VIRTIO_GPU_RESP_ERR_UNSPEC, name, "entry is not guest RAM",
                        e.addr);
        }
        b[i] = (struct virtio_gpu_backing_entry){e.addr, e.length, total};
        total += e.length;
    }
    r->backing = b;
    r->backing_count = c.nr_entries;
    r->backing_bytes = total;
    r->charged += bytes;
    return VIRTIO_GPU_RESP_OK_NODATA;
}

static uint32_t cmd_detach_backing(struct virtio_gpu *gpu, const uint8_t *cmd)
{
    static const char name[] = "RESOURCE_DETACH_BACKING";
    struct virtio_gpu_resource_detach_backing c;
    memcpy(&c, cmd, sizeof(c));
    struct virtio_gpu_resource *r = find_resource(gpu, c.resource_id);
    if (!r)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_INVALID_RESOURCE_ID, name, "no such resource",
                    c.resource_id);
    if (!r->backing)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_UNSPEC, name, "no backing attached", c.resource_id);
    drop_backing(gpu, r);
    return VIRTIO_GPU_RESP_OK_NODATA;
}

/* The control queue's commands: type, smallest valid request. */
struct command_row {
    uint32_t type;
    size_t size;
};

static const struct command_row control_commands[] = {
    {VIRTIO_GPU_CMD_GET_DISPLAY_INFO, sizeof(struct virtio_gpu_ctrl_hdr)},
    {VIRTIO_GPU_CMD_RESOURCE_CREATE_2D, sizeof(struct virtio_gpu_resource_create_2d)},
    {VIRTIO_GPU_CMD_RESOURCE_UNREF, sizeof(struct virtio_gpu_resource_unref)},
    {VIRTIO_GPU_CMD_SET_SCANOUT, sizeof(struct virtio_gpu_set_scanout)},
    {VIRTIO_GPU_CMD_RESOURCE_FLUSH, sizeof(struct virtio_gpu_resource_flush)},
    {VIRTIO_GPU_CMD_TRANSFER_TO_HOST_2D, sizeof(struct virtio_gpu_transfer_to_host_2d)},
    {VIRTIO_GPU_CMD_RESOURCE_ATTACH_BACKING, sizeof(struct virtio_gpu_resource_attach_backing)},
    {VIRTIO_GPU_CMD_RESOURCE_DETACH_BACKING, sizeof(struct virtio_gpu_resource_detach_backing)},
    {VIRTIO_GPU_CMD_GET_EDID, sizeof(struct virtio_gpu_cmd_get_edid)},
};

/* One control command of len bytes: the response type, out->size set when it carries data. */
static uint32_t run_control(struct virtio_gpu *gpu, const uint8_t *cmd, size_t len,
                            struct reply *out)
{
    struct virtio_gpu_ctrl_hdr hdr;
    memcpy(&hdr, cmd, sizeof(hdr));
    const struct command_row *row = 0;
    for (size_t i = 0; i < sizeof(control_commands) / sizeof(control_commands[0]); i++)
        if (control_commands[i].type == hdr.type)
            row = &control_commands[i];
    if (!row)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_UNSPEC, "control queue", "unknown command",
                    hdr.type);
    if (len < row->size)
        return fail(gpu, VIRTIO_GPU_RESP_ERR_UNSPEC, "control queue", "command too short",
                    hdr.type);
    switch (hdr.type) {
    case VIRTIO_GPU_CMD_GET_DISPLAY_INFO: return cmd_get_display_info(gpu, out);
    case VIRTIO_GPU_CMD_GET_EDID: return cmd_get_edid(gpu, cmd, out);
    case VIRTIO_GPU_CMD_RESOURCE_CREATE_2D: return cmd_create_2d(gpu, cmd);
    case VIRTIO_GPU_CMD_RESOURCE_UNREF: return cmd_unref(gpu, cmd);
    case VIRTIO_GPU_CMD_SET_SCANOUT: return cmd_set_scanout(gpu, cmd);
    case VIRTIO_GPU_CMD_RESOURCE_FLUSH: return cmd_flush(gpu, cmd);
    case VIRTIO_GPU_CMD_TRANSFER_TO_HOST_2D: return cmd_transfer_2d(gpu, cmd);
    case VIRTIO_GPU_CMD_RESOURCE_ATTACH_BACKING: return cmd_attach_backing(gpu, cmd, len);
    default: return cmd_detach_backing(gpu, cmd);
    }
}

/* UPDATE_CURSOR / MOVE_CURSOR: no response data (the driver gives no writable buffer). */
static void run_cursor(struct virtio_gpu *gpu, const uint8_t *cmd, size_t len)
{
    struct virtio_gpu_update_cursor c;
    if (len < sizeof(c)) {
        virtio_guest_error(&gpu->vdev, "cursor queue: command too short (%zu bytes)", len);
        return;
    }
    memcpy(&c, cmd, sizeof(c));
    if (c.hdr.type != VIRTIO_GPU_CMD_UPDATE_CURSOR && c.hdr.type != VIRTIO_GPU_CMD_MOVE_CURSOR) {
        virtio_guest_error(&gpu->vdev, "cursor queue: unknown command 0x%x", c.hdr.type);
        return;
    }
    if (c.pos.scanout_id >= gpu->opt.max_outputs) {
        virtio_guest_error(&gpu->vdev, "cursor queue: no such scanout (0x%x)", c.pos.scanout_id);
        return;
    }
    if (c.hdr.type == VIRTIO_GPU_CMD_UPDATE_CURSOR) {
        if (c.resource_id && !find_resource(gpu, c.resource_id)) {
            virtio_guest_error(&gpu->vdev, "UPDATE_CURSOR: no such resource (0x%x)",
                               c.resource_id);
            return;
        }
        gpu->cursor.resource_id = c.resource_id;
        gpu->cursor.hot_x = c.hot_x;
        gpu->cursor.hot_y = c.hot_y;
    }
    gpu->cursor.scanout = c.pos.scanout_id;
    gpu->cursor.x = c.pos.x;
    gpu->cursor.y = c.pos.y;
}

static void serve(struct virtio_gpu *gpu, unsigned queue)
{
    struct virtio_device *d = &gpu->vdev;
    struct virtq_request *rq = gpu->request;
    bool pushed = false;
    while (virtio_running(d) && virtio_queue_pop(d, queue, rq) == VIRTQ_POP_OK) {
        size_t len = rq->readable_bytes < COMMAND_MAX ? rq->readable_bytes : COMMAND_MAX;
        len = virtq_read_out(rq, 0, gpu->command, len);
        uint32_t written = 0;
        if (len < sizeof(struct virtio_gpu_ctrl_hdr)) {
            virtio_guest_error(d, "request of %zu bytes has no command header", len);
        } else if (queue == CURSORQ) {
            run_cursor(gpu, gpu->command, len);
        } else {
            struct reply out = {0};
            out.size = sizeof(out.resp.hdr);
            uint32_t type = run_control(gpu, gpu->command, len, &out);
            if (type >= VIRTIO_GPU_RESP_ERR_UNSPEC)
                out.size = sizeof(out.resp.hdr);
            struct virtio_gpu_ctrl_hdr in;
            memcpy(&in, gpu->command, sizeof(in));
            out.resp.hdr.type = type;
            /* answered at once: the fence is signalled with this response (5.7.6.7) */
            out.resp.hdr.flags = in.flags & (VIRTIO_GPU_FLAG_FENCE | VIRTIO_GPU_FLAG_INFO_RING_IDX);
            if (in.flags & VIRTIO_GPU_FLAG_FENCE) {
                out.resp.hdr.fence_id = in.fence_id;
                out.resp.hdr.ctx_id = in.ctx_id;
                if (in.flags & VIRTIO_GPU_FLAG_INFO_RING_IDX)
                    out.resp.hdr.ring_idx = in.ring_idx;
            }
            if (rq->writable_bytes < out.size)
                virtio_guest_error(d, "response of %zu bytes cut to the %zu-byte buffer",
                                   out.size, rq->writable_bytes);
            written = (uint32_t)virtq_write_in(rq, 0, &out.resp, out.size);
        }
        virtq_push(&d->queue[queue], d->mem, rq, written);
        pushed = true;
    }
    if (pushed)
        virtio_queue_done(d, queue);
}

static void gpu_notify(struct virtio_device *d, unsigned queue) { serve(gpu_of(d), queue); }

static void gpu_reset(struct virtio_device *d)
{
    struct virtio_gpu *gpu = gpu_of(d);
    destroy_all(gpu);
    memset(&gpu->cursor, 0, sizeof(gpu->cursor));
}

/* events_clear: the driver acknowledges display events (write 1 to clear). */
static void gpu_config_written(struct virtio_device *d, uint32_t offset, unsigned size)
{
    (void)offset;
    (void)size;
    struct virtio_gpu *gpu = gpu_of(d);
    uint32_t clear;
    memcpy(&clear, d->config + CONFIG_EVENTS_CLEAR, 4);
    gpu->events &= ~clear;
    virtio_config_put32(d, CONFIG_EVENTS_READ, gpu->events);
    virtio_config_put32(d, CONFIG_EVENTS_CLEAR, 0);
    /* the other fields are the device's: put them back if the driver wrote over them */
    virtio_config_put32(d, CONFIG_NUM_SCANOUTS, gpu->opt.max_outputs);
    virtio_config_put32(d, CONFIG_NUM_CAPSETS, 0);
}

static const struct virtio_device_ops gpu_ops = {
    .name = "virtio-gpu",
    .device_id = VIRTIO_ID_GPU,
    .queues = 2,
    .queue_size_max = 256,
    .queue_notify = gpu_notify,
    .reset = gpu_reset,
    .config_written = gpu_config_written,
};

int virtio_gpu_init(struct virtio_gpu *gpu, const struct phys_space *mem,
                    const struct virtio_gpu_options *opt)
{
    memset(gpu, 0, sizeof(*gpu));
    gpu->opt = *opt;
    if (!gpu->opt.xres)
        gpu->opt.xres = VIRTIO_GPU_DEFAULT_WIDTH;
    if (!gpu->opt.yres)
        gpu->opt.yres = VIRTIO_GPU_DEFAULT_HEIGHT;
    if (!gpu->opt.max_outputs)
        gpu->opt.max_outputs = 1;
    if (gpu->opt.max_outputs > VIRTIO_GPU_MAX_OUTPUTS || gpu->opt.xres > VIRTIO_GPU_MAX_DIMENSION ||
        gpu->opt.yres > VIRTIO_GPU_MAX_DIMENSION)
        return -EINVAL;
    gpu->vdev.ops = &gpu_ops;
    gpu->vdev.mem = mem;
    gpu->vdev.config_size = CONFIG_SIZE;
    gpu->vdev.device_features = gpu->opt.edid ? 1ull << VIRTIO_GPU_FEATURE_EDID : 0;
    virtio_config_put32(&gpu->vdev, CONFIG_NUM_SCANOUTS, gpu->opt.max_outputs);
    for (unsigned i = 0; i < gpu->opt.max_outputs; i++) {
        gpu->scanout[i].width = gpu->opt.xres;
        gpu->scanout[i].height = gpu->opt.yres;
    }
    gpu->scanout[0].enabled = true; /* QEMU connects the first output only */
    gpu->request = malloc(sizeof(*gpu->request));
    gpu->command = malloc(COMMAND_MAX);
    if (!gpu->request || !gpu->command) {
        virtio_gpu_free(gpu);
        return -ENOMEM;
    }
    return 0;
}

void virtio_gpu_free(struct virtio_gpu *gpu)
{
    gpu->listener = (struct display_listener){0};
    destroy_all(gpu);
    free(gpu->request);
    free(gpu->command);
    gpu->request = 0;
    gpu->command = 0;
}

void virtio_gpu_set_listener(struct virtio_gpu *gpu, const struct display_listener *l)
{
    gpu->listener = *l;
}

void virtio_gpu_set_output_size(struct virtio_gpu *gpu, unsigned scanout, uint32_t width,
                                uint32_t height)
{
    if (scanout >= gpu->opt.max_outputs)
        return;
    struct virtio_gpu_scanout *so = &gpu->scanout[scanout];
    so->enabled = width && height;
    if (so->enabled) {
        so->width = width < VIRTIO_GPU_MAX_DIMENSION ? width : VIRTIO_GPU_MAX_DIMENSION;
        so->height = height < VIRTIO_GPU_MAX_DIMENSION ? height : VIRTIO_GPU_MAX_DIMENSION;
    }
    gpu->events |= VIRTIO_GPU_EVENT_DISPLAY;
    virtio_config_put32(&gpu->vdev, CONFIG_EVENTS_READ, gpu->events);
    virtio_config_changed(&gpu->vdev);
}

/* ---- EDID 1.4 base block (VESA E-EDID): enough for Linux to take the preferred mode ---- */

void virtio_gpu_make_edid(uint8_t e[128], uint32_t width, uint32_t height)
{
    static const uint8_t header[8] = {0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0};
    memset(e, 0, 128);
    memcpy(e, header, 8);
    /* manufacturer "FRY" (three 5-bit letters, big-endian), product 1, serial 0 */
    uint16_t maker = (uint16_t)(('F' - '@') << 10 | ('R' - '@') << 5 | ('Y' - '@'));
    e[8] = (uint8_t)(maker >> 8);
    e[9] = (uint8_t)maker;
    e[10] = 1;
    e[16] = 1;    /* week */
    e[17] = 34;   /* 2024 - 1990 */
    e[18] = 1;    /* EDID 1.4 */
    e[19] = 4;
    e[20] = 0xa5; /* digital, 8 bits per colour, DisplayPort */
    e[21] = (uint8_t)(width / 40 ? (width / 40 > 255 ? 255 : width / 40) : 1); /* cm at ~100 dpi */
    e[22] = (uint8_t)(height / 40 ? (height / 40 > 255 ? 255 : height / 40) : 1);
    e[23] = 120;  /* gamma 2.2 */
    e[24] = 0x06; /* RGB 4:4:4, preferred timing is native, sRGB */
    for (unsigned i = 38; i < 54; i++) /* no standard timings */
        e[i] = 1;
    /* detailed timing 1: the mode, reduced blanking at 60 Hz */
    uint32_t hblank = 160, hfront = 48, hsync = 32, vblank = 23, vfront = 3, vsync = 6;
    if (width > 4095 || height > 4095) { /* 12-bit fields: clamp what a DTD can say */
        width = width > 4095 ? 4095 : width;
        height = height > 4095 ? 4095 : height;
    }
    uint64_t clock = (uint64_t)(width + hblank) * (height + vblank) * 60 / 10000; /* 10 kHz */
    if (clock > 0xffff)
        clock = 0xffff;
    uint8_t *d = e + 54;
    d[0] = (uint8_t)clock;
    d[1] = (uint8_t)(clock >> 8);
    d[2] = (uint8_t)width;
    d[3] = (uint8_t)hblank;
    d[4] = (uint8_t)((width >> 8) << 4 | hblank >> 8);
    d[5] = (uint8_t)height;
    d[6] = (uint8_t)vblank;
    d[7] = (uint8_t)((height >> 8) << 4 | vblank >> 8);
    d[8] = (uint8_t)hfront;
    d[9] = (uint8_t)hsync;
    d[10] = (uint8_t)((vfront & 15) << 4 | (vsync & 15));
    d[11] = 0;
    uint32_t wmm = e[21] * 10, hmm = e[22] * 10;
    d[12] = (uint8_t)wmm;
    d[13] = (uint8_t)hmm;
    d[14] = (uint8_t)((wmm >> 8) << 4 | (hmm >> 8));
    d[17] = 0x1e; /* digital separate sync, +hsync -vsync */
    /* descriptor 2: monitor name */
    static const char monitor[13] = "ferry\n      ";
    d = e + 72;
    d[3] = 0xfc;
    memcpy(d + 5, monitor, 13);
    /* descriptor 3: range limits 50-70 Hz, 30-160 kHz, 600 MHz */
    d = e + 90;
    d[3] = 0xfd;
    d[5] = 50;
    d[6] = 70;
    d[7] = 30;
    d[8] = 160;
    d[9] = 60;
    d[11] = 0x0a;
    for (unsigned i = 12; i < 18; i++)
        d[i] = 0x20;
    /* descriptor 4: dummy */
    e[108 + 3] = 0x10;
    uint8_t sum = 0;
    for (unsigned i = 0; i < 127; i++)
        sum += e[i];
    e[127] = (uint8_t)-sum;
}
