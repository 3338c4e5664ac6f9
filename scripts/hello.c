/* The bootstrap script's demo guest: prints a greeting and a little arithmetic. */
#include "ferry_test.h"

int test_main(void)
{
    uint64_t sum = 0;
    for (uint64_t i = 1; i <= 100; i++)
        sum += i * i;
    ft_puts("hello from arm64: sum of squares 1..100 = ");
    ft_put_dec((int64_t)sum);
    ft_puts("\n");
    return 0;
}
