/*
 * The SDL2 window (-display sdl): shows what virtio-gpu output 0 shows and
 * sends the window's keyboard, mouse and touch to the guest's virtio-input
 * devices. It runs on the board's thread as a main_loop source: each round
 * it takes the pending SDL events (a bounded number) and, at most about 60
 * times a second, uploads the rectangle the guest flushed since the last
 * frame into a streaming texture and presents it. The vCPU never waits for
 * the screen: the device's callbacks only record what changed.
 *
 *   - the window follows the scanout's size; the user resizing it becomes
 *     virtio_gpu_set_output_size (the guest sees a display-info change);
 *   - keys map by scancode (sdl_keymap.h) to the first keyboard;
 *   - the mouse goes absolute to a tablet when there is one (scaled as QEMU,
 *     display_rect.h), else relative to a mouse with a grab that
 *     Ctrl-Alt-G toggles (the title says so); with only a multitouch
 *     device the left button is one finger;
 *   - SDL touch events become the multitouch device's slots;
 *   - closing the window presses the power button (vm->powerdown); a
 *     second close quits (vm->quit), as QEMU.
 *
 * Built only with SDL2 (meson -Dsdl=auto|enabled); display_sdl_none.c
 * stands in otherwise, and display_sdl_built says which.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_DISPLAY_SDL_H
#define FERRY_FRONTENDS_SYSTEM_DISPLAY_SDL_H

#include <stdbool.h>
#include <stddef.h>

struct virt_devices;

/* Whether this ferry was built with SDL2. */
bool display_sdl_built(void);

/* Opens the window for v's display (v->gpu) and input devices: false, err set, if it cannot. */
bool display_sdl_start(struct virt_devices *v, char *err, size_t err_cap);

/* Closes the window (the board stops); nothing when none is open. */
void display_sdl_stop(struct virt_devices *v);

#endif
