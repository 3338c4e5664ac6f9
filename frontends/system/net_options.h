/*
 * What -netdev user and -nic user say, parsed without starting anything:
 * QEMU's address, network and MAC syntax, hostfwd rules, and the user
 * network's keys with QEMU's defaults (10.0.2.0/24, host .2, DNS .3, DHCP
 * from .15) and consistency rules. netdev.c starts the stacks from it.
 *
 *     struct net_user_options u;
 *     if (net_user_options_parse(&kv, &u, "-netdev user,id=n0", err, sizeof(err))) ... err
 */
#ifndef FERRY_FRONTENDS_SYSTEM_NET_OPTIONS_H
#define FERRY_FRONTENDS_SYSTEM_NET_OPTIONS_H

#include <netinet/in.h>
#include <stdbool.h>
#include <stdint.h>

#include "frontends/system/keyval.h"

#define NET_HOSTFWD_MAX KEYVAL_MAX_ITEMS

struct net_hostfwd {
    bool udp;
    struct in_addr host, guest; /* 0: any host address / the DHCP start address */
    int host_port, guest_port;
};

struct net_user_options {
    struct in_addr net, mask, host, dns, dhcp;
    bool restricted, ipv4, ipv6;
    const char *hostname, *domainname;
    struct net_hostfwd fwd[NET_HOSTFWD_MAX];
    const char *fwd_text[NET_HOSTFWD_MAX];
    unsigned fwds;
};

/*
 * net=ADDR[/PREFIX|/MASK] into *net (masked) and *mask; false if it is not
 * one. Without a mask the address's class picks one, as QEMU does.
 */
bool net_parse_network(const char *text, struct in_addr *net, struct in_addr *mask);

/* xx:xx:xx:xx:xx:xx (or with '-'): false if not that, or multicast (a NIC's own must be unicast). */
bool net_parse_mac(const char *text, uint8_t mac[6]);

/* [tcp|udp]:[HOSTIP]:HOSTPORT-[GUESTIP]:GUESTPORT: NULL, or what is wrong (QEMU's reasons). */
const char *net_parse_hostfwd(const char *rule, struct net_hostfwd *f);

/*
 * The user-network keys of kv (every other key must have been taken
 * already; one left over is an error): 0, or 1 with err set, `where`
 * naming the option in it.
 */
int net_user_options_parse(struct keyval *kv, struct net_user_options *u, const char *where,
                           char *err, size_t cap);

#endif
