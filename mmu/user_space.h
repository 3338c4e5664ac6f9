/*
 * A flat guest virtual address space for user-mode emulation.
 *
 * One reserved host region backs guest addresses [0, size): guest address A
 * lives at host_base + A. Every guest page has a protection byte; the TLB fill
 * function below refuses anything outside the region or not permitted, so a
 * guest access can never reach host memory outside the region. Host pages of
 * unmapped guest pages stay PROT_NONE as a second fence.
 *
 * The region is reserved with MAP_NORESERVE: untouched pages cost nothing.
 * Host protections mirror the guest's (none for an inaccessible page,
 * readable for a readable or executable one, plus writable where the guest
 * may write), so even a missed check cannot write a read-only page, and
 * the translator accesses guest memory directly at host_base + A, leaving
 * the host's page fault to say when the guest's access faults. A guard of
 * USER_SPACE_GUARD inaccessible bytes follows the region, so an access that
 * starts inside it and runs past its end faults too.
 */
#ifndef FERRY_MMU_USER_SPACE_H
#define FERRY_MMU_USER_SPACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mmu/tlb.h"

#define USER_SPACE_GUARD 0x10000ull

/* Guest page protections (same bit values as PROT_READ/WRITE/EXEC). */
enum { USER_PROT_READ = 1, USER_PROT_WRITE = 2, USER_PROT_EXEC = 4 };
#define USER_PAGE_MAPPED 0x80 /* page exists, whatever its protections */
/*
 * Code was decoded from this guest-writable page: its host page is
 * read-only until the next store, which the host fault handler or a system
 * call notices (user_space_store_fault, user_space_unwatch) so the code goes.
 */
#define USER_PAGE_WATCHED 0x40

struct user_space {
    uint8_t *host_base;
    uint64_t size;        /* bytes of guest address space */
    uint8_t *page_prot;   /* one byte per guest page */
    uint64_t mmap_floor;  /* lowest address mmap picks when the guest gives no hint */
    /*
     * Called after any change of [start, start+len) that can stale a TLB
     * entry there; `code` when code decoded from there may be stale too
     * (the range was executable and is unmapped, replaced, zeroed, made
     * non-executable or writable). New mappings of unmapped space and
     * changes that keep code executable pass false.
     */
    void (*on_change)(void *ctx, uint64_t start, uint64_t len, bool code);
    void *on_change_ctx;
};

/* Returns false (and sets errno) if the host refuses the reservation. */
bool user_space_init(struct user_space *us, uint64_t size);
void user_space_destroy(struct user_space *us);

bool user_space_range_ok(const struct user_space *us, uint64_t start, uint64_t len);

/*
 * Map [start, start+len) (page aligned) with `prot`, zero-filled. Replaces
 * whatever was there. Returns 0 or a negative errno.
 */
int user_space_map(struct user_space *us, uint64_t start, uint64_t len, int prot);
/*
 * Map [start, start+len) from a host file descriptor at `offset` (private:
 * copy-on-write; shared: writes reach the file). Returns 0 or -errno.
 */
int user_space_map_file(struct user_space *us, uint64_t start, uint64_t len, int prot, bool shared,
                        int fd, uint64_t offset);
int user_space_unmap(struct user_space *us, uint64_t start, uint64_t len);
int user_space_protect(struct user_space *us, uint64_t start, uint64_t len, int prot);
/* MADV_DONTNEED: private anonymous pages of the range read as zeroes again. 0 or -errno. */
int user_space_discard(struct user_space *us, uint64_t start, uint64_t len);

/* Lowest free page-aligned range of `len` bytes at or above `floor`, or 0. */
uint64_t user_space_find_free(const struct user_space *us, uint64_t floor, uint64_t len);

bool user_space_is_mapped(const struct user_space *us, uint64_t start, uint64_t len);
/* True if [start, start+len) lies in the space and no page of it is mapped. */
bool user_space_is_free(const struct user_space *us, uint64_t start, uint64_t len);

/*
 * Host pointer to [addr, addr+len) if every page is mapped with all the bits
 * of `prot`, else NULL. For syscalls and loaders that touch guest memory on
 * the guest's behalf.
 */
void *user_space_host(const struct user_space *us, uint64_t addr, uint64_t len, int prot);

/* Copy a NUL-terminated guest string into buf (at most cap bytes incl. NUL). */
bool user_space_read_string(const struct user_space *us, uint64_t addr, char *buf, size_t cap);

tlb_fill_fn user_space_tlb_fill;

/*
 * tlb.watch_code for ferry-user: code is about to be decoded from va's
 * page. A guest-writable page becomes host read-only (USER_PAGE_WATCHED).
 * Safe against other threads storing to the page meanwhile.
 */
void user_space_watch_code(void *owner, uint64_t va);

/*
 * A host fault at `host_address`, which may be a store into a watched page:
 * if it lies in a guest-writable page, that page is host-writable again and
 * the store can be retried (true); *page_va is the page and *was_watched
 * says whether it was watched (the caller then drops its code; false: a
 * concurrent store got there first). Async-signal-safe.
 */
bool user_space_store_fault(struct user_space *us, const void *host_address, uint64_t *page_va,
                            bool *was_watched);

/* A system call will store into va's page: true if it was watched (and no longer is). */
bool user_space_unwatch(struct user_space *us, uint64_t va);

static inline bool user_space_watched(const struct user_space *us, uint64_t va)
{
    return va < us->size && (__atomic_load_n(&us->page_prot[va >> TLB_PAGE_BITS], __ATOMIC_RELAXED) &
                             USER_PAGE_WATCHED);
}

#endif
