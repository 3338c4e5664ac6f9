/*
 * Guest disassembly through Capstone, for tracing (-d in_asm) and error
 * messages. One lazily opened Capstone handle per CPU.
 */
#ifndef FERRY_CPU_DISAS_H
#define FERRY_CPU_DISAS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct disassembler;

struct disassembler *disas_open(void);
void disas_close(struct disassembler *d);

/*
 * Writes "mnemonic operands" for the A64 word at `pc` into buf (UDF named
 * by ferry, as Capstone 4 predates it; "(unknown to Capstone)" for anything
 * else it cannot decode). Returns buf.
 */
const char *disas_a64(struct disassembler *d, uint32_t word, uint64_t pc, char *buf, size_t len);

/* Writes one line per x86-64 instruction of code[0..size) (translated code, -d out_asm). */
void disas_x86(struct disassembler *d, const uint8_t *code, size_t size, FILE *out);

#endif
