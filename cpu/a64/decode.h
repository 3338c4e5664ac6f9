/*
 * The A64 decode table and the decoder built from it.
 *
 * Each instruction class is one row of `a64_decode_table` (decode_table.c):
 * a name, its encoding drawn as the Arm ARM draws it, and its semantics
 * function. The pattern is a space-separated list of tokens, most
 * significant bit first, that must add up to 32 bits:
 *
 *     "0", "1", "x"   literal bits (x = don't care), any number in one token
 *     "Rn:5"          a named field of that many bits
 *
 *     { "ADD_imm", "sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5", exec_ADD_imm }
 *
 * Field names are the Arm ARM's; each must be a member of struct a64_insn
 * (the list in decode.c), so semantics functions get typed, pre-extracted
 * fields: `in->Rn`, `in->imm12`.
 *
 * Overlaps are explicit: two rows may match the same word only if one of
 * them names the other in `overrides`, declaring itself the more specific
 * (it wins wherever both match). a64_decoder_build() refuses any other
 * overlap, so an encoding mistake that makes two rows collide is caught at
 * start-up and by the unit test that builds the real table.
 *
 * The decoder buckets rows by bits [31:21]; within a bucket rows are ordered
 * most specific first, so decoding is one bucket index and a short scan.
 */
#ifndef FERRY_CPU_A64_DECODE_H
#define FERRY_CPU_A64_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cpu_state;
struct a64_insn;

enum a64_result {
    A64_NEXT,      /* fall through to the next instruction */
    A64_BRANCH,    /* cpu->pc holds the next PC */
    A64_EXCEPTION, /* cpu->exception says what; run loop sets the PC */
    A64_UNDEF,     /* the encoding is UNDEFINED / reserved: raise an undefined exception */
};

typedef enum a64_result a64_exec_fn(struct cpu_state *cpu, const struct a64_insn *in);

/*
 * Optional per-row work done once at decode time instead of at every
 * execution: fills in->imm / in->aux from the fields. Returning false marks
 * the encoding UNDEFINED (the decoded instruction then raises UNDEF).
 */
typedef bool a64_prepare_fn(struct a64_insn *in);

enum a64_row_flags {
    /*
     * Always changes the PC or may change the translation context. A
     * conditional branch does not end its block: a block is a superblock
     * with a side exit at each, so the not-taken path stays in it.
     */
    A64_ENDS_BLOCK = 1u << 0,
    A64_UNIMPLEMENTED = 1u << 1, /* allocated by the architecture, not done yet: UNDEF */
};

struct a64_row {
    const char *name;
    const char *pattern;
    a64_exec_fn *exec;
    unsigned flags;
    const char *overrides; /* optional: name of the row this one beats where both match */
    a64_prepare_fn *prepare; /* optional: decode-time precomputation */
};

/* A decoded instruction: row, address, raw word and every named field. */
struct a64_insn {
    a64_exec_fn *exec; /* row->exec, or a64_exec_undefined for unimplemented/undefined */
    const struct a64_row *row;
    uint64_t pc;
    uint32_t word;
    /* Filled by the row's prepare function; their meaning is the row's. */
    uint64_t imm;
    uint8_t aux[4];
    /* wide immediates */
    uint32_t imm26, imm19, immhi;
    uint16_t imm16, imm14, imm12, imm9;
    /* registers */
    uint8_t Rd, Rn, Rm, Ra, Rt, Rt2, Rs;
    /* everything else, at most 8 bits */
    uint8_t sf, op, S, sh, N, immr, imms, imm6, imm7, imm5, imm8, imm3, immlo, hw, shift, opc, option,
        cond, nzcv, o0, o1, o2, o3, L, V, b5, b40, size, A, R, Q, C, sz, CRn, CRm, op0, op1, op2,
        opcode, opcode2, rmode, ftype, scale, immh, immb, cmode, abc, defgh, len, U, M, E, ac, o0b,
        imm4, H;
};

struct a64_decoder;

extern const struct a64_row a64_decode_table[];
extern const size_t a64_decode_table_size;

/*
 * Builds a decoder from `rows`. On a malformed pattern, unknown field or
 * undeclared overlap returns NULL and writes one line into err.
 */
struct a64_decoder *a64_decoder_build(const struct a64_row *rows, size_t count, char *err,
                                      size_t errlen);
void a64_decoder_free(struct a64_decoder *dec);

/* The row matching `word`, or NULL if no row does (UNDEFINED). */
const struct a64_row *a64_decode_row(const struct a64_decoder *dec, uint32_t word);

/* The semantics of every encoding no implemented row claims: returns A64_UNDEF. */
a64_exec_fn a64_exec_undefined;

/*
 * Decode and extract fields. Returns false (out->row = NULL) if undefined;
 * out->exec is always callable.
 */
bool a64_decode(const struct a64_decoder *dec, uint32_t word, uint64_t pc, struct a64_insn *out);

/* Mask and value of the fixed bits of a row (for tests and sample generation). */
bool a64_row_mask(const struct a64_decoder *dec, const struct a64_row *row, uint32_t *mask,
                  uint32_t *value);

#endif
