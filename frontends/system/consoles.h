/*
 * Which chardevs the serial port and the monitors use, from -serial,
 * -monitor, -mon and the defaults, by QEMU's rules (system/vl.c):
 *
 *   -serial SPEC (legacy_chardev.h) gives serialN; mon:SPEC also puts a
 *   monitor on it. -monitor SPEC gives compat_monitorN (or chardev:ID);
 *   -mon chardev=ID[,mode=readline] puts a monitor on an existing -chardev.
 *
 *   With -nographic: no -serial and no monitor option -> serial0 is
 *   mon:stdio; otherwise a missing -serial is stdio and a missing monitor is
 *   -monitor stdio (so -nographic -serial stdio is refused, as by QEMU:
 *   "cannot use stdio by multiple character devices").
 *   Without -nographic QEMU's defaults are a window (vc), which ferry has
 *   not: no -serial and no monitor -> mon:stdio as with -nographic; a
 *   missing -serial is stdio unless a monitor has stdio; a missing monitor
 *   is none.
 *   -nodefaults (unlike QEMU) keeps a serial port on stdio, without monitor.
 *
 * The chardevs these spellings stand for are appended to o->chardevs (after
 * the user's -chardev, as QEMU creates them), and o->serials / o->monitors
 * name the ids.
 */
#ifndef FERRY_FRONTENDS_SYSTEM_CONSOLES_H
#define FERRY_FRONTENDS_SYSTEM_CONSOLES_H

#include <stdbool.h>
#include <stdio.h>

#include "frontends/system/options.h"

/* The console options as given, in order. */
struct console_args {
    struct option_list serial, monitor, mon;
};

/* False after one line "ferry: ..." on err. */
bool consoles_resolve(struct system_options *o, const struct console_args *a, FILE *err);

#endif
