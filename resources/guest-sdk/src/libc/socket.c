/* Sockets: accept (2017 ABI, sock_accept) and message I/O with descriptor
 * passing over sock_recv/sock_send. */
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>

#include "../crt/sdk_internal.h"

#define MAX_FDS 64

/* ENOTCAPABLE on a descriptor that is no socket means ENOTSOCK (as in
 * CloudABI's C library). */
static ssize_t socket_error(int fd, cloudabi_errno_t error) {
  cloudabi_fdstat_t st;
  if (error == ENOTCAPABLE && cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st) == 0 &&
      (st.fs_filetype & 0xf0) != 0x80)
    error = ENOTSOCK;
  return sdk_set_errno(error);
}

int accept(int socket, struct sockaddr *restrict address, socklen_t *restrict address_len) {
  cloudabi_sockstat_t ss;
  cloudabi_fd_t conn;
  cloudabi_errno_t error =
      cloudabi_sys_sock_accept((cloudabi_fd_t)socket, address != NULL ? &ss : NULL, &conn);
  if (error != 0) return sdk_set_errno(error);
  if (address != NULL && address_len != NULL) {
    /* Peer address: family, then port (network order) and address bytes. */
    struct sockaddr peer;
    memset(&peer, 0, sizeof(peer));
    peer.sa_family = ss.ss_peername.sa_family;
    if (ss.ss_peername.sa_family == CLOUDABI_AF_INET) {
      uint16_t port = ss.ss_peername.sa_inet.port;
      peer.sa_data[0] = (char)(port >> 8);
      peer.sa_data[1] = (char)port;
      memcpy(&peer.sa_data[2], ss.ss_peername.sa_inet.addr, 4);
    }
    socklen_t n = *address_len < sizeof(peer) ? *address_len : sizeof(peer);
    memcpy(address, &peer, n);
    *address_len = sizeof(peer);
  }
  return (int)conn;
}

struct cmsghdr *__sdk_cmsg_nxthdr(const struct msghdr *mhdr, const struct cmsghdr *cmsg) {
  if (cmsg == NULL) return CMSG_FIRSTHDR(mhdr);
  const char *next = (const char *)cmsg + __SDK_CMSG_ALIGN(cmsg->cmsg_len);
  const char *end = (const char *)mhdr->msg_control + mhdr->msg_controllen;
  if (cmsg->cmsg_len < sizeof(struct cmsghdr) || next + sizeof(struct cmsghdr) > end)
    return NULL;
  return (struct cmsghdr *)next;
}

ssize_t recvmsg(int socket, struct msghdr *message, int flags) {
  if ((flags & ~(MSG_PEEK | MSG_WAITALL)) != 0) return sdk_set_errno(ENOTSUP);
  cloudabi_fd_t fds[MAX_FDS];
  size_t max_fds = 0;
  if (message->msg_controllen >= CMSG_LEN(0)) {
    max_fds = (message->msg_controllen - CMSG_LEN(0)) / sizeof(int);
    if (max_fds > MAX_FDS) max_fds = MAX_FDS;
  }
  cloudabi_recv_in_t in = {(const cloudabi_iovec_t *)message->msg_iov,
                           (size_t)message->msg_iovlen, fds, max_fds,
                           (cloudabi_riflags_t)flags};
  cloudabi_recv_out_t out;
  cloudabi_errno_t error = cloudabi_sys_sock_recv((cloudabi_fd_t)socket, &in, &out);
  if (error != 0) return socket_error(socket, error);
  message->msg_flags = 0;
  if ((out.ro_flags & CLOUDABI_SOCK_RECV_DATA_TRUNCATED) != 0) message->msg_flags |= MSG_TRUNC;
  if ((out.ro_flags & CLOUDABI_SOCK_RECV_FDS_TRUNCATED) != 0) message->msg_flags |= MSG_CTRUNC;
  if (out.ro_fdslen > 0) {
    struct cmsghdr *c = message->msg_control;
    c->cmsg_len = (socklen_t)CMSG_LEN(out.ro_fdslen * sizeof(int));
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    int *data = (int *)CMSG_DATA(c);
    for (size_t i = 0; i < out.ro_fdslen; ++i) data[i] = (int)fds[i];
    message->msg_controllen = (socklen_t)CMSG_SPACE(out.ro_fdslen * sizeof(int));
  } else {
    message->msg_controllen = 0;
  }
  return (ssize_t)out.ro_datalen;
}

ssize_t sendmsg(int socket, const struct msghdr *message, int flags) {
  if (flags != 0) return sdk_set_errno(ENOTSUP);
  if (message->msg_name != NULL) return sdk_set_errno(EISCONN);
  cloudabi_fd_t fds[MAX_FDS];
  size_t nfds = 0;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(message); c != NULL; c = CMSG_NXTHDR(message, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) return sdk_set_errno(EINVAL);
    size_t n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    const int *data = (const int *)CMSG_DATA(c);
    for (size_t i = 0; i < n; ++i) {
      if (nfds == MAX_FDS) return sdk_set_errno(EMSGSIZE);
      fds[nfds++] = (cloudabi_fd_t)data[i];
    }
  }
  cloudabi_send_in_t in = {(const cloudabi_ciovec_t *)message->msg_iov,
                           (size_t)message->msg_iovlen, fds, nfds, 0};
  cloudabi_send_out_t out;
  cloudabi_errno_t error = cloudabi_sys_sock_send((cloudabi_fd_t)socket, &in, &out);
  return error == 0 ? (ssize_t)out.so_datalen : socket_error(socket, error);
}

ssize_t recv(int socket, void *buf, size_t len, int flags) {
  struct iovec iov = {buf, len};
  struct msghdr message = {NULL, 0, &iov, 1, NULL, 0, 0};
  return recvmsg(socket, &message, flags);
}

ssize_t send(int socket, const void *buf, size_t len, int flags) {
  struct iovec iov = {(void *)buf, len};
  struct msghdr message = {NULL, 0, &iov, 1, NULL, 0, 0};
  return sendmsg(socket, &message, flags);
}

int shutdown(int socket, int how) {
  cloudabi_errno_t error =
      cloudabi_sys_sock_shutdown((cloudabi_fd_t)socket, (cloudabi_sdflags_t)how);
  return error == 0 ? 0 : (int)socket_error(socket, error);
}
