/* -drive's keys into drive specs; see drive_options.h. */
#include "frontends/system/drive_options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const drive_if_name[] = {"none", "virtio"};

/* A boolean option: true when absent or valid; false (err set) when it is not on/off. */
static bool take_bool(struct drive_spec *s, const char *key, bool *out, char *err, size_t cap)
{
    bool bad = false;
    keyval_take_bool(&s->kv, key, out, &bad);
    if (bad)
        snprintf(err, cap, "-drive %s: %s expects on or off", s->arg, key);
    return !bad;
}

/* cache=MODE: what each of QEMU's modes means for the host descriptor and for flushes. */
static bool set_cache_mode(struct drive_spec *s, const char *mode, char *err, size_t cap)
{
    struct drive_image_options *o = &s->image;
    if (strcmp(mode, "writeback") == 0) {
        /* the host page cache, made stable by the guest's flushes */
    } else if (strcmp(mode, "none") == 0) {
        o->direct = true;
    } else if (strcmp(mode, "directsync") == 0) {
        o->direct = o->dsync = true;
    } else if (strcmp(mode, "writethrough") == 0) {
        o->dsync = true;
    } else if (strcmp(mode, "unsafe") == 0) {
        o->no_flush = true;
    } else {
        snprintf(err, cap,
                 "-drive %s: invalid cache option '%s' (writeback, none, directsync, "
                 "writethrough, unsafe)",
                 s->arg, mode);
        return false;
    }
    return true;
}

bool drive_spec_parse(struct drive_spec *s, const char *arg, char *err, size_t cap)
{
    memset(s, 0, sizeof(*s));
    s->arg = arg;
    s->index = -1;
    char why[200];
    if (!keyval_parse(&s->kv, arg, 0, why, sizeof(why))) {
        snprintf(err, cap, "-drive %s: %s", arg, why);
        return false;
    }
    struct keyval *kv = &s->kv;
    s->image.file = keyval_take(kv, "file");
    if (!s->image.file || !*s->image.file) {
        snprintf(err, cap, "-drive %s: file= is missing (ferry's drives are disk images)", arg);
        return false;
    }
    const char *format = keyval_take(kv, "format");
    if (format && strcmp(format, "raw") != 0) {
        snprintf(err, cap, "-drive %s: format '%s' is not supported (ferry reads raw images)",
                 arg, format);
        return false;
    }
    const char *iface = keyval_take(kv, "if");
    s->iface = DRIVE_IF_VIRTIO; /* virt's default interface, as in QEMU */
    if (iface && strcmp(iface, "none") == 0) {
        s->iface = DRIVE_IF_NONE;
    } else if (iface && strcmp(iface, "virtio") != 0) {
        snprintf(err, cap, "-drive %s: if=%s is not supported by ferry's virt board (none, virtio)",
                 arg, iface);
        return false;
    }
    s->id = keyval_take(kv, "id");
    if (s->id && !keyval_is_identifier(s->id)) {
        snprintf(err, cap,
                 "-drive %s: id '%s' is not an identifier (a letter, then letters, digits, "
                 "'-', '.', '_')",
                 arg, s->id);
        return false;
    }
    const char *index = keyval_take(kv, "index");
    if (index) {
        char *end;
        errno = 0;
        long n = strtol(index, &end, 10);
        if (!*index || *end || errno || n < 0 || n > 1000) {
            snprintf(err, cap, "-drive %s: index '%s' is not a number from 0 to 1000", arg, index);
            return false;
        }
        s->index = (int)n;
        s->explicit_index = true;
    }
    const char *media = keyval_take(kv, "media");
    if (media && strcmp(media, "disk") != 0) {
        snprintf(err, cap, "-drive %s: media=%s is not supported (ferry's virtio drives are disks)",
                 arg, media);
        return false;
    }
    if (!take_bool(s, "readonly", &s->image.readonly, err, cap) ||
        !take_bool(s, "snapshot", &s->image.snapshot, err, cap))
        return false;
    const char *cache = keyval_take(kv, "cache");
    if (cache && !set_cache_mode(s, cache, err, cap))
        return false;
    /* QEMU's finer cache switches override what cache= set */
    if (!take_bool(s, "cache.direct", &s->image.direct, err, cap) ||
        !take_bool(s, "cache.no-flush", &s->image.no_flush, err, cap))
        return false;
    const char *discard = keyval_take(kv, "discard");
    if (discard) {
        if (!strcmp(discard, "unmap") || !strcmp(discard, "on")) {
            s->discard = true;
        } else if (strcmp(discard, "ignore") != 0 && strcmp(discard, "off") != 0) {
            snprintf(err, cap, "-drive %s: invalid discard option '%s' (unmap, ignore)", arg,
                     discard);
            return false;
        }
    }
    const char *aio = keyval_take(kv, "aio");
    if (aio && strcmp(aio, "threads") && strcmp(aio, "native") && strcmp(aio, "io_uring")) {
        snprintf(err, cap, "-drive %s: invalid aio option '%s' (threads, native, io_uring)", arg,
                 aio);
        return false;
    }
    /* (every aio= is served by ferry's worker threads) */
    const char *locking = keyval_take(kv, "file.locking");
    if (locking) {
        if (!strcmp(locking, "off") || !strcmp(locking, "false") || !strcmp(locking, "no")) {
            s->image.no_locking = true;
        } else if (strcmp(locking, "on") && strcmp(locking, "true") && strcmp(locking, "yes") &&
                   strcmp(locking, "auto")) {
            snprintf(err, cap, "-drive %s: file.locking is on, off or auto", arg);
            return false;
        }
    }
    const char *unknown = keyval_unused(kv);
    if (unknown) {
        snprintf(err, cap, "-drive %s: unknown option '%s'", arg, unknown);
        return false;
    }
    return true;
}

static bool index_taken(const struct drive_specs *all, unsigned upto, enum drive_if iface, int index)
{
    for (unsigned i = 0; i < upto; i++)
        if (all->spec[i].iface == iface && all->spec[i].index == index)
            return true;
    return false;
}

struct drive_specs *drive_specs_parse(const struct system_options *o, char *err, size_t cap)
{
    struct drive_specs *all = malloc(sizeof(*all));
    if (!all) {
        snprintf(err, cap, "-drive: out of memory");
        return 0;
    }
    all->count = 0;
    for (unsigned i = 0; i < o->drives.count; i++) {
        struct drive_spec *s = &all->spec[all->count];
        if (!drive_spec_parse(s, o->drives.arg[i], err, cap))
            goto fail;
        if (s->explicit_index && index_taken(all, all->count, s->iface, s->index)) {
            snprintf(err, cap, "-drive %s: a drive with if=%s,index=%d exists already", s->arg,
                     drive_if_name[s->iface], s->index);
            goto fail;
        }
        all->count++;
    }
    for (unsigned i = 0; i < all->count; i++) {
        struct drive_spec *s = &all->spec[i];
        if (!s->explicit_index) {
            int n = 0;
            while (index_taken(all, all->count, s->iface, n))
                n++;
            s->index = n;
        }
        if (!s->id) {
            snprintf(s->auto_id, sizeof(s->auto_id), "%s%d", drive_if_name[s->iface], s->index);
            s->id = s->auto_id;
        }
    }
    for (unsigned i = 0; i < all->count; i++)
        for (unsigned k = 0; k < i; k++)
            if (strcmp(all->spec[i].id, all->spec[k].id) == 0) {
                snprintf(err, cap, "-drive %s: duplicate drive id '%s'", all->spec[i].arg,
                         all->spec[i].id);
                goto fail;
            }
    return all;
fail:
    free(all);
    return 0;
}
