/* Reading a guest file (kernel, initrd, device tree) whole into memory. */
#ifndef FERRY_FIRMWARE_WHOLE_FILE_H
#define FERRY_FIRMWARE_WHOLE_FILE_H

#include <stddef.h>
#include <stdint.h>

/*
 * The whole of `path` in malloc'd memory, its size in *size; or NULL with a
 * one-line reason in `why` naming the file as `what` ("cannot open kernel
 * PATH: No such file or directory").
 */
uint8_t *whole_file_read(const char *path, const char *what, size_t *size, char *why, size_t why_cap);

#endif
