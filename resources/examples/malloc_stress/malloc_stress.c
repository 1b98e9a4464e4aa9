// malloc stress: thousands of random allocations checked for overlap, a
// block grown with realloc() from 16 bytes to 64 MiB, calloc() zeroing, and
// memory given back and taken again.
#include <argdata.h>
#include <program.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 1000
#define ROUNDS 20000

static uint32_t seed = 1;
static uint32_t next_random(void) {
  seed = seed * 1103515245u + 12345u;
  return seed >> 8;
}

void program_main(const argdata_t *ad) {
  int out = -1;
  argdata_get_fd(ad, &out);

  static unsigned char *blocks[SLOTS];
  static size_t sizes[SLOTS];
  int corrupted = 0;
  size_t peak = 0, live = 0;
  for (int round = 0; round < ROUNDS; ++round) {
    int i = (int)(next_random() % SLOTS);
    if (blocks[i] != NULL) {
      for (size_t k = 0; k < sizes[i]; ++k)
        if (blocks[i][k] != (unsigned char)(i * 7 + k)) ++corrupted;
      free(blocks[i]);
      live -= sizes[i];
      blocks[i] = NULL;
    } else {
      sizes[i] = next_random() % 8 == 0 ? next_random() % 100000 : next_random() % 512;
      blocks[i] = malloc(sizes[i]);
      if (blocks[i] == NULL) {
        dprintf(out, "malloc(%zu) failed\n", sizes[i]);
        exit(1);
      }
      for (size_t k = 0; k < sizes[i]; ++k) blocks[i][k] = (unsigned char)(i * 7 + k);
      live += sizes[i];
      if (live > peak) peak = live;
    }
  }
  for (int i = 0; i < SLOTS; ++i) free(blocks[i]);
  dprintf(out, "%d random allocations and frees, corrupted bytes: %d\n", ROUNDS, corrupted);

  unsigned char *p = NULL;
  size_t size = 16, filled = 0;
  int lost = 0;
  for (; size <= (size_t)64 << 20; size *= 2) {
    p = realloc(p, size);
    if (p == NULL) {
      dprintf(out, "realloc(%zu) failed\n", size);
      exit(1);
    }
    for (size_t k = 0; k < filled; k += 4093)
      if (p[k] != (unsigned char)(k * 31)) ++lost;
    for (size_t k = filled; k < size; ++k) p[k] = (unsigned char)(k * 31);
    filled = size;
  }
  dprintf(out, "realloc grew one block to %zu bytes, bytes lost on the way: %d\n", filled, lost);
  p = realloc(p, 100);
  dprintf(out, "shrunk to 100 bytes, first bytes kept: %s\n",
          p != NULL && p[1] == 31 && p[99] == (unsigned char)(99 * 31) ? "yes" : "no");
  free(p);

  unsigned char *z = calloc(1 << 20, 4);
  int nonzero = 0;
  for (size_t k = 0; z != NULL && k < (size_t)4 << 20; ++k) nonzero += z[k] != 0;
  dprintf(out, "calloc 4 MiB, nonzero bytes: %d\n", z == NULL ? -1 : nonzero);
  free(z);
  /* volatile: the request must really be made, not optimised away. */
  void *volatile huge = calloc(SIZE_MAX / 2, 4);
  dprintf(out, "calloc overflow: %s\n", huge == NULL ? "refused" : "accepted");
  free(huge);

  for (int i = 0; i < 8; ++i) {
    void *big = malloc((size_t)32 << 20);
    if (big == NULL) {
      dprintf(out, "malloc 32 MiB (round %d) failed\n", i);
      exit(1);
    }
    memset(big, i, (size_t)32 << 20);
    free(big);
  }
  dprintf(out, "32 MiB allocated and freed 8 times\n");
  exit(0);
}
