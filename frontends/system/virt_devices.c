/* The board's pluggable devices from the command line; see virt_devices.h. */
#include "frontends/system/virt_devices.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "devices/virtio_rng.h"
#include "frontends/system/chardev.h"
#include "frontends/system/drive.h"
#include "frontends/system/netdev.h"
#include "frontends/system/serial_bus.h"
#include "frontends/system/ui_devices.h"

/* ---- virtio-rng-device[,rng=ID] ---- */

static void rng_source_readable(void *opaque, int fd, short revents)
{
    (void)fd;
    (void)revents;
    virtio_rng_source_ready(opaque);
}

/* Poll the user's entropy file only while a request waits on it (it would wake every round). */
static void rng_wait_for_source(struct virtio_rng *rng, bool wait)
{
    main_loop_set_events(rng->host, rng->source_fd, wait ? POLLIN : 0);
}

static struct virtio_device *rng_create(struct keyval *props, const struct device_context *ctx,
                                        char *err, size_t err_cap)
{
    const char *id = keyval_take(props, "rng");
    int fd = -1;
    if (id) {
        struct virt_devices *v = ctx->devices;
        unsigned i = 0;
        while (i < v->rng_count && strcmp(v->rng[i].id, id) != 0)
            i++;
        if (i == v->rng_count) {
            snprintf(err, err_cap, "virtio-rng-device: rng=%s names no -object rng-random", id);
            return 0;
        }
        if (v->rng[i].used) {
            snprintf(err, err_cap, "virtio-rng-device: rng object '%s' is already in use", id);
            return 0;
        }
        v->rng[i].used = true;
        fd = v->rng[i].fd;
    }
    struct virtio_rng *rng = malloc(sizeof(*rng));
    if (!rng || virtio_rng_init(rng, ctx->mem, fd) != 0) {
        free(rng);
        snprintf(err, err_cap, "virtio-rng-device: out of memory");
        return 0;
    }
    rng->vdev.guest_errors = ctx->guest_errors;
    rng->wait_for_source = rng_wait_for_source;
    rng->host = ctx->loop;
    if (fd >= 0 && main_loop_watch(ctx->loop, fd, 0, rng_source_readable, rng) != 0) {
        virtio_rng_free(rng);
        free(rng);
        snprintf(err, err_cap, "virtio-rng-device: too many host descriptors to watch");
        return 0;
    }
    return &rng->vdev;
}

static void rng_destroy(struct virtio_device *d)
{
    struct virtio_rng *rng = (struct virtio_rng *)d;
    virtio_rng_free(rng);
    free(rng);
}

/* ---- the -device table ---- */

static const struct virtio_driver drivers[] = {
    {"virtio-rng-device", rng_create, rng_destroy},
    {"virtio-blk-device", drive_blk_create, drive_blk_destroy},
    {"virtio-net-device", netdev_nic_create, netdev_nic_destroy},
    {"virtio-serial-device", serial_bus_create, serial_bus_destroy},
    {"virtio-gpu-device", ui_gpu_create, ui_gpu_destroy},
    {"virtio-keyboard-device", ui_keyboard_create, ui_input_destroy},
    {"virtio-mouse-device", ui_mouse_create, ui_input_destroy},
    {"virtio-tablet-device", ui_tablet_create, ui_input_destroy},
    {"virtio-multitouch-device", ui_multitouch_create, ui_input_destroy},
};

/* -device rows that plug into a device built before them, looked up first. */
static const struct port_driver port_drivers[] = {
    {"virtconsole", serial_port_create},
    {"virtserialport", serial_port_create},
};

static const struct port_driver *find_port_driver(const char *name)
{
    for (size_t i = 0; i < sizeof(port_drivers) / sizeof(port_drivers[0]); i++)
        if (strcmp(port_drivers[i].name, name) == 0)
            return &port_drivers[i];
    return 0;
}

static const struct virtio_driver *find_driver(const char *name)
{
    for (size_t i = 0; i < sizeof(drivers) / sizeof(drivers[0]); i++)
        if (strcmp(drivers[i].name, name) == 0)
            return &drivers[i];
    return 0;
}

static void list_drivers(char *out, size_t cap)
{
    size_t at = 0;
    out[0] = 0;
    for (size_t i = 0; i < sizeof(drivers) / sizeof(drivers[0]) && at < cap; i++)
        at += (size_t)snprintf(out + at, cap - at, "%s%s", i ? ", " : "", drivers[i].name);
}

bool virt_devices_add(struct virt_devices *v, const struct virtio_driver *driver,
                      struct virtio_device *dev, char *err, size_t err_cap)
{
    if (v->used == v->slots) {
        snprintf(err, err_cap, "%s: all %u virtio-mmio slots are taken", driver->name, v->slots);
        return false;
    }
    /* QEMU's virt hands out the highest free slot first */
    unsigned n = v->slots - 1 - v->used++;
    struct virt_device_slot *slot = &v->slot[n];
    struct irq_line irq = v->first_irq;
    irq.line += n;
    slot->dev = dev;
    slot->driver = driver;
    virtio_mmio_init(&slot->transport, dev, v->legacy, irq);
    return true;
}

bool virt_devices_have(const struct virt_devices *v, const char *driver_name)
{
    for (unsigned i = 0; i < v->slots; i++)
        if (v->slot[i].driver && strcmp(v->slot[i].driver->name, driver_name) == 0)
            return true;
    return false;
}

/* -device DRIVER,PROP=VALUE...: one device into the next slot. */
static bool create_device(struct virt_devices *v, const char *arg, char *err, size_t cap)
{
    struct keyval props;
    if (!keyval_parse(&props, arg, "driver", v->keyval_err, sizeof(v->keyval_err))) {
        snprintf(err, cap, "-device %s", v->keyval_err);
        return false;
    }
    const char *name = keyval_take(&props, "driver");
    const struct port_driver *port = name ? find_port_driver(name) : 0;
    if (port) { /* a leftover property fails the whole board: the port needs no undoing */
        if (!port->create(name, &props, &v->ctx, err, cap))
            return false;
        const char *unknown = keyval_unused(&props);
        if (unknown)
            snprintf(err, cap, "-device %s: '%s' has no property '%s'", arg, name, unknown);
        return !unknown;
    }
    const struct virtio_driver *driver = name ? find_driver(name) : 0;
    if (!driver) {
        char known[400];
        list_drivers(known, sizeof(known));
        snprintf(err, cap, "-device %s: unknown device '%s' (ferry has: %s)", arg,
                 name ? name : "", known);
        return false;
    }
    struct virtio_device *dev = driver->create(&props, &v->ctx, err, cap);
    if (!dev)
        return false;
    const char *unknown = keyval_unused(&props);
    if (unknown) {
        snprintf(err, cap, "-device %s: '%s' has no property '%s'", arg, name, unknown);
        driver->destroy(dev);
        return false;
    }
    if (!virt_devices_add(v, driver, dev, err, cap)) {
        driver->destroy(dev);
        return false;
    }
    return true;
}

/* -global DRIVER.PROP=VALUE: only virtio-mmio.force-legacy means anything on ferry's board. */
static bool apply_global(struct virt_devices *v, const char *arg, char *err, size_t cap)
{
    static const char prefix[] = "virtio-mmio.force-legacy=";
    if (strncmp(arg, prefix, sizeof(prefix) - 1) != 0) {
        snprintf(err, cap, "-global %s: unknown (ferry knows virtio-mmio.force-legacy=on|off)",
                 arg);
        return false;
    }
    const char *value = arg + sizeof(prefix) - 1;
    if (!strcmp(value, "true") || !strcmp(value, "on") || !strcmp(value, "yes")) {
        v->legacy = true;
    } else if (!strcmp(value, "false") || !strcmp(value, "off") || !strcmp(value, "no")) {
        v->legacy = false;
    } else {
        snprintf(err, cap, "-global %s: force-legacy is true or false", arg);
        return false;
    }
    return true;
}

/* -object rng-random,id=ID,filename=FILE (QEMU's default file: /dev/urandom). */
static bool create_object(struct virt_devices *v, const char *arg, char *err, size_t cap)
{
    struct keyval props;
    if (!keyval_parse(&props, arg, "qom-type", v->keyval_err, sizeof(v->keyval_err))) {
        snprintf(err, cap, "-object %s", v->keyval_err);
        return false;
    }
    const char *type = keyval_take(&props, "qom-type");
    if (!type || strcmp(type, "rng-random") != 0) {
        snprintf(err, cap, "-object %s: unknown object type '%s' (ferry has: rng-random)", arg,
                 type ? type : "");
        return false;
    }
    const char *id = keyval_take(&props, "id");
    const char *file = keyval_take(&props, "filename");
    const char *unknown = keyval_unused(&props);
    if (unknown) {
        snprintf(err, cap, "-object %s: rng-random has no property '%s'", arg, unknown);
        return false;
    }
    if (!id || !*id) {
        snprintf(err, cap, "-object %s: an id= is needed", arg);
        return false;
    }
    for (unsigned i = 0; i < v->rng_count; i++)
        if (strcmp(v->rng[i].id, id) == 0) {
            snprintf(err, cap, "-object %s: duplicate id '%s'", arg, id);
            return false;
        }
    if (v->rng_count == VIRT_DEVICES_MAX_RNG_SOURCES) {
        snprintf(err, cap, "-object %s: too many rng objects", arg);
        return false;
    }
    if (!file)
        file = "/dev/urandom";
    int fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, cap, "-object %s: cannot open %s: %s", arg, file, strerror(errno));
        return false;
    }
    char *own_id = strdup(id); /* id lives in props, which is gone when we return */
    if (!own_id) {
        close(fd);
        snprintf(err, cap, "-object %s: out of memory", arg);
        return false;
    }
    v->rng[v->rng_count++] = (struct rng_source){own_id, fd, false};
    return true;
}

/*
 * Devices other options imply, after every -device (QEMU appends them to
 * its device list the same way): rows may be added by backends.
 */
static bool add_default_rng(struct virt_devices *v, char *err, size_t cap)
{
    if (v->ctx.options->nodefaults || virt_devices_have(v, "virtio-rng-device"))
        return true;
    return create_device(v, "virtio-rng-device", err, cap);
}

int virt_devices_create(struct virt_devices *v, const struct device_context *ctx,
                        struct phys_space *phys, uint64_t base, unsigned slots,
                        struct irq_line first_irq)
{
    memset(v, 0, sizeof(*v));
    v->inject_fd = -1;
    v->ctx = *ctx;
    v->ctx.devices = v;
    v->slots = slots < VIRT_DEVICES_MAX_SLOTS ? slots : VIRT_DEVICES_MAX_SLOTS;
    v->first_irq = first_irq;
    const struct system_options *o = ctx->options;
    char err[600];
    bool ok = true;
    for (unsigned i = 0; ok && i < o->globals.count; i++)
        ok = apply_global(v, o->globals.arg[i], err, sizeof(err));
    for (unsigned i = 0; ok && i < o->objects.count; i++)
        ok = create_object(v, o->objects.arg[i], err, sizeof(err));
    /* the -chardev streams and -netdev stacks are the host's (backends.c), made before */
    for (unsigned i = 0; ok && i < o->devices.count; i++)
        ok = create_device(v, o->devices.arg[i], err, sizeof(err));
    if (ok) /* -drive if=virtio (and -hda): their disks, in -drive order */
        ok = drive_add_implicit(v, err, sizeof(err));
    if (ok) /* -nic and the default NIC (netdev.c) */
        ok = netdevs_add_nics(v->ctx.net, v, err, sizeof(err));
    if (ok)
        ok = add_default_rng(v, err, sizeof(err));
    if (ok)
        ok = ui_devices_board_created(v, err, sizeof(err));
    if (!ok) {
        fprintf(stderr, "ferry: %s\n", err);
        return 1;
    }
    for (unsigned n = 0; n < v->slots; n++) {
        struct virt_device_slot *slot = &v->slot[n];
        if (phys_space_add_mmio(phys, base + n * VIRTIO_MMIO_SLOT_SIZE, VIRTIO_MMIO_SLOT_SIZE,
                                slot->dev ? &virtio_mmio_ops : &virtio_mmio_empty_slot_ops,
                                slot->dev ? &slot->transport : 0, "virtio-mmio")) {
            fprintf(stderr, "ferry: the board's memory map overlaps its RAM\n");
            return 1;
        }
    }
    return 0;
}

void virt_devices_free(struct virt_devices *v)
{
    if (!v->ctx.loop)
        return; /* never created (the board failed before its devices): nothing to free */
    ui_devices_board_stopped(v); /* the last screen, while the display still exists */
    for (unsigned n = 0; n < v->slots; n++)
        if (v->slot[n].dev) {
            v->slot[n].driver->destroy(v->slot[n].dev);
            v->slot[n].dev = 0;
        }
    v->gpu = 0;
    v->inputs = 0;
    for (unsigned i = 0; i < v->rng_count; i++) {
        main_loop_unwatch(v->ctx.loop, v->rng[i].fd); /* the loop outlives the board */
        close(v->rng[i].fd);
        free(v->rng[i].id);
    }
    v->rng_count = 0;
}
