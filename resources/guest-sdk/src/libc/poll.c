/* poll() in the descriptor form of the poll system call (fact sheet 12):
 * one FD_READ/FD_WRITE subscription per requested event, plus a relative
 * CLOCK subscription as the timeout. */
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>

#include "../crt/sdk_internal.h"

#define MAX_SUBSCRIPTIONS 129

int poll(struct pollfd *fds, nfds_t nfds, int timeout) {
  cloudabi_subscription_t subs[MAX_SUBSCRIPTIONS];
  size_t n = 0;
  for (nfds_t i = 0; i < nfds; ++i) {
    fds[i].revents = 0;
    if (fds[i].fd < 0) continue;
    static const struct {
      short event;
      cloudabi_eventtype_t type;
    } kinds[2] = {{POLLRDNORM, CLOUDABI_EVENTTYPE_FD_READ},
                  {POLLWRNORM, CLOUDABI_EVENTTYPE_FD_WRITE}};
    for (int k = 0; k < 2; ++k) {
      if ((fds[i].events & kinds[k].event) == 0) continue;
      if (n + 2 > MAX_SUBSCRIPTIONS) return sdk_set_errno(EINVAL);
      cloudabi_subscription_t *s = &subs[n++];
      *s = (cloudabi_subscription_t){0};
      s->userdata = i;
      s->type = kinds[k].type;
      s->fd_readwrite.fd = (cloudabi_fd_t)fds[i].fd;
      s->fd_readwrite.flags = CLOUDABI_SUBSCRIPTION_FD_READWRITE_POLL;
    }
  }
  if (timeout >= 0) {
    cloudabi_subscription_t *s = &subs[n++];
    *s = (cloudabi_subscription_t){0};
    s->userdata = UINT64_MAX;
    s->type = CLOUDABI_EVENTTYPE_CLOCK;
    s->clock.clock_id = CLOUDABI_CLOCK_REALTIME;
    s->clock.timeout = (cloudabi_timestamp_t)timeout * 1000000u;
    s->clock.precision = 0;
  } else if (n == 0) {
    return sdk_set_errno(EINVAL);
  }
  cloudabi_event_t events[MAX_SUBSCRIPTIONS];
  size_t nevents;
  cloudabi_errno_t error = cloudabi_sys_poll(subs, events, n, &nevents);
  if (error != 0) return sdk_set_errno(error);
  int ready = 0;
  for (size_t e = 0; e < nevents; ++e) {
    const cloudabi_event_t *ev = &events[e];
    if (ev->type == CLOUDABI_EVENTTYPE_CLOCK) continue;
    if (ev->userdata >= nfds) continue;
    struct pollfd *p = &fds[ev->userdata];
    if (p->revents == 0) ++ready;
    if (ev->error == EBADF) {
      p->revents |= POLLNVAL;
    } else if (ev->error != 0) {
      p->revents |= POLLERR;
    } else {
      p->revents |= ev->type == CLOUDABI_EVENTTYPE_FD_READ ? POLLRDNORM : POLLWRNORM;
      if ((ev->fd_readwrite.flags & CLOUDABI_EVENT_FD_READWRITE_HANGUP) != 0)
        p->revents |= POLLHUP;
    }
  }
  return ready;
}
