/*
 * The guest physical address space of the system emulator: one RAM range
 * (a single host mapping) plus MMIO regions, each owned by a device through
 * an ops struct. The CPU's slow path and device DMA both come here.
 *
 * Devices get host pointers into guest memory only through phys_ram_range,
 * which checks that the whole guest-physical range lies in RAM: a guest that
 * hands a device a bad address gets an error status from the device, never
 * a host access outside its RAM.
 *
 *     struct phys_space ps;
 *     phys_space_init(&ps, 0x40000000, 1ull << 30);
 *     phys_space_add_mmio(&ps, 0x09000000, 0x1000, &pl011_ops, uart, "pl011");
 *     uint64_t v;
 *     if (phys_read(&ps, pa, 4, &v) != PHYS_OK) ...  (an external abort for the guest)
 */
#ifndef FERRY_MMU_PHYS_SPACE_H
#define FERRY_MMU_PHYS_SPACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A device's register accessors: offset within its region, size 1, 2, 4 or 8 bytes. */
struct mmio_ops {
    /* false: the device signals an error (the access becomes an external abort) */
    bool (*read)(void *opaque, uint64_t offset, unsigned size, uint64_t *value);
    bool (*write)(void *opaque, uint64_t offset, unsigned size, uint64_t value);
};

struct mmio_region {
    uint64_t base, size;
    const struct mmio_ops *ops;
    void *opaque;
    const char *name;
};

#define PHYS_MAX_MMIO 64

struct phys_space {
    uint8_t *ram; /* host mapping of guest RAM */
    uint64_t ram_base, ram_size;
    /*
     * One byte per RAM page: nonzero while code decoded from it may be
     * cached, so the next store to it must drop that code (phys_code_watch).
     */
    uint8_t *code_pages;
    /* Told of a DMA write (phys_dma_write) to such a page; NULL: nobody is. */
    void (*code_written)(void *ctx, const uint8_t *page);
    void *code_written_ctx;
    struct mmio_region mmio[PHYS_MAX_MMIO]; /* sorted by base, never overlapping */
    unsigned mmio_count;
};

enum phys_status {
    PHYS_OK,
    PHYS_UNASSIGNED,   /* nothing at that address */
    PHYS_DEVICE_ERROR, /* the device refused the access */
};

/* Maps `ram_size` bytes of zeroed guest RAM at `ram_base`. 0, or -errno (ENOMEM, EINVAL). */
int phys_space_init(struct phys_space *ps, uint64_t ram_base, uint64_t ram_size);
void phys_space_free(struct phys_space *ps);

/* Adds an MMIO region. 0, or -EINVAL if it is empty, wraps, or overlaps RAM or another region. */
int phys_space_add_mmio(struct phys_space *ps, uint64_t base, uint64_t size,
                        const struct mmio_ops *ops, void *opaque, const char *name);

/* The MMIO region holding pa, or NULL. */
const struct mmio_region *phys_find_mmio(const struct phys_space *ps, uint64_t pa);

/* Host pointer to [pa, pa + len) if all of it is RAM, else NULL: the one way to DMA. */
void *phys_ram_range(const struct phys_space *ps, uint64_t pa, uint64_t len);

/*
 * Code is being decoded from the RAM page at host address `page`: true if
 * it was not watched yet (the caller then makes sure stores to it miss the
 * TLB). phys_code_unwatch: a store reached the page; true if it was watched,
 * and the caller drops its code. Both ignore pointers outside RAM.
 */
bool phys_code_watch(const struct phys_space *ps, const uint8_t *page);
bool phys_code_unwatch(const struct phys_space *ps, const uint8_t *page);
static inline bool phys_code_watched(const struct phys_space *ps, const uint8_t *page)
{
    uintptr_t offset = (uintptr_t)page - (uintptr_t)ps->ram;
    return offset < ps->ram_size && ps->code_pages[offset >> 12];
}

/*
 * A CPU-style access of 1, 2, 4 or 8 bytes, little-endian, that does not
 * cross a RAM/MMIO boundary (the caller splits accesses that would).
 */
enum phys_status phys_read(const struct phys_space *ps, uint64_t pa, unsigned size, uint64_t *value);
enum phys_status phys_write(const struct phys_space *ps, uint64_t pa, unsigned size, uint64_t value);

/* Bounds-checked copies for devices: false (and nothing copied) unless the range is all RAM. */
bool phys_dma_read(const struct phys_space *ps, uint64_t pa, void *dst, size_t len);
bool phys_dma_write(const struct phys_space *ps, uint64_t pa, const void *src, size_t len);

/*
 * A device wrote [pa, pa + len) through a host pointer phys_ram_range gave
 * it (a virtqueue buffer): code decoded from those pages is dropped, as
 * for phys_dma_write. Board thread only (it reaches the CPUs).
 */
void phys_dma_written(const struct phys_space *ps, uint64_t pa, size_t len);

#endif
