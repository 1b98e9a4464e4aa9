/* A tiny freestanding program for the test corpus: TLS, data, bss, calls, syscall-like names. */
volatile int counter;
_Thread_local int tls_value = 7;
_Thread_local char tls_zero[16];
const char *const syscall_names[] = {"cloudabi_sys_fd_write", "cloudabi_sys_proc_exit"};

#ifdef __arm__
void *__aeabi_read_tp(void) {
  void *tp;
  __asm__ volatile("mrc p15, 0, %0, c13, c0, 2" : "=r"(tp));
  return tp;
}
#endif

__attribute__((noinline)) int cloudabi_sys_fd_write(int fd) { return fd + counter; }

__attribute__((noinline)) void cloudabi_sys_proc_exit(int code) {
  counter = code;
  for (;;) {
  }
}

void _start(void) {
  for (int i = 0; i < 3; i++) {
    counter += cloudabi_sys_fd_write(tls_value + tls_zero[i] + syscall_names[i & 1][0]);
  }
  cloudabi_sys_proc_exit(0);
}
