/*
 * The initial process stack as the Linux arm64 kernel builds it:
 *
 *     sp ->  argc
 *            argv[0..argc-1], NULL
 *            envp[...], NULL
 *            auxv pairs ..., AT_NULL
 *            (padding)
 *            16 random bytes (AT_RANDOM), "aarch64" (AT_PLATFORM)
 *            argument and environment strings, the executable name (AT_EXECFN)
 *     top
 *
 * sp is 16-byte aligned.
 */
#ifndef FERRY_FRONTENDS_USER_STACK_H
#define FERRY_FRONTENDS_USER_STACK_H

#include <stddef.h>
#include <stdint.h>

#include "frontends/user/elf_load.h"
#include "mmu/user_space.h"

struct stack_request {
    uint64_t top;  /* highest stack address (exclusive) */
    uint64_t size; /* bytes mapped below top */
    char *const *argv;
    char *const *envp;
    const char *execfn;
    uint64_t hwcap, hwcap2;
    uint64_t interp_base; /* AT_BASE: where the dynamic linker is loaded, 0 if none */
    uint32_t uid, euid, gid, egid;
};

/* Maps the stack and writes the layout above. Returns the initial sp, or 0 (err says why). */
uint64_t stack_build(struct user_space *space, const struct stack_request *req,
                     const struct elf_image *image, char *err, size_t errlen);

#endif
