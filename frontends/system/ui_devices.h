/*
 * The -device rows of the screen and the input devices:
 * virtio-gpu-device[,xres=W][,yres=H][,max_outputs=N][,edid=on|off] and
 * virtio-keyboard-device, virtio-mouse-device, virtio-tablet-device,
 * virtio-multitouch-device (QEMU's names and properties), plus what the
 * board does with them on the host side: the first virtio-gpu is the
 * board's display (v->gpu) and, with FERRY_SCREENDUMP=FILE set, the last
 * screen it showed is written to FILE when the board stops (screendump.h).
 */
#ifndef FERRY_FRONTENDS_SYSTEM_UI_DEVICES_H
#define FERRY_FRONTENDS_SYSTEM_UI_DEVICES_H

#include <stdint.h>

#include "frontends/system/virt_devices.h"

struct virtio_device *ui_gpu_create(struct keyval *props, const struct device_context *ctx,
                                    char *err, size_t err_cap);
void ui_gpu_destroy(struct virtio_device *d);
struct virtio_device *ui_keyboard_create(struct keyval *props, const struct device_context *ctx,
                                         char *err, size_t err_cap);
struct virtio_device *ui_mouse_create(struct keyval *props, const struct device_context *ctx,
                                      char *err, size_t err_cap);
struct virtio_device *ui_tablet_create(struct keyval *props, const struct device_context *ctx,
                                       char *err, size_t err_cap);
struct virtio_device *ui_multitouch_create(struct keyval *props, const struct device_context *ctx,
                                           char *err, size_t err_cap);
void ui_input_destroy(struct virtio_device *d);

/*
 * Every device is built: with FERRY_SCREENDUMP set, the headless display
 * starts following v->gpu; the window opens (display_sdl.h) with
 * -display sdl, or by QEMU's default (no -nographic, no -display, a
 * virtio-gpu, and DISPLAY or WAYLAND_DISPLAY set; one that fails to open
 * is no error then). False, err set: -display sdl could not open it.
 */
bool ui_devices_board_created(struct virt_devices *v, char *err, size_t err_cap);

/* The board stops (before its devices are freed): the window closes; FERRY_SCREENDUMP's file, if asked for. */
void ui_devices_board_stopped(struct virt_devices *v);

/*
 * One evdev event from the host (a window's key or pointer, the test hook):
 * keys (EV_KEY below BTN_LEFT) go to the first keyboard, buttons to the
 * first pointer, EV_REL to a mouse, ABS_X/Y to a tablet, ABS_MT_* to a
 * multitouch device; EV_SYN ends the report on every device that got
 * events. An event no device takes is dropped.
 */
void ui_input_event(struct virt_devices *v, uint16_t type, uint16_t code, uint32_t value);

/*
 * The test hook until a window exists: FERRY_INPUT=FIFO makes ferry read
 * lines "TYPE CODE VALUE" (decimal, evdev numbering) from that FIFO and
 * hand each to ui_input_event. Started with the board, stopped with it.
 */
void ui_input_inject_start(struct virt_devices *v);
void ui_input_inject_stop(struct virt_devices *v);

#endif
