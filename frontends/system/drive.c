/* -drive, -hda and -device virtio-blk-device: options, the devices and their backends; see drive.h. */
#include "frontends/system/drive.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_blk.h"
#include "frontends/system/drive_image.h"
#include "frontends/system/drive_pool.h"

/* ---- -drive ---- */

enum drive_if { DRIVE_IF_NONE, DRIVE_IF_VIRTIO };
static const char *const if_name[] = {"none", "virtio"};

struct drive_spec {
    struct keyval kv;       /* the strings below point into it */
    const char *arg;        /* the option as given, for messages */
    const char *id;         /* id=, else auto_id */
    char auto_id[32];
    enum drive_if iface;
    int index;              /* index=, else the first free one of its interface */
    bool explicit_index;
    bool discard;           /* discard=unmap */
    struct drive_image_options image;
};

struct drive_specs {
    struct drive_spec spec[SYSTEM_MAX_OPTION_ARGS];
    unsigned count;
};

/* QEMU's identifier rule for id=: a letter, then letters, digits, '-', '.', '_'. */
static bool is_identifier(const char *s)
{
    if (!isalpha((unsigned char)*s))
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '.' && *s != '_')
            return false;
    return true;
}

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

/* One -drive into *s: false (err set) if it asks for something ferry cannot do. */
static bool parse_drive(struct drive_spec *s, const char *arg, char *err, size_t cap)
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
    if (s->id && !is_identifier(s->id)) {
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

/*
 * Every -drive, with indexes and ids given out as QEMU does: explicit
 * indexes first, then each drive without one takes the first free index
 * of its interface; a drive without id= is "<if><index>".
 */
static struct drive_specs *parse_drives(const struct system_options *o, char *err, size_t cap)
{
    struct drive_specs *all = malloc(sizeof(*all));
    if (!all) {
        snprintf(err, cap, "-drive: out of memory");
        return 0;
    }
    all->count = 0;
    for (unsigned i = 0; i < o->drives.count; i++) {
        struct drive_spec *s = &all->spec[all->count];
        if (!parse_drive(s, o->drives.arg[i], err, cap))
            goto fail;
        if (s->explicit_index && index_taken(all, all->count, s->iface, s->index)) {
            snprintf(err, cap, "-drive %s: a drive with if=%s,index=%d exists already", s->arg,
                     if_name[s->iface], s->index);
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
            snprintf(s->auto_id, sizeof(s->auto_id), "%s%d", if_name[s->iface], s->index);
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

/* ---- the device and its backend ---- */

/* ---- the images: opened once for the whole run (backends.c), kept across guest reboots ---- */

struct drive_images {
    struct drive_specs *specs; /* the image options point into it */
    struct drive_image image[SYSTEM_MAX_OPTION_ARGS];
    unsigned opened;
};

int drive_images_open(struct drive_images **out, const struct system_options *o, char *err,
                      size_t cap)
{
    struct drive_images *d = *out = calloc(1, sizeof(**out));
    if (!d) {
        snprintf(err, cap, "-drive: out of memory");
        return -1;
    }
    if (!(d->specs = parse_drives(o, err, cap)))
        return -1;
    for (unsigned i = 0; i < d->specs->count; i++) {
        const struct drive_spec *s = &d->specs->spec[i];
        char why[400];
        if (drive_image_open(&d->image[i], &s->image, why, sizeof(why)) != 0) {
            snprintf(err, cap, "-drive %s: %s", s->arg, why);
            return -1;
        }
        d->opened++;
    }
    return 0;
}

void drive_images_close(struct drive_images *d)
{
    if (!d)
        return;
    for (unsigned i = 0; i < d->opened; i++)
        drive_image_close(&d->image[i]);
    free(d->specs);
    free(d);
}

/* The open image of drive `id`, or NULL. */
static struct drive_image *image_of(struct drive_images *d, const char *id)
{
    for (unsigned i = 0; d && i < d->opened; i++)
        if (strcmp(d->specs->spec[i].id, id) == 0)
            return &d->image[i];
    return 0;
}

struct drive_blk {
    struct virtio_blk blk; /* first: the slot's virtio_device */
    struct drive_image *image; /* the host's (drive_images): it outlives the device */
    struct drive_pool pool;
    bool pool_started, watched;
    struct main_loop *loop;
    FILE *log;
    char *id, *file;
    bool warned; /* a host I/O error was reported (once is enough) */
};

/* On a worker. A host error becomes IOERR for the guest; the user hears of the first one. */
static int run_job(void *ctx, struct virtio_blk_job *job)
{
    struct drive_blk *db = ctx;
    int r = drive_image_run(db->image, job);
    if (r < 0 && !__atomic_exchange_n(&db->warned, true, __ATOMIC_RELAXED)) {
        static const char *const op[] = {"read", "write", "flush", "discard", "write-zeroes"};
        fprintf(db->log, "ferry: drive '%s' (%s): %s failed: %s (the guest sees an I/O error)\n",
                db->id, db->file, op[job->op], strerror(-r));
    }
    return r;
}

static void blk_submit(void *opaque, struct virtio_blk_job *job)
{
    drive_pool_submit(&((struct drive_blk *)opaque)->pool, job);
}

static void blk_drain(void *opaque) { drive_pool_drain(&((struct drive_blk *)opaque)->pool); }

/* The pool's eventfd is readable (board's thread): the finished requests go back to the guest. */
static void completions_ready(void *opaque, int fd, short revents)
{
    (void)fd;
    (void)revents;
    struct drive_blk *db = opaque;
    struct virtio_blk_job *done = drive_pool_take_done(&db->pool);
    if (done)
        virtio_blk_complete(&db->blk, done);
}

void drive_blk_destroy(struct virtio_device *d)
{
    struct drive_blk *db = (struct drive_blk *)d;
    /* workers first: once they are joined nothing else touches the jobs, the image or the RAM */
    if (db->pool_started) {
        if (db->watched)
            main_loop_unwatch(db->loop, db->pool.event_fd);
        drive_pool_stop(&db->pool);
    }
    virtio_blk_free(&db->blk);
    free(db->id);
    free(db->file);
    free(db);
}

/* A virtio-blk device on drive *s: NULL with one line in err. */
static struct virtio_blk *open_blk(const struct drive_spec *s, const char *serial,
                                   const struct device_context *ctx, char *err, size_t cap)
{
    struct drive_blk *db = calloc(1, sizeof(*db));
    if (!db || !(db->id = strdup(s->id)) || !(db->file = strdup(s->image.file))) {
        snprintf(err, cap, "-drive %s: out of memory", s->arg);
        if (db)
            free(db->id);
        free(db);
        return 0;
    }
    db->loop = ctx->loop;
    db->log = ctx->log ? ctx->log : stderr;
    char why[400];
    if (!(db->image = image_of(ctx->drives, s->id))) {
        snprintf(err, cap, "-drive %s: the image is not open", s->arg);
        goto fail;
    }
    struct virtio_blk_setup setup = {
        .sectors = db->image->size / VIRTIO_BLK_SECTOR,
        .readonly = s->image.readonly,
        .discard = s->discard,
        .serial = serial,
    };
    if (virtio_blk_init(&db->blk, ctx->mem, &setup,
                        (struct virtio_blk_backend){blk_submit, blk_drain, db}) != 0) {
        snprintf(err, cap, "-drive %s: out of memory", s->arg);
        goto fail;
    }
    db->blk.vdev.guest_errors = ctx->guest_errors;
    if (drive_pool_start(&db->pool, run_job, db, ctx->loop, why, sizeof(why)) != 0) {
        snprintf(err, cap, "-drive %s: %s", s->arg, why);
        goto fail;
    }
    db->pool_started = true;
    if (main_loop_watch(ctx->loop, db->pool.event_fd, POLLIN, completions_ready, db) != 0) {
        snprintf(err, cap, "-drive %s: too many host descriptors to watch", s->arg);
        goto fail;
    }
    db->watched = true;
    return &db->blk;
fail:
    drive_blk_destroy(&db->blk.vdev);
    return 0;
}

/* Whether a device already built on the board uses drive `id`. */
static bool drive_in_use(const struct virt_devices *v, const char *id)
{
    for (unsigned i = 0; i < v->slots; i++) {
        const struct virt_device_slot *slot = &v->slot[i];
        if (slot->dev && slot->driver && slot->driver->destroy == drive_blk_destroy &&
            strcmp(((const struct drive_blk *)slot->dev)->id, id) == 0)
            return true;
    }
    return false;
}

struct virtio_device *drive_blk_create(struct keyval *props, const struct device_context *ctx,
                                       char *err, size_t err_cap)
{
    const char *drive = keyval_take(props, "drive");
    const char *serial = keyval_take(props, "serial");
    if (!drive || !*drive) {
        snprintf(err, err_cap, "virtio-blk-device: drive=ID is missing (the id of an -drive if=none)");
        return 0;
    }
    struct drive_specs *all = parse_drives(ctx->options, err, err_cap);
    if (!all)
        return 0;
    struct virtio_blk *blk = 0;
    const struct drive_spec *s = 0;
    for (unsigned i = 0; i < all->count && !s; i++)
        if (strcmp(all->spec[i].id, drive) == 0)
            s = &all->spec[i];
    if (!s)
        snprintf(err, err_cap, "virtio-blk-device: drive=%s names no -drive", drive);
    else if (s->iface != DRIVE_IF_NONE)
        snprintf(err, err_cap,
                 "virtio-blk-device: drive '%s' is already in use because it has been "
                 "automatically connected to another device (did you need 'if=none' in the "
                 "drive options?)",
                 drive);
    else if (drive_in_use(ctx->devices, drive))
        snprintf(err, err_cap, "virtio-blk-device: drive '%s' is already in use by another device",
                 drive);
    else
        blk = open_blk(s, serial, ctx, err, err_cap);
    free(all);
    return blk ? &blk->vdev : 0;
}

bool drive_add_implicit(struct virt_devices *v, char *err, size_t err_cap)
{
    static const struct virtio_driver implied = {"virtio-blk-device", drive_blk_create,
                                                 drive_blk_destroy};
    struct drive_specs *all = parse_drives(v->ctx.options, err, err_cap);
    if (!all)
        return false;
    bool ok = true;
    for (unsigned i = 0; ok && i < all->count; i++) {
        const struct drive_spec *s = &all->spec[i];
        if (s->iface == DRIVE_IF_VIRTIO) {
            struct virtio_blk *blk = open_blk(s, 0, &v->ctx, err, err_cap);
            ok = blk && virt_devices_add(v, &implied, &blk->vdev, err, err_cap);
            if (blk && !ok)
                drive_blk_destroy(&blk->vdev);
        } /* an if=none drive nobody uses was opened (and checked) with the others */
    }
    free(all);
    return ok;
}
