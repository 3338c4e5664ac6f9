/*
 * The virt board's run loop: the CPU runs blocks until something needs the
 * board (an exception, a device interrupt, the periodic tick); the loop
 * turns CPU reports into architectural exceptions with their syndromes,
 * answers HVC as PSCI firmware, moves console bytes, drives the timer PPIs
 * and takes IRQs when PSTATE.I allows. With -smp N the CPUs take turns (one
 * tick each, or until WFI); when all wait, the host thread sleeps.
 */
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "cpu/a64/exception.h"
#include "cpu/a64/sysreg.h"
#include "firmware/psci.h"
#include "frontends/system/drive.h"
#include "frontends/system/virt_board.h"

#define TICK_USEC 1000

/* The periodic tick makes cpu_run return so devices and the timer are looked at (signal handler: a global). */
static struct cpu_state *ticking_cpu;

static void on_tick(int sig)
{
    (void)sig;
    if (ticking_cpu)
        __atomic_store_n(&ticking_cpu->exit_request, 1, __ATOMIC_RELAXED);
}

static void start_tick(struct virt_board *b, struct cpu_state *cpu)
{
    /* the board's waits (every vCPU in WFI) sleep through the tick: nothing runs for it to stop */
    static sigset_t tick_blocked;
    pthread_sigmask(SIG_SETMASK, 0, &tick_blocked);
    sigaddset(&tick_blocked, SIGALRM);
    b->host->loop.wait_sigmask = &tick_blocked;
    ticking_cpu = cpu;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_tick;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, 0);
    struct itimerval every = {{0, TICK_USEC}, {0, TICK_USEC}};
    setitimer(ITIMER_REAL, &every, 0);
}

static void stop_tick(struct virt_board *b)
{
    b->host->loop.wait_sigmask = 0;
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, 0);
    ticking_cpu = 0;
}

/* ---- PSCI: the board's side ---- */

static bool psci_cpu_is_on(void *opaque, unsigned cpu)
{
    struct virt_board *b = opaque;
    return b->cpu_on[cpu];
}

static void psci_cpu_start(void *opaque, unsigned cpu, uint64_t entry, uint64_t context)
{
    virt_board_reset_cpu(opaque, cpu, entry, context);
}

static void psci_cpu_stop(void *opaque, unsigned cpu)
{
    struct virt_board *b = opaque;
    b->cpu_on[cpu] = false;
    for (unsigned i = 0; i < b->options->cpus; i++)
        if (b->cpu_on[i])
            return;
    b->stop = BOARD_POWER_OFF; /* the last CPU going off powers the machine down */
    b->stopping = true;
}

static void psci_system_off(void *opaque)
{
    struct virt_board *b = opaque;
    b->stop = BOARD_POWER_OFF;
    b->stopping = true;
}

static void psci_system_reset(void *opaque)
{
    struct virt_board *b = opaque;
    b->stop = BOARD_RESET;
    b->stopping = true;
}

/* ---- exceptions ---- */

static void take(struct virt_board *b, struct cpu_state *cpu, const struct a64_exception_info *e,
                 uint64_t preferred_return)
{
    if (cpu->trace_flags & TRACE_INT)
        fprintf(b->log, "CPU %u: taking %s exception EC 0x%02" PRIx32 " ISS 0x%07" PRIx32
                        " from EL%u, ELR 0x%016" PRIx64 "\n",
                cpu->cpu_index,
                e->type == A64_EXC_IRQ   ? "IRQ"
                : e->type == A64_EXC_FIQ ? "FIQ"
                : e->type == A64_EXC_SYNC ? "sync"
                                          : "SError",
                e->ec, e->iss, cpu->el, preferred_return);
    a64_take_exception(cpu, e, preferred_return);
}

/* What cpu_run reported, as the exception the architecture raises. */
static void raise_exception(struct virt_board *b, struct cpu_state *cpu, enum cpu_exception_kind kind)
{
    if (kind == CPU_EXC_UNDEF && (cpu->trace_flags & (TRACE_UNIMP | TRACE_GUEST_ERRORS)))
        fprintf(b->log, "undefined instruction 0x%08" PRIx32 " at 0x%016" PRIx64 " (EL%u)\n",
                cpu->exception.syndrome, cpu->pc, cpu->el);
    struct a64_exception_info e;
    if (a64_exception_from_report(cpu, kind, &e))
        take(b, cpu, &e, cpu->pc);
}

/* A press of the power button, as QEMU's gpio-key holds it: long enough for any debounce. */
#define POWER_BUTTON_PRESS_NS 100000000

static int64_t monotonic_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* system_powerdown: the button goes down now and comes up by itself later (service_devices). */
static void press_power_button(struct virt_board *b)
{
    pl061_set_input(&b->gpio, BOARD_POWER_BUTTON_PIN, true);
    b->power_button_release_ns = monotonic_ns() + POWER_BUTTON_PRESS_NS;
}

static void release_power_button_when_due(struct virt_board *b)
{
    if (b->power_button_release_ns && monotonic_ns() >= b->power_button_release_ns) {
        pl061_set_input(&b->gpio, BOARD_POWER_BUTTON_PIN, false);
        b->power_button_release_ns = 0;
    }
}

/* What the user asked from outside the guest (the monitor, a mux's C-a x): quit, reset, power. */
static void check_vm_control(struct virt_board *b)
{
    struct vm_control *vm = &b->host->vm;
    if (vm->powerdown) {
        vm->powerdown = false;
        press_power_button(b);
    }
    if (vm->commit_disks) {
        vm->commit_disks = false;
        char err[500];
        drive_blk_quiesce(&b->devices);
        if (drive_images_commit(b->host->drives, err, sizeof(err)) != 0)
            fprintf(stderr, "ferry: %s\n", err);
    }
    if (vm->quit) {
        b->stop = BOARD_QUIT;
        b->stopping = true;
    } else if (vm->reset) {
        vm->reset = false;
        b->stop = BOARD_RESET;
        b->stopping = true;
    }
}

/* The board between turns: host I/O (serial input, backends, completions) and the RTC alarm. */
static void service_devices(struct virt_board *b)
{
    main_loop_poll(&b->host->loop, 0);
    uart_chardev_poll(&b->serial);
    check_vm_control(b);
    pl031_update(&b->rtc);
    release_power_button_when_due(b);
}

/* One CPU's timer PPIs, then its pending FIQ or IRQ if PSTATE.F / PSTATE.I allow. */
static void service_cpu(struct virt_board *b, unsigned i)
{
    struct cpu_state *cpu = &b->cpu[i];
    uint64_t count = a64_system_count();
    const struct board_timer_ppis *ppi = &b->layout->timer;
    irqchip_set_ppi(&b->irqchip, i, ppi->phys, timer_output(&cpu->timer.phys, count));
    irqchip_set_ppi(&b->irqchip, i, ppi->virt, timer_output(&cpu->timer.virt, count));
    bool fiq = irqchip_fiq_pending(&b->irqchip, i), irq = irqchip_irq_pending(&b->irqchip, i);
    if (fiq || irq)
        b->cpu_waiting[i] = false; /* WFI ends on a pending interrupt, masked or not */
    struct a64_exception_info e;
    if (a64_interrupt_to_take(cpu, irq, fiq, &e))
        take(b, cpu, &e, cpu->pc);
}

/* Nanoseconds per counter tick (A64_TIMER_HZ = 62.5 MHz). */
#define NS_PER_TICK (1000000000ull / A64_TIMER_HZ)
#define WFI_MAX_SLEEP_NS 10000000ull

/*
 * Every CPU that is on waits in WFI: sleep in the host I/O loop until the
 * earliest of their timers is due, host input or a completion arrives, or
 * (at most) 10 ms pass; the periodic tick cuts it short too.
 */
static void wait_for_interrupt(struct virt_board *b)
{
    uint64_t count = a64_system_count(), due = UINT64_MAX;
    for (unsigned i = 0; i < b->options->cpus; i++) {
        if (!b->cpu_on[i])
            continue;
        uint64_t phys = timer_next_change(&b->cpu[i].timer.phys, count);
        uint64_t virt = timer_next_change(&b->cpu[i].timer.virt, count);
        due = phys < due ? phys : due;
        due = virt < due ? virt : due;
    }
    uint64_t ns = due == UINT64_MAX ? WFI_MAX_SLEEP_NS : (due - count) * NS_PER_TICK;
    main_loop_poll(&b->host->loop, (int64_t)(ns < WFI_MAX_SLEEP_NS ? ns : WFI_MAX_SLEEP_NS));
}

/* One turn of CPU i: until the tick, an exception it reports, or WFI. */
static void run_cpu(struct virt_board *b, const struct psci_board *psci, unsigned i)
{
    struct cpu_state *cpu = &b->cpu[i];
    irqchip_select_cpu(&b->irqchip, i);
    ticking_cpu = cpu;
    main_loop_set_running(&b->host->loop, &cpu->exit_request);
    enum cpu_exception_kind kind = cpu_run(cpu);
    main_loop_set_running(&b->host->loop, 0);
    if (kind == CPU_EXC_WFI) {
        b->cpu_waiting[i] = true;
    } else if (kind == CPU_EXC_FIRMWARE_CALL) {
        struct psci_call call = {cpu->x[0], cpu->x[1], cpu->x[2], cpu->x[3]};
        cpu->x[0] = psci_handle(psci, i, &call);
    } else if (kind != CPU_EXC_EXIT && kind != CPU_EXC_NONE) {
        raise_exception(b, cpu, kind);
    }
}

enum board_stop virt_board_run(struct virt_board *b)
{
    struct psci_board psci = {b->options->cpus, b,        psci_cpu_is_on, psci_cpu_start,
                              psci_cpu_stop,    psci_system_off, psci_system_reset,
                              b->cpu_affinity};
    start_tick(b, &b->cpu[0]);
    while (!b->stopping) {
        service_devices(b);
        bool ran = false;
        /* the monitor's stop: no vCPU runs (the generic timer's count still follows the host clock) */
        for (unsigned i = 0; i < b->options->cpus && !b->stopping && !b->host->vm.paused; i++) {
            if (!b->cpu_on[i])
                continue;
            service_cpu(b, i);
            if (b->cpu_waiting[i])
                continue;
            run_cpu(b, &psci, i);
            ran = true;
        }
        if (!ran && !b->stopping)
            wait_for_interrupt(b);
    }
    stop_tick(b);
    fflush(b->log);
    return b->stop;
}
