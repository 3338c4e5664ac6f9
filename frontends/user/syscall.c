/*
 * The syscall dispatcher of ferry-user and the guest-memory helpers every
 * handler uses. The table itself is syscall_table.c. A call with no handler
 * returns -ENOSYS to the guest and, under `-d unimp`, logs
 * "Unsupported syscall: N (name)".
 */
#include "frontends/user/syscall.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/user/code_watch.h"

static int compare_nr(const void *key, const void *entry)
{
    unsigned nr = *(const unsigned *)key, other = ((const struct syscall_def *)entry)->nr;
    return nr < other ? -1 : nr > other;
}

/* A row, implemented or not, or NULL for a number Linux does not define. */
static const struct syscall_def *syscall_row(uint64_t nr)
{
    size_t count;
    const struct syscall_def *table = syscall_table_entries(&count);
    if (nr > UINT32_MAX)
        return 0;
    unsigned key = (unsigned)nr;
    return bsearch(&key, table, count, sizeof(table[0]), compare_nr);
}

const struct syscall_def *syscall_lookup(unsigned nr)
{
    const struct syscall_def *def = syscall_row(nr);
    return def && def->fn ? def : 0;
}

void syscall_dispatch(struct user_process *p)
{
    struct cpu_state *cpu = &p->cpu;
    const uint64_t *a = cpu->x;
    const struct syscall_def *def = syscall_row(cpu->x[8]);
    int64_t ret;
    if (!def || !def->fn) {
        char number[24];
        snprintf(number, sizeof(number), "%" PRIu64, cpu->x[8]);
        if (cpu->trace_flags & TRACE_UNIMP)
            fprintf(cpu->log, "Unsupported syscall: %" PRIu64 " (%s)\n", cpu->x[8],
                    def ? def->name : "unknown");
        if (cpu->trace_flags & TRACE_STRACE)
            fprintf(cpu->log, "%s%s(...) = -1 errno=%d (%s) [not implemented]\n",
                    def ? def->name : "syscall_", def ? "" : number, ENOSYS, strerror(ENOSYS));
        ret = -ENOSYS;
    } else {
        if (cpu->trace_flags & TRACE_STRACE)
            fprintf(cpu->log, "%s(0x%" PRIx64 ",0x%" PRIx64 ",0x%" PRIx64 ",0x%" PRIx64
                              ",0x%" PRIx64 ",0x%" PRIx64 ")",
                    def->name, a[0], a[1], a[2], a[3], a[4], a[5]);
        ret = def->fn(p, a);
        if (cpu->trace_flags & TRACE_STRACE) {
            if (ret < 0 && ret >= -4095)
                fprintf(cpu->log, " = -1 errno=%d (%s)\n", (int)-ret, strerror((int)-ret));
            else
                fprintf(cpu->log, " = %" PRId64 "\n", ret);
        }
    }
    cpu->x[0] = (uint64_t)ret;
}

void *guest_ptr(struct user_process *p, uint64_t addr, uint64_t len, int prot)
{
    void *host = user_space_host(&p->space, addr, len, prot);
    if (host && (prot & USER_PROT_WRITE))
        code_watch_syscall_store(p, addr, len); /* the host kernel would fail with EFAULT */
    return host;
}

bool guest_string(struct user_process *p, uint64_t addr, char *buf, size_t cap)
{
    return user_space_read_string(&p->space, addr, buf, cap);
}

uint64_t guest_prefix(struct user_process *p, uint64_t addr, uint64_t len, int prot)
{
    uint64_t done = 0;
    while (done < len) {
        uint64_t page_left = TLB_PAGE_SIZE - ((addr + done) & ~TLB_PAGE_MASK);
        uint64_t chunk = page_left < len - done ? page_left : len - done;
        if (!guest_ptr(p, addr + done, chunk, prot))
            break;
        done += chunk;
    }
    return done;
}

int64_t copy_to_guest(struct user_process *p, uint64_t addr, const void *src, size_t len)
{
    void *dst = guest_ptr(p, addr, len, USER_PROT_WRITE);
    if (!dst)
        return -EFAULT;
    memcpy(dst, src, len);
    return 0;
}

int64_t copy_from_guest(struct user_process *p, void *dst, uint64_t addr, size_t len)
{
    const void *src = guest_ptr(p, addr, len, USER_PROT_READ);
    if (!src)
        return -EFAULT;
    memcpy(dst, src, len);
    return 0;
}
