/*
 * Loads and stores of general-purpose and SIMD&FP registers: literal,
 * register pairs, and single registers in every addressing mode (unsigned
 * offset, unscaled, pre/post-index, unprivileged, register offset).
 *
 * All forms share one core: decode (size, opc, V) into a `transfer` once,
 * compute the address, move the bytes through cpu/memory.h, and only then
 * write registers and the base. A fault therefore leaves every register as
 * it was (precise exceptions). Pairs move both halves as one access, which
 * checks both pages before touching either.
 *
 * CONSTRAINED UNPREDICTABLE overlaps get qemu-aarch64's answers (checked by
 * tests/diff/ldst_writeback.c), all of them permitted by the Arm ARM:
 * - writeback with Rn == Rt (or Rt2): a load writes Rt and then the base, so
 *   the base wins; a store stores the register's value from before writeback.
 * - LDP with Rt == Rt2: for general registers Rt2 is written first (the
 *   first element wins), for SIMD&FP registers Rt is (the second wins).
 * A load of a B/H/S/D register zeroes the rest of the 128-bit register.
 */
#include <string.h>

#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/cpu.h"
#include "cpu/memory.h"

enum transfer_kind { XFER_STORE, XFER_LOAD, XFER_LOAD_SIGNED, XFER_PREFETCH };

struct transfer {
    enum transfer_kind kind;
    unsigned bytes;  /* 1..16 */
    unsigned scale;  /* log2(bytes): unsigned-offset and register-offset scaling */
    bool vector;     /* SIMD&FP register */
    bool to64;       /* signed loads: extend to 64 bits (else 32) */
};

/* Single-register forms: (size, V, opc) -> transfer; false for unallocated combinations. */
static bool decode_single(const struct a64_insn *in, struct transfer *t)
{
    unsigned size = in->size, opc = in->opc;
    memset(t, 0, sizeof(*t));
    t->vector = in->V;
    if (in->V) {
        if (opc >= 2) { /* 128-bit Q: size 00 with opc 1x */
            if (size != 0)
                return false;
            t->bytes = 16;
            t->scale = 4;
            t->kind = opc == 3 ? XFER_LOAD : XFER_STORE;
            return true;
        }
        t->bytes = 1u << size;
        t->scale = size;
        t->kind = opc ? XFER_LOAD : XFER_STORE;
        return true;
    }
    t->bytes = 1u << size;
    t->scale = size;
    switch (opc) {
    case 0: t->kind = XFER_STORE; return true;
    case 1: t->kind = XFER_LOAD; return true;
    case 2:
        if (size == 3) {
            t->kind = XFER_PREFETCH;
            return true;
        }
        t->kind = XFER_LOAD_SIGNED;
        t->to64 = true;
        return true;
    default: /* LDRSB/LDRSH to W; nothing for word or doubleword */
        if (size >= 2)
            return false;
        t->kind = XFER_LOAD_SIGNED;
        t->to64 = false;
        return true;
    }
}

/* Performs the access. Registers are written only after the memory access succeeded. */
static bool do_transfer(struct cpu_state *cpu, const struct transfer *t, uint64_t addr,
                        unsigned rt)
{
    switch (t->kind) {
    case XFER_PREFETCH:
        return true;
    case XFER_STORE:
        if (t->vector)
            return mem_write(cpu, addr, cpu->v[rt].b, t->bytes);
        return mem_write_uint(cpu, addr, t->bytes, cpu_x(cpu, rt));
    case XFER_LOAD:
        if (t->vector) {
            vreg value = {{0}};
            if (!mem_read(cpu, addr, value.b, t->bytes))
                return false;
            cpu->v[rt] = value;
            return true;
        } else {
            uint64_t value;
            if (!mem_read_uint(cpu, addr, t->bytes, &value))
                return false;
            cpu_set_x(cpu, rt, value);
            return true;
        }
    case XFER_LOAD_SIGNED: {
        uint64_t value;
        if (!mem_read_uint(cpu, addr, t->bytes, &value))
            return false;
        value = sign_extend(value, t->bytes * 8);
        cpu_set_x(cpu, rt, t->to64 ? value : (uint32_t)value);
        return true;
    }
    }
    return false;
}

/* ---- literal ---- */

static uint64_t literal_address(const struct a64_insn *in)
{
    return in->pc + sign_extend((uint64_t)in->imm19 << 2, 21);
}

enum a64_result exec_LDR_lit(struct cpu_state *cpu, const struct a64_insn *in)
{
    /* opc 00: W, 01: X, 10: LDRSW (11 is the PRFM row). */
    struct transfer t = {.kind = in->opc == 2 ? XFER_LOAD_SIGNED : XFER_LOAD,
                         .bytes = in->opc == 1 ? 8 : 4,
                         .to64 = true};
    return do_transfer(cpu, &t, literal_address(in), in->Rt) ? A64_NEXT : A64_EXCEPTION;
}

enum a64_result exec_LDR_lit_fp(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (in->opc == 3)
        return A64_UNDEF;
    struct transfer t = {.kind = XFER_LOAD, .bytes = 4u << in->opc, .vector = true};
    return do_transfer(cpu, &t, literal_address(in), in->Rt) ? A64_NEXT : A64_EXCEPTION;
}

/* Prefetches are hints: they never fault, whatever the address. */
enum a64_result exec_PRFM(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_NEXT;
}

/* ---- specialised handlers for the hottest forms (chosen at decode time) ---- */

/*
 * Integer loads and stores of 1, 4 and 8 bytes with an immediate offset:
 * what compiled code does most. prepare_* installs these instead of the
 * general handler, so they skip the transfer dispatch entirely.
 */
static enum a64_result load_imm(struct cpu_state *cpu, const struct a64_insn *in, unsigned bytes)
{
    uint64_t value, base;
    if (!mem_base(cpu, in->Rn, &base) || !mem_read_uint(cpu, base + in->imm, bytes, &value))
        return A64_EXCEPTION;
    cpu_set_x(cpu, in->Rt, value);
    return A64_NEXT;
}

static enum a64_result store_imm(struct cpu_state *cpu, const struct a64_insn *in, unsigned bytes)
{
    uint64_t base;
    return mem_base(cpu, in->Rn, &base) && mem_write_uint(cpu, base + in->imm, bytes, cpu_x(cpu, in->Rt))
               ? A64_NEXT
               : A64_EXCEPTION;
}

static enum a64_result exec_LDR_x_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    return load_imm(cpu, in, 8);
}

static enum a64_result exec_LDR_w_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    return load_imm(cpu, in, 4);
}

static enum a64_result exec_LDRB_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    return load_imm(cpu, in, 1);
}

static enum a64_result exec_STR_x_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    return store_imm(cpu, in, 8);
}

static enum a64_result exec_STR_w_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    return store_imm(cpu, in, 4);
}

static enum a64_result exec_STRB_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    return store_imm(cpu, in, 1);
}

/* The specialised handler for an immediate-offset integer transfer, or NULL. */
static a64_exec_fn *specialised_imm(const struct transfer *t)
{
    if (t->vector)
        return 0;
    if (t->kind == XFER_LOAD)
        return t->bytes == 8 ? exec_LDR_x_imm : t->bytes == 4 ? exec_LDR_w_imm
             : t->bytes == 1 ? exec_LDRB_imm : 0;
    if (t->kind == XFER_STORE)
        return t->bytes == 8 ? exec_STR_x_imm : t->bytes == 4 ? exec_STR_w_imm
             : t->bytes == 1 ? exec_STRB_imm : 0;
    return 0;
}

/* ---- single register: decode-time preparation ---- */

/*
 * prepare_* run once per decoded instruction: the transfer goes into aux
 * (kind, bytes, scale, vector | to64 << 1) and the offset into imm, so an
 * execution only forms the address and moves the data.
 */
static bool prepare_transfer(struct a64_insn *in, struct transfer *t)
{
    if (!decode_single(in, t))
        return false;
    in->aux[0] = (uint8_t)t->kind;
    in->aux[1] = (uint8_t)t->bytes;
    in->aux[2] = (uint8_t)t->scale;
    in->aux[3] = (uint8_t)(t->vector | (t->to64 << 1));
    return true;
}

static struct transfer prepared(const struct a64_insn *in)
{
    return (struct transfer){.kind = (enum transfer_kind)in->aux[0],
                             .bytes = in->aux[1],
                             .scale = in->aux[2],
                             .vector = in->aux[3] & 1,
                             .to64 = (in->aux[3] >> 1) & 1};
}

bool prepare_LDST_uimm(struct a64_insn *in)
{
    struct transfer t;
    if (!prepare_transfer(in, &t))
        return false;
    in->imm = (uint64_t)in->imm12 << t.scale;
    a64_exec_fn *fast = specialised_imm(&t);
    if (fast)
        in->exec = fast;
    return true;
}

bool prepare_LDST_unscaled(struct a64_insn *in)
{
    struct transfer t;
    in->imm = sign_extend(in->imm9, 9);
    if (!prepare_transfer(in, &t))
        return false;
    a64_exec_fn *fast = specialised_imm(&t);
    if (fast)
        in->exec = fast;
    return true;
}

/* Writeback forms have no prefetch variant. */
bool prepare_LDST_writeback(struct a64_insn *in)
{
    struct transfer t;
    in->imm = sign_extend(in->imm9, 9);
    return prepare_transfer(in, &t) && t.kind != XFER_PREFETCH;
}

/* LDTR/STTR and friends: no SIMD&FP or prefetch forms. */
bool prepare_LDST_unpriv(struct a64_insn *in)
{
    struct transfer t;
    in->imm = sign_extend(in->imm9, 9);
    return !in->V && prepare_transfer(in, &t) && t.kind != XFER_PREFETCH;
}

/* option<1> = 0 (UXTB/UXTH/SXTB/SXTH) is unallocated for register offsets. */
bool prepare_LDST_reg(struct a64_insn *in)
{
    struct transfer t;
    return (in->option & 2) && prepare_transfer(in, &t);
}

/* ---- single register, immediate offsets ---- */

enum index_mode { INDEX_OFFSET, INDEX_PRE, INDEX_POST };

/* mem_base, but a prefetch (a hint) never takes the SP alignment fault. */
static bool transfer_base(struct cpu_state *cpu, const struct transfer *t, unsigned rn, uint64_t *base)
{
    if (t->kind == XFER_PREFETCH) {
        *base = cpu->x[rn];
        return true;
    }
    return mem_base(cpu, rn, base);
}

static enum a64_result single_imm(struct cpu_state *cpu, const struct a64_insn *in,
                                  enum index_mode mode)
{
    struct transfer t = prepared(in);
    uint64_t base;
    if (!transfer_base(cpu, &t, in->Rn, &base))
        return A64_EXCEPTION;
    uint64_t addr = mode == INDEX_POST ? base : base + in->imm;
    if (!do_transfer(cpu, &t, addr, in->Rt))
        return A64_EXCEPTION;
    if (mode != INDEX_OFFSET)
        cpu_set_xsp(cpu, in->Rn, base + in->imm);
    return A64_NEXT;
}

enum a64_result exec_LDST_uimm(struct cpu_state *cpu, const struct a64_insn *in)
{
    return single_imm(cpu, in, INDEX_OFFSET);
}

enum a64_result exec_LDST_unscaled(struct cpu_state *cpu, const struct a64_insn *in)
{
    return single_imm(cpu, in, INDEX_OFFSET);
}

enum a64_result exec_LDST_pre(struct cpu_state *cpu, const struct a64_insn *in)
{
    return single_imm(cpu, in, INDEX_PRE);
}

enum a64_result exec_LDST_post(struct cpu_state *cpu, const struct a64_insn *in)
{
    return single_imm(cpu, in, INDEX_POST);
}

/*
 * LDTR/STTR: at EL0 ordinary accesses; at EL1 made with EL0's rights (and so
 * not subject to PAN), which is how the kernel touches user memory. The
 * access runs in the EL0 TLB context; a fault is still taken from EL1.
 */
enum a64_result exec_LDST_unpriv(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (cpu->el == 0)
        return single_imm(cpu, in, INDEX_OFFSET);
    bool pan = cpu->pan;
    cpu_set_el_pan(cpu, 0, pan);
    cpu->debug.unprivileged = true;
    enum a64_result r = single_imm(cpu, in, INDEX_OFFSET);
    cpu->debug.unprivileged = false;
    cpu_set_el_pan(cpu, 1, pan);
    return r;
}

/* ---- single register, register offset ---- */

enum a64_result exec_LDST_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    struct transfer t = prepared(in);
    uint64_t offset = cpu_x(cpu, in->Rm);
    switch (in->option) {
    case 2: offset = (uint32_t)offset; break;                  /* UXTW */
    case 6: offset = sign_extend(offset, 32); break;           /* SXTW */
    default: break;                                            /* LSL (UXTX), SXTX */
    }
    offset <<= in->S ? t.scale : 0;
    uint64_t base;
    if (!transfer_base(cpu, &t, in->Rn, &base))
        return A64_EXCEPTION;
    return do_transfer(cpu, &t, base + offset, in->Rt) ? A64_NEXT : A64_EXCEPTION;
}

/* ---- register pairs ---- */

struct pair_transfer {
    unsigned bytes; /* of one register */
    bool vector;
    bool load;
    bool sign; /* LDPSW */
};

static bool decode_pair(const struct a64_insn *in, bool no_allocate, struct pair_transfer *p)
{
    p->vector = in->V;
    p->load = in->L;
    p->sign = false;
    if (in->opc == 3)
        return false;
    if (in->V) {
        p->bytes = 4u << in->opc; /* S, D, Q */
        return true;
    }
    if (in->opc == 1) {
        /* LDPSW; its store slot is STGP (memory tagging), and LDNP has no signed form. */
        if (!in->L || no_allocate)
            return false;
        p->sign = true;
        p->bytes = 4;
        return true;
    }
    p->bytes = in->opc ? 8 : 4;
    return true;
}

static enum a64_result pair(struct cpu_state *cpu, const struct a64_insn *in, enum index_mode mode)
{
    struct pair_transfer p;
    bool no_allocate = ((in->word >> 23) & 3) == 0;
    if (!decode_pair(in, no_allocate, &p))
        return A64_UNDEF;
    int64_t offset = (int64_t)sign_extend(in->imm7, 7) * (int64_t)p.bytes;
    uint64_t base;
    if (!mem_base(cpu, in->Rn, &base))
        return A64_EXCEPTION;
    uint64_t addr = mode == INDEX_POST ? base : base + (uint64_t)offset;
    uint8_t buf[32];
    unsigned n = p.bytes;
    if (p.load) {
        if (!mem_read(cpu, addr, buf, 2 * n))
            return A64_EXCEPTION;
        if (p.vector) {
            vreg first = {{0}}, second = {{0}};
            memcpy(first.b, buf, n);
            memcpy(second.b, buf + n, n);
            cpu->v[in->Rt] = first;
            cpu->v[in->Rt2] = second;
        } else {
            uint64_t first = 0, second = 0;
            memcpy(&first, buf, n);
            memcpy(&second, buf + n, n);
            if (p.sign) {
                first = sign_extend(first, 32);
                second = sign_extend(second, 32);
            }
            cpu_set_x(cpu, in->Rt2, second);
            cpu_set_x(cpu, in->Rt, first);
        }
    } else {
        if (p.vector) {
            memcpy(buf, cpu->v[in->Rt].b, n);
            memcpy(buf + n, cpu->v[in->Rt2].b, n);
        } else {
            uint64_t first = cpu_x(cpu, in->Rt), second = cpu_x(cpu, in->Rt2);
            memcpy(buf, &first, n);
            memcpy(buf + n, &second, n);
        }
        if (!mem_write(cpu, addr, buf, 2 * n))
            return A64_EXCEPTION;
    }
    if (mode != INDEX_OFFSET)
        cpu_set_xsp(cpu, in->Rn, base + (uint64_t)offset);
    return A64_NEXT;
}

enum a64_result exec_LDSTP_off(struct cpu_state *cpu, const struct a64_insn *in)
{
    return pair(cpu, in, INDEX_OFFSET);
}

enum a64_result exec_LDSTP_pre(struct cpu_state *cpu, const struct a64_insn *in)
{
    return pair(cpu, in, INDEX_PRE);
}

enum a64_result exec_LDSTP_post(struct cpu_state *cpu, const struct a64_insn *in)
{
    return pair(cpu, in, INDEX_POST);
}
