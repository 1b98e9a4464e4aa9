/* 64-bit integer <-> floating-point conversions from 32-bit pieces. Every
 * step is exact except the one final rounding, so results are correctly
 * rounded (to nearest, ties to even). Pure C: also compiled for host tests. */
#include "convert.h"

#define TWO32 4294967296.0

double sdk_u64_to_double(uint64_t v) {
  /* hi * 2^32 and lo are exact; their sum is rounded once. */
  return (double)(uint32_t)(v >> 32) * TWO32 + (double)(uint32_t)v;
}

double sdk_i64_to_double(int64_t v) {
  return v < 0 ? -sdk_u64_to_double(0 - (uint64_t)v) : sdk_u64_to_double((uint64_t)v);
}

float sdk_u64_to_float(uint64_t v) {
  /* Keep 53 bits and fold the rest into a sticky bit, so that the double
   * is exact apart from that bit and the float rounding happens once. */
  int shift = 0;
  while ((v >> shift) >= ((uint64_t)1 << 53)) ++shift;
  uint64_t kept = v >> shift;
  if (shift > 0 && (v & (((uint64_t)1 << shift) - 1)) != 0) kept |= 1;
  double d = sdk_u64_to_double(kept);
  for (int i = 0; i < shift; ++i) d *= 2.0;
  return (float)d;
}

float sdk_i64_to_float(int64_t v) {
  return v < 0 ? -sdk_u64_to_float(0 - (uint64_t)v) : sdk_u64_to_float((uint64_t)v);
}

uint64_t sdk_double_to_u64(double d) {
  if (!(d >= 1.0)) return 0; /* also NaN and negative values */
  if (d >= TWO32 * TWO32) return UINT64_MAX;
  uint32_t hi = (uint32_t)(d / TWO32);
  uint32_t lo = (uint32_t)(d - (double)hi * TWO32);
  return (uint64_t)hi << 32 | lo;
}

int64_t sdk_double_to_i64(double d) {
  if (d != d) return 0;
  if (d >= 9223372036854775808.0) return INT64_MAX;
  if (d <= -9223372036854775808.0) return INT64_MIN;
  return d < 0 ? (int64_t)(0 - sdk_double_to_u64(-d)) : (int64_t)sdk_double_to_u64(d);
}
