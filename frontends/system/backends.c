/* The backends that outlive the board; see backends.h. */
#include "frontends/system/backends.h"

#include <string.h>

#include "frontends/system/chardev.h"
#include "frontends/system/drive.h"
#include "frontends/system/netdev.h"

static void monitor_write(void *opaque, const void *buf, size_t len)
{
    struct host_monitor *hm = opaque;
    chardev_write(hm->chr, buf, len);
}

static void monitor_describe(void *opaque, char *buf, size_t cap)
{
    struct host_monitor *hm = opaque;
    chardevs_describe(hm->host->chardevs, buf, cap);
}

static int add_monitors(struct host_backends *h, const struct system_options *o)
{
    for (unsigned i = 0; i < o->monitors.count; i++) {
        const char *id = o->monitors.arg[i];
        struct chardev *chr = chardevs_find(h->chardevs, id);
        if (!chr) {
            fprintf(stderr, "ferry: -mon chardev=%s: no -chardev '%s'\n", id, id);
            return 1;
        }
        struct host_monitor *hm = &h->monitor[h->monitors];
        hm->chr = chr;
        hm->host = h;
        struct monitor_host host = {monitor_write, monitor_describe, hm};
        monitor_init(&hm->mon, &host, &h->vm);
        struct chardev_frontend fe = monitor_frontend(&hm->mon);
        if (!chardev_attach(chr, &fe)) {
            fprintf(stderr, "ferry: monitor on chardev '%s': %s\n", id,
                    chardev_is_mux(chr) ? "too many uses of multiplexed chardev (maximum is 4)"
                                        : "the chardev is already in use (mux=on shares it)");
            return 1;
        }
        h->monitors++;
    }
    return 0;
}

int host_backends_open(struct host_backends *h, const struct system_options *o, FILE *log)
{
    memset(h, 0, sizeof(*h));
    if (main_loop_init(&h->loop) != 0) {
        fprintf(stderr, "ferry: cannot set up the host I/O loop\n");
        return 1;
    }
    h->loop_ready = true;
    char err[600];
    FILE *guest_errors = o->trace_flags & TRACE_GUEST_ERRORS ? log : 0;
    if (chardevs_create(&h->chardevs, o, &h->loop, &h->vm, err, sizeof(err)) ||
        netdevs_create(&h->net, o, &h->loop, guest_errors, err, sizeof(err)) ||
        drive_images_open(&h->drives, o, err, sizeof(err))) {
        fprintf(stderr, "ferry: %s\n", err);
        return 1;
    }
    return add_monitors(h, o);
}

void host_backends_board_built(struct host_backends *h)
{
    if (h->settled)
        return;
    h->settled = true;
    chardevs_settle(h->chardevs);
}

void host_backends_board_gone(struct host_backends *h) { netdevs_board_gone(h->net); }

void host_backends_close(struct host_backends *h)
{
    for (unsigned i = 0; i < h->monitors; i++)
        chardev_detach(h->monitor[i].chr, &h->monitor[i].mon);
    h->monitors = 0;
    netdevs_free(h->net);
    h->net = 0;
    drive_images_close(h->drives);
    h->drives = 0;
    chardevs_free(h->chardevs);
    h->chardevs = 0;
    if (h->loop_ready)
        main_loop_free(&h->loop);
    h->loop_ready = false;
}
