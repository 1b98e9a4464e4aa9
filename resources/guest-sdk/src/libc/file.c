/* Path-based file operations; every path is relative to a directory
 * descriptor (CloudABI has no global namespace). */
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../crt/sdk_internal.h"

#define WRITE_RIGHTS                                                        \
  (CLOUDABI_RIGHT_FD_DATASYNC | CLOUDABI_RIGHT_FD_WRITE |                   \
   CLOUDABI_RIGHT_FILE_ALLOCATE | CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE)
#define READ_RIGHTS \
  (CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FILE_READDIR | CLOUDABI_RIGHT_MEM_MAP_EXEC)

int openat(int fd, const char *path, int oflag, ...) {
  /* Request what the directory lets descendants have, minus what the access
   * mode excludes; the runtime drops rights that do not fit the file type. */
  cloudabi_fdstat_t dir;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &dir);
  if (error != 0) return sdk_set_errno(error);
  int mode = oflag & O_ACCMODE;
  cloudabi_rights_t base = dir.fs_rights_inheriting;
  if ((mode & O_WRONLY) == 0) base &= ~WRITE_RIGHTS;
  if ((mode & O_WRONLY) != 0 && (mode & O_RDONLY) == 0) base &= ~READ_RIGHTS;
  cloudabi_fdstat_t request = {0};
  request.fs_flags = (cloudabi_fdflags_t)(oflag & 0xfff);
  request.fs_rights_base = base;
  request.fs_rights_inheriting = dir.fs_rights_inheriting;
  cloudabi_lookup_t lookup = {(cloudabi_fd_t)fd,
                              (oflag & O_NOFOLLOW) != 0 ? 0 : CLOUDABI_LOOKUP_SYMLINK_FOLLOW};
  cloudabi_fd_t result;
  error = cloudabi_sys_file_open(lookup, path, strlen(path),
                                 (cloudabi_oflags_t)((oflag >> 12) & 0xf), &request, &result);
  return error == 0 ? (int)result : sdk_set_errno(error);
}

int mkdirat(int fd, const char *path, mode_t mode) {
  (void)mode;
  cloudabi_errno_t error = cloudabi_sys_file_create((cloudabi_fd_t)fd, path, strlen(path),
                                                    CLOUDABI_FILETYPE_DIRECTORY);
  return error == 0 ? 0 : sdk_set_errno(error);
}

int unlinkat(int fd, const char *path, int flags) {
  cloudabi_errno_t error =
      cloudabi_sys_file_unlink((cloudabi_fd_t)fd, path, strlen(path),
                               (flags & AT_REMOVEDIR) != 0 ? CLOUDABI_UNLINK_REMOVEDIR : 0);
  return error == 0 ? 0 : sdk_set_errno(error);
}

int renameat(int oldfd, const char *oldpath, int newfd, const char *newpath) {
  cloudabi_errno_t error = cloudabi_sys_file_rename(
      (cloudabi_fd_t)oldfd, oldpath, strlen(oldpath), (cloudabi_fd_t)newfd, newpath,
      strlen(newpath));
  return error == 0 ? 0 : sdk_set_errno(error);
}

int linkat(int fd1, const char *path1, int fd2, const char *path2, int flags) {
  cloudabi_lookup_t lookup = {(cloudabi_fd_t)fd1,
                              (flags & AT_SYMLINK_FOLLOW) != 0 ? CLOUDABI_LOOKUP_SYMLINK_FOLLOW
                                                               : 0};
  cloudabi_errno_t error = cloudabi_sys_file_link(lookup, path1, strlen(path1),
                                                  (cloudabi_fd_t)fd2, path2, strlen(path2));
  return error == 0 ? 0 : sdk_set_errno(error);
}

int symlinkat(const char *target, int fd, const char *path) {
  cloudabi_errno_t error = cloudabi_sys_file_symlink(target, strlen(target), (cloudabi_fd_t)fd,
                                                     path, strlen(path));
  return error == 0 ? 0 : sdk_set_errno(error);
}

ssize_t readlinkat(int fd, const char *restrict path, char *restrict buf, size_t size) {
  size_t used;
  cloudabi_errno_t error =
      cloudabi_sys_file_readlink((cloudabi_fd_t)fd, path, strlen(path), buf, size, &used);
  return error == 0 ? (ssize_t)used : sdk_set_errno(error);
}

static void convert_stat(const cloudabi_filestat_t *in, struct stat *out) {
  memset(out, 0, sizeof(*out));
  out->st_dev = in->st_dev;
  out->st_ino = in->st_ino;
  out->st_nlink = in->st_nlink;
  out->st_size = (off_t)in->st_size;
  out->st_atim.tv_sec = (time_t)(in->st_atim / 1000000000u);
  out->st_atim.tv_nsec = (long)(in->st_atim % 1000000000u);
  out->st_mtim.tv_sec = (time_t)(in->st_mtim / 1000000000u);
  out->st_mtim.tv_nsec = (long)(in->st_mtim % 1000000000u);
  out->st_ctim.tv_sec = (time_t)(in->st_ctim / 1000000000u);
  out->st_ctim.tv_nsec = (long)(in->st_ctim % 1000000000u);
  switch (in->st_filetype) {
    case CLOUDABI_FILETYPE_BLOCK_DEVICE: out->st_mode = S_IFBLK; break;
    case CLOUDABI_FILETYPE_CHARACTER_DEVICE: out->st_mode = S_IFCHR; break;
    case CLOUDABI_FILETYPE_DIRECTORY: out->st_mode = S_IFDIR; break;
    case CLOUDABI_FILETYPE_FIFO: out->st_mode = S_IFIFO; break;
    case CLOUDABI_FILETYPE_REGULAR_FILE: out->st_mode = S_IFREG; break;
    case CLOUDABI_FILETYPE_SOCKET_DGRAM:
    case CLOUDABI_FILETYPE_SOCKET_STREAM: out->st_mode = S_IFSOCK; break;
    case CLOUDABI_FILETYPE_SYMBOLIC_LINK: out->st_mode = S_IFLNK; break;
    default: out->st_mode = 0; break;
  }
}

int fstatat(int fd, const char *restrict path, struct stat *restrict buf, int flags) {
  cloudabi_lookup_t lookup = {(cloudabi_fd_t)fd, (flags & AT_SYMLINK_NOFOLLOW) != 0
                                                     ? 0
                                                     : CLOUDABI_LOOKUP_SYMLINK_FOLLOW};
  cloudabi_filestat_t st;
  cloudabi_errno_t error = cloudabi_sys_file_stat_get(lookup, path, strlen(path), &st);
  if (error != 0) return sdk_set_errno(error);
  convert_stat(&st, buf);
  return 0;
}

int fstat(int fd, struct stat *buf) {
  cloudabi_filestat_t st;
  cloudabi_errno_t error = cloudabi_sys_file_stat_fget((cloudabi_fd_t)fd, &st);
  if (error != 0) return sdk_set_errno(error);
  convert_stat(&st, buf);
  return 0;
}
