/*
 * Memory-management system calls: brk, mmap, munmap, mprotect, mremap,
 * madvise, mincore. All of them change the guest address space only through
 * mmu/user_space, whose change hook flushes the CPU's TLB and decoded code.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "frontends/user/syscall.h"

#define PAGE 4096ull

static uint64_t page_up(uint64_t a) { return (a + PAGE - 1) & ~(PAGE - 1); }

/*
 * Every handler here runs under the thread group's lock: two threads must not
 * pick the same free range or interleave their page-table updates.
 */
static void mm_lock(struct user_process *p) { pthread_mutex_lock(&group_of(p)->group_lock); }
static void mm_unlock(struct user_process *p) { pthread_mutex_unlock(&group_of(p)->group_lock); }

static int64_t brk_locked(struct user_process *thread, const uint64_t *a)
{
    struct user_process *p = group_of(thread); /* the break is the process's */
    uint64_t want = a[0];
    if (want < p->brk_start)
        return (int64_t)p->brk;
    uint64_t need = page_up(want);
    if (need > p->brk_mapped) {
        uint64_t len = need - p->brk_mapped;
        /* Never grow over an existing mapping: Linux refuses and keeps the old break. */
        if (!user_space_is_free(&thread->space, p->brk_mapped, len) ||
            user_space_map(&thread->space, p->brk_mapped, len, USER_PROT_READ | USER_PROT_WRITE))
            return (int64_t)p->brk;
    } else if (need < p->brk_mapped) {
        user_space_unmap(&thread->space, need, p->brk_mapped - need);
    }
    p->brk_mapped = need;
    p->brk = want;
    return (int64_t)want;
}

static int64_t mmap_locked(struct user_process *p, const uint64_t *a)
{
    uint64_t addr = a[0], len = a[1], offset = a[5];
    int prot = (int)a[2] & (PROT_READ | PROT_WRITE | PROT_EXEC);
    int flags = (int)a[3], fd = (int)a[4];
    if (len == 0 || (offset & (PAGE - 1)) || page_up(len) < len)
        return -EINVAL;
    len = page_up(len);
    int type = flags & MAP_TYPE;
    if (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE)
        return -EINVAL;
    if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
        if ((addr & (PAGE - 1)) || !user_space_range_ok(&p->space, addr, len) || addr == 0)
            return (flags & MAP_FIXED) ? -EINVAL : -ENOMEM;
        if ((flags & MAP_FIXED_NOREPLACE) && !(flags & MAP_FIXED) &&
            !user_space_is_free(&p->space, addr, len))
            return -EEXIST;
    } else {
        uint64_t hint = addr & ~(PAGE - 1);
        if (hint >= p->space.mmap_floor && user_space_is_free(&p->space, hint, len))
            addr = hint;
        else
            addr = user_space_find_free(&p->space, USER_MMAP_BASE, len);
        if (!addr)
            return -ENOMEM;
    }
    int err;
    if (flags & MAP_ANONYMOUS)
        err = user_space_map(&p->space, addr, len, prot);
    else
        err = user_space_map_file(&p->space, addr, len, prot, type != MAP_PRIVATE, fd, offset);
    return err ? err : (int64_t)addr;
}

static int64_t munmap_locked(struct user_process *p, const uint64_t *a)
{
    uint64_t addr = a[0], len = page_up(a[1]);
    if ((addr & (PAGE - 1)) || a[1] == 0 || !user_space_range_ok(&p->space, addr, len))
        return -EINVAL;
    return user_space_unmap(&p->space, addr, len);
}

static int64_t mprotect_locked(struct user_process *p, const uint64_t *a)
{
    uint64_t addr = a[0], len = page_up(a[1]);
    if (addr & (PAGE - 1))
        return -EINVAL;
    if (len == 0)
        return 0;
    return user_space_protect(&p->space, addr, len, (int)a[2] & 7);
}

/*
 * Moves a mapping by copying: the new range gets fresh pages with the old
 * protections. Good for private memory (all a single-threaded program can
 * tell apart); a moved MAP_SHARED file mapping stops reaching the file.
 */
static int64_t move_mapping(struct user_process *p, uint64_t old, uint64_t old_len, uint64_t dest,
                            uint64_t new_len, int prot, bool keep_old)
{
    int err = user_space_map(&p->space, dest, new_len, USER_PROT_READ | USER_PROT_WRITE);
    if (err)
        return err;
    memcpy(p->space.host_base + dest, p->space.host_base + old,
           old_len < new_len ? old_len : new_len);
    user_space_protect(&p->space, dest, new_len, prot);
    if (keep_old) /* MREMAP_DONTUNMAP: the old range stays mapped, emptied */
        user_space_map(&p->space, old, old_len, prot);
    else
        user_space_unmap(&p->space, old, old_len);
    return (int64_t)dest;
}

static int64_t mremap_locked(struct user_process *p, const uint64_t *a)
{
    uint64_t old = a[0], old_len = page_up(a[1]), new_len = page_up(a[2]), dest = a[4];
    int flags = (int)a[3];
    if ((old & (PAGE - 1)) || new_len == 0 || old_len == 0 ||
        (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) ||
        ((flags & (MREMAP_FIXED | MREMAP_DONTUNMAP)) && !(flags & MREMAP_MAYMOVE)) ||
        ((flags & MREMAP_DONTUNMAP) && old_len != new_len))
        return -EINVAL;
    if (!user_space_is_mapped(&p->space, old, old_len))
        return -EFAULT;
    int prot = p->space.page_prot[old / PAGE] & 7;
    if (flags & MREMAP_FIXED) {
        if ((dest & (PAGE - 1)) || !user_space_range_ok(&p->space, dest, new_len) ||
            (dest < old + old_len && old < dest + new_len))
            return -EINVAL;
        user_space_unmap(&p->space, dest, new_len);
        return move_mapping(p, old, old_len, dest, new_len, prot, flags & MREMAP_DONTUNMAP);
    }
    if (!(flags & MREMAP_DONTUNMAP)) {
        if (new_len <= old_len) {
            if (new_len < old_len)
                user_space_unmap(&p->space, old + new_len, old_len - new_len);
            return (int64_t)old;
        }
        uint64_t grow = new_len - old_len;
        if (user_space_is_free(&p->space, old + old_len, grow)) {
            int err = user_space_map(&p->space, old + old_len, grow, prot);
            return err ? err : (int64_t)old;
        }
        if (!(flags & MREMAP_MAYMOVE))
            return -ENOMEM;
    }
    uint64_t fresh = user_space_find_free(&p->space, USER_MMAP_BASE, new_len);
    if (!fresh)
        return -ENOMEM;
    return move_mapping(p, old, old_len, fresh, new_len, prot, flags & MREMAP_DONTUNMAP);
}

static int64_t madvise_locked(struct user_process *p, const uint64_t *a)
{
    uint64_t addr = a[0], len = page_up(a[1]);
    if (addr & (PAGE - 1))
        return -EINVAL;
    if (!user_space_is_mapped(&p->space, addr, len))
        return -ENOMEM;
    /* DONTNEED must really drop private anonymous pages: later reads see zeroes. */
    if ((int)a[2] == MADV_DONTNEED)
        return user_space_discard(&p->space, addr, len);
    return 0;
}

int64_t sys_brk(struct user_process *p, const uint64_t *a)
{
    mm_lock(p);
    int64_t r = brk_locked(p, a);
    mm_unlock(p);
    return r;
}

int64_t sys_mmap(struct user_process *p, const uint64_t *a)
{
    mm_lock(p);
    int64_t r = mmap_locked(p, a);
    mm_unlock(p);
    return r;
}

int64_t sys_munmap(struct user_process *p, const uint64_t *a)
{
    mm_lock(p);
    int64_t r = munmap_locked(p, a);
    mm_unlock(p);
    return r;
}

int64_t sys_mprotect(struct user_process *p, const uint64_t *a)
{
    mm_lock(p);
    int64_t r = mprotect_locked(p, a);
    mm_unlock(p);
    return r;
}

int64_t sys_mremap(struct user_process *p, const uint64_t *a)
{
    mm_lock(p);
    int64_t r = mremap_locked(p, a);
    mm_unlock(p);
    return r;
}

int64_t sys_madvise(struct user_process *p, const uint64_t *a)
{
    mm_lock(p);
    int64_t r = madvise_locked(p, a);
    mm_unlock(p);
    return r;
}

/* mincore: residency of the host pages behind a mapped guest range, one byte per page. */
static int64_t mincore_locked(struct user_process *p, const uint64_t *a)
{
    uint64_t addr = a[0], len = page_up(a[1]);
    if (addr & (PAGE - 1))
        return -EINVAL;
    if (!user_space_is_mapped(&p->space, addr, len))
        return -ENOMEM;
    if (!len)
        return 0;
    unsigned char *vec = guest_ptr(p, a[2], len / PAGE, USER_PROT_WRITE);
    if (!vec)
        return -EFAULT;
    return syscall_result(mincore(p->space.host_base + addr, len, vec));
}

int64_t sys_mincore(struct user_process *p, const uint64_t *a)
{
    mm_lock(p);
    int64_t r = mincore_locked(p, a);
    mm_unlock(p);
    return r;
}
