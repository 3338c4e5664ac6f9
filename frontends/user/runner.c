/*
 * The user-mode runner: sets a process up from the options (address space,
 * program, stack, CPU), then loops on cpu_run(), answering system calls and
 * turning guest faults into the death Linux would give the program.
 *
 * Deaths mirror qemu-aarch64: the message goes to stderr, core dumps are
 * disabled, and ferry-user kills itself with the same signal, so a shell or
 * CI harness sees exactly what the program would have produced natively
 * (132 for SIGILL, 139 for SIGSEGV, ...).
 */
#include "frontends/user/runner.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "cpu/a64/sysreg.h"
#include "cpu/disas.h"
#include "frontends/user/code_watch.h"
#include "frontends/user/elf_load.h"
#include "frontends/user/guest_signal.h"
#include "frontends/user/stack.h"
#include "frontends/user/syscall.h"
#include "frontends/user/threads.h"

extern char **environ;

static void die_of_signal(struct user_process *p, int sig)
{
    fflush(p->cpu.log);
    fflush(stdout);
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, 0);
    raise(sig);
    _exit(128 + sig); /* a signal whose default action does not kill */
}

static void report_undefined(struct user_process *p)
{
    char text[160];
    if (!p->cpu.disas)
        p->cpu.disas = disas_open();
    fprintf(stderr, "ferry-user: undefined instruction 0x%08" PRIx32 " at 0x%" PRIx64 ": %s\n",
            p->cpu.exception.syndrome, p->cpu.pc,
            disas_a64(p->cpu.disas, p->cpu.exception.syndrome, p->cpu.pc, text, sizeof(text)));
}

static void report_fault(struct user_process *p, const char *what)
{
    const struct cpu_exception *e = &p->cpu.exception;
    const char *why = e->kind == CPU_EXC_ALIGNMENT ? "misaligned"
                      : e->page_mapped            ? "not permitted"
                                                  : "unmapped";
    const char *access = e->kind == CPU_EXC_INSN_ABORT ? "execute"
                         : e->is_write                ? "write"
                                                      : "read";
    fprintf(stderr, "ferry-user: %s: %s %s at 0x%" PRIx64 " (pc 0x%" PRIx64 ")\n", what, access,
            why, e->address, p->cpu.pc);
}

/*
 * Keeps the TLB and decoded code in step with every change of the address
 * space: every thread's CPU drops the TLB entries of the range and, when
 * `code` (user_space.h's on_change), the code decoded from it, before its
 * next block (cpu_request_range). Runs with the group lock held
 * (memory-management system calls) or before any second thread exists
 * (loading), so the thread list is stable.
 */
static void address_space_changed(void *ctx, uint64_t start, uint64_t len, bool code)
{
    struct user_process *leader = ctx;
    for (struct user_process *t = leader; t; t = t->next_thread)
        cpu_request_range(&t->cpu, start, start + len, code);
}

/* The guest environment: the host's, then -U removals, then -E settings. */
static char **guest_environment(const struct user_options *o)
{
    size_t n = 0;
    while (environ[n])
        n++;
    char **env = calloc(n + (size_t)o->env_set_count + 1, sizeof(char *));
    if (!env)
        return 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t name_len = strcspn(environ[i], "=");
        bool drop = false;
        for (int u = 0; u < o->env_unset_count && !drop; u++)
            drop = strlen(o->env_unset[u]) == name_len &&
                   strncmp(o->env_unset[u], environ[i], name_len) == 0;
        for (int s = 0; s < o->env_set_count && !drop; s++)
            drop = strncmp(o->env_set[s], environ[i], name_len + 1) == 0;
        if (!drop)
            env[k++] = environ[i];
    }
    for (int s = 0; s < o->env_set_count; s++)
        env[k++] = (char *)o->env_set[s];
    env[k] = 0;
    return env;
}

static int setup(struct user_process *p, const struct user_options *o, FILE *log)
{
    char err[256];
    p->decoder = a64_decoder_build(a64_decode_table, a64_decode_table_size, err, sizeof(err));
    if (!p->decoder) {
        fprintf(stderr, "ferry-user: internal error: %s\n", err);
        return 1;
    }
    if (!user_space_init(&p->space, USER_SPACE_SIZE)) {
        fprintf(stderr, "ferry-user: cannot reserve the guest address space\n");
        return 1;
    }
    struct elf_image image;
    if (!elf_load(&p->space, o->program, &image, err, sizeof(err))) {
        fprintf(stderr, "ferry-user: %s: %s\n", o->program, err);
        return 1;
    }
    /* Absolute now: the guest may chdir before it asks for /proc/self/exe. */
    p->exe_path = realpath(o->program, 0);
    if (!p->exe_path) {
        fprintf(stderr, "ferry-user: %s: %s\n", o->program, strerror(errno));
        return 1;
    }
    p->brk_start = p->brk = p->brk_mapped = (image.end + 4095) & ~4095ull;
    p->sysroot = o->sysroot;
    uint64_t entry = image.entry, interp_base = 0;
    if (image.interp[0]) {
        /* A dynamic program: its dynamic linker comes from the sysroot and starts first. */
        if (!p->sysroot) {
            fprintf(stderr,
                    "ferry-user: %s: dynamic executable (needs %s): give a sysroot with -L DIR "
                    "or FERRY_SYSROOT\n",
                    o->program, image.interp);
            return 1;
        }
        char interp_path[PATH_MAX];
        snprintf(interp_path, sizeof(interp_path), "%s%s", p->sysroot, image.interp);
        struct elf_image linker;
        if (!elf_load_at(&p->space, interp_path, USER_INTERP_BASE, &linker, err, sizeof(err))) {
            fprintf(stderr, "ferry-user: %s: dynamic linker %s: %s\n", o->program, interp_path,
                    err);
            return 1;
        }
        if (linker.interp[0]) {
            fprintf(stderr, "ferry-user: %s: dynamic linker %s is itself dynamic\n", o->program,
                    interp_path);
            return 1;
        }
        entry = linker.entry;
        interp_base = linker.load_bias;
    }

    char **env = guest_environment(o);
    char **args = calloc((size_t)o->guest_arg_count + 2, sizeof(char *));
    if (!env || !args) {
        fprintf(stderr, "ferry-user: out of memory\n");
        return 1;
    }
    args[0] = (char *)(o->argv0 ? o->argv0 : o->program);
    for (int i = 0; i < o->guest_arg_count; i++)
        args[i + 1] = o->guest_args[i];
    struct stack_request req = {
        .top = USER_STACK_TOP,
        .size = o->stack_size,
        .argv = args,
        .envp = env,
        .execfn = o->program,
        .hwcap = a64_user_hwcap(),
        .hwcap2 = a64_user_hwcap2(),
        .interp_base = interp_base,
        .uid = getuid(),
        .euid = geteuid(),
        .gid = getgid(),
        .egid = getegid(),
    };
    uint64_t sp = stack_build(&p->space, &req, &image, err, sizeof(err));
    free(env);
    free(args);
    if (!sp) {
        fprintf(stderr, "ferry-user: %s\n", err);
        return 1;
    }

    int map_err = signal_setup(p);
    if (map_err) {
        fprintf(stderr, "ferry-user: cannot map the signal trampoline: %s\n", strerror(-map_err));
        return 1;
    }

    cpu_init(&p->cpu, p->decoder, user_space_tlb_fill, &p->space);
    p->cpu.x[31] = sp;
    p->cpu.pc = entry;
    p->cpu.trace_flags = o->trace_flags;
    p->cpu.engine = o->engine;
    p->cpu.interpret_first = 1;
    p->cpu.guest_base = p->space.host_base;
    p->cpu.guest_space_bits = (unsigned)__builtin_ctzll(USER_SPACE_SIZE);
    p->cpu.log = log;
    code_watch_attach(p);
    p->space.on_change = address_space_changed;
    p->space.on_change_ctx = p;
    p->tid = (int32_t)getpid();
    return 0;
}

int run_guest(struct user_process *p)
{
    code_watch_enter(p);
    for (;;) {
        enum cpu_exception_kind kind = cpu_run(&p->cpu);
        const struct cpu_exception *e = &p->cpu.exception;
        switch (kind) {
        case CPU_EXC_SVC: {
            uint64_t x0_before = p->cpu.x[0];
            p->eintr_is_final = false;
            syscall_dispatch(p);
            if (p->exited || p->thread_exited) {
                fflush(p->cpu.log);
                return p->exit_status;
            }
            signal_collect_host(p);
            /* Interrupted by a signal whose handler has SA_RESTART: the SVC runs again after it. */
            if ((int64_t)p->cpu.x[0] == -EINTR && !p->eintr_is_final && signal_restarts(p)) {
                p->cpu.pc -= 4;
                p->cpu.x[0] = x0_before;
            }
            signal_deliver_pending(p);
            break;
        }
        case CPU_EXC_UNDEF:
            if (!signal_fault(p, SIGILL, ILL_ILLOPC, p->cpu.pc)) {
                report_undefined(p);
                die_of_signal(p, SIGILL);
            }
            break;
        case CPU_EXC_DATA_ABORT:
        case CPU_EXC_INSN_ABORT:
            if (!signal_fault(p, SIGSEGV, e->page_mapped ? SEGV_ACCERR : SEGV_MAPERR,
                              e->address)) {
                report_fault(p, "segmentation fault");
                die_of_signal(p, SIGSEGV);
            }
            break;
        case CPU_EXC_ALIGNMENT:
        case CPU_EXC_SP_ALIGNMENT: /* only with SCTLR_EL1.SA0, which user mode leaves clear */
            if (!signal_fault(p, SIGBUS, BUS_ADRALN, e->address)) {
                report_fault(p, "bus error");
                die_of_signal(p, SIGBUS);
            }
            break;
        case CPU_EXC_BRK:
            if (!signal_fault(p, SIGTRAP, TRAP_BRKPT, p->cpu.pc)) {
                fprintf(stderr, "ferry-user: breakpoint (brk #0x%" PRIx32 ") at 0x%" PRIx64 "\n",
                        e->syndrome, p->cpu.pc);
                die_of_signal(p, SIGTRAP);
            }
            break;
        case CPU_EXC_EXIT: /* a host signal handler asked the CPU to stop */
            signal_collect_host(p);
            signal_deliver_pending(p);
            break;
        case CPU_EXC_FIRMWARE_CALL: /* raised only at EL1 in full system, which user mode never reaches */
        case CPU_EXC_WFI: /* full system only */
        case CPU_EXC_ILLEGAL_STATE: /* needs an ERET, which EL0 cannot execute */
        case CPU_EXC_TRAP:          /* full system only */
        case CPU_EXC_DEBUG:         /* full system only: user mode arms no debug registers */
        case CPU_EXC_NONE:
            break;
        }
        if (p->death_signal)
            die_of_signal(p, p->death_signal);
    }
}

int user_run(const struct user_options *o, FILE *log)
{
    static struct user_process process; /* large (register file, TLB): keep it off the stack */
    struct user_process *p = &process;
    memset(p, 0, sizeof(*p));
    int status = setup(p, o, log);
    if (status)
        return status;
    status = run_guest(p);
    if (p->thread_exited)
        thread_finish(p); /* the main thread left with exit(), not exit_group() */
    return status;
}
