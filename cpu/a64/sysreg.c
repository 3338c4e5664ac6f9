/* TEMPORARY STUB */
#include "cpu/a64/sysreg.h"
bool sysreg_read(struct cpu_state *cpu, uint32_t key, uint64_t *value) { (void)cpu; (void)key; (void)value; return false; }
bool sysreg_write(struct cpu_state *cpu, uint32_t key, uint64_t value) { (void)cpu; (void)key; (void)value; return false; }
const char *sysreg_name(uint32_t key) { (void)key; return 0; }
uint64_t a64_user_hwcap(void) { return 0; }
uint64_t a64_user_hwcap2(void) { return 0; }
uint64_t a64_user_id_register(uint32_t key) { (void)key; return 0; }
