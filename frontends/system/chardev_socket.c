/*
 * -chardev socket: a Unix (path=S) or TCP (host=H,port=N) stream. With
 * server=on ferry listens and serves one client at a time (the listener
 * is not polled while a client is connected, so a second one waits in the
 * backlog until the first leaves); wait=on, QEMU's default for a server,
 * blocks start-up until the first client came. Without server=on ferry
 * connects at start-up and the chardev goes quiet once the peer leaves
 * (no reconnect=).
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "frontends/system/chardev_internal.h"

static void set_nonblocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

void chardev_socket_accept(struct chardev *c)
{
    if (c->in_fd >= 0)
        return;
    int fd = accept4(c->listen_fd, 0, 0, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0)
        return; /* EAGAIN, or the client gave up already */
    if (chardev_watch(c, fd) != 0) {
        close(fd);
        return;
    }
    chardev_set_peer(c, fd);
}

/* A bound, listening or connected stream socket for the address; -1 with err set. */
static int unix_socket(const char *path, bool server, const char *arg, char *err, size_t cap)
{
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    if (strlen(path) >= sizeof(sa.sun_path)) {
        snprintf(err, cap, "-chardev %s: the socket path is too long", arg);
        return -1;
    }
    strcpy(sa.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        snprintf(err, cap, "-chardev %s: cannot make a socket: %s", arg, strerror(errno));
        return -1;
    }
    if (server) {
        unlink(path); /* a stale socket of an earlier run, as QEMU does */
        if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0 && listen(fd, 1) == 0)
            return fd;
        snprintf(err, cap, "-chardev %s: cannot listen on %s: %s", arg, path, strerror(errno));
    } else {
        if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0)
            return fd;
        snprintf(err, cap, "-chardev %s: cannot connect to %s: %s", arg, path, strerror(errno));
    }
    close(fd);
    return -1;
}

static int tcp_socket(const char *host, const char *port, bool server, const char *arg,
                      char *err, size_t cap)
{
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = server ? AI_PASSIVE : 0};
    struct addrinfo *list;
    int rc = getaddrinfo(host && *host ? host : 0, port, &hints, &list);
    if (rc != 0) {
        snprintf(err, cap, "-chardev %s: cannot resolve %s:%s: %s", arg, host ? host : "", port,
                 gai_strerror(rc));
        return -1;
    }
    int fd = -1, saved = 0;
    for (struct addrinfo *a = list; a && fd < 0; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        bool ok = server ? bind(fd, a->ai_addr, a->ai_addrlen) == 0 && listen(fd, 1) == 0
                         : connect(fd, a->ai_addr, a->ai_addrlen) == 0;
        if (!ok) {
            saved = errno;
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(list);
    if (fd < 0)
        snprintf(err, cap, "-chardev %s: cannot %s %s:%s: %s", arg,
                 server ? "listen on" : "connect to", host ? host : "", port, strerror(saved));
    return fd;
}

bool chardev_open_socket(struct chardev *c, struct keyval *kv, const char *arg, char *err,
                         size_t cap)
{
    const char *path = keyval_take(kv, "path");
    const char *host = keyval_take(kv, "host");
    const char *port = keyval_take(kv, "port");
    bool server = false, wait = true, bad_server = false, bad_wait = false;
    keyval_take_bool(kv, "server", &server, &bad_server);
    keyval_take_bool(kv, "wait", &wait, &bad_wait);
    if (bad_server || bad_wait) {
        snprintf(err, cap, "-chardev %s: %s is on or off", arg, bad_server ? "server" : "wait");
        return false;
    }
    if (!(path && *path) == !(port && *port)) {
        snprintf(err, cap, "-chardev %s: a socket needs path= (Unix) or host=,port= (TCP)", arg);
        return false;
    }
    if (path && *path)
        snprintf(c->address, sizeof(c->address), "unix:%s%s", path, server ? ",server=on" : "");
    else
        snprintf(c->address, sizeof(c->address), "tcp:%s:%s%s", host ? host : "", port,
                 server ? ",server=on" : "");
    int fd = path && *path ? unix_socket(path, server, arg, err, cap)
                           : tcp_socket(host, port, server, arg, err, cap);
    if (fd < 0)
        return false;
    if (!server) {
        set_nonblocking(fd);
        if (chardev_watch(c, fd) != 0) {
            close(fd);
            snprintf(err, cap, "-chardev %s: too many host descriptors to watch", arg);
            return false;
        }
        chardev_set_peer(c, fd);
        return true;
    }
    c->listen_fd = fd;
    if (path && *path)
        snprintf(c->unlink_path, sizeof(c->unlink_path), "%s", path);
    if (wait) { /* as QEMU: nothing runs until the first client is there */
        if (path && *path)
            fprintf(stderr, "ferry: -chardev %s: waiting for a connection on unix:%s\n", c->id,
                    path);
        else
            fprintf(stderr, "ferry: -chardev %s: waiting for a connection on tcp:%s:%s\n", c->id,
                    host ? host : "", port);
        int client;
        do
            client = accept4(fd, 0, 0, SOCK_NONBLOCK | SOCK_CLOEXEC);
        while (client < 0 && errno == EINTR);
        if (client >= 0 && chardev_watch(c, client) == 0)
            c->in_fd = c->out_fd = client;
        else if (client >= 0)
            close(client);
    }
    set_nonblocking(fd);
    if (chardev_watch(c, fd) != 0) {
        snprintf(err, cap, "-chardev %s: too many host descriptors to watch", arg);
        return false;
    }
    chardev_set_peer(c, c->in_fd);
    return true;
}
