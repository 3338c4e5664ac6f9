/*
 * Host page faults of guest accesses made directly on host memory
 * (ferry-user). Two kinds come here:
 *
 * - A store into a page whose host write right was taken away so that
 *   stores to decoded code are noticed (mmu/user_space.h's watched pages):
 *   the frontend's store watch gives the right back, drops the code, and the
 *   store is simply retried, wherever it was made (translated code, the
 *   interpreter, a helper).
 * - A translated load or store (translated code accesses guest_base +
 *   address without asking the TLB; host protections mirror the guest's):
 *   the handler finds its fault site (the translator records each one with
 *   the cold path of its instruction) and resumes the thread there: the
 *   instruction's C semantics then make the access through the TLB and
 *   raise the guest's fault, precisely, as nothing of the instruction has
 *   happened yet.
 *
 * A fault anywhere else is a real crash: the default action is restored and
 * the fault happens again.
 */
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <ucontext.h>

#include "cpu/dbt/translate.h"

/* Per thread: the handler runs on the faulting thread, which runs its own CPU's code. */
static __thread struct dbt *running;

void dbt_set_running(struct dbt *d) { running = d; }

const uint8_t *dbt_fault_site_cold(const struct dbt *d, const uint8_t *pc)
{
    const uint8_t *run = d->cache.run;
    if (pc < run || pc >= run + d->cache.used)
        return 0;
    uint32_t at = (uint32_t)(pc - run);
    size_t lo = 0, hi = d->fault_site_count;
    while (lo < hi) { /* sites are in increasing address order */
        size_t mid = lo + (hi - lo) / 2;
        if (d->fault_sites[mid].access < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < d->fault_site_count && d->fault_sites[lo].access == at)
        return run + d->fault_sites[lo].cold;
    return 0;
}

/* Set once, before any guest code runs; read by the handler. */
static bool (*store_watch)(void *address);

static void on_fault(int sig, siginfo_t *info, void *context)
{
    ucontext_t *uc = context;
    if (store_watch && store_watch(info->si_addr))
        return;
    const uint8_t *pc = (const uint8_t *)(uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    const uint8_t *cold = running ? dbt_fault_site_cold(running, pc) : 0;
    if (cold) {
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)cold;
        return;
    }
    /* not a guest access: crash as if there were no handler */
    struct sigaction dfl;
    memset(&dfl, 0, sizeof(dfl));
    dfl.sa_handler = SIG_DFL;
    sigaction(sig, &dfl, 0);
}

static void install(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, 0);
    sigaction(SIGBUS, &sa, 0);
}

static pthread_once_t install_once = PTHREAD_ONCE_INIT;

void dbt_fault_handler_install(void) { pthread_once(&install_once, install); }

void cpu_host_fault_watch_stores(bool (*watch)(void *address))
{
    store_watch = watch;
    dbt_fault_handler_install();
}
