// Native Linux build of the syscall benchmark:
// `syscall_bench_host [clock_calls [write_calls [threaded]]]` writes to
// /dev/null and prints the same report as the CloudABI program with the same
// counts. With "threaded" an idle second thread exists during the loops: the
// kernel then takes its multi-threaded paths for descriptor lookups and libc
// its cancellation bookkeeping, as in any multi-threaded host process (an
// emulator in a JVM is one).
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../syscall_bench.h"

static void *idle_thread(void *unused) {
  (void)unused;
  for (;;) pause();
  return NULL;
}

int main(int argc, char **argv) {
  long clock_calls = argc > 1 ? strtol(argv[1], NULL, 10) : SYSCALL_BENCH_DEFAULT_COUNT;
  long write_calls = argc > 2 ? strtol(argv[2], NULL, 10) : SYSCALL_BENCH_DEFAULT_COUNT;
  if (argc > 3 && strcmp(argv[3], "threaded") == 0) {
    pthread_t idle;
    if (pthread_create(&idle, NULL, idle_thread, NULL) != 0) {
      fputs("syscall_bench_host: cannot start the idle thread\n", stderr);
      return 1;
    }
  }
  int sink = open("/dev/null", O_WRONLY);
  char report[256];
  if (sink < 0 || syscall_bench_run(clock_calls, write_calls, sink, report) != 0) {
    perror("syscall_bench_host");
    return 1;
  }
  fputs(report, stdout);
  return 0;
}
