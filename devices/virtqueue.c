/* Split virtqueues, the device's side; see virtqueue.h. */
#include "devices/virtqueue.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/*
 * The rings' layouts (2.7.2): a descriptor is {u64 addr, u32 len, u16
 * flags, u16 next}; avail is {u16 flags, u16 idx, u16 ring[num], u16
 * used_event}; used is {u16 flags, u16 idx, {u32 id, u32 len} ring[num],
 * u16 avail_event}. Everything is little-endian, like the host.
 */
#define DESC_SIZE 16
#define AVAIL_RING 4
#define USED_RING 4
#define USED_ELEM_SIZE 8

struct desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
};

void virtq_reset(struct virtq *q) { memset(q, 0, sizeof(*q)); }

/* A 16-bit field of guest RAM the rings hold; false if it is not in RAM. */
static bool load16(const struct phys_space *mem, uint64_t pa, uint16_t *v)
{
    const uint16_t *p = phys_ram_range(mem, pa, 2);
    if (!p)
        return false;
    *v = __atomic_load_n(p, __ATOMIC_RELAXED);
    return true;
}

static bool store16(const struct phys_space *mem, uint64_t pa, uint16_t v)
{
    uint16_t *p = phys_ram_range(mem, pa, 2);
    if (!p)
        return false;
    __atomic_store_n(p, v, __ATOMIC_RELAXED);
    return true;
}

static bool avail_idx(const struct virtq *q, const struct phys_space *mem, uint16_t *idx)
{
    return load16(mem, q->avail + 2, idx);
}

bool virtq_has_buffers(const struct virtq *q, const struct phys_space *mem)
{
    uint16_t idx;
    return q->ready && q->num && avail_idx(q, mem, &idx) && idx != q->last_avail;
}

static bool load_desc(const struct phys_space *mem, uint64_t table, uint32_t i, struct desc *d)
{
    const uint8_t *p = phys_ram_range(mem, table + (uint64_t)i * DESC_SIZE, DESC_SIZE);
    if (!p)
        return false;
    memcpy(&d->addr, p, 8);
    memcpy(&d->len, p + 8, 4);
    memcpy(&d->flags, p + 12, 2);
    memcpy(&d->next, p + 14, 2);
    return true;
}

/* Fails the pop with a reason. */
__attribute__((format(printf, 3, 4))) static enum virtq_pop_result refuse(char *why, size_t cap,
                                                                          const char *text, ...)
{
    if (why && cap) {
        va_list args;
        va_start(args, text);
        vsnprintf(why, cap, text, args);
        va_end(args);
    }
    return VIRTQ_POP_BROKEN;
}

/* Adds one buffer descriptor's segment to the request, keeping readable before writable. */
static enum virtq_pop_result add_segment(const struct virtq *q, const struct phys_space *mem,
                                         struct virtq_request *r, const struct desc *d, char *why,
                                         size_t cap)
{
    unsigned n = r->readable + r->writable;
    if (n >= q->num || n >= VIRTQ_MAX_SEGMENTS)
        return refuse(why, cap, "descriptor chain longer than the queue (%u entries)",
                      q->num);
    if (d->len == 0)
        return refuse(why, cap, "zero-length descriptor at 0x%" PRIx64 "", d->addr);
    void *host = phys_ram_range(mem, d->addr, d->len);
    if (!host)
        return refuse(why, cap, "buffer 0x%" PRIx64 "+0x%x is not in guest RAM", d->addr, d->len);
    bool writable = d->flags & VIRTQ_DESC_F_WRITE;
    if (!writable && r->writable)
        return refuse(why, cap, "readable descriptor at 0x%" PRIx64 " after a writable one",
                      d->addr);
    r->iov[n] = (struct iovec){host, d->len};
    r->guest[n] = d->addr;
    if (writable) {
        r->writable++;
        r->writable_bytes += d->len;
    } else {
        r->readable++;
        r->readable_bytes += d->len;
    }
    return VIRTQ_POP_OK;
}

/* The descriptors of an indirect table (2.7.5.3): a chain of its own, no nesting. */
static enum virtq_pop_result walk_indirect(const struct virtq *q, const struct phys_space *mem,
                                           struct virtq_request *r, const struct desc *table,
                                           char *why, size_t cap)
{
    if (table->len == 0 || table->len % DESC_SIZE)
        return refuse(why, cap, "indirect table length %u is not a multiple of 16",
                      table->len);
    uint32_t entries = table->len / DESC_SIZE;
    if (entries > VIRTQ_MAX_SEGMENTS)
        return refuse(why, cap, "indirect table of %u entries", entries);
    if (!phys_ram_range(mem, table->addr, table->len))
        return refuse(why, cap, "indirect table 0x%" PRIx64 "+0x%x is not in guest RAM", table->addr,
                      table->len);
    uint32_t i = 0;
    for (uint32_t steps = 0;; steps++) {
        if (steps >= entries) /* more steps than entries: the chain loops */
            return refuse(why, cap, "indirect chain at 0x%" PRIx64 " loops", table->addr);
        struct desc d = {0};
        load_desc(mem, table->addr, i, &d); /* in RAM: the whole table was checked */
        if (d.flags & VIRTQ_DESC_F_INDIRECT)
            return refuse(why, cap, "nested indirect table at 0x%" PRIx64 "", d.addr);
        enum virtq_pop_result res = add_segment(q, mem, r, &d, why, cap);
        if (res != VIRTQ_POP_OK)
            return res;
        if (!(d.flags & VIRTQ_DESC_F_NEXT))
            return VIRTQ_POP_OK;
        if (d.next >= entries)
            return refuse(why, cap, "indirect next %u past the table's %u entries", d.next,
                          entries);
        i = d.next;
    }
}

/* avail_event: after the used ring's entries (2.7.8). */
static uint64_t avail_event_addr(const struct virtq *q)
{
    return q->used + USED_RING + (uint64_t)q->num * USED_ELEM_SIZE;
}

enum virtq_pop_result virtq_pop(struct virtq *q, const struct phys_space *mem,
                                struct virtq_request *r, char *why, size_t why_cap)
{
    if (!q->ready || !q->num)
        return VIRTQ_POP_EMPTY;
    uint16_t idx;
    if (!avail_idx(q, mem, &idx))
        return refuse(why, why_cap, "avail ring 0x%" PRIx64 " is not in guest RAM", q->avail);
    if (idx == q->last_avail)
        return VIRTQ_POP_EMPTY;
    if ((uint16_t)(idx - q->last_avail) > q->num)
        return refuse(why, why_cap, "avail idx moved %u entries in a ring of %u",
                      (uint16_t)(idx - q->last_avail), q->num);
    /* read the ring entry only after seeing idx (2.7.13.3: the driver wrote it before idx) */
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    uint16_t head;
    if (!load16(mem, q->avail + AVAIL_RING + 2ull * (q->last_avail % q->num), &head))
        return refuse(why, why_cap, "avail ring 0x%" PRIx64 " is not in guest RAM", q->avail);
    if (head >= q->num)
        return refuse(why, why_cap, "avail ring names descriptor %u of %u", head, q->num);
    r->head = head;
    r->readable = r->writable = 0;
    r->readable_bytes = r->writable_bytes = 0;
    uint32_t i = head;
    for (uint32_t steps = 0;; steps++) {
        if (steps >= q->num)
            return refuse(why, why_cap, "descriptor chain from %u loops", head);
        struct desc d = {0};
        if (!load_desc(mem, q->desc, i, &d))
            return refuse(why, why_cap, "descriptor table 0x%" PRIx64 " is not in guest RAM",
                          q->desc);
        enum virtq_pop_result res;
        if (d.flags & VIRTQ_DESC_F_INDIRECT) {
            /* 2.7.5.3.1: INDIRECT and NEXT together are not allowed */
            if (d.flags & VIRTQ_DESC_F_NEXT)
                return refuse(why, why_cap, "indirect descriptor %u has NEXT set", i);
            res = walk_indirect(q, mem, r, &d, why, why_cap);
        } else {
            res = add_segment(q, mem, r, &d, why, why_cap);
        }
        if (res != VIRTQ_POP_OK)
            return res;
        if (!(d.flags & VIRTQ_DESC_F_NEXT) || (d.flags & VIRTQ_DESC_F_INDIRECT))
            break;
        if (d.next >= q->num)
            return refuse(why, why_cap, "next %u past the queue's %u descriptors", d.next,
                          q->num);
        i = d.next;
    }
    q->last_avail++;
    /*
     * EVENT_IDX: the driver kicks only when its avail idx passes avail_event
     * (2.7.10.1), so it must follow what we have taken, or kicks stop.
     */
    if (q->event_idx && !q->kicks_off)
        store16(mem, avail_event_addr(q), q->last_avail);
    return VIRTQ_POP_OK;
}

void virtq_unpop(struct virtq *q) { q->last_avail--; }

void virtq_push(struct virtq *q, const struct phys_space *mem, const struct virtq_request *r,
                uint32_t written)
{
    if (written > r->writable_bytes)
        written = (uint32_t)r->writable_bytes;
    /* what the device wrote may be code the CPU decoded: it is stale now */
    uint32_t left = written;
    for (unsigned i = r->readable; left && i < r->readable + r->writable; i++) {
        uint32_t n = r->iov[i].iov_len < left ? (uint32_t)r->iov[i].iov_len : left;
        phys_dma_written(mem, r->guest[i], n);
        left -= n;
    }
    uint64_t elem = q->used + USED_RING + (uint64_t)(q->used_idx % q->num) * USED_ELEM_SIZE;
    uint8_t *p = phys_ram_range(mem, elem, USED_ELEM_SIZE);
    if (!p)
        return; /* the used ring left RAM: nothing can be returned, the driver waits forever */
    uint32_t id = r->head;
    memcpy(p, &id, 4);
    memcpy(p + 4, &written, 4);
    q->used_idx++;
    /* the entry before the index that publishes it (2.7.8.2) */
    __atomic_thread_fence(__ATOMIC_RELEASE);
    store16(mem, q->used + 2, q->used_idx);
}

bool virtq_should_interrupt(struct virtq *q, const struct phys_space *mem)
{
    /* the used idx must be visible before we read what the driver asked for (2.7.10) */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (!q->event_idx) {
        uint16_t flags;
        return !load16(mem, q->avail, &flags) || !(flags & VIRTQ_AVAIL_F_NO_INTERRUPT);
    }
    uint16_t used_event, old = q->signalled_used, now = q->used_idx;
    bool valid = q->signalled_valid;
    q->signalled_used = now;
    q->signalled_valid = true;
    if (!load16(mem, q->avail + AVAIL_RING + 2ull * q->num, &used_event))
        return true;
    /* 2.7.10.2: interrupt when used_event lies in (old, now] */
    return !valid || (uint16_t)(now - used_event - 1) < (uint16_t)(now - old);
}

void virtq_want_kicks(struct virtq *q, const struct phys_space *mem, bool want)
{
    if (!q->ready || !q->num)
        return;
    q->kicks_off = !want;
    if (q->event_idx) {
        /* avail_event: kick us when the driver moves avail idx past what we have taken */
        if (want)
            store16(mem, avail_event_addr(q), q->last_avail);
    } else {
        store16(mem, q->used, want ? 0 : VIRTQ_USED_F_NO_NOTIFY);
    }
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
}

size_t virtq_read_out(const struct virtq_request *r, size_t offset, void *dst, size_t len)
{
    uint8_t *out = dst;
    size_t done = 0;
    for (unsigned i = 0; i < r->readable && done < len; i++) {
        size_t seg = r->iov[i].iov_len;
        if (offset >= seg) {
            offset -= seg;
            continue;
        }
        size_t n = seg - offset < len - done ? seg - offset : len - done;
        memcpy(out + done, (uint8_t *)r->iov[i].iov_base + offset, n);
        done += n;
        offset = 0;
    }
    return done;
}

size_t virtq_write_in(const struct virtq_request *r, size_t offset, const void *src, size_t len)
{
    const uint8_t *in = src;
    size_t done = 0;
    for (unsigned i = r->readable; i < r->readable + r->writable && done < len; i++) {
        size_t seg = r->iov[i].iov_len;
        if (offset >= seg) {
            offset -= seg;
            continue;
        }
        size_t n = seg - offset < len - done ? seg - offset : len - done;
        memcpy((uint8_t *)r->iov[i].iov_base + offset, in + done, n);
        done += n;
        offset = 0;
    }
    return done;
}
