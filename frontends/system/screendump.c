/* A display surface into a PNG or PPM file; see screendump.h. */
#include "frontends/system/screendump.h"

#include <errno.h>
#include <png.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum screendump_format screendump_format_of(const char *path)
{
    size_t n = strlen(path);
    return n >= 4 && strcmp(path + n - 4, ".ppm") == 0 ? SCREENDUMP_PPM : SCREENDUMP_PNG;
}

/* Row y of s as packed 8-bit RGB. */
static void rgb_row(const struct display_surface *s, uint32_t y, uint8_t *out)
{
    const uint8_t *p = s->pixels + (uint64_t)y * s->stride;
    for (uint32_t x = 0; x < s->width; x++, p += 4) {
        *out++ = p[s->red];
        *out++ = p[s->green];
        *out++ = p[s->blue];
    }
}

static bool write_ppm(const struct display_surface *s, FILE *f, uint8_t *row)
{
    if (fprintf(f, "P6\n%u %u\n255\n", s->width, s->height) < 0)
        return false;
    for (uint32_t y = 0; y < s->height; y++) {
        rgb_row(s, y, row);
        if (fwrite(row, 3, s->width, f) != s->width)
            return false;
    }
    return true;
}

static bool write_png(const struct display_surface *s, FILE *f, uint8_t *row)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, 0, 0, 0);
    png_infop info = png ? png_create_info_struct(png) : 0;
    if (!info) {
        png_destroy_write_struct(&png, 0);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) { /* libpng's error exit */
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, s->width, s->height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (uint32_t y = 0; y < s->height; y++) {
        rgb_row(s, y, row);
        png_write_row(png, row);
    }
    png_write_end(png, 0);
    png_destroy_write_struct(&png, &info);
    return true;
}

bool screendump_write(const struct display_surface *s, const char *path,
                      enum screendump_format format, char *err, size_t err_cap)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, err_cap, "screendump %s: %s", path, strerror(errno));
        return false;
    }
    uint8_t *row = malloc((size_t)s->width * 3 + 1);
    bool ok = row && (format == SCREENDUMP_PPM ? write_ppm(s, f, row) : write_png(s, f, row));
    free(row);
    if (fclose(f) != 0)
        ok = false;
    if (!ok) {
        snprintf(err, err_cap, "screendump %s: write failed", path);
        unlink(path);
    }
    return ok;
}
