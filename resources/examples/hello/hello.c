// Hello, world: the program receives a descriptor for standard output as its
// whole Argdata (`!fd stdout`) and writes a greeting to it.
#include <argdata.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>

void program_main(const argdata_t *ad) {
  int fd = -1;
  argdata_get_fd(ad, &fd);
  dprintf(fd, "Hello, world!\n");
  exit(0);
}
