#ifndef HOST_TEST_H
#define HOST_TEST_H
int test_fmt(void);
int test_argdata(void);
int test_heap(void);
int test_divide(void);
int test_vdso(void);
int test_convert(void);
#endif
