/* arm64 Image loading and boot placement; see linux_image.h. */
#include "firmware/linux_image.h"

#include "firmware/whole_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define MIB (1ull << 20)
#define HEADER_SIZE 64
#define IMAGE_MAGIC 0x644d5241u /* "ARM\x64", little-endian, at byte 56 */
#define FLAG_BIG_ENDIAN (1ull << 0)
#define FLAG_ANYWHERE (1ull << 3)
/* booting.rst: a zero image_size means an old kernel: text_offset 0x80000, size unknown. */
#define OLD_TEXT_OFFSET 0x80000ull
#define INITRD_MIN_OFFSET (128 * MIB)
#define DTB_MAX (2 * MIB)

static uint64_t le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

/* Inflates a gzip stream; the output grows as needed up to a sane kernel size. */
static int gunzip(const uint8_t *in, size_t in_size, uint8_t **out, size_t *out_size, char *why,
                  size_t why_cap)
{
    const size_t limit = 1024 * MIB;
    size_t cap = in_size * 4 + MIB, used = 0;
    uint8_t *buf = malloc(cap);
    z_stream z;
    memset(&z, 0, sizeof(z));
    if (!buf || inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
        free(buf);
        snprintf(why, why_cap, "out of memory decompressing the kernel");
        return -1;
    }
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)in_size;
    int r;
    do {
        if (used == cap) {
            uint8_t *bigger = cap * 2 <= limit ? realloc(buf, cap * 2) : NULL;
            if (!bigger) {
                inflateEnd(&z);
                free(buf);
                snprintf(why, why_cap, "kernel decompresses to more than %zu MiB", (size_t)(limit / MIB));
                return -1;
            }
            buf = bigger;
            cap *= 2;
        }
        z.next_out = buf + used;
        z.avail_out = (uInt)(cap - used);
        r = inflate(&z, Z_NO_FLUSH);
        used = cap - z.avail_out;
    } while (r == Z_OK);
    inflateEnd(&z);
    if (r != Z_STREAM_END) {
        free(buf);
        snprintf(why, why_cap, "corrupt gzip data in the kernel (%s)", z.msg ? z.msg : "truncated");
        return -1;
    }
    *out = buf;
    *out_size = used;
    return 0;
}

int linux_image_from_buffer(uint8_t *data, size_t size, struct linux_image *out, char *why,
                            size_t why_cap)
{
    memset(out, 0, sizeof(*out));
    if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b) {
        uint8_t *plain;
        size_t plain_size;
        int r = gunzip(data, size, &plain, &plain_size, why, why_cap);
        free(data);
        if (r)
            return r;
        data = plain;
        size = plain_size;
    }
    if (size < HEADER_SIZE || (uint32_t)le64(data + 56) != IMAGE_MAGIC) {
        free(data);
        snprintf(why, why_cap, "not an arm64 Linux Image (no \"ARM\\x64\" magic at byte 56)");
        return -1;
    }
    uint64_t flags = le64(data + 24);
    if (flags & FLAG_BIG_ENDIAN) {
        free(data);
        snprintf(why, why_cap, "big-endian arm64 kernel (ferry runs little-endian guests)");
        return -1;
    }
    out->data = data;
    out->size = size;
    out->image_size = le64(data + 16);
    out->text_offset = out->image_size ? le64(data + 8) : OLD_TEXT_OFFSET;
    if (!out->image_size)
        out->image_size = size;
    if (out->image_size < size)
        out->image_size = size;
    out->place_anywhere = flags & FLAG_ANYWHERE;
    return 0;
}

int linux_image_load(const char *path, struct linux_image *out, char *why, size_t why_cap)
{
    size_t size;
    uint8_t *data = whole_file_read(path, "kernel", &size, why, why_cap);
    if (!data)
        return -1;
    char reason[160];
    if (linux_image_from_buffer(data, size, out, reason, sizeof(reason))) {
        snprintf(why, why_cap, "%s: %s", path, reason);
        return -1;
    }
    return 0;
}

void linux_image_free(struct linux_image *image)
{
    free(image->data);
    memset(image, 0, sizeof(*image));
}

int linux_boot_layout(uint64_t ram_base, uint64_t ram_size, const struct linux_image *image,
                      uint64_t initrd_size, uint64_t dtb_size, struct linux_boot_layout *out,
                      char *why, size_t why_cap)
{
    uint64_t ram_end = ram_base + ram_size;
    if (dtb_size > DTB_MAX) {
        snprintf(why, why_cap, "device tree is %llu bytes; the boot protocol allows 2 MiB",
                 (unsigned long long)dtb_size);
        return -1;
    }
    uint64_t base = align_up(ram_base, 2 * MIB);
    out->kernel_entry = base + image->text_offset;
    out->kernel_end = out->kernel_entry + image->image_size;
    uint64_t initrd = align_up(out->kernel_end, 2 * MIB);
    /* Leave the kernel room to move itself (KASLR) when RAM allows it, as QEMU does. */
    if (initrd < ram_base + INITRD_MIN_OFFSET &&
        ram_base + INITRD_MIN_OFFSET + align_up(initrd_size, 8) + dtb_size <= ram_end)
        initrd = ram_base + INITRD_MIN_OFFSET;
    out->initrd_start = initrd;
    out->initrd_end = initrd + initrd_size;
    out->dtb = align_up(out->initrd_end, 2 * MIB);
    if (out->kernel_end > ram_end || out->dtb + dtb_size > ram_end) {
        uint64_t need = out->dtb + dtb_size - ram_base;
        snprintf(why, why_cap, "kernel, initrd and device tree need %llu MiB of RAM, -m gives %llu MiB",
                 (unsigned long long)((need + MIB - 1) / MIB), (unsigned long long)(ram_size / MIB));
        return -1;
    }
    return 0;
}
