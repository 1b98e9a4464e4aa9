#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>
#include <sys/types.h>

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

int close(int fd);
int dup(int fd);
int dup2(int from, int to);
int fsync(int fd);
int ftruncate(int fd, off_t length);
int linkat(int fd1, const char *path1, int fd2, const char *path2, int flags);
off_t lseek(int fd, off_t offset, int whence);
ssize_t pread(int fd, void *buf, size_t n, off_t offset);
ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset);
ssize_t read(int fd, void *buf, size_t n);
ssize_t readlinkat(int fd, const char *restrict path, char *restrict buf, size_t size);
unsigned int sleep(unsigned int seconds);
int symlinkat(const char *target, int fd, const char *path);
int unlinkat(int fd, const char *path, int flags);
ssize_t write(int fd, const void *buf, size_t n);

#endif
