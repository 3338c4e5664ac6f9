/*
 * Differential test: the LSE swap and compare-and-swap atomics (SWP, CAS,
 * CASP) in every size and ordering, against edge and random values
 * (atomic_table.h); LD<op> and ST<op> are atomic_ldop.c's.
 */
// CFLAGS: -march=armv8.1-a+lse
#include "atomic_table.h"

static uint64_t a_swpb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swph(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swph %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swp(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swp %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swp_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swp %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpa(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpa %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpa_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpa %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swplb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swplb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swplh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swplh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpalb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpalb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpalh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpalh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpal(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpal %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_swpal_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("swpal %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_casb(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casb %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_cash(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("cash %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_cas(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("cas %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_cas_x(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("cas %0, %2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casab(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casab %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casah(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casah %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casa(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casa %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casa_x(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casa %0, %2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_caslb(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("caslb %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_caslh(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("caslh %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casl(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casl %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casl_x(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casl %0, %2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casalb(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casalb %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casalh(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casalh %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casal(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casal %w0, %w2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static uint64_t a_casal_x(uint64_t *slot, uint64_t operand)
{
    /* Expect the current value when operand is even, so half the cases store. */
    uint64_t compare = (operand & 1) ? operand >> 3 : *slot;
    __asm__ volatile("casal %0, %2, [%1]" : "+&r"(compare) : "r"(slot), "r"(operand) : "memory");
    return compare;
}

static const struct atomic_case ops[] = {
    {"swpb", a_swpb},
    {"swph", a_swph},
    {"swp w", a_swp},
    {"swp x", a_swp_x},
    {"swpab", a_swpab},
    {"swpah", a_swpah},
    {"swpa w", a_swpa},
    {"swpa x", a_swpa_x},
    {"swplb", a_swplb},
    {"swplh", a_swplh},
    {"swpl w", a_swpl},
    {"swpl x", a_swpl_x},
    {"swpalb", a_swpalb},
    {"swpalh", a_swpalh},
    {"swpal w", a_swpal},
    {"swpal x", a_swpal_x},
    {"casb", a_casb},
    {"cash", a_cash},
    {"cas w", a_cas},
    {"cas x", a_cas_x},
    {"casab", a_casab},
    {"casah", a_casah},
    {"casa w", a_casa},
    {"casa x", a_casa_x},
    {"caslb", a_caslb},
    {"caslh", a_caslh},
    {"casl w", a_casl},
    {"casl x", a_casl_x},
    {"casalb", a_casalb},
    {"casalh", a_casalh},
    {"casal w", a_casal},
    {"casal x", a_casal_x},
};

static void casp_tests(void)
{
    for (int i = 0; i < 8; i++) {
        mem[0] = ft_rand();
        mem[1] = ft_rand();
        /* Even i: compare with what memory holds, so the swap happens. */
        uint64_t c0 = (i & 1) ? mem[0] ^ 1 : mem[0], c1 = mem[1];
        register uint64_t x0 __asm__("x4") = c0;
        register uint64_t x1 __asm__("x5") = c1;
        register uint64_t n0 __asm__("x6") = ft_rand();
        register uint64_t n1 __asm__("x7") = ft_rand();
        if (i < 4)
            __asm__ volatile("caspal x4, x5, x6, x7, [%2]"
                             : "+r"(x0), "+r"(x1) : "r"(mem), "r"(n0), "r"(n1) : "memory");
        else
            __asm__ volatile("casp w4, w5, w6, w7, [%2]"
                             : "+r"(x0), "+r"(x1) : "r"(mem), "r"(n0), "r"(n1) : "memory");
        check3("casp old", (uint64_t)i, x0, x1);
        check2("casp mem", mem[0], mem[1]);
    }
}

int test_main(void)
{
    atomic_table_run(ops, FT_COUNT(ops));
    casp_tests();
    return 0;
}
