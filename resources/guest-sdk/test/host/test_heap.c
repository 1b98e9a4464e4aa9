/* Host test: the allocator behind malloc(), over host memory. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "../../src/libc/heap.h"
#include "host_test.h"

static int failures;
static size_t mapped_now;

#define EXPECT(cond)                                                 \
  do {                                                               \
    if (!(cond)) {                                                   \
      printf("FAIL heap %s:%d: %s\n", __FILE__, __LINE__, #cond);   \
      ++failures;                                                    \
    }                                                                \
  } while (0)

static void *host_map(size_t len) {
  void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return NULL;
  mapped_now += len;
  return p;
}

static void host_unmap(void *p, size_t len) {
  munmap(p, len);
  mapped_now -= len;
}

static uint32_t rng = 12345;
static uint32_t next_random(void) {
  rng = rng * 1103515245u + 12345u;
  return rng >> 8;
}

int test_heap(void) {
  struct sdk_heap heap = {host_map, host_unmap, 4096, {0}, NULL, 0, 0};
  /* Every size class, including the smallest, and its reuse. */
  for (size_t n = 0; n <= 70000; n = n * 2 + 1) {
    void *x = sdk_heap_alloc(&heap, n), *y = sdk_heap_alloc(&heap, n);
    EXPECT(x != NULL && y != NULL && x != y);
    memset(x, 0xee, n);
    memset(y, 0xdd, n);
    EXPECT(sdk_heap_free(&heap, x) == 0 && sdk_heap_free(&heap, y) == 0);
  }
  enum { SLOTS = 512 };
  unsigned char *ptrs[SLOTS] = {0};
  size_t sizes[SLOTS] = {0};
  for (int round = 0; round < 20000; ++round) {
    int i = (int)(next_random() % SLOTS);
    if (ptrs[i] != NULL) {
      for (size_t k = 0; k < sizes[i]; ++k)
        if (ptrs[i][k] != (unsigned char)(i + k)) {
          EXPECT(!"block content corrupted");
          break;
        }
      if (next_random() % 2 == 0) {
        EXPECT(sdk_heap_free(&heap, ptrs[i]) == 0);
        ptrs[i] = NULL;
        continue;
      }
      size_t new_size = next_random() % 3 == 0 ? next_random() % 300000 : next_random() % 2000;
      unsigned char *p = sdk_heap_realloc(&heap, ptrs[i], new_size);
      EXPECT(p != NULL);
      size_t keep = new_size < sizes[i] ? new_size : sizes[i];
      for (size_t k = 0; k < keep; ++k)
        if (p[k] != (unsigned char)(i + k)) {
          EXPECT(!"realloc lost content");
          break;
        }
      ptrs[i] = p;
      sizes[i] = new_size;
    } else {
      sizes[i] = next_random() % 5 == 0 ? next_random() % 200000 : next_random() % 1000;
      ptrs[i] = sdk_heap_alloc(&heap, sizes[i]);
      EXPECT(ptrs[i] != NULL);
    }
    EXPECT(((uintptr_t)ptrs[i] & 15) == 0);
    EXPECT(sdk_heap_usable_size(ptrs[i]) >= sizes[i]);
    for (size_t k = 0; k < sizes[i]; ++k) ptrs[i][k] = (unsigned char)(i + k);
  }
  for (int i = 0; i < SLOTS; ++i)
    if (ptrs[i] != NULL) EXPECT(sdk_heap_free(&heap, ptrs[i]) == 0);
  EXPECT(heap.mapped_large == 0);

  /* Growing one block to 64 MiB by doubling, as the malloc_stress example does. */
  unsigned char *p = NULL;
  for (size_t size = 16; size <= (64u << 20); size *= 2) {
    p = sdk_heap_realloc(&heap, p, size);
    EXPECT(p != NULL);
    p[size - 1] = 0x5a;
    p[size / 2 - 1] = 0x5a;
  }
  EXPECT(heap.mapped_large == (64u << 20) + 4096);
  EXPECT(sdk_heap_free(&heap, p) == 0);
  EXPECT(heap.mapped_large == 0);

  /* Bad pointers and double frees are reported. */
  void *q = sdk_heap_alloc(&heap, 10);
  EXPECT(sdk_heap_free(&heap, q) == 0);
  EXPECT(sdk_heap_free(&heap, q) == -1);
  EXPECT(!sdk_heap_valid(q));
  char local[64] = {0};
  EXPECT(sdk_heap_free(&heap, local + 16) == -1);
  EXPECT(sdk_heap_free(&heap, NULL) == 0);
  EXPECT(sdk_heap_alloc(&heap, SIZE_MAX - 8) == NULL);
  /* Freed small blocks are reused. */
  void *a = sdk_heap_alloc(&heap, 100);
  EXPECT(sdk_heap_free(&heap, a) == 0);
  EXPECT(sdk_heap_alloc(&heap, 90) == a);
  return failures;
}
