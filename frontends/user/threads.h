/*
 * Guest threads of ferry-user: clone with CLONE_VM|CLONE_THREAD runs the new
 * thread on a host thread with a CPU of its own (see process.h for what is
 * shared). Also here: fork/vfork, exit/exit_group, set_tid_address, gettid
 * and futex, which waits on the guest word itself through the host kernel.
 */
#ifndef FERRY_FRONTENDS_USER_THREADS_H
#define FERRY_FRONTENDS_USER_THREADS_H

#include "frontends/user/process.h"

/*
 * A thread that called exit(): clears and wakes its clear_child_tid, leaves
 * the group, and ends its host thread, or the whole process with its status
 * when it was the last one. Does not return.
 */
void thread_finish(struct user_process *p) __attribute__((noreturn));

#endif
