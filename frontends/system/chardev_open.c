/*
 * Opening the -chardev backends that are plain descriptors: null, file,
 * pipe, pty and stdio (sockets: chardev_socket.c). Every descriptor is
 * non-blocking, so chardev.c's reads and writes never hold up the vCPU
 * (stdio excepted: stdin and stdout stay as they are; the terminal goes
 * into raw mode, terminal.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "frontends/system/chardev_internal.h"
#include "frontends/system/terminal.h"

static bool watch(struct chardev *c, int fd, const char *arg, char *err, size_t cap)
{
    if (chardev_watch(c, fd) == 0)
        return true;
    snprintf(err, cap, "-chardev %s: too many host descriptors to watch", arg);
    return false;
}

static const char *need_path(struct keyval *kv, const char *arg, char *err, size_t cap)
{
    const char *path = keyval_take(kv, "path");
    if (!path || !*path)
        snprintf(err, cap, "-chardev %s: a path= is needed", arg);
    return path && *path ? path : 0;
}

/* file,path=F[,append=on]: the guest's output in F; no input (QEMU's default: truncate). */
static bool open_file(struct chardev *c, struct keyval *kv, const char *arg, char *err, size_t cap)
{
    const char *path = need_path(kv, arg, err, cap);
    bool append = false, bad = false;
    keyval_take_bool(kv, "append", &append, &bad);
    if (!path)
        return false;
    if (bad) {
        snprintf(err, cap, "-chardev %s: append is on or off", arg);
        return false;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK | (append ? O_APPEND : O_TRUNC),
                  0666);
    if (fd < 0) {
        snprintf(err, cap, "-chardev %s: cannot open %s: %s", arg, path, strerror(errno));
        return false;
    }
    c->out_fd = fd;
    return watch(c, fd, arg, err, cap);
}

/*
 * pipe,path=P: P.in (input) and P.out (output) if both can be opened, else
 * P itself for both, as QEMU. FIFOs are opened read-write so opening
 * returns at once and a missing writer is no hang-up.
 */
static bool open_pipe(struct chardev *c, struct keyval *kv, const char *arg, char *err, size_t cap)
{
    const char *path = need_path(kv, arg, err, cap);
    if (!path)
        return false;
    char name[4096];
    int flags = O_RDWR | O_CLOEXEC | O_NONBLOCK;
    snprintf(name, sizeof(name), "%s.in", path);
    int in = open(name, flags);
    snprintf(name, sizeof(name), "%s.out", path);
    int out = in >= 0 ? open(name, flags) : -1;
    if (in < 0 || out < 0) {
        if (in >= 0)
            close(in);
        in = out = open(path, flags);
        if (in < 0) {
            snprintf(err, cap, "-chardev %s: cannot open %s.in and %s.out, nor %s: %s", arg, path,
                     path, path, strerror(errno));
            return false;
        }
    }
    c->in_fd = in;
    c->out_fd = out;
    return watch(c, in, arg, err, cap) && (out == in || watch(c, out, arg, err, cap));
}

/*
 * pty: a new pseudo-terminal in raw mode, named on stderr as QEMU names
 * it. ferry keeps the slave side open too: otherwise the master reports a
 * hang-up on every poll until someone opens it.
 */
static bool open_pty(struct chardev *c, const char *arg, char *err, size_t cap)
{
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    const char *name = fd >= 0 && grantpt(fd) == 0 && unlockpt(fd) == 0 ? ptsname(fd) : 0;
    int slave = name ? open(name, O_RDWR | O_NOCTTY | O_CLOEXEC) : -1;
    if (slave < 0) {
        snprintf(err, cap, "-chardev %s: cannot make a pseudo-terminal: %s", arg, strerror(errno));
        if (fd >= 0)
            close(fd);
        return false;
    }
    struct termios t;
    if (tcgetattr(slave, &t) == 0) {
        cfmakeraw(&t);
        tcsetattr(slave, TCSANOW, &t);
    }
    fprintf(stderr, "char device redirected to %s (label %s)\n", name, c->id);
    snprintf(c->address, sizeof(c->address), "pty:%s", name); /* info chardev's filename */
    c->in_fd = c->out_fd = fd;
    c->pty_slave_fd = slave;
    return watch(c, fd, arg, err, cap);
}

bool chardev_open_backend(struct chardev *c, const char *backend, struct keyval *kv,
                          const char *arg, char *err, size_t cap)
{
    if (strcmp(backend, "null") == 0) {
        c->kind = CHARDEV_NULL;
        return true;
    }
    if (strcmp(backend, "file") == 0) {
        c->kind = CHARDEV_FILE;
        return open_file(c, kv, arg, err, cap);
    }
    if (strcmp(backend, "pipe") == 0) {
        c->kind = CHARDEV_PIPE;
        return open_pipe(c, kv, arg, err, cap);
    }
    if (strcmp(backend, "pty") == 0) {
        c->kind = CHARDEV_PTY;
        return open_pty(c, arg, err, cap);
    }
    if (strcmp(backend, "socket") == 0) {
        c->kind = CHARDEV_SOCKET;
        return chardev_open_socket(c, kv, arg, err, cap);
    }
    if (strcmp(backend, "stdio") == 0) {
        /* signal=on|off: ferry's terminal is always raw (QEMU's signal=off): Ctrl-C is the guest's */
        bool signal = false, bad = false;
        keyval_take_bool(kv, "signal", &signal, &bad);
        if (bad) {
            snprintf(err, cap, "-chardev %s: signal is on or off", arg);
            return false;
        }
        c->kind = CHARDEV_STDIO;
        terminal_raw_mode();
        c->in_fd = 0;
        c->out_fd = 1;
        return watch(c, 0, arg, err, cap) && watch(c, 1, arg, err, cap);
    }
    snprintf(err, cap, "-chardev %s: unknown backend '%s' (ferry has: null, file, pipe, pty, "
             "socket, stdio)", arg, backend);
    return false;
}
