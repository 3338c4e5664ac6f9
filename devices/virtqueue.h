/*
 * Split virtqueues (Virtual I/O Device specification 1.2, 2.7), the device's
 * side, shared by every virtio device and both register layouts (modern and
 * legacy virtio-mmio).
 *
 * This is the one place where guest addresses in descriptors become host
 * pointers: every descriptor, indirect table and ring goes through
 * phys_ram_range, so a buffer is either wholly inside guest RAM or the chain
 * is refused. A chain that loops, is longer than the queue, nests indirect
 * tables, has a zero or oversized length, puts a readable descriptor after a
 * writable one, or names an index past the ring is refused with a reason:
 * the device then marks itself NEEDS_RESET (virtio_device_broken).
 *
 *     struct virtq_request *r = ...;           (a device keeps its own, they are large)
 *     while (virtq_pop(q, mem, r, why, sizeof(why)) == VIRTQ_POP_OK) {
 *         ... read r->iov[0 .. r->readable), write r->iov[r->readable .. r->readable + r->writable)
 *         virtq_push(q, mem, r, bytes_written);
 *     }
 *     if (virtq_should_interrupt(q, mem)) raise the used-buffer interrupt
 *
 * Callers are single-threaded per queue (the board's thread); the ring
 * accesses carry the memory barriers the spec asks for, so a vCPU on
 * another host thread may fill the ring meanwhile.
 */
#ifndef FERRY_DEVICES_VIRTQUEUE_H
#define FERRY_DEVICES_VIRTQUEUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "mmu/phys_space.h"

/* QueueNumMax of every queue: the spec's maximum for split queues is 32768; QEMU offers 1024. */
#define VIRTQ_MAX_SIZE 1024
/* A chain (indirect tables included) is never longer than the queue (2.7.5.3.1). */
#define VIRTQ_MAX_SEGMENTS VIRTQ_MAX_SIZE

/* Descriptor flags (2.7.5). */
#define VIRTQ_DESC_F_NEXT 1
#define VIRTQ_DESC_F_WRITE 2
#define VIRTQ_DESC_F_INDIRECT 4
/* Ring flags (2.7.6, 2.7.8). */
#define VIRTQ_AVAIL_F_NO_INTERRUPT 1
#define VIRTQ_USED_F_NO_NOTIFY 1

struct virtq {
    /* what the driver configured through the transport */
    uint16_t num;                 /* QueueNum: ring entries, a power of 2 up to VIRTQ_MAX_SIZE */
    bool ready;                   /* QueueReady (modern) / QueuePFN != 0 (legacy) */
    uint64_t desc, avail, used;   /* guest-physical addresses of the three areas */
    bool event_idx;               /* VIRTIO_F_RING_EVENT_IDX negotiated */
    /* the device's side */
    uint16_t last_avail;          /* the next avail ring entry to take */
    uint16_t used_idx;            /* the next used ring entry to fill */
    uint16_t signalled_used;      /* used_idx when the driver was last interrupted */
    bool signalled_valid;         /* false until the first interrupt (EVENT_IDX) */
    bool kicks_off;               /* the device polls: virtq_want_kicks(false) */
};

/* One descriptor chain taken from the queue: readable segments first, then writable ones. */
struct virtq_request {
    uint16_t head;                /* the chain's first descriptor: what the used ring returns */
    unsigned readable, writable;  /* iov[0..readable) then iov[readable..readable+writable) */
    size_t readable_bytes, writable_bytes;
    struct iovec iov[VIRTQ_MAX_SEGMENTS];
    uint64_t guest[VIRTQ_MAX_SEGMENTS]; /* each segment's guest-physical address */
};

enum virtq_pop_result {
    VIRTQ_POP_EMPTY,  /* nothing new in the avail ring */
    VIRTQ_POP_OK,     /* *r holds a chain */
    VIRTQ_POP_BROKEN, /* the driver broke the rules; why says how */
};

/* Back to the state after a device reset (the driver's configuration is forgotten too). */
void virtq_reset(struct virtq *q);

/* Whether the driver made new buffers available. */
bool virtq_has_buffers(const struct virtq *q, const struct phys_space *mem);

/* Takes the next available chain. */
enum virtq_pop_result virtq_pop(struct virtq *q, const struct phys_space *mem,
                                struct virtq_request *r, char *why, size_t why_cap);

/*
 * Gives a chain back with `written` bytes written into its writable part
 * (the device wrote them through r->iov): code decoded from those guest
 * pages is dropped (phys_dma_written), and the used ring gets the entry.
 */
void virtq_push(struct virtq *q, const struct phys_space *mem, const struct virtq_request *r,
                uint32_t written);

/* Puts a popped chain back unused, to be popped again later (e.g. no room for a packet yet). */
void virtq_unpop(struct virtq *q);

/* After pushes: whether the driver wants an interrupt now (NO_INTERRUPT / used_event). */
bool virtq_should_interrupt(struct virtq *q, const struct phys_space *mem);

/*
 * Whether the driver should kick us when it adds buffers (USED_F_NO_NOTIFY,
 * or avail_event with EVENT_IDX). A device that polls the ring turns kicks
 * off while it works and back on before it looks a last time.
 */
void virtq_want_kicks(struct virtq *q, const struct phys_space *mem, bool want);

/* Copies between a request's segments and a flat buffer: bytes copied. */
size_t virtq_read_out(const struct virtq_request *r, size_t offset, void *dst, size_t len);
size_t virtq_write_in(const struct virtq_request *r, size_t offset, const void *src, size_t len);

#endif
