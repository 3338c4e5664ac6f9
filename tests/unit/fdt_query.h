/*
 * Reading a built device tree in tests: a node by path, a property as
 * big-endian cells or as a string, each failing the test (with the path
 * and property named) when it is not there.
 */
#ifndef FERRY_TESTS_UNIT_FDT_QUERY_H
#define FERRY_TESTS_UNIT_FDT_QUERY_H

#include <check.h>
#include <libfdt.h>
#include <stdint.h>

static inline int fdt_query_node(const void *fdt, const char *path)
{
    int off = fdt_path_offset(fdt, path);
    ck_assert_msg(off >= 0, "no node %s", path);
    return off;
}

/* Property `name` of `path` as cells into out[max]; returns the cell count. */
static inline int fdt_query_cells(const void *fdt, const char *path, const char *name,
                                  uint32_t *out, int max)
{
    int len = 0;
    const fdt32_t *p = fdt_getprop(fdt, fdt_query_node(fdt, path), name, &len);
    ck_assert_msg(p != NULL, "%s has no %s", path, name);
    int n = len / 4;
    ck_assert_int_le(n, max);
    for (int i = 0; i < n; i++)
        out[i] = fdt32_to_cpu(p[i]);
    return n;
}

static inline const char *fdt_query_string(const void *fdt, const char *path, const char *name)
{
    const char *s = fdt_getprop(fdt, fdt_query_node(fdt, path), name, NULL);
    ck_assert_msg(s != NULL, "%s has no %s", path, name);
    return s;
}

#endif
