/* Running one arm64 Linux program to completion; see runner.c. */
#ifndef FERRY_FRONTENDS_USER_RUNNER_H
#define FERRY_FRONTENDS_USER_RUNNER_H

#include <stdio.h>

#include "frontends/user/options.h"

/*
 * Loads and runs o->program. Returns its exit status, or 1 after printing a
 * one-line error if it cannot be started. A program killed by a signal
 * kills the caller with the same signal (this function does not return).
 */
int user_run(const struct user_options *o, FILE *log);

struct user_process;

/*
 * Runs one guest thread until it calls exit (thread_exited) or exit_group
 * (exited); returns the status it gave. Deaths by signal do not return.
 */
int run_guest(struct user_process *p);

#endif
