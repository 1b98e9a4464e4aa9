/* CloudABI Workbench guest SDK: reading Argdata, the program's argument tree.
 * Function names and signatures are those real CloudABI programs of 2017 use
 * (cloudlibc): getters return 0 or an errno value (EINVAL: wrong type or
 * malformed, ERANGE: out of range, EILSEQ: bad UTF-8, EBADF: no descriptor). */
#ifndef ARGDATA_H
#define ARGDATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct timespec;

#ifndef argdata_t
typedef struct argdata_t argdata_t;
#define argdata_t argdata_t
#endif

/* A value: a byte range plus the descriptor translation of its carrier. */
struct argdata_t {
  const unsigned char *buf;
  size_t len;
  int (*convert_fd)(void *, size_t);
  void *convert_fd_arg;
};

/* Iterators. error is 0 while iterating a valid container and EINVAL when the
 * value is not a map/sequence or its contents are malformed. */
typedef struct {
  int error;
  size_t offset;
  argdata_t container;
  argdata_t key;
  argdata_t value;
} argdata_map_iterator_t;

typedef struct {
  int error;
  size_t offset;
  argdata_t container;
  argdata_t element;
} argdata_seq_iterator_t;

#ifdef __cplusplus
extern "C" {
#endif

/* Wraps serialized Argdata (not copied). convert_fd maps descriptor numbers
 * in the data to process descriptors; NULL makes every descriptor EBADF.
 * Returns NULL when out of memory. Release with argdata_free(). */
argdata_t *argdata_from_buffer(const void *buf, size_t len, int (*convert_fd)(void *, size_t),
                               void *convert_fd_arg);
void argdata_free(argdata_t *ad);

int argdata_get_binary(const argdata_t *ad, const void **data, size_t *len);
int argdata_get_bool(const argdata_t *ad, bool *value);
int argdata_get_fd(const argdata_t *ad, int *fd);
int argdata_get_float(const argdata_t *ad, double *value);
int argdata_get_int_s(const argdata_t *ad, intmax_t *value, intmax_t min, intmax_t max);
int argdata_get_int_u(const argdata_t *ad, uintmax_t *value, uintmax_t max);
int argdata_get_str(const argdata_t *ad, const char **str, size_t *len);
int argdata_get_str_c(const argdata_t *ad, const char **str);
int argdata_get_timestamp(const argdata_t *ad, struct timespec *ts);

/* Returns 0, or EINVAL when ad is not a map (the iterator is then empty). */
int argdata_map_iterate(const argdata_t *ad, argdata_map_iterator_t *it);
/* Stores the next pair and returns true; false at the end or on corrupt data
 * (then it->error is EINVAL). The pointers stay valid until the next call. */
bool argdata_map_next(argdata_map_iterator_t *it, const argdata_t **key,
                      const argdata_t **value);
int argdata_seq_iterate(const argdata_t *ad, argdata_seq_iterator_t *it);
bool argdata_seq_next(argdata_seq_iterator_t *it, const argdata_t **element);

#ifdef __cplusplus
}
#endif

/* argdata_get_int(ad, &x) for any integer type: range-checked for that type. */
#define ARGDATA_INT_GETTER_S(name, type, min, max)                      \
  static inline int name(const argdata_t *ad, type *value) {            \
    intmax_t v;                                                         \
    int error = argdata_get_int_s(ad, &v, (min), (max));                \
    if (error == 0) *value = (type)v;                                   \
    return error;                                                       \
  }
#define ARGDATA_INT_GETTER_U(name, type, max)                           \
  static inline int name(const argdata_t *ad, type *value) {            \
    uintmax_t v;                                                        \
    int error = argdata_get_int_u(ad, &v, (max));                       \
    if (error == 0) *value = (type)v;                                   \
    return error;                                                       \
  }
#if '\xff' < 0
ARGDATA_INT_GETTER_S(argdata_get_int_char, char, -128, 127)
#else
ARGDATA_INT_GETTER_U(argdata_get_int_char, char, 255)
#endif
ARGDATA_INT_GETTER_S(argdata_get_int_schar, signed char, -128, 127)
ARGDATA_INT_GETTER_U(argdata_get_int_uchar, unsigned char, 255)
ARGDATA_INT_GETTER_S(argdata_get_int_short, short, -32768, 32767)
ARGDATA_INT_GETTER_U(argdata_get_int_ushort, unsigned short, 65535)
ARGDATA_INT_GETTER_S(argdata_get_int_int, int, -__INT_MAX__ - 1, __INT_MAX__)
ARGDATA_INT_GETTER_U(argdata_get_int_uint, unsigned int, __INT_MAX__ * 2u + 1u)
ARGDATA_INT_GETTER_S(argdata_get_int_long, long, -__LONG_MAX__ - 1, __LONG_MAX__)
ARGDATA_INT_GETTER_U(argdata_get_int_ulong, unsigned long, __LONG_MAX__ * 2ul + 1ul)
ARGDATA_INT_GETTER_S(argdata_get_int_llong, long long, -__LONG_LONG_MAX__ - 1,
                     __LONG_LONG_MAX__)
ARGDATA_INT_GETTER_U(argdata_get_int_ullong, unsigned long long,
                     __LONG_LONG_MAX__ * 2ull + 1ull)
#undef ARGDATA_INT_GETTER_S
#undef ARGDATA_INT_GETTER_U

#define argdata_get_int(ad, value)                      \
  _Generic(*(value),                                    \
      char: argdata_get_int_char,                       \
      signed char: argdata_get_int_schar,               \
      unsigned char: argdata_get_int_uchar,             \
      short: argdata_get_int_short,                     \
      unsigned short: argdata_get_int_ushort,           \
      int: argdata_get_int_int,                         \
      unsigned int: argdata_get_int_uint,               \
      long: argdata_get_int_long,                       \
      unsigned long: argdata_get_int_ulong,             \
      long long: argdata_get_int_llong,                 \
      unsigned long long: argdata_get_int_ullong)(ad, value)

#endif
