/*
 * Disks from the command line, in QEMU's spelling:
 *
 *   -drive file=F[,format=raw][,if=none|virtio][,id=ID][,readonly=on][,snapshot=on]
 *          [,cache=writeback|none|directsync|writethrough|unsafe][,cache.direct=on]
 *          [,cache.no-flush=on][,discard=unmap|ignore][,index=N][,media=disk]
 *          [,aio=threads|native|io_uring][,file.locking=on|off|auto]
 *   -device virtio-blk-device,drive=ID[,serial=S]
 *   -hda F .. -hdd F (options.c makes them -drive index=N,media=disk,if=virtio,file=F)
 *
 * if=virtio (virt's default interface, as in QEMU) gets a virtio-blk device
 * of its own, added after every -device (drive_add_implicit), in -drive
 * order; if=none waits for a -device that names its id. A drive without
 * id= is called "<if><index>" (virtio0, none1), as QEMU names it.
 *
 * Every image is opened once, before the board is built (drive_images_open,
 * from backends.c), locked, and kept until ferry exits: a guest reboot
 * rebuilds the devices, which take the same open images again (a
 * snapshot=on overlay keeps the guest's writes, the lock is never let go),
 * as QEMU keeps its block backends across a reset. Each device has its own
 * worker pool. The board's builders look at the -drive list again (it is
 * small); which drives are taken is seen in the board's slots.
 *
 * Defaults as QEMU's: format raw (QEMU probes and warns; ferry reads raw
 * only), cache=writeback (guest flush = fdatasync), discard=ignore (DISCARD
 * not offered), locking on.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_DRIVE_H
#define FERRY_FRONTENDS_SYSTEM_DRIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "frontends/system/keyval.h"
#include "frontends/system/virt_devices.h"

struct drive_images;

/* Opens every -drive's image. 0, or -1 with one line in err (no "ferry: "). */
int drive_images_open(struct drive_images **out, const struct system_options *o, char *err,
                      size_t cap);
/* After every device using them is destroyed. NULL is fine. */
void drive_images_close(struct drive_images *d);

/*
 * C-a s: every snapshot=on image takes what the guest wrote (drive_image_commit),
 * once the board's disks have no job running (drive_blk_quiesce). 0, or -1
 * with one line in err (the other drives are still committed).
 */
int drive_images_commit(struct drive_images *d, char *err, size_t cap);
/* Waits until no virtio-blk device of the board has a job queued or running. */
void drive_blk_quiesce(struct virt_devices *v);

/* The `virtio-blk-device` row of virt_devices.c's -device table. */
struct virtio_device *drive_blk_create(struct keyval *props, const struct device_context *ctx,
                                       char *err, size_t err_cap);
void drive_blk_destroy(struct virtio_device *d);

/*
 * After every -device: a virtio-blk device for each if=virtio drive, and a
 * check of each unused if=none one. False with one line in err (no "ferry: ").
 */
bool drive_add_implicit(struct virt_devices *v, char *err, size_t err_cap);

#endif
