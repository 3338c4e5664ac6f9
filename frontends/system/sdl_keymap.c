/* SDL scancode (USB HID usage) -> Linux KEY_* code; see sdl_keymap.h. */
#include "frontends/system/sdl_keymap.h"

/* Indexed by HID usage (page 7), valued by linux/input-event-codes.h's numbers. */
static const uint16_t hid_to_linux[232] = {
    [4] = 30,  /* A -> KEY_A */
    [5] = 48,  [6] = 46,  [7] = 32,  [8] = 18,  [9] = 33,  [10] = 34, [11] = 35, [12] = 23,
    [13] = 36, [14] = 37, [15] = 38, [16] = 50, [17] = 49, [18] = 24, [19] = 25, [20] = 16,
    [21] = 19, [22] = 31, [23] = 20, [24] = 22, [25] = 47, [26] = 17, [27] = 45, [28] = 21,
    [29] = 44, /* Z -> KEY_Z */
    [30] = 2,  [31] = 3,  [32] = 4,  [33] = 5,  [34] = 6,  [35] = 7,  [36] = 8,  [37] = 9,
    [38] = 10, [39] = 11, /* 1..9, 0 -> KEY_1..KEY_0 */
    [40] = 28,  /* RETURN -> KEY_ENTER */
    [41] = 1,   /* ESCAPE -> KEY_ESC */
    [42] = 14,  /* BACKSPACE */
    [43] = 15,  /* TAB */
    [44] = 57,  /* SPACE */
    [45] = 12,  /* MINUS */
    [46] = 13,  /* EQUALS -> KEY_EQUAL */
    [47] = 26,  /* LEFTBRACKET -> KEY_LEFTBRACE */
    [48] = 27,  /* RIGHTBRACKET -> KEY_RIGHTBRACE */
    [49] = 43,  /* BACKSLASH */
    [50] = 43,  /* NONUSHASH: where ISO keyboards have it, Linux's hid-input says KEY_BACKSLASH */
    [51] = 39,  /* SEMICOLON */
    [52] = 40,  /* APOSTROPHE */
    [53] = 41,  /* GRAVE */
    [54] = 51,  /* COMMA */
    [55] = 52,  /* PERIOD -> KEY_DOT */
    [56] = 53,  /* SLASH */
    [57] = 58,  /* CAPSLOCK */
    [58] = 59, [59] = 60, [60] = 61, [61] = 62, [62] = 63, [63] = 64, [64] = 65, [65] = 66,
    [66] = 67, [67] = 68, /* F1..F10 */
    [68] = 87, [69] = 88, /* F11, F12 */
    [70] = 99,  /* PRINTSCREEN -> KEY_SYSRQ */
    [71] = 70,  /* SCROLLLOCK */
    [72] = 119, /* PAUSE */
    [73] = 110, /* INSERT */
    [74] = 102, /* HOME */
    [75] = 104, /* PAGEUP */
    [76] = 111, /* DELETE */
    [77] = 107, /* END */
    [78] = 109, /* PAGEDOWN */
    [79] = 106, /* RIGHT */
    [80] = 105, /* LEFT */
    [81] = 108, /* DOWN */
    [82] = 103, /* UP */
    [83] = 69,  /* NUMLOCKCLEAR -> KEY_NUMLOCK */
    [84] = 98,  /* KP_DIVIDE -> KEY_KPSLASH */
    [85] = 55,  /* KP_MULTIPLY -> KEY_KPASTERISK */
    [86] = 74,  /* KP_MINUS */
    [87] = 78,  /* KP_PLUS */
    [88] = 96,  /* KP_ENTER */
    [89] = 79, [90] = 80, [91] = 81, [92] = 75, [93] = 76, [94] = 77, [95] = 71, [96] = 72,
    [97] = 73, /* KP_1..KP_9 */
    [98] = 82,  /* KP_0 */
    [99] = 83,  /* KP_PERIOD -> KEY_KPDOT */
    [100] = 86, /* NONUSBACKSLASH -> KEY_102ND */
    [101] = 127, /* APPLICATION -> KEY_COMPOSE */
    [102] = 116, /* POWER */
    [103] = 117, /* KP_EQUALS -> KEY_KPEQUAL */
    [104] = 183, [105] = 184, [106] = 185, [107] = 186, [108] = 187, [109] = 188,
    [110] = 189, [111] = 190, [112] = 191, [113] = 192, [114] = 193, [115] = 194, /* F13..F24 */
    [127] = 113, /* MUTE */
    [128] = 115, /* VOLUMEUP */
    [129] = 114, /* VOLUMEDOWN */
    [224] = 29,  /* LCTRL -> KEY_LEFTCTRL */
    [225] = 42,  /* LSHIFT */
    [226] = 56,  /* LALT */
    [227] = 125, /* LGUI -> KEY_LEFTMETA */
    [228] = 97,  /* RCTRL */
    [229] = 54,  /* RSHIFT */
    [230] = 100, /* RALT */
    [231] = 126, /* RGUI -> KEY_RIGHTMETA */
};

uint16_t sdl_scancode_to_linux(unsigned scancode)
{
    return scancode < sizeof(hid_to_linux) / sizeof(hid_to_linux[0]) ? hid_to_linux[scancode] : 0;
}
