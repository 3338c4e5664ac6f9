/* Capstone-backed A64 disassembly; see disas.h. */
#include "cpu/disas.h"

#include <capstone/capstone.h>
#include <stdio.h>
#include <stdlib.h>

struct disassembler {
    csh handle;
    bool open;
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
