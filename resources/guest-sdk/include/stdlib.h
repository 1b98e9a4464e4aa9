#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>
#include <stdint.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*function)(void));
_Noreturn void exit(int status);

void *calloc(size_t count, size_t size);
void free(void *ptr);
void *malloc(size_t size);
void *realloc(void *ptr, size_t size);

uint32_t arc4random(void);
void arc4random_buf(void *buf, size_t len);
uint32_t arc4random_uniform(uint32_t upper_bound);

int abs(int v);
long labs(long v);
int atoi(const char *s);
void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
long strtol(const char *restrict s, char **restrict end, int base);
long long strtoll(const char *restrict s, char **restrict end, int base);
unsigned long strtoul(const char *restrict s, char **restrict end, int base);
unsigned long long strtoull(const char *restrict s, char **restrict end, int base);

#endif
