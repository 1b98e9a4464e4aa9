// Syscall benchmark: "clock_calls" clock_gettime() calls (default 1 000 000)
// and "write_calls" one-byte writes (default 1 000 000) to the descriptor
// "sink". The loop is in syscall_bench.h, shared with host/syscall_bench_host.c.
#include <argdata.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syscall_bench.h"

void program_main(const argdata_t *ad) {
  int out = -1, sink = -1;
  long clock_calls = SYSCALL_BENCH_DEFAULT_COUNT, write_calls = SYSCALL_BENCH_DEFAULT_COUNT;
  argdata_map_iterator_t it;
  argdata_map_iterate(ad, &it);
  const argdata_t *key, *value;
  while (argdata_map_next(&it, &key, &value)) {
    const char *name;
    if (argdata_get_str_c(key, &name) != 0) continue;
    if (strcmp(name, "stdout") == 0) argdata_get_fd(value, &out);
    else if (strcmp(name, "sink") == 0) argdata_get_fd(value, &sink);
    else if (strcmp(name, "clock_calls") == 0) argdata_get_int(value, &clock_calls);
    else if (strcmp(name, "write_calls") == 0) argdata_get_int(value, &write_calls);
  }
  char report[256];
  if (sink < 0 || clock_calls < 0 || write_calls < 0 ||
      syscall_bench_run(clock_calls, write_calls, sink, report) != 0) {
    dprintf(out, "syscall_bench: needs \"sink\" (a writable descriptor) and counts >= 0\n");
    exit(1);
  }
  dprintf(out, "%s", report);
  exit(0);
}
