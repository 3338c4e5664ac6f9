/*
 * The board's networks: -netdev user (a libslirp stack each), -nic (a
 * netdev and a NIC in one), QEMU's default NIC, and the virtio-net-device
 * driver row that plugs a NIC into a netdev (netdev=ID). In QEMU's
 * spelling and with QEMU's defaults:
 *
 *   -netdev user,id=ID[,net=CIDR][,host=IP][,dns=IP][,dhcpstart=IP][,restrict=on|off]
 *          [,hostname=NAME][,domainname=NAME][,ipv4=on|off][,ipv6=on|off]
 *          [,hostfwd=[tcp|udp]:[HOSTIP]:HOSTPORT-[GUESTIP]:GUESTPORT]...
 *   -device virtio-net-device[,netdev=ID][,mac=52:54:00:xx:xx:xx]
 *   -nic user[,model=virtio-net-device][,mac=...][,id=ID][,netdev options] | -nic none
 *
 * 10.0.2.0/24, the host at .2, DNS at .3, DHCP from .15 (IPv6 fec0::/64 as
 * QEMU). NICs without mac= take 52:54:00:12:34:56 and up, the lowest last
 * byte no NIC holds yet, in creation order, which is QEMU's order: the
 * -nic and default NICs are numbered before the -device ones (QEMU sets
 * their addresses while it parses the network options, before any device
 * exists), though they take their slots after them.
 *
 * The default NIC (`-nic user,model=virtio-net-device`) is there unless
 * -nodefaults or any -nic or -netdev is given: QEMU's vl.c clears
 * default_net for -net, -nic and -netdev alike.
 *
 * All the stacks are served by one main-loop source: prepare has each fill
 * its descriptors (slirp_pollfds_fill) and lowers the timeout to its next
 * TCP or IPv6 timer; dispatch reads the results (slirp_pollfds_poll) and
 * runs the timers that are due. Everything runs on the board's thread.
 *
 *     struct netdevs *net;
 *     if (netdevs_create(&net, options, loop, guest_errors, err, cap)) ... "ferry: %s"
 *     ... -device virtio-net-device rows: netdev_nic_create (ctx->net)
 *     if (!netdevs_add_nics(net, devices, err, cap)) ...   (after the -device ones)
 *     ... netdevs_free(net) after the devices are destroyed
 */
#ifndef FERRY_FRONTENDS_SYSTEM_NETDEV_H
#define FERRY_FRONTENDS_SYSTEM_NETDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "frontends/system/keyval.h"
#include "frontends/system/main_loop.h"
#include "frontends/system/options.h"
#include "frontends/system/virt_devices.h"

struct netdevs;

/*
 * Parses every -netdev and -nic (and decides on the default NIC), starts
 * their slirp stacks with their host forwards, and numbers the NICs -nic
 * implies. 0 (*out set), or 1 after one line (without "ferry: ") in err.
 */
int netdevs_create(struct netdevs **out, const struct system_options *o, struct main_loop *loop,
                   FILE *guest_errors, char *err, size_t err_cap);

/*
 * After every -device: builds the NICs of -nic and the default NIC into the
 * board's next slots, then warns (stderr, as QEMU) of netdevs no NIC uses
 * and NICs with no netdev. False (err set) if the slots ran out.
 */
bool netdevs_add_nics(struct netdevs *net, struct virt_devices *devices, char *err,
                      size_t err_cap);

/*
 * The board's NICs were destroyed (a guest reboot): the stacks stay (hostfwd
 * ports bound), the next board's NICs get the same names and MACs.
 */
void netdevs_board_gone(struct netdevs *net);

/* The stacks go (their sockets close). After the NICs are destroyed. NULL is fine. */
void netdevs_free(struct netdevs *net);

/* The virtio-net-device row of the -device table: netdev=ID (ctx->net), mac=. */
struct virtio_device *netdev_nic_create(struct keyval *props, const struct device_context *ctx,
                                        char *err, size_t err_cap);
void netdev_nic_destroy(struct virtio_device *d);

#endif
