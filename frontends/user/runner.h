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

#endif
