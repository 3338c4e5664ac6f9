/*
 * The A64 decode table: one row per instruction class, encodings drawn as in
 * the Arm ARM (most significant bit first). See decode.h for the pattern
 * syntax and the overlap rule. Section order follows the Arm ARM's top-level
 * encoding index; order inside the table does not affect decoding.
 *
 * Rows marked A64_UNIMPLEMENTED are allocated encoding space ferry does not
 * execute yet: they decode (so tools can count them) and raise UNDEF.
 */
#include "cpu/a64/decode.h"
#include "cpu/a64/exec.h"

#define ENDS A64_ENDS_BLOCK
#define UNIMPL A64_UNIMPLEMENTED

const struct a64_row a64_decode_table[] = {
    /* ---- Data processing -- immediate ---- */
    {"ADR", "0 immlo:2 10000 immhi:19 Rd:5", exec_ADR, 0, 0},
    {"ADRP", "1 immlo:2 10000 immhi:19 Rd:5", exec_ADRP, 0, 0},
    {"ADD_imm", "sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5", exec_ADD_imm, 0, 0},
    {"ADDS_imm", "sf:1 0 1 100010 sh:1 imm12:12 Rn:5 Rd:5", exec_ADDS_imm, 0, 0},
    {"SUB_imm", "sf:1 1 0 100010 sh:1 imm12:12 Rn:5 Rd:5", exec_SUB_imm, 0, 0},
    {"SUBS_imm", "sf:1 1 1 100010 sh:1 imm12:12 Rn:5 Rd:5", exec_SUBS_imm, 0, 0},
    {"AND_imm", "sf:1 00 100100 N:1 immr:6 imms:6 Rn:5 Rd:5", exec_AND_imm, 0, 0},
    {"ORR_imm", "sf:1 01 100100 N:1 immr:6 imms:6 Rn:5 Rd:5", exec_ORR_imm, 0, 0},
    {"EOR_imm", "sf:1 10 100100 N:1 immr:6 imms:6 Rn:5 Rd:5", exec_EOR_imm, 0, 0},
    {"ANDS_imm", "sf:1 11 100100 N:1 immr:6 imms:6 Rn:5 Rd:5", exec_ANDS_imm, 0, 0},
    {"MOVN", "sf:1 00 100101 hw:2 imm16:16 Rd:5", exec_MOVN, 0, 0},
    {"MOVZ", "sf:1 10 100101 hw:2 imm16:16 Rd:5", exec_MOVZ, 0, 0},
    {"MOVK", "sf:1 11 100101 hw:2 imm16:16 Rd:5", exec_MOVK, 0, 0},
    {"SBFM", "sf:1 00 100110 N:1 immr:6 imms:6 Rn:5 Rd:5", exec_SBFM, 0, 0},
    {"BFM", "sf:1 01 100110 N:1 immr:6 imms:6 Rn:5 Rd:5", exec_BFM, 0, 0},
    {"UBFM", "sf:1 10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5", exec_UBFM, 0, 0},
    {"EXTR", "sf:1 00 100111 N:1 0 Rm:5 imms:6 Rn:5 Rd:5", exec_EXTR, 0, 0},

    /* ---- Branches, exception generating and system instructions ---- */
    {"B_cond", "0101010 0 imm19:19 0 cond:4", exec_B_cond, ENDS, 0},
    {"SVC", "11010100 000 imm16:16 000 01", exec_SVC, ENDS, 0},
    {"HVC", "11010100 000 imm16:16 000 10", exec_HVC, ENDS, 0},
    {"SMC", "11010100 000 imm16:16 000 11", exec_SMC, ENDS, 0},
    {"BRK", "11010100 001 imm16:16 000 00", exec_BRK, ENDS, 0},
    {"HLT", "11010100 010 imm16:16 000 00", exec_HLT, ENDS, 0},
    {"HINT", "1101010100 0 00 011 0010 CRm:4 op2:3 11111", exec_HINT, 0, 0},
    {"CLREX", "1101010100 0 00 011 0011 CRm:4 010 11111", exec_CLREX, 0, 0},
    {"DSB", "1101010100 0 00 011 0011 CRm:4 100 11111", exec_barrier, 0, 0},
    {"DMB", "1101010100 0 00 011 0011 CRm:4 101 11111", exec_barrier, 0, 0},
    {"ISB", "1101010100 0 00 011 0011 CRm:4 110 11111", exec_ISB, ENDS, 0},
    {"MSR_imm", "1101010100 0 00 op1:3 0100 CRm:4 op2:3 11111", exec_MSR_imm, ENDS, 0},
    {"SYS", "1101010100 0 01 op1:3 CRn:4 CRm:4 op2:3 Rt:5", exec_SYS, 0, 0},
    {"SYSL", "1101010100 1 01 op1:3 CRn:4 CRm:4 op2:3 Rt:5", exec_SYSL, 0, 0},
    {"MSR_reg", "1101010100 0 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5", exec_MSR_reg, 0, 0},
    {"MRS", "1101010100 1 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5", exec_MRS, 0, 0},
    {"BR", "1101011 0000 11111 000000 Rn:5 00000", exec_BR, ENDS, 0},
    {"BLR", "1101011 0001 11111 000000 Rn:5 00000", exec_BLR, ENDS, 0},
    {"RET", "1101011 0010 11111 000000 Rn:5 00000", exec_RET, ENDS, 0},
    {"B", "0 00101 imm26:26", exec_B, ENDS, 0},
    {"BL", "1 00101 imm26:26", exec_BL, ENDS, 0},
    {"CBZ", "sf:1 011010 0 imm19:19 Rt:5", exec_CBZ, ENDS, 0},
    {"CBNZ", "sf:1 011010 1 imm19:19 Rt:5", exec_CBNZ, ENDS, 0},
    {"TBZ", "b5:1 011011 0 b40:5 imm14:14 Rt:5", exec_TBZ, ENDS, 0},
    {"TBNZ", "b5:1 011011 1 b40:5 imm14:14 Rt:5", exec_TBNZ, ENDS, 0},

    /* ---- Loads and stores ---- */
    {"STXR", "size:2 001000 0 0 0 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5", exec_STXR, 0, 0},
    {"LDXR", "size:2 001000 0 1 0 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5", exec_LDXR, 0, 0},
    {"STXP", "1 sz:1 001000 0 0 1 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5", exec_STXP, 0, 0},
    {"LDXP", "1 sz:1 001000 0 1 1 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5", exec_LDXP, 0, 0},
    {"CASP", "0 sz:1 001000 0 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5", exec_CASP, 0, 0},
    {"STLR", "size:2 001000 1 0 0 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5", exec_STLR, 0, 0},
    {"LDAR", "size:2 001000 1 1 0 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5", exec_LDAR, 0, 0},
    {"CAS", "size:2 001000 1 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5", exec_CAS, 0, 0},
    {"LDR_lit", "opc:2 011 0 00 imm19:19 Rt:5", exec_LDR_lit, 0, 0},
    {"PRFM_lit", "11 011 0 00 imm19:19 Rt:5", exec_PRFM, 0, "LDR_lit"},
    {"LDR_lit_fp", "opc:2 011 1 00 imm19:19 Rt:5", exec_LDR_lit_fp, 0, 0},
    {"LDSTP_noalloc", "opc:2 101 V:1 000 L:1 imm7:7 Rt2:5 Rn:5 Rt:5", exec_LDSTP_off, 0, 0},
    {"LDSTP_post", "opc:2 101 V:1 001 L:1 imm7:7 Rt2:5 Rn:5 Rt:5", exec_LDSTP_post, 0, 0},
    {"LDSTP_off", "opc:2 101 V:1 010 L:1 imm7:7 Rt2:5 Rn:5 Rt:5", exec_LDSTP_off, 0, 0},
    {"LDSTP_pre", "opc:2 101 V:1 011 L:1 imm7:7 Rt2:5 Rn:5 Rt:5", exec_LDSTP_pre, 0, 0},
    {"LDST_unscaled", "size:2 111 V:1 00 opc:2 0 imm9:9 00 Rn:5 Rt:5", exec_LDST_unscaled, 0, 0},
    {"LDST_post", "size:2 111 V:1 00 opc:2 0 imm9:9 01 Rn:5 Rt:5", exec_LDST_post, 0, 0},
    {"LDST_unpriv", "size:2 111 V:1 00 opc:2 0 imm9:9 10 Rn:5 Rt:5", exec_LDST_unpriv, 0, 0},
    {"LDST_pre", "size:2 111 V:1 00 opc:2 0 imm9:9 11 Rn:5 Rt:5", exec_LDST_pre, 0, 0},
    {"LDST_reg", "size:2 111 V:1 00 opc:2 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5", exec_LDST_reg, 0, 0},
    {"LDST_uimm", "size:2 111 V:1 01 opc:2 imm12:12 Rn:5 Rt:5", exec_LDST_uimm, 0, 0},
    {"LSE_LDop", "size:2 111 0 00 A:1 R:1 1 Rs:5 0 opc:3 00 Rn:5 Rt:5", exec_LSE_LDop, 0, 0},
    {"SWP", "size:2 111 0 00 A:1 R:1 1 Rs:5 1 000 00 Rn:5 Rt:5", exec_SWP, 0, 0},
    {"LDAPR", "size:2 111 0 00 1 0 1 11111 1 100 00 Rn:5 Rt:5", exec_LDAPR, 0, 0},
    {"SIMD_LDST_struct", "0 x 00110 xxxxxxxxxxxxxxxxxxxxxxxxx", 0, UNIMPL, 0},

    /* ---- Data processing -- register ---- */
    {"AND_reg", "sf:1 00 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5", exec_AND_reg, 0, 0},
    {"ORR_reg", "sf:1 01 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5", exec_ORR_reg, 0, 0},
    {"EOR_reg", "sf:1 10 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5", exec_EOR_reg, 0, 0},
    {"ANDS_reg", "sf:1 11 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5", exec_ANDS_reg, 0, 0},
    {"ADD_sreg", "sf:1 0 0 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5", exec_ADD_sreg, 0, 0},
    {"ADDS_sreg", "sf:1 0 1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5", exec_ADDS_sreg, 0, 0},
    {"SUB_sreg", "sf:1 1 0 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5", exec_SUB_sreg, 0, 0},
    {"SUBS_sreg", "sf:1 1 1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5", exec_SUBS_sreg, 0, 0},
    {"ADDSUB_ext", "sf:1 op:1 S:1 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 Rd:5", exec_ADDSUB_ext, 0, 0},
    {"ADC_SBC", "sf:1 op:1 S:1 11010000 Rm:5 000000 Rn:5 Rd:5", exec_ADC_SBC, 0, 0},
    {"CCMP_reg", "sf:1 op:1 1 11010010 Rm:5 cond:4 0 0 Rn:5 0 nzcv:4", exec_CCMP_reg, 0, 0},
    {"CCMP_imm", "sf:1 op:1 1 11010010 imm5:5 cond:4 1 0 Rn:5 0 nzcv:4", exec_CCMP_imm, 0, 0},
    {"CSEL", "sf:1 0 0 11010100 Rm:5 cond:4 00 Rn:5 Rd:5", exec_CSEL, 0, 0},
    {"CSINC", "sf:1 0 0 11010100 Rm:5 cond:4 01 Rn:5 Rd:5", exec_CSINC, 0, 0},
    {"CSINV", "sf:1 1 0 11010100 Rm:5 cond:4 00 Rn:5 Rd:5", exec_CSINV, 0, 0},
    {"CSNEG", "sf:1 1 0 11010100 Rm:5 cond:4 01 Rn:5 Rd:5", exec_CSNEG, 0, 0},
    {"MADD", "sf:1 00 11011 000 Rm:5 0 Ra:5 Rn:5 Rd:5", exec_MADD, 0, 0},
    {"MSUB", "sf:1 00 11011 000 Rm:5 1 Ra:5 Rn:5 Rd:5", exec_MSUB, 0, 0},
    {"SMADDL", "1 00 11011 001 Rm:5 0 Ra:5 Rn:5 Rd:5", exec_SMADDL, 0, 0},
    {"SMSUBL", "1 00 11011 001 Rm:5 1 Ra:5 Rn:5 Rd:5", exec_SMSUBL, 0, 0},
    {"SMULH", "1 00 11011 010 Rm:5 0 Ra:5 Rn:5 Rd:5", exec_SMULH, 0, 0},
    {"UMADDL", "1 00 11011 101 Rm:5 0 Ra:5 Rn:5 Rd:5", exec_UMADDL, 0, 0},
    {"UMSUBL", "1 00 11011 101 Rm:5 1 Ra:5 Rn:5 Rd:5", exec_UMSUBL, 0, 0},
    {"UMULH", "1 00 11011 110 Rm:5 0 Ra:5 Rn:5 Rd:5", exec_UMULH, 0, 0},
    {"UDIV", "sf:1 0 0 11010110 Rm:5 00001 0 Rn:5 Rd:5", exec_UDIV, 0, 0},
    {"SDIV", "sf:1 0 0 11010110 Rm:5 00001 1 Rn:5 Rd:5", exec_SDIV, 0, 0},
    {"SHIFTV", "sf:1 0 0 11010110 Rm:5 0010 shift:2 Rn:5 Rd:5", exec_SHIFTV, 0, 0},
    {"CRC32", "sf:1 0 0 11010110 Rm:5 010 C:1 sz:2 Rn:5 Rd:5", exec_CRC32, 0, 0},
    {"RBIT", "sf:1 1 0 11010110 00000 000000 Rn:5 Rd:5", exec_RBIT, 0, 0},
    {"REV16", "sf:1 1 0 11010110 00000 000001 Rn:5 Rd:5", exec_REV16, 0, 0},
    {"REV32", "sf:1 1 0 11010110 00000 000010 Rn:5 Rd:5", exec_REV32, 0, 0},
    {"REV64", "1 1 0 11010110 00000 000011 Rn:5 Rd:5", exec_REV64, 0, 0},
    {"CLZ", "sf:1 1 0 11010110 00000 000100 Rn:5 Rd:5", exec_CLZ, 0, 0},
    {"CLS", "sf:1 1 0 11010110 00000 000101 Rn:5 Rd:5", exec_CLS, 0, 0},

    /* ---- Data processing -- scalar floating point (single, double) ---- */
    {"FP_2src", "0 0 0 11110 ftype:2 1 Rm:5 opcode:4 10 Rn:5 Rd:5", exec_FP_2src, 0,
     "SIMD_FP_dp_1111"},
    {"FP_1src", "0 0 0 11110 ftype:2 1 opcode:6 10000 Rn:5 Rd:5", exec_FP_1src, 0,
     "SIMD_FP_dp_1111"},
    {"FP_3src", "0 0 0 11111 ftype:2 o1:1 Rm:5 o0:1 Ra:5 Rn:5 Rd:5", exec_FP_3src, 0,
     "SIMD_FP_dp_1111"},
    {"FCMP", "0 0 0 11110 ftype:2 1 Rm:5 00 1000 Rn:5 opcode2:5", exec_FCMP, 0, "SIMD_FP_dp_1111"},
    {"FCCMP", "0 0 0 11110 ftype:2 1 Rm:5 cond:4 01 Rn:5 op:1 nzcv:4", exec_FCCMP, 0,
     "SIMD_FP_dp_1111"},
    {"FCSEL", "0 0 0 11110 ftype:2 1 Rm:5 cond:4 11 Rn:5 Rd:5", exec_FCSEL, 0, "SIMD_FP_dp_1111"},
    {"FMOV_imm", "0 0 0 11110 ftype:2 1 imm8:8 100 imm5:5 Rd:5", exec_FMOV_imm, 0,
     "SIMD_FP_dp_1111"},
    {"FP_int", "sf:1 0 0 11110 ftype:2 1 rmode:2 opcode:3 000000 Rn:5 Rd:5", exec_FP_int, 0,
     "SIMD_FP_dp_1111"},
    {"FP_fixed", "sf:1 0 0 11110 ftype:2 0 rmode:2 opcode:3 scale:6 Rn:5 Rd:5", exec_FP_fixed, 0,
     "SIMD_FP_dp_1111"},

    /* ---- Cryptographic extension ---- */
    {"AES", "01001110 size:2 10100 opcode:5 10 Rn:5 Rd:5", exec_AES, 0, "SIMD_FP_dp_0111"},
    {"PMULL", "0 Q:1 0 01110 size:2 1 Rm:5 1110 00 Rn:5 Rd:5", exec_PMULL, 0, "SIMD_FP_dp_0111"},
    {"SHA_3reg", "01011110 size:2 0 Rm:5 0 opcode:3 00 Rn:5 Rd:5", exec_SHA_3reg, 0,
     "SIMD_FP_dp_1111"},
    {"SHA_2reg", "01011110 size:2 10100 opcode:5 10 Rn:5 Rd:5", exec_SHA_2reg, 0,
     "SIMD_FP_dp_1111"},

    /* ---- Data processing -- scalar FP and Advanced SIMD (issue: FP/SIMD) ---- */
    {"SIMD_FP_dp_0111", "xxx 0111 xxxxxxxxxxxxxxxxxxxxxxxxx", 0, UNIMPL, 0},
    {"SIMD_FP_dp_1111", "xxx 1111 xxxxxxxxxxxxxxxxxxxxxxxxx", 0, UNIMPL, 0},
};

const size_t a64_decode_table_size = sizeof(a64_decode_table) / sizeof(a64_decode_table[0]);
