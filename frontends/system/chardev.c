/*
 * -chardev: the byte streams and their flow control; see chardev.h. The
 * backends only differ in how their descriptors are opened (chardev_open.c
 * for files, pipes, ptys, stdio; chardev_socket.c for sockets); once open,
 * every chardev is an input descriptor and an output descriptor (either may
 * be -1, or both the same) served here from the main loop.
 */
#include "frontends/system/chardev.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "frontends/system/chardev_internal.h"
#include "frontends/system/keyval.h"

struct chardevs {
    struct chardev *dev[SYSTEM_MAX_OPTION_ARGS];
    unsigned count;
    struct vm_control *vm; /* for the muxes' C-a x */
};

static void ready(void *opaque, int fd, short revents);

static bool mux_has_frontend(const struct mux *m)
{
    for (unsigned i = 0; i < MUX_MAX_FRONTENDS; i++)
        if (m->slot[i].used)
            return true;
    return false;
}

/* Someone takes input: the frontend, or any of a mux's (the mux holds input per frontend). */
static bool has_frontend(const struct chardev *c)
{
    return c->mux ? mux_has_frontend(c->mux) : c->has_fe;
}

/* Which events each descriptor waits for: input only while none is held, output only when queued. */
static void update_events(struct chardev *c)
{
    short in = c->in_fd >= 0 && has_frontend(c) && !c->in_eof && c->in_len == 0 ? POLLIN : 0;
    short out = c->out_len ? POLLOUT : 0;
    if (c->in_fd >= 0 && c->in_fd == c->out_fd) {
        main_loop_set_events(c->loop, c->in_fd, in | out);
    } else {
        if (c->in_fd >= 0)
            main_loop_set_events(c->loop, c->in_fd, in);
        if (c->out_fd >= 0)
            main_loop_set_events(c->loop, c->out_fd, out);
    }
    if (c->listen_fd >= 0) /* one client at a time: accept the next when this one is gone */
        main_loop_set_events(c->loop, c->listen_fd, c->in_fd < 0 ? POLLIN : 0);
}

int chardev_watch(struct chardev *c, int fd)
{
    return main_loop_watch(c->loop, fd, 0, ready, c);
}

void chardev_set_peer(struct chardev *c, int fd)
{
    c->in_fd = c->out_fd = fd;
    c->in_len = c->in_off = 0;
    c->out_len = c->out_head = 0;
    c->in_eof = false;
    update_events(c);
    if (c->has_fe && c->fe.connected)
        c->fe.connected(c->fe.opaque, fd >= 0);
    for (unsigned i = 0; c->mux && i < MUX_MAX_FRONTENDS; i++)
        if (c->mux->slot[i].used && c->mux->slot[i].fe.connected)
            c->mux->slot[i].fe.connected(c->mux->slot[i].fe.opaque, fd >= 0);
}

/* A socket's client went away: its queued output goes with it; listen for the next. */
static void drop_peer(struct chardev *c)
{
    int fd = c->in_fd;
    main_loop_unwatch(c->loop, fd);
    close(fd);
    chardev_set_peer(c, -1);
}

/* The input side ended (EOF or error): a socket loses its client, other backends stop reading. */
static void input_ended(struct chardev *c)
{
    if (c->kind == CHARDEV_SOCKET) {
        drop_peer(c);
        return;
    }
    c->in_eof = true;
    c->in_len = 0;
    /* poll reports a hang-up even without events: stop watching a descriptor used only for input */
    if (c->in_fd != c->out_fd) {
        main_loop_unwatch(c->loop, c->in_fd);
        if (c->in_fd != 0)
            close(c->in_fd);
        c->in_fd = -1;
    }
    update_events(c);
}

static ssize_t put(struct chardev *c, const uint8_t *buf, size_t len)
{
    /* a socket's client may be gone: an error, not SIGPIPE */
    if (c->kind == CHARDEV_SOCKET)
        return send(c->out_fd, buf, len, MSG_NOSIGNAL | MSG_DONTWAIT);
    return write(c->out_fd, buf, len);
}

/* Writes what is queued until the host side is full. False: the output failed (peer gone). */
static bool flush(struct chardev *c)
{
    while (c->out_len) {
        size_t chunk = CHARDEV_OUT_MAX - c->out_head;
        if (chunk > c->out_len)
            chunk = c->out_len;
        ssize_t n = put(c, c->out + c->out_head, chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (n <= 0)
            return false;
        c->out_head = (c->out_head + (size_t)n) % CHARDEV_OUT_MAX;
        c->out_len -= (size_t)n;
    }
    c->out_head = 0;
    return true;
}

static void output_failed(struct chardev *c)
{
    if (c->kind == CHARDEV_SOCKET) {
        drop_peer(c);
        return;
    }
    c->out_len = 0; /* e.g. stdout closed: the rest is dropped, as a line nobody listens to */
}

/* To the host side, whoever wrote it (a frontend, or a mux with its timestamps and messages). */
static void raw_write(void *opaque, const void *buf, size_t len)
{
    struct chardev *c = opaque;
    const uint8_t *p = buf;
    if (c->out_fd < 0)
        return; /* null, file-less, or a socket without a client: dropped */
    if (c->out_len == 0) {
        ssize_t n;
        do
            n = put(c, p, len);
        while (n < 0 && errno == EINTR);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            output_failed(c);
            return;
        }
        if (n > 0) {
            p += n;
            len -= (size_t)n;
        }
    }
    size_t room = CHARDEV_OUT_MAX - c->out_len;
    if (len > room)
        len = room; /* the rest is dropped: the guest must not wait for a slow host */
    for (size_t i = 0; i < len; i++)
        c->out[(c->out_head + c->out_len + i) % CHARDEV_OUT_MAX] = p[i];
    c->out_len += len;
    if (len)
        update_events(c);
}

void chardev_write(struct chardev *c, const void *buf, size_t len)
{
    if (c->mux)
        mux_write(c->mux, buf, len);
    else
        raw_write(c, buf, len);
}

/* Passes held input to the frontend while it has room (a mux takes it all: it holds its own). */
static void deliver(struct chardev *c)
{
    if (c->mux && c->in_len) {
        size_t n = c->in_len;
        c->in_len = 0;
        mux_input(c->mux, c->in + c->in_off, n);
    }
    while (c->in_len && c->has_fe) {
        size_t room = c->fe.can_receive(c->fe.opaque);
        if (room == 0)
            break;
        size_t n = room < c->in_len ? room : c->in_len;
        c->fe.receive(c->fe.opaque, c->in + c->in_off, n);
        c->in_off += n;
        c->in_len -= n;
    }
    if (c->in_len == 0)
        c->in_off = 0;
}

static void read_input(struct chardev *c)
{
    ssize_t n;
    do
        n = read(c->in_fd, c->in, sizeof(c->in));
    while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    if (n <= 0) {
        input_ended(c);
        return;
    }
    c->in_off = 0;
    c->in_len = (size_t)n;
    deliver(c);
    update_events(c);
}

static void ready(void *opaque, int fd, short revents)
{
    struct chardev *c = opaque;
    if (fd == c->listen_fd) {
        if (revents & POLLIN)
            chardev_socket_accept(c);
        return;
    }
    if (fd == c->out_fd && (revents & (POLLOUT | POLLERR | POLLHUP)) && c->out_len) {
        if (!flush(c)) {
            output_failed(c);
            return;
        }
        update_events(c);
    }
    if (fd != c->in_fd)
        return;
    if (revents & POLLIN && c->in_len == 0 && has_frontend(c)) {
        read_input(c);
    } else if (revents & (POLLHUP | POLLERR) && !(revents & POLLIN)) {
        /* a hang-up with input still held: the peer is gone, keep nothing of it */
        input_ended(c);
    }
}

bool chardev_attach(struct chardev *c, const struct chardev_frontend *fe)
{
    if (c->mux) {
        if (!mux_attach(c->mux, fe))
            return false;
    } else {
        if (c->has_fe)
            return false;
        c->fe = *fe;
        c->has_fe = true;
    }
    update_events(c);
    return true;
}

void chardev_detach(struct chardev *c, void *opaque)
{
    if (c->mux)
        mux_detach(c->mux, opaque);
    else if (c->has_fe && c->fe.opaque == opaque)
        c->has_fe = false;
    update_events(c);
}

bool chardev_is_mux(const struct chardev *c) { return c->mux != 0; }

bool chardev_connected(const struct chardev *c) { return c->in_fd >= 0 || c->out_fd >= 0; }

void chardev_accept_input(struct chardev *c)
{
    if (c->mux)
        mux_accept_input(c->mux);
    if (!c->in_len)
        return;
    deliver(c);
    update_events(c);
}

/* ---- the set ---- */

struct chardev *chardevs_find(struct chardevs *set, const char *id)
{
    for (unsigned i = 0; set && i < set->count; i++)
        if (strcmp(set->dev[i]->id, id) == 0)
            return set->dev[i];
    return 0;
}

static void chardev_close(struct chardev *c)
{
    int fds[] = {c->in_fd, c->out_fd, c->listen_fd, c->pty_slave_fd};
    for (unsigned i = 0; i < 4; i++) {
        int fd = fds[i];
        if (fd < 0 || (i == 1 && fd == c->in_fd))
            continue;
        if (i < 3)
            main_loop_unwatch(c->loop, fd);
        if (fd > 2)
            close(fd);
    }
    if (c->unlink_path[0])
        unlink(c->unlink_path);
    free(c->mux);
    free(c);
}

void chardevs_free(struct chardevs *set)
{
    if (!set)
        return;
    for (unsigned i = 0; i < set->count; i++)
        chardev_close(set->dev[i]);
    free(set);
}

/* One -chardev BACKEND,id=ID,...: false with err set. */
static bool create_one(struct chardevs *set, const char *arg, struct main_loop *loop, char *err,
                       size_t cap)
{
    struct keyval kv;
    char why[200];
    if (!keyval_parse(&kv, arg, "backend", why, sizeof(why))) {
        snprintf(err, cap, "-chardev %s: %s", arg, why);
        return false;
    }
    const char *backend = keyval_take(&kv, "backend");
    const char *id = keyval_take(&kv, "id");
    if (!id || !*id) {
        snprintf(err, cap, "-chardev %s: an id= is needed", arg);
        return false;
    }
    if (strlen(id) >= sizeof(((struct chardev *)0)->id)) {
        snprintf(err, cap, "-chardev %s: the id is too long", arg);
        return false;
    }
    if (chardevs_find(set, id)) {
        snprintf(err, cap, "-chardev %s: duplicate id '%s'", arg, id);
        return false;
    }
    bool mux = false, bad_mux = false;
    keyval_take_bool(&kv, "mux", &mux, &bad_mux);
    if (bad_mux) {
        snprintf(err, cap, "-chardev %s: mux is on or off", arg);
        return false;
    }
    for (unsigned i = 0; backend && strcmp(backend, "stdio") == 0 && i < set->count; i++)
        if (set->dev[i]->kind == CHARDEV_STDIO) { /* QEMU's words */
            snprintf(err, cap, "-chardev %s: cannot use stdio by multiple character devices",
                     arg);
            return false;
        }
    struct chardev *c = calloc(1, sizeof(*c));
    if (!c) {
        snprintf(err, cap, "-chardev %s: out of memory", arg);
        return false;
    }
    snprintf(c->id, sizeof(c->id), "%s", id);
    c->loop = loop;
    c->in_fd = c->out_fd = c->listen_fd = c->pty_slave_fd = -1;
    set->dev[set->count++] = c; /* freed with the set whatever happens next */
    if (mux && !(c->mux = malloc(sizeof(*c->mux)))) {
        snprintf(err, cap, "-chardev %s: out of memory", arg);
        return false;
    }
    if (mux)
        mux_init(c->mux, raw_write, c, set->vm);
    if (!chardev_open_backend(c, backend ? backend : "", &kv, arg, err, cap))
        return false;
    const char *unknown = keyval_unused(&kv);
    if (unknown) {
        snprintf(err, cap, "-chardev %s: the %s backend has no property '%s'", arg, backend,
                 unknown);
        return false;
    }
    return true;
}

/*
 * A chardev that -serial or -monitor made: its error names the option the
 * user wrote ("-serial file:/x: cannot open ...") instead of the -chardev text.
 */
static void name_origin(char *err, size_t cap, const char *arg, const char *origin)
{
    char prefix[KEYVAL_MAX_TEXT + 16];
    snprintf(prefix, sizeof(prefix), "-chardev %s:", arg);
    size_t n = strlen(prefix);
    if (!origin || strncmp(err, prefix, n) != 0)
        return;
    char rest[1024];
    snprintf(rest, sizeof(rest), "%s", err + n);
    snprintf(err, cap, "%s:%s", origin, rest);
}

int chardevs_create(struct chardevs **out, const struct system_options *o, struct main_loop *loop,
                    struct vm_control *vm, char *err, size_t err_cap)
{
    struct chardevs *set = calloc(1, sizeof(*set));
    *out = set;
    if (!set) {
        snprintf(err, err_cap, "-chardev: out of memory");
        return -1;
    }
    set->vm = vm;
    for (unsigned i = 0; i < o->chardevs.count; i++)
        if (!create_one(set, o->chardevs.arg[i], loop, err, err_cap)) {
            name_origin(err, err_cap, o->chardevs.arg[i], o->chardev_origin[i]);
            return -1;
        }
    return 0;
}

void chardevs_settle(struct chardevs *set)
{
    for (unsigned i = 0; set && i < set->count; i++) {
        struct chardev *c = set->dev[i];
        if (c->mux)
            mux_settle(c->mux);
        else if (c->has_fe && c->fe.event)
            c->fe.event(c->fe.opaque, CHARDEV_EVENT_FOCUS_IN); /* its one frontend has it */
    }
}

/* QEMU's "filename" of a backend, as info chardev shows it. */
static void filename(const struct chardev *c, char *buf, size_t cap)
{
    static const char *const kind[] = {"null", "file", "pipe", "pty", "socket", "stdio"};
    if (c->kind == CHARDEV_SOCKET)
        snprintf(buf, cap, "%s%s", c->in_fd < 0 ? "disconnected:" : "", c->address);
    else if (c->kind == CHARDEV_PTY)
        snprintf(buf, cap, "%s", c->address);
    else
        snprintf(buf, cap, "%s", kind[c->kind]);
}

void chardevs_describe(struct chardevs *set, char *buf, size_t cap)
{
    size_t at = 0;
    buf[0] = 0;
    for (unsigned i = 0; set && i < set->count && at < cap; i++) {
        const struct chardev *c = set->dev[i];
        char name[200];
        filename(c, name, sizeof(name));
        if (c->mux) /* QEMU's mux=on: the mux is ID, its backend ID-base */
            at += (size_t)snprintf(buf + at, cap - at, "%s: filename=mux\n%s-base: filename=%s\n",
                                   c->id, c->id, name);
        else
            at += (size_t)snprintf(buf + at, cap - at, "%s: filename=%s\n", c->id, name);
    }
}
