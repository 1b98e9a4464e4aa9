/* printf floating-point conversions, exact: the double's binary value is
 * expanded into decimal digits with multi-word integers, then rounded once
 * (to nearest, ties to even), like the host C library does. */
#include <stdbool.h>
#include <stdint.h>

#include "fmt_internal.h"

#define LIMBS 40 /* 1280 bits: enough for 2^1024 and for 1074-bit fractions */

struct decimal {
  char digits[SDK_FMT_MAX_PRECISION + 360];
  int len;      /* digits produced */
  int exp10;    /* the value is 0.d1d2d3... * 10^exp10 */
  bool sticky;  /* nonzero digits follow the produced ones */
};

static bool limbs_zero(const uint32_t *a, int n) {
  for (int i = 0; i < n; ++i)
    if (a[i] != 0) return false;
  return true;
}

/* Produces the first max_digits significant decimal digits of m * 2^e
 * (m != 0), starting at the first nonzero digit, or, when fixed_frac >= 0,
 * all integer digits followed by fixed_frac + 1 fraction digits. exp10 is the
 * position of the decimal point: the number of integer digits, or minus the
 * count of skipped leading fraction zeros. */
static void expand(uint64_t m, int e, int max_digits, int fixed_frac, struct decimal *d) {
  uint32_t ip[LIMBS] = {0}, fr[LIMBS] = {0};
  int frbits = 0;
  if (e >= 0) {
    ip[0] = (uint32_t)m;
    ip[1] = (uint32_t)(m >> 32);
    int word = e / 32, bit = e % 32;
    for (int i = LIMBS - 1; i >= 0; --i) {
      uint64_t v = 0;
      if (i - word >= 0) v = (uint64_t)ip[i - word] << bit;
      if (bit != 0 && i - word - 1 >= 0) v |= ip[i - word - 1] >> (32 - bit);
      ip[i] = (uint32_t)v;
    }
  } else {
    frbits = -e;
    uint64_t ipart = frbits >= 64 ? 0 : m >> frbits;
    uint64_t fpart = frbits >= 64 ? m : m & ((UINT64_C(1) << frbits) - 1);
    ip[0] = (uint32_t)ipart;
    ip[1] = (uint32_t)(ipart >> 32);
    fr[0] = (uint32_t)fpart;
    fr[1] = (uint32_t)(fpart >> 32);
  }

  /* Integer part: base-10^9 chunks, least significant first. */
  char intdig[320];
  int nint = 0;
  while (!limbs_zero(ip, LIMBS)) {
    uint64_t rem = 0;
    for (int i = LIMBS - 1; i >= 0; --i) {
      uint64_t cur = rem << 32 | ip[i];
      ip[i] = (uint32_t)(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    uint32_t chunk = (uint32_t)rem;
    for (int k = 0; k < 9; ++k) {
      intdig[nint++] = (char)('0' + chunk % 10);
      chunk /= 10;
    }
  }
  while (nint > 0 && intdig[nint - 1] == '0') --nint;

  d->len = 0;
  d->sticky = false;
  /* One guard digit beyond what is asked for, for rounding. */
  int limit = fixed_frac >= 0 ? nint + fixed_frac + 1 : max_digits;
  if (limit > (int)sizeof(d->digits)) limit = (int)sizeof(d->digits);
  d->exp10 = nint;
  int i = nint - 1;
  for (; i >= 0 && d->len < limit; --i) d->digits[d->len++] = intdig[i];
  for (; i >= 0; --i)
    if (intdig[i] != '0') d->sticky = true;

  /* Fraction digits: multiply by ten, take the bits above frbits. */
  bool leading = nint == 0 && fixed_frac < 0;
  int frwords = (frbits + 4) / 32 + 1;
  if (frwords > LIMBS) frwords = LIMBS;
  while (d->len < limit && frbits > 0 && !limbs_zero(fr, frwords)) {
    uint64_t carry = 0;
    for (int w = 0; w < frwords; ++w) {
      uint64_t v = (uint64_t)fr[w] * 10 + carry;
      fr[w] = (uint32_t)v;
      carry = v >> 32;
    }
    int word = frbits / 32, bit = frbits % 32;
    uint64_t high = fr[word] >> bit;
    if (bit != 0 && word + 1 < frwords) high |= (uint64_t)fr[word + 1] << (32 - bit);
    fr[word] &= bit == 0 ? 0 : ((UINT32_C(1) << bit) - 1);
    for (int w = word + 1; w < frwords; ++w) fr[w] = 0;
    char digit = (char)('0' + (int)high);
    if (leading && digit == '0') {
      --d->exp10;
      continue;
    }
    leading = false;
    d->digits[d->len++] = digit;
  }
  if (frbits > 0 && !limbs_zero(fr, frwords)) d->sticky = true;
  while (d->len < limit) d->digits[d->len++] = '0';
}

/* Rounds d to keep digits, ties to even. Returns true when a carry added a
 * leading digit (the exponent grew by one). */
static bool round_digits(struct decimal *d, int keep) {
  if (keep >= d->len) return false;
  if (keep < 0) {
    d->len = 0;
    return false;
  }
  char next = d->digits[keep];
  bool rest = d->sticky;
  for (int i = keep + 1; i < d->len; ++i)
    if (d->digits[i] != '0') rest = true;
  bool odd = keep > 0 && ((d->digits[keep - 1] - '0') & 1);
  bool up = next > '5' || (next == '5' && (rest || odd));
  d->len = keep;
  if (!up) return false;
  for (int i = keep - 1; i >= 0; --i) {
    if (d->digits[i] != '9') {
      ++d->digits[i];
      return false;
    }
    d->digits[i] = '0';
  }
  for (int i = d->len; i > 0; --i) d->digits[i] = d->digits[i - 1];
  d->digits[0] = '1';
  ++d->len;
  ++d->exp10;
  return true;
}

static void emit_float_body(struct out *o, const struct spec *sp, bool negative, const char *body,
                            int len) {
  char prefix[1];
  int prefix_len = 0;
  if (negative) prefix[prefix_len++] = '-';
  else if (sp->plus) prefix[prefix_len++] = '+';
  else if (sp->space) prefix[prefix_len++] = ' ';
  sdk_fmt_field(o, sp, prefix, prefix_len, 0, body, len, true);
}

void sdk_fmt_float(struct out *o, const struct spec *in, double value, char conv) {
  struct spec sp = *in;
  union {
    double d;
    uint64_t u;
  } bits = {value};
  bool negative = (bits.u >> 63) != 0;
  int biased = (int)((bits.u >> 52) & 0x7ff);
  uint64_t mant = bits.u & ((UINT64_C(1) << 52) - 1);
  bool upper = conv == 'F' || conv == 'E' || conv == 'G';
  if (biased == 0x7ff) {
    const char *text = mant != 0 ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    sp.zero = false;
    emit_float_body(o, &sp, negative, text, 3);
    return;
  }
  int precision = sp.precision < 0 ? 6 : sp.precision;
  if (precision > SDK_FMT_MAX_PRECISION) precision = SDK_FMT_MAX_PRECISION;
  uint64_t m = biased == 0 ? mant : mant | (UINT64_C(1) << 52);
  int e = biased == 0 ? -1074 : biased - 1075;

  char body[SDK_FMT_MAX_PRECISION + 400];
  struct decimal d;
  char lower = (char)(conv | 0x20);
  bool strip = false;
  if (lower == 'g') {
    int p = precision == 0 ? 1 : precision;
    int x;
    if (m == 0) {
      x = 0;
    } else {
      expand(m, e, p + 1, -1, &d);
      round_digits(&d, p);
      x = d.exp10 - 1;
    }
    if (p > x && x >= -4) {
      lower = 'f';
      precision = p - 1 - x;
    } else {
      lower = 'e';
      precision = p - 1;
    }
    strip = !sp.alt;
  }

  int n = 0;
  if (lower == 'f') {
    if (m == 0) {
      d.len = 0;
      d.exp10 = 0;
    } else {
      expand(m, e, 0, precision, &d);
      round_digits(&d, d.exp10 + precision);
    }
    int int_digits = d.exp10 > 0 ? d.exp10 : 0;
    if (int_digits == 0) body[n++] = '0';
    for (int i = 0; i < int_digits; ++i) body[n++] = i < d.len ? d.digits[i] : '0';
    if (precision > 0 || sp.alt) body[n++] = '.';
    for (int i = 0; i < precision; ++i) {
      int idx = int_digits + i;
      body[n++] = idx < d.len ? d.digits[idx] : '0';
    }
  } else {
    int exp10 = 0;
    if (m == 0) {
      d.len = 0;
    } else {
      expand(m, e, precision + 2, -1, &d);
      round_digits(&d, precision + 1);
      exp10 = d.exp10 - 1;
    }
    body[n++] = d.len > 0 ? d.digits[0] : '0';
    if (precision > 0 || sp.alt) body[n++] = '.';
    for (int i = 1; i <= precision; ++i) body[n++] = i < d.len ? d.digits[i] : '0';
    if (strip) {
      while (body[n - 1] == '0') --n;
      if (body[n - 1] == '.' && !sp.alt) --n;
    }
    body[n++] = upper ? 'E' : 'e';
    body[n++] = exp10 < 0 ? '-' : '+';
    int ax = exp10 < 0 ? -exp10 : exp10;
    if (ax >= 100) body[n++] = (char)('0' + ax / 100);
    body[n++] = (char)('0' + ax / 10 % 10);
    body[n++] = (char)('0' + ax % 10);
    emit_float_body(o, &sp, negative, body, n);
    return;
  }
  if (strip && precision > 0) {
    while (body[n - 1] == '0') --n;
    if (body[n - 1] == '.') --n;
  }
  emit_float_body(o, &sp, negative, body, n);
}

