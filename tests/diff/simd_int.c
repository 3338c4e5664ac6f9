/*
 * Differential test: Advanced SIMD integer three-same (ADD/SUB, compares,
 * max/min and their pairwise forms, ADDP, MUL/MLA/MLS/PMUL, SABD/SABA,
 * halving and saturating add/sub, shifts by register, SQ(R)DMULH),
 * two-register misc (REV, CLS/CLZ, CNT/NOT/RBIT, compares with zero,
 * ABS/NEG, pairwise long adds, SUQADD/USQADD, SQABS/SQNEG, the narrowing
 * XTN family, SHLL; FPSR.QC compared) and across-lanes (ADDV, [SU]MAXV, [SU]MINV, [SU]ADDLV), every
 * arrangement the Arm ARM allows, on edge and random vectors.
 */
// USES-FP-REGS
#include "ferry_test.h"

/*
 * Harness: v0-v5 are loaded from vin[] and x0 from gin, the instruction
 * runs with FPSR cleared, then v0, x0 and FPSR are stored to vout[].
 * Every op is run on edge-value vectors (one line each) and on random
 * vectors (one checksum line).
 */
static uint64_t vin[6][2] __attribute__((aligned(16)));
static uint64_t vout[4] __attribute__((aligned(16)));
static uint64_t gin;

#define OP(fn, insn)                                                                           \
    static void fn(void)                                                                       \
    {                                                                                          \
        __asm__ volatile("ldp q0, q1, [%0]\n ldp q2, q3, [%0, #32]\n ldp q4, q5, [%0, #64]\n"  \
                         "mov x0, %2\n msr fpsr, xzr\n " insn "\n"                            \
                         "str q0, [%1]\n str x0, [%1, #16]\n mrs x1, fpsr\n str x1, [%1, #24]" \
                         ::"r"(vin), "r"(vout), "r"(gin)                                       \
                         : "v0", "v1", "v2", "v3", "v4", "v5", "x0", "x1", "memory");          \
    }

struct op_case {
    const char *name;
    void (*fn)(void);
};

static const uint64_t byte_edges[] = {
    0x0000000000000000ull, 0xffffffffffffffffull, 0x7f80ff0001fe817eull, 0x8000000080000000ull,
    0x7fffffffffffffffull, 0x0001000200030004ull, 0xfffefdfc80817f7eull, 0x3f3f4040c0c0bfbfull,
};
#define N_BYTE_EDGES (sizeof(byte_edges) / sizeof(byte_edges[0]))

static void fill_edge(unsigned k)
{
    for (unsigned j = 0; j < 6; j++)
        for (unsigned h = 0; h < 2; h++) {
            unsigned i = k * 7 + j * 3 + h;
            vin[j][h] = (k & 1) ? byte_edges[i % N_BYTE_EDGES] : ft_edge_values[i % ft_edge_count];
        }
    gin = ft_edge_values[k % ft_edge_count];
}

static void fill_random(unsigned k)
{
    for (unsigned j = 0; j < 6; j++)
        for (unsigned h = 0; h < 2; h++) {
            uint64_t r = ft_rand();
            /* every third vector has small bytes: in-range table indices, small shifts */
            vin[j][h] = (k % 3 == 2) ? r & 0x1f1f1f1f1f1f1f1full : r;
        }
    gin = ft_rand();
}

static void run_case(const struct op_case *c)
{
    for (unsigned k = 0; k < 10; k++) {
        fill_edge(k);
        c->fn();
        ft_puts(c->name);
        ft_write(" ", 1);
        ft_put_hex(k);
        for (int i = 0; i < 4; i++) {
            ft_write(" ", 1);
            ft_put_hex(vout[i]);
        }
        ft_write("\n", 1);
    }
    uint64_t sum = 0xcbf29ce484222325ull;
    for (unsigned k = 0; k < 200; k++) {
        fill_random(k);
        c->fn();
        for (int i = 0; i < 4; i++)
            sum = (sum ^ vout[i]) * 0x100000001b3ull;
        if (k < 3)
            check3(c->name, vout[0], vout[1], vout[2] ^ vout[3]);
    }
    check1(c->name, sum);
}
OP(op0, "add v0.8b, v1.8b, v2.8b")
OP(op1, "add v0.16b, v1.16b, v2.16b")
OP(op2, "add v0.4h, v1.4h, v2.4h")
OP(op3, "add v0.8h, v1.8h, v2.8h")
OP(op4, "add v0.2s, v1.2s, v2.2s")
OP(op5, "add v0.4s, v1.4s, v2.4s")
OP(op6, "add v0.2d, v1.2d, v2.2d")
OP(op7, "sub v0.8b, v1.8b, v2.8b")
OP(op8, "sub v0.16b, v1.16b, v2.16b")
OP(op9, "sub v0.4h, v1.4h, v2.4h")
OP(op10, "sub v0.8h, v1.8h, v2.8h")
OP(op11, "sub v0.2s, v1.2s, v2.2s")
OP(op12, "sub v0.4s, v1.4s, v2.4s")
OP(op13, "sub v0.2d, v1.2d, v2.2d")
OP(op14, "cmeq v0.8b, v1.8b, v2.8b")
OP(op15, "cmeq v0.16b, v1.16b, v2.16b")
OP(op16, "cmeq v0.4h, v1.4h, v2.4h")
OP(op17, "cmeq v0.8h, v1.8h, v2.8h")
OP(op18, "cmeq v0.2s, v1.2s, v2.2s")
OP(op19, "cmeq v0.4s, v1.4s, v2.4s")
OP(op20, "cmeq v0.2d, v1.2d, v2.2d")
OP(op21, "cmtst v0.8b, v1.8b, v2.8b")
OP(op22, "cmtst v0.16b, v1.16b, v2.16b")
OP(op23, "cmtst v0.4h, v1.4h, v2.4h")
OP(op24, "cmtst v0.8h, v1.8h, v2.8h")
OP(op25, "cmtst v0.2s, v1.2s, v2.2s")
OP(op26, "cmtst v0.4s, v1.4s, v2.4s")
OP(op27, "cmtst v0.2d, v1.2d, v2.2d")
OP(op28, "cmgt v0.8b, v1.8b, v2.8b")
OP(op29, "cmgt v0.16b, v1.16b, v2.16b")
OP(op30, "cmgt v0.4h, v1.4h, v2.4h")
OP(op31, "cmgt v0.8h, v1.8h, v2.8h")
OP(op32, "cmgt v0.2s, v1.2s, v2.2s")
OP(op33, "cmgt v0.4s, v1.4s, v2.4s")
OP(op34, "cmgt v0.2d, v1.2d, v2.2d")
OP(op35, "cmge v0.8b, v1.8b, v2.8b")
OP(op36, "cmge v0.16b, v1.16b, v2.16b")
OP(op37, "cmge v0.4h, v1.4h, v2.4h")
OP(op38, "cmge v0.8h, v1.8h, v2.8h")
OP(op39, "cmge v0.2s, v1.2s, v2.2s")
OP(op40, "cmge v0.4s, v1.4s, v2.4s")
OP(op41, "cmge v0.2d, v1.2d, v2.2d")
OP(op42, "cmhi v0.8b, v1.8b, v2.8b")
OP(op43, "cmhi v0.16b, v1.16b, v2.16b")
OP(op44, "cmhi v0.4h, v1.4h, v2.4h")
OP(op45, "cmhi v0.8h, v1.8h, v2.8h")
OP(op46, "cmhi v0.2s, v1.2s, v2.2s")
OP(op47, "cmhi v0.4s, v1.4s, v2.4s")
OP(op48, "cmhi v0.2d, v1.2d, v2.2d")
OP(op49, "cmhs v0.8b, v1.8b, v2.8b")
OP(op50, "cmhs v0.16b, v1.16b, v2.16b")
OP(op51, "cmhs v0.4h, v1.4h, v2.4h")
OP(op52, "cmhs v0.8h, v1.8h, v2.8h")
OP(op53, "cmhs v0.2s, v1.2s, v2.2s")
OP(op54, "cmhs v0.4s, v1.4s, v2.4s")
OP(op55, "cmhs v0.2d, v1.2d, v2.2d")
OP(op56, "addp v0.8b, v1.8b, v2.8b")
OP(op57, "addp v0.16b, v1.16b, v2.16b")
OP(op58, "addp v0.4h, v1.4h, v2.4h")
OP(op59, "addp v0.8h, v1.8h, v2.8h")
OP(op60, "addp v0.2s, v1.2s, v2.2s")
OP(op61, "addp v0.4s, v1.4s, v2.4s")
OP(op62, "addp v0.2d, v1.2d, v2.2d")
OP(op63, "smax v0.8b, v1.8b, v2.8b")
OP(op64, "smax v0.16b, v1.16b, v2.16b")
OP(op65, "smax v0.4h, v1.4h, v2.4h")
OP(op66, "smax v0.8h, v1.8h, v2.8h")
OP(op67, "smax v0.2s, v1.2s, v2.2s")
OP(op68, "smax v0.4s, v1.4s, v2.4s")
OP(op69, "smin v0.8b, v1.8b, v2.8b")
OP(op70, "smin v0.16b, v1.16b, v2.16b")
OP(op71, "smin v0.4h, v1.4h, v2.4h")
OP(op72, "smin v0.8h, v1.8h, v2.8h")
OP(op73, "smin v0.2s, v1.2s, v2.2s")
OP(op74, "smin v0.4s, v1.4s, v2.4s")
OP(op75, "umax v0.8b, v1.8b, v2.8b")
OP(op76, "umax v0.16b, v1.16b, v2.16b")
OP(op77, "umax v0.4h, v1.4h, v2.4h")
OP(op78, "umax v0.8h, v1.8h, v2.8h")
OP(op79, "umax v0.2s, v1.2s, v2.2s")
OP(op80, "umax v0.4s, v1.4s, v2.4s")
OP(op81, "umin v0.8b, v1.8b, v2.8b")
OP(op82, "umin v0.16b, v1.16b, v2.16b")
OP(op83, "umin v0.4h, v1.4h, v2.4h")
OP(op84, "umin v0.8h, v1.8h, v2.8h")
OP(op85, "umin v0.2s, v1.2s, v2.2s")
OP(op86, "umin v0.4s, v1.4s, v2.4s")
OP(op87, "smaxp v0.8b, v1.8b, v2.8b")
OP(op88, "smaxp v0.16b, v1.16b, v2.16b")
OP(op89, "smaxp v0.4h, v1.4h, v2.4h")
OP(op90, "smaxp v0.8h, v1.8h, v2.8h")
OP(op91, "smaxp v0.2s, v1.2s, v2.2s")
OP(op92, "smaxp v0.4s, v1.4s, v2.4s")
OP(op93, "sminp v0.8b, v1.8b, v2.8b")
OP(op94, "sminp v0.16b, v1.16b, v2.16b")
OP(op95, "sminp v0.4h, v1.4h, v2.4h")
OP(op96, "sminp v0.8h, v1.8h, v2.8h")
OP(op97, "sminp v0.2s, v1.2s, v2.2s")
OP(op98, "sminp v0.4s, v1.4s, v2.4s")
OP(op99, "umaxp v0.8b, v1.8b, v2.8b")
OP(op100, "umaxp v0.16b, v1.16b, v2.16b")
OP(op101, "umaxp v0.4h, v1.4h, v2.4h")
OP(op102, "umaxp v0.8h, v1.8h, v2.8h")
OP(op103, "umaxp v0.2s, v1.2s, v2.2s")
OP(op104, "umaxp v0.4s, v1.4s, v2.4s")
OP(op105, "uminp v0.8b, v1.8b, v2.8b")
OP(op106, "uminp v0.16b, v1.16b, v2.16b")
OP(op107, "uminp v0.4h, v1.4h, v2.4h")
OP(op108, "uminp v0.8h, v1.8h, v2.8h")
OP(op109, "uminp v0.2s, v1.2s, v2.2s")
OP(op110, "uminp v0.4s, v1.4s, v2.4s")
OP(op111, "sabd v0.8b, v1.8b, v2.8b")
OP(op112, "sabd v0.16b, v1.16b, v2.16b")
OP(op113, "sabd v0.4h, v1.4h, v2.4h")
OP(op114, "sabd v0.8h, v1.8h, v2.8h")
OP(op115, "sabd v0.2s, v1.2s, v2.2s")
OP(op116, "sabd v0.4s, v1.4s, v2.4s")
OP(op117, "uabd v0.8b, v1.8b, v2.8b")
OP(op118, "uabd v0.16b, v1.16b, v2.16b")
OP(op119, "uabd v0.4h, v1.4h, v2.4h")
OP(op120, "uabd v0.8h, v1.8h, v2.8h")
OP(op121, "uabd v0.2s, v1.2s, v2.2s")
OP(op122, "uabd v0.4s, v1.4s, v2.4s")
OP(op123, "saba v0.8b, v1.8b, v2.8b")
OP(op124, "saba v0.16b, v1.16b, v2.16b")
OP(op125, "saba v0.4h, v1.4h, v2.4h")
OP(op126, "saba v0.8h, v1.8h, v2.8h")
OP(op127, "saba v0.2s, v1.2s, v2.2s")
OP(op128, "saba v0.4s, v1.4s, v2.4s")
OP(op129, "uaba v0.8b, v1.8b, v2.8b")
OP(op130, "uaba v0.16b, v1.16b, v2.16b")
OP(op131, "uaba v0.4h, v1.4h, v2.4h")
OP(op132, "uaba v0.8h, v1.8h, v2.8h")
OP(op133, "uaba v0.2s, v1.2s, v2.2s")
OP(op134, "uaba v0.4s, v1.4s, v2.4s")
OP(op135, "mul v0.8b, v1.8b, v2.8b")
OP(op136, "mul v0.16b, v1.16b, v2.16b")
OP(op137, "mul v0.4h, v1.4h, v2.4h")
OP(op138, "mul v0.8h, v1.8h, v2.8h")
OP(op139, "mul v0.2s, v1.2s, v2.2s")
OP(op140, "mul v0.4s, v1.4s, v2.4s")
OP(op141, "mla v0.8b, v1.8b, v2.8b")
OP(op142, "mla v0.16b, v1.16b, v2.16b")
OP(op143, "mla v0.4h, v1.4h, v2.4h")
OP(op144, "mla v0.8h, v1.8h, v2.8h")
OP(op145, "mla v0.2s, v1.2s, v2.2s")
OP(op146, "mla v0.4s, v1.4s, v2.4s")
OP(op147, "mls v0.8b, v1.8b, v2.8b")
OP(op148, "mls v0.16b, v1.16b, v2.16b")
OP(op149, "mls v0.4h, v1.4h, v2.4h")
OP(op150, "mls v0.8h, v1.8h, v2.8h")
OP(op151, "mls v0.2s, v1.2s, v2.2s")
OP(op152, "mls v0.4s, v1.4s, v2.4s")
OP(op153, "pmul v0.8b, v1.8b, v2.8b")
OP(op154, "pmul v0.16b, v1.16b, v2.16b")
OP(op155, "shadd v0.8b, v1.8b, v2.8b")
OP(op156, "shadd v0.16b, v1.16b, v2.16b")
OP(op157, "shadd v0.4h, v1.4h, v2.4h")
OP(op158, "shadd v0.8h, v1.8h, v2.8h")
OP(op159, "shadd v0.2s, v1.2s, v2.2s")
OP(op160, "shadd v0.4s, v1.4s, v2.4s")
OP(op161, "uhadd v0.8b, v1.8b, v2.8b")
OP(op162, "uhadd v0.16b, v1.16b, v2.16b")
OP(op163, "uhadd v0.4h, v1.4h, v2.4h")
OP(op164, "uhadd v0.8h, v1.8h, v2.8h")
OP(op165, "uhadd v0.2s, v1.2s, v2.2s")
OP(op166, "uhadd v0.4s, v1.4s, v2.4s")
OP(op167, "srhadd v0.8b, v1.8b, v2.8b")
OP(op168, "srhadd v0.16b, v1.16b, v2.16b")
OP(op169, "srhadd v0.4h, v1.4h, v2.4h")
OP(op170, "srhadd v0.8h, v1.8h, v2.8h")
OP(op171, "srhadd v0.2s, v1.2s, v2.2s")
OP(op172, "srhadd v0.4s, v1.4s, v2.4s")
OP(op173, "urhadd v0.8b, v1.8b, v2.8b")
OP(op174, "urhadd v0.16b, v1.16b, v2.16b")
OP(op175, "urhadd v0.4h, v1.4h, v2.4h")
OP(op176, "urhadd v0.8h, v1.8h, v2.8h")
OP(op177, "urhadd v0.2s, v1.2s, v2.2s")
OP(op178, "urhadd v0.4s, v1.4s, v2.4s")
OP(op179, "shsub v0.8b, v1.8b, v2.8b")
OP(op180, "shsub v0.16b, v1.16b, v2.16b")
OP(op181, "shsub v0.4h, v1.4h, v2.4h")
OP(op182, "shsub v0.8h, v1.8h, v2.8h")
OP(op183, "shsub v0.2s, v1.2s, v2.2s")
OP(op184, "shsub v0.4s, v1.4s, v2.4s")
OP(op185, "uhsub v0.8b, v1.8b, v2.8b")
OP(op186, "uhsub v0.16b, v1.16b, v2.16b")
OP(op187, "uhsub v0.4h, v1.4h, v2.4h")
OP(op188, "uhsub v0.8h, v1.8h, v2.8h")
OP(op189, "uhsub v0.2s, v1.2s, v2.2s")
OP(op190, "uhsub v0.4s, v1.4s, v2.4s")
OP(op191, "sqadd v0.8b, v1.8b, v2.8b")
OP(op192, "sqadd v0.16b, v1.16b, v2.16b")
OP(op193, "sqadd v0.4h, v1.4h, v2.4h")
OP(op194, "sqadd v0.8h, v1.8h, v2.8h")
OP(op195, "sqadd v0.2s, v1.2s, v2.2s")
OP(op196, "sqadd v0.4s, v1.4s, v2.4s")
OP(op197, "sqadd v0.2d, v1.2d, v2.2d")
OP(op198, "uqadd v0.8b, v1.8b, v2.8b")
OP(op199, "uqadd v0.16b, v1.16b, v2.16b")
OP(op200, "uqadd v0.4h, v1.4h, v2.4h")
OP(op201, "uqadd v0.8h, v1.8h, v2.8h")
OP(op202, "uqadd v0.2s, v1.2s, v2.2s")
OP(op203, "uqadd v0.4s, v1.4s, v2.4s")
OP(op204, "uqadd v0.2d, v1.2d, v2.2d")
OP(op205, "sqsub v0.8b, v1.8b, v2.8b")
OP(op206, "sqsub v0.16b, v1.16b, v2.16b")
OP(op207, "sqsub v0.4h, v1.4h, v2.4h")
OP(op208, "sqsub v0.8h, v1.8h, v2.8h")
OP(op209, "sqsub v0.2s, v1.2s, v2.2s")
OP(op210, "sqsub v0.4s, v1.4s, v2.4s")
OP(op211, "sqsub v0.2d, v1.2d, v2.2d")
OP(op212, "uqsub v0.8b, v1.8b, v2.8b")
OP(op213, "uqsub v0.16b, v1.16b, v2.16b")
OP(op214, "uqsub v0.4h, v1.4h, v2.4h")
OP(op215, "uqsub v0.8h, v1.8h, v2.8h")
OP(op216, "uqsub v0.2s, v1.2s, v2.2s")
OP(op217, "uqsub v0.4s, v1.4s, v2.4s")
OP(op218, "uqsub v0.2d, v1.2d, v2.2d")
OP(op219, "sshl v0.8b, v1.8b, v2.8b")
OP(op220, "sshl v0.16b, v1.16b, v2.16b")
OP(op221, "sshl v0.4h, v1.4h, v2.4h")
OP(op222, "sshl v0.8h, v1.8h, v2.8h")
OP(op223, "sshl v0.2s, v1.2s, v2.2s")
OP(op224, "sshl v0.4s, v1.4s, v2.4s")
OP(op225, "sshl v0.2d, v1.2d, v2.2d")
OP(op226, "ushl v0.8b, v1.8b, v2.8b")
OP(op227, "ushl v0.16b, v1.16b, v2.16b")
OP(op228, "ushl v0.4h, v1.4h, v2.4h")
OP(op229, "ushl v0.8h, v1.8h, v2.8h")
OP(op230, "ushl v0.2s, v1.2s, v2.2s")
OP(op231, "ushl v0.4s, v1.4s, v2.4s")
OP(op232, "ushl v0.2d, v1.2d, v2.2d")
OP(op233, "sqshl v0.8b, v1.8b, v2.8b")
OP(op234, "sqshl v0.16b, v1.16b, v2.16b")
OP(op235, "sqshl v0.4h, v1.4h, v2.4h")
OP(op236, "sqshl v0.8h, v1.8h, v2.8h")
OP(op237, "sqshl v0.2s, v1.2s, v2.2s")
OP(op238, "sqshl v0.4s, v1.4s, v2.4s")
OP(op239, "sqshl v0.2d, v1.2d, v2.2d")
OP(op240, "uqshl v0.8b, v1.8b, v2.8b")
OP(op241, "uqshl v0.16b, v1.16b, v2.16b")
OP(op242, "uqshl v0.4h, v1.4h, v2.4h")
OP(op243, "uqshl v0.8h, v1.8h, v2.8h")
OP(op244, "uqshl v0.2s, v1.2s, v2.2s")
OP(op245, "uqshl v0.4s, v1.4s, v2.4s")
OP(op246, "uqshl v0.2d, v1.2d, v2.2d")
OP(op247, "srshl v0.8b, v1.8b, v2.8b")
OP(op248, "srshl v0.16b, v1.16b, v2.16b")
OP(op249, "srshl v0.4h, v1.4h, v2.4h")
OP(op250, "srshl v0.8h, v1.8h, v2.8h")
OP(op251, "srshl v0.2s, v1.2s, v2.2s")
OP(op252, "srshl v0.4s, v1.4s, v2.4s")
OP(op253, "srshl v0.2d, v1.2d, v2.2d")
OP(op254, "urshl v0.8b, v1.8b, v2.8b")
OP(op255, "urshl v0.16b, v1.16b, v2.16b")
OP(op256, "urshl v0.4h, v1.4h, v2.4h")
OP(op257, "urshl v0.8h, v1.8h, v2.8h")
OP(op258, "urshl v0.2s, v1.2s, v2.2s")
OP(op259, "urshl v0.4s, v1.4s, v2.4s")
OP(op260, "urshl v0.2d, v1.2d, v2.2d")
OP(op261, "sqrshl v0.8b, v1.8b, v2.8b")
OP(op262, "sqrshl v0.16b, v1.16b, v2.16b")
OP(op263, "sqrshl v0.4h, v1.4h, v2.4h")
OP(op264, "sqrshl v0.8h, v1.8h, v2.8h")
OP(op265, "sqrshl v0.2s, v1.2s, v2.2s")
OP(op266, "sqrshl v0.4s, v1.4s, v2.4s")
OP(op267, "sqrshl v0.2d, v1.2d, v2.2d")
OP(op268, "uqrshl v0.8b, v1.8b, v2.8b")
OP(op269, "uqrshl v0.16b, v1.16b, v2.16b")
OP(op270, "uqrshl v0.4h, v1.4h, v2.4h")
OP(op271, "uqrshl v0.8h, v1.8h, v2.8h")
OP(op272, "uqrshl v0.2s, v1.2s, v2.2s")
OP(op273, "uqrshl v0.4s, v1.4s, v2.4s")
OP(op274, "uqrshl v0.2d, v1.2d, v2.2d")
OP(op275, "sqdmulh v0.4h, v1.4h, v2.4h")
OP(op276, "sqdmulh v0.8h, v1.8h, v2.8h")
OP(op277, "sqdmulh v0.2s, v1.2s, v2.2s")
OP(op278, "sqdmulh v0.4s, v1.4s, v2.4s")
OP(op279, "sqrdmulh v0.4h, v1.4h, v2.4h")
OP(op280, "sqrdmulh v0.8h, v1.8h, v2.8h")
OP(op281, "sqrdmulh v0.2s, v1.2s, v2.2s")
OP(op282, "sqrdmulh v0.4s, v1.4s, v2.4s")
OP(op283, "saddlp v0.4h, v1.8b")
OP(op284, "saddlp v0.8h, v1.16b")
OP(op285, "saddlp v0.2s, v1.4h")
OP(op286, "saddlp v0.4s, v1.8h")
OP(op287, "saddlp v0.1d, v1.2s")
OP(op288, "saddlp v0.2d, v1.4s")
OP(op289, "uaddlp v0.4h, v1.8b")
OP(op290, "uaddlp v0.8h, v1.16b")
OP(op291, "uaddlp v0.2s, v1.4h")
OP(op292, "uaddlp v0.4s, v1.8h")
OP(op293, "uaddlp v0.1d, v1.2s")
OP(op294, "uaddlp v0.2d, v1.4s")
OP(op295, "sadalp v0.4h, v1.8b")
OP(op296, "sadalp v0.8h, v1.16b")
OP(op297, "sadalp v0.2s, v1.4h")
OP(op298, "sadalp v0.4s, v1.8h")
OP(op299, "sadalp v0.1d, v1.2s")
OP(op300, "sadalp v0.2d, v1.4s")
OP(op301, "uadalp v0.4h, v1.8b")
OP(op302, "uadalp v0.8h, v1.16b")
OP(op303, "uadalp v0.2s, v1.4h")
OP(op304, "uadalp v0.4s, v1.8h")
OP(op305, "uadalp v0.1d, v1.2s")
OP(op306, "uadalp v0.2d, v1.4s")
OP(op307, "suqadd v0.8b, v1.8b")
OP(op308, "suqadd v0.16b, v1.16b")
OP(op309, "suqadd v0.4h, v1.4h")
OP(op310, "suqadd v0.8h, v1.8h")
OP(op311, "suqadd v0.2s, v1.2s")
OP(op312, "suqadd v0.4s, v1.4s")
OP(op313, "suqadd v0.2d, v1.2d")
OP(op314, "usqadd v0.8b, v1.8b")
OP(op315, "usqadd v0.16b, v1.16b")
OP(op316, "usqadd v0.4h, v1.4h")
OP(op317, "usqadd v0.8h, v1.8h")
OP(op318, "usqadd v0.2s, v1.2s")
OP(op319, "usqadd v0.4s, v1.4s")
OP(op320, "usqadd v0.2d, v1.2d")
OP(op321, "sqabs v0.8b, v1.8b")
OP(op322, "sqabs v0.16b, v1.16b")
OP(op323, "sqabs v0.4h, v1.4h")
OP(op324, "sqabs v0.8h, v1.8h")
OP(op325, "sqabs v0.2s, v1.2s")
OP(op326, "sqabs v0.4s, v1.4s")
OP(op327, "sqabs v0.2d, v1.2d")
OP(op328, "sqneg v0.8b, v1.8b")
OP(op329, "sqneg v0.16b, v1.16b")
OP(op330, "sqneg v0.4h, v1.4h")
OP(op331, "sqneg v0.8h, v1.8h")
OP(op332, "sqneg v0.2s, v1.2s")
OP(op333, "sqneg v0.4s, v1.4s")
OP(op334, "sqneg v0.2d, v1.2d")
OP(op335, "xtn v0.8b, v1.8h")
OP(op336, "xtn2 v0.16b, v1.8h")
OP(op337, "xtn v0.4h, v1.4s")
OP(op338, "xtn2 v0.8h, v1.4s")
OP(op339, "xtn v0.2s, v1.2d")
OP(op340, "xtn2 v0.4s, v1.2d")
OP(op341, "sqxtun v0.8b, v1.8h")
OP(op342, "sqxtun2 v0.16b, v1.8h")
OP(op343, "sqxtun v0.4h, v1.4s")
OP(op344, "sqxtun2 v0.8h, v1.4s")
OP(op345, "sqxtun v0.2s, v1.2d")
OP(op346, "sqxtun2 v0.4s, v1.2d")
OP(op347, "sqxtn v0.8b, v1.8h")
OP(op348, "sqxtn2 v0.16b, v1.8h")
OP(op349, "sqxtn v0.4h, v1.4s")
OP(op350, "sqxtn2 v0.8h, v1.4s")
OP(op351, "sqxtn v0.2s, v1.2d")
OP(op352, "sqxtn2 v0.4s, v1.2d")
OP(op353, "uqxtn v0.8b, v1.8h")
OP(op354, "uqxtn2 v0.16b, v1.8h")
OP(op355, "uqxtn v0.4h, v1.4s")
OP(op356, "uqxtn2 v0.8h, v1.4s")
OP(op357, "uqxtn v0.2s, v1.2d")
OP(op358, "uqxtn2 v0.4s, v1.2d")
OP(op359, "shll v0.8h, v1.8b, #8")
OP(op360, "shll2 v0.8h, v1.16b, #8")
OP(op361, "shll v0.4s, v1.4h, #16")
OP(op362, "shll2 v0.4s, v1.8h, #16")
OP(op363, "shll v0.2d, v1.2s, #32")
OP(op364, "shll2 v0.2d, v1.4s, #32")
OP(op365, "rev64 v0.8b, v1.8b")
OP(op366, "rev64 v0.16b, v1.16b")
OP(op367, "rev64 v0.4h, v1.4h")
OP(op368, "rev64 v0.8h, v1.8h")
OP(op369, "rev64 v0.2s, v1.2s")
OP(op370, "rev64 v0.4s, v1.4s")
OP(op371, "rev32 v0.8b, v1.8b")
OP(op372, "rev32 v0.16b, v1.16b")
OP(op373, "rev32 v0.4h, v1.4h")
OP(op374, "rev32 v0.8h, v1.8h")
OP(op375, "rev16 v0.8b, v1.8b")
OP(op376, "rev16 v0.16b, v1.16b")
OP(op377, "cls v0.8b, v1.8b")
OP(op378, "cls v0.16b, v1.16b")
OP(op379, "cls v0.4h, v1.4h")
OP(op380, "cls v0.8h, v1.8h")
OP(op381, "cls v0.2s, v1.2s")
OP(op382, "cls v0.4s, v1.4s")
OP(op383, "clz v0.8b, v1.8b")
OP(op384, "clz v0.16b, v1.16b")
OP(op385, "clz v0.4h, v1.4h")
OP(op386, "clz v0.8h, v1.8h")
OP(op387, "clz v0.2s, v1.2s")
OP(op388, "clz v0.4s, v1.4s")
OP(op389, "cnt v0.8b, v1.8b")
OP(op390, "cnt v0.16b, v1.16b")
OP(op391, "not v0.8b, v1.8b")
OP(op392, "not v0.16b, v1.16b")
OP(op393, "rbit v0.8b, v1.8b")
OP(op394, "rbit v0.16b, v1.16b")
OP(op395, "cmgt v0.8b, v1.8b, #0")
OP(op396, "cmgt v0.16b, v1.16b, #0")
OP(op397, "cmgt v0.4h, v1.4h, #0")
OP(op398, "cmgt v0.8h, v1.8h, #0")
OP(op399, "cmgt v0.2s, v1.2s, #0")
OP(op400, "cmgt v0.4s, v1.4s, #0")
OP(op401, "cmgt v0.2d, v1.2d, #0")
OP(op402, "cmge v0.8b, v1.8b, #0")
OP(op403, "cmge v0.16b, v1.16b, #0")
OP(op404, "cmge v0.4h, v1.4h, #0")
OP(op405, "cmge v0.8h, v1.8h, #0")
OP(op406, "cmge v0.2s, v1.2s, #0")
OP(op407, "cmge v0.4s, v1.4s, #0")
OP(op408, "cmge v0.2d, v1.2d, #0")
OP(op409, "cmeq v0.8b, v1.8b, #0")
OP(op410, "cmeq v0.16b, v1.16b, #0")
OP(op411, "cmeq v0.4h, v1.4h, #0")
OP(op412, "cmeq v0.8h, v1.8h, #0")
OP(op413, "cmeq v0.2s, v1.2s, #0")
OP(op414, "cmeq v0.4s, v1.4s, #0")
OP(op415, "cmeq v0.2d, v1.2d, #0")
OP(op416, "cmle v0.8b, v1.8b, #0")
OP(op417, "cmle v0.16b, v1.16b, #0")
OP(op418, "cmle v0.4h, v1.4h, #0")
OP(op419, "cmle v0.8h, v1.8h, #0")
OP(op420, "cmle v0.2s, v1.2s, #0")
OP(op421, "cmle v0.4s, v1.4s, #0")
OP(op422, "cmle v0.2d, v1.2d, #0")
OP(op423, "cmlt v0.8b, v1.8b, #0")
OP(op424, "cmlt v0.16b, v1.16b, #0")
OP(op425, "cmlt v0.4h, v1.4h, #0")
OP(op426, "cmlt v0.8h, v1.8h, #0")
OP(op427, "cmlt v0.2s, v1.2s, #0")
OP(op428, "cmlt v0.4s, v1.4s, #0")
OP(op429, "cmlt v0.2d, v1.2d, #0")
OP(op430, "abs v0.8b, v1.8b")
OP(op431, "abs v0.16b, v1.16b")
OP(op432, "abs v0.4h, v1.4h")
OP(op433, "abs v0.8h, v1.8h")
OP(op434, "abs v0.2s, v1.2s")
OP(op435, "abs v0.4s, v1.4s")
OP(op436, "abs v0.2d, v1.2d")
OP(op437, "neg v0.8b, v1.8b")
OP(op438, "neg v0.16b, v1.16b")
OP(op439, "neg v0.4h, v1.4h")
OP(op440, "neg v0.8h, v1.8h")
OP(op441, "neg v0.2s, v1.2s")
OP(op442, "neg v0.4s, v1.4s")
OP(op443, "neg v0.2d, v1.2d")
OP(op444, "addv b0, v1.8b")
OP(op445, "addv b0, v1.16b")
OP(op446, "addv h0, v1.4h")
OP(op447, "addv h0, v1.8h")
OP(op448, "addv s0, v1.4s")
OP(op449, "smaxv b0, v1.8b")
OP(op450, "smaxv b0, v1.16b")
OP(op451, "smaxv h0, v1.4h")
OP(op452, "smaxv h0, v1.8h")
OP(op453, "smaxv s0, v1.4s")
OP(op454, "sminv b0, v1.8b")
OP(op455, "sminv b0, v1.16b")
OP(op456, "sminv h0, v1.4h")
OP(op457, "sminv h0, v1.8h")
OP(op458, "sminv s0, v1.4s")
OP(op459, "umaxv b0, v1.8b")
OP(op460, "umaxv b0, v1.16b")
OP(op461, "umaxv h0, v1.4h")
OP(op462, "umaxv h0, v1.8h")
OP(op463, "umaxv s0, v1.4s")
OP(op464, "uminv b0, v1.8b")
OP(op465, "uminv b0, v1.16b")
OP(op466, "uminv h0, v1.4h")
OP(op467, "uminv h0, v1.8h")
OP(op468, "uminv s0, v1.4s")
OP(op469, "saddlv h0, v1.8b")
OP(op470, "saddlv h0, v1.16b")
OP(op471, "saddlv s0, v1.4h")
OP(op472, "saddlv s0, v1.8h")
OP(op473, "saddlv d0, v1.4s")
OP(op474, "uaddlv h0, v1.8b")
OP(op475, "uaddlv h0, v1.16b")
OP(op476, "uaddlv s0, v1.4h")
OP(op477, "uaddlv s0, v1.8h")
OP(op478, "uaddlv d0, v1.4s")

static const struct op_case cases[] = {
    {"add v0.8b, v1.8b, v2.8b", op0},
    {"add v0.16b, v1.16b, v2.16b", op1},
    {"add v0.4h, v1.4h, v2.4h", op2},
    {"add v0.8h, v1.8h, v2.8h", op3},
    {"add v0.2s, v1.2s, v2.2s", op4},
    {"add v0.4s, v1.4s, v2.4s", op5},
    {"add v0.2d, v1.2d, v2.2d", op6},
    {"sub v0.8b, v1.8b, v2.8b", op7},
    {"sub v0.16b, v1.16b, v2.16b", op8},
    {"sub v0.4h, v1.4h, v2.4h", op9},
    {"sub v0.8h, v1.8h, v2.8h", op10},
    {"sub v0.2s, v1.2s, v2.2s", op11},
    {"sub v0.4s, v1.4s, v2.4s", op12},
    {"sub v0.2d, v1.2d, v2.2d", op13},
    {"cmeq v0.8b, v1.8b, v2.8b", op14},
    {"cmeq v0.16b, v1.16b, v2.16b", op15},
    {"cmeq v0.4h, v1.4h, v2.4h", op16},
    {"cmeq v0.8h, v1.8h, v2.8h", op17},
    {"cmeq v0.2s, v1.2s, v2.2s", op18},
    {"cmeq v0.4s, v1.4s, v2.4s", op19},
    {"cmeq v0.2d, v1.2d, v2.2d", op20},
    {"cmtst v0.8b, v1.8b, v2.8b", op21},
    {"cmtst v0.16b, v1.16b, v2.16b", op22},
    {"cmtst v0.4h, v1.4h, v2.4h", op23},
    {"cmtst v0.8h, v1.8h, v2.8h", op24},
    {"cmtst v0.2s, v1.2s, v2.2s", op25},
    {"cmtst v0.4s, v1.4s, v2.4s", op26},
    {"cmtst v0.2d, v1.2d, v2.2d", op27},
    {"cmgt v0.8b, v1.8b, v2.8b", op28},
    {"cmgt v0.16b, v1.16b, v2.16b", op29},
    {"cmgt v0.4h, v1.4h, v2.4h", op30},
    {"cmgt v0.8h, v1.8h, v2.8h", op31},
    {"cmgt v0.2s, v1.2s, v2.2s", op32},
    {"cmgt v0.4s, v1.4s, v2.4s", op33},
    {"cmgt v0.2d, v1.2d, v2.2d", op34},
    {"cmge v0.8b, v1.8b, v2.8b", op35},
    {"cmge v0.16b, v1.16b, v2.16b", op36},
    {"cmge v0.4h, v1.4h, v2.4h", op37},
    {"cmge v0.8h, v1.8h, v2.8h", op38},
    {"cmge v0.2s, v1.2s, v2.2s", op39},
    {"cmge v0.4s, v1.4s, v2.4s", op40},
    {"cmge v0.2d, v1.2d, v2.2d", op41},
    {"cmhi v0.8b, v1.8b, v2.8b", op42},
    {"cmhi v0.16b, v1.16b, v2.16b", op43},
    {"cmhi v0.4h, v1.4h, v2.4h", op44},
    {"cmhi v0.8h, v1.8h, v2.8h", op45},
    {"cmhi v0.2s, v1.2s, v2.2s", op46},
    {"cmhi v0.4s, v1.4s, v2.4s", op47},
    {"cmhi v0.2d, v1.2d, v2.2d", op48},
    {"cmhs v0.8b, v1.8b, v2.8b", op49},
    {"cmhs v0.16b, v1.16b, v2.16b", op50},
    {"cmhs v0.4h, v1.4h, v2.4h", op51},
    {"cmhs v0.8h, v1.8h, v2.8h", op52},
    {"cmhs v0.2s, v1.2s, v2.2s", op53},
    {"cmhs v0.4s, v1.4s, v2.4s", op54},
    {"cmhs v0.2d, v1.2d, v2.2d", op55},
    {"addp v0.8b, v1.8b, v2.8b", op56},
    {"addp v0.16b, v1.16b, v2.16b", op57},
    {"addp v0.4h, v1.4h, v2.4h", op58},
    {"addp v0.8h, v1.8h, v2.8h", op59},
    {"addp v0.2s, v1.2s, v2.2s", op60},
    {"addp v0.4s, v1.4s, v2.4s", op61},
    {"addp v0.2d, v1.2d, v2.2d", op62},
    {"smax v0.8b, v1.8b, v2.8b", op63},
    {"smax v0.16b, v1.16b, v2.16b", op64},
    {"smax v0.4h, v1.4h, v2.4h", op65},
    {"smax v0.8h, v1.8h, v2.8h", op66},
    {"smax v0.2s, v1.2s, v2.2s", op67},
    {"smax v0.4s, v1.4s, v2.4s", op68},
    {"smin v0.8b, v1.8b, v2.8b", op69},
    {"smin v0.16b, v1.16b, v2.16b", op70},
    {"smin v0.4h, v1.4h, v2.4h", op71},
    {"smin v0.8h, v1.8h, v2.8h", op72},
    {"smin v0.2s, v1.2s, v2.2s", op73},
    {"smin v0.4s, v1.4s, v2.4s", op74},
    {"umax v0.8b, v1.8b, v2.8b", op75},
    {"umax v0.16b, v1.16b, v2.16b", op76},
    {"umax v0.4h, v1.4h, v2.4h", op77},
    {"umax v0.8h, v1.8h, v2.8h", op78},
    {"umax v0.2s, v1.2s, v2.2s", op79},
    {"umax v0.4s, v1.4s, v2.4s", op80},
    {"umin v0.8b, v1.8b, v2.8b", op81},
    {"umin v0.16b, v1.16b, v2.16b", op82},
    {"umin v0.4h, v1.4h, v2.4h", op83},
    {"umin v0.8h, v1.8h, v2.8h", op84},
    {"umin v0.2s, v1.2s, v2.2s", op85},
    {"umin v0.4s, v1.4s, v2.4s", op86},
    {"smaxp v0.8b, v1.8b, v2.8b", op87},
    {"smaxp v0.16b, v1.16b, v2.16b", op88},
    {"smaxp v0.4h, v1.4h, v2.4h", op89},
    {"smaxp v0.8h, v1.8h, v2.8h", op90},
    {"smaxp v0.2s, v1.2s, v2.2s", op91},
    {"smaxp v0.4s, v1.4s, v2.4s", op92},
    {"sminp v0.8b, v1.8b, v2.8b", op93},
    {"sminp v0.16b, v1.16b, v2.16b", op94},
    {"sminp v0.4h, v1.4h, v2.4h", op95},
    {"sminp v0.8h, v1.8h, v2.8h", op96},
    {"sminp v0.2s, v1.2s, v2.2s", op97},
    {"sminp v0.4s, v1.4s, v2.4s", op98},
    {"umaxp v0.8b, v1.8b, v2.8b", op99},
    {"umaxp v0.16b, v1.16b, v2.16b", op100},
    {"umaxp v0.4h, v1.4h, v2.4h", op101},
    {"umaxp v0.8h, v1.8h, v2.8h", op102},
    {"umaxp v0.2s, v1.2s, v2.2s", op103},
    {"umaxp v0.4s, v1.4s, v2.4s", op104},
    {"uminp v0.8b, v1.8b, v2.8b", op105},
    {"uminp v0.16b, v1.16b, v2.16b", op106},
    {"uminp v0.4h, v1.4h, v2.4h", op107},
    {"uminp v0.8h, v1.8h, v2.8h", op108},
    {"uminp v0.2s, v1.2s, v2.2s", op109},
    {"uminp v0.4s, v1.4s, v2.4s", op110},
    {"sabd v0.8b, v1.8b, v2.8b", op111},
    {"sabd v0.16b, v1.16b, v2.16b", op112},
    {"sabd v0.4h, v1.4h, v2.4h", op113},
    {"sabd v0.8h, v1.8h, v2.8h", op114},
    {"sabd v0.2s, v1.2s, v2.2s", op115},
    {"sabd v0.4s, v1.4s, v2.4s", op116},
    {"uabd v0.8b, v1.8b, v2.8b", op117},
    {"uabd v0.16b, v1.16b, v2.16b", op118},
    {"uabd v0.4h, v1.4h, v2.4h", op119},
    {"uabd v0.8h, v1.8h, v2.8h", op120},
    {"uabd v0.2s, v1.2s, v2.2s", op121},
    {"uabd v0.4s, v1.4s, v2.4s", op122},
    {"saba v0.8b, v1.8b, v2.8b", op123},
    {"saba v0.16b, v1.16b, v2.16b", op124},
    {"saba v0.4h, v1.4h, v2.4h", op125},
    {"saba v0.8h, v1.8h, v2.8h", op126},
    {"saba v0.2s, v1.2s, v2.2s", op127},
    {"saba v0.4s, v1.4s, v2.4s", op128},
    {"uaba v0.8b, v1.8b, v2.8b", op129},
    {"uaba v0.16b, v1.16b, v2.16b", op130},
    {"uaba v0.4h, v1.4h, v2.4h", op131},
    {"uaba v0.8h, v1.8h, v2.8h", op132},
    {"uaba v0.2s, v1.2s, v2.2s", op133},
    {"uaba v0.4s, v1.4s, v2.4s", op134},
    {"mul v0.8b, v1.8b, v2.8b", op135},
    {"mul v0.16b, v1.16b, v2.16b", op136},
    {"mul v0.4h, v1.4h, v2.4h", op137},
    {"mul v0.8h, v1.8h, v2.8h", op138},
    {"mul v0.2s, v1.2s, v2.2s", op139},
    {"mul v0.4s, v1.4s, v2.4s", op140},
    {"mla v0.8b, v1.8b, v2.8b", op141},
    {"mla v0.16b, v1.16b, v2.16b", op142},
    {"mla v0.4h, v1.4h, v2.4h", op143},
    {"mla v0.8h, v1.8h, v2.8h", op144},
    {"mla v0.2s, v1.2s, v2.2s", op145},
    {"mla v0.4s, v1.4s, v2.4s", op146},
    {"mls v0.8b, v1.8b, v2.8b", op147},
    {"mls v0.16b, v1.16b, v2.16b", op148},
    {"mls v0.4h, v1.4h, v2.4h", op149},
    {"mls v0.8h, v1.8h, v2.8h", op150},
    {"mls v0.2s, v1.2s, v2.2s", op151},
    {"mls v0.4s, v1.4s, v2.4s", op152},
    {"pmul v0.8b, v1.8b, v2.8b", op153},
    {"pmul v0.16b, v1.16b, v2.16b", op154},
    {"shadd v0.8b, v1.8b, v2.8b", op155},
    {"shadd v0.16b, v1.16b, v2.16b", op156},
    {"shadd v0.4h, v1.4h, v2.4h", op157},
    {"shadd v0.8h, v1.8h, v2.8h", op158},
    {"shadd v0.2s, v1.2s, v2.2s", op159},
    {"shadd v0.4s, v1.4s, v2.4s", op160},
    {"uhadd v0.8b, v1.8b, v2.8b", op161},
    {"uhadd v0.16b, v1.16b, v2.16b", op162},
    {"uhadd v0.4h, v1.4h, v2.4h", op163},
    {"uhadd v0.8h, v1.8h, v2.8h", op164},
    {"uhadd v0.2s, v1.2s, v2.2s", op165},
    {"uhadd v0.4s, v1.4s, v2.4s", op166},
    {"srhadd v0.8b, v1.8b, v2.8b", op167},
    {"srhadd v0.16b, v1.16b, v2.16b", op168},
    {"srhadd v0.4h, v1.4h, v2.4h", op169},
    {"srhadd v0.8h, v1.8h, v2.8h", op170},
    {"srhadd v0.2s, v1.2s, v2.2s", op171},
    {"srhadd v0.4s, v1.4s, v2.4s", op172},
    {"urhadd v0.8b, v1.8b, v2.8b", op173},
    {"urhadd v0.16b, v1.16b, v2.16b", op174},
    {"urhadd v0.4h, v1.4h, v2.4h", op175},
    {"urhadd v0.8h, v1.8h, v2.8h", op176},
    {"urhadd v0.2s, v1.2s, v2.2s", op177},
    {"urhadd v0.4s, v1.4s, v2.4s", op178},
    {"shsub v0.8b, v1.8b, v2.8b", op179},
    {"shsub v0.16b, v1.16b, v2.16b", op180},
    {"shsub v0.4h, v1.4h, v2.4h", op181},
    {"shsub v0.8h, v1.8h, v2.8h", op182},
    {"shsub v0.2s, v1.2s, v2.2s", op183},
    {"shsub v0.4s, v1.4s, v2.4s", op184},
    {"uhsub v0.8b, v1.8b, v2.8b", op185},
    {"uhsub v0.16b, v1.16b, v2.16b", op186},
    {"uhsub v0.4h, v1.4h, v2.4h", op187},
    {"uhsub v0.8h, v1.8h, v2.8h", op188},
    {"uhsub v0.2s, v1.2s, v2.2s", op189},
    {"uhsub v0.4s, v1.4s, v2.4s", op190},
    {"sqadd v0.8b, v1.8b, v2.8b", op191},
    {"sqadd v0.16b, v1.16b, v2.16b", op192},
    {"sqadd v0.4h, v1.4h, v2.4h", op193},
    {"sqadd v0.8h, v1.8h, v2.8h", op194},
    {"sqadd v0.2s, v1.2s, v2.2s", op195},
    {"sqadd v0.4s, v1.4s, v2.4s", op196},
    {"sqadd v0.2d, v1.2d, v2.2d", op197},
    {"uqadd v0.8b, v1.8b, v2.8b", op198},
    {"uqadd v0.16b, v1.16b, v2.16b", op199},
    {"uqadd v0.4h, v1.4h, v2.4h", op200},
    {"uqadd v0.8h, v1.8h, v2.8h", op201},
    {"uqadd v0.2s, v1.2s, v2.2s", op202},
    {"uqadd v0.4s, v1.4s, v2.4s", op203},
    {"uqadd v0.2d, v1.2d, v2.2d", op204},
    {"sqsub v0.8b, v1.8b, v2.8b", op205},
    {"sqsub v0.16b, v1.16b, v2.16b", op206},
    {"sqsub v0.4h, v1.4h, v2.4h", op207},
    {"sqsub v0.8h, v1.8h, v2.8h", op208},
    {"sqsub v0.2s, v1.2s, v2.2s", op209},
    {"sqsub v0.4s, v1.4s, v2.4s", op210},
    {"sqsub v0.2d, v1.2d, v2.2d", op211},
    {"uqsub v0.8b, v1.8b, v2.8b", op212},
    {"uqsub v0.16b, v1.16b, v2.16b", op213},
    {"uqsub v0.4h, v1.4h, v2.4h", op214},
    {"uqsub v0.8h, v1.8h, v2.8h", op215},
    {"uqsub v0.2s, v1.2s, v2.2s", op216},
    {"uqsub v0.4s, v1.4s, v2.4s", op217},
    {"uqsub v0.2d, v1.2d, v2.2d", op218},
    {"sshl v0.8b, v1.8b, v2.8b", op219},
    {"sshl v0.16b, v1.16b, v2.16b", op220},
    {"sshl v0.4h, v1.4h, v2.4h", op221},
    {"sshl v0.8h, v1.8h, v2.8h", op222},
    {"sshl v0.2s, v1.2s, v2.2s", op223},
    {"sshl v0.4s, v1.4s, v2.4s", op224},
    {"sshl v0.2d, v1.2d, v2.2d", op225},
    {"ushl v0.8b, v1.8b, v2.8b", op226},
    {"ushl v0.16b, v1.16b, v2.16b", op227},
    {"ushl v0.4h, v1.4h, v2.4h", op228},
    {"ushl v0.8h, v1.8h, v2.8h", op229},
    {"ushl v0.2s, v1.2s, v2.2s", op230},
    {"ushl v0.4s, v1.4s, v2.4s", op231},
    {"ushl v0.2d, v1.2d, v2.2d", op232},
    {"sqshl v0.8b, v1.8b, v2.8b", op233},
    {"sqshl v0.16b, v1.16b, v2.16b", op234},
    {"sqshl v0.4h, v1.4h, v2.4h", op235},
    {"sqshl v0.8h, v1.8h, v2.8h", op236},
    {"sqshl v0.2s, v1.2s, v2.2s", op237},
    {"sqshl v0.4s, v1.4s, v2.4s", op238},
    {"sqshl v0.2d, v1.2d, v2.2d", op239},
    {"uqshl v0.8b, v1.8b, v2.8b", op240},
    {"uqshl v0.16b, v1.16b, v2.16b", op241},
    {"uqshl v0.4h, v1.4h, v2.4h", op242},
    {"uqshl v0.8h, v1.8h, v2.8h", op243},
    {"uqshl v0.2s, v1.2s, v2.2s", op244},
    {"uqshl v0.4s, v1.4s, v2.4s", op245},
    {"uqshl v0.2d, v1.2d, v2.2d", op246},
    {"srshl v0.8b, v1.8b, v2.8b", op247},
    {"srshl v0.16b, v1.16b, v2.16b", op248},
    {"srshl v0.4h, v1.4h, v2.4h", op249},
    {"srshl v0.8h, v1.8h, v2.8h", op250},
    {"srshl v0.2s, v1.2s, v2.2s", op251},
    {"srshl v0.4s, v1.4s, v2.4s", op252},
    {"srshl v0.2d, v1.2d, v2.2d", op253},
    {"urshl v0.8b, v1.8b, v2.8b", op254},
    {"urshl v0.16b, v1.16b, v2.16b", op255},
    {"urshl v0.4h, v1.4h, v2.4h", op256},
    {"urshl v0.8h, v1.8h, v2.8h", op257},
    {"urshl v0.2s, v1.2s, v2.2s", op258},
    {"urshl v0.4s, v1.4s, v2.4s", op259},
    {"urshl v0.2d, v1.2d, v2.2d", op260},
    {"sqrshl v0.8b, v1.8b, v2.8b", op261},
    {"sqrshl v0.16b, v1.16b, v2.16b", op262},
    {"sqrshl v0.4h, v1.4h, v2.4h", op263},
    {"sqrshl v0.8h, v1.8h, v2.8h", op264},
    {"sqrshl v0.2s, v1.2s, v2.2s", op265},
    {"sqrshl v0.4s, v1.4s, v2.4s", op266},
    {"sqrshl v0.2d, v1.2d, v2.2d", op267},
    {"uqrshl v0.8b, v1.8b, v2.8b", op268},
    {"uqrshl v0.16b, v1.16b, v2.16b", op269},
    {"uqrshl v0.4h, v1.4h, v2.4h", op270},
    {"uqrshl v0.8h, v1.8h, v2.8h", op271},
    {"uqrshl v0.2s, v1.2s, v2.2s", op272},
    {"uqrshl v0.4s, v1.4s, v2.4s", op273},
    {"uqrshl v0.2d, v1.2d, v2.2d", op274},
    {"sqdmulh v0.4h, v1.4h, v2.4h", op275},
    {"sqdmulh v0.8h, v1.8h, v2.8h", op276},
    {"sqdmulh v0.2s, v1.2s, v2.2s", op277},
    {"sqdmulh v0.4s, v1.4s, v2.4s", op278},
    {"sqrdmulh v0.4h, v1.4h, v2.4h", op279},
    {"sqrdmulh v0.8h, v1.8h, v2.8h", op280},
    {"sqrdmulh v0.2s, v1.2s, v2.2s", op281},
    {"sqrdmulh v0.4s, v1.4s, v2.4s", op282},
    {"saddlp v0.4h, v1.8b", op283},
    {"saddlp v0.8h, v1.16b", op284},
    {"saddlp v0.2s, v1.4h", op285},
    {"saddlp v0.4s, v1.8h", op286},
    {"saddlp v0.1d, v1.2s", op287},
    {"saddlp v0.2d, v1.4s", op288},
    {"uaddlp v0.4h, v1.8b", op289},
    {"uaddlp v0.8h, v1.16b", op290},
    {"uaddlp v0.2s, v1.4h", op291},
    {"uaddlp v0.4s, v1.8h", op292},
    {"uaddlp v0.1d, v1.2s", op293},
    {"uaddlp v0.2d, v1.4s", op294},
    {"sadalp v0.4h, v1.8b", op295},
    {"sadalp v0.8h, v1.16b", op296},
    {"sadalp v0.2s, v1.4h", op297},
    {"sadalp v0.4s, v1.8h", op298},
    {"sadalp v0.1d, v1.2s", op299},
    {"sadalp v0.2d, v1.4s", op300},
    {"uadalp v0.4h, v1.8b", op301},
    {"uadalp v0.8h, v1.16b", op302},
    {"uadalp v0.2s, v1.4h", op303},
    {"uadalp v0.4s, v1.8h", op304},
    {"uadalp v0.1d, v1.2s", op305},
    {"uadalp v0.2d, v1.4s", op306},
    {"suqadd v0.8b, v1.8b", op307},
    {"suqadd v0.16b, v1.16b", op308},
    {"suqadd v0.4h, v1.4h", op309},
    {"suqadd v0.8h, v1.8h", op310},
    {"suqadd v0.2s, v1.2s", op311},
    {"suqadd v0.4s, v1.4s", op312},
    {"suqadd v0.2d, v1.2d", op313},
    {"usqadd v0.8b, v1.8b", op314},
    {"usqadd v0.16b, v1.16b", op315},
    {"usqadd v0.4h, v1.4h", op316},
    {"usqadd v0.8h, v1.8h", op317},
    {"usqadd v0.2s, v1.2s", op318},
    {"usqadd v0.4s, v1.4s", op319},
    {"usqadd v0.2d, v1.2d", op320},
    {"sqabs v0.8b, v1.8b", op321},
    {"sqabs v0.16b, v1.16b", op322},
    {"sqabs v0.4h, v1.4h", op323},
    {"sqabs v0.8h, v1.8h", op324},
    {"sqabs v0.2s, v1.2s", op325},
    {"sqabs v0.4s, v1.4s", op326},
    {"sqabs v0.2d, v1.2d", op327},
    {"sqneg v0.8b, v1.8b", op328},
    {"sqneg v0.16b, v1.16b", op329},
    {"sqneg v0.4h, v1.4h", op330},
    {"sqneg v0.8h, v1.8h", op331},
    {"sqneg v0.2s, v1.2s", op332},
    {"sqneg v0.4s, v1.4s", op333},
    {"sqneg v0.2d, v1.2d", op334},
    {"xtn v0.8b, v1.8h", op335},
    {"xtn2 v0.16b, v1.8h", op336},
    {"xtn v0.4h, v1.4s", op337},
    {"xtn2 v0.8h, v1.4s", op338},
    {"xtn v0.2s, v1.2d", op339},
    {"xtn2 v0.4s, v1.2d", op340},
    {"sqxtun v0.8b, v1.8h", op341},
    {"sqxtun2 v0.16b, v1.8h", op342},
    {"sqxtun v0.4h, v1.4s", op343},
    {"sqxtun2 v0.8h, v1.4s", op344},
    {"sqxtun v0.2s, v1.2d", op345},
    {"sqxtun2 v0.4s, v1.2d", op346},
    {"sqxtn v0.8b, v1.8h", op347},
    {"sqxtn2 v0.16b, v1.8h", op348},
    {"sqxtn v0.4h, v1.4s", op349},
    {"sqxtn2 v0.8h, v1.4s", op350},
    {"sqxtn v0.2s, v1.2d", op351},
    {"sqxtn2 v0.4s, v1.2d", op352},
    {"uqxtn v0.8b, v1.8h", op353},
    {"uqxtn2 v0.16b, v1.8h", op354},
    {"uqxtn v0.4h, v1.4s", op355},
    {"uqxtn2 v0.8h, v1.4s", op356},
    {"uqxtn v0.2s, v1.2d", op357},
    {"uqxtn2 v0.4s, v1.2d", op358},
    {"shll v0.8h, v1.8b, #8", op359},
    {"shll2 v0.8h, v1.16b, #8", op360},
    {"shll v0.4s, v1.4h, #16", op361},
    {"shll2 v0.4s, v1.8h, #16", op362},
    {"shll v0.2d, v1.2s, #32", op363},
    {"shll2 v0.2d, v1.4s, #32", op364},
    {"rev64 v0.8b, v1.8b", op365},
    {"rev64 v0.16b, v1.16b", op366},
    {"rev64 v0.4h, v1.4h", op367},
    {"rev64 v0.8h, v1.8h", op368},
    {"rev64 v0.2s, v1.2s", op369},
    {"rev64 v0.4s, v1.4s", op370},
    {"rev32 v0.8b, v1.8b", op371},
    {"rev32 v0.16b, v1.16b", op372},
    {"rev32 v0.4h, v1.4h", op373},
    {"rev32 v0.8h, v1.8h", op374},
    {"rev16 v0.8b, v1.8b", op375},
    {"rev16 v0.16b, v1.16b", op376},
    {"cls v0.8b, v1.8b", op377},
    {"cls v0.16b, v1.16b", op378},
    {"cls v0.4h, v1.4h", op379},
    {"cls v0.8h, v1.8h", op380},
    {"cls v0.2s, v1.2s", op381},
    {"cls v0.4s, v1.4s", op382},
    {"clz v0.8b, v1.8b", op383},
    {"clz v0.16b, v1.16b", op384},
    {"clz v0.4h, v1.4h", op385},
    {"clz v0.8h, v1.8h", op386},
    {"clz v0.2s, v1.2s", op387},
    {"clz v0.4s, v1.4s", op388},
    {"cnt v0.8b, v1.8b", op389},
    {"cnt v0.16b, v1.16b", op390},
    {"not v0.8b, v1.8b", op391},
    {"not v0.16b, v1.16b", op392},
    {"rbit v0.8b, v1.8b", op393},
    {"rbit v0.16b, v1.16b", op394},
    {"cmgt v0.8b, v1.8b, #0", op395},
    {"cmgt v0.16b, v1.16b, #0", op396},
    {"cmgt v0.4h, v1.4h, #0", op397},
    {"cmgt v0.8h, v1.8h, #0", op398},
    {"cmgt v0.2s, v1.2s, #0", op399},
    {"cmgt v0.4s, v1.4s, #0", op400},
    {"cmgt v0.2d, v1.2d, #0", op401},
    {"cmge v0.8b, v1.8b, #0", op402},
    {"cmge v0.16b, v1.16b, #0", op403},
    {"cmge v0.4h, v1.4h, #0", op404},
    {"cmge v0.8h, v1.8h, #0", op405},
    {"cmge v0.2s, v1.2s, #0", op406},
    {"cmge v0.4s, v1.4s, #0", op407},
    {"cmge v0.2d, v1.2d, #0", op408},
    {"cmeq v0.8b, v1.8b, #0", op409},
    {"cmeq v0.16b, v1.16b, #0", op410},
    {"cmeq v0.4h, v1.4h, #0", op411},
    {"cmeq v0.8h, v1.8h, #0", op412},
    {"cmeq v0.2s, v1.2s, #0", op413},
    {"cmeq v0.4s, v1.4s, #0", op414},
    {"cmeq v0.2d, v1.2d, #0", op415},
    {"cmle v0.8b, v1.8b, #0", op416},
    {"cmle v0.16b, v1.16b, #0", op417},
    {"cmle v0.4h, v1.4h, #0", op418},
    {"cmle v0.8h, v1.8h, #0", op419},
    {"cmle v0.2s, v1.2s, #0", op420},
    {"cmle v0.4s, v1.4s, #0", op421},
    {"cmle v0.2d, v1.2d, #0", op422},
    {"cmlt v0.8b, v1.8b, #0", op423},
    {"cmlt v0.16b, v1.16b, #0", op424},
    {"cmlt v0.4h, v1.4h, #0", op425},
    {"cmlt v0.8h, v1.8h, #0", op426},
    {"cmlt v0.2s, v1.2s, #0", op427},
    {"cmlt v0.4s, v1.4s, #0", op428},
    {"cmlt v0.2d, v1.2d, #0", op429},
    {"abs v0.8b, v1.8b", op430},
    {"abs v0.16b, v1.16b", op431},
    {"abs v0.4h, v1.4h", op432},
    {"abs v0.8h, v1.8h", op433},
    {"abs v0.2s, v1.2s", op434},
    {"abs v0.4s, v1.4s", op435},
    {"abs v0.2d, v1.2d", op436},
    {"neg v0.8b, v1.8b", op437},
    {"neg v0.16b, v1.16b", op438},
    {"neg v0.4h, v1.4h", op439},
    {"neg v0.8h, v1.8h", op440},
    {"neg v0.2s, v1.2s", op441},
    {"neg v0.4s, v1.4s", op442},
    {"neg v0.2d, v1.2d", op443},
    {"addv b0, v1.8b", op444},
    {"addv b0, v1.16b", op445},
    {"addv h0, v1.4h", op446},
    {"addv h0, v1.8h", op447},
    {"addv s0, v1.4s", op448},
    {"smaxv b0, v1.8b", op449},
    {"smaxv b0, v1.16b", op450},
    {"smaxv h0, v1.4h", op451},
    {"smaxv h0, v1.8h", op452},
    {"smaxv s0, v1.4s", op453},
    {"sminv b0, v1.8b", op454},
    {"sminv b0, v1.16b", op455},
    {"sminv h0, v1.4h", op456},
    {"sminv h0, v1.8h", op457},
    {"sminv s0, v1.4s", op458},
    {"umaxv b0, v1.8b", op459},
    {"umaxv b0, v1.16b", op460},
    {"umaxv h0, v1.4h", op461},
    {"umaxv h0, v1.8h", op462},
    {"umaxv s0, v1.4s", op463},
    {"uminv b0, v1.8b", op464},
    {"uminv b0, v1.16b", op465},
    {"uminv h0, v1.4h", op466},
    {"uminv h0, v1.8h", op467},
    {"uminv s0, v1.4s", op468},
    {"saddlv h0, v1.8b", op469},
    {"saddlv h0, v1.16b", op470},
    {"saddlv s0, v1.4h", op471},
    {"saddlv s0, v1.8h", op472},
    {"saddlv d0, v1.4s", op473},
    {"uaddlv h0, v1.8b", op474},
    {"uaddlv h0, v1.16b", op475},
    {"uaddlv s0, v1.4h", op476},
    {"uaddlv s0, v1.8h", op477},
    {"uaddlv d0, v1.4s", op478},
};
#define SEED 0x5eed1u

int test_main(void)
{
    ft_srand(SEED);
    for (unsigned i = 0; i < FT_COUNT(cases); i++)
        run_case(&cases[i]);
    return 0;
}
