/* The CloudABI program entry point: programs define program_main(), which
 * receives the Argdata tree built by the launcher and must not return
 * (end it with exit()). */
#ifndef _PROGRAM_H
#define _PROGRAM_H

#include <stddef.h>

#ifndef argdata_t
typedef struct argdata_t argdata_t;
#define argdata_t argdata_t
#endif

_Noreturn void program_main(const argdata_t *ad);
/* The raw bytes of AT_ARGDATA. */
void program_get_raw_argdata(const void **data, size_t *len);

#endif
