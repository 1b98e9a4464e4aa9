/* Host test: the SDK's printf engine against the host C library's printf. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../src/libc/fmt.h"
#include "host_test.h"

struct buf {
  char data[2048];
  size_t len;
};

static void emit(void *ctx, const char *s, size_t n) {
  struct buf *b = ctx;
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

static int failures;

static void check(const char *format, ...) {
  char expected[2048];
  struct buf actual = {{0}, 0};
  va_list ap, ap2;
  va_start(ap, format);
  va_copy(ap2, ap);
  int n1 = vsnprintf(expected, sizeof(expected), format, ap);
  int n2 = sdk_vformat(emit, &actual, format, ap2);
  va_end(ap2);
  va_end(ap);
  actual.data[actual.len] = '\0';
  if (n1 != n2 || strcmp(expected, actual.data) != 0) {
    printf("FAIL fmt \"%s\": expected \"%s\" (%d), got \"%s\" (%d)\n", format, expected, n1,
           actual.data, n2);
    ++failures;
  }
}

int test_fmt(void) {
  check("plain text");
  check("%d %i %u", 0, -1, 42u);
  check("%d %d", INT32_MAX, INT32_MIN);
  check("%ld %lld %zu", -1234567890123L, (long long)INT64_MIN, (size_t)SIZE_MAX);
  check("%llu %llx %llo", (unsigned long long)UINT64_MAX, 0xdeadbeefcafebabeull, 01234567ull);
  check("%x %X %o %#x %#X %#o %#o", 255u, 255u, 8u, 255u, 255u, 8u, 0u);
  check("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]", 42, 42, 42, 42, 42, -42);
  check("[%.3d] [%8.3d] [%-8.3d] [%08.3d] [%.0d] [%.0x]", 7, 7, -7, 7, 0, 0u);
  check("[%*d] [%-*d] [%.*d] [%*d]", 6, 1, 6, 2, 4, 3, -6, 4);
  check("%hhd %hhu %hd %hu", 300, 300, 70000, 70000);
  check("%jd %td", (intmax_t)-99, (ptrdiff_t)-98);
  check("[%s] [%10s] [%-10s] [%.2s] [%10.2s]", "hello", "hello", "hello", "hello", "hello");
  check("[%c] [%3c] [%-3c]", 'a', 'b', 'c');
  check("100%% %s", "done");
  check("%p %p", (void *)0x1234, (void *)&failures);
  check("%f %f %f %f", 0.0, 1.0, -1.5, 3.14159265358979);
  check("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5, 1e-300);
  check("%.1f %.2f %.3f %.10f", 0.05, 0.125, 2.0005, 1.0 / 3.0);
  check("%f %.20f", 1e20, 0.1);
  check("%f", 1.7976931348623157e308);
  check("%.30f %.0f", 4.9e-324, 123456789012345678901234567890.0);
  check("[%10.3f] [%-10.3f] [%010.3f] [%+.2f] [% .2f] [%#.0f]", 3.14159, 3.14159, -3.14159,
        2.5, 2.5, 3.0);
  check("%e %E %.0e %.3e %e", 0.0, 12345.678, 5e10, -0.000123456, 1e-310);
  check("%e %e %.15e", 1e300, 9.9999999e-5, 0.1);
  check("%g %g %g %g %g %g", 0.0, 100000.0, 1000000.0, 0.0001, 0.00001, 123.456);
  check("%G %.3g %.10g %#g %g", 1e-20, 3.14159, 1.0 / 7.0, 1.5, 1e100);
  check("%.17g %.17g", 0.1, 123456789.0);
  check("%f %F %e %g", 1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0 * -1.0 * -1.0, -1.0 / 0.0);
  check("[%8.2f] [%-8g] [%08.2e]", -0.0, 2.0, 31.4);
  check("%.3f %.2f %.1f", 1.0005, 1.005, 0.25);
  check("%5.1f%%", 99.95);
  return failures;
}
