/*
 * What a display device (virtio-gpu) shows, as a display backend (the
 * screendump writer, an SDL window: frontends/) reads it: a surface per
 * output and callbacks when it changes. The arrow points from frontends to
 * devices: a backend registers a struct display_listener with the device;
 * the device never knows which backend it feeds.
 *
 *     struct display_surface s;
 *     if (virtio_gpu_surface(gpu, 0, &s)) ... read s.pixels[y * s.stride + x * 4 + s.red] ...
 *
 * Surfaces are 4 bytes a pixel; which byte holds red, green and blue is
 * part of the surface (the guest picks the resource's format). The pixels
 * stay the device's: valid until the next callback or guest command.
 */
#ifndef FERRY_DEVICES_DISPLAY_H
#define FERRY_DEVICES_DISPLAY_H

#include <stdint.h>

struct display_surface {
    uint32_t width, height;  /* the visible rectangle, in pixels */
    uint32_t stride;         /* bytes from one row to the next */
    uint8_t red, green, blue; /* byte offsets of each channel inside a 4-byte pixel */
    const uint8_t *pixels;   /* the rectangle's top-left pixel */
};

/* Callbacks run on the board's thread, inside the guest's command (keep them short). */
struct display_listener {
    /* Output `scanout` shows a new surface (size or resource changed); NULL: it went dark. */
    void (*surface_changed)(void *opaque, unsigned scanout, const struct display_surface *s);
    /* Pixels in this rectangle of the surface changed (the guest flushed them). */
    void (*dirty)(void *opaque, unsigned scanout, uint32_t x, uint32_t y, uint32_t w, uint32_t h);
    void *opaque;
};

/* The rgb of pixel (x, y) of s, as 0xRRGGBB. */
static inline uint32_t display_surface_rgb(const struct display_surface *s, uint32_t x, uint32_t y)
{
    const uint8_t *p = s->pixels + (uint64_t)y * s->stride + (uint64_t)x * 4;
    return (uint32_t)p[s->red] << 16 | (uint32_t)p[s->green] << 8 | p[s->blue];
}

#endif
