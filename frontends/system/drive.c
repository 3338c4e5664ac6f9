/* -drive, -hda and -device virtio-blk-device: options, the devices and their backends; see drive.h. */
#include "frontends/system/drive.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_blk.h"
#include "frontends/system/drive_image.h"
#include "frontends/system/drive_options.h"
#include "frontends/system/drive_pool.h"

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
    if (!(d->specs = drive_specs_parse(o, err, cap)))
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

int drive_images_commit(struct drive_images *d, char *err, size_t cap)
{
    int status = 0;
    for (unsigned i = 0; d && i < d->opened; i++) {
        char why[400];
        if (drive_image_commit(&d->image[i], d->specs->spec[i].image.file, why, sizeof(why)) != 0) {
            snprintf(err, cap, "%s", why);
            status = -1;
        }
    }
    return status;
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

void drive_blk_quiesce(struct virt_devices *v)
{
    for (unsigned i = 0; i < v->slots; i++) {
        const struct virt_device_slot *slot = &v->slot[i];
        if (slot->dev && slot->driver && slot->driver->destroy == drive_blk_destroy)
            drive_pool_drain(&((struct drive_blk *)slot->dev)->pool);
    }
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
    struct drive_specs *all = drive_specs_parse(ctx->options, err, err_cap);
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
    struct drive_specs *all = drive_specs_parse(v->ctx.options, err, err_cap);
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
