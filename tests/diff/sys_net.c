/*
 * Differential test: socket, epoll, eventfd and pselect system calls.
 * A Unix socket pair carries data, scatter/gather messages and a passed
 * file descriptor; epoll reports readiness with the caller's 64-bit data
 * (whose layout differs between arm64 and x86-64); a TCP connection runs
 * over the loopback interface. Descriptor numbers and ports are not
 * printed: the emulators hold different descriptors of their own.
 */
#include "ferry_test.h"

enum {
    SYS_eventfd2 = 19, SYS_epoll_create1 = 20, SYS_epoll_ctl = 21, SYS_epoll_pwait = 22,
    SYS_pselect6 = 72, SYS_socket = 198, SYS_socketpair = 199, SYS_bind = 200,
    SYS_listen = 201, SYS_connect = 203, SYS_getsockname = 204, SYS_sendto = 206,
    SYS_recvfrom = 207, SYS_setsockopt = 208, SYS_getsockopt = 209, SYS_shutdown = 210,
    SYS_sendmsg = 211, SYS_recvmsg = 212, SYS_accept4 = 242, SYS_pipe2 = 59,
    AF_UNIX_ = 1, AF_INET_ = 2, SOCK_STREAM_ = 1, SOL_SOCKET_ = 1, SO_REUSEADDR_ = 2,
    SO_TYPE_ = 3, SCM_RIGHTS_ = 1, EPOLLIN_ = 1, EPOLL_CTL_ADD_ = 1,
};

#define SYS(n, a, b, c, d, e, f) ft_syscall(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

struct iov { void *base; uint64_t len; };
struct msghdr_ {
    void *name; uint32_t namelen, pad0; struct iov *iov; uint64_t iovlen;
    void *control; uint64_t controllen; int32_t flags, pad1;
};
struct cmsg_rights { uint64_t len; int32_t level, type; int32_t fd, pad; };
struct epoll_event_ { uint32_t events, pad; uint64_t data; };
struct sockaddr_in_ { uint16_t family, port; uint32_t addr; uint8_t zero[8]; };

static void unix_pair(void)
{
    int sv[2];
    check1("socketpair", (uint64_t)SYS(SYS_socketpair, AF_UNIX_, SOCK_STREAM_, 0, sv, 0, 0));
    check1("sendto", (uint64_t)SYS(SYS_sendto, sv[0], "hello", 5, 0, 0, 0));
    char buf[16] = {0};
    check2("recvfrom", (uint64_t)SYS(SYS_recvfrom, sv[1], buf, sizeof(buf), 0, 0, 0),
           *(uint64_t *)buf);

    /* sendmsg: two iovecs plus a descriptor (the read end of a pipe). */
    int pipefd[2];
    SYS(SYS_pipe2, pipefd, 0, 0, 0, 0, 0);
    SYS(64, pipefd[1], "via pipe", 8, 0, 0, 0);
    struct iov out_iov[2] = {{"scatter-", 8}, {"gather", 6}};
    struct cmsg_rights rights = {20, SOL_SOCKET_, SCM_RIGHTS_, pipefd[0], 0};
    struct msghdr_ msg = {0, 0, 0, out_iov, 2, &rights, 24, 0, 0};
    check1("sendmsg", (uint64_t)SYS(SYS_sendmsg, sv[0], &msg, 0, 0, 0, 0));

    char a[8] = {0}, b[8] = {0};
    struct iov in_iov[2] = {{a, 5}, {b, 8}};
    struct cmsg_rights got = {0};
    struct msghdr_ in = {0, 0, 0, in_iov, 2, &got, sizeof(got), 0, 0};
    int64_t n = SYS(SYS_recvmsg, sv[1], &in, 0, 0, 0, 0);
    check3("recvmsg", (uint64_t)n, *(uint64_t *)a, *(uint64_t *)b);
    check3("cmsg", got.len, (uint64_t)got.level, (uint64_t)got.type);
    check1("controllen", in.controllen);
    /* The passed descriptor reads the pipe. */
    char piped[9] = {0};
    check2("passed fd reads", (uint64_t)SYS(63, got.fd, piped, 8, 0, 0, 0), *(uint64_t *)piped);

    /* epoll: data comes back exactly as registered. */
    int ep = (int)SYS(SYS_epoll_create1, 0, 0, 0, 0, 0, 0);
    struct epoll_event_ ev = {EPOLLIN_, 0, 0x1122334455667788ull};
    check1("epoll_ctl", (uint64_t)SYS(SYS_epoll_ctl, ep, EPOLL_CTL_ADD_, sv[1], &ev, 0, 0));
    struct epoll_event_ events[4] = {{0}};
    check1("epoll idle", (uint64_t)SYS(SYS_epoll_pwait, ep, events, 4, 0, 0, 8));
    SYS(SYS_sendto, sv[0], "x", 1, 0, 0, 0);
    check3("epoll ready", (uint64_t)SYS(SYS_epoll_pwait, ep, events, 4, 1000, 0, 8),
           events[0].events, events[0].data);

    /* pselect6 on the same socket (still readable). */
    uint64_t readfds = 1ull << sv[1];
    struct { int64_t sec, nsec; } timeout = {1, 0};
    check2("pselect6", (uint64_t)SYS(SYS_pselect6, sv[1] + 1, &readfds, 0, 0, &timeout, 0),
           readfds == (1ull << sv[1]));
    check1("shutdown", (uint64_t)SYS(SYS_shutdown, sv[0], 1, 0, 0, 0, 0));
}

static void event_fd(void)
{
    int fd = (int)SYS(SYS_eventfd2, 5, 0, 0, 0, 0, 0);
    uint64_t add = 7, value = 0;
    SYS(64, fd, &add, 8, 0, 0, 0);
    check2("eventfd", (uint64_t)SYS(63, fd, &value, 8, 0, 0, 0), value);
}

static void tcp_loopback(void)
{
    int server = (int)SYS(SYS_socket, AF_INET_, SOCK_STREAM_, 0, 0, 0, 0);
    int one = 1, type = 0;
    uint32_t len = 4;
    check1("setsockopt", (uint64_t)SYS(SYS_setsockopt, server, SOL_SOCKET_, SO_REUSEADDR_, &one, 4, 0));
    check2("getsockopt", (uint64_t)SYS(SYS_getsockopt, server, SOL_SOCKET_, SO_TYPE_, &type, &len, 0),
           (uint64_t)type);
    struct sockaddr_in_ addr = {AF_INET_, 0, 0x0100007f, {0}};
    check1("bind", (uint64_t)SYS(SYS_bind, server, &addr, sizeof(addr), 0, 0, 0));
    check1("listen", (uint64_t)SYS(SYS_listen, server, 1, 0, 0, 0, 0));
    uint32_t alen = sizeof(addr);
    check2("getsockname", (uint64_t)SYS(SYS_getsockname, server, &addr, &alen, 0, 0, 0), alen);
    int client = (int)SYS(SYS_socket, AF_INET_, SOCK_STREAM_, 0, 0, 0, 0);
    check1("connect", (uint64_t)SYS(SYS_connect, client, &addr, sizeof(addr), 0, 0, 0));
    struct sockaddr_in_ peer;
    uint32_t plen = sizeof(peer);
    int conn = (int)SYS(SYS_accept4, server, &peer, &plen, 0, 0, 0);
    check3("accept4", conn > 0, plen, peer.addr);
    SYS(SYS_sendto, client, "over tcp", 8, 0, 0, 0);
    char buf[9] = {0};
    check2("tcp recv", (uint64_t)SYS(SYS_recvfrom, conn, buf, 8, 0x100 /* MSG_WAITALL */, 0, 0),
           *(uint64_t *)buf);
}

int test_main(void)
{
    unix_pair();
    event_fd();
    tcp_loopback();
    return 0;
}
