/* The multiplexed chardev's frontends, focus and escape keys; see mux.h. */
#include "frontends/system/mux.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

void mux_init(struct mux *m, void (*out)(void *opaque, const void *buf, size_t len),
              void *out_opaque, struct vm_control *vm)
{
    memset(m, 0, sizeof(*m));
    m->focus = -1;
    m->out = out;
    m->out_opaque = out_opaque;
    m->vm = vm;
    m->timestamps_start_ms = -1;
}

static void send_event(struct mux *m, int slot, enum chardev_event ev)
{
    if (slot >= 0 && m->slot[slot].used && m->slot[slot].fe.event)
        m->slot[slot].fe.event(m->slot[slot].fe.opaque, ev);
}

static void say(struct mux *m, const char *text) { m->out(m->out_opaque, text, strlen(text)); }

bool mux_attach(struct mux *m, const struct chardev_frontend *fe)
{
    int free_slot = -1, returning = -1;
    for (int i = 0; i < MUX_MAX_FRONTENDS; i++) {
        if (m->slot[i].used)
            continue;
        if (free_slot < 0)
            free_slot = i;
        if (returning < 0 && m->settled && m->slot[i].was_used)
            returning = i;
    }
    int i = returning >= 0 ? returning : free_slot;
    if (i < 0)
        return false;
    struct mux_slot *s = &m->slot[i];
    s->fe = *fe;
    s->used = s->was_used = true;
    s->head = s->len = 0;
    if (!m->settled) {
        m->focus = i; /* the last one attached while the machine is built */
    } else if (m->focus < 0 || !m->slot[m->focus].used) {
        if (m->focus < 0)
            m->focus = i;
        if (m->focus == i)
            send_event(m, i, CHARDEV_EVENT_FOCUS_IN);
    }
    return true;
}

void mux_detach(struct mux *m, void *opaque)
{
    for (int i = 0; i < MUX_MAX_FRONTENDS; i++)
        if (m->slot[i].used && m->slot[i].fe.opaque == opaque) {
            m->slot[i].used = false;
            m->slot[i].len = 0;
            return; /* the focus stays on the slot: a rebuilt device comes back to it */
        }
}

void mux_settle(struct mux *m)
{
    if (m->settled)
        return;
    m->settled = true;
    send_event(m, m->focus, CHARDEV_EVENT_FOCUS_IN);
}

/* C-a c: the next used slot after the focused one, round. */
static void switch_focus(struct mux *m)
{
    for (int step = 1; step <= MUX_MAX_FRONTENDS; step++) {
        int i = ((m->focus < 0 ? -1 : m->focus) + step) % MUX_MAX_FRONTENDS;
        if (i < 0)
            i += MUX_MAX_FRONTENDS;
        if (!m->slot[i].used)
            continue;
        if (i == m->focus)
            return;
        send_event(m, m->focus, CHARDEV_EVENT_FOCUS_OUT);
        m->focus = i;
        send_event(m, i, CHARDEV_EVENT_FOCUS_IN);
        mux_accept_input(m);
        return;
    }
}

static void print_help(struct mux *m)
{
    say(m, "\r\n"
           "C-a h    print this help\r\n"
           "C-a x    exit ferry\r\n");
    if (m->vm)
        say(m, "C-a s    save disk data back to file (if -snapshot)\r\n");
    say(m, "C-a t    toggle console timestamps\r\n"
           "C-a b    send break (magic sysrq)\r\n"
           "C-a c    switch between console and monitor\r\n"
           "C-a C-a  sends C-a\r\n");
}

static struct mux_slot *focused(struct mux *m)
{
    return m->focus >= 0 && m->slot[m->focus].used ? &m->slot[m->focus] : 0;
}

void mux_accept_input(struct mux *m)
{
    struct mux_slot *s = focused(m);
    while (s && s->len) {
        size_t room = s->fe.can_receive(s->fe.opaque);
        if (room == 0)
            return;
        size_t n = s->len < room ? s->len : room;
        if (s->head + n > MUX_HELD)
            n = MUX_HELD - s->head; /* up to the ring's end; the rest next round */
        uint8_t chunk[MUX_HELD];
        memcpy(chunk, s->held + s->head, n); /* the frontend may detach us while it reads */
        s->head = (s->head + (unsigned)n) % MUX_HELD;
        s->len -= (unsigned)n;
        s->fe.receive(s->fe.opaque, chunk, n);
        s = focused(m);
    }
}

/* An input byte for the focused frontend: straight in if nothing waits before it, else held. */
static void input_byte(struct mux *m, uint8_t byte)
{
    struct mux_slot *s = focused(m);
    if (!s)
        return;
    if (s->len == 0 && s->fe.can_receive(s->fe.opaque) > 0) {
        s->fe.receive(s->fe.opaque, &byte, 1);
        return;
    }
    if (s->len < MUX_HELD)
        s->held[(s->head + s->len++) % MUX_HELD] = byte;
}

void mux_input(struct mux *m, const uint8_t *buf, size_t len)
{
    mux_accept_input(m);
    for (size_t i = 0; i < len; i++) {
        switch (mux_escape_feed(&m->escape, &buf[i])) {
        case MUX_KEY_NONE: break;
        case MUX_KEY_INPUT: input_byte(m, buf[i]); break;
        case MUX_KEY_HELP: print_help(m); break;
        case MUX_KEY_QUIT:
            say(m, "ferry: Terminated\n\r");
            if (m->vm)
                m->vm->quit = true;
            break;
        case MUX_KEY_SYNC:
            if (m->vm)
                m->vm->commit_disks = true;
            break;
        case MUX_KEY_BREAK: send_event(m, m->focus, CHARDEV_EVENT_BREAK); break;
        case MUX_KEY_SWITCH: switch_focus(m); break;
        case MUX_KEY_TIMESTAMPS:
            m->timestamps = !m->timestamps;
            m->timestamps_start_ms = -1;
            m->line_start = false;
            break;
        }
    }
}

static int64_t now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

void mux_write(struct mux *m, const void *buf, size_t len)
{
    if (!m->timestamps) {
        m->out(m->out_opaque, buf, len);
        return;
    }
    const uint8_t *p = buf;
    size_t from = 0;
    for (size_t i = 0; i < len; i++) {
        if (m->line_start) {
            m->out(m->out_opaque, p + from, i - from);
            from = i;
            int64_t t = now_ms();
            if (m->timestamps_start_ms < 0)
                m->timestamps_start_ms = t;
            t -= m->timestamps_start_ms;
            long secs = (long)(t / 1000);
            char stamp[48];
            snprintf(stamp, sizeof(stamp), "[%02ld:%02ld:%02ld.%03d] ", secs / 3600,
                     (secs / 60) % 60, secs % 60, (int)(t % 1000));
            say(m, stamp);
            m->line_start = false;
        }
        if (p[i] == '\n')
            m->line_start = true;
    }
    m->out(m->out_opaque, p + from, len - from);
}
