/*
 * Builds the bucketed decoder from the declarative table (decode.h).
 *
 * Start-up cost is one pass over the rows per bucket (2048 buckets x a few
 * hundred rows): well under a millisecond, so no build-time generator is
 * needed.
 */
#include "cpu/a64/decode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUCKET_SHIFT 21
#define BUCKET_COUNT (1u << (32 - BUCKET_SHIFT))
#define MAX_FIELDS 16

struct field_slot {
    const char *name;
    uint16_t offset;
    uint8_t size;
};

#define SLOT(f) {#f, offsetof(struct a64_insn, f), sizeof(((struct a64_insn *)0)->f)}
static const struct field_slot field_slots[] = {
    SLOT(imm26), SLOT(imm19), SLOT(immhi), SLOT(imm16), SLOT(imm14), SLOT(imm12), SLOT(imm9),
    SLOT(Rd),    SLOT(Rn),    SLOT(Rm),    SLOT(Ra),    SLOT(Rt),    SLOT(Rt2),   SLOT(Rs),
    SLOT(sf),    SLOT(op),    SLOT(S),     SLOT(sh),    SLOT(N),     SLOT(immr),  SLOT(imms),
    SLOT(imm6),  SLOT(imm7),  SLOT(imm5),  SLOT(imm8),  SLOT(imm3),  SLOT(immlo), SLOT(hw),    SLOT(shift),
    SLOT(opc),   SLOT(option), SLOT(cond), SLOT(nzcv),  SLOT(o0),    SLOT(o1),    SLOT(o2),
    SLOT(o3),    SLOT(L),     SLOT(V),     SLOT(b5),    SLOT(b40),   SLOT(size),  SLOT(A),
    SLOT(R),     SLOT(Q),     SLOT(C),     SLOT(sz),    SLOT(CRn),   SLOT(CRm),   SLOT(op0),
    SLOT(op1),   SLOT(op2),   SLOT(opcode), SLOT(opcode2), SLOT(rmode), SLOT(ftype), SLOT(scale),
    SLOT(immh),  SLOT(immb),  SLOT(cmode), SLOT(abc),  SLOT(defgh), SLOT(len),   SLOT(U),
    SLOT(M),     SLOT(E),     SLOT(ac),    SLOT(o0b),   SLOT(imm4),  SLOT(H),
};
#undef SLOT

struct compiled_field {
    uint8_t lsb, width, size;
    uint16_t offset;
};

struct compiled_row {
    const struct a64_row *row;
    uint32_t mask, value;
    unsigned nfields;
    struct compiled_field fields[MAX_FIELDS];
};

struct a64_decoder {
    struct compiled_row *rows;
    size_t nrows;
    uint32_t bucket_start[BUCKET_COUNT + 1]; /* index into bucket_rows */
    uint32_t *bucket_rows;                   /* indices into rows, most specific first */
};

static const struct field_slot *find_slot(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof(field_slots) / sizeof(field_slots[0]); i++)
        if (strlen(field_slots[i].name) == len && memcmp(field_slots[i].name, name, len) == 0)
            return &field_slots[i];
    return 0;
}

static bool compile_row(const struct a64_row *row, struct compiled_row *out, char *err,
                        size_t errlen)
{
    memset(out, 0, sizeof(*out));
    out->row = row;
    int bit = 32; /* bits still to place, MSB first */
    const char *p = row->pattern;
    while (*p) {
        if (*p == ' ') {
            p++;
            continue;
        }
        const char *tok = p;
        while (*p && *p != ' ')
            p++;
        size_t toklen = (size_t)(p - tok);
        const char *colon = memchr(tok, ':', toklen);
        if (!colon) {
            for (size_t i = 0; i < toklen; i++) {
                if (--bit < 0)
                    goto too_long;
                if (tok[i] == '0' || tok[i] == '1') {
                    out->mask |= 1u << bit;
                    out->value |= (uint32_t)(tok[i] - '0') << bit;
                } else if (tok[i] != 'x') {
                    snprintf(err, errlen, "row %s: bad literal '%.*s'", row->name, (int)toklen,
                             tok);
                    return false;
                }
            }
            continue;
        }
        int width = atoi(colon + 1);
        const struct field_slot *slot = find_slot(tok, (size_t)(colon - tok));
        if (!slot) {
            snprintf(err, errlen, "row %s: unknown field '%.*s'", row->name, (int)(colon - tok),
                     tok);
            return false;
        }
        if (width <= 0 || width > (int)slot->size * 8) {
            snprintf(err, errlen, "row %s: field %s has bad width %d", row->name, slot->name,
                     width);
            return false;
        }
        bit -= width;
        if (bit < 0)
            goto too_long;
        if (out->nfields == MAX_FIELDS) {
            snprintf(err, errlen, "row %s: too many fields", row->name);
            return false;
        }
        out->fields[out->nfields++] = (struct compiled_field){
            .lsb = (uint8_t)bit, .width = (uint8_t)width, .size = slot->size, .offset = slot->offset};
    }
    if (bit != 0) {
        snprintf(err, errlen, "row %s: pattern has %d bits, not 32", row->name, 32 - bit);
        return false;
    }
    return true;
too_long:
    snprintf(err, errlen, "row %s: pattern longer than 32 bits", row->name);
    return false;
}

static bool rows_overlap(const struct compiled_row *a, const struct compiled_row *b)
{
    return ((a->value ^ b->value) & a->mask & b->mask) == 0;
}

static bool declared_over(const struct compiled_row *a, const struct compiled_row *b)
{
    return a->row->overrides && strcmp(a->row->overrides, b->row->name) == 0;
}

/* True if a must be tried before b. Only meaningful for overlapping rows. */
static bool wins_over(const struct compiled_row *a, const struct compiled_row *b)
{
    return declared_over(a, b);
}

static unsigned popcount32(uint32_t v) { return (unsigned)__builtin_popcount(v); }

struct a64_decoder *a64_decoder_build(const struct a64_row *rows, size_t count, char *err,
                                      size_t errlen)
{
    struct a64_decoder *dec = calloc(1, sizeof(*dec));
    if (!dec) {
        snprintf(err, errlen, "out of memory");
        return 0;
    }
    dec->rows = calloc(count ? count : 1, sizeof(*dec->rows));
    dec->nrows = count;
    if (!dec->rows)
        goto fail_oom;
    for (size_t i = 0; i < count; i++)
        if (!compile_row(&rows[i], &dec->rows[i], err, errlen))
            goto fail;

    for (size_t i = 0; i < count; i++) {
        for (size_t j = i + 1; j < count; j++) {
            const struct compiled_row *a = &dec->rows[i], *b = &dec->rows[j];
            if (!rows_overlap(a, b) || wins_over(a, b) || wins_over(b, a))
                continue;
            snprintf(err, errlen, "rows %s and %s overlap and neither declares it overrides the other",
                     a->row->name, b->row->name);
            goto fail;
        }
    }

    /* Bucket lists: count, then fill, then order each most specific first. */
    size_t total = 0;
    for (uint32_t k = 0; k < BUCKET_COUNT; k++) {
        dec->bucket_start[k] = (uint32_t)total;
        uint32_t key = k << BUCKET_SHIFT, key_mask = ~0u << BUCKET_SHIFT;
        for (size_t i = 0; i < count; i++)
            if (((dec->rows[i].value ^ key) & dec->rows[i].mask & key_mask) == 0)
                total++;
    }
    dec->bucket_start[BUCKET_COUNT] = (uint32_t)total;
    dec->bucket_rows = malloc((total ? total : 1) * sizeof(uint32_t));
    if (!dec->bucket_rows)
        goto fail_oom;
    for (uint32_t k = 0; k < BUCKET_COUNT; k++) {
        uint32_t *list = dec->bucket_rows + dec->bucket_start[k];
        size_t n = 0;
        uint32_t key = k << BUCKET_SHIFT, key_mask = ~0u << BUCKET_SHIFT;
        for (size_t i = 0; i < count; i++)
            if (((dec->rows[i].value ^ key) & dec->rows[i].mask & key_mask) == 0)
                list[n++] = (uint32_t)i;
        /*
         * Insertion sort, more fixed bits first (cheap rejections early), then
         * move each declared winner ahead of the row it overrides.
         */
        for (size_t i = 1; i < n; i++) {
            uint32_t cur = list[i];
            size_t j = i;
            while (j > 0 &&
                   popcount32(dec->rows[list[j - 1]].mask) < popcount32(dec->rows[cur].mask)) {
                list[j] = list[j - 1];
                j--;
            }
            list[j] = cur;
        }
        for (size_t i = 0; i < n; i++) {
            for (size_t j = i + 1; j < n; j++) {
                if (declared_over(&dec->rows[list[j]], &dec->rows[list[i]])) {
                    uint32_t moved = list[j];
                    memmove(&list[i + 1], &list[i], (j - i) * sizeof(uint32_t));
                    list[i] = moved;
                }
            }
        }
    }
    return dec;

fail_oom:
    snprintf(err, errlen, "out of memory");
fail:
    a64_decoder_free(dec);
    return 0;
}

void a64_decoder_free(struct a64_decoder *dec)
{
    if (!dec)
        return;
    free(dec->rows);
    free(dec->bucket_rows);
    free(dec);
}

static const struct compiled_row *find_compiled(const struct a64_decoder *dec, uint32_t word)
{
    uint32_t k = word >> BUCKET_SHIFT;
    for (uint32_t i = dec->bucket_start[k]; i < dec->bucket_start[k + 1]; i++) {
        const struct compiled_row *r = &dec->rows[dec->bucket_rows[i]];
        if ((word & r->mask) == r->value)
            return r;
    }
    return 0;
}

const struct a64_row *a64_decode_row(const struct a64_decoder *dec, uint32_t word)
{
    const struct compiled_row *r = find_compiled(dec, word);
    return r ? r->row : 0;
}

enum a64_result a64_exec_undefined(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}

bool a64_decode(const struct a64_decoder *dec, uint32_t word, uint64_t pc, struct a64_insn *out)
{
    memset(out, 0, sizeof(*out));
    out->exec = a64_exec_undefined;
    out->pc = pc;
    out->word = word;
    const struct compiled_row *r = find_compiled(dec, word);
    if (!r)
        return false;
    out->row = r->row;
    if (r->row->exec)
        out->exec = r->row->exec;
    for (unsigned i = 0; i < r->nfields; i++) {
        const struct compiled_field *f = &r->fields[i];
        uint32_t v = (word >> f->lsb) & (uint32_t)((1ull << f->width) - 1);
        uint8_t *slot = (uint8_t *)out + f->offset;
        switch (f->size) {
        case 1: *slot = (uint8_t)v; break;
        case 2: memcpy(slot, &(uint16_t){(uint16_t)v}, 2); break;
        default: memcpy(slot, &v, 4); break;
        }
    }
    if (r->row->prepare && !r->row->prepare(out))
        out->exec = a64_exec_undefined;
    return true;
}

bool a64_row_mask(const struct a64_decoder *dec, const struct a64_row *row, uint32_t *mask,
                  uint32_t *value)
{
    for (size_t i = 0; i < dec->nrows; i++) {
        if (dec->rows[i].row == row) {
            *mask = dec->rows[i].mask;
            *value = dec->rows[i].value;
            return true;
        }
    }
    return false;
}
