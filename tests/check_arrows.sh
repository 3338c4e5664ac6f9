#!/bin/sh
# The arrows inside cpu/ (DESIGN.md: cpu/dbt -> cpu/exec -> cpu/a64), by include: no file of
# cpu/a64 (or cpu/'s own files below all three) includes cpu/exec or cpu/dbt, no file of
# cpu/exec includes cpu/dbt; cpu/cpu_run.c, above them all, may. The build checks the same
# with #error guards and -z defs links; this catches a new header without its guard.
#   tests/check_arrows.sh SOURCE_ROOT
set -eu
cd "$1"
bad=0
check() { # check FILES... -- PATTERN WHY
    hits=$(grep -nE "$pattern" "$@" 2>/dev/null || true)
    if [ -n "$hits" ]; then
        echo "$hits" | sed "s|\$|   <- $why|"
        bad=1
    fi
}
pattern='#include "cpu/(exec|dbt)/'
why='cpu/a64 and cpu/*.[ch] must not include cpu/exec or cpu/dbt'
check cpu/a64/*.[ch] cpu/cpu.h cpu/memory.[ch] cpu/disas.[ch]
pattern='#include "cpu/dbt/'
why='cpu/exec must not include cpu/dbt'
check cpu/exec/*.[ch]
[ "$bad" = 0 ] && echo "cpu/ arrows: dbt -> exec -> a64, no include against them"
exit "$bad"
