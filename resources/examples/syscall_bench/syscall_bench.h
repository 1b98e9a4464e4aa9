// Syscall benchmark shared by the CloudABI program and its native build:
// many clock_gettime() calls, then many one-byte write() calls to a sink.
#ifndef SYSCALL_BENCH_H
#define SYSCALL_BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define SYSCALL_BENCH_DEFAULT_COUNT 1000000L

/* Runs the benchmark; formats what was done (not how long it took) into
 * report[]. Returns 0, or -1 if a call failed. */
static int syscall_bench_run(long clock_calls, long write_calls, int sink, char report[256]) {
  struct timespec ts, previous = {0, 0};
  long backwards = 0;
  for (long i = 0; i < clock_calls; ++i) {
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) return -1;
    if (ts.tv_sec < previous.tv_sec ||
        (ts.tv_sec == previous.tv_sec && ts.tv_nsec < previous.tv_nsec))
      ++backwards;
    previous = ts;
  }
  long written = 0;
  for (long i = 0; i < write_calls; ++i) {
    if (write(sink, "x", 1) != 1) return -1;
    ++written;
  }
  snprintf(report, 256,
           "clock_gettime calls: %ld (monotonic clock went back %ld times)\n"
           "one-byte writes: %ld (%ld bytes written)\n",
           clock_calls, backwards, write_calls, written);
  return 0;
}

#endif
