// Threads: four threads increment a shared counter under a mutex, two
// threads play condition-variable ping-pong, every thread has its own
// thread-local variable, and pthread_join collects return values.
#include <argdata.h>
#include <pthread.h>
#include <program.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORKERS 4
#define INCREMENTS 20000
#define ROUNDS 5

static int out = -1;
static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static _Thread_local int thread_value = -1;

static void *count(void *arg) {
  int id = (int)(intptr_t)arg;
  thread_value = id;
  for (int i = 0; i < INCREMENTS; ++i) {
    pthread_mutex_lock(&counter_lock);
    ++counter;
    pthread_mutex_unlock(&counter_lock);
  }
  /* Another thread's writes must not have touched this thread's copy. */
  return (void *)(intptr_t)(thread_value == id ? id * 100 : -1);
}

static pthread_mutex_t ball_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ball_moved = PTHREAD_COND_INITIALIZER;
static int turn; /* 0: ping may hit, 1: pong may hit */
static int hits;

static void *player(void *arg) {
  int me = (int)(intptr_t)arg;
  for (int round = 1; round <= ROUNDS; ++round) {
    pthread_mutex_lock(&ball_lock);
    while (turn != me) pthread_cond_wait(&ball_moved, &ball_lock);
    dprintf(out, "%s %d\n", me == 0 ? "ping" : "pong", round);
    ++hits;
    turn = 1 - me;
    pthread_cond_signal(&ball_moved);
    pthread_mutex_unlock(&ball_lock);
  }
  return NULL;
}

void program_main(const argdata_t *ad) {
  argdata_get_fd(ad, &out);
  thread_value = 42;

  pthread_t workers[WORKERS];
  for (int i = 0; i < WORKERS; ++i) {
    int error = pthread_create(&workers[i], NULL, count, (void *)(intptr_t)(i + 1));
    if (error != 0) {
      dprintf(out, "pthread_create: %s\n", strerrorname_np(error));
      exit(1);
    }
  }
  long total = 0;
  for (int i = 0; i < WORKERS; ++i) {
    void *result;
    pthread_join(workers[i], &result);
    dprintf(out, "worker %d returned %ld\n", i + 1, (long)(intptr_t)result);
    total += (long)(intptr_t)result;
  }
  dprintf(out, "counter: %ld (expected %d)\n", counter, WORKERS * INCREMENTS);
  dprintf(out, "sum of return values: %ld\n", total);
  dprintf(out, "main thread's thread-local value: %d\n", thread_value);

  pthread_t players[2];
  pthread_create(&players[0], NULL, player, (void *)(intptr_t)0);
  pthread_create(&players[1], NULL, player, (void *)(intptr_t)1);
  pthread_join(players[0], NULL);
  pthread_join(players[1], NULL);
  dprintf(out, "ping-pong hits: %d\n", hits);

  pthread_mutex_lock(&counter_lock);
  dprintf(out, "trylock while held: %s\n",
          pthread_mutex_trylock(&counter_lock) == 0 ? "acquired" : "busy");
  pthread_mutex_unlock(&counter_lock);
  exit(0);
}
