/* Host test: the Argdata reader against the worked examples of
 * ARGDATA-FORMAT.md and its error rules. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../../src/argdata/argdata_impl.h"
#include "host_test.h"

static int failures;

#define EXPECT(cond)                                                    \
  do {                                                                  \
    if (!(cond)) {                                                      \
      printf("FAIL argdata %s:%d: %s\n", __FILE__, __LINE__, #cond);   \
      ++failures;                                                       \
    }                                                                   \
  } while (0)

static int identity_fd(void *arg, size_t fd) { return fd > 1000 ? -1 : (int)fd; }

static argdata_t make(const char *bytes, size_t len) {
  argdata_t ad;
  sdk_argdata_init(&ad, bytes, len, identity_fd, NULL);
  return ad;
}
#define AD(lit) make(lit, sizeof(lit) - 1)

static void test_scalars(void) {
  bool b;
  argdata_t t = AD("\x02\x01"), f = AD("\x02"), bad = AD("\x02\x02"), null = AD("");
  EXPECT(argdata_get_bool(&t, &b) == 0 && b);
  EXPECT(argdata_get_bool(&f, &b) == 0 && !b);
  EXPECT(argdata_get_bool(&bad, &b) == EINVAL);
  EXPECT(argdata_get_bool(&null, &b) == EINVAL);

  intmax_t v;
  uintmax_t u;
  struct {
    const char *bytes;
    size_t len;
    intmax_t value;
  } ints[] = {{"\x05", 1, 0},           {"\x05\x7f", 2, 127},      {"\x05\x00\x80", 3, 128},
              {"\x05\x00\xff", 3, 255}, {"\x05\x80", 2, -128},     {"\x05\xff\x7f", 3, -129},
              {"\x05\x01\x00\x00", 4, 65536},
              {"\x05\x7f\xff\xff\xff\xff\xff\xff\xff", 9, INTMAX_MAX},
              {"\x05\x80\x00\x00\x00\x00\x00\x00\x00", 9, INTMAX_MIN},
              {"\x05\x00", 2, 0} /* non-minimal, accepted */};
  for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); ++i) {
    argdata_t ad = make(ints[i].bytes, ints[i].len);
    EXPECT(argdata_get_int_s(&ad, &v, INTMAX_MIN, INTMAX_MAX) == 0 && v == ints[i].value);
  }
  argdata_t big = AD("\x05\x00\xff\xff\xff\xff\xff\xff\xff\xff");
  EXPECT(argdata_get_int_s(&big, &v, INTMAX_MIN, INTMAX_MAX) == ERANGE);
  EXPECT(argdata_get_int_u(&big, &u, UINTMAX_MAX) == 0 && u == UINTMAX_MAX);
  argdata_t bigger = AD("\x05\x01\x00\x00\x00\x00\x00\x00\x00\x00");
  EXPECT(argdata_get_int_u(&bigger, &u, UINTMAX_MAX) == ERANGE);
  argdata_t minus_one = AD("\x05\xff");
  EXPECT(argdata_get_int_u(&minus_one, &u, UINTMAX_MAX) == ERANGE);
  argdata_t i300 = AD("\x05\x01\x2c");
  unsigned char uc;
  int iv;
  EXPECT(argdata_get_int(&i300, &uc) == ERANGE);
  EXPECT(argdata_get_int(&i300, &iv) == 0 && iv == 300);
  EXPECT(argdata_get_int(&minus_one, &iv) == 0 && iv == -1);
  EXPECT(argdata_get_int(&t, &iv) == EINVAL);

  double d;
  argdata_t f15 = AD("\x04\x3f\xf8\x00\x00\x00\x00\x00\x00"), fshort = AD("\x04\x3f\xf8");
  EXPECT(argdata_get_float(&f15, &d) == 0 && d == 1.5);
  EXPECT(argdata_get_float(&fshort, &d) == EINVAL);

  int fd;
  argdata_t fd3 = AD("\x03\x00\x00\x00\x03"), fdbig = AD("\x03\xff\xff\xff\xff"),
            fdshort = AD("\x03\x00\x03");
  EXPECT(argdata_get_fd(&fd3, &fd) == 0 && fd == 3);
  EXPECT(argdata_get_fd(&fdbig, &fd) == EBADF);
  EXPECT(argdata_get_fd(&fdshort, &fd) == EINVAL);
  argdata_t untranslated;
  sdk_argdata_init(&untranslated, "\x03\x00\x00\x00\x03", 5, NULL, NULL);
  EXPECT(argdata_get_fd(&untranslated, &fd) == EBADF);

  const void *data;
  size_t len;
  argdata_t bin = AD("\x01\x01\x02"), empty_bin = AD("\x01");
  EXPECT(argdata_get_binary(&bin, &data, &len) == 0 && len == 2 &&
         memcmp(data, "\x01\x02", 2) == 0);
  EXPECT(argdata_get_binary(&empty_bin, &data, &len) == 0 && len == 0);
}

static void test_strings(void) {
  const char *s;
  size_t len;
  argdata_t hi = AD("\x08hi\x00"), empty = AD("\x08\x00"), e_acute = AD("\x08\xc3\xa9\x00");
  EXPECT(argdata_get_str(&hi, &s, &len) == 0 && len == 2 && strcmp(s, "hi") == 0);
  EXPECT(argdata_get_str_c(&empty, &s) == 0 && s[0] == '\0');
  EXPECT(argdata_get_str(&e_acute, &s, &len) == 0 && len == 2);
  argdata_t no_nul = AD("\x08hi"), no_payload = AD("\x08");
  EXPECT(argdata_get_str(&no_nul, &s, &len) == EINVAL);
  EXPECT(argdata_get_str(&no_payload, &s, &len) == EINVAL);
  argdata_t interior = AD("\x08h\x00i\x00");
  EXPECT(argdata_get_str(&interior, &s, &len) == 0 && len == 3);
  EXPECT(argdata_get_str_c(&interior, &s) == EILSEQ);
  const char *invalid[] = {"\x08\x80\x00",                  /* stray continuation */
                           "\x08\xc3\x00",                  /* truncated */
                           "\x08\xc0\xaf\x00",              /* overlong */
                           "\x08\xed\xa0\x80\x00",          /* surrogate */
                           "\x08\xf4\x90\x80\x80\x00",      /* above U+10FFFF */
                           "\x08\xf8\x88\x80\x80\x80\x00",  /* 5-byte form */
                           "\x08\xe2\x28\xa1\x00"};         /* bad continuation */
  for (size_t i = 0; i < sizeof(invalid) / sizeof(invalid[0]); ++i) {
    argdata_t ad = make(invalid[i], strlen(invalid[i]) + 1);
    EXPECT(argdata_get_str(&ad, &s, &len) == EILSEQ);
  }
  argdata_t four = AD("\x08\xf0\x9f\x98\x80\x00");
  EXPECT(argdata_get_str(&four, &s, &len) == 0 && len == 4);
}

static void test_timestamps(void) {
  struct timespec ts;
  argdata_t epoch = AD("\x09"), minus_ns = AD("\x09\xff"), one_s = AD("\x09\x3b\x9a\xca\x00");
  EXPECT(argdata_get_timestamp(&epoch, &ts) == 0 && ts.tv_sec == 0 && ts.tv_nsec == 0);
  EXPECT(argdata_get_timestamp(&minus_ns, &ts) == 0 && ts.tv_sec == -1 &&
         ts.tv_nsec == 999999999);
  EXPECT(argdata_get_timestamp(&one_s, &ts) == 0 && ts.tv_sec == 1 && ts.tv_nsec == 0);
  argdata_t march = AD("\x09\x14\xa7\xc0\x44\x14\x4a\xe5\x00");
  EXPECT(argdata_get_timestamp(&march, &ts) == 0 && ts.tv_sec == 1488369600 &&
         ts.tv_nsec == 500000000);
  argdata_t moon = AD("\x09\xcd\x9c\xb0\xf3\x6d\xe8\x00");
  EXPECT(argdata_get_timestamp(&moon, &ts) == 0 && ts.tv_sec == -14182940 && ts.tv_nsec == 0);
  /* 12 payload bytes: 2^88 ns is about 3.1e17 s, fits; 13 bytes never do. */
  argdata_t wide = AD("\x09\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00");
  EXPECT(argdata_get_timestamp(&wide, &ts) == 0 && ts.tv_sec == 309485009821345068 &&
         ts.tv_nsec == 724781056);
  argdata_t too_wide = AD("\x09\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00");
  EXPECT(argdata_get_timestamp(&too_wide, &ts) == ERANGE);
  argdata_t overflow = AD("\x09\x7f\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff");
  EXPECT(argdata_get_timestamp(&overflow, &ts) == ERANGE);
}

static void test_containers(void) {
  /* Example 21: {"port": 8080, "debug": true} */
  argdata_t map = AD("\x06\x86\x08port\x00\x83\x05\x1f\x90\x87\x08" "debug\x00\x82\x02\x01");
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  const char *s;
  int port = 0;
  bool debug = false;
  EXPECT(argdata_map_iterate(&map, &it) == 0);
  EXPECT(argdata_map_next(&it, &key, &value));
  EXPECT(argdata_get_str_c(key, &s) == 0 && strcmp(s, "port") == 0);
  EXPECT(argdata_get_int(value, &port) == 0 && port == 8080);
  EXPECT(argdata_map_next(&it, &key, &value));
  EXPECT(argdata_get_bool(value, &debug) == 0 && debug);
  EXPECT(!argdata_map_next(&it, &key, &value) && it.error == 0);

  /* Example 20: [1, null, "hi"] */
  argdata_t seq = AD("\x07\x82\x05\x01\x80\x84\x08hi\x00");
  argdata_seq_iterator_t sit;
  const argdata_t *e;
  int n = 0;
  EXPECT(argdata_seq_iterate(&seq, &sit) == 0);
  while (argdata_seq_next(&sit, &e)) ++n;
  EXPECT(n == 3 && sit.error == 0);

  /* Example 23: a 201-byte element needs the two-byte length 01 C9. */
  static char long_seq[204] = "\x07\x01\xc9\x01";
  memset(long_seq + 4, 0xaa, 200);
  argdata_t ls = make(long_seq, sizeof(long_seq));
  const void *data;
  size_t len;
  EXPECT(argdata_seq_iterate(&ls, &sit) == 0 && argdata_seq_next(&sit, &e) &&
         argdata_get_binary(e, &data, &len) == 0 && len == 200);

  /* Not a map: empty iteration with EINVAL. */
  EXPECT(argdata_map_iterate(&seq, &it) == EINVAL && !argdata_map_next(&it, &key, &value));
  /* Malformed subfields. */
  const char *bad[] = {"\x07\x00\x81\x02", /* leading zero group */
                       "\x07\x01",         /* no final length byte */
                       "\x07\x85\x05"};    /* longer than what is left */
  for (int i = 0; i < 3; ++i) {
    argdata_t ad = make(bad[i], strlen(bad[i]) + (i == 0 ? 3 : 0));
    EXPECT(argdata_seq_iterate(&ad, &sit) == 0 && !argdata_seq_next(&sit, &e) &&
           sit.error == EINVAL);
  }
  argdata_t odd = AD("\x06\x83\x08" "a\x00");
  EXPECT(argdata_map_iterate(&odd, &it) == 0 && !argdata_map_next(&it, &key, &value) &&
         it.error == EINVAL);
  /* Nested iteration: example 22. */
  argdata_t nested = AD("\x06\x83\x08" "a\x00\x8c\x07\x82\x05\x01\x87\x06\x83\x08"
                        "b\x00\x81\x02\x83\x08" "c\x00\x81\x06");
  int pairs = 0;
  EXPECT(argdata_map_iterate(&nested, &it) == 0);
  while (argdata_map_next(&it, &key, &value)) {
    ++pairs;
    argdata_seq_iterator_t inner;
    if (pairs == 1) {
      EXPECT(argdata_seq_iterate(value, &inner) == 0);
      int elements = 0;
      while (argdata_seq_next(&inner, &e)) ++elements;
      EXPECT(elements == 2 && inner.error == 0);
    }
  }
  EXPECT(pairs == 2 && it.error == 0);
}

int test_argdata(void) {
  test_scalars();
  test_strings();
  test_timestamps();
  test_containers();
  return failures;
}
