/* Reading a file whole; see whole_file.h. */
#include "firmware/whole_file.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint8_t *whole_file_read(const char *path, const char *what, size_t *size, char *why, size_t why_cap)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(why, why_cap, "cannot open %s %s: %s", what, path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 20, used = 0, n;
    uint8_t *data = malloc(cap);
    while (data && (n = fread(data + used, 1, cap - used, f)) > 0) {
        used += n;
        if (used == cap) {
            uint8_t *bigger = realloc(data, cap * 2);
            if (!bigger)
                free(data);
            data = bigger;
            cap *= 2;
        }
    }
    bool read_error = ferror(f);
    fclose(f);
    if (!data || read_error) {
        snprintf(why, why_cap, "%s %s %s", data ? "cannot read" : "out of memory reading", what, path);
        free(data);
        return NULL;
    }
    *size = used;
    return data;
}
