/* The host terminal in raw mode while ferry runs; see terminal.h. */
#include "frontends/system/terminal.h"

#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

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

void terminal_raw_mode(void)
{
    if (termios_saved || !isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_termios) != 0)
        return;
    termios_saved = true;
    atexit(restore_terminal);
    static const int fatal[] = {SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL};
    for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
        signal(fatal[i], restore_and_die);
    struct termios raw = saved_termios;
    cfmakeraw(&raw);
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
}
