/* Internal: conversions between 64-bit integers and floating point built
 * from 32-bit conversions, for targets whose FPU has none (armv6 VFPv2). */
#ifndef SDK_CONVERT_H
#define SDK_CONVERT_H

#include <stdint.h>

double sdk_u64_to_double(uint64_t v);
double sdk_i64_to_double(int64_t v);
float sdk_u64_to_float(uint64_t v);
float sdk_i64_to_float(int64_t v);
/* Truncating toward zero; out-of-range values saturate, NaN gives 0. */
uint64_t sdk_double_to_u64(double d);
int64_t sdk_double_to_i64(double d);

#endif
