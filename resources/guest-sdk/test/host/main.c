/* Runs the SDK's host tests; exit status 0 only when all pass. */
#include <stdio.h>

#include "host_test.h"

int main(void) {
  int fmt = test_fmt(), argdata = test_argdata(), heap = test_heap(), divide = test_divide();
  int vdso = test_vdso(), convert = test_convert();
  printf("sdk host tests: fmt %d, argdata %d, heap %d, divide %d, vdso %d, convert %d failures\n",
         fmt, argdata, heap, divide, vdso, convert);
  return fmt + argdata + heap + divide + vdso + convert == 0 ? 0 : 1;
}
