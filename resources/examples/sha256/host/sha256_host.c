// Native Linux build of the SHA-256 benchmark: `sha256_host [size]` prints
// the same line as the CloudABI program with the same size.
#include <stdio.h>
#include <stdlib.h>

#include "../sha256_bench.h"

int main(int argc, char **argv) {
  uint64_t size = argc > 1 ? strtoull(argv[1], NULL, 10) : SHA256_DEFAULT_SIZE;
  char line[128];
  sha256_bench_run(size, line);
  fputs(line, stdout);
  return 0;
}
