/*
 * Semantics functions named by the decode table, grouped by the file that
 * defines them. Each receives the CPU and the decoded instruction with its
 * fields already extracted (decode.h) and returns what the run loop does next.
 */
#ifndef FERRY_CPU_A64_EXEC_H
#define FERRY_CPU_A64_EXEC_H

#include "cpu/a64/decode.h"

/* dp_imm.c: data processing -- immediate */
a64_exec_fn exec_ADR;
a64_exec_fn exec_ADRP;
a64_exec_fn exec_ADD_imm;
a64_exec_fn exec_ADDS_imm;
a64_exec_fn exec_SUB_imm;
a64_exec_fn exec_SUBS_imm;
a64_exec_fn exec_AND_imm;
a64_exec_fn exec_ORR_imm;
a64_exec_fn exec_EOR_imm;
a64_exec_fn exec_ANDS_imm;
a64_exec_fn exec_MOVN;
a64_exec_fn exec_MOVZ;
a64_exec_fn exec_MOVK;
a64_exec_fn exec_SBFM;
a64_exec_fn exec_BFM;
a64_exec_fn exec_UBFM;
a64_exec_fn exec_EXTR;

/* dp_reg.c: data processing -- register */
a64_exec_fn exec_AND_reg;
a64_exec_fn exec_ORR_reg;
a64_exec_fn exec_EOR_reg;
a64_exec_fn exec_ANDS_reg;
a64_exec_fn exec_ADD_sreg;
a64_exec_fn exec_ADDS_sreg;
a64_exec_fn exec_SUB_sreg;
a64_exec_fn exec_SUBS_sreg;
a64_exec_fn exec_ADDSUB_ext;
a64_exec_fn exec_ADC_SBC;
a64_exec_fn exec_CCMP_reg;
a64_exec_fn exec_CCMP_imm;
a64_exec_fn exec_CSEL;
a64_exec_fn exec_CSINC;
a64_exec_fn exec_CSINV;
a64_exec_fn exec_CSNEG;
a64_exec_fn exec_MADD;
a64_exec_fn exec_MSUB;
a64_exec_fn exec_SMADDL;
a64_exec_fn exec_SMSUBL;
a64_exec_fn exec_SMULH;
a64_exec_fn exec_UMADDL;
a64_exec_fn exec_UMSUBL;
a64_exec_fn exec_UMULH;
a64_exec_fn exec_UDIV;
a64_exec_fn exec_SDIV;
a64_exec_fn exec_SHIFTV;
a64_exec_fn exec_CRC32;
a64_exec_fn exec_RBIT;
a64_exec_fn exec_REV16;
a64_exec_fn exec_REV32;
a64_exec_fn exec_REV64;
a64_exec_fn exec_CLZ;
a64_exec_fn exec_CLS;

/* branch.c: branches */
a64_exec_fn exec_B_cond;
a64_exec_fn exec_B;
a64_exec_fn exec_BL;
a64_exec_fn exec_BR;
a64_exec_fn exec_BLR;
a64_exec_fn exec_RET;
a64_exec_fn exec_CBZ;
a64_exec_fn exec_CBNZ;
a64_exec_fn exec_TBZ;
a64_exec_fn exec_TBNZ;

/* system.c: exception generation, hints, barriers, system register access */
a64_exec_fn exec_SVC;
a64_exec_fn exec_HVC;
a64_exec_fn exec_SMC;
a64_exec_fn exec_BRK;
a64_exec_fn exec_HLT;
a64_exec_fn exec_HINT;
a64_exec_fn exec_CLREX;
a64_exec_fn exec_barrier;
a64_exec_fn exec_ISB;
a64_exec_fn exec_MSR_imm;
a64_exec_fn exec_SYS;
a64_exec_fn exec_SYSL;
a64_exec_fn exec_MSR_reg;
a64_exec_fn exec_MRS;

/* ldst.c: loads and stores of general and SIMD&FP registers */
a64_exec_fn exec_LDR_lit;
a64_exec_fn exec_PRFM;
a64_exec_fn exec_LDR_lit_fp;
a64_exec_fn exec_LDSTP_off;
a64_exec_fn exec_LDSTP_post;
a64_exec_fn exec_LDSTP_pre;
a64_exec_fn exec_LDST_unscaled;
a64_exec_fn exec_LDST_post;
a64_exec_fn exec_LDST_unpriv;
a64_exec_fn exec_LDST_pre;
a64_exec_fn exec_LDST_reg;
a64_exec_fn exec_LDST_uimm;
a64_prepare_fn prepare_LDST_uimm;
a64_prepare_fn prepare_LDST_unscaled;
a64_prepare_fn prepare_LDST_writeback;
a64_prepare_fn prepare_LDST_unpriv;
a64_prepare_fn prepare_LDST_reg;

/* ldst_exclusive.c: exclusives and load-acquire/store-release */
a64_exec_fn exec_STXR;
a64_exec_fn exec_LDXR;
a64_exec_fn exec_STXP;
a64_exec_fn exec_LDXP;
a64_exec_fn exec_STLR;
a64_exec_fn exec_LDAR;
a64_exec_fn exec_LDAPR;

/* atomics.c: LSE atomics */
a64_exec_fn exec_CAS;
a64_exec_fn exec_CASP;
a64_exec_fn exec_LSE_LDop;
a64_exec_fn exec_SWP;

/* fp_scalar.c, fp_convert.c: scalar floating point */
a64_exec_fn exec_FP_2src;
a64_exec_fn exec_FP_1src;
a64_exec_fn exec_FP_3src;
a64_exec_fn exec_FCMP;
a64_exec_fn exec_FCCMP;
a64_exec_fn exec_FCSEL;
a64_exec_fn exec_FMOV_imm;
a64_exec_fn exec_FP_int;
a64_exec_fn exec_FP_fixed;

/* fp_estimate.c: reciprocal estimates and steps (scalar) */
a64_exec_fn exec_FRECPE;
a64_exec_fn exec_FRSQRTE;
a64_exec_fn exec_FRECPX;

/* simd_fp.c: Advanced SIMD floating point */
a64_exec_fn exec_SIMD_FP_3same;
a64_exec_fn exec_SIMD_FP_pairwise_scalar;
a64_exec_fn exec_SIMD_FP_across;
a64_exec_fn exec_SIMD_FP_2misc;
a64_exec_fn exec_SIMD_FCVTN_FCVTL;
a64_exec_fn exec_FCVTXN_scalar;
a64_exec_fn exec_SIMD_cvt_fixed;
a64_prepare_fn prepare_SIMD_FP_2misc_cmp;
a64_prepare_fn prepare_SIMD_FP_2misc;

/* simd_copy.c: DUP, INS, SMOV, UMOV */
a64_exec_fn exec_SIMD_copy;

/* simd_modimm.c: MOVI, MVNI, ORR/BIC (vector, immediate), FMOV (vector, immediate) */
a64_exec_fn exec_SIMD_modimm;

/* simd_logic.c: AND, BIC, ORR, ORN, EOR, BSL, BIT, BIF (vector) */
a64_exec_fn exec_SIMD_logic;

/* simd_int.c: Advanced SIMD integer arithmetic, comparisons, across lanes */
a64_exec_fn exec_SIMD_ADD_SUB;
a64_exec_fn exec_SIMD_CMTST_CMEQ;
a64_exec_fn exec_SIMD_CMGT_CMGE;
a64_exec_fn exec_SIMD_MAX_MIN;
a64_exec_fn exec_SIMD_MAXP_MINP;
a64_exec_fn exec_SIMD_ADDP;
a64_exec_fn exec_SIMD_MUL_MLA;
a64_exec_fn exec_SIMD_ABD_ABA;
a64_exec_fn exec_SIMD_HADD;
a64_exec_fn exec_SIMD_HSUB;
a64_exec_fn exec_SIMD_QADD_QSUB;
a64_exec_fn exec_SIMD_SHL_reg;
a64_exec_fn exec_SIMD_SQDMULH;
a64_exec_fn exec_SIMD_ADDLP;
a64_exec_fn exec_SIMD_SUQADD_USQADD;
a64_exec_fn exec_SIMD_SQABS_SQNEG;
a64_exec_fn exec_SIMD_XTN_SQXTUN;
a64_exec_fn exec_SIMD_SQXTN_UQXTN;
a64_exec_fn exec_SIMD_SHLL_esize;
a64_exec_fn exec_SIMD_REV;
a64_exec_fn exec_SIMD_CLS_CLZ;
a64_exec_fn exec_SIMD_CNT_NOT_RBIT;
a64_exec_fn exec_SIMD_cmp_zero_ABS_NEG;
a64_exec_fn exec_SIMD_ADDV;
a64_exec_fn exec_SIMD_ADDLV;
a64_exec_fn exec_SIMD_MAXV_MINV;

/* simd_shift.c: Advanced SIMD shift by immediate */
a64_exec_fn exec_SIMD_shift_imm;
a64_exec_fn exec_SIMD_shift_narrow;
a64_exec_fn exec_SIMD_SHLL;
a64_prepare_fn prepare_SIMD_shift_B;
a64_prepare_fn prepare_SIMD_shift_H;
a64_prepare_fn prepare_SIMD_shift_S;
a64_prepare_fn prepare_SIMD_shift_D;

/* simd_perm.c: EXT, ZIP/UZP/TRN, TBL/TBX */
a64_exec_fn exec_SIMD_EXT;
a64_exec_fn exec_SIMD_ZIP_UZP_TRN;
a64_exec_fn exec_SIMD_TBL_TBX;

/* simd_ldst.c: LD1-LD4/ST1-ST4 (multiple and single structures), LD1R-LD4R */
a64_exec_fn exec_SIMD_LDST_multi;
a64_exec_fn exec_SIMD_LDST_multi_post;
a64_exec_fn exec_SIMD_LDST_single;
a64_exec_fn exec_SIMD_LDST_single_post;

/* crypto.c: AES, PMULL, SHA-1, SHA-256 */
a64_exec_fn exec_AES;
a64_exec_fn exec_PMULL;
/* simd_widen.c: three different (PMULL's row; it calls exec_PMULL) */
a64_exec_fn exec_SIMD_3diff;
/* simd_by_element.c: vector x indexed element */
a64_exec_fn exec_SIMD_by_element;
/* simd_scalar.c: scalar three-same and two-register misc */
a64_exec_fn exec_SIMD_scalar_3same;
a64_exec_fn exec_SIMD_scalar_2misc;
a64_exec_fn exec_SIMD_scalar_shift_imm;
a64_exec_fn exec_SIMD_scalar_3diff;
a64_exec_fn exec_SIMD_scalar_by_element;
a64_exec_fn exec_ERET;
a64_exec_fn exec_SIMD_ADDP_scalar;
a64_exec_fn exec_SIMD_copy_scalar;
a64_exec_fn exec_SHA_3reg;
a64_exec_fn exec_SHA_2reg;

#endif
