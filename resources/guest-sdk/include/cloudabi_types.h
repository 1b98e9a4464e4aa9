/* CloudABI Workbench guest SDK: CloudABI data types and constants.
 * Written from the Workbench ABI fact sheet (sections 4, 6, 7 and 13). */
#ifndef CLOUDABI_TYPES_H
#define CLOUDABI_TYPES_H

#include <stddef.h>
#include <stdint.h>


/* Scalar types (section 7.1). */
typedef uint8_t cloudabi_advice_t;
typedef uint32_t cloudabi_auxtype_t;
typedef uint32_t cloudabi_clockid_t;
typedef uint32_t cloudabi_condvar_t;
typedef uint64_t cloudabi_device_t;
typedef uint64_t cloudabi_dircookie_t;
typedef uint16_t cloudabi_errno_t;
typedef uint16_t cloudabi_eventrwflags_t;
typedef uint8_t cloudabi_eventtype_t;
typedef uint32_t cloudabi_exitcode_t;
typedef uint32_t cloudabi_fd_t;
typedef uint16_t cloudabi_fdflags_t;
typedef uint16_t cloudabi_fdsflags_t;
typedef int64_t cloudabi_filedelta_t;
typedef uint64_t cloudabi_filesize_t;
typedef uint8_t cloudabi_filetype_t;
typedef uint16_t cloudabi_fsflags_t;
typedef uint64_t cloudabi_inode_t;
typedef uint32_t cloudabi_linkcount_t;
typedef uint32_t cloudabi_lock_t;
typedef uint32_t cloudabi_lookupflags_t;
typedef uint8_t cloudabi_mflags_t;
typedef uint8_t cloudabi_mprot_t;
typedef uint8_t cloudabi_msflags_t;
typedef uint32_t cloudabi_nthreads_t;
typedef uint16_t cloudabi_oflags_t;
typedef uint16_t cloudabi_riflags_t;
typedef uint64_t cloudabi_rights_t;
typedef uint16_t cloudabi_roflags_t;
typedef uint8_t cloudabi_scope_t;
typedef uint8_t cloudabi_sdflags_t;
typedef uint16_t cloudabi_siflags_t;
typedef uint8_t cloudabi_signal_t;
typedef uint16_t cloudabi_subclockflags_t;
typedef uint16_t cloudabi_subrwflags_t;
typedef uint32_t cloudabi_tid_t;
typedef uint64_t cloudabi_timestamp_t;
typedef uint8_t cloudabi_ulflags_t;
typedef uint64_t cloudabi_userdata_t;
typedef uint8_t cloudabi_whence_t;
/* Removed during 2017, kept for the 2017-era system calls. */
typedef uint8_t cloudabi_ssflags_t;
typedef uint32_t cloudabi_sstate_t;
typedef uint8_t cloudabi_sa_family_t;
typedef uint16_t cloudabi_subflags_t;

/* advice */
#define CLOUDABI_ADVICE_DONTNEED 1
#define CLOUDABI_ADVICE_NOREUSE 2
#define CLOUDABI_ADVICE_NORMAL 3
#define CLOUDABI_ADVICE_RANDOM 4
#define CLOUDABI_ADVICE_SEQUENTIAL 5
#define CLOUDABI_ADVICE_WILLNEED 6

/* auxtype (section 4.2) */
#define CLOUDABI_AT_NULL 0
#define CLOUDABI_AT_PHDR 3
#define CLOUDABI_AT_PHNUM 4
#define CLOUDABI_AT_PAGESZ 6
#define CLOUDABI_AT_BASE 7
#define CLOUDABI_AT_ARGDATA 256
#define CLOUDABI_AT_ARGDATALEN 257
#define CLOUDABI_AT_CANARY 258
#define CLOUDABI_AT_CANARYLEN 259
#define CLOUDABI_AT_NCPUS 260
#define CLOUDABI_AT_TID 261
#define CLOUDABI_AT_SYSINFO_EHDR 262
#define CLOUDABI_AT_PID 263

/* clockid */
#define CLOUDABI_CLOCK_MONOTONIC 1
#define CLOUDABI_CLOCK_PROCESS_CPUTIME_ID 2
#define CLOUDABI_CLOCK_REALTIME 3
#define CLOUDABI_CLOCK_THREAD_CPUTIME_ID 4

/* special constants */
#define CLOUDABI_CONDVAR_HAS_NO_WAITERS 0u
#define CLOUDABI_DIRCOOKIE_START 0u
#define CLOUDABI_PROCESS_CHILD 0xffffffffu
#define CLOUDABI_MAP_ANON_FD 0xffffffffu
#define CLOUDABI_LOCK_UNLOCKED 0x00000000u
#define CLOUDABI_LOCK_WRLOCKED 0x40000000u
#define CLOUDABI_LOCK_KERNEL_MANAGED 0x80000000u
#define CLOUDABI_LOCK_BOGUS 0x80000000u

/* errno */
#define CLOUDABI_ESUCCESS 0
#define CLOUDABI_E2BIG 1
#define CLOUDABI_EACCES 2
#define CLOUDABI_EADDRINUSE 3
#define CLOUDABI_EADDRNOTAVAIL 4
#define CLOUDABI_EAFNOSUPPORT 5
#define CLOUDABI_EAGAIN 6
#define CLOUDABI_EALREADY 7
#define CLOUDABI_EBADF 8
#define CLOUDABI_EBADMSG 9
#define CLOUDABI_EBUSY 10
#define CLOUDABI_ECANCELED 11
#define CLOUDABI_ECHILD 12
#define CLOUDABI_ECONNABORTED 13
#define CLOUDABI_ECONNREFUSED 14
#define CLOUDABI_ECONNRESET 15
#define CLOUDABI_EDEADLK 16
#define CLOUDABI_EDESTADDRREQ 17
#define CLOUDABI_EDOM 18
#define CLOUDABI_EDQUOT 19
#define CLOUDABI_EEXIST 20
#define CLOUDABI_EFAULT 21
#define CLOUDABI_EFBIG 22
#define CLOUDABI_EHOSTUNREACH 23
#define CLOUDABI_EIDRM 24
#define CLOUDABI_EILSEQ 25
#define CLOUDABI_EINPROGRESS 26
#define CLOUDABI_EINTR 27
#define CLOUDABI_EINVAL 28
#define CLOUDABI_EIO 29
#define CLOUDABI_EISCONN 30
#define CLOUDABI_EISDIR 31
#define CLOUDABI_ELOOP 32
#define CLOUDABI_EMFILE 33
#define CLOUDABI_EMLINK 34
#define CLOUDABI_EMSGSIZE 35
#define CLOUDABI_EMULTIHOP 36
#define CLOUDABI_ENAMETOOLONG 37
#define CLOUDABI_ENETDOWN 38
#define CLOUDABI_ENETRESET 39
#define CLOUDABI_ENETUNREACH 40
#define CLOUDABI_ENFILE 41
#define CLOUDABI_ENOBUFS 42
#define CLOUDABI_ENODEV 43
#define CLOUDABI_ENOENT 44
#define CLOUDABI_ENOEXEC 45
#define CLOUDABI_ENOLCK 46
#define CLOUDABI_ENOLINK 47
#define CLOUDABI_ENOMEM 48
#define CLOUDABI_ENOMSG 49
#define CLOUDABI_ENOPROTOOPT 50
#define CLOUDABI_ENOSPC 51
#define CLOUDABI_ENOSYS 52
#define CLOUDABI_ENOTCONN 53
#define CLOUDABI_ENOTDIR 54
#define CLOUDABI_ENOTEMPTY 55
#define CLOUDABI_ENOTRECOVERABLE 56
#define CLOUDABI_ENOTSOCK 57
#define CLOUDABI_ENOTSUP 58
#define CLOUDABI_ENOTTY 59
#define CLOUDABI_ENXIO 60
#define CLOUDABI_EOVERFLOW 61
#define CLOUDABI_EOWNERDEAD 62
#define CLOUDABI_EPERM 63
#define CLOUDABI_EPIPE 64
#define CLOUDABI_EPROTO 65
#define CLOUDABI_EPROTONOSUPPORT 66
#define CLOUDABI_EPROTOTYPE 67
#define CLOUDABI_ERANGE 68
#define CLOUDABI_EROFS 69
#define CLOUDABI_ESPIPE 70
#define CLOUDABI_ESRCH 71
#define CLOUDABI_ESTALE 72
#define CLOUDABI_ETIMEDOUT 73
#define CLOUDABI_ETXTBSY 74
#define CLOUDABI_EXDEV 75
#define CLOUDABI_ENOTCAPABLE 76

/* eventtype */
#define CLOUDABI_EVENTTYPE_CLOCK 1
#define CLOUDABI_EVENTTYPE_CONDVAR 2
#define CLOUDABI_EVENTTYPE_FD_READ 3
#define CLOUDABI_EVENTTYPE_FD_WRITE 4
#define CLOUDABI_EVENTTYPE_LOCK_RDLOCK 5
#define CLOUDABI_EVENTTYPE_LOCK_WRLOCK 6
#define CLOUDABI_EVENTTYPE_PROC_TERMINATE 7

/* eventrwflags */
#define CLOUDABI_EVENT_FD_READWRITE_HANGUP 0x0001

/* fdflags */
#define CLOUDABI_FDFLAG_APPEND 0x0001
#define CLOUDABI_FDFLAG_DSYNC 0x0002
#define CLOUDABI_FDFLAG_NONBLOCK 0x0004
#define CLOUDABI_FDFLAG_RSYNC 0x0008
#define CLOUDABI_FDFLAG_SYNC 0x0010

/* fdsflags */
#define CLOUDABI_FDSTAT_FLAGS 0x0001
#define CLOUDABI_FDSTAT_RIGHTS 0x0002

/* fsflags */
#define CLOUDABI_FILESTAT_ATIM 0x0001
#define CLOUDABI_FILESTAT_ATIM_NOW 0x0002
#define CLOUDABI_FILESTAT_MTIM 0x0004
#define CLOUDABI_FILESTAT_MTIM_NOW 0x0008
#define CLOUDABI_FILESTAT_SIZE 0x0010

/* filetype */
#define CLOUDABI_FILETYPE_UNKNOWN 0x00
#define CLOUDABI_FILETYPE_BLOCK_DEVICE 0x10
#define CLOUDABI_FILETYPE_CHARACTER_DEVICE 0x11
#define CLOUDABI_FILETYPE_DIRECTORY 0x20
#define CLOUDABI_FILETYPE_FIFO 0x30 /* removed 2017-09-04 */
#define CLOUDABI_FILETYPE_POLL 0x40 /* removed 2017-10-11 */
#define CLOUDABI_FILETYPE_PROCESS 0x50
#define CLOUDABI_FILETYPE_REGULAR_FILE 0x60
#define CLOUDABI_FILETYPE_SHARED_MEMORY 0x70
#define CLOUDABI_FILETYPE_SOCKET_DGRAM 0x80
#define CLOUDABI_FILETYPE_SOCKET_SEQPACKET 0x81 /* removed 2017-03-23 */
#define CLOUDABI_FILETYPE_SOCKET_STREAM 0x82
#define CLOUDABI_FILETYPE_SYMBOLIC_LINK 0x90

/* lookupflags */
#define CLOUDABI_LOOKUP_SYMLINK_FOLLOW 0x00000001

/* mflags */
#define CLOUDABI_MAP_ANON 0x01
#define CLOUDABI_MAP_FIXED 0x02
#define CLOUDABI_MAP_PRIVATE 0x04
#define CLOUDABI_MAP_SHARED 0x08

/* mprot */
#define CLOUDABI_PROT_EXEC 0x01
#define CLOUDABI_PROT_WRITE 0x02
#define CLOUDABI_PROT_READ 0x04

/* msflags */
#define CLOUDABI_MS_ASYNC 0x01
#define CLOUDABI_MS_INVALIDATE 0x02
#define CLOUDABI_MS_SYNC 0x04

/* oflags */
#define CLOUDABI_O_CREAT 0x0001
#define CLOUDABI_O_DIRECTORY 0x0002
#define CLOUDABI_O_EXCL 0x0004
#define CLOUDABI_O_TRUNC 0x0008

/* riflags / roflags / siflags */
#define CLOUDABI_SOCK_RECV_PEEK 0x0004
#define CLOUDABI_SOCK_RECV_WAITALL 0x0010
#define CLOUDABI_SOCK_RECV_FDS_TRUNCATED 0x0001
#define CLOUDABI_SOCK_RECV_DATA_TRUNCATED 0x0008

/* rights */
#define CLOUDABI_RIGHT_FD_DATASYNC 0x0000000001ull
#define CLOUDABI_RIGHT_FD_READ 0x0000000002ull
#define CLOUDABI_RIGHT_FD_SEEK 0x0000000004ull
#define CLOUDABI_RIGHT_FD_STAT_PUT_FLAGS 0x0000000008ull
#define CLOUDABI_RIGHT_FD_SYNC 0x0000000010ull
#define CLOUDABI_RIGHT_FD_TELL 0x0000000020ull
#define CLOUDABI_RIGHT_FD_WRITE 0x0000000040ull
#define CLOUDABI_RIGHT_FILE_ADVISE 0x0000000080ull
#define CLOUDABI_RIGHT_FILE_ALLOCATE 0x0000000100ull
#define CLOUDABI_RIGHT_FILE_CREATE_DIRECTORY 0x0000000200ull
#define CLOUDABI_RIGHT_FILE_CREATE_FILE 0x0000000400ull
#define CLOUDABI_RIGHT_FILE_CREATE_FIFO 0x0000000800ull /* removed 2017-09-04 */
#define CLOUDABI_RIGHT_FILE_LINK_SOURCE 0x0000001000ull
#define CLOUDABI_RIGHT_FILE_LINK_TARGET 0x0000002000ull
#define CLOUDABI_RIGHT_FILE_OPEN 0x0000004000ull
#define CLOUDABI_RIGHT_FILE_READDIR 0x0000008000ull
#define CLOUDABI_RIGHT_FILE_READLINK 0x0000010000ull
#define CLOUDABI_RIGHT_FILE_RENAME_SOURCE 0x0000020000ull
#define CLOUDABI_RIGHT_FILE_RENAME_TARGET 0x0000040000ull
#define CLOUDABI_RIGHT_FILE_STAT_FGET 0x0000080000ull
#define CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE 0x0000100000ull
#define CLOUDABI_RIGHT_FILE_STAT_FPUT_TIMES 0x0000200000ull
#define CLOUDABI_RIGHT_FILE_STAT_GET 0x0000400000ull
#define CLOUDABI_RIGHT_FILE_STAT_PUT_TIMES 0x0000800000ull
#define CLOUDABI_RIGHT_FILE_SYMLINK 0x0001000000ull
#define CLOUDABI_RIGHT_FILE_UNLINK 0x0002000000ull
#define CLOUDABI_RIGHT_MEM_MAP 0x0004000000ull
#define CLOUDABI_RIGHT_MEM_MAP_EXEC 0x0008000000ull
#define CLOUDABI_RIGHT_POLL_FD_READWRITE 0x0010000000ull
#define CLOUDABI_RIGHT_POLL_MODIFY 0x0020000000ull /* removed 2017-10-11 */
#define CLOUDABI_RIGHT_POLL_PROC_TERMINATE 0x0040000000ull
#define CLOUDABI_RIGHT_POLL_WAIT 0x0080000000ull /* removed 2017-10-11 */
#define CLOUDABI_RIGHT_PROC_EXEC 0x0100000000ull
#define CLOUDABI_RIGHT_SOCK_ACCEPT 0x0200000000ull /* removed 2017-08-28 */
#define CLOUDABI_RIGHT_SOCK_BIND_DIRECTORY 0x0400000000ull /* removed 2017-08-25 */
#define CLOUDABI_RIGHT_SOCK_BIND_SOCKET 0x0800000000ull /* removed 2017-08-25 */
#define CLOUDABI_RIGHT_SOCK_CONNECT_DIRECTORY 0x1000000000ull /* removed 2017-08-25 */
#define CLOUDABI_RIGHT_SOCK_CONNECT_SOCKET 0x2000000000ull /* removed 2017-08-25 */
#define CLOUDABI_RIGHT_SOCK_LISTEN 0x4000000000ull /* removed 2017-08-25 */
#define CLOUDABI_RIGHT_SOCK_SHUTDOWN 0x8000000000ull
#define CLOUDABI_RIGHT_SOCK_STAT_GET 0x10000000000ull /* removed 2017-08-28 */

/* scope */
#define CLOUDABI_SCOPE_PRIVATE 4
#define CLOUDABI_SCOPE_SHARED 8

/* sdflags */
#define CLOUDABI_SHUT_RD 0x01
#define CLOUDABI_SHUT_WR 0x02

/* signal */
#define CLOUDABI_SIGABRT 1
#define CLOUDABI_SIGALRM 2
#define CLOUDABI_SIGBUS 3
#define CLOUDABI_SIGCHLD 4
#define CLOUDABI_SIGCONT 5
#define CLOUDABI_SIGFPE 6
#define CLOUDABI_SIGHUP 7
#define CLOUDABI_SIGILL 8
#define CLOUDABI_SIGINT 9
#define CLOUDABI_SIGKILL 10
#define CLOUDABI_SIGPIPE 11
#define CLOUDABI_SIGQUIT 12
#define CLOUDABI_SIGSEGV 13
#define CLOUDABI_SIGSTOP 14
#define CLOUDABI_SIGSYS 15
#define CLOUDABI_SIGTERM 16
#define CLOUDABI_SIGTRAP 17
#define CLOUDABI_SIGTSTP 18
#define CLOUDABI_SIGTTIN 19
#define CLOUDABI_SIGTTOU 20
#define CLOUDABI_SIGURG 21
#define CLOUDABI_SIGUSR1 22
#define CLOUDABI_SIGUSR2 23
#define CLOUDABI_SIGVTALRM 24
#define CLOUDABI_SIGXCPU 25
#define CLOUDABI_SIGXFSZ 26

/* subclockflags / subrwflags / ulflags / whence */
#define CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME 0x0001
#define CLOUDABI_SUBSCRIPTION_FD_READWRITE_POLL 0x0001
#define CLOUDABI_UNLINK_REMOVEDIR 0x01
#define CLOUDABI_WHENCE_CUR 1
#define CLOUDABI_WHENCE_END 2
#define CLOUDABI_WHENCE_SET 3

/* 2017-era socket constants */
#define CLOUDABI_AF_UNSPEC 0
#define CLOUDABI_AF_INET 1
#define CLOUDABI_AF_INET6 2
#define CLOUDABI_AF_UNIX 3
#define CLOUDABI_SOCKSTAT_CLEAR_ERROR 0x01
#define CLOUDABI_SOCKSTATE_ACCEPTCONN 0x01

/* Structures (section 7.3). */
typedef struct {
  cloudabi_auxtype_t a_type;
  union {
    size_t a_val;
    void *a_ptr;
  };
} cloudabi_auxv_t;

typedef struct {
  void *parent;
} cloudabi_tcb_t;

typedef struct {
  cloudabi_fd_t fd;
  cloudabi_lookupflags_t flags;
} cloudabi_lookup_t;

typedef struct {
  void *buf;
  size_t buf_len;
} cloudabi_iovec_t;

typedef struct {
  const void *buf;
  size_t buf_len;
} cloudabi_ciovec_t;

typedef struct {
  cloudabi_filetype_t fs_filetype;
  cloudabi_fdflags_t fs_flags;
  _Alignas(8) cloudabi_rights_t fs_rights_base;
  _Alignas(8) cloudabi_rights_t fs_rights_inheriting;
} cloudabi_fdstat_t;

typedef struct {
  _Alignas(8) cloudabi_device_t st_dev;
  _Alignas(8) cloudabi_inode_t st_ino;
  cloudabi_filetype_t st_filetype;
  cloudabi_linkcount_t st_nlink;
  _Alignas(8) cloudabi_filesize_t st_size;
  _Alignas(8) cloudabi_timestamp_t st_atim;
  _Alignas(8) cloudabi_timestamp_t st_mtim;
  _Alignas(8) cloudabi_timestamp_t st_ctim;
} cloudabi_filestat_t;

typedef struct {
  _Alignas(8) cloudabi_dircookie_t d_next;
  _Alignas(8) cloudabi_inode_t d_ino;
  uint32_t d_namlen;
  cloudabi_filetype_t d_type;
} cloudabi_dirent_t;

typedef struct {
  _Alignas(8) cloudabi_userdata_t userdata;
  cloudabi_errno_t error;
  cloudabi_eventtype_t type;
  union {
    struct {
      _Alignas(8) cloudabi_filesize_t nbytes;
      char unused[4];
      cloudabi_eventrwflags_t flags;
    } fd_readwrite;
    struct {
      char unused[4];
      cloudabi_signal_t signal;
      cloudabi_exitcode_t exitcode;
    } proc_terminate;
  };
} cloudabi_event_t;

typedef struct {
  _Alignas(8) cloudabi_userdata_t userdata;
  uint16_t unused;
  cloudabi_eventtype_t type;
  union {
    struct {
      _Alignas(8) cloudabi_userdata_t identifier;
      cloudabi_clockid_t clock_id;
      _Alignas(8) cloudabi_timestamp_t timeout;
      _Alignas(8) cloudabi_timestamp_t precision;
      cloudabi_subclockflags_t flags;
    } clock;
    struct {
      _Atomic(cloudabi_condvar_t) *condvar;
      _Atomic(cloudabi_lock_t) *lock;
      cloudabi_scope_t condvar_scope;
      cloudabi_scope_t lock_scope;
    } condvar;
    struct {
      cloudabi_fd_t fd;
      cloudabi_subrwflags_t flags;
    } fd_readwrite;
    struct {
      _Atomic(cloudabi_lock_t) *lock;
      cloudabi_scope_t lock_scope;
    } lock;
    struct {
      cloudabi_fd_t fd;
    } proc_terminate;
  };
} cloudabi_subscription_t;

typedef struct {
  const cloudabi_iovec_t *ri_data;
  size_t ri_data_len;
  cloudabi_fd_t *ri_fds;
  size_t ri_fds_len;
  cloudabi_riflags_t ri_flags;
} cloudabi_recv_in_t;

typedef struct {
  size_t ro_datalen;
  size_t ro_fdslen;
  char ro_unused[40];
  cloudabi_roflags_t ro_flags;
} cloudabi_recv_out_t;

typedef struct {
  const cloudabi_ciovec_t *si_data;
  size_t si_data_len;
  const cloudabi_fd_t *si_fds;
  size_t si_fds_len;
  cloudabi_siflags_t si_flags;
} cloudabi_send_in_t;

typedef struct {
  size_t so_datalen;
} cloudabi_send_out_t;

typedef void cloudabi_threadentry_t(cloudabi_tid_t tid, void *aux);

typedef struct {
  cloudabi_threadentry_t *entry_point;
  void *stack;
  size_t stack_len;
  void *argument;
} cloudabi_threadattr_t;

/* 2017-era structures (sock_accept, sock_stat_get). */
typedef struct {
  cloudabi_sa_family_t sa_family;
  union {
    struct {
      uint8_t addr[4];
      uint16_t port;
    } sa_inet;
    struct {
      uint8_t addr[16];
      uint16_t port;
    } sa_inet6;
  };
} cloudabi_sockaddr_t;

typedef struct {
  cloudabi_sockaddr_t ss_sockname;
  cloudabi_sockaddr_t ss_peername;
  cloudabi_errno_t ss_error;
  cloudabi_sstate_t ss_state;
} cloudabi_sockstat_t;

/* Layout checks against the fact sheet (section 7.3). */
#define CLOUDABI_P(n32, n64) (sizeof(void *) == 4 ? (n32) : (n64))
_Static_assert(sizeof(cloudabi_auxv_t) == CLOUDABI_P(8, 16), "auxv");
_Static_assert(sizeof(cloudabi_lookup_t) == 8, "lookup");
_Static_assert(sizeof(cloudabi_iovec_t) == CLOUDABI_P(8, 16), "iovec");
_Static_assert(sizeof(cloudabi_fdstat_t) == 24, "fdstat");
_Static_assert(offsetof(cloudabi_fdstat_t, fs_flags) == 2, "fdstat.fs_flags");
_Static_assert(offsetof(cloudabi_fdstat_t, fs_rights_base) == 8, "fdstat.base");
_Static_assert(sizeof(cloudabi_filestat_t) == 56, "filestat");
_Static_assert(offsetof(cloudabi_filestat_t, st_nlink) == 20, "filestat.st_nlink");
_Static_assert(offsetof(cloudabi_filestat_t, st_size) == 24, "filestat.st_size");
_Static_assert(offsetof(cloudabi_filestat_t, st_ctim) == 48, "filestat.st_ctim");
_Static_assert(sizeof(cloudabi_dirent_t) == 24, "dirent");
_Static_assert(offsetof(cloudabi_dirent_t, d_type) == 20, "dirent.d_type");
_Static_assert(sizeof(cloudabi_event_t) == 32, "event");
_Static_assert(offsetof(cloudabi_event_t, fd_readwrite.nbytes) == 16, "event.nbytes");
_Static_assert(offsetof(cloudabi_event_t, fd_readwrite.flags) == 28, "event.flags");
_Static_assert(offsetof(cloudabi_event_t, proc_terminate.signal) == 20, "event.signal");
_Static_assert(offsetof(cloudabi_event_t, proc_terminate.exitcode) == 24, "event.exitcode");
_Static_assert(sizeof(cloudabi_subscription_t) == 56, "subscription");
_Static_assert(offsetof(cloudabi_subscription_t, type) == 10, "subscription.type");
_Static_assert(offsetof(cloudabi_subscription_t, clock.clock_id) == 24, "sub.clock_id");
_Static_assert(offsetof(cloudabi_subscription_t, clock.timeout) == 32, "sub.timeout");
_Static_assert(offsetof(cloudabi_subscription_t, clock.flags) == 48, "sub.clock.flags");
_Static_assert(offsetof(cloudabi_subscription_t, condvar.lock) == CLOUDABI_P(20, 24), "sub.cv.lock");
_Static_assert(offsetof(cloudabi_subscription_t, condvar.condvar_scope) == CLOUDABI_P(24, 32),
               "sub.cv.scope");
_Static_assert(offsetof(cloudabi_subscription_t, condvar.lock_scope) == CLOUDABI_P(25, 33),
               "sub.cv.lock_scope");
_Static_assert(offsetof(cloudabi_subscription_t, fd_readwrite.flags) == 20, "sub.fd.flags");
_Static_assert(offsetof(cloudabi_subscription_t, lock.lock_scope) == CLOUDABI_P(20, 24),
               "sub.lock.scope");
_Static_assert(sizeof(cloudabi_recv_in_t) == CLOUDABI_P(20, 40), "recv_in");
_Static_assert(offsetof(cloudabi_recv_in_t, ri_flags) == CLOUDABI_P(16, 32), "ri_flags");
_Static_assert(sizeof(cloudabi_recv_out_t) == CLOUDABI_P(52, 64), "recv_out");
_Static_assert(offsetof(cloudabi_recv_out_t, ro_flags) == CLOUDABI_P(48, 56), "ro_flags");
_Static_assert(sizeof(cloudabi_send_in_t) == CLOUDABI_P(20, 40), "send_in");
_Static_assert(sizeof(cloudabi_send_out_t) == CLOUDABI_P(4, 8), "send_out");
_Static_assert(sizeof(cloudabi_threadattr_t) == CLOUDABI_P(16, 32), "threadattr");
_Static_assert(sizeof(cloudabi_sockaddr_t) == 20, "sockaddr");
_Static_assert(offsetof(cloudabi_sockaddr_t, sa_inet.port) == 6, "sockaddr.inet.port");
_Static_assert(sizeof(cloudabi_sockstat_t) == 48, "sockstat");
_Static_assert(offsetof(cloudabi_sockstat_t, ss_state) == 44, "sockstat.ss_state");
#undef CLOUDABI_P

#endif
