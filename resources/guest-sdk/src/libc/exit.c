/* Process termination. */
#include <cloudabi_syscalls.h>
#include <signal.h>
#include <stdlib.h>

#include "../crt/sdk_internal.h"

#define ATEXIT_MAX 32

static void (*handlers[ATEXIT_MAX])(void);
static int handler_count;

int atexit(void (*function)(void)) {
  if (handler_count == ATEXIT_MAX) return -1;
  handlers[handler_count++] = function;
  return 0;
}

void sdk_run_atexit(void) {
  while (handler_count > 0) handlers[--handler_count]();
}

_Noreturn void _Exit(int status) { cloudabi_sys_proc_exit((cloudabi_exitcode_t)status); }

_Noreturn void exit(int status) {
  sdk_run_atexit();
  _Exit(status);
}

_Noreturn void abort(void) {
  cloudabi_sys_proc_raise(CLOUDABI_SIGABRT);
  /* Only reached when the runtime did not terminate the process. */
  cloudabi_sys_proc_exit(128 + CLOUDABI_SIGABRT);
}

int raise(int sig) {
  cloudabi_errno_t error = cloudabi_sys_proc_raise((cloudabi_signal_t)sig);
  return error == 0 ? 0 : sdk_set_errno(error);
}

/* Stack protector failure: the canary from AT_CANARY was overwritten. */
_Noreturn void __stack_chk_fail(void) { abort(); }

void program_get_raw_argdata(const void **data, size_t *len) {
  *data = sdk_at_argdata;
  *len = sdk_at_argdatalen;
}

/* Integer division by zero in the compiler's helper functions. */
void sdk_divide_by_zero(void) {
  cloudabi_sys_proc_raise(CLOUDABI_SIGFPE);
  cloudabi_sys_proc_exit(128 + CLOUDABI_SIGFPE);
}
