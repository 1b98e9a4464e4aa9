/* Internal: pieces of the printf engine shared by fmt.c and fmt_float.c. */
#ifndef SDK_FMT_INTERNAL_H
#define SDK_FMT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "fmt.h"

struct out {
  sdk_emit_fn *emit;
  void *ctx;
  int count;
};

/* One conversion specification. */
struct spec {
  bool left, plus, space, alt, zero;
  int width;
  int precision; /* -1: not given */
};

/* Hands n characters to the output. */
void sdk_fmt_put(struct out *o, const char *s, size_t n);
/* Writes prefix, zero padding and body, honouring width and the - and 0 flags. */
void sdk_fmt_field(struct out *o, const struct spec *sp, const char *prefix, int prefix_len,
                   int zeros, const char *body, int body_len, bool zero_pad_ok);
/* %f %F %e %E %g %G. */
void sdk_fmt_float(struct out *o, const struct spec *sp, double value, char conv);

#endif
