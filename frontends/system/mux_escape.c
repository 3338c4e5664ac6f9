/* The mux's escape keys; see mux_escape.h. */
#include "frontends/system/mux_escape.h"

enum mux_key mux_escape_feed(struct mux_escape *e, const uint8_t *byte)
{
    if (!e->pending) {
        if (*byte != MUX_ESCAPE_CHAR)
            return MUX_KEY_INPUT;
        e->pending = true;
        return MUX_KEY_NONE;
    }
    e->pending = false;
    switch (*byte) {
    case MUX_ESCAPE_CHAR: return MUX_KEY_INPUT;
    case 'h':
    case '?': return MUX_KEY_HELP;
    case 'x': return MUX_KEY_QUIT;
    case 's': return MUX_KEY_SYNC;
    case 'b': return MUX_KEY_BREAK;
    case 'c': return MUX_KEY_SWITCH;
    case 't': return MUX_KEY_TIMESTAMPS;
    default: return MUX_KEY_NONE;
    }
}
