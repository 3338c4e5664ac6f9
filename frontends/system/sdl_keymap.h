/*
 * Host keys to the guest's Linux key codes by position, not by layout (as
 * QEMU's -display sdl): SDL's scancodes are the USB HID keyboard usages
 * (SDL_SCANCODE_A = 4), so the table is written against those numbers and
 * needs no SDL header (the unit test reads it without SDL).
 *
 *     uint16_t key = sdl_scancode_to_linux(event.key.keysym.scancode);   (0: no such key)
 */
#ifndef FERRY_FRONTENDS_SYSTEM_SDL_KEYMAP_H
#define FERRY_FRONTENDS_SYSTEM_SDL_KEYMAP_H

#include <stdint.h>

/* The Linux KEY_* code (linux/input-event-codes.h) of an SDL scancode; 0 when it has none. */
uint16_t sdl_scancode_to_linux(unsigned scancode);

#endif
