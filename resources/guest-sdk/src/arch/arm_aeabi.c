/* ARM EABI run-time helpers that clang calls on armv6 (no hardware divide):
 * 32-bit division, 64-bit integer/floating-point conversions, memory
 * functions with EABI names. The 64-bit divmod
 * entry points, which return four registers, are in arm_aeabi.S. */
#if defined(__arm__)
#include <stdint.h>
#include <string.h>

#include "convert.h"
#include "divide.h"

/* 64-bit integer <-> floating-point conversions (VFPv2 has only 32-bit ones). */
double __aeabi_l2d(int64_t v) { return sdk_i64_to_double(v); }
double __aeabi_ul2d(uint64_t v) { return sdk_u64_to_double(v); }
float __aeabi_l2f(int64_t v) { return sdk_i64_to_float(v); }
float __aeabi_ul2f(uint64_t v) { return sdk_u64_to_float(v); }
int64_t __aeabi_d2lz(double d) { return sdk_double_to_i64(d); }
uint64_t __aeabi_d2ulz(double d) { return sdk_double_to_u64(d); }
int64_t __aeabi_f2lz(float f) { return sdk_double_to_i64(f); }
uint64_t __aeabi_f2ulz(float f) { return sdk_double_to_u64(f); }

uint32_t __aeabi_uidiv(uint32_t a, uint32_t b) {
  uint32_t r;
  return sdk_udivmod32(a, b, &r);
}

/* Returns quotient in r0 and remainder in r1. */
uint64_t __aeabi_uidivmod(uint32_t a, uint32_t b) {
  uint32_t r;
  uint32_t q = sdk_udivmod32(a, b, &r);
  return (uint64_t)r << 32 | q;
}

static uint32_t magnitude(int32_t v) { return v < 0 ? 0u - (uint32_t)v : (uint32_t)v; }

int32_t __aeabi_idiv(int32_t a, int32_t b) {
  uint32_t r;
  uint32_t q = sdk_udivmod32(magnitude(a), magnitude(b), &r);
  return (a < 0) != (b < 0) ? (int32_t)(0u - q) : (int32_t)q;
}

uint64_t __aeabi_idivmod(int32_t a, int32_t b) {
  uint32_t r;
  uint32_t q = sdk_udivmod32(magnitude(a), magnitude(b), &r);
  uint32_t sq = (a < 0) != (b < 0) ? 0u - q : q;
  uint32_t sr = a < 0 ? 0u - r : r;
  return (uint64_t)sr << 32 | sq;
}

void __aeabi_memcpy(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memcpy4(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memcpy8(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memmove(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memmove4(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memmove8(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memset(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memset4(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memset8(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memclr(void *d, size_t n) { memset(d, 0, n); }
void __aeabi_memclr4(void *d, size_t n) { memset(d, 0, n); }
void __aeabi_memclr8(void *d, size_t n) { memset(d, 0, n); }
#endif
