/*
 * The `ferry` command line, in qemu-system-aarch64's spelling so people's
 * habits carry over: -M virt[,gic-version=2|3][,psci-conduit=hvc|smc][,dumpdtb=FILE], -machine, -cpu,
 * -m SIZE, -smp N, -kernel, -initrd, -append, -dtb, -nographic,
 * -serial stdio|mon:stdio, -d LIST, -D FILE, --help, --version.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_OPTIONS_H
#define FERRY_FRONTENDS_SYSTEM_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu/cpu.h"

/* With GICv3: the redistributor frames that fit QEMU virt's region below 0x0900_0000. */
#define SYSTEM_MAX_CPUS 123

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
};

enum system_options_result { SYSTEM_OPTIONS_RUN, SYSTEM_OPTIONS_DONE, SYSTEM_OPTIONS_ERROR };

/* Parses argv; errors are one line on `err`. */
enum system_options_result system_options_parse(int argc, char **argv, struct system_options *o,
                                                 FILE *out, FILE *err);

#endif
