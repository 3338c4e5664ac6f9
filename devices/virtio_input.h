/*
 * virtio-input (virtio 1.2, 5.8): evdev events from the host to the guest.
 * Four kinds, as QEMU names and describes them (so a guest's udev rules
 * and libinput see the same devices): a keyboard (EV_KEY for Linux key
 * codes, EV_LED, EV_REP), a relative mouse, an absolute tablet
 * (ABS_X/ABS_Y 0..0x7fff) and a multitouch screen (ABS_MT_SLOT 0..10,
 * ABS_MT_TRACKING_ID, ABS_MT_POSITION_X/Y 0..0x7fff, INPUT_PROP_DIRECT).
 *
 * The configuration space answers the driver's select/subsel queries
 * (ID_NAME, ID_SERIAL, ID_DEVIDS, PROP_BITS, EV_BITS, ABS_INFO): the
 * driver writes select and subsel, the device fills size and the union.
 * eventq (0) carries events to the guest: the host side calls
 * virtio_input_send for each event and a SYN_REPORT ends a report; events
 * wait in a bounded host queue when the guest has no buffers posted
 * (a full queue drops the newest report: a stalled guest costs no memory).
 * statusq (1) carries the guest's LED changes back (EV_LED).
 */
#ifndef FERRY_DEVICES_VIRTIO_INPUT_H
#define FERRY_DEVICES_VIRTIO_INPUT_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/virtio.h"

enum virtio_input_kind {
    VIRTIO_INPUT_KEYBOARD,
    VIRTIO_INPUT_MOUSE,
    VIRTIO_INPUT_TABLET,
    VIRTIO_INPUT_MULTITOUCH,
};

/* evdev codes used here (linux/input-event-codes.h) */
#define INPUT_EV_SYN 0x00
#define INPUT_EV_KEY 0x01
#define INPUT_EV_REL 0x02
#define INPUT_EV_ABS 0x03
#define INPUT_EV_LED 0x11
#define INPUT_EV_REP 0x14
#define INPUT_SYN_REPORT 0
#define INPUT_ABS_X 0x00
#define INPUT_ABS_Y 0x01
#define INPUT_ABS_MT_SLOT 0x2f
#define INPUT_ABS_MT_POSITION_X 0x35
#define INPUT_ABS_MT_POSITION_Y 0x36
#define INPUT_ABS_MT_TRACKING_ID 0x39
#define INPUT_BTN_LEFT 0x110
#define INPUT_BTN_TOUCH 0x14a
#define INPUT_ABS_MAX_VALUE 0x7fff /* QEMU's INPUT_EVENT_ABS_MAX */
#define INPUT_MT_SLOTS_MAX 10       /* QEMU's INPUT_EVENT_SLOTS_MAX */

#define VIRTIO_INPUT_QUEUE_EVENTS 256

struct virtio_input_event_wire {
    uint16_t type, code;
    uint32_t value;
};

struct virtio_input {
    struct virtio_device vdev;   /* first: the transport's view */
    enum virtio_input_kind kind;
    const char *name;            /* ID_NAME: "QEMU Virtio Keyboard" */
    char serial[64];             /* ID_SERIAL; empty: none (QEMU's default) */
    struct virtio_input_event_wire queue[VIRTIO_INPUT_QUEUE_EVENTS];
    unsigned queued;             /* events waiting for guest buffers */
    unsigned report_start;       /* where the report being built began in queue[] */
    bool dropping;               /* the current report did not fit: drop it to its SYN */
    uint32_t leds;               /* bit n: LED n is on, as the guest last said */
    struct virtq_request *request;
};

/* 0, or -ENOMEM. */
int virtio_input_init(struct virtio_input *in, const struct phys_space *mem,
                      enum virtio_input_kind kind);
void virtio_input_free(struct virtio_input *in);

/* The ID_NAME QEMU gives this kind ("QEMU Virtio Tablet"). */
const char *virtio_input_kind_name(enum virtio_input_kind kind);

/* One event for the guest; an EV_SYN/SYN_REPORT ends the report and delivers it. */
void virtio_input_send(struct virtio_input *in, uint16_t type, uint16_t code, uint32_t value);

#endif
