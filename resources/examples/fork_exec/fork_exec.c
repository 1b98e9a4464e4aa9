// Fork and exec: tries proc_fork (the child exits with status 7 and the
// parent waits for it with a PROC_TERMINATE subscription) and proc_exec on
// descriptors that cannot be executed, and calls a system call removed in
// 2017. Prints what happens; runtimes without fork/exec answer ENOSYS.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int out = -1;

static const char *name(cloudabi_errno_t error) { return strerrorname_np(error); }

static void try_fork(void) {
  cloudabi_fd_t child;
  cloudabi_tid_t tid;
  cloudabi_errno_t error = cloudabi_sys_proc_fork(&child, &tid);
  if (error != 0) {
    dprintf(out, "proc_fork: %s\n", name(error));
    return;
  }
  if (child == CLOUDABI_PROCESS_CHILD) exit(7); /* in the child: nothing else to do */
  cloudabi_subscription_t sub = {0};
  sub.type = CLOUDABI_EVENTTYPE_PROC_TERMINATE;
  sub.proc_terminate.fd = child;
  cloudabi_event_t ev;
  size_t n;
  error = cloudabi_sys_poll(&sub, &ev, 1, &n);
  if (error != 0 || n != 1 || ev.error != 0) {
    dprintf(out, "proc_fork: waiting for the child failed: %s\n",
            name(error != 0 ? error : ev.error));
  } else if (ev.proc_terminate.signal != 0) {
    dprintf(out, "proc_fork: child ended by signal %u\n", ev.proc_terminate.signal);
  } else {
    dprintf(out, "proc_fork: child exited with status %u\n", ev.proc_terminate.exitcode);
  }
  cloudabi_sys_fd_close(child);
}

void program_main(const argdata_t *ad) {
  argdata_get_fd(ad, &out);
  try_fork();

  /* The new program would get this Argdata (a string) and descriptor 0 = stdout. */
  static const char data[] = "\x08" "exec'd\0";
  cloudabi_fd_t fds[1] = {(cloudabi_fd_t)out};
  cloudabi_errno_t error = cloudabi_sys_proc_exec((cloudabi_fd_t)out, data, sizeof(data) - 1, fds, 1);
  dprintf(out, "proc_exec of a descriptor that is not an executable: %s\n", name(error));
  error = cloudabi_sys_proc_exec(1000000, data, sizeof(data) - 1, fds, 1);
  dprintf(out, "proc_exec of a closed descriptor: %s\n", name(error));

  cloudabi_subscription_t in = {0};
  cloudabi_event_t ev;
  size_t n;
  error = cloudabi_sys_poll_fd((cloudabi_fd_t)out, &in, 0, &ev, 1, NULL, &n);
  dprintf(out, "poll_fd (removed in 2017): %s\n", name(error));
  dprintf(out, "still running after the failed calls\n");
  exit(0);
}
