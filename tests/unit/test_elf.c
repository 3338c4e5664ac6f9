/*
 * ferry-user's loader, initial stack and system-call layer, tested without
 * running guest code: crafted ELF files (good and broken) go through
 * elf_load, the stack is read back word by word against the layout Linux
 * builds, and syscall handlers are called directly on a process whose
 * address space the test controls, so every -EFAULT path and every arm64
 * structure layout is checked on the host.
 */
#include <check.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "frontends/user/elf_load.h"
#include "frontends/user/process.h"
#include "frontends/user/stack.h"
#include "frontends/user/syscall.h"
#include "frontends/user/syscall_abi.h"

#define PAGE 4096ull
#define TEXT_VADDR 0x400000ull
#define DATA_OFFSET 0x1010ull
#define DATA_VADDR 0x402010ull /* congruent to DATA_OFFSET modulo the page size */
#define DATA_FILESZ 0x20ull
#define DATA_MEMSZ 0x3000ull
#define FILE_SIZE 0x1100ull
/* Bytes allocated for an image: tests may write files longer than FILE_SIZE from it. */
#define BUFFER_SIZE (DATA_MEMSZ + 0x100)
#define ENTRY 0x400100ull

/*
 * A minimal static arm64 executable: a read/execute segment holding the
 * headers and "code", a read/write segment whose file part is 0x20 bytes of
 * 0x11 followed in the file by 0xAA garbage that must not reach memory
 * (Linux zeroes the rest of the last file page), then 3 pages of bss, and a
 * PT_GNU_STACK header.
 */
static uint8_t *make_elf(uint16_t type)
{
    uint8_t *f = calloc(1, BUFFER_SIZE);
    Elf64_Ehdr *eh = (Elf64_Ehdr *)f;
    memcpy(eh->e_ident, ELFMAG, SELFMAG);
    eh->e_ident[EI_CLASS] = ELFCLASS64;
    eh->e_ident[EI_DATA] = ELFDATA2LSB;
    eh->e_ident[EI_VERSION] = EV_CURRENT;
    eh->e_type = type;
    eh->e_machine = EM_AARCH64;
    eh->e_version = EV_CURRENT;
    eh->e_entry = ENTRY;
    eh->e_phoff = sizeof(Elf64_Ehdr);
    eh->e_ehsize = sizeof(Elf64_Ehdr);
    eh->e_phentsize = sizeof(Elf64_Phdr);
    eh->e_phnum = 3;
    Elf64_Phdr *ph = (Elf64_Phdr *)(f + eh->e_phoff);
    ph[0] = (Elf64_Phdr){.p_type = PT_LOAD, .p_flags = PF_R | PF_X, .p_offset = 0,
                         .p_vaddr = TEXT_VADDR, .p_paddr = TEXT_VADDR, .p_filesz = 0x1000,
                         .p_memsz = 0x1000, .p_align = PAGE};
    ph[1] = (Elf64_Phdr){.p_type = PT_LOAD, .p_flags = PF_R | PF_W, .p_offset = DATA_OFFSET,
                         .p_vaddr = DATA_VADDR, .p_paddr = DATA_VADDR, .p_filesz = DATA_FILESZ,
                         .p_memsz = DATA_MEMSZ, .p_align = PAGE};
    ph[2] = (Elf64_Phdr){.p_type = PT_GNU_STACK, .p_flags = PF_R | PF_W};
    memset(f + 0x100, 0xd5, 0x100); /* "code" at the entry point */
    memset(f + DATA_OFFSET, 0x11, DATA_FILESZ);
    memset(f + DATA_OFFSET + DATA_FILESZ, 0xaa, FILE_SIZE - DATA_OFFSET - DATA_FILESZ);
    return f;
}

static Elf64_Ehdr *ehdr(uint8_t *f) { return (Elf64_Ehdr *)f; }
static Elf64_Phdr *phdr(uint8_t *f, int i) { return (Elf64_Phdr *)(f + sizeof(Elf64_Ehdr)) + i; }

static struct user_space space;
static char tmpdir[] = "/tmp/ferry-test-elf-XXXXXX";

static void setup(void) { ck_assert(user_space_init(&space, USER_SPACE_SIZE)); }
static void teardown(void) { user_space_destroy(&space); }

static const char *write_file(const char *name, const void *data, size_t len)
{
    static char path[512];
    snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    fclose(f);
    return path;
}

/* Loads `len` bytes of `data` from a file; returns the error text ("" on success). */
static const char *load_file(const void *data, size_t len, struct elf_image *image)
{
    static char err[256];
    err[0] = 0;
    const char *path = write_file("prog", data, len);
    struct elf_image scratch;
    if (!elf_load(&space, path, image ? image : &scratch, err, sizeof(err)))
        ck_assert(err[0] != 0);
    return err;
}

#define ck_assert_load_error(data, len, text)                                                      \
    do {                                                                                           \
        const char *e_ = load_file(data, len, 0);                                                  \
        ck_assert_msg(strcmp(e_, text) == 0, "got \"%s\", want \"%s\"", e_, text);                 \
        ck_assert(!user_space_is_mapped(&space, TEXT_VADDR, PAGE));                                \
    } while (0)

START_TEST(good_exec_loads_with_protections_and_zeroed_bss)
{
    uint8_t *f = make_elf(ET_EXEC);
    struct elf_image im;
    ck_assert_str_eq(load_file(f, FILE_SIZE, &im), "");
    ck_assert_uint_eq(im.entry, ENTRY);
    ck_assert_uint_eq(im.load_bias, 0);
    ck_assert_uint_eq(im.phdr, TEXT_VADDR + sizeof(Elf64_Ehdr));
    ck_assert_uint_eq(im.phnum, 3);
    ck_assert_uint_eq(im.phent, sizeof(Elf64_Phdr));
    ck_assert_uint_eq(im.end, DATA_VADDR + DATA_MEMSZ);
    /* Text: readable and executable, not writable; its bytes are the file's. */
    ck_assert_ptr_nonnull(user_space_host(&space, TEXT_VADDR, PAGE, USER_PROT_READ | USER_PROT_EXEC));
    ck_assert_ptr_null(user_space_host(&space, TEXT_VADDR, 1, USER_PROT_WRITE));
    ck_assert_int_eq(memcmp(space.host_base + TEXT_VADDR, f, 0x1000), 0);
    /* Data: file bytes, then zeroes to the end of bss, all read/write, not executable. */
    uint64_t data_page = DATA_VADDR & ~(PAGE - 1);
    uint64_t end_page = (DATA_VADDR + DATA_MEMSZ + PAGE - 1) & ~(PAGE - 1);
    ck_assert_ptr_nonnull(user_space_host(&space, data_page, end_page - data_page,
                                          USER_PROT_READ | USER_PROT_WRITE));
    ck_assert_ptr_null(user_space_host(&space, data_page, 1, USER_PROT_EXEC));
    const uint8_t *mem = space.host_base;
    for (uint64_t a = DATA_VADDR; a < DATA_VADDR + DATA_FILESZ; a++)
        ck_assert_uint_eq(mem[a], 0x11);
    for (uint64_t a = DATA_VADDR + DATA_FILESZ; a < end_page; a++)
        ck_assert_msg(mem[a] == 0, "bss byte at 0x%llx is 0x%x", (unsigned long long)a, mem[a]);
    /* Nothing mapped between the segments or above them. */
    ck_assert(!user_space_is_mapped(&space, TEXT_VADDR + PAGE, PAGE));
    ck_assert(!user_space_is_mapped(&space, end_page, PAGE));
    free(f);
}
END_TEST

START_TEST(static_pie_loads_at_the_fixed_base)
{
    uint8_t *f = make_elf(ET_DYN);
    /* A static-PIE links at 0. */
    ehdr(f)->e_entry = 0x100;
    phdr(f, 0)->p_vaddr = phdr(f, 0)->p_paddr = 0;
    phdr(f, 1)->p_vaddr = phdr(f, 1)->p_paddr = DATA_VADDR - TEXT_VADDR;
    struct elf_image im;
    ck_assert_str_eq(load_file(f, FILE_SIZE, &im), "");
    ck_assert_uint_eq(im.load_bias, USER_PIE_BASE);
    ck_assert_uint_eq(im.entry, USER_PIE_BASE + 0x100);
    ck_assert_uint_eq(im.phdr, USER_PIE_BASE + sizeof(Elf64_Ehdr));
    ck_assert_ptr_nonnull(user_space_host(&space, USER_PIE_BASE, PAGE, USER_PROT_EXEC));
    free(f);
}
END_TEST

START_TEST(bad_files_give_one_reason_and_map_nothing)
{
    char err[256];
    struct elf_image im;
    char missing[600];
    snprintf(missing, sizeof(missing), "%s/missing", tmpdir);
    ck_assert(!elf_load(&space, missing, &im, err, sizeof(err)));
    ck_assert_str_eq(err, "No such file or directory");
    ck_assert(!elf_load(&space, tmpdir, &im, err, sizeof(err)));
    ck_assert_str_eq(err, "not a regular file");

    ck_assert_load_error("#!/bin/sh\necho hi\n", 18, "not an ELF file");
    ck_assert_load_error("", 0, "not an ELF file (too short)");

    uint8_t *f = make_elf(ET_EXEC);
    ck_assert_load_error(f, 40, "truncated file (ELF header incomplete)");
    ck_assert_load_error(f, 100, "truncated file (program headers past the end)");
    ck_assert_load_error(f, 0x800, "truncated file (segment 0 extends past the end)");
    /* Headers intact, only the data segment's bytes are cut off. */
    phdr(f, 0)->p_filesz = phdr(f, 0)->p_memsz = 0x200;
    ck_assert_load_error(f, DATA_OFFSET + 4, "truncated file (segment 1 extends past the end)");
    free(f);

    f = make_elf(ET_EXEC);
    f[EI_CLASS] = ELFCLASS32;
    ck_assert_load_error(f, FILE_SIZE, "not an arm64 executable (32-bit ELF)");
    f[EI_CLASS] = ELFCLASS64;
    f[EI_DATA] = ELFDATA2MSB;
    ck_assert_load_error(f, FILE_SIZE, "not an arm64 executable (big-endian ELF)");
    f[EI_DATA] = ELFDATA2LSB;
    ehdr(f)->e_machine = EM_X86_64;
    ck_assert_load_error(f, FILE_SIZE, "not an arm64 executable (machine: x86-64)");
    ehdr(f)->e_machine = 4242;
    ck_assert_load_error(f, FILE_SIZE, "not an arm64 executable (machine 4242)");
    ehdr(f)->e_machine = EM_AARCH64;
    ehdr(f)->e_type = ET_REL;
    ck_assert_load_error(f, FILE_SIZE, "not an executable (ELF type 1)");
    ehdr(f)->e_type = ET_EXEC;
    ehdr(f)->e_phentsize = 32;
    ck_assert_load_error(f, FILE_SIZE, "bad program headers (entry size 32, count 3)");
    ehdr(f)->e_phentsize = sizeof(Elf64_Phdr);
    ehdr(f)->e_phnum = 0;
    ck_assert_load_error(f, FILE_SIZE, "bad program headers (entry size 56, count 0)");
    ehdr(f)->e_phnum = 3;
    phdr(f, 1)->p_filesz = DATA_MEMSZ + 1;
    phdr(f, 1)->p_offset = 0;
    phdr(f, 1)->p_vaddr = DATA_VADDR & ~(PAGE - 1);
    ck_assert_load_error(f, DATA_MEMSZ + 8, "bad program header 1 (sizes)");
    free(f);

    f = make_elf(ET_EXEC);
    phdr(f, 1)->p_vaddr += 8; /* no longer congruent with its file offset */
    ck_assert_load_error(f, FILE_SIZE, "bad program header 1 (offset and address misaligned)");
    phdr(f, 1)->p_vaddr -= 8;
    /* PT_INTERP whose path is empty, then one whose path lacks its NUL. */
    phdr(f, 2)->p_type = PT_INTERP;
    ck_assert_load_error(f, FILE_SIZE, "bad program header 2 (interpreter path)");
    memcpy(f + 0x200, "/lib/ld.so", 10);
    phdr(f, 2)->p_offset = 0x200;
    phdr(f, 2)->p_filesz = 10;
    ck_assert_load_error(f, FILE_SIZE, "bad program header 2 (interpreter path)");
    phdr(f, 0)->p_type = phdr(f, 1)->p_type = PT_NOTE;
    phdr(f, 2)->p_type = PT_NOTE;
    ck_assert_load_error(f, FILE_SIZE, "no loadable segments");
    free(f);

    /* Segments above the guest address space. */
    f = make_elf(ET_EXEC);
    phdr(f, 1)->p_vaddr = USER_SPACE_SIZE + DATA_OFFSET;
    ck_assert_load_error(f, FILE_SIZE, "segments at 0x400000-0x10000005000 lie outside the guest "
                                       "address space");
    free(f);
}
END_TEST

/* ---- the initial stack ---- */

static uint64_t word_at(uint64_t addr)
{
    uint64_t v;
    const void *p = user_space_host(&space, addr, 8, USER_PROT_READ);
    ck_assert_ptr_nonnull(p);
    memcpy(&v, p, 8);
    return v;
}

static const char *string_at(uint64_t addr)
{
    static char buf[256];
    ck_assert(user_space_read_string(&space, addr, buf, sizeof(buf)));
    return buf;
}

START_TEST(stack_layout_matches_linux)
{
    uint8_t *f = make_elf(ET_EXEC);
    struct elf_image im;
    ck_assert_str_eq(load_file(f, FILE_SIZE, &im), "");
    char *argv[] = {"prog", "first arg", 0};
    char *envp[] = {"A=1", "PATH=/bin", "EMPTY=", 0};
    struct stack_request req = {.top = USER_STACK_TOP, .size = 1 << 20, .argv = argv,
                                .envp = envp, .execfn = "/some/where/prog", .hwcap = 0x1234,
                                .hwcap2 = 0x5, .uid = 11, .euid = 12, .gid = 13, .egid = 14};
    char err[200];
    uint64_t sp = stack_build(&space, &req, &im, err, sizeof(err));
    ck_assert_msg(sp != 0, "%s", err);
    ck_assert_uint_eq(sp % 16, 0);
    ck_assert(sp < USER_STACK_TOP && sp >= USER_STACK_TOP - (1 << 20));
    ck_assert(user_space_is_mapped(&space, USER_STACK_TOP - (1 << 20), 1 << 20));

    uint64_t at = sp;
    ck_assert_uint_eq(word_at(at), 2);
    at += 8;
    ck_assert_str_eq(string_at(word_at(at)), "prog");
    ck_assert_str_eq(string_at(word_at(at + 8)), "first arg");
    ck_assert_uint_eq(word_at(at + 16), 0);
    at += 24;
    ck_assert_str_eq(string_at(word_at(at)), "A=1");
    ck_assert_str_eq(string_at(word_at(at + 8)), "PATH=/bin");
    ck_assert_str_eq(string_at(word_at(at + 16)), "EMPTY=");
    ck_assert_uint_eq(word_at(at + 24), 0);
    at += 32;

    /* The auxiliary vector, in the order Linux's create_elf_tables writes it. */
    static const uint64_t order[] = {AT_MINSIGSTKSZ, AT_HWCAP, AT_PAGESZ, AT_CLKTCK, AT_PHDR,
                                     AT_PHENT, AT_PHNUM, AT_BASE, AT_FLAGS, AT_ENTRY, AT_UID,
                                     AT_EUID, AT_GID, AT_EGID, AT_SECURE, AT_RANDOM, AT_HWCAP2,
                                     AT_EXECFN, AT_PLATFORM, AT_NULL};
    uint64_t value[64] = {0};
    for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++, at += 16) {
        ck_assert_uint_eq(word_at(at), order[i]);
        value[order[i]] = word_at(at + 8);
    }
    ck_assert_uint_eq(value[AT_NULL], 0);
    ck_assert_uint_eq(value[AT_MINSIGSTKSZ], 5120);
    ck_assert_uint_eq(value[AT_HWCAP], 0x1234);
    ck_assert_uint_eq(value[AT_HWCAP2], 0x5);
    ck_assert_uint_eq(value[AT_PAGESZ], 4096);
    ck_assert_uint_eq(value[AT_CLKTCK], 100);
    ck_assert_uint_eq(value[AT_PHDR], TEXT_VADDR + sizeof(Elf64_Ehdr));
    ck_assert_uint_eq(value[AT_PHENT], sizeof(Elf64_Phdr));
    ck_assert_uint_eq(value[AT_PHNUM], 3);
    ck_assert_uint_eq(value[AT_BASE], 0);
    ck_assert_uint_eq(value[AT_FLAGS], 0);
    ck_assert_uint_eq(value[AT_ENTRY], ENTRY);
    ck_assert_uint_eq(value[AT_UID], 11);
    ck_assert_uint_eq(value[AT_EUID], 12);
    ck_assert_uint_eq(value[AT_GID], 13);
    ck_assert_uint_eq(value[AT_EGID], 14);
    ck_assert_uint_eq(value[AT_SECURE], 0);
    ck_assert_str_eq(string_at(value[AT_EXECFN]), "/some/where/prog");
    ck_assert_str_eq(string_at(value[AT_PLATFORM]), "aarch64");
    /* AT_PHDR really points at the program headers. */
    ck_assert_int_eq(memcmp(space.host_base + value[AT_PHDR], phdr(f, 0), 3 * sizeof(Elf64_Phdr)), 0);
    /* 16 random bytes above the vector, inside the stack. */
    ck_assert(value[AT_RANDOM] >= at && value[AT_RANDOM] + 16 <= USER_STACK_TOP);
    ck_assert_ptr_nonnull(user_space_host(&space, value[AT_RANDOM], 16, USER_PROT_READ));
    /* The strings live above the vectors, the executable name at the very top. */
    ck_assert_uint_eq(value[AT_EXECFN] + strlen("/some/where/prog") + 1, USER_STACK_TOP);
    free(f);
}
END_TEST

START_TEST(stack_too_small_is_an_error)
{
    uint8_t *f = make_elf(ET_EXEC);
    struct elf_image im;
    ck_assert_str_eq(load_file(f, FILE_SIZE, &im), "");
    static char big[8192];
    memset(big, 'x', sizeof(big) - 1);
    char *argv[] = {big, 0};
    char *envp[] = {0};
    struct stack_request req = {.top = USER_STACK_TOP, .size = 4096, .argv = argv, .envp = envp,
                                .execfn = "p"};
    char err[200];
    ck_assert_uint_eq(stack_build(&space, &req, &im, err, sizeof(err)), 0);
    ck_assert_str_eq(err, "arguments and environment do not fit in the 4096-byte stack");
    free(f);
}
END_TEST

/* ---- arm64 ABI translation ---- */

START_TEST(arm64_stat_layout)
{
    /* asm-generic struct stat, as arm64 has it (x86-64's differs: nlink is 64-bit there, ...). */
    ck_assert_uint_eq(sizeof(struct arm64_stat), 128);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_dev), 0);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_ino), 8);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_mode), 16);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_nlink), 20);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_uid), 24);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_gid), 28);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_rdev), 32);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_size), 48);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_blksize), 56);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_blocks), 64);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_atime_sec), 72);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_mtime_sec), 88);
    ck_assert_uint_eq(offsetof(struct arm64_stat, st_ctime_sec), 104);

    struct stat st;
    memset(&st, 0, sizeof(st));
    st.st_dev = 0x801;
    st.st_ino = 0x123456789ull;
    st.st_mode = S_IFREG | 0644;
    st.st_nlink = 3;
    st.st_uid = 1000;
    st.st_gid = 100;
    st.st_rdev = 0x502;
    st.st_size = 0x1122334455ll;
    st.st_blksize = 4096;
    st.st_blocks = 77;
    st.st_atim = (struct timespec){1700000000, 1};
    st.st_mtim = (struct timespec){1700000001, 2};
    st.st_ctim = (struct timespec){1700000002, 999999999};
    struct arm64_stat g;
    memset(&g, 0xff, sizeof(g));
    stat_to_arm64(&st, &g);
    const uint8_t *raw = (const uint8_t *)&g;
    uint64_t u64;
    uint32_t u32;
    memcpy(&u64, raw + 8, 8);
    ck_assert_uint_eq(u64, 0x123456789ull);
    memcpy(&u32, raw + 16, 4);
    ck_assert_uint_eq(u32, S_IFREG | 0644);
    memcpy(&u32, raw + 20, 4);
    ck_assert_uint_eq(u32, 3);
    memcpy(&u32, raw + 24, 4);
    ck_assert_uint_eq(u32, 1000);
    memcpy(&u64, raw + 48, 8);
    ck_assert_uint_eq(u64, 0x1122334455ull);
    memcpy(&u32, raw + 56, 4);
    ck_assert_uint_eq(u32, 4096);
    memcpy(&u64, raw + 64, 8);
    ck_assert_uint_eq(u64, 77);
    memcpy(&u64, raw + 88, 8);
    ck_assert_uint_eq(u64, 1700000001);
    memcpy(&u64, raw + 112, 8);
    ck_assert_uint_eq(u64, 999999999);
    /* Padding is zero, not left over. */
    memcpy(&u64, raw + 40, 8);
    ck_assert_uint_eq(u64, 0);
    memcpy(&u64, raw + 120, 8);
    ck_assert_uint_eq(u64, 0);
}
END_TEST

START_TEST(open_flags_translate_both_ways)
{
    ck_assert_int_eq(open_flags_to_host(ARM64_O_DIRECTORY), O_DIRECTORY);
    ck_assert_int_eq(open_flags_to_host(ARM64_O_NOFOLLOW | O_CLOEXEC), O_NOFOLLOW | O_CLOEXEC);
    ck_assert_int_eq(open_flags_to_host(ARM64_O_DIRECT | O_RDWR), O_DIRECT | O_RDWR);
    ck_assert_int_eq(open_flags_to_host(O_CREAT | O_TRUNC | O_WRONLY | O_APPEND | O_NONBLOCK),
                     O_CREAT | O_TRUNC | O_WRONLY | O_APPEND | O_NONBLOCK);
    ck_assert_int_eq(open_flags_to_guest(O_DIRECTORY | O_RDONLY), ARM64_O_DIRECTORY);
    /* x86-64's kernel reports O_LARGEFILE in F_GETFL: arm64 has it at another bit. */
    ck_assert_int_eq(open_flags_to_guest(HOST_O_LARGEFILE | O_RDWR), ARM64_O_LARGEFILE | O_RDWR);
    ck_assert_int_eq(open_flags_to_guest(O_NOFOLLOW), ARM64_O_NOFOLLOW);
}
END_TEST

START_TEST(syscall_table_is_sorted_and_named)
{
    size_t n;
    const struct syscall_def *t = syscall_table_entries(&n);
    ck_assert(n > 300);
    for (size_t i = 1; i < n; i++)
        ck_assert_msg(t[i - 1].nr < t[i].nr, "row %zu (%s) out of order", i, t[i].name);
    for (size_t i = 0; i < n; i++)
        ck_assert(t[i].name && t[i].name[0]);
    ck_assert_str_eq(syscall_lookup(63)->name, "read");
    ck_assert_str_eq(syscall_lookup(222)->name, "mmap");
    ck_assert_str_eq(syscall_lookup(94)->name, "exit_group");
    ck_assert_ptr_null(syscall_lookup(293)); /* rseq: named, not implemented */
    ck_assert_ptr_null(syscall_lookup(4000));
}
END_TEST

/* ---- system calls on a process the test controls ---- */

static struct user_process proc;

static void proc_setup(void)
{
    memset(&proc, 0, sizeof(proc));
    ck_assert(user_space_init(&proc.space, USER_SPACE_SIZE));
    ck_assert_int_eq(user_space_map(&proc.space, 0x10000, 2 * PAGE,
                                    USER_PROT_READ | USER_PROT_WRITE), 0);
    ck_assert_int_eq(user_space_map(&proc.space, 0x20000, PAGE, USER_PROT_READ), 0);
    proc.brk_start = proc.brk = proc.brk_mapped = 0x100000;
    proc.exe_path = (char *)"/opt/guest/prog";
    proc.tid = getpid(); /* the leader thread, as the runner sets it */
    proc.cpu.log = stderr;
}

static void proc_teardown(void) { user_space_destroy(&proc.space); }

static int64_t call(syscall_fn *fn, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
                    uint64_t a4, uint64_t a5)
{
    const uint64_t a[6] = {a0, a1, a2, a3, a4, a5};
    return fn(&proc, a);
}

static void *gmem(uint64_t addr) { return proc.space.host_base + addr; }

START_TEST(bad_pointers_are_efault)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    ck_assert_int_eq(call(sys_write, (uint64_t)fds[1], 0x5000, 4, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(call(sys_write, (uint64_t)fds[1], 0x5000, 0, 0, 0, 0), 0);
    /* Read-only guest memory cannot be read into. */
    ck_assert_int_eq(call(sys_read, (uint64_t)fds[0], 0x20000, 4, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(call(sys_openat, (uint64_t)AT_FDCWD, 0x5000, O_RDONLY, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(call(sys_uname, 0x20000, 0, 0, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(call(sys_clock_gettime, CLOCK_MONOTONIC, 0xffffffffffff0000ull, 0, 0, 0, 0),
                     -EFAULT);
    ck_assert_int_eq(call(sys_fstat, (uint64_t)fds[0], 0x10000 + 2 * PAGE - 64, 0, 0, 0, 0),
                     -EFAULT);
    ck_assert_int_eq(call(sys_pipe2, 0x20000, 0, 0, 0, 0, 0), -EFAULT);
    /* Terminal ioctls on a pipe, and requests ferry does not translate: ENOTTY. */
    ck_assert_int_eq(call(sys_ioctl, (uint64_t)fds[0], 0x5401 /* TCGETS */, 0x10000, 0, 0, 0),
                     -ENOTTY);
    ck_assert_int_eq(call(sys_ioctl, (uint64_t)fds[0], 0x12345678, 0x10000, 0, 0, 0), -ENOTTY);
    close(fds[0]);
    close(fds[1]);
}
END_TEST

START_TEST(read_stops_at_the_end_of_guest_memory)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    char data[100];
    memset(data, 'z', sizeof(data));
    ck_assert_int_eq(write(fds[1], data, sizeof(data)), 100);
    /* 10 writable bytes before an unmapped page: Linux copies those and stops. */
    uint64_t buf = 0x12000 - 10;
    ck_assert_int_eq(call(sys_read, (uint64_t)fds[0], buf, 100, 0, 0, 0), 10);
    ck_assert_int_eq(memcmp(gmem(buf), data, 10), 0);
    close(fds[0]);
    close(fds[1]);
}
END_TEST

START_TEST(stat_and_file_syscalls)
{
    char path[600];
    snprintf(path, sizeof(path), "%s/statme", tmpdir);
    strcpy(gmem(0x10000), path);
    int64_t fd = call(sys_openat, (uint64_t)AT_FDCWD, 0x10000, O_CREAT | O_RDWR | O_TRUNC, 0640, 0, 0);
    ck_assert_int_ge(fd, 0);
    memcpy(gmem(0x10800), "hello, arm64", 12);
    ck_assert_int_eq(call(sys_write, (uint64_t)fd, 0x10800, 12, 0, 0, 0), 12);
    ck_assert_int_eq(call(sys_lseek, (uint64_t)fd, 0, SEEK_SET, 0, 0, 0), 0);
    ck_assert_int_eq(call(sys_pread64, (uint64_t)fd, 0x10900, 5, 7, 0, 0), 5);
    ck_assert_int_eq(memcmp(gmem(0x10900), "arm64", 5), 0);

    ck_assert_int_eq(call(sys_newfstatat, (uint64_t)AT_FDCWD, 0x10000, 0x11000, 0, 0, 0), 0);
    const struct arm64_stat *st = gmem(0x11000);
    ck_assert_int_eq(st->st_size, 12);
    ck_assert_uint_eq(st->st_mode, S_IFREG | 0640);
    ck_assert_uint_eq(st->st_nlink, 1);
    struct stat host;
    ck_assert_int_eq(stat(path, &host), 0);
    ck_assert_uint_eq(st->st_ino, host.st_ino);
    memset(gmem(0x11100), 0, 128);
    ck_assert_int_eq(call(sys_fstat, (uint64_t)fd, 0x11100, 0, 0, 0, 0), 0);
    ck_assert_int_eq(memcmp(gmem(0x11000), gmem(0x11100), 128), 0);

    /* F_GETFL reports arm64 flag bits. */
    int64_t fl = call(sys_fcntl, (uint64_t)fd, F_GETFL, 0, 0, 0, 0);
    ck_assert_int_eq(fl & O_ACCMODE, O_RDWR);
    ck_assert_int_eq(fl & ARM64_O_NOFOLLOW, 0);
    ck_assert_int_eq(call(sys_close, (uint64_t)fd, 0, 0, 0, 0, 0), 0);
    ck_assert_int_eq(call(sys_close, (uint64_t)fd, 0, 0, 0, 0, 0), -EBADF);

    ck_assert_int_eq(call(sys_unlinkat, (uint64_t)AT_FDCWD, 0x10000, 0, 0, 0, 0), 0);
    ck_assert_int_eq(call(sys_newfstatat, (uint64_t)AT_FDCWD, 0x10000, 0x11000, 0, 0, 0), -ENOENT);
}
END_TEST

START_TEST(proc_self_exe_is_the_guest_program)
{
    strcpy(gmem(0x10000), "/proc/self/exe");
    ck_assert_int_eq(call(sys_readlinkat, (uint64_t)AT_FDCWD, 0x10000, 0x10100, 64, 0, 0), 15);
    ck_assert_int_eq(memcmp(gmem(0x10100), "/opt/guest/prog", 15), 0);
    /* Truncated to the buffer, no NUL, as Linux does. */
    ck_assert_int_eq(call(sys_readlinkat, (uint64_t)AT_FDCWD, 0x10000, 0x10200, 4, 0, 0), 4);
    ck_assert_int_eq(call(sys_readlinkat, (uint64_t)AT_FDCWD, 0x10000, 0x10200, 0, 0, 0), -EINVAL);
}
END_TEST

START_TEST(uname_says_aarch64)
{
    ck_assert_int_eq(call(sys_uname, 0x10000, 0, 0, 0, 0, 0), 0);
    /* struct utsname: six 65-byte fields; machine is the fifth. */
    ck_assert_str_eq((const char *)gmem(0x10000 + 4 * 65), "aarch64");
    ck_assert_str_eq((const char *)gmem(0x10000), "Linux");
}
END_TEST

START_TEST(brk_grows_and_shrinks)
{
    ck_assert_int_eq(call(sys_brk, 0, 0, 0, 0, 0, 0), 0x100000);
    ck_assert_int_eq(call(sys_brk, 0x100000 + 10000, 0, 0, 0, 0, 0), 0x100000 + 10000);
    ck_assert_ptr_nonnull(user_space_host(&proc.space, 0x100000, 3 * PAGE,
                                          USER_PROT_READ | USER_PROT_WRITE));
    ck_assert_int_eq(call(sys_brk, 0x100000 + 100, 0, 0, 0, 0, 0), 0x100000 + 100);
    ck_assert(user_space_is_mapped(&proc.space, 0x100000, PAGE));
    ck_assert(!user_space_is_mapped(&proc.space, 0x101000, PAGE));
    /* Below the start: refused, the break stays. */
    ck_assert_int_eq(call(sys_brk, 0x1000, 0, 0, 0, 0, 0), 0x100000 + 100);
    /* Growing into an existing mapping is refused too. */
    ck_assert_int_eq(user_space_map(&proc.space, 0x104000, PAGE, USER_PROT_READ), 0);
    ck_assert_int_eq(call(sys_brk, 0x106000, 0, 0, 0, 0, 0), 0x100000 + 100);
}
END_TEST

START_TEST(mmap_munmap_mprotect_mremap)
{
    int64_t a = call(sys_mmap, 0, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                     (uint64_t)-1, 0);
    ck_assert_int_ge(a, (int64_t)USER_MMAP_BASE);
    ck_assert_ptr_nonnull(user_space_host(&proc.space, (uint64_t)a, 3 * PAGE, USER_PROT_WRITE));
    ck_assert_int_eq(call(sys_mmap, (uint64_t)a, PAGE, PROT_READ,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, (uint64_t)-1, 0),
                     -EEXIST);
    ck_assert_int_eq(call(sys_mprotect, (uint64_t)a + PAGE, PAGE, PROT_READ, 0, 0, 0), 0);
    ck_assert_ptr_null(user_space_host(&proc.space, (uint64_t)a + PAGE, 1, USER_PROT_WRITE));
    ck_assert_int_eq(call(sys_mprotect, (uint64_t)a + 1, PAGE, PROT_READ, 0, 0, 0), -EINVAL);
    ((uint8_t *)gmem((uint64_t)a))[5] = 42;
    /* Grow in place (the next pages are free), then move to a fixed address. */
    ck_assert_int_eq(call(sys_mremap, (uint64_t)a, 3 * PAGE, 5 * PAGE, 0, 0, 0), a);
    int64_t b = call(sys_mremap, (uint64_t)a, 5 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED,
                     0x30000000, 0);
    ck_assert_int_eq(b, 0x30000000);
    ck_assert_uint_eq(((uint8_t *)gmem(0x30000000))[5], 42);
    ck_assert(!user_space_is_mapped(&proc.space, (uint64_t)a, PAGE));
    ck_assert_int_eq(call(sys_munmap, 0x30000000, 2 * PAGE, 0, 0, 0, 0), 0);
    ck_assert(!user_space_is_mapped(&proc.space, 0x30000000, PAGE));
    ck_assert_int_eq(call(sys_munmap, 0x30000001, PAGE, 0, 0, 0, 0), -EINVAL);
    ck_assert_int_eq(call(sys_mmap, 0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, (uint64_t)-1, 0),
                     -EINVAL);

    /* A private file mapping sees the file's bytes. */
    char path[600];
    snprintf(path, sizeof(path), "%s/mapme", tmpdir);
    int fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, "mapped!", 7), 7);
    int64_t m = call(sys_mmap, 0, PAGE, PROT_READ, MAP_PRIVATE, (uint64_t)fd, 0);
    ck_assert_int_ge(m, (int64_t)USER_MMAP_BASE);
    ck_assert_int_eq(memcmp(gmem((uint64_t)m), "mapped!", 7), 0);
    ck_assert_ptr_null(user_space_host(&proc.space, (uint64_t)m, 1, USER_PROT_WRITE));
    close(fd);
    unlink(path);
}
END_TEST

START_TEST(futex_on_a_single_thread)
{
    uint32_t *word = gmem(0x10000);
    *word = 7;
    ck_assert_int_eq(call(sys_futex, 0x10000, FUTEX_WAIT_PRIVATE, 8, 0, 0, 0), -EAGAIN);
    struct timespec *ts = gmem(0x10100);
    *ts = (struct timespec){0, 1000000};
    ck_assert_int_eq(call(sys_futex, 0x10000, FUTEX_WAIT_PRIVATE, 7, 0x10100, 0, 0), -ETIMEDOUT);
    ck_assert_int_eq(call(sys_futex, 0x10000, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0), 0);
    ck_assert_int_eq(call(sys_set_robust_list, 0x10000, 24, 0, 0, 0, 0), 0);
    ck_assert_int_eq(call(sys_set_robust_list, 0x10000, 12, 0, 0, 0, 0), -EINVAL);
    ck_assert_int_eq(call(sys_futex, 0x10002, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0), -EINVAL);
    ck_assert_int_eq(call(sys_futex, 0x5000, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0), 0);
    ck_assert_int_eq(call(sys_futex, 0x5000, FUTEX_WAKE, 1, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(call(sys_futex, 0x5000, FUTEX_WAIT_PRIVATE, 1, 0, 0, 0), -EFAULT);
    /* FUTEX_WAKE_OP: *uaddr2 += 3. */
    uint32_t *word2 = gmem(0x10004);
    *word2 = 10;
    uint32_t add3 = (FUTEX_OP_ADD << 28) | (3 << 12);
    ck_assert_int_eq(call(sys_futex, 0x10000, FUTEX_WAKE_OP, 1, 1, 0x10004, add3), 0);
    ck_assert_uint_eq(*word2, 13);
}
END_TEST

START_TEST(signal_bookkeeping)
{
    /* rt_sigaction round-trips arm64's struct sigaction (handler, flags, restorer, mask). */
    uint64_t *act = gmem(0x10000), *old = gmem(0x10100);
    act[0] = 0x400abc;
    act[1] = 0x04000000;
    act[2] = 0x400def;
    act[3] = 0x5;
    ck_assert_int_eq(call(sys_rt_sigaction, 10, 0x10000, 0, 8, 0, 0), 0);
    ck_assert_int_eq(call(sys_rt_sigaction, 10, 0, 0x10100, 8, 0, 0), 0);
    ck_assert_int_eq(memcmp(act, old, 32), 0);
    ck_assert_int_eq(call(sys_rt_sigaction, 9, 0x10000, 0, 8, 0, 0), -EINVAL);
    ck_assert_int_eq(call(sys_rt_sigaction, 10, 0x10000, 0, 16, 0, 0), -EINVAL);
    /* A blocked signal sent to ourselves stays pending and kills once unblocked. */
    uint64_t *set = gmem(0x10200);
    *set = 1ull << (15 - 1); /* SIGTERM */
    ck_assert_int_eq(call(sys_rt_sigprocmask, SIG_BLOCK, 0x10200, 0, 8, 0, 0), 0);
    ck_assert_int_eq(call(sys_tgkill, (uint64_t)getpid(), (uint64_t)getpid(), 15, 0, 0, 0), 0);
    ck_assert_int_eq(proc.death_signal, 0);
    ck_assert_int_eq(call(sys_rt_sigpending, 0x10300, 8, 0, 0, 0, 0), 0);
    ck_assert_uint_eq(*(uint64_t *)gmem(0x10300), 1ull << 14);
    ck_assert_int_eq(call(sys_rt_sigprocmask, SIG_UNBLOCK, 0x10200, 0, 8, 0, 0), 0);
    ck_assert_int_eq(proc.death_signal, 15);
    /* sigaltstack records the stack and gives it back. */
    uint64_t *ss = gmem(0x10400), *oss = gmem(0x10500);
    ss[0] = 0x12000;
    ss[1] = 0;
    ss[2] = 8192;
    ck_assert_int_eq(call(sys_sigaltstack, 0x10400, 0x10500, 0, 0, 0, 0), 0);
    ck_assert_uint_eq(oss[1] & 0xffffffff, 2); /* SS_DISABLE before */
    ck_assert_int_eq(call(sys_sigaltstack, 0, 0x10500, 0, 0, 0, 0), 0);
    ck_assert_uint_eq(oss[0], 0x12000);
    ck_assert_uint_eq(oss[1] & 0xffffffff, 0);
    ck_assert_uint_eq(oss[2], 8192);
    ss[2] = 100;
    ck_assert_int_eq(call(sys_sigaltstack, 0x10400, 0, 0, 0, 0, 0), -ENOMEM);
}
END_TEST

START_TEST(unimplemented_syscalls_are_enosys_and_reported)
{
    char *logbuf = 0;
    size_t loglen = 0;
    FILE *log = open_memstream(&logbuf, &loglen);
    proc.cpu.log = log;
    proc.cpu.trace_flags = TRACE_UNIMP;
    proc.cpu.x[8] = 293;
    proc.cpu.x[0] = 123;
    syscall_dispatch(&proc);
    ck_assert_int_eq((int64_t)proc.cpu.x[0], -ENOSYS);
    proc.cpu.x[8] = 4000;
    syscall_dispatch(&proc);
    ck_assert_int_eq((int64_t)proc.cpu.x[0], -ENOSYS);
    proc.cpu.x[8] = 1ull << 40;
    syscall_dispatch(&proc);
    ck_assert_int_eq((int64_t)proc.cpu.x[0], -ENOSYS);
    fclose(log);
    ck_assert_str_eq(logbuf, "Unsupported syscall: 293 (rseq)\n"
                             "Unsupported syscall: 4000 (unknown)\n"
                             "Unsupported syscall: 1099511627776 (unknown)\n");
    free(logbuf);
    proc.cpu.log = stderr;
}
END_TEST

START_TEST(dynamic_program_reports_its_interpreter)
{
    uint8_t *f = make_elf(ET_DYN);
    memcpy(f + 0x200, "/lib/ld-linux-aarch64.so.1", 27);
    phdr(f, 2)->p_type = PT_INTERP;
    phdr(f, 2)->p_offset = 0x200;
    phdr(f, 2)->p_filesz = 27;
    struct elf_image image;
    char err[256] = "";
    ck_assert_msg(elf_load_bytes(&space, f, FILE_SIZE, &image, err, sizeof(err)), "%s", err);
    ck_assert_str_eq(image.interp, "/lib/ld-linux-aarch64.so.1");
    ck_assert_uint_eq(image.load_bias, USER_PIE_BASE - TEXT_VADDR);
    free(f);
}
END_TEST

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    Suite *s = suite_create("user");
    TCase *tc = tcase_create("elf");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, good_exec_loads_with_protections_and_zeroed_bss);
    tcase_add_test(tc, static_pie_loads_at_the_fixed_base);
    tcase_add_test(tc, bad_files_give_one_reason_and_map_nothing);
    tcase_add_test(tc, stack_layout_matches_linux);
    tcase_add_test(tc, stack_too_small_is_an_error);
    tcase_add_test(tc, dynamic_program_reports_its_interpreter);
    suite_add_tcase(s, tc);
    TCase *abi = tcase_create("abi");
    tcase_add_test(abi, arm64_stat_layout);
    tcase_add_test(abi, open_flags_translate_both_ways);
    tcase_add_test(abi, syscall_table_is_sorted_and_named);
    suite_add_tcase(s, abi);
    TCase *sys = tcase_create("syscalls");
    tcase_add_checked_fixture(sys, proc_setup, proc_teardown);
    tcase_add_test(sys, bad_pointers_are_efault);
    tcase_add_test(sys, read_stops_at_the_end_of_guest_memory);
    tcase_add_test(sys, stat_and_file_syscalls);
    tcase_add_test(sys, proc_self_exe_is_the_guest_program);
    tcase_add_test(sys, uname_says_aarch64);
    tcase_add_test(sys, brk_grows_and_shrinks);
    tcase_add_test(sys, mmap_munmap_mprotect_mremap);
    tcase_add_test(sys, futex_on_a_single_thread);
    tcase_add_test(sys, signal_bookkeeping);
    tcase_add_test(sys, unimplemented_syscalls_are_enosys_and_reported);
    suite_add_tcase(s, sys);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    char cmd[600];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return failed != 0;
}
