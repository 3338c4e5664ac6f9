/*
 * A test playing the guest driver: little-endian values and virtqueue
 * descriptors (virtio 1.2, 2.7.5) written into and read from a test's
 * guest RAM through the DMA API, each failing the test if the address is
 * not RAM.
 */
#ifndef FERRY_TESTS_UNIT_GUEST_RAM_H
#define FERRY_TESTS_UNIT_GUEST_RAM_H

#include <check.h>
#include <stdint.h>
#include <string.h>

#include "mmu/phys_space.h"

static inline void guest_put16(struct phys_space *ps, uint64_t pa, uint16_t v)
{
    ck_assert(phys_dma_write(ps, pa, &v, 2));
}

static inline uint16_t guest_get16(struct phys_space *ps, uint64_t pa)
{
    uint16_t v;
    ck_assert(phys_dma_read(ps, pa, &v, 2));
    return v;
}

static inline uint32_t guest_get32(struct phys_space *ps, uint64_t pa)
{
    uint32_t v;
    ck_assert(phys_dma_read(ps, pa, &v, 4));
    return v;
}

/* Descriptor i of the table at `table`: addr, len, flags, next. */
static inline void guest_put_desc(struct phys_space *ps, uint64_t table, unsigned i, uint64_t addr,
                                  uint32_t len, uint16_t flags, uint16_t next)
{
    uint8_t d[16];
    memcpy(d, &addr, 8);
    memcpy(d + 8, &len, 4);
    memcpy(d + 12, &flags, 2);
    memcpy(d + 14, &next, 2);
    ck_assert(phys_dma_write(ps, table + 16ull * i, d, 16));
}

#endif
