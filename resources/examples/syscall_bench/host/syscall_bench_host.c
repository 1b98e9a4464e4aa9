// Native Linux build of the syscall benchmark:
// `syscall_bench_host [clock_calls [write_calls]]` writes to /dev/null and
// prints the same report as the CloudABI program with the same counts.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>

#include "../syscall_bench.h"

int main(int argc, char **argv) {
  long clock_calls = argc > 1 ? strtol(argv[1], NULL, 10) : SYSCALL_BENCH_DEFAULT_COUNT;
  long write_calls = argc > 2 ? strtol(argv[2], NULL, 10) : SYSCALL_BENCH_DEFAULT_COUNT;
  int sink = open("/dev/null", O_WRONLY);
  char report[256];
  if (sink < 0 || syscall_bench_run(clock_calls, write_calls, sink, report) != 0) {
    perror("syscall_bench_host");
    return 1;
  }
  fputs(report, stdout);
  return 0;
}
