/* Directory streams over file_readdir. */
#include <cloudabi_syscalls.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../crt/sdk_internal.h"

struct __sdk_dir {
  int fd;
  cloudabi_dircookie_t cookie; /* where the unread part of the buffer starts */
  size_t used, pos;
  bool more; /* the last file_readdir filled the buffer: more may follow */
  struct dirent entry;
  char buf[4096];
};

DIR *fdopendir(int fd) {
  cloudabi_fdstat_t st;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st);
  if (error != 0 || st.fs_filetype != CLOUDABI_FILETYPE_DIRECTORY) {
    errno = error != 0 ? error : ENOTDIR;
    return NULL;
  }
  DIR *dir = malloc(sizeof(*dir));
  if (dir == NULL) return NULL;
  dir->fd = fd;
  dir->cookie = CLOUDABI_DIRCOOKIE_START;
  dir->used = 0;
  dir->pos = 0;
  dir->more = true;
  return dir;
}

DIR *opendirat(int fd, const char *path) {
  int dirfd = openat(fd, path, O_RDONLY | O_DIRECTORY);
  if (dirfd < 0) return NULL;
  DIR *dir = fdopendir(dirfd);
  if (dir == NULL) close(dirfd);
  return dir;
}

int closedir(DIR *dir) {
  int result = close(dir->fd);
  free(dir);
  return result;
}

struct dirent *readdir(DIR *dir) {
  for (;;) {
    if (dir->pos + sizeof(cloudabi_dirent_t) <= dir->used) {
      cloudabi_dirent_t header;
      memcpy(&header, dir->buf + dir->pos, sizeof(header));
      size_t record = sizeof(header) + header.d_namlen;
      if (dir->pos + record <= dir->used) {
        size_t namelen = header.d_namlen < 255 ? header.d_namlen : 255;
        dir->entry.d_ino = header.d_ino;
        dir->entry.d_type = header.d_type;
        memcpy(dir->entry.d_name, dir->buf + dir->pos + sizeof(header), namelen);
        dir->entry.d_name[namelen] = '\0';
        dir->pos += record;
        dir->cookie = header.d_next;
        return &dir->entry;
      }
    }
    /* Incomplete or no record left: read again from the current cookie. */
    if (!dir->more) return NULL;
    size_t used;
    cloudabi_errno_t error = cloudabi_sys_file_readdir((cloudabi_fd_t)dir->fd, dir->buf,
                                                       sizeof(dir->buf), dir->cookie, &used);
    if (error != 0) {
      errno = error;
      return NULL;
    }
    dir->used = used;
    dir->pos = 0;
    dir->more = used == sizeof(dir->buf);
    if (used == 0) return NULL;
  }
}
