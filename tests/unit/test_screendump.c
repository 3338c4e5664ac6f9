/*
 * screendump's files, read back: binary PPM (P6, "W H", 255, RGB rows)
 * and PNG through libpng's reader (8-bit RGB, the surface's pixels in
 * order), from a surface whose channels sit at another byte order
 * (R8G8B8X8: red in byte 0), so the channel offsets are honoured; a path
 * that cannot be written gives one line and leaves no file.
 */
#include <check.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontends/system/screendump.h"
#include "tests/unit/harness.h"

static uint8_t pixels[3 * 8 * 4]; /* 3 x 2 visible, stride 8 pixels' bytes */

static struct display_surface surface(void)
{
    memset(pixels, 0xee, sizeof(pixels)); /* outside the rectangle: must not show */
    for (uint32_t y = 0; y < 2; y++)
        for (uint32_t x = 0; x < 3; x++) {
            uint8_t *p = pixels + y * 32 + x * 4;
            p[0] = (uint8_t)(0x10 * x + y); /* red */
            p[1] = 0x80;                    /* green */
            p[2] = (uint8_t)(0xf0 - x);     /* blue */
            p[3] = 0x55;                    /* unused */
        }
    return (struct display_surface){3, 2, 32, 0, 1, 2, pixels};
}

static void expect_rgb(const uint8_t *rgb)
{
    for (unsigned y = 0; y < 2; y++)
        for (unsigned x = 0; x < 3; x++) {
            const uint8_t *p = rgb + (y * 3 + x) * 3;
            ck_assert_uint_eq(p[0], 0x10 * x + y);
            ck_assert_uint_eq(p[1], 0x80);
            ck_assert_uint_eq(p[2], 0xf0 - x);
        }
}

START_TEST(ppm_is_p6_with_the_surfaces_rgb)
{
    char path[] = "/tmp/ferry-screendump-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    struct display_surface s = surface();
    char err[200];
    ck_assert(screendump_write(&s, path, SCREENDUMP_PPM, err, sizeof(err)));
    FILE *f = fopen(path, "rb");
    char head[16] = {0};
    ck_assert_uint_eq(fread(head, 1, 11, f), 11);
    ck_assert_str_eq(head, "P6\n3 2\n255\n");
    uint8_t rgb[18];
    ck_assert_uint_eq(fread(rgb, 1, sizeof(rgb), f), sizeof(rgb));
    ck_assert_int_eq(fgetc(f), EOF);
    fclose(f);
    expect_rgb(rgb);
    unlink(path);
}
END_TEST

START_TEST(png_reads_back_as_the_surface)
{
    char path[] = "/tmp/ferry-screendump-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    struct display_surface s = surface();
    char err[200];
    ck_assert(screendump_write(&s, path, SCREENDUMP_PNG, err, sizeof(err)));
    png_image image;
    memset(&image, 0, sizeof(image));
    image.version = PNG_IMAGE_VERSION;
    ck_assert(png_image_begin_read_from_file(&image, path));
    ck_assert_uint_eq(image.width, 3);
    ck_assert_uint_eq(image.height, 2);
    image.format = PNG_FORMAT_RGB;
    uint8_t rgb[18];
    ck_assert(png_image_finish_read(&image, 0, rgb, 0, 0));
    expect_rgb(rgb);
    unlink(path);
}
END_TEST

START_TEST(formats_follow_the_file_name_and_errors_leave_nothing)
{
    ck_assert_int_eq(screendump_format_of("a.ppm"), SCREENDUMP_PPM);
    ck_assert_int_eq(screendump_format_of("a.png"), SCREENDUMP_PNG);
    ck_assert_int_eq(screendump_format_of("screen"), SCREENDUMP_PNG);
    ck_assert_int_eq(screendump_format_of("ppm"), SCREENDUMP_PNG);
    struct display_surface s = surface();
    char err[200];
    ck_assert(!screendump_write(&s, "/nonexistent/dir/x.png", SCREENDUMP_PNG, err, sizeof(err)));
    ck_assert_str_eq(err, "screendump /nonexistent/dir/x.png: No such file or directory");
    ck_assert_int_ne(access("/nonexistent/dir/x.png", F_OK), 0);
}
END_TEST

static Suite *screendump_suite(void)
{
    Suite *s = suite_create("screendump");
    TCase *tc = tcase_create("files");
    tcase_add_test(tc, ppm_is_p6_with_the_surfaces_rgb);
    tcase_add_test(tc, png_reads_back_as_the_surface);
    tcase_add_test(tc, formats_follow_the_file_name_and_errors_leave_nothing);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(screendump_suite()); }
