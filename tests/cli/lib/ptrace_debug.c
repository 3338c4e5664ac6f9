/*
 * Runs inside the Linux guest (tests/cli/system_debug.sh): a debugger's view
 * of ferry's self-hosted debug through the kernel's ptrace interface.
 *
 *  - PTRACE_SINGLESTEP over straight-line and branching A64 code: each step
 *    stops after exactly one instruction (the PCs and register values follow
 *    from the instructions' semantics);
 *  - a hardware breakpoint (NT_ARM_HW_BREAK): SIGTRAP, si_code TRAP_HWBKPT,
 *    at the breakpoint address before the instruction there runs;
 *  - a hardware watchpoint (NT_ARM_HW_WATCH) on stores: SIGTRAP, TRAP_HWBKPT,
 *    si_addr = the watched address, before the store changes memory.
 *
 * The register-set layout and control encodings are the arm64 ptrace ABI
 * (arch/arm64/include/uapi/asm/ptrace.h, hw_breakpoint.h): ctrl = length
 * byte-select << 5 | type << 3 | privilege << 1 | enable, privilege 2 = EL0,
 * type 0 = execute, 2 = store. Prints one line per check and
 * "ptrace_debug: N checks, M failed"; exits 0 only if none failed.
 */
#define _GNU_SOURCE /* TRAP_TRACE, TRAP_HWBKPT */
#include <asm/ptrace.h>
#include <elf.h>
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static int checks, failures;

static void check(int ok, const char *what, unsigned long long got, unsigned long long want)
{
    checks++;
    if (ok) {
        printf("ok - %s\n", what);
    } else {
        failures++;
        printf("FAIL - %s: got 0x%llx want 0x%llx\n", what, got, want);
    }
}

#define CHECK_EQ(got, want, what)                                                              \
    do {                                                                                       \
        unsigned long long g_ = (unsigned long long)(got), w_ = (unsigned long long)(want);    \
        check(g_ == w_, what, g_, w_);                                                         \
    } while (0)

/* Code the child runs at the parent's request (the parent sets its PC). All end in BRK #0x99. */
extern char step_region[], step_branch[], step_target[], step_end[];
extern char bp_region[], bp_target[], watch_region[], watch_store[];
uint64_t watched __attribute__((aligned(8)));

__asm__(".text\n"
        ".global step_region, step_branch, step_target, step_end\n"
        "step_region: mov x0, #1\n"      /* x0 = 1 */
        "    add x0, x0, #2\n"           /* x0 = 3 */
        "    add x0, x0, #3\n"           /* x0 = 6 */
        "step_branch: b step_target\n"
        "    mov x0, #0\n"               /* skipped */
        "step_target: lsl x0, x0, #4\n"  /* x0 = 0x60 */
        "step_end: brk #0x99\n"
        ".global bp_region, bp_target\n"
        "bp_region: mov x1, #5\n"
        "    mov x2, #7\n"
        "bp_target: add x1, x1, x2\n"    /* x1 = 12, once the breakpoint lets it run */
        "    brk #0x99\n"
        ".global watch_region, watch_store\n"
        "watch_region: adrp x3, watched\n"
        "    add x3, x3, :lo12:watched\n"
        "    mov x4, #42\n"
        "watch_store: str x4, [x3]\n"
        "    brk #0x99\n");

static struct user_pt_regs get_regs(pid_t pid)
{
    struct user_pt_regs regs;
    struct iovec io = {&regs, sizeof(regs)};
    memset(&regs, 0, sizeof(regs));
    if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &io) != 0)
        perror("PTRACE_GETREGSET");
    return regs;
}

static void set_pc(pid_t pid, void *pc)
{
    struct user_pt_regs regs = get_regs(pid);
    regs.pc = (uint64_t)(uintptr_t)pc;
    struct iovec io = {&regs, sizeof(regs)};
    if (ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &io) != 0)
        perror("PTRACE_SETREGSET");
}

/* Resumes the child (continue or single-step) and returns the signal it stopped with. */
static int resume(pid_t pid, int request, siginfo_t *info)
{
    int status;
    if (ptrace(request, pid, 0, 0) != 0)
        perror("ptrace resume");
    if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
        return -1;
    if (info)
        ptrace(PTRACE_GETSIGINFO, pid, 0, info);
    return WSTOPSIG(status);
}

static int set_debug_slot(pid_t pid, int regset, uint64_t addr, uint32_t ctrl)
{
    struct user_hwdebug_state state;
    memset(&state, 0, sizeof(state));
    state.dbg_regs[0].addr = addr;
    state.dbg_regs[0].ctrl = ctrl;
    /* the kernel reads as many slots as the iovec covers: just the first */
    struct iovec io = {&state, offsetof(struct user_hwdebug_state, dbg_regs) + sizeof(state.dbg_regs[0])};
    return ptrace(PTRACE_SETREGSET, pid, (void *)(uintptr_t)regset, &io);
}

static unsigned debug_slots(pid_t pid, int regset)
{
    struct user_hwdebug_state state;
    struct iovec io = {&state, sizeof(state)};
    memset(&state, 0, sizeof(state));
    if (ptrace(PTRACE_GETREGSET, pid, (void *)(uintptr_t)regset, &io) != 0)
        return 0;
    return state.dbg_info & 0xff;
}

static void single_step_checks(pid_t pid)
{
    set_pc(pid, step_region);
    static const struct {
        const char *what;
        char *pc;
        uint64_t x0;
    } expect[] = {
        {"step 1: after mov x0, #1", step_region + 4, 1},
        {"step 2: after add x0, x0, #2", step_region + 8, 3},
        {"step 3: after add x0, x0, #3", step_branch, 6},
        {"step 4: the branch lands on its target", step_target, 6},
        {"step 5: after lsl x0, x0, #4", step_end, 0x60},
    };
    for (size_t i = 0; i < sizeof(expect) / sizeof(expect[0]); i++) {
        siginfo_t info;
        int sig = resume(pid, PTRACE_SINGLESTEP, &info);
        struct user_pt_regs regs = get_regs(pid);
        char what[96];
        snprintf(what, sizeof(what), "%s: SIGTRAP", expect[i].what);
        CHECK_EQ(sig, SIGTRAP, what);
        snprintf(what, sizeof(what), "%s: pc", expect[i].what);
        CHECK_EQ(regs.pc, (uintptr_t)expect[i].pc, what);
        snprintf(what, sizeof(what), "%s: x0", expect[i].what);
        CHECK_EQ(regs.regs[0], expect[i].x0, what);
        if (i == 0)
            CHECK_EQ(info.si_code, TRAP_TRACE, "single step: si_code TRAP_TRACE");
    }
}

static void breakpoint_checks(pid_t pid)
{
    CHECK_EQ(debug_slots(pid, NT_ARM_HW_BREAK), 2, "NT_ARM_HW_BREAK: 2 breakpoint slots");
    /* length 4 bytes (byte-select 0xf), execute, EL0, enabled */
    CHECK_EQ(set_debug_slot(pid, NT_ARM_HW_BREAK, (uintptr_t)bp_target, 0xf << 5 | 2 << 1 | 1), 0,
             "breakpoint: PTRACE_SETREGSET");
    set_pc(pid, bp_region);
    siginfo_t info;
    CHECK_EQ(resume(pid, PTRACE_CONT, &info), SIGTRAP, "breakpoint: SIGTRAP");
    CHECK_EQ(info.si_code, TRAP_HWBKPT, "breakpoint: si_code TRAP_HWBKPT");
    CHECK_EQ((uintptr_t)info.si_addr, (uintptr_t)bp_target, "breakpoint: si_addr");
    struct user_pt_regs regs = get_regs(pid);
    CHECK_EQ(regs.pc, (uintptr_t)bp_target, "breakpoint: stopped at the address");
    CHECK_EQ(regs.regs[1], 5, "breakpoint: the instruction there has not run");
    set_debug_slot(pid, NT_ARM_HW_BREAK, 0, 0);
    CHECK_EQ(resume(pid, PTRACE_CONT, &info), SIGTRAP, "breakpoint removed: runs on to the BRK");
    regs = get_regs(pid);
    CHECK_EQ(regs.regs[1], 12, "breakpoint removed: the add ran");
}

static void watchpoint_checks(pid_t pid)
{
    CHECK_EQ(debug_slots(pid, NT_ARM_HW_WATCH), 2, "NT_ARM_HW_WATCH: 2 watchpoint slots");
    /* 8 bytes (byte-select 0xff), store, EL0, enabled */
    CHECK_EQ(set_debug_slot(pid, NT_ARM_HW_WATCH, (uintptr_t)&watched, 0xff << 5 | 2 << 3 | 2 << 1 | 1), 0,
             "watchpoint: PTRACE_SETREGSET");
    set_pc(pid, watch_region);
    siginfo_t info;
    CHECK_EQ(resume(pid, PTRACE_CONT, &info), SIGTRAP, "watchpoint: SIGTRAP");
    CHECK_EQ(info.si_code, TRAP_HWBKPT, "watchpoint: si_code TRAP_HWBKPT");
    CHECK_EQ((uintptr_t)info.si_addr, (uintptr_t)&watched, "watchpoint: si_addr = the watched address");
    struct user_pt_regs regs = get_regs(pid);
    CHECK_EQ(regs.pc, (uintptr_t)watch_store, "watchpoint: stopped at the store");
    errno = 0;
    CHECK_EQ(ptrace(PTRACE_PEEKDATA, pid, &watched, 0), 0, "watchpoint: memory not yet written");
    set_debug_slot(pid, NT_ARM_HW_WATCH, 0, 0);
    CHECK_EQ(resume(pid, PTRACE_CONT, &info), SIGTRAP, "watchpoint removed: runs on to the BRK");
    CHECK_EQ(ptrace(PTRACE_PEEKDATA, pid, &watched, 0), 42, "watchpoint removed: the store happened");
}

int main(void)
{
    setvbuf(stdout, 0, _IOLBF, 0);
    pid_t pid = fork();
    if (pid == 0) {
        ptrace(PTRACE_TRACEME, 0, 0, 0);
        raise(SIGSTOP);
        _exit(1); /* never reached: the parent moves the PC and kills the child */
    }
    int status;
    if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status)) {
        printf("ptrace_debug: the child did not stop\n");
        return 1;
    }
    single_step_checks(pid);
    breakpoint_checks(pid);
    watchpoint_checks(pid);
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    printf("ptrace_debug: %d checks, %d failed\n", checks, failures);
    return failures != 0;
}
