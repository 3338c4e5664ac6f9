/*
 * Guest signals: the signal system calls, raising, and delivery through an
 * arm64 rt_sigframe (see signal.h).
 *
 * Frame layout, from the top of the chosen stack down (Linux's
 * arch/arm64/kernel/signal.c, uapi asm/sigcontext.h and asm/ucontext.h):
 *
 *     frame record {x29, x30}      16-byte aligned; x29 points here
 *     rt_sigframe {siginfo, ucontext{..., sigcontext{fault_address,
 *                  regs[31], sp, pc, pstate, __reserved[4096]}}}
 *                                  sp points here
 *
 * __reserved holds one fpsimd_context record (FPSR, FPCR, V0-V31) and the
 * terminating null record. The handler runs with x0 = signal, x1 = &info,
 * x2 = &uc, x30 = the restorer: the guest's SA_RESTORER if it gave one,
 * else ferry's trampoline page (mov x8, #139; svc #0), which plays the
 * vDSO's part. rt_sigreturn reads the same frame back.
 *
 * Single-threaded: signals sent to the process from outside (another host
 * process, a terminal) act on ferry-user itself; only signals the guest
 * raises for itself and CPU faults reach guest handlers.
 */
#include "frontends/user/guest_signal.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "frontends/user/syscall.h"

#define GUEST_SIG_DFL 0
#define GUEST_SIG_IGN 1

/* arm64 sa_flags */
#define GUEST_SA_SIGINFO 0x00000004u
#define GUEST_SA_RESTORER 0x04000000u
#define GUEST_SA_ONSTACK 0x08000000u
#define GUEST_SA_RESTART 0x10000000u
#define GUEST_SA_NODEFER 0x40000000u
#define GUEST_SA_RESETHAND 0x80000000u

#define GUEST_SS_ONSTACK 1
#define GUEST_SS_DISABLE 2
#define GUEST_SS_AUTODISARM (1u << 31)
#define ARM64_MINSIGSTKSZ 5120

#define FPSIMD_MAGIC 0x46508001u

static uint64_t bit(int sig) { return 1ull << (sig - 1); }

static const uint64_t unblockable = (1ull << (SIGKILL - 1)) | (1ull << (SIGSTOP - 1));

/* ---- the frame ---- */

struct guest_siginfo {
    int32_t signo, errno_, code, pad;
    union {
        uint64_t addr;            /* fault signals */
        struct {
            int32_t pid, uid;     /* kill() */
        } kill;
        uint8_t bytes[112];
    } fields;
};
_Static_assert(sizeof(struct guest_siginfo) == 128, "siginfo is 128 bytes");

struct guest_stack {
    uint64_t sp;
    int32_t flags;
    int32_t pad;
    uint64_t size;
};

struct fpsimd_record {
    uint32_t magic, size;
    uint32_t fpsr, fpcr;
    vreg v[32];
};
_Static_assert(sizeof(struct fpsimd_record) == 528, "fpsimd_context is 528 bytes");

struct guest_sigcontext {
    uint64_t fault_address;
    uint64_t regs[31];
    uint64_t sp, pc, pstate;
    uint8_t reserved[4096] __attribute__((aligned(16)));
};

struct guest_ucontext {
    uint64_t flags;
    uint64_t link;
    struct guest_stack stack;
    uint64_t sigmask;
    uint8_t unused[120]; /* sigset_t padding to 1024 bits */
    struct guest_sigcontext mcontext;
};
_Static_assert(offsetof(struct guest_ucontext, mcontext) == 176, "uc_mcontext offset");

struct guest_rt_sigframe {
    struct guest_siginfo info;
    struct guest_ucontext uc;
};

static bool on_altstack(const struct user_process *p, uint64_t sp)
{
    return p->altstack_size && sp - p->altstack_sp <= p->altstack_size;
}

static int32_t altstack_flags(const struct user_process *p, uint64_t sp)
{
    if (!p->altstack_size)
        return GUEST_SS_DISABLE;
    return on_altstack(p, sp) ? GUEST_SS_ONSTACK : 0;
}

/* ---- signals from outside: host handlers forward them to the guest ---- */

/*
 * The host disposition of every signal a guest may handle mirrors the
 * guest's: a guest handler gets a host handler that records the signal and
 * asks the CPU to stop at the next block boundary; SIG_IGN and SIG_DFL are
 * set on the host as they are, so an ignored signal never interrupts a
 * system call and a default one does exactly what it would to the native
 * program. The host signal mask mirrors the guest's likewise. Signals
 * ferry-user needs for itself (synchronous faults) are never forwarded.
 *
 * A signal handler can only reach globals: these are the exception to
 * "state lives in structs" that the house plan allows for that reason.
 */
static _Atomic uint64_t host_pending;
static _Atomic int32_t host_code[65], host_pid[65], host_status[65];
/* The CPU of the guest thread running on this host thread: the one a handler here wakes. */
static _Thread_local struct cpu_state *host_cpu;

static bool forwardable(int sig)
{
    return sig >= 1 && sig <= 64 && sig != SIGKILL && sig != SIGSTOP && sig != SIGSEGV &&
           sig != SIGBUS && sig != SIGILL && sig != SIGFPE && sig != SIGTRAP &&
           sig < SIGRTMIN; /* glibc's real-time signals stay the host's */
}

bool signal_is_forwarded(int sig) { return forwardable(sig); }

static void host_handler(int sig, siginfo_t *info, void *uc)
{
    (void)uc;
    atomic_store(&host_code[sig], info->si_code);
    atomic_store(&host_pid[sig], info->si_pid);
    atomic_store(&host_status[sig], sig == SIGCHLD ? info->si_status : 0);
    atomic_fetch_or(&host_pending, bit(sig));
    struct cpu_state *cpu = host_cpu;
    if (cpu)
        __atomic_store_n(&cpu->exit_request, 1, __ATOMIC_RELAXED);
}

static void mirror_action(int sig, uint64_t handler)
{
    if (!forwardable(sig))
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigfillset(&sa.sa_mask);
    if (handler == GUEST_SIG_DFL) {
        sa.sa_handler = SIG_DFL;
    } else if (handler == GUEST_SIG_IGN) {
        sa.sa_handler = SIG_IGN;
    } else {
        sa.sa_sigaction = host_handler;
        sa.sa_flags = SA_SIGINFO; /* no SA_RESTART: the guest decides about restarting */
    }
    sigaction(sig, &sa, 0);
}

/* The host mask follows the guest's for every forwarded signal. */
static void mirror_mask(const struct user_process *p)
{
    sigset_t set;
    sigemptyset(&set);
    for (int sig = 1; sig <= 64; sig++)
        if (forwardable(sig) && (p->signal_mask & bit(sig)))
            sigaddset(&set, sig);
    sigprocmask(SIG_SETMASK, &set, 0);
}

void signal_collect_host(struct user_process *p)
{
    uint64_t arrived = atomic_exchange(&host_pending, 0);
    while (arrived) {
        int sig = __builtin_ctzll(arrived) + 1;
        arrived &= arrived - 1;
        signal_raise(p, sig, atomic_load(&host_code[sig]), 0);
        p->pending_pid[sig - 1] = atomic_load(&host_pid[sig]);
        p->pending_status[sig - 1] = atomic_load(&host_status[sig]);
    }
}

bool signal_restarts(struct user_process *p)
{
    uint64_t ready = p->signal_pending & ~p->signal_mask;
    if (!ready)
        return false;
    int sig = __builtin_ctzll(ready) + 1;
    return (group_of(p)->sigactions[sig - 1].flags & GUEST_SA_RESTART) != 0;
}

/* The siginfo of pending signal `sig`, as the kernel fills it. */
static void fill_siginfo(const struct user_process *p, int sig, struct guest_siginfo *info)
{
    memset(info, 0, sizeof(*info));
    info->signo = sig;
    info->code = p->pending_code[sig - 1];
    info->fields.addr = p->pending_addr[sig - 1];
    if (info->code <= 0 || sig == SIGCHLD) {
        /* SI_USER, SI_TKILL, CLD_*: the sender (this process unless it came from outside) */
        int32_t sender = p->pending_pid[sig - 1];
        info->fields.kill.pid = sender ? sender : getpid();
        info->fields.kill.uid = (int32_t)getuid();
        if (sig == SIGCHLD) /* si_status follows si_uid */
            memcpy(info->fields.bytes + 8, &p->pending_status[sig - 1], 4);
    }
}

/* Builds the frame for `sig` and points the CPU at its handler. False if the stack is bad. */
static bool setup_frame(struct user_process *p, int sig)
{
    struct cpu_state *cpu = &p->cpu;
    struct guest_sigaction *act = &group_of(p)->sigactions[sig - 1];
    uint64_t sp = cpu->x[31];
    if ((act->flags & GUEST_SA_ONSTACK) && p->altstack_size && !on_altstack(p, sp))
        sp = p->altstack_sp + p->altstack_size;
    uint64_t record = (sp - 16) & ~15ull;
    uint64_t frame_addr = (record - sizeof(struct guest_rt_sigframe)) & ~15ull;
    struct guest_rt_sigframe *frame =
        guest_ptr(p, frame_addr, record + 16 - frame_addr, USER_PROT_WRITE);
    if (!frame)
        return false;
    memset(frame, 0, sizeof(*frame));

    fill_siginfo(p, sig, &frame->info);
    frame->uc.stack = (struct guest_stack){.sp = p->altstack_sp,
                                           .flags = altstack_flags(p, cpu->x[31]),
                                           .size = p->altstack_size};
    /* after rt_sigsuspend the handler returns to the mask from before the call */
    frame->uc.sigmask = p->has_suspend_mask ? p->suspend_saved_mask : p->signal_mask;
    p->has_suspend_mask = false;
    struct guest_sigcontext *mc = &frame->uc.mcontext;
    mc->fault_address = frame->info.code > 0 ? p->pending_addr[sig - 1] : 0;
    memcpy(mc->regs, cpu->x, sizeof(mc->regs));
    mc->sp = cpu->x[31];
    mc->pc = cpu->pc;
    mc->pstate = cpu->nzcv; /* EL0t, interrupts unmasked: only NZCV is live */
    struct fpsimd_record fp = {.magic = FPSIMD_MAGIC, .size = sizeof(fp),
                               .fpsr = cpu->fpsr, .fpcr = cpu->fpcr};
    memcpy(fp.v, cpu->v, sizeof(fp.v));
    memcpy(mc->reserved, &fp, sizeof(fp)); /* the null terminator record follows (zeroes) */
    uint64_t *rec = (uint64_t *)((uint8_t *)frame + (record - frame_addr));
    rec[0] = cpu->x[29];
    rec[1] = cpu->x[30];

    cpu->x[0] = (uint64_t)sig;
    cpu->x[1] = frame_addr + offsetof(struct guest_rt_sigframe, info);
    cpu->x[2] = frame_addr + offsetof(struct guest_rt_sigframe, uc);
    cpu->x[29] = record;
    cpu->x[30] = (act->flags & GUEST_SA_RESTORER) ? act->restorer : USER_SIGTRAMP;
    cpu->x[31] = frame_addr;
    cpu->pc = act->handler;
    cpu->monitor.valid = false; /* an exception return clears the exclusive monitor */

    if (!(act->flags & GUEST_SA_NODEFER))
        p->signal_mask |= bit(sig);
    p->signal_mask = (p->signal_mask | act->mask) & ~unblockable;
    if (act->flags & GUEST_SA_RESETHAND) {
        act->handler = GUEST_SIG_DFL;
        act->flags &= ~GUEST_SA_SIGINFO;
        mirror_action(sig, GUEST_SIG_DFL);
    }
    mirror_mask(p);
    return true;
}

/* A handler could not be entered: Linux then kills with SIGSEGV. */
static void force_sigsegv(struct user_process *p) { p->death_signal = SIGSEGV; }

void signal_deliver_pending(struct user_process *p)
{
    while (!p->death_signal) {
        uint64_t ready = p->signal_pending & ~p->signal_mask;
        if (!ready)
            return;
        int sig = __builtin_ctzll(ready) + 1;
        p->signal_pending &= ~bit(sig);
        uint64_t handler = group_of(p)->sigactions[sig - 1].handler;
        if (handler == GUEST_SIG_IGN || handler == GUEST_SIG_DFL) {
            /* queued while blocked: now unblocked, it is ignored or takes its default action */
            signal_raise(p, sig, p->pending_code[sig - 1], p->pending_addr[sig - 1]);
            continue;
        }
        if (!setup_frame(p, sig))
            force_sigsegv(p);
    }
}

static bool ignored_by_default(int sig)
{
    return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

static bool stops_by_default(int sig)
{
    return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

int64_t signal_raise(struct user_process *p, int sig, int code, uint64_t addr)
{
    if (sig == 0)
        return 0;
    if (sig < 1 || sig > 64)
        return -EINVAL;
    uint64_t handler = group_of(p)->sigactions[sig - 1].handler;
    bool blocked = p->signal_mask & bit(sig);
    /* Blocked signals are never ignored (the action may change before they are unblocked, or sigwait takes them). */
    if (!blocked && (handler == GUEST_SIG_IGN || (handler == GUEST_SIG_DFL && ignored_by_default(sig))))
        return 0;
    if (handler == GUEST_SIG_DFL && !blocked) {
        if (stops_by_default(sig))
            raise(SIGSTOP); /* stopped until the shell continues us, like the native program */
        else
            p->death_signal = sig;
        return 0;
    }
    /* A handler to run, or a blocked signal: it waits in the pending set. */
    p->signal_pending |= bit(sig);
    p->pending_code[sig - 1] = code;
    p->pending_addr[sig - 1] = addr;
    p->pending_pid[sig - 1] = 0;
    return 0;
}

bool signal_fault(struct user_process *p, int sig, int code, uint64_t addr)
{
    uint64_t handler = group_of(p)->sigactions[sig - 1].handler;
    if (handler == GUEST_SIG_DFL || handler == GUEST_SIG_IGN || (p->signal_mask & bit(sig)))
        return false;
    p->pending_code[sig - 1] = code;
    p->pending_addr[sig - 1] = addr;
    if (!setup_frame(p, sig))
        return false;
    return true;
}

void signal_thread_start(struct user_process *p)
{
    host_cpu = &p->cpu;
    mirror_mask(p);
}

int signal_setup(struct user_process *p)
{
    host_cpu = &p->cpu;
    /* Writable while it is filled in: host protections mirror the guest's. */
    int err = user_space_map(&p->space, USER_SIGTRAMP, 4096, USER_PROT_READ | USER_PROT_WRITE);
    if (err)
        return err;
    static const uint32_t trampoline[] = {
        0xd2801168, /* mov x8, #139 (rt_sigreturn) */
        0xd4000001, /* svc #0 */
    };
    memcpy(p->space.host_base + USER_SIGTRAMP, trampoline, sizeof(trampoline));
    return user_space_protect(&p->space, USER_SIGTRAMP, 4096, USER_PROT_READ | USER_PROT_EXEC);
}

/* ---- system calls ---- */

int64_t sys_rt_sigaction(struct user_process *p, const uint64_t *a)
{
    int sig = (int)a[0];
    if (sig < 1 || sig > 64 || a[3] != 8)
        return -EINVAL;
    struct guest_sigaction *slot = &group_of(p)->sigactions[sig - 1];
    /* arm64's struct sigaction: handler, flags, restorer, mask (8 bytes each). */
    struct guest_sigaction old = *slot, fresh;
    if (a[1]) {
        if (sig == SIGKILL || sig == SIGSTOP)
            return -EINVAL;
        if (copy_from_guest(p, &fresh, a[1], sizeof(fresh)))
            return -EFAULT;
    }
    if (a[2] && copy_to_guest(p, a[2], &old, sizeof(old)))
        return -EFAULT;
    if (a[1]) {
        fresh.mask &= ~unblockable;
        *slot = fresh;
        mirror_action(sig, fresh.handler);
        /* Setting SIG_IGN (or a default that ignores) discards a pending instance. */
        if (fresh.handler == GUEST_SIG_IGN ||
            (fresh.handler == GUEST_SIG_DFL && ignored_by_default(sig)))
            p->signal_pending &= ~bit(sig);
    }
    return 0;
}

/* Pending signals whose action became the default take it once unblocked. */
static void apply_unblocked_defaults(struct user_process *p)
{
    uint64_t ready = p->signal_pending & ~p->signal_mask;
    for (int sig = 1; ready && !p->death_signal && sig <= 64; sig++) {
        if ((ready & bit(sig)) && group_of(p)->sigactions[sig - 1].handler == GUEST_SIG_DFL) {
            p->signal_pending &= ~bit(sig);
            signal_raise(p, sig, p->pending_code[sig - 1], p->pending_addr[sig - 1]);
        }
    }
}

int64_t sys_rt_sigprocmask(struct user_process *p, const uint64_t *a)
{
    if (a[3] != 8)
        return -EINVAL;
    uint64_t old = p->signal_mask, set;
    if (a[1]) {
        if (copy_from_guest(p, &set, a[1], 8))
            return -EFAULT;
        switch ((int)a[0]) {
        case SIG_BLOCK: p->signal_mask |= set; break;
        case SIG_UNBLOCK: p->signal_mask &= ~set; break;
        case SIG_SETMASK: p->signal_mask = set; break;
        default: return -EINVAL;
        }
        p->signal_mask &= ~unblockable;
    }
    if (a[2] && copy_to_guest(p, a[2], &old, 8))
        return -EFAULT;
    mirror_mask(p);
    apply_unblocked_defaults(p);
    return 0;
}

/* Host signals ferry forwards to the guest, all of them. */
static void forwardable_set(sigset_t *set)
{
    sigemptyset(set);
    for (int sig = 1; sig <= 64; sig++)
        if (forwardable(sig))
            sigaddset(set, sig);
}

/*
 * rt_sigsuspend: wait with the given mask until a signal is delivered to a
 * handler (or kills the process). Host signals are blocked while the guest's
 * pending set is checked and unblocked atomically by the host sigsuspend, so
 * one arriving in between is not lost. The handler's frame saves the mask
 * from before the call, as Linux's saved_sigmask does.
 */
int64_t sys_rt_sigsuspend(struct user_process *p, const uint64_t *a)
{
    uint64_t set;
    if (a[1] != 8)
        return -EINVAL;
    if (copy_from_guest(p, &set, a[0], 8))
        return -EFAULT;
    uint64_t saved = p->signal_mask;
    p->signal_mask = set & ~unblockable;
    apply_unblocked_defaults(p);

    sigset_t all, wait_mask;
    forwardable_set(&all);
    sigprocmask(SIG_BLOCK, &all, 0);
    sigemptyset(&wait_mask);
    for (int sig = 1; sig <= 64; sig++)
        if (forwardable(sig) && (p->signal_mask & bit(sig)))
            sigaddset(&wait_mask, sig);
    for (;;) {
        signal_collect_host(p);
        if (p->death_signal || p->exited || (p->signal_pending & ~p->signal_mask))
            break;
        sigsuspend(&wait_mask);
    }
    p->has_suspend_mask = true;
    p->suspend_saved_mask = saved;
    if (!(p->signal_pending & ~p->signal_mask)) { /* dying: nothing will be delivered */
        p->has_suspend_mask = false;
        p->signal_mask = saved;
    }
    mirror_mask(p);
    p->eintr_is_final = true;
    return -EINTR;
}

/*
 * rt_sigtimedwait: take a pending signal of the set, or wait for one. Host
 * signals stay blocked and are taken with the host's sigtimedwait, so one
 * whose host action is "ignore" (SIGCHLD) is still seen; a signal outside the
 * set that the guest does not block ends the wait with EINTR and is delivered.
 */
int64_t sys_rt_sigtimedwait(struct user_process *p, const uint64_t *a)
{
    uint64_t set;
    struct timespec timeout, *tsp = 0;
    if (a[3] != 8)
        return -EINVAL;
    if (copy_from_guest(p, &set, a[0], 8))
        return -EFAULT;
    set &= ~unblockable;
    if (a[2]) {
        if (copy_from_guest(p, &timeout, a[2], sizeof(timeout)))
            return -EFAULT;
        if (timeout.tv_sec < 0 || timeout.tv_nsec < 0 || timeout.tv_nsec >= 1000000000)
            return -EINVAL;
        tsp = &timeout;
    }
    sigset_t all, wanted;
    forwardable_set(&all);
    sigprocmask(SIG_BLOCK, &all, 0);
    sigemptyset(&wanted);
    for (int sig = 1; sig <= 64; sig++)
        if (forwardable(sig) && ((set & bit(sig)) || !(p->signal_mask & bit(sig))))
            sigaddset(&wanted, sig);
    int64_t result;
    for (;;) {
        signal_collect_host(p);
        uint64_t ready = p->signal_pending & set;
        if (ready) {
            int sig = __builtin_ctzll(ready) + 1;
            p->signal_pending &= ~bit(sig);
            struct guest_siginfo info;
            fill_siginfo(p, sig, &info);
            result = a[1] && copy_to_guest(p, a[1], &info, sizeof(info)) ? -EFAULT : sig;
            break;
        }
        if (p->death_signal || (p->signal_pending & ~p->signal_mask)) {
            result = -EINTR;
            p->eintr_is_final = true;
            break;
        }
        siginfo_t host;
        int got = sigtimedwait(&wanted, &host, tsp);
        if (got < 0) {
            if (errno == EAGAIN) {
                result = -EAGAIN;
                break;
            }
            continue; /* a host signal ferry keeps for itself */
        }
        /* as host_handler records it, with the set's signals counted as blocked for the moment */
        uint64_t mask = p->signal_mask;
        if (set & bit(got))
            p->signal_mask |= bit(got);
        signal_raise(p, got, host.si_code, 0);
        p->signal_mask = mask;
        p->pending_pid[got - 1] = host.si_pid;
        p->pending_status[got - 1] = got == SIGCHLD ? host.si_status : 0;
    }
    mirror_mask(p);
    return result;
}

int64_t sys_rt_sigpending(struct user_process *p, const uint64_t *a)
{
    if (a[1] > 8)
        return -EINVAL;
    uint64_t pending = p->signal_pending & p->signal_mask;
    return copy_to_guest(p, a[0], &pending, a[1]);
}

int64_t sys_sigaltstack(struct user_process *p, const uint64_t *a)
{
    struct guest_stack old = {
        .sp = p->altstack_sp,
        .flags = altstack_flags(p, p->cpu.x[31]) | (int32_t)p->altstack_flags,
        .size = p->altstack_size,
    };
    if (a[0]) {
        struct guest_stack ss;
        if (copy_from_guest(p, &ss, a[0], sizeof(ss)))
            return -EFAULT;
        if (on_altstack(p, p->cpu.x[31]))
            return -EPERM;
        uint32_t mode = (uint32_t)ss.flags & ~GUEST_SS_AUTODISARM;
        if (mode != 0 && mode != GUEST_SS_DISABLE && mode != GUEST_SS_ONSTACK)
            return -EINVAL;
        if (mode == GUEST_SS_DISABLE) {
            p->altstack_sp = p->altstack_size = 0;
            p->altstack_flags = 0;
        } else {
            if (ss.size < ARM64_MINSIGSTKSZ)
                return -ENOMEM;
            p->altstack_sp = ss.sp;
            p->altstack_size = ss.size;
            p->altstack_flags = (uint32_t)ss.flags & GUEST_SS_AUTODISARM;
        }
    }
    if (a[1] && copy_to_guest(p, a[1], &old, sizeof(old)))
        return -EFAULT;
    return 0;
}

int64_t sys_kill(struct user_process *p, const uint64_t *a)
{
    pid_t pid = (pid_t)a[0];
    if (pid == getpid() || pid == 0)
        return signal_raise(p, (int)a[1], SI_USER, 0);
    return syscall_result(kill(pid, (int)a[1]));
}

/* To this thread: raised here; to another thread of ours: the host delivers it to that thread. */
static int64_t signal_thread(struct user_process *p, pid_t tid, int sig)
{
    if (tid == p->tid)
        return signal_raise(p, sig, SI_TKILL, 0);
    return syscall_result(syscall(SYS_tgkill, getpid(), tid, sig));
}

int64_t sys_tkill(struct user_process *p, const uint64_t *a)
{
    return signal_thread(p, (pid_t)a[0], (int)a[1]);
}

int64_t sys_tgkill(struct user_process *p, const uint64_t *a)
{
    if ((pid_t)a[0] != getpid())
        return -ESRCH;
    return signal_thread(p, (pid_t)a[1], (int)a[2]);
}

/* Returns to the interrupted code: everything comes back from the frame at sp. */
int64_t sys_rt_sigreturn(struct user_process *p, const uint64_t *a)
{
    (void)a;
    struct cpu_state *cpu = &p->cpu;
    uint64_t frame_addr = cpu->x[31];
    const struct guest_rt_sigframe *frame =
        guest_ptr(p, frame_addr, sizeof(struct guest_rt_sigframe), USER_PROT_READ);
    if (!frame || (frame_addr & 15)) {
        force_sigsegv(p);
        return 0;
    }
    const struct guest_sigcontext *mc = &frame->uc.mcontext;
    memcpy(cpu->x, mc->regs, sizeof(mc->regs));
    cpu->x[31] = mc->sp;
    cpu->pc = mc->pc;
    cpu->nzcv = (uint32_t)mc->pstate & 0xF0000000u;
    struct fpsimd_record fp;
    memcpy(&fp, mc->reserved, sizeof(fp));
    if (fp.magic == FPSIMD_MAGIC && fp.size == sizeof(fp)) {
        cpu->fpsr = fp.fpsr;
        cpu->fpcr = fp.fpcr;
        memcpy(cpu->v, fp.v, sizeof(fp.v));
    }
    p->signal_mask = frame->uc.sigmask & ~unblockable;
    mirror_mask(p);
    cpu->monitor.valid = false;
    apply_unblocked_defaults(p);
    return (int64_t)cpu->x[0]; /* the dispatcher writes X0: give back the saved one */
}
