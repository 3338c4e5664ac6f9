/*
 * Exception generation, hints, barriers, CLREX and system instructions
 * (MRS/MSR/SYS).
 *
 * User mode runs at EL0 under the rules Linux sets up: SCTLR_EL1.UCI and
 * DZE are set (DC ZVA, DC CVAU/CVAC/CIVAC and IC IVAU work at EL0), UMA is
 * clear (DAIF and MSR DAIFSet/DAIFClr are UNDEFINED). System register
 * access rules live in sysreg.c's table.
 *
 * The HINT space is a NOP but for WFI in full system: YIELD, WFE/SEV (nothing
 * else runs on this vCPU to wait for), WFI in user mode, and the PAC and BTI
 * hints (ferry advertises neither feature, so the architecture defines them
 * as NOPs). In full system, WFI and WFE at EL0 trap to EL1 unless
 * SCTLR_EL1.nTWI / nTWE allow them (Linux sets both).
 */
#include <string.h>

#include "cpu/a64/exception.h"
#include "cpu/a64/exec.h"
#include "cpu/a64/sysreg.h"
#include "cpu/a64/system_mmu.h"
#include "cpu/cpu.h"
#include "cpu/memory.h"

enum a64_result exec_SVC(struct cpu_state *cpu, const struct a64_insn *in)
{
    cpu->exception.kind = CPU_EXC_SVC;
    cpu->exception.syndrome = in->imm16;
    return A64_EXCEPTION;
}

/*
 * HVC and SMC are UNDEFINED at EL0, and with no EL2/EL3 at EL1 too. But the
 * system emulator answers one of them as the firmware would (PSCI), like
 * QEMU's virt board: HVC by default, SMC when the board chose that conduit
 * (firmware_smc). The run loop sees CPU_EXC_FIRMWARE_CALL.
 */
static enum a64_result firmware_call(struct cpu_state *cpu, const struct a64_insn *in, bool smc)
{
    if (cpu->el == 0 || cpu->user_mode || smc != cpu->firmware_smc)
        return A64_UNDEF;
    cpu->exception.kind = CPU_EXC_FIRMWARE_CALL;
    cpu->exception.syndrome = in->imm16;
    return A64_EXCEPTION;
}

enum a64_result exec_HVC(struct cpu_state *cpu, const struct a64_insn *in)
{
    return firmware_call(cpu, in, false);
}

enum a64_result exec_SMC(struct cpu_state *cpu, const struct a64_insn *in)
{
    return firmware_call(cpu, in, true);
}

enum a64_result exec_BRK(struct cpu_state *cpu, const struct a64_insn *in)
{
    cpu->exception.kind = CPU_EXC_BRK;
    cpu->exception.syndrome = in->imm16;
    return A64_EXCEPTION;
}

/* HLT is UNDEFINED unless halting debug is enabled, which it never is here. */
enum a64_result exec_HLT(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)in;
    (void)cpu;
    return A64_UNDEF;
}

#define SCTLR_NTWI (1ull << 16)
#define SCTLR_NTWE (1ull << 18)

/* WFI in full system hands the CPU to the board, which sleeps until an interrupt or timer is due. */
enum a64_result exec_HINT(struct cpu_state *cpu, const struct a64_insn *in)
{
    bool wfi = in->CRm == 0 && in->op2 == 3, wfe = in->CRm == 0 && in->op2 == 2;
    if (!cpu->user_mode && cpu->el == 0 && (wfi || wfe) &&
        !(cpu->el1.sctlr & (wfi ? SCTLR_NTWI : SCTLR_NTWE))) {
        /* ESR EC 0x01, ISS: CV 1, COND 0b1110 (unconditional), TI 0 = WFI / 1 = WFE */
        cpu->exception.kind = CPU_EXC_TRAP;
        cpu->exception.syndrome = (uint32_t)EC_WFX << 26 | 1u << 24 | 0xeu << 20 | (wfe ? 1u : 0u);
        return A64_EXCEPTION;
    }
    if (!cpu->user_mode && wfi) {
        cpu->exception.kind = CPU_EXC_WFI;
        return A64_EXCEPTION;
    }
    return A64_NEXT;
}

enum a64_result exec_CLREX(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)in;
    cpu->monitor.valid = false;
    return A64_NEXT;
}

/* DMB and DSB: the host fence orders this vCPU's accesses for other threads. */
enum a64_result exec_barrier(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return A64_NEXT;
}

/* ISB ends its block (row flag), so the next instruction is fetched afresh. */
enum a64_result exec_ISB(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_NEXT;
}

/*
 * MSR (immediate) writes PSTATE fields. At EL0 under Linux every field is
 * UNDEFINED: DAIFSet/DAIFClr need SCTLR_EL1.UMA, and SSBS, DIT, TCO and the
 * FlagM forms (CFINV, XAFLAG, AXFLAG) belong to features ferry does not
 * advertise. At EL1: SPSel, DAIFSet, DAIFClr and PAN (UAO is not
 * advertised, so its form stays UNDEFINED).
 */
enum a64_result exec_MSR_imm(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (cpu->el == 0)
        return A64_UNDEF;
    unsigned field = (in->op1 << 3) | in->op2;
    switch (field) {
    case 0x04: /* PAN */
        cpu_set_el_pan(cpu, cpu->el, in->CRm & 1);
        return A64_NEXT;
    case 0x05: /* SPSel */
        a64_bank_sp(cpu);
        cpu->spsel = in->CRm & 1;
        a64_unbank_sp(cpu);
        return A64_NEXT;
    case 0x1e: /* DAIFSet: CRm is D:A:I:F */
        cpu->daif |= (uint32_t)in->CRm << 6;
        return A64_NEXT;
    case 0x1f: /* DAIFClr */
        cpu->daif &= ~((uint32_t)in->CRm << 6);
        cpu_irq_unmasked(cpu);
        return A64_NEXT;
    default:
        return A64_UNDEF;
    }
}

/* ERET: UNDEFINED at EL0; at EL1 an exception return (exception.c). */
enum a64_result exec_ERET(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)in;
    if (cpu->el == 0)
        return A64_UNDEF;
    a64_exception_return(cpu);
    return A64_BRANCH;
}

static uint32_t insn_SYSREG_KEY(const struct a64_insn *in)
{
    return SYSREG_KEY(2u + in->o0, in->op1, in->CRn, in->CRm, in->op2);
}

/*
 * A refused MRS/MSR: UNDEFINED, or (full system, EL0 timer registers that
 * CNTKCTL_EL1 disables) a trap with ESR EC 0x18 and the ISS of "Exception
 * from MSR, MRS or System instruction": Op0 21:20, Op2 19:17, Op1 16:14,
 * CRn 13:10, Rt 9:5, CRm 4:1, Direction 0 (1 = read).
 */
static enum a64_result refused(struct cpu_state *cpu, const struct a64_insn *in, bool read)
{
    if (cpu->user_mode || !sysreg_el0_trapped(cpu, insn_SYSREG_KEY(in)))
        return A64_UNDEF;
    cpu->exception.kind = CPU_EXC_TRAP;
    cpu->exception.syndrome = (uint32_t)EC_SYSREG << 26 | (2u + in->o0) << 20 | (uint32_t)in->op2 << 17 | (uint32_t)in->op1 << 14 |
                              (uint32_t)in->CRn << 10 | (uint32_t)in->Rt << 5 |
                              (uint32_t)in->CRm << 1 | (read ? 1u : 0u);
    return A64_EXCEPTION;
}

enum a64_result exec_MRS(struct cpu_state *cpu, const struct a64_insn *in)
{
    uint64_t value;
    if (!sysreg_read(cpu, insn_SYSREG_KEY(in), &value))
        return refused(cpu, in, true);
    cpu_set_x(cpu, in->Rt, value);
    return A64_NEXT;
}

enum a64_result exec_MSR_reg(struct cpu_state *cpu, const struct a64_insn *in)
{
    if (!sysreg_write(cpu, insn_SYSREG_KEY(in), cpu_x(cpu, in->Rt)))
        return refused(cpu, in, false);
    return A64_NEXT;
}

/* SYS operations EL0 may issue, identified by (op1, CRn, CRm, op2). */
enum sys_op { SYS_DC_ZVA, SYS_DC_CLEAN, SYS_IC_IVAU, SYS_TLBI, SYS_EL1_CACHE, SYS_AT, SYS_OTHER };

static enum sys_op classify_sys(const struct cpu_state *cpu, const struct a64_insn *in)
{
    /* EL1 forms: every TLBI (op1 0, CRn 8) and the set/way and IC IALLU(IS) maintenance. */
    if (cpu->el == 1 && in->op1 == 0) {
        if (in->CRn == 8)
            return SYS_TLBI;
        if (in->CRn == 7 && in->CRm == 8 && in->op2 <= 3 && cpu->phys)
            return SYS_AT; /* AT S1E1R, S1E1W, S1E0R, S1E0W (full system) */
        if (in->CRn == 7 && (in->CRm == 1 || in->CRm == 5) && in->op2 == 0)
            return SYS_EL1_CACHE; /* IC IALLUIS, IC IALLU */
        if (in->CRn == 7 && (in->CRm == 6 || in->CRm == 10 || in->CRm == 14) && in->op2 == 2)
            return SYS_EL1_CACHE; /* DC ISW, DC CSW, DC CISW: no caches to walk */
        if (in->CRn == 7 && in->CRm == 6 && in->op2 == 1)
            return SYS_DC_CLEAN; /* DC IVAC: nothing cached, but the address must translate */
    }
    if (in->op1 != 3 || in->CRn != 7 || in->op2 != 1)
        return SYS_OTHER;
    switch (in->CRm) {
    case 4: return SYS_DC_ZVA;
    case 5: return SYS_IC_IVAU;
    case 10: /* DC CVAC */
    case 11: /* DC CVAU */
    case 14: /* DC CIVAC */
        return SYS_DC_CLEAN;
    default: return SYS_OTHER;
    }
}

#define DC_ZVA_BLOCK 64 /* matches DCZID_EL0 in sysreg.c */
#define CACHE_LINE 64   /* matches CTR_EL0 DminLine/IminLine */

/*
 * DC clean/invalidate and IC IVAU: nothing is cached, but the address must
 * translate (a fault is taken as a read would); device pages are fine.
 * *page: the host address of the guest RAM page there (NULL for a device).
 */
static bool maintenance_address_ok(struct cpu_state *cpu, uint64_t va, const uint8_t **page)
{
    uint64_t line = va & ~(uint64_t)(CACHE_LINE - 1);
    uint8_t *p = mem_host_page(cpu, line, TLB_READ);
    if (p) {
        *page = p - (line & ~TLB_PAGE_MASK);
        return true;
    }
    if (!cpu->exception.device)
        return false; /* an unmapped address faults as a read would */
    /* RAM of Device type (MMU off), or a device, which holds no code */
    *page = cpu->phys ? phys_ram_range(cpu->phys, cpu->exception.device_pa & TLB_PAGE_MASK, TLB_PAGE_SIZE)
                      : 0;
    cpu->exception.kind = CPU_EXC_NONE;
    cpu->exception.device = false;
    return true;
}
/*
 * IC IVAU: software wrote code at va (through any alias). The blocks decoded
 * from that physical page go, on every CPU; device pages hold none.
 */
static enum a64_result invalidate_code_at(struct cpu_state *cpu, uint64_t va)
{
    const uint8_t *page;
    if (!maintenance_address_ok(cpu, va, &page))
        return A64_EXCEPTION;
    if (page)
        cpu_maintain(cpu, (struct cpu_flush){.kind = CPU_FLUSH_CODE_PAGE, .page = page});
    return A64_NEXT;
}
enum a64_result exec_SYS(struct cpu_state *cpu, const struct a64_insn *in)
{
    enum sys_op op = classify_sys(cpu, in);
    uint64_t va = cpu_x(cpu, in->Rt);
    switch (op) {
    case SYS_DC_ZVA: {
        /* Zeroes the aligned block holding va; faults exactly like a store would. */
        uint64_t block = va & ~(uint64_t)(DC_ZVA_BLOCK - 1);
        uint8_t *p = mem_host_page(cpu, block, TLB_WRITE);
        bool device = !p && cpu->exception.device;
        if (device && !cpu->exception.device_type)
            p = mem_ram_behind(cpu, block, DC_ZVA_BLOCK, false, true); /* a watched RAM page */
        else if (device) {
            /* Device memory (MMIO, or any address with the MMU off): an alignment fault */
            cpu->exception.kind = CPU_EXC_ALIGNMENT;
            cpu->exception.address = va;
            cpu->exception.is_write = true;
            cpu->exception.device = false;
        }
        if (!p)
            return A64_EXCEPTION;
        memset(p, 0, DC_ZVA_BLOCK);
        return A64_NEXT;
    }
    case SYS_DC_CLEAN: {
        const uint8_t *page;
        return maintenance_address_ok(cpu, va, &page) ? A64_NEXT : A64_EXCEPTION;
    }
    case SYS_IC_IVAU:
        return invalidate_code_at(cpu, va);
    case SYS_TLBI: {
        /*
         * By address (VAE1, VAAE1, VALE1, VAALE1 and their IS forms): what
         * translates VA[55:12] = Xt[43:0], whatever its ASID (entries carry
         * none). By ASID: every non-global TLB entry, that ASID's code. VMALLE1(IS): the
         * whole TLB and the decoded code. More than asked, never less; the IS forms reach the
         * other CPUs, and so do the others, harmlessly.
         */
        bool by_va = (in->CRm == 3 || in->CRm == 7) && (in->op2 & 1);
        bool by_asid = (in->CRm == 3 || in->CRm == 7) && in->op2 == 2; /* ASIDE1(IS) */
        if (by_va)
            cpu_maintain(cpu, (struct cpu_flush){.kind = CPU_FLUSH_VA, .va = (va & ((1ull << 44) - 1)) << 12});
        else if (by_asid) /* Xt[63:48] */
            cpu_maintain(cpu, (struct cpu_flush){.kind = CPU_FLUSH_ASID, .asid = (uint16_t)(va >> 48)});
        else
            cpu_maintain(cpu, (struct cpu_flush){.kind = CPU_FLUSH_ALL});
        return A64_NEXT;
    }
    case SYS_AT: {
        enum tlb_access access = (in->op2 & 1) ? TLB_WRITE : TLB_READ;
        cpu->el1.par = system_mmu_address_translate(cpu, va, access, in->op2 >= 2 ? 0 : 1);
        return A64_NEXT;
    }
    case SYS_EL1_CACHE:
        /*
         * IC IALLU(IS) and the set/way ops: nothing left to do. Every write
         * into a page code was decoded from (a store of any CPU, a DMA
         * write) dropped that code already (cpu_code_written), as QEMU
         * makes IC maintenance a no-op; Linux issues IC IALLUIS after
         * patching its alternatives, late in boot, when dropping every
         * block would cost a translation of all the kernel's code again.
         */
        return A64_NEXT;
    case SYS_OTHER:
        break;
    }
    return A64_UNDEF;
}

/* SYSL has no architected EL0 operations. */
enum a64_result exec_SYSL(struct cpu_state *cpu, const struct a64_insn *in)
{
    (void)cpu;
    (void)in;
    return A64_UNDEF;
}
