/*
 * Static arm64 ELF loader for ferry-user.
 *
 * The whole file is read into memory and every header field that leads to
 * a read is bounds-checked against the file size before it is used, so a
 * corrupt or truncated file gives a one-line reason, never a crash.
 *
 * Segments: the span of all PT_LOAD pages is mapped read/write, file bytes
 * are copied in, the rest (bss, including the tail of the last file page)
 * stays zero; then each page gets the union of the protections of the
 * segments on it and pages no segment covers are unmapped again.
 */
#include "frontends/user/elf_load.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontends/user/process.h"

#define PAGE 4096ull

static uint64_t page_down(uint64_t a) { return a & ~(PAGE - 1); }
static uint64_t page_up(uint64_t a) { return (a + PAGE - 1) & ~(PAGE - 1); }

static const char *machine_name(unsigned machine)
{
    switch (machine) {
    case EM_X86_64: return "x86-64";
    case EM_386: return "i386";
    case EM_ARM: return "32-bit ARM";
    case EM_RISCV: return "RISC-V";
    case EM_PPC64: return "PowerPC64";
    case EM_S390: return "s390";
    case EM_MIPS: return "MIPS";
    default: return 0;
    }
}

static int prot_of(uint32_t flags)
{
    return ((flags & PF_R) ? USER_PROT_READ : 0) | ((flags & PF_W) ? USER_PROT_WRITE : 0) |
           ((flags & PF_X) ? USER_PROT_EXEC : 0);
}

/* Header checks that need nothing but the bytes. */
static bool check_header(const uint8_t *data, size_t size, char *err, size_t errlen)
{
    if (size < EI_NIDENT || memcmp(data, ELFMAG, SELFMAG) != 0) {
        snprintf(err, errlen, size < SELFMAG ? "not an ELF file (too short)" : "not an ELF file");
        return false;
    }
    if (data[EI_CLASS] != ELFCLASS64) {
        snprintf(err, errlen, "not an arm64 executable (32-bit ELF)");
        return false;
    }
    if (data[EI_DATA] != ELFDATA2LSB) {
        snprintf(err, errlen, "not an arm64 executable (big-endian ELF)");
        return false;
    }
    if (size < sizeof(Elf64_Ehdr)) {
        snprintf(err, errlen, "truncated file (ELF header incomplete)");
        return false;
    }
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)data;
    if (eh->e_machine != EM_AARCH64) {
        const char *name = machine_name(eh->e_machine);
        if (name)
            snprintf(err, errlen, "not an arm64 executable (machine: %s)", name);
        else
            snprintf(err, errlen, "not an arm64 executable (machine %u)", eh->e_machine);
        return false;
    }
    if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN) {
        snprintf(err, errlen, "not an executable (ELF type %u)", eh->e_type);
        return false;
    }
    if (eh->e_phentsize != sizeof(Elf64_Phdr) || eh->e_phnum == 0) {
        snprintf(err, errlen, "bad program headers (entry size %u, count %u)", eh->e_phentsize,
                 eh->e_phnum);
        return false;
    }
    if (eh->e_phoff > size || (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > size - eh->e_phoff) {
        snprintf(err, errlen, "truncated file (program headers past the end)");
        return false;
    }
    return true;
}

struct page_range {
    uint64_t start, end;
    int prot;
};

static int compare_ranges(const void *a, const void *b)
{
    const struct page_range *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/*
 * Gives each page the protections of the segments on it (the union where two
 * segments share a page, as Linux's overlapping mappings end up) and unmaps
 * the pages between segments, which Linux never maps.
 */
static bool protect_segments(struct user_space *space, const Elf64_Phdr *ph, unsigned phnum,
                             uint64_t bias, uint64_t map_lo, uint64_t map_hi)
{
    struct page_range *r = calloc(phnum, sizeof(*r));
    if (!r)
        return false;
    unsigned n = 0;
    for (unsigned i = 0; i < phnum; i++) {
        if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
            continue;
        r[n].start = page_down(ph[i].p_vaddr + bias);
        r[n].end = page_up(ph[i].p_vaddr + ph[i].p_memsz + bias);
        r[n].prot = prot_of(ph[i].p_flags);
        n++;
    }
    qsort(r, n, sizeof(*r), compare_ranges);
    for (unsigned i = 0; i < n; i++)
        user_space_protect(space, r[i].start, r[i].end - r[i].start, r[i].prot);
    /* Only a segment's first and last page can be shared with another segment. */
    for (unsigned i = 0; i < n; i++) {
        uint64_t edges[2] = {r[i].start, r[i].end - PAGE};
        for (unsigned k = 0; k < 2; k++) {
            int prot = 0;
            for (unsigned j = 0; j < n; j++)
                if (edges[k] >= r[j].start && edges[k] < r[j].end)
                    prot |= r[j].prot;
            user_space_protect(space, edges[k], PAGE, prot);
        }
    }
    uint64_t covered = map_lo;
    for (unsigned i = 0; i < n; i++) {
        if (r[i].start > covered)
            user_space_unmap(space, covered, r[i].start - covered);
        if (r[i].end > covered)
            covered = r[i].end;
    }
    if (covered < map_hi)
        user_space_unmap(space, covered, map_hi - covered);
    free(r);
    return true;
}

static bool load_image(struct user_space *space, const uint8_t *data, size_t size,
                       uint64_t dyn_base, struct elf_image *out, char *err, size_t errlen)
{
    if (!check_header(data, size, err, errlen))
        return false;
    out->interp[0] = 0;
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)data;
    const Elf64_Phdr *ph = (const Elf64_Phdr *)(data + eh->e_phoff);
    uint64_t lo = UINT64_MAX, hi = 0, phdr_vaddr = 0;
    bool have_phdr = false;
    for (unsigned i = 0; i < eh->e_phnum; i++) {
        if (ph[i].p_type == PT_INTERP) {
            /* A NUL-terminated path inside the file, short enough to keep. */
            if (ph[i].p_offset > size || ph[i].p_filesz > size - ph[i].p_offset ||
                ph[i].p_filesz < 2 || ph[i].p_filesz > sizeof(out->interp) ||
                data[ph[i].p_offset + ph[i].p_filesz - 1] != 0) {
                snprintf(err, errlen, "bad program header %u (interpreter path)", i);
                return false;
            }
            memcpy(out->interp, data + ph[i].p_offset, ph[i].p_filesz);
        }
        if (ph[i].p_type == PT_PHDR) {
            phdr_vaddr = ph[i].p_vaddr;
            have_phdr = true;
        }
        if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
            continue;
        if (ph[i].p_offset > size || ph[i].p_filesz > size - ph[i].p_offset) {
            snprintf(err, errlen, "truncated file (segment %u extends past the end)", i);
            return false;
        }
        if (ph[i].p_filesz > ph[i].p_memsz || ph[i].p_vaddr + ph[i].p_memsz < ph[i].p_vaddr) {
            snprintf(err, errlen, "bad program header %u (sizes)", i);
            return false;
        }
        if ((ph[i].p_vaddr - ph[i].p_offset) % PAGE != 0) {
            snprintf(err, errlen, "bad program header %u (offset and address misaligned)", i);
            return false;
        }
        if (page_down(ph[i].p_vaddr) < lo)
            lo = page_down(ph[i].p_vaddr);
        if (ph[i].p_vaddr + ph[i].p_memsz > hi)
            hi = ph[i].p_vaddr + ph[i].p_memsz;
    }
    if (hi == 0) {
        snprintf(err, errlen, "no loadable segments");
        return false;
    }
    uint64_t bias = eh->e_type == ET_DYN ? dyn_base - lo : 0;
    uint64_t map_lo = lo + bias, map_hi = page_up(hi) + bias;
    if (map_hi < map_lo || !user_space_range_ok(space, map_lo, map_hi - map_lo) || map_lo < PAGE) {
        snprintf(err, errlen, "segments at 0x%llx-0x%llx lie outside the guest address space",
                 (unsigned long long)map_lo, (unsigned long long)map_hi);
        return false;
    }
    if (user_space_map(space, map_lo, map_hi - map_lo, USER_PROT_READ | USER_PROT_WRITE) != 0) {
        snprintf(err, errlen, "cannot map segments at 0x%llx", (unsigned long long)map_lo);
        return false;
    }
    for (unsigned i = 0; i < eh->e_phnum; i++) {
        if (ph[i].p_type != PT_LOAD || ph[i].p_filesz == 0)
            continue;
        memcpy(space->host_base + ph[i].p_vaddr + bias, data + ph[i].p_offset, ph[i].p_filesz);
    }
    if (!protect_segments(space, ph, eh->e_phnum, bias, map_lo, map_hi)) {
        user_space_unmap(space, map_lo, map_hi - map_lo);
        snprintf(err, errlen, "out of memory");
        return false;
    }
    if (!have_phdr) {
        /* No PT_PHDR: the headers are wherever the segment holding e_phoff put them. */
        for (unsigned i = 0; i < eh->e_phnum; i++) {
            if (ph[i].p_type == PT_LOAD && eh->e_phoff >= ph[i].p_offset &&
                eh->e_phoff < ph[i].p_offset + ph[i].p_filesz) {
                phdr_vaddr = ph[i].p_vaddr + (eh->e_phoff - ph[i].p_offset);
                break;
            }
        }
    }
    out->entry = eh->e_entry + bias;
    out->load_bias = bias;
    out->phdr = phdr_vaddr ? phdr_vaddr + bias : 0;
    out->phnum = eh->e_phnum;
    out->phent = eh->e_phentsize;
    out->end = hi + bias;
    return true;
}

bool elf_load_bytes(struct user_space *space, const uint8_t *data, size_t size,
                    struct elf_image *out, char *err, size_t errlen)
{
    return load_image(space, data, size, USER_PIE_BASE, out, err, errlen);
}

bool elf_load(struct user_space *space, const char *path, struct elf_image *out, char *err,
              size_t errlen)
{
    return elf_load_at(space, path, USER_PIE_BASE, out, err, errlen);
}

bool elf_load_at(struct user_space *space, const char *path, uint64_t dyn_base,
                 struct elf_image *out, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s", strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "not a regular file");
        close(fd);
        return false;
    }
    size_t size = (size_t)st.st_size;
    uint8_t *data = malloc(size ? size : 1);
    if (!data) {
        snprintf(err, errlen, "file too large to load (%zu bytes)", size);
        close(fd);
        return false;
    }
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, data + got, size - got);
        if (n <= 0) {
            snprintf(err, errlen, "read error: %s", n < 0 ? strerror(errno) : "unexpected end");
            free(data);
            close(fd);
            return false;
        }
        got += (size_t)n;
    }
    close(fd);
    bool ok = load_image(space, data, size, dyn_base, out, err, errlen);
    free(data);
    return ok;
}
