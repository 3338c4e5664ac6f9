/*
 * native_find: which decode-table rows the translator emits inline, from
 * the native_*.c tables, looked up by the row's semantics function in a
 * hash made once. Several native rows may share a semantics function, each
 * taking the encodings its `accepts` names: the first that takes it wins.
 */
#include <pthread.h>
#include <stdint.h>

#include "cpu/dbt/translate.h"

#define NATIVE_HASH_SIZE 256 /* a power of two, well above the rows translated natively */

static const struct native_op *native_hash[NATIVE_HASH_SIZE];
static pthread_once_t native_once = PTHREAD_ONCE_INIT;

static unsigned native_slot(a64_exec_fn *fn)
{
    uint64_t key = (uint64_t)(uintptr_t)fn;
    return (unsigned)((key * 0x9e3779b97f4a7c15ull) >> 56) & (NATIVE_HASH_SIZE - 1);
}

static void native_add(const struct native_op *ops, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        unsigned s = native_slot(ops[i].row_exec);
        while (native_hash[s])
            s = (s + 1) & (NATIVE_HASH_SIZE - 1);
        native_hash[s] = &ops[i];
    }
}

static void native_build(void)
{
    native_add(native_alu_ops, native_alu_count);
    native_add(native_branch_ops, native_branch_count);
    native_add(native_ldst_ops, native_ldst_count);
    native_add(native_system_ops, native_system_count);
    native_add(native_alu_more_ops, native_alu_more_count);
    native_add(native_simd_ops, native_simd_count);
    native_add(native_fp_ops, native_fp_count);
    native_add(native_crypto_ops, native_crypto_count);
}

const struct native_op *native_find(const struct a64_insn *in)
{
    pthread_once(&native_once, native_build);
    if (!in->row || in->exec == a64_exec_undefined)
        return 0; /* undefined, or reserved by its row's prepare: the helper raises UNDEF */
    a64_exec_fn *fn = in->row->exec;
    for (unsigned s = native_slot(fn); native_hash[s]; s = (s + 1) & (NATIVE_HASH_SIZE - 1)) {
        const struct native_op *op = native_hash[s];
        if (op->row_exec == fn && (!op->accepts || op->accepts(in)))
            return op;
    }
    return 0;
}
