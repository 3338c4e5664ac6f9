/* `ferry`: the full-system emulator's entry point (options.c, virt_board.c, machine_run.c). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/system/virt_board.h"

/*
 * No -kernel: the default guest, built (or found in the cache) by
 * scripts/default-guest, which prints the kernel's and the initramfs's paths.
 */
static int use_default_guest(struct system_options *o, char *kernel, char *initrd, size_t cap)
{
    static const char command[] = "'" FERRY_SOURCE_DIR "/scripts/default-guest'";
    fprintf(stderr, "ferry: no -kernel given: booting the default guest (scripts/default-guest)\n");
    FILE *p = popen(command, "r");
    bool ok = p && fgets(kernel, (int)cap, p) && fgets(initrd, (int)cap, p);
    if (p && pclose(p) != 0)
        ok = false;
    if (!ok) {
        fprintf(stderr, "ferry: cannot build the default guest (see above); give -kernel FILE\n");
        return 1;
    }
    kernel[strcspn(kernel, "\n")] = 0;
    initrd[strcspn(initrd, "\n")] = 0;
    o->kernel = kernel;
    if (!o->initrd)
        o->initrd = initrd;
    if (!o->append)
        o->append = "console=ttyAMA0";
    return 0;
}

static int run(struct system_options *o);

int main(int argc, char **argv)
{
    static struct system_options o;
    enum system_options_result parsed = system_options_parse(argc, argv, &o, stdout, stderr);
    int status = parsed == SYSTEM_OPTIONS_RUN ? run(&o) : parsed == SYSTEM_OPTIONS_ERROR;
    system_options_free(&o);
    return status;
}

/* The machine from the parsed options until it powers off or the user quits: the exit status. */
static int run(struct system_options *o)
{
    static char kernel[4096], initrd[4096];
    if (!o->kernel && !o->dumpdtb && use_default_guest(o, kernel, initrd, sizeof(kernel)))
        return 1;
    FILE *log = stderr;
    if (o->log_file && !(log = fopen(o->log_file, "w"))) {
        fprintf(stderr, "ferry: cannot open log file %s\n", o->log_file);
        return 1;
    }
    /* the host side first, once: chardevs, netdevs and monitors stay across guest reboots */
    static struct host_backends host;
    if (host_backends_open(&host, o, log)) {
        host_backends_close(&host);
        return 1;
    }
    static struct virt_board board; /* large (RAM bookkeeping, TLB, GIC): off the stack */
    for (;;) {
        int status = virt_board_init(&board, o, &host, log);
        if (status) {
            virt_board_free(&board);
            host_backends_close(&host);
            return status > 0 ? 1 : 0; /* < 0: finished early (dumpdtb) */
        }
        host_backends_board_built(&host);
        enum board_stop stop = virt_board_run(&board);
        virt_board_free(&board);
        host_backends_board_gone(&host);
        if (stop != BOARD_RESET) { /* reboot: build the board again on the same backends */
            host_backends_close(&host);
            return stop == BOARD_ERROR ? 1 : 0;
        }
    }
}
