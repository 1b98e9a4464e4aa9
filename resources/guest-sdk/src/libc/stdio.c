/* Minimal stdio: unbuffered FILE streams over descriptors and the printf
 * family (formatting in src/libc/fmt.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fmt.h"

struct __sdk_file {
  int fd;
  int error;
};

static FILE std_streams[3] = {{-1, 0}, {-1, 0}, {-1, 0}};
FILE *stdin = &std_streams[0];
FILE *stdout = &std_streams[1];
FILE *stderr = &std_streams[2];

/* Writes everything or fails; returns 0 or -1 with errno set. */
static int write_all(int fd, const char *data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0) return -1;
    data += n;
    len -= (size_t)n;
  }
  return 0;
}

FILE *fdopen(int fd, const char *mode) {
  (void)mode;
  FILE *f = malloc(sizeof(*f));
  if (f == NULL) return NULL;
  f->fd = fd;
  f->error = 0;
  return f;
}

int fileno(FILE *stream) {
  if (stream->fd < 0) {
    errno = EBADF;
    return -1;
  }
  return stream->fd;
}

void fswap(FILE *a, FILE *b) {
  FILE t = *a;
  *a = *b;
  *b = t;
}

int fclose(FILE *stream) {
  int result = stream->fd >= 0 ? close(stream->fd) : 0;
  if (stream >= &std_streams[0] && stream < &std_streams[3]) {
    stream->fd = -1;
  } else {
    free(stream);
  }
  return result;
}

int fflush(FILE *stream) {
  (void)stream;
  return 0;
}

int ferror(FILE *stream) { return stream->error; }

static int stream_write(FILE *stream, const char *data, size_t len) {
  if (stream->fd < 0) {
    errno = EBADF;
    stream->error = 1;
    return -1;
  }
  if (write_all(stream->fd, data, len) != 0) {
    stream->error = 1;
    return -1;
  }
  return 0;
}

/* Formatting sink that collects output in a block and writes it to an fd. */
struct fd_sink {
  int fd;
  int failed;
  size_t used;
  char block[512];
};

static void fd_flush(struct fd_sink *s) {
  if (s->used > 0 && !s->failed && write_all(s->fd, s->block, s->used) != 0) s->failed = 1;
  s->used = 0;
}

static void fd_emit(void *ctx, const char *data, size_t len) {
  struct fd_sink *s = ctx;
  while (len > 0) {
    if (s->used == sizeof(s->block)) fd_flush(s);
    size_t n = sizeof(s->block) - s->used;
    if (n > len) n = len;
    memcpy(s->block + s->used, data, n);
    s->used += n;
    data += n;
    len -= n;
  }
}

int vdprintf(int fd, const char *restrict format, va_list ap) {
  struct fd_sink sink;
  sink.fd = fd;
  sink.failed = 0;
  sink.used = 0;
  int n = sdk_vformat(fd_emit, &sink, format, ap);
  fd_flush(&sink);
  return sink.failed ? -1 : n;
}

int dprintf(int fd, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vdprintf(fd, format, ap);
  va_end(ap);
  return n;
}

int vfprintf(FILE *restrict stream, const char *restrict format, va_list ap) {
  if (stream->fd < 0) {
    errno = EBADF;
    stream->error = 1;
    return -1;
  }
  int n = vdprintf(stream->fd, format, ap);
  if (n < 0) stream->error = 1;
  return n;
}

int fprintf(FILE *restrict stream, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vfprintf(stream, format, ap);
  va_end(ap);
  return n;
}

int vprintf(const char *restrict format, va_list ap) { return vfprintf(stdout, format, ap); }

int printf(const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vfprintf(stdout, format, ap);
  va_end(ap);
  return n;
}

struct str_sink {
  char *buf;
  size_t size;
  size_t used;
};

static void str_emit(void *ctx, const char *data, size_t len) {
  struct str_sink *s = ctx;
  for (size_t i = 0; i < len; ++i, ++s->used)
    if (s->used + 1 < s->size) s->buf[s->used] = data[i];
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict format, va_list ap) {
  struct str_sink sink = {buf, size, 0};
  int n = sdk_vformat(str_emit, &sink, format, ap);
  if (size > 0) buf[sink.used < size ? sink.used : size - 1] = '\0';
  return n;
}

int snprintf(char *restrict buf, size_t size, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vsnprintf(buf, size, format, ap);
  va_end(ap);
  return n;
}

int sprintf(char *restrict buf, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vsnprintf(buf, SIZE_MAX / 2, format, ap);
  va_end(ap);
  return n;
}

int fputc(int c, FILE *stream) {
  char ch = (char)c;
  return stream_write(stream, &ch, 1) == 0 ? (unsigned char)c : EOF;
}

int fputs(const char *restrict s, FILE *restrict stream) {
  return stream_write(stream, s, strlen(s)) == 0 ? 0 : EOF;
}

size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream) {
  if (size == 0 || count == 0) return 0;
  return stream_write(stream, data, size * count) == 0 ? count : 0;
}

int putchar(int c) { return fputc(c, stdout); }

int puts(const char *s) {
  if (fputs(s, stdout) == EOF) return EOF;
  return fputc('\n', stdout) == EOF ? EOF : 0;
}
