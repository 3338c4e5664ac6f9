/*
 * Differential test: the LSE atomic memory operations LD<op> and ST<op>
 * (ADD, CLR, EOR, SET, SMAX, SMIN, UMAX, UMIN) in every size and ordering,
 * against edge and random values (atomic_table.h). SWP, CAS and CASP are
 * atomic_lse.c's.
 */
// CFLAGS: -march=armv8.1-a+lse
#include "atomic_table.h"

static uint64_t a_ldaddb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldadd(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldadd %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldadd_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldadd %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldadda(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldadda %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldadda_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldadda %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddlb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddlb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddlh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddlh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddalb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddalb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddalh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddalh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddal(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddal %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldaddal_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldaddal %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclrb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclrb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclrh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclrh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclr(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclr %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclr_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclr %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclrab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclrab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclrah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclrah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclra(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclra %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclra_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclra %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclrlb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclrlb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclrlh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclrlh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclrl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclrl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclrl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclrl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclralb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclralb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclralh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclralh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclral(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclral %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldclral_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldclral %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeorb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeorb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeorh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeorh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeor(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeor %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeor_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeor %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeorab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeorab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeorah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeorah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeora(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeora %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeora_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeora %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeorlb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeorlb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeorlh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeorlh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeorl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeorl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeorl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeorl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeoralb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeoralb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeoralh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeoralh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeoral(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeoral %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldeoral_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldeoral %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldseth(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldseth %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldset(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldset %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldset_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldset %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldseta(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldseta %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldseta_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldseta %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetlb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetlb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetlh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetlh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetalb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetalb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetalh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetalh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetal(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetal %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsetal_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsetal %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmax(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmax %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmax_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmax %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxa(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxa %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxa_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxa %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxlb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxlb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxlh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxlh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxalb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxalb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxalh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxalh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxal(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxal %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmaxal_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmaxal %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmin(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmin %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmin_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmin %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmina(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmina %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsmina_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsmina %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminlb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminlb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminlh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminlh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminalb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminalb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminalh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminalh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminal(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminal %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldsminal_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldsminal %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumax(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumax %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumax_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumax %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxa(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxa %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxa_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxa %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxlb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxlb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxlh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxlh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxalb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxalb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxalh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxalh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxal(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxal %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumaxal_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumaxal %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumin(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumin %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumin_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumin %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminab(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminab %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminah(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminah %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumina(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumina %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_ldumina_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("ldumina %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminlb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminlb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminlh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminlh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminl(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminl %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminl_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminl %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminalb(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminalb %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminalh(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminalh %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminal(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminal %w2, %w0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_lduminal_x(uint64_t *slot, uint64_t operand)
{
    uint64_t old;
    __asm__ volatile("lduminal %2, %0, [%1]" : "=&r"(old) : "r"(slot), "r"(operand) : "memory");
    return old;
}

static uint64_t a_staddb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("staddb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stadd(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stadd %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_staddlb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("staddlb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_staddl(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("staddl %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stclrb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stclrb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stclr(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stclr %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stclrlb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stclrlb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stclrl(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stclrl %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_steorb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("steorb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_steor(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("steor %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_steorlb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("steorlb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_steorl(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("steorl %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsetb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsetb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stset(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stset %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsetlb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsetlb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsetl(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsetl %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsmaxb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsmaxb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsmax(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsmax %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsmaxlb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsmaxlb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsmaxl(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsmaxl %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsminb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsminb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsmin(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsmin %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsminlb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsminlb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stsminl(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stsminl %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stumaxb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stumaxb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stumax(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stumax %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stumaxlb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stumaxlb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stumaxl(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stumaxl %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stuminb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stuminb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stumin(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stumin %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stuminlb(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stuminlb %w1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static uint64_t a_stuminl(uint64_t *slot, uint64_t operand)
{
    __asm__ volatile("stuminl %1, [%0]" : : "r"(slot), "r"(operand) : "memory");
    return 0;
}

static const struct atomic_case ops[] = {
    {"ldaddb", a_ldaddb},
    {"ldaddh", a_ldaddh},
    {"ldadd w", a_ldadd},
    {"ldadd x", a_ldadd_x},
    {"ldaddab", a_ldaddab},
    {"ldaddah", a_ldaddah},
    {"ldadda w", a_ldadda},
    {"ldadda x", a_ldadda_x},
    {"ldaddlb", a_ldaddlb},
    {"ldaddlh", a_ldaddlh},
    {"ldaddl w", a_ldaddl},
    {"ldaddl x", a_ldaddl_x},
    {"ldaddalb", a_ldaddalb},
    {"ldaddalh", a_ldaddalh},
    {"ldaddal w", a_ldaddal},
    {"ldaddal x", a_ldaddal_x},
    {"ldclrb", a_ldclrb},
    {"ldclrh", a_ldclrh},
    {"ldclr w", a_ldclr},
    {"ldclr x", a_ldclr_x},
    {"ldclrab", a_ldclrab},
    {"ldclrah", a_ldclrah},
    {"ldclra w", a_ldclra},
    {"ldclra x", a_ldclra_x},
    {"ldclrlb", a_ldclrlb},
    {"ldclrlh", a_ldclrlh},
    {"ldclrl w", a_ldclrl},
    {"ldclrl x", a_ldclrl_x},
    {"ldclralb", a_ldclralb},
    {"ldclralh", a_ldclralh},
    {"ldclral w", a_ldclral},
    {"ldclral x", a_ldclral_x},
    {"ldeorb", a_ldeorb},
    {"ldeorh", a_ldeorh},
    {"ldeor w", a_ldeor},
    {"ldeor x", a_ldeor_x},
    {"ldeorab", a_ldeorab},
    {"ldeorah", a_ldeorah},
    {"ldeora w", a_ldeora},
    {"ldeora x", a_ldeora_x},
    {"ldeorlb", a_ldeorlb},
    {"ldeorlh", a_ldeorlh},
    {"ldeorl w", a_ldeorl},
    {"ldeorl x", a_ldeorl_x},
    {"ldeoralb", a_ldeoralb},
    {"ldeoralh", a_ldeoralh},
    {"ldeoral w", a_ldeoral},
    {"ldeoral x", a_ldeoral_x},
    {"ldsetb", a_ldsetb},
    {"ldseth", a_ldseth},
    {"ldset w", a_ldset},
    {"ldset x", a_ldset_x},
    {"ldsetab", a_ldsetab},
    {"ldsetah", a_ldsetah},
    {"ldseta w", a_ldseta},
    {"ldseta x", a_ldseta_x},
    {"ldsetlb", a_ldsetlb},
    {"ldsetlh", a_ldsetlh},
    {"ldsetl w", a_ldsetl},
    {"ldsetl x", a_ldsetl_x},
    {"ldsetalb", a_ldsetalb},
    {"ldsetalh", a_ldsetalh},
    {"ldsetal w", a_ldsetal},
    {"ldsetal x", a_ldsetal_x},
    {"ldsmaxb", a_ldsmaxb},
    {"ldsmaxh", a_ldsmaxh},
    {"ldsmax w", a_ldsmax},
    {"ldsmax x", a_ldsmax_x},
    {"ldsmaxab", a_ldsmaxab},
    {"ldsmaxah", a_ldsmaxah},
    {"ldsmaxa w", a_ldsmaxa},
    {"ldsmaxa x", a_ldsmaxa_x},
    {"ldsmaxlb", a_ldsmaxlb},
    {"ldsmaxlh", a_ldsmaxlh},
    {"ldsmaxl w", a_ldsmaxl},
    {"ldsmaxl x", a_ldsmaxl_x},
    {"ldsmaxalb", a_ldsmaxalb},
    {"ldsmaxalh", a_ldsmaxalh},
    {"ldsmaxal w", a_ldsmaxal},
    {"ldsmaxal x", a_ldsmaxal_x},
    {"ldsminb", a_ldsminb},
    {"ldsminh", a_ldsminh},
    {"ldsmin w", a_ldsmin},
    {"ldsmin x", a_ldsmin_x},
    {"ldsminab", a_ldsminab},
    {"ldsminah", a_ldsminah},
    {"ldsmina w", a_ldsmina},
    {"ldsmina x", a_ldsmina_x},
    {"ldsminlb", a_ldsminlb},
    {"ldsminlh", a_ldsminlh},
    {"ldsminl w", a_ldsminl},
    {"ldsminl x", a_ldsminl_x},
    {"ldsminalb", a_ldsminalb},
    {"ldsminalh", a_ldsminalh},
    {"ldsminal w", a_ldsminal},
    {"ldsminal x", a_ldsminal_x},
    {"ldumaxb", a_ldumaxb},
    {"ldumaxh", a_ldumaxh},
    {"ldumax w", a_ldumax},
    {"ldumax x", a_ldumax_x},
    {"ldumaxab", a_ldumaxab},
    {"ldumaxah", a_ldumaxah},
    {"ldumaxa w", a_ldumaxa},
    {"ldumaxa x", a_ldumaxa_x},
    {"ldumaxlb", a_ldumaxlb},
    {"ldumaxlh", a_ldumaxlh},
    {"ldumaxl w", a_ldumaxl},
    {"ldumaxl x", a_ldumaxl_x},
    {"ldumaxalb", a_ldumaxalb},
    {"ldumaxalh", a_ldumaxalh},
    {"ldumaxal w", a_ldumaxal},
    {"ldumaxal x", a_ldumaxal_x},
    {"lduminb", a_lduminb},
    {"lduminh", a_lduminh},
    {"ldumin w", a_ldumin},
    {"ldumin x", a_ldumin_x},
    {"lduminab", a_lduminab},
    {"lduminah", a_lduminah},
    {"ldumina w", a_ldumina},
    {"ldumina x", a_ldumina_x},
    {"lduminlb", a_lduminlb},
    {"lduminlh", a_lduminlh},
    {"lduminl w", a_lduminl},
    {"lduminl x", a_lduminl_x},
    {"lduminalb", a_lduminalb},
    {"lduminalh", a_lduminalh},
    {"lduminal w", a_lduminal},
    {"lduminal x", a_lduminal_x},
    {"staddb", a_staddb},
    {"stadd", a_stadd},
    {"staddlb", a_staddlb},
    {"staddl", a_staddl},
    {"stclrb", a_stclrb},
    {"stclr", a_stclr},
    {"stclrlb", a_stclrlb},
    {"stclrl", a_stclrl},
    {"steorb", a_steorb},
    {"steor", a_steor},
    {"steorlb", a_steorlb},
    {"steorl", a_steorl},
    {"stsetb", a_stsetb},
    {"stset", a_stset},
    {"stsetlb", a_stsetlb},
    {"stsetl", a_stsetl},
    {"stsmaxb", a_stsmaxb},
    {"stsmax", a_stsmax},
    {"stsmaxlb", a_stsmaxlb},
    {"stsmaxl", a_stsmaxl},
    {"stsminb", a_stsminb},
    {"stsmin", a_stsmin},
    {"stsminlb", a_stsminlb},
    {"stsminl", a_stsminl},
    {"stumaxb", a_stumaxb},
    {"stumax", a_stumax},
    {"stumaxlb", a_stumaxlb},
    {"stumaxl", a_stumaxl},
    {"stuminb", a_stuminb},
    {"stumin", a_stumin},
    {"stuminlb", a_stuminlb},
    {"stuminl", a_stuminl},
};

int test_main(void)
{
    atomic_table_run(ops, FT_COUNT(ops));
    return 0;
}
