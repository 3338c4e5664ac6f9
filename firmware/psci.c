/* PSCI 1.0 calls; see psci.h. CPUs are named by their MPIDR affinity (the device tree's reg). */
#include "firmware/psci.h"

#define MPIDR_AFF_MASK 0xff00ffffffull /* Aff3, Aff2, Aff1, Aff0 */
#define VERSION_1_0 0x00010000u

/* The CPU an MPIDR's affinity fields name, or -1 if none. */
static int cpu_from_mpidr(const struct psci_board *board, uint64_t mpidr)
{
    for (unsigned i = 0; i < board->cpu_count; i++) {
        uint64_t affinity = board->cpu_affinity ? board->cpu_affinity[i] : i;
        if ((mpidr & MPIDR_AFF_MASK) == affinity)
            return (int)i;
    }
    return -1;
}

static bool implemented(uint32_t function)
{
    switch (function) {
    case PSCI_VERSION: case PSCI_CPU_OFF: case PSCI_CPU_ON_32: case PSCI_CPU_ON_64:
    case PSCI_AFFINITY_INFO_32: case PSCI_AFFINITY_INFO_64: case PSCI_MIGRATE_INFO_TYPE:
    case PSCI_SYSTEM_OFF: case PSCI_SYSTEM_RESET: case PSCI_FEATURES:
        return true;
    default:
        return false;
    }
}

static int64_t cpu_on(const struct psci_board *board, const struct psci_call *call, bool is32)
{
    int target = cpu_from_mpidr(board, call->arg1);
    if (target < 0)
        return PSCI_INVALID_PARAMETERS;
    if (board->cpu_is_on(board->opaque, (unsigned)target))
        return PSCI_ALREADY_ON;
    uint64_t entry = is32 ? (uint32_t)call->arg2 : call->arg2;
    uint64_t context = is32 ? (uint32_t)call->arg3 : call->arg3;
    board->cpu_start(board->opaque, (unsigned)target, entry, context);
    return PSCI_SUCCESS;
}

static int64_t affinity_info(const struct psci_board *board, const struct psci_call *call)
{
    if (call->arg2 != 0) /* only the CPU level (affinity level 0) exists here */
        return PSCI_INVALID_PARAMETERS;
    int target = cpu_from_mpidr(board, call->arg1);
    if (target < 0)
        return PSCI_INVALID_PARAMETERS;
    return board->cpu_is_on(board->opaque, (unsigned)target) ? PSCI_AFFINITY_ON : PSCI_AFFINITY_OFF;
}

uint64_t psci_handle(const struct psci_board *board, unsigned caller, const struct psci_call *call)
{
    /* SMC32 functions take and return 32-bit values: bits 63:32 of the ID are ignored */
    uint32_t function = (uint32_t)call->function;
    int64_t result;
    switch (function) {
    case PSCI_VERSION:
        result = VERSION_1_0;
        break;
    case PSCI_FEATURES:
        result = implemented((uint32_t)call->arg1) ? PSCI_SUCCESS : PSCI_NOT_SUPPORTED;
        break;
    case PSCI_CPU_ON_32:
    case PSCI_CPU_ON_64:
        result = cpu_on(board, call, function == PSCI_CPU_ON_32);
        break;
    case PSCI_CPU_OFF:
        board->cpu_stop(board->opaque, caller);
        result = PSCI_SUCCESS; /* not seen by the caller, which is now off */
        break;
    case PSCI_AFFINITY_INFO_32:
    case PSCI_AFFINITY_INFO_64:
        result = affinity_info(board, call);
        break;
    case PSCI_MIGRATE_INFO_TYPE:
        result = 2; /* no Trusted OS: migration is not needed */
        break;
    case PSCI_SYSTEM_OFF:
        board->system_off(board->opaque);
        result = PSCI_SUCCESS;
        break;
    case PSCI_SYSTEM_RESET:
        board->system_reset(board->opaque);
        result = PSCI_SUCCESS;
        break;
    default:
        result = PSCI_NOT_SUPPORTED; /* CPU_SUSPEND and the optional 1.0 calls */
        break;
    }
    /* error codes are negative: sign-extended into x0, as 64-bit callers read them */
    return (uint64_t)result;
}
