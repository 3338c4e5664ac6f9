/* libfdt's sequential-write calls with the first error kept; see dt_writer.h. */
#include "firmware/dt_writer.h"

#include <libfdt.h>
#include <stdio.h>

void dtw_check(struct dt_writer *w, int r)
{
    if (r < 0 && !w->err)
        w->err = r;
}

void dtw_begin(struct dt_writer *w, const char *name, uint64_t unit)
{
    char full[64];
    if (unit != DT_NO_UNIT)
        snprintf(full, sizeof(full), "%s@%llx", name, (unsigned long long)unit);
    else
        snprintf(full, sizeof(full), "%s", name);
    if (!w->err)
        dtw_check(w, fdt_begin_node(w->fdt, full));
}

void dtw_end(struct dt_writer *w)
{
    if (!w->err)
        dtw_check(w, fdt_end_node(w->fdt));
}

void dtw_string(struct dt_writer *w, const char *name, const char *value)
{
    if (!w->err)
        dtw_check(w, fdt_property_string(w->fdt, name, value));
}

void dtw_strings(struct dt_writer *w, const char *name, const char *list, size_t len)
{
    if (!w->err)
        dtw_check(w, fdt_property(w->fdt, name, list, (int)len));
}

void dtw_u32(struct dt_writer *w, const char *name, uint32_t value)
{
    if (!w->err)
        dtw_check(w, fdt_property_u32(w->fdt, name, value));
}

void dtw_u64(struct dt_writer *w, const char *name, uint64_t value)
{
    if (!w->err)
        dtw_check(w, fdt_property_u64(w->fdt, name, value));
}

void dtw_cells(struct dt_writer *w, const char *name, const uint32_t *cells, unsigned count)
{
    fdt32_t be[16];
    if (count > 16) {
        dtw_check(w, -FDT_ERR_BADVALUE);
        return;
    }
    for (unsigned i = 0; i < count; i++)
        be[i] = cpu_to_fdt32(cells[i]);
    if (!w->err)
        dtw_check(w, fdt_property(w->fdt, name, be, (int)(count * sizeof(be[0]))));
}

void dtw_empty(struct dt_writer *w, const char *name)
{
    if (!w->err)
        dtw_check(w, fdt_property(w->fdt, name, 0, 0));
}

void dtw_reg(struct dt_writer *w, const uint64_t *pairs, unsigned count)
{
    uint32_t cells[16];
    if (count > 4) {
        dtw_check(w, -FDT_ERR_BADVALUE);
        return;
    }
    for (unsigned i = 0; i < count * 2; i++) {
        cells[2 * i] = (uint32_t)(pairs[i] >> 32);
        cells[2 * i + 1] = (uint32_t)pairs[i];
    }
    dtw_cells(w, "reg", cells, count * 4);
}
