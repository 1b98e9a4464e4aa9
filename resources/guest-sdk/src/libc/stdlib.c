/* Integer conversions and small utilities. */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

int abs(int v) { return v < 0 ? -v : v; }
long labs(long v) { return v < 0 ? -v : v; }

/* Parses an unsigned magnitude; *negative receives a leading '-'. */
static unsigned long long parse(const char *s, char **end, int base, bool *negative,
                                bool *overflow) {
  const char *p = s;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  *negative = false;
  *overflow = false;
  if (*p == '+' || *p == '-') *negative = *p++ == '-';
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 0x20) == 'x') {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = p[0] == '0' ? 8 : 10;
  }
  unsigned long long v = 0;
  const char *digits_start = p;
  for (;; ++p) {
    int d;
    if (*p >= '0' && *p <= '9') d = *p - '0';
    else if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') d = (*p | 0x20) - 'a' + 10;
    else break;
    if (d >= base) break;
    if (v > (ULLONG_MAX - (unsigned)d) / (unsigned)base) *overflow = true;
    else v = v * (unsigned)base + (unsigned)d;
  }
  if (end != NULL) *end = (char *)(p == digits_start ? s : p);
  return v;
}

long long strtoll(const char *restrict s, char **restrict end, int base) {
  bool negative, overflow;
  unsigned long long v = parse(s, end, base, &negative, &overflow);
  if (!negative && (overflow || v > (unsigned long long)LLONG_MAX)) {
    errno = ERANGE;
    return LLONG_MAX;
  }
  if (negative && (overflow || v > (unsigned long long)LLONG_MAX + 1)) {
    errno = ERANGE;
    return LLONG_MIN;
  }
  return negative ? (long long)(0 - v) : (long long)v;
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base) {
  bool negative, overflow;
  unsigned long long v = parse(s, end, base, &negative, &overflow);
  if (overflow) {
    errno = ERANGE;
    return ULLONG_MAX;
  }
  return negative ? 0 - v : v;
}

long strtol(const char *restrict s, char **restrict end, int base) {
  long long v = strtoll(s, end, base);
  if (v > LONG_MAX) {
    errno = ERANGE;
    return LONG_MAX;
  }
  if (v < LONG_MIN) {
    errno = ERANGE;
    return LONG_MIN;
  }
  return (long)v;
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base) {
  unsigned long long v = strtoull(s, end, base);
  if (v > ULONG_MAX) {
    errno = ERANGE;
    return ULONG_MAX;
  }
  return (unsigned long)v;
}

int atoi(const char *s) { return (int)strtol(s, NULL, 10); }

static void swap_bytes(char *a, char *b, size_t size) {
  while (size-- > 0) {
    char t = *a;
    *a++ = *b;
    *b++ = t;
  }
}

/* Heapsort: O(n log n), no recursion, no extra memory. */
static void sift_down(char *base, size_t root, size_t count, size_t size,
                      int (*compare)(const void *, const void *)) {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= count) return;
    if (child + 1 < count && compare(base + child * size, base + (child + 1) * size) < 0)
      ++child;
    if (compare(base + root * size, base + child * size) >= 0) return;
    swap_bytes(base + root * size, base + child * size, size);
    root = child;
  }
}

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *)) {
  char *b = base;
  if (count < 2 || size == 0) return;
  for (size_t i = count / 2; i-- > 0;) sift_down(b, i, count, size, compare);
  for (size_t end = count - 1; end > 0; --end) {
    swap_bytes(b, b + end * size, size);
    sift_down(b, 0, end, size, compare);
  }
}
