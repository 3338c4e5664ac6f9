/* Unit-test harness; see harness.h. */
#include "tests/unit/harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *what)
{
    fprintf(stderr, "harness: %s\n", what);
    exit(99);
}

static void flush_cpu(void *ctx, uint64_t start, uint64_t len, bool code)
{
    cpu_request_range(ctx, start, start + len, code); /* as ferry-user's runner does */
}

void harness_init(struct harness *h)
{
    char err[200];
    memset(h, 0, sizeof(*h));
    if (!user_space_init(&h->space, 1ull << 32))
        die("cannot reserve guest space");
    h->decoder = a64_decoder_build(a64_decode_table, a64_decode_table_size, err, sizeof(err));
    if (!h->decoder)
        die(err);
    cpu_init(&h->cpu, h->decoder, user_space_tlb_fill, &h->space);
    h->space.on_change = flush_cpu;
    h->space.on_change_ctx = &h->cpu;
    /* Code is writable too: tests patch it through host pointers. */
    if (user_space_map(&h->space, HARNESS_CODE, 0x10000,
                       USER_PROT_READ | USER_PROT_WRITE | USER_PROT_EXEC) ||
        user_space_map(&h->space, HARNESS_DATA, HARNESS_DATA_SIZE,
                       USER_PROT_READ | USER_PROT_WRITE) ||
        user_space_map(&h->space, HARNESS_STACK_TOP - 0x4000, 0x4000,
                       USER_PROT_READ | USER_PROT_WRITE))
        die("cannot map harness pages");
    h->cpu.x[31] = HARNESS_STACK_TOP;
    h->cpu.guest_base = h->space.host_base; /* as ferry-user: translated code accesses it directly */
    h->cpu.guest_space_bits = 32;
}

void harness_free(struct harness *h)
{
    cpu_destroy(&h->cpu);
    a64_decoder_free(h->decoder);
    user_space_destroy(&h->space);
}

enum cpu_exception_kind harness_run(struct harness *h, const uint32_t *words, size_t count)
{
    if (count > 0x3ff0)
        die("too many instructions");
    uint32_t *code = user_space_host(&h->space, HARNESS_CODE, (count + 1) * 4, USER_PROT_READ);
    if (count)
        memcpy(code, words, count * 4);
    code[count] = 0xd4000001u | (HARNESS_SVC_IMM << 5); /* svc #HARNESS_SVC_IMM */
    cpu_invalidate_code(&h->cpu);
    h->cpu.pc = HARNESS_CODE;
    return cpu_run(&h->cpu);
}

void *harness_memory(struct harness *h, uint64_t addr, uint64_t len)
{
    void *p = user_space_host(&h->space, addr, len, USER_PROT_READ);
    ck_assert_ptr_nonnull(p);
    return p;
}

void harness_for_engine(struct harness *h, int engine)
{
    harness_init(h);
    h->cpu.engine = (enum cpu_engine)engine;
}

void *harness_data(struct harness *h, uint64_t offset)
{
    return user_space_host(&h->space, HARNESS_DATA + offset, 1, 0);
}

int harness_run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed != 0;
}
