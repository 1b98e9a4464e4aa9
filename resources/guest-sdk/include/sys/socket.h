#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H

#include <sys/types.h>
#include <sys/uio.h>
#include <cloudabi_types.h>

typedef uint32_t socklen_t;
typedef uint16_t sa_family_t;

#define AF_UNSPEC 0
#define AF_INET 1
#define AF_INET6 2
#define AF_UNIX 3

struct sockaddr {
  sa_family_t sa_family;
  char sa_data[14];
};

struct sockaddr_storage {
  sa_family_t ss_family;
  char __ss_data[126];
};

struct msghdr {
  void *msg_name;
  socklen_t msg_namelen;
  struct iovec *msg_iov;
  int msg_iovlen;
  void *msg_control;
  socklen_t msg_controllen;
  int msg_flags;
};

struct cmsghdr {
  socklen_t cmsg_len;
  int cmsg_level;
  int cmsg_type;
};

#define SOL_SOCKET 0x7fffffff
#define SCM_RIGHTS 1

#define MSG_CTRUNC CLOUDABI_SOCK_RECV_FDS_TRUNCATED
#define MSG_PEEK CLOUDABI_SOCK_RECV_PEEK
#define MSG_TRUNC CLOUDABI_SOCK_RECV_DATA_TRUNCATED
#define MSG_WAITALL CLOUDABI_SOCK_RECV_WAITALL
#define MSG_EOR 0x2

#define SHUT_RD CLOUDABI_SHUT_RD
#define SHUT_WR CLOUDABI_SHUT_WR
#define SHUT_RDWR (SHUT_RD | SHUT_WR)

#define __SDK_CMSG_ALIGN(len) (((len) + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1))
#define CMSG_DATA(cmsg) ((unsigned char *)(cmsg) + __SDK_CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_SPACE(len) (__SDK_CMSG_ALIGN(sizeof(struct cmsghdr)) + __SDK_CMSG_ALIGN(len))
#define CMSG_LEN(len) (__SDK_CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_FIRSTHDR(mhdr)                                  \
  ((mhdr)->msg_controllen >= sizeof(struct cmsghdr)          \
       ? (struct cmsghdr *)(mhdr)->msg_control               \
       : (struct cmsghdr *)0)
#define CMSG_NXTHDR(mhdr, cmsg) __sdk_cmsg_nxthdr(mhdr, cmsg)

struct cmsghdr *__sdk_cmsg_nxthdr(const struct msghdr *mhdr, const struct cmsghdr *cmsg);

/* 2017 ABI: accept() uses the sock_accept system call (removed 2017-08-28). */
int accept(int socket, struct sockaddr *restrict address, socklen_t *restrict address_len);
ssize_t recv(int socket, void *buf, size_t len, int flags);
ssize_t recvmsg(int socket, struct msghdr *message, int flags);
ssize_t send(int socket, const void *buf, size_t len, int flags);
ssize_t sendmsg(int socket, const struct msghdr *message, int flags);
int shutdown(int socket, int how);

#endif
