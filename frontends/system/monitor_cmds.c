/*
 * The monitor's commands, one sorted table (as syscall_table.c; a unit test
 * checks the order). Each is QEMU's HMP command of that name, answering in
 * QEMU's words; only commands ferry really carries out are here.
 */
#include <string.h>

#include "frontends/system/monitor.h"

static void cmd_cont(struct monitor *m, const char *args)
{
    (void)args;
    m->vm->paused = false;
}

static void print_table(struct monitor *m, const char *prefix, const struct monitor_cmd *t,
                        unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        monitor_printf(m, "%s%s%s%s%s%s -- %s\n", prefix, t[i].name, t[i].alias ? "|" : "",
                       t[i].alias ? t[i].alias : "", *t[i].args_help ? " " : "", t[i].args_help,
                       t[i].help);
}

static void cmd_help(struct monitor *m, const char *args)
{
    if (strncmp(args, "info", 4) == 0) {
        print_table(m, "info ", monitor_info_cmds, monitor_info_cmd_count);
        return;
    }
    print_table(m, "", monitor_cmds, monitor_cmd_count);
}

static void cmd_info(struct monitor *m, const char *args)
{
    size_t len = strcspn(args, " \t");
    for (unsigned i = 0; i < monitor_info_cmd_count; i++)
        if (len && strlen(monitor_info_cmds[i].name) == len &&
            strncmp(monitor_info_cmds[i].name, args, len) == 0) {
            monitor_info_cmds[i].run(m, args + len);
            return;
        }
    print_table(m, "info ", monitor_info_cmds, monitor_info_cmd_count); /* as QEMU does */
}

static void cmd_quit(struct monitor *m, const char *args)
{
    (void)args;
    m->vm->quit = true;
}

static void cmd_stop(struct monitor *m, const char *args)
{
    (void)args;
    m->vm->paused = true;
}

static void cmd_system_reset(struct monitor *m, const char *args)
{
    (void)args;
    m->vm->reset = true;
}

static void cmd_system_powerdown(struct monitor *m, const char *args)
{
    (void)args;
    m->vm->powerdown = true;
}

static void info_chardev(struct monitor *m, const char *args)
{
    (void)args;
    char text[4096];
    m->host.describe_chardevs(m->host.opaque, text, sizeof(text));
    monitor_printf(m, "%s", text);
}

static void info_status(struct monitor *m, const char *args)
{
    (void)args;
    monitor_printf(m, "VM status: %s\n", m->vm->paused ? "paused" : "running");
}

const struct monitor_cmd monitor_cmds[] = {
    {"cont", "c", "", "resume emulation", cmd_cont},
    {"help", "?", "[cmd]", "show the help", cmd_help},
    {"info", 0, "[subcommand]", "show various information about the system state", cmd_info},
    {"quit", "q", "", "quit the emulator", cmd_quit},
    {"stop", 0, "", "stop emulation", cmd_stop},
    {"system_powerdown", 0, "", "send system power down event", cmd_system_powerdown},
    {"system_reset", 0, "", "reset the system", cmd_system_reset},
};
const unsigned monitor_cmd_count = sizeof(monitor_cmds) / sizeof(monitor_cmds[0]);

const struct monitor_cmd monitor_info_cmds[] = {
    {"chardev", 0, "", "show the character devices", info_chardev},
    {"status", 0, "", "show the current VM status (running|paused)", info_status},
};
const unsigned monitor_info_cmd_count = sizeof(monitor_info_cmds) / sizeof(monitor_info_cmds[0]);
