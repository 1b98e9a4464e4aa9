/* Threads, mutexes and condition variables on CloudABI's userspace lock
 * protocol (fact sheet 6.4, 11.2). Fast paths are compare-and-swap on the
 * lock word; slow paths ask the runtime through poll(), lock_unlock() and
 * condvar_signal(). Errors from the slow paths are fatal, as upstream. */
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../crt/sdk_internal.h"

#define STACK_DEFAULT (1u << 20)

struct sdk_thread {
  _Atomic(cloudabi_lock_t) join; /* write-locked by the thread while it runs */
  void *(*start)(void *);
  void *argument;
  void *result;
  void *block; /* malloc()ed stack; this structure sits at its top */
};

_Thread_local struct sdk_thread *sdk_thread_self;
static _Atomic(int) running_threads = 1;

static _Noreturn void fatal(cloudabi_errno_t error, const char *what) {
  fprintf(stderr, "%s: %s\n", what, strerror(error));
  abort();
}

/* Waits in the runtime for a lock/condvar subscription (form 1 of poll, with
 * an optional CLOCK as the second subscription). Returns the type of the
 * first subscription when it fired, CLOUDABI_EVENTTYPE_CLOCK on timeout. */
static cloudabi_eventtype_t wait_event(const cloudabi_subscription_t *subs, size_t n,
                                       const char *what) {
  cloudabi_event_t events[2];
  size_t nevents;
  cloudabi_errno_t error = cloudabi_sys_poll(subs, events, n, &nevents);
  if (error != 0) fatal(error, what);
  for (size_t i = 0; i < nevents; ++i) {
    if (events[i].error != 0) fatal(events[i].error, what);
    if (events[i].type == subs[0].type) return subs[0].type;
  }
  if (nevents == 0) fatal(EINVAL, what);
  return CLOUDABI_EVENTTYPE_CLOCK;
}

static struct sdk_thread main_thread;

void sdk_thread_init_main(cloudabi_tid_t tid) {
  atomic_init(&main_thread.join, tid | CLOUDABI_LOCK_WRLOCKED);
  sdk_thread_self = &main_thread;
  sdk_thread_id = tid;
}

static _Noreturn void thread_entry(cloudabi_tid_t tid, void *argument) {
  char tls_area[sdk_tls_size()];
  sdk_tls_install(tls_area);
  struct sdk_thread *self = argument;
  sdk_thread_self = self;
  sdk_thread_id = tid;
  /* The parent sets the join word too; whoever comes first wins. */
  cloudabi_lock_t expected = CLOUDABI_LOCK_BOGUS;
  atomic_compare_exchange_strong(&self->join, &expected, tid | CLOUDABI_LOCK_WRLOCKED);
  pthread_exit(self->start(self->argument));
}

int pthread_attr_init(pthread_attr_t *attr) {
  attr->stacksize = STACK_DEFAULT;
  return 0;
}

int pthread_attr_destroy(pthread_attr_t *attr) {
  (void)attr;
  return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size) {
  if (size < PTHREAD_STACK_MIN) return EINVAL;
  attr->stacksize = size;
  return 0;
}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *),
                   void *arg) {
  size_t stack_len = attr != NULL ? attr->stacksize : STACK_DEFAULT;
  size_t total = stack_len + sdk_tls_size() + sizeof(struct sdk_thread) + 16;
  char *block = malloc(total);
  if (block == NULL) return EAGAIN;
  uintptr_t top = ((uintptr_t)block + total - sizeof(struct sdk_thread)) & ~(uintptr_t)15;
  struct sdk_thread *handle = (struct sdk_thread *)top;
  atomic_init(&handle->join, CLOUDABI_LOCK_BOGUS);
  handle->start = start;
  handle->argument = arg;
  handle->result = NULL;
  handle->block = block;

  ++running_threads;
  cloudabi_threadattr_t tattr = {thread_entry, block, (size_t)((char *)handle - block), handle};
  cloudabi_tid_t tid;
  cloudabi_errno_t error = cloudabi_sys_thread_create(&tattr, &tid);
  if (error != 0) {
    --running_threads;
    free(block);
    return error;
  }
  cloudabi_lock_t expected = CLOUDABI_LOCK_BOGUS;
  atomic_compare_exchange_strong(&handle->join, &expected, tid | CLOUDABI_LOCK_WRLOCKED);
  *thread = handle;
  return 0;
}

_Noreturn void pthread_exit(void *value) {
  struct sdk_thread *self = sdk_thread_self;
  /* The last thread to leave ends the process normally. */
  if (--running_threads == 0) exit(0);
  self->result = value;
  /* Releases the join lock in the runtime (waking joiners) and ends. */
  cloudabi_sys_thread_exit(&self->join, CLOUDABI_SCOPE_PRIVATE);
}

int pthread_join(pthread_t thread, void **value) {
  if (thread == sdk_thread_self) return EDEADLK;
  cloudabi_lock_t word = atomic_load(&thread->join);
  if ((word & CLOUDABI_LOCK_WRLOCKED) != 0) {
    cloudabi_subscription_t sub = {0};
    sub.type = CLOUDABI_EVENTTYPE_LOCK_RDLOCK;
    sub.lock.lock = &thread->join;
    sub.lock.lock_scope = CLOUDABI_SCOPE_PRIVATE;
    wait_event(&sub, 1, "pthread_join");
  }
  if (value != NULL) *value = thread->result;
  free(thread->block);
  return 0;
}

pthread_t pthread_self(void) { return sdk_thread_self; }

int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr) {
  (void)attr;
  atomic_init(&mutex->lock, CLOUDABI_LOCK_UNLOCKED);
  return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *mutex) {
  return atomic_load(&mutex->lock) == CLOUDABI_LOCK_UNLOCKED ? 0 : EBUSY;
}

int pthread_mutex_trylock(pthread_mutex_t *mutex) {
  cloudabi_lock_t expected = CLOUDABI_LOCK_UNLOCKED;
  return atomic_compare_exchange_strong(&mutex->lock, &expected,
                                        sdk_thread_id | CLOUDABI_LOCK_WRLOCKED)
             ? 0
             : EBUSY;
}

int pthread_mutex_lock(pthread_mutex_t *mutex) {
  if (pthread_mutex_trylock(mutex) == 0) return 0;
  /* Relocking a mutex this thread holds would wait forever. */
  cloudabi_lock_t word = atomic_load(&mutex->lock);
  if ((word & ~CLOUDABI_LOCK_KERNEL_MANAGED) == (sdk_thread_id | CLOUDABI_LOCK_WRLOCKED))
    return EDEADLK;
  cloudabi_subscription_t sub = {0};
  sub.type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK;
  sub.lock.lock = &mutex->lock;
  sub.lock.lock_scope = CLOUDABI_SCOPE_PRIVATE;
  wait_event(&sub, 1, "pthread_mutex_lock");
  return 0;
}

int pthread_mutex_unlock(pthread_mutex_t *mutex) {
  cloudabi_lock_t expected = sdk_thread_id | CLOUDABI_LOCK_WRLOCKED;
  if (atomic_compare_exchange_strong(&mutex->lock, &expected, CLOUDABI_LOCK_UNLOCKED)) return 0;
  if ((expected & ~CLOUDABI_LOCK_KERNEL_MANAGED) != (sdk_thread_id | CLOUDABI_LOCK_WRLOCKED))
    return EPERM;
  /* Waiters are queued in the runtime: let it hand the lock over. */
  cloudabi_errno_t error = cloudabi_sys_lock_unlock(&mutex->lock, CLOUDABI_SCOPE_PRIVATE);
  if (error != 0) fatal(error, "pthread_mutex_unlock");
  return 0;
}

int pthread_cond_init(pthread_cond_t *cond, const pthread_condattr_t *attr) {
  (void)attr;
  atomic_init(&cond->condvar, CLOUDABI_CONDVAR_HAS_NO_WAITERS);
  cond->clock = CLOUDABI_CLOCK_REALTIME;
  return 0;
}

int pthread_cond_destroy(pthread_cond_t *cond) {
  return atomic_load(&cond->condvar) == CLOUDABI_CONDVAR_HAS_NO_WAITERS ? 0 : EBUSY;
}

static int cond_wait(pthread_cond_t *cond, pthread_mutex_t *mutex,
                     const struct timespec *abstime) {
  cloudabi_subscription_t subs[2] = {{0}, {0}};
  subs[0].type = CLOUDABI_EVENTTYPE_CONDVAR;
  subs[0].condvar.condvar = &cond->condvar;
  subs[0].condvar.condvar_scope = CLOUDABI_SCOPE_PRIVATE;
  subs[0].condvar.lock = &mutex->lock;
  subs[0].condvar.lock_scope = CLOUDABI_SCOPE_PRIVATE;
  size_t n = 1;
  if (abstime != NULL) {
    if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000) return EINVAL;
    subs[1].type = CLOUDABI_EVENTTYPE_CLOCK;
    subs[1].clock.clock_id = cond->clock;
    subs[1].clock.timeout = abstime->tv_sec < 0 ? 0
                                                : (cloudabi_timestamp_t)abstime->tv_sec *
                                                          1000000000u +
                                                      (cloudabi_timestamp_t)abstime->tv_nsec;
    subs[1].clock.flags = CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME;
    n = 2;
  }
  /* On return the runtime has re-acquired the mutex for this thread. */
  cloudabi_eventtype_t type = wait_event(subs, n, "pthread_cond_wait");
  return type == CLOUDABI_EVENTTYPE_CLOCK ? ETIMEDOUT : 0;
}

int pthread_cond_wait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex) {
  return cond_wait(cond, mutex, NULL);
}

int pthread_cond_timedwait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex,
                           const struct timespec *restrict abstime) {
  return cond_wait(cond, mutex, abstime);
}

static int cond_wake(pthread_cond_t *cond, cloudabi_nthreads_t n) {
  if (atomic_load(&cond->condvar) == CLOUDABI_CONDVAR_HAS_NO_WAITERS) return 0;
  cloudabi_errno_t error = cloudabi_sys_condvar_signal(&cond->condvar, CLOUDABI_SCOPE_PRIVATE, n);
  if (error != 0) fatal(error, "pthread_cond_signal");
  return 0;
}

int pthread_cond_signal(pthread_cond_t *cond) { return cond_wake(cond, 1); }

int pthread_cond_broadcast(pthread_cond_t *cond) { return cond_wake(cond, 0xffffffffu); }
