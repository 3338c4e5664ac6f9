/*
 * What the SDL window computes without SDL: the scancode -> Linux key
 * table (SDL scancodes are USB HID usages; the expected codes are
 * linux/input-event-codes.h's), the dirty rectangle a frame uploads
 * (clipped to the surface, merged into one bounding box) and the tablet's
 * coordinate scaling (QEMU's qemu_input_scale_axis: value * 0x7fff / size).
 */
#include <check.h>

#include "frontends/system/display_rect.h"
#include "frontends/system/sdl_keymap.h"
#include "tests/unit/harness.h"

START_TEST(scancodes_map_by_position_to_linux_keys)
{
    ck_assert_uint_eq(sdl_scancode_to_linux(4), 30);    /* SDL_SCANCODE_A -> KEY_A */
    ck_assert_uint_eq(sdl_scancode_to_linux(20), 16);   /* Q -> KEY_Q (not A on AZERTY) */
    ck_assert_uint_eq(sdl_scancode_to_linux(29), 44);   /* Z -> KEY_Z */
    ck_assert_uint_eq(sdl_scancode_to_linux(30), 2);    /* 1 -> KEY_1 */
    ck_assert_uint_eq(sdl_scancode_to_linux(39), 11);   /* 0 -> KEY_0 */
    ck_assert_uint_eq(sdl_scancode_to_linux(40), 28);   /* RETURN -> KEY_ENTER */
    ck_assert_uint_eq(sdl_scancode_to_linux(41), 1);    /* ESCAPE -> KEY_ESC */
    ck_assert_uint_eq(sdl_scancode_to_linux(44), 57);   /* SPACE -> KEY_SPACE */
    ck_assert_uint_eq(sdl_scancode_to_linux(58), 59);   /* F1 -> KEY_F1 */
    ck_assert_uint_eq(sdl_scancode_to_linux(69), 88);   /* F12 -> KEY_F12 */
    ck_assert_uint_eq(sdl_scancode_to_linux(82), 103);  /* UP -> KEY_UP */
    ck_assert_uint_eq(sdl_scancode_to_linux(100), 86);  /* NONUSBACKSLASH -> KEY_102ND */
    ck_assert_uint_eq(sdl_scancode_to_linux(224), 29);  /* LCTRL -> KEY_LEFTCTRL */
    ck_assert_uint_eq(sdl_scancode_to_linux(230), 100); /* RALT -> KEY_RIGHTALT */
    ck_assert_uint_eq(sdl_scancode_to_linux(231), 126); /* RGUI -> KEY_RIGHTMETA */
    ck_assert_uint_eq(sdl_scancode_to_linux(0), 0);     /* UNKNOWN */
    ck_assert_uint_eq(sdl_scancode_to_linux(232), 0);   /* past the table */
    ck_assert_uint_eq(sdl_scancode_to_linux(100000), 0);
}
END_TEST

START_TEST(dirty_rectangles_clip_to_the_surface_and_merge)
{
    struct display_rect d = {0};
    display_rect_add(&d, 10, 20, 30, 40, 100, 80);
    ck_assert(d.x == 10 && d.y == 20 && d.w == 30 && d.h == 40);
    display_rect_add(&d, 5, 50, 10, 5, 100, 80); /* the bounding box of both */
    ck_assert(d.x == 5 && d.y == 20 && d.w == 35 && d.h == 40);
    display_rect_add(&d, 90, 70, 1000, 1000, 100, 80); /* past the edge: cut to it */
    ck_assert(d.x == 5 && d.y == 20 && d.w == 95 && d.h == 60);

    struct display_rect e = {0};
    display_rect_add(&e, 100, 0, 5, 5, 100, 80);  /* starts outside: nothing */
    display_rect_add(&e, 0, 80, 5, 5, 100, 80);
    display_rect_add(&e, 3, 3, 0, 5, 100, 80);    /* empty */
    ck_assert_uint_eq(e.w, 0);
    display_rect_add(&e, UINT32_MAX - 1, 0, 5, 5, 100, 80);
    ck_assert_uint_eq(e.w, 0);
    display_rect_add(&e, 99, 79, UINT32_MAX, UINT32_MAX, 100, 80); /* no overflow */
    ck_assert(e.x == 99 && e.y == 79 && e.w == 1 && e.h == 1);
}
END_TEST

START_TEST(tablet_coordinates_scale_as_qemu)
{
    ck_assert_uint_eq(display_abs_scale(0, 1280), 0);
    ck_assert_uint_eq(display_abs_scale(640, 1280), 16383);  /* 640 * 32767 / 1280 */
    ck_assert_uint_eq(display_abs_scale(400, 800), 16383);
    ck_assert_uint_eq(display_abs_scale(1280, 1280), 32767);
    ck_assert_uint_eq(display_abs_scale(-5, 1280), 0);       /* outside: at the edge */
    ck_assert_uint_eq(display_abs_scale(5000, 1280), 32767);
    ck_assert_uint_eq(display_abs_scale(3, 0), 16383);       /* no surface: the middle */
}
END_TEST

static Suite *display_window_suite(void)
{
    Suite *s = suite_create("display_window");
    TCase *tc = tcase_create("window");
    tcase_add_test(tc, scancodes_map_by_position_to_linux_keys);
    tcase_add_test(tc, dirty_rectangles_clip_to_the_surface_and_merge);
    tcase_add_test(tc, tablet_coordinates_scale_as_qemu);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(display_window_suite()); }
