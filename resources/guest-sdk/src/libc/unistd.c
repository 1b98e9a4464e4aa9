/* Descriptor I/O. */
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include "../crt/sdk_internal.h"

/* As in CloudABI's C library, a descriptor lacking the right for an I/O call
 * is reported with the POSIX error for that situation. */
static ssize_t io_error(cloudabi_errno_t error) {
  return sdk_set_errno(error == ENOTCAPABLE ? EBADF : error);
}

/* pread/pwrite: EBADF without the read/write right, else ESPIPE (no seek right). */
static ssize_t positional_error(int fd, cloudabi_errno_t error, cloudabi_rights_t io_right) {
  cloudabi_fdstat_t st;
  if (error == ENOTCAPABLE && cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st) == 0)
    error = (st.fs_rights_base & io_right) == 0 ? EBADF : ESPIPE;
  return sdk_set_errno(error);
}

ssize_t read(int fd, void *buf, size_t n) {
  cloudabi_iovec_t iov = {buf, n};
  size_t done;
  cloudabi_errno_t error = cloudabi_sys_fd_read((cloudabi_fd_t)fd, &iov, 1, &done);
  return error == 0 ? (ssize_t)done : io_error(error);
}

ssize_t write(int fd, const void *buf, size_t n) {
  cloudabi_ciovec_t iov = {buf, n};
  size_t done;
  cloudabi_errno_t error = cloudabi_sys_fd_write((cloudabi_fd_t)fd, &iov, 1, &done);
  return error == 0 ? (ssize_t)done : io_error(error);
}

/* struct iovec and cloudabi_iovec_t have the same layout. */
_Static_assert(sizeof(struct iovec) == sizeof(cloudabi_iovec_t), "iovec layout");

ssize_t readv(int fd, const struct iovec *iov, int iovcnt) {
  size_t done;
  cloudabi_errno_t error = cloudabi_sys_fd_read((cloudabi_fd_t)fd, (const cloudabi_iovec_t *)iov,
                                                (size_t)iovcnt, &done);
  return error == 0 ? (ssize_t)done : io_error(error);
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt) {
  size_t done;
  cloudabi_errno_t error = cloudabi_sys_fd_write(
      (cloudabi_fd_t)fd, (const cloudabi_ciovec_t *)iov, (size_t)iovcnt, &done);
  return error == 0 ? (ssize_t)done : io_error(error);
}

ssize_t pread(int fd, void *buf, size_t n, off_t offset) {
  if (offset < 0) return sdk_set_errno(EINVAL);
  cloudabi_iovec_t iov = {buf, n};
  size_t done;
  cloudabi_errno_t error =
      cloudabi_sys_fd_pread((cloudabi_fd_t)fd, &iov, 1, (cloudabi_filesize_t)offset, &done);
  return error == 0 ? (ssize_t)done : positional_error(fd, error, CLOUDABI_RIGHT_FD_READ);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset) {
  if (offset < 0) return sdk_set_errno(EINVAL);
  cloudabi_ciovec_t iov = {buf, n};
  size_t done;
  cloudabi_errno_t error =
      cloudabi_sys_fd_pwrite((cloudabi_fd_t)fd, &iov, 1, (cloudabi_filesize_t)offset, &done);
  return error == 0 ? (ssize_t)done : positional_error(fd, error, CLOUDABI_RIGHT_FD_WRITE);
}

int close(int fd) {
  cloudabi_errno_t error = cloudabi_sys_fd_close((cloudabi_fd_t)fd);
  return error == 0 ? 0 : sdk_set_errno(error);
}

int dup(int fd) {
  cloudabi_fd_t result;
  cloudabi_errno_t error = cloudabi_sys_fd_dup((cloudabi_fd_t)fd, &result);
  return error == 0 ? (int)result : sdk_set_errno(error);
}

int dup2(int from, int to) {
  cloudabi_errno_t error = cloudabi_sys_fd_replace((cloudabi_fd_t)from, (cloudabi_fd_t)to);
  return error == 0 ? to : sdk_set_errno(error);
}

off_t lseek(int fd, off_t offset, int whence) {
  cloudabi_whence_t w;
  switch (whence) {
    case SEEK_SET: w = CLOUDABI_WHENCE_SET; break;
    case SEEK_CUR: w = CLOUDABI_WHENCE_CUR; break;
    case SEEK_END: w = CLOUDABI_WHENCE_END; break;
    default: return sdk_set_errno(EINVAL);
  }
  cloudabi_filesize_t result;
  cloudabi_errno_t error = cloudabi_sys_fd_seek((cloudabi_fd_t)fd, offset, w, &result);
  return error == 0 ? (off_t)result : sdk_set_errno(error == ENOTCAPABLE ? ESPIPE : error);
}

int fsync(int fd) {
  cloudabi_errno_t error = cloudabi_sys_fd_sync((cloudabi_fd_t)fd);
  return error == 0 ? 0 : sdk_set_errno(error);
}

int ftruncate(int fd, off_t length) {
  if (length < 0) return sdk_set_errno(EINVAL);
  cloudabi_filestat_t st = {0};
  st.st_size = (cloudabi_filesize_t)length;
  cloudabi_errno_t error = cloudabi_sys_file_stat_fput((cloudabi_fd_t)fd, &st,
                                                       CLOUDABI_FILESTAT_SIZE);
  return error == 0 ? 0 : sdk_set_errno(error);
}
