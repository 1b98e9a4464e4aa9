// Config echo: walks the whole Argdata tree it was started with and prints
// every value with its type, so a runtime's YAML -> Argdata conversion can
// be checked end to end. Output goes to the descriptor under the key
// "stdout" of the top-level map.
#include <argdata.h>
#include <errno.h>
#include <program.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int out = -1;

static void indent(int depth) {
  for (int i = 0; i < depth; ++i) dprintf(out, "  ");
}

static void print_value(const argdata_t *ad, int depth);

static void print_string(const char *s, size_t len) {
  dprintf(out, "\"");
  for (size_t i = 0; i < len; ++i) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') dprintf(out, "\\%c", c);
    else if (c < 0x20) dprintf(out, "\\x%02x", c);
    else dprintf(out, "%c", c);
  }
  dprintf(out, "\" (%zu bytes)", len);
}

static void print_value(const argdata_t *ad, int depth) {
  argdata_map_iterator_t mit;
  argdata_seq_iterator_t sit;
  const char *str;
  size_t len;
  const void *data;
  intmax_t sv;
  uintmax_t uv;
  bool b;
  double d;
  struct timespec ts;
  int fd;
  if (argdata_map_iterate(ad, &mit) == 0) {
    dprintf(out, "map\n");
    const argdata_t *key, *value;
    while (argdata_map_next(&mit, &key, &value)) {
      indent(depth + 1);
      dprintf(out, "key: ");
      print_value(key, depth + 2);
      indent(depth + 1);
      dprintf(out, "value: ");
      print_value(value, depth + 2);
    }
    if (mit.error != 0) {
      indent(depth + 1);
      dprintf(out, "(malformed map: %s)\n", strerrorname_np(mit.error));
    }
  } else if (argdata_seq_iterate(ad, &sit) == 0) {
    dprintf(out, "seq\n");
    const argdata_t *element;
    while (argdata_seq_next(&sit, &element)) {
      indent(depth + 1);
      dprintf(out, "- ");
      print_value(element, depth + 2);
    }
    if (sit.error != 0) {
      indent(depth + 1);
      dprintf(out, "(malformed seq: %s)\n", strerrorname_np(sit.error));
    }
  } else if (argdata_get_str(ad, &str, &len) == 0) {
    dprintf(out, "string ");
    print_string(str, len);
    dprintf(out, "\n");
  } else if (argdata_get_int_s(ad, &sv, INTMAX_MIN, INTMAX_MAX) == 0) {
    dprintf(out, "int %jd\n", sv);
  } else if (argdata_get_int_u(ad, &uv, UINTMAX_MAX) == 0) {
    dprintf(out, "int %ju (above INT64_MAX)\n", uv);
  } else if (argdata_get_bool(ad, &b) == 0) {
    dprintf(out, "bool %s\n", b ? "true" : "false");
  } else if (argdata_get_float(ad, &d) == 0) {
    dprintf(out, "float %g\n", d);
  } else if (argdata_get_binary(ad, &data, &len) == 0) {
    dprintf(out, "binary %zu bytes:", len);
    for (size_t i = 0; i < len; ++i) dprintf(out, " %02x", ((const unsigned char *)data)[i]);
    dprintf(out, "\n");
  } else if (argdata_get_timestamp(ad, &ts) == 0) {
    dprintf(out, "timestamp %lld.%09ld\n", (long long)ts.tv_sec, ts.tv_nsec);
  } else if (argdata_get_fd(ad, &fd) == 0) {
    dprintf(out, "fd %d\n", fd);
  } else {
    dprintf(out, "null\n");
  }
}

void program_main(const argdata_t *ad) {
  argdata_map_iterator_t it;
  argdata_map_iterate(ad, &it);
  const argdata_t *key, *value;
  while (argdata_map_next(&it, &key, &value)) {
    const char *name;
    if (argdata_get_str_c(key, &name) == 0 && strcmp(name, "stdout") == 0)
      argdata_get_fd(value, &out);
  }
  if (out < 0) exit(2);
  print_value(ad, 0);
  exit(0);
}
