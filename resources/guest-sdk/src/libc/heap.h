/* Internal: the allocator behind malloc(), independent of where its memory
 * comes from (mem_map in guests, the host's allocator in the SDK's tests). */
#ifndef SDK_HEAP_H
#define SDK_HEAP_H

#include <stddef.h>

struct sdk_heap {
  /* Returns len bytes of zeroed, page-aligned memory, or NULL. */
  void *(*map)(size_t len);
  void (*unmap)(void *mem, size_t len);
  size_t page_size;
  /* State, zero-initialised. */
  void *free_lists[12];
  char *bump;
  size_t bump_left;
  size_t mapped_large; /* bytes currently mapped for large blocks */
};

/* All results are 16-byte aligned. NULL on failure (out of memory). */
void *sdk_heap_alloc(struct sdk_heap *heap, size_t size);
void *sdk_heap_realloc(struct sdk_heap *heap, void *ptr, size_t size);
/* Returns 0, or -1 when ptr was not allocated by this heap (or freed twice). */
int sdk_heap_free(struct sdk_heap *heap, void *ptr);
/* Whether ptr looks like a live block of this allocator. */
int sdk_heap_valid(const void *ptr);
/* Usable size of an allocated block. */
size_t sdk_heap_usable_size(const void *ptr);

#endif
