/*
 * Inside the translator: the per-CPU state, the translation context and the
 * building blocks native emitters (native_*.c) use.
 *
 * Conventions of translated code:
 * - RBX holds the struct cpu_state pointer for the whole run; guest
 *   registers, NZCV and the TLB are addressed from it (cpu.h's layout).
 *   A native instruction loads its operands into scratch registers through
 *   the register cache and stores its result there; the struct has every
 *   guest register again wherever anything else could look (reg_cache.c).
 * - R15 holds cpu->guest_base: in ferry-user, guest memory is accessed
 *   directly at R15 + address; the host page fault of an access the guest
 *   may not make is turned into a jump to the instruction's cold path
 *   (dbt_fault.c), where its C semantics raise the guest's fault.
 * - RBP, R12, R13, R14 and R8-R11 cache guest registers within a block
 *   (write-back: reg_cache.c).
 * - An emitter writes guest registers only after its last jump to its cold
 *   path and its last guest access: a cold path (which writes back what
 *   was dirty when the instruction began) may not follow a write.
 * - RAX, RCX, RDX, RSI and RDI are scratch within one instruction.
 *   RSP is 16-byte aligned, so helpers are called directly.
 * - Flags: a native flag-setting instruction leaves the host EFLAGS in the
 *   "canonical" form SF = N, ZF = Z, OF = V, CF = NOT C (x86's borrow after
 *   a subtraction), so every A64 condition is one x86 condition. Unless no
 *   later instruction of the block can observe them before another replaces
 *   all four (the dead-flag scan, flags_dead_after), they are also kept
 *   raw, as "lahf; seto al" leave them in AX, in cpu->nzcv_raw (three
 *   instructions); cpu->nzcv itself is written from there only for C code:
 *   helpers and cold paths. A reader uses the live EFLAGS
 *   when nothing clobbered them since, else restores them from nzcv_raw, or
 *   tests the bits of cpu->nzcv when a helper set them. A block starts with
 *   them in nzcv_raw.
 * - Leaving: jump to dbt->leave with RAX = 0 (look up cpu->pc), 1 (an
 *   exception was recorded) or the address of a struct block_exit (cpu->pc
 *   set; the run loop may chain that exit to the block it finds). Between
 *   blocks the flags are in cpu->nzcv_raw (the run loop converts on the way
 *   in and out; after an exception, RAX = 1, cpu->nzcv has them), so a
 *   chained exit whose flags are there already writes nothing.
 */
#ifndef FERRY_CPU_DBT_TRANSLATE_H
#define FERRY_CPU_DBT_TRANSLATE_H

#if defined(FERRY_LAYER_A64) || defined(FERRY_LAYER_EXEC)
#error "only cpu/dbt and above include cpu/dbt (DESIGN.md: dbt -> exec -> a64)"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu/exec/block_cache.h"
#include "cpu/cpu.h"
#include "cpu/dbt/code_cache.h"
#include "cpu/dbt/x86_emit.h"

#define DBT_CPU X86_RBX
#define DBT_GUEST_BASE X86_R15 /* cpu->guest_base for the whole run (ferry-user) */
#define DBT_CACHE_SLOTS 8 /* host registers caching guest registers: RBP, R12-R14, R8-R11 */
/* ... in slot order (reg_cache.c) */
extern const enum x86_gpr dbt_cache_pool[DBT_CACHE_SLOTS];
#define JUMP_CACHE_BITS 12
#define JUMP_CACHE_SIZE (1u << JUMP_CACHE_BITS)
#define JUMP_CACHE_EMPTY 1 /* the pc of an empty entry: no block starts there */
#define RETURN_STACK_SIZE 256 /* the byte index wraps by itself */

/* What the indirect-branch lookup in translated code finds a target by. */
struct jump_cache_entry {
    uint64_t pc;
    const uint8_t *code;
};

/*
 * The return-address predictor of one TLB context: a BL pushes its return
 * address with the code of an exit to it (in the BL's block, chained to the
 * block there); a RET to the address on top pops it and jumps there,
 * anything else takes the jump cache. A circular stack: overflow forgets
 * the oldest calls, a mismatch costs only the lookup.
 */
struct return_stack {
    uint8_t top; /* index of the newest entry */
    uint8_t pad[15];
    struct jump_cache_entry entries[RETURN_STACK_SIZE];
};

/*
 * What the translator keeps of a block (block->native): made the first time
 * the run loop hands it the block, in a chunk of dbt->block_chunks; all go
 * with the code cache (dbt_code_flush), which only goes with every block.
 */
struct dbt_block {
    const uint8_t *code;       /* its x86-64 code (run address), NULL until translated */
    const uint8_t *code_stop;  /* its code's way back to the run loop with pc = its start */
    unsigned runs_before_code; /* times the interpreter ran it while it had no code */
};

#define DBT_BLOCK_CHUNK 1024
struct dbt_block_chunk {
    struct dbt_block_chunk *next;
    unsigned used;
    struct dbt_block slot[DBT_BLOCK_CHUNK];
};

/* The translator's data for b, NULL when it has none yet. */
static inline struct dbt_block *dbt_block_of(const struct block *b) { return b->native; }

struct dbt_stats {
    uint64_t blocks_translated, code_bytes, cache_flushes, chains, run_loop_entries;
    uint64_t native_insns, helper_insns;
    uint64_t interpreted_blocks; /* runs of not yet translated blocks (cpu->interpret_first) */
};

/* A direct guest access in translated code and the cold path that redoes its instruction. */
struct fault_site {
    uint32_t access; /* offsets from the code cache's run address */
    uint32_t cold;
};

struct dbt {
    struct code_cache cache;
    int fork_copy; /* dbt_before_fork's copy of the cache (a memfd), -1: none */
    /* every fault site of the cache's code, in increasing address order (code is appended) */
    struct fault_site *fault_sites;
    size_t fault_site_count, fault_site_cap;
    /* trampolines at the start of the cache (run addresses) */
    uint64_t (*enter)(struct cpu_state *cpu, const uint8_t *code);
    const uint8_t *leave;         /* RAX = exit word, back to the run loop */
    const uint8_t *leave_lookup;  /* leave with RAX = 0 */
    const uint8_t *helper_result; /* EAX = a helper's non-NEXT result, RSI = its insn */
    const uint8_t *cold_call;     /* a cold path's helper run: see struct cold_site */
    /* per TLB context: an indirect branch in a block of context n looks in jump_cache[n] */
    struct jump_cache_entry jump_cache[4][JUMP_CACHE_SIZE];
    struct return_stack return_stack[4]; /* per TLB context, as jump_cache */
    struct dbt_stats stats;
    /* -d stats: helper calls run, by decode-table row (the last slot: undefined encodings) */
    uint64_t *helper_row_counts;
    struct dbt_block_chunk *block_chunks; /* where the struct dbt_blocks are, newest chunk first */
    /* the exit the last block left by (the run loop's next block may be chained to it), or NULL */
    struct block_exit *chain_from;
};

static inline unsigned jump_cache_index(uint64_t pc)
{
    return (unsigned)((pc >> 2) ^ (pc >> (2 + JUMP_CACHE_BITS))) & (JUMP_CACHE_SIZE - 1);
}

/* Which guest register each cache slot holds, and which the struct does not have yet. */
struct reg_cache {
    int8_t guest[DBT_CACHE_SLOTS]; /* -1: none */
    uint8_t dirty;                 /* bit per slot */
};

/*
 * What follows a cold path's "call cold_call" in the code: the instruction,
 * the register cache to write back before its helper and the one to
 * reload after it (slot -> guest register, -1: none). cold_call returns
 * past it, to the path's jump back into the straight line.
 */
struct __attribute__((packed)) cold_site {
    const struct a64_insn *in;
    int8_t flush_guest[DBT_CACHE_SLOTS];
    int8_t resume_guest[DBT_CACHE_SLOTS];
    uint8_t flush_dirty;
    uint8_t nzcv_raw; /* the flags are in cpu->nzcv_raw: cpu->nzcv is written from there first */
};

/* One out-of-line path of the block: the instruction run by its helper. */
struct dbt_cold {
    struct x86_label entry, resume;
    const struct a64_insn *in;
    struct reg_cache flush;  /* dirty when the instruction began: written back first */
    struct reg_cache resume_cache; /* where it rejoins: reloaded after */
    bool nzcv_raw;           /* the flags are in cpu->nzcv_raw when it is taken */
};

/* NZCV between the forms: cpu->nzcv's, and "lahf; seto al"'s in AX (cpu->nzcv_raw). */
uint32_t dbt_nzcv_from_raw(uint32_t raw);
uint32_t dbt_raw_from_nzcv(uint32_t nzcv);

/* Where translated code has NZCV at a point of the block. */
enum nzcv_home {
    NZCV_IN_STRUCT, /* cpu->nzcv (a block's entry, after a helper) */
    NZCV_IN_RAW,    /* cpu->nzcv_raw; cpu->nzcv is stale */
    NZCV_IN_EFLAGS, /* only the live EFLAGS; cpu->nzcv is stale (flags_dead_after) */
};

/*
 * A conditional branch's taken path out of the middle of a block, or to a
 * later instruction of it (then a jump there once the cache registers and
 * flags are where that instruction's code expects them).
 */
struct dbt_side_exit {
    struct x86_label label;
    uint64_t target;
    unsigned from;          /* the branch's index in the block */
    enum nzcv_home nzcv;    /* where the flags are when it is taken */
    bool flags_in_eflags;   /* ... and whether EFLAGS hold them too */
    struct reg_cache flush; /* the register cache where it is taken: written back */
};

/* The translator's state where an instruction's code begins: a forward branch's way in. */
struct dbt_insn_entry {
    struct x86_label label;
    bool reached; /* the straight line emitted the instruction */
    bool flags_in_eflags;
    enum nzcv_home nzcv;
    struct reg_cache cache;
};

struct dbt_ctx {
    struct x86_emitter *e;
    struct dbt *dbt;
    const struct cpu_state *cpu;
    struct block *b;
    unsigned index;            /* of the instruction being translated */
    const struct a64_insn *in; /* ... which is b->insns[index] */
    const struct native_op *ops[BLOCK_MAX_INSNS]; /* native_find of each instruction */
    bool flags_in_eflags;      /* host EFLAGS hold NZCV in the canonical form */
    enum nzcv_home nzcv;       /* where else NZCV is (NZCV_IN_EFLAGS: nowhere else) */
    bool chain;                /* exits may be chained and indirect branches look in the jump cache */
    bool ended;                /* the instruction emitted the block's exits */
    bool unprivileged;         /* the access being emitted is an LDTR/STTR at EL1 */
    enum x86_gpr access_address; /* native_ldst.c: the register holding the access's address */
    struct dbt_cold cold[BLOCK_MAX_INSNS];
    unsigned cold_count;
    struct dbt_side_exit side_exits[BLOCK_MAX_INSNS];
    unsigned side_exit_count;
    struct dbt_insn_entry entries[BLOCK_MAX_INSNS];
    unsigned exits_used; /* of b->exits */
    bool has_return_exit;          /* emit_call_push asked for ... */
    struct x86_label return_exit;  /* ... an exit to return_pc after the block */
    uint64_t return_pc;
    struct reg_cache cache;      /* at the emitter's position */
    bool loop;                   /* branches to the block's start stay in it (loop_label), with
                                    NZCV in cpu->nzcv_raw */
    unsigned loop_end;           /* ... the last instruction branching there */
    struct reg_cache loop_head;  /* the register cache at loop_label */
    struct x86_label loop_label; /* after the entry check and the loop's register loads */
    struct reg_cache insn_start; /* ... when the current instruction began */
    uint8_t cache_used;          /* slots the current instruction touched */
    uint32_t named[BLOCK_MAX_INSNS]; /* guest registers each instruction's fields name */
    /* direct accesses of this block: emitter position, index into cold[] */
    struct {
        size_t pos;
        unsigned cold;
    } sites[4 * BLOCK_MAX_INSNS];
    unsigned site_count;
};

/* Native emitters: one row of the native table per decode-table row translated inline. */
enum native_flags {
    NATIVE_SETS_FLAGS = 1u << 0,  /* writes all of NZCV (and reads none of it) */
    NATIVE_READS_FLAGS = 1u << 1, /* reads NZCV */
    NATIVE_LEAVES = 1u << 2,      /* may leave the straight line: memory access, branch */
    NATIVE_SETS_FLAGS_IF_S = 1u << 3, /* NATIVE_SETS_FLAGS when the encoding's S bit is 1 */
    NATIVE_KEEPS_EFLAGS = 1u << 4, /* the code emitted leaves the host EFLAGS alone */
    /* register 31 in Rd / Rn is SP (elsewhere it is XZR, which no register cache slot holds) */
    NATIVE_RD_SP = 1u << 5,
    NATIVE_RN_SP = 1u << 6,
};

struct native_op {
    a64_exec_fn *row_exec; /* the decode-table row, by its semantics function */
    void (*emit)(struct dbt_ctx *c);
    unsigned flags;
    bool (*accepts)(const struct a64_insn *in); /* optional: which encodings of the row */
};

/* The target of a direct branch (B, BL, B.cond, CB(N)Z, TB(N)Z); false for anything else. */
bool native_branch_target(const struct a64_insn *in, uint64_t *target);

/* The native emitter for `in`, or NULL: the helper runs it. */
const struct native_op *native_find(const struct a64_insn *in);

extern const struct native_op native_alu_ops[];
extern const size_t native_alu_count;
extern const struct native_op native_branch_ops[];
extern const size_t native_branch_count;
extern const struct native_op native_ldst_ops[];
extern const size_t native_ldst_count;
extern const struct native_op native_system_ops[];
extern const size_t native_system_count;
extern const struct native_op native_alu_more_ops[];
extern const size_t native_alu_more_count;
extern const struct native_op native_simd_ops[];
extern const size_t native_simd_count;
extern const struct native_op native_fp_ops[];
extern const size_t native_fp_count;
extern const struct native_op native_crypto_ops[];
extern const size_t native_crypto_count;

/* ---- guest state operands ---- */

static inline struct x86_mem guest_x(unsigned n) { return x86_mem_base(DBT_CPU, (int32_t)(8 * n)); }
struct x86_mem guest_field(size_t offset);
static inline enum x86_size sf_size(unsigned sf) { return sf ? X86_S64 : X86_S32; }

/*
 * The accessors below keep the register cache (translate.c) up to date, so
 * an emitter must run them on its straight line, never on one branch of
 * its own internal control flow only.
 */
/* reg = X[n] / W[n] (zero-extended); register 31 reads as zero. Leaves EFLAGS alone. */
void load_reg(struct dbt_ctx *c, enum x86_gpr reg, unsigned sf, unsigned n);
/* ... register 31 as SP. */
void load_reg_sp(struct dbt_ctx *c, enum x86_gpr reg, unsigned sf, unsigned n);
/* X[n] = reg, or its low 32 bits zero-extended for sf 0; register 31 discards. */
void store_reg(struct dbt_ctx *c, unsigned n, enum x86_gpr reg, unsigned sf);
/* ... register 31 as SP. */
void store_reg_sp(struct dbt_ctx *c, unsigned n, enum x86_gpr reg, unsigned sf);
/* X[n] = imm. */
void store_imm(struct dbt_ctx *c, unsigned n, uint64_t imm);
/*
 * Working on cache registers in place (no copy through a scratch):
 * reg_in is a host register holding X[n] (SP for 31 if `sp`, else XZR),
 * its cache slot or else `fallback` loaded with it; never write to it, and
 * for a W operand use only its low 32 bits. reg_out is the register to
 * build X[n]'s new value in (all 64 bits: a 32-bit x86 operation
 * zero-extends), its cache slot or else `fallback`; reg_out_done after.
 * Both leave EFLAGS alone. reg_out's register may be one reg_in gave for
 * the same guest register: an emitter whose sources differ from Rd must
 * not write it before it has read them (Rd == Rm).
 */
enum x86_gpr reg_in(struct dbt_ctx *c, enum x86_gpr fallback, unsigned n, bool sp);
enum x86_gpr reg_out(struct dbt_ctx *c, enum x86_gpr fallback, unsigned n, bool sp);
void reg_out_done(struct dbt_ctx *c, unsigned n, enum x86_gpr reg, bool sp);

/* ---- the register cache itself (reg_cache.c; the translator's core drives it) ---- */

/* Before the block: what each instruction names; the cache empty. */
void reg_cache_plan_block(struct dbt_ctx *c);
/* Before a native instruction: room for its registers, and the cold paths' snapshot. */
void reg_cache_begin_insn(struct dbt_ctx *c);
/* Stores the dirty slots of `state` to the struct (no change to the cache itself). */
void reg_cache_write_back(struct dbt_ctx *c, const struct reg_cache *state);
/* ... of the current cache, which is then clean. */
void reg_cache_flush(struct dbt_ctx *c);
/* The cache holds nothing (after a helper call). */
void reg_cache_forget(struct dbt_ctx *c);
/*
 * A block that branches back to its start keeps the registers it uses most
 * in fixed slots around the loop: loaded once on entry (c->loop_head), all
 * dirty, and at each branch back moved there with reg_cache_rejoin.
 */
void reg_cache_enter_loop(struct dbt_ctx *c);
/* Code taking the cache registers from what `from` says they hold to what `to` says. */
void reg_cache_rejoin(struct dbt_ctx *c, const struct reg_cache *from, const struct reg_cache *to);

/* ---- flags ---- */

enum flags_origin {
    FLAGS_FROM_SUB,   /* x86 sub/cmp/neg: already canonical */
    FLAGS_FROM_ADD,   /* x86 add: carry is C, complemented */
    FLAGS_FROM_LOGIC, /* x86 and/test/or/xor: C = V = 0 */
};
/* The x86 instruction just emitted set EFLAGS as `origin`: NZCV is now those. */
void flags_written(struct dbt_ctx *c, enum flags_origin origin);
/*
 * The x86 condition that holds when A64 condition `cond` (0-13) does, for
 * a jcc/cmov/setcc emitted next: the live EFLAGS, or a test of cpu->nzcv
 * emitted now (which changes EFLAGS and RAX/RCX, so load operands after).
 */
enum x86_cond flags_condition(struct dbt_ctx *c, unsigned cond);
/* V[n] in the guest state, from its byte `byte`. */
static inline struct x86_mem vreg_at(unsigned n, unsigned byte)
{
    return guest_field(offsetof(struct cpu_state, v) + 16 * n + byte);
}
/* V[d] = the 64-bit pattern in reg repeated (Q = 1), or once with zeros above (native_simd.c). */
void store_vreg_pattern(struct dbt_ctx *c, unsigned d, enum x86_gpr reg, unsigned Q);
/* V[d] = xmm: all of it, or its low half and zeros above for Q = 0 (native_simd.c). */
void store_vreg_q(struct dbt_ctx *c, unsigned d, enum x86_xmm xmm, unsigned Q);

/* Canonical EFLAGS from cpu->nzcv (a helper wrote it; no flags_written yet). Uses RAX, RDX. */
void eflags_from_struct(struct dbt_ctx *c);

/* Canonical EFLAGS for the constant NZCV nzcv4 (bits N Z C V, 3-0). Uses RAX. */
void flags_set_constant(struct dbt_ctx *c, unsigned nzcv4);
/* The host CF = NOT C, as in canonical EFLAGS (the other flags only if they were live). */
void carry_to_eflags(struct dbt_ctx *c);
/* An emitted instruction changed the host EFLAGS. */
static inline void eflags_clobbered(struct dbt_ctx *c) { c->flags_in_eflags = false; }
/* The x86 condition of A64 condition `cond` (0-13; AL/NV have none) on canonical EFLAGS. */
enum x86_cond a64_cond_to_x86(unsigned cond);

/* ---- control ---- */

/* Leaves the block for guest `target` (chainable: the block's next exit slot), registers
   written back first. */
void emit_exit(struct dbt_ctx *c, uint64_t target);
/* Whether an exit to `target` stays in the block as a branch back to its start. */
bool exit_is_back_edge(const struct dbt_ctx *c, uint64_t target);
/*
 * A conditional branch in the middle of the block: the label to jump to
 * when taken, where an exit to `target` is emitted after the straight line.
 */
struct x86_label *side_exit(struct dbt_ctx *c, uint64_t target);
/* Leaves for the guest address in `reg` (not RAX/RCX/RDX), through the jump cache. */
void emit_exit_indirect(struct dbt_ctx *c, enum x86_gpr reg);
/* ... a return: through the return stack first (RET). */
void emit_return(struct dbt_ctx *c, enum x86_gpr reg);
/* A call returning to `return_pc`: pushes it on the return stack (BL, BLR; before their exit). */
void emit_call_push(struct dbt_ctx *c, uint64_t return_pc);
/*
 * The current instruction's slow path: a label native code jumps to when it
 * cannot finish (TLB miss, MMIO, fault, alignment); there the helper runs
 * the whole instruction, then execution resumes after the native code.
 * Call cold_resume_here() where the native code ends.
 */
struct x86_label *cold_path(struct dbt_ctx *c);
void cold_resume_here(struct dbt_ctx *c);
/*
 * The next emitted instruction accesses guest memory at DBT_GUEST_BASE +
 * address: if the host faults there, the current instruction's cold path
 * (cold_path, already asked for) runs instead.
 */
void note_guest_access(struct dbt_ctx *c);

/* The cold path of the fault site at run address `pc` of d's code, or NULL (dbt_fault.c). */
const uint8_t *dbt_fault_site_cold(const struct dbt *d, const uint8_t *pc);
/* Installs the SIGSEGV/SIGBUS handler that sends faults at fault sites to their cold paths. */
void dbt_fault_handler_install(void);
/* The translator running on this thread (the fault handler's way to its code cache). */
void dbt_set_running(struct dbt *d);

/* Calls fn(cpu) or fn(cpu, in) style C code: direct when in reach, else through RAX. */
void emit_call(struct dbt_ctx *c, const void *fn);

/* -d out_asm: the block's host code, disassembled by Capstone. */
void dbt_trace_out_asm(struct cpu_state *cpu, const struct block *b, const uint8_t *code,
                       size_t size);

/* Translates b (its dbt_block, made by the caller, gets the code); false when the code cache is full. */
bool dbt_translate(struct dbt *d, struct cpu_state *cpu, struct block *b);

/* Writes the trampolines at the start of the code cache. */
bool dbt_write_trampolines(struct dbt *d);

#endif
