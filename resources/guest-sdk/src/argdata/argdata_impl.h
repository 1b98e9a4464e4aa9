/* Internal: initialising an argdata_t in place (used by start-up code). */
#ifndef SDK_ARGDATA_IMPL_H
#define SDK_ARGDATA_IMPL_H

#include "../../include/argdata.h"

void sdk_argdata_init(argdata_t *ad, const void *buf, size_t len,
                      int (*convert_fd)(void *, size_t), void *convert_fd_arg);

#endif
