/* Host terminal as the guest's serial console; see console.h. */
#include "frontends/system/console.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define CTRL_A 0x01

/* The terminal state to restore: a global because atexit and signal handlers need it. */
static struct termios saved_termios;
static bool termios_saved;

static void restore_terminal(void)
{
    if (termios_saved)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

static void restore_and_die(int sig)
{
    restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* All of buf to fd, through EINTR and short writes; gives up on a real error (nothing to report it to). */
static void write_all(int fd, const void *buf, size_t n)
{
    const uint8_t *p = buf;
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) {
            if (w < 0 && errno == EINTR)
                continue;
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

void console_write(uint8_t byte) { write_all(STDOUT_FILENO, &byte, 1); }

static void say(const char *text) { write_all(STDERR_FILENO, text, strlen(text)); }

/* One key from the terminal: an escape sequence, or a byte for the guest. */
static void take_key(struct console *c, uint8_t byte)
{
    if (c->escape) {
        c->escape = false;
        if (byte == 'x') {
            say("\r\nferry: terminated (Ctrl-A x)\r\n");
            c->quit = true;
            return;
        }
        if (byte == 'h' || byte == '?') {
            say("\r\nC-a h    print this help\r\nC-a x    exit ferry\r\nC-a C-a  send C-a\r\n");
            return;
        }
        if (byte != CTRL_A)
            return; /* unknown escape: dropped, as QEMU does */
    } else if (byte == CTRL_A) {
        c->escape = true;
        return;
    }
    if (c->held_count < sizeof(c->held)) /* a guest that never reads loses what overflows */
        c->held[c->held_count++] = byte;
}

/* The loop saw stdin readable (or hung up): take what is there without waiting. */
static void read_input(void *opaque, int fd, short revents)
{
    struct console *c = opaque;
    (void)revents;
    /* Read even when the guest takes nothing, so Ctrl-A x always works. */
    while (!c->input_eof && !c->quit) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP)))
            break;
        uint8_t byte;
        ssize_t n = read(fd, &byte, 1);
        if (n == 0)
            c->input_eof = true;
        if (n <= 0)
            break;
        take_key(c, byte);
    }
    if (c->input_eof) /* a closed stdin would poll ready forever */
        main_loop_unwatch(c->loop, fd);
}

void console_init(struct console *c, struct main_loop *loop)
{
    memset(c, 0, sizeof(*c));
    c->loop = loop;
    main_loop_watch(loop, STDIN_FILENO, POLLIN, read_input, c);
    /* After a guest reboot the terminal is raw already: keep the state saved the first time. */
    if (termios_saved || !isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_termios) != 0)
        return;
    termios_saved = true;
    atexit(restore_terminal);
    static const int fatal[] = {SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL};
    for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
        signal(fatal[i], restore_and_die);
    struct termios raw = saved_termios;
    cfmakeraw(&raw); /* the guest's tty does the echoing and the line discipline */
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
}

void console_poll(struct console *c, unsigned room, void (*deliver)(void *opaque, uint8_t byte),
                  void *opaque)
{
    unsigned give = c->held_count < room ? c->held_count : room;
    for (unsigned i = 0; i < give; i++)
        deliver(opaque, c->held[i]);
    memmove(c->held, c->held + give, c->held_count - give);
    c->held_count -= give;
}
