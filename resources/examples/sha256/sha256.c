// Compute benchmark: SHA-256 over "size" bytes (default 256 MiB) of
// generated data, printing the digest. sha256_bench.h holds the algorithm,
// shared with the native build in host/ for emulated-versus-native timing.
#include <argdata.h>
#include <program.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sha256_bench.h"

void program_main(const argdata_t *ad) {
  int out = -1;
  uint64_t size = SHA256_DEFAULT_SIZE;
  argdata_map_iterator_t it;
  argdata_map_iterate(ad, &it);
  const argdata_t *key, *value;
  while (argdata_map_next(&it, &key, &value)) {
    const char *name;
    if (argdata_get_str_c(key, &name) != 0) continue;
    if (strcmp(name, "stdout") == 0) {
      argdata_get_fd(value, &out);
    } else if (strcmp(name, "size") == 0 && argdata_get_int(value, &size) != 0) {
      dprintf(out, "\"size\" must be a non-negative integer\n");
      exit(2);
    }
  }
  char line[128];
  sha256_bench_run(size, line);
  dprintf(out, "%s", line);
  exit(0);
}
