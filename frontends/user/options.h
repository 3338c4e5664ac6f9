/*
 * ferry-user's command line: QEMU's spellings (-d, -D, -E, -U, -0, -s) so
 * people's qemu-aarch64 habits carry over. Options come before PROGRAM;
 * everything after PROGRAM belongs to the guest.
 */
#ifndef FERRY_FRONTENDS_USER_OPTIONS_H
#define FERRY_FRONTENDS_USER_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu/cpu.h"

#define OPTIONS_MAX_ENV_EDITS 256

struct user_options {
    unsigned trace_flags;  /* TRACE_* from cpu/cpu.h */
    const char *log_file;  /* -D, NULL = stderr */
    const char *sysroot;   /* -L, else $FERRY_SYSROOT, else $QEMU_LD_PREFIX; NULL = none */
    const char *argv0;     /* -0, NULL = PROGRAM */
    uint64_t stack_size;   /* -s */
    enum cpu_engine engine; /* --accel, else $FERRY_ACCEL, else the translator */
    const char *env_set[OPTIONS_MAX_ENV_EDITS]; /* -E VAR=VALUE, in order */
    int env_set_count;
    const char *env_unset[OPTIONS_MAX_ENV_EDITS]; /* -U VAR */
    int env_unset_count;
    const char *program;
    char **guest_args;     /* arguments after PROGRAM */
    int guest_arg_count;
};

enum options_result {
    OPTIONS_RUN,   /* run the program */
    OPTIONS_DONE,  /* --help, --version, -d help: printed, exit 0 */
    OPTIONS_ERROR, /* a one-line error was printed to `err`: exit 1 */
};

enum options_result user_options_parse(int argc, char **argv, struct user_options *o, FILE *out,
                                       FILE *err);

/* The -d items in `flags`, comma-separated (what a re-executed ferry-user is given). */
void user_trace_items_text(unsigned flags, char *out, size_t cap);

#endif
