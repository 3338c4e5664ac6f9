/* `ferry` option parsing; see options.h. */
#include "frontends/system/options.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "frontends/system/consoles.h"
#include "frontends/system/display_sdl.h"

#define MIB (1ull << 20)
/* RAM starts at 1 GiB on virt and must end below the 48-bit physical address limit (QEMU: 255 GiB+). */
#define RAM_MAX (255ull << 30)

static const char usage[] =
    "usage: ferry [options]\n"
    "Full-system ARM64 emulator: QEMU's virt board (GICv2 or GICv3, generic timer, PL011, PL031).\n"
    "\n"
    "  -M, -machine virt[,gic-version=2|3][,psci-conduit=hvc|smc][,dumpdtb=FILE]\n"
    "                      the board (only virt); psci-conduit: the instruction PSCI calls use\n"
    "                      (default hvc); dumpdtb writes its device tree and exits\n"
    "  -cpu max|cortex-a57|host  accepted for compatibility: ferry has one CPU model\n"
    "  -m SIZE             guest RAM, e.g. 512M, 2G (default 1G)\n"
    "  -smp N              number of CPUs, 1-8 with GICv2, 1-123 with GICv3 (default 1);\n"
    "                      they take turns on one host thread\n"
    "  -kernel FILE        arm64 Linux Image (raw or gzip); without it ferry boots its default\n"
    "                      guest (Debian's kernel + busybox, built on first use)\n"
    "  -initrd FILE        initial ramdisk\n"
    "  -append CMDLINE     kernel command line\n"
    "  -dtb FILE           use this device tree instead of ferry's\n"
    "  -nographic          no window, the serial console on the terminal\n"
    "  -display sdl        a window (SDL2) showing the virtio-gpu, taking keyboard, mouse\n"
    "                      and touch (Ctrl-Alt-G grabs the mouse; closing it powers the\n"
    "                      guest off, a second close quits); the default when DISPLAY or\n"
    "                      WAYLAND_DISPLAY is set and a virtio-gpu-device exists\n"
    "  -display none       no window\n"
    "\n"
    "Devices (QEMU's spelling; slots as QEMU's virt assigns them):\n"
    "  -drive file=F[,format=raw][,if=none|virtio][,id=ID][,index=N][,readonly=on]\n"
    "         [,snapshot=on][,cache=writeback|none|directsync|unsafe][,discard=unmap|ignore]\n"
    "                      a disk image; if=virtio (and -hda..-hdd F) makes its virtio disk\n"
    "  -device virtio-blk-device,drive=ID[,serial=S]  a virtio disk for -drive id=ID\n"
    "  -netdev user,id=ID[,net=CIDR][,host=IP][,dns=IP][,dhcpstart=IP][,restrict=on]\n"
    "         [,hostfwd=tcp|udp:[HOSTIP]:HOSTPORT-[GUESTIP]:GUESTPORT]...  user-mode network\n"
    "                      (libslirp; QEMU's 10.0.2.0/24, host 10.0.2.2, DNS 10.0.2.3)\n"
    "  -device virtio-net-device,netdev=ID[,mac=52:54:00:12:34:56]  a virtio NIC\n"
    "  -nic user[,NETDEV OPTIONS][,model=virtio-net-device][,mac=M] | -nic none\n"
    "                      a netdev and its NIC in one; none: no default NIC\n"
    "  -chardev null|file|pipe|pty|socket|stdio,id=ID[,path=P][,host=H,port=N][,server=on]\n"
    "         [,wait=off][,mux=on]  a host stream for the serial port, virtio-serial ports\n"
    "                      and monitors; mux=on: shared by up to 4 of them (C-a c switches)\n"
    "  -device virtio-serial-device, then -device virtconsole,chardev=ID (the guest's hvc0)\n"
    "         or -device virtserialport,chardev=ID,name=NAME  guest console and ports\n"
    "  -device virtio-rng-device[,rng=ID]   entropy from the host (getrandom, or -object)\n"
    "  -object rng-random,id=ID,filename=FILE  an entropy source for virtio-rng\n"
    "  -device virtio-gpu-device[,xres=W][,yres=H][,max_outputs=N][,edid=on|off]\n"
    "                      a 2D virtio GPU (QEMU's default mode 1280x800): the guest's\n"
    "                      /dev/dri/card0 and /dev/fb0\n"
    "  -device virtio-keyboard-device|virtio-mouse-device|virtio-tablet-device|\n"
    "          virtio-multitouch-device[,serial=S]  virtio input devices, as QEMU's\n"
    "  -global virtio-mmio.force-legacy=true|false  the legacy (version 1) virtio-mmio\n"
    "                      registers instead of the modern ones (ferry's default: modern)\n"
    "  -nodefaults         no default devices (ferry's defaults: a user-mode NIC, a\n"
    "                      virtio-rng, no monitor; unlike QEMU's, the serial console\n"
    "                      stays on stdio)\n"
    "\n"
    "Consoles (QEMU's spelling; the defaults are QEMU's -nographic ones):\n"
    "  -serial stdio|mon:stdio|null|none|file:PATH|pipe:PATH|pty|chardev:ID\n"
    "         |unix:PATH[,server=on,wait=off]|tcp:[HOST]:PORT[,server=on,wait=off]\n"
    "                      the PL011 (ttyAMA0); mon: shares it with the monitor; default\n"
    "                      mon:stdio, or stdio when a monitor is given\n"
    "  -monitor stdio|none|unix:PATH,...|tcp:...|chardev:ID  the human monitor (help, info\n"
    "                      status, info chardev, stop, cont, system_reset,\n"
    "                      system_powerdown, quit); with\n"
    "                      -nographic and a -serial, -monitor stdio is the default\n"
    "  -mon [chardev=]ID[,mode=readline]  a monitor on -chardev ID (mode=control, QMP: not yet)\n"
    "\n"
    "  -accel ENGINE       dbt (translate to x86-64, the default; QEMU's name tcg works too)\n"
    "                      or interp (the interpreter, for debugging); default $FERRY_ACCEL\n"
    "                      (FERRY_HOST_ISA=baseline: guest AES, SHA, PMULL without the\n"
    "                      host's AES-NI, SHA-NI, PCLMULQDQ)\n"
    "  -d LIST             log: in_asm,out_asm,exec,unimp,guest_errors,int,mmu,nochain,stats\n"
    "  -D FILE             write the log to FILE\n"
    "  -h, --help          this text;  --version  the version\n"
    "\n"
    "Keys on a mux (mon:stdio, mux=on): C-a h help, C-a x quit, C-a c console <-> monitor,\n"
    "C-a b break, C-a t timestamps, C-a s commit snapshot=on disks, C-a C-a a C-a.\n"
    "\n"
    "Test hooks (ferry's own, until it has a window and the monitor's screendump):\n"
    "  FERRY_SCREENDUMP=FILE  write the last screen the virtio-gpu showed to FILE (PNG, or PPM\n"
    "                      for *.ppm) when the machine stops\n"
    "  FERRY_INPUT=FIFO    read evdev events \"TYPE CODE VALUE\" (decimal) from FIFO into the\n"
    "                      virtio input devices (\"0 0 0\" ends a report)\n";

static bool parse_size(const char *text, uint64_t *out)
{
    char *end;
    unsigned long long v = strtoull(text, &end, 10);
    if (end == text)
        return false;
    uint64_t unit = MIB; /* QEMU: a bare number is MiB */
    if (*end == 'M' || *end == 'm')
        end++;
    else if (*end == 'G' || *end == 'g')
        unit = 1ull << 30, end++;
    else if (*end == 'K' || *end == 'k')
        unit = 1ull << 10, end++;
    if (*end == 'B' || *end == 'b')
        end++;
    if (*end || v > RAM_MAX / unit)
        return false;
    *out = v * unit;
    return true;
}

/* -display TYPE: sdl or none; QEMU's other displays are named as what ferry lacks. */
static bool parse_display(const char *v, enum system_display *display, FILE *err)
{
    static const char *const qemu_only[] = {"gtk", "vnc", "curses", "cocoa", "spice-app",
                                            "egl-headless", "dbus"};
    size_t type_len = strcspn(v, ",=");
    if (strcmp(v, "none") == 0) {
        *display = DISPLAY_NONE;
        return true;
    }
    if (strcmp(v, "sdl") == 0) {
        if (!display_sdl_built()) {
            fprintf(err, "ferry: -display sdl: this ferry was built without SDL2 (install "
                         "libsdl2-dev and rebuild with meson -Dsdl=enabled)\n");
            return false;
        }
        *display = DISPLAY_SDL;
        return true;
    }
    if (strncmp(v, "sdl,", 4) == 0 || strncmp(v, "none,", 5) == 0) {
        fprintf(err, "ferry: -display %s: ferry's %.*s display takes no options\n", v,
                (int)type_len, v);
        return false;
    }
    for (size_t i = 0; i < sizeof(qemu_only) / sizeof(qemu_only[0]); i++)
        if (strlen(qemu_only[i]) == type_len && strncmp(v, qemu_only[i], type_len) == 0) {
            fprintf(err, "ferry: -display %s: ferry has no %.*s display (use -display sdl or none)\n",
                    v, (int)type_len, v);
            return false;
        }
    fprintf(err, "ferry: -display %s: unknown display (sdl or none)\n", v);
    return false;
}

static bool parse_trace(const char *list, unsigned *flags, FILE *err)
{
    static const struct { const char *name; unsigned flag; } names[] = {
        {"in_asm", TRACE_IN_ASM}, {"exec", TRACE_EXEC}, {"unimp", TRACE_UNIMP},
        {"guest_errors", TRACE_GUEST_ERRORS}, {"int", TRACE_INT}, {"mmu", TRACE_MMU},
        {"out_asm", TRACE_OUT_ASM}, {"nochain", TRACE_NOCHAIN}, {"stats", TRACE_STATS},
    };
    char buf[256];
    if (strlen(list) >= sizeof(buf)) {
        fprintf(err, "ferry: -d list too long\n");
        return false;
    }
    strcpy(buf, list);
    for (char *item = strtok(buf, ","); item; item = strtok(0, ",")) {
        bool known = false;
        for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
            if (strcmp(item, names[i].name) == 0) {
                *flags |= names[i].flag;
                known = true;
            }
        if (!known) {
            fprintf(err, "ferry: unknown -d item '%s' (known: in_asm, out_asm, exec, unimp, guest_errors, int, "
                         "mmu, nochain, stats)\n",
                    item);
            return false;
        }
    }
    return true;
}

static bool parse_machine(const char *text, struct system_options *o, FILE *err)
{
    char buf[512];
    if (strlen(text) >= sizeof(buf)) {
        fprintf(err, "ferry: -M argument too long\n");
        return false;
    }
    strcpy(buf, text);
    char *save;
    char *name = strtok_r(buf, ",", &save);
    if (!name || strcmp(name, "virt") != 0) {
        fprintf(err, "ferry: unknown machine '%s' (ferry emulates 'virt')\n", name ? name : "");
        return false;
    }
    for (char *prop = strtok_r(0, ",", &save); prop; prop = strtok_r(0, ",", &save)) {
        if (strncmp(prop, "gic-version=", 12) == 0) {
            if (strcmp(prop + 12, "2") != 0 && strcmp(prop + 12, "3") != 0) {
                fprintf(err, "ferry: gic-version=%s: GICv2 (2) or GICv3 (3)\n", prop + 12);
                return false;
            }
            o->gic_version = (unsigned)(prop[12] - '0');
        } else if (strncmp(prop, "psci-conduit=", 13) == 0) {
            if (strcmp(prop + 13, "hvc") != 0 && strcmp(prop + 13, "smc") != 0) {
                fprintf(err, "ferry: psci-conduit=%s: hvc or smc\n", prop + 13);
                return false;
            }
            o->psci_smc = prop[13] == 's';
        } else if (strncmp(prop, "dumpdtb=", 8) == 0 && prop[8]) {
            o->dumpdtb = text + (prop - buf) + 8; /* points into argv, which outlives o */
        } else {
            fprintf(err, "ferry: unknown virt property '%s'\n", prop);
            return false;
        }
    }
    return true;
}

/* The list a repeatable device option's arguments go to; NULL for other options. */
static struct option_list *repeatable_option(struct system_options *o, const char *opt)
{
    static const struct { const char *name; size_t offset; } lists[] = {
        {"-device", offsetof(struct system_options, devices)},
        {"-drive", offsetof(struct system_options, drives)},
        {"-netdev", offsetof(struct system_options, netdevs)},
        {"-nic", offsetof(struct system_options, nics)},
        {"-chardev", offsetof(struct system_options, chardevs)},
        {"-object", offsetof(struct system_options, objects)},
        {"-global", offsetof(struct system_options, globals)},
    };
    for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
        if (strcmp(opt, lists[i].name) == 0)
            return (struct option_list *)((char *)o + lists[i].offset);
    return 0;
}

static bool keep_option_arg(struct option_list *list, const char *opt, const char *arg, FILE *err)
{
    if (list->count == SYSTEM_MAX_OPTION_ARGS) {
        fprintf(err, "ferry: too many %s options (at most %d)\n", opt, SYSTEM_MAX_OPTION_ARGS);
        return false;
    }
    list->arg[list->count++] = arg;
    return true;
}

/*
 * -hda FILE .. -hdd FILE: QEMU's IDE shorthands. virt has no IDE bus, so
 * QEMU gives them the board's default interface, virtio: the same as
 * -drive file=FILE,index=N,media=disk,if=virtio. Commas in FILE are doubled for the
 * option syntax. The text lives as long as o (system_options_keep).
 */
static const char *drive_shorthand(struct system_options *o, int index, const char *file)
{
    size_t commas = 0;
    for (const char *c = file; *c; c++)
        commas += *c == ',';
    char *text = malloc(strlen(file) + commas + sizeof("index=0,media=disk,if=virtio,file=") + 8);
    if (!text)
        return file;
    char *t = text + sprintf(text, "index=%d,media=disk,if=virtio,file=", index);
    for (const char *c = file; *c; c++) {
        *t++ = *c;
        if (*c == ',')
            *t++ = ',';
    }
    *t = 0;
    const char *kept = system_options_keep(o, text);
    free(text);
    return kept ? kept : file;
}

char *system_options_keep(struct system_options *o, const char *text)
{
    if (o->owned_count == sizeof(o->owned) / sizeof(o->owned[0]))
        return 0;
    char *copy = strdup(text);
    if (copy)
        o->owned[o->owned_count++] = copy;
    return copy;
}

void system_options_free(struct system_options *o)
{
    for (unsigned i = 0; i < o->owned_count; i++)
        free(o->owned[i]);
    o->owned_count = 0;
}

enum system_options_result system_options_parse(int argc, char **argv, struct system_options *o,
                                                 FILE *out, FILE *err)
{
    *o = (struct system_options){.ram_size = 1ull << 30, .cpus = 1, .gic_version = 2,
                                 .engine = cpu_engine_from_env()};
    struct console_args consoles = {0};
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        if (strcmp(opt, "-h") == 0 || strcmp(opt, "--help") == 0 || strcmp(opt, "-help") == 0) {
            fputs(usage, out);
            return SYSTEM_OPTIONS_DONE;
        }
        if (strcmp(opt, "--version") == 0 || strcmp(opt, "-version") == 0) {
            fprintf(out, "ferry 0.1.0 (arm64 full-system emulator)\n");
            return SYSTEM_OPTIONS_DONE;
        }
        if (strcmp(opt, "-nographic") == 0) {
            o->nographic = true;
            continue;
        }
        if (strcmp(opt, "-nodefaults") == 0) {
            o->nodefaults = true;
            continue;
        }
        static const char *const with_value[] = {"-M", "-machine", "-cpu", "-m", "-smp", "-kernel",
                                                 "-initrd", "-append", "-dtb", "-serial", "-d", "-D",
                                                 "-accel", "--accel", "-device", "-drive", "-hda",
                                                 "-hdb", "-hdc", "-hdd", "-netdev", "-nic", "-chardev",
                                                 "-object", "-global", "-monitor", "-mon",
                                                 "-display"};
        bool takes_value = false;
        for (size_t k = 0; k < sizeof(with_value) / sizeof(with_value[0]); k++)
            takes_value |= strcmp(opt, with_value[k]) == 0;
        if (!takes_value) {
            fprintf(err, "ferry: unknown option '%s' (see ferry --help)\n", opt);
            return SYSTEM_OPTIONS_ERROR;
        }
        if (i + 1 >= argc) {
            fprintf(err, "ferry: option '%s' needs a value\n", opt);
            return SYSTEM_OPTIONS_ERROR;
        }
        const char *v = argv[++i];
        struct option_list *list = repeatable_option(o, opt);
        if (list) {
            if (!keep_option_arg(list, opt, v, err))
                return SYSTEM_OPTIONS_ERROR;
        } else if (opt[1] == 'h' && opt[2] == 'd') {
            if (!keep_option_arg(&o->drives, opt, drive_shorthand(o, opt[3] - 'a', v), err))
                return SYSTEM_OPTIONS_ERROR;
        } else if (strcmp(opt, "-M") == 0 || strcmp(opt, "-machine") == 0) {
            if (!parse_machine(v, o, err))
                return SYSTEM_OPTIONS_ERROR;
        } else if (strcmp(opt, "-cpu") == 0) {
            if (strcmp(v, "max") && strcmp(v, "cortex-a57") && strcmp(v, "cortex-a53") && strcmp(v, "host")) {
                fprintf(err, "ferry: unknown CPU '%s' (max, cortex-a53, cortex-a57, host)\n", v);
                return SYSTEM_OPTIONS_ERROR;
            }
        } else if (strcmp(opt, "-m") == 0) {
            if (!parse_size(v, &o->ram_size) || o->ram_size < 16 * MIB || (o->ram_size & (MIB - 1))) {
                fprintf(err, "ferry: -m %s: RAM must be a whole number of MiB from 16M to 255G\n", v);
                return SYSTEM_OPTIONS_ERROR;
            }
        } else if (strcmp(opt, "-smp") == 0) {
            char *end;
            unsigned long n = strtoul(v, &end, 10);
            if (*end || end == v || n < 1 || n > SYSTEM_MAX_CPUS) {
                fprintf(err, "ferry: -smp %s: 1 to %u CPUs (8 with GICv2)\n", v, SYSTEM_MAX_CPUS);
                return SYSTEM_OPTIONS_ERROR;
            }
            o->cpus = (unsigned)n;
        } else if (strcmp(opt, "-kernel") == 0) {
            o->kernel = v;
        } else if (strcmp(opt, "-initrd") == 0) {
            o->initrd = v;
        } else if (strcmp(opt, "-append") == 0) {
            o->append = v;
        } else if (strcmp(opt, "-dtb") == 0) {
            o->dtb = v;
        } else if (strcmp(opt, "-serial") == 0 || strcmp(opt, "-monitor") == 0 ||
                   strcmp(opt, "-mon") == 0) {
            struct option_list *l = opt[1] == 's' ? &consoles.serial
                                    : opt[4] == 0  ? &consoles.mon
                                                   : &consoles.monitor;
            if (!keep_option_arg(l, opt, v, err))
                return SYSTEM_OPTIONS_ERROR;
        } else if (strcmp(opt, "-display") == 0) {
            if (!parse_display(v, &o->display, err))
                return SYSTEM_OPTIONS_ERROR;
        } else if (strcmp(opt, "-d") == 0) {
            if (!parse_trace(v, &o->trace_flags, err))
                return SYSTEM_OPTIONS_ERROR;
        } else if (strcmp(opt, "-accel") == 0 || strcmp(opt, "--accel") == 0) {
            if (!cpu_engine_from_name(v, &o->engine)) {
                fprintf(err, "ferry: -accel %s: unknown engine (dbt, tcg or interp)\n", v);
                return SYSTEM_OPTIONS_ERROR;
            }
        } else {
            o->log_file = v;
        }
    }
    /* GICv2's SGI target lists and GICD_ITARGETSR have 8 bits: QEMU's limit for virt too */
    if (o->gic_version == 2 && o->cpus > 8) {
        fprintf(err, "ferry: -smp %u: GICv2 serves at most 8 CPUs (use -M virt,gic-version=3)\n",
                o->cpus);
        return SYSTEM_OPTIONS_ERROR;
    }
    if (!consoles_resolve(o, &consoles, err))
        return SYSTEM_OPTIONS_ERROR;
    return SYSTEM_OPTIONS_RUN;
}
