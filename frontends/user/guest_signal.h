/*
 * Guest signals in ferry-user: actions, masks, pending sets, and delivery
 * to guest handlers through an arm64 rt_sigframe, as Linux builds it.
 *
 * A signal is raised by the process itself (kill/tgkill/tkill to its own
 * pid) or by a fault of the CPU (SIGSEGV, SIGBUS, SIGILL, SIGTRAP). Default
 * actions happen at once (ignore, stop, or death by the same host signal);
 * a signal with a guest handler becomes pending and is delivered when the
 * CPU is between instructions and the signal is not blocked.
 */
#ifndef FERRY_FRONTENDS_USER_GUEST_SIGNAL_H
#define FERRY_FRONTENDS_USER_GUEST_SIGNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "frontends/user/process.h"

/* Guest address of the sigreturn trampoline used when a handler has no SA_RESTORER. */
#define USER_SIGTRAMP 0xfe00000000ull

/*
 * Raise `sig` for the process with si_code `code`; `addr` is si_addr for
 * fault signals, otherwise si_pid/si_uid are the process's own. Returns 0,
 * or -EINVAL for a bad signal number.
 */
int64_t signal_raise(struct user_process *p, int sig, int code, uint64_t addr);

/*
 * A fault of the instruction at cpu->pc: delivers `sig` to the guest's
 * handler and returns true, or returns false when the signal's action is
 * the default (or it is blocked or ignored, which Linux treats alike for a
 * fault): the caller then kills the process with it.
 */
bool signal_fault(struct user_process *p, int sig, int code, uint64_t addr);

/* Delivers every pending, unblocked signal that has a handler. */
void signal_deliver_pending(struct user_process *p);

/*
 * Signals that arrived from outside (host handlers recorded them) become
 * guest signals: default actions happen, handled ones become pending.
 */
void signal_collect_host(struct user_process *p);

/* Whether a host signal `sig` reaches the guest (not one ferry or the host glibc keeps for itself). */
bool signal_is_forwarded(int sig);

/* Whether the signal about to be delivered asks for interrupted system calls to restart. */
bool signal_restarts(struct user_process *p);

/* A new guest thread's host thread: its handlers wake this CPU, its mask mirrors p's. */
void signal_thread_start(struct user_process *p);

/*
 * Maps the sigreturn trampoline page and makes this process's CPU the one
 * host signal handlers wake. Returns 0 or a negative errno.
 */
int signal_setup(struct user_process *p);

#endif
