/* virtio-gpu and virtio-input -device rows, and the at-stop screendump; see ui_devices.h. */
#include "frontends/system/ui_devices.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_gpu.h"
#include "devices/virtio_input.h"
#include "frontends/system/display_sdl.h"
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

static struct virtio_device *input_create(const char *driver, enum virtio_input_kind kind,
                                          struct keyval *props, const struct device_context *ctx,
                                          char *err, size_t err_cap)
{
    const char *serial = keyval_take(props, "serial");
    struct virtio_input *in = malloc(sizeof(*in));
    if (!in || virtio_input_init(in, ctx->mem, kind) != 0) {
        free(in);
        snprintf(err, err_cap, "%s: out of memory", driver);
        return 0;
    }
    if (serial) {
        if (strlen(serial) >= sizeof(in->serial)) {
            snprintf(err, err_cap, "%s: serial=%s: at most %zu characters", driver, serial,
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
    return input_create("virtio-keyboard-device", VIRTIO_INPUT_KEYBOARD, props, ctx, err, err_cap);
}

struct virtio_device *ui_mouse_create(struct keyval *props, const struct device_context *ctx,
                                      char *err, size_t err_cap)
{
    return input_create("virtio-mouse-device", VIRTIO_INPUT_MOUSE, props, ctx, err, err_cap);
}

struct virtio_device *ui_tablet_create(struct keyval *props, const struct device_context *ctx,
                                       char *err, size_t err_cap)
{
    return input_create("virtio-tablet-device", VIRTIO_INPUT_TABLET, props, ctx, err, err_cap);
}

struct virtio_device *ui_multitouch_create(struct keyval *props, const struct device_context *ctx,
                                           char *err, size_t err_cap)
{
    return input_create("virtio-multitouch-device", VIRTIO_INPUT_MULTITOUCH, props, ctx, err, err_cap);
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

/* QEMU's rule for a window nobody asked for: a display server, a screen to show, no -nographic. */
static bool window_by_default(const struct virt_devices *v)
{
    const struct system_options *o = v->ctx.options;
    const char *x11 = getenv("DISPLAY"), *wayland = getenv("WAYLAND_DISPLAY");
    return o->display == DISPLAY_DEFAULT && !o->nographic && v->gpu && display_sdl_built() &&
           ((x11 && *x11) || (wayland && *wayland));
}

bool ui_devices_board_created(struct virt_devices *v, char *err, size_t err_cap)
{
    ui_input_inject_start(v);
    const char *path = getenv("FERRY_SCREENDUMP");
    if (path && *path && v->gpu) {
        struct headless_display *h = calloc(1, sizeof(*h));
        if (h) {
            h->gpu = v->gpu;
            v->display = h;
            virtio_gpu_set_listener(v->gpu,
                                    &(struct display_listener){headless_surface, headless_dirty, h});
        }
    }
    if (v->ctx.options->display == DISPLAY_SDL)
        return display_sdl_start(v, err, err_cap);
    if (window_by_default(v) && !display_sdl_start(v, err, err_cap))
        err[0] = 0; /* no window, as asked by nobody */
    return true;
}

void ui_devices_board_stopped(struct virt_devices *v)
{
    ui_input_inject_stop(v);
    display_sdl_stop(v);
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

/* ---- host input to the guest's input devices ---- */

/* Which device takes an event: keys go to a keyboard, buttons and axes to a pointer that has them. */
static struct virtio_input *input_for(struct virt_devices *v, uint16_t type, uint16_t code)
{
    for (unsigned i = 0; i < v->inputs; i++) {
        enum virtio_input_kind k = v->input[i]->kind;
        bool takes = false;
        switch (type) {
        case INPUT_EV_KEY: takes = code < INPUT_BTN_LEFT ? k == VIRTIO_INPUT_KEYBOARD
                                                          : k != VIRTIO_INPUT_KEYBOARD;
                           break;
        case INPUT_EV_REL: takes = k == VIRTIO_INPUT_MOUSE; break;
        case INPUT_EV_ABS: takes = code >= INPUT_ABS_MT_SLOT ? k == VIRTIO_INPUT_MULTITOUCH
                                                              : k == VIRTIO_INPUT_TABLET;
                           break;
        default: break;
        }
        if (takes)
            return v->input[i];
    }
    return 0;
}

void ui_input_event(struct virt_devices *v, uint16_t type, uint16_t code, uint32_t value)
{
    if (type == INPUT_EV_SYN) { /* ends the report on every device that has events in it */
        for (unsigned i = 0; i < v->inputs; i++)
            if (v->input[i]->queued != v->input[i]->report_start || v->input[i]->dropping)
                virtio_input_send(v->input[i], INPUT_EV_SYN, INPUT_SYN_REPORT, 0);
        return;
    }
    struct virtio_input *in = input_for(v, type, code);
    if (in)
        virtio_input_send(in, type, code, value);
}

/* FERRY_INPUT's FIFO: lines "TYPE CODE VALUE" (decimal evdev numbers; "0 0 0" ends a report). */
static void inject_readable(void *opaque, int fd, short revents)
{
    (void)revents;
    struct virt_devices *v = opaque;
    for (;;) {
        ssize_t n = read(fd, v->inject_line + v->inject_len,
                         sizeof(v->inject_line) - 1 - v->inject_len);
        if (n <= 0)
            return;
        v->inject_len += (size_t)n;
        v->inject_line[v->inject_len] = 0;
        char *line = v->inject_line, *nl;
        while ((nl = strchr(line, '\n'))) {
            *nl = 0;
            unsigned type, code;
            long value;
            if (sscanf(line, "%u %u %ld", &type, &code, &value) == 3 && type < 0x20 && code < 0x300)
                ui_input_event(v, (uint16_t)type, (uint16_t)code, (uint32_t)value);
            else if (*line)
                fprintf(stderr, "ferry: FERRY_INPUT: '%s' is not 'TYPE CODE VALUE'\n", line);
            line = nl + 1;
        }
        v->inject_len = strlen(line);
        memmove(v->inject_line, line, v->inject_len + 1);
        if (v->inject_len == sizeof(v->inject_line) - 1)
            v->inject_len = 0; /* a line too long for any event: dropped */
    }
}

void ui_input_inject_start(struct virt_devices *v)
{
    const char *path = getenv("FERRY_INPUT");
    v->inject_fd = -1;
    if (!path || !*path || !v->inputs)
        return;
    /* read-write: a FIFO opened so never reads end-of-file when its writers come and go */
    int fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        fprintf(stderr, "ferry: FERRY_INPUT %s: %s\n", path, strerror(errno));
        return;
    }
    if (main_loop_watch(v->ctx.loop, fd, POLLIN, inject_readable, v) != 0) {
        close(fd);
        return;
    }
    v->inject_fd = fd;
}

void ui_input_inject_stop(struct virt_devices *v)
{
    if (v->inject_fd < 0)
        return;
    main_loop_unwatch(v->ctx.loop, v->inject_fd);
    close(v->inject_fd);
    v->inject_fd = -1;
}
