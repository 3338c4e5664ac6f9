/*
 * Sockets, epoll, eventfd and pselect for ferry-user.
 *
 * Socket addresses, socket options, struct msghdr and control messages
 * have the same layout on arm64 and x86-64 (both LP64, asm-generic socket
 * constants), so buffers pass straight through once every guest pointer in
 * them has been checked and turned into a host pointer. struct epoll_event
 * is the exception: x86-64 packs it to 12 bytes, arm64 aligns it to 16, so
 * events are copied field by field.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "frontends/user/syscall.h"

#define MAX_IOV 1024
#define MAX_EPOLL_EVENTS 1024

/* A guest socket address buffer of *len bytes, or NULL when the guest passed none. */
static int64_t sockaddr_in(struct user_process *p, uint64_t addr, uint64_t len, void **out)
{
    *out = 0;
    if (!addr)
        return 0;
    if (len > 4096)
        return -EINVAL;
    *out = guest_ptr(p, addr, len, USER_PROT_READ);
    return *out ? 0 : -EFAULT;
}

/* An (address buffer, length pointer) pair the kernel fills in: both checked. */
static int64_t sockaddr_out(struct user_process *p, uint64_t addr, uint64_t len_addr, void **buf,
                            socklen_t **len)
{
    *buf = 0;
    *len = 0;
    if (!addr)
        return 0;
    *len = guest_ptr(p, len_addr, sizeof(socklen_t), USER_PROT_READ | USER_PROT_WRITE);
    if (!*len)
        return -EFAULT;
    if (**len > 4096)
        return -EINVAL;
    *buf = guest_ptr(p, addr, **len, USER_PROT_WRITE);
    return *buf || **len == 0 ? 0 : -EFAULT;
}

int64_t sys_socket(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(socket((int)a[0], (int)a[1], (int)a[2]));
}

int64_t sys_socketpair(struct user_process *p, const uint64_t *a)
{
    int fds[2];
    if (!guest_ptr(p, a[3], sizeof(fds), USER_PROT_WRITE))
        return -EFAULT;
    if (socketpair((int)a[0], (int)a[1], (int)a[2], fds) != 0)
        return -errno;
    return copy_to_guest(p, a[3], fds, sizeof(fds));
}

int64_t sys_bind(struct user_process *p, const uint64_t *a)
{
    void *sa;
    int64_t err = sockaddr_in(p, a[1], a[2], &sa);
    return err ? err : syscall_result(bind((int)a[0], sa, (socklen_t)a[2]));
}

int64_t sys_connect(struct user_process *p, const uint64_t *a)
{
    void *sa;
    int64_t err = sockaddr_in(p, a[1], a[2], &sa);
    return err ? err : syscall_result(connect((int)a[0], sa, (socklen_t)a[2]));
}

int64_t sys_listen(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(listen((int)a[0], (int)a[1]));
}

int64_t sys_accept4(struct user_process *p, const uint64_t *a)
{
    void *sa;
    socklen_t *len;
    int64_t err = sockaddr_out(p, a[1], a[2], &sa, &len);
    return err ? err : syscall_result(accept4((int)a[0], sa, len, (int)a[3]));
}

int64_t sys_accept(struct user_process *p, const uint64_t *a)
{
    uint64_t with_flags[4] = {a[0], a[1], a[2], 0};
    return sys_accept4(p, with_flags);
}

int64_t sys_getsockname(struct user_process *p, const uint64_t *a)
{
    void *sa;
    socklen_t *len;
    int64_t err = sockaddr_out(p, a[1], a[2], &sa, &len);
    if (!err && !sa)
        return -EFAULT;
    return err ? err : syscall_result(getsockname((int)a[0], sa, len));
}

int64_t sys_getpeername(struct user_process *p, const uint64_t *a)
{
    void *sa;
    socklen_t *len;
    int64_t err = sockaddr_out(p, a[1], a[2], &sa, &len);
    if (!err && !sa)
        return -EFAULT;
    return err ? err : syscall_result(getpeername((int)a[0], sa, len));
}

int64_t sys_sendto(struct user_process *p, const uint64_t *a)
{
    const void *buf = a[2] ? guest_ptr(p, a[1], a[2], USER_PROT_READ) : "";
    void *sa;
    if (!buf)
        return -EFAULT;
    int64_t err = sockaddr_in(p, a[4], a[5], &sa);
    if (err)
        return err;
    return syscall_result(sendto((int)a[0], buf, a[2], (int)a[3], sa, (socklen_t)a[5]));
}

int64_t sys_recvfrom(struct user_process *p, const uint64_t *a)
{
    void *buf = a[2] ? guest_ptr(p, a[1], a[2], USER_PROT_WRITE) : 0;
    if (!buf && a[2])
        return -EFAULT;
    void *sa;
    socklen_t *len;
    int64_t err = sockaddr_out(p, a[4], a[5], &sa, &len);
    if (err)
        return err;
    return syscall_result(recvfrom((int)a[0], buf, a[2], (int)a[3], sa, len));
}

int64_t sys_setsockopt(struct user_process *p, const uint64_t *a)
{
    const void *val = a[4] ? guest_ptr(p, a[3], a[4], USER_PROT_READ) : 0;
    if (!val && a[4])
        return -EFAULT;
    return syscall_result(setsockopt((int)a[0], (int)a[1], (int)a[2], val, (socklen_t)a[4]));
}

int64_t sys_getsockopt(struct user_process *p, const uint64_t *a)
{
    void *val;
    socklen_t *len;
    int64_t err = sockaddr_out(p, a[3], a[4], &val, &len);
    if (err)
        return err;
    return syscall_result(getsockopt((int)a[0], (int)a[1], (int)a[2], val, len));
}

int64_t sys_shutdown(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(shutdown((int)a[0], (int)a[1]));
}

/*
 * A guest struct msghdr turned into a host one: name, iovecs and control
 * buffer checked and translated. `write` is true for recvmsg (buffers are
 * filled by the kernel).
 */
static int64_t host_msghdr(struct user_process *p, uint64_t addr, bool write, struct msghdr *out,
                           struct iovec *iov)
{
    struct msghdr g;
    if (copy_from_guest(p, &g, addr, sizeof(g)))
        return -EFAULT;
    int prot = write ? USER_PROT_WRITE : USER_PROT_READ;
    if (g.msg_iovlen > MAX_IOV || g.msg_namelen > 4096 || g.msg_controllen > 65536)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    if (g.msg_name) {
        out->msg_name = guest_ptr(p, (uint64_t)g.msg_name, g.msg_namelen, prot);
        if (!out->msg_name)
            return -EFAULT;
        out->msg_namelen = g.msg_namelen;
    }
    int64_t err = host_iovecs(p, (uint64_t)g.msg_iov, g.msg_iovlen, prot, iov);
    if (err)
        return err;
    out->msg_iov = iov;
    out->msg_iovlen = g.msg_iovlen;
    if (g.msg_control && g.msg_controllen) {
        out->msg_control = guest_ptr(p, (uint64_t)g.msg_control, g.msg_controllen, prot);
        if (!out->msg_control)
            return -EFAULT;
        out->msg_controllen = g.msg_controllen;
    }
    out->msg_flags = g.msg_flags;
    return 0;
}

int64_t sys_sendmsg(struct user_process *p, const uint64_t *a)
{
    struct msghdr m;
    struct iovec iov[MAX_IOV];
    int64_t err = host_msghdr(p, a[1], false, &m, iov);
    return err ? err : syscall_result(sendmsg((int)a[0], &m, (int)a[2]));
}

int64_t sys_recvmsg(struct user_process *p, const uint64_t *a)
{
    struct msghdr m;
    struct iovec iov[MAX_IOV];
    int64_t err = host_msghdr(p, a[1], true, &m, iov);
    if (err)
        return err;
    ssize_t n = recvmsg((int)a[0], &m, (int)a[2]);
    if (n < 0)
        return -errno;
    /* The kernel updates these three fields of the caller's msghdr. */
    struct msghdr *g = guest_ptr(p, a[1], sizeof(*g), USER_PROT_WRITE);
    if (!g)
        return -EFAULT;
    g->msg_namelen = m.msg_namelen;
    g->msg_controllen = m.msg_controllen;
    g->msg_flags = m.msg_flags;
    return n;
}

/* ---- eventfd, epoll, pselect ---- */

int64_t sys_eventfd2(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(eventfd((unsigned)a[0], (int)a[1]));
}

int64_t sys_epoll_create1(struct user_process *p, const uint64_t *a)
{
    (void)p;
    return syscall_result(epoll_create1((int)a[0]));
}

/* arm64's struct epoll_event: not packed, so data sits at offset 8. */
struct arm64_epoll_event {
    uint32_t events;
    uint32_t pad;
    uint64_t data;
};

int64_t sys_epoll_ctl(struct user_process *p, const uint64_t *a)
{
    struct epoll_event ev = {0}, *evp = 0;
    if ((int)a[1] != EPOLL_CTL_DEL || a[3]) {
        struct arm64_epoll_event g;
        if (copy_from_guest(p, &g, a[3], sizeof(g)))
            return -EFAULT;
        ev.events = g.events;
        ev.data.u64 = g.data;
        evp = &ev;
    }
    return syscall_result(epoll_ctl((int)a[0], (int)a[1], (int)a[2], evp));
}

int64_t sys_epoll_pwait(struct user_process *p, const uint64_t *a)
{
    p->eintr_is_final = true; /* interrupted by a handler: EINTR even with SA_RESTART */
    int max = (int)a[2];
    if (max <= 0 || max > MAX_EPOLL_EVENTS)
        return -EINVAL;
    struct arm64_epoll_event *out =
        guest_ptr(p, a[1], (uint64_t)max * sizeof(*out), USER_PROT_WRITE);
    if (!out)
        return -EFAULT;
    struct epoll_event events[MAX_EPOLL_EVENTS];
    /* The signal mask argument is ignored: no signal arrives from outside yet. */
    int n = epoll_wait((int)a[0], events, max, (int)a[3]);
    if (n < 0)
        return -errno;
    for (int i = 0; i < n; i++)
        out[i] = (struct arm64_epoll_event){.events = events[i].events, .data = events[i].data.u64};
    return n;
}

int64_t sys_pselect6(struct user_process *p, const uint64_t *a)
{
    p->eintr_is_final = true; /* interrupted by a handler: EINTR even with SA_RESTART */
    int nfds = (int)a[0];
    if (nfds < 0 || nfds > FD_SETSIZE)
        return -EINVAL;
    size_t bytes = ((size_t)nfds + 63) / 64 * 8;
    fd_set *sets[3] = {0, 0, 0};
    fd_set copies[3];
    for (int i = 0; i < 3; i++) {
        if (!a[1 + i])
            continue;
        uint8_t *g = guest_ptr(p, a[1 + i], bytes, USER_PROT_READ | USER_PROT_WRITE);
        if (!g)
            return -EFAULT;
        FD_ZERO(&copies[i]);
        memcpy(&copies[i], g, bytes);
        sets[i] = &copies[i];
    }
    struct timespec ts, *tsp = 0;
    if (a[4]) {
        if (copy_from_guest(p, &ts, a[4], sizeof(ts)))
            return -EFAULT;
        tsp = &ts;
    }
    int n = pselect(nfds, sets[0], sets[1], sets[2], tsp, 0);
    if (n < 0)
        return -errno;
    for (int i = 0; i < 3; i++)
        if (sets[i])
            memcpy(guest_ptr(p, a[1 + i], bytes, USER_PROT_WRITE), sets[i], bytes);
    return n;
}
