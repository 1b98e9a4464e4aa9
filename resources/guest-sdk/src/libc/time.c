/* Clocks and sleeping. */
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>

#include "../crt/sdk_internal.h"

static int valid_timespec(const struct timespec *ts) {
  return ts->tv_sec >= 0 && ts->tv_nsec >= 0 && ts->tv_nsec < 1000000000;
}

static cloudabi_timestamp_t to_ns(const struct timespec *ts) {
  uint64_t sec = (uint64_t)ts->tv_sec;
  if (sec > (UINT64_MAX - (uint64_t)ts->tv_nsec) / 1000000000u) return UINT64_MAX;
  return sec * 1000000000u + (uint64_t)ts->tv_nsec;
}

int clock_gettime(clockid_t clock, struct timespec *ts) {
  cloudabi_timestamp_t now;
  cloudabi_errno_t error = cloudabi_sys_clock_time_get(clock, 1, &now);
  if (error != 0) return sdk_set_errno(error);
  ts->tv_sec = (time_t)(now / 1000000000u);
  ts->tv_nsec = (long)(now % 1000000000u);
  return 0;
}

int clock_getres(clockid_t clock, struct timespec *res) {
  cloudabi_timestamp_t resolution;
  cloudabi_errno_t error = cloudabi_sys_clock_res_get(clock, &resolution);
  if (error != 0) return sdk_set_errno(error);
  if (res != NULL) {
    res->tv_sec = (time_t)(resolution / 1000000000u);
    res->tv_nsec = (long)(resolution % 1000000000u);
  }
  return 0;
}

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remain) {
  (void)remain;
  if (!valid_timespec(request)) return EINVAL;
  cloudabi_subscription_t sub = {0};
  sub.type = CLOUDABI_EVENTTYPE_CLOCK;
  sub.clock.clock_id = clock;
  sub.clock.timeout = to_ns(request);
  sub.clock.flags = (flags & TIMER_ABSTIME) != 0 ? CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME : 0;
  cloudabi_event_t ev;
  size_t n;
  cloudabi_errno_t error = cloudabi_sys_poll(&sub, &ev, 1, &n);
  if (error != 0) return error;
  return n == 1 && ev.error != 0 ? ev.error : 0;
}

int nanosleep(const struct timespec *request, struct timespec *remain) {
  int error = clock_nanosleep(CLOCK_MONOTONIC, 0, request, remain);
  return error == 0 ? 0 : sdk_set_errno((cloudabi_errno_t)error);
}

unsigned int sleep(unsigned int seconds) {
  struct timespec ts = {seconds, 0};
  return nanosleep(&ts, NULL) == 0 ? 0 : seconds;
}

time_t time(time_t *t) {
  struct timespec ts;
  time_t result = clock_gettime(CLOCK_REALTIME, &ts) == 0 ? ts.tv_sec : (time_t)-1;
  if (t != NULL) *t = result;
  return result;
}
