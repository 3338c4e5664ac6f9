/* QEMU's "key=value,key=value" option syntax; see keyval.h. */
#include "frontends/system/keyval.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* One item's text up to an unescaped comma, with ",," turned into ",": where it ended. */
static const char *copy_item(const char *in, char **out, const char *out_end)
{
    for (; *in; in++) {
        if (*in == ',') {
            if (in[1] != ',')
                break;
            in++;
        }
        if (*out == out_end)
            return 0;
        *(*out)++ = *in;
    }
    if (*out == out_end)
        return 0;
    *(*out)++ = 0;
    return in;
}

bool keyval_parse(struct keyval *kv, const char *text, const char *implied_key, char *err,
                  size_t err_cap)
{
    memset(kv, 0, sizeof(*kv));
    char *out = kv->text, *end = kv->text + sizeof(kv->text);
    const char *in = text;
    while (*in || in == text) {
        if (kv->count == KEYVAL_MAX_ITEMS) {
            snprintf(err, err_cap, "too many properties in '%s'", text);
            return false;
        }
        char *item = out;
        in = copy_item(in, &out, end);
        if (!in) {
            snprintf(err, err_cap, "option argument too long: '%.60s...'", text);
            return false;
        }
        char *eq = strchr(item, '=');
        if (eq) {
            *eq = 0;
            kv->item[kv->count].key = item;
            kv->item[kv->count].value = eq + 1;
        } else if (kv->count == 0 && implied_key && *item) {
            kv->item[kv->count].key = implied_key;
            kv->item[kv->count].value = item;
        } else {
            kv->item[kv->count].key = item;
            kv->item[kv->count].value = "on"; /* QEMU: a bare key is key=on */
        }
        if (!*kv->item[kv->count].key) {
            snprintf(err, err_cap, "empty property name in '%s'", text);
            return false;
        }
        kv->count++;
        if (!*in)
            break;
        in++; /* the comma */
        if (!*in) {
            snprintf(err, err_cap, "'%s' ends with a comma", text);
            return false;
        }
    }
    return true;
}

const char *keyval_take(struct keyval *kv, const char *key)
{
    const char *value = 0;
    for (unsigned i = 0; i < kv->count; i++)
        if (strcmp(kv->item[i].key, key) == 0) {
            kv->item[i].taken = true;
            value = kv->item[i].value;
        }
    return value;
}

const char *keyval_take_next(struct keyval *kv, const char *key, unsigned *cursor)
{
    for (; *cursor < kv->count; (*cursor)++)
        if (strcmp(kv->item[*cursor].key, key) == 0) {
            kv->item[*cursor].taken = true;
            return kv->item[(*cursor)++].value;
        }
    return 0;
}

bool keyval_take_bool(struct keyval *kv, const char *key, bool *out, bool *bad)
{
    const char *v = keyval_take(kv, key);
    if (!v)
        return false;
    static const char *const yes[] = {"on", "true", "yes"}, *const no[] = {"off", "false", "no"};
    for (unsigned i = 0; i < 3; i++) {
        if (strcmp(v, yes[i]) == 0) {
            *out = true;
            return true;
        }
        if (strcmp(v, no[i]) == 0) {
            *out = false;
            return true;
        }
    }
    *bad = true;
    return false;
}

const char *keyval_unused(const struct keyval *kv)
{
    for (unsigned i = 0; i < kv->count; i++)
        if (!kv->item[i].taken)
            return kv->item[i].key;
    return 0;
}

bool keyval_is_identifier(const char *s)
{
    if (!isalpha((unsigned char)*s))
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '.' && *s != '_')
            return false;
    return true;
}

int keyval_fail(char *err, size_t cap, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(err, cap, format, args);
    va_end(args);
    return 1;
}
