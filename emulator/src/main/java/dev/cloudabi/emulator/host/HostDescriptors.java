package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Turns a raw host descriptor (inherited from the launcher's shell, or received with SCM_RIGHTS)
 * into a guest object that keeps using that very descriptor, so offsets and flags stay shared with
 * whoever else holds it, as a native process would see them.
 */
final class HostDescriptors {
  private static final int O_ACCMODE = 3;
  private static final int FDFLAG_APPEND = 0x01;
  private static final int FDFLAG_NONBLOCK = 0x04;

  private HostDescriptors() {}

  static GuestObject adopt(int fd) throws IOException {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("descriptor " + fd + " is not open in this process");
    }
    Posix.Stat stat;
    try {
      stat = Posix.stat(fd);
    } catch (PosixException e) {
      throw new IOException("descriptor " + fd + ": " + e.getMessage(), e);
    }
    int mode = accessMode(fd);
    boolean readable = mode != Posix.O_WRONLY;
    boolean writable = mode == Posix.O_WRONLY || mode == PosixFiles.O_RDWR;
    return switch (stat.typeBits()) {
      case Posix.Stat.S_IFSOCK -> new PosixSocket(fd);
      case Posix.Stat.S_IFDIR -> new HostDirectory(fd);
      case Posix.Stat.S_IFREG -> new HostFile(fd, readable, writable, fdFlags(fd));
      case Posix.Stat.S_IFCHR ->
          new PosixStream(fd, FileType.CHARACTER_DEVICE, readable, writable, true);
      // Pipes and FIFOs: CloudABI has no such type any more; they count as stream sockets.
      default -> new PosixStream(fd, FileType.SOCKET_STREAM, readable, writable, true);
    };
  }

  /** O_RDONLY 0, O_WRONLY 1 or O_RDWR 2. */
  private static int accessMode(int fd) throws IOException {
    return hostFlags(fd) & O_ACCMODE;
  }

  /** CloudABI's fdflags for what the host descriptor has: APPEND, NONBLOCK. */
  private static int fdFlags(int fd) throws IOException {
    int host = hostFlags(fd);
    return ((host & PosixFiles.O_APPEND) != 0 ? FDFLAG_APPEND : 0)
        | ((host & PosixFiles.O_NONBLOCK) != 0 ? FDFLAG_NONBLOCK : 0);
  }

  /** The open flags of the {@code flags:} line of {@code /proc/self/fdinfo/N} (octal). */
  private static int hostFlags(int fd) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo/" + fd))) {
      if (line.startsWith("flags:")) {
        return Integer.parseInt(line.substring("flags:".length()).trim(), 8);
      }
    }
    return 0;
  }
}
