/*
 * Test harness: gives a command launcher descriptors a shell cannot make, then execs it.
 *   fdharness socketpair A B -- command...   a connected stream socket pair on descriptors A and B
 *   fdharness listen N PORTFILE -- command... a TCP socket listening on 127.0.0.1 (ephemeral port,
 *                                              written to PORTFILE) on descriptor N
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void place(int fd, int target) {
  if (fd != target) {
    if (dup2(fd, target) < 0) { perror("dup2"); exit(125); }
    close(fd);
  }
}

int main(int argc, char **argv) {
  int rest;
  if (argc > 5 && strcmp(argv[1], "socketpair") == 0 && strcmp(argv[4], "--") == 0) {
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) < 0) { perror("socketpair"); return 125; }
    int a = atoi(argv[2]), b = atoi(argv[3]);
    int sa = dup(pair[0]), sb = dup(pair[1]);
    close(pair[0]);
    close(pair[1]);
    place(sa, a);
    place(sb, b);
    rest = 5;
  } else if (argc > 5 && strcmp(argv[1], "listen") == 0 && strcmp(argv[4], "--") == 0) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = 0};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(addr);
    if (s < 0 || bind(s, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(s, 16) < 0 ||
        getsockname(s, (struct sockaddr *)&addr, &len) < 0) {
      perror("listen");
      return 125;
    }
    FILE *f = fopen(argv[3], "w");
    if (f == NULL) { perror(argv[3]); return 125; }
    fprintf(f, "%d\n", ntohs(addr.sin_port));
    fclose(f);
    place(s, atoi(argv[2]));
    rest = 5;
  } else {
    fprintf(stderr, "usage: fdharness socketpair A B -- cmd... | listen N PORTFILE -- cmd...\n");
    return 125;
  }
  execvp(argv[rest], argv + rest);
  perror(argv[rest]);
  return 126;
}
