/* virtio-serial-device, virtconsole, virtserialport from -device; see serial_bus.h. */
#include "frontends/system/serial_bus.h"

#include <stdlib.h>
#include <string.h>

#include "devices/virtio_console.h"
#include "frontends/system/chardev.h"

struct serial_bus;

/* One port's wiring between the device and its chardev. */
struct serial_link {
    struct serial_bus *bus;
    unsigned nr;
    struct chardev *chr;
};

struct serial_bus {
    struct virtio_console con; /* first: the slot holds &con.vdev */
    struct serial_link link[VIRTIO_CONSOLE_MAX_PORTS];
};

/* ---- device -> chardev ---- */

static void port_write(void *opaque, const void *buf, size_t len)
{
    struct serial_link *l = opaque;
    chardev_write(l->chr, buf, len);
}

static void port_input_room(void *opaque)
{
    struct serial_link *l = opaque;
    chardev_accept_input(l->chr);
}

/* ---- chardev -> device ---- */

static size_t chr_can_receive(void *opaque)
{
    struct serial_link *l = opaque;
    return virtio_console_input_room(&l->bus->con, l->nr);
}

static void chr_receive(void *opaque, const uint8_t *buf, size_t len)
{
    struct serial_link *l = opaque;
    virtio_console_input(&l->bus->con, l->nr, buf, len);
}

static void chr_connected(void *opaque, bool up)
{
    struct serial_link *l = opaque;
    virtio_console_host_connected(&l->bus->con, l->nr, up);
}

struct virtio_device *serial_bus_create(struct keyval *props, const struct device_context *ctx,
                                        char *err, size_t err_cap)
{
    (void)props;
    struct serial_bus *bus = calloc(1, sizeof(*bus));
    if (!bus || virtio_console_init(&bus->con, ctx->mem) != 0) {
        free(bus);
        snprintf(err, err_cap, "virtio-serial-device: out of memory");
        return 0;
    }
    bus->con.vdev.guest_errors = ctx->guest_errors;
    ctx->devices->serial_bus = &bus->con.vdev; /* where the ports that follow go */
    return &bus->con.vdev;
}

void serial_bus_destroy(struct virtio_device *d)
{
    struct serial_bus *bus = (struct serial_bus *)d;
    for (unsigned nr = 0; nr < VIRTIO_CONSOLE_MAX_PORTS; nr++)
        if (bus->link[nr].chr)
            chardev_detach(bus->link[nr].chr, &bus->link[nr]);
    virtio_console_free(&bus->con);
    free(bus);
}

bool serial_port_create(const char *driver, struct keyval *props, const struct device_context *ctx,
                        char *err, size_t err_cap)
{
    bool console = strcmp(driver, "virtconsole") == 0;
    const char *id = keyval_take(props, "chardev");
    const char *name = keyval_take(props, "name");
    struct serial_bus *bus = (struct serial_bus *)ctx->devices->serial_bus;
    if (!bus) {
        snprintf(err, err_cap, "-device %s: no virtio-serial-device before it to plug into",
                 driver);
        return false;
    }
    if (!id) {
        snprintf(err, err_cap, "-device %s: a chardev= is needed", driver);
        return false;
    }
    if (name && strlen(name) >= VIRTIO_CONSOLE_NAME_MAX) {
        snprintf(err, err_cap, "-device %s: name=%s is longer than %d bytes", driver, name,
                 VIRTIO_CONSOLE_NAME_MAX - 1);
        return false;
    }
    struct chardev *chr = chardevs_find(ctx->chardevs, id);
    if (!chr) {
        snprintf(err, err_cap, "-device %s: chardev=%s names no -chardev", driver, id);
        return false;
    }
    /* the port number is known only once added: take the link of the first free one */
    unsigned nr = console ? 0 : 1;
    while (nr < VIRTIO_CONSOLE_MAX_PORTS && bus->con.port[nr].present)
        nr++;
    if (nr >= VIRTIO_CONSOLE_MAX_PORTS || (console && nr != 0)) {
        snprintf(err, err_cap, console ? "-device %s: the bus has its console port already"
                                       : "-device %s: the bus has no free port (ferry has 3: "
                                         "0 for virtconsole, 1-2)",
                 driver);
        return false;
    }
    struct serial_link *l = &bus->link[nr];
    *l = (struct serial_link){bus, nr, chr};
    struct chardev_frontend fe = {chr_can_receive, chr_receive, chr_connected, l, 0};
    if (!chardev_attach(chr, &fe)) {
        l->chr = 0;
        if (chardev_is_mux(chr)) /* QEMU's words */
            snprintf(err, err_cap, "-device %s: too many uses of multiplexed chardev '%s' "
                     "(maximum is 4)", driver, id);
        else
            snprintf(err, err_cap, "-device %s: chardev '%s' is already in use", driver, id);
        return false;
    }
    struct virtio_console_host host = {port_write, port_input_room, l};
    if (virtio_console_add_port(&bus->con, console, name, &host) != (int)nr) {
        chardev_detach(chr, l);
        l->chr = 0;
        snprintf(err, err_cap, "-device %s: out of memory", driver);
        return false;
    }
    bus->con.port[nr].host_connected = chardev_connected(chr);
    return true;
}
