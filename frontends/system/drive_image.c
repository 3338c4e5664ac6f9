/* A raw disk image: opening, QEMU-compatible locking, the snapshot overlay and the I/O; see drive_image.h. */
#include "frontends/system/drive_image.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#define SECTOR VIRTIO_BLK_SECTOR

/* ---- locking (QEMU's permission bytes) ---- */

enum { PERM_CONSISTENT_READ = 0, PERM_WRITE = 1, PERM_RESIZE = 3, PERM_COUNT = 5 };
/* QEMU's names of its permissions, as its lock messages print them. */
static const char *const perm_name[PERM_COUNT] = {"consistent read", "write", "write unchanged",
                                                   "resize", "change children"};
#define LOCK_PERM_BASE 100   /* byte 100 + p: someone holds permission p */
#define LOCK_SHARED_BASE 200 /* byte 200 + p: someone refuses to share permission p */

/* Errors that mean "this filesystem has no OFD locks": the image is used unlocked. */
static bool locking_unsupported(int e) { return e == EINVAL || e == ENOLCK || e == EOPNOTSUPP; }

static int lock_byte(int fd, off_t at)
{
    struct flock l = {.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = at, .l_len = 1};
    return fcntl(fd, F_OFD_SETLK, &l);
}

/* Whether another open file holds a lock on byte `at` (ours never conflict with us). */
static bool byte_held(int fd, off_t at)
{
    struct flock l = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = at, .l_len = 1};
    return fcntl(fd, F_OFD_GETLK, &l) == 0 && l.l_type != F_UNLCK;
}

/*
 * Our locks first, then the check, as QEMU orders them: of two users
 * starting together, at least one sees the other.
 */
static int lock_image(int fd, unsigned held, unsigned unshared, const char *file, char *err,
                      size_t cap)
{
    for (unsigned p = 0; p < PERM_COUNT; p++) {
        if (((held >> p & 1) && lock_byte(fd, LOCK_PERM_BASE + p) != 0) ||
            ((unshared >> p & 1) && lock_byte(fd, LOCK_SHARED_BASE + p) != 0)) {
            if (locking_unsupported(errno))
                return 0;
            snprintf(err, cap, "cannot lock '%s': %s", file, strerror(errno));
            return -1;
        }
    }
    for (unsigned p = 0; p < PERM_COUNT; p++)
        if ((held >> p & 1) && byte_held(fd, LOCK_SHARED_BASE + p)) {
            snprintf(err, cap, "Failed to get \"%s\" lock on '%s': is another process using the image?",
                     perm_name[p], file);
            return -1;
        }
    for (unsigned p = 0; p < PERM_COUNT; p++)
        if ((unshared >> p & 1) && byte_held(fd, LOCK_PERM_BASE + p)) {
            snprintf(err, cap,
                     "Failed to get shared \"%s\" lock on '%s': is another process using the image?",
                     perm_name[p], file);
            return -1;
        }
    return 0;
}

/* ---- opening ---- */

/* An unnamed temporary file of `size` bytes for snapshot=on, where QEMU would put its overlay. */
static int open_overlay(uint64_t size, char *err, size_t cap)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/var/tmp";
    int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) { /* a filesystem without O_TMPFILE: a named one, unlinked at once */
        char path[PATH_MAX];
        snprintf(path, sizeof(path), "%s/ferry-snapshot-XXXXXX", dir);
        fd = mkostemp(path, O_CLOEXEC);
        if (fd >= 0)
            unlink(path);
    }
    if (fd < 0) {
        snprintf(err, cap, "snapshot=on: cannot make a temporary file in %s: %s", dir,
                 strerror(errno));
        return -1;
    }
    if (ftruncate(fd, (off_t)size) != 0) {
        snprintf(err, cap, "snapshot=on: cannot size a temporary file in %s: %s", dir,
                 strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}

int drive_image_open(struct drive_image *img, const struct drive_image_options *o, char *err,
                     size_t cap)
{
    memset(img, 0, sizeof(*img));
    img->fd = img->buffered_fd = img->overlay_fd = -1;
    img->readonly = o->readonly;
    img->no_flush = o->no_flush;
    img->no_locking = o->no_locking;
    bool writes = !o->readonly && !o->snapshot;
    int flags = (writes ? O_RDWR : O_RDONLY) | O_CLOEXEC | (o->dsync ? O_DSYNC : 0);
    bool direct = false;
    if (o->direct) {
        img->fd = open(o->file, flags | O_DIRECT);
        direct = img->fd >= 0;
        if (img->fd < 0 && errno != EINVAL) /* EINVAL: this filesystem has no O_DIRECT */
            goto cannot_open;
    }
    if (img->fd < 0)
        img->fd = open(o->file, flags);
    if (img->fd < 0)
        goto cannot_open;
    struct stat st;
    if (fstat(img->fd, &st) != 0)
        goto cannot_open;
    if (!S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode)) {
        snprintf(err, cap, "'%s' is not a regular file or a block device", o->file);
        goto fail;
    }
    off_t end = lseek(img->fd, 0, SEEK_END);
    if (end < 0) {
        snprintf(err, cap, "cannot find the size of '%s': %s", o->file, strerror(errno));
        goto fail;
    }
    img->size = (uint64_t)end / SECTOR * SECTOR; /* a partial last sector is not seen, as in QEMU */
    unsigned held = 1u << PERM_CONSISTENT_READ | (writes ? 1u << PERM_WRITE : 0);
    unsigned unshared = 1u << PERM_WRITE | (o->snapshot ? 1u << PERM_RESIZE : 0);
    if (!o->no_locking && lock_image(img->fd, held, unshared, o->file, err, cap) != 0)
        goto fail;
    if (direct && (img->buffered_fd = open(o->file, flags)) < 0)
        goto cannot_open;
    if (o->snapshot) {
        if ((img->overlay_fd = open_overlay(img->size, err, cap)) < 0)
            goto fail;
        uint64_t words = (img->size / SECTOR + 63) / 64;
        /* calloc of a large size maps zero pages: only the words written take memory */
        img->written = calloc(words ? words : 1, sizeof(uint64_t));
        if (!img->written) {
            snprintf(err, cap, "snapshot=on: no memory for the map of '%s'", o->file);
            goto fail;
        }
    }
    return 0;
cannot_open:
    snprintf(err, cap, "Could not open '%s': %s", o->file, strerror(errno));
fail:
    drive_image_close(img);
    return -1;
}

void drive_image_close(struct drive_image *img)
{
    int *fds[] = {&img->fd, &img->buffered_fd, &img->overlay_fd};
    for (size_t i = 0; i < sizeof(fds) / sizeof(fds[0]); i++) {
        if (*fds[i] >= 0)
            close(*fds[i]); /* the image's locks go with its last descriptor */
        *fds[i] = -1;
    }
    free(img->written);
    img->written = 0;
}

/* ---- I/O ---- */

/* `len` bytes of src[0..n) from byte `skip` on, as segments in dst: how many. */
static unsigned iov_slice(const struct iovec *src, unsigned n, uint64_t skip, uint64_t len,
                          struct iovec *dst)
{
    unsigned out = 0;
    for (unsigned i = 0; i < n && len; i++) {
        uint64_t seg = src[i].iov_len;
        if (skip >= seg) {
            skip -= seg;
            continue;
        }
        uint64_t take = seg - skip < len ? seg - skip : len;
        dst[out++] = (struct iovec){(uint8_t *)src[i].iov_base + skip, take};
        len -= take;
        skip = 0;
    }
    return out;
}

/* Moves the segments `done` bytes on (after a short transfer). */
static void iov_advance(struct iovec **iov, unsigned *n, size_t done)
{
    while (*n && done >= (*iov)->iov_len) {
        done -= (*iov)->iov_len;
        (*iov)++;
        (*n)--;
    }
    if (*n && done) {
        (*iov)->iov_base = (uint8_t *)(*iov)->iov_base + done;
        (*iov)->iov_len -= done;
    }
}

/*
 * All of a read or write, whatever the kernel splits it into. O_DIRECT
 * refuses buffers (or, on 4 KiB-sector disks, offsets) it cannot align:
 * EINVAL, and the rest goes through the buffered descriptor. A read past
 * the end of a file that shrank since it was opened reads zeros.
 */
static int transfer(const struct drive_image *img, int fd, bool write, struct iovec *iov,
                    unsigned n, uint64_t offset, uint64_t len)
{
    while (len) {
        int count = n < IOV_MAX ? (int)n : IOV_MAX;
        ssize_t done = write ? pwritev(fd, iov, count, (off_t)offset)
                             : preadv(fd, iov, count, (off_t)offset);
        if (done < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EINVAL && fd == img->fd && img->buffered_fd >= 0) {
                fd = img->buffered_fd;
                continue;
            }
            return -errno;
        }
        if (done == 0) {
            if (write)
                return -EIO;
            for (unsigned i = 0; i < n; i++)
                memset(iov[i].iov_base, 0, iov[i].iov_len);
            return 0;
        }
        len -= (uint64_t)done;
        offset += (uint64_t)done;
        iov_advance(&iov, &n, (size_t)done);
    }
    return 0;
}

/* snapshot=on: whether the overlay holds sector s (the writer set the bit after writing it). */
static bool in_overlay(const struct drive_image *img, uint64_t s)
{
    return __atomic_load_n(&img->written[s / 64], __ATOMIC_ACQUIRE) >> (s % 64) & 1;
}

static void mark_written(struct drive_image *img, uint64_t first, uint64_t count)
{
    for (uint64_t s = first; s < first + count;) {
        unsigned bit = s % 64;
        uint64_t n = 64 - bit < first + count - s ? 64 - bit : first + count - s;
        uint64_t mask = n == 64 ? ~0ull : ((1ull << n) - 1) << bit;
        __atomic_fetch_or(&img->written[s / 64], mask, __ATOMIC_RELEASE);
        s += n;
    }
}

/* snapshot=on: each run of sectors from the file that holds it. */
static int snapshot_read(struct drive_image *img, struct virtio_blk_job *job)
{
    struct iovec part[VIRTQ_MAX_SEGMENTS];
    uint64_t first = job->offset / SECTOR, count = job->length / SECTOR;
    for (uint64_t done = 0; done < count;) {
        bool overlay = in_overlay(img, first + done);
        uint64_t run = 1;
        while (done + run < count && in_overlay(img, first + done + run) == overlay)
            run++;
        unsigned n = iov_slice(job->iov, job->iovcnt, done * SECTOR, run * SECTOR, part);
        int r = transfer(img, overlay ? img->overlay_fd : img->fd, false, part, n,
                         (first + done) * SECTOR, run * SECTOR);
        if (r)
            return r;
        done += run;
    }
    return 0;
}

/* Makes [offset, offset + len) read as zeros: deallocated if allowed, else zeroed in place. */
static int zero_range(const struct drive_image *img, int fd, uint64_t offset, uint64_t len,
                      bool unmap)
{
    if (unmap && fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)offset,
                           (off_t)len) == 0)
        return 0;
    if (fallocate(fd, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, (off_t)offset, (off_t)len) == 0)
        return 0;
    if (errno != EOPNOTSUPP && errno != ENOSYS)
        return -errno;
    /* no fallocate here (tmpfs has no ZERO_RANGE): write zeros, through the page cache */
    static const uint8_t zeros[64 << 10];
    int wfd = fd == img->fd && img->buffered_fd >= 0 ? img->buffered_fd : fd;
    while (len) {
        size_t n = len < sizeof(zeros) ? (size_t)len : sizeof(zeros);
        ssize_t done = pwrite(wfd, zeros, n, (off_t)offset);
        if (done < 0 && errno == EINTR)
            continue;
        if (done <= 0)
            return done < 0 ? -errno : -EIO;
        offset += (uint64_t)done;
        len -= (uint64_t)done;
    }
    return 0;
}

int drive_image_run(struct drive_image *img, struct virtio_blk_job *job)
{
    bool snapshot = img->overlay_fd >= 0;
    if (job->op != VIRTIO_BLK_OP_READ && job->op != VIRTIO_BLK_OP_FLUSH && img->readonly)
        return -EROFS; /* the device refuses these first: this is only a second lock on the door */
    if (job->offset > img->size || job->length > img->size - job->offset)
        return -EINVAL;
    int r = 0;
    switch (job->op) {
    case VIRTIO_BLK_OP_READ:
        return snapshot ? snapshot_read(img, job)
                        : transfer(img, img->fd, false, job->iov, job->iovcnt, job->offset,
                                   job->length);
    case VIRTIO_BLK_OP_WRITE:
        r = transfer(img, snapshot ? img->overlay_fd : img->fd, true, job->iov, job->iovcnt,
                     job->offset, job->length);
        break;
    case VIRTIO_BLK_OP_FLUSH:
        /* the overlay is thrown away at exit: nothing of it needs to be stable */
        if (img->no_flush || snapshot)
            return 0;
        return fdatasync(img->fd) == 0 ? 0 : -errno;
    case VIRTIO_BLK_OP_DISCARD:
        if (snapshot) {
            r = zero_range(img, img->overlay_fd, job->offset, job->length, true);
            break;
        }
        if (fallocate(img->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)job->offset,
                      (off_t)job->length) != 0 &&
            errno != EOPNOTSUPP && errno != ENOSYS)
            return -errno; /* a discard the filesystem cannot do is still a fine discard */
        return 0;
    case VIRTIO_BLK_OP_WRITE_ZEROES:
        r = zero_range(img, snapshot ? img->overlay_fd : img->fd, job->offset, job->length,
                       job->unmap || snapshot);
        break;
    }
    if (r == 0 && snapshot)
        mark_written(img, job->offset / SECTOR, job->length / SECTOR);
    return r;
}

/* ---- committing the snapshot overlay ---- */

#define COMMIT_CHUNK (1u << 20)

static void unlock_byte(int fd, off_t at)
{
    struct flock l = {.l_type = F_UNLCK, .l_whence = SEEK_SET, .l_start = at, .l_len = 1};
    fcntl(fd, F_OFD_SETLK, &l);
}

/*
 * QEMU's "write" permission on fd. Our own descriptor refuses writers
 * (byte 200 + write) like everyone else who does, so it lets go of that
 * lock while looking for the others'.
 */
static int take_write_permission(const struct drive_image *img, int fd, const char *file,
                                 char *err, size_t cap)
{
    if (lock_byte(fd, LOCK_PERM_BASE + PERM_WRITE) != 0) {
        if (locking_unsupported(errno))
            return 0;
        snprintf(err, cap, "cannot lock '%s': %s", file, strerror(errno));
        return -1;
    }
    unlock_byte(img->fd, LOCK_SHARED_BASE + PERM_WRITE);
    bool refused = byte_held(fd, LOCK_SHARED_BASE + PERM_WRITE);
    lock_byte(img->fd, LOCK_SHARED_BASE + PERM_WRITE);
    if (refused) {
        snprintf(err, cap, "Failed to get \"write\" lock on '%s': is another process using the image?",
                 file);
        return -1;
    }
    return 0;
}

/* All of len bytes between a file and buf at offset (no short transfers). */
static int whole(int fd, bool write, uint8_t *buf, size_t len, uint64_t offset)
{
    while (len) {
        ssize_t n = write ? pwrite(fd, buf, len, (off_t)offset) : pread(fd, buf, len, (off_t)offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? -errno : -EIO;
        buf += n;
        len -= (size_t)n;
        offset += (uint64_t)n;
    }
    return 0;
}

int drive_image_commit(struct drive_image *img, const char *file, char *err, size_t cap)
{
    if (img->overlay_fd < 0)
        return 0;
    int fd = open(file, O_RDWR | O_CLOEXEC); /* QEMU's locks are read locks: a readable descriptor */
    if (fd < 0) {
        snprintf(err, cap, "Could not open '%s' for writing: %s", file, strerror(errno));
        return -1;
    }
    if (!img->no_locking && take_write_permission(img, fd, file, err, cap) != 0) {
        close(fd);
        return -1;
    }
    uint8_t *buf = malloc(COMMIT_CHUNK);
    if (!buf) {
        snprintf(err, cap, "no memory to commit '%s'", file);
        close(fd);
        return -1;
    }
    uint64_t sectors = img->size / SECTOR, run_max = COMMIT_CHUNK / SECTOR;
    int r = 0;
    for (uint64_t s = 0; s < sectors && r == 0;) {
        if (s % 64 == 0 && img->written[s / 64] == 0) { /* 64 untouched sectors at once */
            s += 64;
            continue;
        }
        if (!in_overlay(img, s)) {
            s++;
            continue;
        }
        uint64_t run = 1;
        while (s + run < sectors && run < run_max && in_overlay(img, s + run))
            run++;
        r = whole(img->overlay_fd, false, buf, run * SECTOR, s * SECTOR);
        if (r == 0)
            r = whole(fd, true, buf, run * SECTOR, s * SECTOR);
        s += run;
    }
    if (r == 0 && fdatasync(fd) != 0)
        r = -errno;
    free(buf);
    close(fd); /* and its write permission */
    if (r != 0) {
        snprintf(err, cap, "cannot commit the snapshot of '%s': %s", file, strerror(-r));
        return -1;
    }
    /* the image now holds it all: the overlay starts empty over it */
    memset(img->written, 0, (sectors + 63) / 64 * sizeof(uint64_t));
    if (fallocate(img->overlay_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, (off_t)img->size))
        (void)0; /* a filesystem without holes keeps the old bytes: harmless, the map ignores them */
    return 0;
}
