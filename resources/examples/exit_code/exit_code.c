// Exit codes: exits with the status given under "code" in its Argdata, after
// saying so on "stdout". A constructor runs before program_main() and an
// atexit() handler prints the last line.
#include <argdata.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int out = -1;

static volatile int constructed; /* volatile: a real constructor call, not a folded constant */

__attribute__((constructor)) static void construct(void) { constructed = 1; }

static void goodbye(void) { dprintf(out, "atexit handler ran\n"); }

void program_main(const argdata_t *ad) {
  int code = -1;
  argdata_map_iterator_t it;
  argdata_map_iterate(ad, &it);
  const argdata_t *key, *value;
  while (argdata_map_next(&it, &key, &value)) {
    const char *name;
    if (argdata_get_str_c(key, &name) != 0) continue;
    if (strcmp(name, "stdout") == 0) argdata_get_fd(value, &out);
    else if (strcmp(name, "code") == 0) argdata_get_int(value, &code);
  }
  if (code < 0 || code > 255) {
    dprintf(out, "missing or invalid \"code\" (0-255)\n");
    exit(2);
  }
  dprintf(out, "constructor ran before program_main: %s\n", constructed ? "yes" : "no");
  atexit(goodbye);
  dprintf(out, "exiting with status %d\n", code);
  exit(code);
}
