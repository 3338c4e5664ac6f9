/*
 * Executable memory for translated code, W^X: one memfd mapped twice, read
 * and write at `write` for the translator, read and execute at `run` for the
 * CPU. Allocation is a bump pointer; the cache is only ever emptied whole
 * (code_cache_reset), keeping the first `fixed` bytes (the entry and exit
 * trampolines).
 */
#ifndef FERRY_CPU_DBT_CODE_CACHE_H
#define FERRY_CPU_DBT_CODE_CACHE_H

#if defined(FERRY_LAYER_A64) || defined(FERRY_LAYER_EXEC)
#error "only cpu/dbt and above include cpu/dbt (DESIGN.md: dbt -> exec -> a64)"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct code_cache {
    uint8_t *write;       /* writable view */
    const uint8_t *run;   /* executable view of the same bytes */
    intptr_t run_offset;  /* run - write */
    size_t size, used, fixed;
};

/* Maps `size` bytes; false (with a message on stderr) when the host refuses. */
bool code_cache_init(struct code_cache *cc, size_t size);
void code_cache_destroy(struct code_cache *cc);

/*
 * fork() would leave parent and child sharing the memfd, so the child's
 * code moves to its own copy at the same addresses. The copy is made
 * before the fork (code_cache_snapshot: a memfd, or -1 when the host
 * refuses), since the parent goes on writing (translating, chaining) at
 * once; after it the child maps it (code_cache_adopt, false when the host
 * refuses: the cache is then unusable) and the parent closes it.
 */
int code_cache_snapshot(const struct code_cache *cc);
bool code_cache_adopt(struct code_cache *cc, int fd);

static inline void code_cache_reset(struct code_cache *cc) { cc->used = cc->fixed; }

#endif
