/* Randomness straight from the runtime's random_get. */
#include <cloudabi_syscalls.h>
#include <stdlib.h>

void arc4random_buf(void *buf, size_t len) {
  cloudabi_errno_t error = cloudabi_sys_random_get(buf, len);
  if (error != 0) abort();
}

uint32_t arc4random(void) {
  uint32_t v;
  arc4random_buf(&v, sizeof(v));
  return v;
}

uint32_t arc4random_uniform(uint32_t upper_bound) {
  if (upper_bound < 2) return 0;
  /* Reject the low values that would make the modulo biased. */
  uint32_t min = (uint32_t)(-upper_bound) % upper_bound;
  for (;;) {
    uint32_t v = arc4random();
    if (v >= min) return v % upper_bound;
  }
}
