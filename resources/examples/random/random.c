// Random: arc4random_buf() over the random_get system call. Prints only
// facts that hold for any good random source.
#include <argdata.h>
#include <program.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void program_main(const argdata_t *ad) {
  int out = -1;
  argdata_get_fd(ad, &out);

  unsigned char a[32], b[32];
  arc4random_buf(a, sizeof(a));
  arc4random_buf(b, sizeof(b));
  dprintf(out, "two 32-byte buffers differ: %s\n", memcmp(a, b, sizeof(a)) != 0 ? "yes" : "no");

  static unsigned char big[1 << 16];
  arc4random_buf(big, sizeof(big));
  int counts[256] = {0};
  for (size_t i = 0; i < sizeof(big); ++i) ++counts[big[i]];
  int min = counts[0], max = counts[0];
  for (int i = 1; i < 256; ++i) {
    if (counts[i] < min) min = counts[i];
    if (counts[i] > max) max = counts[i];
  }
  /* Each byte value is expected 256 times; 128..384 is many standard deviations wide. */
  dprintf(out, "64 KiB: every byte value between 128 and 384 times: %s\n",
          min >= 128 && max <= 384 ? "yes" : "no");

  int faces[6] = {0};
  for (int i = 0; i < 6000; ++i) ++faces[arc4random_uniform(6)];
  int fair = 1;
  for (int i = 0; i < 6; ++i) fair &= faces[i] > 800 && faces[i] < 1200;
  dprintf(out, "6000 dice rolls, every face 800-1200 times: %s\n", fair ? "yes" : "no");
  arc4random_buf(a, 0);
  dprintf(out, "empty request: ok\n");
  exit(0);
}
