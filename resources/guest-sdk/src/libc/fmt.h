/* Internal: the printf formatting engine, independent of any output. */
#ifndef SDK_FMT_H
#define SDK_FMT_H

#include <stdarg.h>
#include <stddef.h>

typedef void sdk_emit_fn(void *ctx, const char *data, size_t len);

/* Formats like vprintf, handing the output to emit in pieces. Returns the
 * number of characters produced. Supports flags "-+ #0", width and precision
 * (also "*"), length modifiers hh h l ll z j t L and conversions
 * d i u o x X c s p f F e E g G %. Floating-point output is exact (correctly
 * rounded, ties to even) for precisions up to SDK_FMT_MAX_PRECISION. */
int sdk_vformat(sdk_emit_fn *emit, void *ctx, const char *format, va_list ap);

#define SDK_FMT_MAX_PRECISION 350

#endif
