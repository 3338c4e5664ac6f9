/* The virt board: building it, loading the guest; see virt_board.h. The run loop is machine_run.c. */
#include "frontends/system/virt_board.h"

#include <errno.h>
#include <libfdt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cpu/a64/exception.h"
#include "devices/board_bus.h"
#include "firmware/board_fdt.h"
#include "firmware/linux_image.h"
#include "firmware/whole_file.h"
#include "frontends/system/chardev.h"

#define MIB (1ull << 20)
#define DTB_CAP (64 * 1024)
/* SCTLR_EL1 out of reset: MMU and caches off, the RES1 bits set (sysreg.c keeps them). */
#define SCTLR_RESET 0x30d00800ull

static uint64_t host_seconds(void *opaque)
{
    (void)opaque;
    return (uint64_t)time(0);
}

/* The GIC's IRQ and FIQ outputs: wake the run loop so it can take the interrupt at the next boundary. */
static void cpu_irq_changed(void *opaque, unsigned cpu, bool level)
{
    struct virt_board *b = opaque;
    b->cpu[cpu].irq_line = level;
    if (level)
        __atomic_store_n(&b->cpu[cpu].exit_request, 1, __ATOMIC_RELAXED);
}

static void cpu_fiq_changed(void *opaque, unsigned cpu, bool level)
{
    struct virt_board *b = opaque;
    b->cpu[cpu].fiq_line = level;
    if (level)
        __atomic_store_n(&b->cpu[cpu].exit_request, 1, __ATOMIC_RELAXED);
}

/* MRS/MSR of a register the CPU does not hold: the interrupt controller's (GICv3's ICC_*). */
static bool irqchip_sysreg(void *ctx, struct cpu_state *cpu, uint32_t key, bool write,
                           uint64_t *value)
{
    struct virt_board *b = ctx;
    return b->irqchip.ops->sysreg(b->irqchip.state, cpu->cpu_index, key, write, value);
}

/*
 * TLBI, IC IALLU(IS), IC IVAU on one CPU reach every CPU. Direct calls are
 * safe: the CPUs take turns on this thread.
 */
static void flush_all_cpus(void *ctx, const struct cpu_flush *f)
{
    struct virt_board *b = ctx;
    for (unsigned i = 0; i < b->options->cpus; i++)
        cpu_flush_apply(&b->cpu[i], f);
}

/* A DMA write reached RAM code was decoded from: CPU 0 drops it on every CPU at its next boundary. */
static void dma_wrote_code(void *ctx, const uint8_t *page)
{
    struct virt_board *b = ctx;
    cpu_code_written(&b->cpu[0], page);
}

void virt_board_reset_cpu(struct virt_board *b, unsigned index, uint64_t entry, uint64_t context)
{
    struct cpu_state *cpu = &b->cpu[index];
    memset(cpu->x, 0, sizeof(cpu->x));
    memset(cpu->v, 0, sizeof(cpu->v));
    memset(cpu->sp_el, 0, sizeof(cpu->sp_el));
    memset(&cpu->el1, 0, sizeof(cpu->el1));
    memset(&cpu->timer, 0, sizeof(cpu->timer));
    cpu->nzcv = 0;
    cpu->fpcr = cpu->fpsr = 0;
    cpu_set_el_pan(cpu, 1, false);
    cpu->spsel = true;
    cpu->illegal_state = false;
    cpu->debug = (typeof(cpu->debug)){.os_lock = true}; /* OSLK is 1 out of a cold reset */
    cpu->daif = 0x3c0;
    cpu->el1.sctlr = SCTLR_RESET;
    cpu->monitor.valid = false;
    cpu->x[0] = context;
    cpu->pc = entry;
    cpu_request_flush(cpu);
    b->cpu_on[index] = true;
    b->cpu_waiting[index] = false;
}

/* A whole file into malloc'd memory. NULL after printing why. */
static uint8_t *read_file(const char *path, const char *what, size_t *size)
{
    char why[300];
    uint8_t *data = whole_file_read(path, what, size, why, sizeof(why));
    if (!data)
        fprintf(stderr, "ferry: %s\n", why);
    return data;
}

/* The board's tree: its table, plus what this boot chose. */
static struct board_fdt_config fdt_config(const struct virt_board *b, uint64_t initrd_start,
                                          uint64_t initrd_end)
{
    const struct system_options *o = b->options;
    return (struct board_fdt_config){
        .layout = b->layout, .irqchip = b->irqchip.ops, .ram_size = o->ram_size, .cpus = o->cpus,
        .cpu_affinity = b->cpu_affinity, .psci_method = o->psci_smc ? "smc" : "hvc",
        .bootargs = o->append, .initrd_start = initrd_start, .initrd_end = initrd_end,
    };
}

static int write_dumpdtb(const char *path, const void *dtb, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(dtb, 1, size, f) != size || fclose(f) != 0) {
        fprintf(stderr, "ferry: cannot write the device tree to %s: %s\n", path, strerror(errno));
        return 1;
    }
    return 0;
}

/* Kernel, initrd and device tree into RAM; the CPU set up as booting.rst asks. */
static int load_guest(struct virt_board *b)
{
    const struct system_options *o = b->options;
    static uint8_t dtb[DTB_CAP];
    if (o->dumpdtb) {
        struct board_fdt_config c = fdt_config(b, 0, 0);
        int size = board_fdt_build(&c, dtb, sizeof(dtb));
        if (size < 0) {
            fprintf(stderr, "ferry: cannot build the device tree (%s)\n", strerror(-size));
            return 1;
        }
        return write_dumpdtb(o->dumpdtb, dtb, (size_t)size) ? 1 : -1; /* -1: done, exit 0 */
    }
    struct linux_image image;
    char why[256];
    if (linux_image_load(o->kernel, &image, why, sizeof(why))) {
        fprintf(stderr, "ferry: %s\n", why);
        return 1;
    }
    size_t initrd_size = 0, own_dtb_size = 0;
    uint8_t *initrd = 0, *own_dtb = 0;
    int status = 1;
    if (o->initrd && !(initrd = read_file(o->initrd, "initrd", &initrd_size)))
        goto out;
    if (o->dtb) {
        if (!(own_dtb = read_file(o->dtb, "device tree", &own_dtb_size)))
            goto out;
        if (fdt_check_header(own_dtb) != 0 || fdt_totalsize(own_dtb) > own_dtb_size) {
            fprintf(stderr, "ferry: %s is not a flattened device tree\n", o->dtb);
            goto out;
        }
    }
    struct linux_boot_layout layout;
    size_t dtb_room = o->dtb ? own_dtb_size + 4096 : DTB_CAP;
    if (linux_boot_layout(board_region(b->layout, BOARD_REGION_RAM)->base, o->ram_size, &image,
                          initrd_size, dtb_room, &layout, why, sizeof(why))) {
        fprintf(stderr, "ferry: %s\n", why);
        goto out;
    }
    int dtb_size;
    if (o->dtb) {
        /* the user's tree, with this boot's initrd and command line put into /chosen */
        dtb_size = fdt_open_into(own_dtb, dtb, sizeof(dtb));
        int chosen = dtb_size == 0 ? fdt_path_offset(dtb, "/chosen") : -1;
        if (chosen < 0 && dtb_size == 0)
            chosen = fdt_add_subnode(dtb, 0, "chosen");
        if (chosen >= 0 && o->append)
            fdt_setprop_string(dtb, chosen, "bootargs", o->append);
        if (chosen >= 0 && initrd) {
            fdt_setprop_u64(dtb, chosen, "linux,initrd-start", layout.initrd_start);
            fdt_setprop_u64(dtb, chosen, "linux,initrd-end", layout.initrd_end);
        }
        fdt_pack(dtb);
        dtb_size = chosen >= 0 ? (int)fdt_totalsize(dtb) : -ENOSPC;
    } else {
        struct board_fdt_config c = fdt_config(b, initrd ? layout.initrd_start : 0,
                                               initrd ? layout.initrd_end : 0);
        dtb_size = board_fdt_build(&c, dtb, sizeof(dtb));
    }
    if (dtb_size < 0) {
        fprintf(stderr, "ferry: cannot build the device tree (%s)\n", strerror(-dtb_size));
        goto out;
    }
    if (!phys_dma_write(&b->phys, layout.kernel_entry, image.data, image.size) ||
        (initrd && !phys_dma_write(&b->phys, layout.initrd_start, initrd, initrd_size)) ||
        !phys_dma_write(&b->phys, layout.dtb, dtb, (size_t)dtb_size)) {
        fprintf(stderr, "ferry: the guest does not fit in RAM\n");
        goto out;
    }
    /* booting.rst: x0 = the DTB's physical address, x1-x3 = 0, MMU off, D/A/I/F masked, EL1;
       the other CPUs stay off until PSCI CPU_ON */
    virt_board_reset_cpu(b, 0, layout.kernel_entry, layout.dtb);
    status = 0;
out:
    linux_image_free(&image);
    free(initrd);
    free(own_dtb);
    return status;
}

/* The PL011 on the first -serial's chardev (none: its output is dropped). */
static int attach_serial(struct virt_board *b)
{
    const struct system_options *o = b->options;
    const char *id = o->serials.count ? o->serials.arg[0] : 0;
    struct chardev *chr = id ? chardevs_find(b->host->chardevs, id) : 0;
    if (id && !chr) {
        fprintf(stderr, "ferry: -serial chardev:%s: no -chardev '%s'\n", id, id);
        return 1;
    }
    if (!uart_chardev_attach(&b->serial, &b->uart, chr)) {
        fprintf(stderr, "ferry: -serial chardev:%s: %s\n", id,
                chardev_is_mux(chr) ? "too many uses of multiplexed chardev (maximum is 4)"
                                    : "the chardev is already in use (mux=on shares it)");
        return 1;
    }
    return 0;
}

int virt_board_init(struct virt_board *b, const struct system_options *o,
                    struct host_backends *host, FILE *log)
{
    memset(b, 0, sizeof(*b));
    b->options = o;
    b->host = host;
    b->log = log;
    b->layout = &board_virt;
    const struct board_region *ram = board_region(b->layout, BOARD_REGION_RAM);
    b->irqchip.ops = irqchip_by_gic_version(o->gic_version);
    b->irqchip.state = &b->gic; /* a union's address is each member's */
    if (!b->irqchip.ops || o->cpus > b->irqchip.ops->max_cpus(b->layout)) {
        fprintf(stderr, "ferry: the %s board has no GICv%u for %u CPUs\n", b->layout->name,
                o->gic_version, o->cpus);
        return 1;
    }
    if (o->ram_size > ram->size) {
        fprintf(stderr, "ferry: -m: the %s board has room for %llu MiB of RAM\n", b->layout->name,
                (unsigned long long)(ram->size / MIB));
        return 1;
    }
    if (phys_space_init(&b->phys, ram->base, o->ram_size) != 0) {
        fprintf(stderr, "ferry: cannot allocate %llu MiB of guest RAM\n",
                (unsigned long long)(o->ram_size / MIB));
        return 1;
    }
    b->phys.code_written = dma_wrote_code;
    b->phys.code_written_ctx = b;
    char err[200];
    b->decoder = a64_decoder_build(a64_decode_table, a64_decode_table_size, err, sizeof(err));
    if (!b->decoder) {
        fprintf(stderr, "ferry: %s\n", err);
        return 1;
    }
    for (unsigned i = 0; i < o->cpus; i++) {
        struct cpu_state *cpu = &b->cpu[i];
        cpu_init(cpu, b->decoder, 0, 0);
        system_mmu_attach(&b->mmu[i], cpu, &b->phys);
        cpu->user_mode = false;
        cpu->phys = &b->phys;
        cpu->cpu_index = i;
        /* QEMU's numbering: clusters of 16 (GICv3's SGI target lists), so Aff0 = i with GICv2 */
        b->cpu_affinity[i] = gicv3_cpu_affinity(i);
        cpu->mpidr_affinity = b->cpu_affinity[i];
        cpu->firmware_smc = o->psci_smc;
        if (b->irqchip.ops->sysreg) {
            cpu->external_sysreg = irqchip_sysreg;
            cpu->external_sysreg_ctx = b;
        }
        cpu->log = log;
        cpu->trace_flags = o->trace_flags;
        cpu->engine = o->engine;
        /*
         * A kernel's boot runs most of its code a few times only: 4 runs
         * interpreted first translate 25k blocks of a Debian boot instead
         * of 36k (1 run), and reach the shell about 10% sooner.
         */
        cpu->interpret_first = 4;
        if (o->cpus > 1) {
            cpu->broadcast_flush = flush_all_cpus;
            cpu->broadcast_ctx = b;
        }
        virt_board_reset_cpu(b, i, 0, 0);
        b->cpu_on[i] = false;
    }

    const struct irqchip *gic = &b->irqchip;
    if (gic->ops->init(gic->state, o->cpus, b->layout->irqs, cpu_irq_changed, cpu_fiq_changed, b)) {
        fprintf(stderr, "ferry: cannot set up the GIC\n");
        return 1;
    }
    const struct board_layout *board = b->layout;
    b->uart = (struct pl011){.irq = irqchip_line(gic, board_region(board, BOARD_REGION_UART)->irq)};
    pl011_reset(&b->uart);
    if (attach_serial(b))
        return 1;
    b->rtc = (struct pl031){.irq = irqchip_line(gic, board_region(board, BOARD_REGION_RTC)->irq),
                            .now = host_seconds};
    pl031_reset(&b->rtc);
    b->gpio = (struct pl061){.irq = irqchip_line(gic, board_region(board, BOARD_REGION_GPIO)->irq)};
    pl061_reset(&b->gpio);
    struct board_fixed_devices fixed = {&b->uart, &b->rtc, &b->gpio};
    if (board_bus_map(&b->phys, board, gic, o->cpus, &fixed)) {
        fprintf(stderr, "ferry: the board's memory map overlaps its RAM\n");
        return 1;
    }
    struct device_context ctx = {.options = o, .mem = &b->phys, .loop = &host->loop, .log = log,
                                 .guest_errors = o->trace_flags & TRACE_GUEST_ERRORS ? log : 0,
                                 .net = host->net, .chardevs = host->chardevs,
                                 .drives = host->drives, .vm = &host->vm};
    const struct board_region *virtio = board_region(board, BOARD_REGION_VIRTIO_MMIO);
    if (virtio->size != VIRTIO_MMIO_SLOT_SIZE) { /* virt_devices maps slots of the transport's size */
        fprintf(stderr, "ferry: the %s board's virtio-mmio slots are not %#x bytes\n", board->name,
                VIRTIO_MMIO_SLOT_SIZE);
        return 1;
    }
    if (virt_devices_create(&b->devices, &ctx, &b->phys, virtio->base, board->virtio_slots,
                            irqchip_line(gic, virtio->irq)))
        return 1;
    return load_guest(b);
}

void virt_board_free(struct virt_board *b)
{
    virt_devices_free(&b->devices);
    uart_chardev_detach(&b->serial);
    for (unsigned i = 0; i < SYSTEM_MAX_CPUS; i++)
        if (b->cpu[i].blocks)
            cpu_destroy(&b->cpu[i]);
    if (b->decoder)
        a64_decoder_free(b->decoder);
    phys_space_free(&b->phys);
}
