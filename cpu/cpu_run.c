/*
 * cpu_run: which engine runs a CPU. The one file that names both engines,
 * above cpu/dbt (its own library, ferry_cpu): cpu/exec runs whatever ops it
 * is handed and cannot name the translator (DESIGN.md: dbt -> exec -> a64).
 */
#include "cpu/cpu.h"
#include "cpu/dbt/dbt.h"
#include "cpu/exec/engine.h"

enum cpu_exception_kind cpu_run(struct cpu_state *cpu)
{
    return exec_run(cpu, cpu->engine == CPU_ENGINE_DBT ? &dbt_engine : &interp_engine);
}
