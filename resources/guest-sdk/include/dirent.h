#ifndef _DIRENT_H
#define _DIRENT_H

#include <cloudabi_types.h>
#include <sys/types.h>

/* d_type values are CloudABI file types. */
#define DT_UNKNOWN CLOUDABI_FILETYPE_UNKNOWN
#define DT_BLK CLOUDABI_FILETYPE_BLOCK_DEVICE
#define DT_CHR CLOUDABI_FILETYPE_CHARACTER_DEVICE
#define DT_DIR CLOUDABI_FILETYPE_DIRECTORY
#define DT_REG CLOUDABI_FILETYPE_REGULAR_FILE
#define DT_SOCK CLOUDABI_FILETYPE_SOCKET_STREAM
#define DT_LNK CLOUDABI_FILETYPE_SYMBOLIC_LINK

struct dirent {
  ino_t d_ino;
  unsigned char d_type;
  char d_name[256];
};

typedef struct __sdk_dir DIR;

int closedir(DIR *dir);
DIR *fdopendir(int fd);
DIR *opendirat(int fd, const char *path);
struct dirent *readdir(DIR *dir);

#endif
