/*
 * virtio-console as QEMU's virtio-serial-device (virtio 1.2, 5.3): a bus of
 * ports with VIRTIO_CONSOLE_F_MULTIPORT, each port a pair of queues and a
 * host stream (a chardev, reached only through struct
 * virtio_console_host). Port 0 is the console port (Linux: /dev/hvc0);
 * ports 1.. are named serial ports (/dev/vport0pN, its name in
 * /sys/class/virtio-ports/vport0pN/name).
 *
 * Queues: rx0 tx0 ctrl_rx ctrl_tx rx1 tx1 rx2 tx2, so with
 * VIRTIO_MAX_QUEUES = 8 the bus has VIRTIO_CONSOLE_MAX_PORTS = 3 ports,
 * and says so in max_nr_ports.
 *
 * Control (5.3.6.2): the driver says DEVICE_READY, the device announces
 * each port (DEVICE_ADD), the driver says PORT_READY, the device tells it
 * CONSOLE_PORT / PORT_NAME / PORT_OPEN (host side connected). The driver's
 * PORT_OPEN says whether a program in the guest has the port open: host
 * input goes only to an open port, and is held by the host meanwhile.
 *
 *     virtio_console_init(&con, mem);
 *     int nr = virtio_console_add_port(&con, true, 0, &host);   (0: the console)
 *     ... host input:  n = virtio_console_input_room(&con, nr); virtio_console_input(&con, nr, buf, n);
 */
#ifndef FERRY_DEVICES_VIRTIO_CONSOLE_H
#define FERRY_DEVICES_VIRTIO_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/virtio.h"

/* Feature bits (5.3.3). */
#define VIRTIO_CONSOLE_F_SIZE 0
#define VIRTIO_CONSOLE_F_MULTIPORT 1
#define VIRTIO_CONSOLE_F_EMERG_WRITE 2

/* Configuration layout (5.3.4). */
#define VIRTIO_CONSOLE_CFG_COLS 0
#define VIRTIO_CONSOLE_CFG_ROWS 2
#define VIRTIO_CONSOLE_CFG_MAX_NR_PORTS 4
#define VIRTIO_CONSOLE_CFG_EMERG_WR 8
#define VIRTIO_CONSOLE_CFG_SIZE 12

/* Control events (5.3.6.2): struct { le32 id; le16 event; le16 value; }. */
enum virtio_console_event {
    VIRTIO_CONSOLE_DEVICE_READY = 0,
    VIRTIO_CONSOLE_DEVICE_ADD = 1,
    VIRTIO_CONSOLE_DEVICE_REMOVE = 2,
    VIRTIO_CONSOLE_PORT_READY = 3,
    VIRTIO_CONSOLE_CONSOLE_PORT = 4,
    VIRTIO_CONSOLE_RESIZE = 5,
    VIRTIO_CONSOLE_PORT_OPEN = 6,
    VIRTIO_CONSOLE_PORT_NAME = 7,
};
#define VIRTIO_CONSOLE_CTRL_SIZE 8

#define VIRTIO_CONSOLE_MAX_PORTS ((VIRTIO_MAX_QUEUES - 2) / 2)
#define VIRTIO_CONSOLE_NAME_MAX 64
/* Control messages waiting for the driver's buffers: a few per port is all the protocol needs. */
#define VIRTIO_CONSOLE_CTRL_PENDING 32

/* The host side of one port (the board connects it to a chardev). */
struct virtio_console_host {
    void (*write)(void *opaque, const void *buf, size_t len); /* the guest's output */
    void (*input_room)(void *opaque); /* the port can take input again: send what is held */
    void *opaque;
};

struct virtio_console_port {
    bool present;
    bool console;                 /* port 0 as the guest's console (CONSOLE_PORT) */
    char name[VIRTIO_CONSOLE_NAME_MAX]; /* "" : unnamed */
    struct virtio_console_host host;
    bool host_connected;
    bool ready;                   /* the driver's PORT_READY: it knows the port */
    bool guest_open;              /* the driver's PORT_OPEN */
    struct virtq_request *rx;     /* a receive buffer popped for the next host input */
    bool rx_held;
};

struct virtio_console_ctrl {
    uint32_t id;
    uint16_t event, value;
};

struct virtio_console {
    struct virtio_device vdev;    /* first: the transport's view */
    struct virtio_console_port port[VIRTIO_CONSOLE_MAX_PORTS];
    struct virtq_request *req;    /* for transmit and control queues */
    struct virtio_console_ctrl pending[VIRTIO_CONSOLE_CTRL_PENDING]; /* to the driver */
    unsigned pending_head, pending_count;
};

/* 0, or -ENOMEM. */
int virtio_console_init(struct virtio_console *c, const struct phys_space *mem);
void virtio_console_free(struct virtio_console *c);

/*
 * A port on the bus: console = true takes port 0, otherwise the lowest free
 * port from 1 (QEMU keeps 0 for a console). The port number, or -1 when
 * there is none left (or port 0 is taken, for a console).
 */
int virtio_console_add_port(struct virtio_console *c, bool console, const char *name,
                            const struct virtio_console_host *host);

/* How many bytes of host input port `nr` takes now (0: not open, or no buffer from the driver). */
size_t virtio_console_input_room(struct virtio_console *c, unsigned nr);
/* Host input, len <= what input_room said. */
void virtio_console_input(struct virtio_console *c, unsigned nr, const void *buf, size_t len);
/* The host side connected or went (a socket's client): the driver gets PORT_OPEN. */
void virtio_console_host_connected(struct virtio_console *c, unsigned nr, bool up);

#endif
