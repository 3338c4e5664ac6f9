/*
 * Data processing -- register: logical and add/subtract (shifted and
 * extended register), add/subtract with carry, conditional compare and
 * select, multiply (three-source), divide, variable shifts, CRC32, and the
 * one-source bit operations (RBIT, REV*, CLZ, CLS).
 *
 * Register 31 is XZR everywhere here except the extended-register
 * add/subtract forms, whose Rn (and Rd when flags are not set) is SP.
 */
#include <pthread.h>

#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/cpu.h"

enum shift_type { SHIFT_LSL, SHIFT_LSR, SHIFT_ASR, SHIFT_ROR };

/* ShiftReg(): `value` of `width` bits shifted by amount < width. */
static uint64_t shift_reg(uint64_t value, unsigned type, unsigned amount, unsigned width)
{
    switch (type) {
    case SHIFT_LSL: return (value << amount) & ones(width);
    case SHIFT_LSR: return value >> amount;
    case SHIFT_ASR: return (uint64_t)((int64_t)sign_extend(value, width) >> amount) & ones(width);
    default: return ror(value, amount, width);
    }
}

/* Operand 2 of the shifted-register forms, or false if the encoding is reserved. */
static bool shifted_operand(const struct cpu_state *cpu, const struct a64_insn *in, bool allow_ror,
                            uint64_t *out)
{
    if ((!in->sf && in->imm6 >= 32) || (!allow_ror && in->shift == SHIFT_ROR))
        return false;
    *out = shift_reg(cpu_reg(cpu, in->sf, in->Rm), in->shift, in->imm6, in->sf ? 64 : 32);
    return true;
}

/* ---- logical (shifted register); N inverts operand 2 (BIC, ORN, EON, BICS) ---- */

static bool logical_operand(const struct cpu_state *cpu, const struct a64_insn *in, uint64_t *out)
{
    if (!shifted_operand(cpu, in, true, out))
        return false;
    if (in->N)
        *out = ~*out & width_mask(in->sf);
    return true;
}

enum a64_result exec_AND_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t op2;
    if (!logical_operand(cpu, in, &op2))
        return A64_UNDEF;
    cpu_set_x(cpu, in->Rd, cpu_reg(cpu, in->sf, in->Rn) & op2);
    return A64_NEXT;
}

enum a64_result exec_ORR_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    /* MOV Xd, Xm is ORR with XZR and no shift: the most common register move. */
    if (in->Rn == 31 && in->imm6 == 0 && !in->N) {
        cpu_set_reg(cpu, in->sf, in->Rd, cpu_x(cpu, in->Rm));
        return A64_NEXT;
    }
    uint64_t op2;
    if (!logical_operand(cpu, in, &op2))
        return A64_UNDEF;
    cpu_set_x(cpu, in->Rd, cpu_reg(cpu, in->sf, in->Rn) | op2);
    return A64_NEXT;
}

enum a64_result exec_EOR_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t op2;
    if (!logical_operand(cpu, in, &op2))
        return A64_UNDEF;
    cpu_set_x(cpu, in->Rd, cpu_reg(cpu, in->sf, in->Rn) ^ op2);
    return A64_NEXT;
}

enum a64_result exec_ANDS_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t op2;
    if (!logical_operand(cpu, in, &op2))
        return A64_UNDEF;
    uint64_t result = cpu_reg(cpu, in->sf, in->Rn) & op2;
    cpu->nzcv = logic_flags(in->sf, result);
    cpu_set_x(cpu, in->Rd, result);
    return A64_NEXT;
}

/* ---- add/subtract (shifted register) ---- */

enum a64_result exec_ADD_sreg(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t op2;
    if (!shifted_operand(cpu, in, false, &op2))
        return A64_UNDEF;
    cpu_set_reg(cpu, in->sf, in->Rd, cpu_x(cpu, in->Rn) + op2);
    return A64_NEXT;
}

enum a64_result exec_SUB_sreg(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t op2;
    if (!shifted_operand(cpu, in, false, &op2))
        return A64_UNDEF;
    cpu_set_reg(cpu, in->sf, in->Rd, cpu_x(cpu, in->Rn) - op2);
    return A64_NEXT;
}

enum a64_result exec_ADDS_sreg(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t op2;
    if (!shifted_operand(cpu, in, false, &op2))
        return A64_UNDEF;
    cpu_set_x(cpu, in->Rd, add_with_carry(in->sf, cpu_x(cpu, in->Rn), op2, 0, &cpu->nzcv));
    return A64_NEXT;
}

enum a64_result exec_SUBS_sreg(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t op2;
    if (!shifted_operand(cpu, in, false, &op2))
        return A64_UNDEF;
    cpu_set_x(cpu, in->Rd, add_with_carry(in->sf, cpu_x(cpu, in->Rn), ~op2, 1, &cpu->nzcv));
    return A64_NEXT;
}

/* ---- add/subtract (extended register) ---- */

/* ExtendReg(): Rm extended by `option` (UXTB..SXTX) and shifted left by imm3 (0..4). */
static uint64_t extend_reg(const struct cpu_state *cpu, unsigned rm, unsigned option, unsigned shift)
{
    static const unsigned bits[4] = {8, 16, 32, 64};
    uint64_t value = cpu_x(cpu, rm);
    unsigned len = bits[option & 3];
    value = (option & 4) ? sign_extend(value, len) : (value & ones(len));
    return value << shift;
}

enum a64_result exec_ADDSUB_ext(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->imm3 > 4)
        return A64_UNDEF;
    uint64_t op1 = cpu_xsp(cpu, in->Rn);
    uint64_t op2 = extend_reg(cpu, in->Rm, in->option, in->imm3);
    if (in->op)
        op2 = ~op2;
    if (in->S) {
        cpu_set_x(cpu, in->Rd, add_with_carry(in->sf, op1, op2, in->op, &cpu->nzcv));
    } else {
        uint64_t result = op1 + op2 + in->op;
        cpu_set_xsp(cpu, in->Rd, in->sf ? result : (uint32_t)result);
    }
    return A64_NEXT;
}

/* ---- add/subtract with carry ---- */

enum a64_result exec_ADC_SBC(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t op2 = cpu_x(cpu, in->Rm);
    if (in->op)
        op2 = ~op2;
    unsigned carry = (cpu->nzcv & NZCV_C) ? 1 : 0;
    uint32_t flags;
    uint64_t result = add_with_carry(in->sf, cpu_x(cpu, in->Rn), op2, carry, &flags);
    if (in->S)
        cpu->nzcv = flags;
    cpu_set_x(cpu, in->Rd, result);
    return A64_NEXT;
}

/* ---- conditional compare: op=1 CCMP (subtract), op=0 CCMN (add) ---- */

static void conditional_compare(struct cpu_state *cpu, const struct a64_insn *in, uint64_t op2)
{
    if (!condition_holds(in->cond, cpu->nzcv)) {
        cpu->nzcv = (uint32_t)in->nzcv << 28;
        return;
    }
    if (in->op)
        add_with_carry(in->sf, cpu_x(cpu, in->Rn), ~op2, 1, &cpu->nzcv);
    else
        add_with_carry(in->sf, cpu_x(cpu, in->Rn), op2, 0, &cpu->nzcv);
}

enum a64_result exec_CCMP_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    conditional_compare(cpu, in, cpu_x(cpu, in->Rm));
    return A64_NEXT;
}

enum a64_result exec_CCMP_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    conditional_compare(cpu, in, in->imm5);
    return A64_NEXT;
}

/* ---- conditional select ---- */

enum a64_result exec_CSEL(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t v = condition_holds(in->cond, cpu->nzcv) ? cpu_x(cpu, in->Rn) : cpu_x(cpu, in->Rm);
    cpu_set_reg(cpu, in->sf, in->Rd, v);
    return A64_NEXT;
}

enum a64_result exec_CSINC(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t v =
        condition_holds(in->cond, cpu->nzcv) ? cpu_x(cpu, in->Rn) : cpu_x(cpu, in->Rm) + 1;
    cpu_set_reg(cpu, in->sf, in->Rd, v);
    return A64_NEXT;
}

enum a64_result exec_CSINV(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t v = condition_holds(in->cond, cpu->nzcv) ? cpu_x(cpu, in->Rn) : ~cpu_x(cpu, in->Rm);
    cpu_set_reg(cpu, in->sf, in->Rd, v);
    return A64_NEXT;
}

enum a64_result exec_CSNEG(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t v = condition_holds(in->cond, cpu->nzcv) ? cpu_x(cpu, in->Rn) : -cpu_x(cpu, in->Rm);
    cpu_set_reg(cpu, in->sf, in->Rd, v);
    return A64_NEXT;
}

/* ---- multiply ---- */

enum a64_result exec_MADD(struct cpu_state *cpu, const struct a64_insn *in)
{
    cpu_set_reg(cpu, in->sf, in->Rd, cpu_x(cpu, in->Ra) + cpu_x(cpu, in->Rn) * cpu_x(cpu, in->Rm));
    return A64_NEXT;
}

enum a64_result exec_MSUB(struct cpu_state *cpu, const struct a64_insn *in)
{
    cpu_set_reg(cpu, in->sf, in->Rd, cpu_x(cpu, in->Ra) - cpu_x(cpu, in->Rn) * cpu_x(cpu, in->Rm));
    return A64_NEXT;
}

static int64_t sw(const struct cpu_state *cpu, unsigned n) { return (int32_t)cpu_w(cpu, n); }

enum a64_result exec_SMADDL(struct cpu_state *cpu, const struct a64_insn *in)
{
    cpu_set_x(cpu, in->Rd, cpu_x(cpu, in->Ra) + (uint64_t)(sw(cpu, in->Rn) * sw(cpu, in->Rm)));
    return A64_NEXT;
}

enum a64_result exec_SMSUBL(struct cpu_state *cpu, const struct a64_insn *in)
{
    cpu_set_x(cpu, in->Rd, cpu_x(cpu, in->Ra) - (uint64_t)(sw(cpu, in->Rn) * sw(cpu, in->Rm)));
    return A64_NEXT;
}

enum a64_result exec_UMADDL(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t product = (uint64_t)cpu_w(cpu, in->Rn) * cpu_w(cpu, in->Rm);
    cpu_set_x(cpu, in->Rd, cpu_x(cpu, in->Ra) + product);
    return A64_NEXT;
}

enum a64_result exec_UMSUBL(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t product = (uint64_t)cpu_w(cpu, in->Rn) * cpu_w(cpu, in->Rm);
    cpu_set_x(cpu, in->Rd, cpu_x(cpu, in->Ra) - product);
    return A64_NEXT;
}

enum a64_result exec_SMULH(struct cpu_state *cpu, const struct a64_insn *in)
{
    __int128 product = (__int128)(int64_t)cpu_x(cpu, in->Rn) * (int64_t)cpu_x(cpu, in->Rm);
    cpu_set_x(cpu, in->Rd, (uint64_t)(product >> 64));
    return A64_NEXT;
}

enum a64_result exec_UMULH(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned __int128 product = (unsigned __int128)cpu_x(cpu, in->Rn) * cpu_x(cpu, in->Rm);
    cpu_set_x(cpu, in->Rd, (uint64_t)(product >> 64));
    return A64_NEXT;
}

/* ---- divide: x/0 = 0, and INT_MIN/-1 = INT_MIN (the host would trap on both) ---- */

enum a64_result exec_UDIV(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t n = cpu_reg(cpu, in->sf, in->Rn), m = cpu_reg(cpu, in->sf, in->Rm);
    cpu_set_x(cpu, in->Rd, m ? n / m : 0);
    return A64_NEXT;
}

enum a64_result exec_SDIV(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned width = in->sf ? 64 : 32;
    int64_t n = (int64_t)sign_extend(cpu_x(cpu, in->Rn), width);
    int64_t m = (int64_t)sign_extend(cpu_x(cpu, in->Rm), width);
    uint64_t result;
    if (m == 0)
        result = 0;
    else if (m == -1)
        result = -(uint64_t)n; /* wraps for INT64_MIN exactly as RoundTowardsZero's truncation */
    else
        result = (uint64_t)(n / m);
    cpu_set_reg(cpu, in->sf, in->Rd, result);
    return A64_NEXT;
}

/* ---- variable shifts: amount is Rm modulo the data size ---- */

enum a64_result exec_SHIFTV(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned width = in->sf ? 64 : 32;
    unsigned amount = (unsigned)(cpu_x(cpu, in->Rm) & (width - 1));
    cpu_set_x(cpu, in->Rd, shift_reg(cpu_reg(cpu, in->sf, in->Rn), in->shift, amount, width));
    return A64_NEXT;
}

/* ---- CRC32 / CRC32C ---- */

/*
 * The Arm ARM's bit-reversed polynomial division is the standard reflected
 * CRC update without pre/post inversion: feed the low `bytes` bytes of val,
 * least significant first, through the reflected polynomial -- a byte at a
 * time, through a table of what each byte value does to the remainder.
 */
#define CRC32_REFLECTED 0xEDB88320u  /* 0x04C11DB7 bit-reversed */
#define CRC32C_REFLECTED 0x82F63B78u /* 0x1EDC6F41 bit-reversed */

static uint32_t crc_tables[2][256]; /* [C]: CRC32, CRC32C */
static pthread_once_t crc_tables_once = PTHREAD_ONCE_INIT;

static void make_crc_tables(void)
{
    for (unsigned c = 0; c < 2; c++) {
        uint32_t poly = c ? CRC32C_REFLECTED : CRC32_REFLECTED;
        for (uint32_t byte = 0; byte < 256; byte++) {
            uint32_t acc = byte;
            for (int bit = 0; bit < 8; bit++)
                acc = (acc >> 1) ^ (poly & (0u - (acc & 1)));
            crc_tables[c][byte] = acc;
        }
    }
}

const uint32_t *a64_crc32_table(unsigned castagnoli)
{
    pthread_once(&crc_tables_once, make_crc_tables);
    return crc_tables[castagnoli != 0];
}

static uint32_t crc32_update(uint32_t acc, uint64_t val, unsigned bytes, const uint32_t *table)
{
    for (unsigned i = 0; i < bytes; i++)
        acc = table[(acc ^ (uint8_t)(val >> (8 * i))) & 0xff] ^ (acc >> 8);
    return acc;
}

enum a64_result exec_CRC32(struct cpu_state *cpu, const struct a64_insn *in)
{
    /* sz=3 (X) exactly when sf=1. */
    if ((in->sz == 3) != (in->sf == 1))
        return A64_UNDEF;
    uint32_t result =
        crc32_update(cpu_w(cpu, in->Rn), cpu_x(cpu, in->Rm), 1u << in->sz, a64_crc32_table(in->C));
    cpu_set_w(cpu, in->Rd, result);
    return A64_NEXT;
}

/* ---- one source ---- */

static uint64_t reverse_bits64(uint64_t v)
{
    v = ((v >> 1) & 0x5555555555555555ull) | ((v & 0x5555555555555555ull) << 1);
    v = ((v >> 2) & 0x3333333333333333ull) | ((v & 0x3333333333333333ull) << 2);
    v = ((v >> 4) & 0x0f0f0f0f0f0f0f0full) | ((v & 0x0f0f0f0f0f0f0f0full) << 4);
    return __builtin_bswap64(v);
}

enum a64_result exec_RBIT(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t r = reverse_bits64(cpu_x(cpu, in->Rn));
    cpu_set_x(cpu, in->Rd, in->sf ? r : r >> 32);
    return A64_NEXT;
}

enum a64_result exec_REV16(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t v = cpu_reg(cpu, in->sf, in->Rn);
    v = ((v >> 8) & 0x00ff00ff00ff00ffull) | ((v & 0x00ff00ff00ff00ffull) << 8);
    cpu_set_reg(cpu, in->sf, in->Rd, v);
    return A64_NEXT;
}

/* REV32 Xd (sf=1) reverses bytes in each word; with sf=0 this encoding is REV Wd. */
enum a64_result exec_REV32(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t v = cpu_x(cpu, in->Rn);
    uint64_t r = ((uint64_t)__builtin_bswap32((uint32_t)(v >> 32)) << 32) |
                 __builtin_bswap32((uint32_t)v);
    cpu_set_reg(cpu, in->sf, in->Rd, r);
    return A64_NEXT;
}

enum a64_result exec_REV64(struct cpu_state *cpu, const struct a64_insn *in)
{
    cpu_set_x(cpu, in->Rd, __builtin_bswap64(cpu_x(cpu, in->Rn)));
    return A64_NEXT;
}

/* CountLeadingZeroBits of a `width`-bit value. */
static unsigned clz_width(uint64_t v, unsigned width)
{
    return v ? (unsigned)__builtin_clzll(v) - (64 - width) : width;
}

enum a64_result exec_CLZ(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned width = in->sf ? 64 : 32;
    cpu_set_x(cpu, in->Rd, clz_width(cpu_reg(cpu, in->sf, in->Rn), width));
    return A64_NEXT;
}

/* CountLeadingSignBits(x) = CountLeadingZeroBits(x<w-1:1> EOR x<w-2:0>). */
enum a64_result exec_CLS(struct cpu_state *cpu, const struct a64_insn *in)
{
    unsigned width = in->sf ? 64 : 32;
    uint64_t x = cpu_reg(cpu, in->sf, in->Rn);
    uint64_t v = ((x >> 1) ^ x) & ones(width - 1);
    cpu_set_x(cpu, in->Rd, clz_width(v, width - 1));
    return A64_NEXT;
}
