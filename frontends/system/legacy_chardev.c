/* -serial / -monitor spellings to -chardev arguments; see legacy_chardev.h. */
#include "frontends/system/legacy_chardev.h"

#include <stdio.h>
#include <string.h>

static bool starts(const char *s, const char *prefix, const char **rest)
{
    size_t n = strlen(prefix);
    if (strncmp(s, prefix, n) != 0)
        return false;
    *rest = s + n;
    return true;
}

/* Appends text to out->chardev with its commas doubled (a literal value in the option syntax). */
static bool append_literal(struct legacy_chardev *out, const char *text)
{
    size_t at = strlen(out->chardev);
    for (const char *c = text; *c; c++) {
        if (at + 3 >= sizeof(out->chardev))
            return false;
        out->chardev[at++] = *c;
        if (*c == ',')
            out->chardev[at++] = ',';
    }
    out->chardev[at] = 0;
    return true;
}

static bool append(struct legacy_chardev *out, const char *text)
{
    size_t at = strlen(out->chardev);
    return (size_t)snprintf(out->chardev + at, sizeof(out->chardev) - at, "%s", text) <
           sizeof(out->chardev) - at;
}

static const char known[] = "stdio, mon:stdio, null, none, file:PATH, pipe:PATH, pty, chardev:ID, "
                            "unix:PATH[,server=on,wait=off], tcp:[HOST]:PORT[,server=on,wait=off]";

bool legacy_chardev_parse(const char *spec, const char *id, bool allow_mon,
                          struct legacy_chardev *out, char *err, size_t cap)
{
    memset(out, 0, sizeof(*out));
    snprintf(out->id, sizeof(out->id), "%s", id);
    const char *rest;
    if (starts(spec, "mon:", &rest)) {
        if (!allow_mon) {
            snprintf(err, cap, "mon: isn't supported in this context");
            return false;
        }
        if (starts(rest, "mon:", &rest) || !strcmp(rest, "none") ||
            starts(rest, "chardev:", &rest)) {
            snprintf(err, cap, "'%s' cannot carry a monitor (mon: takes a new chardev: mon:stdio, "
                     "mon:unix:PATH, ...)", spec);
            return false;
        }
        out->monitor = true;
        spec += 4;
    }
    if (!strcmp(spec, "none")) {
        out->kind = LEGACY_NONE;
        return true;
    }
    if (starts(spec, "chardev:", &rest)) {
        if (!*rest || strlen(rest) >= sizeof(out->id)) {
            snprintf(err, cap, "chardev:%s: a -chardev id is needed", rest);
            return false;
        }
        out->kind = LEGACY_EXISTING;
        snprintf(out->id, sizeof(out->id), "%s", rest);
        return true;
    }
    out->kind = LEGACY_NEW;
    bool ok;
    if (!strcmp(spec, "stdio") || !strcmp(spec, "null") || !strcmp(spec, "pty")) {
        ok = append(out, spec) && append(out, ",id=") && append_literal(out, id);
    } else if (starts(spec, "file:", &rest) || starts(spec, "pipe:", &rest)) {
        if (!*rest) {
            snprintf(err, cap, "%s a path is needed", spec);
            return false;
        }
        ok = append(out, spec[0] == 'f' ? "file" : "pipe") && append(out, ",id=") &&
             append_literal(out, id) && append(out, ",path=") && append_literal(out, rest);
    } else if (starts(spec, "unix:", &rest)) {
        if (!*rest || *rest == ',') {
            snprintf(err, cap, "%s a socket path is needed", spec);
            return false;
        }
        /* the path is the options' implied first value: commas in it are doubled already */
        ok = append(out, "socket,id=") && append_literal(out, id) && append(out, ",path=") &&
             append(out, rest);
    } else if (starts(spec, "tcp:", &rest)) {
        const char *colon = strchr(rest, ':');
        size_t port_len = colon ? strcspn(colon + 1, ",") : 0;
        if (!colon || port_len == 0 || memchr(rest, ',', (size_t)(colon - rest))) {
            snprintf(err, cap, "tcp: takes [HOST]:PORT[,server=on,wait=off]");
            return false;
        }
        char host[256], port[64];
        snprintf(host, sizeof(host), "%.*s", (int)(colon - rest), rest);
        snprintf(port, sizeof(port), "%.*s", (int)port_len, colon + 1);
        const char *opts = colon + 1 + port_len;
        ok = append(out, "socket,id=") && append_literal(out, id) && append(out, ",host=") &&
             append_literal(out, host) && append(out, ",port=") && append_literal(out, port) &&
             append(out, opts);
    } else {
        snprintf(err, cap, "'%s' is not a valid char driver (ferry takes %s)", spec, known);
        return false;
    }
    if (ok && out->monitor)
        ok = append(out, ",mux=on");
    if (!ok) {
        snprintf(err, cap, "the argument is too long");
        return false;
    }
    return true;
}
