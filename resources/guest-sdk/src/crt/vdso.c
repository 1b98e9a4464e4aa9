/* System call table and binding to the vDSO (fact sheet 5.1).
 * Every cloudabi_sys_* function calls through a table slot. Slots start out
 * pointing at a function returning ENOSYS; sdk_link_vdso() replaces those whose
 * name the vDSO exports as a global default-visibility function. */
#include <cloudabi_syscalls.h>

#include "elf.h"
#include "sdk_internal.h"

enum {
#define SYSCALL(name, params, args) SLOT_##name,
#define SYSCALL_NORETURN(name, params, args) SLOT_##name,
#include <cloudabi_syscall_list.h>
#undef SYSCALL
#undef SYSCALL_NORETURN
  SLOT_COUNT
};

/* All names, NUL-separated, in slot order, ending with an empty name. */
static const char syscall_names[] =
#define SYSCALL(name, params, args) #name "\0"
#define SYSCALL_NORETURN(name, params, args) #name "\0"
#include <cloudabi_syscall_list.h>
#undef SYSCALL
#undef SYSCALL_NORETURN
    ;

static void *syscall_table[SLOT_COUNT];

static cloudabi_errno_t enosys(void) { return CLOUDABI_ENOSYS; }

#define SYSCALL(name, params, args)                                            \
  cloudabi_errno_t cloudabi_sys_##name params {                                \
    return ((cloudabi_errno_t(*) params)syscall_table[SLOT_##name])args;       \
  }
#define SYSCALL_NORETURN(name, params, args)                                   \
  _Noreturn void cloudabi_sys_##name params {                                  \
    ((void(*) params)syscall_table[SLOT_##name]) args;                         \
    for (;;) {                                                                 \
    }                                                                          \
  }
#include <cloudabi_syscall_list.h>
#undef SYSCALL
#undef SYSCALL_NORETURN

static int names_equal(const char *a, const char *b) {
  while (*a == *b) {
    if (*a == '\0') return 1;
    ++a;
    ++b;
  }
  return 0;
}

static int has_prefix(const char *s, const char *prefix) {
  while (*prefix != '\0') {
    if (*s++ != *prefix++) return 0;
  }
  return 1;
}

void sdk_link_vdso(const void *vdso) {
  for (int i = 0; i < SLOT_COUNT; ++i) syscall_table[i] = (void *)enosys;
  if (vdso == 0) return;

  /* Every address inside the vDSO is an offset from its ELF header. */
  const char *base = vdso;
  const elf_ehdr_t *ehdr = vdso;
  const elf_phdr_t *phdr = (const elf_phdr_t *)(base + ehdr->e_phoff);
  const elf_phdr_t *dynamic = 0;
  for (unsigned i = 0; i < ehdr->e_phnum; ++i) {
    if (phdr[i].p_type == PT_DYNAMIC) {
      dynamic = &phdr[i];
      break;
    }
  }
  if (dynamic == 0) return;

  const char *strtab = 0;
  const elf_sym_t *symtab = 0;
  uint32_t nsyms = 0;
  for (const elf_dyn_t *dyn = (const elf_dyn_t *)(base + dynamic->p_vaddr);
       dyn->d_tag != DT_NULL; ++dyn) {
    if (dyn->d_tag == DT_HASH) {
      nsyms = ((const uint32_t *)(base + dyn->d_val))[1]; /* nchain */
    } else if (dyn->d_tag == DT_STRTAB) {
      strtab = base + dyn->d_val;
    } else if (dyn->d_tag == DT_SYMTAB) {
      symtab = (const elf_sym_t *)(base + dyn->d_val);
    }
  }
  if (strtab == 0 || symtab == 0) return;

  for (uint32_t i = 0; i < nsyms; ++i) {
    const elf_sym_t *sym = &symtab[i];
    if (ELF_ST_BIND(sym->st_info) != STB_GLOBAL || ELF_ST_TYPE(sym->st_info) != STT_FUNC ||
        ELF_ST_VISIBILITY(sym->st_other) != STV_DEFAULT || sym->st_name == 0)
      continue;
    const char *name = strtab + sym->st_name;
    if (!has_prefix(name, "cloudabi_sys_")) continue;
    name += 13;
    int slot = 0;
    for (const char *candidate = syscall_names; *candidate != '\0'; ++slot) {
      if (names_equal(name, candidate)) {
        syscall_table[slot] = (void *)(base + sym->st_value);
        break;
      }
      while (*candidate != '\0') ++candidate;
      ++candidate;
    }
  }
}
