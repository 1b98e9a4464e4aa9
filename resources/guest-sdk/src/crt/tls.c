/* Thread-local storage set-up (fact sheet 6.1-6.3).
 * x86 uses TLS variant II: the TLS block lies just below the TCB and the
 * program stores the TCB address in the word at %fs:0 / %gs:0.
 * ARM uses variant I: the TLS block follows a reserved TCB area and the
 * program loads the TCB address into TPIDR_EL0 / TPIDRURW. */
#include "sdk_internal.h"

const void *sdk_tls_image;
size_t sdk_tls_filesz;
size_t sdk_tls_memsz_aligned;
size_t sdk_tls_align = 1;

static uintptr_t round_up(uintptr_t value, uintptr_t align) {
  return (value + align - 1) / align * align;
}

static cloudabi_tcb_t *tcb_get(void) {
  cloudabi_tcb_t *tcb;
#if defined(__x86_64__)
  __asm__ volatile("mov %%fs:0, %0" : "=r"(tcb));
#elif defined(__i386__)
  __asm__ volatile("mov %%gs:0, %0" : "=r"(tcb));
#elif defined(__aarch64__)
  __asm__ volatile("mrs %0, tpidr_el0" : "=r"(tcb));
#elif defined(__arm__)
  __asm__ volatile("mrc p15, 0, %0, cr13, cr0, 2" : "=r"(tcb));
#else
#error "unsupported architecture"
#endif
  return tcb;
}

static void tcb_set(cloudabi_tcb_t *tcb) {
#if defined(__x86_64__)
  __asm__ volatile("mov %0, %%fs:0" : : "r"(tcb) : "memory");
#elif defined(__i386__)
  __asm__ volatile("mov %0, %%gs:0" : : "r"(tcb) : "memory");
#elif defined(__aarch64__)
  __asm__ volatile("msr tpidr_el0, %0" : : "r"(tcb) : "memory");
#elif defined(__arm__)
  __asm__ volatile("mcr p15, 0, %0, cr13, cr0, 2" : : "r"(tcb) : "memory");
#endif
}

#if defined(__x86_64__) || defined(__i386__)

size_t sdk_tls_size(void) {
  return sdk_tls_memsz_aligned + sizeof(cloudabi_tcb_t) +
         (sdk_tls_align > _Alignof(cloudabi_tcb_t) ? sdk_tls_align : sizeof(cloudabi_tcb_t)) - 1;
}

static char *tls_data(char *buf) {
  if (_Alignof(cloudabi_tcb_t) < sdk_tls_align)
    return (char *)round_up((uintptr_t)buf, sdk_tls_align);
  return (char *)(round_up((uintptr_t)buf + sdk_tls_memsz_aligned, _Alignof(cloudabi_tcb_t)) -
                  sdk_tls_memsz_aligned);
}

static cloudabi_tcb_t *tls_tcb(char *buf) {
  return (cloudabi_tcb_t *)(tls_data(buf) + sdk_tls_memsz_aligned);
}

#else

#if defined(__aarch64__)
#define TCB_SIZE 16
#else
#define TCB_SIZE 8
#endif

size_t sdk_tls_size(void) {
  return TCB_SIZE + sdk_tls_memsz_aligned +
         (sdk_tls_align > _Alignof(cloudabi_tcb_t) ? sdk_tls_align : sizeof(cloudabi_tcb_t)) - 1;
}

static cloudabi_tcb_t *tls_tcb(char *buf) {
  if (_Alignof(cloudabi_tcb_t) < sdk_tls_align)
    return (cloudabi_tcb_t *)(round_up((uintptr_t)buf + TCB_SIZE, sdk_tls_align) - TCB_SIZE);
  return (cloudabi_tcb_t *)round_up((uintptr_t)buf, _Alignof(cloudabi_tcb_t));
}

static char *tls_data(char *buf) { return (char *)tls_tcb(buf) + TCB_SIZE; }

#endif

void sdk_tls_install(char *buf) {
  char *data = tls_data(buf);
  const char *image = sdk_tls_image;
  for (size_t i = 0; i < sdk_tls_filesz; ++i) data[i] = image[i];
  for (size_t i = sdk_tls_filesz; i < sdk_tls_memsz_aligned; ++i) data[i] = 0;
  cloudabi_tcb_t *tcb = tls_tcb(buf);
  /* The runtime owns the TCB's contents: carry them over unchanged. */
  *tcb = *tcb_get();
  tcb_set(tcb);
}
