// abort(): prints a line, then abort() raises SIGABRT with proc_raise, which
// terminates the process (the default action of SIGABRT).
#include <argdata.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>

void program_main(const argdata_t *ad) {
  int fd = -1;
  argdata_get_fd(ad, &fd);
  dprintf(fd, "calling abort()\n");
  abort();
}
