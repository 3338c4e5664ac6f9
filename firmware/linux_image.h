/*
 * Loading an arm64 Linux kernel the way the boot protocol
 * (Documentation/arch/arm64/booting.rst) asks: the Image header (magic
 * "ARM\x64" at byte 56, text_offset, image_size, flags), gzip-compressed
 * Images as Debian ships them (vmlinuz), and the placement of kernel,
 * initrd and device tree in guest RAM.
 *
 *     struct linux_image image;
 *     char why[128];
 *     if (linux_image_load("vmlinuz", &image, why, sizeof(why)) != 0) {
 *         fprintf(stderr, "ferry: %s\n", why); exit(1);
 *     }
 */
#ifndef FERRY_FIRMWARE_LINUX_IMAGE_H
#define FERRY_FIRMWARE_LINUX_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct linux_image {
    uint8_t *data; /* the uncompressed Image (malloc'd) */
    size_t size;
    uint64_t text_offset; /* from the 2 MiB-aligned base */
    uint64_t image_size;  /* bytes the kernel needs from its start, BSS included */
    bool place_anywhere;  /* flags bit 3: any 2 MiB-aligned base, not only near RAM's start */
};

/*
 * Takes ownership of `data` (malloc'd, `size` bytes), gunzipping it if it is
 * gzip, and checks the header. 0, or -1 with a one-line reason in `why`.
 */
int linux_image_from_buffer(uint8_t *data, size_t size, struct linux_image *out, char *why,
                            size_t why_cap);

/* Reads `path` and does the above; the reason names the file. */
int linux_image_load(const char *path, struct linux_image *out, char *why, size_t why_cap);

void linux_image_free(struct linux_image *image);

struct linux_boot_layout {
    uint64_t kernel_entry, kernel_end; /* the Image's first byte and the end of image_size */
    uint64_t initrd_start, initrd_end; /* equal when there is no initrd */
    uint64_t dtb;
};

/*
 * Where things go in RAM [ram_base, ram_base + ram_size): the kernel at the
 * first 2 MiB boundary + text_offset; the initrd after it (at least 128 MiB
 * into RAM when RAM is large enough, leaving the kernel room to decompress
 * and relocate); the device tree, 8-byte aligned and at most 2 MiB, after the
 * initrd. 0, or -1 with the reason ("kernel needs N MiB, RAM has M MiB").
 */
int linux_boot_layout(uint64_t ram_base, uint64_t ram_size, const struct linux_image *image,
                      uint64_t initrd_size, uint64_t dtb_size, struct linux_boot_layout *out,
                      char *why, size_t why_cap);

#endif
