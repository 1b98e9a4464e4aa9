// stdin echo: copies everything readable from the "stdin" descriptor to
// "stdout" until end of file, then reports the byte and line counts.
#include <argdata.h>
#include <errno.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

void program_main(const argdata_t *ad) {
  int in = fd_named(ad, "stdin"), out = fd_named(ad, "stdout");
  if (in < 0 || out < 0) exit(2);
  char buf[1000];
  long bytes = 0, lines = 0;
  for (;;) {
    ssize_t n = read(in, buf, sizeof(buf));
    if (n < 0) {
      dprintf(out, "read: %s\n", strerrorname_np(errno));
      exit(1);
    }
    if (n == 0) break;
    for (ssize_t i = 0; i < n; ++i) lines += buf[i] == '\n';
    bytes += n;
    for (ssize_t done = 0; done < n;) {
      ssize_t w = write(out, buf + done, (size_t)(n - done));
      if (w < 0) exit(1);
      done += w;
    }
  }
  dprintf(out, "-- %ld bytes, %ld lines\n", bytes, lines);
  exit(0);
}
