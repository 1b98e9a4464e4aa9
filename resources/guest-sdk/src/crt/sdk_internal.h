/* Internal interfaces shared by the SDK's start-up code and C library. */
#ifndef SDK_INTERNAL_H
#define SDK_INTERNAL_H

#include <cloudabi_types.h>
#include <stddef.h>
#include <stdint.h>

/* Start-up. */
void sdk_link_vdso(const void *vdso);

/* Values kept from the auxiliary vector and the program headers. */
extern const void *sdk_at_argdata;
extern size_t sdk_at_argdatalen;
extern uint32_t sdk_at_ncpus;
extern uint32_t sdk_at_pagesz;
extern const uint8_t *sdk_at_pid;
extern const void *sdk_tls_image;
extern size_t sdk_tls_filesz;
extern size_t sdk_tls_memsz_aligned;
extern size_t sdk_tls_align;

/* The calling thread's id (written into locks) and its pthread object. */
extern _Thread_local cloudabi_tid_t sdk_thread_id;
struct sdk_thread;
extern _Thread_local struct sdk_thread *sdk_thread_self;

/* Gives the initial thread its pthread object (join word tid|WRLOCKED). */
void sdk_thread_init_main(cloudabi_tid_t tid);

/* Thread-local storage (fact sheet 6.3). */
size_t sdk_tls_size(void);
/* Copies the TLS image into buf, copies the current TCB into buf's TCB and
 * makes buf the calling thread's TLS area. */
void sdk_tls_install(char *buf);

/* Converts a CloudABI errno to the value stored in errno (identical numbers). */
int sdk_set_errno(cloudabi_errno_t error);

/* Runs atexit handlers and flushes stdio; used by exit(). */
void sdk_run_atexit(void);

#endif
