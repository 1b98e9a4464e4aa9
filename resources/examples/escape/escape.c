// Escape attempts: tries to reach outside the directory it was given
// ("dir") and to use descriptors beyond their rights. Every attempt must
// fail; the program prints each errno name. CloudABI resolves paths only
// beneath a directory descriptor and checks the rights of each descriptor.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int out = -1;

static int fd_named(const argdata_t *ad, const char *wanted) {
  argdata_map_iterator_t it;
  argdata_map_iterate(ad, &it);
  const argdata_t *key, *value;
  while (argdata_map_next(&it, &key, &value)) {
    const char *name;
    int fd;
    if (argdata_get_str_c(key, &name) == 0 && strcmp(name, wanted) == 0 &&
        argdata_get_fd(value, &fd) == 0)
      return fd;
  }
  return -1;
}

/* Reports an attempt: "what: ENAME" when it failed, "what: succeeded" otherwise. */
static void attempt(const char *what, int result) {
  if (result < 0)
    dprintf(out, "%s: %s\n", what, strerrorname_np(errno));
  else
    dprintf(out, "%s: succeeded\n", what);
}

static void setup(const char *what, int result) {
  if (result < 0) {
    dprintf(out, "setup failed: %s: %s\n", what, strerrorname_np(errno));
    exit(1);
  }
}

void program_main(const argdata_t *ad) {
  out = fd_named(ad, "stdout");
  int dir = fd_named(ad, "dir");
  if (out < 0 || dir < 0) exit(2);

  /* Legitimate set-up inside the directory. */
  int fd = openat(dir, "inside.txt", O_WRONLY | O_CREAT | O_TRUNC);
  setup("create inside.txt", fd);
  setup("write inside.txt", (int)write(fd, "inside\n", 7));
  close(fd);
  setup("mkdir sub", mkdirat(dir, "sub", 0755));
  setup("symlink up -> ..", symlinkat("..", dir, "up"));
  setup("symlink etc -> /etc", symlinkat("/etc", dir, "etc"));
  setup("symlink sneaky -> sub/../../outside.txt",
        symlinkat("sub/../../outside.txt", dir, "sneaky"));

  /* Paths that leave the directory. */
  attempt("open /etc/passwd (absolute path)", openat(dir, "/etc/passwd", O_RDONLY));
  attempt("open ../outside.txt", openat(dir, "../outside.txt", O_RDONLY));
  attempt("open sub/../../outside.txt", openat(dir, "sub/../../outside.txt", O_RDONLY));
  attempt("create ../planted.txt", openat(dir, "../planted.txt", O_WRONLY | O_CREAT));
  attempt("open up/outside.txt (symlink to ..)", openat(dir, "up/outside.txt", O_RDONLY));
  attempt("open up (symlink to .., followed)", openat(dir, "up", O_RDONLY | O_DIRECTORY));
  attempt("open etc/passwd (symlink to /etc)", openat(dir, "etc/passwd", O_RDONLY));
  attempt("open sneaky (symlink out via sub/../..)", openat(dir, "sneaky", O_RDONLY));
  attempt("mkdir ../escape", mkdirat(dir, "../escape", 0755));
  attempt("unlink ../outside.txt", unlinkat(dir, "../outside.txt", 0));
  attempt("rename inside.txt -> ../stolen.txt",
          renameat(dir, "inside.txt", dir, "../stolen.txt"));
  attempt("link inside.txt as ../linked.txt", linkat(dir, "inside.txt", dir, "../linked.txt", 0));
  struct stat st;
  attempt("stat ../", fstatat(dir, "../", &st, 0));

  /* Descriptors used beyond their rights. The C library reports POSIX errors
   * (as CloudABI's own does); the system call's answer is shown beside. */
  fd = openat(dir, "inside.txt", O_RDONLY);
  setup("open inside.txt read-only", fd);
  cloudabi_ciovec_t out_iov = {"x", 1};
  size_t done;
  int libc_result = (int)write(fd, "x", 1);
  int libc_errno = errno;
  cloudabi_errno_t raw = cloudabi_sys_fd_write((cloudabi_fd_t)fd, &out_iov, 1, &done);
  dprintf(out, "write through a read-only descriptor: %s (fd_write: %s)\n",
          libc_result < 0 ? strerrorname_np(libc_errno) : "succeeded", strerrorname_np(raw));
  attempt("truncate through a read-only descriptor", ftruncate(fd, 0));
  close(fd);
  fd = openat(dir, "inside.txt", O_WRONLY | O_APPEND);
  setup("open inside.txt write-only", fd);
  char c;
  cloudabi_iovec_t in_iov = {&c, 1};
  libc_result = (int)read(fd, &c, 1);
  libc_errno = errno;
  raw = cloudabi_sys_fd_read((cloudabi_fd_t)fd, &in_iov, 1, &done);
  dprintf(out, "read through a write-only descriptor: %s (fd_read: %s)\n",
          libc_result < 0 ? strerrorname_np(libc_errno) : "succeeded", strerrorname_np(raw));
  close(fd);
  libc_result = openat(out, "file.txt", O_RDONLY);
  libc_errno = errno;
  cloudabi_lookup_t below_stdout = {(cloudabi_fd_t)out, 0};
  cloudabi_fdstat_t request = {0};
  cloudabi_fd_t opened;
  raw = cloudabi_sys_file_open(below_stdout, "file.txt", 8, 0, &request, &opened);
  dprintf(out, "open a file below stdout: %s (file_open: %s)\n",
          libc_result < 0 ? strerrorname_np(libc_errno) : "succeeded", strerrorname_np(raw));

  /* Rights only shrink: drop the right to create files, then try. */
  cloudabi_fdstat_t fds;
  cloudabi_sys_fd_stat_get((cloudabi_fd_t)dir, &fds);
  cloudabi_rights_t full_base = fds.fs_rights_base;
  fds.fs_rights_base &= ~CLOUDABI_RIGHT_FILE_CREATE_FILE;
  errno = cloudabi_sys_fd_stat_put((cloudabi_fd_t)dir, &fds, CLOUDABI_FDSTAT_RIGHTS);
  attempt("drop FILE_CREATE_FILE from the directory", errno != 0 ? -1 : 0);
  attempt("create new.txt without FILE_CREATE_FILE",
          openat(dir, "new.txt", O_WRONLY | O_CREAT));
  fds.fs_rights_base = full_base;
  errno = cloudabi_sys_fd_stat_put((cloudabi_fd_t)dir, &fds, CLOUDABI_FDSTAT_RIGHTS);
  attempt("give FILE_CREATE_FILE back", errno != 0 ? -1 : 0);

  /* What is still allowed. */
  fd = openat(dir, "sub/../inside.txt", O_RDONLY);
  char buf[16] = {0};
  attempt("read sub/../inside.txt (stays inside)", fd < 0 ? -1 : (int)read(fd, buf, sizeof(buf) - 1));
  dprintf(out, "inside.txt holds: %s", buf);
  exit(0);
}
