#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};

#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_REALTIME 3
#define CLOCK_THREAD_CPUTIME_ID 4
#define TIMER_ABSTIME 1

int clock_getres(clockid_t clock, struct timespec *res);
int clock_gettime(clockid_t clock, struct timespec *ts);
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remain);
int nanosleep(const struct timespec *request, struct timespec *remain);
time_t time(time_t *t);

#endif
