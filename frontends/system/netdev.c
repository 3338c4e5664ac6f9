/* The board's user-mode networks (-netdev user, -nic) and the virtio-net-device row; see netdev.h. */
#include "frontends/system/netdev.h"

#include <arpa/inet.h>
#include <errno.h>
#include <slirp/libslirp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "devices/virtio_net.h"
#include "frontends/system/net_options.h"

/* More than a board's 32 slots could plug in, counting -nic's implied netdevs. */
#define NETDEVS_MAX 32
#define NETDEV_ID_MAX 64
/* A timer callback may re-arm itself in the past; a dispatch fires at most this many. */
#define TIMER_FIRES_PER_ROUND 64

/* A libslirp timer: slirp arms it in milliseconds of clock_get_ns's clock. */
struct slirp_timer {
    SlirpTimerCb cb;
    void *cb_opaque;
    int64_t expire_ms;
    bool armed;
    struct slirp_timer *next;
};

struct netdev {
    char id[NETDEV_ID_MAX];
    struct netdevs *owner;
    Slirp *slirp;
    struct slirp_timer *timers;
    struct virtio_net *nic; /* the NIC plugged in, or NULL */
    bool has_peer;          /* a NIC took it: QEMU plugs one NIC into a netdev */
};

/* A NIC -nic or the default implies: built after the -device ones, numbered before them. */
struct implied_nic {
    struct netdev *netdev;
    uint8_t mac[6];
};

struct netdevs {
    struct netdev dev[NETDEVS_MAX];
    unsigned count;
    struct implied_nic implied[NETDEVS_MAX];
    unsigned implied_count;
    unsigned nics;              /* NICs built so far: QEMU names them virtio-net-device.N */
    unsigned char mac_used[256]; /* QEMU's table: last bytes of 52:54:00:12:34:xx taken */
    unsigned char mac_used_by_nics[256]; /* ... by -nic alone: where each new board starts */
    bool warned;                /* the "no peer" warnings were given (the first board) */
    char peerless[VIRT_DEVICES_MAX_SLOTS][NETDEV_ID_MAX]; /* NICs without a netdev, to warn of */
    unsigned peerless_count;
    struct main_loop *loop;
    struct main_loop_source source;
    FILE *guest_errors;
};

/* ---- the slirp stack's callbacks: timers, the clock, frames to the NIC ---- */

static int64_t clock_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t cb_clock_get_ns(void *opaque)
{
    (void)opaque;
    return clock_ns();
}

static ssize_t cb_send_packet(const void *frame, size_t len, void *opaque)
{
    struct netdev *nd = opaque;
    if (nd->nic)
        virtio_net_receive(nd->nic, frame, len);
    return (ssize_t)len; /* without a NIC the frame is gone, as on an unplugged cable */
}

static void cb_guest_error(const char *msg, void *opaque)
{
    struct netdev *nd = opaque;
    if (nd->owner->guest_errors)
        fprintf(nd->owner->guest_errors, "slirp (netdev %s): %s\n", nd->id, msg);
}

static void *cb_timer_new(SlirpTimerCb cb, void *cb_opaque, void *opaque)
{
    struct netdev *nd = opaque;
    struct slirp_timer *t = calloc(1, sizeof(*t));
    if (!t)
        return 0;
    t->cb = cb;
    t->cb_opaque = cb_opaque;
    t->next = nd->timers;
    nd->timers = t;
    return t;
}

static void cb_timer_free(void *timer, void *opaque)
{
    struct netdev *nd = opaque;
    for (struct slirp_timer **p = &nd->timers; *p; p = &(*p)->next)
        if (*p == timer) {
            *p = (*p)->next;
            free(timer);
            return;
        }
}

static void cb_timer_mod(void *timer, int64_t expire_ms, void *opaque)
{
    (void)opaque;
    struct slirp_timer *t = timer;
    t->expire_ms = expire_ms;
    t->armed = true;
}

/* slirp tells us of its sockets each round (slirp_pollfds_fill): nothing to keep between rounds. */
static void cb_register_poll_fd(int fd, void *opaque)
{
    (void)fd;
    (void)opaque;
}

static void cb_unregister_poll_fd(int fd, void *opaque)
{
    (void)fd;
    (void)opaque;
}

/* A socket can take more: poll soon (the running vCPU leaves its block). */
static void cb_notify(void *opaque)
{
    struct netdev *nd = opaque;
    main_loop_kick(nd->owner->loop);
}

static const SlirpCb slirp_callbacks = {
    .send_packet = cb_send_packet,
    .guest_error = cb_guest_error,
    .clock_get_ns = cb_clock_get_ns,
    .timer_new = cb_timer_new,
    .timer_free = cb_timer_free,
    .timer_mod = cb_timer_mod,
    .register_poll_fd = cb_register_poll_fd,
    .unregister_poll_fd = cb_unregister_poll_fd,
    .notify = cb_notify,
};

/* ---- the main-loop source: every stack's sockets and timers ---- */

static int cb_add_poll(int fd, int events, void *opaque)
{
    short want = 0;
    if (events & SLIRP_POLL_IN)
        want |= POLLIN;
    if (events & SLIRP_POLL_OUT)
        want |= POLLOUT;
    if (events & SLIRP_POLL_PRI)
        want |= POLLPRI;
    return main_loop_add_pollfd(opaque, fd, want); /* -1 when full: that socket waits a round */
}

static int cb_get_revents(int index, void *opaque)
{
    short got = main_loop_revents(opaque, index);
    int events = 0;
    if (got & POLLIN)
        events |= SLIRP_POLL_IN;
    if (got & POLLOUT)
        events |= SLIRP_POLL_OUT;
    if (got & POLLPRI)
        events |= SLIRP_POLL_PRI;
    if (got & (POLLERR | POLLNVAL))
        events |= SLIRP_POLL_ERR;
    if (got & POLLHUP)
        events |= SLIRP_POLL_HUP;
    return events;
}

static void source_prepare(void *opaque, struct main_loop *loop, int64_t *timeout_ns)
{
    struct netdevs *s = opaque;
    int64_t now_ms = clock_ns() / 1000000;
    for (unsigned i = 0; i < s->count; i++) {
        struct netdev *nd = &s->dev[i];
        /* slirp thinks in milliseconds (UINT32_MAX: forever) and lowers the wait to its TCP timers */
        int64_t wait_ms = (*timeout_ns + 999999) / 1000000;
        uint32_t ms = wait_ms <= 0 ? 0 : wait_ms >= UINT32_MAX ? UINT32_MAX : (uint32_t)wait_ms;
        slirp_pollfds_fill(nd->slirp, &ms, cb_add_poll, loop);
        if ((int64_t)ms * 1000000 < *timeout_ns)
            *timeout_ns = (int64_t)ms * 1000000;
        for (struct slirp_timer *t = nd->timers; t; t = t->next) {
            if (!t->armed)
                continue;
            int64_t left = t->expire_ms > now_ms ? (t->expire_ms - now_ms) * 1000000 : 0;
            if (left < *timeout_ns)
                *timeout_ns = left;
        }
    }
}

/* Fires the stack's due timers (a callback may re-arm or free timers: look again after each). */
static void run_timers(struct netdev *nd)
{
    int64_t now_ms = clock_ns() / 1000000;
    for (unsigned fired = 0; fired < TIMER_FIRES_PER_ROUND; fired++) {
        struct slirp_timer *t = nd->timers;
        while (t && !(t->armed && t->expire_ms <= now_ms))
            t = t->next;
        if (!t)
            return;
        t->armed = false;
        t->cb(t->cb_opaque);
    }
}

static void source_dispatch(void *opaque, struct main_loop *loop, bool failed)
{
    struct netdevs *s = opaque;
    for (unsigned i = 0; i < s->count; i++) {
        slirp_pollfds_poll(s->dev[i].slirp, failed, cb_get_revents, loop);
        run_timers(&s->dev[i]);
    }
}

/* QEMU's base for NICs without mac=: 52:54:00:12:34:56 and up. */
static const uint8_t mac_base[5] = {0x52, 0x54, 0x00, 0x12, 0x34};

/* A NIC's mac= of QEMU's form takes its last byte from the pool (qemu_macaddr_set_used). */
static void mac_claim(struct netdevs *s, const uint8_t mac[6])
{
    if (memcmp(mac, mac_base, sizeof(mac_base)) == 0 && mac[5] >= 0x56 && mac[5] < 0xff)
        s->mac_used[mac[5]]++;
}

/* A NIC without mac= takes the lowest free last byte from 0x56 (qemu_macaddr_get_free). */
static void mac_default(struct netdevs *s, uint8_t mac[6])
{
    memcpy(mac, mac_base, sizeof(mac_base));
    mac[5] = 0xff; /* all taken: QEMU's -1 */
    for (unsigned b = 0x56; b < 0xff; b++)
        if (!s->mac_used[b]) {
            mac[5] = (uint8_t)b;
            break;
        }
    mac_claim(s, mac);
}

/* QEMU's ids (keyval_is_identifier), short enough for a netdev's name. */
static bool id_ok(const char *id)
{
    return keyval_is_identifier(id) && strlen(id) < NETDEV_ID_MAX;
}

static struct netdev *find_netdev(struct netdevs *s, const char *id)
{
    for (unsigned i = 0; i < s->count; i++)
        if (!strcmp(s->dev[i].id, id))
            return &s->dev[i];
    return 0;
}

/* ---- -netdev user / -nic user: one slirp stack ---- */

/* IPv6 as QEMU sets it up: fec0::/64, the host fec0::2, DNS fec0::3. */
static struct in6_addr ipv6_addr(uint8_t last)
{
    struct in6_addr a = {{{0xfe, 0xc0}}};
    a.s6_addr[15] = last;
    return a;
}

/* Brings up nd's stack and its host forwards: 0, or 1 with err set (nothing left running). */
static int start_user(struct netdevs *s, struct netdev *nd, struct keyval *kv, const char *where,
                      char *err, size_t cap)
{
    struct net_user_options u;
    if (net_user_options_parse(kv, &u, where, err, cap))
        return 1;
    SlirpConfig cfg = {
        .version = 4,
        .restricted = u.restricted,
        .in_enabled = u.ipv4,
        .vnetwork = u.net,
        .vnetmask = u.mask,
        .vhost = u.host,
        .in6_enabled = u.ipv6,
        .vprefix_addr6 = ipv6_addr(0),
        .vprefix_len = 64,
        .vhost6 = ipv6_addr(2),
        .vhostname = u.hostname,
        .vdhcp_start = u.dhcp,
        .vnameserver = u.dns,
        .vnameserver6 = ipv6_addr(3),
        .vdomainname = u.domainname,
    };
    nd->owner = s;
    nd->slirp = slirp_new(&cfg, &slirp_callbacks, nd);
    if (!nd->slirp)
        return keyval_fail(err, cap, "%s: libslirp could not start the user-mode network", where);
    for (unsigned i = 0; i < u.fwds; i++) {
        const struct net_hostfwd *f = &u.fwd[i];
        errno = 0;
        if (slirp_add_hostfwd(nd->slirp, f->udp, f->host, f->host_port, f->guest,
                              f->guest_port) < 0) {
            int e = errno;
            slirp_cleanup(nd->slirp);
            nd->slirp = 0;
            return keyval_fail(err, cap, "%s: could not set up host forwarding rule '%s'%s%s", where,
                        u.fwd_text[i], e ? ": " : "", e ? strerror(e) : "");
        }
    }
    return 0;
}

/*
 * A new netdev named id: NULL (err set) when the id is bad, taken, or there
 * are too many. implied: ferry named it (-nic's "__org.qemu.nicN", which no
 * user id can be).
 */
static struct netdev *new_netdev(struct netdevs *s, const char *id, bool implied,
                                 const char *where, char *err, size_t cap)
{
    if (!implied && !id_ok(id)) {
        keyval_fail(err, cap, "%s: id=%s is not an identifier (a letter, then letters, digits, '-', '.', "
             "'_')", where, id);
        return 0;
    }
    if (find_netdev(s, id)) {
        keyval_fail(err, cap, "%s: duplicate netdev id '%s'", where, id);
        return 0;
    }
    if (s->count == NETDEVS_MAX) {
        keyval_fail(err, cap, "%s: too many networks (at most %d)", where, NETDEVS_MAX);
        return 0;
    }
    struct netdev *nd = &s->dev[s->count];
    memset(nd, 0, sizeof(*nd));
    snprintf(nd->id, sizeof(nd->id), "%s", id);
    return nd;
}

/* -netdev TYPE,id=ID,...: only TYPE user exists in ferry. */
static int add_netdev(struct netdevs *s, const char *arg, char *err, size_t cap)
{
    char where[160], kv_err[200];
    snprintf(where, sizeof(where), "-netdev %s", arg);
    struct keyval kv;
    if (!keyval_parse(&kv, arg, "type", kv_err, sizeof(kv_err)))
        return keyval_fail(err, cap, "%s: %s", where, kv_err);
    const char *type = keyval_take(&kv, "type");
    if (!type || strcmp(type, "user"))
        return keyval_fail(err, cap, "%s: unknown netdev type '%s' (ferry has user: libslirp's user-mode "
                    "network)", where, type ? type : "");
    const char *id = keyval_take(&kv, "id");
    if (!id || !*id)
        return keyval_fail(err, cap, "%s: an id= is needed", where);
    struct netdev *nd = new_netdev(s, id, false, where, err, cap);
    if (!nd || start_user(s, nd, &kv, where, err, cap))
        return 1;
    s->count++;
    return 0;
}

/* The models -nic may ask for: ferry's board has one NIC ("virtio": QEMU's alias for virtio-net). */
static bool nic_model_ok(const char *model)
{
    return !model || !strcmp(model, "virtio-net-device") || !strcmp(model, "virtio");
}

/* -nic user[,model=][,mac=][,id=][,user options]: a netdev and the NIC to plug into it. */
static int add_nic(struct netdevs *s, const char *arg, unsigned index, char *err, size_t cap)
{
    char where[160], kv_err[200];
    snprintf(where, sizeof(where), "-nic %s", arg);
    struct keyval kv;
    if (!keyval_parse(&kv, arg, "type", kv_err, sizeof(kv_err)))
        return keyval_fail(err, cap, "%s: %s", where, kv_err);
    const char *type = keyval_take(&kv, "type");
    if (type && !strcmp(type, "none"))
        return 0;
    if (!type || strcmp(type, "user"))
        return keyval_fail(err, cap, "%s: unknown network type '%s' (ferry has user: libslirp's "
                    "user-mode network, and none)", where, type ? type : "");
    const char *model = keyval_take(&kv, "model"), *mac_text = keyval_take(&kv, "mac");
    if (!nic_model_ok(model))
        return keyval_fail(err, cap, "%s: model=%s is not a NIC ferry has (virtio-net-device)", where,
                    model);
    uint8_t mac[6];
    if (mac_text && !net_parse_mac(mac_text, mac))
        return keyval_fail(err, cap, "%s: mac=%s is not a unicast MAC address (52:54:00:12:34:56 style)",
                    where, mac_text);
    const char *id = keyval_take(&kv, "id");
    char implied_id[NETDEV_ID_MAX];
    if (!id) { /* QEMU's name for the netdev a -nic makes */
        snprintf(implied_id, sizeof(implied_id), "__org.qemu.nic%u", index);
        id = implied_id;
    }
    struct netdev *nd = new_netdev(s, id, id == implied_id, where, err, cap);
    if (!nd || start_user(s, nd, &kv, where, err, cap))
        return 1;
    s->count++;
    /* numbered now, as QEMU numbers -nic while it parses the network options */
    if (mac_text)
        mac_claim(s, mac);
    else
        mac_default(s, mac);
    struct implied_nic *nic = &s->implied[s->implied_count++];
    nic->netdev = nd;
    memcpy(nic->mac, mac, sizeof(mac));
    return 0;
}

int netdevs_create(struct netdevs **out, const struct system_options *o, struct main_loop *loop,
                   FILE *guest_errors, char *err, size_t err_cap)
{
    *out = 0;
    struct netdevs *s = calloc(1, sizeof(*s));
    if (!s)
        return keyval_fail(err, err_cap, "out of memory for the networks");
    s->loop = loop;
    s->guest_errors = guest_errors;
    int status = 0;
    for (unsigned i = 0; !status && i < o->netdevs.count; i++)
        status = add_netdev(s, o->netdevs.arg[i], err, err_cap);
    for (unsigned i = 0; !status && i < o->nics.count; i++)
        status = add_nic(s, o->nics.arg[i], i, err, err_cap);
    /* QEMU's default_net: cleared by -nodefaults and by any -net, -nic or -netdev */
    if (!status && !o->nodefaults && !o->nics.count && !o->netdevs.count)
        status = add_nic(s, "user,model=virtio-net-device", 0, err, err_cap);
    memcpy(s->mac_used_by_nics, s->mac_used, sizeof(s->mac_used));
    if (!status && s->count) {
        s->source = (struct main_loop_source){source_prepare, source_dispatch, s};
        if (main_loop_add_source(loop, &s->source))
            status = keyval_fail(err, err_cap, "too many host I/O sources for the networks");
    }
    if (status) {
        netdevs_free(s);
        return 1;
    }
    *out = s;
    return 0;
}

void netdevs_free(struct netdevs *s)
{
    if (!s)
        return;
    for (unsigned i = 0; i < s->count; i++) {
        struct netdev *nd = &s->dev[i];
        if (nd->slirp)
            slirp_cleanup(nd->slirp);
        while (nd->timers) { /* those slirp did not free itself */
            struct slirp_timer *t = nd->timers;
            nd->timers = t->next;
            free(t);
        }
    }
    free(s);
}

/* ---- NICs: virtio-net-device plugged into a netdev ---- */

static void send_to_slirp(void *opaque, const uint8_t *frame, size_t len)
{
    struct netdev *nd = opaque;
    slirp_input(nd->slirp, frame, (int)len);
}

static struct virtio_device *build_nic(struct netdevs *s, const struct phys_space *mem,
                                       FILE *guest_errors, struct netdev *nd, const uint8_t mac[6],
                                       const char *name, char *err, size_t cap)
{
    struct virtio_net *n = malloc(sizeof(*n));
    if (!n || virtio_net_init(n, mem, mac)) {
        free(n);
        keyval_fail(err, cap, "virtio-net-device: out of memory");
        return 0;
    }
    n->vdev.guest_errors = guest_errors;
    if (nd) {
        nd->nic = n;
        nd->has_peer = true;
        n->backend = (struct virtio_net_backend){send_to_slirp, nd};
    } else if (s->peerless_count < VIRT_DEVICES_MAX_SLOTS) {
        snprintf(s->peerless[s->peerless_count++], NETDEV_ID_MAX, "%s", name);
    }
    s->nics++;
    return &n->vdev;
}

struct virtio_device *netdev_nic_create(struct keyval *props, const struct device_context *ctx,
                                        char *err, size_t err_cap)
{
    struct netdevs *s = ctx->net;
    const char *id = keyval_take(props, "id"), *netdev = keyval_take(props, "netdev"),
               *mac_text = keyval_take(props, "mac");
    if (!s) {
        keyval_fail(err, err_cap, "virtio-net-device: the board set up no networks");
        return 0;
    }
    uint8_t mac[6];
    if (mac_text && !net_parse_mac(mac_text, mac)) {
        keyval_fail(err, err_cap, "virtio-net-device: mac=%s is not a unicast MAC address "
             "(52:54:00:12:34:56 style)", mac_text);
        return 0;
    }
    struct netdev *nd = 0;
    if (netdev) {
        nd = find_netdev(s, netdev);
        if (!nd) {
            keyval_fail(err, err_cap, "virtio-net-device: netdev=%s names no -netdev", netdev);
            return 0;
        }
        if (nd->has_peer) {
            keyval_fail(err, err_cap, "virtio-net-device: netdev '%s' is already in use by another NIC",
                 netdev);
            return 0;
        }
    }
    if (mac_text)
        mac_claim(s, mac);
    else
        mac_default(s, mac);
    char name[NETDEV_ID_MAX]; /* QEMU's name for a NIC without id=, for the warning */
    if (id)
        snprintf(name, sizeof(name), "%s", id);
    else
        snprintf(name, sizeof(name), "virtio-net-device.%u", s->nics);
    return build_nic(s, ctx->mem, ctx->guest_errors, nd, mac, name, err, err_cap);
}

void netdev_nic_destroy(struct virtio_device *d)
{
    struct virtio_net *n = (struct virtio_net *)d;
    struct netdev *nd = n->backend.opaque;
    if (nd) {
        nd->nic = 0;
        nd->has_peer = false;
    }
    virtio_net_free(n);
    free(n);
}

/* The implied NICs' row: virt_devices destroys them like the -device ones. */
static const struct virtio_driver implied_nic_driver = {"virtio-net-device", netdev_nic_create,
                                                        netdev_nic_destroy};

bool netdevs_add_nics(struct netdevs *s, struct virt_devices *devices, char *err, size_t err_cap)
{
    if (!s)
        return true;
    for (unsigned i = 0; i < s->implied_count; i++) {
        struct implied_nic *nic = &s->implied[i];
        struct virtio_device *d = build_nic(s, devices->ctx.mem, devices->ctx.guest_errors,
                                            nic->netdev, nic->mac, nic->netdev->id, err, err_cap);
        if (!d)
            return false;
        if (!virt_devices_add(devices, &implied_nic_driver, d, err, err_cap)) {
            netdev_nic_destroy(d);
            return false;
        }
    }
    /* QEMU's net_check_clients: a warning, not an error; once, not at every reboot */
    if (s->warned)
        return true;
    s->warned = true;
    for (unsigned i = 0; i < s->count; i++)
        if (!s->dev[i].has_peer)
            fprintf(stderr, "ferry: warning: netdev %s has no peer\n", s->dev[i].id);
    for (unsigned i = 0; i < s->peerless_count; i++)
        fprintf(stderr, "ferry: warning: nic %s has no peer\n", s->peerless[i]);
    return true;
}

void netdevs_board_gone(struct netdevs *s)
{
    if (!s)
        return;
    /* the next board numbers its -device NICs and picks their MACs as this one did */
    memcpy(s->mac_used, s->mac_used_by_nics, sizeof(s->mac_used));
    s->nics = 0;
    s->peerless_count = 0;
}
