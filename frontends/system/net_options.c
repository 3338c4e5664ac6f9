/* Parsing -netdev user / -nic user; see net_options.h. */
#include "frontends/system/net_options.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool parse_ipv4(const char *text, struct in_addr *out)
{
    return inet_pton(AF_INET, text, out) == 1;
}

/*
 * net=ADDR[/PREFIX|/MASK], as QEMU reads it: without a mask the address's
 * class picks one (10.x: /8, 172.16-31.x: /12, 192.168.x: /16 ...).
 */
bool net_parse_network(const char *text, struct in_addr *net, struct in_addr *mask)
{
    char addr[INET_ADDRSTRLEN];
    const char *slash = strchr(text, '/');
    size_t n = slash ? (size_t)(slash - text) : strlen(text);
    if (n >= sizeof(addr))
        return false;
    memcpy(addr, text, n);
    addr[n] = 0;
    if (!parse_ipv4(addr, net))
        return false;
    uint32_t a = ntohl(net->s_addr), m;
    if (!slash) {
        m = !(a & 0x80000000)                ? 0xff000000  /* class A */
            : (a & 0xfff00000) == 0xac100000 ? 0xfff00000  /* 172.16.0.0/12 */
            : (a & 0xc0000000) == 0x80000000 ? 0xffff0000  /* class B */
            : (a & 0xffff0000) == 0xc0a80000 ? 0xffff0000  /* 192.168.0.0/16 */
            : (a & 0xffff0000) == 0xc6120000 ? 0xfffe0000  /* 198.18.0.0/15 */
            : (a & 0xe0000000) == 0xe0000000 ? 0xffffff00  /* class C, as QEMU has it */
                                             : 0xfffffff0; /* the rest */
    } else if (strchr(slash + 1, '.')) {
        struct in_addr dotted;
        if (!parse_ipv4(slash + 1, &dotted))
            return false;
        m = ntohl(dotted.s_addr);
        if (m & (~m >> 1))
            return false; /* not a run of ones then zeros */
    } else {
        char *end;
        long prefix = strtol(slash + 1, &end, 10);
        /* QEMU's range: a /3 or wider has no room for the host, DNS and DHCP at .2, .3, .15 */
        if (end == slash + 1 || *end || prefix < 4 || prefix > 32)
            return false;
        m = prefix == 32 ? 0xffffffff : ~(0xffffffffu >> prefix);
    }
    mask->s_addr = htonl(m);
    net->s_addr &= mask->s_addr;
    return true;
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

bool net_parse_mac(const char *text, uint8_t mac[6])
{
    for (int i = 0; i < 6; i++) {
        const char *p = text + 3 * i;
        int hi = hex_digit(p[0]), lo = hi < 0 ? -1 : hex_digit(p[1]);
        if (lo < 0)
            return false;
        if (i < 5 ? p[2] != ':' && p[2] != '-' : p[2] != 0)
            return false;
        mac[i] = (uint8_t)(hi << 4 | lo);
    }
    return !(mac[0] & 1);
}


/* One part of a hostfwd rule up to `sep`, into buf: the text after it, or NULL. */
static const char *rule_part(const char *p, char sep, char *buf, size_t cap)
{
    const char *end = strchr(p, sep);
    if (!end || (size_t)(end - p) >= cap)
        return 0;
    memcpy(buf, p, (size_t)(end - p));
    buf[end - p] = 0;
    return end + 1;
}

static bool parse_port(const char *text, int min, int *port)
{
    char *end;
    long v = strtol(text, &end, 10);
    if (end == text || *end || v < min || v > 65535)
        return false;
    *port = (int)v;
    return true;
}


const char *net_parse_hostfwd(const char *rule, struct net_hostfwd *f)
{
    char buf[64];
    memset(f, 0, sizeof(*f));
    const char *p = rule_part(rule, ':', buf, sizeof(buf));
    if (!p)
        return "no : separators";
    if (!strcmp(buf, "udp"))
        f->udp = true;
    else if (buf[0] && strcmp(buf, "tcp"))
        return "bad protocol name: tcp or udp";
    if (!(p = rule_part(p, ':', buf, sizeof(buf))))
        return "missing : separator";
    if (buf[0] && !parse_ipv4(buf, &f->host))
        return "bad host address";
    if (!(p = rule_part(p, '-', buf, sizeof(buf))))
        return "bad host port separator";
    if (!parse_port(buf, 0, &f->host_port))
        return "bad host port";
    if (!(p = rule_part(p, ':', buf, sizeof(buf))))
        return "missing guest address";
    if (buf[0] && !parse_ipv4(buf, &f->guest))
        return "bad guest address";
    if (!parse_port(p, 1, &f->guest_port))
        return "bad guest port";
    return 0;
}




/* An on/off key: false (err set) if it is neither. */
static bool take_bool(struct keyval *kv, const char *key, bool *value, bool *given,
                      const char *where, char *err, size_t cap)
{
    bool bad = false;
    *given = keyval_take_bool(kv, key, value, &bad);
    if (bad)
        keyval_fail(err, cap, "%s: %s= is on or off", where, key);
    return !bad;
}

int net_user_options_parse(struct keyval *kv, struct net_user_options *u, const char *where, char *err,
                      size_t cap)
{
    /* QEMU's historic defaults */
    *u = (struct net_user_options){.ipv4 = true, .ipv6 = true};
    u->net.s_addr = htonl(0x0a000200);  /* 10.0.2.0 */
    u->mask.s_addr = htonl(0xffffff00); /* /24 */
    const char *net = keyval_take(kv, "net"), *host = keyval_take(kv, "host"),
               *dns = keyval_take(kv, "dns"), *dhcp = keyval_take(kv, "dhcpstart");
    u->hostname = keyval_take(kv, "hostname");
    u->domainname = keyval_take(kv, "domainname");
    bool has_ipv4, has_ipv6, restricted_given;
    bool v4 = true, v6 = true;
    if (!take_bool(kv, "restrict", &u->restricted, &restricted_given, where, err, cap) ||
        !take_bool(kv, "ipv4", &v4, &has_ipv4, where, err, cap) ||
        !take_bool(kv, "ipv6", &v6, &has_ipv6, where, err, cap))
        return 1;
    unsigned cursor = 0;
    for (const char *rule; (rule = keyval_take_next(kv, "hostfwd", &cursor));) {
        if (u->fwds == NET_HOSTFWD_MAX)
            return keyval_fail(err, cap, "%s: too many hostfwd= rules", where);
        const char *why = net_parse_hostfwd(rule, &u->fwd[u->fwds]);
        if (why)
            return keyval_fail(err, cap, "%s: invalid host forwarding rule '%s' (%s)", where, rule, why);
        u->fwd_text[u->fwds++] = rule;
    }
    const char *unknown = keyval_unused(kv);
    if (unknown)
        return keyval_fail(err, cap, "%s: 'user' has no option '%s' (ferry has net, host, dns, dhcpstart, "
                    "hostfwd, restrict, hostname, domainname, ipv4, ipv6)", where, unknown);

    /* QEMU's rule: ipv4=on alone means IPv4 only, and the other way round */
    u->ipv4 = has_ipv4 ? v4 : !(has_ipv6 && v6);
    u->ipv6 = has_ipv6 ? v6 : !(has_ipv4 && v4);
    if (!u->ipv4 && !u->ipv6)
        return keyval_fail(err, cap, "%s: IPv4 and IPv6 are both off", where);
    if (!u->ipv4 && (net || host || dns || dhcp))
        return keyval_fail(err, cap, "%s: IPv4 is off but net/host/dns/dhcpstart are given", where);
    if (net && !net_parse_network(net, &u->net, &u->mask))
        return keyval_fail(err, cap, "%s: net=%s is not an IPv4 network (A.B.C.D/N, N from 4 to 32)",
                    where, net);
    /* the host at .2, DNS at .3, DHCP from .15 of whatever network it is */
    uint32_t base = ntohl(u->net.s_addr), hostmask = ~ntohl(u->mask.s_addr);
    u->host.s_addr = htonl(base | (0x0202 & hostmask));
    u->dns.s_addr = htonl(base | (0x0203 & hostmask));
    u->dhcp.s_addr = htonl(base | (0x020f & hostmask));
    if (host && !parse_ipv4(host, &u->host))
        return keyval_fail(err, cap, "%s: host=%s is not an IPv4 address", where, host);
    if ((u->host.s_addr & u->mask.s_addr) != u->net.s_addr)
        return keyval_fail(err, cap, "%s: host=%s is not in the network", where, inet_ntoa(u->host));
    if (dns && !parse_ipv4(dns, &u->dns))
        return keyval_fail(err, cap, "%s: dns=%s is not an IPv4 address", where, dns);
    if (u->restricted && (u->dns.s_addr & u->mask.s_addr) != u->net.s_addr)
        return keyval_fail(err, cap, "%s: dns=%s is not in the network (restrict=on)", where,
                    inet_ntoa(u->dns));
    if (u->dns.s_addr == u->host.s_addr)
        return keyval_fail(err, cap, "%s: the DNS address must differ from the host's", where);
    if (dhcp && !parse_ipv4(dhcp, &u->dhcp))
        return keyval_fail(err, cap, "%s: dhcpstart=%s is not an IPv4 address", where, dhcp);
    if ((u->dhcp.s_addr & u->mask.s_addr) != u->net.s_addr)
        return keyval_fail(err, cap, "%s: dhcpstart=%s is not in the network", where, inet_ntoa(u->dhcp));
    if (u->dhcp.s_addr == u->host.s_addr || u->dhcp.s_addr == u->dns.s_addr)
        return keyval_fail(err, cap, "%s: the DHCP start address must differ from the host's and DNS's",
                    where);
    if (u->domainname && (!*u->domainname || strlen(u->domainname) > 255))
        return keyval_fail(err, cap, "%s: domainname= must be 1 to 255 bytes", where);
    if (u->hostname && strlen(u->hostname) > 255)
        return keyval_fail(err, cap, "%s: hostname= must be at most 255 bytes", where);
    return 0;
}
