// The tiny web server of the FreeBSD Journal article (2017): reads
// "http_socket" and "html_message" from its Argdata, then forever accepts a
// connection, answers with a fixed HTTP/1.1 response and closes it.
// accept() uses the 2017 system call sock_accept.
#include <argdata.h>
#include <program.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

void program_main(const argdata_t *ad) {
  // Extract socket and message from config.
  int sockfd = -1;
  const char *message = "";
  {
    argdata_map_iterator_t it;
    argdata_map_iterate(ad, &it);
    const argdata_t *key, *value;
    while (argdata_map_next(&it, &key, &value)) {
      const char *keystr;
      if (argdata_get_str_c(key, &keystr) != 0) continue;
      if (strcmp(keystr, "http_socket") == 0)
        argdata_get_fd(value, &sockfd);
      else if (strcmp(keystr, "html_message") == 0)
        argdata_get_str_c(value, &message);
    }
  }

  // Handle incoming requests.
  for (;;) {
    int connfd = accept(sockfd, NULL, NULL);
    dprintf(connfd,
            "HTTP/1.1 200 OK\r\n"
            "Content-Type: text/html\r\n"
            "Content-Length: %zu\r\n\r\n"
            "%s",
            strlen(message), message);
    close(connfd);
  }
}
