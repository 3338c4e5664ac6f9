/*
 * What the user asks of the running machine from outside the guest (the
 * monitor's quit / system_reset / system_powerdown / stop / cont, a mux's
 * Ctrl-A x): flags the
 * board's run loop looks at between the vCPUs' turns. They live with the
 * host backends (backends.h), so they outlive a rebuilt board.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_VM_CONTROL_H
#define FERRY_FRONTENDS_SYSTEM_VM_CONTROL_H

#include <stdbool.h>

struct vm_control {
    bool quit;   /* end ferry (exit status 0) */
    bool reset;  /* reboot the board, as PSCI SYSTEM_RESET does; the run loop clears it */
    bool powerdown; /* press the power button (the guest decides); the run loop clears it */
    bool commit_disks; /* C-a s: snapshot=on overlays into their images; the run loop clears it */
    bool paused; /* no vCPU runs; host I/O (the monitor) goes on */
};

#endif
