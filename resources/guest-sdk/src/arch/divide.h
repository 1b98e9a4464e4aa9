/* Internal: integer division helpers the compiler calls on 32-bit targets. */
#ifndef SDK_DIVIDE_H
#define SDK_DIVIDE_H

#include <stdint.h>

uint64_t __udivmoddi4(uint64_t a, uint64_t b, uint64_t *rem);
int64_t __divmoddi4(int64_t a, int64_t b, int64_t *rem);
uint64_t __udivdi3(uint64_t a, uint64_t b);
uint64_t __umoddi3(uint64_t a, uint64_t b);
int64_t __divdi3(int64_t a, int64_t b);
int64_t __moddi3(int64_t a, int64_t b);
uint32_t sdk_udivmod32(uint32_t a, uint32_t b, uint32_t *rem);

/* Called on division by zero; the guest raises SIGFPE. */
void sdk_divide_by_zero(void);

#endif
