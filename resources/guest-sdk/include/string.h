#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

void *memchr(const void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
char *strcat(char *restrict dst, const char *restrict src);
char *strchr(const char *s, int c);
int strcmp(const char *a, const char *b);
char *strcpy(char *restrict dst, const char *restrict src);
size_t strcspn(const char *s, const char *reject);
char *strdup(const char *s);
size_t strlen(const char *s);
char *strncat(char *restrict dst, const char *restrict src, size_t n);
int strncmp(const char *a, const char *b, size_t n);
char *strncpy(char *restrict dst, const char *restrict src, size_t n);
char *strndup(const char *s, size_t n);
size_t strnlen(const char *s, size_t n);
char *strrchr(const char *s, int c);
size_t strspn(const char *s, const char *accept);
char *strstr(const char *haystack, const char *needle);
/* Message text and symbolic name ("ENOENT") of an errno value. */
char *strerror(int error);
const char *strerrorname_np(int error);

#endif
