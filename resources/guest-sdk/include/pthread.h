/* Threads over thread_create; mutexes and condition variables over the
 * CloudABI userspace lock protocol (fact sheet 6.4, 11). */
#ifndef _PTHREAD_H
#define _PTHREAD_H

#include <cloudabi_types.h>
#include <stddef.h>
#include <time.h>

typedef struct sdk_thread *pthread_t;

typedef struct {
  size_t stacksize;
} pthread_attr_t;

typedef struct {
  _Atomic(cloudabi_lock_t) lock;
} pthread_mutex_t;
typedef struct {
  int unused;
} pthread_mutexattr_t;

typedef struct {
  _Atomic(cloudabi_condvar_t) condvar;
  cloudabi_clockid_t clock;
} pthread_cond_t;
typedef struct {
  int unused;
} pthread_condattr_t;

#define PTHREAD_MUTEX_INITIALIZER {CLOUDABI_LOCK_UNLOCKED}
#define PTHREAD_COND_INITIALIZER {CLOUDABI_CONDVAR_HAS_NO_WAITERS, CLOUDABI_CLOCK_REALTIME}
#define PTHREAD_STACK_MIN 16384

int pthread_attr_init(pthread_attr_t *attr);
int pthread_attr_destroy(pthread_attr_t *attr);
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size);

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *),
                   void *arg);
_Noreturn void pthread_exit(void *value);
int pthread_join(pthread_t thread, void **value);
pthread_t pthread_self(void);

int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr);
int pthread_mutex_destroy(pthread_mutex_t *mutex);
int pthread_mutex_lock(pthread_mutex_t *mutex);
int pthread_mutex_trylock(pthread_mutex_t *mutex);
int pthread_mutex_unlock(pthread_mutex_t *mutex);

int pthread_cond_init(pthread_cond_t *cond, const pthread_condattr_t *attr);
int pthread_cond_destroy(pthread_cond_t *cond);
int pthread_cond_broadcast(pthread_cond_t *cond);
int pthread_cond_signal(pthread_cond_t *cond);
int pthread_cond_timedwait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex,
                           const struct timespec *restrict abstime);
int pthread_cond_wait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex);

#endif
