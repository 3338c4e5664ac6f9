/*
 * virtio-gpu in 2D mode (virtio 1.2, 5.7): the guest creates resources
 * (host-side pixel buffers), attaches guest pages to them as backing,
 * copies from the backing into a resource (TRANSFER_TO_HOST_2D), shows a
 * resource on an output (SET_SCANOUT) and says which part changed
 * (RESOURCE_FLUSH). A display backend sees the outputs through
 * devices/display.h. Queues: controlq (0) and cursorq (1); every command
 * is answered at once, so a fenced command's fence is signalled by its own
 * response (the response echoes FLAG_FENCE and the fence id).
 *
 * Everything the guest names is checked before use: resource ids (0 is
 * never a resource), scanout ids, rectangles against the resource, the
 * transfer's source range against the backing, and backing entries against
 * guest RAM (phys_dma_read at transfer time, so a page is never trusted
 * beyond the DMA API). A bad command gets an ERR_* response and a
 * -d guest_errors line.
 *
 * Host memory: the resources' pixels, their bookkeeping and their backing
 * lists are all charged to one budget, VIRTIO_GPU_HOSTMEM_MAX (256 MiB,
 * QEMU's max_hostmem default), so a guest cannot make ferry allocate more
 * than that whatever it asks; a command past it gets ERR_OUT_OF_MEMORY.
 * Linux needs 4 MiB per 1280x800 framebuffer.
 */
#ifndef FERRY_DEVICES_VIRTIO_GPU_H
#define FERRY_DEVICES_VIRTIO_GPU_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/display.h"
#include "devices/virtio.h"

#define VIRTIO_GPU_MAX_OUTPUTS 16         /* the spec's VIRTIO_GPU_MAX_SCANOUTS */
#define VIRTIO_GPU_HOSTMEM_MAX (256u << 20) /* every byte a guest can make us allocate */
#define VIRTIO_GPU_MAX_RESOURCES 4096
#define VIRTIO_GPU_MAX_DIMENSION 16384    /* a resource's width or height */
#define VIRTIO_GPU_MAX_BACKING_ENTRIES 16384 /* QEMU's limit too */
#define VIRTIO_GPU_DEFAULT_WIDTH 1280     /* QEMU's default mode */
#define VIRTIO_GPU_DEFAULT_HEIGHT 800

/* Feature bits (5.7.3). */
#define VIRTIO_GPU_FEATURE_EDID 1

struct virtio_gpu_backing_entry {
    uint64_t addr;  /* guest-physical */
    uint32_t length;
    uint64_t start; /* offset of this entry in the backing as one byte run */
};

struct virtio_gpu_resource {
    uint32_t id;
    uint32_t format; /* VIRTIO_GPU_FORMAT_* */
    uint32_t width, height, stride;
    uint8_t *pixels;
    struct virtio_gpu_backing_entry *backing; /* NULL: none attached */
    uint32_t backing_count;
    uint64_t backing_bytes;
    uint64_t charged; /* host bytes counted against the budget */
    struct virtio_gpu_resource *next;
};

struct virtio_gpu_scanout {
    uint32_t width, height;       /* the mode the host offers (GET_DISPLAY_INFO) */
    bool enabled;                 /* offered as connected */
    uint32_t resource_id;         /* 0: shows nothing */
    uint32_t x, y, w, h;          /* SET_SCANOUT's rectangle of the resource */
};

struct virtio_gpu_cursor {
    uint32_t scanout, x, y;       /* MOVE_CURSOR / UPDATE_CURSOR's position */
    uint32_t resource_id, hot_x, hot_y; /* UPDATE_CURSOR's image (0: hidden) */
};

struct virtio_gpu_options {
    uint32_t xres, yres;          /* the preferred mode; 0: 1280x800 */
    unsigned max_outputs;         /* 1..VIRTIO_GPU_MAX_OUTPUTS; 0: 1 */
    bool edid;                    /* offer VIRTIO_GPU_F_EDID (QEMU's default: on) */
};

struct virtio_gpu {
    struct virtio_device vdev;    /* first: the transport's view */
    struct virtio_gpu_options opt;
    struct virtio_gpu_resource *resources;
    unsigned resource_count;
    uint64_t hostmem;             /* bytes charged, at most VIRTIO_GPU_HOSTMEM_MAX */
    struct virtio_gpu_scanout scanout[VIRTIO_GPU_MAX_OUTPUTS];
    struct virtio_gpu_cursor cursor;
    uint32_t events;              /* config events_read: VIRTIO_GPU_EVENT_DISPLAY until cleared */
    struct display_listener listener; /* the backend's; all NULL: headless */
    struct virtq_request *request;
    uint8_t *command;             /* one command's readable bytes, gathered */
};

/* 0, -EINVAL (bad options), or -ENOMEM. */
int virtio_gpu_init(struct virtio_gpu *gpu, const struct phys_space *mem,
                    const struct virtio_gpu_options *opt);
void virtio_gpu_free(struct virtio_gpu *gpu);

/* The backend to tell of changes (copied); it may read surfaces at once. */
void virtio_gpu_set_listener(struct virtio_gpu *gpu, const struct display_listener *l);

/* What output `scanout` shows; false when it shows nothing. */
bool virtio_gpu_surface(const struct virtio_gpu *gpu, unsigned scanout,
                        struct display_surface *s);

/*
 * The host's display changed size (a window resized): the guest is told
 * with a display event (config events_read) and reads the new mode with
 * GET_DISPLAY_INFO. width or height 0 disconnects the output.
 */
void virtio_gpu_set_output_size(struct virtio_gpu *gpu, unsigned scanout, uint32_t width,
                                uint32_t height);

/*
 * The EDID block for a width x height preferred mode (128 bytes, one
 * detailed timing at 60 Hz, monitor name "ferry"): what GET_EDID answers.
 */
void virtio_gpu_make_edid(uint8_t edid[128], uint32_t width, uint32_t height);

#endif
