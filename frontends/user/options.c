/* Parsing ferry-user's command line; see options.h. */
#include "frontends/user/options.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "frontends/user/process.h"

static const struct {
    const char *name;
    unsigned flag;
    const char *help;
} trace_items[] = {
    {"in_asm", TRACE_IN_ASM, "show each block's guest instructions when first decoded"},
    {"exec", TRACE_EXEC, "show the address of every block executed"},
    {"unimp", TRACE_UNIMP, "report unimplemented system calls and features"},
    {"strace", TRACE_STRACE, "log every system call with its arguments and result"},
    {"guest_errors", TRACE_GUEST_ERRORS, "report what the guest did wrong"},
    {"out_asm", TRACE_OUT_ASM, "show each block's x86-64 code when translated"},
    {"nochain", TRACE_NOCHAIN, "never chain translated blocks (each returns to the run loop)"},
    {"stats", TRACE_STATS, "print translator counters and helper calls by instruction at exit"},
};
#define TRACE_ITEM_COUNT (sizeof(trace_items) / sizeof(trace_items[0]))

static void print_help(FILE *out)
{
    fprintf(out,
            "usage: ferry-user [OPTIONS] PROGRAM [ARGS...]\n"
            "Runs a static arm64 Linux program on this host, translating its system calls.\n"
            "The program's exit status is ferry-user's; a program killed by a signal kills\n"
            "ferry-user with the same signal.\n"
            "\n"
            "Options:\n"
            "  -d ITEM[,ITEM...]  log these to the log file (-d help lists the items)\n"
            "  -D FILE            write the log to FILE instead of standard error\n"
            "  -L DIR             sysroot for dynamic programs: the dynamic linker, libraries\n"
            "                     and every absolute path the program opens are looked up\n"
            "                     under DIR first (default: $FERRY_SYSROOT, $QEMU_LD_PREFIX)\n"
            "  -E VAR=VALUE       set VAR in the program's environment\n"
            "  -U VAR             remove VAR from the program's environment\n"
            "  -0 ARGV0           pass ARGV0 as the program's argv[0] (default: PROGRAM)\n"
            "  -s SIZE            stack size in bytes, with optional k/M/G suffix (default 8M)\n"
            "  --accel ENGINE     dbt (translate to x86-64, the default) or interp (interpret;\n"
            "                     the reference, for debugging); default $FERRY_ACCEL or dbt\n"
            "                     ($FERRY_HOST_ISA=baseline: either runs guest AES, SHA and\n"
            "                     PMULL without the host's AES-NI, SHA-NI and PCLMULQDQ)\n"
            "  -h, --help         show this help and exit\n"
            "  --version          show the version and exit\n"
            "  --                 end of options: the next word is PROGRAM\n");
}

static void print_trace_items(FILE *out)
{
    fprintf(out, "Log items (-d ITEM[,ITEM...]):\n");
    for (size_t i = 0; i < TRACE_ITEM_COUNT; i++)
        fprintf(out, "  %-13s %s\n", trace_items[i].name, trace_items[i].help);
}

static enum options_result parse_trace(const char *list, unsigned *flags, FILE *out, FILE *err)
{
    if (strcmp(list, "help") == 0) {
        print_trace_items(out);
        return OPTIONS_DONE;
    }
    const char *p = list;
    while (*p) {
        size_t len = strcspn(p, ",");
        size_t i;
        for (i = 0; i < TRACE_ITEM_COUNT; i++)
            if (strlen(trace_items[i].name) == len && strncmp(trace_items[i].name, p, len) == 0)
                break;
        if (i == TRACE_ITEM_COUNT) {
            fprintf(err, "ferry-user: -d: unknown log item '%.*s' (see -d help)\n", (int)len, p);
            return OPTIONS_ERROR;
        }
        *flags |= trace_items[i].flag;
        p += len;
        if (*p == ',')
            p++;
    }
    return OPTIONS_RUN;
}

void user_trace_items_text(unsigned flags, char *out, size_t cap)
{
    out[0] = 0;
    for (size_t i = 0; i < TRACE_ITEM_COUNT; i++) {
        if (flags & trace_items[i].flag) {
            if (out[0])
                strncat(out, ",", cap - strlen(out) - 1);
            strncat(out, trace_items[i].name, cap - strlen(out) - 1);
        }
    }
}

static bool parse_size(const char *text, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 0);
    if (errno || end == text || text[0] == '-')
        return false;
    uint64_t scale = 1;
    switch (*end) {
    case 'k': case 'K': scale = 1ull << 10; end++; break;
    case 'm': case 'M': scale = 1ull << 20; end++; break;
    case 'g': case 'G': scale = 1ull << 30; end++; break;
    default: break;
    }
    if (*end || v == 0 || v > UINT64_MAX / scale)
        return false;
    *out = v * scale;
    return true;
}

enum options_result user_options_parse(int argc, char **argv, struct user_options *o, FILE *out,
                                       FILE *err)
{
    memset(o, 0, sizeof(*o));
    o->stack_size = USER_DEFAULT_STACK_SIZE;
    o->engine = cpu_engine_from_env();
    int i = 1;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--") == 0) {
            i++;
            break;
        }
        if (arg[0] != '-' || arg[1] == 0)
            break;
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0 || strcmp(arg, "-help") == 0) {
            print_help(out);
            return OPTIONS_DONE;
        }
        if (strcmp(arg, "--version") == 0 || strcmp(arg, "-version") == 0) {
            fprintf(out, "ferry-user 0.1.0 (arm64 Linux user-mode emulator)\n");
            return OPTIONS_DONE;
        }
        if (strcmp(arg, "--accel") == 0 || strcmp(arg, "-accel") == 0) {
            if (i + 1 >= argc) {
                fprintf(err, "ferry-user: option '%s' needs an argument (see --help)\n", arg);
                return OPTIONS_ERROR;
            }
            if (!cpu_engine_from_name(argv[++i], &o->engine)) {
                fprintf(err, "ferry-user: --accel: unknown engine '%s' (dbt or interp)\n", argv[i]);
                return OPTIONS_ERROR;
            }
            continue;
        }
        static const char *const with_value = "dDEU0sL";
        if (arg[2] != 0 || !strchr(with_value, arg[1])) {
            fprintf(err, "ferry-user: unknown option '%s' (see --help)\n", arg);
            return OPTIONS_ERROR;
        }
        if (i + 1 >= argc) {
            fprintf(err, "ferry-user: option '%s' needs an argument (see --help)\n", arg);
            return OPTIONS_ERROR;
        }
        const char *value = argv[++i];
        enum options_result r;
        switch (arg[1]) {
        case 'd':
            r = parse_trace(value, &o->trace_flags, out, err);
            if (r != OPTIONS_RUN)
                return r;
            break;
        case 'D': o->log_file = value; break;
        case 'L': o->sysroot = value; break;
        case '0': o->argv0 = value; break;
        case 's':
            if (!parse_size(value, &o->stack_size) || o->stack_size < 65536 ||
                o->stack_size > (1ull << 32)) {
                fprintf(err, "ferry-user: -s: bad stack size '%s' (64k to 4G)\n", value);
                return OPTIONS_ERROR;
            }
            o->stack_size = (o->stack_size + 4095) & ~4095ull;
            break;
        case 'E':
            if (!strchr(value, '=') || value[0] == '=') {
                fprintf(err, "ferry-user: -E: expected VAR=VALUE, got '%s'\n", value);
                return OPTIONS_ERROR;
            }
            if (o->env_set_count == OPTIONS_MAX_ENV_EDITS) {
                fprintf(err, "ferry-user: -E: more than %d variables\n", OPTIONS_MAX_ENV_EDITS);
                return OPTIONS_ERROR;
            }
            o->env_set[o->env_set_count++] = value;
            break;
        case 'U':
            if (o->env_unset_count == OPTIONS_MAX_ENV_EDITS) {
                fprintf(err, "ferry-user: -U: more than %d variables\n", OPTIONS_MAX_ENV_EDITS);
                return OPTIONS_ERROR;
            }
            o->env_unset[o->env_unset_count++] = value;
            break;
        }
    }
    if (i >= argc) {
        fprintf(err, "ferry-user: no program given (usage: ferry-user [OPTIONS] PROGRAM "
                     "[ARGS...])\n");
        return OPTIONS_ERROR;
    }
    if (!o->sysroot)
        o->sysroot = getenv("FERRY_SYSROOT");
    if (!o->sysroot)
        o->sysroot = getenv("QEMU_LD_PREFIX"); /* qemu-aarch64's habit carries over */
    if (o->sysroot && !o->sysroot[0])
        o->sysroot = 0;
    o->program = argv[i];
    o->guest_args = argv + i + 1;
    o->guest_arg_count = argc - i - 1;
    return OPTIONS_RUN;
}
