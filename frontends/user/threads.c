/*
 * Threads, fork/vfork, exit and futex for ferry-user; see threads.h.
 *
 * A new guest thread gets a struct user_process of its own (allocated
 * here, freed when it exits): a copy of its parent's registers in a fresh
 * CPU, a by-value copy of the address-space struct (the mapping behind it
 * is shared) and `leader` pointing at the group leader, which keeps the
 * shared state. Its host thread runs the same loop as the first thread
 * (run_guest). Address-space changes reach every thread's CPU through
 * cpu_request_range (runner.c's change hook); the memory-management system
 * calls run under the group lock.
 *
 * futex operates on the guest word through its host address: guest memory
 * is host memory, so the host kernel's futex does the waiting and waking,
 * between guest threads as between real ones.
 */
#include "frontends/user/threads.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "cpu/a64/decode.h"
#include "frontends/user/code_watch.h"
#include "frontends/user/guest_signal.h"
#include "frontends/user/runner.h"
#include "frontends/user/syscall.h"

static int32_t host_tid(void) { return (int32_t)syscall(SYS_gettid); }

static long host_futex(uint32_t *uaddr, int op, uint32_t val, const struct timespec *timeout,
                       uint32_t *uaddr2, uint32_t val3)
{
    return syscall(SYS_futex, uaddr, op, val, timeout, uaddr2, val3);
}

/* ---- exit ---- */

int64_t sys_exit(struct user_process *p, const uint64_t *a)
{
    p->thread_exited = true;
    p->exit_status = (int)(a[0] & 0xff);
    return 0;
}

int64_t sys_exit_group(struct user_process *p, const uint64_t *a)
{
    p->exited = true;
    p->exit_status = (int)(a[0] & 0xff);
    return 0;
}

int64_t sys_set_tid_address(struct user_process *p, const uint64_t *a)
{
    p->clear_child_tid = a[0];
    return p->tid;
}

int64_t sys_gettid(struct user_process *p, const uint64_t *a)
{
    (void)a;
    return p->tid;
}

void thread_finish(struct user_process *p)
{
    /* CLONE_CHILD_CLEARTID: zero the word and wake a joiner waiting on it. */
    if (p->clear_child_tid) {
        uint32_t *word = guest_ptr(p, p->clear_child_tid, 4, USER_PROT_WRITE);
        if (word) {
            __atomic_store_n(word, 0, __ATOMIC_SEQ_CST);
            host_futex(word, FUTEX_WAKE, 1, 0, 0, 0);
        }
    }
    struct user_process *leader = group_of(p);
    pthread_mutex_lock(&leader->group_lock);
    bool last;
    if (p == leader) {
        last = leader->thread_count == 0;
    } else {
        struct user_process **link = &leader->next_thread;
        while (*link && *link != p)
            link = &(*link)->next_thread;
        if (*link)
            *link = p->next_thread;
        leader->thread_count--;
        last = leader->thread_count == 0 && leader->thread_exited;
    }
    pthread_mutex_unlock(&leader->group_lock);
    fflush(p->cpu.log);
    if (last)
        exit(p->exit_status); /* the last thread out ends the process with its status */
    if (p != leader) {
        cpu_destroy(&p->cpu);
        free(p);
    }
    pthread_exit(0);
}

/* ---- clone: threads, fork, vfork ---- */

struct thread_start {
    struct user_process *thread;
    uint64_t flags, parent_tid, child_tid; /* clone's flags and tid pointers */
    int32_t tid;   /* the new thread's id, for the parent (the thread may be gone already) */
    sem_t started; /* posted once the new thread's id is known and written */
};

static void *thread_main(void *arg)
{
    struct thread_start *start = arg;
    struct user_process *t = start->thread;
    t->tid = host_tid();
    /* The tid words are written before the thread runs: its exit may clear them at once. */
    uint32_t tid = (uint32_t)t->tid;
    start->tid = t->tid;
    if (start->flags & CLONE_PARENT_SETTID)
        copy_to_guest(t, start->parent_tid, &tid, 4);
    if (start->flags & CLONE_CHILD_SETTID)
        copy_to_guest(t, start->child_tid, &tid, 4);
    sem_post(&start->started); /* `start` lives on the parent's stack: not touched after this */
    signal_thread_start(t);
    run_guest(t);
    if (t->exited) { /* exit_group from this thread ends every thread */
        fflush(t->cpu.log);
        exit(t->exit_status);
    }
    thread_finish(t);
}

/* A new guest thread sharing everything but registers with p; returns its tid or -errno. */
static int64_t clone_thread(struct user_process *p, const uint64_t *a)
{
    uint64_t flags = a[0];
    struct user_process *leader = group_of(p);
    struct user_process *t = calloc(1, sizeof(*t));
    if (!t)
        return -EAGAIN;
    t->leader = leader;
    t->space = p->space;
    t->decoder = p->decoder;
    t->exe_path = p->exe_path;
    t->sysroot = p->sysroot;
    t->signal_mask = p->signal_mask;
    cpu_init(&t->cpu, p->decoder, user_space_tlb_fill, &t->space);
    memcpy(t->cpu.x, p->cpu.x, sizeof(t->cpu.x));
    memcpy(t->cpu.v, p->cpu.v, sizeof(t->cpu.v));
    t->cpu.pc = p->cpu.pc; /* the instruction after the SVC, like the parent */
    t->cpu.nzcv = p->cpu.nzcv;
    t->cpu.fpcr = p->cpu.fpcr;
    t->cpu.fpsr = p->cpu.fpsr;
    t->cpu.tpidr_el0 = (flags & CLONE_SETTLS) ? a[3] : p->cpu.tpidr_el0;
    t->cpu.tpidrro_el0 = p->cpu.tpidrro_el0;
    t->cpu.trace_flags = p->cpu.trace_flags;
    t->cpu.engine = p->cpu.engine;
    t->cpu.interpret_first = p->cpu.interpret_first;
    t->cpu.guest_base = p->cpu.guest_base;
    t->cpu.guest_space_bits = p->cpu.guest_space_bits;
    t->cpu.log = p->cpu.log;
    code_watch_attach(t);
    t->cpu.x[0] = 0;
    if (a[1])
        t->cpu.x[31] = a[1];
    if (flags & CLONE_CHILD_CLEARTID)
        t->clear_child_tid = a[4];

    struct thread_start start = {.thread = t, .flags = flags, .parent_tid = a[2], .child_tid = a[4]};
    sem_init(&start.started, 0, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_mutex_lock(&leader->group_lock);
    t->next_thread = leader->next_thread;
    leader->next_thread = t;
    leader->thread_count++;
    pthread_t host;
    int err = pthread_create(&host, &attr, thread_main, &start);
    if (err) {
        leader->next_thread = t->next_thread;
        leader->thread_count--;
    }
    pthread_mutex_unlock(&leader->group_lock);
    pthread_attr_destroy(&attr);
    if (err) {
        cpu_destroy(&t->cpu);
        free(t);
        sem_destroy(&start.started);
        return -EAGAIN;
    }
    while (sem_wait(&start.started) != 0 && errno == EINTR) {
    }
    int32_t start_tid = start.tid; /* not t->tid: t is freed if the thread already ended */
    sem_destroy(&start.started);
    return start_tid;
}

int64_t sys_clone(struct user_process *p, const uint64_t *a)
{
    /* arm64 argument order: flags, newsp, parent_tid, tls, child_tid. */
    uint64_t flags = a[0];
    const uint64_t thread_flags = CLONE_VM | CLONE_THREAD | CLONE_SIGHAND;
    if ((flags & thread_flags) == thread_flags)
        return clone_thread(p, a);
    /*
     * fork(), and vfork() (CLONE_VM | CLONE_VFORK, maybe on a new stack, as
     * posix_spawn does) done as a fork: the child gets a copy rather than a
     * loan of the memory, which only a child that writes memory before it
     * execs or exits could tell.
     */
    const uint64_t tid_flags = CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID;
    const uint64_t vfork_flags = CLONE_VM | CLONE_VFORK;
    bool is_vfork = (flags & vfork_flags) == vfork_flags;
    uint64_t allowed = 0xffull | tid_flags | (is_vfork ? vfork_flags : 0);
    if ((flags & ~allowed) != 0 || (a[1] != 0 && !is_vfork))
        return -EINVAL;
    if (group_of(p)->thread_count) {
        /* Only the forking thread survives in the child, as in Linux; others are not copied. */
        if (p->cpu.trace_flags & TRACE_UNIMP)
            fprintf(p->cpu.log, "ferry-user: fork from a multi-threaded program\n");
    }
    cpu_before_fork(&p->cpu);
    pid_t child = fork();
    int fork_errno = errno;
    cpu_after_fork(&p->cpu, child == 0);
    if (child < 0)
        return -fork_errno;
    uint32_t tid = (uint32_t)(child ? child : getpid());
    if (child == 0) {
        p->tid = (int32_t)getpid();
        group_of(p)->thread_count = 0;
        group_of(p)->next_thread = 0;
        if (a[1])
            p->cpu.x[31] = a[1];
        if (flags & CLONE_CHILD_SETTID)
            copy_to_guest(p, a[4], &tid, 4);
        if (flags & CLONE_CHILD_CLEARTID)
            p->clear_child_tid = a[4];
        return 0;
    }
    if (flags & CLONE_PARENT_SETTID)
        copy_to_guest(p, a[2], &tid, 4);
    return child;
}

/* ---- futex ---- */

int64_t sys_futex(struct user_process *p, const uint64_t *a)
{
    int op = (int)a[1] & FUTEX_CMD_MASK;
    if (a[0] & 3)
        return -EINVAL;
    uint32_t *uaddr = guest_ptr(p, a[0], 4, USER_PROT_READ);
    bool needs_word = op != FUTEX_WAKE || !(a[1] & FUTEX_PRIVATE_FLAG);
    if (!uaddr && needs_word)
        return -EFAULT;
    if (!uaddr)
        return 0; /* a private wake of an unmapped word wakes nobody, as in Linux */
    struct timespec ts, *timeout = 0;
    uint32_t *uaddr2 = 0;
    switch (op) {
    case FUTEX_WAIT:
    case FUTEX_WAIT_BITSET:
        if (a[3]) {
            if (copy_from_guest(p, &ts, a[3], sizeof(ts)))
                return -EFAULT;
            timeout = &ts;
        }
        break;
    case FUTEX_WAKE:
    case FUTEX_WAKE_BITSET:
        break;
    case FUTEX_REQUEUE:
    case FUTEX_CMP_REQUEUE:
    case FUTEX_WAKE_OP:
        /* The fourth argument is a count here, not a timeout. */
        timeout = (struct timespec *)(uintptr_t)a[3];
        uaddr2 = guest_ptr(p, a[4], 4, USER_PROT_READ | USER_PROT_WRITE);
        if (!uaddr2 || (a[4] & 3))
            return -EFAULT;
        break;
    default:
        if (p->cpu.trace_flags & TRACE_UNIMP)
            fprintf(p->cpu.log, "Unsupported futex operation %d\n", op);
        return -ENOSYS;
    }
    return syscall_result(host_futex(uaddr, (int)a[1], (uint32_t)a[2], timeout, uaddr2,
                                     (uint32_t)a[5]));
}
