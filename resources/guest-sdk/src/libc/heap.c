/* Allocator: power-of-two size classes from 32 bytes to 64 KiB carved from
 * 1 MiB regions, and larger blocks mapped individually (so freeing them
 * returns memory). Every block starts with a 16-byte header. Not thread-safe
 * by itself: malloc() serialises calls. Pure C, also compiled for host tests. */
#include "heap.h"

#include <stdint.h>

#define HEADER 16u
/* The smallest block holds the header and the free-list link. */
#define MIN_CLASS_SIZE 32u
#define CLASSES 12 /* 32 << 11 = 64 KiB */
#define REGION (1u << 20)
#define MAGIC_SMALL ((size_t)0x5a11b10c)
#define MAGIC_LARGE ((size_t)0x1a29eb10)
#define MAGIC_FREE ((size_t)0xf9eeb10c)

struct header {
  size_t size;  /* block size including the header (large: mapped length) */
  size_t magic; /* MAGIC_SMALL, MAGIC_LARGE or MAGIC_FREE */
  char pad[HEADER - 2 * sizeof(size_t)];
};

_Static_assert(sizeof(struct header) == HEADER, "header size");

static size_t round_up(size_t v, size_t align) { return (v + align - 1) / align * align; }

static int class_of(size_t total) {
  int k = 0;
  size_t block = MIN_CLASS_SIZE;
  while (block < total) {
    block <<= 1;
    ++k;
  }
  return k;
}

static void copy_bytes(char *dst, const char *src, size_t n) {
  while (n-- > 0) *dst++ = *src++;
}

void *sdk_heap_alloc(struct sdk_heap *heap, size_t size) {
  if (size > SIZE_MAX / 2) return NULL;
  size_t total = size + HEADER;
  struct header *h;
  if (total <= (MIN_CLASS_SIZE << (CLASSES - 1))) {
    int k = class_of(total);
    size_t block = MIN_CLASS_SIZE << k;
    if (heap->free_lists[k] != NULL) {
      h = heap->free_lists[k];
      heap->free_lists[k] = *(void **)(h + 1);
    } else {
      if (heap->bump_left < block) {
        /* The tail of the old region is handed to the free lists. */
        while (heap->bump_left >= MIN_CLASS_SIZE) {
          int t = class_of(heap->bump_left + 1) - 1;
          size_t piece = MIN_CLASS_SIZE << t;
          struct header *f = (struct header *)heap->bump;
          f->size = piece;
          f->magic = MAGIC_FREE;
          *(void **)(f + 1) = heap->free_lists[t];
          heap->free_lists[t] = f;
          heap->bump += piece;
          heap->bump_left -= piece;
        }
        char *region = heap->map(REGION);
        if (region == NULL) return NULL;
        heap->bump = region;
        heap->bump_left = REGION;
      }
      h = (struct header *)heap->bump;
      heap->bump += block;
      heap->bump_left -= block;
    }
    h->size = block;
    h->magic = MAGIC_SMALL;
  } else {
    size_t len = round_up(total, heap->page_size);
    if (len < total) return NULL;
    h = heap->map(len);
    if (h == NULL) return NULL;
    h->size = len;
    h->magic = MAGIC_LARGE;
    heap->mapped_large += len;
  }
  return h + 1;
}

int sdk_heap_valid(const void *ptr) {
  if (((uintptr_t)ptr & (HEADER - 1)) != 0) return 0;
  const struct header *h = (const struct header *)ptr - 1;
  return h->magic == MAGIC_SMALL || h->magic == MAGIC_LARGE;
}

size_t sdk_heap_usable_size(const void *ptr) {
  const struct header *h = (const struct header *)ptr - 1;
  return h->size - HEADER;
}

int sdk_heap_free(struct sdk_heap *heap, void *ptr) {
  if (ptr == NULL) return 0;
  if (((uintptr_t)ptr & (HEADER - 1)) != 0) return -1;
  struct header *h = (struct header *)ptr - 1;
  if (h->magic == MAGIC_SMALL) {
    int k = class_of(h->size);
    if ((MIN_CLASS_SIZE << k) != h->size || k >= CLASSES) return -1;
    h->magic = MAGIC_FREE;
    *(void **)(h + 1) = heap->free_lists[k];
    heap->free_lists[k] = h;
    return 0;
  }
  if (h->magic == MAGIC_LARGE) {
    size_t len = h->size;
    h->magic = MAGIC_FREE;
    heap->mapped_large -= len;
    heap->unmap(h, len);
    return 0;
  }
  return -1;
}

void *sdk_heap_realloc(struct sdk_heap *heap, void *ptr, size_t size) {
  if (ptr == NULL) return sdk_heap_alloc(heap, size);
  struct header *h = (struct header *)ptr - 1;
  if (h->magic != MAGIC_SMALL && h->magic != MAGIC_LARGE) return NULL;
  size_t usable = h->size - HEADER;
  if (size <= usable && (h->magic == MAGIC_SMALL || size > usable / 2)) return ptr;
  void *fresh = sdk_heap_alloc(heap, size);
  if (fresh == NULL) return NULL;
  copy_bytes(fresh, ptr, size < usable ? size : usable);
  sdk_heap_free(heap, ptr);
  return fresh;
}
