/* Host test: the 64-bit integer/floating-point conversions against the host's. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../src/arch/convert.h"
#include "host_test.h"

static int failures;

static uint64_t state = 0x243f6a8885a308d3u;
static uint64_t next_random(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static int same_double(double a, double b) { return memcmp(&a, &b, sizeof(a)) == 0; }
static int same_float(float a, float b) { return memcmp(&a, &b, sizeof(a)) == 0; }

static void check_int(uint64_t u) {
  int64_t s = (int64_t)u;
  if (!same_double(sdk_u64_to_double(u), (double)u) || !same_double(sdk_i64_to_double(s), (double)s) ||
      !same_float(sdk_u64_to_float(u), (float)u) || !same_float(sdk_i64_to_float(s), (float)s)) {
    printf("FAIL convert integer %llu\n", (unsigned long long)u);
    ++failures;
  }
}

static void check_double(double d) {
  if (d >= 0 && d < 18446744073709551616.0 && sdk_double_to_u64(d) != (uint64_t)d) {
    printf("FAIL convert %.17g to uint64\n", d);
    ++failures;
  }
  if (d > -9223372036854775808.0 && d < 9223372036854775808.0 &&
      sdk_double_to_i64(d) != (int64_t)d) {
    printf("FAIL convert %.17g to int64\n", d);
    ++failures;
  }
}

int test_convert(void) {
  for (int i = 0; i < 200000; ++i) {
    uint64_t v = next_random();
    check_int(v);
    check_int(v >> (next_random() % 64));
    /* Values near rounding ties: a run of ones or zeros below bit 53 or 24. */
    int top = (int)(next_random() % 64);
    uint64_t tie = ((uint64_t)1 << top) | ((uint64_t)1 << (top > 30 ? top - 25 : 0));
    check_int(tie);
    check_int(tie - 1);
    check_int(tie + 1);
    /* A float tie (bit top-24 set) plus a bit beyond double precision: only a
     * sticky bit tells "just above the tie" from "exactly the tie". */
    int high = 54 + (int)(next_random() % 10);
    uint64_t above_tie = ((uint64_t)1 << high) | ((uint64_t)1 << (high - 24)) |
                         ((uint64_t)1 << (next_random() % (uint64_t)(high - 53)));
    check_int(above_tie);
    check_int(above_tie | ((uint64_t)1 << (high - 23)));
    double d;
    uint64_t bits = next_random();
    memcpy(&d, &bits, sizeof(d));
    if (d == d) check_double(d);
    check_double((double)(next_random() >> (next_random() % 64)) + 0.5);
    check_double(-(double)(next_random() >> (next_random() % 64 + 1)) - 0.25);
  }
  uint64_t edges[] = {0, 1, UINT64_MAX, UINT64_MAX - 1, (uint64_t)1 << 63, ((uint64_t)1 << 53) + 1,
                      ((uint64_t)1 << 54) + 3, ((uint64_t)1 << 24) + 1, INT64_MAX};
  for (size_t i = 0; i < sizeof(edges) / sizeof(edges[0]); ++i) check_int(edges[i]);
  double dedges[] = {0.0, -0.0, 0.999, 1.0, 4294967295.5, 4294967296.0, 9007199254740993.0,
                     9223372036854774784.0, -9223372036854775808.0, 18446744073709549568.0};
  for (size_t i = 0; i < sizeof(dedges) / sizeof(dedges[0]); ++i) check_double(dedges[i]);
  if (sdk_double_to_u64(1e30) != UINT64_MAX || sdk_double_to_u64(-5.0) != 0 ||
      sdk_double_to_i64(1e30) != INT64_MAX || sdk_double_to_i64(-1e30) != INT64_MIN ||
      sdk_double_to_i64(NAN) != 0) {
    printf("FAIL convert saturation\n");
    ++failures;
  }
  return failures;
}
