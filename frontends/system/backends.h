/*
 * The host side of the machine, made once in main and kept while ferry
 * runs: the host I/O loop, the -chardev streams (sockets keep their
 * clients), the -netdev stacks (hostfwd ports stay bound, slirp keeps its
 * state), the -drive images (locked throughout; a snapshot=on overlay keeps
 * the guest's writes), the monitors and the vm_control flags. A guest reboot rebuilds
 * the board (virt_board.c) and its devices; they attach to these again, as
 * QEMU's devices keep their backends across a reset.
 *
 *     struct host_backends h;
 *     if (host_backends_open(&h, options, log)) return 1;
 *     for (;;) { virt_board_init(&board, options, &h, log); host_backends_board_built(&h);
 *                virt_board_run(&board); virt_board_free(&board); host_backends_board_gone(&h); }
 *     host_backends_close(&h);
 */
#ifndef FERRY_FRONTENDS_SYSTEM_BACKENDS_H
#define FERRY_FRONTENDS_SYSTEM_BACKENDS_H

#include <stdbool.h>
#include <stdio.h>

#include "frontends/system/main_loop.h"
#include "frontends/system/monitor.h"
#include "frontends/system/options.h"
#include "frontends/system/vm_control.h"

struct chardevs;
struct netdevs;
struct drive_images;

struct host_monitor {
    struct monitor mon;
    struct chardev *chr;
    struct host_backends *host;
};

struct host_backends {
    struct main_loop loop;
    bool loop_ready;
    struct vm_control vm;
    struct chardevs *chardevs;
    struct netdevs *net;
    struct drive_images *drives;
    struct host_monitor monitor[SYSTEM_MAX_OPTION_ARGS];
    unsigned monitors;
    bool settled; /* a board was built once: the muxes have given their focus */
};

/* 0, or 1 after one line "ferry: ..." on stderr (then close it). */
int host_backends_open(struct host_backends *h, const struct system_options *o, FILE *log);
/* A board was built and its devices attached. */
void host_backends_board_built(struct host_backends *h);
/* The board was freed (its devices detached): what it numbered starts over for the next one. */
void host_backends_board_gone(struct host_backends *h);
void host_backends_close(struct host_backends *h);

#endif
