/* virtio-serial-device: console and serial ports over one bus; see virtio_console.h. */
#include "devices/virtio_console.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct virtio_console *con_of(struct virtio_device *d) { return (struct virtio_console *)d; }

/* rx0 tx0 ctrl_rx ctrl_tx rx1 tx1 ...: port 0 keeps the pre-MULTIPORT queue numbers. */
static unsigned rx_queue(unsigned nr) { return nr == 0 ? 0 : 2 + 2 * nr; }
#define CTRL_RX 2
#define CTRL_TX 3

static bool multiport(const struct virtio_console *c)
{
    return virtio_has_feature(&c->vdev, VIRTIO_CONSOLE_F_MULTIPORT);
}

/* Whether host input may go to port nr: the guest opened it (without MULTIPORT, port 0 always is). */
static bool port_takes_input(const struct virtio_console *c, unsigned nr)
{
    const struct virtio_console_port *p = &c->port[nr];
    if (!p->present || !virtio_running(&c->vdev))
        return false;
    return multiport(c) ? p->guest_open : nr == 0;
}

/* ---- control messages to the driver ---- */

/* Sends what is pending while the driver has control buffers. */
static void flush_control(struct virtio_console *c)
{
    struct virtio_device *d = &c->vdev;
    struct virtq *q = &d->queue[CTRL_RX];
    bool pushed = false;
    while (c->pending_count && virtio_running(d) &&
           virtio_queue_pop(d, CTRL_RX, c->req) == VIRTQ_POP_OK) {
        const struct virtio_console_ctrl *m = &c->pending[c->pending_head];
        uint8_t msg[VIRTIO_CONSOLE_CTRL_SIZE + VIRTIO_CONSOLE_NAME_MAX];
        memcpy(msg, &m->id, 4); /* little-endian host: the layout is the wire's */
        memcpy(msg + 4, &m->event, 2);
        memcpy(msg + 6, &m->value, 2);
        size_t len = VIRTIO_CONSOLE_CTRL_SIZE;
        if (m->event == VIRTIO_CONSOLE_PORT_NAME) { /* the name follows, without a NUL */
            size_t n = strlen(c->port[m->id].name);
            memcpy(msg + len, c->port[m->id].name, n);
            len += n;
        }
        size_t written = virtq_write_in(c->req, 0, msg, len);
        virtq_push(q, d->mem, c->req, (uint32_t)written);
        pushed = true;
        c->pending_head = (c->pending_head + 1) % VIRTIO_CONSOLE_CTRL_PENDING;
        c->pending_count--;
    }
    if (pushed)
        virtio_queue_done(d, CTRL_RX);
}

static void send_control(struct virtio_console *c, uint32_t id, uint16_t event, uint16_t value)
{
    if (c->pending_count == VIRTIO_CONSOLE_CTRL_PENDING) {
        /* only a driver that never reads its control queue gets here */
        virtio_guest_error(&c->vdev, "control queue full: event %u for port %u dropped", event, id);
        return;
    }
    unsigned at = (c->pending_head + c->pending_count++) % VIRTIO_CONSOLE_CTRL_PENDING;
    c->pending[at] = (struct virtio_console_ctrl){id, event, value};
    flush_control(c);
}

/* ---- control messages from the driver ---- */

static void port_ready(struct virtio_console *c, uint32_t id, uint16_t value)
{
    struct virtio_console_port *p = &c->port[id];
    if (!value) { /* the driver could not set the port up: it stays unused */
        virtio_guest_error(&c->vdev, "the driver failed to add port %u", id);
        return;
    }
    p->ready = true;
    if (p->console)
        send_control(c, id, VIRTIO_CONSOLE_CONSOLE_PORT, 1);
    if (p->name[0])
        send_control(c, id, VIRTIO_CONSOLE_PORT_NAME, 1);
    if (p->host_connected)
        send_control(c, id, VIRTIO_CONSOLE_PORT_OPEN, 1);
}

static void control_message(struct virtio_console *c, const struct virtio_console_ctrl *m)
{
    if (m->event == VIRTIO_CONSOLE_DEVICE_READY) {
        if (!m->value)
            return;
        for (unsigned nr = 0; nr < VIRTIO_CONSOLE_MAX_PORTS; nr++)
            if (c->port[nr].present)
                send_control(c, nr, VIRTIO_CONSOLE_DEVICE_ADD, 1);
        return;
    }
    if (m->id >= VIRTIO_CONSOLE_MAX_PORTS || !c->port[m->id].present) {
        virtio_guest_error(&c->vdev, "control event %u for port %u, which does not exist",
                           m->event, m->id);
        return;
    }
    struct virtio_console_port *p = &c->port[m->id];
    switch (m->event) {
    case VIRTIO_CONSOLE_PORT_READY:
        port_ready(c, m->id, m->value);
        break;
    case VIRTIO_CONSOLE_PORT_OPEN:
        p->guest_open = m->value != 0;
        if (p->guest_open && p->host.input_room)
            p->host.input_room(p->host.opaque);
        break;
    default: /* RESIZE and the device's own events mean nothing coming from the driver */
        virtio_guest_error(&c->vdev, "unexpected control event %u from the driver", m->event);
        break;
    }
}

static void serve_control(struct virtio_console *c)
{
    struct virtio_device *d = &c->vdev;
    struct virtq *q = &d->queue[CTRL_TX];
    bool pushed = false;
    while (virtio_queue_pop(d, CTRL_TX, c->req) == VIRTQ_POP_OK) {
        uint8_t msg[VIRTIO_CONSOLE_CTRL_SIZE];
        struct virtio_console_ctrl m;
        bool whole = virtq_read_out(c->req, 0, msg, sizeof(msg)) == sizeof(msg);
        virtq_push(q, d->mem, c->req, 0);
        pushed = true;
        if (!whole) {
            virtio_guest_error(d, "a control message shorter than %d bytes", VIRTIO_CONSOLE_CTRL_SIZE);
            continue;
        }
        memcpy(&m.id, msg, 4);
        memcpy(&m.event, msg + 4, 2);
        memcpy(&m.value, msg + 6, 2);
        control_message(c, &m);
        if (!virtio_running(d))
            break;
    }
    if (pushed)
        virtio_queue_done(d, CTRL_TX);
}

/* ---- data ---- */

/* The guest's output on port nr: to the host, or dropped if the port has none. */
static void serve_transmit(struct virtio_console *c, unsigned nr, unsigned queue)
{
    struct virtio_device *d = &c->vdev;
    struct virtq *q = &d->queue[queue];
    struct virtio_console_port *p = &c->port[nr];
    bool pushed = false;
    while (virtio_queue_pop(d, queue, c->req) == VIRTQ_POP_OK) {
        for (unsigned i = 0; i < c->req->readable && p->present && p->host.write; i++)
            p->host.write(p->host.opaque, c->req->iov[i].iov_base, c->req->iov[i].iov_len);
        virtq_push(q, d->mem, c->req, 0);
        pushed = true;
    }
    if (pushed)
        virtio_queue_done(d, queue);
}

size_t virtio_console_input_room(struct virtio_console *c, unsigned nr)
{
    if (nr >= VIRTIO_CONSOLE_MAX_PORTS || !port_takes_input(c, nr))
        return 0;
    struct virtio_console_port *p = &c->port[nr];
    struct virtio_device *d = &c->vdev;
    struct virtq *q = &d->queue[rx_queue(nr)];
    while (!p->rx_held) {
        if (virtio_queue_pop(d, rx_queue(nr), p->rx) != VIRTQ_POP_OK)
            return 0;
        if (p->rx->writable_bytes) {
            p->rx_held = true;
        } else { /* nothing to write into: give it back empty */
            virtq_push(q, d->mem, p->rx, 0);
            virtio_queue_done(d, rx_queue(nr));
        }
    }
    return p->rx->writable_bytes;
}

void virtio_console_input(struct virtio_console *c, unsigned nr, const void *buf, size_t len)
{
    if (nr >= VIRTIO_CONSOLE_MAX_PORTS || !c->port[nr].rx_held || !port_takes_input(c, nr))
        return;
    struct virtio_console_port *p = &c->port[nr];
    struct virtio_device *d = &c->vdev;
    size_t n = virtq_write_in(p->rx, 0, buf, len);
    virtq_push(&d->queue[rx_queue(nr)], d->mem, p->rx, (uint32_t)n);
    p->rx_held = false;
    virtio_queue_done(d, rx_queue(nr));
}

void virtio_console_host_connected(struct virtio_console *c, unsigned nr, bool up)
{
    if (nr >= VIRTIO_CONSOLE_MAX_PORTS || !c->port[nr].present)
        return;
    struct virtio_console_port *p = &c->port[nr];
    if (p->host_connected == up)
        return;
    p->host_connected = up;
    if (p->ready && multiport(c) && virtio_running(&c->vdev))
        send_control(c, nr, VIRTIO_CONSOLE_PORT_OPEN, up);
}

/* ---- the device ---- */

static void console_notify(struct virtio_device *d, unsigned queue)
{
    struct virtio_console *c = con_of(d);
    if (queue == CTRL_RX) {
        flush_control(c);
        return;
    }
    if (queue == CTRL_TX) {
        if (multiport(c))
            serve_control(c);
        return;
    }
    unsigned nr = queue < 2 ? 0 : (queue - 2) / 2;
    if (queue & 1) {
        serve_transmit(c, nr, queue);
    } else if (port_takes_input(c, nr) && c->port[nr].host.input_room) {
        /* new receive buffers: what the host holds for this port can come */
        c->port[nr].host.input_room(c->port[nr].host.opaque);
    }
}

static void console_reset(struct virtio_device *d)
{
    struct virtio_console *c = con_of(d);
    for (unsigned nr = 0; nr < VIRTIO_CONSOLE_MAX_PORTS; nr++) {
        c->port[nr].ready = false;
        c->port[nr].guest_open = false;
        c->port[nr].rx_held = false;
    }
    c->pending_head = c->pending_count = 0;
}

static void console_driver_ok(struct virtio_device *d)
{
    struct virtio_console *c = con_of(d);
    struct virtio_console_port *p = &c->port[0];
    if (!multiport(c) && p->present && p->host.input_room)
        p->host.input_room(p->host.opaque);
}

/* emerg_wr: one character straight to port 0, for a driver with no queues yet (5.3.4). */
static void console_config_written(struct virtio_device *d, uint32_t offset, unsigned size)
{
    struct virtio_console *c = con_of(d);
    struct virtio_console_port *p = &c->port[0];
    if (offset != VIRTIO_CONSOLE_CFG_EMERG_WR || size != 4)
        return;
    uint8_t byte = d->config[VIRTIO_CONSOLE_CFG_EMERG_WR];
    if (p->present && p->host.write)
        p->host.write(p->host.opaque, &byte, 1);
}

static const struct virtio_device_ops console_ops = {
    .name = "virtio-console",
    .device_id = VIRTIO_ID_CONSOLE,
    .queues = 2 + 2 * VIRTIO_CONSOLE_MAX_PORTS,
    .queue_notify = console_notify,
    .reset = console_reset,
    .driver_ok = console_driver_ok,
    .config_written = console_config_written,
};

int virtio_console_init(struct virtio_console *c, const struct phys_space *mem)
{
    memset(c, 0, sizeof(*c));
    c->vdev.ops = &console_ops;
    c->vdev.mem = mem;
    c->vdev.device_features = 1ull << VIRTIO_CONSOLE_F_MULTIPORT | 1ull << VIRTIO_CONSOLE_F_EMERG_WRITE;
    c->vdev.config_size = VIRTIO_CONSOLE_CFG_SIZE;
    /* no F_SIZE: cols and rows stay 0 */
    virtio_config_put32(&c->vdev, VIRTIO_CONSOLE_CFG_MAX_NR_PORTS, VIRTIO_CONSOLE_MAX_PORTS);
    c->req = malloc(sizeof(*c->req));
    return c->req ? 0 : -ENOMEM;
}

void virtio_console_free(struct virtio_console *c)
{
    for (unsigned nr = 0; nr < VIRTIO_CONSOLE_MAX_PORTS; nr++) {
        free(c->port[nr].rx);
        c->port[nr].rx = 0;
    }
    free(c->req);
    c->req = 0;
}

int virtio_console_add_port(struct virtio_console *c, bool console, const char *name,
                            const struct virtio_console_host *host)
{
    unsigned nr = console ? 0 : 1;
    while (nr < VIRTIO_CONSOLE_MAX_PORTS && c->port[nr].present)
        nr++;
    if (nr >= VIRTIO_CONSOLE_MAX_PORTS || (console && nr != 0))
        return -1;
    struct virtio_console_port *p = &c->port[nr];
    p->rx = malloc(sizeof(*p->rx));
    if (!p->rx)
        return -1;
    p->present = true;
    p->console = console;
    snprintf(p->name, sizeof(p->name), "%s", name ? name : "");
    p->host = *host;
    return (int)nr;
}
