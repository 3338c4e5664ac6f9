/*
 * PL031 RTC. Register map and ID values from the PrimeCell Real Time Clock
 * (PL031) Technical Reference Manual (Arm DDI 0224).
 */
#include "devices/pl031.h"

enum {
    RTCDR = 0x000, RTCMR = 0x004, RTCLR = 0x008, RTCCR = 0x00c, RTCIMSC = 0x010, RTCRIS = 0x014,
    RTCMIS = 0x018, RTCICR = 0x01c, PERIPH_ID = 0xfe0,
};

/* PeriphID0-3, PCellID0-3: part 0x031, designer Arm, revision 1 */
static const uint8_t pl031_ids[8] = {0x31, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1};

static uint32_t counter(const struct pl031 *rtc)
{
    return (uint32_t)((int64_t)rtc->now(rtc->now_opaque) + rtc->offset);
}

static void update_irq(struct pl031 *rtc)
{
    irq_set_level(&rtc->irq, (rtc->ris & rtc->imsc & 1) != 0);
}

/* The match interrupt fires once, when the counter reaches the match value (an edge, not a level). */
void pl031_update(struct pl031 *rtc)
{
    bool matches = counter(rtc) == rtc->match;
    if (matches && !rtc->match_seen)
        rtc->ris |= 1;
    rtc->match_seen = matches;
    update_irq(rtc);
}

uint32_t pl031_seconds_to_match(const struct pl031 *rtc)
{
    return rtc->match - counter(rtc);
}

void pl031_reset(struct pl031 *rtc)
{
    rtc->offset = 0;
    rtc->match = rtc->load = rtc->imsc = rtc->ris = 0;
    rtc->match_seen = true; /* no interrupt for a match that holds at reset */
    update_irq(rtc);
}

static bool pl031_read(void *opaque, uint64_t offset, unsigned size, uint64_t *value)
{
    struct pl031 *rtc = opaque;
    (void)size;
    pl031_update(rtc);
    if (offset >= PERIPH_ID && offset < PERIPH_ID + 32) {
        *value = (offset & 3) ? 0 : pl031_ids[(offset - PERIPH_ID) / 4];
        return true;
    }
    switch (offset) {
    case RTCDR: *value = counter(rtc); break;
    case RTCMR: *value = rtc->match; break;
    case RTCLR: *value = rtc->load; break;
    case RTCCR: *value = 1; break;            /* the counter always runs */
    case RTCIMSC: *value = rtc->imsc; break;
    case RTCRIS: *value = rtc->ris; break;
    case RTCMIS: *value = rtc->ris & rtc->imsc; break;
    default: *value = 0; break;
    }
    return true;
}

static bool pl031_write(void *opaque, uint64_t offset, unsigned size, uint64_t value)
{
    struct pl031 *rtc = opaque;
    (void)size;
    uint32_t v = (uint32_t)value;
    switch (offset) {
    case RTCMR:
        rtc->match = v;
        rtc->match_seen = false;
        break;
    case RTCLR:
        rtc->load = v;
        rtc->offset = (int64_t)v - (int64_t)rtc->now(rtc->now_opaque);
        rtc->match_seen = false;
        break;
    case RTCIMSC: rtc->imsc = v & 1; break;
    case RTCICR: rtc->ris &= ~(v & 1); break;
    default: break; /* RTCCR: writing 0 cannot stop the clock once started; others read-only */
    }
    pl031_update(rtc);
    return true;
}

const struct mmio_ops pl031_mmio_ops = {pl031_read, pl031_write};
