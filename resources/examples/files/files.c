// Files: works inside the directory it was given ("dir"): creates a
// directory and a file, writes, reads, seeks, stats, lists, renames, links,
// makes and follows a symbolic link, truncates and finally removes everything.
// Every step prints its result, or the errno name when it fails.
#include <argdata.h>
#include <dirent.h>
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

/* Prints "step: ok" or "step: ENAME"; returns whether it succeeded. */
static int step(const char *what, int result) {
  if (result < 0) {
    dprintf(out, "%s: %s\n", what, strerrorname_np(errno));
    return 0;
  }
  dprintf(out, "%s: ok\n", what);
  return 1;
}

static const char *type_name(mode_t mode) {
  if (S_ISDIR(mode)) return "directory";
  if (S_ISREG(mode)) return "regular file";
  if (S_ISLNK(mode)) return "symbolic link";
  return "other";
}

static void show_stat(int dir, const char *path, int flags) {
  struct stat st;
  if (fstatat(dir, path, &st, flags) != 0) {
    dprintf(out, "stat %s: %s\n", path, strerrorname_np(errno));
    return;
  }
  /* Sizes and link counts of directories depend on the file system. */
  if (S_ISDIR(st.st_mode)) {
    dprintf(out, "stat %s: %s\n", path, type_name(st.st_mode));
    return;
  }
  dprintf(out, "stat %s: %s, %lld bytes, %u links\n", path, type_name(st.st_mode),
          (long long)st.st_size, (unsigned)st.st_nlink);
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists a directory in name order (readdir order depends on the host). */
static void list(int dir, const char *path) {
  DIR *d = opendirat(dir, path);
  if (d == NULL) {
    dprintf(out, "list %s: %s\n", path, strerrorname_np(errno));
    return;
  }
  char *names[32];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && n < 32) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    const char *type = e->d_type == DT_DIR   ? "dir"
                       : e->d_type == DT_REG ? "file"
                       : e->d_type == DT_LNK ? "link"
                                             : "other";
    names[n] = malloc(strlen(e->d_name) + 16);
    sprintf(names[n], "%s (%s)", e->d_name, type);
    ++n;
  }
  closedir(d);
  qsort(names, (size_t)n, sizeof(names[0]), compare_names);
  dprintf(out, "list %s: %d entries\n", path, n);
  for (int i = 0; i < n; ++i) {
    dprintf(out, "  %s\n", names[i]);
    free(names[i]);
  }
}

static void read_back(int dir, const char *path) {
  int fd = openat(dir, path, O_RDONLY);
  if (fd < 0) {
    dprintf(out, "read %s: %s\n", path, strerrorname_np(errno));
    return;
  }
  char buf[128];
  ssize_t n = read(fd, buf, sizeof(buf) - 1);
  if (n < 0) {
    dprintf(out, "read %s: %s\n", path, strerrorname_np(errno));
  } else {
    buf[n] = '\0';
    dprintf(out, "read %s: %zd bytes: %s", path, n, buf);
  }
  close(fd);
}

void program_main(const argdata_t *ad) {
  out = fd_named(ad, "stdout");
  int dir = fd_named(ad, "dir");
  if (out < 0 || dir < 0) exit(2);

  step("mkdir notes", mkdirat(dir, "notes", 0755));
  int fd = openat(dir, "notes/hello.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (step("create notes/hello.txt", fd)) {
    const char text[] = "Hello, file!\n";
    dprintf(out, "write: %zd bytes\n", write(fd, text, sizeof(text) - 1));
    dprintf(out, "pwrite at 7: %zd bytes\n", pwrite(fd, "FILE", 4, 7));
    dprintf(out, "lseek to end: %lld\n", (long long)lseek(fd, 0, SEEK_END));
    dprintf(out, "write: %zd bytes\n", write(fd, "Bye.\n", 5));
    struct stat st;
    if (fstat(fd, &st) == 0) dprintf(out, "fstat: %lld bytes\n", (long long)st.st_size);
    close(fd);
  }
  read_back(dir, "notes/hello.txt");
  fd = openat(dir, "notes/hello.txt", O_RDONLY);
  if (fd >= 0) {
    char buf[5] = {0};
    dprintf(out, "pread 4 bytes at 7: %zd \"%s\"\n", pread(fd, buf, 4, 7), buf);
    close(fd);
  }
  show_stat(dir, "notes", 0);
  show_stat(dir, "notes/hello.txt", 0);

  step("rename notes/hello.txt -> notes/greeting.txt",
       renameat(dir, "notes/hello.txt", dir, "notes/greeting.txt"));
  show_stat(dir, "notes/hello.txt", 0);
  step("link greeting.txt as copy.txt", linkat(dir, "notes/greeting.txt", dir, "copy.txt", 0));
  show_stat(dir, "copy.txt", 0);
  step("symlink latest -> notes/greeting.txt", symlinkat("notes/greeting.txt", dir, "latest"));
  char target[64];
  ssize_t n = readlinkat(dir, "latest", target, sizeof(target) - 1);
  if (n >= 0) {
    target[n] = '\0';
    dprintf(out, "readlink latest: %s\n", target);
  }
  show_stat(dir, "latest", AT_SYMLINK_NOFOLLOW);
  show_stat(dir, "latest", 0);
  read_back(dir, "latest");

  fd = openat(dir, "copy.txt", O_RDWR);
  if (step("open copy.txt read-write", fd)) {
    step("truncate copy.txt to 5 bytes", ftruncate(fd, 5));
    close(fd);
  }
  show_stat(dir, "notes/greeting.txt", 0);
  step("create notes/greeting.txt exclusively",
       fd = openat(dir, "notes/greeting.txt", O_WRONLY | O_CREAT | O_EXCL));
  list(dir, ".");
  list(dir, "notes");

  step("remove notes (not empty)", unlinkat(dir, "notes", AT_REMOVEDIR));
  step("unlink latest", unlinkat(dir, "latest", 0));
  step("unlink copy.txt", unlinkat(dir, "copy.txt", 0));
  step("unlink notes/greeting.txt", unlinkat(dir, "notes/greeting.txt", 0));
  step("remove notes", unlinkat(dir, "notes", AT_REMOVEDIR));
  step("unlink notes/greeting.txt again", unlinkat(dir, "notes/greeting.txt", 0));
  list(dir, ".");
  exit(0);
}
