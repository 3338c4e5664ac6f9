/* The code cache's double mapping (code_cache.h). */
#include "cpu/dbt/code_cache.h"

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int new_memfd(size_t size)
{
    int fd = memfd_create("ferry-code", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, (off_t)size) != 0) {
        perror("ferry: code cache (memfd)");
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}

bool code_cache_init(struct code_cache *cc, size_t size)
{
    memset(cc, 0, sizeof(*cc));
    int fd = new_memfd(size);
    if (fd < 0)
        return false;
    void *w = mmap(0, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    void *r = mmap(0, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    close(fd); /* the mappings keep the memory */
    if (w == MAP_FAILED || r == MAP_FAILED) {
        perror("ferry: code cache (mmap)");
        if (w != MAP_FAILED)
            munmap(w, size);
        if (r != MAP_FAILED)
            munmap(r, size);
        return false;
    }
    cc->write = w;
    cc->run = r;
    cc->run_offset = (intptr_t)((uintptr_t)r - (uintptr_t)w);
    cc->size = size;
    return true;
}

void code_cache_destroy(struct code_cache *cc)
{
    if (cc->write) {
        munmap(cc->write, cc->size);
        munmap((void *)cc->run, cc->size);
    }
    memset(cc, 0, sizeof(*cc));
}

int code_cache_snapshot(const struct code_cache *cc)
{
    if (!cc->write)
        return -1;
    int fd = new_memfd(cc->size);
    if (fd < 0)
        return -1;
    size_t done = 0;
    while (done < cc->used) {
        ssize_t n = pwrite(fd, cc->write + done, cc->used - done, (off_t)done);
        if (n <= 0) {
            close(fd);
            return -1;
        }
        done += (size_t)n;
    }
    return fd;
}

bool code_cache_adopt(struct code_cache *cc, int fd)
{
    if (fd < 0)
        return false;
    /* the same addresses, now backed by the copy: every code pointer stays valid */
    void *w = mmap(cc->write, cc->size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0);
    void *r = mmap((void *)cc->run, cc->size, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_FIXED, fd, 0);
    close(fd);
    return w != MAP_FAILED && r != MAP_FAILED;
}
