/* Capstone-backed A64 disassembly; see disas.h. */
#include "cpu/disas.h"

#include <capstone/capstone.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

struct disassembler {
    csh handle;
    bool open;
    csh x86; /* host code (-d out_asm), opened on first use */
    bool x86_open;
};

struct disassembler *disas_open(void)
{
    struct disassembler *d = calloc(1, sizeof(*d));
    if (!d)
        return 0;
    d->open = cs_open(CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN, &d->handle) == CS_ERR_OK;
    return d;
}

void disas_close(struct disassembler *d)
{
    if (!d)
        return;
    if (d->open)
        cs_close(&d->handle);
    if (d->x86_open)
        cs_close(&d->x86);
    free(d);
}

const char *disas_a64(struct disassembler *d, uint32_t word, uint64_t pc, char *buf, size_t len)
{
    uint8_t bytes[4] = {(uint8_t)word, (uint8_t)(word >> 8), (uint8_t)(word >> 16),
                        (uint8_t)(word >> 24)};
    cs_insn *insn = 0;
    size_t n = d && d->open ? cs_disasm(d->handle, bytes, 4, pc, 1, &insn) : 0;
    if (n == 1) {
        if (insn->op_str[0])
            snprintf(buf, len, "%s %s", insn->mnemonic, insn->op_str);
        else
            snprintf(buf, len, "%s", insn->mnemonic);
    } else if ((word >> 16) == 0) {
        /* UDF #imm16 (permanently undefined) postdates Capstone 4: name it ourselves. */
        snprintf(buf, len, "udf #%u", word & 0xffff);
    } else {
        snprintf(buf, len, "(unknown to Capstone)");
    }
    if (n)
        cs_free(insn, n);
    return buf;
}

void disas_x86(struct disassembler *d, const uint8_t *code, size_t size, FILE *out)
{
    if (!d)
        return;
    if (!d->x86_open)
        d->x86_open = cs_open(CS_ARCH_X86, CS_MODE_64, &d->x86) == CS_ERR_OK;
    if (!d->x86_open)
        return;
    cs_insn *insn = 0;
    size_t n = cs_disasm(d->x86, code, size, (uint64_t)(uintptr_t)code, 0, &insn);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "0x%016" PRIx64 ":  %s %s\n", insn[i].address, insn[i].mnemonic, insn[i].op_str);
    if (n)
        cs_free(insn, n);
}
