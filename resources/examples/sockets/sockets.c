// Sockets: over the connected stream socket pair "left"/"right" it was
// given, sends and receives a message, does scatter/gather I/O, peeks,
// passes a descriptor (its own stdout) with SCM_RIGHTS and writes through
// the received copy, and sees end-of-stream after shutdown().
#include <argdata.h>
#include <errno.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int out = -1;

static int fd_named(const argdata_t *ad, const char *wanted) {
  argdata_map_iterator_t it;
  argdata_map_iterate(ad, &it);
  const argdata_t *key, *value;
  while (argdata_map_next(&it, &key, &value)) {
    const char *name;
    int fd;
    if (argdata_get_str_c(key, &name) == 0 && strcmp(name, wanted) == 0 &&
        argdata_get_fd(value, &fd) == 0)
      return fd;
  }
  return -1;
}

static ssize_t check(const char *what, ssize_t result) {
  if (result < 0) {
    dprintf(out, "%s: %s\n", what, strerrorname_np(errno));
    exit(1);
  }
  return result;
}

/* Receives exactly len bytes (a stream may deliver them in pieces). */
static void recv_all(int fd, char *buf, size_t len, int flags) {
  for (size_t done = 0; done < len;)
    done += (size_t)check("recv", recv(fd, buf + done, len - done, flags));
}

void program_main(const argdata_t *ad) {
  out = fd_named(ad, "stdout");
  int left = fd_named(ad, "left"), right = fd_named(ad, "right");
  if (out < 0 || left < 0 || right < 0) exit(2);

  char buf[64] = {0};
  check("send", send(left, "hello, right", 12, 0));
  recv_all(right, buf, 12, 0);
  dprintf(out, "right received: %s\n", buf);

  struct iovec gather[3] = {{"scat", 4}, {"ter/", 4}, {"gather", 6}};
  struct msghdr msg = {NULL, 0, gather, 3, NULL, 0, 0};
  dprintf(out, "sendmsg from 3 buffers: %zd bytes\n", check("sendmsg", sendmsg(right, &msg, 0)));
  char first[5] = {0}, second[10] = {0};
  struct iovec scatter[2] = {{first, 4}, {second, 9}};
  struct msghdr in = {NULL, 0, scatter, 2, NULL, 0, 0};
  ssize_t got = check("recvmsg", recvmsg(left, &in, MSG_WAITALL));
  dprintf(out, "recvmsg into 4+9 bytes: %zd bytes: \"%s\" \"%s\"\n", got, first, second);
  recv_all(left, buf, 1, 0);
  dprintf(out, "last byte: %c\n", buf[0]);

  check("send", send(left, "peek", 4, 0));
  memset(buf, 0, sizeof(buf));
  recv_all(right, buf, 4, MSG_PEEK);
  dprintf(out, "peeked: %s\n", buf);
  memset(buf, 0, sizeof(buf));
  recv_all(right, buf, 4, 0);
  dprintf(out, "then received: %s\n", buf);

  /* Pass stdout to the other end; write through the copy that arrives. */
  union {
    struct cmsghdr header;
    char space[CMSG_SPACE(sizeof(int))];
  } control;
  memset(&control, 0, sizeof(control));
  struct iovec one = {"F", 1};
  struct msghdr pass = {NULL, 0, &one, 1, &control, sizeof(control), 0};
  struct cmsghdr *c = CMSG_FIRSTHDR(&pass);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &out, sizeof(int));
  check("sendmsg with SCM_RIGHTS", sendmsg(left, &pass, 0));

  union {
    struct cmsghdr header;
    char space[CMSG_SPACE(4 * sizeof(int))];
  } received;
  memset(&received, 0, sizeof(received));
  char tag = 0;
  struct iovec tag_iov = {&tag, 1};
  struct msghdr take = {NULL, 0, &tag_iov, 1, &received, sizeof(received), 0};
  check("recvmsg with SCM_RIGHTS", recvmsg(right, &take, 0));
  int passed = -1, count = 0;
  for (struct cmsghdr *h = CMSG_FIRSTHDR(&take); h != NULL; h = CMSG_NXTHDR(&take, h)) {
    if (h->cmsg_level == SOL_SOCKET && h->cmsg_type == SCM_RIGHTS) {
      count += (int)((h->cmsg_len - CMSG_LEN(0)) / sizeof(int));
      memcpy(&passed, CMSG_DATA(h), sizeof(int));
    }
  }
  dprintf(out, "received data '%c' and %d descriptor(s), truncated: %s\n", tag, count,
          (take.msg_flags & MSG_CTRUNC) != 0 ? "yes" : "no");
  if (passed >= 0) {
    dprintf(passed, "written through the received descriptor\n");
    close(passed);
  }

  check("shutdown", shutdown(left, SHUT_WR));
  dprintf(out, "recv after the peer's shutdown: %zd bytes\n",
          check("recv", recv(right, buf, sizeof(buf), 0)));
  close(left);
  close(right);
  exit(0);
}
