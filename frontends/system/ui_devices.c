/* virtio-gpu and virtio-input -device rows, and the at-stop screendump; see ui_devices.h. */
#include "frontends/system/ui_devices.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_gpu.h"
#include "devices/virtio_input.h"
#include "frontends/system/screendump.h"

/* A decimal property from lo to hi; false (err set) when present and bad. */
static bool take_uint(struct keyval *props, const char *key, uint32_t lo, uint32_t hi,
                      uint32_t *out, char *err, size_t err_cap)
{
    const char *v = keyval_take(props, key);
    if (!v)
        return true;
    char *end;
    errno = 0;
    unsigned long n = strtoul(v, &end, 10);
    if (end == v || *end || errno || *v == '-' || n < lo || n > hi) {
        snprintf(err, err_cap, "virtio-gpu-device: %s=%s: a number from %u to %u", key, v, lo, hi);
        return false;
    }
    *out = (uint32_t)n;
    return true;
}

struct virtio_device *ui_gpu_create(struct keyval *props, const struct device_context *ctx,
                                    char *err, size_t err_cap)
{
    struct virtio_gpu_options opt = {.xres = VIRTIO_GPU_DEFAULT_WIDTH,
                                     .yres = VIRTIO_GPU_DEFAULT_HEIGHT,
                                     .max_outputs = 1,
                                     .edid = true};
    bool bad = false;
    if (!take_uint(props, "xres", 1, VIRTIO_GPU_MAX_DIMENSION, &opt.xres, err, err_cap) ||
        !take_uint(props, "yres", 1, VIRTIO_GPU_MAX_DIMENSION, &opt.yres, err, err_cap))
        return 0;
    uint32_t outputs = 1;
    if (!take_uint(props, "max_outputs", 1, VIRTIO_GPU_MAX_OUTPUTS, &outputs, err, err_cap))
        return 0;
    opt.max_outputs = outputs;
    keyval_take_bool(props, "edid", &opt.edid, &bad);
    if (bad) {
        snprintf(err, err_cap, "virtio-gpu-device: edid is on or off");
        return 0;
    }
    struct virtio_gpu *gpu = malloc(sizeof(*gpu));
    if (!gpu || virtio_gpu_init(gpu, ctx->mem, &opt) != 0) {
        free(gpu);
        snprintf(err, err_cap, "virtio-gpu-device: out of memory");
        return 0;
    }
    gpu->vdev.guest_errors = ctx->guest_errors;
    if (!ctx->devices->gpu) /* the first one is what the display shows */
        ctx->devices->gpu = gpu;
    return &gpu->vdev;
}

void ui_gpu_destroy(struct virtio_device *d)
{
    struct virtio_gpu *gpu = (struct virtio_gpu *)d;
    virtio_gpu_free(gpu);
    free(gpu);
}

static struct virtio_device *input_create(enum virtio_input_kind kind, struct keyval *props,
                                          const struct device_context *ctx, char *err,
                                          size_t err_cap)
{
    const char *serial = keyval_take(props, "serial");
    struct virtio_input *in = malloc(sizeof(*in));
    if (!in || virtio_input_init(in, ctx->mem, kind) != 0) {
        free(in);
        snprintf(err, err_cap, "virtio-input: out of memory");
        return 0;
    }
    if (serial) {
        if (strlen(serial) >= sizeof(in->serial)) {
            snprintf(err, err_cap, "serial=%s: at most %zu characters", serial,
                     sizeof(in->serial) - 1);
            virtio_input_free(in);
            free(in);
            return 0;
        }
        strcpy(in->serial, serial);
    }
    in->vdev.guest_errors = ctx->guest_errors;
    struct virt_devices *v = ctx->devices;
    if (v->inputs < VIRT_DEVICES_MAX_SLOTS)
        v->input[v->inputs++] = in;
    return &in->vdev;
}

struct virtio_device *ui_keyboard_create(struct keyval *props, const struct device_context *ctx,
                                         char *err, size_t err_cap)
{
    return input_create(VIRTIO_INPUT_KEYBOARD, props, ctx, err, err_cap);
}

struct virtio_device *ui_mouse_create(struct keyval *props, const struct device_context *ctx,
                                      char *err, size_t err_cap)
{
    return input_create(VIRTIO_INPUT_MOUSE, props, ctx, err, err_cap);
}

struct virtio_device *ui_tablet_create(struct keyval *props, const struct device_context *ctx,
                                       char *err, size_t err_cap)
{
    return input_create(VIRTIO_INPUT_TABLET, props, ctx, err, err_cap);
}

struct virtio_device *ui_multitouch_create(struct keyval *props, const struct device_context *ctx,
                                           char *err, size_t err_cap)
{
    return input_create(VIRTIO_INPUT_MULTITOUCH, props, ctx, err, err_cap);
}

void ui_input_destroy(struct virtio_device *d)
{
    struct virtio_input *in = (struct virtio_input *)d;
    virtio_input_free(in);
    free(in);
}

/*
 * The headless display: a copy of what output 0 last showed, kept up to
 * date from the device's callbacks as a window's texture would be, so the
 * screen the guest showed survives its driver switching the output off
 * (Linux does at power-off). Kept only when a screendump is wanted.
 */
struct headless_display {
    uint32_t width, height;
    uint32_t *rgb; /* width x height, 0xRRGGBB */
    struct virtio_gpu *gpu;
};

static void headless_copy(struct headless_display *h, const struct display_surface *s, uint32_t x,
                          uint32_t y, uint32_t w, uint32_t hgt)
{
    for (uint32_t row = y; row < y + hgt && row < h->height; row++)
        for (uint32_t col = x; col < x + w && col < h->width; col++)
            h->rgb[(size_t)row * h->width + col] = display_surface_rgb(s, col, row);
}

static void headless_surface(void *opaque, unsigned scanout, const struct display_surface *s)
{
    struct headless_display *h = opaque;
    if (scanout != 0 || !s)
        return; /* dark: the last frame stays what was shown */
    if (s->width != h->width || s->height != h->height) {
        uint32_t *rgb = calloc((size_t)s->width * s->height, sizeof(*rgb));
        if (!rgb)
            return;
        free(h->rgb);
        h->rgb = rgb;
        h->width = s->width;
        h->height = s->height;
    }
    headless_copy(h, s, 0, 0, s->width, s->height);
}

static void headless_dirty(void *opaque, unsigned scanout, uint32_t x, uint32_t y, uint32_t w,
                           uint32_t hgt)
{
    struct headless_display *h = opaque;
    struct display_surface s;
    if (scanout == 0 && h->rgb && virtio_gpu_surface(h->gpu, 0, &s) && s.width == h->width &&
        s.height == h->height)
        headless_copy(h, &s, x, y, w, hgt);
}

void ui_devices_board_created(struct virt_devices *v)
{
    const char *path = getenv("FERRY_SCREENDUMP");
    if (!path || !*path || !v->gpu)
        return;
    struct headless_display *h = calloc(1, sizeof(*h));
    if (!h)
        return;
    h->gpu = v->gpu;
    v->display = h;
    virtio_gpu_set_listener(v->gpu, &(struct display_listener){headless_surface, headless_dirty, h});
}

void ui_devices_board_stopped(struct virt_devices *v)
{
    struct headless_display *h = v->display;
    if (!h)
        return;
    const char *path = getenv("FERRY_SCREENDUMP");
    virtio_gpu_set_listener(v->gpu, &(struct display_listener){0});
    if (!h->rgb) {
        fprintf(stderr, "ferry: screendump %s: the guest showed nothing on the display\n", path);
    } else {
        /* the copy as a surface: 0xRRGGBB words are bytes B, G, R, 0 */
        struct display_surface s = {h->width, h->height, h->width * 4, 2, 1, 0,
                                    (const uint8_t *)h->rgb};
        char err[300];
        if (!screendump_write(&s, path, screendump_format_of(path), err, sizeof(err)))
            fprintf(stderr, "ferry: %s\n", err);
    }
    free(h->rgb);
    free(h);
    v->display = 0;
}
