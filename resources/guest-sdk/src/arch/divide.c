/* 64-bit (and ARM 32-bit) division by shift-and-subtract, so that it never
 * calls itself. Division by zero calls sdk_divide_by_zero() and then yields
 * quotient 0 and remainder a. Pure C: also compiled for the host tests. */
#include "divide.h"

static int leading_zeros64(uint64_t v) {
  int n = 0;
  if ((v >> 32) == 0) n += 32, v <<= 32;
  if ((v >> 48) == 0) n += 16, v <<= 16;
  if ((v >> 56) == 0) n += 8, v <<= 8;
  if ((v >> 60) == 0) n += 4, v <<= 4;
  if ((v >> 62) == 0) n += 2, v <<= 2;
  if ((v >> 63) == 0) n += 1;
  return n;
}

uint64_t __udivmoddi4(uint64_t a, uint64_t b, uint64_t *rem) {
  if (b == 0) {
    sdk_divide_by_zero();
    if (rem != 0) *rem = a;
    return 0;
  }
  if (a < b) {
    if (rem != 0) *rem = a;
    return 0;
  }
  int shift = leading_zeros64(b) - leading_zeros64(a);
  uint64_t divisor = b << shift, quotient = 0;
  for (int i = 0; i <= shift; ++i) {
    quotient <<= 1;
    if (a >= divisor) {
      a -= divisor;
      quotient |= 1;
    }
    divisor >>= 1;
  }
  if (rem != 0) *rem = a;
  return quotient;
}

int64_t __divmoddi4(int64_t a, int64_t b, int64_t *rem) {
  uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
  uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
  uint64_t r;
  uint64_t q = __udivmoddi4(ua, ub, &r);
  /* Truncating division: the remainder takes the dividend's sign. */
  if (rem != 0) *rem = a < 0 ? (int64_t)(0 - r) : (int64_t)r;
  return (a < 0) != (b < 0) ? (int64_t)(0 - q) : (int64_t)q;
}

uint64_t __udivdi3(uint64_t a, uint64_t b) { return __udivmoddi4(a, b, 0); }

uint64_t __umoddi3(uint64_t a, uint64_t b) {
  uint64_t r;
  __udivmoddi4(a, b, &r);
  return r;
}

int64_t __divdi3(int64_t a, int64_t b) { return __divmoddi4(a, b, 0); }

int64_t __moddi3(int64_t a, int64_t b) {
  int64_t r;
  __divmoddi4(a, b, &r);
  return r;
}

uint32_t sdk_udivmod32(uint32_t a, uint32_t b, uint32_t *rem) {
  if (b == 0) {
    sdk_divide_by_zero();
    *rem = a;
    return 0;
  }
  uint32_t quotient = 0, r = 0;
  for (int i = 31; i >= 0; --i) {
    r = r << 1 | ((a >> i) & 1);
    if (r >= b) {
      r -= b;
      quotient |= (uint32_t)1 << i;
    }
  }
  *rem = r;
  return quotient;
}
