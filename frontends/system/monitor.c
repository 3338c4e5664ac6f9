/* The human monitor's line editor and dispatch; see monitor.h. The commands are monitor_cmds.c. */
#include "frontends/system/monitor.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define ESC 0x1b

void monitor_init(struct monitor *m, const struct monitor_host *host, struct vm_control *vm)
{
    memset(m, 0, sizeof(*m));
    m->host = *host;
    m->vm = vm;
}

static void put(struct monitor *m, const char *text, size_t len)
{
    m->host.write(m->host.opaque, text, len);
}

void monitor_printf(struct monitor *m, const char *format, ...)
{
    char text[4096];
    va_list args;
    va_start(args, format);
    int n = vsnprintf(text, sizeof(text), format, args);
    va_end(args);
    if (n < 0)
        return;
    size_t len = (size_t)n < sizeof(text) ? (size_t)n : sizeof(text) - 1;
    size_t from = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n') {
            put(m, text + from, i - from);
            put(m, "\r\n", 2);
            from = i + 1;
        }
    put(m, text + from, len - from);
}

void monitor_focus_in(struct monitor *m)
{
    if (!m->greeted) {
        m->greeted = true;
        monitor_printf(m, "ferry 0.1.0 monitor - type 'help' for more information\n");
    }
    monitor_printf(m, "%s%.*s", MONITOR_PROMPT, (int)m->len, m->line);
}

static bool is(const char *word, const char *name, size_t len)
{
    return word && strlen(word) == len && strncmp(word, name, len) == 0;
}

static const struct monitor_cmd *find(const struct monitor_cmd *table, unsigned count,
                                      const char *name, size_t len)
{
    for (unsigned i = 0; i < count; i++)
        if (is(table[i].name, name, len) || is(table[i].alias, name, len))
            return &table[i];
    return 0;
}

void monitor_execute(struct monitor *m, const char *line)
{
    while (*line == ' ' || *line == '\t')
        line++;
    size_t len = strcspn(line, " \t");
    if (len == 0)
        return;
    const struct monitor_cmd *cmd = find(monitor_cmds, monitor_cmd_count, line, len);
    if (!cmd) {
        monitor_printf(m, "unknown command: '%.*s'\n", (int)len, line);
        return;
    }
    const char *args = line + len;
    while (*args == ' ' || *args == '\t')
        args++;
    cmd->run(m, args);
}

static void enter(struct monitor *m)
{
    m->line[m->len] = 0;
    monitor_printf(m, "\n");
    monitor_execute(m, m->line);
    m->len = 0;
    if (!m->vm->quit) /* quit: the emulator ends, no prompt */
        monitor_printf(m, "%s", MONITOR_PROMPT);
}

static void key(struct monitor *m, uint8_t byte)
{
    if (m->escape) { /* ESC [ ... final byte: arrow keys and the like, not edited here */
        m->escape++;
        if ((m->escape == 2 && byte != '[' && byte != 'O') || (m->escape > 2 && byte >= 0x40))
            m->escape = 0;
        if (m->escape > 16)
            m->escape = 0;
        return;
    }
    if (byte == ESC) {
        m->escape = 1;
    } else if (byte == '\r' || byte == '\n') {
        enter(m);
    } else if (byte == 0x7f || byte == 0x08) {
        if (m->len) {
            m->len--;
            put(m, "\b \b", 3);
        }
    } else if (byte >= 0x20 && byte < 0x7f && m->len < MONITOR_LINE_MAX - 1) {
        m->line[m->len++] = (char)byte;
        put(m, (const char *)&byte, 1);
    }
}

void monitor_input(struct monitor *m, const uint8_t *buf, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        /* "\r\n" from a line-mode peer (a socket, a pipe) is one Enter */
        if (buf[i] == '\n' && i > 0 && buf[i - 1] == '\r')
            continue;
        key(m, buf[i]);
    }
}

static size_t fe_can_receive(void *opaque)
{
    (void)opaque;
    return MONITOR_LINE_MAX;
}

static void fe_receive(void *opaque, const uint8_t *buf, size_t len)
{
    monitor_input(opaque, buf, len);
}

static void fe_event(void *opaque, enum chardev_event ev)
{
    struct monitor *m = opaque;
    if (ev == CHARDEV_EVENT_FOCUS_IN) {
        m->focused = true;
        monitor_focus_in(m);
    } else if (ev == CHARDEV_EVENT_FOCUS_OUT) {
        m->focused = false;
    }
}

static void fe_connected(void *opaque, bool up)
{
    struct monitor *m = opaque;
    m->len = 0; /* a half-typed line was the last client's */
    m->escape = 0;
    if (up && m->focused) {
        m->greeted = false;
        monitor_focus_in(m);
    }
}

struct chardev_frontend monitor_frontend(struct monitor *m)
{
    return (struct chardev_frontend){.can_receive = fe_can_receive, .receive = fe_receive,
                                     .connected = fe_connected, .opaque = m, .event = fe_event};
}
