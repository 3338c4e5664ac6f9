/*
 * A raw disk image as a -drive opens it: the file (or block device), its
 * locks, the host cache mode, the snapshot overlay, and the one function
 * the disk workers call to run a virtio-blk job on it.
 *
 * Locking speaks QEMU's protocol (block/file-posix.c's byte-range scheme,
 * checked against qemu-system-aarch64 7.2 in /proc/locks), so ferry and
 * QEMU keep each other off an image: shared OFD read locks on byte
 * 100 + p for each permission p the user holds and 200 + p for each it
 * does not let others hold (0 consistent read, 1 write, 3 resize). A
 * writer holds 100, 101, 201; readonly=on 100, 201; snapshot=on 100, 201,
 * 203. Taking a permission fails while anyone holds 200 + p; refusing one
 * fails while anyone holds 100 + p. The locks go with the descriptor.
 *
 * snapshot=on: the image is opened read-only and never written; writes go
 * to an unnamed sparse temporary file of the same size (in $TMPDIR, else
 * /var/tmp, as QEMU puts its temporary overlay) and a bitmap with a bit per
 * 512-byte sector says which sectors the overlay holds. Guest I/O is in
 * whole sectors, so no sector is ever half in one file and half in the
 * other; the bitmap's memory is touched only where the guest wrote.
 *
 *     struct drive_image img;
 *     if (drive_image_open(&img, &(struct drive_image_options){.file = "disk.img"}, err, cap)) ...
 *     ... on a worker: job->result = drive_image_run(&img, job);
 *     drive_image_close(&img);
 */
#ifndef FERRY_FRONTENDS_SYSTEM_DRIVE_IMAGE_H
#define FERRY_FRONTENDS_SYSTEM_DRIVE_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/virtio_blk.h"

struct drive_image_options {
    const char *file;
    bool readonly;   /* opened read-only: the device refuses writes */
    bool snapshot;   /* writes go to a temporary overlay */
    bool direct;     /* O_DIRECT where the filesystem allows it (cache=none, directsync) */
    bool dsync;      /* O_DSYNC: every write is stable when done (directsync, writethrough) */
    bool no_flush;   /* a guest flush does nothing (cache=unsafe) */
    bool no_locking; /* file.locking=off */
};

struct drive_image {
    int fd;          /* the image: O_DIRECT if asked and allowed */
    int buffered_fd; /* with O_DIRECT: the image without it, for buffers O_DIRECT refuses; else -1 */
    int overlay_fd;  /* snapshot=on: the temporary overlay; else -1 */
    uint64_t *written; /* snapshot=on: a bit per sector the overlay holds */
    uint64_t size;     /* bytes, whole sectors: what the guest sees */
    bool no_flush;
    bool readonly;
    bool no_locking;
};

/*
 * Opens, checks and locks the image; nothing is written to it. 0, or -1
 * with one line in err (no "ferry: ", naming the file and the reason).
 */
int drive_image_open(struct drive_image *img, const struct drive_image_options *o, char *err,
                     size_t err_cap);
void drive_image_close(struct drive_image *img);

/* Runs a job to the end, on any thread: 0, or -errno. Jobs may run concurrently. */
int drive_image_run(struct drive_image *img, struct virtio_blk_job *job);

/*
 * snapshot=on's commit (C-a s, as QEMU's for -snapshot): what the guest
 * wrote so far goes into `file` itself, which then is the overlay's base
 * again with an empty map. The image is opened for writing only for this,
 * and only if nobody else refuses writers (QEMU's "write" lock). The
 * caller has stopped the drive's jobs. 0 (also without an overlay), or -1
 * with one line in err.
 */
int drive_image_commit(struct drive_image *img, const char *file, char *err, size_t err_cap);

#endif
