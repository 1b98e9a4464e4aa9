/* CloudABI Workbench guest SDK: the system calls, bound from the vDSO at start-up.
 * Every function returns a CloudABI errno (0 = success) and passes results
 * through pointer arguments. Calls the runtime does not provide return ENOSYS. */
#ifndef CLOUDABI_SYSCALLS_H
#define CLOUDABI_SYSCALLS_H

#include <cloudabi_types.h>

#define SYSCALL(name, params, args) cloudabi_errno_t cloudabi_sys_##name params;
#define SYSCALL_NORETURN(name, params, args) _Noreturn void cloudabi_sys_##name params;
#include <cloudabi_syscall_list.h>
#undef SYSCALL
#undef SYSCALL_NORETURN

#endif
