/* ferry-user: run one arm64 Linux program. Options in options.c, the work in runner.c. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "frontends/user/options.h"
#include "frontends/user/runner.h"

int main(int argc, char **argv)
{
    struct user_options options;
    switch (user_options_parse(argc, argv, &options, stdout, stderr)) {
    case OPTIONS_DONE: return 0;
    case OPTIONS_ERROR: return 1;
    case OPTIONS_RUN: break;
    }
    FILE *log = stderr;
    if (options.log_file) {
        log = fopen(options.log_file, "w");
        if (!log) {
            fprintf(stderr, "ferry-user: -D %s: %s\n", options.log_file, strerror(errno));
            return 1;
        }
    }
    return user_run(&options, log);
}
