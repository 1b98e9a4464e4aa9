/* printf formatting engine. Pure C without library calls, so that the SDK's
 * host tests can compare it with the host C library's printf. */
#include "fmt_internal.h"

#include <stdbool.h>
#include <stdint.h>

void sdk_fmt_put(struct out *o, const char *s, size_t n) {
  if (n == 0) return;
  o->emit(o->ctx, s, n);
  o->count += (int)n;
}

static void pad(struct out *o, char c, int n) {
  char buf[32];
  for (int i = 0; i < (int)sizeof(buf); ++i) buf[i] = c;
  while (n > 0) {
    int chunk = n > (int)sizeof(buf) ? (int)sizeof(buf) : n;
    sdk_fmt_put(o, buf, (size_t)chunk);
    n -= chunk;
  }
}

/* Writes prefix, zero padding and body, honouring width and flags. */
void sdk_fmt_field(struct out *o, const struct spec *sp, const char *prefix, int prefix_len,
                       int zeros, const char *body, int body_len, bool zero_pad_ok) {
  int total = prefix_len + zeros + body_len;
  int fill = sp->width > total ? sp->width - total : 0;
  if (sp->left) {
    sdk_fmt_put(o, prefix, (size_t)prefix_len);
    pad(o, '0', zeros);
    sdk_fmt_put(o, body, (size_t)body_len);
    pad(o, ' ', fill);
  } else if (sp->zero && zero_pad_ok) {
    sdk_fmt_put(o, prefix, (size_t)prefix_len);
    pad(o, '0', zeros + fill);
    sdk_fmt_put(o, body, (size_t)body_len);
  } else {
    pad(o, ' ', fill);
    sdk_fmt_put(o, prefix, (size_t)prefix_len);
    pad(o, '0', zeros);
    sdk_fmt_put(o, body, (size_t)body_len);
  }
}

static void format_integer(struct out *o, const struct spec *sp, uint64_t value, bool negative,
                           unsigned base, bool upper, bool is_signed, bool pointer) {
  char digits[24];
  int n = 0;
  const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  for (uint64_t v = value; v != 0; v /= base) digits[sizeof(digits) - 1 - n++] = set[v % base];
  char *body = digits + sizeof(digits) - n;
  int precision = sp->precision < 0 ? 1 : sp->precision;
  int zeros = precision > n ? precision - n : 0;
  char prefix[3];
  int prefix_len = 0;
  if (is_signed) {
    if (negative) prefix[prefix_len++] = '-';
    else if (sp->plus) prefix[prefix_len++] = '+';
    else if (sp->space) prefix[prefix_len++] = ' ';
  }
  if (base == 16 && (pointer || (sp->alt && value != 0))) {
    prefix[prefix_len++] = '0';
    prefix[prefix_len++] = upper ? 'X' : 'x';
  }
  if (base == 8 && sp->alt && zeros == 0 && (n == 0 || body[0] != '0')) zeros = 1;
  sdk_fmt_field(o, sp, prefix, prefix_len, zeros, body, n, sp->precision < 0);
}

int sdk_vformat(sdk_emit_fn *emit, void *ctx, const char *format, va_list ap) {
  struct out o = {emit, ctx, 0};
  const char *p = format;
  while (*p != '\0') {
    if (*p != '%') {
      const char *start = p;
      while (*p != '\0' && *p != '%') ++p;
      sdk_fmt_put(&o, start, (size_t)(p - start));
      continue;
    }
    const char *conv_start = p++;
    struct spec sp = {false, false, false, false, false, 0, -1};
    for (;; ++p) {
      if (*p == '-') sp.left = true;
      else if (*p == '+') sp.plus = true;
      else if (*p == ' ') sp.space = true;
      else if (*p == '#') sp.alt = true;
      else if (*p == '0') sp.zero = true;
      else break;
    }
    if (*p == '*') {
      int w = va_arg(ap, int);
      if (w < 0) {
        sp.left = true;
        w = w == INT32_MIN ? INT32_MAX : -w;
      }
      sp.width = w;
      ++p;
    } else {
      while (*p >= '0' && *p <= '9') sp.width = sp.width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
      ++p;
      sp.precision = 0;
      if (*p == '*') {
        int prec = va_arg(ap, int);
        sp.precision = prec < 0 ? -1 : prec;
        ++p;
      } else {
        while (*p >= '0' && *p <= '9') sp.precision = sp.precision * 10 + (*p++ - '0');
      }
    }
    enum { L_INT, L_CHAR, L_SHORT, L_LONG, L_LLONG, L_SIZE, L_MAX, L_PTRDIFF, L_LDOUBLE } len =
        L_INT;
    if (p[0] == 'h' && p[1] == 'h') len = L_CHAR, p += 2;
    else if (p[0] == 'h') len = L_SHORT, ++p;
    else if (p[0] == 'l' && p[1] == 'l') len = L_LLONG, p += 2;
    else if (p[0] == 'l') len = L_LONG, ++p;
    else if (p[0] == 'z') len = L_SIZE, ++p;
    else if (p[0] == 'j') len = L_MAX, ++p;
    else if (p[0] == 't') len = L_PTRDIFF, ++p;
    else if (p[0] == 'L') len = L_LDOUBLE, ++p;
    char conv = *p;
    if (conv == '\0') {
      sdk_fmt_put(&o, conv_start, (size_t)(p - conv_start));
      break;
    }
    ++p;
    switch (conv) {
      case 'd':
      case 'i': {
        int64_t v;
        switch (len) {
          case L_CHAR: v = (signed char)va_arg(ap, int); break;
          case L_SHORT: v = (short)va_arg(ap, int); break;
          case L_LONG: v = va_arg(ap, long); break;
          case L_LLONG: v = va_arg(ap, long long); break;
          case L_SIZE: v = va_arg(ap, __INTPTR_TYPE__); break;
          case L_MAX: v = va_arg(ap, intmax_t); break;
          case L_PTRDIFF: v = va_arg(ap, __PTRDIFF_TYPE__); break;
          default: v = va_arg(ap, int); break;
        }
        uint64_t magnitude = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        format_integer(&o, &sp, magnitude, v < 0, 10, false, true, false);
        break;
      }
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        uint64_t v;
        switch (len) {
          case L_CHAR: v = (unsigned char)va_arg(ap, unsigned); break;
          case L_SHORT: v = (unsigned short)va_arg(ap, unsigned); break;
          case L_LONG: v = va_arg(ap, unsigned long); break;
          case L_LLONG: v = va_arg(ap, unsigned long long); break;
          case L_SIZE: v = va_arg(ap, __SIZE_TYPE__); break;
          case L_MAX: v = va_arg(ap, uintmax_t); break;
          case L_PTRDIFF: v = (__SIZE_TYPE__)va_arg(ap, __PTRDIFF_TYPE__); break;
          default: v = va_arg(ap, unsigned); break;
        }
        unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
        format_integer(&o, &sp, v, false, base, conv == 'X', false, false);
        break;
      }
      case 'p': {
        uintptr_t v = (uintptr_t)va_arg(ap, void *);
        format_integer(&o, &sp, v, false, 16, false, false, true);
        break;
      }
      case 'c': {
        char c = (char)va_arg(ap, int);
        sp.precision = -1;
        sdk_fmt_field(&o, &sp, "", 0, 0, &c, 1, false);
        break;
      }
      case 's': {
        const char *s = va_arg(ap, const char *);
        if (s == 0) s = "(null)";
        int n = 0;
        while (s[n] != '\0' && (sp.precision < 0 || n < sp.precision)) ++n;
        sdk_fmt_field(&o, &sp, "", 0, 0, s, n, false);
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G': {
        if (len == L_LDOUBLE) {
          /* long double is not supported (it would need soft-float helpers). */
          sdk_fmt_put(&o, conv_start, (size_t)(p - conv_start));
          break;
        }
        sdk_fmt_float(&o, &sp, va_arg(ap, double), conv);
        break;
      }
      case '%': sdk_fmt_put(&o, "%", 1); break;
      default:
        /* Unknown conversion: copied through unchanged. */
        sdk_fmt_put(&o, conv_start, (size_t)(p - conv_start));
        break;
    }
  }
  return o.count;
}
