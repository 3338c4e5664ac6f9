/*
 * Writing what a display shows to an image file, as QEMU's monitor
 * command `screendump FILE [-f png|ppm]` does: PNG through libpng (8-bit
 * RGB, no alpha) or binary PPM (P6). Works whatever the display backend
 * (none or a window): it reads the device's surface (devices/display.h).
 *
 * Until ferry has a monitor, FERRY_SCREENDUMP=FILE in the environment is
 * the headless path tests use: the screen of output 0 is written to FILE
 * when the board stops (guest power-off, reboot, Ctrl-A x), PNG unless
 * FILE ends in .ppm. It is ferry's own test hook, not a QEMU interface.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_SCREENDUMP_H
#define FERRY_FRONTENDS_SYSTEM_SCREENDUMP_H

#include <stdbool.h>
#include <stddef.h>

#include "devices/display.h"

enum screendump_format { SCREENDUMP_PNG, SCREENDUMP_PPM };

/* The format a file name asks for: .ppm is PPM, anything else PNG (QEMU's default since 7.1). */
enum screendump_format screendump_format_of(const char *path);

/* Writes s to path. false after one line (without "ferry: ") in err; no file is left behind. */
bool screendump_write(const struct display_surface *s, const char *path,
                      enum screendump_format format, char *err, size_t err_cap);

#endif
