/*
 * x86-64 machine-code emitter: the bottom layer of the dynamic binary
 * translator. Each function appends one x86-64 instruction to a
 * caller-supplied buffer, encoded by the rules of the Intel SDM volume 2
 * (chapter 2, "Instruction Format") and the AMD64 APM volume 3: legacy
 * prefixes, REX, opcode, ModRM, SIB, displacement, immediate.
 *
 *     uint8_t code[256];
 *     struct x86_emitter e;
 *     x86_emitter_init(&e, code, sizeof(code));
 *     struct x86_label done = x86_label();
 *     x86_mov_rm(&e, X86_S64, X86_RAX, x86_mem_base(X86_RBX, 0x10)); // mov rax, [rbx + 0x10]
 *     x86_test_rr(&e, X86_S64, X86_RAX, X86_RAX);
 *     x86_jcc_label(&e, X86_CC_E, &done);                             // je done (rel32, patched)
 *     x86_alu_ri(&e, X86_ADD, X86_S64, X86_RAX, 1);                   // add rax, 1 (imm8 form)
 *     x86_bind(&e, &done);
 *     x86_ret(&e);
 *     if (e.overflow) { flush the code cache, translate again }
 *
 * Invariants:
 * - Nothing is ever written at or past buf + size. When an instruction does
 *   not fit, `overflow` is set, the bytes that did fit stay (the block is to
 *   be thrown away) and every later call is a no-op. Check `overflow` once,
 *   after the block, never per instruction.
 * - Every form is encoded in its shortest correct encoding: disp8 over
 *   disp32, sign-extended imm8 over imm16/32, the accumulator short forms
 *   (add eax, imm32; test al, imm8; xchg rax, r64), and for mov r64, imm the
 *   shortest of mov r32, imm32 (zero-extends), mov r/m64, imm32
 *   (sign-extends) and movabs r64, imm64. None of these choices changes
 *   which flags an instruction writes: mov r, 0 stays a mov (xor would
 *   clobber the flags the translator keeps live).
 * - Register numbers are the hardware numbers (RAX = 0 ... R15 = 15, XMM0 =
 *   0 ... XMM15 = 15). As 8-bit registers, 4-7 are SPL, BPL, SIL and DIL
 *   (a REX prefix is emitted to say so); AH, CH, DH and BH are never used.
 * - The emitter does not check CPU features. Forms that need more than the
 *   x86-64 baseline (SSE2) say so next to them: POPCNT, PSHUFB (SSSE3),
 *   PCMPEQQ and ROUNDSD/ROUNDSS (SSE4.1) are x86-64-v2; LZCNT (ABM) and TZCNT (BMI1) are only
 *   x86-64-v3. The caller must test CPUID before emitting them; on a CPU
 *   without LZCNT/TZCNT the bytes silently decode as BSR/BSF.
 * - Passing an impossible operand (RSP as an index, a scale of 3, an
 *   8-bit BSWAP ...) is a translator bug: it trips an assert().
 *
 * Naming: x86_<mnemonic>_<operands>, where the operand letters are r
 * (general register), m (memory, a struct x86_mem), i (immediate), x (XMM
 * register) and cl (the CL register as shift count), destination first as
 * in Intel syntax. Families that share an opcode group take the operation
 * as an enum whose values are the ModRM.reg digit or opcode row from the
 * manual (enum x86_alu_op, enum x86_shift_op, enum x86_grp3_op).
 */
#ifndef FERRY_CPU_DBT_X86_EMIT_H
#define FERRY_CPU_DBT_X86_EMIT_H

#if defined(FERRY_LAYER_A64) || defined(FERRY_LAYER_EXEC)
#error "only cpu/dbt and above include cpu/dbt (DESIGN.md: dbt -> exec -> a64)"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- Buffer ---- */

struct x86_emitter {
    uint8_t *buf;
    size_t size, pos; /* bytes available, bytes written */
    bool overflow;    /* an instruction did not fit: discard the output */
    /*
     * Where the code will run minus where it is written (0 unless set after
     * x86_emitter_init): a code cache mapped twice, writable at one address
     * and executable at another. Displacements to absolute targets are
     * worked out from the running address.
     */
    intptr_t run_offset;
};

/* Starts writing at buf. size is capped at 2 GiB - 1 (label fixups store positions in 32 bits). */
void x86_emitter_init(struct x86_emitter *e, void *buf, size_t size);

/* Address the next instruction will be written at. */
static inline uint8_t *x86_here(const struct x86_emitter *e) { return e->buf + e->pos; }

/* Address the next instruction will run at. */
static inline uintptr_t x86_run_here(const struct x86_emitter *e)
{
    return (uintptr_t)(e->buf + e->pos) + (uintptr_t)e->run_offset;
}

/* Appends raw bytes (data in the code stream, a hand-encoded instruction). */
void x86_emit_bytes(struct x86_emitter *e, const void *bytes, size_t n);

/* ---- Operands ---- */

/* General-purpose registers. (Not "enum x86_reg": Capstone's x86.h owns that name.) */
enum x86_gpr {
    X86_RAX = 0,
    X86_RCX = 1,
    X86_RDX = 2,
    X86_RBX = 3,
    X86_RSP = 4,
    X86_RBP = 5,
    X86_RSI = 6,
    X86_RDI = 7,
    X86_R8 = 8,
    X86_R9 = 9,
    X86_R10 = 10,
    X86_R11 = 11,
    X86_R12 = 12,
    X86_R13 = 13,
    X86_R14 = 14,
    X86_R15 = 15,
};

enum x86_xmm {
    X86_XMM0 = 0,
    X86_XMM1,
    X86_XMM2,
    X86_XMM3,
    X86_XMM4,
    X86_XMM5,
    X86_XMM6,
    X86_XMM7,
    X86_XMM8,
    X86_XMM9,
    X86_XMM10,
    X86_XMM11,
    X86_XMM12,
    X86_XMM13,
    X86_XMM14,
    X86_XMM15,
};

/* Operand size in bits: 16 adds the 0x66 prefix, 64 sets REX.W, 8 picks the byte opcode. */
enum x86_size { X86_S8 = 8, X86_S16 = 16, X86_S32 = 32, X86_S64 = 64 };

/*
 * Condition codes, numbered as the low nibble of Jcc/SETcc/CMOVcc (SDM
 * volume 1 appendix B). Inverting a condition flips bit 0.
 */
enum x86_cond {
    X86_CC_O = 0,   /* OF = 1 */
    X86_CC_NO = 1,  /* OF = 0 */
    X86_CC_B = 2,   /* CF = 1: unsigned below, "carry" */
    X86_CC_AE = 3,  /* CF = 0: unsigned above or equal */
    X86_CC_E = 4,   /* ZF = 1 */
    X86_CC_NE = 5,  /* ZF = 0 */
    X86_CC_BE = 6,  /* CF = 1 or ZF = 1 */
    X86_CC_A = 7,   /* CF = 0 and ZF = 0 */
    X86_CC_S = 8,   /* SF = 1 */
    X86_CC_NS = 9,  /* SF = 0 */
    X86_CC_P = 10,  /* PF = 1 */
    X86_CC_NP = 11, /* PF = 0 */
    X86_CC_L = 12,  /* SF != OF */
    X86_CC_GE = 13, /* SF = OF */
    X86_CC_LE = 14, /* ZF = 1 or SF != OF */
    X86_CC_G = 15,  /* ZF = 0 and SF = OF */
};

static inline enum x86_cond x86_cond_invert(enum x86_cond cc) { return (enum x86_cond)(cc ^ 1); }

/*
 * A memory operand. Build it with the x86_mem_* constructors below; a
 * zero-initialised struct with .base and .disp set is [base + disp].
 *
 * X86_ADDR_BASE      [base + index*scale + disp]  (index only when has_index)
 * X86_ADDR_NO_BASE   [index*scale + disp32] or [disp32] (absolute, sign-extended)
 * X86_ADDR_RIP       [rip + disp32], disp relative to the end of the instruction
 * X86_ADDR_RIP_TARGET  [rip + disp32] reaching `target`; the emitter works
 *                    out disp32 from where the instruction ends (it must be
 *                    within ±2 GiB: check x86_rip_reachable first)
 */
enum x86_addr_mode { X86_ADDR_BASE = 0, X86_ADDR_NO_BASE, X86_ADDR_RIP, X86_ADDR_RIP_TARGET };

struct x86_mem {
    enum x86_addr_mode mode;
    enum x86_gpr base;
    enum x86_gpr index; /* any register but RSP */
    bool has_index;
    uint8_t scale; /* 1, 2, 4 or 8; 0 reads as 1 */
    int32_t disp;
    const void *target;
};

static inline struct x86_mem x86_mem_base(enum x86_gpr base, int32_t disp)
{
    return (struct x86_mem){.mode = X86_ADDR_BASE, .base = base, .disp = disp};
}

static inline struct x86_mem x86_mem_sib(enum x86_gpr base, enum x86_gpr index, unsigned scale,
                                         int32_t disp)
{
    return (struct x86_mem){.mode = X86_ADDR_BASE, .base = base, .index = index,
                            .has_index = true, .scale = (uint8_t)scale, .disp = disp};
}

/* [index*scale + disp32]: no base register. */
static inline struct x86_mem x86_mem_index(enum x86_gpr index, unsigned scale, int32_t disp)
{
    return (struct x86_mem){.mode = X86_ADDR_NO_BASE, .index = index, .has_index = true,
                            .scale = (uint8_t)scale, .disp = disp};
}

/* [disp32]: an absolute address in the low or high 2 GiB. */
static inline struct x86_mem x86_mem_abs(int32_t addr)
{
    return (struct x86_mem){.mode = X86_ADDR_NO_BASE, .disp = addr};
}

static inline struct x86_mem x86_mem_rip(int32_t disp)
{
    return (struct x86_mem){.mode = X86_ADDR_RIP, .disp = disp};
}

static inline struct x86_mem x86_mem_rip_to(const void *target)
{
    return (struct x86_mem){.mode = X86_ADDR_RIP_TARGET, .target = target};
}

/* Whether an instruction emitted next can reach target RIP-relatively or with a rel32. */
bool x86_rip_reachable(const struct x86_emitter *e, const void *target);

/* ---- Labels, jumps and patching ---- */

/*
 * A position in the code, possibly not yet known. Jumps to an unbound
 * label are emitted with rel32 fields that x86_bind fills in; the pending
 * fields form a chain through the fields themselves, so a label holds any
 * number of them without allocating. Jumps to a bound label (backward) take
 * the shortest form. A label belongs to one emitter pass: after an overflow
 * and retry, make fresh labels.
 */
struct x86_label {
    size_t pos;     /* offset in buf once bound */
    uint32_t chain; /* 1 + offset of the last pending rel32 field, 0 if none */
    bool bound;
};

static inline struct x86_label x86_label(void) { return (struct x86_label){0, 0, false}; }

/* Binds l to the current position and patches every jump already aimed at it. */
void x86_bind(struct x86_emitter *e, struct x86_label *l);

void x86_jmp_label(struct x86_emitter *e, struct x86_label *l);
void x86_jcc_label(struct x86_emitter *e, enum x86_cond cc, struct x86_label *l);
/* lea dst, [rip + label]: a code address (a return point, a constant after the block). */
void x86_lea_label(struct x86_emitter *e, enum x86_gpr dst, struct x86_label *l);

/*
 * Relative branches with explicit displacements (relative to the end of the
 * instruction, as the manual defines rel8/rel32). The rel32 forms return the
 * address of their rel32 field (NULL after an overflow) so the translator can
 * retarget them later with x86_patch_rel32: block chaining.
 */
void x86_jmp_rel8(struct x86_emitter *e, int8_t rel);                      /* EB cb */
uint8_t *x86_jmp_rel32(struct x86_emitter *e, int32_t rel);                /* E9 cd */
void x86_jcc_rel8(struct x86_emitter *e, enum x86_cond cc, int8_t rel);    /* 70+cc cb */
uint8_t *x86_jcc_rel32(struct x86_emitter *e, enum x86_cond cc, int32_t rel); /* 0F 80+cc cd */
uint8_t *x86_call_rel32(struct x86_emitter *e, int32_t rel);               /* E8 cd */

/*
 * Branches to an absolute host address: jmp/jcc pick rel8 when it reaches.
 * They return false and emit nothing when the target is beyond ±2 GiB (the
 * caller then goes through a register: mov r11, imm64; call r11).
 */
bool x86_jmp_to(struct x86_emitter *e, const void *target);
bool x86_jcc_to(struct x86_emitter *e, enum x86_cond cc, const void *target);
bool x86_call_to(struct x86_emitter *e, const void *target);

/*
 * Points the rel32 field at `field` (the last 4 bytes of a jmp/jcc/call) at
 * target. Returns false, leaving the field alone, when target is out of
 * rel32 range. A 4-byte aligned field is written with one atomic store, so
 * a thread running the jump meanwhile sees the old or the new target (align
 * the field, e.g. with padding before the jump, when blocks are patched
 * while other threads run them).
 */
bool x86_patch_rel32(uint8_t *field, const uint8_t *target);
/* The same for code mapped twice: field written at `field`, running at field + run_offset. */
bool x86_patch_rel32_run(uint8_t *field, intptr_t run_offset, const uint8_t *target);

void x86_jmp_r(struct x86_emitter *e, enum x86_gpr target);         /* FF /4 */
void x86_jmp_m(struct x86_emitter *e, struct x86_mem target);       /* FF /4 */
void x86_call_r(struct x86_emitter *e, enum x86_gpr target);        /* FF /2 */
void x86_call_m(struct x86_emitter *e, struct x86_mem target);      /* FF /2 */
void x86_ret(struct x86_emitter *e);                                /* C3 */

/* n bytes of padding in the fewest recommended NOPs (90, 66 90, 0F 1F /0 ...). */
void x86_nop(struct x86_emitter *e, size_t n);

/* ---- Moves ---- */

void x86_mov_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src);
/* imm is truncated to s bits; for X86_S64 the shortest of the three forms (see the top). */
void x86_mov_ri(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, uint64_t imm);
void x86_mov_rm(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, struct x86_mem src);
void x86_mov_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem dst, enum x86_gpr src);
/* imm is truncated to 8/16 bits, or sign-extended from 32 bits for X86_S64. */
void x86_mov_mi(struct x86_emitter *e, enum x86_size s, struct x86_mem dst, int32_t imm);

/*
 * MOVZX/MOVSX: dst of size ds (16/32/64) from src of size ss (8/16, and
 * for movsx 32 with ds 64: MOVSXD). Zero-extending 32 to 64 bits is plain
 * x86_mov_rr at X86_S32.
 */
void x86_movzx_rr(struct x86_emitter *e, enum x86_size ds, enum x86_size ss, enum x86_gpr dst,
                  enum x86_gpr src);
void x86_movzx_rm(struct x86_emitter *e, enum x86_size ds, enum x86_size ss, enum x86_gpr dst,
                  struct x86_mem src);
void x86_movsx_rr(struct x86_emitter *e, enum x86_size ds, enum x86_size ss, enum x86_gpr dst,
                  enum x86_gpr src);
void x86_movsx_rm(struct x86_emitter *e, enum x86_size ds, enum x86_size ss, enum x86_gpr dst,
                  struct x86_mem src);

/* LEA (8D /r), s 16/32/64. */
void x86_lea(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, struct x86_mem src);

/* ---- Integer arithmetic ---- */

/* Immediate group 1 (80/81/83 /digit); the value is also the opcode row (ADD 00-05 ... CMP 38-3D). */
enum x86_alu_op {
    X86_ADD = 0,
    X86_OR = 1,
    X86_ADC = 2,
    X86_SBB = 3,
    X86_AND = 4,
    X86_SUB = 5,
    X86_XOR = 6,
    X86_CMP = 7,
};

void x86_alu_rr(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, enum x86_gpr dst,
                enum x86_gpr src);
/*
 * imm as the instruction sees it: truncated to 8/16 bits, or 32 bits
 * sign-extended to 64. The imm8 form is used when the value survives
 * sign extension from 8 bits (add rax, 127 / add rax, -128).
 */
void x86_alu_ri(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, enum x86_gpr dst,
                int32_t imm);
void x86_alu_rm(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, enum x86_gpr dst,
                struct x86_mem src);
void x86_alu_mr(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, struct x86_mem dst,
                enum x86_gpr src);
void x86_alu_mi(struct x86_emitter *e, enum x86_alu_op op, enum x86_size s, struct x86_mem dst,
                int32_t imm);

/* TEST (84/85, A8/A9, F6/F7 /0): there is no imm8 form, only the accumulator one. */
void x86_test_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr a, enum x86_gpr b);
void x86_test_ri(struct x86_emitter *e, enum x86_size s, enum x86_gpr a, int32_t imm);
void x86_test_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem a, enum x86_gpr b);
void x86_test_mi(struct x86_emitter *e, enum x86_size s, struct x86_mem a, int32_t imm);

/*
 * Unary group 3 (F6/F7 /digit). MUL/IMUL multiply the accumulator into
 * RDX:RAX (AX for bytes); DIV/IDIV divide RDX:RAX (AX) leaving quotient and
 * remainder in RAX/RDX (AL/AH). Division by zero or overflow raises #DE: the
 * translator must rule both out before emitting DIV/IDIV.
 */
enum x86_grp3_op {
    X86_NOT = 2,
    X86_NEG = 3,
    X86_MUL = 4,
    X86_IMUL = 5,
    X86_DIV = 6,
    X86_IDIV = 7,
};

void x86_grp3_r(struct x86_emitter *e, enum x86_grp3_op op, enum x86_size s, enum x86_gpr r);
void x86_grp3_m(struct x86_emitter *e, enum x86_grp3_op op, enum x86_size s, struct x86_mem m);

/* IMUL r, r/m (0F AF /r) and r, r/m, imm (6B /r ib, 69 /r iw/id); s 16/32/64. */
void x86_imul_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src);
void x86_imul_rm(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, struct x86_mem src);
void x86_imul_rri(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src,
                  int32_t imm);

/* CDQ (99): EDX = sign of EAX; CQO (REX.W 99): RDX = sign of RAX. The setup for IDIV. */
void x86_cdq(struct x86_emitter *e);
void x86_cqo(struct x86_emitter *e);

/*
 * Flag registers and fences: LAHF (9F) AH = SF:ZF:0:AF:0:PF:1:CF, SAHF (9E)
 * loads SF ZF AF PF CF from AH (OF untouched), CMC (F5) complements CF, STC
 * (F9) sets it, MFENCE (0F AE F0) orders all earlier loads and stores.
 */
void x86_lahf(struct x86_emitter *e);
void x86_sahf(struct x86_emitter *e);
void x86_cmc(struct x86_emitter *e);
void x86_stc(struct x86_emitter *e);
void x86_mfence(struct x86_emitter *e);

/* ---- Shifts and rotates ---- */

/* Shift group 2 (C0/C1, D0/D1, D2/D3 /digit). */
enum x86_shift_op {
    X86_ROL = 0,
    X86_ROR = 1,
    X86_RCL = 2,
    X86_RCR = 3,
    X86_SHL = 4,
    X86_SHR = 5,
    X86_SAR = 7,
};

/* By an immediate count (the D0/D1 "by 1" form when count is 1). */
void x86_shift_ri(struct x86_emitter *e, enum x86_shift_op op, enum x86_size s, enum x86_gpr r,
                  uint8_t count);
void x86_shift_mi(struct x86_emitter *e, enum x86_shift_op op, enum x86_size s, struct x86_mem m,
                  uint8_t count);
/* By CL. */
void x86_shift_rcl(struct x86_emitter *e, enum x86_shift_op op, enum x86_size s, enum x86_gpr r);
void x86_shift_mcl(struct x86_emitter *e, enum x86_shift_op op, enum x86_size s, struct x86_mem m);

/* SHLD/SHRD dst, src, imm8|CL (0F A4/A5, 0F AC/AD); s 16/32/64. */
void x86_shld_rri(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src,
                  uint8_t count);
void x86_shld_rrcl(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src);
void x86_shrd_rri(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src,
                  uint8_t count);
void x86_shrd_rrcl(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src);

/* ---- Bit operations ---- */

/* Bit scans and counts, dst from src, s 16/32/64. */
enum x86_bitscan_op {
    X86_BSF,    /* 0F BC: src 0 sets ZF and leaves dst undefined (Intel), unchanged (AMD) */
    X86_BSR,    /* 0F BD: likewise */
    X86_TZCNT,  /* F3 0F BC: needs CPUID.(EAX=07H,ECX=0):EBX.BMI1[bit 3] */
    X86_LZCNT,  /* F3 0F BD: needs CPUID.80000001H:ECX.LZCNT[bit 5] */
    X86_POPCNT, /* F3 0F B8: needs CPUID.01H:ECX.POPCNT[bit 23] */
};

void x86_bitscan_rr(struct x86_emitter *e, enum x86_bitscan_op op, enum x86_size s,
                    enum x86_gpr dst, enum x86_gpr src);
void x86_bitscan_rm(struct x86_emitter *e, enum x86_bitscan_op op, enum x86_size s,
                    enum x86_gpr dst, struct x86_mem src);

/* BSWAP (0F C8+rd), s 32/64. */
void x86_bswap(struct x86_emitter *e, enum x86_size s, enum x86_gpr r);

/*
 * CRC32 r32, r/m of src size s (F2 0F 38 F0/F1; REX.W for 64 bits, where
 * dst is named as a 64-bit register but only its low 32 bits carry the
 * remainder): the reflected CRC-32C update, no inversions. Needs SSE4.2,
 * CPUID.01H:ECX[bit 20].
 */
void x86_crc32_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src);

/* ---- Conditions ---- */

/* SETcc r/m8 (0F 90+cc /0). */
void x86_setcc_r(struct x86_emitter *e, enum x86_cond cc, enum x86_gpr dst);
void x86_setcc_m(struct x86_emitter *e, enum x86_cond cc, struct x86_mem dst);
/* CMOVcc r, r/m (0F 40+cc /r), s 16/32/64. At s 32 dst is zero-extended even when cc is false. */
void x86_cmov_rr(struct x86_emitter *e, enum x86_cond cc, enum x86_size s, enum x86_gpr dst,
                 enum x86_gpr src);
void x86_cmov_rm(struct x86_emitter *e, enum x86_cond cc, enum x86_size s, enum x86_gpr dst,
                 struct x86_mem src);

/* ---- Stack ---- */

void x86_push_r(struct x86_emitter *e, enum x86_gpr r);          /* 50+r */
void x86_pop_r(struct x86_emitter *e, enum x86_gpr r);           /* 58+r */
void x86_push_m(struct x86_emitter *e, struct x86_mem m);        /* FF /6 */
void x86_pop_m(struct x86_emitter *e, struct x86_mem m);         /* 8F /0 */
void x86_push_i(struct x86_emitter *e, int32_t imm);             /* 6A ib, 68 id (sign-extended) */

/* ---- Exchange and atomics ---- */

/* XCHG (86/87 /r, 90+r with the accumulator). With memory it is locked implicitly. */
void x86_xchg_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr a, enum x86_gpr b);
void x86_xchg_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem a, enum x86_gpr b);

/* LOCK prefix (F0) for the next instruction: cmpxchg, xadd, alu_mr/mi, grp3_m NOT/NEG. */
void x86_lock(struct x86_emitter *e);
/* CMPXCHG m, r (0F B0/B1): compares the accumulator with m. Emit x86_lock first for atomicity. */
void x86_cmpxchg_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem m, enum x86_gpr r);
/* CMPXCHG16B m128 (REX.W 0F C7 /1): RDX:RAX vs m, RCX:RBX stored; m 16-byte aligned. */
void x86_cmpxchg16b_m(struct x86_emitter *e, struct x86_mem m);
/* XADD m, r / r, r (0F C0/C1). */
void x86_xadd_mr(struct x86_emitter *e, enum x86_size s, struct x86_mem m, enum x86_gpr r);
void x86_xadd_rr(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_gpr src);

/* ---- SSE (x86_emit_sse.c) ---- */

/* MOVD/MOVQ between a general register and the low lane of an XMM register; s 32 or 64. */
void x86_movd_xr(struct x86_emitter *e, enum x86_size s, enum x86_xmm dst, enum x86_gpr src);
void x86_movd_rx(struct x86_emitter *e, enum x86_size s, enum x86_gpr dst, enum x86_xmm src);
/* MOVD xmm, m32 / m32, xmm: the upper 96 bits of dst are zeroed on a load. */
void x86_movd_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src);
void x86_movd_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src);
/* MOVQ xmm, xmm/m64 (F3 0F 7E) zeroing the upper 64 bits; MOVQ m64, xmm (66 0F D6). */
void x86_movq_xx(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src);
void x86_movq_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src);
void x86_movq_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src);

/* 128-bit moves. MOVDQA needs a 16-byte aligned address; MOVDQU and MOVUPS do not. */
void x86_movdqu_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src); /* F3 0F 6F */
void x86_movdqu_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src); /* F3 0F 7F */
void x86_movdqa_xx(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src);   /* 66 0F 6F */
void x86_movdqa_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src); /* 66 0F 6F */
void x86_movdqa_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src); /* 66 0F 7F */
void x86_movups_xm(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src); /* 0F 10 */
void x86_movups_mx(struct x86_emitter *e, struct x86_mem dst, enum x86_xmm src); /* 0F 11 */

/*
 * Packed-integer operations dst = dst OP src. All SSE2 except where noted.
 * A memory source must be 16-byte aligned (legacy SSE encoding).
 */
enum x86_sse_op {
    X86_PAND,    /* 66 0F DB */
    X86_PANDN,   /* 66 0F DF: dst = ~dst & src */
    X86_POR,     /* 66 0F EB */
    X86_PXOR,    /* 66 0F EF */
    X86_PADDB,   /* 66 0F FC */
    X86_PADDW,   /* 66 0F FD */
    X86_PADDD,   /* 66 0F FE */
    X86_PADDQ,   /* 66 0F D4 */
    X86_PSUBB,   /* 66 0F F8 */
    X86_PSUBW,   /* 66 0F F9 */
    X86_PSUBD,   /* 66 0F FA */
    X86_PSUBQ,   /* 66 0F FB */
    X86_PCMPEQB, /* 66 0F 74 */
    X86_PCMPEQW, /* 66 0F 75 */
    X86_PCMPEQD, /* 66 0F 76 */
    X86_PCMPEQQ, /* 66 0F 38 29: SSE4.1, CPUID.01H:ECX[bit 19] */
    X86_PSHUFB,  /* 66 0F 38 00: SSSE3, CPUID.01H:ECX[bit 9] */
    /* scalar floating point on the low lane: double (F2) and single (F3) */
    X86_MULSD, /* F2 0F 59 */
    X86_DIVSD, /* F2 0F 5E */
    X86_ADDSD, /* F2 0F 58 */
    X86_SUBSD, /* F2 0F 5C */
    X86_MULSS, /* F3 0F 59 */
    X86_DIVSS, /* F3 0F 5E */
    X86_ADDSS, /* F3 0F 58 */
    X86_SUBSS, /* F3 0F 5C */
    /* packed floating point: double (66) and single (no prefix) */
    X86_MULPD, /* 66 0F 59 */
    X86_DIVPD, /* 66 0F 5E */
    X86_ADDPD, /* 66 0F 58 */
    X86_SUBPD, /* 66 0F 5C */
    X86_MULPS, /* 0F 59 */
    X86_DIVPS, /* 0F 5E */
    X86_ADDPS, /* 0F 58 */
    X86_SUBPS, /* 0F 5C */
    /* unordered compares of the low lane, into ZF, PF, CF (OF, SF, AF cleared) */
    X86_UCOMISD, /* 66 0F 2E */
    X86_UCOMISS, /* 0F 2E */
    /* square roots and precision changes; rounded by MXCSR.RC */
    X86_SQRTSD,   /* F2 0F 51 */
    X86_SQRTSS,   /* F3 0F 51 */
    X86_SQRTPD,   /* 66 0F 51 */
    X86_SQRTPS,   /* 0F 51 */
    X86_CVTSD2SS, /* F2 0F 5A: the low double to the low single */
    X86_CVTSS2SD, /* F3 0F 5A: the low single to the low double */
    /* AES-NI, CPUID.01H:ECX[bit 25] (cpu/host_isa.h): one round of the state dst, key src */
    X86_AESENC,     /* 66 0F 38 DC: ShiftRows, SubBytes, MixColumns, XOR key */
    X86_AESENCLAST, /* 66 0F 38 DD: ShiftRows, SubBytes, XOR key */
    X86_AESDEC,     /* 66 0F 38 DE: InvShiftRows, InvSubBytes, InvMixColumns, XOR key */
    X86_AESDECLAST, /* 66 0F 38 DF: InvShiftRows, InvSubBytes, XOR key */
    X86_AESIMC,     /* 66 0F 38 DB: dst = InvMixColumns(src) */
    /* SHA-NI, CPUID.(EAX=07H,ECX=0):EBX[bit 29] (cpu/host_isa.h); no prefix */
    X86_SHA256RNDS2, /* 0F 38 CB: two rounds, dst = CDGH -> new ABEF, src = ABEF, XMM0 = WK */
    X86_SHA256MSG1,  /* 0F 38 CC: W[i] + sigma0(W[i + 1]) */
    X86_SHA256MSG2,  /* 0F 38 CD: the last step of W[i + 16] */
    X86_SHA1MSG2,    /* 0F 38 CA: the last step of W[i + 16] (SHA-1) */
    /* quadword interleaves (SSE2) */
    X86_PUNPCKLQDQ, /* 66 0F 6C: dst = dst.lo : src.lo (src in the high quadword) */
    X86_PUNPCKHQDQ, /* 66 0F 6D: dst = dst.hi : src.hi */
    X86_PADDUSB,    /* 66 0F DC: bytes added, saturating at 255 */
};

void x86_sse_xx(struct x86_emitter *e, enum x86_sse_op op, enum x86_xmm dst, enum x86_xmm src);
void x86_sse_xm(struct x86_emitter *e, enum x86_sse_op op, enum x86_xmm dst, struct x86_mem src);

/*
 * CVTSI2SD / CVTSI2SS xmm, r32/r64 (F2 / F3 [REX.W] 0F 2A): the low lane of
 * dst (double when `dbl`) from the signed integer in src, rounded by
 * MXCSR.RC; the other lanes are kept. s is the integer's size, 32 or 64.
 */
void x86_cvtsi2fp_xr(struct x86_emitter *e, bool dbl, enum x86_size s, enum x86_xmm dst,
                     enum x86_gpr src);
/*
 * CVTSD2SI / CVTSS2SI (F2 / F3 [REX.W] 0F 2D, rounded by MXCSR.RC) and,
 * with `truncate`, CVTTSD2SI / CVTTSS2SI (0F 2C, toward zero): the low lane
 * of src to a signed integer of size s (32 or 64). A NaN or a value out of
 * range gives the "integer indefinite", only the sign bit set.
 */
void x86_cvtfp2si_rx(struct x86_emitter *e, bool dbl, bool truncate, enum x86_size s,
                     enum x86_gpr dst, enum x86_xmm src);
/*
 * ROUNDSD / ROUNDSS xmm, xmm, imm8 (66 0F 3A 0B / 0A ib, SSE4.1,
 * CPUID.01H:ECX[bit 19]): the low lane rounded to an integral value. mode
 * bits 1:0 nearest-even, down, up, toward zero; bit 2 use MXCSR.RC instead;
 * bit 3 raise no precision exception.
 */
void x86_round_xxi(struct x86_emitter *e, bool dbl, enum x86_xmm dst, enum x86_xmm src,
                   uint8_t mode);

/*
 * PCLMULQDQ xmm1, xmm2/m128, imm8 (66 0F 3A 44 /r ib, CPUID.01H:ECX[bit 1]):
 * dst = the carry-less product of dst's quadword imm8[0] and src's imm8[4].
 */
void x86_pclmulqdq_xxi(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src, uint8_t select);

/* Packed shifts by an immediate (SSE2): 66 0F 71/72/73 /digit ib; a count >= the lane's bits
   gives zeros (PSRA*: copies of the sign bit). */
enum x86_sse_shift {
    X86_PSRLW, /* 66 0F 71 /2 */
    X86_PSRAW, /* 66 0F 71 /4 */
    X86_PSLLW, /* 66 0F 71 /6 */
    X86_PSRLD, /* 66 0F 72 /2 */
    X86_PSRAD, /* 66 0F 72 /4 */
    X86_PSLLD, /* 66 0F 72 /6 */
    X86_PSRLQ, /* 66 0F 73 /2 */
    X86_PSLLQ, /* 66 0F 73 /6 */
};
void x86_sse_shift_xi(struct x86_emitter *e, enum x86_sse_shift op, enum x86_xmm x, uint8_t count);

/* PALIGNR xmm1, xmm2, imm8 (66 0F 3A 0F /r ib, SSSE3): dst = bytes imm8.. of dst:src. */
void x86_palignr_xxi(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src, uint8_t bytes);

/* SHA1RNDS4 xmm1, xmm2, imm8 (0F 3A CC /r ib, SHA-NI): four SHA-1 rounds, f and K by imm8. */
void x86_sha1rnds4_xxi(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src, uint8_t func);

/* PSHUFD xmm, xmm/m128, imm8 (66 0F 70 /r ib). */
void x86_pshufd_xxi(struct x86_emitter *e, enum x86_xmm dst, enum x86_xmm src, uint8_t order);
void x86_pshufd_xmi(struct x86_emitter *e, enum x86_xmm dst, struct x86_mem src, uint8_t order);

#endif
