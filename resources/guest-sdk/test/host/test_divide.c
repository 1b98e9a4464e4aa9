/* Host test: the 64-bit division helpers against the host's division. */
#include <stdint.h>
#include <stdio.h>

#include "../../src/arch/divide.h"
#include "host_test.h"

static int failures;
static int zero_divisions;

void sdk_divide_by_zero(void) { ++zero_divisions; }

static uint64_t state = 0x9e3779b97f4a7c15u;
static uint64_t next_random(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static uint64_t interesting(void) {
  uint64_t v = next_random();
  switch (next_random() % 6) {
    case 0: return v >> (next_random() % 64);
    case 1: return v & 0xffffffffu;
    case 2: return (uint64_t)1 << (next_random() % 64);
    case 3: return UINT64_MAX - (next_random() % 3);
    case 4: return next_random() % 10 + 1;
    default: return v;
  }
}

int test_divide(void) {
  for (int i = 0; i < 200000; ++i) {
    uint64_t a = interesting(), b = interesting();
    if (b == 0) b = 1;
    uint64_t r;
    uint64_t q = __udivmoddi4(a, b, &r);
    if (q != a / b || r != a % b || __udivdi3(a, b) != a / b || __umoddi3(a, b) != a % b) {
      printf("FAIL divide unsigned %llu / %llu\n", (unsigned long long)a, (unsigned long long)b);
      ++failures;
    }
    int64_t sa = (int64_t)a, sb = (int64_t)b;
    if (sa == INT64_MIN && sb == -1) continue;
    int64_t sr;
    int64_t sq = __divmoddi4(sa, sb, &sr);
    if (sq != sa / sb || sr != sa % sb || __divdi3(sa, sb) != sa / sb ||
        __moddi3(sa, sb) != sa % sb) {
      printf("FAIL divide signed %lld / %lld\n", (long long)sa, (long long)sb);
      ++failures;
    }
    uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b | 1, r32;
    if (sdk_udivmod32(a32, b32, &r32) != a32 / b32 || r32 != a32 % b32) {
      printf("FAIL divide 32-bit %u / %u\n", a32, b32);
      ++failures;
    }
  }
  uint64_t r;
  if (__udivmoddi4(7, 0, &r) != 0 || r != 7 || zero_divisions != 1) {
    printf("FAIL divide by zero not reported\n");
    ++failures;
  }
  return failures;
}
