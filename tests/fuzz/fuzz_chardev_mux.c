/*
 * libFuzzer target: whatever a user (or a peer on a socket chardev) types
 * into a multiplexed chardev shared by the monitor and a serial port, as
 * -serial mon:stdio sets it up: escape keys, focus switches, timestamps,
 * monitor lines (long ones, escape sequences, backspaces, every command)
 * and a serial frontend whose room comes and goes. The mux and the monitor
 * must neither overrun a buffer nor hand a frontend more than it said it
 * can take (ASan and UBSan watch, the frontend checks).
 *
 * Input: byte 0 picks the serial frontend's room pattern; the rest is cut
 * into chunks at each 0xff byte, each chunk typed at once; between chunks
 * the serial side writes a line and takes what is held.
 *
 * Built and run by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined).
 */
// fuzz-sources: frontends/system/mux.c frontends/system/mux_escape.c frontends/system/monitor.c frontends/system/monitor_cmds.c
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/system/monitor.h"
#include "frontends/system/mux.h"

struct serial_side {
    size_t room;
    uint8_t pattern;
    unsigned round;
};

static void discard(void *opaque, const void *buf, size_t len)
{
    (void)opaque;
    volatile uint8_t sum = 0;
    for (size_t i = 0; i < len; i++) /* touch every byte: ASan sees a bad pointer or length */
        sum += ((const uint8_t *)buf)[i];
    (void)sum;
}

static size_t serial_room(void *opaque) { return ((struct serial_side *)opaque)->room; }

static void serial_receive(void *opaque, const uint8_t *buf, size_t len)
{
    struct serial_side *s = opaque;
    if (len == 0 || len > s->room)
        abort(); /* flow control broken */
    discard(0, buf, len);
    s->room -= len;
}

static void serial_event(void *opaque, enum chardev_event ev)
{
    (void)opaque;
    (void)ev;
}

static void describe(void *opaque, char *buf, size_t cap)
{
    (void)opaque;
    strncpy(buf, "serial0: filename=mux\nserial0-base: filename=stdio\n", cap - 1);
    buf[cap - 1] = 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    struct vm_control vm = {0};
    static struct mux m;
    static struct monitor mon;
    struct serial_side serial = {.pattern = data[0]};
    mux_init(&m, discard, 0, &vm);
    monitor_init(&mon, &(struct monitor_host){discard, describe, 0}, &vm);
    struct chardev_frontend fm = monitor_frontend(&mon);
    struct chardev_frontend fs = {.can_receive = serial_room, .receive = serial_receive,
                                  .opaque = &serial, .event = serial_event};
    mux_attach(&m, &fm);
    mux_attach(&m, &fs);
    mux_settle(&m);
    size_t at = 1;
    while (at < size) {
        const uint8_t *end = memchr(data + at, 0xff, size - at);
        size_t len = end ? (size_t)(end - (data + at)) : size - at;
        serial.room = (serial.pattern >> (serial.round++ % 8)) & 1 ? 3 : 0;
        mux_input(&m, data + at, len);
        mux_write(&m, "guest line\r\n", 12);
        serial.room = serial.pattern & 0x80 ? 64 : 1;
        mux_accept_input(&m);
        if (serial.round % 5 == 0) { /* a guest reboot: the serial side goes and comes back */
            mux_detach(&m, &serial);
            mux_attach(&m, &fs);
        }
        at += len + 1;
    }
    return 0;
}
