/*
 * The arm64 boot protocol pieces: Image header checks, gzip kernels, and
 * where kernel, initrd and device tree land. Expected values follow
 * Documentation/arch/arm64/booting.rst (magic 0x644d5241 at byte 56,
 * text_offset at 8, image_size at 16, flags at 24: bit 0 big-endian, bit 3
 * placement anywhere; image_size 0 means text_offset 0x80000; the kernel at
 * a 2 MiB-aligned base + text_offset; the DTB 8-byte aligned, at most 2 MiB).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "firmware/linux_image.h"
#include "tests/unit/harness.h"

#define MIB (1ull << 20)

static void put64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* A fake Image: a header and `size` - 64 bytes of a pattern. */
static uint8_t *fake_image(size_t size, uint64_t text_offset, uint64_t image_size, uint64_t flags)
{
    uint8_t *p = calloc(1, size);
    put64(p + 8, text_offset);
    put64(p + 16, image_size);
    put64(p + 24, flags);
    memcpy(p + 56, "ARM\x64", 4);
    for (size_t i = 64; i < size; i++)
        p[i] = (uint8_t)(i * 7);
    return p;
}

static uint8_t *gzip(const uint8_t *in, size_t size, size_t *out_size)
{
    size_t cap = size + 1024;
    uint8_t *out = malloc(cap);
    z_stream z = {0};
    ck_assert_int_eq(deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)size;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    ck_assert_int_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    *out_size = z.total_out;
    deflateEnd(&z);
    return out;
}

START_TEST(header_fields_are_read)
{
    struct linux_image image;
    char why[200];
    ck_assert_int_eq(linux_image_from_buffer(fake_image(4096, 0, 30 * MIB, 1u << 3), 4096, &image,
                                             why, sizeof(why)), 0);
    ck_assert_uint_eq(image.size, 4096);
    ck_assert_uint_eq(image.text_offset, 0);
    ck_assert_uint_eq(image.image_size, 30 * MIB);
    ck_assert(image.place_anywhere);
    ck_assert_uint_eq(image.data[100], (uint8_t)700);
    linux_image_free(&image);
    /* image_size 0: a kernel older than 3.17, text_offset 0x80000 whatever the header says */
    ck_assert_int_eq(linux_image_from_buffer(fake_image(4096, 0x1234, 0, 0), 4096, &image, why,
                                             sizeof(why)), 0);
    ck_assert_uint_eq(image.text_offset, 0x80000);
    ck_assert_uint_eq(image.image_size, 4096);
    ck_assert(!image.place_anywhere);
    linux_image_free(&image);
}
END_TEST

START_TEST(gzip_kernels_are_inflated)
{
    uint8_t *plain = fake_image(3 * MIB + 5, 0, 8 * MIB, 0);
    size_t packed_size;
    uint8_t *packed = gzip(plain, 3 * MIB + 5, &packed_size);
    struct linux_image image;
    char why[200];
    ck_assert_int_eq(linux_image_from_buffer(packed, packed_size, &image, why, sizeof(why)), 0);
    ck_assert_uint_eq(image.size, 3 * MIB + 5);
    ck_assert_mem_eq(image.data, plain, image.size);
    linux_image_free(&image);
    /* a truncated stream is an error, not a short kernel */
    packed = gzip(plain, 3 * MIB + 5, &packed_size);
    ck_assert_int_eq(linux_image_from_buffer(packed, packed_size / 2, &image, why, sizeof(why)), -1);
    ck_assert_ptr_nonnull(strstr(why, "corrupt gzip"));
    free(plain);
}
END_TEST

START_TEST(non_images_are_refused_with_a_reason)
{
    struct linux_image image;
    char why[200];
    uint8_t *elf = fake_image(4096, 0, 0, 0);
    memcpy(elf + 56, "ARM\x65", 4);
    ck_assert_int_eq(linux_image_from_buffer(elf, 4096, &image, why, sizeof(why)), -1);
    ck_assert_ptr_nonnull(strstr(why, "not an arm64 Linux Image"));
    ck_assert_int_eq(linux_image_from_buffer(calloc(1, 10), 10, &image, why, sizeof(why)), -1);
    ck_assert_int_eq(linux_image_from_buffer(fake_image(4096, 0, 4096, 1), 4096, &image, why,
                                             sizeof(why)), -1);
    ck_assert_ptr_nonnull(strstr(why, "big-endian"));
    ck_assert_int_eq(linux_image_load("/nonexistent/vmlinuz", &image, why, sizeof(why)), -1);
    ck_assert_str_eq(why, "cannot open kernel /nonexistent/vmlinuz: No such file or directory");
}
END_TEST

START_TEST(placement_follows_the_boot_protocol)
{
    struct linux_image image = {.text_offset = 0, .image_size = 30 * MIB};
    struct linux_boot_layout l;
    char why[200];
    /* 1 GiB at 0x4000_0000: kernel at the base, initrd at 128 MiB, DTB on the next 2 MiB boundary */
    ck_assert_int_eq(linux_boot_layout(0x40000000, 1024 * MIB, &image, 10 * MIB + 3, 0x10000, &l,
                                       why, sizeof(why)), 0);
    ck_assert_uint_eq(l.kernel_entry, 0x40000000);
    ck_assert_uint_eq(l.kernel_end, 0x41e00000);
    ck_assert_uint_eq(l.initrd_start, 0x48000000);
    ck_assert_uint_eq(l.initrd_end, 0x48a00003);
    ck_assert_uint_eq(l.dtb, 0x48c00000);
    /* text_offset 0x80000 from a base rounded up to 2 MiB */
    image.text_offset = 0x80000;
    ck_assert_int_eq(linux_boot_layout(0x40100000, 1024 * MIB, &image, 0, 0x10000, &l, why,
                                       sizeof(why)), 0);
    ck_assert_uint_eq(l.kernel_entry, 0x40280000);
    ck_assert_uint_eq(l.initrd_start, l.initrd_end);
    /* 64 MiB: no room for the 128 MiB gap, so the initrd follows the kernel */
    image.text_offset = 0;
    ck_assert_int_eq(linux_boot_layout(0x40000000, 64 * MIB, &image, 10 * MIB, 0x10000, &l, why,
                                       sizeof(why)), 0);
    ck_assert_uint_eq(l.initrd_start, 0x41e00000);
    ck_assert_uint_eq(l.dtb, 0x42800000);
    /* 32 MiB: 30 MiB kernel + 10 MiB initrd + the DTB need 41 MiB */
    ck_assert_int_eq(linux_boot_layout(0x40000000, 32 * MIB, &image, 10 * MIB, 0x10000, &l, why,
                                       sizeof(why)), -1);
    ck_assert_str_eq(why, "kernel, initrd and device tree need 41 MiB of RAM, -m gives 32 MiB");
    ck_assert_int_eq(linux_boot_layout(0x40000000, 1024 * MIB, &image, 0, 3 * MIB, &l, why,
                                       sizeof(why)), -1);
    ck_assert_ptr_nonnull(strstr(why, "2 MiB"));
}
END_TEST

static Suite *linux_image_suite(void)
{
    Suite *s = suite_create("linux_image");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, header_fields_are_read);
    tcase_add_test(tc, gzip_kernels_are_inflated);
    tcase_add_test(tc, non_images_are_refused_with_a_reason);
    tcase_add_test(tc, placement_follows_the_boot_protocol);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(linux_image_suite()); }
