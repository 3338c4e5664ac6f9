/*
 * Raw images as -drive opens them (frontends/system/drive_image.c): bad
 * files, the size the guest sees, QEMU's lock bytes (a second writer or a
 * reader beside a writer is refused, readers share; the bytes are those
 * qemu-system-aarch64 7.2 holds, read from /proc/locks), reads and writes
 * through iovecs, zeroing and discarding, the snapshot overlay (the image
 * stays byte-for-byte the same) and O_DIRECT's fallback for unaligned
 * buffers. OFD locks belong to an open file, so two opens in one process
 * contend as two processes would.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontends/system/drive_image.h"
#include "tests/unit/harness.h"

static char dir[64], path[128];
static char err[400];

static void write_file(const char *p, const void *data, size_t len)
{
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
    close(fd);
}

static void read_file(const char *p, void *data, size_t len)
{
    int fd = open(p, O_RDONLY);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(read(fd, data, len), (ssize_t)len);
    close(fd);
}

static uint8_t pattern[64 * 512];

static void setup(void)
{
    strcpy(dir, "/tmp/ferry-drive-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/disk.img", dir);
    for (size_t i = 0; i < sizeof(pattern); i++)
        pattern[i] = (uint8_t)(i * 13 + i / 512);
    write_file(path, pattern, sizeof(pattern));
    err[0] = 0;
}

static void teardown(void)
{
    unlink(path);
    rmdir(dir);
}

static int open_image(struct drive_image *img, struct drive_image_options o)
{
    o.file = path;
    return drive_image_open(img, &o, err, sizeof(err));
}

static int io(struct drive_image *img, enum virtio_blk_op op, uint64_t offset, void *buf,
              uint64_t len)
{
    struct iovec iov = {buf, len};
    struct virtio_blk_job job = {.op = op, .offset = offset, .length = len, .iov = &iov,
                                 .iovcnt = buf ? 1 : 0};
    return drive_image_run(img, &job);
}

START_TEST(missing_file_and_directory_are_refused_with_the_name)
{
    struct drive_image img;
    struct drive_image_options o = {.file = "/nonexistent/disk.img"};
    ck_assert_int_eq(drive_image_open(&img, &o, err, sizeof(err)), -1);
    ck_assert_str_eq(err, "Could not open '/nonexistent/disk.img': No such file or directory");
    o = (struct drive_image_options){.file = dir, .readonly = true};
    ck_assert_int_eq(drive_image_open(&img, &o, err, sizeof(err)), -1);
    ck_assert_ptr_nonnull(strstr(err, "is not a regular file"));
    o.readonly = false;
    ck_assert_int_eq(drive_image_open(&img, &o, err, sizeof(err)), -1);
    ck_assert_ptr_nonnull(strstr(err, "Is a directory"));
}
END_TEST

START_TEST(size_is_rounded_down_to_whole_sectors)
{
    write_file(path, pattern, 1000);
    struct drive_image img;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){0}), 0);
    ck_assert_uint_eq(img.size, 512);
    drive_image_close(&img);
}
END_TEST

START_TEST(a_second_writer_is_refused)
{
    struct drive_image a, b;
    ck_assert_int_eq(open_image(&a, (struct drive_image_options){0}), 0);
    ck_assert_int_eq(open_image(&b, (struct drive_image_options){0}), -1);
    ck_assert_ptr_nonnull(strstr(err, "Failed to get \"write\" lock"));
    ck_assert_ptr_nonnull(strstr(err, path));
    /* a reader beside a writer: it would not let the writer write */
    ck_assert_int_eq(open_image(&b, (struct drive_image_options){.readonly = true}), -1);
    ck_assert_ptr_nonnull(strstr(err, "Failed to get shared \"write\" lock"));
    ck_assert_int_eq(open_image(&b, (struct drive_image_options){.snapshot = true}), -1);
    /* file.locking=off goes in regardless */
    ck_assert_int_eq(open_image(&b, (struct drive_image_options){.no_locking = true}), 0);
    drive_image_close(&b);
    drive_image_close(&a);
    ck_assert_int_eq(open_image(&b, (struct drive_image_options){0}), 0);
    drive_image_close(&b);
}
END_TEST

START_TEST(readers_share_and_keep_writers_out)
{
    struct drive_image a, b, c;
    ck_assert_int_eq(open_image(&a, (struct drive_image_options){.readonly = true}), 0);
    ck_assert_int_eq(open_image(&b, (struct drive_image_options){.snapshot = true}), 0);
    ck_assert_int_eq(open_image(&c, (struct drive_image_options){0}), -1);
    ck_assert_ptr_nonnull(strstr(err, "Failed to get \"write\" lock"));
    drive_image_close(&a);
    drive_image_close(&b);
}
END_TEST

START_TEST(lock_bytes_are_qemus)
{
    struct drive_image img;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){0}), 0);
    int other = open(path, O_RDONLY);
    /* held by a writer: 100 (consistent read), 101 (write), 201 (write not shared) */
    static const struct {
        off_t byte;
        bool held;
    } want[] = {{100, true}, {101, true}, {102, false}, {103, false}, {200, false},
                {201, true}, {202, false}, {203, false}};
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        struct flock l = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = want[i].byte,
                          .l_len = 1};
        ck_assert_int_eq(fcntl(other, F_OFD_GETLK, &l), 0);
        ck_assert_msg((l.l_type != F_UNLCK) == want[i].held, "byte %ld", (long)want[i].byte);
    }
    close(other);
    drive_image_close(&img);
}
END_TEST

START_TEST(reads_and_writes_reach_the_file)
{
    struct drive_image img;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){0}), 0);
    uint8_t buf[1024];
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_READ, 1024, buf, sizeof(buf)), 0);
    ck_assert_mem_eq(buf, pattern + 1024, sizeof(buf));
    memset(buf, 0x5a, sizeof(buf));
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_WRITE, 4096, buf, sizeof(buf)), 0);
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_FLUSH, 0, 0, 0), 0);
    drive_image_close(&img);
    uint8_t file[sizeof(pattern)];
    read_file(path, file, sizeof(file));
    ck_assert_mem_eq(file + 4096, buf, sizeof(buf));
    ck_assert_mem_eq(file, pattern, 4096);
}
END_TEST

START_TEST(write_zeroes_and_discard_read_back_zeros)
{
    struct drive_image img;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){0}), 0);
    struct virtio_blk_job job = {.op = VIRTIO_BLK_OP_WRITE_ZEROES, .offset = 512, .length = 4096};
    ck_assert_int_eq(drive_image_run(&img, &job), 0);
    job = (struct virtio_blk_job){.op = VIRTIO_BLK_OP_WRITE_ZEROES, .unmap = true,
                                  .offset = 8192, .length = 8192};
    ck_assert_int_eq(drive_image_run(&img, &job), 0);
    job = (struct virtio_blk_job){.op = VIRTIO_BLK_OP_DISCARD, .offset = 20480, .length = 4096};
    ck_assert_int_eq(drive_image_run(&img, &job), 0);
    drive_image_close(&img);
    uint8_t file[sizeof(pattern)], zeros[8192] = {0};
    read_file(path, file, sizeof(file));
    ck_assert_mem_eq(file + 512, zeros, 4096);
    ck_assert_mem_eq(file + 8192, zeros, 8192);
    ck_assert_mem_eq(file + 4608, pattern + 4608, 8192 - 4608);
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_size, sizeof(pattern)); /* never grown or shrunk */
}
END_TEST

START_TEST(snapshot_writes_leave_the_image_untouched)
{
    struct drive_image img;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){.snapshot = true}), 0);
    uint8_t w[1536];
    memset(w, 0xc3, sizeof(w));
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_WRITE, 3 * 512, w, sizeof(w)), 0);
    struct virtio_blk_job zero = {.op = VIRTIO_BLK_OP_WRITE_ZEROES, .offset = 10 * 512,
                                  .length = 512};
    ck_assert_int_eq(drive_image_run(&img, &zero), 0);
    /* a read across both files: sectors 2..11 */
    uint8_t r[10 * 512], want[10 * 512];
    memcpy(want, pattern + 2 * 512, sizeof(want));
    memset(want + 512, 0xc3, sizeof(w));
    memset(want + 8 * 512, 0, 512);
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_READ, 2 * 512, r, sizeof(r)), 0);
    ck_assert_mem_eq(r, want, sizeof(r));
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_FLUSH, 0, 0, 0), 0);
    drive_image_close(&img);
    uint8_t file[sizeof(pattern)];
    read_file(path, file, sizeof(file));
    ck_assert_mem_eq(file, pattern, sizeof(pattern));
}
END_TEST

START_TEST(snapshot_commit_writes_the_overlay_into_the_image)
{
    struct drive_image img;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){.snapshot = true}), 0);
    uint8_t w[2 * 512];
    memset(w, 0x5a, sizeof(w));
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_WRITE, 1 * 512, w, sizeof(w)), 0);
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_WRITE, 63 * 512, w, 512), 0); /* the last sector */
    ck_assert_msg(drive_image_commit(&img, path, err, sizeof(err)) == 0, "%s", err);
    uint8_t file[sizeof(pattern)], want[sizeof(pattern)];
    memcpy(want, pattern, sizeof(want));
    memset(want + 512, 0x5a, sizeof(w));
    memset(want + 63 * 512, 0x5a, 512);
    read_file(path, file, sizeof(file));
    ck_assert_mem_eq(file, want, sizeof(want));
    /* the overlay starts over on the committed image: reads see it, a new write stays out */
    uint8_t r[sizeof(pattern)];
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_READ, 0, r, sizeof(r)), 0);
    ck_assert_mem_eq(r, want, sizeof(r));
    memset(w, 0x77, 512);
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_WRITE, 5 * 512, w, 512), 0);
    read_file(path, file, sizeof(file));
    ck_assert_mem_eq(file, want, sizeof(want));
    drive_image_close(&img);
}
END_TEST

START_TEST(snapshot_commit_is_refused_beside_a_reader)
{
    struct drive_image img, reader;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){.snapshot = true}), 0);
    ck_assert_int_eq(open_image(&reader, (struct drive_image_options){.readonly = true}), 0);
    uint8_t w[512];
    memset(w, 0x11, sizeof(w));
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_WRITE, 0, w, sizeof(w)), 0);
    ck_assert_int_eq(drive_image_commit(&img, path, err, sizeof(err)), -1);
    ck_assert_ptr_nonnull(strstr(err, "Failed to get \"write\" lock"));
    uint8_t file[sizeof(pattern)];
    read_file(path, file, sizeof(file));
    ck_assert_mem_eq(file, pattern, sizeof(pattern));
    drive_image_close(&reader);
    /* the reader gone, it goes in; our own refusal of other writers does not stop us */
    ck_assert_int_eq(drive_image_commit(&img, path, err, sizeof(err)), 0);
    read_file(path, file, 512);
    ck_assert_mem_eq(file, w, 512);
    /* and that refusal is back: another writer is still kept out */
    struct drive_image other;
    ck_assert_int_eq(open_image(&other, (struct drive_image_options){0}), -1);
    drive_image_close(&img);
}
END_TEST

START_TEST(readonly_refuses_writes_itself_too)
{
    struct drive_image img;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){.readonly = true}), 0);
    uint8_t buf[512] = {0};
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_WRITE, 0, buf, sizeof(buf)), -EROFS);
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_READ, 0, buf, sizeof(buf)), 0);
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_READ, sizeof(pattern), buf, sizeof(buf)), -EINVAL);
    drive_image_close(&img);
}
END_TEST

START_TEST(direct_io_takes_unaligned_buffers_too)
{
    struct drive_image img;
    ck_assert_int_eq(open_image(&img, (struct drive_image_options){.direct = true, .dsync = true}),
                     0);
    static uint8_t buf[4096 + 3];
    uint8_t *odd = buf + 3; /* O_DIRECT refuses this one: the buffered descriptor takes it */
    memset(odd, 0x77, 2048);
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_WRITE, 2048, odd, 2048), 0);
    memset(odd, 0, 2048);
    ck_assert_int_eq(io(&img, VIRTIO_BLK_OP_READ, 2048, odd, 2048), 0);
    for (int i = 0; i < 2048; i++)
        ck_assert_uint_eq(odd[i], 0x77);
    drive_image_close(&img);
}
END_TEST

static Suite *drive_image_suite(void)
{
    Suite *s = suite_create("drive_image");
    TCase *tc = tcase_create("image");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, missing_file_and_directory_are_refused_with_the_name);
    tcase_add_test(tc, size_is_rounded_down_to_whole_sectors);
    tcase_add_test(tc, a_second_writer_is_refused);
    tcase_add_test(tc, readers_share_and_keep_writers_out);
    tcase_add_test(tc, lock_bytes_are_qemus);
    tcase_add_test(tc, reads_and_writes_reach_the_file);
    tcase_add_test(tc, write_zeroes_and_discard_read_back_zeros);
    tcase_add_test(tc, snapshot_writes_leave_the_image_untouched);
    tcase_add_test(tc, snapshot_commit_writes_the_overlay_into_the_image);
    tcase_add_test(tc, snapshot_commit_is_refused_beside_a_reader);
    tcase_add_test(tc, readonly_refuses_writes_itself_too);
    tcase_add_test(tc, direct_io_takes_unaligned_buffers_too);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(drive_image_suite()); }
