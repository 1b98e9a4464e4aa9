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

/* ENOTCAPABLE on a path call whose descriptor is not a directory means the
 * caller passed a non-directory: report ENOTDIR, as CloudABI's C library does. */
static int is_directory(int fd);

static int path_error(int fd, cloudabi_errno_t error) {
  if (error == ENOTCAPABLE && !is_directory(fd)) error = ENOTDIR;
  return sdk_set_errno(error);
}

static int is_directory(int fd) {
  cloudabi_fdstat_t st;
  return cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st) != 0 ||
         st.fs_filetype == CLOUDABI_FILETYPE_DIRECTORY;
}

/* The same for calls with two directory descriptors. */
static int path_error2(int fd1, int fd2, cloudabi_errno_t error) {
  if (error == ENOTCAPABLE && (!is_directory(fd1) || !is_directory(fd2))) error = ENOTDIR;
  return sdk_set_errno(error);
}

#define READ_RIGHTS \
  (CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FILE_READDIR | CLOUDABI_RIGHT_MEM_MAP_EXEC)
#define WRITE_RIGHTS                                                        \
  (CLOUDABI_RIGHT_FD_DATASYNC | CLOUDABI_RIGHT_FD_WRITE |                   \
   CLOUDABI_RIGHT_FILE_ALLOCATE | CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE)

int openat(int fd, const char *path, int oflag, ...) {
  /* The rights the access mode needs at least, and all it may use. */
  cloudabi_rights_t min = 0, max = ~(READ_RIGHTS | WRITE_RIGHTS);
  switch (oflag & O_ACCMODE) {
    case O_RDONLY:
    case O_WRONLY:
    case O_RDWR:
      if ((oflag & O_RDONLY) != 0) {
        min |= (oflag & O_DIRECTORY) != 0 ? CLOUDABI_RIGHT_FILE_READDIR : CLOUDABI_RIGHT_FD_READ;
        max |= READ_RIGHTS;
      }
      if ((oflag & O_WRONLY) != 0) {
        min |= CLOUDABI_RIGHT_FD_WRITE;
        if ((oflag & O_APPEND) == 0) min |= CLOUDABI_RIGHT_FD_SEEK;
        max |= WRITE_RIGHTS;
      }
      break;
    case O_EXEC: min |= CLOUDABI_RIGHT_PROC_EXEC; break;
    case O_SEARCH: break;
    default: return sdk_set_errno(EINVAL);
  }
  cloudabi_fdstat_t dir;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &dir);
  if (error != 0) return sdk_set_errno(error);
  if (dir.fs_filetype != CLOUDABI_FILETYPE_DIRECTORY) return sdk_set_errno(ENOTDIR);
  if ((dir.fs_rights_inheriting & min) != min) return sdk_set_errno(ENOTCAPABLE);
  /* Ask for everything the directory passes on that the access mode allows;
   * the runtime drops rights that do not fit the file's type. */
  cloudabi_fdstat_t request = {0};
  request.fs_flags = (cloudabi_fdflags_t)(oflag & 0xfff);
  request.fs_rights_base = max & dir.fs_rights_inheriting;
  request.fs_rights_inheriting = dir.fs_rights_inheriting;
  cloudabi_lookup_t lookup = {(cloudabi_fd_t)fd,
                              (oflag & O_NOFOLLOW) != 0 ? 0 : CLOUDABI_LOOKUP_SYMLINK_FOLLOW};
  cloudabi_fd_t result;
  error = cloudabi_sys_file_open(lookup, path, strlen(path),
                                 (cloudabi_oflags_t)((oflag >> 12) & 0xfff), &request, &result);
  return error == 0 ? (int)result : path_error(fd, error);
}

int mkdirat(int fd, const char *path, mode_t mode) {
  (void)mode;
  cloudabi_errno_t error = cloudabi_sys_file_create((cloudabi_fd_t)fd, path, strlen(path),
                                                    CLOUDABI_FILETYPE_DIRECTORY);
  return error == 0 ? 0 : path_error(fd, error);
}

int unlinkat(int fd, const char *path, int flags) {
  cloudabi_errno_t error =
      cloudabi_sys_file_unlink((cloudabi_fd_t)fd, path, strlen(path),
                               (flags & AT_REMOVEDIR) != 0 ? CLOUDABI_UNLINK_REMOVEDIR : 0);
  return error == 0 ? 0 : path_error(fd, error);
}

int renameat(int oldfd, const char *oldpath, int newfd, const char *newpath) {
  cloudabi_errno_t error = cloudabi_sys_file_rename(
      (cloudabi_fd_t)oldfd, oldpath, strlen(oldpath), (cloudabi_fd_t)newfd, newpath,
      strlen(newpath));
  return error == 0 ? 0 : path_error2(oldfd, newfd, error);
}

int linkat(int fd1, const char *path1, int fd2, const char *path2, int flags) {
  cloudabi_lookup_t lookup = {(cloudabi_fd_t)fd1,
                              (flags & AT_SYMLINK_FOLLOW) != 0 ? CLOUDABI_LOOKUP_SYMLINK_FOLLOW
                                                               : 0};
  cloudabi_errno_t error = cloudabi_sys_file_link(lookup, path1, strlen(path1),
                                                  (cloudabi_fd_t)fd2, path2, strlen(path2));
  return error == 0 ? 0 : path_error2(fd1, fd2, error);
}

int symlinkat(const char *target, int fd, const char *path) {
  cloudabi_errno_t error = cloudabi_sys_file_symlink(target, strlen(target), (cloudabi_fd_t)fd,
                                                     path, strlen(path));
  return error == 0 ? 0 : path_error(fd, error);
}

ssize_t readlinkat(int fd, const char *restrict path, char *restrict buf, size_t size) {
  size_t used;
  cloudabi_errno_t error =
      cloudabi_sys_file_readlink((cloudabi_fd_t)fd, path, strlen(path), buf, size, &used);
  return error == 0 ? (ssize_t)used : path_error(fd, error);
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
  if (error != 0) return path_error(fd, error);
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
