/*
 * Loading a static arm64 Linux ELF executable (ET_EXEC or static-PIE) into
 * a user-mode address space.
 */
#ifndef FERRY_FRONTENDS_USER_ELF_LOAD_H
#define FERRY_FRONTENDS_USER_ELF_LOAD_H

#include <stddef.h>
#include <stdint.h>

#include "mmu/user_space.h"

struct elf_image {
    uint64_t entry;     /* guest address of the first instruction */
    uint64_t load_bias; /* 0 for ET_EXEC, the load base for static-PIE */
    uint64_t phdr;      /* guest address of the program headers (AT_PHDR) */
    uint64_t phnum, phent;
    uint64_t end;       /* highest guest address of any segment (brk starts above it) */
    char interp[256];   /* PT_INTERP path (dynamic executables), "" if none */
};

/*
 * Loads `path`. On failure returns false and writes one line, the reason a
 * user can act on ("not an ELF file", "truncated file (...)", ...), into
 * err; nothing in the address space is left mapped then.
 */
bool elf_load(struct user_space *space, const char *path, struct elf_image *out, char *err,
              size_t errlen);

/* The same, from a file already in memory (unit tests). */
bool elf_load_bytes(struct user_space *space, const uint8_t *data, size_t size,
                    struct elf_image *out, char *err, size_t errlen);

/*
 * elf_load with the address an ET_DYN image goes to chosen by the caller
 * (the dynamic linker is loaded away from the program).
 */
bool elf_load_at(struct user_space *space, const char *path, uint64_t dyn_base,
                 struct elf_image *out, char *err, size_t errlen);

#endif
