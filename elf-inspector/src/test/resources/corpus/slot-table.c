/*
 * cloudlibc as of 2016-2017: the vDSO pointers live in an exported struct, cloudabi_syscalls, one
 * member per name in table order; the cloudabi_sys_<name> wrappers are inline functions, so the
 * binary has no wrapper symbols. _start reaches three of the six slots.
 */
#define SYSCALLS(X) X(clock_time_get) X(fd_read) X(fd_write) X(mem_map) X(proc_exit) X(random_get)

typedef long (*syscall_t)(long);

#define NAME(name) #name "\0"
static const char syscall_names[] = SYSCALLS(NAME);

#define MEMBER(name) syscall_t name;
struct cloudabi_syscalls_table {
  SYSCALLS(MEMBER)
};
struct cloudabi_syscalls_table cloudabi_syscalls;

#define WRAPPER(name) \
  static inline long cloudabi_sys_##name(long a) { return cloudabi_syscalls.name(a); }
SYSCALLS(WRAPPER)

static long enosys(long a) { return 52; }

__attribute__((noinline)) static void link_names(const char *name) {
  syscall_t *slot = (syscall_t *)&cloudabi_syscalls;
  for (unsigned i = 0; i < sizeof(cloudabi_syscalls) / sizeof(syscall_t); ++i) {
    slot[i] = enosys;
    while (*name) ++name;
    ++name;
  }
}

void _start(void) {
  link_names(syscall_names);
  cloudabi_sys_fd_write(cloudabi_sys_clock_time_get(0));
  cloudabi_sys_proc_exit(0);
  for (;;) {
  }
}
