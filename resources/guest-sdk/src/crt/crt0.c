/* Process entry point: void _start(const cloudabi_auxv_t *auxv).
 * The steps follow the fact sheet (section 3.2): read the auxiliary vector,
 * scan the program headers, apply relative relocations (x86_64 and aarch64
 * executables are position independent; i686 and armv6 ones are not), bind the
 * vDSO, write-protect RELRO, seed the stack protector, set up the main
 * thread's TLS on this stack, run constructors, then call program_main()
 * with the Argdata.
 * This file is compiled without stack protection and without jump tables:
 * nothing here may read a pointer from the data segment before relocation. */
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <stdlib.h>

#include "../argdata/argdata_impl.h"
#include "elf.h"
#include "sdk_internal.h"

#if defined(__x86_64__) || defined(__aarch64__)
#define SELF_RELOCATE 1
#else
#define SELF_RELOCATE 0
#endif

const void *sdk_at_argdata;
size_t sdk_at_argdatalen;
uint32_t sdk_at_ncpus = 1;
uint32_t sdk_at_pagesz = 1;
const uint8_t *sdk_at_pid;
_Thread_local cloudabi_tid_t sdk_thread_id;

/* Constructors (.init_array); the linker defines these bounds. */
extern void (*const __init_array_start[])(void) __attribute__((weak, visibility("hidden")));
extern void (*const __init_array_end[])(void) __attribute__((weak, visibility("hidden")));

/* Stack protector guard (replaced by AT_CANARY bytes). */
uintptr_t __stack_chk_guard = 0x2d2d2d2d;

static uintptr_t round_down(uintptr_t value, uintptr_t align) { return value / align * align; }
static uintptr_t round_up(uintptr_t value, uintptr_t align) {
  return round_down(value + align - 1, align);
}

/* Descriptors in the start-up Argdata are the process's own numbers. */
static int fd_passthrough(void *arg, size_t fd) {
  (void)arg;
  return fd > 0x7fffffff ? -1 : (int)fd;
}

_Noreturn void _start(const cloudabi_auxv_t *auxv) {
  const void *at_argdata = 0;
  size_t at_argdatalen = 0;
  uintptr_t at_base = 0;
  const unsigned char *at_canary = 0;
  size_t at_canarylen = 0;
  uint32_t at_ncpus = 1;
  uint32_t at_pagesz = 1;
  const elf_phdr_t *at_phdr = 0;
  size_t at_phnum = 0;
  const uint8_t *at_pid = 0;
  const void *at_sysinfo_ehdr = 0;
  cloudabi_tid_t at_tid = 1;
  for (; auxv->a_type != CLOUDABI_AT_NULL; ++auxv) {
    switch (auxv->a_type) {
      case CLOUDABI_AT_ARGDATA: at_argdata = auxv->a_ptr; break;
      case CLOUDABI_AT_ARGDATALEN: at_argdatalen = auxv->a_val; break;
      case CLOUDABI_AT_BASE: at_base = (uintptr_t)auxv->a_ptr; break;
      case CLOUDABI_AT_CANARY: at_canary = auxv->a_ptr; break;
      case CLOUDABI_AT_CANARYLEN: at_canarylen = auxv->a_val; break;
      case CLOUDABI_AT_NCPUS: at_ncpus = (uint32_t)auxv->a_val; break;
      case CLOUDABI_AT_PAGESZ: at_pagesz = (uint32_t)auxv->a_val; break;
      case CLOUDABI_AT_PHDR: at_phdr = auxv->a_ptr; break;
      case CLOUDABI_AT_PHNUM: at_phnum = auxv->a_val; break;
      case CLOUDABI_AT_PID: at_pid = auxv->a_ptr; break;
      case CLOUDABI_AT_SYSINFO_EHDR: at_sysinfo_ehdr = auxv->a_ptr; break;
      case CLOUDABI_AT_TID: at_tid = (cloudabi_tid_t)auxv->a_val; break;
      default: break;
    }
  }

  /* Program headers: TLS image everywhere; dynamic section and RELRO on PIE. */
  const void *tls_image = 0;
  size_t tls_filesz = 0, tls_memsz_aligned = 0, tls_align = 1;
#if SELF_RELOCATE
  const elf_dyn_t *dyn = 0;
  uintptr_t relro_start = 0;
  size_t relro_size = 0;
#endif
  for (size_t i = 0; i < at_phnum; ++i) {
    const elf_phdr_t *ph = &at_phdr[i];
    if (ph->p_type == PT_TLS) {
      tls_image = (const void *)(at_base + ph->p_vaddr);
      tls_filesz = ph->p_filesz;
      tls_align = ph->p_align == 0 ? 1 : ph->p_align;
      tls_memsz_aligned = round_up(ph->p_memsz, tls_align);
    }
#if SELF_RELOCATE
    else if (ph->p_type == PT_DYNAMIC) {
      dyn = (const elf_dyn_t *)(at_base + ph->p_vaddr);
    } else if (ph->p_type == PT_GNU_RELRO) {
      relro_start = round_up(at_base + ph->p_vaddr, at_pagesz);
      uintptr_t relro_end = round_down(at_base + ph->p_vaddr + ph->p_memsz, at_pagesz);
      relro_size = relro_end > relro_start ? relro_end - relro_start : 0;
    }
#endif
  }

#if SELF_RELOCATE
  const elf_rela_t *rela = 0;
  size_t rela_size = 0;
  for (; dyn != 0 && dyn->d_tag != DT_NULL; ++dyn) {
    if (dyn->d_tag == DT_RELA) rela = (const elf_rela_t *)(at_base + dyn->d_val);
    else if (dyn->d_tag == DT_RELASZ) rela_size = dyn->d_val;
  }
#if defined(__x86_64__)
  const uint32_t relative = R_X86_64_RELATIVE;
#else
  const uint32_t relative = R_AARCH64_RELATIVE;
#endif
  int fully_relocated = 1;
  for (; rela_size >= sizeof(*rela); rela_size -= sizeof(*rela), ++rela) {
    if (ELF_R_TYPE(rela->r_info) == relative)
      *(uintptr_t *)(at_base + rela->r_offset) = at_base + (uintptr_t)rela->r_addend;
    else
      fully_relocated = 0;
  }
#endif

  /* From here on global data may be used. */
  sdk_link_vdso(at_sysinfo_ehdr);

#if SELF_RELOCATE
  if (!fully_relocated) {
    cloudabi_sys_proc_raise(CLOUDABI_SIGABRT);
    cloudabi_sys_proc_exit(127);
  }
  if (relro_size > 0)
    cloudabi_sys_mem_protect((void *)relro_start, relro_size, CLOUDABI_PROT_READ);
#endif

  sdk_at_argdata = at_argdata;
  sdk_at_argdatalen = at_argdatalen;
  sdk_at_ncpus = at_ncpus;
  sdk_at_pagesz = at_pagesz;
  sdk_at_pid = at_pid;
  sdk_tls_image = tls_image;
  sdk_tls_filesz = tls_filesz;
  sdk_tls_memsz_aligned = tls_memsz_aligned;
  sdk_tls_align = tls_align;

  if (at_canary != 0) {
    if (at_canarylen > sizeof(__stack_chk_guard)) at_canarylen = sizeof(__stack_chk_guard);
    unsigned char *guard = (unsigned char *)&__stack_chk_guard;
    for (size_t i = 0; i < at_canarylen; ++i) guard[i] = at_canary[i];
  }

  /* The main thread's TLS area lives on this stack frame, which never returns. */
  char tls_area[sdk_tls_size()];
  sdk_tls_install(tls_area);
  sdk_thread_init_main(at_tid);

  for (void (*const *ctor)(void) = __init_array_start; ctor < __init_array_end; ++ctor) (*ctor)();

  argdata_t ad;
  sdk_argdata_init(&ad, at_argdata, at_argdatalen, fd_passthrough, 0);
  program_main(&ad);
}
