/*
 * Stores into decoded code, in ferry-user (code_watch.h).
 *
 * A guest-writable page code is decoded from becomes host read-only
 * (mmu/user_space.h's watched pages). Its next store faults on the host,
 * from wherever it comes -- translated code, the interpreter, a helper --
 * and the fault handler (cpu/dbt/dbt_fault.c) asks store_fault below: the
 * page is made writable again, the thread's CPU notes the page
 * (cpu_code_written), and the store is retried. At the CPU's next block
 * boundary the note becomes maintenance for the whole thread group
 * (flush_all_threads). The host kernel does not fault but fails with
 * EFAULT, so system calls storing into guest memory unwatch first.
 *
 * Pages that are not guest-writable need no watching: changing that takes
 * mprotect or mmap, which drop every thread's code of those pages
 * (user_space.h's on_change).
 */
#include "frontends/user/code_watch.h"

#include <pthread.h>

#include "frontends/user/process.h"

/* The guest thread this host thread runs: what a fault in it concerns. */
static __thread struct user_process *running;

void code_watch_enter(struct user_process *p) { running = p; }

/* Runs in the SIGSEGV/SIGBUS handler. */
static bool store_fault(void *address)
{
    struct user_process *p = running;
    uint64_t page_va;
    bool was_watched;
    if (!p || !user_space_store_fault(&p->space, address, &page_va, &was_watched))
        return false;
    if (was_watched)
        cpu_code_written(&p->cpu, p->space.host_base + page_va);
    return true;
}

void code_watch_syscall_store(struct user_process *p, uint64_t addr, uint64_t len)
{
    if (!len || !user_space_range_ok(&p->space, addr, len))
        return;
    for (uint64_t page = addr & TLB_PAGE_MASK; page < addr + len; page += TLB_PAGE_SIZE)
        if (user_space_unwatch(&p->space, page))
            cpu_code_written(&p->cpu, p->space.host_base + page);
}

/*
 * Maintenance by one thread's CPU (IC IVAU, IC IALLU, stores into code):
 * that CPU drops exactly what it names; the others, whose block caches only
 * their own threads may touch, drop the same page's code before their next
 * block (cpu_request_range), or all their code for anything else.
 */
static void flush_all_threads(void *ctx, const struct cpu_flush *f)
{
    struct user_process *self = ctx, *leader = group_of(self);
    cpu_flush_apply(&self->cpu, f);
    const uint8_t *base = self->space.host_base;
    bool page = f->kind == CPU_FLUSH_CODE_PAGE && f->page >= base &&
                (uint64_t)(f->page - base) < self->space.size;
    uint64_t va = page ? (uint64_t)(f->page - base) & TLB_PAGE_MASK : 0;
    pthread_mutex_lock(&leader->group_lock);
    for (struct user_process *t = leader; t; t = t->next_thread) {
        if (t == self)
            continue;
        if (page)
            cpu_request_range(&t->cpu, va, va + TLB_PAGE_SIZE, true);
        else
            cpu_request_flush(&t->cpu);
    }
    pthread_mutex_unlock(&leader->group_lock);
}

void code_watch_attach(struct user_process *p)
{
    p->cpu.tlb.watch_code = user_space_watch_code;
    p->cpu.broadcast_flush = flush_all_threads;
    p->cpu.broadcast_ctx = p;
    cpu_host_fault_watch_stores(store_fault);
}
