/*
 * A thin layer over libfdt's sequential-write API for the node writers
 * (dt_nodes.c): each call records the first libfdt error in the writer and
 * does nothing after one, so a node writer is a straight list of
 * properties and the builder checks once at the end.
 *
 *     struct dt_writer w = {buf, 0};
 *     dtw_begin(&w, "pl011", 0x9000000);     // "pl011@9000000"
 *     dtw_string(&w, "compatible", "arm,pl011");
 *     dtw_end(&w);
 *     if (w.err) ...                          // a -FDT_ERR_* code
 */
#ifndef FERRY_FIRMWARE_DT_WRITER_H
#define FERRY_FIRMWARE_DT_WRITER_H

#include <stddef.h>
#include <stdint.h>

struct dt_writer {
    void *fdt;
    int err; /* the first libfdt error, 0 while none */
};

#define DT_NO_UNIT UINT64_MAX /* a node name without "@unit-address" */

/* Records libfdt result `r` if it is the first error. */
void dtw_check(struct dt_writer *w, int r);

/* Opens node "name@unit" (unit in hex), or "name" with DT_NO_UNIT. */
void dtw_begin(struct dt_writer *w, const char *name, uint64_t unit);
void dtw_end(struct dt_writer *w);

void dtw_string(struct dt_writer *w, const char *name, const char *value);
/* A string list: the strings with their NULs, e.g. "arm,pl011\0arm,primecell" and its sizeof. */
void dtw_strings(struct dt_writer *w, const char *name, const char *list, size_t len);
void dtw_u32(struct dt_writer *w, const char *name, uint32_t value);
void dtw_u64(struct dt_writer *w, const char *name, uint64_t value);
/* Up to 16 cells. */
void dtw_cells(struct dt_writer *w, const char *name, const uint32_t *cells, unsigned count);
void dtw_empty(struct dt_writer *w, const char *name);
/* reg = <base size>... with two cells each (the root's #address-cells and #size-cells); up to 4. */
void dtw_reg(struct dt_writer *w, const uint64_t *pairs, unsigned count);

#define DTW_STRINGS(s) s, sizeof(s)

#endif
