/*
 * QEMU's option-argument syntax, as -device, -drive, -netdev, -chardev and
 * -object take it: "[VALUE0,]key=value,key=value,...", a comma inside a
 * value written twice (",,"), a bare "key" meaning "key=on". VALUE0 is the
 * implied first key (-device's driver, -netdev's type) when the first item
 * has no '='.
 *
 *     struct keyval kv;
 *     if (keyval_parse(&kv, "virtio-blk-device,drive=hd0", "driver", err, sizeof(err))) ...
 *     const char *drive = keyval_take(&kv, "drive");    (NULL if absent)
 *     ... after taking every known key:
 *     if (keyval_unused(&kv)) ...  "unknown property"
 */
#ifndef FERRY_FRONTENDS_SYSTEM_KEYVAL_H
#define FERRY_FRONTENDS_SYSTEM_KEYVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KEYVAL_MAX_ITEMS 32
#define KEYVAL_MAX_TEXT 1024

struct keyval {
    char text[KEYVAL_MAX_TEXT]; /* the unescaped keys and values, NUL-separated */
    struct {
        const char *key, *value;
        bool taken;
    } item[KEYVAL_MAX_ITEMS];
    unsigned count;
};

/*
 * Parses `text`. implied_key: the name of a leading value without '='
 * (NULL: not allowed). False with a reason in err on a syntax error (an
 * empty key), or too many or too long items. Keys may repeat.
 */
bool keyval_parse(struct keyval *kv, const char *text, const char *implied_key, char *err,
                  size_t err_cap);

/* The value of `key` (marking it used), or NULL. The last one wins if repeated keys were allowed. */
const char *keyval_take(struct keyval *kv, const char *key);

/* Each value of a key that may repeat (hostfwd=...): call with *cursor = 0 until NULL. */
const char *keyval_take_next(struct keyval *kv, const char *key, unsigned *cursor);

/*
 * on/off/true/false/yes/no for `key`: true if present and valid (in *out),
 * false if absent (*out untouched); *bad set if present and not a boolean.
 */
bool keyval_take_bool(struct keyval *kv, const char *key, bool *out, bool *bad);

/*
 * An option's error: the message into err (cap bytes, no "ferry: "), and 1,
 * so a parser can `return keyval_fail(err, cap, "-netdev %s: ...", arg);`.
 */
__attribute__((format(printf, 3, 4))) int keyval_fail(char *err, size_t cap, const char *format,
                                                      ...);

/* QEMU's rule for id=: a letter, then letters, digits, '-', '.', '_'. */
bool keyval_is_identifier(const char *s);

/* The first key nobody took, or NULL: the caller reports it as unknown. */
const char *keyval_unused(const struct keyval *kv);

#endif
