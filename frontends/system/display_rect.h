/*
 * The part of a screen that changed since it was last shown: the dirty
 * rectangles a display device reports, clipped to the surface and merged
 * into one bounding rectangle, which a window uploads to its texture at its
 * next frame (display_sdl.c). A guest's rectangle past the surface is cut,
 * never trusted.
 *
 *     struct display_rect d = {0};
 *     display_rect_add(&d, x, y, w, h, surface_w, surface_h);
 *     if (d.w) ... upload d ...; d = (struct display_rect){0};
 */
#ifndef FERRY_FRONTENDS_SYSTEM_DISPLAY_RECT_H
#define FERRY_FRONTENDS_SYSTEM_DISPLAY_RECT_H

#include <stdint.h>

struct display_rect {
    uint32_t x, y, w, h; /* w == 0 or h == 0: nothing */
};

/* Adds (x, y, w, h), cut to the width x height surface, to *d (their bounding rectangle). */
static inline void display_rect_add(struct display_rect *d, uint32_t x, uint32_t y, uint32_t w,
                                    uint32_t h, uint32_t width, uint32_t height)
{
    if (x >= width || y >= height || !w || !h)
        return;
    if (w > width - x)
        w = width - x;
    if (h > height - y)
        h = height - y;
    if (!d->w || !d->h) {
        *d = (struct display_rect){x, y, w, h};
        return;
    }
    uint32_t x1 = d->x + d->w > x + w ? d->x + d->w : x + w;
    uint32_t y1 = d->y + d->h > y + h ? d->y + d->h : y + h;
    d->x = d->x < x ? d->x : x;
    d->y = d->y < y ? d->y : y;
    d->w = x1 - d->x;
    d->h = y1 - d->y;
}

/*
 * A window coordinate on a `size`-pixel axis as an absolute pointer's
 * 0..INPUT_ABS_MAX_VALUE (0x7fff) value, exactly as QEMU scales it
 * (qemu_input_scale_axis with the surface's size as the input range).
 */
static inline uint32_t display_abs_scale(int32_t value, uint32_t size)
{
    if (size < 1)
        return 0x7fff / 2;
    if (value < 0)
        value = 0;
    if ((uint32_t)value > size)
        value = (int32_t)size;
    return (uint32_t)((int64_t)value * 0x7fff / size);
}

#endif
