/*
 * Native loads and stores (cpu/a64/ldst.c's single-register, pair and
 * literal rows, ldst_exclusive.c's load-acquire and store-release,
 * simd_ldst.c's LD1R and LD1/ST1 of whole registers).
 *
 * Full system: the softmmu TLB's hit path inline: index the TLB, compare
 * the tag of the access's last byte with the entry's (so a page-crossing
 * access misses), add the entry's addend. ferry-user: the access goes
 * straight to guest_base + address (cpu.h) once the address is known to be
 * inside the guest's space; a host fault there comes back as a jump to the
 * cold path (dbt_fault.c). A store pair that crosses a page takes the cold
 * path, so its first half is never stored without its second; a load pair
 * reads both halves before it writes a register, so it need not.
 *
 * Everything else -- a miss, MMIO, a watched page, a misaligned SP base, a
 * fault -- runs the instruction's cold path, where its semantics function
 * does the whole instruction (memory.h's slow paths, the exception).
 * Registers and the base are written only after the access, so a fault
 * leaves them as they were.
 *
 * Register use: the guest address is in c->access_address, the base
 * register's own cache register when there is no offset, else RSI; RAX =
 * TLB index then addend, RDX/RDI/RCX data (a single load goes straight
 * into its register), XMM0 for 16-byte registers.
 */
#include <stddef.h>

#include "cpu/a64/bits.h"
#include "cpu/a64/exec.h"
#include "cpu/dbt/translate.h"
#include "cpu/memory.h"

_Static_assert(sizeof(struct tlb_entry) == 32, "the inline TLB scales its index by 32");

#define ADDR X86_RSI

/* ldst.c's prepared transfer (aux[0..3]): kind, bytes, scale, vector | to64 << 1. */
enum { XFER_STORE, XFER_LOAD, XFER_LOAD_SIGNED, XFER_PREFETCH };

static size_t tlb_offset(size_t member) { return offsetof(struct cpu_state, tlb) + member; }

/* On a hit RAX = addend (host = address + RAX), else to `slow`. */
static void emit_tlb_hit(struct dbt_ctx *c, unsigned bytes, enum tlb_access access,
                         struct x86_label *slow)
{
    struct x86_emitter *e = c->e;
    /*
     * The block's TLB context (it is part of the block's key, so a constant
     * here); LDTR/STTR at EL1 use EL0's, which is 0.
     */
    unsigned context = c->unprivileged ? 0 : c->b->context;
    enum x86_gpr address = c->access_address;
    x86_mov_rr(e, X86_S32, X86_RAX, address);
    x86_shift_ri(e, X86_SHR, X86_S32, X86_RAX, TLB_PAGE_BITS);
    if (context)
        x86_alu_ri(e, X86_ADD, X86_S32, X86_RAX, (int32_t)(context * (TLB_ENTRIES / 2)));
    x86_alu_ri(e, X86_AND, X86_S32, X86_RAX, TLB_ENTRIES - 1);
    x86_shift_ri(e, X86_SHL, X86_S32, X86_RAX, 5);
    x86_lea(e, X86_S64, X86_RDX, x86_mem_base(address, (int32_t)bytes - 1));
    x86_alu_ri(e, X86_AND, X86_S64, X86_RDX, (int32_t)TLB_PAGE_MASK);
    if (context)
        x86_alu_ri(e, X86_OR, X86_S64, X86_RDX, (int32_t)context);
    size_t entries = tlb_offset(offsetof(struct tlb, entries));
    x86_alu_rm(e, X86_CMP, X86_S64, X86_RDX,
               x86_mem_sib(DBT_CPU, X86_RAX, 1, (int32_t)(entries + 8 * access)));
    x86_jcc_label(e, X86_CC_NE, slow);
    x86_mov_rm(e, X86_S64, X86_RAX,
               x86_mem_sib(DBT_CPU, X86_RAX, 1, (int32_t)(entries + offsetof(struct tlb_entry, addend))));
    eflags_clobbered(c);
}

/* The address in the guest's space for `bytes` (store pairs: not crossing a page), else to `slow`. */
static void emit_direct_check(struct dbt_ctx *c, unsigned bytes, bool pair, struct x86_label *slow)
{
    struct x86_emitter *e = c->e;
    enum x86_gpr address = c->access_address;
    /* the first byte inside; the guard after the space catches the rest (TEST+JNE: one fused op) */
    x86_test_mr(e, X86_S64, guest_field(offsetof(struct cpu_state, guest_space_outside)), address);
    x86_jcc_label(e, X86_CC_NE, slow);
    if (pair) {
        x86_lea(e, X86_S32, X86_RAX, x86_mem_base(address, (int32_t)bytes - 1));
        x86_alu_rr(e, X86_XOR, X86_S32, X86_RAX, address);
        x86_shift_ri(e, X86_SHR, X86_S32, X86_RAX, TLB_PAGE_BITS);
        x86_jcc_label(e, X86_CC_NE, slow);
    }
    eflags_clobbered(c);
}

/* The host address of the access: guest_base + address, or after the TLB hit RAX + address. */
static bool direct(const struct dbt_ctx *c) { return c->cpu->guest_base != 0; }

static struct x86_mem host_at(struct dbt_ctx *c, int32_t disp)
{
    if (direct(c)) {
        note_guest_access(c);
        return x86_mem_sib(DBT_GUEST_BASE, c->access_address, 1, disp);
    }
    return x86_mem_sib(X86_RAX, c->access_address, 1, disp);
}

/* Everything between the address in RSI and the access itself. */
static void emit_reach(struct dbt_ctx *c, unsigned bytes, enum tlb_access access, bool pair,
                       struct x86_label *slow)
{
    if (direct(c))
        emit_direct_check(c, bytes, pair, slow);
    else
        emit_tlb_hit(c, bytes, access, slow);
}

static enum x86_size size_of(unsigned bytes)
{
    return bytes == 1 ? X86_S8 : bytes == 2 ? X86_S16 : bytes == 4 ? X86_S32 : X86_S64;
}

/*
 * The access's address is X[n] + offset (c->access_address: X[n]'s own
 * register, or RSI): register 31 is SP, which must be 16-byte aligned to
 * skip the check (memory.h's mem_base, by SCTLR_EL1.SA/SA0) the slow path
 * makes. Returns the register holding X[n] itself.
 */
static enum x86_gpr load_base(struct dbt_ctx *c, unsigned n, int32_t offset, struct x86_label *slow)
{
    enum x86_gpr base = reg_in(c, ADDR, n, true);
    /* ferry-user never sets SA/SA0 (the unit tests may, and retranslate when they do) */
    bool checked = !c->cpu->user_mode || (c->cpu->el1.sctlr & (SCTLR_SA | SCTLR_SA0));
    if (n == 31 && checked) {
        x86_test_ri(c->e, X86_S8, base, 15);
        x86_jcc_label(c->e, X86_CC_NE, slow);
        eflags_clobbered(c);
    }
    c->access_address = base;
    if (offset) {
        x86_lea(c->e, X86_S64, ADDR, x86_mem_base(base, offset));
        c->access_address = ADDR;
    }
    return base;
}

/*
 * A load writing X[n] back over a register it loads (the helper's order:
 * the base wins) must not lose the address first: the new base (the
 * address + *add) goes to RSI before the loaded registers are written, and
 * what is left to add for write_back_base is 0.
 */
static void keep_new_base(struct dbt_ctx *c, int32_t *add)
{
    x86_lea(c->e, X86_S64, ADDR, x86_mem_base(c->access_address, *add));
    c->access_address = ADDR;
    *add = 0;
}

/* Pre- and post-index, after the access: X[n] = the address + `add`. */
static void write_back_base(struct dbt_ctx *c, unsigned n, int32_t add)
{
    enum x86_gpr out = reg_out(c, ADDR, n, true);
    if (out != c->access_address || add)
        x86_lea(c->e, X86_S64, out, x86_mem_base(c->access_address, add));
    reg_out_done(c, n, out, true);
}

/* [host address] = the `bytes` low bytes of X[t] (XZR: zero). */
static void store_int(struct dbt_ctx *c, unsigned t, unsigned bytes, int32_t disp)
{
    enum x86_gpr value = reg_in(c, X86_RDX, t, false);
    x86_mov_mr(c->e, size_of(bytes), host_at(c, disp), value);
}


/* reg = the `bytes` at host_at(c, disp), zero- or sign-extended (to 64 bits, or 32 when !to64). */
static void load_int(struct dbt_ctx *c, enum x86_gpr reg, unsigned bytes, bool sign, bool to64,
                     int32_t disp)
{
    struct x86_emitter *e = c->e;
    if (bytes == 8)
        x86_mov_rm(e, X86_S64, reg, host_at(c, disp));
    else if (!sign && bytes == 4)
        x86_mov_rm(e, X86_S32, reg, host_at(c, disp));
    else if (!sign)
        x86_movzx_rm(e, X86_S32, size_of(bytes), reg, host_at(c, disp));
    else
        x86_movsx_rm(e, to64 ? X86_S64 : X86_S32, size_of(bytes), reg, host_at(c, disp));
}

/* V[n] = the `bytes` (4, 8, 16) at host_at(c, disp), the rest of the register zeroed. */
static void load_vector(struct dbt_ctx *c, unsigned n, unsigned bytes, int32_t disp)
{
    struct x86_emitter *e = c->e;
    if (bytes == 16) {
        x86_movdqu_xm(e, X86_XMM0, host_at(c, disp));
        x86_movdqu_mx(e, vreg_at(n, 0), X86_XMM0);
        return;
    }
    x86_mov_rm(e, size_of(bytes), X86_RDX, host_at(c, disp)); /* 32-bit mov zero-extends */
    x86_mov_mr(e, X86_S64, vreg_at(n, 0), X86_RDX);
    x86_mov_mi(e, X86_S64, vreg_at(n, 8), 0);
}

static void store_vector(struct dbt_ctx *c, unsigned n, unsigned bytes, int32_t disp)
{
    struct x86_emitter *e = c->e;
    if (bytes == 16) {
        x86_movdqu_xm(e, X86_XMM0, vreg_at(n, 0));
        x86_movdqu_mx(e, host_at(c, disp), X86_XMM0);
        return;
    }
    x86_mov_rm(e, size_of(bytes), X86_RDX, vreg_at(n, 0));
    x86_mov_mr(e, size_of(bytes), host_at(c, disp), X86_RDX);
}

/* ---- single register ---- */

enum index_mode { INDEX_OFFSET, INDEX_PRE, INDEX_POST, INDEX_REGISTER };

static bool single_ok(const struct a64_insn *in)
{
    bool vector = in->aux[3] & 1;
    return !vector || in->aux[1] >= 4; /* B and H registers: the helper */
}

static void single(struct dbt_ctx *c, enum index_mode mode)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    unsigned kind = in->aux[0], bytes = in->aux[1], scale = in->aux[2];
    bool vector = in->aux[3] & 1, to64 = (in->aux[3] >> 1) & 1;
    if (kind == XFER_PREFETCH)
        return; /* a hint: never faults */
    struct x86_label *slow = cold_path(c);
    bool offset_first = mode == INDEX_OFFSET || mode == INDEX_PRE;
    bool writeback = mode == INDEX_PRE || mode == INDEX_POST;
    int32_t add = mode == INDEX_POST ? (int32_t)in->imm : 0; /* the new base, from the address */
    enum x86_gpr base =
        load_base(c, in->Rn, offset_first ? (int32_t)in->imm : 0, slow);
    if (mode == INDEX_REGISTER) {
        unsigned shift = in->S ? scale : 0;
        /* UXTW and SXTW take W[m]; LSL and SXTX all of X[m] */
        enum x86_gpr index = reg_in(c, X86_RCX, in->Rm, false);
        if (in->option == 2) {
            x86_mov_rr(e, X86_S32, X86_RCX, index);
            index = X86_RCX;
        } else if (in->option == 6) {
            x86_movsx_rr(e, X86_S64, X86_S32, X86_RCX, index);
            index = X86_RCX;
        }
        if (shift <= 3) {
            x86_lea(e, X86_S64, ADDR, x86_mem_sib(base, index, 1u << shift, 0));
        } else {
            if (index != X86_RCX)
                x86_mov_rr(e, X86_S64, X86_RCX, index);
            x86_shift_ri(e, X86_SHL, X86_S64, X86_RCX, (uint8_t)shift);
            x86_lea(e, X86_S64, ADDR, x86_mem_sib(base, X86_RCX, 1, 0));
        }
        c->access_address = ADDR;
    }
    emit_reach(c, bytes, kind == XFER_STORE ? TLB_WRITE : TLB_READ, false, slow);
    if (kind == XFER_STORE) {
        if (vector)
            store_vector(c, in->Rt, bytes, 0);
        else
            store_int(c, in->Rt, bytes, 0);
    } else if (vector) {
        load_vector(c, in->Rt, bytes, 0);
    } else if (writeback && in->Rt == in->Rn) {
        load_int(c, X86_RDX, bytes, kind == XFER_LOAD_SIGNED, to64, 0);
        keep_new_base(c, &add);
        store_reg(c, in->Rt, X86_RDX, 1);
    } else {
        /* straight into Rt's register: the load is the last fault site, so nothing is lost */
        enum x86_gpr out = reg_out(c, X86_RDX, in->Rt, false);
        load_int(c, out, bytes, kind == XFER_LOAD_SIGNED, to64, 0);
        reg_out_done(c, in->Rt, out, false);
    }
    if (writeback)
        write_back_base(c, in->Rn, add);
    cold_resume_here(c);
}

static void emit_single_offset(struct dbt_ctx *c) { single(c, INDEX_OFFSET); }
static void emit_single_pre(struct dbt_ctx *c) { single(c, INDEX_PRE); }
static void emit_single_post(struct dbt_ctx *c) { single(c, INDEX_POST); }
static void emit_single_register(struct dbt_ctx *c) { single(c, INDEX_REGISTER); }

/*
 * LDTR/STTR (the kernel's user copies): at EL1 the access is checked with
 * EL0's rights, which is the TLB's EL0 context; a miss, a fault or a
 * watchpoint takes the cold path, whose helper switches to EL0 properly.
 */
static void emit_single_unpriv(struct dbt_ctx *c)
{
    c->unprivileged = c->b->el == 1;
    single(c, INDEX_OFFSET);
    c->unprivileged = false;
}

/* ---- pairs ---- */

/* ldst.c's decode_pair: the bytes of one register, 0 for an encoding the helper refuses. */
static unsigned pair_bytes(const struct a64_insn *in, bool *sign)
{
    bool no_allocate = ((in->word >> 23) & 3) == 0;
    *sign = false;
    if (in->opc == 3)
        return 0;
    if (in->V)
        return 4u << in->opc;
    if (in->opc == 1) {
        if (!in->L || no_allocate)
            return 0;
        *sign = true;
        return 4;
    }
    return in->opc ? 8 : 4;
}

static bool pair_ok(const struct a64_insn *in)
{
    bool sign;
    return pair_bytes(in, &sign) != 0;
}

static void pair(struct dbt_ctx *c, enum index_mode mode)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    bool sign;
    unsigned n = pair_bytes(in, &sign);
    int32_t offset = (int32_t)sign_extend(in->imm7, 7) * (int32_t)n;
    int32_t add = mode == INDEX_POST ? offset : 0; /* the new base, from the address */
    struct x86_label *slow = cold_path(c);
    load_base(c, in->Rn, mode != INDEX_POST ? offset : 0, slow);
    emit_reach(c, 2 * n, in->L ? TLB_READ : TLB_WRITE, !in->L, slow);
    if (in->L && in->V && n == 16) {
        x86_movdqu_xm(e, X86_XMM0, host_at(c, 0));
        x86_movdqu_xm(e, X86_XMM1, host_at(c, 16));
        x86_movdqu_mx(e, vreg_at(in->Rt, 0), X86_XMM0);
        x86_movdqu_mx(e, vreg_at(in->Rt2, 0), X86_XMM1); /* Rt == Rt2: the second wins, as ldst.c */
    } else if (in->L && in->V) {
        x86_mov_rm(e, size_of(n), X86_RDX, host_at(c, 0)); /* a 32-bit mov zero-extends */
        x86_mov_rm(e, size_of(n), X86_RDI, host_at(c, (int32_t)n));
        x86_mov_mr(e, X86_S64, vreg_at(in->Rt, 0), X86_RDX);
        x86_mov_mi(e, X86_S64, vreg_at(in->Rt, 8), 0);
        x86_mov_mr(e, X86_S64, vreg_at(in->Rt2, 0), X86_RDI);
        x86_mov_mi(e, X86_S64, vreg_at(in->Rt2, 8), 0);
    } else if (in->L) {
        load_int(c, X86_RDX, n, sign, true, 0);
        load_int(c, X86_RDI, n, sign, true, (int32_t)n);
        if (mode != INDEX_OFFSET && (in->Rt == in->Rn || in->Rt2 == in->Rn))
            keep_new_base(c, &add);
        store_reg(c, in->Rt2, X86_RDI, 1); /* Rt == Rt2: the first wins, as ldst.c */
        store_reg(c, in->Rt, X86_RDX, 1);
    } else if (in->V) {
        store_vector(c, in->Rt, n, 0);
        store_vector(c, in->Rt2, n, (int32_t)n);
    } else {
        store_int(c, in->Rt, n, 0);
        store_int(c, in->Rt2, n, (int32_t)n);
    }
    if (mode != INDEX_OFFSET)
        write_back_base(c, in->Rn, add);
    cold_resume_here(c);
}

static void emit_pair_offset(struct dbt_ctx *c) { pair(c, INDEX_OFFSET); }
static void emit_pair_pre(struct dbt_ctx *c) { pair(c, INDEX_PRE); }
static void emit_pair_post(struct dbt_ctx *c) { pair(c, INDEX_POST); }

/* ---- literal loads: the address is a constant of the instruction ---- */

static uint64_t literal_address(const struct a64_insn *in)
{
    return in->pc + sign_extend((uint64_t)in->imm19 << 2, 21);
}

/* LDR (literal): opc 00 W, 01 X, 10 LDRSW (11 is the PRFM row). */
static void emit_LDR_lit(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    unsigned bytes = in->opc == 1 ? 8 : 4;
    struct x86_label *slow = cold_path(c);
    x86_mov_ri(c->e, X86_S64, ADDR, literal_address(in));
    c->access_address = ADDR;
    emit_reach(c, bytes, TLB_READ, false, slow);
    load_int(c, X86_RDX, bytes, in->opc == 2, true, 0);
    store_reg(c, in->Rt, X86_RDX, 1);
    cold_resume_here(c);
}

static bool literal_fp_ok(const struct a64_insn *in) { return in->opc != 3; }

static void emit_LDR_lit_fp(struct dbt_ctx *c)
{
    const struct a64_insn *in = c->in;
    unsigned bytes = 4u << in->opc;
    struct x86_label *slow = cold_path(c);
    x86_mov_ri(c->e, X86_S64, ADDR, literal_address(in));
    c->access_address = ADDR;
    emit_reach(c, bytes, TLB_READ, false, slow);
    load_vector(c, in->Rt, bytes, 0);
    cold_resume_here(c);
}

/*
 * ---- load-acquire, store-release (ldst_exclusive.c) ----
 * x86 loads are acquires already. The semantics store sequentially
 * consistently, so that an LDAR after an STLR is not hoisted above it
 * (RCsc); on x86 that is XCHG, whose lock orders it. A misaligned address
 * is an alignment fault, raised by the helper on the cold path.
 */
static void acquire_release(struct dbt_ctx *c, bool store)
{
    const struct a64_insn *in = c->in;
    unsigned bytes = 1u << in->size;
    struct x86_label *slow = cold_path(c);
    load_base(c, in->Rn, 0, slow);
    if (bytes > 1) {
        x86_test_ri(c->e, X86_S8, c->access_address, (int32_t)(bytes - 1));
        x86_jcc_label(c->e, X86_CC_NE, slow);
    }
    emit_reach(c, bytes, store ? TLB_WRITE : TLB_READ, false, slow);
    if (store) {
        load_reg(c, X86_RDX, 1, in->Rt);
        x86_xchg_mr(c->e, size_of(bytes), host_at(c, 0), X86_RDX);
    } else {
        load_int(c, X86_RDX, bytes, false, true, 0);
        store_reg(c, in->Rt, X86_RDX, 1);
    }
    cold_resume_here(c);
}

static void emit_LDAR(struct dbt_ctx *c) { acquire_release(c, false); }
static void emit_STLR(struct dbt_ctx *c) { acquire_release(c, true); }

/* ---- DC ZVA: zero the 64-byte block holding the address, as a store (system.c) ---- */

static bool is_dc_zva(const struct a64_insn *in)
{
    return in->op1 == 3 && in->CRn == 7 && in->CRm == 4 && in->op2 == 1;
}

static void emit_DC_ZVA(struct dbt_ctx *c)
{
    struct x86_emitter *e = c->e;
    struct x86_label *slow = cold_path(c);
    load_reg(c, ADDR, 1, c->in->Rt);
    x86_alu_ri(e, X86_AND, X86_S64, ADDR, -64); /* DCZID_EL0's 64-byte blocks */
    c->access_address = ADDR;
    eflags_clobbered(c);
    emit_reach(c, 64, TLB_WRITE, false, slow);
    x86_sse_xx(e, X86_PXOR, X86_XMM0, X86_XMM0);
    for (int32_t i = 0; i < 64; i += 16) /* one page: all four stores fault or none */
        x86_movdqu_mx(e, host_at(c, i), X86_XMM0);
    cold_resume_here(c);
}

/* ---- LD1R: one element, replicated to every lane of V[t] (simd_ldst.c) ---- */

static bool ld1r_ok(const struct a64_insn *in) { return in->L && !in->R && in->opcode == 6 && !in->S; }

/* The post-index form with an immediate (Rm = 31: the base moves by the element's size). */
static bool ld1r_post_ok(const struct a64_insn *in) { return ld1r_ok(in) && in->Rm == 31; }

static void ld1r(struct dbt_ctx *c, bool post)
{
    const struct a64_insn *in = c->in;
    struct x86_emitter *e = c->e;
    unsigned bytes = 1u << in->size;
    /* the element times these copies it into every lane of 64 bits (it is zero-extended) */
    static const uint64_t spread[3] = {0x0101010101010101ull, 0x0001000100010001ull,
                                       0x0000000100000001ull};
    struct x86_label *slow = cold_path(c);
    load_base(c, in->Rn, 0, slow);
    emit_reach(c, bytes, TLB_READ, false, slow);
    load_int(c, X86_RDX, bytes, false, true, 0);
    if (bytes < 8) {
        x86_mov_ri(e, X86_S64, X86_RAX, spread[in->size]);
        x86_imul_rr(e, X86_S64, X86_RDX, X86_RAX);
        eflags_clobbered(c);
    }
    store_vreg_pattern(c, in->Rt, X86_RDX, in->Q);
    if (post)
        write_back_base(c, in->Rn, (int32_t)bytes);
    cold_resume_here(c);
}

static void emit_LD1R(struct dbt_ctx *c) { ld1r(c, false); }
static void emit_LD1R_post(struct dbt_ctx *c) { ld1r(c, true); }

/* ---- LD1/ST1 (multiple structures) of one to four whole registers (simd_ldst.c) ---- */

/* Registers an LD1/ST1 opcode moves: 0111 one, 1010 two, 0110 three, 0010 four; 0: another form. */
static unsigned ld1_registers(const struct a64_insn *in)
{
    switch (in->opcode) {
    case 7: return 1;
    case 10: return 2;
    case 6: return 3;
    case 2: return 4;
    default: return 0;
    }
}

static bool ld1_ok(const struct a64_insn *in) { return ld1_registers(in) != 0; }

/*
 * Post-index by an immediate (Rm = 31: the bytes moved) or by X[m].
 * Little-endian, the element size changes nothing: registers Rt, Rt + 1, ...
 * (mod 32) are the consecutive 8 (Q = 0) or 16 bytes at the address. The
 * whole access stays in one page (emit_reach's pair check, the TLB's tag of
 * the last byte), so the first access faults or none does: only it is a
 * fault site, and a load may write each register as it goes.
 */
static void ld1(struct dbt_ctx *c, bool post)
{
    const struct a64_insn *in = c->in;
    unsigned count = ld1_registers(in), bytes = in->Q ? 16 : 8;
    struct x86_label *slow = cold_path(c);
    load_base(c, in->Rn, 0, slow);
    emit_reach(c, bytes * count, in->L ? TLB_READ : TLB_WRITE, true, slow);
    for (unsigned i = 0; i < count; i++) {
        int32_t disp = (int32_t)(bytes * i);
        unsigned t = (in->Rt + i) % 32;
        if (i && direct(c)) { /* not a fault site: host_at without note_guest_access */
            struct x86_mem at = x86_mem_sib(DBT_GUEST_BASE, c->access_address, 1, disp);
            if (in->L && bytes == 16) {
                x86_movdqu_xm(c->e, X86_XMM0, at);
                x86_movdqu_mx(c->e, vreg_at(t, 0), X86_XMM0);
            } else if (in->L) {
                x86_mov_rm(c->e, X86_S64, X86_RDX, at);
                x86_mov_mr(c->e, X86_S64, vreg_at(t, 0), X86_RDX);
                x86_mov_mi(c->e, X86_S64, vreg_at(t, 8), 0);
            } else if (bytes == 16) {
                x86_movdqu_xm(c->e, X86_XMM0, vreg_at(t, 0));
                x86_movdqu_mx(c->e, at, X86_XMM0);
            } else {
                x86_mov_rm(c->e, X86_S64, X86_RDX, vreg_at(t, 0));
                x86_mov_mr(c->e, X86_S64, at, X86_RDX);
            }
        } else if (in->L) {
            load_vector(c, t, bytes, disp);
        } else {
            store_vector(c, t, bytes, disp);
        }
    }
    if (post && in->Rm == 31) { /* post-index by the bytes moved */
        write_back_base(c, in->Rn, (int32_t)(bytes * count));
    } else if (post) { /* ... by X[m] (read before X[n] is written: Rm may be Rn) */
        enum x86_gpr index = reg_in(c, X86_RCX, in->Rm, false);
        enum x86_gpr out = reg_out(c, ADDR, in->Rn, true);
        x86_lea(c->e, X86_S64, out, x86_mem_sib(c->access_address, index, 1, 0));
        reg_out_done(c, in->Rn, out, true);
    }
    cold_resume_here(c);
}

static void emit_LD1(struct dbt_ctx *c) { ld1(c, false); }
static void emit_LD1_post(struct dbt_ctx *c) { ld1(c, true); }

#define LEAVES (NATIVE_LEAVES | NATIVE_RN_SP) /* every base register may be SP */

const struct native_op native_ldst_ops[] = {
    {exec_LDST_uimm, emit_single_offset, LEAVES, single_ok},
    {exec_LDST_unscaled, emit_single_offset, LEAVES, single_ok},
    {exec_LDST_pre, emit_single_pre, LEAVES, single_ok},
    {exec_LDST_post, emit_single_post, LEAVES, single_ok},
    {exec_LDST_reg, emit_single_register, LEAVES, single_ok},
    {exec_LDST_unpriv, emit_single_unpriv, LEAVES, single_ok},
    {exec_SYS, emit_DC_ZVA, LEAVES, is_dc_zva},
    {exec_LDSTP_off, emit_pair_offset, LEAVES, pair_ok},
    {exec_LDSTP_pre, emit_pair_pre, LEAVES, pair_ok},
    {exec_LDSTP_post, emit_pair_post, LEAVES, pair_ok},
    {exec_LDR_lit, emit_LDR_lit, LEAVES, 0},
    {exec_LDR_lit_fp, emit_LDR_lit_fp, LEAVES, literal_fp_ok},
    {exec_LDAR, emit_LDAR, LEAVES, 0},
    {exec_STLR, emit_STLR, LEAVES, 0},
    {exec_SIMD_LDST_single, emit_LD1R, LEAVES, ld1r_ok},
    {exec_SIMD_LDST_single_post, emit_LD1R_post, LEAVES, ld1r_post_ok},
    {exec_SIMD_LDST_multi, emit_LD1, LEAVES, ld1_ok},
    {exec_SIMD_LDST_multi_post, emit_LD1_post, LEAVES, ld1_ok},
};
const size_t native_ldst_count = sizeof(native_ldst_ops) / sizeof(native_ldst_ops[0]);
