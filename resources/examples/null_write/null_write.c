// NULL write: prints a line, then stores through a null pointer. The store
// faults and the runtime terminates the process with SIGSEGV.
#include <argdata.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>

void program_main(const argdata_t *ad) {
  int fd = -1;
  argdata_get_fd(ad, &fd);
  dprintf(fd, "writing through a null pointer\n");
  /* volatile: the compiler must not treat the store as undefined and drop it. */
  volatile int *volatile pointer = NULL;
  *pointer = 42;
  dprintf(fd, "still alive: the runtime did not stop the write\n");
  exit(1);
}
