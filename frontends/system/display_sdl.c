/* The SDL2 window (-display sdl); see display_sdl.h. */
#include "frontends/system/display_sdl.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/display.h"
#include "devices/virtio_gpu.h"
#include "devices/virtio_input.h"
#include "frontends/system/display_rect.h"
#include "frontends/system/main_loop.h"
#include "frontends/system/sdl_keymap.h"
#include "frontends/system/ui_devices.h"
#include "frontends/system/vm_control.h"

#define FRAME_NS (1000000000ll / 60) /* at most one present per 1/60 s */
#define EVENTS_PER_ROUND 64          /* bounded work per main-loop round */
#define EVENT_WAIT_NS 10000000ll     /* SDL has no fd to poll: look again within 10 ms */
#define TITLE "ferry"
#define TITLE_GRABBED "ferry - Press Ctrl-Alt-G to exit grab"

struct sdl_display {
    struct virt_devices *v;
    struct vm_control *vm;
    SDL_Window *window;
    SDL_Renderer *renderer;
    SDL_Texture *texture;
    uint32_t width, height;   /* the texture's (the surface's) size; 0: dark */
    bool surface_new;         /* the surface changed: size the window and texture */
    struct display_rect dirty; /* what the guest flushed since the last frame */
    int64_t last_present_ns;
    bool grabbed;
    unsigned closes;          /* window closes so far: the first powers down, the second quits */
    bool finger_down;         /* the mouse emulating a finger on a multitouch-only board */
    struct main_loop_source source;
};

static int64_t now_ns(void)
{
    return (int64_t)(SDL_GetTicks64() * 1000000ull);
}

static bool have_kind(const struct virt_devices *v, enum virtio_input_kind kind)
{
    for (unsigned i = 0; i < v->inputs; i++)
        if (v->input[i]->kind == kind)
            return true;
    return false;
}

/* ---- the screen ---- */

static void on_surface(void *opaque, unsigned scanout, const struct display_surface *s)
{
    struct sdl_display *d = opaque;
    if (scanout != 0)
        return;
    d->surface_new = true;
    if (s)
        display_rect_add(&d->dirty, 0, 0, s->width, s->height, s->width, s->height);
}

static void on_dirty(void *opaque, unsigned scanout, uint32_t x, uint32_t y, uint32_t w, uint32_t h)
{
    struct sdl_display *d = opaque;
    if (scanout == 0)
        display_rect_add(&d->dirty, x, y, w, h, d->width ? d->width : UINT32_MAX,
                         d->height ? d->height : UINT32_MAX);
}

/* The surface changed: a texture of its size, and the window follows it. */
static void resize_to_surface(struct sdl_display *d, const struct display_surface *s)
{
    d->surface_new = false;
    if (!s) {
        d->width = d->height = 0;
        return;
    }
    if (s->width != d->width || s->height != d->height || !d->texture) {
        if (d->texture)
            SDL_DestroyTexture(d->texture);
        d->texture = SDL_CreateTexture(d->renderer, SDL_PIXELFORMAT_RGB888,
                                       SDL_TEXTUREACCESS_STREAMING, (int)s->width, (int)s->height);
        d->width = d->texture ? s->width : 0;
        d->height = d->texture ? s->height : 0;
        SDL_RenderSetLogicalSize(d->renderer, (int)s->width, (int)s->height);
        int ww, wh;
        SDL_GetWindowSize(d->window, &ww, &wh);
        if ((uint32_t)ww != s->width || (uint32_t)wh != s->height)
            SDL_SetWindowSize(d->window, (int)s->width, (int)s->height);
    }
    d->dirty = (struct display_rect){0, 0, d->width, d->height};
}

/* The dirty rectangle into the texture: rows copied as they are when the layout is the texture's. */
static void upload(struct sdl_display *d, const struct display_surface *s)
{
    struct display_rect r = {0};
    display_rect_add(&r, d->dirty.x, d->dirty.y, d->dirty.w, d->dirty.h, d->width, d->height);
    d->dirty = (struct display_rect){0};
    if (!r.w)
        return;
    SDL_Rect rect = {(int)r.x, (int)r.y, (int)r.w, (int)r.h};
    void *pixels;
    int pitch;
    if (SDL_LockTexture(d->texture, &rect, &pixels, &pitch) != 0)
        return;
    /* SDL_PIXELFORMAT_RGB888 is a 0x00RRGGBB word: bytes B, G, R, X on this little-endian host */
    bool same = s->blue == 0 && s->green == 1 && s->red == 2;
    for (uint32_t row = 0; row < r.h; row++) {
        uint8_t *out = (uint8_t *)pixels + (size_t)row * (size_t)pitch;
        const uint8_t *in = s->pixels + (uint64_t)(r.y + row) * s->stride + (uint64_t)r.x * 4;
        if (same) {
            memcpy(out, in, (size_t)r.w * 4);
            continue;
        }
        uint32_t *o = (uint32_t *)out;
        for (uint32_t col = 0; col < r.w; col++)
            o[col] = display_surface_rgb(s, r.x + col, r.y + row);
    }
    SDL_UnlockTexture(d->texture);
}

static void render(struct sdl_display *d)
{
    if (!d->surface_new && !d->dirty.w)
        return;
    int64_t now = now_ns();
    if (now - d->last_present_ns < FRAME_NS)
        return;
    struct display_surface s;
    bool shown = d->v->gpu && virtio_gpu_surface(d->v->gpu, 0, &s);
    if (d->surface_new || (shown && (s.width != d->width || s.height != d->height)))
        resize_to_surface(d, shown ? &s : 0);
    if (shown && d->texture && d->width)
        upload(d, &s);
    d->dirty = (struct display_rect){0};
    SDL_SetRenderDrawColor(d->renderer, 0, 0, 0, 255);
    SDL_RenderClear(d->renderer);
    if (shown && d->texture && d->width)
        SDL_RenderCopy(d->renderer, d->texture, 0, 0);
    SDL_RenderPresent(d->renderer);
    d->last_present_ns = now;
}

/* ---- input ---- */

static void send(struct sdl_display *d, uint16_t type, uint16_t code, uint32_t value)
{
    ui_input_event(d->v, type, code, value);
}

static void set_grab(struct sdl_display *d, bool on)
{
    d->grabbed = on;
    SDL_SetRelativeMouseMode(on ? SDL_TRUE : SDL_FALSE);
    SDL_SetWindowGrab(d->window, on ? SDL_TRUE : SDL_FALSE);
    SDL_SetWindowTitle(d->window, on ? TITLE_GRABBED : TITLE);
}

static void on_key(struct sdl_display *d, const SDL_KeyboardEvent *k)
{
    bool down = k->type == SDL_KEYDOWN;
    SDL_Keymod mod = SDL_GetModState();
    if (down && k->keysym.scancode == SDL_SCANCODE_G && (mod & KMOD_CTRL) && (mod & KMOD_ALT)) {
        set_grab(d, !d->grabbed); /* QEMU's hot key: the guest does not see it */
        return;
    }
    uint16_t key = sdl_scancode_to_linux(k->keysym.scancode);
    if (!key)
        return;
    send(d, INPUT_EV_KEY, key, down ? (k->repeat ? 2 : 1) : 0);
    send(d, INPUT_EV_SYN, INPUT_SYN_REPORT, 0);
}

/* One finger in slot `slot` (the multitouch device): down, moved or up at window (x, y). */
static void finger(struct sdl_display *d, unsigned slot, int id, bool up, int32_t x, int32_t y)
{
    send(d, INPUT_EV_ABS, INPUT_ABS_MT_SLOT, slot);
    send(d, INPUT_EV_ABS, INPUT_ABS_MT_TRACKING_ID, up ? UINT32_MAX : (uint32_t)id);
    if (!up) {
        send(d, INPUT_EV_ABS, INPUT_ABS_MT_POSITION_X, display_abs_scale(x, d->width));
        send(d, INPUT_EV_ABS, INPUT_ABS_MT_POSITION_Y, display_abs_scale(y, d->height));
    }
    send(d, INPUT_EV_SYN, INPUT_SYN_REPORT, 0);
}

static uint16_t button_code(uint8_t button)
{
    switch (button) {
    case SDL_BUTTON_LEFT: return INPUT_BTN_LEFT;
    case SDL_BUTTON_RIGHT: return INPUT_BTN_LEFT + 1;  /* BTN_RIGHT */
    case SDL_BUTTON_MIDDLE: return INPUT_BTN_LEFT + 2; /* BTN_MIDDLE */
    case SDL_BUTTON_X1: return INPUT_BTN_LEFT + 3;     /* BTN_SIDE */
    case SDL_BUTTON_X2: return INPUT_BTN_LEFT + 4;     /* BTN_EXTRA */
    default: return 0;
    }
}

static void on_mouse(struct sdl_display *d, const SDL_Event *e)
{
    bool tablet = have_kind(d->v, VIRTIO_INPUT_TABLET);
    bool mouse = have_kind(d->v, VIRTIO_INPUT_MOUSE);
    bool touch = have_kind(d->v, VIRTIO_INPUT_MULTITOUCH);
    if (e->type == SDL_MOUSEMOTION) {
        if (e->motion.which == SDL_TOUCH_MOUSEID && touch)
            return; /* SDL's copy of a touch: the touch itself goes to the multitouch device */
        if (tablet) {
            send(d, INPUT_EV_ABS, INPUT_ABS_X, display_abs_scale(e->motion.x, d->width));
            send(d, INPUT_EV_ABS, INPUT_ABS_Y, display_abs_scale(e->motion.y, d->height));
        } else if (mouse) {
            if (!d->grabbed)
                return;
            send(d, INPUT_EV_REL, 0 /* REL_X */, (uint32_t)e->motion.xrel);
            send(d, INPUT_EV_REL, 1 /* REL_Y */, (uint32_t)e->motion.yrel);
        } else if (touch && d->finger_down) {
            finger(d, 0, 0, false, e->motion.x, e->motion.y);
            return;
        } else {
            return;
        }
        send(d, INPUT_EV_SYN, INPUT_SYN_REPORT, 0);
        return;
    }
    if (e->type == SDL_MOUSEWHEEL) {
        if (mouse || tablet) {
            send(d, INPUT_EV_REL, 8 /* REL_WHEEL */, (uint32_t)e->wheel.y);
            send(d, INPUT_EV_SYN, INPUT_SYN_REPORT, 0);
        }
        return;
    }
    /* a button */
    const SDL_MouseButtonEvent *b = &e->button;
    bool down = e->type == SDL_MOUSEBUTTONDOWN;
    if (b->which == SDL_TOUCH_MOUSEID && touch)
        return;
    if (!tablet && !mouse) {
        if (touch && b->button == SDL_BUTTON_LEFT && down != d->finger_down) {
            d->finger_down = down;
            finger(d, 0, 0, !down, b->x, b->y);
        }
        return;
    }
    if (!tablet && down && !d->grabbed) {
        set_grab(d, true); /* a click into the window grabs a relative mouse, as QEMU */
        return;
    }
    uint16_t code = button_code(b->button);
    if (!code)
        return;
    if (tablet) { /* where the click is, then the click */
        send(d, INPUT_EV_ABS, INPUT_ABS_X, display_abs_scale(b->x, d->width));
        send(d, INPUT_EV_ABS, INPUT_ABS_Y, display_abs_scale(b->y, d->height));
    }
    send(d, INPUT_EV_KEY, code, down);
    send(d, INPUT_EV_SYN, INPUT_SYN_REPORT, 0);
}

static void on_touch(struct sdl_display *d, const SDL_TouchFingerEvent *t)
{
    if (!have_kind(d->v, VIRTIO_INPUT_MULTITOUCH))
        return;
    /* SDL numbers fingers with 64-bit ids; slots are the id modulo QEMU's slot count */
    unsigned slot = (unsigned)((uint64_t)t->fingerId % INPUT_MT_SLOTS_MAX);
    int32_t x = (int32_t)(t->x * (float)d->width), y = (int32_t)(t->y * (float)d->height);
    finger(d, slot, (int)slot, t->type == SDL_FINGERUP, x, y);
}

/* The first close asks the guest to power off; a second one quits (as QEMU's window). */
static void on_close(struct sdl_display *d)
{
    if (d->closes++ == 0)
        d->vm->powerdown = true;
    else
        d->vm->quit = true;
}

static void on_window(struct sdl_display *d, const SDL_WindowEvent *w)
{
    switch (w->event) {
    case SDL_WINDOWEVENT_CLOSE: on_close(d); break;
    case SDL_WINDOWEVENT_SIZE_CHANGED:
        /* the user resized the window: the guest is offered that mode (QEMU's -display sdl) */
        if (d->v->gpu && d->width && w->data1 > 0 && w->data2 > 0 &&
            ((uint32_t)w->data1 != d->width || (uint32_t)w->data2 != d->height))
            virtio_gpu_set_output_size(d->v->gpu, 0, (uint32_t)w->data1, (uint32_t)w->data2);
        d->last_present_ns = 0; /* draw again at once */
        d->dirty = (struct display_rect){0, 0, d->width, d->height};
        break;
    case SDL_WINDOWEVENT_EXPOSED:
        d->dirty = (struct display_rect){0, 0, d->width, d->height};
        break;
    case SDL_WINDOWEVENT_FOCUS_LOST:
        if (d->grabbed)
            set_grab(d, false);
        break;
    default: break;
    }
}

static void handle(struct sdl_display *d, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT: break; /* SDL's echo of the last window's close: the close itself counted */
    case SDL_WINDOWEVENT: on_window(d, &e->window); break;
    case SDL_KEYDOWN:
    case SDL_KEYUP: on_key(d, &e->key); break;
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL: on_mouse(d, e); break;
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP: on_touch(d, &e->tfinger); break;
    default: break;
    }
}

/* ---- the main-loop source ---- */

static void prepare(void *opaque, struct main_loop *loop, int64_t *timeout_ns)
{
    (void)opaque;
    (void)loop;
    if (*timeout_ns < 0 || *timeout_ns > EVENT_WAIT_NS)
        *timeout_ns = EVENT_WAIT_NS;
}

static void dispatch(void *opaque, struct main_loop *loop, bool failed)
{
    (void)loop;
    (void)failed;
    struct sdl_display *d = opaque;
    SDL_Event e;
    for (unsigned n = 0; n < EVENTS_PER_ROUND && SDL_PollEvent(&e); n++)
        handle(d, &e);
    render(d);
}

bool display_sdl_built(void)
{
    return true;
}

bool display_sdl_start(struct virt_devices *v, char *err, size_t err_cap)
{
    /* SDL's own handlers would take SIGINT/SIGTERM from ferry's */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        snprintf(err, err_cap, "-display sdl: %s", SDL_GetError());
        return false;
    }
    struct sdl_display *d = calloc(1, sizeof(*d));
    if (!d) {
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        snprintf(err, err_cap, "-display sdl: out of memory");
        return false;
    }
    d->v = v;
    d->vm = v->ctx.vm;
    struct display_surface s;
    bool shown = v->gpu && virtio_gpu_surface(v->gpu, 0, &s);
    int w = v->gpu ? (int)v->gpu->scanout[0].width : 640; /* the mode offered to the guest */
    int h = v->gpu ? (int)v->gpu->scanout[0].height : 480;
    if (shown) {
        w = (int)s.width;
        h = (int)s.height;
    }
    d->window = SDL_CreateWindow(TITLE, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, w, h,
                                 SDL_WINDOW_RESIZABLE);
    d->renderer = d->window ? SDL_CreateRenderer(d->window, -1, 0) : 0;
    if (!d->renderer) {
        snprintf(err, err_cap, "-display sdl: %s", SDL_GetError());
        if (d->window)
            SDL_DestroyWindow(d->window);
        free(d);
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        return false;
    }
    d->surface_new = true;
    d->source = (struct main_loop_source){prepare, dispatch, d};
    if (main_loop_add_source(v->ctx.loop, &d->source) != 0) {
        snprintf(err, err_cap, "-display sdl: the main loop has no room for the window");
        SDL_DestroyRenderer(d->renderer);
        SDL_DestroyWindow(d->window);
        free(d);
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        return false;
    }
    if (v->gpu)
        virtio_gpu_set_listener(v->gpu, &(struct display_listener){on_surface, on_dirty, d});
    v->window = d;
    render(d);
    return true;
}

void display_sdl_stop(struct virt_devices *v)
{
    struct sdl_display *d = v->window;
    if (!d)
        return;
    if (v->gpu)
        virtio_gpu_set_listener(v->gpu, &(struct display_listener){0});
    main_loop_remove_source(v->ctx.loop, &d->source);
    if (d->texture)
        SDL_DestroyTexture(d->texture);
    SDL_DestroyRenderer(d->renderer);
    SDL_DestroyWindow(d->window);
    free(d);
    v->window = 0;
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
}
