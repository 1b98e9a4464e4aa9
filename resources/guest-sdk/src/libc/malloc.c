/* malloc() and friends over mem_map/mem_unmap, serialised by a mutex. */
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../crt/sdk_internal.h"
#include "heap.h"

static void *map_pages(size_t len) {
  void *mem;
  cloudabi_errno_t error = cloudabi_sys_mem_map(
      NULL, len, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
      CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE, CLOUDABI_MAP_ANON_FD, 0, &mem);
  return error == 0 ? mem : NULL;
}

static void unmap_pages(void *mem, size_t len) { cloudabi_sys_mem_unmap(mem, len); }

static struct sdk_heap heap = {map_pages, unmap_pages, 4096, {0}, NULL, 0, 0};
static pthread_mutex_t heap_lock = PTHREAD_MUTEX_INITIALIZER;

static _Noreturn void bad_pointer(const char *function, void *ptr) {
  char message[96];
  snprintf(message, sizeof(message), "%s(): invalid pointer %p\n", function, ptr);
  fputs(message, stderr);
  abort();
}

void *malloc(size_t size) {
  pthread_mutex_lock(&heap_lock);
  if (sdk_at_pagesz > heap.page_size) heap.page_size = sdk_at_pagesz;
  void *p = sdk_heap_alloc(&heap, size);
  pthread_mutex_unlock(&heap_lock);
  if (p == NULL) errno = ENOMEM;
  return p;
}

void free(void *ptr) {
  pthread_mutex_lock(&heap_lock);
  int result = sdk_heap_free(&heap, ptr);
  pthread_mutex_unlock(&heap_lock);
  if (result != 0) bad_pointer("free", ptr);
}

void *calloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size) {
    errno = ENOMEM;
    return NULL;
  }
  void *p = malloc(count * size);
  if (p != NULL) memset(p, 0, count * size);
  return p;
}

void *realloc(void *ptr, size_t size) {
  if (ptr != NULL && !sdk_heap_valid(ptr)) bad_pointer("realloc", ptr);
  pthread_mutex_lock(&heap_lock);
  if (sdk_at_pagesz > heap.page_size) heap.page_size = sdk_at_pagesz;
  void *p = sdk_heap_realloc(&heap, ptr, size);
  pthread_mutex_unlock(&heap_lock);
  if (p == NULL) errno = ENOMEM;
  return p;
}
