/* `ferry`: the full-system emulator's entry point (options.c, virt_board.c, machine_run.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/system/virt_board.h"

int main(int argc, char **argv)
{
    struct system_options o;
    switch (system_options_parse(argc, argv, &o, stdout, stderr)) {
    case SYSTEM_OPTIONS_DONE: return 0;
    case SYSTEM_OPTIONS_ERROR: return 1;
    case SYSTEM_OPTIONS_RUN: break;
    }
    FILE *log = stderr;
    if (o.log_file && !(log = fopen(o.log_file, "w"))) {
        fprintf(stderr, "ferry: cannot open log file %s\n", o.log_file);
        return 1;
    }
    static struct virt_board board; /* large (RAM bookkeeping, TLB, GIC): off the stack */
    for (;;) {
        int status = virt_board_init(&board, &o, log);
        if (status) {
            virt_board_free(&board);
            return status > 0 ? 1 : 0; /* < 0: finished early (dumpdtb) */
        }
        enum board_stop stop = virt_board_run(&board);
        virt_board_free(&board);
        if (stop != BOARD_RESET) /* reboot: build the board again and boot anew */
            return stop == BOARD_ERROR ? 1 : 0;
    }
}
