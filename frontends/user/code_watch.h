/*
 * Stores into guest memory code was decoded from (self-modifying code, a
 * JIT refilling a buffer, a read() over old code): the code goes, on every
 * thread, without the IC maintenance the guest may not do. See code_watch.c.
 */
#ifndef FERRY_FRONTENDS_USER_CODE_WATCH_H
#define FERRY_FRONTENDS_USER_CODE_WATCH_H

#include <stdint.h>

struct user_process;

/* A new thread's CPU (after cpu_init): watches code pages and shares maintenance with the group. */
void code_watch_attach(struct user_process *p);

/* The thread calling this runs p's guest code from now on (the host fault handler's way to it). */
void code_watch_enter(struct user_process *p);

/* A system call is about to store into [addr, addr + len) on p's behalf. */
void code_watch_syscall_store(struct user_process *p, uint64_t addr, uint64_t len);

#endif
