/*
 * The -device rows of virtio-serial (QEMU's spelling):
 *
 *     -device virtio-serial-device                 a bus (devices/virtio_console.c) in a slot
 *     -device virtconsole,chardev=ID[,name=N]      its port 0, the guest's /dev/hvc0
 *     -device virtserialport,chardev=ID[,name=N]   ports 1.. (/dev/vport0pN)
 *
 * A port goes on the bus of the last virtio-serial-device before it on the
 * command line, and connects the port to its -chardev (chardev.c): the
 * guest's output is written to it, its input is taken as fast as the
 * guest's receive buffers allow.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_SERIAL_BUS_H
#define FERRY_FRONTENDS_SYSTEM_SERIAL_BUS_H

#include "frontends/system/virt_devices.h"

/* The virtio_driver row of virtio-serial-device. */
struct virtio_device *serial_bus_create(struct keyval *props, const struct device_context *ctx,
                                        char *err, size_t err_cap);
void serial_bus_destroy(struct virtio_device *d);

/* The port_driver rows of virtconsole and virtserialport (`driver` says which). */
bool serial_port_create(const char *driver, struct keyval *props, const struct device_context *ctx,
                        char *err, size_t err_cap);

#endif
