/* -serial, -monitor, -mon and their defaults; see consoles.h. */
#include "frontends/system/consoles.h"

#include <string.h>

#include "frontends/system/keyval.h"
#include "frontends/system/legacy_chardev.h"

#define MAX_SERIALS 4 /* QEMU's MAX_SERIAL_PORTS */

static bool keep(struct system_options *o, struct option_list *l, const char *text,
                 const char *what, FILE *err)
{
    char *copy = l->count < SYSTEM_MAX_OPTION_ARGS ? system_options_keep(o, text) : 0;
    if (!copy) {
        fprintf(err, "ferry: too many %s\n", what);
        return false;
    }
    l->arg[l->count++] = copy;
    return true;
}

/* One legacy spelling: its chardev made (if new), its id kept; a monitor on it if asked. */
static bool add_legacy(struct system_options *o, const char *opt, const char *spec, const char *id,
                       bool is_serial, FILE *err)
{
    struct legacy_chardev l;
    char why[400];
    if (!legacy_chardev_parse(spec, id, is_serial, &l, why, sizeof(why))) {
        fprintf(err, "ferry: %s %s: %s\n", opt, spec, why);
        return false;
    }
    if (l.kind == LEGACY_NEW) {
        if (!keep(o, &o->chardevs, l.chardev, "-chardev options", err))
            return false;
        char origin[LEGACY_CHARDEV_MAX];
        snprintf(origin, sizeof(origin), "%s %s", opt, spec);
        /* NULL (out of room): errors name the -chardev text */
        o->chardev_origin[o->chardevs.count - 1] = system_options_keep(o, origin);
    }
    const char *chosen = l.kind == LEGACY_NONE ? 0 : l.id;
    if (is_serial) {
        if (o->serials.count == MAX_SERIALS) {
            fprintf(err, "ferry: %s %s: too many serial ports (at most %d)\n", opt, spec,
                    MAX_SERIALS);
            return false;
        }
        if (!chosen)
            o->serials.arg[o->serials.count++] = 0;
        else if (!keep(o, &o->serials, chosen, "-serial options", err))
            return false;
    }
    if (chosen && (l.monitor || !is_serial))
        return keep(o, &o->monitors, chosen, "monitors", err);
    return true;
}

/* -mon [chardev=]ID[,mode=readline][,pretty=on|off]. */
static bool add_mon(struct system_options *o, const char *arg, FILE *err)
{
    struct keyval kv;
    char why[200];
    if (!keyval_parse(&kv, arg, "chardev", why, sizeof(why))) {
        fprintf(err, "ferry: -mon %s: %s\n", arg, why);
        return false;
    }
    const char *id = keyval_take(&kv, "chardev"), *mode = keyval_take(&kv, "mode");
    bool pretty = false, bad = false;
    keyval_take_bool(&kv, "pretty", &pretty, &bad);
    const char *unknown = keyval_unused(&kv);
    if (unknown) {
        fprintf(err, "ferry: -mon %s: no property '%s' (chardev=ID, mode=readline)\n", arg, unknown);
        return false;
    }
    if (!id || !*id) {
        fprintf(err, "ferry: -mon %s: a chardev= is needed\n", arg);
        return false;
    }
    if (mode && !strcmp(mode, "control")) {
        fprintf(err, "ferry: -mon %s: mode=control (QMP) is not in ferry yet (mode=readline)\n",
                arg);
        return false;
    }
    if (mode && strcmp(mode, "readline")) {
        fprintf(err, "ferry: -mon %s: mode is readline or control\n", arg);
        return false;
    }
    return keep(o, &o->monitors, id, "monitors", err);
}

static bool mentions_stdio(const struct option_list *l)
{
    for (unsigned i = 0; i < l->count; i++)
        if (!strcmp(l->arg[i], "stdio") || !strcmp(l->arg[i], "mon:stdio"))
            return true;
    return false;
}

bool consoles_resolve(struct system_options *o, const struct console_args *a, FILE *err)
{
    bool default_serial = a->serial.count == 0;
    bool default_monitor = a->monitor.count == 0 && a->mon.count == 0;
    for (unsigned i = 0; i < a->serial.count; i++)
        if (!strncmp(a->serial.arg[i], "mon:", 4))
            default_monitor = false; /* as QEMU: mon: is the monitor */
    char id[32];
    for (unsigned i = 0; i < a->serial.count; i++) {
        snprintf(id, sizeof(id), "serial%u", i);
        if (!add_legacy(o, "-serial", a->serial.arg[i], id, true, err))
            return false;
    }
    for (unsigned i = 0; i < a->monitor.count; i++) {
        snprintf(id, sizeof(id), "compat_monitor%u", i);
        if (!add_legacy(o, "-monitor", a->monitor.arg[i], id, false, err))
            return false;
    }
    for (unsigned i = 0; i < a->mon.count; i++)
        if (!add_mon(o, a->mon.arg[i], err))
            return false;
    if (o->nodefaults) {
        if (default_serial)
            return add_legacy(o, "-serial", "stdio", "serial0", true, err);
        return true;
    }
    if (default_serial && default_monitor)
        return add_legacy(o, "-serial", "mon:stdio", "serial0", true, err);
    /* (named so for messages: "-nographic's -monitor stdio: cannot use stdio by multiple ...") */
    if (default_serial && (o->nographic || !mentions_stdio(&a->monitor)) &&
        !add_legacy(o, o->nographic ? "-nographic's -serial" : "-serial", "stdio", "serial0", true,
                    err))
        return false;
    if (default_monitor && o->nographic)
        return add_legacy(o, "-nographic's -monitor", "stdio", "compat_monitor0", false, err);
    return true;
}
