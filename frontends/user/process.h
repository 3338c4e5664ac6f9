/*
 * One emulated Linux process in ferry-user: its address space, CPU and the
 * kernel-side state its system calls need. Everything the runner knows
 * lives here and is passed explicitly.
 *
 * Guest address map (the space is 1 TiB, reserved without backing):
 *
 *     0x0000400000   typical ET_EXEC load address, brk right after it
 *     0x4000000000   the dynamic linker (ld-linux-aarch64.so.1), when there is one
 *     0x5500000000   PIE load base (as qemu-aarch64 chooses)
 *     0x7000000000   mmap() picks free ranges upward from here
 *     0xff00000000   top of the initial stack (grows down)
 */
#ifndef FERRY_FRONTENDS_USER_PROCESS_H
#define FERRY_FRONTENDS_USER_PROCESS_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu/a64/decode.h"
#include "cpu/cpu.h"
#include "mmu/user_space.h"

#define USER_SPACE_SIZE (1ull << 40)
#define USER_PIE_BASE 0x5500000000ull
#define USER_INTERP_BASE 0x4000000000ull /* the dynamic linker of a dynamic program */
#define USER_MMAP_BASE 0x7000000000ull
#define USER_STACK_TOP 0xff00000000ull
#define USER_DEFAULT_STACK_SIZE (8ull << 20)

/* A signal's action as rt_sigaction gave it (arm64 layout). */
struct guest_sigaction {
    uint64_t handler, flags, restorer, mask;
};

/*
 * One guest thread. The first thread of a program is the group leader and
 * holds what all threads share: the break (brk_*), the signal actions, the
 * thread list and the lock that guards them and every change of the address
 * space. Other threads point at it through `leader`; group_of() finds the
 * leader from any thread. Each thread has its own CPU (registers, TLB,
 * decoded code), signal mask, alternate stack and clear_child_tid, and a
 * by-value copy of the leader's user_space struct: the host mapping and the
 * page protection array behind it are shared.
 */
struct user_process {
    struct user_space space;
    struct a64_decoder *decoder;
    struct cpu_state cpu;

    char *exe_path;         /* absolute host path of the program, for /proc/self/exe */
    const char *sysroot;    /* -L: absolute guest paths are looked up here first, or NULL */
    uint64_t brk_start;     /* lowest possible break */
    uint64_t brk;           /* current break */
    uint64_t brk_mapped;    /* end of the pages mapped for the heap */
    uint64_t clear_child_tid;
    bool exited;            /* exit/exit_group was called: exit_status holds the code */
    int exit_status;
    int death_signal;       /* nonzero: the process must die of this host signal */
    uint64_t signal_mask;   /* bit N-1 = signal N blocked */
    uint64_t signal_pending; /* raised, waiting to be delivered (guest_signal.c) */
    int pending_code[64];    /* si_code of each pending signal */
    uint64_t pending_addr[64]; /* si_addr of each pending fault signal */
    int32_t pending_pid[64];   /* si_pid of a pending signal sent from outside, else 0 */
    int32_t pending_status[64]; /* si_status of a pending SIGCHLD */
    struct guest_sigaction sigactions[64];
    /* rt_sigsuspend: the mask the next handler's frame saves (sigreturn restores it) */
    bool has_suspend_mask;
    uint64_t suspend_saved_mask;
    /* the system call's -EINTR is final: no SA_RESTART restart (Linux's ERESTARTNOHAND) */
    bool eintr_is_final;
    uint64_t altstack_sp, altstack_size; /* sigaltstack */
    uint32_t altstack_flags;

    /* ---- threads (threads.c) ---- */
    struct user_process *leader;      /* NULL in the leader itself */
    struct user_process *next_thread; /* the leader's list of the other threads */
    pthread_mutex_t group_lock;       /* leader only: brk, sigactions, thread list, mm */
    unsigned thread_count;            /* leader only: threads alive besides the leader */
    bool thread_exited;               /* exit (not exit_group) was called by this thread */
    int32_t tid;                      /* host thread id */
};

static inline struct user_process *group_of(struct user_process *p)
{
    return p->leader ? p->leader : p;
}

#endif
