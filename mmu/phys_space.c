/* The guest physical address space: RAM plus MMIO regions; see phys_space.h. */
#include "mmu/phys_space.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int phys_space_init(struct phys_space *ps, uint64_t ram_base, uint64_t ram_size)
{
    memset(ps, 0, sizeof(*ps));
    if (!ram_size || ram_base + ram_size < ram_base || (ram_size & 4095) || (ram_base & 4095))
        return -EINVAL;
    /* NORESERVE: a 4 GiB guest costs only the pages it touches. */
    void *ram = mmap(0, ram_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                     -1, 0);
    if (ram == MAP_FAILED)
        return -ENOMEM;
    ps->code_pages = calloc(ram_size >> 12, 1);
    if (!ps->code_pages) {
        munmap(ram, ram_size);
        return -ENOMEM;
    }
    ps->ram = ram;
    ps->ram_base = ram_base;
    ps->ram_size = ram_size;
    return 0;
}

bool phys_code_watch(const struct phys_space *ps, const uint8_t *page)
{
    uintptr_t offset = (uintptr_t)page - (uintptr_t)ps->ram;
    if (offset >= ps->ram_size || ps->code_pages[offset >> 12])
        return false;
    ps->code_pages[offset >> 12] = 1;
    return true;
}

bool phys_code_unwatch(const struct phys_space *ps, const uint8_t *page)
{
    if (!phys_code_watched(ps, page))
        return false;
    ps->code_pages[((uintptr_t)page - (uintptr_t)ps->ram) >> 12] = 0;
    return true;
}

void phys_space_free(struct phys_space *ps)
{
    if (ps->ram)
        munmap(ps->ram, ps->ram_size);
    free(ps->code_pages);
    memset(ps, 0, sizeof(*ps));
}

static bool ranges_overlap(uint64_t a, uint64_t a_size, uint64_t b, uint64_t b_size)
{
    return a < b + b_size && b < a + a_size;
}

int phys_space_add_mmio(struct phys_space *ps, uint64_t base, uint64_t size,
                        const struct mmio_ops *ops, void *opaque, const char *name)
{
    if (!size || base + size < base || ps->mmio_count == PHYS_MAX_MMIO ||
        ranges_overlap(base, size, ps->ram_base, ps->ram_size))
        return -EINVAL;
    unsigned at = 0;
    while (at < ps->mmio_count && ps->mmio[at].base < base)
        at++;
    if ((at > 0 && ranges_overlap(base, size, ps->mmio[at - 1].base, ps->mmio[at - 1].size)) ||
        (at < ps->mmio_count && ranges_overlap(base, size, ps->mmio[at].base, ps->mmio[at].size)))
        return -EINVAL;
    memmove(&ps->mmio[at + 1], &ps->mmio[at], (ps->mmio_count - at) * sizeof(ps->mmio[0]));
    ps->mmio[at] = (struct mmio_region){base, size, ops, opaque, name};
    ps->mmio_count++;
    return 0;
}

const struct mmio_region *phys_find_mmio(const struct phys_space *ps, uint64_t pa)
{
    unsigned lo = 0, hi = ps->mmio_count;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        const struct mmio_region *r = &ps->mmio[mid];
        if (pa < r->base)
            hi = mid;
        else if (pa - r->base >= r->size)
            lo = mid + 1;
        else
            return r;
    }
    return 0;
}

void *phys_ram_range(const struct phys_space *ps, uint64_t pa, uint64_t len)
{
    if (pa < ps->ram_base)
        return 0;
    uint64_t offset = pa - ps->ram_base;
    if (offset > ps->ram_size || len > ps->ram_size - offset)
        return 0;
    return ps->ram + offset;
}

enum phys_status phys_read(const struct phys_space *ps, uint64_t pa, unsigned size, uint64_t *value)
{
    const uint8_t *ram = phys_ram_range(ps, pa, size);
    if (ram) {
        uint64_t v = 0;
        memcpy(&v, ram, size); /* the host is little-endian, like the guest */
        *value = v;
        return PHYS_OK;
    }
    const struct mmio_region *r = phys_find_mmio(ps, pa);
    *value = 0;
    if (!r || size > r->size - (pa - r->base))
        return PHYS_UNASSIGNED;
    return r->ops->read(r->opaque, pa - r->base, size, value) ? PHYS_OK : PHYS_DEVICE_ERROR;
}

enum phys_status phys_write(const struct phys_space *ps, uint64_t pa, unsigned size, uint64_t value)
{
    uint8_t *ram = phys_ram_range(ps, pa, size);
    if (ram) {
        memcpy(ram, &value, size);
        return PHYS_OK;
    }
    const struct mmio_region *r = phys_find_mmio(ps, pa);
    if (!r || size > r->size - (pa - r->base))
        return PHYS_UNASSIGNED;
    return r->ops->write(r->opaque, pa - r->base, size, value) ? PHYS_OK : PHYS_DEVICE_ERROR;
}

bool phys_dma_read(const struct phys_space *ps, uint64_t pa, void *dst, size_t len)
{
    const void *src = phys_ram_range(ps, pa, len);
    if (!src)
        return false;
    memcpy(dst, src, len);
    return true;
}

bool phys_dma_write(const struct phys_space *ps, uint64_t pa, const void *src, size_t len)
{
    uint8_t *dst = phys_ram_range(ps, pa, len);
    if (!dst)
        return false;
    memcpy(dst, src, len);
    phys_dma_written(ps, pa, len);
    return true;
}

void phys_dma_written(const struct phys_space *ps, uint64_t pa, size_t len)
{
    uint8_t *dst = phys_ram_range(ps, pa, len);
    if (!dst)
        return;
    /* code decoded from those pages is stale now */
    uintptr_t first = (uintptr_t)dst & ~(uintptr_t)4095, end = (uintptr_t)dst + len;
    for (uintptr_t page = first; len && page < end; page += 4096)
        if (phys_code_unwatch(ps, (const uint8_t *)page) && ps->code_written)
            ps->code_written(ps->code_written_ctx, (const uint8_t *)page);
}
