/*
 * Differential test: Advanced SIMD structure loads and stores. LD1-LD4 and
 * ST1-ST4 (multiple structures, every arrangement, one to four registers),
 * the single-lane forms on B/H/S/D lanes, LD1R-LD4R, each without offset,
 * post-indexed by immediate and by register; register lists wrapping past
 * v31, SP as the base, unaligned and page-crossing addresses. Registers
 * are dumped with STR Q, memory by checksum, writeback as base delta.
 */
// USES-FP-REGS
#include "ferry_test.h"

static uint8_t buf[3 * 4096] __attribute__((aligned(4096)));
static uint64_t regs_out[4 * 2 + 4 * 2 + 1] __attribute__((aligned(16)));
static uint64_t pattern[8 * 2] __attribute__((aligned(16)));

static void fill(void)
{
    for (unsigned i = 0; i < sizeof(buf); i++)
        buf[i] = (uint8_t)(i * 167u + 13u);
}

static uint64_t checksum(void)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned i = 0; i < sizeof(buf); i++)
        h = (h ^ buf[i]) * 0x100000001b3ull;
    return h;
}

/* v0-v3 and v30, v31 preset from pattern[], x9 = base, x10 = register offset. */
#define PRESET "ldp q0, q1, [%2]\n ldp q2, q3, [%2, #32]\n ldp q30, q31, [%2, #64]\n mov x9, %1\n mov x10, #-40\n"
#define DUMP "stp q0, q1, [%0]\n stp q2, q3, [%0, #32]\n stp q30, q31, [%0, #64]\n sub x11, x9, %1\n str x11, [%0, #128]\n"
#define CLOBBERS "v0", "v1", "v2", "v3", "v30", "v31", "x9", "x10", "x11", "x12", "memory"

#define CASE(fn, insn)                                                                        \
    static void fn(uint8_t *base)                                                              \
    {                                                                                          \
        __asm__ volatile(PRESET insn "\n" DUMP ::"r"(regs_out), "r"(base), "r"(pattern)       \
                         : CLOBBERS);                                                          \
    }

struct mem_case {
    const char *name;
    void (*fn)(uint8_t *base);
    int is_store;
};
CASE(ld0, "ld1 {v0.8b}, [x9]")
CASE(ld1, "ld1 {v0.8b}, [x9], #8")
CASE(ld2, "ld1 {v0.8b}, [x9], x10")
CASE(ld3, "ld1 {v0.16b}, [x9]")
CASE(ld4, "ld1 {v0.16b}, [x9], #16")
CASE(ld5, "ld1 {v0.16b}, [x9], x10")
CASE(ld6, "ld1 {v0.4h}, [x9]")
CASE(ld7, "ld1 {v0.4h}, [x9], #8")
CASE(ld8, "ld1 {v0.4h}, [x9], x10")
CASE(ld9, "ld1 {v0.8h}, [x9]")
CASE(ld10, "ld1 {v0.8h}, [x9], #16")
CASE(ld11, "ld1 {v0.8h}, [x9], x10")
CASE(ld12, "ld1 {v0.2s}, [x9]")
CASE(ld13, "ld1 {v0.2s}, [x9], #8")
CASE(ld14, "ld1 {v0.2s}, [x9], x10")
CASE(ld15, "ld1 {v0.4s}, [x9]")
CASE(ld16, "ld1 {v0.4s}, [x9], #16")
CASE(ld17, "ld1 {v0.4s}, [x9], x10")
CASE(ld18, "ld1 {v0.1d}, [x9]")
CASE(ld19, "ld1 {v0.1d}, [x9], #8")
CASE(ld20, "ld1 {v0.1d}, [x9], x10")
CASE(ld21, "ld1 {v0.2d}, [x9]")
CASE(ld22, "ld1 {v0.2d}, [x9], #16")
CASE(ld23, "ld1 {v0.2d}, [x9], x10")
CASE(ld24, "ld1 {v0.8b, v1.8b}, [x9]")
CASE(ld25, "ld1 {v0.8b, v1.8b}, [x9], #16")
CASE(ld26, "ld1 {v0.8b, v1.8b}, [x9], x10")
CASE(ld27, "ld2 {v0.8b, v1.8b}, [x9]")
CASE(ld28, "ld2 {v0.8b, v1.8b}, [x9], #16")
CASE(ld29, "ld2 {v0.8b, v1.8b}, [x9], x10")
CASE(ld30, "ld1 {v0.16b, v1.16b}, [x9]")
CASE(ld31, "ld1 {v0.16b, v1.16b}, [x9], #32")
CASE(ld32, "ld1 {v0.16b, v1.16b}, [x9], x10")
CASE(ld33, "ld2 {v0.16b, v1.16b}, [x9]")
CASE(ld34, "ld2 {v0.16b, v1.16b}, [x9], #32")
CASE(ld35, "ld2 {v0.16b, v1.16b}, [x9], x10")
CASE(ld36, "ld1 {v0.4h, v1.4h}, [x9]")
CASE(ld37, "ld1 {v0.4h, v1.4h}, [x9], #16")
CASE(ld38, "ld1 {v0.4h, v1.4h}, [x9], x10")
CASE(ld39, "ld2 {v0.4h, v1.4h}, [x9]")
CASE(ld40, "ld2 {v0.4h, v1.4h}, [x9], #16")
CASE(ld41, "ld2 {v0.4h, v1.4h}, [x9], x10")
CASE(ld42, "ld1 {v0.8h, v1.8h}, [x9]")
CASE(ld43, "ld1 {v0.8h, v1.8h}, [x9], #32")
CASE(ld44, "ld1 {v0.8h, v1.8h}, [x9], x10")
CASE(ld45, "ld2 {v0.8h, v1.8h}, [x9]")
CASE(ld46, "ld2 {v0.8h, v1.8h}, [x9], #32")
CASE(ld47, "ld2 {v0.8h, v1.8h}, [x9], x10")
CASE(ld48, "ld1 {v0.2s, v1.2s}, [x9]")
CASE(ld49, "ld1 {v0.2s, v1.2s}, [x9], #16")
CASE(ld50, "ld1 {v0.2s, v1.2s}, [x9], x10")
CASE(ld51, "ld2 {v0.2s, v1.2s}, [x9]")
CASE(ld52, "ld2 {v0.2s, v1.2s}, [x9], #16")
CASE(ld53, "ld2 {v0.2s, v1.2s}, [x9], x10")
CASE(ld54, "ld1 {v0.4s, v1.4s}, [x9]")
CASE(ld55, "ld1 {v0.4s, v1.4s}, [x9], #32")
CASE(ld56, "ld1 {v0.4s, v1.4s}, [x9], x10")
CASE(ld57, "ld2 {v0.4s, v1.4s}, [x9]")
CASE(ld58, "ld2 {v0.4s, v1.4s}, [x9], #32")
CASE(ld59, "ld2 {v0.4s, v1.4s}, [x9], x10")
CASE(ld60, "ld1 {v0.1d, v1.1d}, [x9]")
CASE(ld61, "ld1 {v0.1d, v1.1d}, [x9], #16")
CASE(ld62, "ld1 {v0.1d, v1.1d}, [x9], x10")
CASE(ld63, "ld1 {v0.2d, v1.2d}, [x9]")
CASE(ld64, "ld1 {v0.2d, v1.2d}, [x9], #32")
CASE(ld65, "ld1 {v0.2d, v1.2d}, [x9], x10")
CASE(ld66, "ld2 {v0.2d, v1.2d}, [x9]")
CASE(ld67, "ld2 {v0.2d, v1.2d}, [x9], #32")
CASE(ld68, "ld2 {v0.2d, v1.2d}, [x9], x10")
CASE(ld69, "ld1 {v0.8b, v1.8b, v2.8b}, [x9]")
CASE(ld70, "ld1 {v0.8b, v1.8b, v2.8b}, [x9], #24")
CASE(ld71, "ld1 {v0.8b, v1.8b, v2.8b}, [x9], x10")
CASE(ld72, "ld3 {v0.8b, v1.8b, v2.8b}, [x9]")
CASE(ld73, "ld3 {v0.8b, v1.8b, v2.8b}, [x9], #24")
CASE(ld74, "ld3 {v0.8b, v1.8b, v2.8b}, [x9], x10")
CASE(ld75, "ld1 {v0.16b, v1.16b, v2.16b}, [x9]")
CASE(ld76, "ld1 {v0.16b, v1.16b, v2.16b}, [x9], #48")
CASE(ld77, "ld1 {v0.16b, v1.16b, v2.16b}, [x9], x10")
CASE(ld78, "ld3 {v0.16b, v1.16b, v2.16b}, [x9]")
CASE(ld79, "ld3 {v0.16b, v1.16b, v2.16b}, [x9], #48")
CASE(ld80, "ld3 {v0.16b, v1.16b, v2.16b}, [x9], x10")
CASE(ld81, "ld1 {v0.4h, v1.4h, v2.4h}, [x9]")
CASE(ld82, "ld1 {v0.4h, v1.4h, v2.4h}, [x9], #24")
CASE(ld83, "ld1 {v0.4h, v1.4h, v2.4h}, [x9], x10")
CASE(ld84, "ld3 {v0.4h, v1.4h, v2.4h}, [x9]")
CASE(ld85, "ld3 {v0.4h, v1.4h, v2.4h}, [x9], #24")
CASE(ld86, "ld3 {v0.4h, v1.4h, v2.4h}, [x9], x10")
CASE(ld87, "ld1 {v0.8h, v1.8h, v2.8h}, [x9]")
CASE(ld88, "ld1 {v0.8h, v1.8h, v2.8h}, [x9], #48")
CASE(ld89, "ld1 {v0.8h, v1.8h, v2.8h}, [x9], x10")
CASE(ld90, "ld3 {v0.8h, v1.8h, v2.8h}, [x9]")
CASE(ld91, "ld3 {v0.8h, v1.8h, v2.8h}, [x9], #48")
CASE(ld92, "ld3 {v0.8h, v1.8h, v2.8h}, [x9], x10")
CASE(ld93, "ld1 {v0.2s, v1.2s, v2.2s}, [x9]")
CASE(ld94, "ld1 {v0.2s, v1.2s, v2.2s}, [x9], #24")
CASE(ld95, "ld1 {v0.2s, v1.2s, v2.2s}, [x9], x10")
CASE(ld96, "ld3 {v0.2s, v1.2s, v2.2s}, [x9]")
CASE(ld97, "ld3 {v0.2s, v1.2s, v2.2s}, [x9], #24")
CASE(ld98, "ld3 {v0.2s, v1.2s, v2.2s}, [x9], x10")
CASE(ld99, "ld1 {v0.4s, v1.4s, v2.4s}, [x9]")
CASE(ld100, "ld1 {v0.4s, v1.4s, v2.4s}, [x9], #48")
CASE(ld101, "ld1 {v0.4s, v1.4s, v2.4s}, [x9], x10")
CASE(ld102, "ld3 {v0.4s, v1.4s, v2.4s}, [x9]")
CASE(ld103, "ld3 {v0.4s, v1.4s, v2.4s}, [x9], #48")
CASE(ld104, "ld3 {v0.4s, v1.4s, v2.4s}, [x9], x10")
CASE(ld105, "ld1 {v0.1d, v1.1d, v2.1d}, [x9]")
CASE(ld106, "ld1 {v0.1d, v1.1d, v2.1d}, [x9], #24")
CASE(ld107, "ld1 {v0.1d, v1.1d, v2.1d}, [x9], x10")
CASE(ld108, "ld1 {v0.2d, v1.2d, v2.2d}, [x9]")
CASE(ld109, "ld1 {v0.2d, v1.2d, v2.2d}, [x9], #48")
CASE(ld110, "ld1 {v0.2d, v1.2d, v2.2d}, [x9], x10")
CASE(ld111, "ld3 {v0.2d, v1.2d, v2.2d}, [x9]")
CASE(ld112, "ld3 {v0.2d, v1.2d, v2.2d}, [x9], #48")
CASE(ld113, "ld3 {v0.2d, v1.2d, v2.2d}, [x9], x10")
CASE(ld114, "ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]")
CASE(ld115, "ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #32")
CASE(ld116, "ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10")
CASE(ld117, "ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]")
CASE(ld118, "ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #32")
CASE(ld119, "ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10")
CASE(ld120, "ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]")
CASE(ld121, "ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64")
CASE(ld122, "ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10")
CASE(ld123, "ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]")
CASE(ld124, "ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64")
CASE(ld125, "ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10")
CASE(ld126, "ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]")
CASE(ld127, "ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32")
CASE(ld128, "ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10")
CASE(ld129, "ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]")
CASE(ld130, "ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32")
CASE(ld131, "ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10")
CASE(ld132, "ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]")
CASE(ld133, "ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64")
CASE(ld134, "ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10")
CASE(ld135, "ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]")
CASE(ld136, "ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64")
CASE(ld137, "ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10")
CASE(ld138, "ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]")
CASE(ld139, "ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #32")
CASE(ld140, "ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10")
CASE(ld141, "ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]")
CASE(ld142, "ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #32")
CASE(ld143, "ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10")
CASE(ld144, "ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]")
CASE(ld145, "ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #64")
CASE(ld146, "ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10")
CASE(ld147, "ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]")
CASE(ld148, "ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #64")
CASE(ld149, "ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10")
CASE(ld150, "ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]")
CASE(ld151, "ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], #32")
CASE(ld152, "ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], x10")
CASE(ld153, "ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]")
CASE(ld154, "ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64")
CASE(ld155, "ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10")
CASE(ld156, "ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]")
CASE(ld157, "ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64")
CASE(ld158, "ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10")
CASE(ld159, "ld1 {v0.b}[0], [x9]")
CASE(ld160, "ld1 {v0.b}[0], [x9], #1")
CASE(ld161, "ld1 {v0.b}[0], [x9], x10")
CASE(ld162, "ld1 {v0.b}[1], [x9]")
CASE(ld163, "ld1 {v0.b}[1], [x9], #1")
CASE(ld164, "ld1 {v0.b}[1], [x9], x10")
CASE(ld165, "ld1 {v0.b}[15], [x9]")
CASE(ld166, "ld1 {v0.b}[15], [x9], #1")
CASE(ld167, "ld1 {v0.b}[15], [x9], x10")
CASE(ld168, "ld1 {v0.h}[0], [x9]")
CASE(ld169, "ld1 {v0.h}[0], [x9], #2")
CASE(ld170, "ld1 {v0.h}[0], [x9], x10")
CASE(ld171, "ld1 {v0.h}[1], [x9]")
CASE(ld172, "ld1 {v0.h}[1], [x9], #2")
CASE(ld173, "ld1 {v0.h}[1], [x9], x10")
CASE(ld174, "ld1 {v0.h}[7], [x9]")
CASE(ld175, "ld1 {v0.h}[7], [x9], #2")
CASE(ld176, "ld1 {v0.h}[7], [x9], x10")
CASE(ld177, "ld1 {v0.s}[0], [x9]")
CASE(ld178, "ld1 {v0.s}[0], [x9], #4")
CASE(ld179, "ld1 {v0.s}[0], [x9], x10")
CASE(ld180, "ld1 {v0.s}[1], [x9]")
CASE(ld181, "ld1 {v0.s}[1], [x9], #4")
CASE(ld182, "ld1 {v0.s}[1], [x9], x10")
CASE(ld183, "ld1 {v0.s}[3], [x9]")
CASE(ld184, "ld1 {v0.s}[3], [x9], #4")
CASE(ld185, "ld1 {v0.s}[3], [x9], x10")
CASE(ld186, "ld1 {v0.d}[0], [x9]")
CASE(ld187, "ld1 {v0.d}[0], [x9], #8")
CASE(ld188, "ld1 {v0.d}[0], [x9], x10")
CASE(ld189, "ld1 {v0.d}[1], [x9]")
CASE(ld190, "ld1 {v0.d}[1], [x9], #8")
CASE(ld191, "ld1 {v0.d}[1], [x9], x10")
CASE(ld192, "ld1r {v0.8b}, [x9]")
CASE(ld193, "ld1r {v0.8b}, [x9], #1")
CASE(ld194, "ld1r {v0.8b}, [x9], x10")
CASE(ld195, "ld1r {v0.16b}, [x9]")
CASE(ld196, "ld1r {v0.16b}, [x9], #1")
CASE(ld197, "ld1r {v0.16b}, [x9], x10")
CASE(ld198, "ld1r {v0.4h}, [x9]")
CASE(ld199, "ld1r {v0.4h}, [x9], #2")
CASE(ld200, "ld1r {v0.4h}, [x9], x10")
CASE(ld201, "ld1r {v0.8h}, [x9]")
CASE(ld202, "ld1r {v0.8h}, [x9], #2")
CASE(ld203, "ld1r {v0.8h}, [x9], x10")
CASE(ld204, "ld1r {v0.2s}, [x9]")
CASE(ld205, "ld1r {v0.2s}, [x9], #4")
CASE(ld206, "ld1r {v0.2s}, [x9], x10")
CASE(ld207, "ld1r {v0.4s}, [x9]")
CASE(ld208, "ld1r {v0.4s}, [x9], #4")
CASE(ld209, "ld1r {v0.4s}, [x9], x10")
CASE(ld210, "ld1r {v0.1d}, [x9]")
CASE(ld211, "ld1r {v0.1d}, [x9], #8")
CASE(ld212, "ld1r {v0.1d}, [x9], x10")
CASE(ld213, "ld1r {v0.2d}, [x9]")
CASE(ld214, "ld1r {v0.2d}, [x9], #8")
CASE(ld215, "ld1r {v0.2d}, [x9], x10")
CASE(ld216, "ld2 {v0.b, v1.b}[0], [x9]")
CASE(ld217, "ld2 {v0.b, v1.b}[0], [x9], #2")
CASE(ld218, "ld2 {v0.b, v1.b}[0], [x9], x10")
CASE(ld219, "ld2 {v0.b, v1.b}[1], [x9]")
CASE(ld220, "ld2 {v0.b, v1.b}[1], [x9], #2")
CASE(ld221, "ld2 {v0.b, v1.b}[1], [x9], x10")
CASE(ld222, "ld2 {v0.b, v1.b}[15], [x9]")
CASE(ld223, "ld2 {v0.b, v1.b}[15], [x9], #2")
CASE(ld224, "ld2 {v0.b, v1.b}[15], [x9], x10")
CASE(ld225, "ld2 {v0.h, v1.h}[0], [x9]")
CASE(ld226, "ld2 {v0.h, v1.h}[0], [x9], #4")
CASE(ld227, "ld2 {v0.h, v1.h}[0], [x9], x10")
CASE(ld228, "ld2 {v0.h, v1.h}[1], [x9]")
CASE(ld229, "ld2 {v0.h, v1.h}[1], [x9], #4")
CASE(ld230, "ld2 {v0.h, v1.h}[1], [x9], x10")
CASE(ld231, "ld2 {v0.h, v1.h}[7], [x9]")
CASE(ld232, "ld2 {v0.h, v1.h}[7], [x9], #4")
CASE(ld233, "ld2 {v0.h, v1.h}[7], [x9], x10")
CASE(ld234, "ld2 {v0.s, v1.s}[0], [x9]")
CASE(ld235, "ld2 {v0.s, v1.s}[0], [x9], #8")
CASE(ld236, "ld2 {v0.s, v1.s}[0], [x9], x10")
CASE(ld237, "ld2 {v0.s, v1.s}[1], [x9]")
CASE(ld238, "ld2 {v0.s, v1.s}[1], [x9], #8")
CASE(ld239, "ld2 {v0.s, v1.s}[1], [x9], x10")
CASE(ld240, "ld2 {v0.s, v1.s}[3], [x9]")
CASE(ld241, "ld2 {v0.s, v1.s}[3], [x9], #8")
CASE(ld242, "ld2 {v0.s, v1.s}[3], [x9], x10")
CASE(ld243, "ld2 {v0.d, v1.d}[0], [x9]")
CASE(ld244, "ld2 {v0.d, v1.d}[0], [x9], #16")
CASE(ld245, "ld2 {v0.d, v1.d}[0], [x9], x10")
CASE(ld246, "ld2 {v0.d, v1.d}[1], [x9]")
CASE(ld247, "ld2 {v0.d, v1.d}[1], [x9], #16")
CASE(ld248, "ld2 {v0.d, v1.d}[1], [x9], x10")
CASE(ld249, "ld2r {v0.8b, v1.8b}, [x9]")
CASE(ld250, "ld2r {v0.8b, v1.8b}, [x9], #2")
CASE(ld251, "ld2r {v0.8b, v1.8b}, [x9], x10")
CASE(ld252, "ld2r {v0.16b, v1.16b}, [x9]")
CASE(ld253, "ld2r {v0.16b, v1.16b}, [x9], #2")
CASE(ld254, "ld2r {v0.16b, v1.16b}, [x9], x10")
CASE(ld255, "ld2r {v0.4h, v1.4h}, [x9]")
CASE(ld256, "ld2r {v0.4h, v1.4h}, [x9], #4")
CASE(ld257, "ld2r {v0.4h, v1.4h}, [x9], x10")
CASE(ld258, "ld2r {v0.8h, v1.8h}, [x9]")
CASE(ld259, "ld2r {v0.8h, v1.8h}, [x9], #4")
CASE(ld260, "ld2r {v0.8h, v1.8h}, [x9], x10")
CASE(ld261, "ld2r {v0.2s, v1.2s}, [x9]")
CASE(ld262, "ld2r {v0.2s, v1.2s}, [x9], #8")
CASE(ld263, "ld2r {v0.2s, v1.2s}, [x9], x10")
CASE(ld264, "ld2r {v0.4s, v1.4s}, [x9]")
CASE(ld265, "ld2r {v0.4s, v1.4s}, [x9], #8")
CASE(ld266, "ld2r {v0.4s, v1.4s}, [x9], x10")
CASE(ld267, "ld2r {v0.1d, v1.1d}, [x9]")
CASE(ld268, "ld2r {v0.1d, v1.1d}, [x9], #16")
CASE(ld269, "ld2r {v0.1d, v1.1d}, [x9], x10")
CASE(ld270, "ld2r {v0.2d, v1.2d}, [x9]")
CASE(ld271, "ld2r {v0.2d, v1.2d}, [x9], #16")
CASE(ld272, "ld2r {v0.2d, v1.2d}, [x9], x10")
CASE(ld273, "ld3 {v0.b, v1.b, v2.b}[0], [x9]")
CASE(ld274, "ld3 {v0.b, v1.b, v2.b}[0], [x9], #3")
CASE(ld275, "ld3 {v0.b, v1.b, v2.b}[0], [x9], x10")
CASE(ld276, "ld3 {v0.b, v1.b, v2.b}[1], [x9]")
CASE(ld277, "ld3 {v0.b, v1.b, v2.b}[1], [x9], #3")
CASE(ld278, "ld3 {v0.b, v1.b, v2.b}[1], [x9], x10")
CASE(ld279, "ld3 {v0.b, v1.b, v2.b}[15], [x9]")
CASE(ld280, "ld3 {v0.b, v1.b, v2.b}[15], [x9], #3")
CASE(ld281, "ld3 {v0.b, v1.b, v2.b}[15], [x9], x10")
CASE(ld282, "ld3 {v0.h, v1.h, v2.h}[0], [x9]")
CASE(ld283, "ld3 {v0.h, v1.h, v2.h}[0], [x9], #6")
CASE(ld284, "ld3 {v0.h, v1.h, v2.h}[0], [x9], x10")
CASE(ld285, "ld3 {v0.h, v1.h, v2.h}[1], [x9]")
CASE(ld286, "ld3 {v0.h, v1.h, v2.h}[1], [x9], #6")
CASE(ld287, "ld3 {v0.h, v1.h, v2.h}[1], [x9], x10")
CASE(ld288, "ld3 {v0.h, v1.h, v2.h}[7], [x9]")
CASE(ld289, "ld3 {v0.h, v1.h, v2.h}[7], [x9], #6")
CASE(ld290, "ld3 {v0.h, v1.h, v2.h}[7], [x9], x10")
CASE(ld291, "ld3 {v0.s, v1.s, v2.s}[0], [x9]")
CASE(ld292, "ld3 {v0.s, v1.s, v2.s}[0], [x9], #12")
CASE(ld293, "ld3 {v0.s, v1.s, v2.s}[0], [x9], x10")
CASE(ld294, "ld3 {v0.s, v1.s, v2.s}[1], [x9]")
CASE(ld295, "ld3 {v0.s, v1.s, v2.s}[1], [x9], #12")
CASE(ld296, "ld3 {v0.s, v1.s, v2.s}[1], [x9], x10")
CASE(ld297, "ld3 {v0.s, v1.s, v2.s}[3], [x9]")
CASE(ld298, "ld3 {v0.s, v1.s, v2.s}[3], [x9], #12")
CASE(ld299, "ld3 {v0.s, v1.s, v2.s}[3], [x9], x10")
CASE(ld300, "ld3 {v0.d, v1.d, v2.d}[0], [x9]")
CASE(ld301, "ld3 {v0.d, v1.d, v2.d}[0], [x9], #24")
CASE(ld302, "ld3 {v0.d, v1.d, v2.d}[0], [x9], x10")
CASE(ld303, "ld3 {v0.d, v1.d, v2.d}[1], [x9]")
CASE(ld304, "ld3 {v0.d, v1.d, v2.d}[1], [x9], #24")
CASE(ld305, "ld3 {v0.d, v1.d, v2.d}[1], [x9], x10")
CASE(ld306, "ld3r {v0.8b, v1.8b, v2.8b}, [x9]")
CASE(ld307, "ld3r {v0.8b, v1.8b, v2.8b}, [x9], #3")
CASE(ld308, "ld3r {v0.8b, v1.8b, v2.8b}, [x9], x10")
CASE(ld309, "ld3r {v0.16b, v1.16b, v2.16b}, [x9]")
CASE(ld310, "ld3r {v0.16b, v1.16b, v2.16b}, [x9], #3")
CASE(ld311, "ld3r {v0.16b, v1.16b, v2.16b}, [x9], x10")
CASE(ld312, "ld3r {v0.4h, v1.4h, v2.4h}, [x9]")
CASE(ld313, "ld3r {v0.4h, v1.4h, v2.4h}, [x9], #6")
CASE(ld314, "ld3r {v0.4h, v1.4h, v2.4h}, [x9], x10")
CASE(ld315, "ld3r {v0.8h, v1.8h, v2.8h}, [x9]")
CASE(ld316, "ld3r {v0.8h, v1.8h, v2.8h}, [x9], #6")
CASE(ld317, "ld3r {v0.8h, v1.8h, v2.8h}, [x9], x10")
CASE(ld318, "ld3r {v0.2s, v1.2s, v2.2s}, [x9]")
CASE(ld319, "ld3r {v0.2s, v1.2s, v2.2s}, [x9], #12")
CASE(ld320, "ld3r {v0.2s, v1.2s, v2.2s}, [x9], x10")
CASE(ld321, "ld3r {v0.4s, v1.4s, v2.4s}, [x9]")
CASE(ld322, "ld3r {v0.4s, v1.4s, v2.4s}, [x9], #12")
CASE(ld323, "ld3r {v0.4s, v1.4s, v2.4s}, [x9], x10")
CASE(ld324, "ld3r {v0.1d, v1.1d, v2.1d}, [x9]")
CASE(ld325, "ld3r {v0.1d, v1.1d, v2.1d}, [x9], #24")
CASE(ld326, "ld3r {v0.1d, v1.1d, v2.1d}, [x9], x10")
CASE(ld327, "ld3r {v0.2d, v1.2d, v2.2d}, [x9]")
CASE(ld328, "ld3r {v0.2d, v1.2d, v2.2d}, [x9], #24")
CASE(ld329, "ld3r {v0.2d, v1.2d, v2.2d}, [x9], x10")
CASE(ld330, "ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x9]")
CASE(ld331, "ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x9], #4")
CASE(ld332, "ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x9], x10")
CASE(ld333, "ld4 {v0.b, v1.b, v2.b, v3.b}[1], [x9]")
CASE(ld334, "ld4 {v0.b, v1.b, v2.b, v3.b}[1], [x9], #4")
CASE(ld335, "ld4 {v0.b, v1.b, v2.b, v3.b}[1], [x9], x10")
CASE(ld336, "ld4 {v0.b, v1.b, v2.b, v3.b}[15], [x9]")
CASE(ld337, "ld4 {v0.b, v1.b, v2.b, v3.b}[15], [x9], #4")
CASE(ld338, "ld4 {v0.b, v1.b, v2.b, v3.b}[15], [x9], x10")
CASE(ld339, "ld4 {v0.h, v1.h, v2.h, v3.h}[0], [x9]")
CASE(ld340, "ld4 {v0.h, v1.h, v2.h, v3.h}[0], [x9], #8")
CASE(ld341, "ld4 {v0.h, v1.h, v2.h, v3.h}[0], [x9], x10")
CASE(ld342, "ld4 {v0.h, v1.h, v2.h, v3.h}[1], [x9]")
CASE(ld343, "ld4 {v0.h, v1.h, v2.h, v3.h}[1], [x9], #8")
CASE(ld344, "ld4 {v0.h, v1.h, v2.h, v3.h}[1], [x9], x10")
CASE(ld345, "ld4 {v0.h, v1.h, v2.h, v3.h}[7], [x9]")
CASE(ld346, "ld4 {v0.h, v1.h, v2.h, v3.h}[7], [x9], #8")
CASE(ld347, "ld4 {v0.h, v1.h, v2.h, v3.h}[7], [x9], x10")
CASE(ld348, "ld4 {v0.s, v1.s, v2.s, v3.s}[0], [x9]")
CASE(ld349, "ld4 {v0.s, v1.s, v2.s, v3.s}[0], [x9], #16")
CASE(ld350, "ld4 {v0.s, v1.s, v2.s, v3.s}[0], [x9], x10")
CASE(ld351, "ld4 {v0.s, v1.s, v2.s, v3.s}[1], [x9]")
CASE(ld352, "ld4 {v0.s, v1.s, v2.s, v3.s}[1], [x9], #16")
CASE(ld353, "ld4 {v0.s, v1.s, v2.s, v3.s}[1], [x9], x10")
CASE(ld354, "ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x9]")
CASE(ld355, "ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x9], #16")
CASE(ld356, "ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x9], x10")
CASE(ld357, "ld4 {v0.d, v1.d, v2.d, v3.d}[0], [x9]")
CASE(ld358, "ld4 {v0.d, v1.d, v2.d, v3.d}[0], [x9], #32")
CASE(ld359, "ld4 {v0.d, v1.d, v2.d, v3.d}[0], [x9], x10")
CASE(ld360, "ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9]")
CASE(ld361, "ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], #32")
CASE(ld362, "ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], x10")
CASE(ld363, "ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]")
CASE(ld364, "ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #4")
CASE(ld365, "ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10")
CASE(ld366, "ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]")
CASE(ld367, "ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #4")
CASE(ld368, "ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10")
CASE(ld369, "ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]")
CASE(ld370, "ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #8")
CASE(ld371, "ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10")
CASE(ld372, "ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]")
CASE(ld373, "ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #8")
CASE(ld374, "ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10")
CASE(ld375, "ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]")
CASE(ld376, "ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #16")
CASE(ld377, "ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10")
CASE(ld378, "ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]")
CASE(ld379, "ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #16")
CASE(ld380, "ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10")
CASE(ld381, "ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]")
CASE(ld382, "ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], #32")
CASE(ld383, "ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], x10")
CASE(ld384, "ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]")
CASE(ld385, "ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #32")
CASE(ld386, "ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10")
CASE(ld387, "ld4 {v30.4s, v31.4s, v0.4s, v1.4s}, [x9]")
CASE(ld388, "mov x12, sp\n and x9, x9, #-16\n mov sp, x9\n ld1 {v0.16b, v1.16b}, [sp], #32\n mov x9, sp\n mov sp, x12")
CASE(st0, "st1 {v0.8b}, [x9]")
CASE(st1, "st1 {v0.8b}, [x9], #8")
CASE(st2, "st1 {v0.8b}, [x9], x10")
CASE(st3, "st1 {v0.16b}, [x9]")
CASE(st4, "st1 {v0.16b}, [x9], #16")
CASE(st5, "st1 {v0.16b}, [x9], x10")
CASE(st6, "st1 {v0.4h}, [x9]")
CASE(st7, "st1 {v0.4h}, [x9], #8")
CASE(st8, "st1 {v0.4h}, [x9], x10")
CASE(st9, "st1 {v0.8h}, [x9]")
CASE(st10, "st1 {v0.8h}, [x9], #16")
CASE(st11, "st1 {v0.8h}, [x9], x10")
CASE(st12, "st1 {v0.2s}, [x9]")
CASE(st13, "st1 {v0.2s}, [x9], #8")
CASE(st14, "st1 {v0.2s}, [x9], x10")
CASE(st15, "st1 {v0.4s}, [x9]")
CASE(st16, "st1 {v0.4s}, [x9], #16")
CASE(st17, "st1 {v0.4s}, [x9], x10")
CASE(st18, "st1 {v0.1d}, [x9]")
CASE(st19, "st1 {v0.1d}, [x9], #8")
CASE(st20, "st1 {v0.1d}, [x9], x10")
CASE(st21, "st1 {v0.2d}, [x9]")
CASE(st22, "st1 {v0.2d}, [x9], #16")
CASE(st23, "st1 {v0.2d}, [x9], x10")
CASE(st24, "st1 {v0.8b, v1.8b}, [x9]")
CASE(st25, "st1 {v0.8b, v1.8b}, [x9], #16")
CASE(st26, "st1 {v0.8b, v1.8b}, [x9], x10")
CASE(st27, "st2 {v0.8b, v1.8b}, [x9]")
CASE(st28, "st2 {v0.8b, v1.8b}, [x9], #16")
CASE(st29, "st2 {v0.8b, v1.8b}, [x9], x10")
CASE(st30, "st1 {v0.16b, v1.16b}, [x9]")
CASE(st31, "st1 {v0.16b, v1.16b}, [x9], #32")
CASE(st32, "st1 {v0.16b, v1.16b}, [x9], x10")
CASE(st33, "st2 {v0.16b, v1.16b}, [x9]")
CASE(st34, "st2 {v0.16b, v1.16b}, [x9], #32")
CASE(st35, "st2 {v0.16b, v1.16b}, [x9], x10")
CASE(st36, "st1 {v0.4h, v1.4h}, [x9]")
CASE(st37, "st1 {v0.4h, v1.4h}, [x9], #16")
CASE(st38, "st1 {v0.4h, v1.4h}, [x9], x10")
CASE(st39, "st2 {v0.4h, v1.4h}, [x9]")
CASE(st40, "st2 {v0.4h, v1.4h}, [x9], #16")
CASE(st41, "st2 {v0.4h, v1.4h}, [x9], x10")
CASE(st42, "st1 {v0.8h, v1.8h}, [x9]")
CASE(st43, "st1 {v0.8h, v1.8h}, [x9], #32")
CASE(st44, "st1 {v0.8h, v1.8h}, [x9], x10")
CASE(st45, "st2 {v0.8h, v1.8h}, [x9]")
CASE(st46, "st2 {v0.8h, v1.8h}, [x9], #32")
CASE(st47, "st2 {v0.8h, v1.8h}, [x9], x10")
CASE(st48, "st1 {v0.2s, v1.2s}, [x9]")
CASE(st49, "st1 {v0.2s, v1.2s}, [x9], #16")
CASE(st50, "st1 {v0.2s, v1.2s}, [x9], x10")
CASE(st51, "st2 {v0.2s, v1.2s}, [x9]")
CASE(st52, "st2 {v0.2s, v1.2s}, [x9], #16")
CASE(st53, "st2 {v0.2s, v1.2s}, [x9], x10")
CASE(st54, "st1 {v0.4s, v1.4s}, [x9]")
CASE(st55, "st1 {v0.4s, v1.4s}, [x9], #32")
CASE(st56, "st1 {v0.4s, v1.4s}, [x9], x10")
CASE(st57, "st2 {v0.4s, v1.4s}, [x9]")
CASE(st58, "st2 {v0.4s, v1.4s}, [x9], #32")
CASE(st59, "st2 {v0.4s, v1.4s}, [x9], x10")
CASE(st60, "st1 {v0.1d, v1.1d}, [x9]")
CASE(st61, "st1 {v0.1d, v1.1d}, [x9], #16")
CASE(st62, "st1 {v0.1d, v1.1d}, [x9], x10")
CASE(st63, "st1 {v0.2d, v1.2d}, [x9]")
CASE(st64, "st1 {v0.2d, v1.2d}, [x9], #32")
CASE(st65, "st1 {v0.2d, v1.2d}, [x9], x10")
CASE(st66, "st2 {v0.2d, v1.2d}, [x9]")
CASE(st67, "st2 {v0.2d, v1.2d}, [x9], #32")
CASE(st68, "st2 {v0.2d, v1.2d}, [x9], x10")
CASE(st69, "st1 {v0.8b, v1.8b, v2.8b}, [x9]")
CASE(st70, "st1 {v0.8b, v1.8b, v2.8b}, [x9], #24")
CASE(st71, "st1 {v0.8b, v1.8b, v2.8b}, [x9], x10")
CASE(st72, "st3 {v0.8b, v1.8b, v2.8b}, [x9]")
CASE(st73, "st3 {v0.8b, v1.8b, v2.8b}, [x9], #24")
CASE(st74, "st3 {v0.8b, v1.8b, v2.8b}, [x9], x10")
CASE(st75, "st1 {v0.16b, v1.16b, v2.16b}, [x9]")
CASE(st76, "st1 {v0.16b, v1.16b, v2.16b}, [x9], #48")
CASE(st77, "st1 {v0.16b, v1.16b, v2.16b}, [x9], x10")
CASE(st78, "st3 {v0.16b, v1.16b, v2.16b}, [x9]")
CASE(st79, "st3 {v0.16b, v1.16b, v2.16b}, [x9], #48")
CASE(st80, "st3 {v0.16b, v1.16b, v2.16b}, [x9], x10")
CASE(st81, "st1 {v0.4h, v1.4h, v2.4h}, [x9]")
CASE(st82, "st1 {v0.4h, v1.4h, v2.4h}, [x9], #24")
CASE(st83, "st1 {v0.4h, v1.4h, v2.4h}, [x9], x10")
CASE(st84, "st3 {v0.4h, v1.4h, v2.4h}, [x9]")
CASE(st85, "st3 {v0.4h, v1.4h, v2.4h}, [x9], #24")
CASE(st86, "st3 {v0.4h, v1.4h, v2.4h}, [x9], x10")
CASE(st87, "st1 {v0.8h, v1.8h, v2.8h}, [x9]")
CASE(st88, "st1 {v0.8h, v1.8h, v2.8h}, [x9], #48")
CASE(st89, "st1 {v0.8h, v1.8h, v2.8h}, [x9], x10")
CASE(st90, "st3 {v0.8h, v1.8h, v2.8h}, [x9]")
CASE(st91, "st3 {v0.8h, v1.8h, v2.8h}, [x9], #48")
CASE(st92, "st3 {v0.8h, v1.8h, v2.8h}, [x9], x10")
CASE(st93, "st1 {v0.2s, v1.2s, v2.2s}, [x9]")
CASE(st94, "st1 {v0.2s, v1.2s, v2.2s}, [x9], #24")
CASE(st95, "st1 {v0.2s, v1.2s, v2.2s}, [x9], x10")
CASE(st96, "st3 {v0.2s, v1.2s, v2.2s}, [x9]")
CASE(st97, "st3 {v0.2s, v1.2s, v2.2s}, [x9], #24")
CASE(st98, "st3 {v0.2s, v1.2s, v2.2s}, [x9], x10")
CASE(st99, "st1 {v0.4s, v1.4s, v2.4s}, [x9]")
CASE(st100, "st1 {v0.4s, v1.4s, v2.4s}, [x9], #48")
CASE(st101, "st1 {v0.4s, v1.4s, v2.4s}, [x9], x10")
CASE(st102, "st3 {v0.4s, v1.4s, v2.4s}, [x9]")
CASE(st103, "st3 {v0.4s, v1.4s, v2.4s}, [x9], #48")
CASE(st104, "st3 {v0.4s, v1.4s, v2.4s}, [x9], x10")
CASE(st105, "st1 {v0.1d, v1.1d, v2.1d}, [x9]")
CASE(st106, "st1 {v0.1d, v1.1d, v2.1d}, [x9], #24")
CASE(st107, "st1 {v0.1d, v1.1d, v2.1d}, [x9], x10")
CASE(st108, "st1 {v0.2d, v1.2d, v2.2d}, [x9]")
CASE(st109, "st1 {v0.2d, v1.2d, v2.2d}, [x9], #48")
CASE(st110, "st1 {v0.2d, v1.2d, v2.2d}, [x9], x10")
CASE(st111, "st3 {v0.2d, v1.2d, v2.2d}, [x9]")
CASE(st112, "st3 {v0.2d, v1.2d, v2.2d}, [x9], #48")
CASE(st113, "st3 {v0.2d, v1.2d, v2.2d}, [x9], x10")
CASE(st114, "st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]")
CASE(st115, "st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #32")
CASE(st116, "st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10")
CASE(st117, "st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]")
CASE(st118, "st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #32")
CASE(st119, "st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10")
CASE(st120, "st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]")
CASE(st121, "st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64")
CASE(st122, "st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10")
CASE(st123, "st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]")
CASE(st124, "st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64")
CASE(st125, "st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10")
CASE(st126, "st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]")
CASE(st127, "st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32")
CASE(st128, "st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10")
CASE(st129, "st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]")
CASE(st130, "st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32")
CASE(st131, "st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10")
CASE(st132, "st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]")
CASE(st133, "st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64")
CASE(st134, "st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10")
CASE(st135, "st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]")
CASE(st136, "st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64")
CASE(st137, "st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10")
CASE(st138, "st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]")
CASE(st139, "st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #32")
CASE(st140, "st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10")
CASE(st141, "st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]")
CASE(st142, "st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #32")
CASE(st143, "st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10")
CASE(st144, "st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]")
CASE(st145, "st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #64")
CASE(st146, "st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10")
CASE(st147, "st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]")
CASE(st148, "st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #64")
CASE(st149, "st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10")
CASE(st150, "st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]")
CASE(st151, "st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], #32")
CASE(st152, "st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], x10")
CASE(st153, "st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]")
CASE(st154, "st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64")
CASE(st155, "st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10")
CASE(st156, "st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]")
CASE(st157, "st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64")
CASE(st158, "st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10")
CASE(st159, "st1 {v0.b}[0], [x9]")
CASE(st160, "st1 {v0.b}[0], [x9], #1")
CASE(st161, "st1 {v0.b}[0], [x9], x10")
CASE(st162, "st1 {v0.b}[1], [x9]")
CASE(st163, "st1 {v0.b}[1], [x9], #1")
CASE(st164, "st1 {v0.b}[1], [x9], x10")
CASE(st165, "st1 {v0.b}[15], [x9]")
CASE(st166, "st1 {v0.b}[15], [x9], #1")
CASE(st167, "st1 {v0.b}[15], [x9], x10")
CASE(st168, "st1 {v0.h}[0], [x9]")
CASE(st169, "st1 {v0.h}[0], [x9], #2")
CASE(st170, "st1 {v0.h}[0], [x9], x10")
CASE(st171, "st1 {v0.h}[1], [x9]")
CASE(st172, "st1 {v0.h}[1], [x9], #2")
CASE(st173, "st1 {v0.h}[1], [x9], x10")
CASE(st174, "st1 {v0.h}[7], [x9]")
CASE(st175, "st1 {v0.h}[7], [x9], #2")
CASE(st176, "st1 {v0.h}[7], [x9], x10")
CASE(st177, "st1 {v0.s}[0], [x9]")
CASE(st178, "st1 {v0.s}[0], [x9], #4")
CASE(st179, "st1 {v0.s}[0], [x9], x10")
CASE(st180, "st1 {v0.s}[1], [x9]")
CASE(st181, "st1 {v0.s}[1], [x9], #4")
CASE(st182, "st1 {v0.s}[1], [x9], x10")
CASE(st183, "st1 {v0.s}[3], [x9]")
CASE(st184, "st1 {v0.s}[3], [x9], #4")
CASE(st185, "st1 {v0.s}[3], [x9], x10")
CASE(st186, "st1 {v0.d}[0], [x9]")
CASE(st187, "st1 {v0.d}[0], [x9], #8")
CASE(st188, "st1 {v0.d}[0], [x9], x10")
CASE(st189, "st1 {v0.d}[1], [x9]")
CASE(st190, "st1 {v0.d}[1], [x9], #8")
CASE(st191, "st1 {v0.d}[1], [x9], x10")
CASE(st192, "st2 {v0.b, v1.b}[0], [x9]")
CASE(st193, "st2 {v0.b, v1.b}[0], [x9], #2")
CASE(st194, "st2 {v0.b, v1.b}[0], [x9], x10")
CASE(st195, "st2 {v0.b, v1.b}[1], [x9]")
CASE(st196, "st2 {v0.b, v1.b}[1], [x9], #2")
CASE(st197, "st2 {v0.b, v1.b}[1], [x9], x10")
CASE(st198, "st2 {v0.b, v1.b}[15], [x9]")
CASE(st199, "st2 {v0.b, v1.b}[15], [x9], #2")
CASE(st200, "st2 {v0.b, v1.b}[15], [x9], x10")
CASE(st201, "st2 {v0.h, v1.h}[0], [x9]")
CASE(st202, "st2 {v0.h, v1.h}[0], [x9], #4")
CASE(st203, "st2 {v0.h, v1.h}[0], [x9], x10")
CASE(st204, "st2 {v0.h, v1.h}[1], [x9]")
CASE(st205, "st2 {v0.h, v1.h}[1], [x9], #4")
CASE(st206, "st2 {v0.h, v1.h}[1], [x9], x10")
CASE(st207, "st2 {v0.h, v1.h}[7], [x9]")
CASE(st208, "st2 {v0.h, v1.h}[7], [x9], #4")
CASE(st209, "st2 {v0.h, v1.h}[7], [x9], x10")
CASE(st210, "st2 {v0.s, v1.s}[0], [x9]")
CASE(st211, "st2 {v0.s, v1.s}[0], [x9], #8")
CASE(st212, "st2 {v0.s, v1.s}[0], [x9], x10")
CASE(st213, "st2 {v0.s, v1.s}[1], [x9]")
CASE(st214, "st2 {v0.s, v1.s}[1], [x9], #8")
CASE(st215, "st2 {v0.s, v1.s}[1], [x9], x10")
CASE(st216, "st2 {v0.s, v1.s}[3], [x9]")
CASE(st217, "st2 {v0.s, v1.s}[3], [x9], #8")
CASE(st218, "st2 {v0.s, v1.s}[3], [x9], x10")
CASE(st219, "st2 {v0.d, v1.d}[0], [x9]")
CASE(st220, "st2 {v0.d, v1.d}[0], [x9], #16")
CASE(st221, "st2 {v0.d, v1.d}[0], [x9], x10")
CASE(st222, "st2 {v0.d, v1.d}[1], [x9]")
CASE(st223, "st2 {v0.d, v1.d}[1], [x9], #16")
CASE(st224, "st2 {v0.d, v1.d}[1], [x9], x10")
CASE(st225, "st3 {v0.b, v1.b, v2.b}[0], [x9]")
CASE(st226, "st3 {v0.b, v1.b, v2.b}[0], [x9], #3")
CASE(st227, "st3 {v0.b, v1.b, v2.b}[0], [x9], x10")
CASE(st228, "st3 {v0.b, v1.b, v2.b}[1], [x9]")
CASE(st229, "st3 {v0.b, v1.b, v2.b}[1], [x9], #3")
CASE(st230, "st3 {v0.b, v1.b, v2.b}[1], [x9], x10")
CASE(st231, "st3 {v0.b, v1.b, v2.b}[15], [x9]")
CASE(st232, "st3 {v0.b, v1.b, v2.b}[15], [x9], #3")
CASE(st233, "st3 {v0.b, v1.b, v2.b}[15], [x9], x10")
CASE(st234, "st3 {v0.h, v1.h, v2.h}[0], [x9]")
CASE(st235, "st3 {v0.h, v1.h, v2.h}[0], [x9], #6")
CASE(st236, "st3 {v0.h, v1.h, v2.h}[0], [x9], x10")
CASE(st237, "st3 {v0.h, v1.h, v2.h}[1], [x9]")
CASE(st238, "st3 {v0.h, v1.h, v2.h}[1], [x9], #6")
CASE(st239, "st3 {v0.h, v1.h, v2.h}[1], [x9], x10")
CASE(st240, "st3 {v0.h, v1.h, v2.h}[7], [x9]")
CASE(st241, "st3 {v0.h, v1.h, v2.h}[7], [x9], #6")
CASE(st242, "st3 {v0.h, v1.h, v2.h}[7], [x9], x10")
CASE(st243, "st3 {v0.s, v1.s, v2.s}[0], [x9]")
CASE(st244, "st3 {v0.s, v1.s, v2.s}[0], [x9], #12")
CASE(st245, "st3 {v0.s, v1.s, v2.s}[0], [x9], x10")
CASE(st246, "st3 {v0.s, v1.s, v2.s}[1], [x9]")
CASE(st247, "st3 {v0.s, v1.s, v2.s}[1], [x9], #12")
CASE(st248, "st3 {v0.s, v1.s, v2.s}[1], [x9], x10")
CASE(st249, "st3 {v0.s, v1.s, v2.s}[3], [x9]")
CASE(st250, "st3 {v0.s, v1.s, v2.s}[3], [x9], #12")
CASE(st251, "st3 {v0.s, v1.s, v2.s}[3], [x9], x10")
CASE(st252, "st3 {v0.d, v1.d, v2.d}[0], [x9]")
CASE(st253, "st3 {v0.d, v1.d, v2.d}[0], [x9], #24")
CASE(st254, "st3 {v0.d, v1.d, v2.d}[0], [x9], x10")
CASE(st255, "st3 {v0.d, v1.d, v2.d}[1], [x9]")
CASE(st256, "st3 {v0.d, v1.d, v2.d}[1], [x9], #24")
CASE(st257, "st3 {v0.d, v1.d, v2.d}[1], [x9], x10")
CASE(st258, "st4 {v0.b, v1.b, v2.b, v3.b}[0], [x9]")
CASE(st259, "st4 {v0.b, v1.b, v2.b, v3.b}[0], [x9], #4")
CASE(st260, "st4 {v0.b, v1.b, v2.b, v3.b}[0], [x9], x10")
CASE(st261, "st4 {v0.b, v1.b, v2.b, v3.b}[1], [x9]")
CASE(st262, "st4 {v0.b, v1.b, v2.b, v3.b}[1], [x9], #4")
CASE(st263, "st4 {v0.b, v1.b, v2.b, v3.b}[1], [x9], x10")
CASE(st264, "st4 {v0.b, v1.b, v2.b, v3.b}[15], [x9]")
CASE(st265, "st4 {v0.b, v1.b, v2.b, v3.b}[15], [x9], #4")
CASE(st266, "st4 {v0.b, v1.b, v2.b, v3.b}[15], [x9], x10")
CASE(st267, "st4 {v0.h, v1.h, v2.h, v3.h}[0], [x9]")
CASE(st268, "st4 {v0.h, v1.h, v2.h, v3.h}[0], [x9], #8")
CASE(st269, "st4 {v0.h, v1.h, v2.h, v3.h}[0], [x9], x10")
CASE(st270, "st4 {v0.h, v1.h, v2.h, v3.h}[1], [x9]")
CASE(st271, "st4 {v0.h, v1.h, v2.h, v3.h}[1], [x9], #8")
CASE(st272, "st4 {v0.h, v1.h, v2.h, v3.h}[1], [x9], x10")
CASE(st273, "st4 {v0.h, v1.h, v2.h, v3.h}[7], [x9]")
CASE(st274, "st4 {v0.h, v1.h, v2.h, v3.h}[7], [x9], #8")
CASE(st275, "st4 {v0.h, v1.h, v2.h, v3.h}[7], [x9], x10")
CASE(st276, "st4 {v0.s, v1.s, v2.s, v3.s}[0], [x9]")
CASE(st277, "st4 {v0.s, v1.s, v2.s, v3.s}[0], [x9], #16")
CASE(st278, "st4 {v0.s, v1.s, v2.s, v3.s}[0], [x9], x10")
CASE(st279, "st4 {v0.s, v1.s, v2.s, v3.s}[1], [x9]")
CASE(st280, "st4 {v0.s, v1.s, v2.s, v3.s}[1], [x9], #16")
CASE(st281, "st4 {v0.s, v1.s, v2.s, v3.s}[1], [x9], x10")
CASE(st282, "st4 {v0.s, v1.s, v2.s, v3.s}[3], [x9]")
CASE(st283, "st4 {v0.s, v1.s, v2.s, v3.s}[3], [x9], #16")
CASE(st284, "st4 {v0.s, v1.s, v2.s, v3.s}[3], [x9], x10")
CASE(st285, "st4 {v0.d, v1.d, v2.d, v3.d}[0], [x9]")
CASE(st286, "st4 {v0.d, v1.d, v2.d, v3.d}[0], [x9], #32")
CASE(st287, "st4 {v0.d, v1.d, v2.d, v3.d}[0], [x9], x10")
CASE(st288, "st4 {v0.d, v1.d, v2.d, v3.d}[1], [x9]")
CASE(st289, "st4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], #32")
CASE(st290, "st4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], x10")
CASE(st291, "st3 {v31.8h, v0.8h, v1.8h}, [x9], #48")

static const struct mem_case cases[] = {
    {"ld1 {v0.8b}, [x9]", ld0, 0},
    {"ld1 {v0.8b}, [x9], #8", ld1, 0},
    {"ld1 {v0.8b}, [x9], x10", ld2, 0},
    {"ld1 {v0.16b}, [x9]", ld3, 0},
    {"ld1 {v0.16b}, [x9], #16", ld4, 0},
    {"ld1 {v0.16b}, [x9], x10", ld5, 0},
    {"ld1 {v0.4h}, [x9]", ld6, 0},
    {"ld1 {v0.4h}, [x9], #8", ld7, 0},
    {"ld1 {v0.4h}, [x9], x10", ld8, 0},
    {"ld1 {v0.8h}, [x9]", ld9, 0},
    {"ld1 {v0.8h}, [x9], #16", ld10, 0},
    {"ld1 {v0.8h}, [x9], x10", ld11, 0},
    {"ld1 {v0.2s}, [x9]", ld12, 0},
    {"ld1 {v0.2s}, [x9], #8", ld13, 0},
    {"ld1 {v0.2s}, [x9], x10", ld14, 0},
    {"ld1 {v0.4s}, [x9]", ld15, 0},
    {"ld1 {v0.4s}, [x9], #16", ld16, 0},
    {"ld1 {v0.4s}, [x9], x10", ld17, 0},
    {"ld1 {v0.1d}, [x9]", ld18, 0},
    {"ld1 {v0.1d}, [x9], #8", ld19, 0},
    {"ld1 {v0.1d}, [x9], x10", ld20, 0},
    {"ld1 {v0.2d}, [x9]", ld21, 0},
    {"ld1 {v0.2d}, [x9], #16", ld22, 0},
    {"ld1 {v0.2d}, [x9], x10", ld23, 0},
    {"ld1 {v0.8b, v1.8b}, [x9]", ld24, 0},
    {"ld1 {v0.8b, v1.8b}, [x9], #16", ld25, 0},
    {"ld1 {v0.8b, v1.8b}, [x9], x10", ld26, 0},
    {"ld2 {v0.8b, v1.8b}, [x9]", ld27, 0},
    {"ld2 {v0.8b, v1.8b}, [x9], #16", ld28, 0},
    {"ld2 {v0.8b, v1.8b}, [x9], x10", ld29, 0},
    {"ld1 {v0.16b, v1.16b}, [x9]", ld30, 0},
    {"ld1 {v0.16b, v1.16b}, [x9], #32", ld31, 0},
    {"ld1 {v0.16b, v1.16b}, [x9], x10", ld32, 0},
    {"ld2 {v0.16b, v1.16b}, [x9]", ld33, 0},
    {"ld2 {v0.16b, v1.16b}, [x9], #32", ld34, 0},
    {"ld2 {v0.16b, v1.16b}, [x9], x10", ld35, 0},
    {"ld1 {v0.4h, v1.4h}, [x9]", ld36, 0},
    {"ld1 {v0.4h, v1.4h}, [x9], #16", ld37, 0},
    {"ld1 {v0.4h, v1.4h}, [x9], x10", ld38, 0},
    {"ld2 {v0.4h, v1.4h}, [x9]", ld39, 0},
    {"ld2 {v0.4h, v1.4h}, [x9], #16", ld40, 0},
    {"ld2 {v0.4h, v1.4h}, [x9], x10", ld41, 0},
    {"ld1 {v0.8h, v1.8h}, [x9]", ld42, 0},
    {"ld1 {v0.8h, v1.8h}, [x9], #32", ld43, 0},
    {"ld1 {v0.8h, v1.8h}, [x9], x10", ld44, 0},
    {"ld2 {v0.8h, v1.8h}, [x9]", ld45, 0},
    {"ld2 {v0.8h, v1.8h}, [x9], #32", ld46, 0},
    {"ld2 {v0.8h, v1.8h}, [x9], x10", ld47, 0},
    {"ld1 {v0.2s, v1.2s}, [x9]", ld48, 0},
    {"ld1 {v0.2s, v1.2s}, [x9], #16", ld49, 0},
    {"ld1 {v0.2s, v1.2s}, [x9], x10", ld50, 0},
    {"ld2 {v0.2s, v1.2s}, [x9]", ld51, 0},
    {"ld2 {v0.2s, v1.2s}, [x9], #16", ld52, 0},
    {"ld2 {v0.2s, v1.2s}, [x9], x10", ld53, 0},
    {"ld1 {v0.4s, v1.4s}, [x9]", ld54, 0},
    {"ld1 {v0.4s, v1.4s}, [x9], #32", ld55, 0},
    {"ld1 {v0.4s, v1.4s}, [x9], x10", ld56, 0},
    {"ld2 {v0.4s, v1.4s}, [x9]", ld57, 0},
    {"ld2 {v0.4s, v1.4s}, [x9], #32", ld58, 0},
    {"ld2 {v0.4s, v1.4s}, [x9], x10", ld59, 0},
    {"ld1 {v0.1d, v1.1d}, [x9]", ld60, 0},
    {"ld1 {v0.1d, v1.1d}, [x9], #16", ld61, 0},
    {"ld1 {v0.1d, v1.1d}, [x9], x10", ld62, 0},
    {"ld1 {v0.2d, v1.2d}, [x9]", ld63, 0},
    {"ld1 {v0.2d, v1.2d}, [x9], #32", ld64, 0},
    {"ld1 {v0.2d, v1.2d}, [x9], x10", ld65, 0},
    {"ld2 {v0.2d, v1.2d}, [x9]", ld66, 0},
    {"ld2 {v0.2d, v1.2d}, [x9], #32", ld67, 0},
    {"ld2 {v0.2d, v1.2d}, [x9], x10", ld68, 0},
    {"ld1 {v0.8b, v1.8b, v2.8b}, [x9]", ld69, 0},
    {"ld1 {v0.8b, v1.8b, v2.8b}, [x9], #24", ld70, 0},
    {"ld1 {v0.8b, v1.8b, v2.8b}, [x9], x10", ld71, 0},
    {"ld3 {v0.8b, v1.8b, v2.8b}, [x9]", ld72, 0},
    {"ld3 {v0.8b, v1.8b, v2.8b}, [x9], #24", ld73, 0},
    {"ld3 {v0.8b, v1.8b, v2.8b}, [x9], x10", ld74, 0},
    {"ld1 {v0.16b, v1.16b, v2.16b}, [x9]", ld75, 0},
    {"ld1 {v0.16b, v1.16b, v2.16b}, [x9], #48", ld76, 0},
    {"ld1 {v0.16b, v1.16b, v2.16b}, [x9], x10", ld77, 0},
    {"ld3 {v0.16b, v1.16b, v2.16b}, [x9]", ld78, 0},
    {"ld3 {v0.16b, v1.16b, v2.16b}, [x9], #48", ld79, 0},
    {"ld3 {v0.16b, v1.16b, v2.16b}, [x9], x10", ld80, 0},
    {"ld1 {v0.4h, v1.4h, v2.4h}, [x9]", ld81, 0},
    {"ld1 {v0.4h, v1.4h, v2.4h}, [x9], #24", ld82, 0},
    {"ld1 {v0.4h, v1.4h, v2.4h}, [x9], x10", ld83, 0},
    {"ld3 {v0.4h, v1.4h, v2.4h}, [x9]", ld84, 0},
    {"ld3 {v0.4h, v1.4h, v2.4h}, [x9], #24", ld85, 0},
    {"ld3 {v0.4h, v1.4h, v2.4h}, [x9], x10", ld86, 0},
    {"ld1 {v0.8h, v1.8h, v2.8h}, [x9]", ld87, 0},
    {"ld1 {v0.8h, v1.8h, v2.8h}, [x9], #48", ld88, 0},
    {"ld1 {v0.8h, v1.8h, v2.8h}, [x9], x10", ld89, 0},
    {"ld3 {v0.8h, v1.8h, v2.8h}, [x9]", ld90, 0},
    {"ld3 {v0.8h, v1.8h, v2.8h}, [x9], #48", ld91, 0},
    {"ld3 {v0.8h, v1.8h, v2.8h}, [x9], x10", ld92, 0},
    {"ld1 {v0.2s, v1.2s, v2.2s}, [x9]", ld93, 0},
    {"ld1 {v0.2s, v1.2s, v2.2s}, [x9], #24", ld94, 0},
    {"ld1 {v0.2s, v1.2s, v2.2s}, [x9], x10", ld95, 0},
    {"ld3 {v0.2s, v1.2s, v2.2s}, [x9]", ld96, 0},
    {"ld3 {v0.2s, v1.2s, v2.2s}, [x9], #24", ld97, 0},
    {"ld3 {v0.2s, v1.2s, v2.2s}, [x9], x10", ld98, 0},
    {"ld1 {v0.4s, v1.4s, v2.4s}, [x9]", ld99, 0},
    {"ld1 {v0.4s, v1.4s, v2.4s}, [x9], #48", ld100, 0},
    {"ld1 {v0.4s, v1.4s, v2.4s}, [x9], x10", ld101, 0},
    {"ld3 {v0.4s, v1.4s, v2.4s}, [x9]", ld102, 0},
    {"ld3 {v0.4s, v1.4s, v2.4s}, [x9], #48", ld103, 0},
    {"ld3 {v0.4s, v1.4s, v2.4s}, [x9], x10", ld104, 0},
    {"ld1 {v0.1d, v1.1d, v2.1d}, [x9]", ld105, 0},
    {"ld1 {v0.1d, v1.1d, v2.1d}, [x9], #24", ld106, 0},
    {"ld1 {v0.1d, v1.1d, v2.1d}, [x9], x10", ld107, 0},
    {"ld1 {v0.2d, v1.2d, v2.2d}, [x9]", ld108, 0},
    {"ld1 {v0.2d, v1.2d, v2.2d}, [x9], #48", ld109, 0},
    {"ld1 {v0.2d, v1.2d, v2.2d}, [x9], x10", ld110, 0},
    {"ld3 {v0.2d, v1.2d, v2.2d}, [x9]", ld111, 0},
    {"ld3 {v0.2d, v1.2d, v2.2d}, [x9], #48", ld112, 0},
    {"ld3 {v0.2d, v1.2d, v2.2d}, [x9], x10", ld113, 0},
    {"ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]", ld114, 0},
    {"ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #32", ld115, 0},
    {"ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10", ld116, 0},
    {"ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]", ld117, 0},
    {"ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #32", ld118, 0},
    {"ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10", ld119, 0},
    {"ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]", ld120, 0},
    {"ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64", ld121, 0},
    {"ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10", ld122, 0},
    {"ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]", ld123, 0},
    {"ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64", ld124, 0},
    {"ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10", ld125, 0},
    {"ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]", ld126, 0},
    {"ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32", ld127, 0},
    {"ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10", ld128, 0},
    {"ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]", ld129, 0},
    {"ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32", ld130, 0},
    {"ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10", ld131, 0},
    {"ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]", ld132, 0},
    {"ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64", ld133, 0},
    {"ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10", ld134, 0},
    {"ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]", ld135, 0},
    {"ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64", ld136, 0},
    {"ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10", ld137, 0},
    {"ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]", ld138, 0},
    {"ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #32", ld139, 0},
    {"ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10", ld140, 0},
    {"ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]", ld141, 0},
    {"ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #32", ld142, 0},
    {"ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10", ld143, 0},
    {"ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]", ld144, 0},
    {"ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #64", ld145, 0},
    {"ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10", ld146, 0},
    {"ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]", ld147, 0},
    {"ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #64", ld148, 0},
    {"ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10", ld149, 0},
    {"ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]", ld150, 0},
    {"ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], #32", ld151, 0},
    {"ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], x10", ld152, 0},
    {"ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]", ld153, 0},
    {"ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64", ld154, 0},
    {"ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10", ld155, 0},
    {"ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]", ld156, 0},
    {"ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64", ld157, 0},
    {"ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10", ld158, 0},
    {"ld1 {v0.b}[0], [x9]", ld159, 0},
    {"ld1 {v0.b}[0], [x9], #1", ld160, 0},
    {"ld1 {v0.b}[0], [x9], x10", ld161, 0},
    {"ld1 {v0.b}[1], [x9]", ld162, 0},
    {"ld1 {v0.b}[1], [x9], #1", ld163, 0},
    {"ld1 {v0.b}[1], [x9], x10", ld164, 0},
    {"ld1 {v0.b}[15], [x9]", ld165, 0},
    {"ld1 {v0.b}[15], [x9], #1", ld166, 0},
    {"ld1 {v0.b}[15], [x9], x10", ld167, 0},
    {"ld1 {v0.h}[0], [x9]", ld168, 0},
    {"ld1 {v0.h}[0], [x9], #2", ld169, 0},
    {"ld1 {v0.h}[0], [x9], x10", ld170, 0},
    {"ld1 {v0.h}[1], [x9]", ld171, 0},
    {"ld1 {v0.h}[1], [x9], #2", ld172, 0},
    {"ld1 {v0.h}[1], [x9], x10", ld173, 0},
    {"ld1 {v0.h}[7], [x9]", ld174, 0},
    {"ld1 {v0.h}[7], [x9], #2", ld175, 0},
    {"ld1 {v0.h}[7], [x9], x10", ld176, 0},
    {"ld1 {v0.s}[0], [x9]", ld177, 0},
    {"ld1 {v0.s}[0], [x9], #4", ld178, 0},
    {"ld1 {v0.s}[0], [x9], x10", ld179, 0},
    {"ld1 {v0.s}[1], [x9]", ld180, 0},
    {"ld1 {v0.s}[1], [x9], #4", ld181, 0},
    {"ld1 {v0.s}[1], [x9], x10", ld182, 0},
    {"ld1 {v0.s}[3], [x9]", ld183, 0},
    {"ld1 {v0.s}[3], [x9], #4", ld184, 0},
    {"ld1 {v0.s}[3], [x9], x10", ld185, 0},
    {"ld1 {v0.d}[0], [x9]", ld186, 0},
    {"ld1 {v0.d}[0], [x9], #8", ld187, 0},
    {"ld1 {v0.d}[0], [x9], x10", ld188, 0},
    {"ld1 {v0.d}[1], [x9]", ld189, 0},
    {"ld1 {v0.d}[1], [x9], #8", ld190, 0},
    {"ld1 {v0.d}[1], [x9], x10", ld191, 0},
    {"ld1r {v0.8b}, [x9]", ld192, 0},
    {"ld1r {v0.8b}, [x9], #1", ld193, 0},
    {"ld1r {v0.8b}, [x9], x10", ld194, 0},
    {"ld1r {v0.16b}, [x9]", ld195, 0},
    {"ld1r {v0.16b}, [x9], #1", ld196, 0},
    {"ld1r {v0.16b}, [x9], x10", ld197, 0},
    {"ld1r {v0.4h}, [x9]", ld198, 0},
    {"ld1r {v0.4h}, [x9], #2", ld199, 0},
    {"ld1r {v0.4h}, [x9], x10", ld200, 0},
    {"ld1r {v0.8h}, [x9]", ld201, 0},
    {"ld1r {v0.8h}, [x9], #2", ld202, 0},
    {"ld1r {v0.8h}, [x9], x10", ld203, 0},
    {"ld1r {v0.2s}, [x9]", ld204, 0},
    {"ld1r {v0.2s}, [x9], #4", ld205, 0},
    {"ld1r {v0.2s}, [x9], x10", ld206, 0},
    {"ld1r {v0.4s}, [x9]", ld207, 0},
    {"ld1r {v0.4s}, [x9], #4", ld208, 0},
    {"ld1r {v0.4s}, [x9], x10", ld209, 0},
    {"ld1r {v0.1d}, [x9]", ld210, 0},
    {"ld1r {v0.1d}, [x9], #8", ld211, 0},
    {"ld1r {v0.1d}, [x9], x10", ld212, 0},
    {"ld1r {v0.2d}, [x9]", ld213, 0},
    {"ld1r {v0.2d}, [x9], #8", ld214, 0},
    {"ld1r {v0.2d}, [x9], x10", ld215, 0},
    {"ld2 {v0.b, v1.b}[0], [x9]", ld216, 0},
    {"ld2 {v0.b, v1.b}[0], [x9], #2", ld217, 0},
    {"ld2 {v0.b, v1.b}[0], [x9], x10", ld218, 0},
    {"ld2 {v0.b, v1.b}[1], [x9]", ld219, 0},
    {"ld2 {v0.b, v1.b}[1], [x9], #2", ld220, 0},
    {"ld2 {v0.b, v1.b}[1], [x9], x10", ld221, 0},
    {"ld2 {v0.b, v1.b}[15], [x9]", ld222, 0},
    {"ld2 {v0.b, v1.b}[15], [x9], #2", ld223, 0},
    {"ld2 {v0.b, v1.b}[15], [x9], x10", ld224, 0},
    {"ld2 {v0.h, v1.h}[0], [x9]", ld225, 0},
    {"ld2 {v0.h, v1.h}[0], [x9], #4", ld226, 0},
    {"ld2 {v0.h, v1.h}[0], [x9], x10", ld227, 0},
    {"ld2 {v0.h, v1.h}[1], [x9]", ld228, 0},
    {"ld2 {v0.h, v1.h}[1], [x9], #4", ld229, 0},
    {"ld2 {v0.h, v1.h}[1], [x9], x10", ld230, 0},
    {"ld2 {v0.h, v1.h}[7], [x9]", ld231, 0},
    {"ld2 {v0.h, v1.h}[7], [x9], #4", ld232, 0},
    {"ld2 {v0.h, v1.h}[7], [x9], x10", ld233, 0},
    {"ld2 {v0.s, v1.s}[0], [x9]", ld234, 0},
    {"ld2 {v0.s, v1.s}[0], [x9], #8", ld235, 0},
    {"ld2 {v0.s, v1.s}[0], [x9], x10", ld236, 0},
    {"ld2 {v0.s, v1.s}[1], [x9]", ld237, 0},
    {"ld2 {v0.s, v1.s}[1], [x9], #8", ld238, 0},
    {"ld2 {v0.s, v1.s}[1], [x9], x10", ld239, 0},
    {"ld2 {v0.s, v1.s}[3], [x9]", ld240, 0},
    {"ld2 {v0.s, v1.s}[3], [x9], #8", ld241, 0},
    {"ld2 {v0.s, v1.s}[3], [x9], x10", ld242, 0},
    {"ld2 {v0.d, v1.d}[0], [x9]", ld243, 0},
    {"ld2 {v0.d, v1.d}[0], [x9], #16", ld244, 0},
    {"ld2 {v0.d, v1.d}[0], [x9], x10", ld245, 0},
    {"ld2 {v0.d, v1.d}[1], [x9]", ld246, 0},
    {"ld2 {v0.d, v1.d}[1], [x9], #16", ld247, 0},
    {"ld2 {v0.d, v1.d}[1], [x9], x10", ld248, 0},
    {"ld2r {v0.8b, v1.8b}, [x9]", ld249, 0},
    {"ld2r {v0.8b, v1.8b}, [x9], #2", ld250, 0},
    {"ld2r {v0.8b, v1.8b}, [x9], x10", ld251, 0},
    {"ld2r {v0.16b, v1.16b}, [x9]", ld252, 0},
    {"ld2r {v0.16b, v1.16b}, [x9], #2", ld253, 0},
    {"ld2r {v0.16b, v1.16b}, [x9], x10", ld254, 0},
    {"ld2r {v0.4h, v1.4h}, [x9]", ld255, 0},
    {"ld2r {v0.4h, v1.4h}, [x9], #4", ld256, 0},
    {"ld2r {v0.4h, v1.4h}, [x9], x10", ld257, 0},
    {"ld2r {v0.8h, v1.8h}, [x9]", ld258, 0},
    {"ld2r {v0.8h, v1.8h}, [x9], #4", ld259, 0},
    {"ld2r {v0.8h, v1.8h}, [x9], x10", ld260, 0},
    {"ld2r {v0.2s, v1.2s}, [x9]", ld261, 0},
    {"ld2r {v0.2s, v1.2s}, [x9], #8", ld262, 0},
    {"ld2r {v0.2s, v1.2s}, [x9], x10", ld263, 0},
    {"ld2r {v0.4s, v1.4s}, [x9]", ld264, 0},
    {"ld2r {v0.4s, v1.4s}, [x9], #8", ld265, 0},
    {"ld2r {v0.4s, v1.4s}, [x9], x10", ld266, 0},
    {"ld2r {v0.1d, v1.1d}, [x9]", ld267, 0},
    {"ld2r {v0.1d, v1.1d}, [x9], #16", ld268, 0},
    {"ld2r {v0.1d, v1.1d}, [x9], x10", ld269, 0},
    {"ld2r {v0.2d, v1.2d}, [x9]", ld270, 0},
    {"ld2r {v0.2d, v1.2d}, [x9], #16", ld271, 0},
    {"ld2r {v0.2d, v1.2d}, [x9], x10", ld272, 0},
    {"ld3 {v0.b, v1.b, v2.b}[0], [x9]", ld273, 0},
    {"ld3 {v0.b, v1.b, v2.b}[0], [x9], #3", ld274, 0},
    {"ld3 {v0.b, v1.b, v2.b}[0], [x9], x10", ld275, 0},
    {"ld3 {v0.b, v1.b, v2.b}[1], [x9]", ld276, 0},
    {"ld3 {v0.b, v1.b, v2.b}[1], [x9], #3", ld277, 0},
    {"ld3 {v0.b, v1.b, v2.b}[1], [x9], x10", ld278, 0},
    {"ld3 {v0.b, v1.b, v2.b}[15], [x9]", ld279, 0},
    {"ld3 {v0.b, v1.b, v2.b}[15], [x9], #3", ld280, 0},
    {"ld3 {v0.b, v1.b, v2.b}[15], [x9], x10", ld281, 0},
    {"ld3 {v0.h, v1.h, v2.h}[0], [x9]", ld282, 0},
    {"ld3 {v0.h, v1.h, v2.h}[0], [x9], #6", ld283, 0},
    {"ld3 {v0.h, v1.h, v2.h}[0], [x9], x10", ld284, 0},
    {"ld3 {v0.h, v1.h, v2.h}[1], [x9]", ld285, 0},
    {"ld3 {v0.h, v1.h, v2.h}[1], [x9], #6", ld286, 0},
    {"ld3 {v0.h, v1.h, v2.h}[1], [x9], x10", ld287, 0},
    {"ld3 {v0.h, v1.h, v2.h}[7], [x9]", ld288, 0},
    {"ld3 {v0.h, v1.h, v2.h}[7], [x9], #6", ld289, 0},
    {"ld3 {v0.h, v1.h, v2.h}[7], [x9], x10", ld290, 0},
    {"ld3 {v0.s, v1.s, v2.s}[0], [x9]", ld291, 0},
    {"ld3 {v0.s, v1.s, v2.s}[0], [x9], #12", ld292, 0},
    {"ld3 {v0.s, v1.s, v2.s}[0], [x9], x10", ld293, 0},
    {"ld3 {v0.s, v1.s, v2.s}[1], [x9]", ld294, 0},
    {"ld3 {v0.s, v1.s, v2.s}[1], [x9], #12", ld295, 0},
    {"ld3 {v0.s, v1.s, v2.s}[1], [x9], x10", ld296, 0},
    {"ld3 {v0.s, v1.s, v2.s}[3], [x9]", ld297, 0},
    {"ld3 {v0.s, v1.s, v2.s}[3], [x9], #12", ld298, 0},
    {"ld3 {v0.s, v1.s, v2.s}[3], [x9], x10", ld299, 0},
    {"ld3 {v0.d, v1.d, v2.d}[0], [x9]", ld300, 0},
    {"ld3 {v0.d, v1.d, v2.d}[0], [x9], #24", ld301, 0},
    {"ld3 {v0.d, v1.d, v2.d}[0], [x9], x10", ld302, 0},
    {"ld3 {v0.d, v1.d, v2.d}[1], [x9]", ld303, 0},
    {"ld3 {v0.d, v1.d, v2.d}[1], [x9], #24", ld304, 0},
    {"ld3 {v0.d, v1.d, v2.d}[1], [x9], x10", ld305, 0},
    {"ld3r {v0.8b, v1.8b, v2.8b}, [x9]", ld306, 0},
    {"ld3r {v0.8b, v1.8b, v2.8b}, [x9], #3", ld307, 0},
    {"ld3r {v0.8b, v1.8b, v2.8b}, [x9], x10", ld308, 0},
    {"ld3r {v0.16b, v1.16b, v2.16b}, [x9]", ld309, 0},
    {"ld3r {v0.16b, v1.16b, v2.16b}, [x9], #3", ld310, 0},
    {"ld3r {v0.16b, v1.16b, v2.16b}, [x9], x10", ld311, 0},
    {"ld3r {v0.4h, v1.4h, v2.4h}, [x9]", ld312, 0},
    {"ld3r {v0.4h, v1.4h, v2.4h}, [x9], #6", ld313, 0},
    {"ld3r {v0.4h, v1.4h, v2.4h}, [x9], x10", ld314, 0},
    {"ld3r {v0.8h, v1.8h, v2.8h}, [x9]", ld315, 0},
    {"ld3r {v0.8h, v1.8h, v2.8h}, [x9], #6", ld316, 0},
    {"ld3r {v0.8h, v1.8h, v2.8h}, [x9], x10", ld317, 0},
    {"ld3r {v0.2s, v1.2s, v2.2s}, [x9]", ld318, 0},
    {"ld3r {v0.2s, v1.2s, v2.2s}, [x9], #12", ld319, 0},
    {"ld3r {v0.2s, v1.2s, v2.2s}, [x9], x10", ld320, 0},
    {"ld3r {v0.4s, v1.4s, v2.4s}, [x9]", ld321, 0},
    {"ld3r {v0.4s, v1.4s, v2.4s}, [x9], #12", ld322, 0},
    {"ld3r {v0.4s, v1.4s, v2.4s}, [x9], x10", ld323, 0},
    {"ld3r {v0.1d, v1.1d, v2.1d}, [x9]", ld324, 0},
    {"ld3r {v0.1d, v1.1d, v2.1d}, [x9], #24", ld325, 0},
    {"ld3r {v0.1d, v1.1d, v2.1d}, [x9], x10", ld326, 0},
    {"ld3r {v0.2d, v1.2d, v2.2d}, [x9]", ld327, 0},
    {"ld3r {v0.2d, v1.2d, v2.2d}, [x9], #24", ld328, 0},
    {"ld3r {v0.2d, v1.2d, v2.2d}, [x9], x10", ld329, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x9]", ld330, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x9], #4", ld331, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x9], x10", ld332, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[1], [x9]", ld333, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[1], [x9], #4", ld334, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[1], [x9], x10", ld335, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[15], [x9]", ld336, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[15], [x9], #4", ld337, 0},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[15], [x9], x10", ld338, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[0], [x9]", ld339, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[0], [x9], #8", ld340, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[0], [x9], x10", ld341, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[1], [x9]", ld342, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[1], [x9], #8", ld343, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[1], [x9], x10", ld344, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[7], [x9]", ld345, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[7], [x9], #8", ld346, 0},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[7], [x9], x10", ld347, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[0], [x9]", ld348, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[0], [x9], #16", ld349, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[0], [x9], x10", ld350, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[1], [x9]", ld351, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[1], [x9], #16", ld352, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[1], [x9], x10", ld353, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x9]", ld354, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x9], #16", ld355, 0},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x9], x10", ld356, 0},
    {"ld4 {v0.d, v1.d, v2.d, v3.d}[0], [x9]", ld357, 0},
    {"ld4 {v0.d, v1.d, v2.d, v3.d}[0], [x9], #32", ld358, 0},
    {"ld4 {v0.d, v1.d, v2.d, v3.d}[0], [x9], x10", ld359, 0},
    {"ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9]", ld360, 0},
    {"ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], #32", ld361, 0},
    {"ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], x10", ld362, 0},
    {"ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]", ld363, 0},
    {"ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #4", ld364, 0},
    {"ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10", ld365, 0},
    {"ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]", ld366, 0},
    {"ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #4", ld367, 0},
    {"ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10", ld368, 0},
    {"ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]", ld369, 0},
    {"ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #8", ld370, 0},
    {"ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10", ld371, 0},
    {"ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]", ld372, 0},
    {"ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #8", ld373, 0},
    {"ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10", ld374, 0},
    {"ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]", ld375, 0},
    {"ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #16", ld376, 0},
    {"ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10", ld377, 0},
    {"ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]", ld378, 0},
    {"ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #16", ld379, 0},
    {"ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10", ld380, 0},
    {"ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]", ld381, 0},
    {"ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], #32", ld382, 0},
    {"ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], x10", ld383, 0},
    {"ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]", ld384, 0},
    {"ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #32", ld385, 0},
    {"ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10", ld386, 0},
    {"ld4 {v30.4s, v31.4s, v0.4s, v1.4s}, [x9]", ld387, 0},
    {"mov x12, sp; and x9, x9, #-16; mov sp, x9; ld1 {v0.16b, v1.16b}, [sp], #32; mov x9, sp; mov sp, x12", ld388, 0},
    {"st1 {v0.8b}, [x9]", st0, 1},
    {"st1 {v0.8b}, [x9], #8", st1, 1},
    {"st1 {v0.8b}, [x9], x10", st2, 1},
    {"st1 {v0.16b}, [x9]", st3, 1},
    {"st1 {v0.16b}, [x9], #16", st4, 1},
    {"st1 {v0.16b}, [x9], x10", st5, 1},
    {"st1 {v0.4h}, [x9]", st6, 1},
    {"st1 {v0.4h}, [x9], #8", st7, 1},
    {"st1 {v0.4h}, [x9], x10", st8, 1},
    {"st1 {v0.8h}, [x9]", st9, 1},
    {"st1 {v0.8h}, [x9], #16", st10, 1},
    {"st1 {v0.8h}, [x9], x10", st11, 1},
    {"st1 {v0.2s}, [x9]", st12, 1},
    {"st1 {v0.2s}, [x9], #8", st13, 1},
    {"st1 {v0.2s}, [x9], x10", st14, 1},
    {"st1 {v0.4s}, [x9]", st15, 1},
    {"st1 {v0.4s}, [x9], #16", st16, 1},
    {"st1 {v0.4s}, [x9], x10", st17, 1},
    {"st1 {v0.1d}, [x9]", st18, 1},
    {"st1 {v0.1d}, [x9], #8", st19, 1},
    {"st1 {v0.1d}, [x9], x10", st20, 1},
    {"st1 {v0.2d}, [x9]", st21, 1},
    {"st1 {v0.2d}, [x9], #16", st22, 1},
    {"st1 {v0.2d}, [x9], x10", st23, 1},
    {"st1 {v0.8b, v1.8b}, [x9]", st24, 1},
    {"st1 {v0.8b, v1.8b}, [x9], #16", st25, 1},
    {"st1 {v0.8b, v1.8b}, [x9], x10", st26, 1},
    {"st2 {v0.8b, v1.8b}, [x9]", st27, 1},
    {"st2 {v0.8b, v1.8b}, [x9], #16", st28, 1},
    {"st2 {v0.8b, v1.8b}, [x9], x10", st29, 1},
    {"st1 {v0.16b, v1.16b}, [x9]", st30, 1},
    {"st1 {v0.16b, v1.16b}, [x9], #32", st31, 1},
    {"st1 {v0.16b, v1.16b}, [x9], x10", st32, 1},
    {"st2 {v0.16b, v1.16b}, [x9]", st33, 1},
    {"st2 {v0.16b, v1.16b}, [x9], #32", st34, 1},
    {"st2 {v0.16b, v1.16b}, [x9], x10", st35, 1},
    {"st1 {v0.4h, v1.4h}, [x9]", st36, 1},
    {"st1 {v0.4h, v1.4h}, [x9], #16", st37, 1},
    {"st1 {v0.4h, v1.4h}, [x9], x10", st38, 1},
    {"st2 {v0.4h, v1.4h}, [x9]", st39, 1},
    {"st2 {v0.4h, v1.4h}, [x9], #16", st40, 1},
    {"st2 {v0.4h, v1.4h}, [x9], x10", st41, 1},
    {"st1 {v0.8h, v1.8h}, [x9]", st42, 1},
    {"st1 {v0.8h, v1.8h}, [x9], #32", st43, 1},
    {"st1 {v0.8h, v1.8h}, [x9], x10", st44, 1},
    {"st2 {v0.8h, v1.8h}, [x9]", st45, 1},
    {"st2 {v0.8h, v1.8h}, [x9], #32", st46, 1},
    {"st2 {v0.8h, v1.8h}, [x9], x10", st47, 1},
    {"st1 {v0.2s, v1.2s}, [x9]", st48, 1},
    {"st1 {v0.2s, v1.2s}, [x9], #16", st49, 1},
    {"st1 {v0.2s, v1.2s}, [x9], x10", st50, 1},
    {"st2 {v0.2s, v1.2s}, [x9]", st51, 1},
    {"st2 {v0.2s, v1.2s}, [x9], #16", st52, 1},
    {"st2 {v0.2s, v1.2s}, [x9], x10", st53, 1},
    {"st1 {v0.4s, v1.4s}, [x9]", st54, 1},
    {"st1 {v0.4s, v1.4s}, [x9], #32", st55, 1},
    {"st1 {v0.4s, v1.4s}, [x9], x10", st56, 1},
    {"st2 {v0.4s, v1.4s}, [x9]", st57, 1},
    {"st2 {v0.4s, v1.4s}, [x9], #32", st58, 1},
    {"st2 {v0.4s, v1.4s}, [x9], x10", st59, 1},
    {"st1 {v0.1d, v1.1d}, [x9]", st60, 1},
    {"st1 {v0.1d, v1.1d}, [x9], #16", st61, 1},
    {"st1 {v0.1d, v1.1d}, [x9], x10", st62, 1},
    {"st1 {v0.2d, v1.2d}, [x9]", st63, 1},
    {"st1 {v0.2d, v1.2d}, [x9], #32", st64, 1},
    {"st1 {v0.2d, v1.2d}, [x9], x10", st65, 1},
    {"st2 {v0.2d, v1.2d}, [x9]", st66, 1},
    {"st2 {v0.2d, v1.2d}, [x9], #32", st67, 1},
    {"st2 {v0.2d, v1.2d}, [x9], x10", st68, 1},
    {"st1 {v0.8b, v1.8b, v2.8b}, [x9]", st69, 1},
    {"st1 {v0.8b, v1.8b, v2.8b}, [x9], #24", st70, 1},
    {"st1 {v0.8b, v1.8b, v2.8b}, [x9], x10", st71, 1},
    {"st3 {v0.8b, v1.8b, v2.8b}, [x9]", st72, 1},
    {"st3 {v0.8b, v1.8b, v2.8b}, [x9], #24", st73, 1},
    {"st3 {v0.8b, v1.8b, v2.8b}, [x9], x10", st74, 1},
    {"st1 {v0.16b, v1.16b, v2.16b}, [x9]", st75, 1},
    {"st1 {v0.16b, v1.16b, v2.16b}, [x9], #48", st76, 1},
    {"st1 {v0.16b, v1.16b, v2.16b}, [x9], x10", st77, 1},
    {"st3 {v0.16b, v1.16b, v2.16b}, [x9]", st78, 1},
    {"st3 {v0.16b, v1.16b, v2.16b}, [x9], #48", st79, 1},
    {"st3 {v0.16b, v1.16b, v2.16b}, [x9], x10", st80, 1},
    {"st1 {v0.4h, v1.4h, v2.4h}, [x9]", st81, 1},
    {"st1 {v0.4h, v1.4h, v2.4h}, [x9], #24", st82, 1},
    {"st1 {v0.4h, v1.4h, v2.4h}, [x9], x10", st83, 1},
    {"st3 {v0.4h, v1.4h, v2.4h}, [x9]", st84, 1},
    {"st3 {v0.4h, v1.4h, v2.4h}, [x9], #24", st85, 1},
    {"st3 {v0.4h, v1.4h, v2.4h}, [x9], x10", st86, 1},
    {"st1 {v0.8h, v1.8h, v2.8h}, [x9]", st87, 1},
    {"st1 {v0.8h, v1.8h, v2.8h}, [x9], #48", st88, 1},
    {"st1 {v0.8h, v1.8h, v2.8h}, [x9], x10", st89, 1},
    {"st3 {v0.8h, v1.8h, v2.8h}, [x9]", st90, 1},
    {"st3 {v0.8h, v1.8h, v2.8h}, [x9], #48", st91, 1},
    {"st3 {v0.8h, v1.8h, v2.8h}, [x9], x10", st92, 1},
    {"st1 {v0.2s, v1.2s, v2.2s}, [x9]", st93, 1},
    {"st1 {v0.2s, v1.2s, v2.2s}, [x9], #24", st94, 1},
    {"st1 {v0.2s, v1.2s, v2.2s}, [x9], x10", st95, 1},
    {"st3 {v0.2s, v1.2s, v2.2s}, [x9]", st96, 1},
    {"st3 {v0.2s, v1.2s, v2.2s}, [x9], #24", st97, 1},
    {"st3 {v0.2s, v1.2s, v2.2s}, [x9], x10", st98, 1},
    {"st1 {v0.4s, v1.4s, v2.4s}, [x9]", st99, 1},
    {"st1 {v0.4s, v1.4s, v2.4s}, [x9], #48", st100, 1},
    {"st1 {v0.4s, v1.4s, v2.4s}, [x9], x10", st101, 1},
    {"st3 {v0.4s, v1.4s, v2.4s}, [x9]", st102, 1},
    {"st3 {v0.4s, v1.4s, v2.4s}, [x9], #48", st103, 1},
    {"st3 {v0.4s, v1.4s, v2.4s}, [x9], x10", st104, 1},
    {"st1 {v0.1d, v1.1d, v2.1d}, [x9]", st105, 1},
    {"st1 {v0.1d, v1.1d, v2.1d}, [x9], #24", st106, 1},
    {"st1 {v0.1d, v1.1d, v2.1d}, [x9], x10", st107, 1},
    {"st1 {v0.2d, v1.2d, v2.2d}, [x9]", st108, 1},
    {"st1 {v0.2d, v1.2d, v2.2d}, [x9], #48", st109, 1},
    {"st1 {v0.2d, v1.2d, v2.2d}, [x9], x10", st110, 1},
    {"st3 {v0.2d, v1.2d, v2.2d}, [x9]", st111, 1},
    {"st3 {v0.2d, v1.2d, v2.2d}, [x9], #48", st112, 1},
    {"st3 {v0.2d, v1.2d, v2.2d}, [x9], x10", st113, 1},
    {"st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]", st114, 1},
    {"st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #32", st115, 1},
    {"st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10", st116, 1},
    {"st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]", st117, 1},
    {"st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], #32", st118, 1},
    {"st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x10", st119, 1},
    {"st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]", st120, 1},
    {"st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64", st121, 1},
    {"st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10", st122, 1},
    {"st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]", st123, 1},
    {"st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64", st124, 1},
    {"st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], x10", st125, 1},
    {"st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]", st126, 1},
    {"st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32", st127, 1},
    {"st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10", st128, 1},
    {"st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]", st129, 1},
    {"st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32", st130, 1},
    {"st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], x10", st131, 1},
    {"st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]", st132, 1},
    {"st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64", st133, 1},
    {"st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10", st134, 1},
    {"st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]", st135, 1},
    {"st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64", st136, 1},
    {"st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], x10", st137, 1},
    {"st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]", st138, 1},
    {"st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #32", st139, 1},
    {"st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10", st140, 1},
    {"st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]", st141, 1},
    {"st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], #32", st142, 1},
    {"st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x10", st143, 1},
    {"st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]", st144, 1},
    {"st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #64", st145, 1},
    {"st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10", st146, 1},
    {"st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]", st147, 1},
    {"st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], #64", st148, 1},
    {"st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9], x10", st149, 1},
    {"st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]", st150, 1},
    {"st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], #32", st151, 1},
    {"st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9], x10", st152, 1},
    {"st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]", st153, 1},
    {"st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64", st154, 1},
    {"st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10", st155, 1},
    {"st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]", st156, 1},
    {"st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64", st157, 1},
    {"st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], x10", st158, 1},
    {"st1 {v0.b}[0], [x9]", st159, 1},
    {"st1 {v0.b}[0], [x9], #1", st160, 1},
    {"st1 {v0.b}[0], [x9], x10", st161, 1},
    {"st1 {v0.b}[1], [x9]", st162, 1},
    {"st1 {v0.b}[1], [x9], #1", st163, 1},
    {"st1 {v0.b}[1], [x9], x10", st164, 1},
    {"st1 {v0.b}[15], [x9]", st165, 1},
    {"st1 {v0.b}[15], [x9], #1", st166, 1},
    {"st1 {v0.b}[15], [x9], x10", st167, 1},
    {"st1 {v0.h}[0], [x9]", st168, 1},
    {"st1 {v0.h}[0], [x9], #2", st169, 1},
    {"st1 {v0.h}[0], [x9], x10", st170, 1},
    {"st1 {v0.h}[1], [x9]", st171, 1},
    {"st1 {v0.h}[1], [x9], #2", st172, 1},
    {"st1 {v0.h}[1], [x9], x10", st173, 1},
    {"st1 {v0.h}[7], [x9]", st174, 1},
    {"st1 {v0.h}[7], [x9], #2", st175, 1},
    {"st1 {v0.h}[7], [x9], x10", st176, 1},
    {"st1 {v0.s}[0], [x9]", st177, 1},
    {"st1 {v0.s}[0], [x9], #4", st178, 1},
    {"st1 {v0.s}[0], [x9], x10", st179, 1},
    {"st1 {v0.s}[1], [x9]", st180, 1},
    {"st1 {v0.s}[1], [x9], #4", st181, 1},
    {"st1 {v0.s}[1], [x9], x10", st182, 1},
    {"st1 {v0.s}[3], [x9]", st183, 1},
    {"st1 {v0.s}[3], [x9], #4", st184, 1},
    {"st1 {v0.s}[3], [x9], x10", st185, 1},
    {"st1 {v0.d}[0], [x9]", st186, 1},
    {"st1 {v0.d}[0], [x9], #8", st187, 1},
    {"st1 {v0.d}[0], [x9], x10", st188, 1},
    {"st1 {v0.d}[1], [x9]", st189, 1},
    {"st1 {v0.d}[1], [x9], #8", st190, 1},
    {"st1 {v0.d}[1], [x9], x10", st191, 1},
    {"st2 {v0.b, v1.b}[0], [x9]", st192, 1},
    {"st2 {v0.b, v1.b}[0], [x9], #2", st193, 1},
    {"st2 {v0.b, v1.b}[0], [x9], x10", st194, 1},
    {"st2 {v0.b, v1.b}[1], [x9]", st195, 1},
    {"st2 {v0.b, v1.b}[1], [x9], #2", st196, 1},
    {"st2 {v0.b, v1.b}[1], [x9], x10", st197, 1},
    {"st2 {v0.b, v1.b}[15], [x9]", st198, 1},
    {"st2 {v0.b, v1.b}[15], [x9], #2", st199, 1},
    {"st2 {v0.b, v1.b}[15], [x9], x10", st200, 1},
    {"st2 {v0.h, v1.h}[0], [x9]", st201, 1},
    {"st2 {v0.h, v1.h}[0], [x9], #4", st202, 1},
    {"st2 {v0.h, v1.h}[0], [x9], x10", st203, 1},
    {"st2 {v0.h, v1.h}[1], [x9]", st204, 1},
    {"st2 {v0.h, v1.h}[1], [x9], #4", st205, 1},
    {"st2 {v0.h, v1.h}[1], [x9], x10", st206, 1},
    {"st2 {v0.h, v1.h}[7], [x9]", st207, 1},
    {"st2 {v0.h, v1.h}[7], [x9], #4", st208, 1},
    {"st2 {v0.h, v1.h}[7], [x9], x10", st209, 1},
    {"st2 {v0.s, v1.s}[0], [x9]", st210, 1},
    {"st2 {v0.s, v1.s}[0], [x9], #8", st211, 1},
    {"st2 {v0.s, v1.s}[0], [x9], x10", st212, 1},
    {"st2 {v0.s, v1.s}[1], [x9]", st213, 1},
    {"st2 {v0.s, v1.s}[1], [x9], #8", st214, 1},
    {"st2 {v0.s, v1.s}[1], [x9], x10", st215, 1},
    {"st2 {v0.s, v1.s}[3], [x9]", st216, 1},
    {"st2 {v0.s, v1.s}[3], [x9], #8", st217, 1},
    {"st2 {v0.s, v1.s}[3], [x9], x10", st218, 1},
    {"st2 {v0.d, v1.d}[0], [x9]", st219, 1},
    {"st2 {v0.d, v1.d}[0], [x9], #16", st220, 1},
    {"st2 {v0.d, v1.d}[0], [x9], x10", st221, 1},
    {"st2 {v0.d, v1.d}[1], [x9]", st222, 1},
    {"st2 {v0.d, v1.d}[1], [x9], #16", st223, 1},
    {"st2 {v0.d, v1.d}[1], [x9], x10", st224, 1},
    {"st3 {v0.b, v1.b, v2.b}[0], [x9]", st225, 1},
    {"st3 {v0.b, v1.b, v2.b}[0], [x9], #3", st226, 1},
    {"st3 {v0.b, v1.b, v2.b}[0], [x9], x10", st227, 1},
    {"st3 {v0.b, v1.b, v2.b}[1], [x9]", st228, 1},
    {"st3 {v0.b, v1.b, v2.b}[1], [x9], #3", st229, 1},
    {"st3 {v0.b, v1.b, v2.b}[1], [x9], x10", st230, 1},
    {"st3 {v0.b, v1.b, v2.b}[15], [x9]", st231, 1},
    {"st3 {v0.b, v1.b, v2.b}[15], [x9], #3", st232, 1},
    {"st3 {v0.b, v1.b, v2.b}[15], [x9], x10", st233, 1},
    {"st3 {v0.h, v1.h, v2.h}[0], [x9]", st234, 1},
    {"st3 {v0.h, v1.h, v2.h}[0], [x9], #6", st235, 1},
    {"st3 {v0.h, v1.h, v2.h}[0], [x9], x10", st236, 1},
    {"st3 {v0.h, v1.h, v2.h}[1], [x9]", st237, 1},
    {"st3 {v0.h, v1.h, v2.h}[1], [x9], #6", st238, 1},
    {"st3 {v0.h, v1.h, v2.h}[1], [x9], x10", st239, 1},
    {"st3 {v0.h, v1.h, v2.h}[7], [x9]", st240, 1},
    {"st3 {v0.h, v1.h, v2.h}[7], [x9], #6", st241, 1},
    {"st3 {v0.h, v1.h, v2.h}[7], [x9], x10", st242, 1},
    {"st3 {v0.s, v1.s, v2.s}[0], [x9]", st243, 1},
    {"st3 {v0.s, v1.s, v2.s}[0], [x9], #12", st244, 1},
    {"st3 {v0.s, v1.s, v2.s}[0], [x9], x10", st245, 1},
    {"st3 {v0.s, v1.s, v2.s}[1], [x9]", st246, 1},
    {"st3 {v0.s, v1.s, v2.s}[1], [x9], #12", st247, 1},
    {"st3 {v0.s, v1.s, v2.s}[1], [x9], x10", st248, 1},
    {"st3 {v0.s, v1.s, v2.s}[3], [x9]", st249, 1},
    {"st3 {v0.s, v1.s, v2.s}[3], [x9], #12", st250, 1},
    {"st3 {v0.s, v1.s, v2.s}[3], [x9], x10", st251, 1},
    {"st3 {v0.d, v1.d, v2.d}[0], [x9]", st252, 1},
    {"st3 {v0.d, v1.d, v2.d}[0], [x9], #24", st253, 1},
    {"st3 {v0.d, v1.d, v2.d}[0], [x9], x10", st254, 1},
    {"st3 {v0.d, v1.d, v2.d}[1], [x9]", st255, 1},
    {"st3 {v0.d, v1.d, v2.d}[1], [x9], #24", st256, 1},
    {"st3 {v0.d, v1.d, v2.d}[1], [x9], x10", st257, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[0], [x9]", st258, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[0], [x9], #4", st259, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[0], [x9], x10", st260, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[1], [x9]", st261, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[1], [x9], #4", st262, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[1], [x9], x10", st263, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[15], [x9]", st264, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[15], [x9], #4", st265, 1},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[15], [x9], x10", st266, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[0], [x9]", st267, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[0], [x9], #8", st268, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[0], [x9], x10", st269, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[1], [x9]", st270, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[1], [x9], #8", st271, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[1], [x9], x10", st272, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[7], [x9]", st273, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[7], [x9], #8", st274, 1},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[7], [x9], x10", st275, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[0], [x9]", st276, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[0], [x9], #16", st277, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[0], [x9], x10", st278, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[1], [x9]", st279, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[1], [x9], #16", st280, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[1], [x9], x10", st281, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[3], [x9]", st282, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[3], [x9], #16", st283, 1},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[3], [x9], x10", st284, 1},
    {"st4 {v0.d, v1.d, v2.d, v3.d}[0], [x9]", st285, 1},
    {"st4 {v0.d, v1.d, v2.d, v3.d}[0], [x9], #32", st286, 1},
    {"st4 {v0.d, v1.d, v2.d, v3.d}[0], [x9], x10", st287, 1},
    {"st4 {v0.d, v1.d, v2.d, v3.d}[1], [x9]", st288, 1},
    {"st4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], #32", st289, 1},
    {"st4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], x10", st290, 1},
    {"st3 {v31.8h, v0.8h, v1.8h}, [x9], #48", st291, 1},
};

static const unsigned offsets[] = {64, 64 + 3, 4096 - 29, 2 * 4096 - 7};

int test_main(void)
{
    for (unsigned i = 0; i < 16; i++)
        pattern[i] = 0x0123456789abcdefull * (i + 1) ^ (0x1111111111111111ull << (i % 4));
    for (unsigned c = 0; c < FT_COUNT(cases); c++) {
        for (unsigned o = 0; o < FT_COUNT(offsets); o++) {
            fill();
            cases[c].fn(buf + offsets[o]);
            ft_puts(cases[c].name);
            ft_write(" ", 1);
            ft_put_hex(offsets[o]);
            for (unsigned i = 0; i < FT_COUNT(regs_out); i++) {
                ft_write(" ", 1);
                ft_put_hex(regs_out[i]);
            }
            if (cases[c].is_store) {
                ft_write(" ", 1);
                ft_put_hex(checksum());
            }
            ft_write("\n", 1);
        }
    }
    return 0;
}
