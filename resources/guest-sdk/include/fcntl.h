#ifndef _FCNTL_H
#define _FCNTL_H

#include <cloudabi_types.h>
#include <sys/types.h>

/* Low 12 bits: CloudABI fdflags; next 4 bits: CloudABI oflags shifted by 12
 * (the encoding CloudABI's C library uses); higher bits: access mode. */
#define O_APPEND CLOUDABI_FDFLAG_APPEND
#define O_DSYNC CLOUDABI_FDFLAG_DSYNC
#define O_NONBLOCK CLOUDABI_FDFLAG_NONBLOCK
#define O_RSYNC CLOUDABI_FDFLAG_RSYNC
#define O_SYNC CLOUDABI_FDFLAG_SYNC
#define O_CREAT (CLOUDABI_O_CREAT << 12)
#define O_DIRECTORY (CLOUDABI_O_DIRECTORY << 12)
#define O_EXCL (CLOUDABI_O_EXCL << 12)
#define O_TRUNC (CLOUDABI_O_TRUNC << 12)
#define O_NOFOLLOW 0x01000000
#define O_EXEC 0x02000000
#define O_RDONLY 0x04000000
#define O_SEARCH 0x08000000
#define O_WRONLY 0x10000000
#define O_RDWR (O_RDONLY | O_WRONLY)
#define O_ACCMODE (O_EXEC | O_RDWR | O_SEARCH)
#define O_CLOEXEC 0

#define AT_SYMLINK_NOFOLLOW 0x1
#define AT_SYMLINK_FOLLOW 0x2
#define AT_REMOVEDIR 0x4

int openat(int fd, const char *path, int oflag, ...);

#endif
