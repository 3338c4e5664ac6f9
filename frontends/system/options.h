/*
 * The `ferry` command line, in qemu-system-aarch64's spelling so people's
 * habits carry over: -M virt[,gic-version=2|3][,psci-conduit=hvc|smc][,dumpdtb=FILE], -machine, -cpu,
 * -m SIZE, -smp N, -kernel, -initrd, -append, -dtb, -nographic,
 * -serial, -monitor, -mon (consoles.c), -d LIST, -D FILE, --help, --version, and the
 * device options (-device, -drive, -hda..-hdd, -netdev, -nic, -chardev,
 * -object, -global, -nodefaults), whose arguments are kept as given here
 * and understood when the board is built (virt_devices.c and the backends).
 */
#ifndef FERRY_FRONTENDS_SYSTEM_OPTIONS_H
#define FERRY_FRONTENDS_SYSTEM_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu/cpu.h"

/* With GICv3: the redistributor frames that fit QEMU virt's region below 0x0900_0000. */
#define SYSTEM_MAX_CPUS 123
/* -display: none, sdl, or not given (a window when a display server and a virtio-gpu exist). */
enum system_display { DISPLAY_DEFAULT, DISPLAY_NONE, DISPLAY_SDL };

/* Of each device option (-device, -drive, ...): more than the 32 virtio-mmio slots can hold. */
#define SYSTEM_MAX_OPTION_ARGS 64

/* The arguments of one repeatable option, in command-line order. */
struct option_list {
    const char *arg[SYSTEM_MAX_OPTION_ARGS];
    unsigned count;
};

struct system_options {
    uint64_t ram_size;    /* -m, default 1 GiB */
    unsigned cpus;        /* -smp */
    unsigned gic_version; /* -M virt,gic-version= */
    bool psci_smc;        /* -M virt,psci-conduit=smc: PSCI by SMC (default HVC, as QEMU without EL2) */
    const char *kernel, *initrd, *append, *dtb; /* kernel NULL: the default guest */
    const char *dumpdtb;  /* -M virt,dumpdtb=FILE: write the device tree and exit */
    unsigned trace_flags; /* -d */
    enum cpu_engine engine; /* -accel, else $FERRY_ACCEL, else the translator */
    const char *log_file; /* -D */
    struct option_list devices;  /* -device DRIVER[,PROP=VALUE...] */
    struct option_list drives;   /* -drive ...; -hda F is "file=F,index=0,media=disk" (as QEMU: if=virtio on virt) */
    struct option_list netdevs;  /* -netdev TYPE,id=ID[,...] */
    struct option_list nics;     /* -nic TYPE[,...] ("none": no default NIC) */
    struct option_list chardevs; /* -chardev BACKEND,id=ID[,...] */
    struct option_list objects;  /* -object TYPE,id=ID[,...] */
    struct option_list globals;  /* -global DRIVER.PROP=VALUE */
    bool nodefaults;             /* -nodefaults: no default NIC, no default virtio-rng */
    bool nographic;              /* -nographic */
    enum system_display display; /* -display; DISPLAY_DEFAULT: QEMU's rule (ui_devices.c) */
    /*
     * The consoles, resolved from -serial/-monitor/-mon and the defaults
     * (consoles.c): the chardevs they need are in `chardevs` already.
     */
    /* for each of `chardevs` that a -serial/-monitor made: that option as given ("-serial X"), for messages */
    const char *chardev_origin[SYSTEM_MAX_OPTION_ARGS];
    struct option_list serials;  /* -serial in order: the chardev id of each, NULL for none */
    struct option_list monitors; /* the chardev ids that carry a monitor */
    /* text made while parsing (-hda's -drive, -serial's -chardev): freed by system_options_free */
    char *owned[4 * SYSTEM_MAX_OPTION_ARGS];
    unsigned owned_count;
};

enum system_options_result { SYSTEM_OPTIONS_RUN, SYSTEM_OPTIONS_DONE, SYSTEM_OPTIONS_ERROR };

/* Parses argv; errors are one line on `err`. Then system_options_free, whatever the result. */
enum system_options_result system_options_parse(int argc, char **argv, struct system_options *o,
                                                 FILE *out, FILE *err);
void system_options_free(struct system_options *o);

/* A copy of text that lives as long as o (NULL when out of memory or room). */
char *system_options_keep(struct system_options *o, const char *text);

#endif
