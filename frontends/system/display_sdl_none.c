/* display_sdl.h when ferry is built without SDL2 (meson -Dsdl=disabled or no libsdl2-dev). */
#include "frontends/system/display_sdl.h"

#include <stdio.h>

bool display_sdl_built(void)
{
    return false;
}

bool display_sdl_start(struct virt_devices *v, char *err, size_t err_cap)
{
    (void)v;
    snprintf(err, err_cap, "-display sdl: this ferry was built without SDL2 (install libsdl2-dev "
                           "and rebuild with meson -Dsdl=enabled)");
    return false;
}

void display_sdl_stop(struct virt_devices *v)
{
    (void)v;
}
