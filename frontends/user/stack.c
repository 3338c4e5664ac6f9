/* Builds the initial stack of a user-mode process; layout in stack.h. */
#include "frontends/user/stack.h"

#include <elf.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

#define PAGE 4096ull

#ifndef AT_MINSIGSTKSZ
#define AT_MINSIGSTKSZ 51
#endif
/* Linux arm64's minimum signal stack (sizeof the signal frame with FP/SIMD state). */
#define ARM64_MINSIGSTKSZ 5120

struct stack_writer {
    struct user_space *space;
    uint64_t sp;    /* next free byte is below this */
    uint64_t floor; /* lowest mapped stack address */
    bool overflow;
};

static uint64_t push_bytes(struct stack_writer *w, const void *data, size_t len)
{
    if (w->sp - w->floor < len) {
        w->overflow = true;
        return 0;
    }
    w->sp -= len;
    memcpy(w->space->host_base + w->sp, data, len);
    return w->sp;
}

static uint64_t push_string(struct stack_writer *w, const char *s)
{
    return push_bytes(w, s, strlen(s) + 1);
}

static size_t count_strings(char *const *list)
{
    size_t n = 0;
    while (list && list[n])
        n++;
    return n;
}

uint64_t stack_build(struct user_space *space, const struct stack_request *req,
                     const struct elf_image *image, char *err, size_t errlen)
{
    uint64_t floor = req->top - req->size;
    if (req->size < PAGE || req->size % PAGE || user_space_map(space, floor, req->size,
                                                               USER_PROT_READ | USER_PROT_WRITE)) {
        snprintf(err, errlen, "cannot map a %llu-byte stack", (unsigned long long)req->size);
        return 0;
    }
    struct stack_writer w = {space, req->top, floor, false};
    size_t argc = count_strings(req->argv), envc = count_strings(req->envp);

    uint64_t execfn = push_string(&w, req->execfn);
    uint64_t env_addr[envc ? envc : 1], arg_addr[argc ? argc : 1];
    for (size_t i = envc; i-- > 0;)
        env_addr[i] = push_string(&w, req->envp[i]);
    for (size_t i = argc; i-- > 0;)
        arg_addr[i] = push_string(&w, req->argv[i]);
    uint64_t platform = push_string(&w, "aarch64");
    uint8_t random_bytes[16];
    if (getrandom(random_bytes, sizeof(random_bytes), 0) != (ssize_t)sizeof(random_bytes))
        memset(random_bytes, 0x5a, sizeof(random_bytes));
    w.sp &= ~15ull;
    uint64_t random_addr = push_bytes(&w, random_bytes, sizeof(random_bytes));

    const uint64_t auxv[][2] = {
        {AT_MINSIGSTKSZ, ARM64_MINSIGSTKSZ},
        {AT_HWCAP, req->hwcap},
        {AT_PAGESZ, PAGE},
        {AT_CLKTCK, 100},
        {AT_PHDR, image->phdr},
        {AT_PHENT, image->phent},
        {AT_PHNUM, image->phnum},
        {AT_BASE, req->interp_base},
        {AT_FLAGS, 0},
        {AT_ENTRY, image->entry},
        {AT_UID, req->uid},
        {AT_EUID, req->euid},
        {AT_GID, req->gid},
        {AT_EGID, req->egid},
        {AT_SECURE, 0},
        {AT_RANDOM, random_addr},
        {AT_HWCAP2, req->hwcap2},
        {AT_EXECFN, execfn},
        {AT_PLATFORM, platform},
        {AT_NULL, 0},
    };
    size_t nauxv = sizeof(auxv) / sizeof(auxv[0]);
    size_t words = 1 + argc + 1 + envc + 1 + 2 * nauxv;
    w.sp = (w.sp - words * 8) & ~15ull;
    if (w.sp < floor || w.overflow) {
        snprintf(err, errlen, "arguments and environment do not fit in the %llu-byte stack",
                 (unsigned long long)req->size);
        return 0;
    }
    uint64_t *out = (uint64_t *)(space->host_base + w.sp);
    size_t k = 0;
    out[k++] = argc;
    for (size_t i = 0; i < argc; i++)
        out[k++] = arg_addr[i];
    out[k++] = 0;
    for (size_t i = 0; i < envc; i++)
        out[k++] = env_addr[i];
    out[k++] = 0;
    for (size_t i = 0; i < nauxv; i++) {
        out[k++] = auxv[i][0];
        out[k++] = auxv[i][1];
    }
    return w.sp;
}
