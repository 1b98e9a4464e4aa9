/* Host test: binding system calls from a vDSO image (ABI fact sheet 5.1).
 * Builds a minimal ELF64 vDSO in memory whose symbols point at host functions
 * and checks what src/crt/vdso.c binds. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cloudabi_syscalls.h>

#include "../../src/crt/elf.h"
#include "../../src/crt/sdk_internal.h"
#include "host_test.h"

static int failures;

#define EXPECT(cond)                                                 \
  do {                                                               \
    if (!(cond)) {                                                   \
      printf("FAIL vdso %s:%d: %s\n", __FILE__, __LINE__, #cond);   \
      ++failures;                                                    \
    }                                                                \
  } while (0)

static cloudabi_timestamp_t last_precision;
static cloudabi_errno_t fake_clock_time_get(cloudabi_clockid_t id, cloudabi_timestamp_t precision,
                                            cloudabi_timestamp_t *time) {
  last_precision = precision;
  *time = 1000u + id;
  return 0;
}
static cloudabi_errno_t fake_fd_close(cloudabi_fd_t fd) { return fd == 7 ? 0 : CLOUDABI_EBADF; }
static cloudabi_errno_t fake_sock_accept(cloudabi_fd_t s, cloudabi_sockstat_t *b, cloudabi_fd_t *c) {
  *c = s + 1;
  return 0;
}
static cloudabi_errno_t wrong(void) { return CLOUDABI_EPERM; }

struct image {
  elf_ehdr_t ehdr;
  elf_phdr_t phdr[2];
  elf_dyn_t dyn[6];
  uint32_t hash[2 + 1 + 8];
  elf_sym_t sym[8];
  char strtab[256];
};

static uint32_t add_string(struct image *im, size_t *used, const char *s) {
  uint32_t at = (uint32_t)*used;
  strcpy(im->strtab + *used, s);
  *used += strlen(s) + 1;
  return at;
}

static void add_symbol(struct image *im, int i, uint32_t name, void *function, unsigned char info,
                       unsigned char other) {
  im->sym[i].st_name = name;
  im->sym[i].st_info = info;
  im->sym[i].st_other = other;
  im->sym[i].st_value = (uint64_t)((char *)function - (char *)im);
}

int test_vdso(void) {
  static struct image im;
  memset(&im, 0, sizeof(im));
  im.ehdr.e_phoff = offsetof(struct image, phdr);
  im.ehdr.e_phnum = 2;
  im.phdr[0].p_type = 1; /* a PT_LOAD first: the binder must look for PT_DYNAMIC */
  im.phdr[1].p_type = PT_DYNAMIC;
  im.phdr[1].p_vaddr = offsetof(struct image, dyn);
  im.dyn[0] = (elf_dyn_t){DT_HASH, offsetof(struct image, hash)};
  im.dyn[1] = (elf_dyn_t){DT_STRTAB, offsetof(struct image, strtab)};
  im.dyn[2] = (elf_dyn_t){DT_SYMTAB, offsetof(struct image, sym)};
  im.dyn[3] = (elf_dyn_t){0x6ffffef5, 0}; /* DT_GNU_HASH: ignored */
  im.dyn[4] = (elf_dyn_t){DT_NULL, 0};
  size_t used = 1;
  const unsigned char func = (STB_GLOBAL << 4) | STT_FUNC;
  /* 0: the null symbol. 1-3: bound. 4: local. 5: object. 6: hidden. 7: beyond nchain. */
  add_symbol(&im, 1, add_string(&im, &used, "cloudabi_sys_clock_time_get"), fake_clock_time_get,
             func, STV_DEFAULT);
  add_symbol(&im, 2, add_string(&im, &used, "cloudabi_sys_fd_close"), fake_fd_close, func,
             STV_DEFAULT);
  add_symbol(&im, 3, add_string(&im, &used, "cloudabi_sys_sock_accept"), fake_sock_accept, func,
             STV_DEFAULT);
  add_symbol(&im, 4, add_string(&im, &used, "cloudabi_sys_fd_dup"), wrong, (1 << 4) - 16 + STT_FUNC,
             STV_DEFAULT);
  add_symbol(&im, 5, add_string(&im, &used, "cloudabi_sys_fd_sync"), wrong, (STB_GLOBAL << 4) | 1,
             STV_DEFAULT);
  add_symbol(&im, 6, add_string(&im, &used, "cloudabi_sys_fd_datasync"), wrong, func, 2);
  add_symbol(&im, 7, add_string(&im, &used, "cloudabi_sys_thread_yield"), wrong, func, STV_DEFAULT);
  im.hash[0] = 1; /* nbucket */
  im.hash[1] = 7; /* nchain: symbols 0..6 */

  sdk_link_vdso(&im);
  cloudabi_timestamp_t t = 0;
  EXPECT(cloudabi_sys_clock_time_get(3, 123456789012ull, &t) == 0 && t == 1003);
  EXPECT(last_precision == 123456789012ull);
  EXPECT(cloudabi_sys_fd_close(7) == 0 && cloudabi_sys_fd_close(8) == CLOUDABI_EBADF);
  cloudabi_fd_t conn = 0;
  EXPECT(cloudabi_sys_sock_accept(4, NULL, &conn) == 0 && conn == 5);
  cloudabi_fd_t dup;
  EXPECT(cloudabi_sys_fd_dup(1, &dup) == CLOUDABI_ENOSYS);   /* local binding */
  EXPECT(cloudabi_sys_fd_sync(1) == CLOUDABI_ENOSYS);        /* not a function */
  EXPECT(cloudabi_sys_fd_datasync(1) == CLOUDABI_ENOSYS);    /* hidden */
  EXPECT(cloudabi_sys_thread_yield() == CLOUDABI_ENOSYS);    /* beyond nchain */
  EXPECT(cloudabi_sys_random_get(NULL, 0) == CLOUDABI_ENOSYS); /* not exported */

  /* No PT_DYNAMIC, or no vDSO at all: everything is ENOSYS. */
  im.phdr[1].p_type = 1;
  sdk_link_vdso(&im);
  EXPECT(cloudabi_sys_fd_close(7) == CLOUDABI_ENOSYS);
  sdk_link_vdso(NULL);
  EXPECT(cloudabi_sys_clock_time_get(3, 0, &t) == CLOUDABI_ENOSYS);
  return failures;
}
