/*
 * The board's pluggable devices, from the command line: -device DRIVER,...
 * (plus the backends they name: -drive, -netdev, -chardev, -object) and
 * the defaults a plain `qemu-system-aarch64 -M virt` gets (a user-mode NIC;
 * ferry adds virtio-rng), gone with -nodefaults / -nic none.
 *
 * Each -device DRIVER is a row of one table (virt_devices.c) naming the
 * function that builds it from its properties. Slots are given as QEMU's
 * virt gives them: the first virtio device on the command line takes the
 * highest free virtio-mmio slot, so the guest finds the last one first
 * (its /dev/vda, eth0) exactly as under QEMU.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_VIRT_DEVICES_H
#define FERRY_FRONTENDS_SYSTEM_VIRT_DEVICES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "devices/virtio.h"
#include "devices/virtio_mmio.h"
#include "frontends/system/keyval.h"
#include "frontends/system/main_loop.h"
#include "frontends/system/options.h"
#include "mmu/phys_space.h"

struct virt_devices;
struct netdevs;
struct chardevs;
struct drive_images;
struct virtio_gpu;
struct virtio_input;
struct headless_display;
struct sdl_display;
struct vm_control;

/* What a device's builder may use of the board. */
struct device_context {
    const struct system_options *options;
    const struct phys_space *mem;
    struct main_loop *loop;
    FILE *guest_errors;           /* -d guest_errors: the log; else NULL */
    FILE *log;                    /* the -D log (always set) */
    struct virt_devices *devices; /* the board's devices so far (-object sources, backends in use) */
    /* the host's backends (backends.h), which outlive the board: */
    struct netdevs *net;          /* -netdev/-nic stacks (netdev.c), for virtio-net-device */
    struct chardevs *chardevs;    /* -chardev streams (chardev.c), for virtio-serial ports */
    struct drive_images *drives;  /* -drive images (drive.c), for virtio-blk-device */
    struct vm_control *vm;        /* the user's requests (a window's close: power off, quit) */
};

/*
 * One -device driver. create: builds the device from its properties (each
 * known key taken with keyval_take; the caller reports leftovers as
 * unknown), NULL after writing one line (without "ferry: ") to err.
 * destroy frees it (the board is torn down at exit and at guest reboot).
 */
struct virtio_driver {
    const char *name; /* "virtio-blk-device" */
    struct virtio_device *(*create)(struct keyval *props, const struct device_context *ctx,
                                    char *err, size_t err_cap);
    void (*destroy)(struct virtio_device *d);
};

/*
 * A -device that is no virtio device of its own but a part plugged into one
 * built before it (virtconsole, virtserialport on a virtio-serial-device).
 * create: false after writing one line (without "ferry: ") to err.
 */
struct port_driver {
    const char *name; /* "virtconsole" */
    bool (*create)(const char *name, struct keyval *props, const struct device_context *ctx,
                   char *err, size_t err_cap);
};

#define VIRT_DEVICES_MAX_SLOTS 32
#define VIRT_DEVICES_MAX_RNG_SOURCES 8

/* A -object rng-random,id=ID,filename=F: a file virtio-rng devices may read. */
struct rng_source {
    char *id;
    int fd;
    bool used;
};

struct virt_device_slot {
    struct virtio_mmio transport;
    struct virtio_device *dev; /* NULL: an empty slot */
    const struct virtio_driver *driver;
};

struct virt_devices {
    struct device_context ctx;
    struct virt_device_slot slot[VIRT_DEVICES_MAX_SLOTS];
    unsigned slots;           /* how many the board has */
    unsigned used;            /* slots taken, from the highest down (QEMU's order) */
    struct irq_line first_irq; /* slot n raises first_irq.line + n */
    bool legacy;              /* -global virtio-mmio.force-legacy=true */
    struct rng_source rng[VIRT_DEVICES_MAX_RNG_SOURCES];
    unsigned rng_count;
    struct virtio_device *serial_bus; /* the last virtio-serial-device: where ports go */
    struct virtio_gpu *gpu;           /* the first virtio-gpu-device: the board's display */
    struct virtio_input *input[VIRT_DEVICES_MAX_SLOTS]; /* virtio-*-device inputs, in order */
    unsigned inputs;
    struct headless_display *display; /* ui_devices.c's, while a screendump is wanted */
    struct sdl_display *window;       /* display_sdl.c's, while -display sdl shows a window */
    int inject_fd;                    /* FERRY_INPUT's FIFO, or -1 (ui_devices.c) */
    char inject_line[128];            /* its partial line */
    size_t inject_len;
    char keyval_err[200];
};

/*
 * Builds every device the command line asks for (and the defaults), in
 * QEMU's order: -device in command-line order, then the devices other
 * options imply (-drive if=virtio, -nic, the default NIC and rng). Each
 * slot is mapped into `phys` (empty ones too). 0, or 1 after one line
 * "ferry: ..." on stderr.
 */
int virt_devices_create(struct virt_devices *v, const struct device_context *ctx,
                        struct phys_space *phys, uint64_t base, unsigned slots,
                        struct irq_line first_irq);
void virt_devices_free(struct virt_devices *v);

/*
 * For a builder of implied devices (drive.c's if=virtio disks, netdev.c's
 * -nic): puts a built device in the next slot. False (err set) when every
 * slot is taken; the caller then destroys it.
 */
bool virt_devices_add(struct virt_devices *v, const struct virtio_driver *driver,
                      struct virtio_device *dev, char *err, size_t err_cap);

/* Whether some device of this driver was already built (e.g. "virtio-rng-device"). */
bool virt_devices_have(const struct virt_devices *v, const char *driver_name);

#endif
