/*
 * What chardev.c (streams, flow control) and the backends' openers
 * (chardev_open.c, chardev_socket.c) share: the chardev itself. Nothing
 * outside those files includes this.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_CHARDEV_INTERNAL_H
#define FERRY_FRONTENDS_SYSTEM_CHARDEV_INTERNAL_H

#include <sys/un.h>

#include "frontends/system/chardev.h"
#include "frontends/system/keyval.h"
#include "frontends/system/mux.h"

enum chardev_kind { CHARDEV_NULL, CHARDEV_FILE, CHARDEV_PIPE, CHARDEV_PTY, CHARDEV_SOCKET,
                    CHARDEV_STDIO };

struct chardev {
    char id[64];
    enum chardev_kind kind;
    struct main_loop *loop;
    int in_fd, out_fd;   /* -1: none; equal for sockets, ptys and a single pipe */
    int listen_fd;       /* a server socket, else -1 */
    int pty_slave_fd;    /* held open so the master never reports a hang-up */
    bool in_eof;         /* the input ended: nothing more is read */
    bool has_fe;                /* without a mux: its one frontend */
    struct chardev_frontend fe;
    struct mux *mux;            /* mux=on: the frontends are the mux's */
    char address[160];          /* info chardev's filename: "unix:S,server=on", "pty:/dev/pts/N" */
    uint8_t in[CHARDEV_IN_MAX]; /* read, not yet taken by the frontend: in[in_off..+in_len) */
    size_t in_off, in_len;
    uint8_t out[CHARDEV_OUT_MAX]; /* a ring: out_len bytes from out_head */
    size_t out_head, out_len;
    char unlink_path[sizeof(((struct sockaddr_un *)0)->sun_path)]; /* a Unix listener's, at exit */
};

/* Opens c's backend from its remaining properties. False with err set ("-chardev ARG: ..."). */
bool chardev_open_backend(struct chardev *c, const char *backend, struct keyval *kv,
                          const char *arg, char *err, size_t cap);
bool chardev_open_socket(struct chardev *c, struct keyval *kv, const char *arg, char *err,
                         size_t cap);

/* Watches fd for c (events set by chardev.c). 0, or -ENOSPC. */
int chardev_watch(struct chardev *c, int fd);
/* A socket's peer is now fd (-1: none): buffers emptied, the frontend told. */
void chardev_set_peer(struct chardev *c, int fd);
/* The listener is readable: take one client. */
void chardev_socket_accept(struct chardev *c);

#endif
