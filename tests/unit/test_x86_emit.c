/*
 * The x86-64 emitter (cpu/dbt/x86_emit.h) checked against Capstone as the
 * oracle: each case emits one instruction, and Capstone must decode exactly
 * one instruction from all of the emitted bytes, with the Intel-syntax text
 * written here by hand from what the call is meant to produce. Capstone 4's
 * spelling conventions show in the texts: displacements and immediates
 * above 9 in hex, byte immediates and iw/id immediates of 16/32-bit forms
 * unsigned, sign-extended imm8/imm32 of arithmetic forms signed, logical
 * forms masked to the operand size, "[rax + rbx]" for a scale of 1, and the
 * accumulator first in the one-byte XCHG form. Lengths are asserted where
 * the shortest encoding is the point (imm8 vs imm32, disp8 vs disp32,
 * accumulator forms, REX only when needed).
 */
#include <capstone/capstone.h>
#include <check.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "cpu/dbt/x86_emit.h"
#include "tests/unit/harness.h"

/* Where Capstone pretends the code is, for branch targets. */
#define ADDR 0x1000u

static csh cs;
static uint8_t code[4096];
static struct x86_emitter em;

static void setup(void)
{
    ck_assert(cs_open(CS_ARCH_X86, CS_MODE_64, &cs) == CS_ERR_OK);
    memset(code, 0xcc, sizeof(code));
    x86_emitter_init(&em, code, sizeof(code));
}

static void teardown(void) { cs_close(&cs); }

static void hex(char *out, size_t len, const uint8_t *p, size_t n)
{
    out[0] = 0;
    for (size_t i = 0; i < n && 3 * i + 3 < len; i++)
        snprintf(out + 3 * i, len - 3 * i, "%02x ", p[i]);
}

static void text_of(const cs_insn *insn, char *out, size_t len)
{
    if (insn->op_str[0])
        snprintf(out, len, "%s %s", insn->mnemonic, insn->op_str);
    else
        snprintf(out, len, "%s", insn->mnemonic);
}

/*
 * What was emitted since the last check decodes at `addr` to the n
 * instructions of `want`, using every byte; then the emitter starts over.
 */
static void expect_seq_at(uint64_t addr, const char *const *want, size_t n)
{
    char bytes[200], got[256];
    hex(bytes, sizeof(bytes), code, em.pos);
    ck_assert_msg(!em.overflow, "overflow emitting \"%s\"", want[0]);
    cs_insn *insn = 0;
    size_t count = cs_disasm(cs, code, em.pos, addr, 0, &insn);
    size_t used = 0;
    for (size_t i = 0; i < count; i++)
        used += insn[i].size;
    ck_assert_msg(count == n && used == em.pos,
                  "want %zu instruction(s) starting \"%s\", Capstone decodes %zu from [%s]", n,
                  want[0], count, bytes);
    for (size_t i = 0; i < n; i++) {
        text_of(&insn[i], got, sizeof(got));
        ck_assert_msg(strcmp(got, want[i]) == 0, "want \"%s\", got \"%s\" from [%s]", want[i], got,
                      bytes);
    }
    cs_free(insn, count);
    memset(code, 0xcc, em.pos);
    x86_emitter_init(&em, code, sizeof(code));
}

static void expect_at(uint64_t addr, const char *want) { expect_seq_at(addr, &want, 1); }
static void expect(const char *want) { expect_seq_at(ADDR, &want, 1); }

/* As expect, and the encoding is `len` bytes long. */
static void expect_len(const char *want, size_t len)
{
    size_t got = em.pos;
    expect(want);
    ck_assert_msg(got == len, "\"%s\": %zu bytes, want %zu", want, got, len);
}

static uint64_t addr_of(const void *p) { return (uint64_t)(uintptr_t)p; }

/* A host address `off` bytes from the start of code (possibly outside it). */
static const uint8_t *at(int64_t off) { return (const uint8_t *)((uintptr_t)code + (uintptr_t)off); }

/* ---- Addressing: ModRM, SIB, displacement size, RIP-relative ---- */

START_TEST(memory_operands)
{
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RAX, 0));
    expect_len("mov rax, qword ptr [rax]", 3);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RSP, 0));
    expect_len("mov rax, qword ptr [rsp]", 4); /* SIB with no index */
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_R12, 0));
    expect_len("mov rax, qword ptr [r12]", 4);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RBP, 0));
    expect_len("mov rax, qword ptr [rbp]", 4); /* disp8 = 0 */
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_R13, 0));
    expect_len("mov rax, qword ptr [r13]", 4);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RBX, 8));
    expect_len("mov rax, qword ptr [rbx + 8]", 4);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RBX, 127));
    expect_len("mov rax, qword ptr [rbx + 0x7f]", 4);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RBX, 128));
    expect_len("mov rax, qword ptr [rbx + 0x80]", 7);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RBX, -128));
    expect_len("mov rax, qword ptr [rbx - 0x80]", 4);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RBX, -129));
    expect_len("mov rax, qword ptr [rbx - 0x81]", 7);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RSP, 0x10));
    expect_len("mov rax, qword ptr [rsp + 0x10]", 5);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_R12, 0x12345678));
    expect_len("mov rax, qword ptr [r12 + 0x12345678]", 8);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_R13, -8));
    expect_len("mov rax, qword ptr [r13 - 8]", 4);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_R15, INT32_MIN));
    expect_len("mov rax, qword ptr [r15 - 0x80000000]", 7);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RBP, INT32_MAX));
    expect_len("mov rax, qword ptr [rbp + 0x7fffffff]", 7);
    x86_mov_rm(&em, X86_S64, X86_R11, x86_mem_base(X86_R14, 1));
    expect_len("mov r11, qword ptr [r14 + 1]", 4);

    /* SIB with an index */
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_sib(X86_R12, X86_RCX, 8, 0x10));
    expect_len("mov rax, qword ptr [r12 + rcx*8 + 0x10]", 5);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_sib(X86_RAX, X86_RBX, 1, 0));
    expect_len("mov rax, qword ptr [rax + rbx]", 4);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_sib(X86_RBP, X86_RAX, 2, 0));
    expect_len("mov rax, qword ptr [rbp + rax*2]", 5);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_sib(X86_R13, X86_R12, 4, 0));
    expect_len("mov rax, qword ptr [r13 + r12*4]", 5);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_sib(X86_RSP, X86_RBP, 1, -4));
    expect_len("mov rax, qword ptr [rsp + rbp - 4]", 5);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_sib(X86_RDI, X86_R15, 8, 0x1000));
    expect_len("mov rax, qword ptr [rdi + r15*8 + 0x1000]", 8);
    x86_mov_rm(&em, X86_S32, X86_R9, x86_mem_sib(X86_R8, X86_R10, 2, -0x80));
    expect_len("mov r9d, dword ptr [r8 + r10*2 - 0x80]", 5);

    /* No base: [index*scale + disp32], [disp32] */
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_index(X86_RCX, 4, 0x20));
    expect_len("mov rax, qword ptr [rcx*4 + 0x20]", 8);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_index(X86_R12, 8, -8));
    expect_len("mov rax, qword ptr [r12*8 - 8]", 8);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_abs(0x1000));
    expect_len("mov rax, qword ptr [0x1000]", 8);
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_abs(-256)); /* disp32 sign-extends */
    expect_len("mov rax, qword ptr [0xffffffffffffff00]", 8);

    /* RIP-relative with a given displacement */
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_rip(0x10));
    expect_len("mov rax, qword ptr [rip + 0x10]", 7);
    x86_mov_rm(&em, X86_S32, X86_RAX, x86_mem_rip(-0x10));
    expect_len("mov eax, dword ptr [rip - 0x10]", 6);
    x86_mov_rm(&em, X86_S64, X86_R8, x86_mem_rip(0));
    expect_len("mov r8, qword ptr [rip]", 7);
}
END_TEST

START_TEST(rip_relative_targets)
{
    /* The displacement counts from the end of the instruction, immediates included. */
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_rip_to(at(0x100))); /* 48 8B 05 disp32 */
    expect("mov rax, qword ptr [rip + 0xf9]");
    x86_mov_rm(&em, X86_S64, X86_RAX, x86_mem_rip_to(at(-0x1000)));
    expect("mov rax, qword ptr [rip - 0x1007]");
    x86_mov_mi(&em, X86_S32, x86_mem_rip_to(at(0x100)), 5); /* C7 05 disp32 imm32 */
    expect_len("mov dword ptr [rip + 0xf6], 5", 10);
    x86_shift_mi(&em, X86_SHL, X86_S32, x86_mem_rip_to(at(0x40)), 3); /* C1 25 disp32 ib */
    expect_len("shl dword ptr [rip + 0x39], 3", 7);
    x86_alu_mi(&em, X86_CMP, X86_S8, x86_mem_rip_to(at(0x40)), 0x80); /* 80 3D disp32 ib */
    expect_len("cmp byte ptr [rip + 0x39], 0x80", 7);
    x86_alu_mi(&em, X86_ADD, X86_S64, x86_mem_rip_to(at(0x40)), 0x1000); /* 48 81 05 d32 i32 */
    expect_len("add qword ptr [rip + 0x35], 0x1000", 11);
    x86_test_mi(&em, X86_S32, x86_mem_rip_to(at(0x20)), 0x100); /* F7 05 disp32 imm32 */
    expect_len("test dword ptr [rip + 0x16], 0x100", 10);
    x86_pshufd_xmi(&em, X86_XMM8, x86_mem_rip_to(at(0x30)), 0xe4); /* 66 44 0F 70 05 d32 ib */
    expect_len("pshufd xmm8, xmmword ptr [rip + 0x26], 0xe4", 10);

    ck_assert(x86_rip_reachable(&em, at(0x7fff0000)));
    ck_assert(x86_rip_reachable(&em, at(-0x7fff0000)));
    ck_assert(!x86_rip_reachable(&em, (const void *)((uintptr_t)code + (1ull << 32))));
    ck_assert(!x86_rip_reachable(&em, (const void *)((uintptr_t)code - (1ull << 32))));
}
END_TEST

/* ---- Moves ---- */

START_TEST(mov_register_and_sizes)
{
    x86_mov_rr(&em, X86_S64, X86_RAX, X86_RCX);
    expect_len("mov rax, rcx", 3);
    x86_mov_rr(&em, X86_S64, X86_R8, X86_R15);
    expect_len("mov r8, r15", 3);
    x86_mov_rr(&em, X86_S32, X86_R9, X86_RSP);
    expect_len("mov r9d, esp", 3);
    x86_mov_rr(&em, X86_S32, X86_RDX, X86_RBX);
    expect_len("mov edx, ebx", 2);
    x86_mov_rr(&em, X86_S16, X86_RDX, X86_R10);
    expect_len("mov dx, r10w", 4);
    x86_mov_rr(&em, X86_S8, X86_RAX, X86_RCX);
    expect_len("mov al, cl", 2);
    x86_mov_rr(&em, X86_S8, X86_RBX, X86_RDX);
    expect_len("mov bl, dl", 2);
    x86_mov_rr(&em, X86_S8, X86_RSI, X86_RAX); /* SIL needs a REX */
    expect_len("mov sil, al", 3);
    x86_mov_rr(&em, X86_S8, X86_RAX, X86_RDI);
    expect_len("mov al, dil", 3);
    x86_mov_rr(&em, X86_S8, X86_R8, X86_RSP);
    expect_len("mov r8b, spl", 3);
    x86_mov_rr(&em, X86_S8, X86_RBP, X86_R15);
    expect_len("mov bpl, r15b", 3);
}
END_TEST

START_TEST(mov_immediates_pick_the_shortest)
{
    x86_mov_ri(&em, X86_S64, X86_RAX, 0);
    expect_len("mov eax, 0", 5);
    x86_mov_ri(&em, X86_S64, X86_RAX, 0xffffffffu);
    expect_len("mov eax, 0xffffffff", 5);
    x86_mov_ri(&em, X86_S64, X86_R9, 0x7fffffff);
    expect_len("mov r9d, 0x7fffffff", 6);
    x86_mov_ri(&em, X86_S64, X86_RAX, 0xffffffff80000000ull);
    expect_len("mov rax, -0x80000000", 7);
    x86_mov_ri(&em, X86_S64, X86_RCX, UINT64_MAX);
    expect_len("mov rcx, -1", 7);
    x86_mov_ri(&em, X86_S64, X86_R12, (uint64_t)-129);
    expect_len("mov r12, -0x81", 7);
    x86_mov_ri(&em, X86_S64, X86_RAX, 0x100000000ull);
    expect_len("movabs rax, 0x100000000", 10);
    x86_mov_ri(&em, X86_S64, X86_R15, 0x8000000000000000ull);
    expect_len("movabs r15, 0x8000000000000000", 10);
    x86_mov_ri(&em, X86_S64, X86_RDX, 0xffffffff7fffffffull);
    expect_len("movabs rdx, 0xffffffff7fffffff", 10);
    x86_mov_ri(&em, X86_S64, X86_RSI, 0x123456789abcdef0ull);
    expect_len("movabs rsi, 0x123456789abcdef0", 10);
    x86_mov_ri(&em, X86_S32, X86_RBX, 0x80000000u);
    expect_len("mov ebx, 0x80000000", 5);
    x86_mov_ri(&em, X86_S32, X86_R13, 7);
    expect_len("mov r13d, 7", 6);
    x86_mov_ri(&em, X86_S16, X86_RSI, 0xffff);
    expect_len("mov si, 0xffff", 4);
    x86_mov_ri(&em, X86_S8, X86_RAX, 9);
    expect_len("mov al, 9", 2);
    x86_mov_ri(&em, X86_S8, X86_RSP, 1);
    expect_len("mov spl, 1", 3);
    x86_mov_ri(&em, X86_S8, X86_R12, 0x80);
    expect_len("mov r12b, 0x80", 3);
}
END_TEST

START_TEST(mov_memory)
{
    x86_mov_rm(&em, X86_S32, X86_RDX, x86_mem_base(X86_RSI, 0));
    expect_len("mov edx, dword ptr [rsi]", 2);
    x86_mov_rm(&em, X86_S16, X86_R8, x86_mem_base(X86_R9, 0));
    expect_len("mov r8w, word ptr [r9]", 4);
    x86_mov_rm(&em, X86_S8, X86_RDI, x86_mem_base(X86_RAX, 0));
    expect_len("mov dil, byte ptr [rax]", 3);
    x86_mov_rm(&em, X86_S8, X86_RCX, x86_mem_base(X86_R8, 0));
    expect_len("mov cl, byte ptr [r8]", 3);
    x86_mov_mr(&em, X86_S64, x86_mem_base(X86_R12, 0x10), X86_R8);
    expect_len("mov qword ptr [r12 + 0x10], r8", 5);
    x86_mov_mr(&em, X86_S32, x86_mem_sib(X86_RAX, X86_RCX, 4, 0), X86_R15);
    expect_len("mov dword ptr [rax + rcx*4], r15d", 4);
    x86_mov_mr(&em, X86_S16, x86_mem_base(X86_RSP, 0), X86_RAX);
    expect_len("mov word ptr [rsp], ax", 4);
    x86_mov_mr(&em, X86_S8, x86_mem_base(X86_RAX, 0), X86_RSI);
    expect_len("mov byte ptr [rax], sil", 3);
    x86_mov_mr(&em, X86_S8, x86_mem_base(X86_RBX, 1), X86_RDX);
    expect_len("mov byte ptr [rbx + 1], dl", 3);

    x86_mov_mi(&em, X86_S64, x86_mem_base(X86_RAX, 0), -1);
    expect_len("mov qword ptr [rax], -1", 7);
    x86_mov_mi(&em, X86_S64, x86_mem_base(X86_RAX, 0), 0x7fffffff);
    expect_len("mov qword ptr [rax], 0x7fffffff", 7);
    x86_mov_mi(&em, X86_S32, x86_mem_base(X86_RSP, 8), INT32_MIN);
    expect_len("mov dword ptr [rsp + 8], 0x80000000", 8);
    x86_mov_mi(&em, X86_S16, x86_mem_base(X86_RBX, 0), 0x1234);
    expect_len("mov word ptr [rbx], 0x1234", 5);
    x86_mov_mi(&em, X86_S8, x86_mem_base(X86_R13, 0), 0xff);
    expect_len("mov byte ptr [r13], 0xff", 5);
}
END_TEST

START_TEST(extensions_and_lea)
{
    x86_movzx_rr(&em, X86_S32, X86_S8, X86_RAX, X86_RCX);
    expect_len("movzx eax, cl", 3);
    x86_movzx_rr(&em, X86_S32, X86_S8, X86_R8, X86_RSI);
    expect_len("movzx r8d, sil", 4);
    x86_movzx_rr(&em, X86_S32, X86_S8, X86_RSI, X86_RAX); /* SIL as destination: no REX needed */
    expect_len("movzx esi, al", 3);
    x86_movzx_rr(&em, X86_S64, X86_S16, X86_RAX, X86_R9);
    expect_len("movzx rax, r9w", 4);
    x86_movzx_rr(&em, X86_S16, X86_S8, X86_RAX, X86_RCX);
    expect_len("movzx ax, cl", 4);
    x86_movzx_rm(&em, X86_S32, X86_S16, X86_RDX, x86_mem_base(X86_RAX, 2));
    expect("movzx edx, word ptr [rax + 2]");
    x86_movzx_rm(&em, X86_S32, X86_S8, X86_RAX, x86_mem_sib(X86_RSI, X86_RDI, 1, 0));
    expect("movzx eax, byte ptr [rsi + rdi]");
    x86_movsx_rr(&em, X86_S64, X86_S8, X86_RAX, X86_RSP);
    expect_len("movsx rax, spl", 4);
    x86_movsx_rr(&em, X86_S32, X86_S16, X86_RCX, X86_RDX);
    expect_len("movsx ecx, dx", 3);
    x86_movsx_rr(&em, X86_S64, X86_S32, X86_RAX, X86_RCX);
    expect_len("movsxd rax, ecx", 3);
    x86_movsx_rr(&em, X86_S64, X86_S32, X86_R10, X86_R11);
    expect_len("movsxd r10, r11d", 3);
    x86_movsx_rm(&em, X86_S64, X86_S32, X86_RAX, x86_mem_base(X86_RBX, 4));
    expect("movsxd rax, dword ptr [rbx + 4]");
    x86_movsx_rm(&em, X86_S16, X86_S8, X86_RAX, x86_mem_base(X86_RAX, 0));
    expect("movsx ax, byte ptr [rax]");

    x86_lea(&em, X86_S64, X86_RAX, x86_mem_sib(X86_RAX, X86_RAX, 2, 0));
    expect_len("lea rax, [rax + rax*2]", 4);
    x86_lea(&em, X86_S64, X86_R12, x86_mem_base(X86_RSP, 8));
    expect_len("lea r12, [rsp + 8]", 5);
    x86_lea(&em, X86_S32, X86_RCX, x86_mem_sib(X86_RDX, X86_R8, 4, -1));
    expect_len("lea ecx, [rdx + r8*4 - 1]", 5);
    x86_lea(&em, X86_S64, X86_RDI, x86_mem_rip(0x20));
    expect_len("lea rdi, [rip + 0x20]", 7);
    x86_lea(&em, X86_S16, X86_RAX, x86_mem_base(X86_RBX, 0));
    expect_len("lea ax, [rbx]", 3);
}
END_TEST

/* ---- Arithmetic ---- */

static const char *const alu_names[] = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};

START_TEST(alu_register_forms)
{
    char want[64];
    for (unsigned op = X86_ADD; op <= X86_CMP; op++) {
        x86_alu_rr(&em, (enum x86_alu_op)op, X86_S64, X86_RAX, X86_RCX);
        snprintf(want, sizeof(want), "%s rax, rcx", alu_names[op]);
        expect_len(want, 3);
        x86_alu_rm(&em, (enum x86_alu_op)op, X86_S64, X86_RDX, x86_mem_base(X86_RBX, 8));
        snprintf(want, sizeof(want), "%s rdx, qword ptr [rbx + 8]", alu_names[op]);
        expect_len(want, 4);
        x86_alu_mr(&em, (enum x86_alu_op)op, X86_S32, x86_mem_base(X86_RSP, 0), X86_R8);
        snprintf(want, sizeof(want), "%s dword ptr [rsp], r8d", alu_names[op]);
        expect_len(want, 4);
    }
    x86_alu_rr(&em, X86_ADD, X86_S32, X86_R8, X86_R9);
    expect_len("add r8d, r9d", 3);
    x86_alu_rr(&em, X86_SUB, X86_S16, X86_RSP, X86_R15);
    expect_len("sub sp, r15w", 4);
    x86_alu_rr(&em, X86_XOR, X86_S8, X86_RSI, X86_RDI);
    expect_len("xor sil, dil", 3);
    x86_alu_rr(&em, X86_CMP, X86_S8, X86_RAX, X86_RBX);
    expect_len("cmp al, bl", 2);
    x86_alu_rm(&em, X86_CMP, X86_S32, X86_R12, x86_mem_sib(X86_R13, X86_RAX, 4, 0));
    expect("cmp r12d, dword ptr [r13 + rax*4]");
    x86_alu_rm(&em, X86_SUB, X86_S8, X86_RDI, x86_mem_rip(0x10));
    expect_len("sub dil, byte ptr [rip + 0x10]", 7);
    x86_alu_mr(&em, X86_OR, X86_S64, x86_mem_base(X86_RSP, 0), X86_R8);
    expect("or qword ptr [rsp], r8");
    x86_alu_mr(&em, X86_XOR, X86_S16, x86_mem_base(X86_RAX, 0), X86_RCX);
    expect("xor word ptr [rax], cx");
}
END_TEST

START_TEST(alu_immediates)
{
    char want[64];
    for (unsigned op = X86_ADD; op <= X86_CMP; op++) {
        x86_alu_ri(&em, (enum x86_alu_op)op, X86_S64, X86_RBX, 5);
        snprintf(want, sizeof(want), "%s rbx, 5", alu_names[op]);
        expect_len(want, 4);
    }
    x86_alu_ri(&em, X86_ADD, X86_S64, X86_RAX, 1);
    expect_len("add rax, 1", 4);
    x86_alu_ri(&em, X86_ADD, X86_S64, X86_RCX, 127);
    expect_len("add rcx, 0x7f", 4);
    x86_alu_ri(&em, X86_ADD, X86_S64, X86_RCX, 128);
    expect_len("add rcx, 0x80", 7);
    x86_alu_ri(&em, X86_SUB, X86_S64, X86_RCX, -128);
    expect_len("sub rcx, -0x80", 4);
    x86_alu_ri(&em, X86_SUB, X86_S64, X86_RCX, -129);
    expect_len("sub rcx, -0x81", 7);
    x86_alu_ri(&em, X86_ADD, X86_S64, X86_RAX, 128); /* accumulator form: no ModRM */
    expect_len("add rax, 0x80", 6);
    x86_alu_ri(&em, X86_CMP, X86_S64, X86_R15, INT32_MAX);
    expect_len("cmp r15, 0x7fffffff", 7);
    x86_alu_ri(&em, X86_CMP, X86_S64, X86_RAX, INT32_MIN);
    expect_len("cmp rax, -0x80000000", 6);
    x86_alu_ri(&em, X86_ADD, X86_S32, X86_RAX, -1);
    expect_len("add eax, -1", 3);
    x86_alu_ri(&em, X86_ADD, X86_S32, X86_RDX, INT32_MIN);
    expect_len("add edx, 0x80000000", 6);
    x86_alu_ri(&em, X86_AND, X86_S32, X86_R8, 0xff);
    expect_len("and r8d, 0xff", 7);
    x86_alu_ri(&em, X86_AND, X86_S64, X86_RDX, 0x7f);
    expect_len("and rdx, 0x7f", 4);
    x86_alu_ri(&em, X86_AND, X86_S64, X86_RDX, -1);
    expect_len("and rdx, 0xffffffffffffffff", 4);
    x86_alu_ri(&em, X86_XOR, X86_S32, X86_RAX, -1);
    expect_len("xor eax, 0xffffffff", 3);
    x86_alu_ri(&em, X86_OR, X86_S16, X86_RAX, 0x1234);
    expect_len("or ax, 0x1234", 4);
    x86_alu_ri(&em, X86_ADC, X86_S16, X86_RBX, 0xffff); /* -1 at 16 bits: imm8 */
    expect_len("adc bx, -1", 4);
    x86_alu_ri(&em, X86_ADD, X86_S16, X86_R10, 0x7fff);
    expect_len("add r10w, 0x7fff", 6);
    x86_alu_ri(&em, X86_SBB, X86_S8, X86_RAX, 0x80);
    expect_len("sbb al, 0x80", 2);
    x86_alu_ri(&em, X86_XOR, X86_S8, X86_RSP, 1);
    expect_len("xor spl, 1", 4);
    x86_alu_ri(&em, X86_CMP, X86_S8, X86_R9, -1);
    expect_len("cmp r9b, 0xff", 4);
    x86_alu_ri(&em, X86_ADD, X86_S8, X86_RCX, 3);
    expect_len("add cl, 3", 3);

    x86_alu_mi(&em, X86_ADD, X86_S64, x86_mem_base(X86_RDI, 0x10), 1);
    expect_len("add qword ptr [rdi + 0x10], 1", 5);
    x86_alu_mi(&em, X86_SUB, X86_S32, x86_mem_base(X86_RAX, 0), 1000);
    expect_len("sub dword ptr [rax], 0x3e8", 6);
    x86_alu_mi(&em, X86_CMP, X86_S8, x86_mem_base(X86_R12, 0), 0xfe);
    expect_len("cmp byte ptr [r12], 0xfe", 5);
    x86_alu_mi(&em, X86_AND, X86_S16, x86_mem_base(X86_RAX, 0), 0x100);
    expect_len("and word ptr [rax], 0x100", 5);
    x86_alu_mi(&em, X86_CMP, X86_S64, x86_mem_sib(X86_RBX, X86_RCX, 8, 0), -2);
    expect_len("cmp qword ptr [rbx + rcx*8], -2", 5);
}
END_TEST

START_TEST(test_instruction)
{
    x86_test_rr(&em, X86_S64, X86_RAX, X86_RAX);
    expect_len("test rax, rax", 3);
    x86_test_rr(&em, X86_S8, X86_RSI, X86_RSI);
    expect_len("test sil, sil", 3);
    x86_test_rr(&em, X86_S32, X86_R8, X86_RCX);
    expect_len("test r8d, ecx", 3);
    x86_test_rr(&em, X86_S16, X86_RDX, X86_RDX);
    expect_len("test dx, dx", 3);
    x86_test_ri(&em, X86_S8, X86_RAX, 9);
    expect_len("test al, 9", 2);
    x86_test_ri(&em, X86_S32, X86_RAX, 10);
    expect_len("test eax, 0xa", 5);
    x86_test_ri(&em, X86_S64, X86_RAX, -1);
    expect_len("test rax, -1", 6);
    x86_test_ri(&em, X86_S64, X86_RBX, 1);
    expect_len("test rbx, 1", 7);
    x86_test_ri(&em, X86_S8, X86_RDI, 0x80);
    expect_len("test dil, 0x80", 4);
    x86_test_ri(&em, X86_S16, X86_R11, 0x8000);
    expect_len("test r11w, 0x8000", 6);
    x86_test_mr(&em, X86_S64, x86_mem_base(X86_RAX, 0), X86_RDX);
    expect_len("test qword ptr [rax], rdx", 3);
    x86_test_mi(&em, X86_S8, x86_mem_base(X86_RAX, 1), 1);
    expect_len("test byte ptr [rax + 1], 1", 4);
}
END_TEST

START_TEST(group3_multiply_divide)
{
    x86_grp3_r(&em, X86_NEG, X86_S64, X86_R10);
    expect_len("neg r10", 3);
    x86_grp3_r(&em, X86_NEG, X86_S8, X86_RBP);
    expect_len("neg bpl", 3);
    x86_grp3_r(&em, X86_NOT, X86_S32, X86_RAX);
    expect_len("not eax", 2);
    x86_grp3_m(&em, X86_NOT, X86_S8, x86_mem_base(X86_RAX, 0));
    expect_len("not byte ptr [rax]", 2);
    x86_grp3_r(&em, X86_MUL, X86_S64, X86_RCX);
    expect_len("mul rcx", 3);
    x86_grp3_r(&em, X86_MUL, X86_S8, X86_RBX); /* /4 in ModRM.reg is a digit: no REX */
    expect_len("mul bl", 2);
    x86_grp3_r(&em, X86_IMUL, X86_S32, X86_R9);
    expect_len("imul r9d", 3);
    x86_grp3_m(&em, X86_DIV, X86_S64, x86_mem_base(X86_RSP, 8));
    expect_len("div qword ptr [rsp + 8]", 5);
    x86_grp3_r(&em, X86_IDIV, X86_S32, X86_R8);
    expect_len("idiv r8d", 3);
    x86_grp3_r(&em, X86_IDIV, X86_S16, X86_RCX);
    expect_len("idiv cx", 3);

    x86_imul_rr(&em, X86_S64, X86_RAX, X86_RCX);
    expect_len("imul rax, rcx", 4);
    x86_imul_rr(&em, X86_S32, X86_R15, X86_RAX);
    expect_len("imul r15d, eax", 4);
    x86_imul_rr(&em, X86_S16, X86_RDX, X86_RBX);
    expect_len("imul dx, bx", 4);
    x86_imul_rm(&em, X86_S64, X86_RAX, x86_mem_base(X86_RCX, 0));
    expect_len("imul rax, qword ptr [rcx]", 4);
    x86_imul_rri(&em, X86_S64, X86_RAX, X86_RCX, 100);
    expect_len("imul rax, rcx, 0x64", 4);
    x86_imul_rri(&em, X86_S64, X86_RAX, X86_RCX, -1);
    expect_len("imul rax, rcx, -1", 4);
    x86_imul_rri(&em, X86_S32, X86_RAX, X86_RCX, 1000);
    expect_len("imul eax, ecx, 0x3e8", 6);
    x86_imul_rri(&em, X86_S64, X86_R8, X86_R9, -129);
    expect_len("imul r8, r9, -0x81", 7);
    x86_imul_rri(&em, X86_S16, X86_RAX, X86_RCX, 0x7fff);
    expect_len("imul ax, cx, 0x7fff", 5);

    x86_cdq(&em);
    expect_len("cdq", 1);
    x86_cqo(&em);
    expect_len("cqo", 2);

    x86_lahf(&em);
    expect_len("lahf", 1);
    x86_sahf(&em);
    expect_len("sahf", 1);
    x86_cmc(&em);
    expect_len("cmc", 1);
    x86_stc(&em);
    expect_len("stc", 1);
    x86_mfence(&em);
    expect_len("mfence", 3);
}
END_TEST

/* ---- Shifts ---- */

START_TEST(shifts_and_rotates)
{
    x86_shift_ri(&em, X86_SHL, X86_S64, X86_RAX, 1);
    expect_len("shl rax, 1", 3);
    x86_shift_ri(&em, X86_SHL, X86_S64, X86_RAX, 3);
    expect_len("shl rax, 3", 4);
    x86_shift_ri(&em, X86_SHR, X86_S32, X86_R9, 31);
    expect_len("shr r9d, 0x1f", 4);
    x86_shift_ri(&em, X86_SAR, X86_S16, X86_RDX, 15);
    expect_len("sar dx, 0xf", 4);
    x86_shift_ri(&em, X86_ROL, X86_S8, X86_RSI, 4);
    expect_len("rol sil, 4", 4);
    x86_shift_ri(&em, X86_ROR, X86_S64, X86_R15, 63);
    expect_len("ror r15, 0x3f", 4);
    x86_shift_ri(&em, X86_RCL, X86_S32, X86_RAX, 1);
    expect_len("rcl eax, 1", 2);
    x86_shift_ri(&em, X86_RCR, X86_S64, X86_RBX, 2);
    expect_len("rcr rbx, 2", 4);
    x86_shift_ri(&em, X86_ROL, X86_S16, X86_RAX, 8);
    expect_len("rol ax, 8", 4);
    x86_shift_rcl(&em, X86_SHL, X86_S64, X86_RAX);
    expect_len("shl rax, cl", 3);
    x86_shift_rcl(&em, X86_SAR, X86_S32, X86_R9);
    expect_len("sar r9d, cl", 3);
    x86_shift_rcl(&em, X86_ROL, X86_S8, X86_R11);
    expect_len("rol r11b, cl", 3);
    x86_shift_rcl(&em, X86_SHR, X86_S16, X86_RAX);
    expect_len("shr ax, cl", 3);
    x86_shift_mi(&em, X86_SHL, X86_S32, x86_mem_base(X86_RAX, 0), 1);
    expect_len("shl dword ptr [rax], 1", 2);
    x86_shift_mi(&em, X86_SAR, X86_S64, x86_mem_base(X86_RSP, 8), 7);
    expect_len("sar qword ptr [rsp + 8], 7", 6);
    x86_shift_mcl(&em, X86_ROR, X86_S8, x86_mem_base(X86_R13, 0));
    expect_len("ror byte ptr [r13], cl", 4);

    x86_shld_rri(&em, X86_S64, X86_RAX, X86_RCX, 5);
    expect_len("shld rax, rcx, 5", 5);
    x86_shld_rrcl(&em, X86_S32, X86_R8, X86_RDX);
    expect_len("shld r8d, edx, cl", 4);
    x86_shrd_rri(&em, X86_S16, X86_RAX, X86_RCX, 1);
    expect_len("shrd ax, cx, 1", 5);
    x86_shrd_rrcl(&em, X86_S64, X86_RDI, X86_R12);
    expect_len("shrd rdi, r12, cl", 4);
}
END_TEST

/* ---- Bits ---- */

START_TEST(bit_scans_counts_bswap)
{
    x86_bitscan_rr(&em, X86_BSF, X86_S32, X86_RAX, X86_RCX);
    expect_len("bsf eax, ecx", 3);
    x86_bitscan_rr(&em, X86_BSR, X86_S64, X86_R8, X86_RDX);
    expect_len("bsr r8, rdx", 4);
    x86_bitscan_rr(&em, X86_TZCNT, X86_S32, X86_RAX, X86_RCX);
    expect_len("tzcnt eax, ecx", 4);
    x86_bitscan_rr(&em, X86_LZCNT, X86_S64, X86_RAX, X86_RCX);
    expect_len("lzcnt rax, rcx", 5); /* F3 before REX.W */
    x86_bitscan_rr(&em, X86_LZCNT, X86_S32, X86_R9, X86_R10);
    expect_len("lzcnt r9d, r10d", 5);
    x86_bitscan_rr(&em, X86_POPCNT, X86_S64, X86_RAX, X86_RCX);
    expect_len("popcnt rax, rcx", 5);
    x86_bitscan_rr(&em, X86_POPCNT, X86_S16, X86_RAX, X86_RCX);
    expect_len("popcnt ax, cx", 5);
    x86_bitscan_rm(&em, X86_TZCNT, X86_S64, X86_RAX, x86_mem_base(X86_RBX, 8));
    expect_len("tzcnt rax, qword ptr [rbx + 8]", 6);
    x86_bitscan_rm(&em, X86_BSF, X86_S32, X86_R13, x86_mem_base(X86_R13, 0));
    expect_len("bsf r13d, dword ptr [r13]", 5);

    x86_bswap(&em, X86_S64, X86_R9);
    expect_len("bswap r9", 3);
    x86_bswap(&em, X86_S32, X86_RAX);
    expect_len("bswap eax", 2);
    x86_bswap(&em, X86_S32, X86_R8);
    expect_len("bswap r8d", 3);
    x86_bswap(&em, X86_S64, X86_RSP);
    expect_len("bswap rsp", 3);
}
END_TEST

/* ---- Conditions ---- */

/* Condition suffixes in encoding order (SDM vol. 1 table B-1, Capstone's choice of synonyms). */
static const char *const cc_names[16] = {"o", "no", "b", "ae", "e", "ne", "be", "a",
                                         "s", "ns", "p", "np", "l", "ge", "le", "g"};

START_TEST(setcc_cmov_every_condition)
{
    char want[64];
    for (unsigned cc = 0; cc < 16; cc++) {
        const char *name = cc_names[cc];
        x86_setcc_r(&em, (enum x86_cond)cc, X86_RAX);
        snprintf(want, sizeof(want), "set%s al", name);
        expect_len(want, 3);
        x86_cmov_rr(&em, (enum x86_cond)cc, X86_S32, X86_RDX, X86_RCX);
        snprintf(want, sizeof(want), "cmov%s edx, ecx", name);
        expect_len(want, 3);
        x86_jcc_rel8(&em, (enum x86_cond)cc, 0x10);
        snprintf(want, sizeof(want), "j%s 0x1012", name);
        expect_len(want, 2);
        x86_jcc_rel32(&em, (enum x86_cond)cc, 0x100);
        snprintf(want, sizeof(want), "j%s 0x1106", name);
        expect_len(want, 6);
    }
    x86_setcc_r(&em, X86_CC_NE, X86_RSI);
    expect_len("setne sil", 4);
    x86_setcc_r(&em, X86_CC_B, X86_R8);
    expect_len("setb r8b", 4);
    x86_setcc_r(&em, X86_CC_A, X86_RBX);
    expect_len("seta bl", 3);
    x86_setcc_m(&em, X86_CC_L, x86_mem_base(X86_RAX, 0));
    expect_len("setl byte ptr [rax]", 3);
    x86_cmov_rr(&em, X86_CC_AE, X86_S64, X86_RAX, X86_RCX);
    expect_len("cmovae rax, rcx", 4);
    x86_cmov_rr(&em, X86_CC_G, X86_S16, X86_R15, X86_RAX);
    expect_len("cmovg r15w, ax", 5);
    x86_cmov_rm(&em, X86_CC_E, X86_S64, X86_RAX, x86_mem_base(X86_RDI, 0));
    expect_len("cmove rax, qword ptr [rdi]", 4);

    ck_assert_int_eq(x86_cond_invert(X86_CC_E), X86_CC_NE);
    ck_assert_int_eq(x86_cond_invert(X86_CC_NE), X86_CC_E);
    ck_assert_int_eq(x86_cond_invert(X86_CC_L), X86_CC_GE);
    ck_assert_int_eq(x86_cond_invert(X86_CC_A), X86_CC_BE);
    ck_assert_int_eq(x86_cond_invert(X86_CC_G), X86_CC_LE);
}
END_TEST

/* ---- Branches ---- */

START_TEST(branches_and_calls)
{
    x86_jmp_rel8(&em, 0x10);
    expect_len("jmp 0x1012", 2);
    x86_jmp_rel8(&em, -2);
    expect_len("jmp 0x1000", 2);
    ck_assert_ptr_eq(x86_jmp_rel32(&em, 0x100), code + 1);
    expect_len("jmp 0x1105", 5);
    x86_jmp_rel32(&em, -0x10);
    expect_len("jmp 0xff5", 5);
    ck_assert_ptr_eq(x86_jcc_rel32(&em, X86_CC_NE, 0x100), code + 2);
    expect_len("jne 0x1106", 6);
    ck_assert_ptr_eq(x86_call_rel32(&em, 0x20), code + 1);
    expect_len("call 0x1025", 5);
    x86_jmp_r(&em, X86_RAX);
    expect_len("jmp rax", 2);
    x86_jmp_r(&em, X86_R11);
    expect_len("jmp r11", 3);
    x86_jmp_m(&em, x86_mem_base(X86_RAX, 8));
    expect_len("jmp qword ptr [rax + 8]", 3);
    x86_jmp_m(&em, x86_mem_sib(X86_R14, X86_RCX, 8, 0));
    expect_len("jmp qword ptr [r14 + rcx*8]", 4);
    x86_call_r(&em, X86_R11);
    expect_len("call r11", 3);
    x86_call_r(&em, X86_RBX);
    expect_len("call rbx", 2);
    x86_call_m(&em, x86_mem_rip(0x100));
    expect_len("call qword ptr [rip + 0x100]", 6);
    x86_ret(&em);
    expect_len("ret", 1);
}
END_TEST

START_TEST(branches_to_host_addresses)
{
    char want[64];
    uint64_t here = addr_of(code);
    ck_assert(x86_jmp_to(&em, at(0x40)));
    ck_assert_uint_eq(code[0], 0xEB); /* rel8 when it reaches */
    snprintf(want, sizeof(want), "jmp 0x%" PRIx64, here + 0x40);
    expect_at(here, want);
    ck_assert(x86_jmp_to(&em, at(0x1000)));
    ck_assert_uint_eq(code[0], 0xE9);
    snprintf(want, sizeof(want), "jmp 0x%" PRIx64, here + 0x1000);
    expect_at(here, want);
    ck_assert(x86_jcc_to(&em, X86_CC_B, at(-0x80 + 2))); /* rel8 -128 exactly */
    ck_assert_uint_eq(code[0], 0x72);
    snprintf(want, sizeof(want), "jb 0x%" PRIx64, here - 0x80 + 2);
    expect_at(here, want);
    ck_assert(x86_jcc_to(&em, X86_CC_GE, at(-0x80 + 1))); /* rel8 -129: rel32 */
    ck_assert_uint_eq(code[0], 0x0F);
    snprintf(want, sizeof(want), "jge 0x%" PRIx64, here - 0x80 + 1);
    expect_at(here, want);
    ck_assert(x86_call_to(&em, at(0x2000)));
    snprintf(want, sizeof(want), "call 0x%" PRIx64, here + 0x2000);
    expect_at(here, want);

    const void *far = (const void *)((uintptr_t)code + (1ull << 33));
    ck_assert(!x86_jmp_to(&em, far));
    ck_assert(!x86_jcc_to(&em, X86_CC_E, far));
    ck_assert(!x86_call_to(&em, far));
    ck_assert_uint_eq(em.pos, 0);
    ck_assert(!em.overflow);
}
END_TEST

START_TEST(labels_forward_and_backward)
{
    /* Three forward references, bound once: every rel32 patched. */
    struct x86_label fwd = x86_label();
    x86_jmp_label(&em, &fwd);             /* 0x1000, 5 bytes */
    x86_jcc_label(&em, X86_CC_NE, &fwd);  /* 0x1005, 6 bytes */
    x86_lea_label(&em, X86_RAX, &fwd);    /* 0x100b, 7 bytes */
    x86_nop(&em, 3);                      /* 0x1012 */
    x86_bind(&em, &fwd);                  /* 0x1015 */
    x86_ret(&em);
    ck_assert(fwd.bound);
    ck_assert_uint_eq(fwd.pos, 0x15);
    static const char *const fwd_text[] = {"jmp 0x1015", "jne 0x1015", "lea rax, [rip + 3]",
                                           "nop dword ptr [rax]", "ret"};
    expect_seq_at(ADDR, fwd_text, 5);

    /* Backward references take rel8 while it reaches, then rel32. */
    struct x86_label top = x86_label();
    x86_bind(&em, &top);
    x86_nop(&em, 1);
    x86_jmp_label(&em, &top);            /* 0x1001: EB FD */
    x86_jcc_label(&em, X86_CC_L, &top);  /* 0x1003: 7C FB */
    x86_nop(&em, 0x7b);                  /* 0x1005 .. 0x107f */
    x86_jcc_label(&em, X86_CC_G, &top);  /* 0x1080: rel8 would be -0x82: rel32 */
    x86_jmp_label(&em, &top);            /* 0x1086: rel32 */
    x86_lea_label(&em, X86_R9, &top);    /* 0x108b */
    ck_assert_uint_eq(em.pos, 0x92);
    ck_assert_uint_eq(code[1], 0xEB);
    ck_assert_uint_eq(code[3], 0x7C);
    ck_assert_uint_eq(code[0x80], 0x0F);
    ck_assert_uint_eq(code[0x86], 0xE9);
    static const char *const back_text[] = {"jmp 0x1000", "jl 0x1000", "jg 0x1000",
                                            "jmp 0x1000", "lea r9, [rip - 0x92]"};
    cs_insn *insn = 0;
    char got[256];
    size_t n = cs_disasm(cs, code, em.pos, ADDR, 0, &insn);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(insn[i].mnemonic, "nop") == 0)
            continue;
        text_of(&insn[i], got, sizeof(got));
        ck_assert_uint_lt(k, 5);
        ck_assert_str_eq(got, back_text[k]);
        k++;
    }
    ck_assert_uint_eq(k, 5);
    cs_free(insn, n);
    x86_emitter_init(&em, code, sizeof(code));

    /* Two labels with interleaved pending jumps keep separate chains. */
    struct x86_label a = x86_label(), b = x86_label();
    x86_jcc_label(&em, X86_CC_E, &a);  /* 0x1000 */
    x86_jcc_label(&em, X86_CC_NE, &b); /* 0x1006 */
    x86_jmp_label(&em, &a);            /* 0x100c */
    x86_bind(&em, &b);                 /* 0x1011 */
    x86_ret(&em);
    x86_bind(&em, &a); /* 0x1012 */
    x86_jmp_label(&em, &b);            /* bound: rel8 back to 0x1011 */
    static const char *const two_text[] = {"je 0x1012", "jne 0x1011", "jmp 0x1012", "ret",
                                           "jmp 0x1011"};
    expect_seq_at(ADDR, two_text, 5);
}
END_TEST

START_TEST(patching_rel32)
{
    char want[64];
    uint64_t here = addr_of(code);
    uint8_t *field = x86_jmp_rel32(&em, 0);
    ck_assert_ptr_eq(field, code + 1);
    ck_assert(x86_patch_rel32(field, code + 0x80));
    snprintf(want, sizeof(want), "jmp 0x%" PRIx64, here + 0x80);
    expect_at(here, want);

    field = x86_jcc_rel32(&em, X86_CC_S, 0);
    ck_assert(x86_patch_rel32(field, at(-0x100)));
    snprintf(want, sizeof(want), "js 0x%" PRIx64, here - 0x100);
    expect_at(here, want);

    /* Out of range: refused, and the old target stays. */
    field = x86_call_rel32(&em, 0x40);
    ck_assert(!x86_patch_rel32(field, (const uint8_t *)((uintptr_t)code + (1ull << 31) + 6)));
    ck_assert(!x86_patch_rel32(field, (const uint8_t *)((uintptr_t)code - (1ull << 31))));
    snprintf(want, sizeof(want), "call 0x%" PRIx64, here + 0x45);
    expect_at(here, want);
    /* The extremes of the range are fine: end of call + INT32_MAX, end + INT32_MIN. */
    field = x86_call_rel32(&em, 0);
    ck_assert(x86_patch_rel32(field, (const uint8_t *)((uintptr_t)code + 5 + INT32_MAX)));
    ck_assert_uint_eq(field[0] | field[1] << 8 | field[2] << 16 | (uint32_t)field[3] << 24,
                      0x7fffffffu);
    ck_assert(x86_patch_rel32(field, (const uint8_t *)((uintptr_t)code + 5 - 0x80000000ull)));
    ck_assert_uint_eq(field[3], 0x80);
    ck_assert_uint_eq(field[0] | field[1] | field[2], 0);
    x86_emitter_init(&em, code, sizeof(code));

    /* A 4-byte aligned field (padded with a 3-byte NOP) takes the atomic store. */
    x86_nop(&em, 3);
    field = x86_jmp_rel32(&em, 0);
    ck_assert_ptr_eq(field, code + 4);
    ck_assert(x86_patch_rel32(field, at(0x800)));
    static const char *const aligned[] = {"nop dword ptr [rax]", "jmp 0x1800"};
    expect_seq_at(ADDR, aligned, 2);
}
END_TEST

START_TEST(stack_and_nops)
{
    x86_push_r(&em, X86_RAX);
    expect_len("push rax", 1);
    x86_push_r(&em, X86_R12);
    expect_len("push r12", 2);
    x86_pop_r(&em, X86_RBP);
    expect_len("pop rbp", 1);
    x86_pop_r(&em, X86_R15);
    expect_len("pop r15", 2);
    x86_push_m(&em, x86_mem_base(X86_RAX, 0));
    expect_len("push qword ptr [rax]", 2);
    x86_pop_m(&em, x86_mem_base(X86_RSP, 8));
    expect_len("pop qword ptr [rsp + 8]", 4);
    x86_push_i(&em, -1);
    expect_len("push -1", 2);
    x86_push_i(&em, 127);
    expect_len("push 0x7f", 2);
    x86_push_i(&em, 0x80);
    expect_len("push 0x80", 5);
    x86_push_i(&em, -129);
    expect_len("push -0x81", 5);

    static const char *const nop_text[10] = {
        "", "nop", "nop", "nop dword ptr [rax]", "nop dword ptr [rax]",
        "nop dword ptr [rax + rax]", "nop word ptr [rax + rax]", "nop dword ptr [rax]",
        "nop dword ptr [rax + rax]", "nop word ptr [rax + rax]"};
    for (size_t n = 1; n <= 9; n++) {
        x86_nop(&em, n);
        expect_len(nop_text[n], n);
    }
    x86_nop(&em, 12); /* 9 + 3 */
    static const char *const nop12[] = {"nop word ptr [rax + rax]", "nop dword ptr [rax]"};
    expect_seq_at(ADDR, nop12, 2);
}
END_TEST

/* ---- Exchange and atomics ---- */

START_TEST(exchange_and_atomics)
{
    x86_xchg_rr(&em, X86_S64, X86_RAX, X86_RCX);
    expect_len("xchg rax, rcx", 2);
    x86_xchg_rr(&em, X86_S64, X86_RCX, X86_RAX); /* same instruction */
    expect_len("xchg rax, rcx", 2);
    x86_xchg_rr(&em, X86_S64, X86_R8, X86_RAX);
    expect_len("xchg rax, r8", 2);
    x86_xchg_rr(&em, X86_S32, X86_RAX, X86_RAX); /* not 90: that is NOP, which keeps bits 63:32 */
    ck_assert_uint_eq(code[0], 0x87);
    expect_len("xchg eax, eax", 2);
    x86_xchg_rr(&em, X86_S32, X86_RDX, X86_RBX);
    expect_len("xchg edx, ebx", 2);
    x86_xchg_rr(&em, X86_S16, X86_RAX, X86_RSI);
    expect_len("xchg ax, si", 2);
    x86_xchg_rr(&em, X86_S8, X86_RCX, X86_RDX);
    expect_len("xchg cl, dl", 2);
    x86_xchg_rr(&em, X86_S8, X86_RAX, X86_RDI);
    expect_len("xchg al, dil", 3);
    x86_xchg_mr(&em, X86_S64, x86_mem_base(X86_RDI, 0), X86_RAX);
    expect_len("xchg qword ptr [rdi], rax", 3);

    x86_lock(&em);
    x86_cmpxchg_mr(&em, X86_S64, x86_mem_base(X86_RDI, 0), X86_RSI);
    expect_len("lock cmpxchg qword ptr [rdi], rsi", 5);
    x86_cmpxchg_mr(&em, X86_S8, x86_mem_base(X86_RAX, 0), X86_RSI);
    expect_len("cmpxchg byte ptr [rax], sil", 4);
    x86_cmpxchg_mr(&em, X86_S32, x86_mem_sib(X86_R8, X86_R9, 4, 0x10), X86_R10);
    expect_len("cmpxchg dword ptr [r8 + r9*4 + 0x10], r10d", 6);
    x86_cmpxchg_mr(&em, X86_S16, x86_mem_base(X86_RBX, 0), X86_RCX);
    expect_len("cmpxchg word ptr [rbx], cx", 4);
    x86_lock(&em);
    x86_cmpxchg16b_m(&em, x86_mem_base(X86_RDI, 0));
    expect_len("lock cmpxchg16b xmmword ptr [rdi]", 5);
    x86_lock(&em);
    x86_xadd_mr(&em, X86_S32, x86_mem_base(X86_RDI, 0), X86_RAX);
    expect_len("lock xadd dword ptr [rdi], eax", 4);
    x86_xadd_mr(&em, X86_S16, x86_mem_base(X86_RAX, 2), X86_R8);
    expect_len("xadd word ptr [rax + 2], r8w", 6);
    x86_xadd_rr(&em, X86_S64, X86_RAX, X86_RCX);
    expect_len("xadd rax, rcx", 4);
    x86_lock(&em);
    x86_alu_mi(&em, X86_ADD, X86_S64, x86_mem_base(X86_RAX, 0), 1);
    expect_len("lock add qword ptr [rax], 1", 5);
    x86_lock(&em);
    x86_alu_mr(&em, X86_OR, X86_S32, x86_mem_base(X86_R12, 0), X86_RDX);
    expect_len("lock or dword ptr [r12], edx", 5);
}
END_TEST

/* ---- SSE ---- */

START_TEST(sse_moves)
{
    x86_movd_xr(&em, X86_S32, X86_XMM0, X86_RAX);
    expect_len("movd xmm0, eax", 4);
    x86_movd_xr(&em, X86_S64, X86_XMM9, X86_RAX);
    expect_len("movq xmm9, rax", 5);
    x86_movd_xr(&em, X86_S32, X86_XMM15, X86_R12);
    expect_len("movd xmm15, r12d", 5);
    x86_movd_rx(&em, X86_S64, X86_RAX, X86_XMM1);
    expect_len("movq rax, xmm1", 5);
    x86_movd_rx(&em, X86_S32, X86_RCX, X86_XMM15);
    expect_len("movd ecx, xmm15", 5);
    x86_movd_rx(&em, X86_S64, X86_R8, X86_XMM8);
    expect_len("movq r8, xmm8", 5);
    x86_movd_xm(&em, X86_XMM3, x86_mem_base(X86_RAX, 0));
    expect_len("movd xmm3, dword ptr [rax]", 4);
    x86_movd_mx(&em, x86_mem_base(X86_RSP, 4), X86_XMM10);
    expect_len("movd dword ptr [rsp + 4], xmm10", 7);
    x86_movq_xx(&em, X86_XMM0, X86_XMM1);
    expect_len("movq xmm0, xmm1", 4);
    x86_movq_xx(&em, X86_XMM8, X86_XMM15);
    expect_len("movq xmm8, xmm15", 5);
    x86_movq_xm(&em, X86_XMM3, x86_mem_base(X86_RAX, 0));
    expect_len("movq xmm3, qword ptr [rax]", 4);
    x86_movq_mx(&em, x86_mem_base(X86_RAX, 0), X86_XMM2);
    expect_len("movq qword ptr [rax], xmm2", 4);
    x86_movq_mx(&em, x86_mem_sib(X86_R13, X86_R14, 8, 0), X86_XMM11);
    expect_len("movq qword ptr [r13 + r14*8], xmm11", 7);

    x86_movdqu_xm(&em, X86_XMM0, x86_mem_base(X86_RAX, 0));
    expect_len("movdqu xmm0, xmmword ptr [rax]", 4);
    x86_movdqu_mx(&em, x86_mem_sib(X86_RDI, X86_RCX, 8, 0x40), X86_XMM12);
    expect_len("movdqu xmmword ptr [rdi + rcx*8 + 0x40], xmm12", 7);
    x86_movdqa_mx(&em, x86_mem_base(X86_RSP, 0x20), X86_XMM8);
    expect_len("movdqa xmmword ptr [rsp + 0x20], xmm8", 7);
    x86_movdqa_xm(&em, X86_XMM7, x86_mem_base(X86_R13, 0));
    expect_len("movdqa xmm7, xmmword ptr [r13]", 6);
    x86_movdqa_xx(&em, X86_XMM1, X86_XMM2);
    expect_len("movdqa xmm1, xmm2", 4);
    x86_movdqa_xx(&em, X86_XMM14, X86_XMM3);
    expect_len("movdqa xmm14, xmm3", 5);
    x86_movups_xm(&em, X86_XMM1, x86_mem_rip(0x40));
    expect_len("movups xmm1, xmmword ptr [rip + 0x40]", 7);
    x86_movups_mx(&em, x86_mem_base(X86_RAX, 0), X86_XMM1);
    expect_len("movups xmmword ptr [rax], xmm1", 3);
    x86_movups_mx(&em, x86_mem_base(X86_R12, -16), X86_XMM9);
    expect_len("movups xmmword ptr [r12 - 0x10], xmm9", 6);
}
END_TEST

START_TEST(sse_packed_integer)
{
    static const char *const names[] = {
        [X86_PAND] = "pand",       [X86_PANDN] = "pandn",     [X86_POR] = "por",
        [X86_PXOR] = "pxor",       [X86_PADDB] = "paddb",     [X86_PADDW] = "paddw",
        [X86_PADDD] = "paddd",     [X86_PADDQ] = "paddq",     [X86_PSUBB] = "psubb",
        [X86_PSUBW] = "psubw",     [X86_PSUBD] = "psubd",     [X86_PSUBQ] = "psubq",
        [X86_PCMPEQB] = "pcmpeqb", [X86_PCMPEQW] = "pcmpeqw", [X86_PCMPEQD] = "pcmpeqd",
        [X86_PCMPEQQ] = "pcmpeqq", [X86_PSHUFB] = "pshufb",
    };
    char want[80];
    for (unsigned op = 0; op <= X86_PSHUFB; op++) {
        bool map38 = op == X86_PCMPEQQ || op == X86_PSHUFB; /* 66 0F 38 xx */
        x86_sse_xx(&em, (enum x86_sse_op)op, X86_XMM0, X86_XMM1);
        snprintf(want, sizeof(want), "%s xmm0, xmm1", names[op]);
        expect_len(want, map38 ? 5 : 4);
        x86_sse_xx(&em, (enum x86_sse_op)op, X86_XMM10, X86_XMM15);
        snprintf(want, sizeof(want), "%s xmm10, xmm15", names[op]);
        expect_len(want, map38 ? 6 : 5);
        x86_sse_xm(&em, (enum x86_sse_op)op, X86_XMM3, x86_mem_base(X86_RBX, 0x10));
        snprintf(want, sizeof(want), "%s xmm3, xmmword ptr [rbx + 0x10]", names[op]);
        expect_len(want, map38 ? 6 : 5);
    }
    x86_sse_xx(&em, X86_PADDQ, X86_XMM2, X86_XMM10);
    expect_len("paddq xmm2, xmm10", 5);
    x86_sse_xx(&em, X86_PSHUFB, X86_XMM9, X86_XMM1);
    expect_len("pshufb xmm9, xmm1", 6);
    x86_sse_xm(&em, X86_PCMPEQQ, X86_XMM11, x86_mem_base(X86_R12, 0x10));
    expect_len("pcmpeqq xmm11, xmmword ptr [r12 + 0x10]", 8);
    x86_pshufd_xxi(&em, X86_XMM0, X86_XMM1, 0x1b);
    expect_len("pshufd xmm0, xmm1, 0x1b", 5);
    /* scalar FP: the prefix selects double (F2) or single (F3) and the memory operand's size */
    static const char *const scalar[] = {"mulsd", "divsd", "addsd", "subsd",
                                         "mulss", "divss", "addss", "subss"};
    static const char *const packed[] = {"mulpd", "divpd", "addpd", "subpd",
                                         "mulps", "divps", "addps", "subps"};
    for (unsigned i = 0; i < 8; i++) {
        enum x86_sse_op op = (enum x86_sse_op)(X86_MULPD + i);
        x86_sse_xx(&em, op, X86_XMM0, X86_XMM1);
        snprintf(want, sizeof(want), "%s xmm0, xmm1", packed[i]);
        expect_len(want, i < 4 ? 4 : 3);
        x86_sse_xx(&em, op, X86_XMM8, X86_XMM2);
        snprintf(want, sizeof(want), "%s xmm8, xmm2", packed[i]);
        expect_len(want, i < 4 ? 5 : 4);
    }
    x86_sse_xx(&em, X86_UCOMISD, X86_XMM0, X86_XMM1);
    expect_len("ucomisd xmm0, xmm1", 4);
    x86_sse_xx(&em, X86_UCOMISS, X86_XMM0, X86_XMM9);
    expect_len("ucomiss xmm0, xmm9", 4);
    for (unsigned i = 0; i < 8; i++) {
        enum x86_sse_op op = (enum x86_sse_op)(X86_MULSD + i);
        x86_sse_xx(&em, op, X86_XMM0, X86_XMM1);
        snprintf(want, sizeof(want), "%s xmm0, xmm1", scalar[i]);
        expect_len(want, 4);
        x86_sse_xm(&em, op, X86_XMM0, x86_mem_base(X86_RBX, 0x130));
        snprintf(want, sizeof(want), "%s xmm0, %s ptr [rbx + 0x130]", scalar[i], i < 4 ? "qword" : "dword");
        expect_len(want, 8);
        x86_sse_xx(&em, op, X86_XMM9, X86_XMM12);
        snprintf(want, sizeof(want), "%s xmm9, xmm12", scalar[i]);
        expect_len(want, 5);
    }
    x86_pshufd_xxi(&em, X86_XMM13, X86_XMM13, 0);
    expect_len("pshufd xmm13, xmm13, 0", 6);
    x86_sse_xx(&em, X86_SQRTSD, X86_XMM0, X86_XMM0);
    expect_len("sqrtsd xmm0, xmm0", 4);
    x86_sse_xx(&em, X86_SQRTSS, X86_XMM1, X86_XMM10);
    expect_len("sqrtss xmm1, xmm10", 5);
    x86_sse_xx(&em, X86_SQRTPD, X86_XMM2, X86_XMM3);
    expect_len("sqrtpd xmm2, xmm3", 4);
    x86_sse_xx(&em, X86_SQRTPS, X86_XMM15, X86_XMM3);
    expect_len("sqrtps xmm15, xmm3", 4);
    x86_sse_xx(&em, X86_CVTSD2SS, X86_XMM0, X86_XMM1);
    expect_len("cvtsd2ss xmm0, xmm1", 4);
    x86_sse_xx(&em, X86_CVTSS2SD, X86_XMM8, X86_XMM1);
    expect_len("cvtss2sd xmm8, xmm1", 5);
    /* integer <-> FP: the prefix picks the FP size, REX.W the integer's */
    x86_cvtsi2fp_xr(&em, true, X86_S64, X86_XMM0, X86_RAX);
    expect_len("cvtsi2sd xmm0, rax", 5);
    x86_cvtsi2fp_xr(&em, true, X86_S32, X86_XMM0, X86_RDX);
    expect_len("cvtsi2sd xmm0, edx", 4);
    x86_cvtsi2fp_xr(&em, false, X86_S64, X86_XMM9, X86_R11);
    expect_len("cvtsi2ss xmm9, r11", 5);
    x86_cvtsi2fp_xr(&em, false, X86_S32, X86_XMM1, X86_RCX);
    expect_len("cvtsi2ss xmm1, ecx", 4);
    x86_cvtfp2si_rx(&em, true, true, X86_S64, X86_RAX, X86_XMM0);
    expect_len("cvttsd2si rax, xmm0", 5);
    x86_cvtfp2si_rx(&em, true, false, X86_S32, X86_RCX, X86_XMM12);
    expect_len("cvtsd2si ecx, xmm12", 5);
    x86_cvtfp2si_rx(&em, false, true, X86_S32, X86_R9, X86_XMM1);
    expect_len("cvttss2si r9d, xmm1", 5);
    x86_cvtfp2si_rx(&em, false, false, X86_S64, X86_RDX, X86_XMM2);
    expect_len("cvtss2si rdx, xmm2", 5);
    x86_round_xxi(&em, true, X86_XMM0, X86_XMM1, 0xb);
    expect_len("roundsd xmm0, xmm1, 0xb", 6);
    x86_round_xxi(&em, false, X86_XMM10, X86_XMM1, 4);
    expect_len("roundss xmm10, xmm1, 4", 7);
    x86_pshufd_xmi(&em, X86_XMM2, x86_mem_sib(X86_RAX, X86_RDX, 2, 0), 0x4e);
    expect_len("pshufd xmm2, xmmword ptr [rax + rdx*2], 0x4e", 6);
}
END_TEST

START_TEST(sse_aes_and_carry_less_multiply)
{
    static const char *const names[] = {"aesenc", "aesenclast", "aesdec", "aesdeclast", "aesimc"};
    char want[80];
    for (unsigned i = 0; i < 5; i++) {
        enum x86_sse_op op = (enum x86_sse_op)(X86_AESENC + i);
        x86_sse_xx(&em, op, X86_XMM0, X86_XMM1);
        snprintf(want, sizeof(want), "%s xmm0, xmm1", names[i]);
        expect_len(want, 5);
        x86_sse_xx(&em, op, X86_XMM9, X86_XMM14);
        snprintf(want, sizeof(want), "%s xmm9, xmm14", names[i]);
        expect_len(want, 6);
        x86_sse_xm(&em, op, X86_XMM2, x86_mem_base(X86_RBX, 0x110));
        snprintf(want, sizeof(want), "%s xmm2, xmmword ptr [rbx + 0x110]", names[i]);
        expect_len(want, 9);
    }
    x86_pclmulqdq_xxi(&em, X86_XMM0, X86_XMM1, 0x11);
    expect_len("pclmulqdq xmm0, xmm1, 0x11", 6);
    x86_pclmulqdq_xxi(&em, X86_XMM12, X86_XMM3, 0);
    expect_len("pclmulqdq xmm12, xmm3, 0", 7);
}
END_TEST

START_TEST(sse_sha_and_quadword_shuffles)
{
    static const char *const names[] = {"sha256rnds2", "sha256msg1", "sha256msg2", "sha1msg2",
                                        "punpcklqdq", "punpckhqdq", "paddusb"};
    static const unsigned lengths[] = {4, 4, 4, 4, 4, 4, 4};
    char want[80];
    for (unsigned i = 0; i < 7; i++) {
        enum x86_sse_op op = (enum x86_sse_op)(X86_SHA256RNDS2 + i);
        x86_sse_xx(&em, op, X86_XMM1, X86_XMM2); /* Capstone leaves SHA256RNDS2's XMM0 out */
        snprintf(want, sizeof(want), "%s xmm1, xmm2", names[i]);
        expect_len(want, lengths[i]);
        x86_sse_xx(&em, op, X86_XMM8, X86_XMM2);
        snprintf(want, sizeof(want), "%s xmm8, xmm2", names[i]);
        expect_len(want, lengths[i] + 1);
    }
    x86_palignr_xxi(&em, X86_XMM3, X86_XMM1, 4);
    expect_len("palignr xmm3, xmm1, 4", 6);
    x86_sha1rnds4_xxi(&em, X86_XMM1, X86_XMM2, 3);
    expect_len("sha1rnds4 xmm1, xmm2, 3", 5);
    static const char *const shifts[] = {"psrlw", "psraw", "psllw", "psrld",
                                         "psrad", "pslld", "psrlq", "psllq"};
    for (unsigned i = 0; i < 8; i++) {
        x86_sse_shift_xi(&em, (enum x86_sse_shift)i, X86_XMM3, 7);
        snprintf(want, sizeof(want), "%s xmm3, 7", shifts[i]);
        expect_len(want, 5);
        x86_sse_shift_xi(&em, (enum x86_sse_shift)i, X86_XMM12, 0x20);
        snprintf(want, sizeof(want), "%s xmm12, 0x20", shifts[i]);
        expect_len(want, 6);
    }
}
END_TEST

/* ---- Buffer limits ---- */

START_TEST(overflow_never_writes_past_the_end)
{
    uint8_t small[16];
    memset(small, 0xAA, sizeof(small));
    struct x86_emitter e;

    x86_emitter_init(&e, small, 0);
    x86_ret(&e);
    ck_assert(e.overflow);
    ck_assert_uint_eq(e.pos, 0);
    ck_assert_uint_eq(small[0], 0xAA);

    /* A 10-byte movabs into 4 bytes: the 4 bytes may hold a prefix of it, nothing beyond. */
    x86_emitter_init(&e, small, 4);
    x86_mov_ri(&e, X86_S64, X86_RAX, 0x123456789ull);
    ck_assert(e.overflow);
    ck_assert_uint_le(e.pos, 4);
    for (size_t i = 4; i < sizeof(small); i++)
        ck_assert_uint_eq(small[i], 0xAA);
    /* Everything after an overflow is a no-op, even what would fit. */
    size_t pos = e.pos;
    x86_emitter_init(&e, small, 4);
    x86_mov_ri(&e, X86_S64, X86_RAX, 0x123456789ull);
    pos = e.pos;
    x86_ret(&e);
    ck_assert_uint_eq(e.pos, pos);
    ck_assert(e.overflow);

    /* Exactly full is not an overflow; one more byte is. */
    memset(small, 0xAA, sizeof(small));
    x86_emitter_init(&e, small, 3);
    x86_mov_rr(&e, X86_S64, X86_RAX, X86_RCX);
    ck_assert(!e.overflow);
    ck_assert_uint_eq(e.pos, 3);
    x86_ret(&e);
    ck_assert(e.overflow);
    ck_assert_uint_eq(e.pos, 3);
    ck_assert_uint_eq(small[3], 0xAA);

    /* Branches that do not fit report no field; labels stay consistent. */
    memset(small, 0xAA, sizeof(small));
    x86_emitter_init(&e, small, 3);
    ck_assert_ptr_null(x86_jmp_rel32(&e, 0));
    struct x86_label l = x86_label();
    x86_jcc_label(&e, X86_CC_E, &l);
    ck_assert_uint_eq(l.chain, 0);
    x86_bind(&e, &l);
    ck_assert(e.overflow);
    ck_assert_uint_eq(small[3], 0xAA);

    /* A jump whose rel32 fits is linked even if a later instruction overflows. */
    memset(small, 0xAA, sizeof(small));
    x86_emitter_init(&e, small, 6);
    l = x86_label();
    x86_jmp_label(&e, &l);
    ck_assert_uint_eq(l.chain, 2);
    x86_mov_rr(&e, X86_S64, X86_RAX, X86_RCX);
    ck_assert(e.overflow);
    x86_bind(&e, &l);
    ck_assert_uint_eq(small[6], 0xAA);

    /* Raw bytes obey the same limit. */
    x86_emitter_init(&e, small, 2);
    x86_emit_bytes(&e, "\x0f\x0b\x90", 3);
    ck_assert(e.overflow);
    ck_assert_uint_eq(small[0], 0x0f);
    ck_assert_uint_eq(small[1], 0x0b);
}
END_TEST

START_TEST(raw_bytes_and_here)
{
    ck_assert_ptr_eq(x86_here(&em), code);
    x86_emit_bytes(&em, "\x0f\x0b", 2);
    ck_assert_ptr_eq(x86_here(&em), code + 2);
    expect("ud2");
}
END_TEST

static Suite *x86_emit_suite(void)
{
    Suite *s = suite_create("x86_emit");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, memory_operands);
    tcase_add_test(tc, rip_relative_targets);
    tcase_add_test(tc, mov_register_and_sizes);
    tcase_add_test(tc, mov_immediates_pick_the_shortest);
    tcase_add_test(tc, mov_memory);
    tcase_add_test(tc, extensions_and_lea);
    tcase_add_test(tc, alu_register_forms);
    tcase_add_test(tc, alu_immediates);
    tcase_add_test(tc, test_instruction);
    tcase_add_test(tc, group3_multiply_divide);
    tcase_add_test(tc, shifts_and_rotates);
    tcase_add_test(tc, bit_scans_counts_bswap);
    tcase_add_test(tc, setcc_cmov_every_condition);
    tcase_add_test(tc, branches_and_calls);
    tcase_add_test(tc, branches_to_host_addresses);
    tcase_add_test(tc, labels_forward_and_backward);
    tcase_add_test(tc, patching_rel32);
    tcase_add_test(tc, stack_and_nops);
    tcase_add_test(tc, exchange_and_atomics);
    tcase_add_test(tc, sse_moves);
    tcase_add_test(tc, sse_packed_integer);
    tcase_add_test(tc, sse_aes_and_carry_less_multiply);
    tcase_add_test(tc, sse_sha_and_quadword_shuffles);
    tcase_add_test(tc, overflow_never_writes_past_the_end);
    tcase_add_test(tc, raw_bytes_and_here);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(x86_emit_suite()); }
