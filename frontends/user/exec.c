/*
 * execve for ferry-user: a new arm64 program runs under a fresh ferry-user,
 * so `sh -c`, make and busybox's re-exec through /proc/self/exe keep
 * working without binfmt_misc.
 *
 * The guest path is resolved like every other (sysroot first,
 * /proc/self/exe is the guest program). Then, by what the file is:
 *   - an arm64 ELF: the host execs ferry-user itself with the same options
 *     that matter (-L, -d) and `-0 ARGV0 -- PATH ARGS...`;
 *   - "#!INTERP [ARG]": the interpreter (itself resolved in the sysroot)
 *     takes the script's place, as the kernel does, and the above applies;
 *   - anything else (a host binary): the host execs it directly.
 * The guest's envp becomes the new process's environment, which ferry-user
 * hands on to the new guest. On success nothing returns; on failure the
 * guest gets -errno and carries on.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontends/user/options.h"
#include "frontends/user/syscall.h"

#define MAX_EXEC_ARGS 4096

/* Reads a NULL-terminated guest array of string pointers into host strings (malloc'd). */
static int64_t guest_string_array(struct user_process *p, uint64_t addr, char ***out, size_t *count)
{
    size_t n = 0, cap = 16;
    char **list = calloc(cap + 1, sizeof(char *));
    if (!list)
        return -ENOMEM;
    for (; addr; n++) {
        uint64_t ptr;
        if (n == MAX_EXEC_ARGS || copy_from_guest(p, &ptr, addr + 8 * n, 8)) {
            for (size_t i = 0; i < n; i++)
                free(list[i]);
            free(list);
            return n == MAX_EXEC_ARGS ? -E2BIG : -EFAULT;
        }
        if (!ptr)
            break;
        if (n == cap) {
            cap *= 2;
            char **bigger = realloc(list, (cap + 1) * sizeof(char *));
            if (!bigger)
                break;
            list = bigger;
        }
        char buf[PATH_MAX * 4];
        if (!guest_string(p, ptr, buf, sizeof(buf))) {
            for (size_t i = 0; i < n; i++)
                free(list[i]);
            free(list);
            return -EFAULT;
        }
        list[n] = strdup(buf);
    }
    list[n] = 0;
    *out = list;
    *count = n;
    return 0;
}

static void free_array(char **list)
{
    for (size_t i = 0; list && list[i]; i++)
        free(list[i]);
    free(list);
}

enum file_kind { FILE_ARM64_ELF, FILE_SCRIPT, FILE_OTHER };

/* What `path` is, reading its first bytes; the #! line goes into shebang. */
static int64_t classify(const char *path, char *shebang, size_t cap, enum file_kind *kind)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    uint8_t head[256];
    ssize_t n = read(fd, head, sizeof(head) - 1);
    close(fd);
    if (n < 0)
        return -errno;
    if (access(path, X_OK) != 0)
        return -EACCES;
    *kind = FILE_OTHER;
    if (n >= (ssize_t)sizeof(Elf64_Ehdr) && memcmp(head, ELFMAG, SELFMAG) == 0 &&
        head[EI_CLASS] == ELFCLASS64 && ((Elf64_Ehdr *)head)->e_machine == EM_AARCH64) {
        *kind = FILE_ARM64_ELF;
    } else if (n > 2 && head[0] == '#' && head[1] == '!') {
        head[n] = 0;
        size_t len = strcspn((char *)head + 2, "\n");
        if (len >= cap || len + 2 == (size_t)n)
            return -ENOEXEC; /* no end of line within the first bytes */
        memcpy(shebang, head + 2, len);
        shebang[len] = 0;
        *kind = FILE_SCRIPT;
    }
    return 0;
}

/* Looks an absolute interpreter path up in the sysroot first, like every guest path. */
static void resolve(const struct user_process *p, const char *path, char *out, size_t cap)
{
    if (p->sysroot && path[0] == '/') {
        snprintf(out, cap, "%s%s", p->sysroot, path);
        if (access(out, F_OK) == 0)
            return;
    }
    snprintf(out, cap, "%s", path);
}

int64_t sys_execve(struct user_process *p, const uint64_t *a)
{
    char path[PATH_MAX];
    int64_t err = guest_path_lookup(p, a[0], path, sizeof(path));
    if (err)
        return err;
    char **argv = 0, **envp = 0;
    size_t argc = 0, envc = 0;
    err = guest_string_array(p, a[1], &argv, &argc);
    if (!err)
        err = guest_string_array(p, a[2], &envp, &envc);
    if (err) {
        free_array(argv);
        return err;
    }
    char shebang[256], interp[PATH_MAX], program[PATH_MAX];
    enum file_kind kind;
    err = classify(path, shebang, sizeof(shebang), &kind);
    snprintf(program, sizeof(program), "%s", path);
    /* Arguments that go before the guest's own argv[1..]: the script's interpreter line. */
    const char *pre[3] = {0, 0, 0};
    size_t npre = 0;
    if (!err && kind == FILE_SCRIPT) {
        char *name = shebang + strspn(shebang, " \t");
        char *arg = name + strcspn(name, " \t");
        if (*arg) {
            *arg++ = 0;
            arg += strspn(arg, " \t");
        }
        resolve(p, name, interp, sizeof(interp));
        char nested[8];
        err = classify(interp, nested, sizeof(nested), &kind);
        if (!err && kind == FILE_SCRIPT)
            err = -ENOEXEC; /* an interpreter that is itself a script is not supported */
        pre[npre++] = name;
        if (*arg)
            pre[npre++] = arg;
        pre[npre++] = path; /* the script itself */
        snprintf(program, sizeof(program), "%s", interp);
    }
    if (err) {
        free_array(argv);
        free_array(envp);
        return err;
    }
    /* The new program's argv: the script's interpreter line first, if any. */
    const char **final_argv = calloc(argc + npre + 1, sizeof(char *));
    if (!final_argv) {
        free_array(argv);
        free_array(envp);
        return -ENOMEM;
    }
    size_t nfinal = 0;
    for (size_t i = 0; i < npre; i++)
        final_argv[nfinal++] = pre[i];
    for (size_t i = npre ? 1 : 0; i < argc; i++)
        final_argv[nfinal++] = argv[i];
    if (nfinal == 0)
        final_argv[nfinal++] = program; /* an empty argv still names the program */
    final_argv[nfinal] = 0;

    const char **args = 0;
    if (kind == FILE_OTHER) {
        execve(program, (char *const *)final_argv, envp);
    } else {
        /* ferry-user [-L DIR] [-d ITEMS] --accel ENGINE -0 ARGV0 -- PROGRAM ARGS... */
        char self[PATH_MAX], items[256];
        ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
        args = calloc(nfinal + 12, sizeof(char *));
        if (n > 0 && args) {
            self[n] = 0;
            user_trace_items_text(p->cpu.trace_flags, items, sizeof(items));
            size_t k = 0;
            args[k++] = "ferry-user";
            if (p->sysroot) {
                args[k++] = "-L";
                args[k++] = p->sysroot;
            }
            if (items[0]) {
                args[k++] = "-d";
                args[k++] = items;
            }
            args[k++] = "--accel";
            args[k++] = p->cpu.engine == CPU_ENGINE_INTERP ? "interp" : "dbt";
            args[k++] = "-0";
            args[k++] = final_argv[0];
            args[k++] = "--";
            args[k++] = program;
            for (size_t i = 1; i < nfinal; i++)
                args[k++] = final_argv[i];
            args[k] = 0;
            fflush(p->cpu.log);
            execve(self, (char *const *)args, envp);
        }
    }
    err = -errno;
    free(args);
    free(final_argv);
    free_array(argv);
    free_array(envp);
    return err;
}
