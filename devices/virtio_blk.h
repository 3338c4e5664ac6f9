/*
 * virtio-blk, the block device (virtio 1.2, 5.2): one request queue; each
 * chain is a 16-byte header {le32 type, le32 reserved, le64 sector}, the
 * data, and a status byte the device writes last. This file parses and
 * checks requests, answers the ones that need no disk (GET_ID, bad
 * requests) and hands the others to a backend as jobs: a byte range plus
 * the request's data segments in guest RAM. devices/ knows nothing of
 * files or threads: the backend (frontends/system/drive.c: an image file
 * served by a pool of worker threads) runs a job wherever it likes and
 * gives finished jobs back on the board's thread with virtio_blk_complete,
 * which writes the status, returns the chain and raises the interrupt.
 *
 * Offered: SIZE_MAX, SEG_MAX (queue size - 2, as QEMU: the header and the
 * status take two descriptors), BLK_SIZE 512, FLUSH, TOPOLOGY (4 KiB
 * physical blocks), RO with readonly, DISCARD unless the drive ignores
 * discards, WRITE_ZEROES; one request each (max_discard_seg = 1, as QEMU).
 * The configuration space is read-only (no CONFIG_WCE).
 *
 *     struct virtio_blk *blk = malloc(sizeof(*blk));
 *     virtio_blk_init(blk, mem, &(struct virtio_blk_setup){.sectors = size / 512, ...},
 *                     (struct virtio_blk_backend){submit, drain, pool});
 *     ... the backend, on the board's thread: virtio_blk_complete(blk, finished_jobs);
 *
 * At most VIRTIO_BLK_MAX_INFLIGHT requests are with the backend at once;
 * the rest wait in the ring until one completes. A device reset waits for
 * the backend to finish what it has (backend.drain) and then forgets those
 * requests: their completions are dropped, the reset queue is not touched.
 */
#ifndef FERRY_DEVICES_VIRTIO_BLK_H
#define FERRY_DEVICES_VIRTIO_BLK_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/uio.h>

#include "devices/virtio.h"

/* Feature bits (5.2.3). */
#define VIRTIO_BLK_F_SIZE_MAX 1
#define VIRTIO_BLK_F_SEG_MAX 2
#define VIRTIO_BLK_F_GEOMETRY 4
#define VIRTIO_BLK_F_RO 5
#define VIRTIO_BLK_F_BLK_SIZE 6
#define VIRTIO_BLK_F_FLUSH 9
#define VIRTIO_BLK_F_TOPOLOGY 10
#define VIRTIO_BLK_F_CONFIG_WCE 11
#define VIRTIO_BLK_F_MQ 12
#define VIRTIO_BLK_F_DISCARD 13
#define VIRTIO_BLK_F_WRITE_ZEROES 14

/* Configuration space offsets (5.2.4, struct virtio_blk_config). */
#define VIRTIO_BLK_CONFIG_CAPACITY 0                 /* le64, in 512-byte sectors */
#define VIRTIO_BLK_CONFIG_SIZE_MAX 8                 /* le32, bytes per segment */
#define VIRTIO_BLK_CONFIG_SEG_MAX 12                 /* le32, data segments per request */
#define VIRTIO_BLK_CONFIG_GEOMETRY 16                /* le16 cylinders, u8 heads, u8 sectors */
#define VIRTIO_BLK_CONFIG_BLK_SIZE 20                /* le32 */
#define VIRTIO_BLK_CONFIG_PHYSICAL_BLOCK_EXP 24      /* u8: log2(physical / logical block) */
#define VIRTIO_BLK_CONFIG_ALIGNMENT_OFFSET 25        /* u8 */
#define VIRTIO_BLK_CONFIG_MIN_IO_SIZE 26             /* le16, in logical blocks */
#define VIRTIO_BLK_CONFIG_OPT_IO_SIZE 28             /* le32, in logical blocks */
#define VIRTIO_BLK_CONFIG_WRITEBACK 32               /* u8 */
#define VIRTIO_BLK_CONFIG_NUM_QUEUES 34              /* le16 */
#define VIRTIO_BLK_CONFIG_MAX_DISCARD_SECTORS 36     /* le32 */
#define VIRTIO_BLK_CONFIG_MAX_DISCARD_SEG 40         /* le32 */
#define VIRTIO_BLK_CONFIG_DISCARD_SECTOR_ALIGNMENT 44 /* le32 */
#define VIRTIO_BLK_CONFIG_MAX_WRITE_ZEROES_SECTORS 48 /* le32 */
#define VIRTIO_BLK_CONFIG_MAX_WRITE_ZEROES_SEG 52    /* le32 */
#define VIRTIO_BLK_CONFIG_WRITE_ZEROES_MAY_UNMAP 56  /* u8 */
#define VIRTIO_BLK_CONFIG_SIZE 60                    /* up to unused1[3], as QEMU's */

/* Request types (5.2.6). */
#define VIRTIO_BLK_T_IN 0
#define VIRTIO_BLK_T_OUT 1
#define VIRTIO_BLK_T_FLUSH 4
#define VIRTIO_BLK_T_GET_ID 8
#define VIRTIO_BLK_T_GET_LIFETIME 10
#define VIRTIO_BLK_T_DISCARD 11
#define VIRTIO_BLK_T_WRITE_ZEROES 13
#define VIRTIO_BLK_T_SECURE_ERASE 14
/* Legacy (5.2.6.3): a barrier bit a legacy driver may OR into the type. */
#define VIRTIO_BLK_T_BARRIER 0x80000000u

/* Status byte values. */
#define VIRTIO_BLK_S_OK 0
#define VIRTIO_BLK_S_IOERR 1
#define VIRTIO_BLK_S_UNSUPP 2

#define VIRTIO_BLK_HEADER_SIZE 16
#define VIRTIO_BLK_ID_BYTES 20  /* GET_ID: the serial, zero-padded, not terminated at 20 */
#define VIRTIO_BLK_RANGE_SIZE 16 /* {le64 sector, le32 num_sectors, le32 flags} */
#define VIRTIO_BLK_WRITE_ZEROES_FLAG_UNMAP 1u

#define VIRTIO_BLK_SECTOR 512
/* QEMU's virtio-blk queue-size default; the guest sees the same ring. */
#define VIRTIO_BLK_QUEUE_SIZE 256
#define VIRTIO_BLK_SEG_MAX (VIRTIO_BLK_QUEUE_SIZE - 2)
/* Bytes per data segment: large enough that Linux's requests need few segments. */
#define VIRTIO_BLK_SIZE_MAX (4u << 20)
/* Per discard / write-zeroes range (QEMU's limit, 2 GiB less a sector). */
#define VIRTIO_BLK_MAX_RANGE_SECTORS 0x3fffffu
/* Discards are asked in 4 KiB units: what a host filesystem can deallocate. */
#define VIRTIO_BLK_DISCARD_ALIGNMENT_SECTORS 8
/* Requests handed to the backend at once (each holds a popped chain: ~40 KiB). */
#define VIRTIO_BLK_MAX_INFLIGHT 32

enum virtio_blk_op {
    VIRTIO_BLK_OP_READ,         /* into iov */
    VIRTIO_BLK_OP_WRITE,        /* from iov */
    VIRTIO_BLK_OP_FLUSH,        /* what was written reaches stable storage */
    VIRTIO_BLK_OP_DISCARD,      /* the range may be deallocated */
    VIRTIO_BLK_OP_WRITE_ZEROES, /* the range reads as zeros (deallocated if `unmap`) */
};

/* One disk operation for the backend. */
struct virtio_blk_job {
    enum virtio_blk_op op;
    bool unmap;
    uint64_t offset, length;  /* bytes; inside the disk, multiples of 512 */
    /* READ/WRITE: `length` bytes of guest RAM in iovcnt segments (the backend may change them) */
    struct iovec *iov;
    unsigned iovcnt;
    int result;               /* the backend's answer: 0, or -errno */
    struct virtio_blk_job *next; /* free for the backend (its queues and lists) */
};

struct virtio_blk_backend {
    /*
     * Starts a job (board's thread, never completing it from inside this
     * call): it comes back later through virtio_blk_complete.
     */
    void (*submit)(void *opaque, struct virtio_blk_job *job);
    /* Returns once every submitted job has finished (their completion may still be on its way). */
    void (*drain)(void *opaque);
    void *opaque;
};

/* What the disk is, as the drive decides it. */
struct virtio_blk_setup {
    uint64_t sectors;    /* capacity in 512-byte sectors */
    bool readonly;       /* RO: writes, discards and write-zeroes fail with IOERR */
    bool discard;        /* DISCARD offered (discard=unmap); write-zeroes may unmap too */
    const char *serial;  /* GET_ID; NULL: empty */
};

struct virtio_blk_slot;

struct virtio_blk {
    struct virtio_device vdev; /* first: the transport's view */
    struct virtio_blk_backend backend;
    uint64_t sectors;
    bool readonly, discard;
    char serial[VIRTIO_BLK_ID_BYTES];
    struct virtio_blk_slot *slot[VIRTIO_BLK_MAX_INFLIGHT]; /* made as needed */
    unsigned slots;                                         /* how many are made */
    struct virtio_blk_slot *free_slots;
    unsigned busy;   /* slots with the backend */
    uint32_t epoch;  /* bumped by reset: older jobs' completions are dropped */
    bool starved;    /* the queue has chains waiting for a free slot */
};

/* 0, or -ENOMEM. The device offers features from `setup`; the backend is kept by value. */
int virtio_blk_init(struct virtio_blk *blk, const struct phys_space *mem,
                    const struct virtio_blk_setup *setup, struct virtio_blk_backend backend);
/* After the backend is stopped (it holds no job any more). */
void virtio_blk_free(struct virtio_blk *blk);

/*
 * Board's thread: jobs the backend finished (a list through job->next, in
 * any order). Each gets its status and goes back to the guest; one
 * interrupt for the lot; chains that waited for a free slot are started.
 */
void virtio_blk_complete(struct virtio_blk *blk, struct virtio_blk_job *done);

#endif
