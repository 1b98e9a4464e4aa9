#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

/* A FILE writes (unbuffered) to a descriptor. As in CloudABI's C library,
 * stdin/stdout/stderr start without a descriptor (operations fail with
 * EBADF) until a program attaches one, e.g. fswap(stdout, fdopen(fd, "w")). */
typedef struct __sdk_file FILE;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;

#define EOF (-1)
#define BUFSIZ 1024

FILE *fdopen(int fd, const char *mode);
int fileno(FILE *stream);
int fclose(FILE *stream);
int fflush(FILE *stream);
int ferror(FILE *stream);
void fswap(FILE *a, FILE *b);

int dprintf(int fd, const char *restrict format, ...) __attribute__((format(printf, 2, 3)));
int fprintf(FILE *restrict stream, const char *restrict format, ...)
    __attribute__((format(printf, 2, 3)));
int printf(const char *restrict format, ...) __attribute__((format(printf, 1, 2)));
int snprintf(char *restrict buf, size_t size, const char *restrict format, ...)
    __attribute__((format(printf, 3, 4)));
int sprintf(char *restrict buf, const char *restrict format, ...)
    __attribute__((format(printf, 2, 3)));
int vdprintf(int fd, const char *restrict format, va_list ap);
int vfprintf(FILE *restrict stream, const char *restrict format, va_list ap);
int vprintf(const char *restrict format, va_list ap);
int vsnprintf(char *restrict buf, size_t size, const char *restrict format, va_list ap);

int fputc(int c, FILE *stream);
int fputs(const char *restrict s, FILE *restrict stream);
size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream);
int putchar(int c);
int puts(const char *s);
void perror(const char *s);

int renameat(int oldfd, const char *oldpath, int newfd, const char *newpath);

#endif
