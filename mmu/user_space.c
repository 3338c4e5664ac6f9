/* Flat user-mode guest address space; see user_space.h. */
#include "mmu/user_space.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>

static uint64_t page_index(uint64_t addr) { return addr >> TLB_PAGE_BITS; }

bool user_space_range_ok(const struct user_space *us, uint64_t start, uint64_t len)
{
    return start <= us->size && len <= us->size - start;
}

bool user_space_init(struct user_space *us, uint64_t size)
{
    memset(us, 0, sizeof(*us));
    void *base = mmap(0, size + USER_SPACE_GUARD, PROT_NONE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED)
        return false;
    uint64_t pages = size >> TLB_PAGE_BITS;
    void *prot = mmap(0, pages, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                      -1, 0);
    if (prot == MAP_FAILED) {
        munmap(base, size + USER_SPACE_GUARD);
        return false;
    }
    us->host_base = base;
    us->size = size;
    us->page_prot = prot;
    us->mmap_floor = 0x10000;
    return true;
}

void user_space_destroy(struct user_space *us)
{
    if (us->host_base)
        munmap(us->host_base, us->size + USER_SPACE_GUARD);
    if (us->page_prot)
        munmap(us->page_prot, us->size >> TLB_PAGE_BITS);
    us->host_base = 0;
    us->page_prot = 0;
}

static bool aligned_range(const struct user_space *us, uint64_t start, uint64_t len)
{
    return (start & ~TLB_PAGE_MASK) == 0 && (len & ~TLB_PAGE_MASK) == 0 &&
           user_space_range_ok(us, start, len);
}

/*
 * Host protection of a mapped guest page: always readable (instruction fetch
 * reads execute-only pages through the host mapping), writable only when the
 * guest may write. Guest permissions are enforced by page_prot before any
 * host access; the host protection is the second fence, and for shared file
 * mappings it is what makes a write to a read-only file fail like Linux.
 */
static int host_prot(int prot)
{
    if (prot & USER_PROT_WRITE)
        return PROT_READ | PROT_WRITE;
    /* executable pages stay readable: the decoder reads them through host pointers */
    return (prot & (USER_PROT_READ | USER_PROT_EXEC)) ? PROT_READ : PROT_NONE;
}

static void notify(struct user_space *us, uint64_t start, uint64_t len, bool code)
{
    if (us->on_change)
        us->on_change(us->on_change_ctx, start, len, code);
}

/* Whether a page of the range is mapped executable: only from such pages was code decoded. */
static bool range_had_exec(const struct user_space *us, uint64_t start, uint64_t len)
{
    const uint8_t *prot = us->page_prot + page_index(start);
    for (uint64_t i = 0, n = len >> TLB_PAGE_BITS; i < n; i++)
        if ((prot[i] & (USER_PAGE_MAPPED | USER_PROT_EXEC)) == (USER_PAGE_MAPPED | USER_PROT_EXEC))
            return true;
    return false;
}

int user_space_map(struct user_space *us, uint64_t start, uint64_t len, int prot)
{
    if (!aligned_range(us, start, len) || len == 0)
        return -EINVAL;
    /* A fresh anonymous mapping over the range both zeroes it and replaces any old one. */
    void *p = mmap(us->host_base + start, len, host_prot(prot),
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return -ENOMEM;
    bool code = range_had_exec(us, start, len); /* replaced: its old code goes */
    memset(us->page_prot + page_index(start), USER_PAGE_MAPPED | (prot & 7), len >> TLB_PAGE_BITS);
    notify(us, start, len, code);
    return 0;
}

int user_space_map_file(struct user_space *us, uint64_t start, uint64_t len, int prot, bool shared,
                        int fd, uint64_t offset)
{
    if (!aligned_range(us, start, len) || len == 0)
        return -EINVAL;
    void *p = mmap(us->host_base + start, len, host_prot(prot),
                   (shared ? MAP_SHARED : MAP_PRIVATE) | MAP_FIXED, fd, (off_t)offset);
    if (p == MAP_FAILED) {
        int err = errno;
        /* Leave the range unmapped rather than half-replaced. */
        user_space_unmap(us, start, len);
        return -err;
    }
    bool code = range_had_exec(us, start, len);
    memset(us->page_prot + page_index(start), USER_PAGE_MAPPED | (prot & 7), len >> TLB_PAGE_BITS);
    notify(us, start, len, code);
    return 0;
}

int user_space_unmap(struct user_space *us, uint64_t start, uint64_t len)
{
    if (!aligned_range(us, start, len))
        return -EINVAL;
    if (len == 0)
        return 0;
    void *p = mmap(us->host_base + start, len, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return -ENOMEM;
    bool code = range_had_exec(us, start, len);
    memset(us->page_prot + page_index(start), 0, len >> TLB_PAGE_BITS);
    notify(us, start, len, code);
    return 0;
}

int user_space_protect(struct user_space *us, uint64_t start, uint64_t len, int prot)
{
    if (!aligned_range(us, start, len))
        return -EINVAL;
    if (!user_space_is_mapped(us, start, len))
        return -ENOMEM;
    if (len && mprotect(us->host_base + start, len, host_prot(prot)) != 0)
        return -errno;
    /*
     * Code stays where the pages stay executable and do not become writable:
     * a page turned writable is no longer watched (USER_PAGE_WATCHED is
     * cleared here, its host page made writable), so its stores would go
     * unnoticed.
     */
    bool code = range_had_exec(us, start, len) &&
                (!(prot & USER_PROT_EXEC) || (prot & USER_PROT_WRITE));
    memset(us->page_prot + page_index(start), USER_PAGE_MAPPED | (prot & 7), len >> TLB_PAGE_BITS);
    notify(us, start, len, code);
    return 0;
}

int user_space_discard(struct user_space *us, uint64_t start, uint64_t len)
{
    if (!aligned_range(us, start, len))
        return -EINVAL;
    if (len && madvise(us->host_base + start, len, MADV_DONTNEED) != 0)
        return -errno;
    notify(us, start, len, range_had_exec(us, start, len)); /* its code read bytes now zeroes */
    return 0;
}

bool user_space_is_mapped(const struct user_space *us, uint64_t start, uint64_t len)
{
    if (!user_space_range_ok(us, start, len))
        return false;
    if (len == 0)
        return true;
    for (uint64_t i = page_index(start); i <= page_index(start + len - 1); i++)
        if (!(us->page_prot[i] & USER_PAGE_MAPPED))
            return false;
    return true;
}

bool user_space_is_free(const struct user_space *us, uint64_t start, uint64_t len)
{
    if (!user_space_range_ok(us, start, len))
        return false;
    if (len == 0)
        return true;
    for (uint64_t i = page_index(start); i <= page_index(start + len - 1); i++)
        if (us->page_prot[i] & USER_PAGE_MAPPED)
            return false;
    return true;
}

uint64_t user_space_find_free(const struct user_space *us, uint64_t floor, uint64_t len)
{
    uint64_t pages = len >> TLB_PAGE_BITS;
    uint64_t total = us->size >> TLB_PAGE_BITS;
    uint64_t run = 0;
    for (uint64_t i = page_index(floor); i < total; i++) {
        if (us->page_prot[i] & USER_PAGE_MAPPED) {
            run = 0;
            continue;
        }
        if (++run == pages)
            return (i + 1 - pages) << TLB_PAGE_BITS;
    }
    return 0;
}

void *user_space_host(const struct user_space *us, uint64_t addr, uint64_t len, int prot)
{
    if (!user_space_range_ok(us, addr, len))
        return 0;
    if (len) {
        for (uint64_t i = page_index(addr); i <= page_index(addr + len - 1); i++) {
            uint8_t p = us->page_prot[i];
            if (!(p & USER_PAGE_MAPPED) || (p & prot) != prot)
                return 0;
        }
    }
    return us->host_base + addr;
}

bool user_space_read_string(const struct user_space *us, uint64_t addr, char *buf, size_t cap)
{
    for (size_t i = 0; i < cap; i++) {
        const char *c = user_space_host(us, addr + i, 1, USER_PROT_READ);
        if (!c)
            return false;
        buf[i] = *c;
        if (*c == 0)
            return true;
    }
    return false;
}

void user_space_watch_code(void *owner, uint64_t va)
{
    struct user_space *us = owner;
    if (va >= us->size)
        return;
    uint8_t *prot = &us->page_prot[page_index(va)];
    uint8_t old = __atomic_load_n(prot, __ATOMIC_RELAXED);
    if (!(old & USER_PROT_WRITE) || (old & USER_PAGE_WATCHED))
        return;
    /* marked first: a store faulting on the read-only page finds the mark */
    __atomic_fetch_or(prot, USER_PAGE_WATCHED, __ATOMIC_ACQ_REL);
    mprotect(us->host_base + (va & TLB_PAGE_MASK), TLB_PAGE_SIZE, host_prot(old & ~USER_PROT_WRITE));
}

/* Clears the mark of a guest-writable page and gives the host page its write right back. */
static bool unwatch_page(struct user_space *us, uint64_t page_va, bool *was_watched)
{
    uint8_t *prot = &us->page_prot[page_index(page_va)];
    uint8_t old = __atomic_fetch_and(prot, (uint8_t)~USER_PAGE_WATCHED, __ATOMIC_ACQ_REL);
    if (!(old & USER_PAGE_MAPPED) || !(old & USER_PROT_WRITE))
        return false;
    /* also when unmarked: a concurrent unwatch may not have restored the write right yet */
    mprotect(us->host_base + page_va, TLB_PAGE_SIZE, host_prot(old));
    *was_watched = (old & USER_PAGE_WATCHED) != 0;
    return true;
}

bool user_space_store_fault(struct user_space *us, const void *host_address, uint64_t *page_va,
                            bool *was_watched)
{
    uintptr_t offset = (uintptr_t)host_address - (uintptr_t)us->host_base;
    if ((uintptr_t)host_address < (uintptr_t)us->host_base || offset >= us->size)
        return false;
    *page_va = offset & TLB_PAGE_MASK;
    return unwatch_page(us, *page_va, was_watched);
}

bool user_space_unwatch(struct user_space *us, uint64_t va)
{
    bool was_watched = false;
    return user_space_watched(us, va) && unwatch_page(us, va & TLB_PAGE_MASK, &was_watched) &&
           was_watched;
}

bool user_space_tlb_fill(void *owner, uint64_t va, enum tlb_access access, struct tlb_entry *entry,
                         struct tlb_fault *fault)
{
    struct user_space *us = owner;
    uint64_t page = va & TLB_PAGE_MASK;
    uint8_t prot = va < us->size ? us->page_prot[page_index(va)] : 0;
    static const uint8_t needs[TLB_ACCESS_KINDS] = {
        [TLB_READ] = USER_PROT_READ, [TLB_WRITE] = USER_PROT_WRITE, [TLB_EXEC] = USER_PROT_EXEC};
    if (!(prot & USER_PAGE_MAPPED) || !(prot & needs[access])) {
        fault->address = va;
        fault->access = access;
        fault->mapped = (prot & USER_PAGE_MAPPED) != 0;
        return false;
    }
    for (unsigned k = 0; k < TLB_ACCESS_KINDS; k++)
        entry->tag[k] = (prot & needs[k]) ? page : TLB_TAG_INVALID;
    entry->addend = (uintptr_t)us->host_base;
    return true;
}
