/*
 * The translator (cpu/dbt) against the interpreter, its reference, by
 * differential fuzzing: random streams of valid instructions drawn from the
 * decode table, each run from the same random starting state on two
 * harnesses, one per engine; every architectural register, the exception
 * and the bytes of the code, data and stack pages must then be equal. The
 * generator leans on what the translator emits natively (the tables at the
 * end of cpu/dbt/native_*.c): integer data processing, loads and stores
 * with their bases aimed at the data pages, conditional ops, branches aimed
 * inside the stream, plus short counted loops so blocks chain to each
 * other. The hand-written edge cases (precise faults, self-modifying code,
 * exit_request) are test_dbt_edges.c.
 *
 * The default fuzz run is FUZZ_DEFAULT_STREAMS streams from FUZZ_DEFAULT_SEED.
 * A longer run with another seed (stream i uses seed SEED + i, so a
 * reported failure reruns alone with FERRY_FUZZ_SEED=<its seed>
 * FERRY_FUZZ_STREAMS=1; FERRY_FUZZ_PRINT=1 prints each stream before it runs,
 * for a crash):
 *
 *     FERRY_FUZZ_SEED=12345 FERRY_FUZZ_STREAMS=200000 CK_RUN_CASE=fuzz \
 *         build/tests/test_dbt_engines
 */
#include <check.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cpu/exec/block_cache.h"
#include "cpu/a64/decode.h"
#include "cpu/disas.h"
#include "tests/unit/harness.h"

#define FUZZ_DEFAULT_SEED 0x5eedf00dull
#define FUZZ_DEFAULT_STREAMS 6000
#define STREAM_MAX 40 /* instructions, the loop's two included; the terminator comes after */
#define CODE_SIZE 0x10000ull /* what harness_init maps at HARNESS_CODE */
#define STACK_SIZE 0x4000ull /* ... and below HARNESS_STACK_TOP */
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* Longest a stream may run on the interpreter before it counts as an endless loop. */
#define INTERP_PATIENCE_MS 1000
/* ... and on the translator, once the interpreter finished the same stream. */
#define DBT_PATIENCE_MS 3000

/* ================================================================== */
/* Random numbers: splitmix64, one generator per stream                */
/* ================================================================== */

struct rng {
    uint64_t state;
};

static uint64_t rng_next(struct rng *r)
{
    uint64_t z = (r->state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static unsigned rng_below(struct rng *r, unsigned n) { return (unsigned)(rng_next(r) % n); }

static bool rng_percent(struct rng *r, unsigned percent) { return rng_below(r, 100) < percent; }

/* ================================================================== */
/* Where a row's named fields sit (its pattern, read as decode.h says) */
/* ================================================================== */

struct field_pos {
    bool present;
    unsigned lsb, width;
};

static struct field_pos field_of(const struct a64_row *row, const char *name)
{
    struct field_pos f = {0};
    size_t want = strlen(name);
    int bit = 32; /* bits still to place, most significant first */
    for (const char *p = row->pattern; *p;) {
        if (*p == ' ') {
            p++;
            continue;
        }
        const char *token = p;
        while (*p && *p != ' ')
            p++;
        const char *colon = memchr(token, ':', (size_t)(p - token));
        if (!colon) {
            bit -= (int)(p - token); /* literal bits */
            continue;
        }
        int width = atoi(colon + 1);
        bit -= width;
        if ((size_t)(colon - token) == want && memcmp(token, name, want) == 0)
            f = (struct field_pos){true, (unsigned)bit, (unsigned)width};
    }
    return f;
}

static uint32_t field_get(uint32_t word, struct field_pos f)
{
    return (word >> f.lsb) & ((1u << f.width) - 1);
}

static uint32_t field_set(uint32_t word, struct field_pos f, uint32_t value)
{
    if (!f.present)
        return word;
    uint32_t mask = ((1u << f.width) - 1) << f.lsb;
    return (word & ~mask) | ((value << f.lsb) & mask);
}

/* ================================================================== */
/* The corpus: which rows, how often, how their fields are aimed       */
/* ================================================================== */

/* How the generator aims a row's fields after filling them at random. */
enum shape {
    SHAPE_PLAIN,   /* fields stay random */
    SHAPE_MEMORY,  /* Rn: a base register aimed at the data pages; small offsets and indexes */
    SHAPE_BRANCH,  /* the offset: mostly to an instruction further down the stream */
    SHAPE_LITERAL, /* the offset: a word of the stream */
    SHAPE_SYSTEM,  /* one of system_words, Rt chosen (a base register for cache maintenance) */
};

struct row_weight {
    const char *name;
    unsigned weight;
    enum shape shape;
};

/*
 * The rows the translator emits natively weigh most; rows not listed here
 * weigh DEFAULT_WEIGHT. Weight 0 leaves a row out, with the reason.
 */
#define DEFAULT_WEIGHT 2
static const struct row_weight row_weights[] = {
    /* native_alu.c */
    {"MOVZ", 30, SHAPE_PLAIN}, {"MOVN", 30, SHAPE_PLAIN}, {"MOVK", 30, SHAPE_PLAIN},
    {"ADR", 20, SHAPE_PLAIN}, {"ADRP", 20, SHAPE_PLAIN},
    {"ADD_imm", 40, SHAPE_PLAIN}, {"ADDS_imm", 40, SHAPE_PLAIN},
    {"SUB_imm", 40, SHAPE_PLAIN}, {"SUBS_imm", 40, SHAPE_PLAIN},
    {"ADD_sreg", 40, SHAPE_PLAIN}, {"ADDS_sreg", 40, SHAPE_PLAIN},
    {"SUB_sreg", 40, SHAPE_PLAIN}, {"SUBS_sreg", 40, SHAPE_PLAIN},
    {"ADDSUB_ext", 40, SHAPE_PLAIN},
    {"AND_reg", 30, SHAPE_PLAIN}, {"ORR_reg", 30, SHAPE_PLAIN}, {"EOR_reg", 30, SHAPE_PLAIN},
    {"ANDS_reg", 30, SHAPE_PLAIN},
    {"AND_imm", 30, SHAPE_PLAIN}, {"ORR_imm", 30, SHAPE_PLAIN}, {"EOR_imm", 30, SHAPE_PLAIN},
    {"ANDS_imm", 30, SHAPE_PLAIN},
    {"UBFM", 30, SHAPE_PLAIN}, {"SBFM", 30, SHAPE_PLAIN}, {"SHIFTV", 30, SHAPE_PLAIN},
    {"MADD", 30, SHAPE_PLAIN}, {"MSUB", 30, SHAPE_PLAIN},
    {"CSEL", 30, SHAPE_PLAIN}, {"CSINC", 30, SHAPE_PLAIN}, {"CSINV", 30, SHAPE_PLAIN},
    {"CSNEG", 30, SHAPE_PLAIN}, {"CCMP_reg", 30, SHAPE_PLAIN}, {"CCMP_imm", 30, SHAPE_PLAIN},
    /* the rest of integer data processing: helpers, between native instructions */
    {"BFM", 10, SHAPE_PLAIN}, {"EXTR", 10, SHAPE_PLAIN}, {"ADC_SBC", 10, SHAPE_PLAIN},
    {"SMADDL", 6, SHAPE_PLAIN}, {"SMSUBL", 6, SHAPE_PLAIN}, {"SMULH", 6, SHAPE_PLAIN},
    {"UMADDL", 6, SHAPE_PLAIN}, {"UMSUBL", 6, SHAPE_PLAIN}, {"UMULH", 6, SHAPE_PLAIN},
    {"UDIV", 6, SHAPE_PLAIN}, {"SDIV", 6, SHAPE_PLAIN}, {"CRC32", 4, SHAPE_PLAIN},
    {"RBIT", 6, SHAPE_PLAIN}, {"REV16", 6, SHAPE_PLAIN}, {"REV32", 6, SHAPE_PLAIN},
    {"REV64", 6, SHAPE_PLAIN}, {"CLZ", 6, SHAPE_PLAIN}, {"CLS", 6, SHAPE_PLAIN},
    /* native_branch.c */
    {"B", 12, SHAPE_BRANCH}, {"BL", 8, SHAPE_BRANCH}, {"B_cond", 20, SHAPE_BRANCH},
    {"CBZ", 12, SHAPE_BRANCH}, {"CBNZ", 12, SHAPE_BRANCH}, {"TBZ", 10, SHAPE_BRANCH},
    {"TBNZ", 10, SHAPE_BRANCH},
    {"BR", 4, SHAPE_PLAIN}, {"BLR", 4, SHAPE_PLAIN}, {"RET", 4, SHAPE_PLAIN},
    /* native_ldst.c */
    {"LDST_uimm", 50, SHAPE_MEMORY}, {"LDST_unscaled", 30, SHAPE_MEMORY},
    {"LDST_pre", 30, SHAPE_MEMORY}, {"LDST_post", 30, SHAPE_MEMORY},
    {"LDST_reg", 30, SHAPE_MEMORY}, {"LDSTP_off", 30, SHAPE_MEMORY},
    {"LDSTP_pre", 20, SHAPE_MEMORY}, {"LDSTP_post", 20, SHAPE_MEMORY},
    /* other loads and stores: helpers, some with their own fault rules (alignment) */
    {"LDSTP_noalloc", 6, SHAPE_MEMORY}, {"LDST_unpriv", 6, SHAPE_MEMORY},
    {"STXR", 4, SHAPE_MEMORY}, {"LDXR", 4, SHAPE_MEMORY}, {"STXP", 3, SHAPE_MEMORY},
    {"LDXP", 3, SHAPE_MEMORY}, {"CASP", 3, SHAPE_MEMORY}, {"STLR", 4, SHAPE_MEMORY},
    {"LDAR", 4, SHAPE_MEMORY}, {"CAS", 4, SHAPE_MEMORY}, {"LSE_LDop", 6, SHAPE_MEMORY},
    {"SWP", 4, SHAPE_MEMORY}, {"LDAPR", 3, SHAPE_MEMORY},
    {"SIMD_LDST_multi", 6, SHAPE_MEMORY}, {"SIMD_LDST_multi_post", 6, SHAPE_MEMORY},
    {"SIMD_LDST_single", 6, SHAPE_MEMORY}, {"SIMD_LDST_single_post", 6, SHAPE_MEMORY},
    {"LDR_lit", 6, SHAPE_LITERAL}, {"LDR_lit_fp", 4, SHAPE_LITERAL},
    {"PRFM_lit", 1, SHAPE_LITERAL},
    /* SIMD moves and integer vector ops */
    {"SIMD_copy", 8, SHAPE_PLAIN}, {"SIMD_modimm", 8, SHAPE_PLAIN}, {"SIMD_logic", 8, SHAPE_PLAIN},
    {"SIMD_ADD_SUB", 6, SHAPE_PLAIN}, {"SIMD_CMTST_CMEQ", 4, SHAPE_PLAIN},
    {"SIMD_CMGT_CMGE", 4, SHAPE_PLAIN}, {"SIMD_copy_scalar", 4, SHAPE_PLAIN},
    {"SIMD_EXT", 4, SHAPE_PLAIN}, {"SIMD_ZIP_UZP_TRN", 4, SHAPE_PLAIN},
    {"SIMD_REV", 4, SHAPE_PLAIN}, {"SIMD_TBL_TBX", 4, SHAPE_PLAIN},
    {"SIMD_shift_imm_H", 3, SHAPE_PLAIN},
    {"SIMD_shift_imm_S", 4, SHAPE_PLAIN}, {"SIMD_shift_imm_D", 3, SHAPE_PLAIN},
    {"FP_int", 6, SHAPE_PLAIN}, {"FMOV_imm", 4, SHAPE_PLAIN},
    /* native_crypto.c (AES-NI, PCLMULQDQ hosts), and SHA's helpers on SHA-NI */
    {"AES", 6, SHAPE_PLAIN}, {"SIMD_3diff", 6, SHAPE_PLAIN},
    {"SHA_3reg", 4, SHAPE_PLAIN}, {"SHA_2reg", 4, SHAPE_PLAIN},
    /* hints and barriers (native_system.c) */
    {"HINT", 6, SHAPE_PLAIN}, {"DSB", 3, SHAPE_PLAIN}, {"DMB", 3, SHAPE_PLAIN},
    {"ISB", 3, SHAPE_PLAIN}, {"CLREX", 2, SHAPE_PLAIN},
    /* exception generating and ERET: they end the run, so rarely */
    {"SVC", 1, SHAPE_PLAIN}, {"HVC", 1, SHAPE_PLAIN}, {"SMC", 1, SHAPE_PLAIN},
    {"BRK", 1, SHAPE_PLAIN}, {"HLT", 1, SHAPE_PLAIN}, {"ERET", 1, SHAPE_PLAIN},
    /*
     * Left out: MRS and SYSL read host time (CNTVCT) and system state; MSR and
     * SYS take any system register or operation. Their deterministic EL0 forms
     * are system_words below instead.
     */
    {"MRS", 0, SHAPE_PLAIN}, {"MSR_reg", 0, SHAPE_PLAIN}, {"MSR_imm", 0, SHAPE_PLAIN},
    {"SYS", 0, SHAPE_PLAIN}, {"SYSL", 0, SHAPE_PLAIN},
};

/*
 * System instructions whose effect at EL0 depends only on architectural
 * state (Rt = 0 here): the flags and FP control moves check that the
 * translator's flags reach cpu->nzcv before a helper reads them; DC and IC
 * check the run loop's return after maintenance.
 */
static const uint32_t system_words[] = {
    0xd53b4200, /* mrs x0, nzcv */
    0xd51b4200, /* msr nzcv, x0 */
    0xd53b4400, /* mrs x0, fpcr */
    0xd51b4400, /* msr fpcr, x0 */
    0xd53b4420, /* mrs x0, fpsr */
    0xd51b4420, /* msr fpsr, x0 */
    0xd53bd040, /* mrs x0, tpidr_el0 */
    0xd51bd040, /* msr tpidr_el0, x0 */
    0xd50b7420, /* dc zva, x0 */
    0xd50b7a20, /* dc cvac, x0 */
    0xd50b7b20, /* dc cvau, x0 */
    0xd50b7520, /* ic ivau, x0 */
};
#define SYSTEM_WEIGHT 12
#define SYSTEM_WORD_DC_FIRST 8 /* system_words from here on take an address */

/* The register fields a row may write (conservatively: any it names). */
static const char *const register_fields[] = {"Rd", "Rn", "Rm", "Ra", "Rt", "Rt2", "Rs"};
#define REGISTER_FIELDS COUNT(register_fields)

struct corpus_entry {
    const struct a64_row *row;
    uint32_t mask, value; /* the row's fixed bits */
    unsigned weight;
    enum shape shape;
    struct field_pos rn, rm, imm12, offset; /* offset: the branch or literal immediate */
    struct field_pos registers[REGISTER_FIELDS];
};

struct corpus {
    struct corpus_entry *entries;
    size_t count;
    unsigned total_weight; /* system_words included */
};

static const struct row_weight *weight_of(const char *name)
{
    for (size_t i = 0; i < COUNT(row_weights); i++)
        if (strcmp(row_weights[i].name, name) == 0)
            return &row_weights[i];
    return 0;
}

static void corpus_build(struct corpus *c, const struct a64_decoder *dec)
{
    c->entries = calloc(a64_decode_table_size, sizeof(*c->entries));
    ck_assert_ptr_nonnull(c->entries);
    c->count = 0;
    c->total_weight = SYSTEM_WEIGHT;
    for (size_t i = 0; i < a64_decode_table_size; i++) {
        const struct a64_row *row = &a64_decode_table[i];
        if (!row->exec || (row->flags & A64_UNIMPLEMENTED))
            continue;
        const struct row_weight *w = weight_of(row->name);
        unsigned weight = w ? w->weight : DEFAULT_WEIGHT;
        if (!weight)
            continue;
        struct corpus_entry *e = &c->entries[c->count++];
        e->row = row;
        ck_assert(a64_row_mask(dec, row, &e->mask, &e->value));
        e->weight = weight;
        e->shape = w ? w->shape : SHAPE_PLAIN;
        e->rn = field_of(row, "Rn");
        e->rm = field_of(row, "Rm");
        e->imm12 = field_of(row, "imm12");
        e->offset = field_of(row, "imm26");
        if (!e->offset.present)
            e->offset = field_of(row, "imm19");
        if (!e->offset.present)
            e->offset = field_of(row, "imm14");
        for (size_t f = 0; f < REGISTER_FIELDS; f++)
            e->registers[f] = field_of(row, register_fields[f]);
        c->total_weight += weight;
    }
}

/* ================================================================== */
/* A stream's plan: the registers' roles and its starting state        */
/* ================================================================== */

#define NO_REGISTER 32

struct plan {
    bool wild;               /* bases not aimed: faults anywhere */
    uint8_t bases[31], base_count;   /* registers holding data-page addresses */
    uint8_t indexes[31], index_count; /* registers holding small values */
    unsigned counter;        /* the loop's counter register, or NO_REGISTER */
    size_t loop_start, loop_end; /* body [start, end), then "sub; cbnz" at end, end + 1 */
};

/* What both engines start from: the architectural registers and the pages' bytes. */
struct start_state {
    uint64_t x[32];
    uint32_t nzcv, fpcr, fpsr;
    uint64_t tpidr_el0;
    vreg v[32];
    uint8_t data[HARNESS_DATA_SIZE];
    uint8_t stack[STACK_SIZE];
};

struct stream {
    uint32_t words[STREAM_MAX];
    size_t count;
};

static const uint64_t interesting_values[] = {
    0, 1, 2, 0xffffffffffffffffull, 0x7fffffffffffffffull, 0x8000000000000000ull, 0xffffffffull,
    0x7fffffffull, 0x80000000ull, 0x100000000ull, 0xffffffff80000000ull, 63, 64, 32,
};

/* FP values worth meeting: zeroes, ones, infinities, NaNs (quiet and signalling), subnormals. */
static const uint64_t interesting_doubles[] = {
    0, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xbff0000000000000ull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull, 0x7ff4000000000000ull,
    0x0000000000000001ull, 0x000fffffffffffffull, 0x4340000000000000ull, 0x43e0000000000000ull,
};
static const uint32_t interesting_floats[] = {
    0, 0x80000000u, 0x3f800000u, 0xbf800000u, 0x7f800000u, 0xff800000u, 0x7fc00000u, 0x7fa00000u,
    0x00000001u, 0x007fffffu, 0x4f000000u, 0x5f000000u,
};

/* FPCR settings: default, FZ, DN, AHP, each rounding mode, and FZ with DN. */
static const uint32_t fpcr_values[] = {
    0, 1u << 24, 1u << 25, 1u << 26, 1u << 22, 2u << 22, 3u << 22, 3u << 24,
};

static uint64_t pick_value(struct rng *r)
{
    switch (rng_below(r, 4)) {
    case 0: return interesting_values[rng_below(r, COUNT(interesting_values))];
    case 1: return (uint64_t)((int64_t)rng_below(r, 128) - 64); /* small, either sign */
    default: return rng_next(r);
    }
}

/* An address in the data pages far enough from their ends for every aimed offset. */
static uint64_t pick_base(struct rng *r)
{
    uint64_t offset = 0x1000 + rng_below(r, 0x1c00);
    if (rng_percent(r, 80))
        offset &= ~15ull; /* exclusives and atomics fault when misaligned: mostly not */
    return HARNESS_DATA + offset;
}

/* An address where an access is likely to fault, or to reach code and the pages' ends. */
static uint64_t pick_wild_address(struct rng *r)
{
    switch (rng_below(r, 5)) {
    case 0: return HARNESS_UNMAPPED + rng_below(r, 0x1000);
    case 1: return HARNESS_DATA + HARNESS_DATA_SIZE - rng_below(r, 16); /* straddles the end */
    case 2: return HARNESS_CODE + rng_below(r, 0x200);                 /* read-only: stores fault */
    case 3: return HARNESS_DATA - rng_below(r, 64);                    /* just below */
    default: return rng_next(r);
    }
}

static void drop_register(uint8_t *list, uint8_t *count, unsigned reg)
{
    unsigned kept = 0;
    for (unsigned i = 0; i < *count; i++)
        if (list[i] != reg)
            list[kept++] = list[i];
    *count = (uint8_t)kept;
}

static void plan_registers(struct plan *p, struct start_state *s, struct rng *r, size_t count)
{
    p->base_count = p->index_count = 0;
    for (unsigned n = 0; n < 31; n++) {
        unsigned role = rng_below(r, 100);
        if (role < 40) {
            s->x[n] = p->wild ? pick_wild_address(r) : pick_base(r);
            p->bases[p->base_count++] = (uint8_t)n;
        } else if (role < 60) {
            s->x[n] = rng_percent(r, 80) ? rng_below(r, 64) : (uint64_t)(-1 - (int64_t)rng_below(r, 64));
            p->indexes[p->index_count++] = (uint8_t)n;
        } else {
            s->x[n] = pick_value(r);
        }
    }
    /* RET and BR x30 mostly land on the terminator, as a return from a call would */
    if (rng_percent(r, 50)) {
        s->x[30] = HARNESS_CODE + 4 * count;
        drop_register(p->bases, &p->base_count, 30);
        drop_register(p->indexes, &p->index_count, 30);
    }
    /* SP: 16-byte aligned, mid-stack so pair offsets either way stay mapped */
    s->x[31] = HARNESS_STACK_TOP - STACK_SIZE / 2 + 16 * (uint64_t)(int64_t)((int)rng_below(r, 64) - 32);
    if (p->wild && rng_percent(r, 30))
        s->x[31] += 8; /* misaligned SP as a base: the alignment check's slow path */
}

static void plan_state(struct start_state *s, struct rng *r)
{
    s->nzcv = (uint32_t)rng_below(r, 16) << 28;
    s->fpcr = fpcr_values[rng_below(r, COUNT(fpcr_values))];
    s->fpsr = (uint32_t)rng_next(r) & 0x0800009fu; /* QC and the cumulative exception bits */
    s->tpidr_el0 = rng_next(r);
    for (unsigned n = 0; n < 32; n++)
        for (unsigned half = 0; half < 2; half++) {
            uint64_t d;
            switch (rng_below(r, 4)) {
            case 0: d = interesting_doubles[rng_below(r, COUNT(interesting_doubles))]; break;
            case 1:
                d = interesting_floats[rng_below(r, COUNT(interesting_floats))] |
                    (uint64_t)interesting_floats[rng_below(r, COUNT(interesting_floats))] << 32;
                break;
            default: d = rng_next(r);
            }
            s->v[n].d[half] = d;
        }
    for (size_t i = 0; i < HARNESS_DATA_SIZE; i += 8) {
        uint64_t d = rng_next(r);
        memcpy(&s->data[i], &d, 8);
    }
    for (size_t i = 0; i < STACK_SIZE; i += 8) {
        uint64_t d = rng_next(r);
        memcpy(&s->stack[i], &d, 8);
    }
}

/* ================================================================== */
/* Generating the instruction words                                    */
/* ================================================================== */

struct generator {
    const struct a64_decoder *decoder;
    struct harness *probe; /* a CPU to try words on (its state is scratch) */
    const struct corpus *corpus;
    struct rng *rng;
    const struct plan *plan;
    size_t index, count; /* the word being made, and the stream's length (its terminator's index) */
};

static uint32_t aim_memory(struct generator *g, const struct corpus_entry *e, uint32_t w)
{
    const struct plan *p = g->plan;
    struct rng *r = g->rng;
    if (p->wild)
        return w;
    if (rng_percent(r, 15))
        w = field_set(w, e->rn, 31); /* SP */
    else if (p->base_count && rng_percent(r, 97))
        w = field_set(w, e->rn, p->bases[rng_below(r, p->base_count)]);
    if (e->imm12.present)
        w = field_set(w, e->imm12, rng_below(r, 128)); /* scaled by the size: up to 2 KiB */
    if (e->rm.present) {
        /* LDST_reg: an index register; the structure post-index forms: 31 = by the size */
        bool structure = strncmp(e->row->name, "SIMD_LDST", 9) == 0;
        if (structure && rng_percent(r, 50))
            w = field_set(w, e->rm, 31);
        else if (!structure && p->index_count && rng_percent(r, 80))
            w = field_set(w, e->rm, p->indexes[rng_below(r, p->index_count)]);
    }
    return w;
}

static bool holds_address(const struct plan *p, unsigned reg)
{
    for (unsigned i = 0; i < p->base_count; i++)
        if (p->bases[i] == reg)
            return true;
    for (unsigned i = 0; i < p->index_count; i++)
        if (p->indexes[i] == reg)
            return true;
    return false;
}

/*
 * Results mostly go to registers other than the bases and indexes, so that
 * loads and stores late in the stream still reach the data pages.
 */
static uint32_t spare_addresses(struct generator *g, const struct corpus_entry *e, uint32_t w)
{
    const struct plan *p = g->plan;
    if (p->wild)
        return w;
    for (size_t f = 0; f < REGISTER_FIELDS; f++) {
        struct field_pos pos = e->registers[f];
        bool result = strcmp(register_fields[f], "Rd") == 0 || register_fields[f][1] == 't' ||
                      strcmp(register_fields[f], "Rs") == 0;
        if (!pos.present || !result || !holds_address(p, field_get(w, pos)) || rng_percent(g->rng, 15))
            continue;
        unsigned reg = rng_below(g->rng, 31);
        for (unsigned tries = 0; tries < 31 && holds_address(p, reg); tries++)
            reg = (reg + 1) % 31;
        w = field_set(w, pos, reg);
    }
    return w;
}

/* Offsets are in words from the instruction itself. */
static uint32_t aim_offset(struct generator *g, const struct corpus_entry *e, uint32_t w)
{
    struct rng *r = g->rng;
    long here = (long)g->index, target;
    if (e->shape == SHAPE_LITERAL) {
        if (rng_percent(r, 20))
            return w;
        target = (long)rng_below(r, (unsigned)g->count + 4); /* the stream, terminator, zeroes */
    } else {
        /* never backward: most backward branches loop for ever (the counted loop chains) */
        if (rng_percent(r, 80)) {
            target = here + 1 + (long)rng_below(r, (unsigned)(g->count - g->index));
            if (g->plan->counter != NO_REGISTER && target == (long)g->plan->loop_end + 1)
                target--; /* to the loop's cbnz would skip its sub: to the sub instead */
        } else
            return w; /* anywhere: an instruction abort, mostly */
    }
    return field_set(w, e->offset, (uint32_t)(target - here));
}

static bool names_register(const struct corpus_entry *e, uint32_t w, unsigned reg)
{
    for (size_t f = 0; f < REGISTER_FIELDS; f++) {
        if (!e->registers[f].present)
            continue;
        unsigned n = field_get(w, e->registers[f]);
        /* CASP, LDXP: register pairs n, n + 1 */
        if (n == reg || n + 1 == reg)
            return true;
    }
    return false;
}

static uint32_t make_system_word(struct generator *g)
{
    struct rng *r = g->rng;
    const struct plan *p = g->plan;
    size_t which = rng_below(r, COUNT(system_words));
    unsigned rt = rng_below(r, 32);
    if (which >= SYSTEM_WORD_DC_FIRST && p->base_count && !p->wild && rng_percent(r, 80))
        rt = p->bases[rng_below(r, p->base_count)];
    if (rt == p->counter)
        rt = (rt + 1) % 31; /* MRS writes Rt: keep the loop's counter */
    return system_words[which] | rt;
}

/*
 * Whether the instruction's semantics refuse it (reserved field values the
 * decoder leaves to them, as a 32-bit shift by 32 or more): tried once on a
 * scratch CPU whose registers all point into the data pages.
 */
static bool undefined_when_run(struct harness *probe, const struct a64_insn *in)
{
    struct cpu_state *cpu = &probe->cpu;
    for (unsigned n = 0; n < 31; n++)
        cpu->x[n] = HARNESS_DATA + 0x1000;
    cpu->x[31] = HARNESS_STACK_TOP - STACK_SIZE / 2;
    cpu->pc = in->pc;
    memset(&cpu->exception, 0, sizeof(cpu->exception));
    return in->exec(cpu, in) == A64_UNDEF;
}

/* One word of `e`'s row, or false if none came out valid in a few tries. */
static bool make_row_word(struct generator *g, const struct corpus_entry *e, uint32_t *out)
{
    struct rng *r = g->rng;
    /* reserved encodings end the run at once: a few */
    bool want_undefined = rng_percent(r, 1);
    for (unsigned attempt = 0; attempt < 32; attempt++) {
        uint32_t w = ((uint32_t)rng_next(r) & ~e->mask) | e->value;
        w = spare_addresses(g, e, w);
        if (e->shape == SHAPE_MEMORY)
            w = aim_memory(g, e, w);
        else if (e->shape == SHAPE_BRANCH || e->shape == SHAPE_LITERAL)
            w = aim_offset(g, e, w);
        if (a64_decode_row(g->decoder, w) != e->row)
            continue; /* a more specific row claims it */
        struct a64_insn in;
        a64_decode(g->decoder, w, HARNESS_CODE + 4 * g->index, &in);
        bool undefined = in.exec == a64_exec_undefined || undefined_when_run(g->probe, &in);
        if (undefined != want_undefined)
            continue;
        if (g->plan->counter != NO_REGISTER && names_register(e, w, g->plan->counter))
            continue;
        *out = w;
        return true;
    }
    return false;
}

static uint32_t make_word(struct generator *g)
{
    const struct corpus *c = g->corpus;
    for (;;) {
        unsigned pick = rng_below(g->rng, c->total_weight);
        if (pick < SYSTEM_WEIGHT)
            return make_system_word(g);
        pick -= SYSTEM_WEIGHT;
        size_t i = 0;
        while (pick >= c->entries[i].weight)
            pick -= c->entries[i++].weight;
        uint32_t w;
        if (make_row_word(g, &c->entries[i], &w))
            return w;
    }
}

/*
 * The stream (out->count words), with (a quarter of the time) a counted loop over part of it
 * so that blocks run again and chain: "sub xC, xC, #1; cbnz xC, start",
 * xC starting at 1..5 and named by no other instruction.
 */
static void make_stream(struct generator *g, struct plan *p, struct start_state *s, struct stream *out)
{
    struct rng *r = g->rng;
    p->counter = NO_REGISTER;
    if (out->count >= 4 && rng_percent(r, 25)) {
        p->loop_start = rng_below(r, (unsigned)out->count - 2);
        p->loop_end = p->loop_start + 1 + rng_below(r, (unsigned)(out->count - 2 - p->loop_start));
        p->counter = rng_below(r, 29);
        s->x[p->counter] = 1 + rng_below(r, 5);
        drop_register(p->bases, &p->base_count, p->counter);
        drop_register(p->indexes, &p->index_count, p->counter);
    }
    g->count = out->count;
    for (size_t i = 0; i < out->count; i++) {
        g->index = i;
        if (p->counter != NO_REGISTER && i == p->loop_end) {
            out->words[i] = 0xd1000400u | p->counter << 5 | p->counter; /* sub xC, xC, #1 */
        } else if (p->counter != NO_REGISTER && i == p->loop_end + 1) {
            uint32_t back = (uint32_t)((long)p->loop_start - (long)i) & 0x7ffff;
            out->words[i] = 0xb5000000u | back << 5 | p->counter; /* cbnz xC, start */
        } else {
            out->words[i] = make_word(g);
        }
    }
}

/* ================================================================== */
/* Running a stream with a watchdog                                    */
/* ================================================================== */

/*
 * A random stream may loop for ever (a backward branch, a BR to an earlier
 * instruction). The watchdog thread stops a run that takes longer than its
 * patience by exit_request; its lock keeps it from touching a CPU whose run
 * has finished.
 */
struct watchdog {
    pthread_mutex_t lock;
    pthread_t thread;
    struct cpu_state *running; /* NULL between runs */
    uint64_t generation;       /* counts runs */
    unsigned patience_ms;
    bool fired, stop;
};

#define WATCHDOG_TICK_MS 20

static void *watchdog_main(void *arg)
{
    struct watchdog *w = arg;
    uint64_t seen = 0;
    unsigned waited = 0;
    for (;;) {
        usleep(WATCHDOG_TICK_MS * 1000);
        pthread_mutex_lock(&w->lock);
        if (w->stop) {
            pthread_mutex_unlock(&w->lock);
            return 0;
        }
        if (!w->running || w->generation != seen) {
            seen = w->generation;
            waited = 0;
        } else if ((waited += WATCHDOG_TICK_MS) >= w->patience_ms && !w->fired) {
            __atomic_store_n(&w->running->exit_request, 1, __ATOMIC_RELAXED);
            w->fired = true;
        }
        pthread_mutex_unlock(&w->lock);
    }
}

static void watchdog_start(struct watchdog *w)
{
    memset(w, 0, sizeof(*w));
    pthread_mutex_init(&w->lock, 0);
    ck_assert_int_eq(pthread_create(&w->thread, 0, watchdog_main, w), 0);
}

static void watchdog_stop(struct watchdog *w)
{
    pthread_mutex_lock(&w->lock);
    w->stop = true;
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, 0);
    pthread_mutex_destroy(&w->lock);
}

/*
 * Like harness_run, but the code pages are read-only to the guest while it
 * runs: a stream storing into its own instructions without IC IVAU and ISB
 * would leave each engine free to run the old or the new ones (the Arm ARM
 * does not say which), so such stores fault instead, the same in both.
 */
static void run_stream(struct harness *h, const struct stream *st)
{
    ck_assert_int_eq(user_space_protect(&h->space, HARNESS_CODE, CODE_SIZE,
                                        USER_PROT_READ | USER_PROT_WRITE | USER_PROT_EXEC), 0);
    uint32_t *code = user_space_host(&h->space, HARNESS_CODE, CODE_SIZE, USER_PROT_WRITE);
    memset(code, 0, CODE_SIZE); /* past the terminator: UDF #0 */
    memcpy(code, st->words, st->count * 4);
    code[st->count] = 0xd4000001u | HARNESS_SVC_IMM << 5; /* svc #HARNESS_SVC_IMM */
    /* the change of protection drops the TLB and decoded code, as harness_run's invalidation */
    ck_assert_int_eq(user_space_protect(&h->space, HARNESS_CODE, CODE_SIZE,
                                        USER_PROT_READ | USER_PROT_EXEC), 0);
    h->cpu.pc = HARNESS_CODE;
    cpu_run(&h->cpu);
}

/* Runs the stream; false if the watchdog had to stop it. */
static bool run_watched(struct watchdog *w, struct harness *h, const struct stream *st,
                        unsigned patience_ms)
{
    pthread_mutex_lock(&w->lock);
    w->running = &h->cpu;
    w->generation++;
    w->patience_ms = patience_ms;
    w->fired = false;
    __atomic_store_n(&h->cpu.exit_request, 0, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&w->lock);
    run_stream(h, st);
    pthread_mutex_lock(&w->lock);
    w->running = 0;
    bool fired = w->fired;
    pthread_mutex_unlock(&w->lock);
    return !fired;
}

/* The same starting point for either engine: registers, pages, and no leftover state. */
static void load_state(struct harness *h, const struct start_state *s)
{
    struct cpu_state *cpu = &h->cpu;
    memcpy(cpu->x, s->x, sizeof(cpu->x));
    memcpy(cpu->v, s->v, sizeof(cpu->v));
    cpu->nzcv = s->nzcv;
    cpu->fpcr = s->fpcr;
    cpu->fpsr = s->fpsr;
    cpu->tpidr_el0 = s->tpidr_el0;
    memset(&cpu->exception, 0, sizeof(cpu->exception));
    memset(&cpu->monitor, 0, sizeof(cpu->monitor));
    memcpy(harness_memory(h, HARNESS_DATA, HARNESS_DATA_SIZE), s->data, HARNESS_DATA_SIZE);
    memcpy(harness_memory(h, HARNESS_STACK_TOP - STACK_SIZE, STACK_SIZE), s->stack, STACK_SIZE);
}

/* ================================================================== */
/* Comparing the two engines' results                                  */
/* ================================================================== */

static const char *exception_name(enum cpu_exception_kind k)
{
    static const char *const names[] = {
        [CPU_EXC_NONE] = "none", [CPU_EXC_SVC] = "SVC", [CPU_EXC_FIRMWARE_CALL] = "firmware call",
        [CPU_EXC_WFI] = "WFI", [CPU_EXC_UNDEF] = "UNDEF", [CPU_EXC_DATA_ABORT] = "data abort",
        [CPU_EXC_INSN_ABORT] = "instruction abort", [CPU_EXC_ALIGNMENT] = "alignment",
        [CPU_EXC_SP_ALIGNMENT] = "SP alignment", [CPU_EXC_BRK] = "BRK",
        [CPU_EXC_ILLEGAL_STATE] = "illegal state", [CPU_EXC_TRAP] = "trap",
        [CPU_EXC_DEBUG] = "debug", [CPU_EXC_EXIT] = "exit",
    };
    return (unsigned)k < COUNT(names) && names[k] ? names[k] : "?";
}

static bool differ_u64(char *what, size_t len, const char *name, uint64_t interp, uint64_t dbt)
{
    if (interp == dbt)
        return false;
    snprintf(what, len, "%s: interpreter 0x%" PRIx64 ", translator 0x%" PRIx64, name, interp, dbt);
    return true;
}

static bool differ_exception(char *what, size_t len, const struct cpu_exception *a,
                             const struct cpu_exception *b)
{
    if (a->kind != b->kind) {
        snprintf(what, len, "exception: interpreter %s, translator %s", exception_name(a->kind),
                 exception_name(b->kind));
        return true;
    }
    /* the fields each kind defines (cpu.h); the others may hold anything */
    bool has_syndrome = a->kind == CPU_EXC_SVC || a->kind == CPU_EXC_BRK || a->kind == CPU_EXC_UNDEF;
    bool is_fault = a->kind == CPU_EXC_DATA_ABORT || a->kind == CPU_EXC_INSN_ABORT ||
                    a->kind == CPU_EXC_ALIGNMENT || a->kind == CPU_EXC_SP_ALIGNMENT;
    if (has_syndrome && differ_u64(what, len, "exception syndrome", a->syndrome, b->syndrome))
        return true;
    if ((is_fault || a->kind == CPU_EXC_UNDEF) &&
        differ_u64(what, len, "exception address", a->address, b->address))
        return true;
    if (is_fault && differ_u64(what, len, "exception is_write", a->is_write, b->is_write))
        return true;
    if (is_fault && differ_u64(what, len, "exception page_mapped", a->page_mapped, b->page_mapped))
        return true;
    return false;
}

static bool differ_memory(char *what, size_t len, const char *name, uint64_t base,
                          const uint8_t *interp, const uint8_t *dbt, size_t size)
{
    if (memcmp(interp, dbt, size) == 0)
        return false;
    size_t i = 0;
    while (interp[i] == dbt[i])
        i++;
    snprintf(what, len, "%s byte at 0x%" PRIx64 ": interpreter 0x%02x, translator 0x%02x", name,
             base + i, interp[i], dbt[i]);
    return true;
}

/* The first architectural difference, described in `what`; false if none. */
static bool first_difference(struct harness *interp, struct harness *dbt, char *what, size_t len)
{
    const struct cpu_state *a = &interp->cpu, *b = &dbt->cpu;
    char name[32];
    for (unsigned n = 0; n < 32; n++) {
        snprintf(name, sizeof(name), n == 31 ? "sp" : "x%u", n);
        if (differ_u64(what, len, name, a->x[n], b->x[n]))
            return true;
    }
    if (differ_u64(what, len, "pc", a->pc, b->pc) || differ_u64(what, len, "nzcv", a->nzcv, b->nzcv) ||
        differ_exception(what, len, &a->exception, &b->exception))
        return true;
    for (unsigned n = 0; n < 32; n++) {
        snprintf(name, sizeof(name), "v%u.d[0]", n);
        if (differ_u64(what, len, name, a->v[n].d[0], b->v[n].d[0]))
            return true;
        snprintf(name, sizeof(name), "v%u.d[1]", n);
        if (differ_u64(what, len, name, a->v[n].d[1], b->v[n].d[1]))
            return true;
    }
    if (differ_u64(what, len, "fpcr", a->fpcr, b->fpcr) || differ_u64(what, len, "fpsr", a->fpsr, b->fpsr) ||
        differ_u64(what, len, "tpidr_el0", a->tpidr_el0, b->tpidr_el0))
        return true;
    uint64_t stack = HARNESS_STACK_TOP - STACK_SIZE;
    return differ_memory(what, len, "data", HARNESS_DATA,
                         harness_memory(interp, HARNESS_DATA, HARNESS_DATA_SIZE),
                         harness_memory(dbt, HARNESS_DATA, HARNESS_DATA_SIZE), HARNESS_DATA_SIZE) ||
           differ_memory(what, len, "stack", stack, harness_memory(interp, stack, STACK_SIZE),
                         harness_memory(dbt, stack, STACK_SIZE), STACK_SIZE) ||
           differ_memory(what, len, "code", HARNESS_CODE, harness_memory(interp, HARNESS_CODE, CODE_SIZE),
                         harness_memory(dbt, HARNESS_CODE, CODE_SIZE), CODE_SIZE);
}

static void print_stream(FILE *out, struct disassembler *dis, const struct a64_decoder *dec,
                         const struct stream *st, const struct start_state *s)
{
    char text[128];
    for (size_t i = 0; i < st->count; i++) {
        uint64_t pc = HARNESS_CODE + 4 * i;
        const struct a64_row *row = a64_decode_row(dec, st->words[i]);
        fprintf(out, "  0x%" PRIx64 ":  %08" PRIx32 "  %-22s %s\n", pc, st->words[i],
                row ? row->name : "(undefined)", disas_a64(dis, st->words[i], pc, text, sizeof(text)));
    }
    fprintf(out, "  start: nzcv 0x%08" PRIx32 " fpcr 0x%08" PRIx32 "\n", s->nzcv, s->fpcr);
    for (unsigned n = 0; n < 32; n++) {
        char name[8];
        snprintf(name, sizeof(name), n == 31 ? "sp" : "x%u", n);
        fprintf(out, "  %3s = 0x%016" PRIx64 "%s", name, s->x[n], n % 4 == 3 ? "\n" : "");
    }
}

/* ================================================================== */
/* The fuzz loop                                                       */
/* ================================================================== */

struct fuzz {
    struct harness interp, dbt, probe;
    struct corpus corpus;
    struct watchdog watchdog;
    struct disassembler *dis;
    struct start_state start;
    struct stream stream;
    unsigned endless; /* streams the interpreter did not finish: not compared */
    bool print_each;  /* FERRY_FUZZ_PRINT: every stream before it runs (a crash leaves no report) */
};

static uint64_t env_u64(const char *name, uint64_t fallback)
{
    const char *s = getenv(name);
    return s && *s ? strtoull(s, 0, 0) : fallback;
}

/* One stream from `seed`: true if both engines agree (or the stream never ends). */
static bool fuzz_one(struct fuzz *f, uint64_t seed)
{
    struct rng r = {seed};
    struct plan p = {.wild = rng_percent(&r, 5)};
    struct generator g = {f->interp.decoder, &f->probe, &f->corpus, &r, &p, 0, 0};
    f->stream.count = 1 + rng_below(&r, STREAM_MAX);
    plan_registers(&p, &f->start, &r, f->stream.count);
    plan_state(&f->start, &r);
    make_stream(&g, &p, &f->start, &f->stream);
    if (f->print_each) {
        fprintf(stderr, "dbt fuzz: seed 0x%" PRIx64 "\n", seed);
        print_stream(stderr, f->dis, f->interp.decoder, &f->stream, &f->start);
        fflush(stderr);
    }

    load_state(&f->interp, &f->start);
    if (!run_watched(&f->watchdog, &f->interp, &f->stream, INTERP_PATIENCE_MS)) {
        f->endless++;
        return true;
    }
    load_state(&f->dbt, &f->start);
    char what[200];
    bool finished = run_watched(&f->watchdog, &f->dbt, &f->stream, DBT_PATIENCE_MS);
    if (finished && !first_difference(&f->interp, &f->dbt, what, sizeof(what)))
        return true;
    if (!finished)
        snprintf(what, sizeof(what), "the translator did not finish in %u ms; the interpreter did",
                 DBT_PATIENCE_MS);
    fprintf(stderr, "dbt fuzz: engines differ, seed 0x%" PRIx64 " (FERRY_FUZZ_SEED=0x%" PRIx64
                    " FERRY_FUZZ_STREAMS=1): %s\n",
            seed, seed, what);
    print_stream(stderr, f->dis, f->interp.decoder, &f->stream, &f->start);
    return false;
}

START_TEST(translator_matches_interpreter_on_random_streams)
{
    uint64_t seed = env_u64("FERRY_FUZZ_SEED", FUZZ_DEFAULT_SEED);
    uint64_t streams = env_u64("FERRY_FUZZ_STREAMS", FUZZ_DEFAULT_STREAMS);
    struct fuzz *f = calloc(1, sizeof(*f));
    ck_assert_ptr_nonnull(f);
    harness_init(&f->interp);
    harness_init(&f->dbt);
    harness_init(&f->probe);
    f->interp.cpu.engine = CPU_ENGINE_INTERP;
    f->dbt.cpu.engine = CPU_ENGINE_DBT;
    corpus_build(&f->corpus, f->interp.decoder);
    f->dis = disas_open();
    f->print_each = env_u64("FERRY_FUZZ_PRINT", 0) != 0;
    watchdog_start(&f->watchdog);
    unsigned failures = 0;
    for (uint64_t i = 0; i < streams && failures < 10; i++)
        if (!fuzz_one(f, seed + i))
            failures++;
    watchdog_stop(&f->watchdog);
    fprintf(stderr, "dbt fuzz: %" PRIu64 " streams from seed 0x%" PRIx64 ", %u endless (skipped)\n",
            streams, seed, f->endless);
    /* a stream that loops for ever is rare by construction: many means the generator broke */
    ck_assert_uint_le(f->endless, streams / 50 + 2);
    ck_assert_uint_eq(failures, 0);
    disas_close(f->dis);
    free(f->corpus.entries);
    harness_free(&f->probe);
    harness_free(&f->dbt);
    harness_free(&f->interp);
    free(f);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("dbt_engines");
    TCase *fuzz = tcase_create("fuzz");
    /* ASan on a slow machine; a long run (FERRY_FUZZ_STREAMS) scales the limit */
    uint64_t streams = env_u64("FERRY_FUZZ_STREAMS", FUZZ_DEFAULT_STREAMS);
    tcase_set_timeout(fuzz, (double)(120 + streams / 50));
    tcase_add_test(fuzz, translator_matches_interpreter_on_random_streams);
    suite_add_tcase(s, fuzz);

    return harness_run_suite(s);
}
