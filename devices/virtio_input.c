/* virtio-input: keyboard, mouse, tablet, multitouch; see virtio_input.h. */
#include "devices/virtio_input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define EVENTQ 0
#define STATUSQ 1

/* Config space (5.8.4): select, subsel, size, 5 reserved, then a 128-byte union. */
#define CONFIG_SELECT 0
#define CONFIG_SUBSEL 1
#define CONFIG_SIZE 2
#define CONFIG_UNION 8
#define CONFIG_UNION_BYTES 128

enum config_select {
    CFG_UNSET = 0x00,
    CFG_ID_NAME = 0x01,
    CFG_ID_SERIAL = 0x02,
    CFG_ID_DEVIDS = 0x03,
    CFG_PROP_BITS = 0x10,
    CFG_EV_BITS = 0x11,
    CFG_ABS_INFO = 0x12,
};

#define BUS_VIRTUAL 0x06
#define QEMU_VENDOR 0x0627
#define INPUT_PROP_DIRECT 0x01
#define INPUT_REL_X 0x00
#define INPUT_REL_Y 0x01
#define INPUT_REL_WHEEL 0x08

/* The buttons every pointing kind offers (QEMU's keymap_button). */
static const uint16_t buttons[] = {0x110 /* LEFT */,  0x111 /* RIGHT */, 0x112 /* MIDDLE */,
                                   0x113 /* SIDE */,  0x114 /* EXTRA */, 0x14a /* TOUCH */,
                                   0x150 /* GEAR_DOWN */, 0x151 /* GEAR_UP */};

/*
 * Keyboard: the Linux key codes QEMU's keyboard offers (its qcode map), as
 * a Debian guest reads them from QEMU 7.2 (/proc/bus/input/devices "B: KEY="),
 * 64 codes a word from KEY_RESERVED up: what a host keyboard can send.
 */
static const uint64_t keyboard_keys[4] = {0xfffffffffffffffeull, 0xfebeffff7bcfffffull,
                                          0x00003078f800dfffull, 0x0000000400000000ull};

struct kind_row {
    const char *name;
    uint16_t product, version; /* ID_DEVIDS as QEMU gives them */
};

static const struct kind_row kinds[] = {
    [VIRTIO_INPUT_KEYBOARD] = {"QEMU Virtio Keyboard", 1, 1},
    [VIRTIO_INPUT_MOUSE] = {"QEMU Virtio Mouse", 2, 2},
    [VIRTIO_INPUT_TABLET] = {"QEMU Virtio Tablet", 3, 2},
    [VIRTIO_INPUT_MULTITOUCH] = {"QEMU Virtio MultiTouch", 3, 1},
};

static struct virtio_input *input_of(struct virtio_device *d) { return (struct virtio_input *)d; }

const char *virtio_input_kind_name(enum virtio_input_kind kind) { return kinds[kind].name; }

static void set_bit(uint8_t *map, unsigned bit) { map[bit / 8] |= (uint8_t)(1u << (bit % 8)); }

/* Which codes of event `type` this kind sends, as a bitmap. */
static void ev_bits(const struct virtio_input *in, unsigned type, uint8_t map[CONFIG_UNION_BYTES])
{
    bool pointer = in->kind != VIRTIO_INPUT_KEYBOARD;
    switch (type) {
    case INPUT_EV_KEY:
        if (!pointer)
            for (unsigned k = 0; k < 256; k++) {
                if (keyboard_keys[k / 64] >> (k % 64) & 1)
                    set_bit(map, k);
            }
        else
            for (size_t i = 0; i < sizeof(buttons) / sizeof(buttons[0]); i++)
                set_bit(map, buttons[i]);
        break;
    case INPUT_EV_REL:
        if (in->kind == VIRTIO_INPUT_MOUSE) {
            set_bit(map, INPUT_REL_X);
            set_bit(map, INPUT_REL_Y);
        }
        if (in->kind == VIRTIO_INPUT_MOUSE || in->kind == VIRTIO_INPUT_TABLET)
            set_bit(map, INPUT_REL_WHEEL);
        break;
    case INPUT_EV_ABS:
        if (in->kind == VIRTIO_INPUT_TABLET) {
            set_bit(map, INPUT_ABS_X);
            set_bit(map, INPUT_ABS_Y);
        } else if (in->kind == VIRTIO_INPUT_MULTITOUCH) {
            set_bit(map, INPUT_ABS_MT_SLOT);
            set_bit(map, INPUT_ABS_MT_TRACKING_ID);
            set_bit(map, INPUT_ABS_MT_POSITION_X);
            set_bit(map, INPUT_ABS_MT_POSITION_Y);
        }
        break;
    case INPUT_EV_LED:
        if (!pointer)
            map[0] = 0x07; /* NUML, CAPSL, SCROLLL */
        break;
    default: break;
    }
}

/* The bytes of a bitmap up to its last non-zero one (0: the type is not sent). */
static uint8_t bitmap_size(const uint8_t map[CONFIG_UNION_BYTES])
{
    unsigned n = CONFIG_UNION_BYTES;
    while (n && !map[n - 1])
        n--;
    return (uint8_t)n;
}

/* Fills size and the union for the driver's select/subsel. */
static void answer(struct virtio_input *in)
{
    struct virtio_device *d = &in->vdev;
    uint8_t select = d->config[CONFIG_SELECT], subsel = d->config[CONFIG_SUBSEL];
    uint8_t u[CONFIG_UNION_BYTES] = {0};
    uint8_t size = 0;
    switch (select) {
    case CFG_ID_NAME:
        if (subsel == 0) {
            size = (uint8_t)(strlen(in->name) + 1);
            memcpy(u, in->name, size);
        }
        break;
    case CFG_ID_SERIAL:
        if (subsel == 0 && in->serial[0]) {
            size = (uint8_t)strlen(in->serial);
            memcpy(u, in->serial, size);
        }
        break;
    case CFG_ID_DEVIDS:
        if (subsel == 0) {
            uint16_t ids[4] = {BUS_VIRTUAL, QEMU_VENDOR, kinds[in->kind].product,
                               kinds[in->kind].version};
            memcpy(u, ids, sizeof(ids));
            size = sizeof(ids);
        }
        break;
    case CFG_PROP_BITS:
        if (subsel == 0 && in->kind == VIRTIO_INPUT_MULTITOUCH) {
            set_bit(u, INPUT_PROP_DIRECT);
            size = bitmap_size(u);
        }
        break;
    case CFG_EV_BITS:
        ev_bits(in, subsel, u);
        size = bitmap_size(u);
        if (subsel == INPUT_EV_REP && in->kind == VIRTIO_INPUT_KEYBOARD)
            size = 1; /* autorepeat: present with no codes, as QEMU offers it */
        break;
    case CFG_ABS_INFO: {
        uint8_t probe[CONFIG_UNION_BYTES] = {0};
        ev_bits(in, INPUT_EV_ABS, probe);
        if (probe[subsel / 8] & (1u << (subsel % 8))) {
            uint32_t max = subsel == INPUT_ABS_MT_SLOT || subsel == INPUT_ABS_MT_TRACKING_ID
                               ? INPUT_MT_SLOTS_MAX
                               : INPUT_ABS_MAX_VALUE;
            uint32_t info[5] = {0, max, 0, 0, 0}; /* min max fuzz flat res */
            memcpy(u, info, sizeof(info));
            size = sizeof(info);
        }
        break;
    }
    default: break; /* CFG_UNSET and unknown selects: size 0 */
    }
    d->config[CONFIG_SIZE] = size;
    memcpy(d->config + CONFIG_UNION, u, sizeof(u));
}

static void input_config_written(struct virtio_device *d, uint32_t offset, unsigned size)
{
    (void)offset;
    (void)size;
    answer(input_of(d)); /* only select and subsel are the driver's: the rest is rewritten */
}

/* Moves queued events into the guest's eventq buffers, one event per buffer. */
static void deliver(struct virtio_input *in)
{
    struct virtio_device *d = &in->vdev;
    if (!virtio_running(d))
        return;
    unsigned ready = in->report_start; /* whole reports only */
    unsigned sent = 0;
    bool pushed = false;
    while (sent < ready && virtio_queue_pop(d, EVENTQ, in->request) == VIRTQ_POP_OK) {
        struct virtq_request *r = in->request;
        if (r->writable_bytes < sizeof(in->queue[0])) {
            virtio_guest_error(d, "event buffer of %zu bytes is too small", r->writable_bytes);
            virtq_push(&d->queue[EVENTQ], d->mem, r, 0);
        } else {
            virtq_write_in(r, 0, &in->queue[sent], sizeof(in->queue[0]));
            virtq_push(&d->queue[EVENTQ], d->mem, r, sizeof(in->queue[0]));
            sent++;
        }
        pushed = true;
    }
    if (sent) {
        memmove(in->queue, in->queue + sent, (in->queued - sent) * sizeof(in->queue[0]));
        in->queued -= sent;
        in->report_start -= sent;
    }
    if (pushed)
        virtio_queue_done(d, EVENTQ);
}

void virtio_input_send(struct virtio_input *in, uint16_t type, uint16_t code, uint32_t value)
{
    bool syn = type == INPUT_EV_SYN && code == INPUT_SYN_REPORT;
    if (!virtio_running(&in->vdev))
        return; /* nobody listens yet: a driver that comes later starts from a clean state */
    if (!in->dropping && in->queued == VIRTIO_INPUT_QUEUE_EVENTS) {
        /* the guest is not taking events: drop this report whole */
        in->dropping = true;
        in->queued = in->report_start;
    }
    if (in->dropping) {
        if (syn)
            in->dropping = false;
        return;
    }
    in->queue[in->queued++] = (struct virtio_input_event_wire){type, code, value};
    if (syn) {
        in->report_start = in->queued;
        deliver(in);
    }
}

/* statusq: the guest tells us its LEDs (and whatever else it likes: ignored). */
static void read_status(struct virtio_input *in)
{
    struct virtio_device *d = &in->vdev;
    struct virtq_request *r = in->request;
    bool pushed = false;
    while (virtio_queue_pop(d, STATUSQ, r) == VIRTQ_POP_OK) {
        struct virtio_input_event_wire ev;
        if (virtq_read_out(r, 0, &ev, sizeof(ev)) != sizeof(ev)) {
            virtio_guest_error(d, "status buffer of %zu bytes is too small", r->readable_bytes);
        } else if (ev.type == INPUT_EV_LED && ev.code < 32) {
            if (ev.value)
                in->leds |= 1u << ev.code;
            else
                in->leds &= ~(1u << ev.code);
        }
        virtq_push(&d->queue[STATUSQ], d->mem, r, 0);
        pushed = true;
    }
    if (pushed)
        virtio_queue_done(d, STATUSQ);
}

static void input_notify(struct virtio_device *d, unsigned queue)
{
    if (queue == EVENTQ)
        deliver(input_of(d));
    else
        read_status(input_of(d));
}

static void input_reset(struct virtio_device *d)
{
    struct virtio_input *in = input_of(d);
    in->queued = in->report_start = 0;
    in->dropping = false;
    in->leds = 0;
}

static const struct virtio_device_ops input_ops = {
    .name = "virtio-input",
    .device_id = VIRTIO_ID_INPUT,
    .queues = 2,
    .queue_size_max = 64,
    .queue_notify = input_notify,
    .reset = input_reset,
    .config_written = input_config_written,
};

int virtio_input_init(struct virtio_input *in, const struct phys_space *mem,
                      enum virtio_input_kind kind)
{
    memset(in, 0, sizeof(*in));
    in->vdev.ops = &input_ops;
    in->vdev.mem = mem;
    in->vdev.config_size = CONFIG_UNION + CONFIG_UNION_BYTES;
    in->kind = kind;
    in->name = kinds[kind].name;
    in->request = malloc(sizeof(*in->request));
    return in->request ? 0 : -ENOMEM;
}

void virtio_input_free(struct virtio_input *in)
{
    free(in->request);
    in->request = 0;
}
