/* Argdata reader (encoding: ARGDATA-FORMAT.md).
 * Pure C over byte buffers: also compiled for the host by the SDK's tests. */
#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include "argdata_impl.h"

enum {
  TAG_BINARY = 1,
  TAG_BOOL = 2,
  TAG_FD = 3,
  TAG_FLOAT = 4,
  TAG_INT = 5,
  TAG_MAP = 6,
  TAG_SEQ = 7,
  TAG_STR = 8,
  TAG_TIMESTAMP = 9,
};

void sdk_argdata_init(argdata_t *ad, const void *buf, size_t len,
                      int (*convert_fd)(void *, size_t), void *convert_fd_arg) {
  ad->buf = buf;
  ad->len = len;
  ad->convert_fd = convert_fd;
  ad->convert_fd_arg = convert_fd_arg;
}

argdata_t *argdata_from_buffer(const void *buf, size_t len, int (*convert_fd)(void *, size_t),
                               void *convert_fd_arg) {
  argdata_t *ad = malloc(sizeof(*ad));
  if (ad != NULL) sdk_argdata_init(ad, buf, len, convert_fd, convert_fd_arg);
  return ad;
}

void argdata_free(argdata_t *ad) { free(ad); }

/* Finds the payload of a value with the given tag. */
static int payload(const argdata_t *ad, int tag, const unsigned char **data, size_t *len) {
  if (ad->len == 0 || ad->buf[0] != tag) return EINVAL;
  *data = ad->buf + 1;
  *len = ad->len - 1;
  return 0;
}

int argdata_get_binary(const argdata_t *ad, const void **data, size_t *len) {
  const unsigned char *p;
  size_t n;
  int error = payload(ad, TAG_BINARY, &p, &n);
  if (error != 0) return error;
  *data = p;
  *len = n;
  return 0;
}

int argdata_get_bool(const argdata_t *ad, bool *value) {
  const unsigned char *p;
  size_t n;
  int error = payload(ad, TAG_BOOL, &p, &n);
  if (error != 0) return error;
  if (n == 0) {
    *value = false;
  } else if (n == 1 && p[0] == 1) {
    *value = true;
  } else {
    return EINVAL;
  }
  return 0;
}

int argdata_get_fd(const argdata_t *ad, int *fd) {
  const unsigned char *p;
  size_t n;
  int error = payload(ad, TAG_FD, &p, &n);
  if (error != 0) return error;
  if (n != 4) return EINVAL;
  uint32_t number = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
  if (ad->convert_fd == NULL) return EBADF;
  int converted = ad->convert_fd(ad->convert_fd_arg, number);
  if (converted < 0) return EBADF;
  *fd = converted;
  return 0;
}

int argdata_get_float(const argdata_t *ad, double *value) {
  const unsigned char *p;
  size_t n;
  int error = payload(ad, TAG_FLOAT, &p, &n);
  if (error != 0) return error;
  if (n != 8) return EINVAL;
  union {
    uint64_t bits;
    double value;
  } u = {0};
  for (int i = 0; i < 8; ++i) u.bits = u.bits << 8 | p[i];
  *value = u.value;
  return 0;
}

/* Reads a big-endian two's-complement integer of at most 8 bytes. */
static int read_int64(const unsigned char *p, size_t n, bool *negative, uint64_t *bits) {
  if (n > 8) return ERANGE;
  *negative = n > 0 && (p[0] & 0x80) != 0;
  uint64_t v = *negative ? UINT64_MAX : 0;
  for (size_t i = 0; i < n; ++i) v = v << 8 | p[i];
  *bits = v;
  return 0;
}

int argdata_get_int_s(const argdata_t *ad, intmax_t *value, intmax_t min, intmax_t max) {
  const unsigned char *p;
  size_t n;
  int error = payload(ad, TAG_INT, &p, &n);
  if (error != 0) return error;
  bool negative;
  uint64_t bits;
  error = read_int64(p, n, &negative, &bits);
  if (error != 0) return error;
  if (!negative && bits > INT64_MAX) return ERANGE;
  int64_t v = negative ? -(int64_t)(~bits) - 1 : (int64_t)bits;
  if (v < min || v > max) return ERANGE;
  *value = v;
  return 0;
}

int argdata_get_int_u(const argdata_t *ad, uintmax_t *value, uintmax_t max) {
  const unsigned char *p;
  size_t n;
  int error = payload(ad, TAG_INT, &p, &n);
  if (error != 0) return error;
  if (n > 0 && (p[0] & 0x80) != 0) return ERANGE;
  if (n == 9) {
    if (p[0] != 0) return ERANGE;
    ++p;
    --n;
  }
  if (n > 8) return ERANGE;
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v = v << 8 | p[i];
  if (v > max) return ERANGE;
  *value = v;
  return 0;
}

/* Validates UTF-8 as the reference library does: no stray continuation
 * bytes, at most 4-byte forms, no truncation, no overlong forms, no
 * surrogates and nothing above U+10FFFF. */
static bool valid_utf8(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t extra;
    uint32_t cp, min;
    if ((c & 0xe0) == 0xc0) {
      extra = 1, cp = c & 0x1f, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
      extra = 2, cp = c & 0x0f, min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
      extra = 3, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (n - i - 1 < extra) return false;
    for (size_t k = 1; k <= extra; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xc0) != 0x80) return false;
      cp = cp << 6 | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += extra + 1;
  }
  return true;
}

int argdata_get_str(const argdata_t *ad, const char **str, size_t *len) {
  const unsigned char *p;
  size_t n;
  int error = payload(ad, TAG_STR, &p, &n);
  if (error != 0) return error;
  if (n == 0 || p[n - 1] != 0) return EINVAL;
  if (!valid_utf8(p, n - 1)) return EILSEQ;
  *str = (const char *)p;
  *len = n - 1;
  return 0;
}

int argdata_get_str_c(const argdata_t *ad, const char **str) {
  const char *s;
  size_t len;
  int error = argdata_get_str(ad, &s, &len);
  if (error != 0) return error;
  for (size_t i = 0; i < len; ++i) {
    if (s[i] == '\0') return EILSEQ;
  }
  *str = s;
  return 0;
}

int argdata_get_timestamp(const argdata_t *ad, struct timespec *ts) {
  const unsigned char *p;
  size_t n;
  int error = payload(ad, TAG_TIMESTAMP, &p, &n);
  if (error != 0) return error;
  if (n > 12) return ERANGE;
  /* Magnitude of the value as 12 big-endian bytes. */
  bool negative = n > 0 && (p[0] & 0x80) != 0;
  unsigned char mag[12];
  for (size_t i = 0; i < 12; ++i) {
    size_t from_end = 12 - i;
    mag[i] = from_end <= n ? p[n - from_end] : (negative ? 0xff : 0x00);
  }
  if (negative) {
    unsigned carry = 1;
    for (int i = 11; i >= 0; --i) {
      unsigned v = (unsigned char)~mag[i] + carry;
      mag[i] = (unsigned char)v;
      carry = v >> 8;
    }
  }
  /* Long division by 10^9, one byte at a time. */
  uint64_t quotient_hi = 0, quotient = 0, rem = 0;
  for (int i = 0; i < 12; ++i) {
    uint64_t cur = rem << 8 | mag[i];
    uint64_t digit = cur / 1000000000u;
    rem = cur % 1000000000u;
    quotient_hi = quotient_hi << 8 | quotient >> 56;
    quotient = quotient << 8 | digit;
  }
  if (quotient_hi != 0) return ERANGE;
  if (!negative) {
    if (quotient > INT64_MAX) return ERANGE;
    ts->tv_sec = (time_t)quotient;
    ts->tv_nsec = (long)rem;
    return 0;
  }
  uint64_t seconds = quotient + (rem != 0 ? 1 : 0); /* magnitude of the floor */
  if (seconds > (uint64_t)INT64_MAX + 1) return ERANGE;
  ts->tv_sec = seconds == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)seconds;
  ts->tv_nsec = rem != 0 ? (long)(1000000000u - rem) : 0;
  return 0;
}

/* Parses one subfield (length prefix + value) at *offset of a container's
 * payload. Returns 1 and advances on success, 0 at the end, -1 if malformed. */
static int next_subfield(const argdata_t *container, size_t *offset, argdata_t *out) {
  const unsigned char *p = container->buf + 1;
  size_t n = container->len - 1, i = *offset;
  if (i == n) return 0;
  if (p[i] == 0) return -1;
  size_t len = 0;
  for (;;) {
    if (i == n) return -1;
    unsigned char b = p[i++];
    if (len > (SIZE_MAX >> 7)) return -1;
    len = len << 7 | (b & 0x7f);
    if ((b & 0x80) != 0) break;
  }
  if (len > n - i) return -1;
  sdk_argdata_init(out, p + i, len, container->convert_fd, container->convert_fd_arg);
  *offset = i + len;
  return 1;
}

static int start_iteration(const argdata_t *ad, int tag, argdata_t *container, size_t *offset) {
  *offset = 0;
  if (ad->len == 0 || ad->buf[0] != tag) {
    static const unsigned char empty[1] = {0};
    sdk_argdata_init(container, empty, 1, NULL, NULL);
    return EINVAL;
  }
  *container = *ad;
  return 0;
}

int argdata_map_iterate(const argdata_t *ad, argdata_map_iterator_t *it) {
  it->error = start_iteration(ad, TAG_MAP, &it->container, &it->offset);
  return it->error;
}

bool argdata_map_next(argdata_map_iterator_t *it, const argdata_t **key,
                      const argdata_t **value) {
  if (it->error != 0) return false;
  size_t offset = it->offset;
  int r = next_subfield(&it->container, &offset, &it->key);
  if (r == 0) return false;
  if (r > 0) r = next_subfield(&it->container, &offset, &it->value);
  if (r <= 0) {
    it->error = EINVAL;
    return false;
  }
  it->offset = offset;
  *key = &it->key;
  *value = &it->value;
  return true;
}

int argdata_seq_iterate(const argdata_t *ad, argdata_seq_iterator_t *it) {
  it->error = start_iteration(ad, TAG_SEQ, &it->container, &it->offset);
  return it->error;
}

bool argdata_seq_next(argdata_seq_iterator_t *it, const argdata_t **element) {
  if (it->error != 0) return false;
  int r = next_subfield(&it->container, &it->offset, &it->element);
  if (r == 0) return false;
  if (r < 0) {
    it->error = EINVAL;
    return false;
  }
  *element = &it->element;
  return true;
}
