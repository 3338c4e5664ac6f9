/*
 * Extended attributes (getxattr, setxattr, listxattr, removexattr and their
 * l- and f- forms), passed through to the host file system as qemu-aarch64
 * does: paths are looked up the same way as for open (the sysroot first),
 * names and values are copied between guest memory and the host call
 * unchanged, and the host's errno (ENODATA, ENOTSUP, ERANGE, ...) is the
 * guest's answer. `ls -l` asks for POSIX ACLs and SELinux labels this way.
 */
#include <errno.h>
#include <limits.h>
#include <sys/xattr.h>

#include "frontends/user/syscall.h"

/* Linux's limits (uapi linux/limits.h): XATTR_NAME_MAX, XATTR_SIZE_MAX, XATTR_LIST_MAX. */
#define NAME_CAP (255 + 1)
#define VALUE_MAX 65536u

enum xattr_target { BY_PATH, BY_LINK, BY_FD };

/* Resolves the first argument (a guest path, or an fd) and the attribute name (if has_name). */
static int64_t xattr_operands(struct user_process *p, const uint64_t *a, enum xattr_target target,
                              bool has_name, char *path, char *name)
{
    if (target != BY_FD) {
        int64_t err = guest_path_lookup(p, a[0], path, PATH_MAX);
        if (err)
            return err;
    }
    if (has_name && !guest_string(p, a[1], name, NAME_CAP))
        return guest_ptr(p, a[1], 1, USER_PROT_READ) ? -ERANGE : -EFAULT;
    return 0;
}

/* A guest buffer of `size` bytes (capped at `max`) the host call may fill or read; NULL if size 0. */
static int64_t xattr_buffer(struct user_process *p, uint64_t addr, uint64_t *size, uint64_t max,
                            int prot, void **buf)
{
    if (*size > max)
        *size = max;
    *buf = 0;
    if (*size && !(*buf = guest_ptr(p, addr, *size, prot)))
        return -EFAULT;
    return 0;
}

static int64_t get_xattr(struct user_process *p, const uint64_t *a, enum xattr_target target)
{
    char path[PATH_MAX], name[NAME_CAP];
    void *value;
    uint64_t size = a[3];
    int64_t err = xattr_operands(p, a, target, true, path, name);
    if (!err)
        err = xattr_buffer(p, a[2], &size, VALUE_MAX, USER_PROT_WRITE, &value);
    if (err)
        return err;
    switch (target) {
    case BY_PATH: return syscall_result(getxattr(path, name, value, size));
    case BY_LINK: return syscall_result(lgetxattr(path, name, value, size));
    default: return syscall_result(fgetxattr((int)a[0], name, value, size));
    }
}

static int64_t list_xattr(struct user_process *p, const uint64_t *a, enum xattr_target target)
{
    char path[PATH_MAX];
    void *list;
    uint64_t size = a[2];
    int64_t err = xattr_operands(p, a, target, false, path, 0);
    if (!err)
        err = xattr_buffer(p, a[1], &size, VALUE_MAX, USER_PROT_WRITE, &list);
    if (err)
        return err;
    switch (target) {
    case BY_PATH: return syscall_result(listxattr(path, list, size));
    case BY_LINK: return syscall_result(llistxattr(path, list, size));
    default: return syscall_result(flistxattr((int)a[0], list, size));
    }
}

static int64_t set_xattr(struct user_process *p, const uint64_t *a, enum xattr_target target)
{
    char path[PATH_MAX], name[NAME_CAP];
    void *value;
    uint64_t size = a[3];
    if (size > VALUE_MAX)
        return -E2BIG;
    int64_t err = xattr_operands(p, a, target, true, path, name);
    if (!err)
        err = xattr_buffer(p, a[2], &size, VALUE_MAX, USER_PROT_READ, &value);
    if (err)
        return err;
    int flags = (int)a[4];
    switch (target) {
    case BY_PATH: return syscall_result(setxattr(path, name, value, size, flags));
    case BY_LINK: return syscall_result(lsetxattr(path, name, value, size, flags));
    default: return syscall_result(fsetxattr((int)a[0], name, value, size, flags));
    }
}

static int64_t remove_xattr(struct user_process *p, const uint64_t *a, enum xattr_target target)
{
    char path[PATH_MAX], name[NAME_CAP];
    int64_t err = xattr_operands(p, a, target, true, path, name);
    if (err)
        return err;
    switch (target) {
    case BY_PATH: return syscall_result(removexattr(path, name));
    case BY_LINK: return syscall_result(lremovexattr(path, name));
    default: return syscall_result(fremovexattr((int)a[0], name));
    }
}

int64_t sys_getxattr(struct user_process *p, const uint64_t *a) { return get_xattr(p, a, BY_PATH); }
int64_t sys_lgetxattr(struct user_process *p, const uint64_t *a) { return get_xattr(p, a, BY_LINK); }
int64_t sys_fgetxattr(struct user_process *p, const uint64_t *a) { return get_xattr(p, a, BY_FD); }
int64_t sys_listxattr(struct user_process *p, const uint64_t *a) { return list_xattr(p, a, BY_PATH); }
int64_t sys_llistxattr(struct user_process *p, const uint64_t *a) { return list_xattr(p, a, BY_LINK); }
int64_t sys_flistxattr(struct user_process *p, const uint64_t *a) { return list_xattr(p, a, BY_FD); }
int64_t sys_setxattr(struct user_process *p, const uint64_t *a) { return set_xattr(p, a, BY_PATH); }
int64_t sys_lsetxattr(struct user_process *p, const uint64_t *a) { return set_xattr(p, a, BY_LINK); }
int64_t sys_fsetxattr(struct user_process *p, const uint64_t *a) { return set_xattr(p, a, BY_FD); }
int64_t sys_removexattr(struct user_process *p, const uint64_t *a) { return remove_xattr(p, a, BY_PATH); }
int64_t sys_lremovexattr(struct user_process *p, const uint64_t *a) { return remove_xattr(p, a, BY_LINK); }
int64_t sys_fremovexattr(struct user_process *p, const uint64_t *a) { return remove_xattr(p, a, BY_FD); }
