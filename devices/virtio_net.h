/*
 * virtio-net, the network card (virtio 1.2, 5.1): queue 0 takes frames to
 * the guest (RX), queue 1 frames from it (TX); each frame travels behind a
 * struct virtio_net_hdr. The card is a plain Ethernet port: what it is
 * plugged into (libslirp's user-mode network, in frontends/system/netdev.c)
 * is a backend that takes the guest's frames through backend.send and hands
 * frames in with virtio_net_receive. devices/ knows nothing of slirp.
 *
 * Offered: MAC, STATUS (link up), MTU (1500), MRG_RXBUF (a frame may span
 * several RX buffers, num_buffers says how many), CSUM (the guest may send
 * a partial checksum: the card completes it from csum_start/csum_offset
 * before the frame leaves, as a card's checksum engine would) and
 * GUEST_CSUM (received frames carry DATA_VALID: slirp's frames are built
 * with correct checksums, so the guest need not check them again). No GSO:
 * without HOST_TSO4/6 or UFO the guest segments itself and sends frames of at
 * most its MTU.
 *
 * A frame that arrives while the guest has no RX buffer waits in a short
 * backlog (VIRTIO_NET_RX_BACKLOG frames, like a card's FIFO) until the
 * driver adds buffers (it kicks the RX queue then); beyond that, frames are
 * dropped, as a real card drops them, and TCP resends.
 *
 *     struct virtio_net *n = malloc(sizeof(*n));
 *     virtio_net_init(n, mem, mac);
 *     n->backend = (struct virtio_net_backend){send_to_slirp, stack};
 *     ... slirp's send_packet callback: virtio_net_receive(n, frame, len);
 *
 * Everything runs on the board's thread (queue notifies, the backend's
 * callbacks).
 */
#ifndef FERRY_DEVICES_VIRTIO_NET_H
#define FERRY_DEVICES_VIRTIO_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/virtio.h"

/* Feature bits (5.1.3). */
#define VIRTIO_NET_F_CSUM 0
#define VIRTIO_NET_F_GUEST_CSUM 1
#define VIRTIO_NET_F_MTU 3
#define VIRTIO_NET_F_MAC 5
#define VIRTIO_NET_F_MRG_RXBUF 15
#define VIRTIO_NET_F_STATUS 16

/* Configuration space (5.1.4): offsets and the status bits. */
#define VIRTIO_NET_CONFIG_MAC 0                 /* u8 mac[6] */
#define VIRTIO_NET_CONFIG_STATUS 6              /* le16 */
#define VIRTIO_NET_CONFIG_MAX_VIRTQUEUE_PAIRS 8 /* le16, meaningful with MQ only: 1 */
#define VIRTIO_NET_CONFIG_MTU 10                /* le16 */
#define VIRTIO_NET_CONFIG_SIZE 12
#define VIRTIO_NET_S_LINK_UP 1

/* struct virtio_net_hdr's flags and gso_type (5.1.6). */
#define VIRTIO_NET_HDR_F_NEEDS_CSUM 1
#define VIRTIO_NET_HDR_F_DATA_VALID 2
#define VIRTIO_NET_HDR_GSO_NONE 0

/* The header before every frame: 12 bytes with VERSION_1 or MRG_RXBUF, else 10 (no num_buffers). */
struct virtio_net_hdr {
    uint8_t flags;
    uint8_t gso_type;
    uint16_t hdr_len;
    uint16_t gso_size;
    uint16_t csum_start;
    uint16_t csum_offset;
    uint16_t num_buffers;
};
#define VIRTIO_NET_HDR_SIZE 12
#define VIRTIO_NET_HDR_LEGACY_SIZE 10

#define VIRTIO_NET_RX_QUEUE 0
#define VIRTIO_NET_TX_QUEUE 1
/* QEMU's rx_queue_size / tx_queue_size default: the guest sees the same rings. */
#define VIRTIO_NET_QUEUE_SIZE 256
#define VIRTIO_NET_MTU 1500
#define VIRTIO_NET_ETH_HLEN 14
/* The longest frame (without its header) taken from or given to the guest. */
#define VIRTIO_NET_MAX_FRAME 65535
/* Frames held while the guest has no RX buffer; more are dropped. */
#define VIRTIO_NET_RX_BACKLOG 256

/* Where the card's cable goes. send NULL: nowhere (frames the guest sends are dropped). */
struct virtio_net_backend {
    void (*send)(void *opaque, const uint8_t *frame, size_t len);
    void *opaque;
};

struct virtio_net_held_frame {
    uint8_t *data;
    size_t len;
};

struct virtio_net {
    struct virtio_device vdev; /* first: the transport's view */
    struct virtio_net_backend backend;
    uint8_t mac[6];
    bool link_up;
    /* a frame spanning several RX buffers needs its first chain kept while the others are counted */
    struct virtq_request *rx_first, *rx_next, *tx;
    uint8_t *tx_frame; /* one frame from the guest, header stripped, VIRTIO_NET_MAX_FRAME bytes */
    /* the RX backlog: a ring of malloc'd copies, oldest at backlog_head */
    struct virtio_net_held_frame backlog[VIRTIO_NET_RX_BACKLOG];
    unsigned backlog_head, backlog_count;
    /* counters, for tests and -d guest_errors readers */
    uint64_t rx_frames, rx_dropped, tx_frames, tx_errors;
};

/* 0, or -ENOMEM. The link starts up; mac is the card's address (config space). */
int virtio_net_init(struct virtio_net *n, const struct phys_space *mem, const uint8_t mac[6]);
void virtio_net_free(struct virtio_net *n);

/*
 * The backend has a frame for the guest: written into its RX buffers now,
 * held in the backlog while there are none, or dropped (the driver is not
 * running, the link is down, the backlog is full, the frame is oversized).
 */
void virtio_net_receive(struct virtio_net *n, const uint8_t *frame, size_t len);

/* The cable was plugged in or pulled: config status changes, the driver is told. */
void virtio_net_set_link(struct virtio_net *n, bool up);

#endif
