/*
 * Differential test: conditional select and conditional compare under every condition.
 * Each case is one instruction template swept by ft_sweep2
 * (edge values, every starting NZCV, random operands).
 * Then exhaustive encoding sweeps over every condition and nzcv immediate,
 * under all 16 starting NZCV values.
 */
#include "ferry_sweep.h"

FT_OP2(op_csel_x_eq, "csel %0, %2, %4, eq")
FT_OP2(op_csinc_w_eq, "csinc %w0, %w2, %w4, eq")
FT_OP2(op_csinv_x_eq, "csinv %0, %2, %4, eq")
FT_OP2(op_csneg_w_eq, "csneg %w0, %w2, %w4, eq")
FT_OP2(op_ccmp_x_eq, "ccmp %2, %4, #0x5, eq\n\tmov %0, #0")
FT_OP2(op_ccmn_w_eq, "ccmn %w2, %w4, #0xa, eq\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_eq, "ccmp %2, #31, #0x0, eq\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_eq, "ccmn %w2, #1, #0xf, eq\n\tmov %0, #0")
FT_OP2(op_csel_x_ne, "csel %0, %2, %4, ne")
FT_OP2(op_csinc_w_ne, "csinc %w0, %w2, %w4, ne")
FT_OP2(op_csinv_x_ne, "csinv %0, %2, %4, ne")
FT_OP2(op_csneg_w_ne, "csneg %w0, %w2, %w4, ne")
FT_OP2(op_ccmp_x_ne, "ccmp %2, %4, #0x5, ne\n\tmov %0, #0")
FT_OP2(op_ccmn_w_ne, "ccmn %w2, %w4, #0xa, ne\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_ne, "ccmp %2, #31, #0x0, ne\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_ne, "ccmn %w2, #1, #0xf, ne\n\tmov %0, #0")
FT_OP2(op_csel_x_cs, "csel %0, %2, %4, cs")
FT_OP2(op_csinc_w_cs, "csinc %w0, %w2, %w4, cs")
FT_OP2(op_csinv_x_cs, "csinv %0, %2, %4, cs")
FT_OP2(op_csneg_w_cs, "csneg %w0, %w2, %w4, cs")
FT_OP2(op_ccmp_x_cs, "ccmp %2, %4, #0x5, cs\n\tmov %0, #0")
FT_OP2(op_ccmn_w_cs, "ccmn %w2, %w4, #0xa, cs\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_cs, "ccmp %2, #31, #0x0, cs\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_cs, "ccmn %w2, #1, #0xf, cs\n\tmov %0, #0")
FT_OP2(op_csel_x_cc, "csel %0, %2, %4, cc")
FT_OP2(op_csinc_w_cc, "csinc %w0, %w2, %w4, cc")
FT_OP2(op_csinv_x_cc, "csinv %0, %2, %4, cc")
FT_OP2(op_csneg_w_cc, "csneg %w0, %w2, %w4, cc")
FT_OP2(op_ccmp_x_cc, "ccmp %2, %4, #0x5, cc\n\tmov %0, #0")
FT_OP2(op_ccmn_w_cc, "ccmn %w2, %w4, #0xa, cc\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_cc, "ccmp %2, #31, #0x0, cc\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_cc, "ccmn %w2, #1, #0xf, cc\n\tmov %0, #0")
FT_OP2(op_csel_x_mi, "csel %0, %2, %4, mi")
FT_OP2(op_csinc_w_mi, "csinc %w0, %w2, %w4, mi")
FT_OP2(op_csinv_x_mi, "csinv %0, %2, %4, mi")
FT_OP2(op_csneg_w_mi, "csneg %w0, %w2, %w4, mi")
FT_OP2(op_ccmp_x_mi, "ccmp %2, %4, #0x5, mi\n\tmov %0, #0")
FT_OP2(op_ccmn_w_mi, "ccmn %w2, %w4, #0xa, mi\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_mi, "ccmp %2, #31, #0x0, mi\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_mi, "ccmn %w2, #1, #0xf, mi\n\tmov %0, #0")
FT_OP2(op_csel_x_pl, "csel %0, %2, %4, pl")
FT_OP2(op_csinc_w_pl, "csinc %w0, %w2, %w4, pl")
FT_OP2(op_csinv_x_pl, "csinv %0, %2, %4, pl")
FT_OP2(op_csneg_w_pl, "csneg %w0, %w2, %w4, pl")
FT_OP2(op_ccmp_x_pl, "ccmp %2, %4, #0x5, pl\n\tmov %0, #0")
FT_OP2(op_ccmn_w_pl, "ccmn %w2, %w4, #0xa, pl\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_pl, "ccmp %2, #31, #0x0, pl\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_pl, "ccmn %w2, #1, #0xf, pl\n\tmov %0, #0")
FT_OP2(op_csel_x_vs, "csel %0, %2, %4, vs")
FT_OP2(op_csinc_w_vs, "csinc %w0, %w2, %w4, vs")
FT_OP2(op_csinv_x_vs, "csinv %0, %2, %4, vs")
FT_OP2(op_csneg_w_vs, "csneg %w0, %w2, %w4, vs")
FT_OP2(op_ccmp_x_vs, "ccmp %2, %4, #0x5, vs\n\tmov %0, #0")
FT_OP2(op_ccmn_w_vs, "ccmn %w2, %w4, #0xa, vs\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_vs, "ccmp %2, #31, #0x0, vs\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_vs, "ccmn %w2, #1, #0xf, vs\n\tmov %0, #0")
FT_OP2(op_csel_x_vc, "csel %0, %2, %4, vc")
FT_OP2(op_csinc_w_vc, "csinc %w0, %w2, %w4, vc")
FT_OP2(op_csinv_x_vc, "csinv %0, %2, %4, vc")
FT_OP2(op_csneg_w_vc, "csneg %w0, %w2, %w4, vc")
FT_OP2(op_ccmp_x_vc, "ccmp %2, %4, #0x5, vc\n\tmov %0, #0")
FT_OP2(op_ccmn_w_vc, "ccmn %w2, %w4, #0xa, vc\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_vc, "ccmp %2, #31, #0x0, vc\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_vc, "ccmn %w2, #1, #0xf, vc\n\tmov %0, #0")
FT_OP2(op_csel_x_hi, "csel %0, %2, %4, hi")
FT_OP2(op_csinc_w_hi, "csinc %w0, %w2, %w4, hi")
FT_OP2(op_csinv_x_hi, "csinv %0, %2, %4, hi")
FT_OP2(op_csneg_w_hi, "csneg %w0, %w2, %w4, hi")
FT_OP2(op_ccmp_x_hi, "ccmp %2, %4, #0x5, hi\n\tmov %0, #0")
FT_OP2(op_ccmn_w_hi, "ccmn %w2, %w4, #0xa, hi\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_hi, "ccmp %2, #31, #0x0, hi\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_hi, "ccmn %w2, #1, #0xf, hi\n\tmov %0, #0")
FT_OP2(op_csel_x_ls, "csel %0, %2, %4, ls")
FT_OP2(op_csinc_w_ls, "csinc %w0, %w2, %w4, ls")
FT_OP2(op_csinv_x_ls, "csinv %0, %2, %4, ls")
FT_OP2(op_csneg_w_ls, "csneg %w0, %w2, %w4, ls")
FT_OP2(op_ccmp_x_ls, "ccmp %2, %4, #0x5, ls\n\tmov %0, #0")
FT_OP2(op_ccmn_w_ls, "ccmn %w2, %w4, #0xa, ls\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_ls, "ccmp %2, #31, #0x0, ls\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_ls, "ccmn %w2, #1, #0xf, ls\n\tmov %0, #0")
FT_OP2(op_csel_x_ge, "csel %0, %2, %4, ge")
FT_OP2(op_csinc_w_ge, "csinc %w0, %w2, %w4, ge")
FT_OP2(op_csinv_x_ge, "csinv %0, %2, %4, ge")
FT_OP2(op_csneg_w_ge, "csneg %w0, %w2, %w4, ge")
FT_OP2(op_ccmp_x_ge, "ccmp %2, %4, #0x5, ge\n\tmov %0, #0")
FT_OP2(op_ccmn_w_ge, "ccmn %w2, %w4, #0xa, ge\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_ge, "ccmp %2, #31, #0x0, ge\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_ge, "ccmn %w2, #1, #0xf, ge\n\tmov %0, #0")
FT_OP2(op_csel_x_lt, "csel %0, %2, %4, lt")
FT_OP2(op_csinc_w_lt, "csinc %w0, %w2, %w4, lt")
FT_OP2(op_csinv_x_lt, "csinv %0, %2, %4, lt")
FT_OP2(op_csneg_w_lt, "csneg %w0, %w2, %w4, lt")
FT_OP2(op_ccmp_x_lt, "ccmp %2, %4, #0x5, lt\n\tmov %0, #0")
FT_OP2(op_ccmn_w_lt, "ccmn %w2, %w4, #0xa, lt\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_lt, "ccmp %2, #31, #0x0, lt\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_lt, "ccmn %w2, #1, #0xf, lt\n\tmov %0, #0")
FT_OP2(op_csel_x_gt, "csel %0, %2, %4, gt")
FT_OP2(op_csinc_w_gt, "csinc %w0, %w2, %w4, gt")
FT_OP2(op_csinv_x_gt, "csinv %0, %2, %4, gt")
FT_OP2(op_csneg_w_gt, "csneg %w0, %w2, %w4, gt")
FT_OP2(op_ccmp_x_gt, "ccmp %2, %4, #0x5, gt\n\tmov %0, #0")
FT_OP2(op_ccmn_w_gt, "ccmn %w2, %w4, #0xa, gt\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_gt, "ccmp %2, #31, #0x0, gt\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_gt, "ccmn %w2, #1, #0xf, gt\n\tmov %0, #0")
FT_OP2(op_csel_x_le, "csel %0, %2, %4, le")
FT_OP2(op_csinc_w_le, "csinc %w0, %w2, %w4, le")
FT_OP2(op_csinv_x_le, "csinv %0, %2, %4, le")
FT_OP2(op_csneg_w_le, "csneg %w0, %w2, %w4, le")
FT_OP2(op_ccmp_x_le, "ccmp %2, %4, #0x5, le\n\tmov %0, #0")
FT_OP2(op_ccmn_w_le, "ccmn %w2, %w4, #0xa, le\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_le, "ccmp %2, #31, #0x0, le\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_le, "ccmn %w2, #1, #0xf, le\n\tmov %0, #0")
FT_OP2(op_csel_x_al, "csel %0, %2, %4, al")
FT_OP2(op_csinc_w_al, "csinc %w0, %w2, %w4, al")
FT_OP2(op_csinv_x_al, "csinv %0, %2, %4, al")
FT_OP2(op_csneg_w_al, "csneg %w0, %w2, %w4, al")
FT_OP2(op_ccmp_x_al, "ccmp %2, %4, #0x5, al\n\tmov %0, #0")
FT_OP2(op_ccmn_w_al, "ccmn %w2, %w4, #0xa, al\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_al, "ccmp %2, #31, #0x0, al\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_al, "ccmn %w2, #1, #0xf, al\n\tmov %0, #0")
FT_OP2(op_csel_x_nv, "csel %0, %2, %4, nv")
FT_OP2(op_csinc_w_nv, "csinc %w0, %w2, %w4, nv")
FT_OP2(op_csinv_x_nv, "csinv %0, %2, %4, nv")
FT_OP2(op_csneg_w_nv, "csneg %w0, %w2, %w4, nv")
FT_OP2(op_ccmp_x_nv, "ccmp %2, %4, #0x5, nv\n\tmov %0, #0")
FT_OP2(op_ccmn_w_nv, "ccmn %w2, %w4, #0xa, nv\n\tmov %0, #0")
FT_OP2(op_ccmp_x_imm_nv, "ccmp %2, #31, #0x0, nv\n\tmov %0, #0")
FT_OP2(op_ccmn_w_imm_nv, "ccmn %w2, #1, #0xf, nv\n\tmov %0, #0")
FT_OP2(op_cset_eq, "cset %w0, eq")
FT_OP2(op_csetm_eq, "csetm %0, eq")
FT_OP2(op_cinc_eq, "cinc %0, %2, eq")
FT_OP2(op_cneg_eq, "cneg %w0, %w2, eq")
FT_OP2(op_cset_lt, "cset %w0, lt")
FT_OP2(op_csetm_lt, "csetm %0, lt")
FT_OP2(op_cinc_lt, "cinc %0, %2, lt")
FT_OP2(op_cneg_lt, "cneg %w0, %w2, lt")
FT_OP2(op_cset_hi, "cset %w0, hi")
FT_OP2(op_csetm_hi, "csetm %0, hi")
FT_OP2(op_cinc_hi, "cinc %0, %2, hi")
FT_OP2(op_cneg_hi, "cneg %w0, %w2, hi")

static const struct ft_op2_case cases[] = {
    {"csel x eq", op_csel_x_eq},
    {"csinc w eq", op_csinc_w_eq},
    {"csinv x eq", op_csinv_x_eq},
    {"csneg w eq", op_csneg_w_eq},
    {"ccmp x eq", op_ccmp_x_eq},
    {"ccmn w eq", op_ccmn_w_eq},
    {"ccmp x imm eq", op_ccmp_x_imm_eq},
    {"ccmn w imm eq", op_ccmn_w_imm_eq},
    {"csel x ne", op_csel_x_ne},
    {"csinc w ne", op_csinc_w_ne},
    {"csinv x ne", op_csinv_x_ne},
    {"csneg w ne", op_csneg_w_ne},
    {"ccmp x ne", op_ccmp_x_ne},
    {"ccmn w ne", op_ccmn_w_ne},
    {"ccmp x imm ne", op_ccmp_x_imm_ne},
    {"ccmn w imm ne", op_ccmn_w_imm_ne},
    {"csel x cs", op_csel_x_cs},
    {"csinc w cs", op_csinc_w_cs},
    {"csinv x cs", op_csinv_x_cs},
    {"csneg w cs", op_csneg_w_cs},
    {"ccmp x cs", op_ccmp_x_cs},
    {"ccmn w cs", op_ccmn_w_cs},
    {"ccmp x imm cs", op_ccmp_x_imm_cs},
    {"ccmn w imm cs", op_ccmn_w_imm_cs},
    {"csel x cc", op_csel_x_cc},
    {"csinc w cc", op_csinc_w_cc},
    {"csinv x cc", op_csinv_x_cc},
    {"csneg w cc", op_csneg_w_cc},
    {"ccmp x cc", op_ccmp_x_cc},
    {"ccmn w cc", op_ccmn_w_cc},
    {"ccmp x imm cc", op_ccmp_x_imm_cc},
    {"ccmn w imm cc", op_ccmn_w_imm_cc},
    {"csel x mi", op_csel_x_mi},
    {"csinc w mi", op_csinc_w_mi},
    {"csinv x mi", op_csinv_x_mi},
    {"csneg w mi", op_csneg_w_mi},
    {"ccmp x mi", op_ccmp_x_mi},
    {"ccmn w mi", op_ccmn_w_mi},
    {"ccmp x imm mi", op_ccmp_x_imm_mi},
    {"ccmn w imm mi", op_ccmn_w_imm_mi},
    {"csel x pl", op_csel_x_pl},
    {"csinc w pl", op_csinc_w_pl},
    {"csinv x pl", op_csinv_x_pl},
    {"csneg w pl", op_csneg_w_pl},
    {"ccmp x pl", op_ccmp_x_pl},
    {"ccmn w pl", op_ccmn_w_pl},
    {"ccmp x imm pl", op_ccmp_x_imm_pl},
    {"ccmn w imm pl", op_ccmn_w_imm_pl},
    {"csel x vs", op_csel_x_vs},
    {"csinc w vs", op_csinc_w_vs},
    {"csinv x vs", op_csinv_x_vs},
    {"csneg w vs", op_csneg_w_vs},
    {"ccmp x vs", op_ccmp_x_vs},
    {"ccmn w vs", op_ccmn_w_vs},
    {"ccmp x imm vs", op_ccmp_x_imm_vs},
    {"ccmn w imm vs", op_ccmn_w_imm_vs},
    {"csel x vc", op_csel_x_vc},
    {"csinc w vc", op_csinc_w_vc},
    {"csinv x vc", op_csinv_x_vc},
    {"csneg w vc", op_csneg_w_vc},
    {"ccmp x vc", op_ccmp_x_vc},
    {"ccmn w vc", op_ccmn_w_vc},
    {"ccmp x imm vc", op_ccmp_x_imm_vc},
    {"ccmn w imm vc", op_ccmn_w_imm_vc},
    {"csel x hi", op_csel_x_hi},
    {"csinc w hi", op_csinc_w_hi},
    {"csinv x hi", op_csinv_x_hi},
    {"csneg w hi", op_csneg_w_hi},
    {"ccmp x hi", op_ccmp_x_hi},
    {"ccmn w hi", op_ccmn_w_hi},
    {"ccmp x imm hi", op_ccmp_x_imm_hi},
    {"ccmn w imm hi", op_ccmn_w_imm_hi},
    {"csel x ls", op_csel_x_ls},
    {"csinc w ls", op_csinc_w_ls},
    {"csinv x ls", op_csinv_x_ls},
    {"csneg w ls", op_csneg_w_ls},
    {"ccmp x ls", op_ccmp_x_ls},
    {"ccmn w ls", op_ccmn_w_ls},
    {"ccmp x imm ls", op_ccmp_x_imm_ls},
    {"ccmn w imm ls", op_ccmn_w_imm_ls},
    {"csel x ge", op_csel_x_ge},
    {"csinc w ge", op_csinc_w_ge},
    {"csinv x ge", op_csinv_x_ge},
    {"csneg w ge", op_csneg_w_ge},
    {"ccmp x ge", op_ccmp_x_ge},
    {"ccmn w ge", op_ccmn_w_ge},
    {"ccmp x imm ge", op_ccmp_x_imm_ge},
    {"ccmn w imm ge", op_ccmn_w_imm_ge},
    {"csel x lt", op_csel_x_lt},
    {"csinc w lt", op_csinc_w_lt},
    {"csinv x lt", op_csinv_x_lt},
    {"csneg w lt", op_csneg_w_lt},
    {"ccmp x lt", op_ccmp_x_lt},
    {"ccmn w lt", op_ccmn_w_lt},
    {"ccmp x imm lt", op_ccmp_x_imm_lt},
    {"ccmn w imm lt", op_ccmn_w_imm_lt},
    {"csel x gt", op_csel_x_gt},
    {"csinc w gt", op_csinc_w_gt},
    {"csinv x gt", op_csinv_x_gt},
    {"csneg w gt", op_csneg_w_gt},
    {"ccmp x gt", op_ccmp_x_gt},
    {"ccmn w gt", op_ccmn_w_gt},
    {"ccmp x imm gt", op_ccmp_x_imm_gt},
    {"ccmn w imm gt", op_ccmn_w_imm_gt},
    {"csel x le", op_csel_x_le},
    {"csinc w le", op_csinc_w_le},
    {"csinv x le", op_csinv_x_le},
    {"csneg w le", op_csneg_w_le},
    {"ccmp x le", op_ccmp_x_le},
    {"ccmn w le", op_ccmn_w_le},
    {"ccmp x imm le", op_ccmp_x_imm_le},
    {"ccmn w imm le", op_ccmn_w_imm_le},
    {"csel x al", op_csel_x_al},
    {"csinc w al", op_csinc_w_al},
    {"csinv x al", op_csinv_x_al},
    {"csneg w al", op_csneg_w_al},
    {"ccmp x al", op_ccmp_x_al},
    {"ccmn w al", op_ccmn_w_al},
    {"ccmp x imm al", op_ccmp_x_imm_al},
    {"ccmn w imm al", op_ccmn_w_imm_al},
    {"csel x nv", op_csel_x_nv},
    {"csinc w nv", op_csinc_w_nv},
    {"csinv x nv", op_csinv_x_nv},
    {"csneg w nv", op_csneg_w_nv},
    {"ccmp x nv", op_ccmp_x_nv},
    {"ccmn w nv", op_ccmn_w_nv},
    {"ccmp x imm nv", op_ccmp_x_imm_nv},
    {"ccmn w imm nv", op_ccmn_w_imm_nv},
    {"cset eq", op_cset_eq},
    {"csetm eq", op_csetm_eq},
    {"cinc eq", op_cinc_eq},
    {"cneg eq", op_cneg_eq},
    {"cset lt", op_cset_lt},
    {"csetm lt", op_csetm_lt},
    {"cinc lt", op_cinc_lt},
    {"cneg lt", op_cneg_lt},
    {"cset hi", op_cset_hi},
    {"csetm hi", op_csetm_hi},
    {"cinc hi", op_cinc_hi},
    {"cneg hi", op_cneg_hi},
};

/* Results of the largest sweep below. */
static uint64_t sweep_out[2 * 1024];


/*
 * Conditional select: CSEL, CSINC, CSINV, CSNEG under every condition.
 * Order: (op, o2), cond. Conditional compare: CCMN and CCMP, register and
 * immediate (imm5 = 2 * cond + nzcv, mod 32), every condition and every
 * nzcv immediate. Order: op, register/immediate, cond, nzcv. Both sweeps
 * run under all 16 starting NZCV values.
 */
__asm__(".macro condsel_all sf\n"
        "    .irp op, 0, 1\n"
        "    .irp o2, 0, 1\n"
        "        .set cond, 0\n"
        "        .rept 16\n"
        "            .set word, (\\sf << 31) | (\\op << 30) | (0xd4 << 21) | (4 << 16) "
        "| (cond << 12) | (\\o2 << 10) | (3 << 5) | 2\n"
        "            sweep_step\n"
        "            .set cond, cond + 1\n"
        "        .endr\n"
        "    .endr\n"
        "    .endr\n"
        ".endm\n"
        ".macro condcmp_all sf\n"
        "    .irp op, 0, 1\n"
        "    .irp isimm, 0, 1\n"
        "        .set cond, 0\n"
        "        .rept 16\n"
        "            .set nzcv, 0\n"
        "            .rept 16\n"
        "                .set rm, (4 * (1 - \\isimm)) | (((2 * cond + nzcv) & 31) * \\isimm)\n"
        "                .set word, (\\sf << 31) | (\\op << 30) | (1 << 29) | (0xd2 << 21) "
        "| (rm << 16) | (cond << 12) | (\\isimm << 11) | (3 << 5) | nzcv\n"
        "                sweep_step\n"
        "                .set nzcv, nzcv + 1\n"
        "            .endr\n"
        "            .set cond, cond + 1\n"
        "        .endr\n"
        "    .endr\n"
        "    .endr\n"
        ".endm\n"
        ".text\n"
        "sweep_begin sweep_condsel_x\n"
        "    condsel_all 1\n"
        "sweep_end\n"
        "sweep_begin sweep_condsel_w\n"
        "    condsel_all 0\n"
        "sweep_end\n"
        "sweep_begin sweep_condcmp_x\n"
        "    condcmp_all 1\n"
        "sweep_end\n"
        "sweep_begin sweep_condcmp_w\n"
        "    condcmp_all 0\n"
        "sweep_end\n");

ft_sweep_fn sweep_condsel_x;
ft_sweep_fn sweep_condsel_w;
ft_sweep_fn sweep_condcmp_x;
ft_sweep_fn sweep_condcmp_w;

/* Operand pairs for the sweeps: equal, carry/overflow at 32 and 64 bits, small vs imm5. */
static const uint64_t sweep_pairs[][2] = {
    {0x0000000000000005, 0x0000000000000005},
    {0x8000000000000000, 0x0000000000000001},
    {0x000000007fffffff, 0xffffffffffffffff},
    {0x0000000000000003, 0x000000000000001f},
};

int test_main(void)
{
    ft_sweep_table(cases, FT_COUNT(cases), 24);
    for (size_t p = 0; p < FT_COUNT(sweep_pairs); p++) {
        for (uint64_t nzcv = 0; nzcv < 16; nzcv++) {
            struct ft_sweep_in in = {sweep_pairs[p][0], sweep_pairs[p][1], nzcv << 28, 0};
            ft_print_sweep("condsel x", sweep_condsel_x, &in, 16, sweep_out);
            ft_print_sweep("condsel w", sweep_condsel_w, &in, 16, sweep_out);
            ft_print_sweep("condcmp x", sweep_condcmp_x, &in, 64, sweep_out);
            ft_print_sweep("condcmp w", sweep_condcmp_w, &in, 64, sweep_out);
        }
    }
    return 0;
}
