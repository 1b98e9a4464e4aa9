// Time: reads the clocks, sleeps, and waits in poll() with a timeout on a
// socket that stays silent, then on one that has data. Prints facts that do
// not depend on the actual times.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <poll.h>
#include <program.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int out = -1;

static int64_t now_ns(clockid_t clock) {
  struct timespec ts;
  if (clock_gettime(clock, &ts) != 0) return -1;
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static const char *yes(int condition) { return condition ? "yes" : "no"; }

void program_main(const argdata_t *ad) {
  argdata_get_fd(ad, &out);

  struct timespec res;
  dprintf(out, "monotonic resolution positive: %s\n",
          yes(clock_getres(CLOCK_MONOTONIC, &res) == 0 && (res.tv_sec > 0 || res.tv_nsec > 0)));
  int64_t realtime = now_ns(CLOCK_REALTIME);
  dprintf(out, "realtime after 2017-01-01: %s\n", yes(realtime > INT64_C(1483228800) * 1000000000));
  int64_t a = now_ns(CLOCK_MONOTONIC), b = now_ns(CLOCK_MONOTONIC);
  dprintf(out, "monotonic never goes back: %s\n", yes(a >= 0 && b >= a));
  struct timespec ts;
  dprintf(out, "clock 99: %s\n",
          clock_gettime(99, &ts) == 0 ? "accepted" : strerrorname_np(errno));

  int64_t before = now_ns(CLOCK_MONOTONIC);
  struct timespec nap = {0, 50000000};
  int slept = nanosleep(&nap, NULL);
  int64_t after = now_ns(CLOCK_MONOTONIC);
  dprintf(out, "nanosleep 50 ms: %s, at least 50 ms passed: %s\n",
          slept == 0 ? "ok" : strerrorname_np(errno), yes(after - before >= 50000000));

  before = now_ns(CLOCK_MONOTONIC);
  struct timespec deadline = {(time_t)((before + 20000000) / 1000000000),
                              (long)((before + 20000000) % 1000000000)};
  int error = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
  after = now_ns(CLOCK_MONOTONIC);
  dprintf(out, "sleep until monotonic deadline: %s, deadline reached: %s\n",
          error == 0 ? "ok" : strerrorname_np(error), yes(after >= before + 20000000));

  cloudabi_fd_t pair[2];
  cloudabi_errno_t e = cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &pair[0], &pair[1]);
  if (e != 0) {
    dprintf(out, "fd_create2: %s\n", strerrorname_np(e));
    exit(1);
  }
  struct pollfd pfd = {(int)pair[0], POLLIN, 0};
  before = now_ns(CLOCK_MONOTONIC);
  int ready = poll(&pfd, 1, 40);
  after = now_ns(CLOCK_MONOTONIC);
  dprintf(out, "poll silent socket, 40 ms timeout: %d ready, at least 40 ms passed: %s\n", ready,
          yes(after - before >= 40000000));
  write((int)pair[1], "!", 1);
  ready = poll(&pfd, 1, 10000);
  dprintf(out, "poll after a write: %d ready, POLLIN: %s\n", ready, yes(pfd.revents & POLLIN));
  char c = 0;
  dprintf(out, "read: %zd byte '%c'\n", read((int)pair[0], &c, 1), c);
  exit(0);
}
